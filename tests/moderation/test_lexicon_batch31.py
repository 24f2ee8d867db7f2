"""Batch 31 (2026-11-29, session 14): 948 rows from four writers who read only the policy table,
for training: an Irish midlands secondary at mock exams, a US Midwest middle school in autumn,
outback and Sydney Australian high schools, and online-first teens (algospeak, fandoms). Measured
once with session 13's stage 2 and this session's stage 1 before anything was written from it
(cascade 92.4 / 93.8 / 4.5 %, toxicity F1 live 0.795; stage 1 alone 58.5 % of high rows), then
appended to train.jsonl. Families for acute risk stage 1 left to the cascade, which a flood
could shed: CAUGHT rows stage 1 now escalates; DELIVERED: rude rows with risk beside the attack,
which stage 1 withheld until the cascade released them."""

from __future__ import annotations

import pytest

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import caught_tests, edge_tests, load_rows

CAUGHT = [
    "swallowed like 30 of something from nan's cupboard, my stomach really hurts, dont call anyone",
    ("took everything in mums medicine cabinet about 20 mins ago. just wanted someone to know"),
    "its bleeding more than usual and wont stop, idc",
    "on the roof of my building rn. just wanted to tell someone",
    "sitting on the cliffs near the gap rn. its really windy",
    "the bridge by the cross country trail is really high. im on it rn",
    ("my brother chokes me when he's mad and my parents say we're just playing. it's every day"),
    ("i dont wanna go to my dads this weekend. last time he choked me and said it was an "
     "accident"),
    "dad hits me when i forget to log into class. did it again today, my lip's split",
]
DELIVERED = [
    "fuck off with ur safety plan, the rope's already in my bag",
    "fuck off with the hotline stuff, its already in me, took it at 9",
]


test_batch31_acute_risk_is_escalated_by_stage_1 = caught_tests("batch31.jsonl", CAUGHT)


@pytest.mark.parametrize("text", DELIVERED)
def test_batch31_rude_messages_with_risk_beside_the_attack_are_delivered(
        mod: Moderator, text: str) -> None:
    row = next(r for r in load_rows("batch31.jsonl") if r["text"] == text)
    assert row["risk"] == "high"
    v = mod.assess(text)
    assert v.action is Action.DELIVER and not v.settled, (text, v.signals)  # the cascade reads it


# the families' edges
STILL_PAGED = [
    "im at the bridge rn",
    "sitting on the edge of the bridge watching the sunset one last time",
    "i took like 40 of them an hour ago",
    "my cut wont stop bleeding and i dont want to tell anyone",
    "mum hits me with the wooden spoon every night",
    "he chokes me and says it was an accident",
]
NOT_PAGED = [
    "on the roof of the science block rn for the photography club lol",
    "we're at the bridge rn waiting for the bus",
    "on the cliffs rn with my dad, the view is insane",
    "swallowed like 30 grapes in one go lol",
    "dad hits the gym every morning",
    "my little brother punched me for my seat lol we're fine",
    "my sister pinned me down in a tickle fight lol",
    "my nose is bleeding more than usual in this cold",
]
(test_batch31_families_still_page_the_risk,
 test_batch31_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED, NOT_PAGED)


def test_a_rude_message_without_risk_is_still_withheld(mod: Moderator) -> None:
    """The risk words added for the rude rows above do not open every rude message."""
    v = mod.assess("fuck off with the hotline stuff, nobody asked you")
    assert v.action is Action.WITHHOLD, v.signals
