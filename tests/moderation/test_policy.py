"""The policy table: what is delivered, withheld and escalated, and what people are told."""

import pytest

from app.moderation import Action, Moderator, RiskLevel, Verdict
from app.moderation.verdict import CATEGORIES


def test_risky_and_rude_is_delivered_and_escalated(mod: Moderator) -> None:
    v = mod.assess("shut up you useless idiot, i already took the pills")
    assert v.action is Action.DELIVER
    assert v.risk is RiskLevel.HIGH and v.escalate
    assert v.categories["toxicity"] > 0.5  # the rudeness is still scored
    assert v.reason is None


def test_rude_with_only_a_hint_of_risk_is_delivered(mod: Moderator) -> None:
    v = mod.assess("fuck off, i already decided. goodbye")
    assert v.action is Action.DELIVER
    assert v.escalate


@pytest.mark.parametrize("text", [
    "show me ur tits if u actually want to help",
    "send nudes if ur really here to help",
])
def test_help_the_volunteer_offers_is_no_hint_of_risk(mod: Moderator, text: str) -> None:
    """"help" in the attack on the volunteer is theirs, not the sender's need: withheld."""
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD and v.risk is RiskLevel.NONE


def test_asking_for_help_still_releases_a_rude_message(mod: Moderator) -> None:
    v = mod.assess("stfu if u wanted to help u would, i need help")
    assert v.action is Action.DELIVER


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("ur such a stupid worthless idiot", "insults"),
        ("kys loser", "hurt themselves"),
        ("go unalive urself", "hurt themselves"),
        ("i know where you live, watch your back", "threatens"),
        ("send nudes or im leaving", "sexual"),
        ("you're a f4ggot", "slur"),
        ("that girl in my class is a dirty slut", "insult"),
    ],
)
def test_toxicity_aimed_at_a_person_is_withheld_with_a_reason(mod: Moderator, text: str,
                                                               why: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD
    assert v.risk is RiskLevel.NONE and not v.escalate
    assert v.reason and why in v.reason and v.reason.startswith("This message was held back")
    assert v.categories["toxicity"] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "fuck this homework honestly",
        "this week has been so shit",
        "holy shit we won the game",
        "damn i forgot my lunch again",
        "im such an idiot, i forgot my essay",
        "that was such a dumb movie lol",
    ],
)
def test_venting_and_swearing_at_nobody_is_delivered(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.DELIVER and not v.escalate


@pytest.mark.parametrize(
    "text",
    [
        "are you thinking about suicide?",
        "are you thinking about killing yourself right now?",
        "do you have a plan for how you would kill yourself?",
        "you said you want to die. can you tell me more?",
        "have you taken any pills tonight?",
        "does anyone at home hit you?",
        "you're not a burden, and you're not stupid for feeling this way",
    ],
)
def test_volunteer_screening_is_never_flagged(mod: Moderator, text: str) -> None:
    v = mod.assess(text, role="volunteer")
    assert v.risk is RiskLevel.NONE and not v.escalate
    assert v.action is Action.DELIVER


def test_the_same_words_from_a_student_are_risk(mod: Moderator) -> None:
    assert mod.assess("i think about killing myself", role="student").escalate
    assert not mod.assess("i think about killing myself", role="volunteer").escalate


def test_a_volunteer_insulting_a_student_is_withheld(mod: Moderator) -> None:
    v = mod.assess("honestly that's a stupid reason to be upset, grow up", role="volunteer")
    assert v.action is Action.WITHHOLD and "belittles" in (v.reason or "")


@pytest.mark.parametrize(
    ("text", "level", "escalate"),
    [
        ("hey whats up", RiskLevel.NONE, False),
        ("i feel really lonely lately", RiskLevel.LOW, False),
        ("i think about dying a lot", RiskLevel.MEDIUM, True),
        ("i have the pills in my hand, tonight im ending it", RiskLevel.HIGH, True),
    ],
)
def test_escalation_follows_the_level(mod: Moderator, text: str, level: RiskLevel,
                                      escalate: bool) -> None:
    v = mod.assess(text)
    assert v.risk is level and v.escalate is escalate
    assert v.action is Action.DELIVER


def test_guidance_fits_category_and_level(mod: Moderator) -> None:
    high = mod.assess("i have the rope ready, tonight")
    assert high.guidance and "counselor is being paged" in high.guidance
    assert "secret" in high.guidance  # what not to promise
    low = mod.assess("i feel so alone")
    assert low.guidance and "paged" not in low.guidance
    abuse = mod.assess("my stepdad hits me")
    assert abuse.guidance and "not their fault" in abuse.guidance
    assert mod.assess("hello").guidance is None


def test_verdict_shape_and_json(mod: Moderator) -> None:
    v = mod.assess("i dont want to be here anymore")
    assert isinstance(v, Verdict)
    assert set(v.categories) == set(CATEGORIES) == {
        "self_harm", "abuse_disclosure", "harm_to_others", "distress", "toxicity"}
    assert all(0.0 <= s <= 1.0 for s in v.categories.values())
    assert v.categories["self_harm"] > v.categories["toxicity"]
    j = v.to_json()
    assert set(j) == {"risk", "categories", "action", "escalate", "category"}
    assert j["risk"] == "medium" and j["action"] == "deliver" and j["escalate"] is True
    assert j["category"] == "self_harm"
    none = mod.assess("what time is practice").to_json()
    assert none["category"] is None and none["risk"] == "none"
    assert RiskLevel.HIGH == "high" and Action.WITHHOLD == "withhold"  # StrEnums


def test_empty_and_odd_input(mod: Moderator) -> None:
    for text in ("", "   ", "😂😂😂", "?!?!", "a" * 5000):
        v = mod.assess(text)
        assert v.risk is RiskLevel.NONE and v.action is Action.DELIVER
