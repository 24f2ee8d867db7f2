"""The confirm step (session 29): stage-1 escalations that rest only on words with everyday
senses (rules.CONFIRM_RULES) are held until stage 2 has read the message, and stand unless
stage 2 is all but certain it is ordinary; without stage 2 they stand as stage 1 found them.
Since session 30 an everyday scene named in the message (rules.CONFIRM_CONTEXTS: blood at
calving or over a catch, things given away at the end of a season) lists a few more rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.moderation import Moderator, RiskLevel
from app.moderation.pipeline import merge
from app.moderation.rules import (
    CONFIRM_BAR,
    CONFIRM_CONTEXTS,
    CONFIRM_RULES,
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
    assert s1.held is None, s1.signals
    assert mod.assess(text).escalate


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
