"""Scripts written as JSON, for a fake upstream running in another process.

The file holds a list of items (or ``{"items": [...], "default": {...}}``).  Each item is:

* an answer: any :class:`Answer` fields, tool calls as ``{"name", "arguments"[, "id"]}``::

      {"text": "I'll create the file.",
       "tool_calls": [{"name": "Write",
                       "arguments": {"file_path": "/tmp/w/hello.txt", "content": "hi\\n"}}]}

* an error shaped for the request's protocol:
  ``{"error": {"status": 529, "message": "...", "retry_after": 1}}``;
* a fault: ``{"fault": NAME, ...parameters, "answer": {...}}`` with NAME one of
  ``drop_connection``, ``hang`` (``seconds``), ``stall`` (``after_frames``, ``seconds``,
  ``then_close``), ``truncate`` / ``end_early`` (``after_frames``), ``garbage`` (``at``),
  ``keepalive_comments``, ``invalid_json``, ``anthropic_error_midstream`` /
  ``openai_error_midstream`` / ``openrouter_error_midstream`` (``after_frames``, ...).
  Without ``"answer"`` the fault applies to the default answer.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from tests.fakes import faults
from tests.fakes.answers import Answer, tool_call
from tests.fakes.errors import upstream_error
from tests.fakes.respond import Item

ANSWER_FIELDS = {f.name for f in fields(Answer)}
WRAPPING_FAULTS = {
    "hang",
    "stall",
    "truncate",
    "end_early",
    "garbage",
    "keepalive_comments",
    "anthropic_error_midstream",
    "openai_error_midstream",
    "openrouter_error_midstream",
}


def answer_from_json(data: dict[str, Any]) -> Answer:
    unknown = set(data) - ANSWER_FIELDS
    if unknown:
        raise ValueError(f"unknown answer fields {sorted(unknown)}; known: {sorted(ANSWER_FIELDS)}")
    calls = [tool_call(c["name"], c.get("arguments", {}), id=c.get("id")) for c in data.get("tool_calls", [])]
    return Answer(**{**data, "tool_calls": calls})


def _fault_from_json(data: dict[str, Any]) -> Item:
    params = {key: value for key, value in data.items() if key not in ("fault", "answer")}
    name = data["fault"]
    if name == "drop_connection":
        return faults.drop_connection()
    if name == "invalid_json":
        return faults.invalid_json(**params)
    if name not in WRAPPING_FAULTS:
        raise ValueError(f"unknown fault {name!r}")
    inner = answer_from_json(data["answer"]) if "answer" in data else None
    if name == "hang":
        return faults.hang(params["seconds"], inner)
    return getattr(faults, name)(inner, **params)


def item_from_json(data: dict[str, Any]) -> Item:
    if "fault" in data:
        return _fault_from_json(data)
    if "error" in data:
        error = dict(data["error"])
        return upstream_error(error.pop("status"), **error)
    return answer_from_json(data)


def load_script(path: Path) -> tuple[list[Item], Item | None]:
    """The scripted items of a JSON file and its default answer (None if it sets none)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(document, list):
        return [item_from_json(entry) for entry in document], None
    items = [item_from_json(entry) for entry in document.get("items", [])]
    default = item_from_json(document["default"]) if "default" in document else None
    return items, default
