"""Stage 1's learned toxicity score (app/moderation/ngrams.py): what it withholds that the
lexicon has no words for, what it may never withhold, and its training script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import app.moderation.rules as rules
from app.moderation import Moderator, RiskLevel, ngrams
from app.moderation.normalize import normalize
from app.moderation.verdict import Action
from tests.moderation.batch_cases import FlagsEverything
from tests.moderation.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def mod() -> Moderator:
    return Moderator(use_model=False)


def test_weights_are_as_new_as_their_inputs() -> None:
    assert ngrams.SCORER is not None, "app/moderation/heads/ngrams.npz is missing: run make"
    assert load_script("train_ngrams").up_to_date(), \
        "run `python scripts/train_ngrams.py`: the n-gram weights are older than their inputs"


def test_staleness_check_sees_a_changed_input(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = load_script("train_ngrams")
    changed = tmp_path / "train.jsonl"
    changed.write_bytes((ROOT / "data" / "moderation" / "train.jsonl").read_bytes() + b"\n")
    monkeypatch.setattr(script, "INPUTS", [changed, *script.INPUTS[1:]])
    assert not script.up_to_date()


def test_the_shipped_threshold_is_the_one_chosen_out_of_fold() -> None:
    meta = ngrams.meta()
    assert ngrams.SCORER is not None and ngrams.SCORER.threshold == meta["threshold"]
    oof = meta["out_of_fold"]
    assert oof["added_precision"] >= meta["min_added_precision"] >= 0.85
    assert oof["f1"] > oof["f1_lexicon_alone"]  # the score adds to what the lexicon withholds


def test_features_do_not_depend_on_the_process() -> None:
    """crc32, not hash(): a server started with another PYTHONHASHSEED scores the same."""
    text = normalize("ur the human version of a participation trophy").text
    code = ("import json,sys; from app.moderation.ngrams import features; "
            f"print(json.dumps(features({text!r}, False)))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}
                           ).stdout for seed in ("1", "2")}
    assert len(outs) == 1 and json.loads(outs.pop()) == ngrams.features(text, False)
    # the sender's side is part of the features: staff and students weigh words apart
    assert ngrams.features(text, True) != ngrams.features(text, False)


@pytest.mark.parametrize(("text", "role"), [
    ("ur the human version of a participation trophy", "student"),
    ("go back to whatever swamp you crawled out of", "student"),
    ("what a loser lmao", "student"),
    ("Nobody is going to take you seriously if you keep acting like a child.", "volunteer"),
])
def test_insults_the_lexicon_has_no_words_for_are_withheld(
        mod: Moderator, monkeypatch, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    v = mod.assess(text, role)
    assert v.action is Action.WITHHOLD and v.risk is RiskLevel.NONE
    assert "tx_learned:ngrams" in v.signals and v.reason
    if role == "student":
        assert not v.settled  # the cascade still reads it; risk it finds releases it
    monkeypatch.setattr(rules, "_NGRAMS", None)
    assert mod.assess(text, role).action is Action.DELIVER  # the score, not a rule, withheld it


@pytest.mark.parametrize(("text", "role"), [
    ("ur useless, the pills are in my bag anyway", "student"),   # a means
    ("honestly shut up, i wont be here tomorrow", "student"),     # a hint of risk
    ("my dad hits me when hes drunk", "student"),                 # risk found
    ("mum left the paracetamol on the counter", "student"),       # a means word alone
    ("ok", "student"),                                            # short, settled
    ("this printer is absolute trash honestly", "student"),       # venting at a thing
    ('someone commented "nobody asked" under my post', "student"),  # reported speech
    ("are you thinking about killing yourself?", "volunteer"),    # a screening question
])
def test_the_score_never_withholds_risk_or_what_the_lexicon_exempts(
        mod: Moderator, monkeypatch, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(rules, "_NGRAMS", FlagsEverything())
    v = mod.assess(text, role)
    assert v.action is Action.DELIVER, v.signals
    assert "tx_learned:ngrams" not in v.signals


def test_with_guards_open_it_would_withhold_chatter(mod: Moderator, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The guard test above is not vacuous: the same scorer withholds ordinary chatter."""
    monkeypatch.setattr(rules, "_NGRAMS", FlagsEverything())
    assert mod.assess("we went to the park after school", "student").action is Action.WITHHOLD


def test_ordinary_chatter_is_delivered(mod: Moderator) -> None:
    for text, role in [("we went to the park after school", "student"),
                       ("my sister and i cooked pasta for dinner", "student"),
                       ("That sounds really hard. What happened next?", "volunteer"),
                       ("lol ur so dumb for that 😂 love u tho", "student"),
                       # kind messages in the shapes of insults (a student thanking a
                       # volunteer was withheld until the kind2 rows, session 13)
                       ("ur so kind", "student"),
                       ("ur parents must be so proud of you", "student"),
                       ("ur literally a lifesaver", "student"),
                       ("talking to you is like talking to a friend", "student"),
                       ("You must be so proud of yourself.", "volunteer")]:
        v = mod.assess(text, role)
        assert "tx_learned:ngrams" not in v.signals, text


def test_fit_separates_and_the_threshold_meets_the_precision() -> None:
    script = load_script("train_ngrams")
    rude = ["you are a clown", "what a clown you are", "ur such a clown lol", "clown behaviour"]
    fine = ["we went to the circus", "the park was fun", "i like pasta", "see you at school"]
    texts = rude * 5 + fine * 20
    feats = [ngrams.features(normalize(t).text, False) for t in texts]
    y = np.array([t in rude for t in texts])
    w, b = script.fit(feats, y.astype(float))
    p = script.predict(w, b, [ngrams.features(normalize(t).text, False)
                              for t in ["total clown", "the circus was fun"]])
    assert p[0] > 0.5 > p[1]
    # rows: the score's out-of-fold value, toxic, withheld by the lexicon alone, within the
    # score's reach (past its guards), risky
    p = np.array([0.99, 0.95, 0.90, 0.85, 0.80, 0.70, 0.60] + [0.75] * 6)
    y = np.array([True, True, False, True, False, True, True] + [True] * 6)
    base = np.array([False] * 5 + [True, False] + [False] * 6)
    reach = np.array([True] * 6 + [False] + [True] * 6)
    risky = np.array([False] * 4 + [True] + [False] * 8)
    threshold, figures = script.choose_threshold(p, y, base, reach, risky)
    # at 0.95 the score adds rows 0 and 1, both right; at 0.90 row 2 (wrong) brings its own
    # withholds to 2 of 3 right, below the bar; the best F1 is kept at the higher threshold
    assert threshold == 0.95 and figures["added"] == 2 and figures["added_precision"] == 1.0
    assert figures["f1"] == round(6 / 14, 3)  # 3 right withholds, 8 insults delivered
    assert figures["f1_lexicon_alone"] == round(2 / 12, 3)
    # were row 2 toxic, 0.85 adds four right ones; at 0.75 eleven, 10 of them right, but one
    # has risk: never chosen, though its F1 would be higher
    y[2] = True
    threshold, figures = script.choose_threshold(p, y, base, reach, risky)
    assert threshold == 0.85 and figures["added"] == 4 and figures["added_precision"] == 1.0


def test_the_foreign_threshold_is_the_one_chosen_out_of_fold() -> None:
    """Messages the encoder cannot read have their own bar, chosen the same way over those
    rows alone (session 19)."""
    meta = ngrams.meta()
    assert ngrams.SCORER is not None
    assert ngrams.SCORER.foreign_threshold == meta["foreign_threshold"]
    oof = meta["foreign_out_of_fold"]
    assert oof["added_precision"] >= meta["min_added_precision"]
    assert oof["f1"] > oof["f1_lexicon_alone"]
    assert 0 < oof["toxic_rows"] < oof["rows"] < meta["rows"]


def _scorer_with_bars(english: float, foreign: float) -> ngrams.NgramScorer:
    assert ngrams.SCORER is not None
    s = ngrams.SCORER
    return ngrams.NgramScorer(s.weights, s.bias, english, foreign)


@pytest.mark.parametrize(("text", "role"), [
    ("nganong ingon ana man ka ka hinay, wala kay pulos sa grupo", "student"),  # Cebuano
    ("huna akili hata kidogo, unachekesha", "student"),                       # Swahili
    ("puro ka reklamo, walang may pake sayo", "volunteer"),  # Tagalog; staff ask the gate
])
def test_a_message_the_encoder_cannot_read_meets_the_foreign_bar(
        mod: Moderator, monkeypatch, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert ngrams.SCORER is not None and rules._RISK_NGRAMS is not None
    t = normalize(text).text
    assert rules._RISK_NGRAMS.reads(t)
    p = ngrams.SCORER.probability(t, role != "student")
    monkeypatch.setattr(rules, "_NGRAMS", _scorer_with_bars(p + 0.01, p - 0.01))
    v = mod.assess(text, role)
    assert v.action is Action.WITHHOLD and "tx_learned:ngrams" in v.signals
    monkeypatch.setattr(rules, "_NGRAMS", _scorer_with_bars(p - 0.01, p + 0.01))
    assert mod.assess(text, role).action is Action.DELIVER


def test_an_english_message_meets_the_english_bar(mod: Moderator, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert ngrams.SCORER is not None and rules._RISK_NGRAMS is not None
    text = "go back to whatever swamp you crawled out of"
    t = normalize(text).text
    assert not rules._RISK_NGRAMS.reads(t)
    p = ngrams.SCORER.probability(t, False)
    monkeypatch.setattr(rules, "_NGRAMS", _scorer_with_bars(p + 0.01, p - 0.01))
    assert mod.assess(text, "student").action is Action.DELIVER
    monkeypatch.setattr(rules, "_NGRAMS", _scorer_with_bars(p - 0.01, p + 0.01))
    assert mod.assess(text, "student").action is Action.WITHHOLD


@pytest.mark.parametrize("text", [
    "kumain kami ng lugaw sa kanto kanina",           # we ate porridge at the corner
    "nimeenda sokoni na mama kununua samaki",          # I went to market with mum for fish
    "kal tuition ke baad cricket khelne chalein?",     # cricket after tuition tomorrow?
    "nahuman na nako ang project sa science, salamat sa tabang",  # finished my project
])
def test_everyday_chat_in_other_languages_is_delivered(mod: Moderator, text: str) -> None:
    v = mod.assess(text, "student")
    assert v.action is Action.DELIVER and "tx_learned:ngrams" not in v.signals


def test_one_or_two_words_say_too_little_of_a_language() -> None:
    """"cringe" alone was withheld at the foreign bar (its one word is not in the encoder's
    vocabulary); a sentence of the same score's languages is read against it."""
    assert rules._RISK_NGRAMS is not None
    assert not rules._RISK_NGRAMS.foreign(normalize("cringe").text)
    assert not rules._RISK_NGRAMS.foreign(normalize("ur literally a lifesaver").text)
    assert rules._RISK_NGRAMS.foreign(normalize("huna akili hata kidogo, unachekesha").text)
