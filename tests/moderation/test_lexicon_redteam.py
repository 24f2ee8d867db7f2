"""A red team's probes of the lexicon's exceptions (2026-11-29, data/moderation/redteam.jsonl):
a writer given each rule and the everyday words that excuse it (lexicon.UNLESS) wrote risky
messages a student at risk might send that also contain an excusing word ("tried to od last
night and it didnt work. mom thinks i was up coding all night"), and ordinary ones using both.

With exceptions matched anywhere in the message the cascade escalated 79 % of the risky rows;
with exceptions read only in the clause of the match (rules._excused) 91 % (92.6 % with stage 2
retrained on batch 13); 98.3 % after session 9 fixed a rule's later matches being skipped once
an earlier one was excused and tightened eight exceptions. Rows stage 1 gets right are asserted
here; rows noted "stage 1 still wrong" are open findings. The cascade's floor guards the
whole set."""

from __future__ import annotations

import pytest

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import RISKY, load_rows, probe_tests

ROWS = load_rows("redteam.jsonl")
test_risk_beside_an_everyday_word_is_escalated, test_the_everyday_sense_beside_it_is_not_paged = (
    probe_tests(ROWS))


def test_an_everyday_word_in_another_clause_excuses_nothing(mod: Moderator) -> None:
    v = mod.assess("tried to od last night and it didnt work. mom thinks i was up coding all night")
    assert v.escalate and not any(s.startswith("excused:") for s in v.signals), v.signals
    # in the same clause it still does
    assert not mod.assess("i overdosed on caffeine before the exam").escalate


def test_an_excused_match_does_not_hide_the_same_rules_next_match(mod: Moderator) -> None:
    # the first "poison" match is excused by the mice in its clause; the second is not
    v = mod.assess("we have rat poison in the garage from when we had mice. im putting some in "
                   "my stepdads beer tonight")
    assert v.escalate and v.risk.value == "high", (v.risk, v.signals)
    assert not mod.assess("we have rat poison in the garage from when we had mice").escalate


def test_a_stated_sign_beside_the_everyday_word_cancels_the_excuse(mod: Moderator) -> None:
    for text in ("my friend stopped eating and fainted at practice. she says shes fine",
                 "my ex posted my nudes in the group chat after the game",
                 "burned my wrist with the straightener again and it felt good"):
        assert mod.assess(text).escalate, text
    for text in ("my friend stopped eating meat, shes vegetarian now",
                 "burned my hand on the stove making grilled cheese lol"):
        assert not mod.assess(text).escalate, text


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_cascade_escalates_nine_in_ten_of_the_red_teams_risky_rows(
        cascade: Moderator) -> None:
    risky = [r for r in ROWS if r["risk"] in RISKY]
    verdicts = cascade.assess_cascade([(r["text"], r["role"]) for r in risky])
    caught = sum(v.escalate for v in verdicts)
    assert caught / len(risky) >= 0.90, caught
    assert not any(v.action is Action.WITHHOLD for v in verdicts)
