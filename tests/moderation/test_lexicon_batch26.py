"""Batch 26 (2026-11-29, session 13): fresh, from two writers who read only the policy table: a
boarding school and a coastal fishing town over Christmas and the new year (students left at
school over the break, family tension at home, café and shop jobs, January mocks, Polish and
Portuguese words mixed in), and a suburban high school around prom and finals (breakups,
screenshots in group chats, foster care, night jobs, a student new to the country, Spanish and
Tagalog words). Measured once with everything shipped up to then (the n-gram score fitted
without it): cascade 98.6 / 95.4 / 3.5 %, toxicity F1 0.824 live, no risky message withheld;
docs/moderation.md. Families from its misses and from stage 1's own (stage 1 alone had
escalated 80.0 % of its high rows). CAUGHT: risky rows stage 1 missed and now escalates;
EVERYDAY: rows stage 1 paged and now does not; WITHHELD: toxic rows the lexicon now withholds
by itself (batch 26 is in train.jsonl, so the learned score proves nothing on it)."""

from __future__ import annotations

import pytest

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import (
    FlagsEverything,
    batch_tests,
    edge_tests,
    load_rows,
    withheld_tests,
)

CAUGHT = [
    "i keep thinking about not waking up",
    "sometimes i think everyone would have a nicer christmas if i wasnt around",
    "sometimes i wish the car would skid on the ice with me in it",
    "lol the belt holds my weight. i checked",
    "scheduled a post on my insta for 3am. it explains everything. by then it wont matter",
    "scheduled a post for my followers at midnight. its a goodbye. they'll get it",
    "mama mnie bije pasem. every time she drinks. shes drinking now",
    ("a tia batia-me quando eu era pequena... shes here for natal now and everyone acts like its "
     "normal"),
    ("my old coach used to message me weird stuff when i was 12. i moved clubs but i still think "
     "about it"),
    ("when i was little my grandad used to do things i didnt like and hes coming for christmas "
     "dinner. hes old now and idk if it even counts"),
    ("my youth pastor texts me late at night and says what we have is special and god wants it "
     "kept secret. he bought me a prom dress"),
    ("swear down im waiting for him after training on the 3rd with a bat. hes not walking away "
     "this time"),
    ("me and my cousins are jumping tyler after the game saturday, already planned it, hes not "
     "walking away"),
    "i hate him so much i fantasise about smashing his face in. i wont but its all i think about",
    "lately i really want to hurt the cat when im angry and i know thats not ok",
    ("my teammate has been cutting, i saw her arms in the locker room and she begged me not to "
     "tell"),
    "eu não aguento mais. tonight im taking everything in the medicine cabinet",
]
EVERYDAY = [
    ("dad cut his hand on a hook and there was blood everywhere but hes fine, he just swore a lot "
     "and my nan told him off"),
    "why does tiktok say sewer slide instead of the actual word, its so weird",
    "my sister stole my eyeliner AGAIN im gonna murder her 😤",
    "someone posted my shoes in the gc and everyone was hyping them up lol",
]
WITHHELD = [
    ("student", "spierdalaj ty kurwo, nikt cię nie pytał"),
    ("student", "és mesmo burro, sabias? like genuinely thick"),
    ("student", "go jump off the pier, do us all a favour"),
    ("student", "lmao ok grandpa, log off and take your meds"),
    ("student", "tell me where u live so i can come sort u out"),
    ("student", "bro ur a bot with worse grammar than my little brother"),
    ("student", "pendejo, you didnt even read what i wrote"),
    ("student", "tanga ka ba? i literally just explained it"),
    ("student", "ur mom must be so disappointed in how u turned out"),
    ("volunteer", "lol you're 16, you don't know what real problems are"),
    ("volunteer", "If you were my kid I'd be embarrassed too tbh"),
]
(test_batch26_risk_is_escalated_and_delivered, test_batch26_everyday_sense_is_not_paged,
 test_batch26_ordinary_rows_below_three_percent) = batch_tests("batch26.jsonl", CAUGHT, EVERYDAY)
test_batch26_insults_are_withheld = withheld_tests("batch26.jsonl", WITHHELD)

# The new families' edges, written with them
STILL_PAGED = [
    "i think about not waking up a lot",
    "i fantasise about hurting him",
    "the belt held my weight when i tried it",
    "i cut my arm and theres blood everywhere",
    "why do i keep thinking about sewer slide",
    "im gonna murder my stepdad tonight",
    "they made a group chat just to make fun of me",
]
NOT_PAGED = [
    "my brother cut his finger on the tin lid and there was so much blood lol",
    "why does everyone on tiktok say sewer slide lol",
    "my brother drank my last monster im gonna murder him",
    "i posted my art in the gc and everyone was hyping it up",
    "were gonna go jump off the pier into the sea, its tradition on boxing day",
    "the climbing rope holds my weight fine",
    "i fantasise about killing zombies in the new game",
    "we are jumping hurdles after school",
    "were jumping on the trampoline after school",
    "im waiting for my mum after practice with a bat bag",
    "we would have a nicer holiday if i wasnt sick",
    "scheduled a post for my bakery page, its a goodbye sale lol",
    "my sister wants the surprise party kept secret",
    "my boyfriend says what we have is special",
    "my mom wants it kept secret that we're moving",
    "my friend has been cutting her hair super short lately",
]
(test_batch26_families_still_page_the_risk,
 test_batch26_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED, NOT_PAGED)


@pytest.mark.parametrize(("role", "text"), [
    ("volunteer", "Did you take your meds today?"),
    ("student", "my mum told me to go take my meds"),
    ("student", "ur not worse than anyone else at this"),
    ("student", "my little brother is worse than me at maths lol"),
    ("student", "kurwa, i failed my driving test again"),
    ("student", "mi hermano es un idiota jaja"),
    ("volunteer", "Your parents would be so proud of how you handled that."),
    ("volunteer", "You don't have to know what the real problem is yet, that's okay."),
    ("student", "my mum must be so disappointed in me"),
    ("student", "my friend goes ur so ugly lol when i send selfies but shes joking"),
    ("student", "see u tomorrow losers 💕"),
])
def test_batch26_insult_families_deliver_their_look_alikes(
        mod: Moderator, role: str, text: str) -> None:
    assert mod.assess(text, role).action is Action.DELIVER, text


def test_batch26_reported_and_farewell_insults_are_delivered(mod: Moderator) -> None:
    """Batch 26 withheld two ordinary messages: an insult a friend said as a joke, reported
    without quote marks, and friends signed off as "losers". Aimed at the reader, each still
    is withheld."""
    rows = {r["text"] for r in load_rows("batch26.jsonl")}
    for text in ("my bestie said 'ur so ugly i hate u' when i sent her my prom pic but she says "
                 "that to everyone as a joke, she helped me pick the dress lol",
                 "said bye to everyone before they went home for the holidays, see u in jan "
                 "losers 💕"):
        assert text in rows and mod.assess(text).action is Action.DELIVER, text
    for text in ("ur so ugly i hate u", "ur such losers"):
        assert mod.assess(text).action is Action.WITHHOLD, text


def test_batch26_whatever_you_say_is_not_a_quote(mod: Moderator, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """"whatever you say" no longer reads as quoting the student (the exemption that keeps
    quoted speech from being withheld), which kept the learned score off a volunteer's "lol ok
    whatever you say, attention seeker"."""
    import app.moderation.rules as rules

    text = "lol ok whatever you say, attention seeker"
    assert ("volunteer", text) in {(r["role"], r["text"]) for r in load_rows("batch26.jsonl")}
    monkeypatch.setattr(rules, "_NGRAMS", FlagsEverything())
    assert mod.assess(text, "volunteer").action is Action.WITHHOLD
    # a real quote still keeps the score off
    assert mod.assess("you said your mum calls you a bitch, what happened after?",
                      "volunteer").action is Action.DELIVER
