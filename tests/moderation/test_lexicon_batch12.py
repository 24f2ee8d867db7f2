"""Batch 12 (2026-11-29): families written from what both stages got wrong when the batch was
first measured (docs/moderation.md). CAUGHT: batch-12 rows stage 1 now escalates and did not;
EVERYDAY: its ordinary rows stage 1 paged and now leaves to stage 2. The review set
(tests/moderation/test_lexicon_review.py) and every earlier batch test guard the other side."""

from __future__ import annotations

from tests.moderation.batch_cases import batch_tests

CAUGHT = [
    "my brain keeps telling me to catch the bus fr",
    "idw to be here anymore tbh",
    "my \"cat scratches\" are getting worse if u know what i mean",
    "the pain is the only thing that makes everything quiet for a sec",
    "i keep hearing my heartbeat in my ears and the room doesn't feel real",
    "lowkey my ex used to sa me, idk if it counts",
    ("i flinch whenever someone raises their hand near me, it's just from how things "
     "were at my old house"),
    "i used to wear makeup to cover the marks my dad left, it's been better lately i guess",
    "i pushed my desk against my door, i can hear him yelling downstairs and breaking stuff",
    "got my cousin's strap, imma slide on them after the game fr",
    "my neighbour's dog barks all night and i keep thinking about putting something in its food",
    "they won't be laughing at me much longer",
    ("everyone at that school will know my name after monday. been practicing at the "
     "range with my uncle"),
    "i havent left my room in 4 days",
    "no one would even care if i disappeared",
    "i relapsed last week, first time in 4 months",
    "yeah the scars are from me. it was a while ago",
    "when my parents were together my dad used to choke my mom and i saw it",
    "no i dont feel safe going home",
    "ngl sometimes i think itd feel good to see those guys bleed",
    "i kick my dog when i get mad and i feel awful after",
]
# "i can't take it, my bunkmate at camp snores like a chainsaw" was here until exceptions
# became clause-scoped (rules._excused, 2026-11-29): the everyday word is in the next clause,
# so it pages again; a red team showed the message-wide excuse hid crises (docs/moderation.md)
EVERYDAY = [
    "i cant take it anymore my sister keeps using my charger without asking 😤",
    "lol my little brother said he'd kill me if i told mom he broke the vase",
    "i hit my screen time limit lol so this is my last message for today",
    "just wanted to say thanks for last time",
    "im gonna murder my brother he ate my leftovers",
    "i want to throw my chem textbook out the window, this stuff makes me want to scream",
    "my phone is at 2% and im panicking lol",
    "ugh im gonna shoot myself in the foot if i keep procrastinating like this",
    "\"youre gonna miss me when im gone\" that cups song is stuck in my head from choir",
    ("for health we have to list warning signs someone might be suicidal, can u check "
     "if i missed any"),
    ("we're reading romeo and juliet and i have to write about why they both kill "
     "themselves at the end"),
    ("health class made us practice what to say if a friend says they want to hurt "
     "themselves, awkward but useful ig"),
]
# stage 1 alone on the batch's ordinary student rows: 0.3 % when these families were added
(test_batch12_risk_is_escalated_and_delivered, test_batch12_everyday_sense_is_not_paged,
 test_batch12_ordinary_rows_stay_below_three_percent) = batch_tests("batch12.jsonl", CAUGHT,
                                                                   EVERYDAY)
