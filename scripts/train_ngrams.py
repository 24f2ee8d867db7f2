"""Train stage 1's learned toxicity score (app/moderation/ngrams.py) from train.jsonl.

    python scripts/train_ngrams.py             # writes app/moderation/heads/ngrams.{npz,json}
    python scripts/train_ngrams.py --if-stale  # only if the inputs changed (make does this)

Logistic regression over hashed n-grams (the target: a row's `toxic` label; risky rude rows are
labelled not toxic, since risk is never withheld), class-weighted, L2, full-batch Adam in numpy
from zero: deterministic, ~30 s on two idle cores. The threshold is the lowest (on a 0.01
grid) at which the out-of-fold precision of the score alone is at least PRECISION: a message
the lexicon has no words for is withheld only on strong evidence. Never trains on
shared/moderation/dev.jsonl, data/moderation/test.jsonl or holdout.jsonl.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.moderation import ngrams  # noqa: E402
from app.moderation.normalize import normalize  # noqa: E402
from app.moderation.rules import STAFF_ROLES  # noqa: E402

TRAIN = ROOT / "data" / "moderation" / "train.jsonl"
INPUTS = [TRAIN, Path(__file__).resolve(), ROOT / "app" / "moderation" / "normalize.py",
          ROOT / "app" / "moderation" / "ngrams.py"]
L2 = 1e-4
ITERS = 300
LR = 0.1
FOLDS = 5
PRECISION = 0.98


def inputs_sha256() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in INPUTS}


def up_to_date() -> bool:
    return ngrams.FILE.exists() and ngrams.meta().get("inputs_sha256") == inputs_sha256()


def fit(feats: list[list[int]], y: np.ndarray) -> tuple[np.ndarray, float]:
    n, dim = len(feats), 1 << ngrams.BITS
    rows = np.concatenate([np.full(len(f), i) for i, f in enumerate(feats)])
    cols = np.concatenate([np.asarray(f, dtype=np.int64) for f in feats])
    pos = y.mean()
    cw = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos)) / n  # each class half the loss
    w, b = np.zeros(dim), 0.0
    m, v, mb, vb = np.zeros(dim), np.zeros(dim), 0.0, 0.0
    for it in range(1, ITERS + 1):
        z = np.bincount(rows, weights=w[cols], minlength=n) + b
        g = (1 / (1 + np.exp(-z)) - y) * cw
        gw = np.bincount(cols, weights=g[rows], minlength=dim) + L2 * w
        gb = g.sum()
        m, v = 0.9 * m + 0.1 * gw, 0.999 * v + 0.001 * gw * gw
        w -= LR * (m / (1 - 0.9 ** it)) / (np.sqrt(v / (1 - 0.999 ** it)) + 1e-8)
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        b -= LR * (mb / (1 - 0.9 ** it)) / (np.sqrt(vb / (1 - 0.999 ** it)) + 1e-8)
    return w, b


def predict(w: np.ndarray, b: float, feats: list[list[int]]) -> np.ndarray:
    z = np.array([w[f].sum() for f in feats]) + b
    return 1 / (1 + np.exp(-z))


def choose_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, float]]:
    for t in np.round(np.arange(0.5, 0.995, 0.01), 2):
        hit = p >= t
        prec = float((hit & y).sum() / max(1, hit.sum()))
        if prec >= PRECISION:
            return float(t), {"precision": round(prec, 3),
                              "recall": round(float((hit & y).sum() / y.sum()), 3),
                              "false_positives": int((hit & ~y).sum())}
    raise SystemExit(f"no threshold reaches out-of-fold precision {PRECISION}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--if-stale", action="store_true")
    args = ap.parse_args()
    if args.if_stale and up_to_date():
        print("ngrams up to date")
        return
    started = time.monotonic()
    rows = [json.loads(line) for line in TRAIN.read_text().splitlines() if line.strip()]
    feats = [ngrams.features(normalize(r["text"]).text, r["role"] in STAFF_ROLES) for r in rows]
    y = np.array([bool(r["toxic"]) for r in rows])
    fold = np.random.default_rng(0).integers(0, FOLDS, len(rows))
    oof = np.zeros(len(rows))
    for k in range(FOLDS):
        tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        w, b = fit([feats[i] for i in tr], y[tr].astype(float))
        oof[te] = predict(w, b, [feats[i] for i in te])
        print(f"fold {k + 1}/{FOLDS} ({time.monotonic() - started:.0f} s)", flush=True)
    threshold, oof_figures = choose_threshold(oof, y)
    risky = np.array([r["risk"] != "none" for r in rows])
    oof_figures["risky_at_threshold"] = int(((oof >= threshold) & risky).sum())
    w, b = fit(feats, y.astype(float))
    ngrams.FILE.parent.mkdir(parents=True, exist_ok=True)
    with ngrams.FILE.open("wb") as fh:  # np.savez_compressed(path) would append ".npz"
        np.savez_compressed(fh, weights=w.astype(np.float16), bias=np.float64(b),
                            threshold=np.float64(threshold))
    meta = {"bits": ngrams.BITS, "l2": L2, "iters": ITERS, "lr": LR, "folds": FOLDS,
            "min_precision": PRECISION, "threshold": threshold, "rows": len(rows),
            "toxic_rows": int(y.sum()), "out_of_fold": oof_figures,
            "inputs_sha256": inputs_sha256()}
    ngrams.META.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    print(f"threshold {threshold}, out of fold {oof_figures} "
          f"({time.monotonic() - started:.0f} s)")
    # Stage 1 changed, so the cascade's thresholds (chosen by simulating it) are chosen again;
    # if the model itself is stale, `make` retrains it next, which chooses them anyway.
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_moderation.py"),
                    "--thresholds"], check=False)


if __name__ == "__main__":
    main()
