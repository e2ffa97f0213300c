"""The embedded router's scoring model, as pure numpy: shared by the router and the training script.

For a request x = [latest prose, previous user text, last reply (USE vectors), flags, hashed words of the prose,
and, for the full head, the latest prose read by e5] and each route's description vector d:

    score(route) = (x · P) · (d · Q) + alpha · cos(prose, d)
    score(other) = x · w_other + b_other

and the answer is the softmax argmax over the routes and "other". P and Q project into a small space where
"this request fits this description" is learned from many different route sets, so it carries over to the
descriptions users write themselves. The weights are a small file in the package (see training/routing/).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

HEAD_FILE = Path(__file__).with_name("embedded_head.npz")
FAST_HEAD_FILE = Path(__file__).with_name("embedded_head_fast.npz")  # the same model without the e5 reading


@dataclass
class Member:
    P: np.ndarray  # (hidden or features, k)
    Q: np.ndarray  # (dim, k)
    alpha: float
    w_other: np.ndarray  # (hidden or features,)
    b_other: float
    W1: np.ndarray | None = None  # (features, hidden): an optional ReLU layer over the request features
    b1: np.ndarray | None = None

    def hidden(self, x: np.ndarray) -> np.ndarray:
        if self.W1 is None or self.b1 is None:
            return x
        return np.maximum(x @ self.W1.astype(np.float32, copy=False) + self.b1.astype(np.float32, copy=False), 0)


@dataclass
class Head:
    """Several members trained from different seeds; their probabilities are averaged (a steadier answer)."""

    members: list[Member]
    version: str = "3"

    @classmethod
    def load(cls, path: Path = HEAD_FILE) -> Head:
        data = np.load(path, allow_pickle=False)
        count = int(data["members"])
        members = [Member(P=data[f"P{i}"], Q=data[f"Q{i}"], alpha=float(data[f"alpha{i}"]),
                          w_other=data[f"w_other{i}"], b_other=float(data[f"b_other{i}"]),
                          W1=data.get(f"W1{i}", None),
                          b1=data.get(f"b1{i}", None)) for i in range(count)]
        return cls(members, version=str(data["version"]))

    def save(self, path: Path = HEAD_FILE) -> None:
        arrays: dict[str, np.ndarray] = {"members": np.int32(len(self.members)), "version": np.str_(self.version)}
        for i, m in enumerate(self.members):
            arrays.update({f"P{i}": m.P.astype(np.float16), f"Q{i}": m.Q.astype(np.float16),
                           f"alpha{i}": np.float32(m.alpha), f"w_other{i}": m.w_other.astype(np.float16),
                           f"b_other{i}": np.float32(m.b_other)})
            if m.W1 is not None and m.b1 is not None:
                arrays.update({f"W1{i}": m.W1.astype(np.float16), f"b1{i}": m.b1.astype(np.float32)})
        np.savez_compressed(path, **arrays)


def request_features(prose: np.ndarray, previous: np.ndarray, reply: np.ndarray, flags: np.ndarray,
                     lexical: np.ndarray, intent: np.ndarray | None = None) -> np.ndarray:
    """(n, features): the rows the head reads (the fast head reads no `intent`)."""
    parts = [prose, previous, reply, flags, lexical] + ([] if intent is None else [intent])
    return np.concatenate(parts, axis=1).astype(np.float32)


def logits(member: Member, x: np.ndarray, prose: np.ndarray, routes: np.ndarray) -> np.ndarray:
    """(n, routes + 1): one score per route, then the score of "other"."""
    P = member.P.astype(np.float32, copy=False)
    Q = member.Q.astype(np.float32, copy=False)
    h = member.hidden(x)
    route_scores = (h @ P) @ (routes @ Q).T + member.alpha * (prose @ routes.T)
    other = h @ member.w_other.astype(np.float32, copy=False) + member.b_other
    return np.concatenate([route_scores, other[:, None]], axis=1)


def probabilities(head: Head, x: np.ndarray, prose: np.ndarray, routes: np.ndarray) -> np.ndarray:
    return np.mean([softmax(logits(m, x, prose, routes)) for m in head.members], axis=0)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
