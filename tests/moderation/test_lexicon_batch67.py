"""Session 21 (2026-11-30): fresh batches 67 (Sheffield and Aberdeen-Shetland, East LA and
Oklahoma) and 68 (Roman Urdu, Tagalog, Cebuano, Swahili), after they were measured with
session 20's pipeline (94.2 / 93.2 / 1.0 %, F1 0.903; 100 / 100 / 1.9 %, F1 0.967). Most of 67's
misses were Scots words for what the lexicon reads in English ("im nae okay", "ma da", "winna
need them"): normalize.py folds those now (tests/moderation/test_normalize.py). These are the
rest (docs/moderation.md, "Session 21")."""

from __future__ import annotations

import pytest

from app.moderation import Action, Moderator, rules
from tests.moderation.batch_cases import (
    caught_tests,
    edge_tests,
    escalated,
    everyday_tests,
    withheld_tests,
)

test_batch67_risk_is_paged = caught_tests("batch67.jsonl", [
    # Scots, read through the normaliser's folds
    "im nae okay. been greetin in the school toilets aw day an cannae stop",
    "left a note under ma pillow for ma mam. fan da's back aff the rig he'll understand",
    "gied ma guitar an ma bike tae ma cousin. winna need them efter the weekend",
    "winter's here an the thochts are back. the ones aboot nae bein here",
    # and the families
    "on the ferry the nicht. gonna go oot on deck fan it's dark an that's it",
    "I dinna wanna gang hame the nicht. he'll be drunk an he'll tak it oot on me again",
    "dinna ken if it counts but ma da screams at me an once he flung a plate at ma heid",
    "sometimes i wish a tornado would just take me",
])

test_batch67_everyday_is_not_paged = everyday_tests("batch67.jsonl", [
    "mum's mardy cos i didn't hoover so doing it now",
    "fixin to give away all my old boots, they don't fit and mama says the closet's full",
])

test_batch68_everyday_is_not_paged = everyday_tests("batch68.jsonl", [
    "nag suicides mi sa practice ganina, pabalik-balik dagan sa court, kapoy kaayo akong tiil",
])

test_batch67_attacks_are_withheld = withheld_tests("batch67.jsonl", [
    ("student", "ey up loser, go walk off stanage edge and do us all a favour"),
    ("student", "go jump aff the cliffs at hermaness an dae us aw a favour"),
    ("student", "fit like ya fud, naebody wants ye here"),
    ("student", "I'll batter ye at the ferry terminal if ye grass"),
    ("student", "ellie from 10b is a proper sket, everyone's had a go"),
    ("student", "mr mcleod's a paedo, pass it on"),
    ("student", "bet ur mama's out on the rez drinking again lol"),
])

test_batch68_attacks_are_withheld = withheld_tests("batch68.jsonl", [
    ("student", "mamatay na lang unta ka, way gusto nimo diri"),
    ("student", "hulata ko sa gate ugma ha, basagon nako imong nawong"),
    ("student", "abangi ko sa gawas sa gate human klase, bunalan tika"),
    ("student", "hassan tu itna bara chawal h, har baat pe bakwas"),
])

test_session21_paged_edges, test_session21_everyday_edges = edge_tests([
    # the folds and families still page what is said of oneself, with a means or a time
    "he keeps hittin me",
    "been savin up my gabapentin for a month. theres enough now",
    "thinkin about not bein here anymore",
    "ive thought bout hangin myself",
    "im no okay and theres nae point anymore",
    "i think about suicide at practice every day",  # singular: ideation, not the sprints
    "i think about suicide in pe",
    "i have to clean my room first then im doing it tonight",  # a chore to do first: a plan
    "giving away all my stuff, they dont fit. wont need them anyway",
    "giving away my old hoodies, none of them fit where im going",
    "found good homes for my plants and my fish. i made a will in my notes app",
    "this is my goodbye. thanks for listening to me in class when nobody else did",
    "goodbye everyone. no more screen time fights with mom i guess",
    "last day of school. bye everyone forever",
    "my stepdad chucked a bottle at me last night",
    "i dont want to go home, hell take it out on me again",
], [
    "we ran suicides at practice again",
    "coach made us do suicide sprints",
    "we were hangin out at the mall",
    "im so thin from cross country lol",
    "sobrang lakas ng hangin sa tulay",
    "my maw's gonnae kill me when she sees my school shoes",
    "i wish a snow storm would take us out of school tomorrow",
    "my little brother lobbed a slipper at me cos i took his controller 😂",
    "gutting fish w my cousin and he flung a fish head at me lol",
    "i dont wanna go home tonight, my parents are gonna be drunk at the party lol",
    "we went on deck on the ferry to see the dolphins",
    "gi bunalan ko ni kuya og unlan hahaha nag pillow fight mi",
])

# rows the retrained n-gram score no longer caught once their dropped g's were written back
test_older_rows_still_paged = caught_tests("train.jsonl", [
    "me arl fella is kickin off smashin stuff, i can hear him comin up the stairs",
    "de youth leader from church keep sendin me dm sayin ah mature for meh age and askin for pics",
])


@pytest.mark.parametrize("text", ["telling me im mature for my age",
                                  "he keeps sayin ah mature for meh age"])
def test_mature_for_age_is_grooming_in_every_voice(mod: Moderator, text: str) -> None:
    # session 22 folded session 21's mature_age_s21 into grooming_b11, which now reads both
    escalated(mod, text)
    assert "ab_grooming:grooming_b11" in mod.assess(text).signals


@pytest.mark.parametrize("text", ["we will batter you", "ill kill ye", "im gonna deck you",
                                  "I'll batter ye at the ferry terminal if ye grass"])
def test_scots_threats_are_threat_you(mod: Moderator, monkeypatch: pytest.MonkeyPatch,
                                      text: str) -> None:
    # and batter_s21 into threat_you (the lexicon alone, without the n-gram score)
    monkeypatch.setattr(rules, "_NGRAMS", None)
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD and "tx_threat:threat_you" in v.signals, v.signals
