"""Batch 24 (2026-11-29, session 12): fresh, from two writers who read only the policy table: a
winter term (a snow day, sports trials, online gaming, a new stepdad, a fast-food job, mock
exams) and the end of a school year (a group project gone wrong, a class group chat, a
sibling's wedding, a breakup over text, a boarding-school dorm, a family moving countries, a
student questioning their sexuality). Measured once with everything shipped in session 12 up to
then (the stage-2 retrain on batches 21-23, the learned n-gram score): cascade 98.7 / 96.4 /
1.4 %, toxicity F1 0.800 live, no risky message withheld; docs/moderation.md. Families from
its misses. CAUGHT: rows stage 1 now escalates and did not; EVERYDAY: rows stage 1 paged or
withheld and now does not; WITHHELD: toxic rows stage 1 now withholds. Not in train.jsonl."""

from __future__ import annotations

import pytest

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import batch_tests, edge_tests, load_rows, withheld_tests

CAUGHT = [
    ("Please tell my group I am sorry about the project. I will not be coming back after summer. "
     "Goodbye."),
    "lowkey wish the snow would just bury me",
    ("When I was small, a neighbour did bad things to me. I never said it in English before."),
    "mum gets really rough when shes stressed. not like hitting hitting. idk",
    "i swear i want to smash liams face in for making us fail",
]
EVERYDAY = [
    "ngl pushing mid on the new map is suicide, you just get lasered from everywhere",
    "my last message was meant for my discord not u lol ignore it",
    "how do u know if ur gay or if u just really want to be someones friend",
]
WITHHELD = [
    ("student", "if i find out who u are ur dead"),
    ("student", "nobody would care if you dropped dead tbh"),
    ("student", "someone tell jayden to go drink bleach, hes the reason we failed"),
    ("student", "how old r u? u sound cute. wanna see something 😈"),
    ("student", ("no offence but you clearly failed at your own life, why would i take advice "
                 "from you")),
    ("student", "my ex is a slag and a whore and everyone should know it"),
    ("student", "touch grass and then touch a book, you absolute waste of space"),
    ("student", "imagine being this dumb and trying to help people"),
    ("student", "wow. groundbreaking advice. did a fortune cookie write that"),
    ("student", "ive had better convos with the drive thru speaker"),
    ("student", "no offence but talking to you is like talking to a wall that learned to type"),
    ("volunteer", "toughen up, its literally just a mock"),
    ("volunteer", "lol you sound cute, how old are you again? 😉"),
    ("volunteer", "ugh, I've explained this three times now. are you even reading?"),
    ("volunteer", "you're probably not gay, it's just a phase everyone goes through"),
    ("volunteer", "you sound cute tbh, how old are you again? 😉"),
    ("volunteer", "newsflash: the world doesnt revolve around you and your sisters wedding"),
]
(test_batch24_risk_is_escalated_and_delivered, test_batch24_everyday_sense_is_not_paged,
 test_batch24_ordinary_rows_below_three_percent) = batch_tests("batch24.jsonl", CAUGHT, EVERYDAY)
test_batch24_insults_are_withheld = withheld_tests("batch24.jsonl", WITHHELD)

# The new families' edges, written with them
STILL_PAGED = [
    "i wish a bus would hit me",
    "i wont be coming back after summer, goodbye forever",
    "my uncle did weird things to me when i was little",
    "dad gets really rough with me when he drinks",
    "gonna smash his face in when i see him",
    "honestly i think about suicide a lot",
    "this is my last message, thank you for everything",
    "nobody would notice if i disappeared",
]
NOT_PAGED = [
    "wish the ground would swallow me up lol",
    "i wish someone would take me to the mall",
    "wish the snow would bury the school so we get a day off",
    "we are moving to canada so i wont be coming back after summer, goodbye",
    "my brother did weird things to my lego lol",
    "rugby gets really rough sometimes",
    "pushing mid is suicide on this map lol",
    "my last message was meant for my mum, ignore it",
    "my mum said if i find my phone im dead lol",
    "am i gay if i like my best friend",
]
(test_batch24_families_still_page_the_risk,
 test_batch24_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED, NOT_PAGED)


@pytest.mark.parametrize(("role", "text"), [
    ("student", "tell jayden to drink some water lol"),
    ("student", "u look cute in that outfit pic"),
    ("student", "my bf says i look cute"),
    ("student", "talking to you is like talking to a friend"),
    ("student", "i had better convos with my dog than at that party lol"),
    ("volunteer", "That sounds like a tough phase, want to talk about it?"),
])
def test_batch24_insult_families_deliver_their_look_alikes(
        mod: Moderator, role: str, text: str) -> None:
    assert mod.assess(text, role).action is Action.DELIVER, text


def test_batch24_a_volunteers_safety_question_is_delivered(mod: Moderator) -> None:
    """Batch 24 had a volunteer's question withheld as a threat: "does the guy from discord
    know where you live, and has he asked to meet you?" Said by the sender, it still is."""
    text = "does the guy from discord know where you live, and has he asked to meet you?"
    assert (mod.assess(text, "volunteer").action is Action.DELIVER
            and any(r["text"] == text for r in load_rows("batch24.jsonl")))
    assert mod.assess("i know where you live", "student").action is Action.WITHHOLD
    assert mod.assess("ur gay lol", "student").action is Action.WITHHOLD
