"""Run the gateway in the background and stop it again.

`start_detached` launches `crossroads up` (foreground mode) as a new session with its output in
`CROSSROADS_HOME/logs/gateway-PORT.log`, and returns once `/healthz` answers 200. If the gateway dies or stays
unhealthy, it says why with the last lines of that log. `stop` sends SIGTERM (the gateway finishes in-flight
streams and flushes the usage store), then SIGKILL only if the gateway does not exit in time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from crossroads import __version__
from crossroads.cli import probe
from crossroads.cli.instances import GatewayInstance, gateway_url, pid_alive, remove_state, write_state
from crossroads.cli.ui import CliError
from crossroads.home import ensure_home, log_path, logs_dir

LOG_ROTATE_BYTES = 10 * 1000**2
Progress = Callable[[str], None]


def tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _open_log(port: int) -> tuple[Path, int]:
    ensure_home()
    logs_dir().mkdir(parents=True, exist_ok=True)
    path = log_path(port)
    if path.exists() and path.stat().st_size > LOG_ROTATE_BYTES:
        os.replace(path, path.with_suffix(".log.1"))  # keep one old log, bounded
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.write(fd, f"--- crossroads {__version__} starting at {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n".encode())
    return path, fd


def gateway_command(config: str, host: str, port: int, workers: int, log: Path) -> list[str]:
    return [sys.executable, "-m", "crossroads", "up", "--config", config, "--host", host, "--port", str(port),
            "--workers", str(workers), "--detached-log", str(log)]


def start_detached(config: str, host: str, port: int, workers: int = 1, timeout: float = 60.0,
                   progress: Progress | None = None, models: list[dict[str, object]] | None = None,
                   ) -> GatewayInstance:
    log, fd = _open_log(port)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    try:
        process = subprocess.Popen(
            gateway_command(config, host, port, workers, log), stdin=subprocess.DEVNULL, stdout=fd, stderr=fd,
            env=env, cwd=str(ensure_home()), start_new_session=True, close_fds=True,
        )
    finally:
        os.close(fd)
    instance = GatewayInstance(pid=process.pid, port=port, host=host, url=gateway_url(host, port), config=config,
                               started_at=time.time(), workers=workers, version=__version__, detached=True,
                               log=str(log), models=list(models or []))
    write_state(instance)  # at once, so a second `up` started meanwhile sees this one
    if progress:
        progress(f"starting the gateway on {instance.url} (log: {log})…")
    wait_until_healthy(process, instance, timeout, progress)
    return instance


def wait_until_healthy(process: subprocess.Popen[bytes], instance: GatewayInstance, timeout: float,
                       progress: Progress | None = None) -> None:
    started = time.monotonic()
    next_note = started + 5.0
    while True:
        code = process.poll()
        if code is not None:
            remove_state(instance.port, instance.pid)
            raise CliError(_failure(f"the gateway exited during start-up (exit code {code})", instance))
        if probe.healthy(instance.url, timeout=0.5):
            if progress:
                progress(f"gateway ready on {instance.url} in {time.monotonic() - started:.1f}s "
                         f"(pid {instance.pid}); stop it with `crossroads down`")
            return
        now = time.monotonic()
        if now - started > timeout:
            _terminate(process)
            remove_state(instance.port, instance.pid)
            raise CliError(_failure(f"the gateway was not healthy after {timeout:.0f}s and was stopped", instance))
        if progress and now >= next_note:
            progress("still starting (warming up the router, opening upstream pools)…")
            next_note = now + 5.0
        time.sleep(0.1)


def _failure(what: str, instance: GatewayInstance) -> str:
    last = tail(Path(instance.log)) if instance.log else ""
    detail = f"; last lines of {instance.log}:\n{last}" if last else f"; see {instance.log}"
    return what + detail


def _terminate(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def stop(instance: GatewayInstance, timeout: float = 40.0) -> str:
    """Stop one gateway; returns what happened, in words."""
    if not pid_alive(instance.pid):
        remove_state(instance.port, instance.pid)
        return "was not running (stale state file removed)"
    os.kill(instance.pid, signal.SIGTERM)
    if _wait_gone(instance.pid, timeout):
        remove_state(instance.port, instance.pid)
        return "stopped"
    # Graceful shutdown is bounded inside the gateway; past our timeout it is stuck, so end it hard.
    if instance.detached and _is_group_leader(instance.pid):
        os.killpg(instance.pid, signal.SIGKILL)  # its own session: workers go too
    else:
        os.kill(instance.pid, signal.SIGKILL)
    _wait_gone(instance.pid, 5.0)
    remove_state(instance.port, instance.pid)
    return f"did not stop within {timeout:.0f}s and was killed"


def _is_group_leader(pid: int) -> bool:
    try:
        return os.getpgid(pid) == pid
    except OSError:
        return False


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not pid_alive(pid):
            return True
        time.sleep(0.05)
    return not pid_alive(pid)


def ensure_running(config: str, host: str, port: int, progress: Progress | None = None,
                   models: list[dict[str, object]] | None = None) -> str:
    """The URL of a healthy gateway on `port`: the one already running, or a new detached one."""
    from crossroads.cli.instances import find_instance

    url = gateway_url(host, port)
    running = find_instance(port)
    if running is not None:
        if _healthy_within(running.url, 30.0):  # it may still be warming up
            if progress and running.config and Path(running.config) != Path(config):
                progress(f"using the gateway already running on {running.url} with {running.config}")
            return running.url
        raise CliError(f"the gateway on {running.url} (pid {running.pid}) does not answer /healthz; see "
                       f"`crossroads status` and its log, or restart it with `crossroads down`")
    if probe.port_in_use(host, port):
        if probe.is_crossroads(url) and probe.healthy(url):
            return url  # a gateway this CROSSROADS_HOME did not start, but a gateway all the same
        raise CliError(f"port {port} on {host} is already in use by another program; stop it or set another "
                       "port under listeners.egress_traffic.port in the config")
    return start_detached(config, host, port, progress=progress, models=models).url


def _healthy_within(url: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if probe.healthy(url):
            return True
        time.sleep(0.2)
    return False
