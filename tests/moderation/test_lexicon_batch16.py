"""Batch 16 (2026-11-29, session 9): families written from what both stages got wrong when the
batch (understated, hedged, half-joking) was first measured with the session's final model
and rules (fresh: cascade 87.1 / 80.9 / 2.9 %, toxicity F1 0.909; docs/moderation.md).
CAUGHT: rows stage 1 now escalates and did not; EVERYDAY: ordinary rows stage 1 paged and
now does not; WITHHELD: toxic rows stage 1 now withholds. Not in train.jsonl yet."""

from __future__ import annotations

from tests.moderation.batch_cases import batch_tests, withheld_tests

CAUGHT = [
    "is it bad that i kinda hope i get sick and dont recover",
    "random but do u ever just not see a point to any of it. like existing",
    "been 3 months clean from sh but today was hard",
    "my arms have 'cat scratches' again if u know what i mean",
    ("random question, what counts as 🍇 if you were drunk and didnt say no but didnt say "
     "yes either"),
    ("so my grandpa used to make me keep 'secrets' with him and i only recently "
     "realized thats weird"),
    "in foster care a few years ago there was a house that was bad. im in a good one now",
    "my dad deserves to feel what he made us feel and sometimes i think about making that happen",
    "how long does someone go to juvie for fighting. asking for reasons",
    "my house is so loud rn and im in my closet with my hands over my ears",
    "please just talk to me about anything i need to not be in my head rn",
    "my mind is racing so bad i cant even read what you wrote",
    ("ok so i gave my switch to my cousin and my hoodies to my friend. just cleaning "
     "up. thanks for being nice to me btw"),
    "if i dont reply after 11 its bc i did it",
    "not allowed to leave my room except for school. my mom says im lucky i even get to go",
    "lol so the rule at my house is dont cry or it gets worse. anyway hows your day",
    ("soccer was good we won 2-1. my dads gonna be mad i was out late tho and when "
     "hes mad i cant sit down for days"),
    "my ex cheated and im showing up at her job friday. she closes alone",
]
EVERYDAY = [
    "i wanna strangle my group project partners, they did literally nothing",
    "i overdosed on sour patch kids at the movies and now my tongue is raw",
    "just wanted to say thanks for last week",
    "our minecraft server is going crazy rn we built a whole castle",
]
WITHHELD = [
    ("volunteer", "if you paid attention in class maybe you wouldnt be failing"),
    ("volunteer", "nobody is gonna want to be friends with you if you act like this lol"),
]
(test_batch16_risk_is_escalated_and_delivered, test_batch16_everyday_sense_is_not_paged,
 test_batch16_ordinary_rows_stay_below_three_percent) = batch_tests("batch16.jsonl", CAUGHT,
                                                                   EVERYDAY)
test_batch16_insults_are_withheld = withheld_tests("batch16.jsonl", WITHHELD)
