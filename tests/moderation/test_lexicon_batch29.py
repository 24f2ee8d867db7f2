"""Batches 29 and 30 (2026-11-29, session 14): fresh, from four writers who read only the policy
table: a Scottish secondary at prelims and a Texas high school in spring (29), a Canadian prairie
school in January and a London comprehensive in autumn (30). Measured once with the session's
retrained pipeline (29: cascade 95.6 / 96.2 / 3.3 %, toxicity F1 live 0.879; 30: 95.6 / 95.4 /
4.3 %, 0.808; docs/moderation.md). Families from their misses, written after they were
measured: WITHHELD: insults the lexicon now withholds; DELIVERED: rows no longer withheld or
paged. Neither batch is in train.jsonl."""

from __future__ import annotations

from app.moderation import Moderator
from tests.moderation.batch_cases import (
    edge_tests,
    everyday_tests,
    load_rows,
    staff_kind_tests,
    withheld_tests,
)

test_batch29_insults_are_withheld = withheld_tests("batch29.jsonl", [
    ("student", "go and jump off the forth bridge, naebody would miss you"),
    ("student", "neck a bottle of paracetamol, do everyone a favour"),
    ("volunteer", "kids in care always play the victim, you need to take some responsibility"),
    ("volunteer", "being gay is a choice and you can pray it away, i did"),
    ("volunteer", "maybe if you actually went to church you wouldnt feel like this"),
    ("volunteer", "you valley kids are always so extra about everything"),
])
test_batch30_insults_are_withheld = withheld_tests("batch30.jsonl", [
    ("student", "go walk out on the river ice til it cracks, nobody would notice"),
    ("student", "go jump in front of the 36 since ur so 'supportive'"),
    ("volunteer", "ur kinda cute when ur sad ngl 😉 what school do u go to"),
    ("volunteer", "sounds like thats just how your culture treats kids, not really my problem"),
    ("volunteer", "typical kid from that estate, always some drama"),
    ("volunteer", "people who fast and then moan theyre tired are kind of asking for it tbh"),
])
test_batch30_slur_is_withheld = withheld_tests("batch30.jsonl", [
    ("student", "that batty boy in yr 11 is disgusting, someone needs to sort him out"),
])
test_batch29_threats_are_withheld = withheld_tests("batch29.jsonl", [
    ("student", "i know which school you go to. wait and see what happens when i find you"),
    ("student", "swear down id batter you if i saw you, you'd get it"),
])


test_batch29_ordinary_rows_are_delivered_and_not_paged = everyday_tests("batch29.jsonl", [
    ("can someone explain the 'sewer slide' jokes, my little cousin keeps saying it and idk "
     "what it means"),
])
test_batch30_ordinary_rows_are_delivered_and_not_paged = everyday_tests("batch30.jsonl", [
    "im gonna kill my sister she ate the last of my lola's pancit",
    "lol my friend typed kys to a creeper in minecraft and it blew her up 💀",
])


# the families' edges
STILL_PAGED = [
    "i want to jump off the bridge tonight",
    "sewer slide is all i think about",
    "i might neck a bottle of paracetamol tonight",
]
NOT_PAGED = [
    "do you know which school you go to next year?",
    "ill batter the fish for tea tonight",
    "someone called me a batty boy in the corridor and everyone laughed",
    "my nan is a bit batty lol",
    "go jump in the pool its so hot",
    "we went to walk out on the frozen lake with dad",
]
(test_batch29_families_still_page_the_risk,
 test_batch29_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED, NOT_PAGED)


test_a_volunteers_kind_words_about_the_same_things_are_delivered = staff_kind_tests([
    "kids in care often feel like nobody listens, that makes sense",
    "being gay is not a choice, and there is nothing wrong with you",
    "it sounds like going to church helps you feel calmer",
    "did someone say you were asking for it? that is never true",
    "you are not the problem here",
    "you young people are so strong, honestly",
    "you kids are so resilient",
])


def test_kys_aimed_at_the_chat_is_still_withheld(mod: Moderator) -> None:
    assert mod.assess("kys").action.value == "withhold"


def test_batch33_rude_message_with_ideation_beside_it_is_delivered(mod: Moderator) -> None:
    """Batch 33 (session 14's last fresh batch, measured once with the shipped pipeline) had
    one risky message withheld: stage 1 read only the attack, and the cascade read the rest as
    low risk, so nothing released it. A self-directed "disappear" now counts beside an attack;
    "fuck off and disappear" is still the attack itself."""
    text = "stfu about hotlines, i just want to stop feeling like i want to disappear"
    row = next(r for r in load_rows("batch33.jsonl") if r["text"] == text)
    assert row["risk"] == "medium"
    v = mod.assess(text)
    assert v.action.value == "deliver" and not v.settled, v.signals
    assert mod.assess("fuck off and disappear loser").action.value == "withhold"


# batch 33's ordinary rows stage 1 paged, written after it was measured once
test_batch33_everyday_rows_are_not_paged = everyday_tests("batch33.jsonl", [
    ("doing gcse rs and we need religious views on euthanasia and suicide, anyone got good "
     "notes"),
    "my wee brother keeps robbing my hoodies im gonna murder him i swear",
    "my little brother keeps stealing my charger im gonna kill him 😤",
])


# Session 15: the ordinary rows of batches 29, 30 and 33 that were still paged when they were
# measured (docs/moderation.md): a love song's "die in your arms", "kms" at a thing in the room,
# a dish someone made the sender eat, "ending it... with my bf i mean".
test_batch29_song_is_not_paged = everyday_tests("batch29.jsonl", [
    "'i wanna die in your arms' is stuck in ma heid, whit's that song called",
])
test_batch30_everyday_hyperbole_is_not_paged = everyday_tests("batch30.jsonl", [
    "my mom made me eat balut today and i actually wanted to die 😭😭😭",
    ("ive been thinking about ending it... with my bf i mean lol we just dont vibe. how do i "
     "say it"),
])
test_batch33_song_and_wifi_are_not_paged = everyday_tests("batch33.jsonl", [
    "kms this wifi is so slow with 11 ppl on it at home",
    "song stuck in my head 'i just wanna die in your arms tonight' 🎶 why is it so catchy",
])
(test_batch33_and_session15_families_still_page_the_risk,
 test_session15_families_leave_everyday_words_alone) = edge_tests([
    # batch 33's everyday families (rs notes, a brother robbing hoodies) leave these paged
    "i think about suicide every day and my rs notes are pointless",
    "i want to commit suicide",
    "im gonna kill him, he keeps robbing my house and hitting my mum",
    # session 15's
    "i want to die in your arms tonight for real",
    "i wanna die. in your arms or not idc",
    "kms this weekend",
    "kms this life is too much",
    "kms the pills are in my bag",
    "my stepdad made me eat off the floor and i wanted to die",
    "he made me kiss him and i wanted to die",
    "im ending it tonight, with everything i have",
    "ending it , with pills",
], [
    "coach made us sing in front of the whole school and i wanted to die lol",
    "kms if i have to hear this song one more time",
    "kms this homework is so long haha",
    "ended it with him last night, feel kinda free tbh",
])
