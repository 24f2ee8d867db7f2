"""Append laugh-marker variants of hand-written rows to data/moderation/train.jsonl (run once).

    python scripts/laugh_variants.py     # appends rows noted "variant: laugh: ..."

Why: teenagers wrap real risk in a laugh ("i get hit at home whenever my dad is in a bad
mood 😂", "im done fighting. tonight i go to sleep for good lol"). Appending 😂 to 300 risky
training rows, the fine-tuned stage 2 stopped escalating 33 of the 286 it had escalated
(2026-11-28): most risky training rows carry no laugh, and the hyperbole rows that do are
labelled none. Stage 1 already separates hyperbole by its topic ("kms lmao this essay"); these
variants teach stage 2 that a laugh alone does not take risk away. Sources whose text names a
trivial topic (lexicon.TRIVIAL_TOPIC) are left out, so no variant contradicts that rule.
Ordinary rows get laughs too, labelled none, so a laugh does not come to mean risk either.
Deterministic (fixed seed). Variants are left out of the out-of-fold estimates, like the
other derived rows (train_moderation.derived).
"""

from __future__ import annotations

import random
import sys

from variant_rows import ROOT, append, hand_rows

sys.path.insert(0, str(ROOT))

from app.moderation.lexicon import TRIVIAL_TOPIC  # noqa: E402
from app.moderation.normalize import normalize  # noqa: E402

AFTER = ["lol", "lmao", "😂", "💀", "haha", "😭😂", "lmaoo", "💀💀", "lol jk", "😂😂😂", "hahaha",
         "lol idk", "💀 anyway"]
BEFORE = ["lol", "lmao", "haha ok so", "😂"]


def main() -> None:
    rng = random.Random(20261128 + 1)
    hand = [r for r in hand_rows("laugh") if not normalize(r["text"]).laughing]
    risky = [r for r in hand if r["risk"] in ("medium", "high")
             and not TRIVIAL_TOPIC.search(normalize(r["text"]).text)]
    ordinary = [r for r in hand if r["risk"] in ("none", "low") and not r["toxic"]]
    out = []
    for src, n in ((risky, 400), (ordinary, 200)):
        for r in rng.sample(src, n):
            if rng.random() < 0.85:
                text = f"{r['text'].rstrip()} {rng.choice(AFTER)}"
            else:
                text = f"{rng.choice(BEFORE)} {r['text']}"
            out.append({**r, "text": text, "note": f"variant: laugh: {r['note']}"})
    append(out, "laugh")


if __name__ == "__main__":
    main()
