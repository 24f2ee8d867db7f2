"""Rebuild the stage-2 moderation heads from data/moderation/train.jsonl.

    python scripts/train_moderation.py            # writes app/moderation/heads/heads.{npz,json}
    python scripts/train_moderation.py --cv       # also prints 5-fold cross-validated scores

Deterministic: the encoder runs in inference mode on one thread, the heads are L2-regularised
logistic regressions fitted by Newton's method from zero (no random init), and folds for
--cv come from a fixed seed. Running it twice on the same data gives identical files.
Never trains on shared/moderation/dev.jsonl or data/moderation/test.jsonl.
See docs/moderation.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.moderation.normalize import normalize  # noqa: E402
from app.moderation.verdict import RISK_CATEGORIES  # noqa: E402

TRAIN = ROOT / "data" / "moderation" / "train.jsonl"
HEADS_DIR = ROOT / "app" / "moderation" / "heads"
RANK = {"none": 0, "low": 1, "medium": 2, "high": 3}
LEVEL_NAMES = {1: "low", 2: "medium", 3: "high"}
L2 = 0.1  # on the summed, class-weighted log-loss; chosen by --cv among 0.03, 0.1, 0.3, 1


def head_names() -> list[str]:
    names = [f"{c}>={LEVEL_NAMES[k]}" for c in RISK_CATEGORIES for k in (1, 2, 3)]
    return names + ["toxicity"]


def targets(rows: list[dict]) -> np.ndarray:
    y = np.zeros((len(rows), len(head_names())), dtype=np.float64)
    for i, r in enumerate(rows):
        rank = RANK[r["risk"]]
        if r["category"] in RISK_CATEGORIES and rank:
            j = RISK_CATEGORIES.index(r["category"])
            for k in (1, 2, 3):
                y[i, j * 3 + k - 1] = float(rank >= k)
        y[i, -1] = float(bool(r["toxic"]))
    return y


def fit_logreg(x: np.ndarray, y: np.ndarray, l2: float, iters: int = 30) -> tuple[np.ndarray,
                                                                                 float]:
    """Class-balanced L2 logistic regression by Newton's method (deterministic)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    pos = y.sum()
    if pos == 0 or pos == n:
        return np.zeros(d), (-8.0 if pos == 0 else 8.0)
    sw = np.where(y > 0, n / (2 * pos), n / (2 * (n - pos)))
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0  # no penalty on the bias
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (sw * (p - y)) + reg * w
        h = (xb * (sw * p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(h, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w[:-1], float(w[-1])


def fit_all(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray]:
    ws, bs = [], []
    for j in range(y.shape[1]):
        w, b = fit_logreg(x, y[:, j], l2)
        ws.append(w)
        bs.append(b)
    return np.array(ws), np.array(bs)


def cross_validate(x: np.ndarray, y: np.ndarray, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    folds = rng.permutation(len(x)) % 5
    names = head_names()
    for l2 in (0.03, 0.1, 0.3, 1.0):
        correct = np.zeros(y.shape[1])
        for f in range(5):
            tr, te = folds != f, folds == f
            w, b = fit_all(x[tr], y[tr], l2)
            p = 1 / (1 + np.exp(-(x[te] @ w.T + b)))
            correct += ((p >= 0.5) == (y[te] >= 0.5)).sum(0)
        acc = correct / len(x)
        print(f"l2={l2:<5} mean acc {acc.mean():.4f}  " + "  ".join(
            f"{n}={a:.3f}" for n, a in zip(names, acc, strict=True) if n.endswith((">=medium",
                                                                                  "toxicity"))))


def out_of_fold(x: np.ndarray, y: np.ndarray, rows: list[dict], seed: int = 11) -> tuple[
        np.ndarray, np.ndarray]:
    """Probabilities for the hand-written rows, each from heads that never saw it.

    Variants (rows whose note says "variant of ...") are left out of these fits, since a
    variant in the training folds would leak its source row in the held-out fold."""
    hand = np.array([not r["note"].startswith("variant") for r in rows])
    idx = np.flatnonzero(hand)
    folds = np.random.default_rng(seed).permutation(len(idx)) % 5
    probs = np.zeros((len(idx), y.shape[1]))
    for f in range(5):
        tr, te = idx[folds != f], idx[folds == f]
        w, b = fit_all(x[tr], y[tr], L2)
        probs[folds == f] = 1 / (1 + np.exp(-(x[te] @ w.T + b)))
    return probs, idx


def choose_thresholds(probs: np.ndarray, rows: list[dict]) -> dict[str, float]:
    """Decision thresholds for merging stage 2 into stage 1, from out-of-fold predictions:
    escalate_new keeps out-of-fold false escalation of ordinary messages <= 2%; raise keeps
    escalation of ordinary-or-low messages <= 6%; lower wrongly lowers <= 3% of medium/high
    messages; toxic keeps out-of-fold toxicity precision >= 0.95."""
    names = head_names()
    med = [i for i, n in enumerate(names) if n.endswith(">=medium")]
    p_med = probs[:, med].max(1)
    p_tox = probs[:, -1]
    student = np.array([r["role"] == "student" for r in rows])
    risk = np.array([RANK[r["risk"]] for r in rows])
    toxic = np.array([bool(r["toxic"]) for r in rows])
    grid = np.round(np.arange(0.30, 0.995, 0.01), 2)

    def smallest(ok) -> float:
        return float(next((t for t in grid if ok(t)), 0.99))

    none_ = student & (risk == 0)
    calm = student & (risk <= 1)
    risky = student & (risk >= 2)
    escalate_new = smallest(lambda t: (p_med[none_] >= t).mean() <= 0.02)
    raise_ = smallest(lambda t: (p_med[calm] >= t).mean() <= 0.06)
    lower = float(max((t for t in grid if (p_med[risky] < t).mean() <= 0.03), default=0.3))

    def precision(t: float) -> float:
        sel = student & (p_tox >= t)
        return float(toxic[sel].mean()) if sel.any() else 1.0

    tox = smallest(lambda t: precision(t) >= 0.95)
    return {"escalate_new": escalate_new, "raise": raise_, "lower": lower, "toxic": tox}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    args = ap.parse_args()

    import torch

    torch.manual_seed(0)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    from app.moderation.embedding import ENCODER_NAME, Encoder, Heads

    raw = TRAIN.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line]
    texts = [normalize(r["text"]).text for r in rows]
    t0 = time.perf_counter()
    x = Encoder(fast=False).encode(texts).astype(np.float64)  # float32 on every machine
    print(f"embedded {len(rows)} rows in {time.perf_counter() - t0:.1f} s")
    y = targets(rows)
    if args.cv:
        cross_validate(x, y)
    oof, idx = out_of_fold(x, y, rows)
    thresholds = choose_thresholds(oof, [rows[i] for i in idx])
    print("thresholds from out-of-fold predictions:", thresholds)
    w, b = fit_all(x, y, L2)
    heads = Heads(w, b, head_names(), {
        "thresholds": thresholds,
        "encoder": ENCODER_NAME,
        "dim": int(x.shape[1]),
        "l2": L2,
        "train_rows": len(rows),
        "train_sha256": hashlib.sha256(raw).hexdigest(),
        "input": "normalised text (app.moderation.normalize)",
    })
    heads.save(HEADS_DIR)
    p = heads.predict(x.astype(np.float32))
    acc = ((p >= 0.5) == (y >= 0.5)).mean(0)
    print(f"wrote {HEADS_DIR / 'heads.npz'}; training accuracy per head: "
          + ", ".join(f"{n} {a:.3f}" for n, a in zip(head_names(), acc, strict=True)))


if __name__ == "__main__":
    main()
