"""Negation: "i'm not okay" is distress, "i'm not gonna kms" is not risk."""

import pytest

from app.moderation import Moderator, RiskLevel
from tests.moderation.batch_cases import escalated


@pytest.mark.parametrize("text", ["im not okay", "i'm really not ok", "not fine. at all",
                                  "honestly im not alright"])
def test_not_okay_is_distress(mod: Moderator, text: str) -> None:
    v = escalated(mod, text)  # held for stage 2 or paged at once (test_confirm.py)
    assert v.category == "distress" and v.risk is RiskLevel.MEDIUM


@pytest.mark.parametrize("text", ["im okay", "i'm ok now, thanks", "im fine lol"])
def test_okay_is_not_distress(mod: Moderator, text: str) -> None:
    assert mod.assess(text).risk is RiskLevel.NONE


def test_not_okay_with_something_is_an_opinion(mod: Moderator) -> None:
    assert mod.assess("im not okay with pineapple on pizza").risk is RiskLevel.NONE


@pytest.mark.parametrize(
    "text",
    [
        "no im not gonna kms lol",
        "relax im not suicidal",
        "i would never kill myself",
        "i dont want to die, i just want a nap",
    ],
)
def test_negated_ideation_is_none(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.NONE, v.signals
    assert not v.escalate


def test_negation_stays_in_its_clause(mod: Moderator) -> None:
    v = mod.assess("im not joking, i want to die")
    assert v.category == "self_harm" and v.escalate


@pytest.mark.parametrize("text", ["i dont want to live anymore", "i dont wanna be alive",
                                  "i dont want to wake up tomorrow"])
def test_negative_phrasings_of_ideation_are_risk(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.category == "self_harm" and v.escalate
