"""Routers that ask a language model: `arch-router` (Arch-Router-1.5B on Ollama, vLLM, llama.cpp…) and `llm`
(any configured model). Both send the Arch-Router prompt and parse the answer tolerantly."""

from __future__ import annotations

from dataclasses import dataclass

import aiohttp
import orjson

from crossroads.routing.conversation import Utterance
from crossroads.routing.routers.arch_prompt import DEFAULT_TOKEN_BUDGET, build_prompt, parse_answer
from crossroads.routing.routers.base import Route, RouteResult, RouterFailure


@dataclass(frozen=True)
class RouterEndpoint:
    url: str
    """Full URL: `…/chat/completions` (OpenAI protocol) or `…/v1/messages` (Anthropic protocol)."""
    model: str
    protocol: str = "openai"
    headers: tuple[tuple[str, str], ...] = ()


class PromptRouter:
    max_tokens = 32

    def __init__(self, name: str, endpoint: RouterEndpoint, token_budget: int = DEFAULT_TOKEN_BUDGET) -> None:
        self.name = name
        self.endpoint = endpoint
        self.token_budget = token_budget
        self._session: aiohttp.ClientSession | None = None

    async def warm_up(self, routes: list[Route]) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def request_body(self, conversation: list[Utterance], routes: list[Route]) -> dict[str, object]:
        prompt = build_prompt(conversation, routes, self.token_budget)
        body: dict[str, object] = {
            "model": self.endpoint.model,
            "messages": [{"role": "user", "content": prompt}],
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }
        if self.endpoint.protocol == "openai":
            body["stream"] = False
        return body

    async def route(self, conversation: list[Utterance], routes: list[Route]) -> RouteResult:
        await self.warm_up(routes)
        assert self._session is not None
        headers = {"content-type": "application/json", **dict(self.endpoint.headers)}
        if self.endpoint.protocol == "anthropic":
            headers.setdefault("anthropic-version", "2023-06-01")
        payload = orjson.dumps(self.request_body(conversation, routes))
        try:
            async with self._session.post(self.endpoint.url, data=payload, headers=headers) as response:
                raw = await response.read()
                status = response.status
        except aiohttp.ClientError as exc:
            raise RouterFailure(f"cannot reach the router at {self.endpoint.url}: {exc}") from None
        if status != 200:
            raise RouterFailure(f"the router endpoint answered HTTP {status}")
        answer = _answer_text(raw, self.endpoint.protocol)
        route = parse_answer(answer, routes)
        return RouteResult(route, explanation=f"{self.name} answered {answer.strip()[:60]!r}")


def _answer_text(raw: bytes, protocol: str) -> str:
    try:
        data = orjson.loads(raw)
        if protocol == "anthropic":
            return "".join(b.get("text", "") for b in data["content"] if b.get("type") == "text")
        choices = data.get("choices") or []
        if not choices:
            return ""
        return choices[0]["message"].get("content") or ""
    except (orjson.JSONDecodeError, KeyError, TypeError, IndexError, AttributeError):
        raise RouterFailure("the router endpoint returned a body that is not a chat completion") from None
