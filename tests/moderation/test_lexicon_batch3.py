"""Batch-3 rule families: indirect phrasings caught at the right level, and ordinary
contexts (school letters, a dying phone, shaving cuts, titles, trivial causes) left alone.
Every sentence here is written for the test; none is copied from the labelled sets."""

import pytest

from app.moderation import Moderator, RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i am honestly so sick of being a human",
        "woke up and ugh. still breathing",
        "everyone would be so much calmer if i wasnt around",
        "would anyone even show up to my funeral",
        "i feel like im just waiting for my life to be over",
        "i dont expect to be around for my 18th",
        "whenever im on the bridge i think about how easy it would be",
        "searched up ways again last night",
        "the only thing keeping me here is my little brother",
        "i wanna lie down and never get up",
        "i want it all to end like for good",
    ],
)
def test_indirect_ideation_is_at_least_medium(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.category == "self_harm" and v.escalate, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "i swallowed loads of my nans tablets and now im really dizzy",
        "everything is blurry from whatever i took",
        "went way too deep this time and the towel is soaked",
        "the belt is around my neck",
        "you wont hear from me again",
        "wrote one for my mum and one for my sister",
        "ive tied up all my loose ends",
        "i hid a blade in my pencil case so its ready",
        "looked up how much it would take",
        "my little brother can keep my ps5, i wont be using it",
    ],
)
def test_acts_farewells_and_staged_means_are_high(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert (v.category, v.risk) == ("self_harm", RiskLevel.HIGH), (text, v.signals)


@pytest.mark.parametrize(
    ("text", "category", "level"),
    [
        ("my uncle keeps making me do stuff and says nobody will believe me",
         "abuse_disclosure", RiskLevel.HIGH),
        ("he said hed break my arm if i told anyone", "abuse_disclosure", RiskLevel.HIGH),
        ("some guy online has my nudes and wants more or hell send them to my school",
         "abuse_disclosure", RiskLevel.HIGH),
        ("if they shove me again im bringing something", "harm_to_others", RiskLevel.HIGH),
        ("i keep having thoughts about pushing people down the stairs", "harm_to_others",
         RiskLevel.MEDIUM),
        ("i havent stopped shaking since this morning", "distress", RiskLevel.MEDIUM),
        ("my mate keeps talking about dying and it scares me", "distress", RiskLevel.MEDIUM),
    ],
)
def test_abuse_threats_and_distress_families(mod: Moderator, text: str, category: str,
                                             level: RiskLevel) -> None:
    v = mod.assess(text)
    assert (v.category, v.risk) == (category, level), (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "writing a thank you letter to my teacher for english",
        "last message bc my battery is on 2 percent, bye",
        "selling my old textbooks on vinted",
        "cut my finger chopping onions and it wont stop bleeding",
        "the dog got onto the shed roof somehow",
        "our psychology essay is on theories of suicide rates",
        "about to fight the printer it jammed again",
        "i could kill my sister she ate the last of the nutella",
        "ugh still here at school waiting for my mum to pick me up",
        "took a bunch of selfies and now im dizzy from spinning lol",
        "i wrote a goodbye card for my teacher",
        "i wont see her again till christmas, she moved to leeds",
        "this is the last time youll hear me complain about maths i promise",
        "my dad drinks a lot of coffee",
    ],
)
def test_ordinary_contexts_are_not_escalated(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert not v.escalate, (text, v.signals)
