"""Append number-noise variants of hand-written rows to data/moderation/train.jsonl (run once).

    python scripts/number_variants.py     # appends rows noted "variant: numbers: ..."

Why: the chat benchmark's ordinary phrases carry a tag such as "[0:36:7169513357186]", and
the fine-tuned stage 2 read the digits as risk (P(any >= medium) up to 0.9995 for "thanks for
listening ... 0 , 36 , 7169...") — risky training rows carry doses, counts and times, ordinary
ones rarely carry numbers. These variants put neutral numbers (ids, scores, pages, counts;
clock times only on ordinary rows, where they cannot turn a plan into a timeline) on both
ordinary and risky rows, labelled as their source, so digits alone stop meaning risk.
Deterministic (fixed seed). Variants are left out of the out-of-fold estimates, like the
other derived rows (train_moderation.derived).
"""

from __future__ import annotations

import random

from variant_rows import append, hand_rows

NEUTRAL = ["[{a}:{b}:{c}]", "({a}/{b})", "#{b}", "pg {b}", "lol {b}", "{b}", "x{a}", "{c}",
           "[{a}:{b}]", "{a}.{b}", "{b}%", "room {b}", "{b} {a}", "q{a}", "{a}th period"]
CLOCK = ["at {h}:{m}", "{h}:{m}", "by {h}", "{h}pm", "{h}:{m} lol", "til {h}:{m}"]


def fragment(rng: random.Random, clock: bool) -> str:
    tpl = rng.choice(CLOCK if clock and rng.random() < 0.4 else NEUTRAL)
    return tpl.format(a=rng.randint(0, 9), b=rng.randint(2, 99), c=rng.randint(10**5, 10**13),
                      h=rng.randint(1, 12), m=f"{rng.randint(0, 59):02d}")


def main() -> None:
    rng = random.Random(20261128)
    hand = hand_rows("numbers")
    ordinary = [r for r in hand if r["risk"] in ("none", "low") and not r["toxic"]]
    risky = [r for r in hand if r["risk"] in ("medium", "high")]
    out = []
    for src, n, clock in ((ordinary, 450, True), (risky, 250, False)):
        for r in rng.sample(src, n):
            frag = fragment(rng, clock)
            text = f"{r['text']} {frag}" if rng.random() < 0.8 else f"{frag} {r['text']}"
            out.append({**r, "text": text, "note": f"variant: numbers: {r['note']}"})
    append(out, "number")

if __name__ == "__main__":
    main()
