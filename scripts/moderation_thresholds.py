"""Choosing the cascade's thresholds from out-of-fold stage-2 probabilities.

Kept apart from scripts/train_moderation.py because the thresholds depend on stage 1 (the
cascade is simulated with it) and the model does not: when only the lexicon, the rules, the
merge or this file change, `train_moderation.py --if-stale` re-chooses the thresholds from the
stored out-of-fold probabilities (heads/oof.npz) in seconds instead of fine-tuning again.
"""

from __future__ import annotations

import numpy as np

from app.moderation.rules import CONFIRM_BAR, confirm_heads, score
from app.moderation.verdict import RISK_CATEGORIES

RANK = {"none": 0, "low": 1, "medium": 2, "high": 3}
ORDINARY_BUDGET = 0.01  # out-of-fold share of ordinary student messages stage 2 adds escalations to
LOW_BUDGET = 0.25  # ... and of low-risk ones (guidance only; escalating them pages a counselor)
TOX_ADDED_PRECISION = 0.8  # of the withholds stage 2 adds to stage 1's (see choose_thresholds)
# Candidate thresholds: hundredths, and finer steps near 1, where a fine-tuned encoder puts
# much of its out-of-fold mass (0.99 was a ceiling the choice kept hitting).
# Where stage 1 found risk or deferred it on purpose (ideation said laughing, with no trivial
# topic: "i dont want to exist anymore lol"), stage 2 confirming at this probability is
# enough. Uncapped, the chooser spent the raise bar on the last tenth of a point of the
# ordinary budget (0.93 -> 0.997 after batch 10, for 0.18 pt of out-of-fold ordinary
# escalations) and so dropped the deferred ideation the bar exists for.
RAISE_CAP = 0.99
GRID = np.concatenate([np.round(np.arange(0.30, 0.99, 0.01), 2),
                       [0.99, 0.993, 0.995, 0.997, 0.998, 0.999]])


def simulate(s1_levels: np.ndarray, unsettled: np.ndarray, seen: np.ndarray,
             p_med: np.ndarray, p_any: np.ndarray, th: dict[str, float]) -> np.ndarray:
    """Vectorised `pipeline.merge`, escalation only: which rows the cascade escalates.

    s1_levels (n, 4) stage-1 levels per risk category; p_med (n, 4) P(category >= medium);
    p_any P(any category >= medium); seen: stage 1 found some risk or a hint of it.

    The learned risk score's veto (rules.vetoes_stage2) is left out on purpose: it only takes
    escalations away, on messages that score reads. Simulated, the pages it spared were spent
    elsewhere (session 18: raise 0.72 -> 0.46 for 0.1 point of out-of-fold recall, and a
    fifth more low-risk English messages paged on test.jsonl), so the bars are chosen as if
    stage 2 had no veto."""
    lv = s1_levels.copy()
    bar = np.where(lv == 0, th["escalate_new"], th["raise"])
    lv = np.where((lv < 2) & (p_med >= bar), 2, lv)
    pooled = p_any >= np.where(seen, th["raise"], th["escalate_new"])
    esc2 = (lv.max(1) >= 2) | pooled
    return np.where(unsettled, esc2, s1_levels.max(1) >= 2)


def choose_thresholds(probs: np.ndarray, rows: list[dict], names: list[str]) -> dict[str, float]:
    """Decision thresholds for merging stage 2 into stage 1, from out-of-fold predictions.

    Simulates the cascade (stage 1 on each row; the heads only where it is unsettled; the
    merge as in pipeline.merge) and picks escalate_new and raise together to escalate the most
    risky rows, high counted twice, while stage 2 adds at most ORDINARY_BUDGET escalations of
    ordinary messages and escalates at most LOW_BUDGET of low-risk ones; toxic keeps toxicity
    precision >= 0.95. Stage 2 never lowers a level stage 1 found (see pipeline.merge)."""
    med = [i for i, n in enumerate(names) if n.endswith(">=medium") and not n.startswith("any")]
    p_med = probs[:, med]
    p_any = probs[:, names.index("any>=medium")]
    p_tox = probs[:, names.index("toxicity")]
    student = np.array([r["role"] == "student" for r in rows])
    risk = np.array([RANK[r["risk"]] for r in rows])
    toxic = np.array([bool(r["toxic"]) for r in rows])
    grid = GRID

    def smallest(ok) -> float:
        return float(next((t for t in grid if ok(t)), 0.999))

    # stage 1 on the same rows: the cascade only consults the heads where it is unsettled
    firsts = [score(r["text"], r["role"]) for r in rows]
    # the confirm step (rules.CONFIRM_RULES): a message whose levels stage 1 held stands at
    # them unless stage 2 is all but certain it is ordinary, as pipeline.merge does
    p_all_med = probs[:, [names.index(n) for n in confirm_heads(names)]].max(1)
    firsts = [s.unheld() if s.held is not None and p >= CONFIRM_BAR else s
              for s, p in zip(firsts, p_all_med, strict=True)]
    s1_levels = np.array([[s.levels[c] for c in RISK_CATEGORIES] for s in firsts])
    unsettled = np.array([not s.settled for s in firsts]) & student
    seen = (s1_levels.max(1) > 0) | np.array([s.risk_cue for s in firsts])

    none_ = student & (risk == 0)
    low = student & (risk == 1)
    risky = student & (risk >= 2)
    high = student & (risk == 3)
    # escalate_new and raise jointly: the most risky rows escalated (high counted twice) with
    # out-of-fold escalation of ordinary messages within ORDINARY_BUDGET and of low-risk
    # ones within LOW_BUDGET. Missing a crisis is the worst bug; paging a counselor for an
    # ordinary message is the second, so the ordinary budget is kept well under the 3 % target.
    base = s1_levels.max(1) >= 2
    best, best_key = None, None
    for t_new in grid[grid >= 0.5]:
        for t_raise in grid[grid <= RAISE_CAP]:
            if t_raise > t_new:
                continue
            th = {"escalate_new": t_new, "raise": t_raise}
            esc = simulate(s1_levels, unsettled, seen, p_med, p_any, th) | (base & ~unsettled)
            fp = esc[none_].mean()
            if fp - base[none_].mean() > ORDINARY_BUDGET or esc[low].mean() > LOW_BUDGET:
                continue
            # ties go to the lower (more sensitive) bars: missing a crisis is the worse error
            key = (2 * esc[high].mean() + esc[risky].mean(), -fp, -t_new, -t_raise)
            if best_key is None or key > best_key:
                best, best_key = th, key
    if best is None:
        best = {"escalate_new": 0.999, "raise": 0.999}
    esc = simulate(s1_levels, unsettled, seen, p_med, p_any, best)
    print(f"out-of-fold cascade on {int(student.sum())} hand-written student rows: high "
          f"{esc[high].mean():.1%}, medium+ {esc[risky].mean():.1%}, ordinary "
          f"{esc[none_].mean():.1%}, low {esc[low].mean():.1%} (stage 1 alone: high "
          f"{base[high].mean():.1%}, medium+ {base[risky].mean():.1%}, ordinary "
          f"{base[none_].mean():.1%})")

    def precision(sel: np.ndarray) -> float:
        return float(toxic[sel].mean()) if sel.any() else 1.0

    # What stage 2's toxicity changes on its own: messages it reads (unsettled) that stage 1
    # did not find toxic. Among those, a withhold must be right at least TOX_ADDED_PRECISION
    # of the time and never hold back a message with any risk, low included (a fresh batch's
    # "pov: youre the friend everyone vents to but nobody asks how ur doing" was withheld at
    # 0.98, where a third of stage 2's own withholds out of fold were ordinary messages).
    added = unsettled & np.array([not s.toxic for s in firsts])

    def ok(t: float) -> bool:
        withheld, own = student & (p_tox >= t), added & (p_tox >= t)
        return (precision(withheld) >= 0.95 and precision(own) >= TOX_ADDED_PRECISION
                and not (own & (risk >= 1)).any())

    tox = smallest(ok)
    return {"escalate_new": float(best["escalate_new"]), "raise": float(best["raise"]),
            "toxic": tox}


