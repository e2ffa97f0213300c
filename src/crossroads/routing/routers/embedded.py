"""The embedded router: works offline right after install (no downloads, no GPU, no server).

It embeds the latest user intent (prose without pasted code), its context and the route descriptions (plus
examples, when given) with the Universal Sentence Encoder and scores each route with a small trained head. When that
fast head is not sure, it reads the intent a second time with multilingual-e5-small (sharper, 30–60 ms on 2 cores)
and lets the full head decide: most turns are clear and cost ~10 ms, the unclear ones get the better reading.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from crossroads.routing.conversation import Utterance
from crossroads.routing.routers.base import Route, RouteResult
from crossroads.routing.routers.embedded_model import (
    FAST_HEAD_FILE,
    HEAD_FILE,
    Head,
    probabilities,
    request_features,
)
from crossroads.routing.routers.encoder import E5Encoder, Encoder, USEEncoder
from crossroads.routing.routers.features import lexical_vector, view

# The fast head's answer is kept when its top probability reaches this; below it the full head decides. Chosen on
# held-out training requests (training/routing/README.md), where it keeps the full head's accuracy.
CONFIDENT = 0.6


def route_text(route: Route) -> str:
    return f"{route.name}: {route.description}"


class EmbeddedRouter:
    name = "embedded"

    def __init__(self, encoder: Encoder | None = None, head: Head | None = None,
                 intent_encoder: Encoder | None = None, fast_head: Head | None = None,
                 confident: float = CONFIDENT) -> None:
        self.encoder = encoder or USEEncoder()
        self.intent_encoder = intent_encoder or E5Encoder()
        self.head = head
        self.fast_head = fast_head
        self.confident = confident
        self._route_cache: dict[tuple[Route, ...], np.ndarray] = {}
        # One thread: embeddings run one at a time off the event loop, never oversubscribing the cores.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crossroads-router")

    def _load(self, routes: list[Route]) -> None:
        if self.head is None:
            self.head = Head.load(HEAD_FILE)
        if self.fast_head is None:
            self.fast_head = Head.load(FAST_HEAD_FILE)
        for encoder in (self.encoder, self.intent_encoder):
            if isinstance(encoder, USEEncoder | E5Encoder):
                encoder.load()
        if routes:
            self.route_vectors(routes)

    async def warm_up(self, routes: list[Route]) -> None:
        await asyncio.get_running_loop().run_in_executor(self._executor, self._load, routes)

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def route_vectors(self, routes: list[Route]) -> np.ndarray:
        key = tuple(routes)
        cached = self._route_cache.get(key)
        if cached is not None:
            return cached
        vectors = self.encoder.encode([route_text(r) for r in routes])
        for index, route in enumerate(routes):
            if route.examples:
                # Examples sharpen a route: blend the description with the centroid of its examples.
                examples = self.encoder.encode(list(route.examples)).mean(axis=0)
                blended = vectors[index] + examples
                vectors[index] = blended / max(float(np.linalg.norm(blended)), 1e-9)
        self._route_cache[key] = vectors
        return vectors

    def scores(self, conversation: list[Utterance], routes: list[Route]) -> tuple[dict[str, float], bool]:
        """The probability of each route and "other", and whether the full head (the e5 reading) decided."""
        if self.head is None or self.fast_head is None:
            self._load(routes)
        assert self.head is not None and self.fast_head is not None
        seen = view(conversation)
        prose, previous, reply = self.encoder.encode([seen.prose, seen.previous, seen.reply])
        flags = np.asarray(seen.flags, dtype=np.float32)
        parts = (prose[None, :], previous[None, :], reply[None, :], flags[None, :], lexical_vector(seen.prose)[None, :])
        route_vectors = self.route_vectors(routes)
        chances = probabilities(self.fast_head, request_features(*parts), prose[None, :], route_vectors)[0]
        full = float(chances.max()) < self.confident
        if full:
            intent = self.intent_encoder.encode([seen.prose])
            chances = probabilities(self.head, request_features(*parts, intent), prose[None, :], route_vectors)[0]
        names = [r.name for r in routes] + ["other"]
        return {name: float(p) for name, p in zip(names, chances, strict=True)}, full

    def decide(self, conversation: list[Utterance], routes: list[Route]) -> RouteResult:
        scores, full = self.scores(conversation, routes)
        best = max(scores, key=scores.__getitem__)
        route = None if best == "other" else best
        how = "full head, e5" if full else "fast head"
        return RouteResult(route, scores, explanation=f"embedded ({how}): {best} p={scores[best]:.2f}")

    async def route(self, conversation: list[Utterance], routes: list[Route]) -> RouteResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.decide, conversation, routes)
