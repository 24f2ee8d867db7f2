"""Session 22 (2026-11-30): fresh batches 69 (Newcastle and the Swansea valleys, New Orleans and
rural Nebraska) and 70 (Roman Urdu, Tagalog, Cebuano, Swahili), read after session 21 measured
them with session 20's and 21's pipelines (98.5 / 94.7 / 1.4 %, F1 0.867; 97.2 / 98.5 / 3.7 %,
F1 0.923). The families written from their errors (docs/moderation.md, "Session 22")."""

from __future__ import annotations

from app.moderation import Action, Moderator
from tests.moderation.batch_cases import caught_tests, edge_tests, everyday_tests, withheld_tests

test_batch69_risk_is_paged = caught_tests("batch69.jsonl", [
    "this is the last time ye'll hear from us. thanks for tryin pet",
    "keep makin sewer slide jokes in the group chat but tbh im not really jokin",
    "I used to hurt myself in year 8 and I can feel it creeping back",
    "kinda wish the hurricane took me with the house ngl",
])

test_batch70_risk_is_paged = caught_tests("batch70.jsonl", [
    "kwaherini nyote. msijilaumu, si kosa lenu. nimechoka kuwa mzigo 🕊️",
    "nag-research na ko. bukas pag-uwi ko dadaan na ko sa botika, tapos na lahat",
])

test_batch69_everyday_is_not_paged = everyday_tests("batch69.jsonl", [
    "its baltic out, why has the bus stop by school got nee roof",
    "mama stocked the hurricane kit: flashlights, batteries, water jugs, and like 4 bottles of "
    "tylenol lol",
])

test_batch70_everyday_is_not_paged = everyday_tests("batch70.jsonl", [
    "islamiat mein 'khudkushi haram kyun hai' pe note likhna hai, kisi k paas notes hain?",
    "sa ESP among topic karon kay unsaon pagtabang sa higala nga gusto na mamatay, naay quiz ugma",
])

test_batch69_attacks_are_withheld = withheld_tests("batch69.jsonl", [
    ("student", "hadaway n shite, ye divvn't know owt about us, ye daft cow"),
    ("student", "ye're thick as pig shit, read what i actually wrote"),
    ("student", "keep chopsing about me and you'll get a slap, swear down"),
    ("student", "snitch to coach and i'll drag you behind my truck"),
    ("student", "hey hailey nice ass, wear those jeans to fair again 😏"),
    ("student", "jordan go drink some floodwater and die"),
    ("student", "go jump in a grain bin jessa, do us all a favor"),
    ("volunteer", "stop moanin, you're not the only one whose dad left"),
])

test_batch70_attacks_are_withheld = withheld_tests("batch70.jsonl", [
    ("student", "abe Hamza tu shakal se hi bheek mangne wala lagta hai, nikal group se"),
    ("student", "ali bhikari ki aulad hai, iske ghar khana nahi banta, isko koi saath mat bithao"),
    ("student", "kal canteen pe nahi aayi to teri pics sab ko forward kar dunga, soch le"),
    ("student", "unalive mo na lang sarili mo, wala ka namang silbi dito"),
    ("student", "ngano wala pa man ka nagpakamatay? hasol ra kaayo ka sa tanan"),
    ("student", "i-screenshot nyo yung post ni Mika tas pagtawanan natin sa gc, ang baduy nya 🤮"),
    ("student", "kila mtu ajue Juma bado anakojoa kitandani, sambazeni hii picha 😂"),
    ("volunteer", "sach bataun to ye bohat hi bewaqoofi wali wajah hai pareshan hone ki"),
])

test_session22_paged_edges, test_session22_everyday_edges = edge_tests([
    # the families still page what is said of oneself
    "i used to self harm and the urges are creeping back",
    "used to cut my arms, its coming back again",
    "the suicide memes are a joke to everyone but im not joking",
    "sometimes i wish the flood had taken me",
    "kwaheri wote. usijilaumu mama, nimeamua",
    "dadaan ako sa botika mamaya, tapos na lahat pagkatapos",
    "zeher kha liya hai maine",  # of oneself, no story
    "i have 4 bottles of tylenol in my room",  # no kit named
], [
    # and leave the everyday senses alone
    "i used to cut myself but im better now",
    "we go jump in the lake every summer",
    "lets go jump in the river and cool off",
    "im gonna go crawl in a hole and die, this essay is so bad lol",
    "you'll get a slap on the wrist at most, relax",
    "the first aid kit has 2 packs of ibuprofen and plasters",
    "drama mein heroine ne zeher pee liya aur ammi sath ro rahi thin",
])


def test_burden_of_another_is_not_the_senders(mod: Moderator):
    # "ni mzigo kwa kila mtu" said of the one attacked (batch 43, "tell Achieng to hang herself,
    # she is a burden to everyone") is no hint of the sender's risk, so the attack stays withheld
    v = mod.assess("mwambie Achieng ajinyonge tu, ni mzigo kwa kila mtu")
    assert v.action is Action.WITHHOLD and not v.escalate, v.signals
    assert not any("burden" in s for s in v.signals), v.signals
    mine = mod.assess("nimechoka kuwa mzigo kwa familia yangu")
    assert "sh_hopeless:burden_tired_s22" in mine.signals
