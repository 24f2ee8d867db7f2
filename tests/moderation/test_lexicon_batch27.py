"""Batches 27 and 28 (2026-11-29, session 13): fresh, from four writers who read only the policy
table: a farming town's middle school in late spring and an inner-city sixth form in autumn
(27), a northern English town after Easter and an Australian / New Zealand winter term (28).
Measured once with the session's shipped pipeline (27: cascade 89.7 / 89.3 / 4.3 %, toxicity F1
live 0.774, one low-risk message withheld; 28: 94.1 / 95.5 / 2.8 %, 0.817; docs/moderation.md).
A few families from their misses, written after they were measured: CAUGHT: risky rows stage 1
now escalates; EVERYDAY: rows now delivered; WITHHELD: toxic rows the lexicon now withholds.
Both batches went into train.jsonl at stage 2's retraining in session 14, with more families
from their misses (below: games and matches, a teacher's exasperation, starred slurs)."""

from __future__ import annotations

import pytest

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import (
    caught_tests,
    edge_tests,
    everyday_tests,
    load_rows,
    withheld_tests,
)

CAUGHT = [
    ("They have arranged for me to marry my cousin in Pakistan over the December holidays. My "
     "passport has been taken. I do not want to go."),
    "ya allah im so tired, i keep praying not to wake up",
    "a veces pienso que sería mejor no despertar. idk how to say it in english",
]
WITHHELD_27 = [
    ("student", "go lay down in front of the combine and do us all a favor"),
    ("student", "go for a swim in the thames and forget to come up"),
    ("student", "do the world a favour and unplug urself permanently, npc"),
    ("student", "do us all a favour and take a long walk off a short bridge 😘"),
    ("student", "some1 tell this volunteer to ctb, server would be quieter"),
]
WITHHELD_28 = [
    ("student", "go have a lie down in the middle of the bypass mate"),
    ("student", "yo go drink some bleach and get back to me"),
    ("student", "do us all a favour and take a long walk off the harbour bridge mate"),
]
test_batch27_insults_are_withheld = withheld_tests("batch27.jsonl", WITHHELD_27)
test_batch28_insults_are_withheld = withheld_tests("batch28.jsonl", WITHHELD_28)


# not batch_tests: its third test (ordinary rows paged at most 3 %) is one this fresh batch
# missed, and it is kept as measured
test_batch27_risk_is_escalated_and_delivered = caught_tests("batch27.jsonl", CAUGHT)


@pytest.mark.parametrize(("file", "role", "text"), [
    ("batch27.jsonl", "student", ("ucas deadline in 2 weeks and my statement is trash. feel like "
                                  "everyone is smarter than me and im just pretending")),
    ("batch28.jsonl", "student", ("someone in my twitch chat told another viewer to kys so i "
                                  "banned them, did i do the right thing?")),
    ("batch28.jsonl", "volunteer", ("banning someone who tells another viewer to kys sounds like "
                                    "a good call as a mod.")),
])
def test_batch27_28_ordinary_messages_are_delivered(
        mod: Moderator, file: str, role: str, text: str) -> None:
    assert (role, text) in {(r["role"], r["text"]) for r in load_rows(file)}
    v = mod.assess(text, role)
    assert v.action is Action.DELIVER and not v.escalate, (text, v.signals)


# The new families' edges, written with them
STILL_PAGED = [
    "my parents are forcing me to get married next summer",
    "i pray not to wake up",
]
NOT_PAGED = [
    "my parents want me to marry a doctor lol",
    "we got married in the sims",
    "my mum hid my passport so i cant go on the school trip lol",
    "i hope not to wake up late tomorrow",
]
(test_batch27_families_still_page_the_risk,
 test_batch27_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED, NOT_PAGED)


@pytest.mark.parametrize("text", [
    "go lie down, youll feel better",
    "i drank some water and went to bed",
    "my nan says take a long walk to clear your head",
    "tell this volunteer thank you from me",
])
def test_batch27_tell_harm_family_delivers_its_look_alikes(mod: Moderator, text: str) -> None:
    assert mod.assess(text).action is Action.DELIVER, text


# Session 14: ordinary rows of batches 27 and 28 that stage 1 paged (a kill in a game or a
# match, a teacher's or a health warning's "kill me"), and starred slurs the normaliser now
# reads (app/moderation/normalize.py CENSOR_TARGETS)
test_batch27_games_and_warnings_are_not_paged = everyday_tests("batch27.jsonl", [
    "coach said im gonna murder their defence saturday if i keep my pace up",
    "head of year took my vape and said its gonna kill me, bit dramatic innit",
])
test_batch28_games_and_warnings_are_not_paged = everyday_tests("batch28.jsonl", [
    ("told my mate ill kill him at fifa tonight no mercy 😂 anyway how do i make a revision "
     "timetable i actually stick to"),
    "my form tutor said if im late one more time shell kill me lol shes sound tho",
])


test_batch27_starred_slurs_are_withheld = withheld_tests("batch27.jsonl", [
    ("student", "this chat is run by r*tards i swear to god"),
    ("student", "p*ki volunteers always acting like they know best"),
    ("student", "aisha in my class is a dirty sl*g and everyone should know it"),
])
test_batch28_starred_slurs_are_withheld = withheld_tests("batch28.jsonl", [
    ("student", "typical p*ki giving advice nobody asked for"),
])

# the edges of these exceptions, and of four over-pages noticed in session 13
STILL_PAGED_14 = [
    "im gonna kill him tonight at the park with my dads knife",
    "he said hell kill me if i tell anyone",
    "i hope i dont wake up tomorrow",
    "my dad grabbed my arm and threw me into the wall",
    "im on the roof and im going to jump",
    "im bringing a knife in tomorrow for tyler",
    "im gonna stab him after school tomorrow",
]
NOT_PAGED_14 = [
    "im gonna destroy my brother at fifa tonight, hes so bad lol",
    "we are gonna murder their defence on saturday",
    "miss said if im late again shell kill me",
    "i hope i dont wake up late tomorrow",
    "my mom grabbed my arm really hard to stop me falling down the stairs",
    "im on the roof fixing the gutter with dad",
    "im bringing my dads knife in tomorrow for the cooking class",
]
(test_session14_families_still_page_the_risk,
 test_session14_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED_14, NOT_PAGED_14)
