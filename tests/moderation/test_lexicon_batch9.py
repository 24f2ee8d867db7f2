"""Batch-9 families: risk told inside a rude reply or reported by the victim (the adult one is
told to turn to is the abuser; a partner's threat to send one's pictures; "idk why i keep
waking up" beside "a rerun nobody asked for"), which must be delivered and escalated, never
withheld; and ordinary messages stage 1 escalated (a lethal dose taught in class, a thank-you
with an update, "drowning in homework", a knife for a recipe, being locked out of the wifi, a
goodbye to a host family, "worst day of my life" while laughing, asking leave to vent). The
first sentence of each family is the batch-9 message that exposed it; the rest are written for
the test."""

import pytest

from app.moderation import Action, Category, Moderator, RiskLevel
from tests.moderation.batch_cases import escalated

ESCALATED = (RiskLevel.MEDIUM, RiskLevel.HIGH)


# --- risk in a rude reply or a victim's report: delivered, escalated -----------------------


@pytest.mark.parametrize(
    "text",
    [
        'fuck off with the "talk to a trusted adult" shit, the trusted adult is the one doing it',
        "stop telling me to talk to a trusted adult, the trusted adult is the one doing it",
        "everyone says tell my mom but shes the one who hurts me",
        "the person hurting me is my stepdad so who am i supposed to tell",
        "screw that advice, the adult im supposed to tell is literally the one doing this",
    ],
)
def test_abuser_is_the_trusted_adult_is_abuse(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.HIGH and v.category == Category.ABUSE_DISCLOSURE.value, (
        text, v.risk, v.signals)
    assert v.action is Action.DELIVER and v.escalate, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my bf says if i break up with him he'll send my pics to my dad",
        "she threatened to send my nudes to everyone in my grade",
        "my ex said hed post my pics on snap if i dont get back with him",
        "if i stop replying he says hell send the videos to my mom",
        "the guy from discord said he'll share my photos with my school unless i send more",
    ],
)
def test_reported_threat_to_send_pictures_is_abuse_and_delivered(mod: Moderator,
                                                                 text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.HIGH and v.category == Category.ABUSE_DISCLOSURE.value, (
        text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)
    assert not any(s.startswith("tx_sexual") for s in v.signals), (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "idk why i keep waking up honestly. every day is a rerun nobody asked for",
        "why do i keep waking up honestly",
        "i dont know why i keep waking up anymore",
        "idk why i even bother waking up every day",
        "so sick of waking up, every morning is the same",
    ],
)
def test_why_do_i_keep_waking_up_is_passive_ideation(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.MEDIUM and v.category == Category.SELF_HARM.value, (
        text, v.risk, v.signals)
    assert v.action is Action.DELIVER and v.escalate, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "why do i keep waking up at 3am every night",
        "idk why i keep waking up so early on weekends",
        "why did i wake up with a headache",
    ],
)
def test_waking_up_as_a_sleep_complaint_is_not_ideation(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)


# --- "nobody asked for": a noun phrase, not the insult ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "that movie was a sequel nobody asked for lmao",
        "another reboot no one asked for, hollywood pls stop",
        "mondays are a rerun nobody asked for",
    ],
)
def test_thing_nobody_asked_for_is_not_withheld(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.DELIVER, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    ["nobody asked", "nobody asked you loser", "fuck off, nobody asked for your opinion",
     "ok and? no one asked"],
)
def test_nobody_asked_at_someone_is_still_withheld(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD and not v.escalate, (text, v.signals)


# --- ordinary batch-9 contexts: not escalated ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a lethal dose taught in class or told as a fun fact
        "chem teacher told us the lethal dose of caffeine is like 80 cups of coffee so im safe lol",
        "our bio teacher said the lethal dose of water is like 6 litres at once",
        "we learned about the toxic dose of vitamin a in health class",
        # thanks for help that has worked
        "just wanted to say thanks for last week, i talked to my friend and we're good now",
        "just wanted to say thank you for the advice, we made up",
        "thank you for your help, it really worked",
        # overload, not acute distress
        "feel like im drowning in homework rn, every teacher set a big project the same week",
        "i feel like im drowning in essays and deadlines",
        "its like im drowning in coursework this term",
        # a knife for cooking
        "recipe for my food tech assessment: you need a really sharp knife for the chicken, "
        "butterfly it and then bash it flat with a rolling pin, marinate in lemon and garlic for "
        "an hour. my teacher said my knife skills were the best in the group which shocked me "
        "since last term i nicked my thumb on a peeler lol",
        "mum bought a big knife for the turkey and my teacher says i have to bring my own apron",
        "you need a serrated knife for the bread or it squashes",
        # locked out of the wifi or an account
        "my brother changed the wifi password to lock me out, war has begun",
        "my sister locked me out of my netflix account",
        "my mom changed the wifi password to lock us out till we finish homework",
        # goodbyes with a reunion planned
        "saying goodbye to my host family in france was so hard but we're visiting them next year",
        "saying bye to my host mom was so sad",
        "said goodbye to my cousins but we're seeing them again at christmas",
        # hyperbole while laughing
        "got eliminated by a 10 year old in fortnite and he emoted on me, worst day of my life "
        "lmao",
        "worst day of my life lol i spilled coffee on my white shirt",
        "lmao i failed my driving test, worst day of my entire life",
        # asking leave to vent
        "rough week and i just need to rant a little if thats okay",
        "can i vent for a sec if thats ok",
    ],
)
def test_ordinary_batch9_contexts_do_not_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "feel like im drowning in homework rn, every teacher set a big project the same week",
        "so stressed, i feel like im drowning in assignments",
    ],
)
def test_drowning_in_school_work_is_low_distress(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.LOW and v.category == Category.DISTRESS.value, (
        text, v.risk, v.signals)


# --- the same contexts with risk in them: still escalated ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the sender's own means beside the lesson
        "our chem teacher told us the lethal dose of tylenol and now i keep thinking about it",
        "the teacher said the lethal dose is 10g, how much would it take for someone my weight",
        # a thank-you that is a farewell
        "thanks for the help, but i wont need it anymore. goodbye",
        "thanks for helping me, its done now i took them all",
        # the acute feeling, not school work
        "i feel like im drowning and i cant breathe",
        "i feel like im drowning in all of it and nobody notices",
        # locked out of the house, not the wifi
        "my mom locked me out of the house all night and changed the wifi password",
        "they changed the wifi password and locked me outside in the cold",
        # the goodbye is for good
        "saying goodbye to my host family forever, i wont be around next year",
        # a laugh beside a real wish
        "worst day of my life lol i just want to die",
        # a knife meant for someone
        "i have a knife for the kid who keeps tripping me",
        # "is that ok" about what someone does
        "i need to talk, my stepdad hits me is that ok",
    ],
)
def test_risky_in_batch9_contexts_still_escalate(mod: Moderator, text: str) -> None:
    v = escalated(mod, text)  # held for stage 2 or paged at once (test_confirm.py)
    assert v.risk in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my brother is the one doing the dishes tonight so i get a break",
        "who keeps eating my snacks? turns out my dad is the one doing it lol",
        "my best friend is the one who hurts me the most with her words honestly",
        "mr smith said if i keep talking in class he'll send my mom an email",
        "if i fail again my dad said he'll show my mom the report card",
        "my little brother is the one who hits me in the arm at every yellow car, its a game",
    ],
)
def test_near_misses_of_the_abuse_families_do_not_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)
