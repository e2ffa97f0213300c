"""Environment variables: `$VAR`/`${VAR}` interpolation and the `.env` file archgw users keep beside the config."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_VAR = re.compile(r"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))")


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; `export`, comments, blank lines and single/double quotes are understood."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        values[key] = value
    return values


def interpolate(tree: Any, env: Mapping[str, str], missing: dict[str, set[str]], path: str = "") -> Any:
    """Replace `$VAR`/`${VAR}` in every string of a parsed YAML tree.

    An unset variable becomes an empty string and is recorded in `missing` under the key path that used it,
    so the loader can name it and mark only the provider that needs it as unusable.
    """
    if isinstance(tree, dict):
        return {k: interpolate(v, env, missing, f"{path}.{k}" if path else str(k)) for k, v in tree.items()}
    if isinstance(tree, list):
        return [interpolate(v, env, missing, f"{path}[{i}]") for i, v in enumerate(tree)]
    if isinstance(tree, str) and "$" in tree:

        def substitute(match: re.Match[str]) -> str:
            name = match.group(1) or match.group(2)
            value = env.get(name)
            if value is None or value == "":
                missing.setdefault(path, set()).add(name)
                return ""
            return value

        return _VAR.sub(substitute, tree)
    return tree
