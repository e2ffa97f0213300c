"""A config problem, phrased for the person who wrote the file."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError


class ConfigError(Exception):
    """Raised with a message that names the file, the key path and what is wrong."""


def _key_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item in ("function-after[_one_provider_list(), Config]",):
            continue
        else:
            parts.append(f".{item}" if parts else str(item))
    return "".join(parts) or "(top level)"


def describe_validation_error(error: ValidationError, source: str) -> ConfigError:
    lines = [f"{source} is not a valid crossroads config:"]
    for item in error.errors():
        loc = tuple(x for x in item["loc"] if not (isinstance(x, str) and x.startswith(("function-", "union["))))
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "is required"
        lines.append(f"  {_key_path(loc)}: {message}")
    return ConfigError("\n".join(lines))
