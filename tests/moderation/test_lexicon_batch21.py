"""Batch 21 (2026-11-29, session 11): fresh, an evening of nine voices (a 13-year-old in
fragments, an ironic 17-year-old, a gamer, two students new to English, dark humour, a guarded
student, an angry swearer, one who speaks through a "friend"). Measured with the shipped model
(cascade 96.6 / 91.7 / 2.5 %, toxicity F1 0.909, one risky message withheld) and again after
the retraining with batches 19, 20 and 21t, which it is not in (96.6 / 91.0 / 2.5 %, F1 0.920);
docs/moderation.md. Families from its misses. CAUGHT: rows stage 1 now escalates and did not;
EVERYDAY: ordinary rows stage 1 paged and now does not; WITHHELD: toxic rows stage 1 now
withholds. Not in train.jsonl."""

from __future__ import annotations

from tests.moderation.batch_cases import batch_tests, edge_tests, withheld_tests

CAUGHT = [
    # was withheld as an insult: a risky message is never withheld
    "ur a dumb bitch and i think about stabbing jayden all the time",
    "asking for a friend, how do u stop wanting to cut",
    "failed the mock and i keep hitting my head with my hand bc im so stupid",
    "fun childhood memory: getting locked in the shed as punishment lol. normal stuff right",
    "something happened. at a party. dont want to say",
    "i think i got grape at a party last year but i was drunk so idk if it counts",
    ("my step-mums 'discipline' is making me kneel on rice for an hour lol. did it again tonight. "
     "character building i guess"),
    ("I've had an alarming number of fantasies this week about my stepdad simply ceasing to "
     "exist, ideally with my help."),
]
EVERYDAY = [
    "the teacher speak too fast, i understand maybe half. but my friend help me",
]
WITHHELD = [
    ("student", "you are stupid person, you not help nothing"),
    ("student",
     "ive screenshotted everything ur saying and im posting it for the whole school lol"),
    ("student", "wanna do seggs with me ellie lol"),
    ("student", "keep talking and ill find out where u live"),
    # was escalated as the sender's own high risk
    ("student", "do everyone a favour and jump off a bridge"),
    ("student", "nobody would miss u if u killed urself"),
    ("volunteer", "If you can't be bothered to type properly I can't be bothered to help."),
]
(test_batch21_risk_is_escalated_and_delivered, test_batch21_everyday_sense_is_not_paged,
 test_batch21_ordinary_rows_below_three_percent) = batch_tests("batch21.jsonl", CAUGHT, EVERYDAY)
test_batch21_insults_are_withheld = withheld_tests("batch21.jsonl", WITHHELD)

# The new families' edges, written with them: said of oneself, the "favour" is risk, and a
# bare word after "thinking about killing" is a name only when it is not an everyday object
STILL_PAGED = [
    "im gonna do everyone a favour and jump off the bridge tonight",
    "do everyone a favor and ctb myself, thats what my brain keeps saying",
    "i keep thinking about hurting myself",
    "ur an idiot and i need help",
    "fuck off, u cant help me",  # may be hopelessness: still a risk cue
    "please help me",
]
NOT_PAGED = [
    "thinking about killing time before practice",
    "i keep thinking about shooting hoops after school",
    "been thinking about killing it at the recital",
    "dreaming about beating up the final boss",
    "i got grape juice at the party",
    "i keep hitting my head on the bunk bed",
    "my friends help me with english homework",
]

(test_batch21_families_leave_the_senders_own_risk_paged,
 test_batch21_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED, NOT_PAGED)
