"""Batch 22 (2026-11-29, session 11): fresh, exam season and a school dance in nine voices (a
middle-schooler, a high-achiever who minimises, a kid in foster care, an athlete, a newcomer
writing simple English, caps when upset, one-word replies, a joker who sometimes means it, a
first relationship turning controlling). Measured once with the retrained model and the
batch-21 families: cascade 95.2 / 97.7 / 0.5 %, toxicity F1 0.778 live (0.791 by the cascade);
docs/moderation.md. Most of its misses were insults stage 1 had no words for, six of them a
volunteer's, and the chat withholds only what stage 1 withholds. CAUGHT: rows stage 1 now
escalates and did not; WITHHELD: toxic rows stage 1 now withholds. Not in train.jsonl."""

from __future__ import annotations

import pytest

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import batch_tests, escalated, withheld_tests

CAUGHT = [
    'my bff just texted me "goodbye i love you guys" and now she wont answer her phone',
    ('lol the dance theme is "a night to remember" so im making it my last one. anyway whos '
     'hyped'),
]
WITHHELD = [
    ('student', 'ur voice prob sounds like a dying goat lol'),
    ('student', 'ur just here for service hours, fake ass bitch'),
    ('student', ('ngl ur typing is giving grandma discovered the internet and ur advice is '
                 'giving nothing, loser')),
    ('student', 'hope u trip down the stairs 🙂'),
    ('student', 'lets all tell chloe to kms in the gc lol she deserves it'),
    ('student', 'ur the reason ppl hate therapy, useless piece of shit'),
    ('student', 'ching chong lol ur name sounds like a sneeze'),
    ('student', 'ur mom must be so disappointed in u lol'),
    ('student', 'u sound like ur 40 and still live in ur moms basement'),
    ('student', 'lol ok karen'),
    ('student', 'girls like u are only good for one thing'),
    ('student', 'hey sexy u single? 😘'),
    ('volunteer', 'Honestly, this is a pretty stupid reason to be upset.'),
    ('volunteer', 'Ugh, not you again. Can you just figure it out yourself for once?'),
    ('volunteer', "Nobody's going to want to date you if you keep whining like this lol"),
    ('volunteer', 'Stop being such a baby about your ankle.'),
    ('volunteer', "That's the dumbest thing I've read all night."),
    ('volunteer', "Maybe if you weren't so annoying you'd have some friends."),
    ("student", "stupid ass volunteer"),
]
(test_batch22_risk_is_escalated_and_delivered, _no_everyday_rows,
 test_batch22_ordinary_rows_below_three_percent) = batch_tests("batch22.jsonl", CAUGHT, [])
test_batch22_insults_are_withheld = withheld_tests("batch22.jsonl", WITHHELD)

# The new insults' everyday look-alikes, written with them, are delivered: venting at a thing,
# a volunteer's reassurance, self-talk, a quote, "break a leg"
DELIVERED = [
    ("volunteer", "thats not a stupid reason to be upset at all"),
    ("volunteer", "It's not you, it's the timing. Take your time."),
    ("student", "stupid ass homework"),
    ("student", "my laptop is a useless piece of shit"),
    ("student", "ok karen said shes coming"),
    ("student", "hope u dont trip on the stairs lol"),
    ("student", "that's the dumbest thing i've ever done lol"),
    ("student", "my mom told me to stop being such a baby"),
    ("student", "i tripped in front of everyone. such a loser"),
    ("student", "hi there! is anyone on tonight?"),
]


@pytest.mark.parametrize(("role", "text"), DELIVERED)
def test_batch22_insult_families_deliver_their_look_alikes(mod: Moderator, role: str,
                                                           text: str) -> None:
    v = mod.assess(text, role)
    assert v.action is Action.DELIVER and not v.escalate, (text, v.signals)


@pytest.mark.parametrize("text", [
    "its my last dance before graduation, so weird",
    "she texted me goodbye and then we hung up and she answered later",
])
def test_batch22_farewell_families_leave_everyday_goodbyes(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert not v.escalate, (text, v.signals)


def test_batch22_a_friends_goodbye_and_silence_is_still_paged_when_rude(mod: Moderator) -> None:
    escalated(mod, "stfu, my friend texted me goodbye and now she wont answer")
