"""Stage 1's learned risk score (app/moderation/ngrams.py, RiskScorer): it reads only messages
whose words the encoder does not know, escalates risk told in those languages without a
lexicon phrase, leaves English chat and staff messages to the rest of the pipeline, and its
threshold is the one chosen out of fold within the ordinary budget."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import app.moderation.rules as rules
from app.moderation import Moderator, ngrams
from app.moderation.normalize import normalize
from app.moderation.pipeline import merge
from app.moderation.rules import Stage1
from app.moderation.verdict import RISK_CATEGORIES
from tests.moderation.batch_cases import STAGE2_SAYS_RISK
from tests.moderation.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
SCORER = ngrams.RISK_SCORER


@pytest.fixture()
def mod() -> Moderator:
    return Moderator(use_model=False)


def without_score(mod: Moderator, monkeypatch: pytest.MonkeyPatch, text: str, role: str):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(rules, "_RISK_NGRAMS", None)
    verdict = mod.assess(text, role)
    monkeypatch.setattr(rules, "_RISK_NGRAMS", SCORER)
    return verdict


def test_the_risk_heads_are_shipped_and_their_threshold_is_the_chosen_one() -> None:
    assert SCORER is not None, "app/moderation/heads/ngrams_risk.npz is missing: run make"
    meta = ngrams.risk_meta()
    assert SCORER.threshold == meta["threshold"] and SCORER.gate == meta["gate"]
    oof = meta["out_of_fold"]
    assert oof["added_ordinary"] <= meta["ordinary_budget"] * oof["gated_ordinary"]
    assert oof["added_medium_or_high"] > oof["added_ordinary"]
    assert SCORER.weights.shape == (1 << ngrams.BITS, len(ngrams.RISK_HEADS))


@pytest.mark.parametrize("text", [
    "i cant do this anymore",
    "this homework is killing me lol",
    "my stepdad hits me when hes drunk",
    "i just want to disappear for a while",
])
def test_the_gate_leaves_english_to_the_encoder(text: str) -> None:
    assert SCORER is not None
    assert not SCORER.reads(normalize(text).text)


def test_the_gate_opens_for_few_english_messages() -> None:
    """Slang-heavy English passes it ("ngl i been thinkin bout unaliving myself": ngl, thinkin,
    bout, unaliving are not whole words of the vocabulary) and is scored like the rest; the
    score was trained on English rows too. On dev that is a small share; on a batch in four
    other languages, most of it."""
    assert SCORER is not None

    def share(path: Path) -> float:
        rows = [json.loads(x) for x in path.read_text().splitlines() if x.strip()]
        return sum(SCORER.reads(normalize(r["text"]).text) for r in rows) / len(rows)

    assert SCORER.reads(normalize("ngl i been thinkin bout unaliving myself").text)
    assert share(ROOT.parent / "shared" / "moderation" / "dev.jsonl") < 0.10
    assert share(ROOT / "data" / "moderation" / "batch43.jsonl") > 0.75


@pytest.mark.parametrize("text", [
    "naipon ko na yung mga gamot ni mama sa drawer, mamayang gabi pag tulog na sila",
    "ghar wale so jayen to chhat se chalang laga dungi, bas faisla kar liya hai",
])
def test_a_plan_in_another_language_without_a_lexicon_phrase_is_escalated_by_the_score(
        mod: Moderator, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Written for this test (not training rows): pills saved up "tonight when they sleep" in
    Tagalog; jumping from the roof "when the family sleeps" in Roman Urdu."""
    assert not without_score(mod, monkeypatch, text, "student").escalate
    v = mod.assess(text, "student")
    assert v.escalate and v.risk.value == "high", v.signals
    assert "learned_risk:self_harm" in v.signals
    assert v.categories["self_harm"] >= 0.9


@pytest.mark.parametrize("text", [
    "ang sarap ng adobo ni lola, patay na patay ako sa sarap",
    "nalipay kaayo ko kay nakapasar ko sa exam, salamat sa tanan",
    "kal cricket match hai, hum unko maar denge bilkul, tayyar raho",
    "leo tunaenda shamba kupiga dawa ya wadudu kwa mahindi na baba",
])
def test_everyday_words_in_those_languages_are_not_escalated(mod: Moderator, text: str) -> None:
    assert not mod.assess(text, "student").escalate


@pytest.mark.parametrize("text", ["iniisip mo bang magpakamatay ngayon?", "unafikiria kujiua?",
                                  "kya tum khud ko nuqsan pohanchane ka soch rahe ho?"])
def test_staff_messages_are_never_scored_for_risk(mod: Moderator, text: str) -> None:
    v = mod.assess(text, "volunteer")
    assert not v.escalate and not any("learned_risk" in s for s in v.signals)


def test_english_sets_are_left_alone(mod: Moderator, monkeypatch: pytest.MonkeyPatch) -> None:
    """dev, test and holdout: the score escalates no ordinary message the rest of stage 1
    did not (English chat is the encoder's to read)."""
    rows = [json.loads(line) for p in (ROOT.parent / "shared" / "moderation" / "dev.jsonl",
                                       ROOT / "data" / "moderation" / "test.jsonl",
                                       ROOT / "data" / "moderation" / "holdout.jsonl")
            for line in p.read_text().splitlines() if line.strip()]
    ordinary = [r for r in rows if r["risk"] == "none" and r["role"] == "student"]
    assert len(ordinary) > 300
    added = [r["text"] for r in ordinary if mod.assess(r["text"], "student").escalate
             and not without_score(mod, monkeypatch, r["text"], "student").escalate]
    assert added == []


def test_threshold_choice_stops_at_the_ordinary_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    script = load_script("train_ngrams")
    monkeypatch.setattr(script, "RISK_ORDINARY_BUDGET", 0.01)
    n = 400
    gated = np.ones(n, dtype=bool)
    ordinary = np.arange(n) < 200
    risky = ~ordinary
    base = np.zeros(n, dtype=bool)
    p = np.where(risky, 0.95, 0.0)
    p[:2] = 0.93  # two ordinary rows: exactly 1 % of the 200 gated ordinary rows
    p[2] = 0.80  # a third, lower: taking it would exceed the budget
    t, figures = script.choose_risk_threshold(p, risky, ordinary, gated, base)
    assert 0.80 < t <= 0.93
    assert figures["added_ordinary"] == 2 and figures["added_medium_or_high"] == 200
    # an ungated row never counts: the score does not read it
    gated[[0, 2]] = False
    t2, _ = script.choose_risk_threshold(p, risky, ordinary, gated, base)
    assert t2 == 0.5


def _quiet_foreign(p: float | None) -> Stage1:
    """Stage 1 found nothing in a message; `p` is the learned risk score's reading of it
    (None: the gate was closed, an English message)."""
    return Stage1(normalize("x"), {c: 0 for c in RISK_CATEGORIES}, False, [], False, False, p)


def test_stage2_may_not_escalate_what_the_score_puts_below_its_veto() -> None:
    assert SCORER is not None and 0.0 < SCORER.veto < SCORER.threshold
    below = merge(_quiet_foreign(SCORER.veto - 0.01), STAGE2_SAYS_RISK)
    assert not below.escalate and below.risk.value == "low"
    assert max(below.categories[c] for c in RISK_CATEGORIES) <= 0.45
    # at the veto, or where the gate was closed (English), stage 2 decides as before
    assert merge(_quiet_foreign(SCORER.veto), STAGE2_SAYS_RISK).escalate
    assert merge(_quiet_foreign(None), STAGE2_SAYS_RISK).escalate


def test_the_veto_is_the_out_of_fold_quantile_recorded() -> None:
    meta = ngrams.risk_meta()
    assert SCORER is not None and SCORER.veto == meta["veto"]
    assert 0 < meta["veto_recall_cost"] <= 0.05
    # below it lie most of the gated ordinary rows, out of fold
    assert meta["out_of_fold"]["veto_ordinary_below"] > 0.5


def test_a_vetoed_message_is_read_by_the_score_and_not_escalated(mod: Moderator) -> None:
    """A Cebuano message about a good exam day: the score reads it and puts it low."""
    s1 = rules.score("nalipay kaayo ko kay nakapasar ko sa exam, salamat sa tanan", "student")
    assert s1.foreign_risk is not None and rules.vetoes_stage2(s1)
    # an English one is never vetoed: the gate is closed
    assert rules.score("so happy i passed the exam, thanks everyone", "student").foreign_risk \
        is None
