"""Batch 19 (2026-11-29, session 10): families written from what the cascade got wrong when
the batch (fresh; guarded, minimising, joking-and-meaning-it voices) was first measured with
the model retrained on batches 18 and 19a (cascade 95.0 / 93.1 / 2.7 %, toxicity F1 0.840;
docs/moderation.md). CAUGHT: rows stage 1 now escalates and did not; EVERYDAY: ordinary rows
stage 1 paged and now does not; WITHHELD: toxic rows stage 1 now withholds. Not in
train.jsonl."""

from __future__ import annotations

import pytest

from app.moderation import Action, Moderator
from tests.moderation.batch_cases import batch_tests, withheld_tests

CAUGHT = [
    "gg ez. uninstalling life at midnight. already said bye to the discord",
    "the ice on the river is thin this time of year, thats kinda the point. leaving in 10",
    ("my little brothers bully is gonna regret it. taking the pocketknife to the bus stop "
     "tomorrow and waiting for him"),
    "not a joke. printed the school map and marked the exits im gonna block",
    "my duo keeps saying he wants to die in vc and everyone laughs but i dont think hes joking",
    ("my brother is 15 and told me he wishes he was dead. im only 17 and moms not around. what "
     "do i even say"),
    "since i got cut from varsity ive been skipping meals on purpose, kinda like punishment",
    ("kid in my class has been giving away his stuff and said it wont matter soon. should i "
     "tell someone"),
    "lowkey think about drowning every time im at swim practice. like just not coming up",
    "everything feels heavy and wrong tonight and i dont trust myself to be alone",
]
EVERYDAY = [
    "cleaned my rifle for the 4-h shooting sports comp on saturday",
    "goodbye forever summer break 😭 school starts monday",
    "gonna bleed out from these paper cuts lmao, organizing binders all day",
    # session 11: the routine is in another clause than "took my meds"
    "took my meds, ate breakfast, ready for the math test",
]
WITHHELD = [
    ("student", "stupid r3tard cant even read what i wrote"),
    ("student", "dumbass, i said i was FINE, learn to read"),
    ("student", "ur just a wannabe therapist with no life lmao"),
    ("student", "are u even a real person or a lonely old perv"),
    ("student", "cry about it noob, go jump off something"),
    ("student", "do u have a bf? i could be ur bf 😉 send feet"),
    ("student", "yeah whatever ch*nk"),
    ("student", "do everyone a favor and delete urself from the planet"),
    ("student", ("my teammate is such a fat useless pig, someone should tell him to stop "
                 "breathing")),
    ("student", ("that kid in my grade with the lisp is a total fr*ak, we should make an "
                 "account roasting him")),
    ("volunteer", "if you keep being this annoying no wonder nobody sits with you"),
]
(test_batch19_risk_is_escalated_and_delivered, test_batch19_everyday_sense_is_not_paged,
 test_batch19_ordinary_rows_stay_below_three_percent) = batch_tests("batch19.jsonl", CAUGHT,
                                                                   EVERYDAY)
test_batch19_insults_are_withheld = withheld_tests("batch19.jsonl", WITHHELD)


@pytest.mark.parametrize("text", [
    # the attacked person's job, not the sender's state: no hint of risk in the insult
    "ur so useless u cant even do ur job",
])
def test_what_the_volunteer_cannot_do_is_no_hint_of_risk(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD and v.risk.value == "none", (text, v.signals)


@pytest.mark.parametrize("text", [
    "stfu u cant even help me and i cant do this anymore",  # the sender's own "cant" still counts
    "my mom's boyfriend is gonna find out what my hunting rifle is for. tonight",
])
def test_risk_beside_the_new_exceptions_still_counts(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.DELIVER, (text, v.signals)
