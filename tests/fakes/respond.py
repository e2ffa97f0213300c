"""Turning a scripted item into the reply for one request.

A scripted item is one of:

* a :class:`Reply`: sent as is;
* an :class:`Answer`: rendered for the request's protocol (from the path), its ``stream`` flag
  and ``stream_options.include_usage``, and its ``model``;
* a :class:`Faulted`: an item whose reply is changed by a function (see ``faults``);
* a callable ``(RecordedRequest) -> item``: called in the server thread for each request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from tests.fakes.answers import Answer
from tests.fakes.recorded import RecordedRequest
from tests.fakes.render_anthropic import render_anthropic
from tests.fakes.render_openai import render_openai
from tests.fakes.reply import Reply

Protocol = Literal["openai", "anthropic"]


@dataclass(frozen=True)
class Faulted:
    """``inner`` (None: the upstream's default) with its reply passed through ``modify``."""

    inner: Item | None
    modify: Callable[[Reply], Reply]


Item = Reply | Answer | Faulted | Callable[[RecordedRequest], "Item"]


@dataclass(frozen=True)
class Context:
    """Per-upstream settings that rendering needs."""

    default: Item
    reasoning_field: str = "reasoning_content"
    chunking: int | None = None


@dataclass(frozen=True)
class RequestFacts:
    protocol: Protocol
    stream: bool
    include_usage: bool
    model: str


def protocol_of(path: str) -> Protocol | None:
    """``openai`` for any ``.../chat/completions`` path, ``anthropic`` for ``.../messages``."""
    if path.endswith("/chat/completions"):
        return "openai"
    if path.endswith("/messages"):
        return "anthropic"
    return None


def facts_of(request: RecordedRequest) -> RequestFacts:
    """What rendering needs to know about a request; ValueError if it is not a model call."""
    protocol = protocol_of(request.path)
    if protocol is None:
        raise ValueError(f"{request.path} is not a chat/completions or messages endpoint")
    body = request.json()
    if not isinstance(body, dict):
        raise ValueError("the request body is not a JSON object")
    options: Any = body.get("stream_options") or {}
    return RequestFacts(
        protocol=protocol,
        stream=body.get("stream") is True,
        include_usage=isinstance(options, dict) and options.get("include_usage") is True,
        model=str(body.get("model", "fake-model")),
    )


def render_for(answer: Answer, request: RecordedRequest, context: Context) -> Reply:
    facts = facts_of(request)
    if facts.protocol == "anthropic":
        return render_anthropic(answer, stream=facts.stream, model=facts.model, chunking=context.chunking)
    return render_openai(
        answer,
        stream=facts.stream,
        model=facts.model,
        chunking=context.chunking,
        include_usage=facts.include_usage,
        reasoning_field=context.reasoning_field,
    )


def resolve(item: Item, request: RecordedRequest, context: Context) -> Reply:
    """The reply ``item`` stands for when answering ``request``."""
    if isinstance(item, Reply):
        return item
    if isinstance(item, Answer):
        return render_for(item, request, context)
    if isinstance(item, Faulted):
        inner = context.default if item.inner is None else item.inner
        return item.modify(resolve(inner, request, context))
    if callable(item):
        return resolve(item(request), request, context)
    raise TypeError(f"cannot answer with {item!r}")
