"""Batch 13 (2026-11-29): families written from what both stages got wrong when the batch was
first measured (docs/moderation.md). CAUGHT: batch-13 rows stage 1 now escalates and did not;
EVERYDAY: its ordinary rows stage 1 paged and now leaves to stage 2. Batch 13 was appended
to train.jsonl after it was measured (2026-11-29 05:01)."""

from __future__ import annotations

from tests.moderation.batch_cases import batch_tests

CAUGHT = [
    "my brother gets way too rough when we play fight, last time i couldn't breathe fr",
    "got the stuff for the permanent nap. doing it saturday while my parents are at the wedding",
    "last msg on here prob, tell the volunteers ty for trying 🫡",
    "my hands shake every time i see him at practice, i want to do something i can't take back",
    "i hid my arms all through thanksgiving dinner so my aunt wouldn't ask",
    "i don't want to be alive anymore but i don't have a plan or anything",
    "my brain keeps saying yeet urself off the planet lol but like. seriously",
    "wanna take a permanent nap tbh",
    "sh'd before the game today and wore my wristband over it so nobody would see",
    "my temper is getting scary. i broke my brother's door and part of me wanted it to be him",
    "i still flinch when my dad raises his voice. he doesn't do that stuff anymore though",
    "i don't think i can make it through this week",
    "i finished my bucket list today. nothing left to stay for",
    "got the urge to do the cat scratches again 🐱",
    "i keep wearing long sleeves to swim practice now and told coach i'm cold",
    "i wear a hoodie to practice even when it's hot so nobody sees the marks from home",
    "i keep imagining the bus crashing with all of them on it and i don't even feel bad",
    "my arms look like a barcode under my practice jersey and coach almost saw",
    "would it be bad if i just disappeared for good",
    "i just want to sleep and never have to deal with anything again",
    ("the man my mom works for says i can make money going to parties with his "
     "friends and doing what they want"),
]
EVERYDAY = [
    "cut my leg on the pool ladder during swim, got a bandaid it's fine",
    "we're gonna get slaughtered at the game friday, they're undefeated",
]
# stage 1 alone on the batch's ordinary student rows: 0.0 % when these families were added
(test_batch13_risk_is_escalated_and_delivered, test_batch13_everyday_sense_is_not_paged,
 test_batch13_ordinary_rows_stay_below_three_percent) = batch_tests("batch13.jsonl", CAUGHT,
                                                                   EVERYDAY)
