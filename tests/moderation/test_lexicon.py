"""The curated lexicon: slang, algospeak, means, farewells, abuse and threats are caught."""

import pytest

from app.moderation import Moderator, RiskLevel


def risk(mod: Moderator, text: str) -> tuple[str | None, RiskLevel]:
    v = mod.assess(text)
    return v.category, v.risk


@pytest.mark.parametrize(
    "text",
    [
        "lowkey wanna kms",
        "i keep thinking about unaliving myself",
        "sewer slide thoughts again",
        "i think about ctb a lot",
        "i just want to end it all",
        "i dont want to be here anymore",
        "everyone would be better off without me",
        "i wish i could sleep and never wake up",
        "i want to d1e",
        "k m s",
        # "dont see the point" is itself the ideation, not a negated phrase
        "i dont see the point in living anymore honestly",
        "cant see any reason to keep going",
        "i dont see a point in going on",
    ],
)
def test_ideation_slang_and_algospeak_is_at_least_medium(mod: Moderator, text: str) -> None:
    category, level = risk(mod, text)
    assert category == "self_harm"
    assert level.rank >= RiskLevel.MEDIUM.rank


@pytest.mark.parametrize(
    "text",
    [
        "i have a bottle of sleeping pills and im taking them all tonight",
        "just took like 25 tylenol",
        "how many paracetamol would it take to not wake up",
        "whats a lethal dose of ibuprofen",
        "i have the rope ready",
        "standing on the bridge rn",
        "i have the blade out and im doing it",
        "💊💊 tonight. im done",
        "🔪 tonight",
        "i wrote goodbye notes for my family",
        "gave away all my stuff, i wont need it anymore",
        "kms tonight for real",
    ],
)
def test_intent_means_and_farewells_are_high(mod: Moderator, text: str) -> None:
    category, level = risk(mod, text)
    assert (category, level) == ("self_harm", RiskLevel.HIGH)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my stepdad hits me every night", RiskLevel.HIGH),
        ("my uncle touches me when nobody is home", RiskLevel.HIGH),
        ("theres no food at home and my mom hasnt been back in 3 days", RiskLevel.HIGH),
        ("a 30 year old guy from discord wants to meet me, he said keep it secret",
         RiskLevel.HIGH),
        ("my dad used to hit me when i was little", RiskLevel.MEDIUM),
    ],
)
def test_abuse_disclosure(mod: Moderator, text: str, level: RiskLevel) -> None:
    assert risk(mod, text) == ("abuse_disclosure", level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("im going to bring a gun to school tomorrow", RiskLevel.HIGH),
        ("i made a hit list of the kids who bully me", RiskLevel.HIGH),
        ("i put bleach in her water bottle", RiskLevel.HIGH),
        ("sometimes i want to hurt the kids who laugh at me", RiskLevel.MEDIUM),
    ],
)
def test_harm_to_others(mod: Moderator, text: str, level: RiskLevel) -> None:
    assert risk(mod, text) == ("harm_to_others", level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i feel so lonely at school", RiskLevel.LOW),
        ("my parents are getting divorced and i cant stop crying", RiskLevel.MEDIUM),
        ("im having a panic attack i cant breathe", RiskLevel.MEDIUM),
        ("my friend told me she wants to kill herself", RiskLevel.MEDIUM),
    ],
)
def test_distress(mod: Moderator, text: str, level: RiskLevel) -> None:
    assert risk(mod, text) == ("distress", level)


def test_hopelessness_is_low_self_harm(mod: Moderator) -> None:
    assert risk(mod, "whats the point of anything, im worthless") == ("self_harm", RiskLevel.LOW)


def test_past_self_harm_is_low(mod: Moderator) -> None:
    assert risk(mod, "i used to cut but ive been clean for a year") == (
        "self_harm", RiskLevel.LOW)
