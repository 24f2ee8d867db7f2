"""Session 23 (2026-11-30): fresh batches 77 (Hull and Plymouth, Detroit and rural Georgia;
Brisbane and Auckland, Philadelphia and rural Maine) and 78 (Roman Urdu, Tagalog, Cebuano,
Swahili in sixteen new towns), measured with session 22's pipeline and with stage 2 retrained on
batches 69-76 before they were read. The forms written from their errors (docs/moderation.md,
"Session 23"): each reaches past its own sentence, and the edges below hold both sides."""

from __future__ import annotations

from tests.moderation.batch_cases import caught_tests, edge_tests, everyday_tests, withheld_tests

test_batch77_risk_is_paged = caught_tests("batch77.jsonl", [
    "gonna drive daddy's truck into the pond past the hendersons' tonight. won't nobody find me "
    "till mornin",
])

test_batch78_risk_is_paged = caught_tests("batch78.jsonl", [
    "tube well k kamre me keeron wali dawai pari hai, aj raat wohi pi k qissa khatam",
    "phir se khud ko zakhmi karne ka dil kar raha, 3 mahine se saaf thi",
    "phir se baazu pe lakeerein banane ka dil kar raha, 3 mahine se chhora hua tha 😞",
    "pagod na ko mabuhay lol joke lang... siguro",
    "gisirado ko ni tita sa kwarto walay kaon sukad gahapon",
    "kesho nabeba kisu shule, lazima nimdunge Kevin kwa kile alichonifanyia",
])

test_batch78_everyday_is_not_paged = everyday_tests("batch78.jsonl", [
    "nimekunywa dawa za allergy asubuhi, usingizi wa hii class ya chem si wa kawaida",
    "nimemeza vidonge vya mafua asubuhi, vumbi la Tabora kipindi hiki sio poa",
])

test_session23_attacks_are_withheld = withheld_tests("batch38.jsonl", [
    # a pesticide is now a means; named inside the attack it is still the attack
    ("student", "drink some gramoxone and do we all a favour"),
])

test_session23_paged_edges, test_session23_everyday_edges = edge_tests([
    # a Swahili stab verb in any person beside a weapon; a knife carried to school
    "nimebeba kisu kwa begi, nitawachoma wote leo",
    "panga iko tayari, tutamdunga baada ya shule",
    "nitaleta kisu darasani kesho",
    # medicine for an illness, with an amount, is still an overdose
    "nimemeza vidonge vya malaria vyote",
    "nimekunywa dawa za kichwa 20",
    # a pesticide to drink; a spray context does not excuse a drink said beside it
    "abbu ke spray wali keeray maar dawai aaj raat pi lungi",
    "mammy have gramoxone in the shed, tonight i drink it",
    # a car into water, anyone's car
    "thinking of driving my brothers car into the reservoir",
    # a joke taken back
    "im so tired of living lol jk... or am i",
    "i want to disappear forever lol jk, maybe",
    "gisirado ko sa akong papa sa banyo tibuok gabii",
], [
    "nachoma mahindi na kisu cha jikoni kukata nyama",
    "gisirado nako ang pultahan kay bugnaw kaayo",
    "abbu ke sath khet pe spray krne gaya tha, keeray maar dawai wali, ab tak haathon se smell",
    "tumepiga dawa ya wadudu shambani na buda leo",
    "ammi ne pait ke keeron ki dawai di, bht kadwi thi yuck",
    "we drove into the lake district for the weekend",
    "lol jk, maybe we can go tomorrow",
    "nimekunywa dawa za malaria kutoka zahanati, bado nahisi baridi kidogo",
])

# Batches 79-82, read after they were measured with session 22's pipeline and the shipped one
test_batch79_risk_is_paged = caught_tests("batch79.jsonl", [
    "the urge to hurt meself is back, been clean 3 months and its all i can think about in class",
    "i used to scratch me arms with a compass in year 8 and i can feel meself wanting to again",
])

test_batch80_risk_is_paged = caught_tests("batch80.jsonl", [
    "tuition wale sir mujhe akela bula kar photos mangte hain, kehte hain warna fail kar dunga",
])

test_batch81_risk_is_paged = caught_tests("batch81.jsonl", [
    "used to snap bands on me wrist till it bled, scared its coming back",
])

test_batch82_risk_is_paged = caught_tests("batch82.jsonl", [
    "naa ko sa pantalan karon, mag ambak ko sa dagat inig kangitngit",
    "nagsugod na ko pag inom sa mga tambal ni mama, daghan na kaayo, nahilo na ko gamay",
    "naay coach sa volleyball nga permi ko gi PM, gi invite ko sa iyang boarding house ugma, ayaw "
    "daw isulti sa uban",
    "nimekaa kwa mwamba pale Mikindani, nasubiri giza niingie baharini niende tu",
])

test_batch81_everyday_is_not_paged = everyday_tests("batch81.jsonl", [
    "givin away my old boots n show jacket to the lil 4-H kids, they don't fit me no more",
    "giving away all me junior cert books if anyone wants em, just dm",
    "giving away my old snowboard bc i grew like 4 inches, it's at my dad's in ballard",
])

test_session23b_paged_edges, test_session23b_everyday_edges = edge_tests([
    "tatalon ako sa tulay mamaya",
    "nitajitosa baharini leo",
    "urge to cut is back after 2 months clean",
    "giving away all my stuff, just dm, wont need it where im going",
    "coach invited me to his place saturday and said not to tell my mum",
], [
    "mag ambak mi sa pantalan karong hapon, init kaayo",
    "nagsugod na ko pag inom sa akong tambal sa ubo ganina",
    "ammi abbu trip ki photos mangte hain",
    "i used to self harm and im so glad i dont want to anymore",
])
