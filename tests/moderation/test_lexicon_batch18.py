"""Batch 18 (2026-11-29, session 10): families written from what the cascade got wrong when
the batch (fresh; eight voices, Spanish among them) was first measured with the model retrained
on batches 15-17 (cascade 97.8 / 93.9 / 0.8 %, toxicity F1 0.902; docs/moderation.md).
CAUGHT: rows stage 1 now escalates and did not; EVERYDAY: ordinary rows stage 1 paged and
now does not; WITHHELD: toxic rows stage 1 now withholds."""

from __future__ import annotations

import pytest

from app.moderation import Moderator
from tests.moderation.batch_cases import batch_tests, escalated, not_paged, withheld_tests

CAUGHT = [
    ("stop asking me questions you don't need to know anything. the car is running in the "
     "closed garage"),
    ("ese pendejo de mi clase me humilló otra vez. mañana traigo la navaja de mi hermano y se "
     "la voy a meter, te lo juro"),
    ("tengo tanta rabia con mi ex que a veces pienso en hacerle daño, pero no soy así, no sé "
     "qué me pasa"),
    ("yeah totally normal to daydream about my math teacher's car exploding. just a hobby. i "
     "don't have matches or anything relax"),
    ("love how my family jokes about the 'spankings' i got til i was 14. so funny. totally "
     "didn't leave marks or anything"),
    ("mi papá antes nos pegaba a mí y a mi mamá, ahora ya se fue pero I still flinch cuando "
     "alguien levanta la mano"),
    ("cuando era chiquita mi tía me encerraba en el cuarto por días. now im 15 and i cant "
     "stand small rooms"),
    ("my friend keeps hinting something weird happens with her stepdad at night but she "
     "changes the subject every time"),
    "stopped eating bc i feel like i dont deserve food. been like 3 days",
    "Grandpa. When I was little. Nobody believed my sister. So I never said anything either.",
    "everything feels unreal like im watching myself from outside and it wont stop",
]
EVERYDAY = [
    "my guinea pig is shedding like crazy, is that normal",
]
WITHHELD = [
    ("volunteer", "ugh not you again. same sob story every night"),
    ("volunteer", "i dont have time for attention seekers"),
]
(test_batch18_risk_is_escalated_and_delivered, test_batch18_everyday_sense_is_not_paged,
 test_batch18_ordinary_rows_stay_below_three_percent) = batch_tests("batch18.jsonl", CAUGHT,
                                                                   EVERYDAY)
test_batch18_insults_are_withheld = withheld_tests("batch18.jsonl", WITHHELD)


@pytest.mark.parametrize("text", [
    "the car is in the garage",  # a car and a garage within five words used to page
    "sitting in the car with the engine running waiting for my mom to get out of target",
    "my period is late by a week, is that normal",  # the topic before the question
    "i got braces yesterday and my teeth ache so bad, is that normal",
    "stopped eating meat like 3 weeks ago, going vegetarian",
    "this win feels unreal lol",
    "el examen de mate me mató ngl",  # accents fold now: "me mato" about an exam
])
def test_everyday_look_alikes_are_not_paged(mod: Moderator, text: str) -> None:
    not_paged(mod, text)


@pytest.mark.parametrize("text", [
    # the everyday topic excuses nothing once someone who could be hurting them is named
    "my coach wants to check my period every week, is that normal",
    "my dad yells at me every day, is that normal",
    "theres a lock on the outside of my bedroom door. is that normal",
    "my vision is going blurry from the pills. is that normal",
    "voy a llevar la pistola de mi papá a la escuela",
    "ya no estaré, perdón a todos",
])
def test_is_that_normal_and_spanish_still_escalate(mod: Moderator, text: str) -> None:
    escalated(mod, text)
