"""Batch 11 (2026-11-29): families written from the risky rows both stages missed when the
batch was first measured, after training (docs/moderation.md). Each sentence below is a batch-11
row that stage 1 now escalates and did not before; the ordinary rows of batch 11 and of the review
set (tests/moderation/test_lexicon_review.py) guard the other side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.moderation import Moderator
from tests.moderation.batch_cases import escalated

CAUGHT = [
    "tonight im driving my moms car into the lake",
    "🔪 + me tonight. been a long time coming",
    "im catching the bus tonight. the one u dont come back from",
    "💊💊💊💊 all of em. bye",
    "ngl i just od'd. like an hour ago. feel weird",
    "gonna sh til i pass out tonight fr",
    "gave my brother my ps5 and all my games today. he might as well have them now",
    "finished my last drawing and left it on my mom's bed. it's my goodbye present",
    "can you tell the volunteers thank you from me. this is the last time ill log on",
    ("whole family's going to the cabin this weekend and i said i'd stay home. "
     "perfect timing for what i need to do"),
    ("at least after this weekend my parents won't have to pay for my braces or "
     "anything of mine ever again"),
    "last sunset. wanted someone to know it was really pretty",
    "ok so the ending is friday. i already know how. i feel weirdly calm about it",
    "guess mom won't need to nag me about college apps since i'll be gone after thanksgiving",
    "threw up after dinner again. thats the 4th time this week",
    "been skipping lunch every day and hiding it from my mom",
    "need to sh so bad. someone distract me pls",
    "i don't eat until dinner so i can stay under 500 cal",
    "wish i never woke up this morning",
    "lost 15 pounds in a month and i still think im huge. i keep skipping meals",
    "did eraser burns on my hand in class today until it went raw",
    "2 hours of cardio a day and 600 cals and i still feel fat",
    "my plan for thanksgiving is to eat as little as possible without anyone noticing",
    "feel like the world doesnt need me in it",
    "threw up my dinner in the shower so no one would hear",
    "only water and black coffee on school days now. my mom hasnt noticed",
    ("my teacher keeps messaging me on snap saying im mature for my age. he wants to "
     "meet this weekend"),
    "my boss at the car wash doesn't pay me and took my id, says i owe him",
    "my mom makes me take 'special photos' for her boyfriend's online friends",
    "my stepdad looks at me weird and says stuff that makes me uncomfortable",
    "my music teacher dm'd me on insta saying i look 'grown up' in my pfp. is that weird",
    "setting the school on fire during 5th period, lighter fluid's in my bag",
    "ima pull up on dante tmrw with the strap fr",
    "gonna drop a brick off the overpass onto ethan's bus tmrw",
    "lowkey wanna beat the shit out of everyone in my class",
    "sometimes at the station i want to push random people onto the tracks. idk why",
    "my little brother ran away, its dark out and no one can find him",
    "my friend said if you dont reply ill do it and i only saw it an hour later",
    "i dont feel safe in my own head right now",
    "my friend sent me her 'if i'm gone' playlist and now her location's turned off",
    "fuck you and fuck this school. theyre all dead on friday",
]

ROWS = [json.loads(line) for line in
        (Path(__file__).resolve().parents[2] / "data" / "moderation" / "batch11.jsonl")
        .read_text().splitlines() if line]


@pytest.mark.parametrize("text", CAUGHT)
def test_batch11_risk_is_escalated_and_delivered(mod: Moderator, text: str) -> None:
    assert text in {r["text"] for r in ROWS}
    escalated(mod, text)


def test_batch11_ordinary_rows_stay_below_three_percent(mod: Moderator) -> None:
    # stage 1 alone on batch 11's ordinary student rows: 2.3 % when these families were added
    ordinary = [r for r in ROWS
                if r["risk"] == "none" and not r["toxic"] and r["role"] == "student"]
    paged = [r["text"] for r in ordinary if mod.assess(r["text"]).escalate]
    assert len(paged) / len(ordinary) <= 0.03, paged
