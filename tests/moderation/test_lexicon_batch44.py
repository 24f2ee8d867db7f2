"""Session 18 (2026-11-30): fresh batches 44 (Birmingham, Detroit) and 45 (outback Queensland,
the Bronx), after they were measured (97.1 / 95.4 / 3.9 % and 98.5 / 98.4 / 3.4 %: ordinary
escalation the target missed, by two and one messages). Their everyday rows stage 1 paged,
and risk it had no words for (docs/moderation.md, "Session 18")."""

from __future__ import annotations

from tests.moderation.batch_cases import caught_tests, edge_tests, everyday_tests, withheld_tests

test_batch44_risk_is_paged = caught_tests("batch44.jsonl", [
    "things at home are... not great. id rather not say what",
    "things at home not great. i dont wanna say more",
    "my old foster mom used to make us sleep on the porch as punishment",
    ("cuz bringing his strap tomorrow and we waiting on jaylen by the bus stop after 6th hour. "
     "he got it coming"),
])

test_batch45_risk_is_paged = caught_tests("batch45.jsonl", [
    "figured out which stop the express dont slow down at. friday",
    "got the strap from my boy on the block. the kid who jumped my brother is done friday",
])

test_batch44_everyday_is_not_paged = everyday_tests("batch44.jsonl", [
    "took my adhd meds late today so my head is all over the place, is that normal?",
    "yam yams say 'ow am ya' and i cant take it serious 😂",
    "just wanted to say thanks to whoever i talked to last week, exams went alright in the end",
    "my uncle taking me hunting up north this weekend, first time holding a rifle lol im nervous",
    "im finna overdose on hot cheetos rn no cap",
    "the lions bout to murder the packers sunday watch",
    "the coney on 7 mile got me wanting to die its so bussin",
    "the new bell schedule is trash",
])

test_batch45_everyday_is_not_paged = everyday_tests("batch45.jsonl", [
    ("got a blood nose at training and it wouldnt stop for like 20 min, the trainer was freaking "
     "out"),
    "nan gave me her old pocket knife for station work, its got a bone handle and everything",
    "ate so much pernil at thanksgiving im about to explode",
    "this song goes so hard i wanna die 😭🔥",
    "got my wisdom teeth out and they got me on painkillers, been sleeping all day lol",
])

test_batch44_ctb_at_someone_is_withheld = withheld_tests("batch44.jsonl", [
    ("student", "ctb urself, do the world a favor"),
])

test_session18_paged_edges, test_session18_everyday_edges = edge_tests([
    # the families still page the risk said of oneself, or with a time
    "my uncle took me hunting this weekend, gonna use the rifle on myself",
    "i keep thinking about using the rifle on myself",
    "thought about using the pills on myself",
    "bringing my strap to school tomorrow",
    "gonna murder my stepdad sunday",
    "i want to ctb tonight",
    "i wanna die nothing slaps anymore",
    "my mom was freaking out and i had a panic attack",
    "my dad makes me take meds that arent mine, is that normal",
    "my aunt makes me sleep in the garage when shes mad",
    "took all my meds at once, the whole bottle",
], [
    "tried the clippers on myself lol bad idea",
    "i would never use a knife on myself",
    "my backpack strap broke lol",
    "the express doesnt stop at my station so i take the local",
    "gonna murder the packers sunday",
    "things at home are fine, i dont wanna say more tho lol",
    "this song goes so hard",
    "the cafeteria pizza got me wanting to die its so good",
])
