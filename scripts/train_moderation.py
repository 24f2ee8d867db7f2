"""Rebuild stage 2 of moderation from data/moderation/train.jsonl.

    python scripts/train_moderation.py             # writes app/moderation/heads/
    python scripts/train_moderation.py --if-stale  # only if the inputs changed (make does this)
    python scripts/train_moderation.py --cv        # also prints 5-fold CV over the heads' l2

Two steps. (1) The top layers of all-MiniLM-L6-v2 are fine-tuned on the labelled rows
(`FINETUNE`; written as encoder.safetensors, float16). (2) Logistic-regression heads are fitted
on the fine-tuned embeddings, and the cascade's thresholds chosen on out-of-fold predictions:
for each of `FOLDS` folds the encoder is fine-tuned again without that fold, so no row is
scored by weights that saw it.

Deterministic on a given machine: fixed seeds, deterministic torch algorithms on a fixed
number of threads, heads fitted by Newton's method from zero. Two runs give identical files.
Never trains on shared/moderation/dev.jsonl, data/moderation/test.jsonl or holdout.jsonl.
See docs/moderation.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

import moderation_thresholds as th  # noqa: E402

from app.moderation.embedding import Encoder, Heads, apply_tuned, score_segments  # noqa: E402
from app.moderation.normalize import normalize  # noqa: E402
from app.moderation.verdict import RISK_CATEGORIES  # noqa: E402

TRAIN = ROOT / "data" / "moderation" / "train.jsonl"
HEADS_DIR = ROOT / "app" / "moderation" / "heads"
TUNED_FILE = "encoder.safetensors"
# What the weights are a function of: the data, this script, the normaliser (the encoder
# sees normalised text) and the encoder's code (pooling, segments: the out-of-fold estimates
# are scored through it). heads.json records their SHA-256; --if-stale compares them.
INPUTS = [TRAIN, Path(__file__).resolve(), ROOT / "app" / "moderation" / "normalize.py",
          ROOT / "app" / "moderation" / "embedding.py"]
# The thresholds also depend on stage 1 (the cascade is simulated with it, its learned n-gram
# score included) and on the merge; when only these change, --if-stale re-chooses the
# thresholds from the stored out-of-fold probabilities (heads/oof.npz) in seconds instead of
# fine-tuning again.
STAGE1 = [ROOT / "app" / "moderation" / n for n in ("lexicon.py", "rules.py", "prefilter.py",
                                                  "pipeline.py", "ngrams.py")] + [
    Path(th.__file__).resolve(), HEADS_DIR / "ngrams.npz"]
OOF_FILE = "oof.npz"
RANK = th.RANK
LEVEL_NAMES = {1: "low", 2: "medium", 3: "high"}
L2 = 0.1  # on the summed, class-weighted log-loss; chosen by --cv among 0.03, 0.1, 0.3, 1


POOLED = ["any>=medium", "any>=high"]

# Fine-tuning the encoder's top layers (embeddings and lower layers stay as shipped): the
# frozen encoder's heads generalised poorly to fresh indirect phrasing (docs/moderation.md).
FINETUNE = {"layers": 6, "epochs": 3, "lr": 6e-5, "head_lr": 3e-3, "batch": 32,
            "weight_decay": 0.01, "scale": 10.0, "seed": 0, "threads": 2}
BUCKET = 50  # batches per length bucket (length_batches)
FOLDS = 3  # fine-tunes for the out-of-fold estimates (each costs about two thirds of the final)


def head_names() -> list[str]:
    names = [f"{c}>={LEVEL_NAMES[k]}" for c in RISK_CATEGORIES for k in (1, 2, 3)]
    # pooled heads: any risk category at medium / high. Fresh phrasing is often confused
    # between categories (distress vs self-harm, abuse vs distress); one head over all of them
    # sees every risky row as a positive and generalises better than the per-category ones.
    # (stored after the 13 original heads, as heads.npz's pooled_* arrays)
    return names + ["toxicity"] + POOLED


def targets(rows: list[dict]) -> np.ndarray:
    y = np.zeros((len(rows), len(head_names())), dtype=np.float64)
    for i, r in enumerate(rows):
        rank = RANK[r["risk"]]
        if r["category"] in RISK_CATEGORIES and rank:
            j = RISK_CATEGORIES.index(r["category"])
            for k in (1, 2, 3):
                y[i, j * 3 + k - 1] = float(rank >= k)
            y[i, -2] = float(rank >= 2)
            y[i, -1] = float(rank >= 3)
        y[i, -3] = float(bool(r["toxic"]))
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


def out_of_fold(texts: list[str], y: np.ndarray, rows: list[dict], lengths: np.ndarray,
                seed: int = 11) -> tuple[
        np.ndarray, np.ndarray]:
    """Probabilities for the hand-written rows, each from an encoder and heads that never saw
    it: per fold, the encoder is fine-tuned and the heads fitted without that fold.

    Variants (rows whose note says "variant of ...", and batch 2's "longer"/"styled" rows,
    which reuse a hand-written message inside a longer one) are left out of these fits, since
    a variant in the training folds would leak its source row in the held-out fold."""
    hand = np.array([not derived(r) for r in rows])
    idx = np.flatnonzero(hand)
    folds = np.random.default_rng(seed).permutation(len(idx)) % FOLDS
    probs = np.zeros((len(idx), y.shape[1]))
    for f in range(FOLDS):
        tr, te = idx[folds != f], idx[folds == f]
        enc = tuned_encoder(finetune(texts, y, tr, f"fold {f + 1}/{FOLDS}", lengths))
        heads = Heads(*fit_all(embed([texts[i] for i in tr], enc), y[tr], L2), head_names(), {})
        # held-out rows scored as the server scores them (Stage2.predict): whole and in
        # segments, each head's maximum
        probs[folds == f] = score_segments(
            [texts[i] for i in te],
            lambda segs, enc=enc, heads=heads: heads.predict(embed(segs, enc)))
    return probs, idx


def length_batches(order: np.ndarray, lengths: np.ndarray, bs: int, gen) -> list[np.ndarray]:
    """One epoch's batches of rows of similar length: the shuffled `order` is cut into chunks
    of BUCKET batches, each chunk sorted by token length (stable) and cut into batches, and
    the batches shuffled with `gen`. A batch is padded to its longest row: random batches
    padded the rows (17 tokens on average) to 41, these to about 17, and a fine-tune ran about
    twice as fast (docs/moderation.md)."""
    import torch

    batches = []
    for start in range(0, len(order), bs * BUCKET):
        chunk = order[start:start + bs * BUCKET]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        batches += [chunk[i:i + bs] for i in range(0, len(chunk), bs)]
    return [batches[i] for i in torch.randperm(len(batches), generator=gen).tolist()]


def token_lengths(texts: list[str]) -> np.ndarray:
    """Each row's length in tokens as the fine-tune batches it (for length_batches): computed
    once per run, not once per fine-tune."""
    from transformers import AutoTokenizer

    from app.moderation.embedding import MAX_TOKENS, model_dir

    tok = AutoTokenizer.from_pretrained(str(model_dir()), local_files_only=True)
    return np.array([len(ids) for ids in tok([t or "." for t in texts], truncation=True,
                                             max_length=MAX_TOKENS)["input_ids"]])


def finetune(texts: list[str], y: np.ndarray, idx: np.ndarray, label: str,
             lengths: np.ndarray) -> dict:
    """Fine-tune the top FINETUNE["layers"] layers on rows `idx`; returns their weights
    (float16 tensors, named as in the model's state_dict).

    The objective is the heads' own: binary cross-entropy on every head_names() target, from
    the mean-pooled, L2-normalised embedding (times a fixed scale) through one linear layer
    that is thrown away afterwards; positives weighted by their rarity (at most 20x)."""
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    from app.moderation.embedding import MAX_TOKENS, model_dir

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    cfg = FINETUNE
    torch.manual_seed(cfg["seed"])
    tok = AutoTokenizer.from_pretrained(str(model_dir()), local_files_only=True)
    model = AutoModel.from_pretrained(str(model_dir()), local_files_only=True)
    for p in model.parameters():
        p.requires_grad = False
    layers = model.encoder.layer[len(model.encoder.layer) - cfg["layers"]:]
    for p in layers.parameters():
        p.requires_grad = True
    trainable = [n for n, p in model.named_parameters() if p.requires_grad]
    head = torch.nn.Linear(model.config.hidden_size, y.shape[1])
    torch.nn.init.zeros_(head.weight)
    torch.nn.init.zeros_(head.bias)
    yt = torch.tensor(y, dtype=torch.float32)
    pos = yt[idx].mean(0).clamp(1e-3, 1 - 1e-3)
    pos_weight = ((1 - pos) / pos).clamp(max=20.0)
    opt = torch.optim.AdamW(
        [{"params": [p for p in model.parameters() if p.requires_grad], "lr": cfg["lr"]},
         {"params": list(head.parameters()), "lr": cfg["head_lr"]}],
        weight_decay=cfg["weight_decay"])
    bs = cfg["batch"]
    per_epoch = len(idx) // bs
    steps = int(cfg["epochs"] * per_epoch)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[cfg["lr"], cfg["head_lr"]], total_steps=steps, pct_start=0.1)
    gen = torch.Generator().manual_seed(cfg["seed"])
    model.train()  # MiniLM's dropout is on during training (seeded)
    t0, step = time.perf_counter(), 0
    while step < steps:
        order = idx[torch.randperm(len(idx), generator=gen).numpy()]
        for rows in length_batches(order[:per_epoch * bs], lengths, bs, gen):
            if step >= steps:
                break
            batch = tok([texts[i] or "." for i in rows], padding=True, truncation=True,
                        max_length=MAX_TOKENS, return_tensors="pt")
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            emb = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            emb = torch.nn.functional.normalize(emb, p=2, dim=1)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                head(emb * cfg["scale"]), yt[rows], pos_weight=pos_weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            if step % 100 == 0 or step == steps:
                print(f"  fine-tune {label}: step {step}/{steps} loss {loss.item():.3f} "
                      f"({time.perf_counter() - t0:.0f} s)", flush=True)
    state = model.state_dict()
    return {n: state[n].detach().to(torch.float16).contiguous() for n in trainable}


def tuned_encoder(tuned: dict | None) -> Encoder:
    """The encoder as the server builds it (float32 here), with `tuned` weights laid over the
    packaged one — after their round trip through float16, as shipped."""
    enc = Encoder(fast=False)
    if tuned:
        apply_tuned(enc.model, tuned)
    return enc


def embed(texts: list[str], enc: Encoder) -> np.ndarray:
    return enc.encode(texts).astype(np.float64)


def derived(r: dict) -> bool:
    return r["note"].startswith(("variant", "batch2: longer", "batch2: styled"))


def sha256_of(paths: list[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def inputs_sha256() -> dict[str, str]:
    return sha256_of(INPUTS)


def up_to_date() -> bool:
    """The shipped model was built from exactly the current inputs, and is intact."""
    from app.moderation.embedding import file_sha256

    try:
        meta = json.loads((HEADS_DIR / "heads.json").read_text())
        tuned = HEADS_DIR / str(meta["encoder_weights"])
        with np.load(HEADS_DIR / OOF_FILE) as z:
            oof_inputs = json.loads(str(z["inputs_sha256"]))
        return (meta.get("inputs_sha256") == inputs_sha256() == oof_inputs
                and (HEADS_DIR / "heads.npz").exists()
                and file_sha256(tuned) == meta["encoder_sha256"])
    except (OSError, KeyError, ValueError):
        return False


def thresholds_up_to_date() -> bool:
    try:
        meta = json.loads((HEADS_DIR / "heads.json").read_text())
    except (OSError, ValueError):
        return False
    return meta.get("stage1_sha256") == sha256_of(STAGE1)


def rechoose_thresholds(rows: list[dict]) -> None:
    """Stage 1 changed, the model did not: choose the thresholds again from the stored
    out-of-fold probabilities and rewrite heads.json (the weights stay as they are)."""
    from app.moderation.embedding import Heads

    stage1 = sha256_of(STAGE1)
    with np.load(HEADS_DIR / OOF_FILE) as z:
        probs, idx = z["probs"].astype(np.float64), z["idx"]
    heads = Heads.load(HEADS_DIR)
    heads.meta["thresholds"] = th.choose_thresholds(probs, [rows[i] for i in idx], head_names())
    heads.meta["stage1_sha256"] = stage1
    print("thresholds re-chosen for the current stage 1:", heads.meta["thresholds"])
    heads.save(HEADS_DIR)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--if-stale", action="store_true",
                    help="retrain only if the inputs changed; re-choose the thresholds only if "
                         "stage 1 changed")
    ap.add_argument("--thresholds", action="store_true",
                    help="only re-choose the thresholds from heads/oof.npz (the model as it is)")
    ap.add_argument("--epochs", type=float, default=None,
                    help="override FINETUNE['epochs'] (for a quick trial; recorded in heads.json)")
    ap.add_argument("--out", type=Path, default=None,
                    help="write somewhere other than app/moderation/heads (for a trial)")
    args = ap.parse_args()
    if args.out is not None:
        global HEADS_DIR
        HEADS_DIR = args.out.resolve()
    if args.epochs is not None:
        FINETUNE["epochs"] = args.epochs
    raw = TRAIN.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line]
    if args.thresholds or (args.if_stale and up_to_date()):
        if not up_to_date():
            sys.exit("the model is older than its inputs: retrain it (make heads)")
        if args.thresholds or not thresholds_up_to_date():
            rechoose_thresholds(rows)
        print(f"moderation model up to date ({HEADS_DIR})")
        return
    # what this run is built from, read before anything is computed from it
    inputs, stage1 = inputs_sha256(), sha256_of(STAGE1)

    os.environ["HAVEN_MODERATION_THREADS"] = str(FINETUNE["threads"])  # read by Encoder
    import torch
    from safetensors.torch import save_file

    torch.manual_seed(0)
    torch.set_num_threads(FINETUNE["threads"])
    torch.use_deterministic_algorithms(True)
    from app.moderation.embedding import ENCODER_NAME, file_sha256

    t_start = time.perf_counter()
    texts = [normalize(r["text"]).text for r in rows]
    y = targets(rows)
    lengths = token_lengths(texts)
    oof, idx = out_of_fold(texts, y, rows, lengths)
    HEADS_DIR.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(HEADS_DIR / OOF_FILE, probs=oof.astype(np.float32), idx=idx,
                        inputs_sha256=np.array(json.dumps(inputs, sort_keys=True)))
    thresholds = th.choose_thresholds(oof, [rows[i] for i in idx], head_names())
    print("thresholds from out-of-fold predictions:", thresholds)
    tuned = finetune(texts, y, np.arange(len(rows)), "final", lengths)
    save_file(tuned, str(HEADS_DIR / TUNED_FILE))  # no metadata: its order is not stable
    x = embed(texts, tuned_encoder(tuned))
    if args.cv:
        cross_validate(x, y)
    w, b = fit_all(x, y, L2)
    heads = Heads(w, b, head_names(), {
        "thresholds": thresholds,
        "encoder": ENCODER_NAME,
        "encoder_weights": TUNED_FILE,
        "encoder_sha256": file_sha256(HEADS_DIR / TUNED_FILE),
        "finetune": FINETUNE,
        "folds": FOLDS,
        "dim": int(x.shape[1]),
        "l2": L2,
        "train_rows": len(rows),
        "train_sha256": hashlib.sha256(raw).hexdigest(),
        "inputs_sha256": inputs,
        "stage1_sha256": stage1,
        "input": "normalised text (app.moderation.normalize)",
        "ordinary_budget": th.ORDINARY_BUDGET,
        "low_budget": th.LOW_BUDGET,
    })
    heads.save(HEADS_DIR)
    p = heads.predict(x.astype(np.float32))
    acc = ((p >= 0.5) == (y >= 0.5)).mean(0)
    print(f"wrote {HEADS_DIR} in {time.perf_counter() - t_start:.0f} s; training accuracy "
          "per head: " + ", ".join(f"{n} {a:.3f}" for n, a in zip(head_names(), acc,
                                                                   strict=True)))


if __name__ == "__main__":
    main()
