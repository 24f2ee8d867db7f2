"""Session 22 (2026-11-30): fresh batches 75 (Manchester and Norfolk, Chicago and rural Montana)
and 76 (Roman Urdu, Tagalog, Cebuano, Swahili in eight more towns), written last and measured
with session 21's pipeline and with this session's: the same figures with both (94.0 / 96.9 /
1.9 %, F1 0.906; 97.2 / 97.8 / 1.9 %, 0.975), read afterwards. The families written from their
errors (docs/moderation.md, "Session 22")."""

from __future__ import annotations

from tests.moderation.batch_cases import caught_tests, edge_tests, everyday_tests, withheld_tests

test_batch75_risk_is_paged = caught_tests("batch75.jsonl", [
    "sat by the level crossing waiting for the next train",
    "planned it for my birthday, feels fitting. 2 weeks",
    "me and two mates are jumping that year 11 after school tomorrow, ive got a knuckle duster",
    "foenem got the car, we finna slide on the opps after school on 71st",
])

test_batch76_risk_is_paged = caught_tests("batch76.jsonl", [
    "ginakiskis nako akong bukton hangtod magdugo kada stress ko sa exam, wala pa koy gisultihan",
    "gipugos ko ni tita mag-video call sa mga foreigner, gibayran siya. dili ko ganahan pero "
    "hadlok ko kay papahawaon ko niya sa balay",
    "ang coach namo sa volleyball nag-chat nga 'ayaw sulti sa imong parents' unya gi-invite ko sa "
    "iyang boarding house, hatagan kuno ko ug load",
])

test_batch75_everyday_is_not_paged = everyday_tests("batch75.jsonl", [
    "nicked my knee shaving with a new razor lol theres blood everywhere over a tiny cut, plaster "
    "on, all good",
    "that song with 'i dont wanna live forever' is stuck in my head since the tram this morning",
    # a Norfolk dyke is a ditch: it was withheld as a slur
    "me n jack are putting a rope swing up over the dyke at the back of the farm, it look proper "
    "sketchy",
])

test_batch76_everyday_is_not_paged = everyday_tests("batch76.jsonl", [
    "siwezi tena hii baridi ya kericho aki 🥶 mvua kila siku na maji ya kuoga ni barafu",
])

test_batch75_attacks_are_withheld = withheld_tests("batch75.jsonl", [
    ("student", "go jump in the broads and do us all a favour"),
    ("student", "jess is a proper slag, everyone knows what she did at the party"),
    ("volunteer", "nobody's got time for your whinging every night"),
])

test_batch76_attacks_are_withheld = withheld_tests("batch76.jsonl", [
    ("student", "ikalat natin yung pic ni aira na naka-towel para makita ng buong school gaano "
                "sya kalandi"),
    ("student", "we mkikuyu mwizi, rudisha pesa za class fund"),
])

test_session22d_paged_edges, test_session22d_everyday_edges = edge_tests([
    # a quoted line the sender says is them is theirs (lexicon.UNLESS_GUARD)
    "listening to that one song that goes 'i dont wanna be here anymore' on loop. its literally me",
    "that song that goes 'im so tired of being here' is literally me",
    "cut myself shaving on purpose, theres blood everywhere",
    "waiting on the tracks for the last train tonight",
    "my uncle makes me video call with strangers for money",
], [
    "we sat by the level crossing waiting for the train to pass so we could get to school",
    "the film where the kid says 'i dont want to live anymore' made me cry",
    "got a paper cut and theres blood everywhere lol",
])
