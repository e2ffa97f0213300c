"""The fake upstream's answers, rendered once to wire bytes (status line, headers, body or SSE frames).

Everything here is computed at start-up so that serving a request is a dictionary look-up and a socket write.

OpenAI Chat Completions stream framing (as api.openai.com sends it):
  a first chunk with ``role: "assistant"`` and ``content: ""``, one chunk per text piece, a chunk with an empty
  delta and ``finish_reason``, with ``stream_options.include_usage`` a usage chunk with ``choices: []`` (every other
  chunk then carries ``usage: null``), then ``data: [DONE]``.

Anthropic Messages stream framing:
  ``message_start``, ``content_block_start``, ``ping``, one ``content_block_delta`` per text piece,
  ``content_block_stop``, ``message_delta`` (stop reason, usage), ``message_stop``.

A stream is a list of *pieces*: piece 0 (headers plus the preamble) is written at once, piece i (one text delta)
at ``i × delay``; the last piece also carries the closing frames.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

OPENAI_MODEL = "gpt-4.1"
ANTHROPIC_MODEL = "claude-sonnet-4-5"
CREATED = 1_764_000_000
INPUT_TOKENS = 1_850
_WORDS = ("Sure", "—", "here", "is", "the", "change:", "the", "function", "now", "returns", "early", "when",
          "the", "list", "is", "empty,", "and", "the", "test", "covers", "that", "case.")


def text_pieces(count: int) -> list[str]:
    """`count` short text deltas that read like an answer (a word and a space each)."""
    return [_WORDS[i % len(_WORDS)] + " " for i in range(max(1, count))]


def _json(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def _chunked(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def _head(status: str, headers: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def whole(body: bytes, content_type: str = "application/json", status: str = "200 OK",
          extra: list[tuple[str, str]] | None = None) -> bytes:
    """A complete non-streamed HTTP/1.1 response."""
    headers = [("content-type", content_type), ("content-length", str(len(body))), *(extra or [])]
    return _head(status, headers) + body


# ---- OpenAI Chat Completions ------------------------------------------------------------------------------


def openai_completion(pieces: list[str]) -> dict[str, Any]:
    text = "".join(pieces).rstrip()
    return {
        "id": "chatcmpl-bench0000000000000000000000", "object": "chat.completion", "created": CREATED,
        "model": OPENAI_MODEL, "system_fingerprint": "fp_bench",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text, "refusal": None,
                                             "annotations": []},
                     "logprobs": None, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": INPUT_TOKENS, "completion_tokens": len(pieces),
                  "total_tokens": INPUT_TOKENS + len(pieces),
                  "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                  "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
        "service_tier": "default",
    }


def _openai_chunk(delta: dict[str, Any], finish: str | None, with_usage: bool) -> dict[str, Any]:
    chunk: dict[str, Any] = {
        "id": "chatcmpl-bench0000000000000000000000", "object": "chat.completion.chunk", "created": CREATED,
        "model": OPENAI_MODEL, "system_fingerprint": "fp_bench",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    if with_usage:
        chunk["usage"] = None
    return chunk


def openai_stream_frames(pieces: list[str], include_usage: bool) -> list[list[bytes]]:
    """SSE frames grouped by piece: [[preamble], [delta 1], …, [delta n, finish, (usage), DONE]]."""
    def frame(obj: dict[str, Any]) -> bytes:
        return b"data: " + _json(obj) + b"\n\n"

    groups: list[list[bytes]] = [[frame(_openai_chunk({"role": "assistant", "content": "", "refusal": None},
                                                      None, include_usage))]]
    for text in pieces:
        groups.append([frame(_openai_chunk({"content": text}, None, include_usage))])
    tail = groups[-1]
    tail.append(frame(_openai_chunk({}, "stop", include_usage)))
    if include_usage:
        usage_chunk = _openai_chunk({}, None, False)
        usage_chunk["choices"] = []
        usage_chunk["usage"] = openai_completion(pieces)["usage"]
        tail.append(frame(usage_chunk))
    tail.append(b"data: [DONE]\n\n")
    return groups


# ---- Anthropic Messages -----------------------------------------------------------------------------------


def _anthropic_usage(output_tokens: int) -> dict[str, Any]:
    return {"input_tokens": INPUT_TOKENS, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
            "output_tokens": output_tokens, "service_tier": "standard"}


def anthropic_message(pieces: list[str]) -> dict[str, Any]:
    return {
        "id": "msg_bench000000000000000000", "type": "message", "role": "assistant", "model": ANTHROPIC_MODEL,
        "content": [{"type": "text", "text": "".join(pieces).rstrip()}],
        "stop_reason": "end_turn", "stop_sequence": None, "usage": _anthropic_usage(len(pieces)),
    }


def anthropic_stream_frames(pieces: list[str]) -> list[list[bytes]]:
    def event(name: str, obj: dict[str, Any]) -> bytes:
        return b"event: " + name.encode() + b"\ndata: " + _json(obj) + b"\n\n"

    start = anthropic_message([])
    start["content"] = []
    start["stop_reason"] = None
    start["usage"] = _anthropic_usage(1)
    groups: list[list[bytes]] = [[
        event("message_start", {"type": "message_start", "message": start}),
        event("content_block_start", {"type": "content_block_start", "index": 0,
                                      "content_block": {"type": "text", "text": ""}}),
        event("ping", {"type": "ping"}),
    ]]
    for text in pieces:
        groups.append([event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                     "delta": {"type": "text_delta", "text": text}})])
    tail = groups[-1]
    tail.append(event("content_block_stop", {"type": "content_block_stop", "index": 0}))
    tail.append(event("message_delta", {"type": "message_delta",
                                        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                        "usage": {"output_tokens": len(pieces)}}))
    tail.append(event("message_stop", {"type": "message_stop"}))
    return groups


# ---- wire-ready responses ------------------------------------------------------------------------------------

_OPENAI_HEADERS = [("openai-processing-ms", "1"), ("x-request-id", "req_bench")]
_ANTHROPIC_HEADERS = [("request-id", "req_bench"), ("anthropic-organization-id", "bench")]


@dataclass(frozen=True, slots=True)
class Replies:
    """Every answer the fake upstream gives, as bytes; streams as pieces to write one after another."""

    openai: bytes
    openai_stream: tuple[bytes, ...]
    openai_stream_usage: tuple[bytes, ...]
    anthropic: bytes
    anthropic_stream: tuple[bytes, ...]
    not_found: bytes
    bad_request: bytes


def _stream(groups: list[list[bytes]], content_type: str, extra: list[tuple[str, str]]) -> tuple[bytes, ...]:
    head = _head("200 OK", [("content-type", content_type), ("cache-control", "no-cache"),
                            ("transfer-encoding", "chunked"), *extra])
    pieces = [_chunked(b"".join(group)) for group in groups]
    pieces[0] = head + pieces[0]
    pieces[-1] += b"0\r\n\r\n"
    return tuple(pieces)


def build_replies(chunks: int) -> Replies:
    pieces = text_pieces(chunks)
    error = _json({"type": "error", "error": {"type": "not_found_error", "message": "not served by the fake upstream"}})
    bad = _json({"type": "error", "error": {"type": "invalid_request_error", "message": "bad request"}})
    return Replies(
        openai=whole(_json(openai_completion(pieces)), extra=_OPENAI_HEADERS),
        openai_stream=_stream(openai_stream_frames(pieces, False), "text/event-stream; charset=utf-8",
                              _OPENAI_HEADERS),
        openai_stream_usage=_stream(openai_stream_frames(pieces, True), "text/event-stream; charset=utf-8",
                                    _OPENAI_HEADERS),
        anthropic=whole(_json(anthropic_message(pieces)), extra=_ANTHROPIC_HEADERS),
        anthropic_stream=_stream(anthropic_stream_frames(pieces), "text/event-stream; charset=utf-8",
                                 _ANTHROPIC_HEADERS),
        not_found=whole(error, status="404 Not Found"),
        bad_request=whole(bad, status="400 Bad Request"),
    )
