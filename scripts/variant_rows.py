"""What the variant scripts (number_variants.py, laugh_variants.py) share: the hand-written
student rows of data/moderation/train.jsonl to derive from, and appending the variants.

Derived rows are recognised by their note, as in train_moderation.derived (kept there too: any
edit to the training script retrains the model)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "data" / "moderation" / "train.jsonl"
DERIVED = ("variant", "batch2: longer", "batch2: styled")


def hand_rows(kind: str) -> list[dict]:
    """The hand-written student rows; refuses if variants of this kind are already there."""
    rows = [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines() if line]
    if any(r["note"].startswith(f"variant: {kind}") for r in rows):
        raise SystemExit(f"{kind} variants are already in train.jsonl")
    return [r for r in rows if r["role"] == "student" and not r["note"].startswith(DERIVED)]


def append(rows: list[dict], kind: str) -> None:
    with TRAIN.open("a", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"appended {len(rows)} {kind} variants to {TRAIN.relative_to(ROOT)}")
