"""The embedded router: works offline right after install (no downloads, no GPU, no server).

It embeds the latest user intent (prose without pasted code), its context and the route descriptions (plus
examples, when given) with the Universal Sentence Encoder, then scores each route with a small trained head.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from crossroads.routing.conversation import Utterance
from crossroads.routing.routers.base import Route, RouteResult
from crossroads.routing.routers.embedded_model import HEAD_FILE, Head, probabilities, request_features
from crossroads.routing.routers.encoder import Encoder, USEEncoder
from crossroads.routing.routers.features import lexical_vector, view


def route_text(route: Route) -> str:
    return f"{route.name}: {route.description}"


class EmbeddedRouter:
    name = "embedded"

    def __init__(self, encoder: Encoder | None = None, head: Head | None = None) -> None:
        self.encoder = encoder or USEEncoder()
        self.head = head
        self._route_cache: dict[tuple[Route, ...], np.ndarray] = {}
        # One thread: embeddings run one at a time off the event loop, never oversubscribing the cores.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crossroads-router")

    def _load(self, routes: list[Route]) -> None:
        if self.head is None:
            self.head = Head.load(HEAD_FILE)
        if isinstance(self.encoder, USEEncoder):
            self.encoder.load()
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

    def scores(self, conversation: list[Utterance], routes: list[Route]) -> dict[str, float]:
        if self.head is None:
            self._load(routes)
        assert self.head is not None
        seen = view(conversation)
        prose, previous, reply = self.encoder.encode([seen.prose, seen.previous, seen.reply])
        flags = np.asarray(seen.flags, dtype=np.float32)
        x = request_features(prose[None, :], previous[None, :], reply[None, :], flags[None, :],
                             lexical_vector(seen.prose)[None, :])
        chances = probabilities(self.head, x, prose[None, :], self.route_vectors(routes))[0]
        names = [r.name for r in routes] + ["other"]
        return {name: float(p) for name, p in zip(names, chances, strict=True)}

    def decide(self, conversation: list[Utterance], routes: list[Route]) -> RouteResult:
        scores = self.scores(conversation, routes)
        best = max(scores, key=scores.__getitem__)
        route = None if best == "other" else best
        return RouteResult(route, scores, explanation=f"embedded: {best} p={scores[best]:.2f}")

    async def route(self, conversation: list[Utterance], routes: list[Route]) -> RouteResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.decide, conversation, routes)
