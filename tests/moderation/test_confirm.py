"""The confirm step (session 29): stage-1 escalations that rest only on words with everyday
senses (rules.CONFIRM_RULES) are held until stage 2 has read the message, and stand unless
stage 2 is all but certain it is ordinary; without stage 2 they stand as stage 1 found them.
Since session 30 an everyday scene named in the message (rules.CONFIRM_CONTEXTS: blood at
calving or over a catch, things given away at the end of a season) lists a few more rules.
Since session 31 any page the learned risk score reads as all but certainly ordinary
(rules.NGRAM_CONFIRM) is held too, whatever rules it rests on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.moderation import Moderator, RiskLevel
from app.moderation.ngrams import RISK_SCORER
from app.moderation.pipeline import merge
from app.moderation.rules import (
    CONFIRM_BAR,
    CONFIRM_CONTEXTS,
    CONFIRM_RULES,
    NGRAM_CONFIRM,
    confirmed,
    score,
)

# fresh writers' look-alikes (batches 157-161): stage 1's words, an everyday sense
HELD_TWINS = [
    "goodbye forever to my dirt bike, dad sold it to pay for the ac repair 😭",
    "sharpening my knife for opening day, dad says if i dont gut my own buck this yr i walk home",
    "found a scorpion in my shoe and beat it to death with a chancla, i am NOT ok 😭",
    "i cant do this anymore. 3 hrs of marching band practice in 108 degrees",
]

# risk told in the same words: held, and stage 2 confirms it
HELD_RISK = [
    "this is goodbye forever everyone",
    "i cant do this anymore",
    "honestly im not alright and i dont know who to tell",
    "im giving away all my stuff",
]

# never held: a time or an intent beside the words, an act, a note, a means or a method,
# someone else at risk, abuse told, another language, the plain words of a crisis
NOT_HELD = [
    "goodbye everyone, i wont be here tomorrow",
    "i have 30 pills lined up on my desk for tonight",
    "i already took the whole bottle of pills",
    "writing goodbye notes for everyone tonight",
    "im giving away all my stuff, i wont need it where im going",
    "jumping off the bridge tonight",
    "my friend said she wants to kill herself",
    "paalam na sa inyong lahat, hindi na ako babalik",
    "i want to die",
    "he told me to keep it our secret or he'd hurt my sister",
    "hes gonna kill me when he gets home, i can hear him smashing things",
]


# a scene named beside blood or a season's end (batches 149, 169-175): held, a time included
SCENE_HELD = [
    "helped dad with the calving last night, blood everywhere, didnt get to bed til 4",
    "cut my hand on the fillet knife cleaning catfish at the lake, blood everywhere but its fine",
    "helping apa w the matanza sat, we killing the pig at 5am and its gonna be blood everywhere",
    ("giving away all my hurleys to the u12s, done with hurling after this season, last match "
     "sunday"),
]
# the same scenes with the words that make them a crisis: never held
SCENE_NOT_HELD = [
    "cut myself after the calving, blood everywhere",
    "blood everywhere again, told mum it was the fish",
    "cut my arm last night after the calving, blood everywhere",
    # nor masked as an accident (ctx_accident_bleed_b10's guard)
    "sliced my arm open in the kitchen chopping onions, blood everywhere",
    "took them all after the lambing, nobody noticed",
    "giving away all my gear after the last match sunday, i wont need it anymore",
    "got the rope from the hay shed, tying it up in the loft tonight",
]


def _probs(p: float) -> dict[str, float]:
    """Stage-2 probabilities with every head at `p`."""
    cats = ("self_harm", "abuse_disclosure", "harm_to_others", "distress", "any")
    out = {f"{c}>={lv}": p for c in cats for lv in ("low", "medium", "high")}
    out["toxicity"] = 0.0
    return out


@pytest.mark.parametrize("text", HELD_TWINS + HELD_RISK)
def test_a_held_message_is_low_at_once_and_keeps_what_stage1_found(
        mod: Moderator, text: str) -> None:
    s1 = score(text)
    assert s1.held is not None and max(s1.held.values()) >= 2
    assert max(s1.levels.values()) == 1 and not s1.settled
    assert "confirm:held" in s1.signals
    v = mod.assess(text)
    assert v.risk is RiskLevel.LOW and not v.escalate  # guidance now, a page once confirmed
    found = s1.unheld()
    assert found.settled and found.held is None
    assert max(found.levels.values()) == max(s1.held.values())


@pytest.mark.parametrize("text", NOT_HELD)
def test_acts_notes_third_parties_and_other_languages_are_not_held(
        mod: Moderator, text: str) -> None:
    s1 = score(text)
    assert s1.held is None
    assert mod.assess(text).escalate


@pytest.mark.parametrize("text", SCENE_HELD)
def test_an_everyday_scene_holds_its_own_rules_with_a_time(mod: Moderator, text: str) -> None:
    s1 = score(text)
    assert s1.held is not None and max(s1.held.values()) >= 2, s1.signals
    assert any(sig.startswith("confirm:") and sig != "confirm:held" for sig in s1.signals)
    assert not mod.assess(text).escalate
    assert Moderator(use_model=False).assess_cascade([(text, "student")])[0].escalate


@pytest.mark.parametrize("text", SCENE_NOT_HELD)
def test_a_scene_with_self_harm_words_or_a_means_is_not_held(mod: Moderator, text: str) -> None:
    s1 = score(text)
    scenes = {f"confirm:{c.name}" for c in CONFIRM_CONTEXTS}
    assert not scenes & set(s1.signals), s1.signals
    if text == "sliced my arm open in the kitchen chopping onions, blood everywhere":
        # the learned risk score reads it as ordinary (0.009) and holds it (session 31)
        assert s1.signals[-2:] == ["confirm:held", "confirm:ngram"]
        return
    assert s1.held is None, s1.signals
    assert mod.assess(text).escalate


def test_the_cascade_pages_every_scene_told_as_a_crisis(cascade: Moderator) -> None:
    # stage 2 confirms the one the learned risk score holds (P 0.0066, over CONFIRM_BAR)
    verdicts = cascade.assess_cascade([(t, "student") for t in SCENE_NOT_HELD])
    assert [v.escalate for v in verdicts] == [True] * len(SCENE_NOT_HELD)


def test_a_scene_lists_no_means_plan_intent_or_grooming() -> None:
    kinds = _rule_kinds()
    never = {"sh_plan", "sh_means", "sh_means_query", "sh_intent", "ab_grooming", "ho_plan"}
    for c in CONFIRM_CONTEXTS:
        assert c.rules <= kinds.keys(), (c.name, sorted(c.rules - kinds.keys()))
        assert not {n for n in c.rules if kinds[n] & never}, c.name
    # a scene's rules count only where the scene is named: blood alone is not held
    assert score("blood everywhere").held is None


def test_staff_and_ordinary_messages_are_never_held() -> None:
    assert score("are you thinking about saying goodbye to everyone?", "volunteer").held is None
    assert score("what time does the bus come").held is None


def test_stage2_vetoes_only_when_all_but_certain() -> None:
    s1 = score(HELD_TWINS[0])
    assert merge(s1, _probs(CONFIRM_BAR / 2)).escalate is False
    # just over the bar, far under any bar stage 2 escalates by: stage 1's level stands
    kept = merge(s1, _probs(CONFIRM_BAR * 2), {"escalate_new": 0.99, "raise": 0.84})
    assert kept.escalate and kept.risk.rank == max(s1.held.values())  # type: ignore[union-attr]
    # one head over the bar is enough
    one = _probs(0.0) | {"harm_to_others>=medium": CONFIRM_BAR}
    assert confirmed(one) and not confirmed(_probs(0.0))


def test_without_stage2_a_held_message_escalates_as_stage1_found_it() -> None:
    lexicon_only = Moderator(use_model=False)
    for text in HELD_TWINS + HELD_RISK:
        (v,) = lexicon_only.assess_cascade([(text, "student")])
        assert v.escalate, text
        assert lexicon_only.assess_without_stage2(text).escalate
    # and what was not held is unchanged
    assert not lexicon_only.assess_without_stage2("what time does the bus come").escalate


def _rule_kinds() -> dict[str, set[str]]:
    """Each risk rule's name, with the kinds it is defined under."""
    from app.moderation import lexicon as lx

    kinds: dict[str, set[str]] = {}
    for kind, rules in lx.RISK_RULES.items():
        for name, _ in rules:
            kinds.setdefault(name, set()).add(kind)
    return kinds


def test_the_list_names_rules_that_exist() -> None:
    kinds = _rule_kinds()
    assert CONFIRM_RULES <= kinds.keys(), sorted(CONFIRM_RULES - kinds.keys())
    # acts, plans, means, methods, intent and grooming stay stage 1's alone
    never = {"sh_acted", "sh_plan", "sh_means", "sh_means_query", "sh_intent", "ab_grooming"}
    assert not {n for n in CONFIRM_RULES if kinds[n] & never}


def test_a_time_or_an_intent_beside_the_words_is_never_held() -> None:
    assert score("this is goodbye forever everyone").held is not None
    for text in ("this is goodbye forever everyone, tonight",
                 "ive decided. goodbye forever everyone",
                 "goodbye forever everyone, i wont be here tomorrow"):
        s1 = score(text)
        assert s1.held is None and max(s1.levels.values()) >= 2, (text, s1.signals)


def test_the_cascade_spares_the_twins_and_confirms_the_risk(cascade: Moderator) -> None:
    # stage 2 all but certain (P(>= medium) 0.00005-0.0008): not paged
    spared = [HELD_TWINS[i] for i in (0, 1, 3)]
    twins = cascade.assess_cascade([(t, "student") for t in spared])
    assert [v.escalate for v in twins] == [False] * len(spared)
    assert all(v.risk is RiskLevel.LOW for v in twins)  # the volunteer still sees guidance
    # not certain enough (the scorpion: 0.008): the page stands, as it did before the step
    (scorpion,) = cascade.assess_cascade([(HELD_TWINS[2], "student")])
    assert scorpion.escalate
    risky = cascade.assess_cascade([(t, "student") for t in HELD_RISK])
    assert all(v.escalate for v in risky)


def _held_risky_rows() -> list[str]:
    root = Path(__file__).resolve().parents[2]
    files = [p for p in sorted((root / "data" / "moderation").glob("*.jsonl"))
             if p.name != "train.jsonl"] + [root.parent / "shared" / "moderation" / "dev.jsonl"]
    texts: dict[str, None] = {}
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            r = json.loads(line)
            if r["role"] == "student" and r["risk"] in ("medium", "high") \
                    and score(r["text"]).held is not None:
                texts.setdefault(r["text"], None)
    return list(texts)


def test_the_cascade_confirms_every_held_risky_row_of_the_labelled_sets(
        cascade: Moderator) -> None:
    """The rule list and the bar were chosen so that no medium or high row the model never
    trained on falls under the bar: an edit to CONFIRM_RULES, the bar or the model that
    lets the cascade veto one of them fails here."""
    texts = _held_risky_rows()
    assert len(texts) > 150  # batches 69-164, dev, test, holdout, review, redteam
    verdicts = cascade.assess_cascade([(t, "student") for t in texts])
    lost = [t for t, v in zip(texts, verdicts, strict=True) if not v.escalate]
    assert lost == []


# pages the learned risk score reads as all but certainly ordinary (session 31): a team to
# "murder" on friday night, a shotgun at clay pigeons, a rope swing (batches 77, 131, 169, 178)
NGRAM_HELD = [
    "we finna murder enterprise friday night, wolves on top 🐺🏈",
    ("grandad let me have a go of the shotgun at the clay pigeons out the road, my shoulder is "
     "dead"),
    ("my uncle had the shotgun out for the pigeons at the farm in fearn, mum was raging about the "
     "noise"),
    "we tied a rope to the big oak over the creek, y'all gotta come swing on it",
]
# held by the score too, and stage 2 reads it as the plan it is (batch 99; P >= 0.94)
NGRAM_HELD_RISK = ("we're gonna bash that kid from pimlico at the willows interchange fri, we know "
                   "what bus he gets")
# not held: the score reads them as risk (0.09-0.95), a rude message (0.007; never held, so that
# a hold never turns a rude page into a withhold), one the encoder cannot read (0.008)
NGRAM_NOT_HELD = [
    "got my grandpas shotgun out the closet. moms at church til 8, thats my window",
    "im gonna kill myself tonight",
    "the rope is tied to the beam in the garage",
    "hope a truck hit you on youree drive you snake",
    "patyon ang baboy ugma para sa fiesta, nagbaid na si lolo sa iyang sundang 🐷🔪",
]


def _ngram_p(text: str) -> float:
    assert RISK_SCORER is not None
    return float(RISK_SCORER.probabilities(score(text).norm.text)[0])


@pytest.mark.parametrize("text", NGRAM_HELD + [NGRAM_HELD_RISK])
def test_a_page_the_learned_risk_score_reads_as_ordinary_is_held(
        mod: Moderator, text: str) -> None:
    assert _ngram_p(text) < NGRAM_CONFIRM
    s1 = score(text)
    assert s1.held is not None and max(s1.held.values()) >= 2
    assert "confirm:ngram" in s1.signals and "confirm:held" in s1.signals
    assert max(s1.levels.values()) == 1 and not s1.settled
    v = mod.assess(text)
    assert v.risk is RiskLevel.LOW and not v.escalate
    # without stage 2, or with the step off, the page goes out as the rules found it
    assert Moderator(use_model=False).assess_without_stage2(text).escalate
    assert Moderator(use_model=False, confirm=False).assess(text).escalate


@pytest.mark.parametrize("text", NGRAM_NOT_HELD)
def test_risk_the_score_reads_rude_pages_and_other_languages_are_not_held_by_it(
        text: str) -> None:
    s1 = score(text)
    assert max(s1.levels.values()) >= 2 and s1.held is None, s1.signals
    assert "confirm:ngram" not in s1.signals
    p = _ngram_p(text)
    assert p >= NGRAM_CONFIRM or s1.toxic or RISK_SCORER.reads(s1.norm.text)  # type: ignore[union-attr]


def test_the_cascade_spares_what_both_models_read_as_ordinary(cascade: Moderator) -> None:
    verdicts = cascade.assess_cascade([(t, "student") for t in NGRAM_HELD])
    assert [v.escalate for v in verdicts] == [False] * len(NGRAM_HELD)
    assert all(v.risk is RiskLevel.LOW for v in verdicts)
    (risky,) = cascade.assess_cascade([(NGRAM_HELD_RISK, "student")])
    assert risky.escalate and risky.risk is RiskLevel.HIGH


def test_farewells_plans_means_questions_and_grooming_are_never_held_by_the_score(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Risk told calmly reads as ordinary to both models ("getting my affairs in order 🤓 is a
    funny thing to say at 15 but here we are": 0.002 and 0.0001 out of fold): with a score that
    reads everything as ordinary, those kinds still page at once, and a means does not."""
    import numpy as np

    from app.moderation import rules

    assert rules._RISK_NGRAMS is not None
    monkeypatch.setattr(rules._RISK_NGRAMS, "probabilities",
                        lambda text: np.zeros(len(rules._RISK_NGRAMS.weights[0])))
    for text in ("getting my affairs in order 🤓 is a funny thing to say at 15 but here we are",
                 "im sitting on the line out near the silos. the freight comes through at 9",
                 "how many paracetamol would it take to not wake up",
                 "he says its our secret and sends me money for pics",
                 "doing chew n spit again before the dance showcase"):
        s1 = score(text)
        assert s1.held is None and max(s1.levels.values()) >= 2, (text, s1.signals)
        assert s1.signals and {x.split(":")[0] for x in s1.signals} & rules.NGRAM_NEVER
    assert "confirm:ngram" in score(NGRAM_HELD[1]).signals
