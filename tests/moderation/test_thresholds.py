"""The threshold chooser (scripts/moderation_thresholds.py): stage 2's own withholds."""

from __future__ import annotations

import numpy as np
import pytest

import app.moderation.rules as rules
from app.moderation.rules import score
from tests.moderation.scripts import load_script

TH = load_script("moderation_thresholds")
NAMES = load_script("train_moderation").head_names()


@pytest.fixture(autouse=True)
def _lexicon_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """These tests are about stage 2's own withholds: the texts below are ones stage 1 does
    not withhold, so stage 1 here is the lexicon without its learned score, which would
    (tests/moderation/test_ngrams.py)."""
    monkeypatch.setattr(rules, "_NGRAMS", None)


INSULTS = [f"you are a stupid idiot number {i}" for i in range(60)]  # stage 1 withholds these
UNSEEN_TOXIC = [f"honestly nobody would talk to a weird little thing like u {w}"
                for w in ("today", "tonight", "ever", "again", "here")]
VENT = "pov: youre the friend everyone vents to but nobody asks how ur doing"
PLAIN = "can we talk about my science project and the poster for it later"


# one row of each risk level, so the escalation bars (chosen in the same call) have rows
LEVELS = [("i took all my pills tonight and im going to sleep forever", "high", False, 0.0),
          ("i want to die", "medium", False, 0.0), ("i feel so alone lately", "low", False, 0.0)]


def _choose(rows: list[tuple[str, str, bool, float]]) -> float:
    rows = rows + LEVELS
    data = [{"text": t, "role": "student", "risk": r, "toxic": tox} for t, r, tox, _ in rows]
    probs = np.zeros((len(rows), len(NAMES)))
    probs[:, NAMES.index("toxicity")] = [p for *_, p in rows]
    return TH.choose_thresholds(probs, data, NAMES)["toxic"]


def test_the_texts_are_what_the_test_needs() -> None:
    assert all(score(t).toxic for t in INSULTS)
    for t in UNSEEN_TOXIC + [VENT, PLAIN]:
        s = score(t)
        assert not s.toxic and not s.settled, t  # stage 2 reads them and alone decides


def test_stage_two_never_withholds_a_message_with_risk() -> None:
    rows = [(t, "none", True, 0.999) for t in INSULTS] + [(VENT, "low", False, 0.985)]
    # overall precision at 0.985 is 60/61: the old rule (>= 0.95 overall) allowed it
    assert _choose(rows) > 0.985


def test_stage_two_own_withholds_must_be_mostly_right() -> None:
    base = [(t, "none", True, 0.999) for t in INSULTS]
    right = [(t, "none", True, 0.97) for t in UNSEEN_TOXIC]
    # 5 of 6 of stage 2's own withholds right at 0.97: allowed
    assert _choose(base + right + [(PLAIN, "none", False, 0.97)]) <= 0.97
    # 5 of 7: not, though 65 of 67 withholds in all are right (the old rule allowed it)
    assert _choose(base + right + [(PLAIN, "none", False, 0.97),
                                   (PLAIN + " pls", "none", False, 0.97)]) > 0.97
