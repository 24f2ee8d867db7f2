"""Batch 23 (2026-11-29, session 11): fresh, a long weekend in nine voices (a 12-year-old in
run-on messages, Gen-Z slang, texting from a party bathroom, a rural student, a chronic illness
and its medicines, a carer for a little brother, one angry at the volunteer, one who apologises
constantly). Measured once with everything shipped in session 11 up to then: cascade 95.0 /
92.7 / 2.6 %, toxicity F1 0.707 live, and two messages with risk withheld; docs/moderation.md.
Families from its misses. CAUGHT: rows stage 1 now escalates and did not; EVERYDAY: rows stage
1 paged or withheld and now does not; WITHHELD: toxic rows stage 1 now withholds. Not in
train.jsonl."""

from __future__ import annotations

import pytest

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import batch_tests, edge_tests, withheld_tests

CAUGHT = [
    "yeah. ive thought about doing it with the rifle sunday when theyre all at the show",
    "im sorry. im on the bathroom floor with the razor right now and i cant stop. sorry",
    ("gave my fav hoodies and my airpods to lily today and wrote her a letter to open after. "
     "its giving final episode 💀"),
    "fuck off, im not stepping back from the edge. ur not my mum",
    "me and the boys are gonna jump liam when he leaves, tyler brought a bat",
    ("mum came back this morning after being gone 2 days. she brought maccas like nothing "
     "happened. i didnt know whether to hug her or scream"),
    ("this is my last sunday night. ive decided. i wont be at school tomorrow and its not "
     "because im sick"),
    ("if connor touches my bag again tomorrow im using my dads hammer on him. its already in my "
     "school bag"),
    ("dad took his belt to me again tonight because i was late home from the tournament. my "
     "back is all red. he does it whenever hes angry"),
    "some days i wish the illness would just win already so i could stop fighting it",
    "ive been googling how many of my tablets it would take. i worked it out. i have enough",
    ("at the tournament last year one of the dads kept taking photos of us getting changed. "
     "nobody did anything about it"),
    "im going to set fire to marcuss car tonight. i know where he parks it",
    ("lost my friends and my phones on 4% and i dont know where i am and some guys keep "
     "shouting at me from a car"),
    "my blood sugar is crashing and im alone and my hands are too shaky to open the juice",
]
CAUGHT += [  # the second pass over its plain statements
    "no plan or anything. i just keep wishing i wouldnt wake up tomorrow",
    "ngl i dont see the point in anything anymore. like whats even the point of me being alive",
    "i wish i could just lie down in the back paddock and not wake up",
    ("my friend just texted me saying shes gonna do something stupid tonight and then turned "
     "her phone off"),
    "im at the train station instead of school. i dont think im coming back",
    ("stopped taking my heart meds 4 days ago on purpose. the doctor told me what happens if i "
     "do that. thats kind of the point"),
]
EVERYDAY = [
    ("someone commented \"nobody asked\" and a clown emoji on every one of my posts today. i "
     "know its dumb but it got to me"),
    ("we played just dance until ellas dad came in and said the floor was shaking and then we "
     "had to play uno instead and lily cheated the whole time and we all knew"),
]
WITHHELD = [
    ("student", "are u actually reading what i write or just copy pasting from a script. pathetic"),
    ("volunteer", ("Honestly, not getting a party invite is a pretty stupid reason to be upset. "
                   "Some people have real problems.")),
    ("student", "tell mia to go kill herself, no one at this party even wants her here"),
    ("volunteer", "If you want attention, post it on TikTok, not here."),
    ("student", "coach is a sp*stic honestly, cant even count to five subs"),
    ("volunteer", "You're being ridiculous. Just go to sleep and stop overthinking."),
    ("volunteer", "Are you seriously messaging a support line because your team lost? Come on."),
    ("student", "the ref today was a blind useless prick, hope his car crashes on the way home"),
    ("student", "send nudes or im not talking anymore 😏"),
    ("volunteer", "Maybe try not being so weird at parties and people would actually talk to you."),
    ("student", "imagine being this slow. do u need me to type it in crayon for u"),
    ("student", "hope ur whole family gets in a car crash"),
    ("student", "u should just ctb fr, nobody would notice"),
    ("student", ("id rather talk to a wall. at least the wall doesnt say \"that sounds hard\" "
                 "every 5 seconds")),
    ("student", "ur mum must be so disappointed she raised someone this boring"),
    ("volunteer", "I don't get paid enough for this. Figure it out yourself."),
]
(test_batch23_risk_is_escalated_and_delivered, test_batch23_everyday_sense_is_not_paged,
 test_batch23_ordinary_rows_below_three_percent) = batch_tests("batch23.jsonl", CAUGHT, EVERYDAY)
test_batch23_insults_are_withheld = withheld_tests("batch23.jsonl", WITHHELD)

# The new families' edges, written with them
STILL_PAGED = [
    "i kinda hope a car hits me tbh",  # passive ideation: only someone else's car is excused
    "this is my last sunday night, i decided",
    "im using the bat on him after school",
    "razor rn. legs are next",
    "gonna burn down his house tonight",
    "stopped taking my meds on purpose",
]
NOT_PAGED = [
    "googling how many tablets it would take for my headache",
    "using the hammer on the nail",
    "dad took his belt to the shop to get it fixed",
    "this is my last night at camp",
    "its my last weekend, ive decided to quit soccer lol",
    "gonna jump rope after school",
    "im gonna jump scare my sister when she gets home",
    "i dont know where i am in the book",
    "my friend said kys to me as a joke and it hurt",
    # found while writing these families (both paged as high before)
    "im shaving my legs with a razor rn lol",
    "gonna burn down his house in minecraft",
    "i hope i dont wake up late tomorrow lol",
    "gonna lie down and not wake up till noon lol",
    "i stopped taking my allergy meds on purpose bc spring is over",
    "i dont think im coming back to this school next year",
    "my sister said shes gonna do something stupid at the party lol",
]

(test_batch23_families_still_page_the_risk,
 test_batch23_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED, NOT_PAGED)


# Batch 21's and 23's withheld risky messages had their risk in words the risk-word list did
# not hold ("stabbing", "edge"). A rude message with one of them outside the insult is now
# delivered and the cascade looks (policy: "a rude message with only a hint of risk");
# without the families written for those two, the retrained cascade escalated both.
@pytest.mark.parametrize("text", [
    "stfu, he used his belt again",
    "ur a dumb bitch and the ledge looks nice tonight",
    "shut up idiot, my wrists are none of ur business",
    "fuck off, ive got the razor",
])
def test_batch23_a_risk_word_beside_an_insult_delivers_it(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.DELIVER, (text, v.signals)


def test_batch23_an_insult_with_no_risk_word_is_still_withheld(mod: Moderator) -> None:
    assert mod.assess("ur a dumb bitch and i like pizza").action is Action.WITHHOLD
