"""The embedded router's scoring model, as pure numpy: shared by the router and the training script.

For a request x = [prose vector, context vector, flags] and each route's description vector d:

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


@dataclass
class Head:
    P: np.ndarray  # (features, k)
    Q: np.ndarray  # (dim, k)
    alpha: float
    w_other: np.ndarray  # (features,)
    b_other: float
    version: str = "1"

    @classmethod
    def load(cls, path: Path = HEAD_FILE) -> Head:
        data = np.load(path, allow_pickle=False)
        return cls(P=data["P"], Q=data["Q"], alpha=float(data["alpha"]), w_other=data["w_other"],
                   b_other=float(data["b_other"]), version=str(data["version"]))

    def save(self, path: Path = HEAD_FILE) -> None:
        np.savez_compressed(path, P=self.P.astype(np.float32), Q=self.Q.astype(np.float32),
                            alpha=np.float32(self.alpha), w_other=self.w_other.astype(np.float32),
                            b_other=np.float32(self.b_other), version=np.str_(self.version))


def request_features(prose: np.ndarray, context: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """(n, features): the rows the head reads."""
    return np.concatenate([prose, context, flags], axis=1).astype(np.float32)


def logits(head: Head, x: np.ndarray, prose: np.ndarray, routes: np.ndarray) -> np.ndarray:
    """(n, routes + 1): one score per route, then the score of "other"."""
    route_scores = (x @ head.P) @ (routes @ head.Q).T + head.alpha * (prose @ routes.T)
    other = x @ head.w_other + head.b_other
    return np.concatenate([route_scores, other[:, None]], axis=1)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
