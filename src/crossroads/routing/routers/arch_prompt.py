"""The Arch-Router-1.5B prompt and answer format, as pure functions.

The template is archgw's (`ARCH_ROUTER_V1_SYSTEM_PROMPT`, sent as the single user message): routes as compact
JSON inside <routes>, the conversation as compact JSON inside <conversation>, answer `{"route": "name"}` or
`{"route": "other"}`. Unlike archgw, route order is the config's (deterministic) and oversized user text is
middle-trimmed instead of blowing the budget.
"""

from __future__ import annotations

import json
import re

from crossroads.routing.conversation import Utterance
from crossroads.routing.routers.base import Route, RouterFailure

TEMPLATE = """
You are a helpful assistant designed to find the best suited route.
You are provided with route description within <routes></routes> XML tags:
<routes>
{routes}
</routes>

<conversation>
{conversation}
</conversation>

Your task is to decide which route is best suit with user intent on the conversation in <conversation></conversation> XML tags.  Follow the instruction:
1. If the latest intent from user is irrelevant or user intent is full filled, response with other route {{"route": "other"}}.
2. You must analyze the route descriptions and find the best match route for user latest intent.
3. You only response the name of the route that best matches the user's request, use the exact name in the <routes></routes>.

Based on your analysis, provide your response in the following JSON formats if you decide to match any route:
{{"route": "route_name"}}
"""

CHARS_PER_TOKEN = 4
DEFAULT_TOKEN_BUDGET = 2048
MAX_MESSAGES = 16
TRIM_MARKER = " … "


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def routes_json(routes: list[Route]) -> str:
    return _compact([{"name": r.name, "description": r.description} for r in routes])


def middle_trim(text: str, limit_chars: int) -> str:
    """Keep the head and the tail (where intent usually is) of a text longer than the limit."""
    if len(text) <= limit_chars:
        return text
    keep = max(limit_chars - len(TRIM_MARKER), 2)
    head = keep // 2
    return text[:head] + TRIM_MARKER + text[len(text) - (keep - head) :]


def select_window(conversation: list[Utterance], budget_chars: int) -> list[dict[str, str]]:
    """Newest messages first until the budget is spent; the newest user text always fits (middle-trimmed)."""
    chosen: list[dict[str, str]] = []
    remaining = budget_chars
    for utterance in reversed(conversation[-MAX_MESSAGES:]):
        text = utterance.text
        if len(text) > remaining:
            if chosen and remaining < 200:
                break
            text = middle_trim(text, max(remaining, 200))
        chosen.append({"role": utterance.role, "content": text})
        remaining -= len(text)
        if remaining <= 0:
            break
    chosen.reverse()
    while chosen and chosen[0]["role"] != "user" and len(chosen) > 1:
        chosen.pop(0)  # the window should open on a user message
    return chosen


def build_prompt(conversation: list[Utterance], routes: list[Route], token_budget: int = DEFAULT_TOKEN_BUDGET) -> str:
    routes_text = routes_json(routes)
    fixed = len(TEMPLATE) + len(routes_text)
    budget_chars = max(token_budget * CHARS_PER_TOKEN - fixed, 400)
    window = select_window(conversation, budget_chars)
    return TEMPLATE.format(routes=routes_text, conversation=_compact(window))


_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE)


def parse_answer(answer: str, routes: list[Route]) -> str | None:
    """The route name from the model's answer; None for "other". Raises RouterFailure when unreadable.

    Tolerates code fences, single quotes, `{"route": ["a", ...]}` (Plano's list form), a bare quoted or
    unquoted name, and names that differ only in case or surrounding space.
    """
    text = _FENCE.sub("", answer.strip()).strip()
    if not text:
        raise RouterFailure("the router answered nothing")
    value: object = _loads(text)
    if value is None:
        match = re.search(r"\{.*\}", text, re.DOTALL)
        value = _loads(match.group()) if match else None
    if isinstance(value, dict):
        value = value.get("route")
    if isinstance(value, list):
        value = value[0] if value else "other"
    if value is None:
        value = text.strip().strip("'\"")
    if not isinstance(value, str):
        raise RouterFailure(f"the router answered {answer[:80]!r}, which names no route")
    return _match_route(value, routes, answer)


def _loads(text: str) -> object:
    for candidate in (text, text.replace("'", '"')):
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    return None


def _match_route(value: str, routes: list[Route], answer: str) -> str | None:
    name = value.strip()
    if not name or name.lower() in ("other", "none", "null"):
        return None
    for route in routes:
        if route.name == name:
            return route.name
    lowered = name.lower()
    for route in routes:
        if route.name.strip().lower() == lowered:
            return route.name
    raise RouterFailure(f"the router answered {answer[:80]!r}, which is not one of the configured routes")
