"""Render an :class:`Answer` as OpenAI Chat Completions bytes (``POST /v1/chat/completions``).

Non-streaming: one ``chat.completion`` object (pretty-printed, as api.openai.com sends it).
Streaming: ``data: {chat.completion.chunk}\\n\\n`` frames:

1. a first chunk with ``role: "assistant"`` and ``content: ""`` (when the answer is only tool
   calls, the role rides on the first tool-call chunk with ``content: null``, as OpenAI does);
2. reasoning deltas in ``reasoning_field`` (``reasoning_content``: DeepSeek, vLLM;
   ``reasoning``: OpenRouter, Ollama);
3. text deltas;
4. per tool call: a chunk with ``index, id, type, function.name, function.arguments: ""``, then
   argument fragments carrying only ``index`` and ``function.arguments``;
5. a chunk with an empty delta and ``finish_reason``;
6. with ``include_usage`` (the request's ``stream_options.include_usage``), a chunk with
   ``choices: []`` and the usage; every other chunk then carries ``usage: null``;
7. ``data: [DONE]``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from tests.fakes.answers import Answer, ToolCall
from tests.fakes.headers import openai_headers
from tests.fakes.ids import completion_id
from tests.fakes.pieces import split
from tests.fakes.reply import DONE_FRAME, Reply, sse_data

SYSTEM_FINGERPRINT = "fp_fa4e0f0e1d"
REASONING_FIELDS = ("reasoning_content", "reasoning")
# What the providers put in ``content`` next to a reasoning delta.
_CONTENT_BESIDE_REASONING: dict[str, str | None] = {"reasoning_content": None, "reasoning": ""}

Chunk = dict[str, Any]


def render_openai(
    answer: Answer,
    *,
    stream: bool,
    model: str,
    chunking: int | None = None,
    include_usage: bool = False,
    reasoning_field: str = "reasoning_content",
) -> Reply:
    """The reply an OpenAI-compatible provider sends for ``answer``; ``chunking`` is the
    maximum number of characters per text, reasoning or argument fragment."""
    if reasoning_field not in REASONING_FIELDS:
        raise ValueError(f"reasoning_field must be one of {REASONING_FIELDS}, not {reasoning_field!r}")
    name = answer.model_for(model)
    if not stream:
        body = json.dumps(completion(answer, name, reasoning_field), indent=2, ensure_ascii=False)
        return Reply(headers=openai_headers(stream=False), body=body.encode())
    chunks = stream_chunks(answer, name, chunking, include_usage, reasoning_field)
    frames = [sse_data(chunk) for chunk in chunks] + [DONE_FRAME]
    return Reply(headers=openai_headers(stream=True), frames=frames)


def usage(answer: Answer) -> dict[str, Any]:
    prompt = answer.input_tokens + answer.cache_read_tokens
    return {
        "prompt_tokens": prompt,
        "completion_tokens": answer.output_tokens,
        "total_tokens": prompt + answer.output_tokens,
        "prompt_tokens_details": {"cached_tokens": answer.cache_read_tokens, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": answer.reasoning_tokens,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def _tool_call_object(call: ToolCall) -> dict[str, Any]:
    function = {"name": call.name, "arguments": call.arguments_openai()}
    return {"id": call.openai_id, "type": "function", "function": function}


def message(answer: Answer, reasoning_field: str) -> dict[str, Any]:
    result: dict[str, Any] = {"role": "assistant", "content": answer.text or None}
    if answer.thinking:
        result[reasoning_field] = answer.thinking
    if answer.tool_calls:
        result["tool_calls"] = [_tool_call_object(call) for call in answer.tool_calls]
    result["refusal"] = None
    result["annotations"] = []
    return result


def completion(answer: Answer, model: str, reasoning_field: str) -> dict[str, Any]:
    choice = {
        "index": 0,
        "message": message(answer, reasoning_field),
        "logprobs": None,
        "finish_reason": answer.openai_finish_reason,
    }
    return {
        "id": completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": usage(answer),
        "service_tier": "default",
        "system_fingerprint": SYSTEM_FINGERPRINT,
    }


def _chunk_maker(model: str, include_usage: bool) -> Callable[[list[dict[str, Any]]], Chunk]:
    ident, created = completion_id(), int(time.time())

    def make(choices: list[dict[str, Any]]) -> Chunk:
        chunk: Chunk = {
            "id": ident,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "service_tier": "default",
            "system_fingerprint": SYSTEM_FINGERPRINT,
            "choices": choices,
        }
        if include_usage:
            chunk["usage"] = None
        return chunk

    return make


def _choice(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    return {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}


def _tool_deltas(index: int, call: ToolCall, chunking: int | None) -> list[dict[str, Any]]:
    opening = {
        "index": index,
        "id": call.openai_id,
        "type": "function",
        "function": {"name": call.name, "arguments": ""},
    }
    deltas = [{"tool_calls": [opening]}]
    for fragment in split(call.arguments_openai(), chunking):
        deltas.append({"tool_calls": [{"index": index, "function": {"arguments": fragment}}]})
    return deltas


def _content_deltas(answer: Answer, chunking: int | None, reasoning_field: str) -> list[dict[str, Any]]:
    beside = _CONTENT_BESIDE_REASONING[reasoning_field]
    deltas = [{"content": beside, reasoning_field: piece} for piece in split(answer.thinking, chunking)]
    deltas += [{"content": piece} for piece in split(answer.text, chunking)]
    for index, call in enumerate(answer.tool_calls):
        deltas += _tool_deltas(index, call, chunking)
    return deltas


def _with_role(deltas: list[dict[str, Any]], answer: Answer) -> list[dict[str, Any]]:
    if answer.tool_calls and not (answer.text or answer.thinking):
        first = {"role": "assistant", "content": None, **deltas[0], "refusal": None}
        return [first, *deltas[1:]]
    return [{"role": "assistant", "content": "", "refusal": None}, *deltas]


def stream_chunks(
    answer: Answer, model: str, chunking: int | None, include_usage: bool, reasoning_field: str
) -> list[Chunk]:
    """The chunk objects of a streamed answer, without SSE framing."""
    make = _chunk_maker(model, include_usage)
    deltas = _with_role(_content_deltas(answer, chunking, reasoning_field), answer)
    chunks = [make([_choice(delta)]) for delta in deltas]
    chunks.append(make([_choice({}, answer.openai_finish_reason)]))
    if include_usage:
        chunks.append({**make([]), "usage": usage(answer)})
    return chunks
