"""Ways an upstream misbehaves, as replies or as changes to the reply an item would give.

Functions that take an ``item`` accept anything scriptable (``Answer``, ``Reply``, callable,
another fault) or None for the upstream's default answer.  Given a ``Reply`` they change it
at once; otherwise they return a :class:`Faulted` that changes the rendered reply per request.
Frame-level faults need a streamed reply: used on a non-streaming one they raise
:class:`FaultError` (the server then answers 500 and records the message in ``.errors``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tests.fakes.errors import (
    anthropic_error_frame,
    openai_error_frame,
    openrouter_error_frame,
    upstream_error,
)
from tests.fakes.reply import Reply
from tests.fakes.respond import Faulted, Item

GARBAGE_FRAME = b"data: {this is not json\n\nnot an sse line at all\n\n"
KEEPALIVE_COMMENT = b": OPENROUTER PROCESSING\n\n"
TRUNCATED_JSON = b'{"id":"chatcmpl-fa4e","object":"chat.completion","choices":[{"index":0,"mess'

Modifier = Callable[[Reply], Reply]


class FaultError(ValueError):
    """A fault that cannot apply to the reply it was given."""


def _apply(item: Item | None, modify: Modifier) -> Item:
    if isinstance(item, Reply):
        return modify(item)
    return Faulted(item, modify)


def _frames(reply: Reply, fault: str) -> list[bytes]:
    if reply.frames is None:
        raise FaultError(f"{fault} needs a streamed reply; this request was answered without streaming")
    return reply.frames


def drop_connection() -> Reply:
    """Close the connection before sending a single byte."""
    return Reply(drop_connection=True)


def hang(seconds: float, item: Item | None = None) -> Item:
    """Wait ``seconds`` before the status line, then answer with ``item``."""
    return _apply(item, lambda reply: replace(reply, delay_before_headers=seconds))


def stall(item: Item | None, *, after_frames: int, seconds: float, then_close: bool = False) -> Item:
    """Send ``after_frames`` frames, go quiet for ``seconds``, then go on (or close abruptly)."""

    def modify(reply: Reply) -> Reply:
        _frames(reply, "stall")
        pauses = {**reply.pauses, after_frames: seconds}
        return replace(reply, pauses=pauses, close_after_frames=after_frames if then_close else None)

    return _apply(item, modify)


def truncate(item: Item | None, *, after_frames: int) -> Item:
    """Send ``after_frames`` frames, then close without ending the chunked body (a dropped
    connection: no ``[DONE]`` / ``message_stop`` and an incomplete HTTP body)."""

    def modify(reply: Reply) -> Reply:
        _frames(reply, "truncate")
        return replace(reply, close_after_frames=after_frames)

    return _apply(item, modify)


def end_early(item: Item | None, *, after_frames: int) -> Item:
    """Send ``after_frames`` frames and end the HTTP body cleanly: a well-formed response
    whose stream simply stops (no ``[DONE]`` / ``message_stop``)."""

    def modify(reply: Reply) -> Reply:
        return replace(reply, frames=_frames(reply, "end_early")[:after_frames])

    return _apply(item, modify)


def insert_frames(item: Item | None, *, at: int, frames: list[bytes]) -> Item:
    """Insert raw ``frames`` before frame number ``at``."""

    def modify(reply: Reply) -> Reply:
        existing = _frames(reply, "insert_frames")
        return replace(reply, frames=[*existing[:at], *frames, *existing[at:]])

    return _apply(item, modify)


def garbage(item: Item | None, *, at: int = 1, frame: bytes = GARBAGE_FRAME) -> Item:
    """Insert lines that are not valid SSE events / JSON before frame ``at``."""
    return insert_frames(item, at=at, frames=[frame])


def keepalive_comments(item: Item | None, *, comment: bytes = KEEPALIVE_COMMENT) -> Item:
    """Put an SSE comment (``: OPENROUTER PROCESSING``) before every frame, as OpenRouter and
    DeepSeek do while a slow request runs.  Valid SSE that parsers must skip."""

    def modify(reply: Reply) -> Reply:
        spaced = [part for frame in _frames(reply, "keepalive_comments") for part in (comment, frame)]
        return replace(reply, frames=spaced)

    return _apply(item, modify)


def invalid_json(status: int = 200, *, content_type: str = "application/json") -> Reply:
    """A response that claims JSON but carries a cut-off JSON document."""
    return Reply(status=status, headers=[("content-type", content_type)], body=TRUNCATED_JSON)


def _error_after(item: Item | None, after_frames: int, frame: bytes, fault: str) -> Item:
    def modify(reply: Reply) -> Reply:
        return replace(reply, frames=[*_frames(reply, fault)[:after_frames], frame])

    return _apply(item, modify)


def anthropic_error_midstream(
    item: Item | None = None,
    *,
    after_frames: int = 3,
    error_type: str = "overloaded_error",
    message: str = "Overloaded",
) -> Item:
    """``after_frames`` frames of a 200 stream, then ``event: error``, then the end."""
    frame = anthropic_error_frame(error_type, message)
    return _error_after(item, after_frames, frame, "anthropic_error_midstream")


def openai_error_midstream(
    item: Item | None = None,
    *,
    after_frames: int = 3,
    message: str = "The server had an error while processing your request. Sorry about that!",
    type: str = "server_error",
    code: str | None = None,
) -> Item:
    """``after_frames`` chunks, then ``data: {"error": {...}}``, then the end (no [DONE])."""
    frame = openai_error_frame(message, type, code)
    return _error_after(item, after_frames, frame, "openai_error_midstream")


def openrouter_error_midstream(
    item: Item | None = None,
    *,
    after_frames: int = 3,
    message: str = "Provider disconnected unexpectedly",
    code: int | str = "server_error",
) -> Item:
    """``after_frames`` chunks, then OpenRouter's error chunk (``finish_reason: "error"``) and
    ``data: [DONE]``."""

    def modify(reply: Reply) -> Reply:
        kept = _frames(reply, "openrouter_error_midstream")[:after_frames]
        return replace(reply, frames=[*kept, openrouter_error_frame(message, code), b"data: [DONE]\n\n"])

    return _apply(item, modify)


def status_then(
    status: int,
    success: Item | None = None,
    *,
    times: int = 1,
    message: str | None = None,
    retry_after: float | None = None,
) -> list[Item]:
    """``times`` error replies (shaped for the request's protocol), then ``success``; spread
    it into ``upstream.script(*status_then(529, answer, times=2))``."""
    failures: list[Item] = [upstream_error(status, message, retry_after=retry_after) for _ in range(times)]
    return [*failures, success] if success is not None else failures
