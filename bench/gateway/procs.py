"""Processes the benchmark starts, and what /proc says about them (RSS, CPU time), summed over each process tree.

Only processes started here are ever signalled, each by its pid: SIGTERM to the root first (a supervisor then
stops its own workers), then SIGKILL to whatever is left of the tree recorded while it ran — each pid checked
against its recorded start time first, so a reused pid is never hit.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (index 0 is field 3, the state)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rfind(")") + 2:].split()


def _start_time(pid: int) -> int | None:
    fields = _stat_fields(pid)
    return int(fields[19]) if fields else None


def tree(root: int) -> list[int]:
    """`root` and all its descendants alive now."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat_fields(int(entry))
        if fields:
            children.setdefault(int(fields[1]), []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        if Path(f"/proc/{pid}").exists():
            out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def cpu_seconds(pids: list[int]) -> float:
    """utime + stime of each process (all its threads) plus cutime + cstime (its children that exited and were
    reaped), summed: a worker that dies and is replaced keeps counting through its parent."""
    total = 0
    for pid in pids:
        fields = _stat_fields(pid)
        if fields:
            total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
    return total / CLOCK_TICKS


def rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


@dataclass
class Rss:
    total: int  # the whole tree
    largest: int  # the biggest single process (a worker)
    processes: int


def rss_of_tree(root: int) -> Rss:
    sizes = [rss_bytes(pid) for pid in tree(root)]
    sizes = [s for s in sizes if s]
    return Rss(total=sum(sizes), largest=max(sizes, default=0), processes=len(sizes))


def _socket_inodes(port: int, state: str) -> set[str]:
    """Inodes of TCP sockets on local `port` in `state` ("01" established, "0A" listening), IPv4 and IPv6."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[3] == state and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    return inodes


def _sockets_of(pid: int) -> set[str]:
    found: set[str] = set()
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return found
    for fd in fds:
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:["):
            found.add(link[8:-1])
    return found


def connections_per_worker(pids: list[int], port: int) -> list[int]:
    """Client connections on `port` held by each process that serves it (holds the listening socket and is not
    a bare supervisor): shows whether the kernel spread the connections over the workers."""
    established = _socket_inodes(port, "01")
    listening = _socket_inodes(port, "0A")
    held = {pid: _sockets_of(pid) for pid in pids}
    servers = [pid for pid in pids if held[pid] & listening]
    counts = {pid: len(held[pid] & established) for pid in servers}
    if len(servers) > 1 and pids and pids[0] in counts and counts[pids[0]] == 0:
        del counts[pids[0]]  # the supervisor keeps the socket open but never accepts
    return sorted(counts.values(), reverse=True)


@dataclass
class Proc:
    """A started process and the descendants seen while it ran."""

    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    started_at: float
    known: dict[int, int | None] = field(default_factory=dict)  # pid -> start time

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def pids(self) -> list[int]:
        current = tree(self.pid)
        for pid in current:
            if pid not in self.known:
                self.known[pid] = _start_time(pid)
        return current

    def cpu(self) -> float:
        return cpu_seconds(self.pids())

    def rss(self) -> Rss:
        self.pids()
        return rss_of_tree(self.pid)

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.strip().splitlines()[-lines:])

    def stop(self, grace: float = 8.0) -> None:
        if self.alive():
            self.pids()
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout=grace)
        for pid, started in self.known.items():
            if pid != self.pid and _start_time(pid) == started and started is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        if self.alive():
            self.popen.kill()
        self.popen.wait(timeout=5)


def start(name: str, argv: list[str], log_path: Path, env: dict[str, str] | None = None,
          cwd: Path | None = None) -> Proc:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = log_path.open("wb")
    started_at = time.perf_counter()
    popen = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             env=env, cwd=cwd, start_new_session=True)
    log.close()
    proc = Proc(name=name, popen=popen, log_path=log_path, started_at=started_at)
    proc.known[popen.pid] = _start_time(popen.pid)
    return proc
