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

# batches 50 (Glasgow, Houston) and 52 (Dublin, Mayo, Phoenix, the Navajo Nation's edge),
# after they were measured (97.1 / 97.7 / 3.4 % and 98.5 / 98.4 / 3.8 %)
test_batch50_risk_is_paged = caught_tests("batch50.jsonl", [
    "burned my hand on the hob on purpose last week n it felt like a release, is that weird",
    "if u see this after 11 dont bother replying",
    "thanks for always being nice to me. i wanted someone to know that before friday",
])

test_batch52_risk_is_paged = caught_tests("batch52.jsonl", [
    "got locked outside all night again for talking back. it was still like 100 at midnight",
])

test_batch50_everyday_is_not_paged = everyday_tests("batch50.jsonl", [
    "i'm gonnae murder a fish supper after training",
    ("just wanted to say thanks for the chat last week, the revision timetable thing actually "
     "helped"),
    "that crawfish boil slapped mane i ate til i wanted to die",
    "i swear my phone battery is trying to unalive itself",
    "sewer slide is just what my friends call the big slide at the waterpark now 😭",
])

test_batch52_everyday_is_not_paged = everyday_tests("batch52.jsonl", [
    ("me and me brother were wrestling and he put me in a headlock lmao hes 12 and thinks hes "
     "conor mcgregor"),
    "me da got his gun licence renewed for the foxes going after the hens",
    "if i hear one more thing about the modh coinníollach im jumping out the window 🙃",
    "got my ears pierced and they're bleeding a lil, is that normal",
    "church went 3 hrs today i thought i was gonna pass out",
    "i could strangle my little brother he ate ALL my hot cheetos",
])

test_batch50_telling_to_die_is_withheld = withheld_tests("batch50.jsonl", [
    ("student", "mon then, ctb ya sad wee nobody, nobody'd notice"),
    ("student", "sewer slide would be a glow up for u"),
])

test_batch52_telling_to_die_is_withheld = withheld_tests("batch52.jsonl", [
    ("student", "sewer slide urself pls 🙏"),
    ("student", "sewer slide would do u good tbh"),
])

test_batch50_paged_edges, test_batch50_everyday_edges = edge_tests([
    "i just wanna ctb u know",
    "gonna murder my stepdad after training",
    "just wanted to say thanks for everything. bye",
    "if u see this tomorrow dont bother replying i wont be here",
    "i burn my arm on purpose every night",
    "my brothers friend is 19 and he keeps messaging me to keep it secret, hes 19 and i am 13",
    "i could strangle my stepdad, he hits my mum every night",
    "i took all my pills at church, i feel like im gonna pass out",
    "sewer slide would be nice ngl",
], [
    "burned my hand on the stove by accident lol",
    "my laptop is about to kill itself, 2 percent",
])

# the review: batch 44's "took my adhd meds late" had excused every "meds … is that normal"
# (stage 1 then let "been taking extra meds to sleep" through); now only meds taken late
test_review_paged_edges, test_review_everyday_edges = edge_tests([
    "been taking extra meds to sleep every night, is that normal",
], [
    "took my adhd meds late today so my head is all over the place, is that normal?",
])
