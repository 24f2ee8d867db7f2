"""Idioms and hyperbole with risk words carry no risk."""

import pytest

from app.moderation import Moderator, RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "this homework is killing me",
        "these shoes are killing me lol",
        "im dead 😂",
        "LMAOOO im dyinggg 💀",
        "i'm dying my hair purple",
        "coach made us run suicides in pe",
        "can you kill the lights",
        "she killed it at the recital",
        "my mom is gonna kill me when she sees my grades",
        "my phone is about to die",
        "i would die for a burger rn",
        "bored to death in chem",
        "if i have to write one more lab report im gonna kms lmao",
        "kms this quiz was so long haha",
        "i keep dying on this level",
        "wanna hang out later?",
        "we're reading a book where the main character kills himself",
        "i took an advil for my headache",
        "i'd rather die than wear those shoes 😂",
        "i dont see the point in studying for this quiz",
        "dont see the point of going on the trip if shes not coming",
    ],
)
def test_idiom_is_not_risk(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.NONE, v.signals
    assert not v.escalate


def test_hyperbole_without_a_trivial_topic_is_not_hidden(mod: Moderator) -> None:
    # laughing alone is not enough to dismiss it: low, and left for the slower stage
    v = mod.assess("i want to die lol")
    assert v.risk is RiskLevel.LOW and not v.settled


def test_not_joking_overrides_laughter(mod: Moderator) -> None:
    v = mod.assess("kms lol but actually not joking, i have the pills")
    assert v.risk is RiskLevel.HIGH
