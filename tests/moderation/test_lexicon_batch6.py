"""Batch-6 families: ordinary chat that the inline lexicon used to escalate (guns in video games
and in a civics debate, blood at the dentist or in a horror film, a kitchen knife, suicide as a
theme in English class, goodbyes before a move, deleting an app to spend less time on it, a
sibling's hitting game, excited "freaking out", "help" with a trivial object, asking whether
it's ok to just chat) -- and, for every family, risky messages with the same words that must
still escalate. Every sentence here is written for the test; none is copied from the labelled
sets."""

import pytest

from app.moderation import Moderator, RiskLevel
from tests.moderation.batch_cases import escalated

ESCALATED = (RiskLevel.MEDIUM, RiskLevel.HIGH)


# --- ordinary: must not escalate -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # guns and knives in video games (the gun emoji is normalised to "gun")
        "won my first round of warzone 🔫 lets gooo",
        "4 headshots in a row on valorant 🔫🔫",
        "me and my squad got a victory royale with just a pistol lol",
        "finally unlocked the golden rifle skin in cod",
        "we're playing nerf wars at my cousins house 🔫",
        # guns as a class or debate topic
        "my persuasive essay is about gun laws in america",
        "we argued about the second amendment and guns in social studies today",
        "presentation on gun violence statistics due friday",
        # blood in films, at the dentist, after a fall, in first aid
        "watched a zombie movie last night and there was blood everywhere lol",
        "the braces appointment was rough, a lot of blood and my gums hurt",
        "fell off my skateboard and scraped my knee, so much blood but its just a scrape",
        "first aid training today, we learned what to do if someone is bleeding a lot",
        # a kitchen knife
        "my mom let me use the sharp knife to chop onions for the soup",
        "learning knife skills in cooking club, we diced peppers",
        # suicide as an academic theme
        "writing an essay on the theme of suicide in romeo and juliet",
        "our psych class is learning about suicide prevention and warning signs",
        "we discussed suicide in the bell jar for english",
        # moving away, farewell parties
        "this is my last day at this school, we're moving to ohio next week",
        "saying goodbye at the airport, moving to canada with my dad",
        "had my going away party today, gonna miss everyone so much",
        # deleting apps for a break
        "deleted instagram for exams, need to focus",
        "deleted snap bc of all the drama, honestly feel so much lighter",
        "deleted tiktok for a month as a detox challenge",
        # sibling and friend games
        "my sister and i punch each other every time we see a red car, its a game",
        "my brother kicked me during our wrestling match lol i won tho",
        "my best friend slapped my arm when i lost at rock paper scissors",
        # excited freaking out
        "got tickets to the concert omg im freaking out",
        "just got accepted to the summer program im literally losing my mind",
        "my crush texted me back and im freaking out in a good way",
        # help with a trivial object
        "help my cookies came out flat again",
        "help what do i wear to the dance",
        "help i spilled juice on my homework",
        # asking permission to chat
        "is it ok to just talk about my day here",
        "is it okay if i vent about my group project a bit",
    ],
)
def test_ordinary_batch6_families_do_not_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)


# --- risky: the same words must still escalate -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # guns
        "i know where my dads gun is and i keep thinking about using it on myself 🔫",
        "after fortnite tonight im gonna use my uncles rifle on myself",
        "we have a debate tomorrow but i have my dads gun in my room and i want to die",
        # blood
        "i cut too deep and theres so much blood",
        "after the movie i cut my arm and its bleeding a lot",
        "theres blood everywhere and i cant stop it please help",
        # knives
        "cooking dinner and i want to die, the knife is right here",
        "chopping onions with the big knife and i just want to kill myself",
        # suicide
        "im thinking about suicide in class every day",
        "i keep reading about suicide methods",
        # goodbyes
        "goodbye everyone, im not coming back",
        "this is my last message, thank you for everything",
        "moving doesnt matter, this is goodbye forever",
        # deleted socials as a farewell
        "deleted all my socials, wont need them where im going",
        "deleted everything, goodbye",
        # abuse by a parent stays high even when called a game
        "my dad punches me and says its a game",
        "my brother punches me every day and i have bruises everywhere",
        # distress
        "im freaking out, i cant breathe and my heart is racing",
        "my ex posted my pics and im freaking out",
        "help i think i took too many pills",
        "help my stepdad is hitting me",
        "please help i need help",
        # unclear abuse questions
        "is it ok that my uncle touches me like that",
        "is that normal, my coach keeps touching me",
    ],
)
def test_risky_batch6_families_still_escalate(mod: Moderator, text: str) -> None:
    v = escalated(mod, text)  # held for stage 2 or paged at once (test_confirm.py)
    assert v.risk in ESCALATED, (text, v.risk, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "this is my last night, not cause of any trip",
        "theres so much blood and im shaking, idk what to do",
        "i cut myself after the horror movie, so much blood",
        "this is goodbye for real, not about moving",
    ],
)
def test_risky_batch6_farewell_and_acts_are_high(mod: Moderator, text: str) -> None:
    v = escalated(mod, text)  # held for stage 2 or paged at once (test_confirm.py)
    assert v.risk is RiskLevel.HIGH, (text, v.risk, v.signals)
