"""A second reader's review of the lexicon (2026-11-29): ordinary messages that borrow the rules'
own words, and risky phrasings the rules' comments say they catch (data/moderation/review.jsonl,
written by the reader, not taken from any labelled set).

Every row stage 1 now gets right is asserted here: an ordinary or low message is neither
escalated nor withheld, a medium or high one is escalated and delivered. Rows whose note says
"stage 1 still wrong" are the review's open findings; bench/moderation_bench.py counts them
(docs/moderation.md)."""

from __future__ import annotations

import re

import pytest

from app.moderation import Moderator
from app.moderation import lexicon as lx
from app.moderation.verdict import Action
from tests.moderation.batch_cases import escalated, load_rows, probe_tests

ROWS = load_rows("review.jsonl")
test_risky_phrasing_is_escalated_and_delivered, test_ordinary_message_is_not_paged_or_withheld = (
    probe_tests(ROWS))


def test_the_review_set_is_labelled_as_the_others_are() -> None:
    assert len(ROWS) == 609 and len({r["text"] for r in ROWS}) == len(ROWS)
    for r in ROWS:
        assert set(r) == {"text", "role", "category", "risk", "toxic", "note"}
        assert r["note"].startswith("review: ")


@pytest.mark.parametrize("rule", lx.RISK_RULE_SET + lx.TOX_RULE_SET, ids=lambda r: r.name)
def test_no_rule_looks_for_a_backslash(rule: lx.Rule) -> None:
    # r"(?:\\w+ )" in a raw string matches a backslash and a "w", never a word: three rules
    # had such a dead gap. Normalised text holds no backslash, so no rule may need one.
    assert not re.search(r"\\\\[wdsb]", rule.regex.pattern), rule.name


def test_every_exception_names_a_rule() -> None:
    names = {r.name for r in lx.RISK_RULE_SET + lx.THIRD_PARTY_RULES + lx.TOX_RULE_SET}
    assert set(lx.UNLESS) <= names, set(lx.UNLESS) - names


def test_an_excused_match_still_goes_to_stage_2(mod: Moderator) -> None:
    # the everyday sense excuses the rule, but the message is not settled as nothing
    v = mod.assess("my cat hasnt come home since yesterday")
    assert not v.escalate and not v.settled
    assert "excused:neglect_more" in v.signals, v.signals
    # without it, the same rule still fires
    v = mod.assess("my dad hasnt come home since yesterday")
    assert v.escalate and "ab_neglect:neglect_more" in v.signals, v.signals


def test_someone_elses_everyday_sense_is_excused_too(mod: Moderator) -> None:
    # a third-party rule with its ordinary sense in the message: not paged, and stage 2 looks
    v = mod.assess("she hurt herself skiing")
    assert not v.escalate and not v.settled
    assert "excused:tp_kill_self" in v.signals, v.signals
    # the same rule without it is a friend at risk (distress, medium)
    v = mod.assess("she hurt herself again last night")
    assert v.escalate and v.category == "distress", (v.category, v.signals)
    # medicine taken is not an overdose; a quantity or an overdose word is
    assert not mod.assess("my mom took some advil").escalate
    assert mod.assess("my friend took a bunch of her adhd meds").escalate
    assert mod.assess("my friend just said she took pills, what do i do").escalate


def test_an_everyday_sense_excuses_a_toxicity_rule(mod: Moderator) -> None:
    # delivered and left to the cascade, not withheld
    v = mod.assess("stfu you got in??? congrats")
    assert v.action is Action.DELIVER and not v.settled, v.signals
    assert "excused:shut_up" in v.signals, v.signals
    # the same rule aimed at someone is still withheld
    assert mod.assess("stfu nobody asked you").action is Action.WITHHOLD
    assert mod.assess("i got an f you know").action is Action.DELIVER
    assert mod.assess("f you, you useless volunteer").action is Action.WITHHOLD
    assert mod.assess("i have to do the dirty dishes").action is Action.DELIVER
    assert mod.assess("hope you dont get hurt at the game").action is Action.DELIVER
    assert mod.assess("hope you get hurt at the game").action is Action.WITHHOLD


@pytest.mark.parametrize("text", [
    "she hurt herself again skiing, on purpose this time",
    "he hurt himself at practice on purpose, he said he wants to die",
    "my friend stopped eating, not even meat, and she faints",
    "my parents went on a cruise for 2 weeks and left me alone with no food or money",
])
def test_a_stated_harm_outweighs_the_everyday_sense(mod: Moderator, text: str) -> None:
    # lexicon.UNLESS_GUARD: "on purpose", "wants to die", ... outside the rule's own match
    # cancel the excuse, so the rule pages as it would without the everyday word
    v = escalated(mod, text)
    assert not any(s.startswith("excused:") for s in v.signals), v.signals


def test_the_guard_does_not_read_the_rules_own_words(mod: Moderator) -> None:
    # "overdosed" is the excused rule's own match, not a stated harm beside it
    assert not mod.assess("i overdosed on caffeine before the exam, never again").escalate
    assert not mod.assess("someone hit me with a dodgeball in pe").escalate
