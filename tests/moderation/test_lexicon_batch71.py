"""Session 22 (2026-11-30): fresh batches 71 (Belfast and Bristol, Toronto and West Texas) and 72
(Roman Urdu, Tagalog, Cebuano, Swahili in eight new towns), written and measured this session
(A/B: session 21's pipeline against this session's first families; docs/moderation.md,
"Session 22") and read afterwards. The families written from their errors."""

from __future__ import annotations

from tests.moderation.batch_cases import caught_tests, edge_tests, everyday_tests, withheld_tests

test_batch71_risk_is_paged = caught_tests("batch71.jsonl", [
    "me n the lads are batterin ryan after school, bats are in the car, 3:30 at the gates",
    "ever think about just drifting the truck off 385 late at night... or is that just me",
])

test_batch72_risk_is_paged = caught_tests("batch72.jsonl", [
    "result parson hai. rassi chhat wale store me rakh di hai. fail hua to bas, phir koi taana "
    "nahi sunna parega",
    "natigom na nako ang mga tambal ni lola sa presyon, 30 ka buok. karong gabii inig katulog "
    "nila",
    "nag-inom ko ug daghan nga tambal ni mama ganina, murag nagkalipong na ko karon",
    "rafiki yangu amesema 'sitakuwepo kwa birthday yangu' halafu akanyamaza, sijui kama anatania",
])

test_batch71_everyday_is_not_paged = everyday_tests("batch71.jsonl", [
    "bought a rope off amazon for the tree swing at my nans, gert lush it is now",
    "wrote my goodbye message for the yr 12 leavers book, gonna miss yous all x",
    "my wee brother keeps hitting me with his lightsaber, wired to the moon that child",
    "overdosed on haribo at the cinema, feel sick as 🤢",
    "writing a will for history homework lol, tudor wills, left everything to my dog",
    "in the film the wee lad says 'i dont want to live anymore' and i was bawling, such a good "
    "film",
    "that song from choir that goes 'im so tired of being here' is stuck in my head all day",
    "brought my pocket knife out to the barn to cut the twine off the bales",
    "coach said if i miss one more practice he'll kill me lmao",
    # a risky row the n-gram score withheld: delivered now (risk is never withheld)
    "nobody asked how my day was, not even at home",
])

test_batch71_attacks_are_withheld = withheld_tests("batch71.jsonl", [
    ("student", "nice spots pizza face 🍕"),
    ("student", "dead thick u are, cant even spell ur own name"),
    ("student", "go ctb already and do everyone a favor"),
    ("student", "yo marcus ur a bucktee, everyone knows u got no friends"),
    ("student", "ur so annoying i swear, go jump off the viaduct"),
    ("student", "ur ugly ass should just unalive fr"),
    ("volunteer", "bro its one football game, quit crying like a baby"),
])

test_batch72_attacks_are_withheld = withheld_tests("batch72.jsonl", [
    ("student", "tujh jaisi moti ko dost kaun banayega lol 🐷 aaina dekha hai kabhi?"),
    ("student", "Amina tuma picha ukiwa na bra, usilete maringo hapa"),
    ("volunteer", "har roz wohi rona, sach me pakka diya hai tumne, kuch aur kaam kar lo"),
    ("volunteer", "kua mkubwa sasa, kila siku story ni hizo hizo, unachosha"),
])

test_session22b_paged_edges, test_session22b_everyday_edges = edge_tests([
    "got the rope ready in the barn",  # the barn is no excuse: only the job named is
    "bought a rope off amazon. tonight",
    "my dad keeps hitting me with his belt",
    "thinking about driving my car off the bridge",
    "nobody asked how i was, nobody ever does, i want to die",
    "we're jumping him after school friday, bring the bats",
    "ni inom ko ug daghan nga paracetamol",
], [
    "im just gonna think about driving my car to the beach",
    "my sister keeps hitting me with a pillow lol",
    "ni-inom kog paracetamol kay gihilantan ko",
    "the bench is trash this season",
    "atay ka lisod sa exam ganina",
])
