"""Property tests: any valid OpenAI chunk sequence, framed and split any way, gives a valid Anthropic stream
that carries exactly the same text, thinking and tool arguments; any truncation gives an error event."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossroads.protocols.openai_chat import ChatStreamTranslator
from tests.unit.test_openai_chat_stream import check_stream

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_scalars = st.none() | st.booleans() | st.integers(-(10**9), 10**9) | st.text(max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
tool_arguments = st.one_of(
    st.just(""),  # a tool without parameters
    st.dictionaries(st.text(max_size=8), json_values, max_size=4).map(lambda obj: orjson.dumps(obj).decode()),
)
pieces = st.text(min_size=1, max_size=16)


@dataclass
class UpstreamStream:
    raw: bytes
    reasoning: str
    text: str
    tools: list[tuple[str, str, str]]  # (id, name, arguments)
    finish_reason: str | None
    usage: dict | None


@st.composite
def fragments(draw: st.DrawFn, text: str) -> list[str]:
    """`text` split into pieces (an empty text stays one empty piece, as servers send `arguments: ""`)."""
    if len(text) < 2:
        return [text]
    cuts = sorted(draw(st.sets(st.integers(1, len(text) - 1), max_size=min(6, len(text) - 1))))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in pairwise(bounds)]


@st.composite
def upstream_chunks(draw: st.DrawFn) -> tuple[list[dict], UpstreamStream]:
    reasoning = draw(st.lists(pieces, max_size=4))
    texts = draw(st.lists(pieces, max_size=4))
    arguments = draw(st.lists(tool_arguments, max_size=3))
    tools = [(f"call_{i}", f"tool_{i}", args) for i, args in enumerate(arguments)]
    tool_fragments = [draw(fragments(args)) for args in arguments]
    repeat_ids = draw(st.booleans())  # Mistral repeats id and name on every chunk

    # Any interleaving of the four kinds of delta, keeping each one's own order.
    labels = ["r"] * len(reasoning) + ["t"] * len(texts)
    for i, frags in enumerate(tool_fragments):
        labels += [f"{i}"] * len(frags)
    order = draw(st.permutations(labels))
    queues = {"r": list(reasoning), "t": list(texts)} | {f"{i}": list(f) for i, f in enumerate(tool_fragments)}
    reasoning_key = draw(st.sampled_from(["reasoning_content", "reasoning"]))

    chunks: list[dict] = [{"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}]
    started: set[str] = set()
    for label in order:
        piece = queues[label].pop(0)
        if label == "r":
            delta = {reasoning_key: piece}
        elif label == "t":
            delta = {"content": piece}
        else:
            call = {"index": int(label), "function": {"arguments": piece}}
            if label not in started or repeat_ids:
                call["id"], call["function"]["name"] = tools[int(label)][:2]
                call["type"] = "function"
                started.add(label)
            delta = {"content": None, "tool_calls": [call]}
        chunks.append({"choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
        if draw(st.integers(0, 9)) == 0:
            chunks.append({"choices": [{"index": 0, "delta": {"content": ""}}]})

    finish_reason = draw(st.sampled_from(["stop", "length", "tool_calls", None]))
    if finish_reason:
        chunks.append({"choices": [{"index": 0, "delta": {}, "finish_reason": finish_reason}]})
    usage = draw(st.none() | st.fixed_dictionaries({"prompt_tokens": st.integers(0, 10**6),
                                                     "completion_tokens": st.integers(0, 10**5)}))
    if usage is not None:
        chunks.append({"choices": [], "usage": usage})
    stream = UpstreamStream(b"", "".join(reasoning), "".join(texts), tools, finish_reason, usage)
    return chunks, stream


@st.composite
def framed(draw: st.DrawFn, chunks: list[dict], done: bool) -> bytes:
    """SSE framing with \\n or \\r\\n line ends and keep-alive comments mixed in."""
    out = []
    for chunk in chunks:
        newline = draw(st.sampled_from([b"\n", b"\r\n"]))
        if draw(st.integers(0, 7)) == 0:
            out.append(b": keep-alive" + newline * 2)
        out.append(b"data: " + orjson.dumps(chunk) + newline * 2)
    if done:
        out.append(b"data: [DONE]\n\n")
    return b"".join(out)


@st.composite
def split(draw: st.DrawFn, raw: bytes) -> list[bytes]:
    if len(raw) < 2:
        return [raw]
    cuts = sorted(draw(st.sets(st.integers(1, len(raw) - 1), max_size=24)))
    bounds = [0, *cuts, len(raw)]
    return [raw[a:b] for a, b in pairwise(bounds)]


def translate(parts: list[bytes]) -> bytes:
    translator = ChatStreamTranslator(model="m", message_id="msg_p")
    return b"".join(translator.feed(part) for part in parts) + translator.finish()


@SETTINGS
@given(st.data())
def test_any_complete_stream_translates_to_a_valid_equivalent_anthropic_stream(data: st.DataObject) -> None:
    chunks, upstream = data.draw(upstream_chunks())
    done = upstream.finish_reason is None or data.draw(st.booleans())
    raw = data.draw(framed(chunks, done))
    out = translate(data.draw(split(raw)))
    assert out == translate([raw]), "the output must not depend on how the input was chunked"

    transcript = check_stream(out)
    assert transcript.error is None
    assert "".join(transcript.texts("thinking")) == upstream.reasoning
    assert "".join(transcript.texts("text")) == upstream.text
    assert [block["id"] for block in transcript.blocks if block["type"] == "tool_use"] == sorted(
        (tool_id for tool_id, _, _ in upstream.tools), key=lambda tool_id: _first_seen(chunks, tool_id))
    for tool_id, name, arguments in upstream.tools:
        block = transcript.tool(tool_id)
        assert block["name"] == name
        assert block["partial_json"] == (arguments or "{}")
    if not (upstream.reasoning or upstream.text or upstream.tools):
        assert transcript.texts("text") == [""]
    assert transcript.stop_reason == _expected_stop_reason(upstream)
    if upstream.usage is not None:
        assert transcript.usage["output_tokens"] == upstream.usage["completion_tokens"]


@SETTINGS
@given(st.data())
def test_a_stream_cut_before_its_end_ends_with_an_error_and_no_message_stop(data: st.DataObject) -> None:
    chunks, _ = data.draw(upstream_chunks())
    unfinished = [chunk for chunk in chunks if not chunk["choices"] or not chunk["choices"][0].get("finish_reason")]
    unfinished = [chunk for chunk in unfinished if chunk["choices"]]  # no usage chunk either
    raw = data.draw(framed(unfinished, done=False))
    cut = raw[: data.draw(st.integers(0, len(raw)))]
    out = translate(data.draw(split(cut)))
    transcript = check_stream(out)
    assert transcript.error is not None and transcript.error["type"] == "api_error"
    assert b"message_stop" not in out


def _first_seen(chunks: list[dict], tool_id: str) -> int:
    for position, chunk in enumerate(chunks):
        for choice in chunk["choices"]:
            if any(call.get("id") == tool_id for call in choice["delta"].get("tool_calls") or ()):
                return position
    raise AssertionError(tool_id)


def _expected_stop_reason(upstream: UpstreamStream) -> str:
    if upstream.finish_reason == "length":
        return "max_tokens"
    if upstream.tools or upstream.finish_reason == "tool_calls":
        return "tool_use"
    return "end_turn"


_KEYS = st.sampled_from(["choices", "delta", "content", "tool_calls", "index", "function", "arguments", "name",
                         "id", "usage", "finish_reason", "reasoning_content", "reasoning", "prompt_tokens",
                         "completion_tokens", "x_groq", "role", "function_call"])
_odd_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


@SETTINGS
@given(st.lists(st.dictionaries(_KEYS, _odd_values, max_size=4), max_size=6), st.booleans())
def test_malformed_chunks_never_crash_and_keep_the_grammar(chunks: list[dict], done: bool) -> None:
    raw = b"".join(b"data: " + orjson.dumps(chunk) + b"\n\n" for chunk in chunks)
    check_stream(translate([raw + (b"data: [DONE]\n\n" if done else b"")]))
