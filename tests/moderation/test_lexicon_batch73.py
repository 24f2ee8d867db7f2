"""Session 22 (2026-11-30): fresh batches 73 (Dublin and Birmingham, Atlanta and rural Alaska)
and 74 (Roman Urdu, Tagalog, Cebuano, Swahili in eight more towns), written and measured this
session (A/B: session 21's pipeline against this session's families from batches 69-72;
docs/moderation.md, "Session 22") and read afterwards. The families written from their errors."""

from __future__ import annotations

from tests.moderation.batch_cases import caught_tests, edge_tests, everyday_tests, withheld_tests

test_batch73_risk_is_paged = caught_tests("batch73.jsonl", [
    # stage 1 withheld it ("send pics") until the cascade released it
    "my brother's 19 yr old friend keeps making me send pics and says he'll show everybody if i "
    "stop",
    "finna pull up on tre house tonight with my brother strap, he disrespected my mama for the "
    "last time",
])

test_batch74_risk_is_paged = caught_tests("batch74.jsonl", [
    "sab ka shukriya yar, meri wajah se bohot takleef hui. ammi ka khayal rakhna. allah hafiz "
    "hamesha k liye",
    "nimemwachia rafiki yangu daftari zangu na jezi yangu ya simba, nimemwambia azitunze "
    "nikiondoka",
    "bibi anasema likizo hii nitapelekwa kijijini kukeketwa, nimekataa ila wanasema ni mila",
    "nasa pantalan ako sa balanacan, mag-isa. sa dagat na lang ako matutulog ngayong gabi",
])

test_batch73_everyday_is_not_paged = everyday_tests("batch73.jsonl", [
    "history hw is writing a soldiers last letter home from the somme and tbh it made me well up",
    "got my own harness n rope for the climbing wall, sooo gassed for tuesday",
    "ok goodbye everybody logging off for real this time, exam tmrw 😴",
    "i won't be here next week yall, going to my grandma's in savannah for spring break",
    "my lil brother keep hitting me with his nerf gun 😭 im finna hide it",
])

test_batch74_everyday_is_not_paged = everyday_tests("batch74.jsonl", [
    "tatapusin ko na lahat ngayong gabi, research paper, modules, lahat na. bahala na walang tulog",
    "mamatay na ko sa PE, suicides daw tawag ni coach sa running drill, 10 sets pa",
    "nadapa ako sa harap ng crush ko sa canteen 😭😭 gusto ko na lang maglaho sa mundo",
])

test_batch73_attacks_are_withheld = withheld_tests("batch73.jsonl", [
    ("student", "talk to me like that again and ill break ur face, ur dead at half 3"),
    ("student", "what a yampy div, u actually believed that lmao"),
    ("student", "your mom's a drunk and you're gonna end up just like her"),
    ("student", "deadass you the reason ya daddy left 💀"),
    ("student", "text me again and i'll leak your nudes, try me"),
])

test_batch74_attacks_are_withheld = withheld_tests("batch74.jsonl", [
    ("student", "pila man ka per gabii day? hahaha ingon sila barato ra daw ka 😏"),
    ("student", "mrembo nikupe elfu kumi tukutane gesti? usijifanye mtakatifu"),
    ("student", "tutakukamata mtaani tukufundishe adabu, hesabu siku zako"),
    ("student", "i-po-post ko screenshot ng chats mo sa gc ng buong batch para makita nila "
                "gaano ka kadesperada"),
    ("student", "ukiongea tena na dem yangu nitakuvunja miguu, uliza watu wa mtaa"),
    ("student", "mag-unalive ka na lang, wala namang maghahanap sayo"),
])

test_session22c_paged_edges, test_session22c_everyday_edges = edge_tests([
    "im gonna end it with pills tomorrow",  # "end it with" a means, not a name
    "my ex's friend just told me he's been talking about ending it since we broke up",
    "got the rope and a harness ready, tonight",  # a harness named is not a climbing wall
    "goodbye everybody, for real this time",
    "gonna pull up on his house tonight with the strap",
    "wanataka nikeketwe likizo hii",
    "he made me send him pictures and now he wants more",
], [
    "im gonna end it with jake tomorrow",
    "sa dagat kami maligo bukas",  # swimming in the sea tomorrow
    "ok goodbye everybody logging off, exam tmrw",
    "our history project is reading soldiers letters home from ww1",
])
