"""Train the embedded router's head (src/crossroads/routing/routers/embedded_head.npz).

    .venv/bin/python training/routing/train.py            # rebuild the head from corpus_*.jsonl
    .venv/bin/python training/routing/train.py --report   # also print held-out and dev-set accuracy

The corpus (corpus_a.jsonl, corpus_b.jsonl) holds categories of coding and non-coding work, each with route
descriptions written the many ways users write them, and realistic requests per category. Training samples
"episodes": a random route set (2–8 categories, each described by a random one of its descriptions), then
requests whose answer is their category's route, else their parent's (testing → code generation), else "other".
So the head learns "does this request fit this description", not six fixed classes, and carries over to the
routes users describe themselves. The evaluation set (bench/routing/) is never read here except for --report.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from decontaminate import final_user_text, fingerprint  # noqa: E402

from crossroads.routing.conversation import utterances  # noqa: E402
from crossroads.routing.routers.base import Route  # noqa: E402
from crossroads.routing.routers.embedded import route_text  # noqa: E402
from crossroads.routing.routers.embedded_model import (  # noqa: E402
    FAST_HEAD_FILE,
    HEAD_FILE,
    Head,
    Member,
    probabilities,
    request_features,
    softmax,
)
from crossroads.routing.routers.encoder import E5Encoder, Encoder, USEEncoder  # noqa: E402
from crossroads.routing.routers.features import FLAG_NAMES, LEXICAL_BUCKETS, lexical_vector, view  # noqa: E402

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
EXCLUDED = HERE / "excluded.txt"  # written by decontaminate.py: requests too close to the evaluation set

# The sample config's wording and archgw's demo wording are descriptions users really start from.
EXTRA_DESCRIPTIONS = {
    "code_generation": ["generating new code snippets, functions, classes, scripts, tests or boilerplate from requirements",
                        "generating new code snippets, functions, or boilerplate based on user prompts or requirements"],
    "code_understanding": ["understanding and explaining existing code, libraries, APIs or how a codebase works",
                           "understand and explain existing code snippets, functions, or libraries"],
    "code_review": ["reviewing code or diffs for quality, correctness, security, style and best practices, suggesting improvements"],
    "architecture": ["designing system architecture, module boundaries, APIs and data models, choosing technologies and weighing design trade-offs"],
    "debugging": ["finding and fixing bugs, diagnosing errors, stack traces, crashes, failing tests and unexpected behaviour"],
    "documentation": ["writing or improving docs such as docstrings, comments, READMEs, API references, guides and changelogs"],
}


@dataclass
class Category:
    id: str
    parent: str | None
    descriptions: list[str]

    @property
    def name(self) -> str:
        return self.id.replace("_", " ")


def load_corpus() -> tuple[dict[str, Category], list[tuple[str, list]]]:
    categories: dict[str, Category] = {}
    requests: list[tuple[str, list]] = []
    for path in sorted(HERE.glob("corpus_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if item["kind"] == "category":
                categories[item["category"]] = Category(item["category"], item.get("parent"), list(item["descriptions"]))
            else:
                requests.append((item["category"], item["messages"]))
    excluded = set(EXCLUDED.read_text().split()) if EXCLUDED.exists() else set()
    requests = [(c, m) for c, m in requests if fingerprint(final_user_text(m)) not in excluded]
    for cid, texts in EXTRA_DESCRIPTIONS.items():
        if cid in categories:
            categories[cid].descriptions.extend(texts)
    requests = [(c, m) for c, m in requests if c in categories]
    return categories, requests


def embed_cached(encoder: Encoder, texts: list[str]) -> np.ndarray:
    """Embeddings are cached by text hash, so re-training does not re-encode the corpus."""
    CACHE.mkdir(exist_ok=True)
    tag = "" if isinstance(encoder, USEEncoder) else type(encoder).__name__
    key = hashlib.sha1((tag + "\x00".join(texts)).encode()).hexdigest()[:16]
    path = CACHE / f"emb-{key}.npy"
    if path.exists():
        return np.load(path)
    vectors = np.concatenate([encoder.encode(texts[i:i + 64]) for i in range(0, len(texts), 64)])
    np.save(path, vectors)
    return vectors


def request_matrix(encoder: USEEncoder, intent_encoder: E5Encoder | None,
                   conversations: list[list]) -> tuple[np.ndarray, np.ndarray]:
    views = [view(utterances(messages)) for messages in conversations]
    prose = embed_cached(encoder, [v.prose for v in views])
    previous = embed_cached(encoder, [v.previous for v in views])
    reply = embed_cached(encoder, [v.reply for v in views])
    flags = np.asarray([v.flags for v in views], dtype=np.float32)
    lexical = np.stack([lexical_vector(v.prose) for v in views])
    intent = None if intent_encoder is None else embed_cached(intent_encoder, [v.prose for v in views])
    return request_features(prose, previous, reply, flags, lexical, intent), prose


FEATURE_GROUPS = ("prose", "previous", "reply", "flags", "lexical", "intent")


def drop_features(x: np.ndarray, groups: list[str]) -> None:
    dim = USEEncoder.dim
    intent = E5Encoder.dim if x.shape[1] > 3 * dim + len(FLAG_NAMES) + LEXICAL_BUCKETS else 0
    sizes = {"prose": dim, "previous": dim, "reply": dim, "flags": len(FLAG_NAMES),
             "lexical": LEXICAL_BUCKETS, "intent": intent}
    start = 0
    for name in FEATURE_GROUPS:
        if name in groups:
            x[:, start:start + sizes[name]] = 0
        start += sizes[name]


class Trainer:
    """Adam on the head's parameters; gradients written out by hand (the model is small and numpy is enough)."""

    def __init__(self, features: int, dim: int, rank: int, seed: int, hidden: int = 0) -> None:
        rng = np.random.default_rng(seed)
        inner = hidden or features
        self.params = {
            "P": rng.normal(0, 0.02, (inner, rank)).astype(np.float32),
            "Q": rng.normal(0, 0.02, (dim, rank)).astype(np.float32),
            "alpha": np.float32(10.0),
            "w_other": np.zeros(inner, np.float32),
            "b_other": np.float32(0.0),
        }
        if hidden:
            self.params["W1"] = rng.normal(0, 1 / np.sqrt(features), (features, hidden)).astype(np.float32)
            self.params["b1"] = np.zeros(hidden, np.float32)
        self.m = {k: np.zeros_like(v) for k, v in self.params.items()}
        self.v = {k: np.zeros_like(v) for k, v in self.params.items()}
        self.t = 0

    def member(self) -> Member:
        p = self.params
        return Member(P=p["P"], Q=p["Q"], alpha=float(p["alpha"]), w_other=p["w_other"], b_other=float(p["b_other"]),
                      W1=p.get("W1"), b1=p.get("b1"))

    def step(self, x: np.ndarray, prose: np.ndarray, routes: np.ndarray, labels: np.ndarray, lr: float,
             l2: float, freeze_other: bool = False) -> float:
        p = self.params
        hidden = "W1" in p
        h = np.maximum(x @ p["W1"] + p["b1"], 0) if hidden else x
        u = h @ p["P"]
        v = routes @ p["Q"]
        cos = prose @ routes.T
        z = np.concatenate([u @ v.T + p["alpha"] * cos, (h @ p["w_other"] + p["b_other"])[:, None]], axis=1)
        probs = softmax(z)
        n = len(labels)
        loss = float(-np.log(probs[np.arange(n), labels] + 1e-9).mean())
        g = probs
        g[np.arange(n), labels] -= 1
        g /= n
        g_routes, g_other = g[:, :-1], g[:, -1]
        grads = {
            "P": h.T @ (g_routes @ v) + l2 * p["P"],
            "Q": routes.T @ (g_routes.T @ u) + l2 * p["Q"],
            "alpha": np.float32((g_routes * cos).sum()),
            "w_other": np.zeros_like(p["w_other"]) if freeze_other else h.T @ g_other + l2 * p["w_other"],
            "b_other": np.float32(g_other.sum()),
        }
        if hidden:
            g_h = (g_routes @ v) @ p["P"].T + np.outer(g_other, p["w_other"])
            g_h *= h > 0
            grads["W1"] = x.T @ g_h + l2 * p["W1"]
            grads["b1"] = g_h.sum(axis=0)
        self.t += 1
        for key, grad in grads.items():
            self.m[key] = 0.9 * self.m[key] + 0.1 * grad
            self.v[key] = 0.999 * self.v[key] + 0.001 * grad * grad
            m_hat = self.m[key] / (1 - 0.9 ** self.t)
            v_hat = self.v[key] / (1 - 0.999 ** self.t)
            p[key] = (p[key] - lr * m_hat / (np.sqrt(v_hat) + 1e-8)).astype(np.float32)
        return loss


BROAD = ["code_generation", "code_understanding", "code_review", "architecture", "debugging", "documentation"]


def sample_episode(rng: np.random.Generator, categories: list[Category], desc_index: dict[str, np.ndarray],
                   desc_vectors: np.ndarray, name_vectors: dict[str, np.ndarray],
                   coding_share: float = 0.4) -> tuple[list[str], np.ndarray]:
    """A random route set. Often it is a coding-agent config (most of the broad coding routes, plus a few
    others), since that is what most users write; otherwise any 2–8 categories."""
    by_id = {c.id: c for c in categories}
    if rng.random() < coding_share:
        broad = [c for c in BROAD if c in by_id and rng.random() < 0.85]
        extra_pool = [c.id for c in categories if c.id not in broad]
        extra = list(rng.choice(extra_pool, size=int(rng.integers(0, 4)), replace=False))
        ids = broad + extra
        if len(ids) < 2:
            ids = BROAD[:2] + ids
        chosen = [by_id[i] for i in rng.permutation(ids)]
    else:
        k = int(rng.integers(2, 9))
        chosen = [categories[i] for i in rng.choice(len(categories), size=k, replace=False)]
    vectors = []
    for cat in chosen:
        rows = desc_index[cat.id]
        row = rows[int(rng.integers(len(rows)))]
        vec = desc_vectors[row] if rng.random() < 0.5 else name_vectors[f"{cat.id}|{row}"]
        vectors.append(vec)
    return [c.id for c in chosen], np.asarray(vectors, dtype=np.float32)


def label_for(category: str, episode: list[str], parents: dict[str, str | None]) -> int:
    if category in episode:
        return episode.index(category)
    parent = parents.get(category)
    if parent and parent in episode:
        return episode.index(parent)
    return len(episode)  # other


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=4000)
    parser.add_argument("--rank", type=int, default=64)
    parser.add_argument("--lr", type=float, default=0.003)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--hidden", type=int, default=0, help="width of an optional ReLU layer (0: none)")
    parser.add_argument("--members", type=int, default=6, help="heads trained from successive seeds, averaged")
    parser.add_argument("--coding-share", type=float, default=0.6, help="share of episodes shaped like a coding config")
    parser.add_argument("--holdout", type=float, default=0.15, help="fraction of requests held out for --report")
    parser.add_argument("--report", action="store_true", help="print held-out and dev-set accuracy")
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--other-features", choices=["all", "none"], default="all",
                        help="what the 'other' score may read besides its bias")
    parser.add_argument("--drop", nargs="*", default=[], choices=list(FEATURE_GROUPS),
                        help="zero a feature group (to measure what it is worth)")
    parser.add_argument("--fast", action="store_true", help="train the fast head (no e5 reading of the intent)")
    parser.add_argument("--out", type=Path, help="where to write the head (default: the package's head file)")
    args = parser.parse_args()
    args.out = args.out or (FAST_HEAD_FILE if args.fast else HEAD_FILE)

    rng = np.random.default_rng(args.seed)
    categories, requests = load_corpus()
    cats = list(categories.values())
    parents = {c.id: c.parent for c in cats}
    encoder = USEEncoder()
    print(f"{len(cats)} categories, {len(requests)} requests", file=sys.stderr)

    desc_texts, desc_owner, name_texts, name_keys = [], [], [], []
    for cat in cats:
        for text in cat.descriptions:
            desc_owner.append(cat.id)
            desc_texts.append(text)
            name_texts.append(route_text(Route(cat.name, text)))
            name_keys.append(f"{cat.id}|{len(desc_texts) - 1}")
    desc_vectors = embed_cached(encoder, desc_texts)
    named = embed_cached(encoder, name_texts)
    name_vectors = {key: named[i] for i, key in enumerate(name_keys)}
    desc_index = {cat.id: np.asarray([i for i, o in enumerate(desc_owner) if o == cat.id]) for cat in cats}

    x_all, prose_all = request_matrix(encoder, None if args.fast else E5Encoder(), [m for _, m in requests])
    drop_features(x_all, args.drop)
    cat_all = np.asarray([c for c, _ in requests])
    order = rng.permutation(len(requests))
    cut = int(len(order) * (1 - args.holdout)) if args.report else len(order)
    train_idx, held_idx = order[:cut], order[cut:]

    members = []
    for member_index in range(args.members):
        seed = args.seed + member_index
        rng = np.random.default_rng(seed)
        trainer = Trainer(x_all.shape[1], desc_vectors.shape[1], args.rank, seed, args.hidden)
        for step in range(args.steps):
            episode, routes = sample_episode(rng, cats, desc_index, desc_vectors, name_vectors, args.coding_share)
            # Half the batch from the episode's own categories, so routes are matched often enough.
            in_episode = train_idx[np.isin(cat_all[train_idx], episode)]
            picks = np.concatenate([rng.choice(in_episode, args.batch // 2), rng.choice(train_idx, args.batch // 2)])
            labels = np.asarray([label_for(cat_all[i], episode, parents) for i in picks])
            lr = args.lr * (0.1 + 0.9 * (1 - step / args.steps))
            loss = trainer.step(x_all[picks], prose_all[picks], routes, labels, lr, args.l2,
                                freeze_other=args.other_features == "none")
            if step % 1000 == 0:
                print(f"member {member_index} step {step}: loss {loss:.3f}", file=sys.stderr)
        members.append(trainer.member())
    head = Head(members)
    if args.report:
        report_heldout(head, rng, cats, desc_index, desc_vectors, name_vectors, x_all, prose_all, cat_all, held_idx,
                       parents)
        report_narrow(head, cats, desc_index, desc_vectors, x_all, prose_all, cat_all, held_idx, parents)
        report_dev(head, encoder, args.fast)
    if not args.no_save:
        head.save(args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


def report_heldout(head: Head, rng, cats, desc_index, desc_vectors, name_vectors, x_all, prose_all, cat_all,
                   held_idx, parents) -> None:
    correct = total = 0
    for _ in range(200):
        episode, routes = sample_episode(rng, cats, desc_index, desc_vectors, name_vectors)
        labels = np.asarray([label_for(cat_all[i], episode, parents) for i in held_idx])
        predicted = probabilities(head, x_all[held_idx], prose_all[held_idx], routes).argmax(axis=1)
        correct += int((predicted == labels).sum())
        total += len(labels)
    print(f"held-out requests, random route sets: {correct / total:.1%}", file=sys.stderr)


def report_narrow(head: Head, cats, desc_index, desc_vectors, x_all, prose_all, cat_all, held_idx, parents) -> None:
    """Held-out requests against route sets of narrow coding routes ("sql", "frontend", "security review"…) and a
    few non-coding ones, with no broad coding route: the sets users write when they split coding work finely.
    Requests of a broad kind are left out (whether "write a query" belongs to "sql" is not in their label)."""
    rng = np.random.default_rng(7)
    narrow = [c for c in cats if c.parent]
    plain = [c for c in cats if not c.parent and c.id not in BROAD]
    sure = held_idx[~np.isin(cat_all[held_idx], BROAD)]
    correct = total = 0
    for _ in range(200):
        chosen = [narrow[i] for i in rng.choice(len(narrow), size=int(rng.integers(2, 6)), replace=False)]
        chosen += [plain[i] for i in rng.choice(len(plain), size=int(rng.integers(0, 3)), replace=False)]
        episode = [c.id for c in chosen]
        routes = np.asarray([desc_vectors[desc_index[c][int(rng.integers(len(desc_index[c])))]] for c in episode])
        labels = np.asarray([label_for(cat_all[i], episode, parents) for i in sure])
        predicted = probabilities(head, x_all[sure], prose_all[sure], routes).argmax(axis=1)
        correct += int((predicted == labels).sum())
        total += len(labels)
    print(f"held-out requests, narrow coding route sets: {correct / total:.1%}", file=sys.stderr)


def report_dev(head: Head, encoder: USEEncoder, fast: bool) -> None:
    import asyncio

    from crossroads.cli.eval import evaluate, load_dataset
    from crossroads.config import load_config
    from crossroads.routing.pipeline import configured_routes
    from crossroads.routing.routers.embedded import EmbeddedRouter

    config = load_config(REPO / "src/crossroads/cli/sample_config.yaml", env={})
    routes, _ = configured_routes(config)
    if fast:  # the fast head alone
        router = EmbeddedRouter(encoder=encoder, head=head, fast_head=head, confident=0.0)
    else:  # the full head alone
        router = EmbeddedRouter(encoder=encoder, head=head, fast_head=Head.load(FAST_HEAD_FILE), confident=2.0)
    report = asyncio.run(evaluate(router, routes, load_dataset(REPO / "bench/routing/dev.jsonl")))
    per = {k: f"{v['accuracy']:.0%}" for k, v in report["per_label"].items()}
    print(f"dev set: {report['accuracy']:.1%} {per}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
