"""Faithful fake upstream providers for tests: an Anthropic Messages API and an OpenAI Chat
Completions API on one local HTTP server, answering from a script.

Typical use::

    with FakeUpstream() as upstream:
        upstream.script(
            Answer(text="I'll write it.", tool_calls=[tool_call("Write", {"file_path": p, "content": "hi"})]),
            Answer(text="Done."),
        )
        ...  # point the gateway at upstream.url
        assert upstream.requests[0].json()["stream"] is True

Modules: ``answers`` (what the model says), ``render_anthropic`` / ``render_openai`` (exact
wire bytes), ``errors`` (error replies and frames), ``faults`` (misbehaviour), ``reply`` (the
``Reply`` being sent), ``recorded`` (``RecordedRequest``), ``respond`` (script items),
``upstream`` (``FakeUpstream``), ``server`` (the ``python -m tests.fakes.server`` entry point),
``script_file`` (JSON scripts), ``wire`` (HTTP/1.1 framing).
"""

from tests.fakes.answers import Answer, ToolCall, tool_call
from tests.fakes.errors import (
    anthropic_error,
    anthropic_error_frame,
    openai_error,
    openai_error_frame,
    openrouter_error_frame,
    upstream_error,
)
from tests.fakes.recorded import RecordedRequest
from tests.fakes.render_anthropic import render_anthropic
from tests.fakes.render_openai import render_openai
from tests.fakes.reply import Reply
from tests.fakes.respond import Faulted, Item
from tests.fakes.upstream import FakeUpstream

__all__ = [
    "Answer",
    "FakeUpstream",
    "Faulted",
    "Item",
    "RecordedRequest",
    "Reply",
    "ToolCall",
    "anthropic_error",
    "anthropic_error_frame",
    "openai_error",
    "openai_error_frame",
    "openrouter_error_frame",
    "render_anthropic",
    "render_openai",
    "tool_call",
    "upstream_error",
]
