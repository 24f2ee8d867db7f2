"""Batch-4 rule families: risk told sideways (finality, passive ideation, aftermath of an act,
oblique abuse, threats without a named act, Spanish) escalated, the toxicity exemptions that
keep a risky message from being withheld, and ordinary contexts (films, pets' pills, trips,
exams, school) left alone. Every sentence here is written for the test; none is copied from
the labelled sets."""

import pytest

from app.moderation import Action, Moderator, RiskLevel
from tests.moderation.batch_cases import escalated

# --- 1. safety bug: a risky message is never withheld by the toxicity rules ------------------


@pytest.mark.parametrize(
    "text",
    [
        # self-talk quoting one's own brain, head or voices
        "my head keeps telling me you should just die already",
        "the voice in my head says u should kys every single night",
        "my thoughts go you're worthless and you should disappear",
        # "<someone> wont/cant/never shut up" attacks nobody
        "my thoughts just wont shut up and i cant sleep at all",
        "my anxiety never shuts up and my mind cant shut up tonight, i feel like im drowning",
        # the victim of a bullying page reporting it
        "some kids set up an account to make fun of my stutter",
        # reported speech of an abuser, and threats to share pictures
        "my bf says if i loved him id send pics and now hes threatening to post the old ones",
        "this guy keeps asking me to send more photos or he'll leak the ones he has",
    ],
)
def test_risky_self_talk_and_reported_speech_are_not_withheld(mod: Moderator,
                                                              text: str) -> None:
    v = mod.assess(text)
    assert v.action is not Action.WITHHOLD, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my ex is threatening to share my pics with the whole team",
        "she threatened to leak the videos unless i keep paying her",
        "if i break up with him he says hell send the photos to my dad",
        "a guy has my nudes and says he will post them unless i send him money",
    ],
)
def test_sextortion_is_high_abuse(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert (v.category, v.risk) == ("abuse_disclosure", RiskLevel.HIGH), (text, v.signals)
    assert v.action is not Action.WITHHOLD


@pytest.mark.parametrize(
    "text",
    [
        "shut up you absolute idiot",
        "why wont you shut up already, nobody asked",
        "send me pics of your body",
        "why do you never shut up, loser",
    ],
)
def test_attacks_are_still_withheld(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD, (text, v.signals)


# --- 2. risky families ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i wouldnt even mind if a truck hit me on the way home",
        "if a car ran me over tomorrow id honestly be fine",
        "part of me hopes the bus to camp crashes",
        "my family would be relieved if i just disappeared",
        "honestly they would cope fine without me",
        "i just want a nap that lasts forever",
        "i want to switch off everything permanently",
        "the thoughts are back, the ones about not being alive",
        "being alive feels so exhausting lately",
        "my brain tells me to jump whenever im on the balcony",
        "i should of never been born tbh",
        "cant picture myself at 20 honestly",
        "the sh urge is so bad tonight",
        "ive started wearing a watch to hide my wrists",
        "told my counselor i was safe, i was lying",
        "quiero morirme, ya no puedo",
    ],
)
def test_passive_ideation_families_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.category == "self_harm" and v.escalate, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "i picked the dress i want to be buried in",
        "swallowed something so i make sure i dont wake up",
        "ill already be gone by then so it doesnt matter",
        "i wont be around much longer, thats ok",
        "im not gonna be at the concert next month, or anything after that",
        "its my last night and nobody knows",
        "the letters are written, one for each person in my family",
        "i dont need my money anymore so i gave it to my brother",
        "if anything happens give my sketchbooks to my best friend",
        "said bye to my cat for the last time this morning",
        "its tomorrow. bye guys",
        "it wont stop bleeding and i did it like ten minutes ago",
        "the rope is already tied",
        "took my moms sleeping pills, about 20 of them",
        "how long until 25 advil start working",
        "i want it to look like an accident so nobody feels guilty",
        "sitting by the tracks, next train in 10 min",
        "ya escribi mi carta de despedida",
        "gonna swim out into the sea tonight and not stop",
    ],
)
def test_finality_acts_and_plans_are_high(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert (v.category, v.risk) == ("self_harm", RiskLevel.HIGH), (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "weirdly peaceful since i finally decided. saturday is the day",
        "i feel so calm now that i know when",
        "already know which night now",
    ],
)
def test_calm_after_deciding_escalates(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.category == "self_harm" and v.escalate, (text, v.signals)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("every time my stepdad gets drunk i get it the worst", RiskLevel.HIGH),
        ("dads drinking again, im hiding in the closet", RiskLevel.HIGH),
        ("my mom went after me with a shoe again tonight", RiskLevel.HIGH),
        ("the fridge is locked and i havent eaten since yesterday", RiskLevel.HIGH),
        ("im not allowed to eat until my chores are done", RiskLevel.HIGH),
        ("when mum leaves for her night shift my stepdad comes in", RiskLevel.HIGH),
        ("my uncle says i can earn my allowance alone with him in his room", RiskLevel.HIGH),
        ("he says what we do is our little secret", RiskLevel.HIGH),
        ("a man from discord keeps asking if im home alone", RiskLevel.HIGH),
        ("he sent me a gift card and now wants pics, im 12", RiskLevel.HIGH),
        ("my coach keeps texting me late saying im special", RiskLevel.HIGH),
        ("got kicked out again tonight, sleeping in the park", RiskLevel.HIGH),
        ("i push my dresser against the door every night", RiskLevel.HIGH),
        ("she said my brother pays for it if i tell", RiskLevel.HIGH),
        ("my bf shoved me around again last night", RiskLevel.HIGH),
        ("mi padrastro me pega cuando llega borracho", RiskLevel.HIGH),
        ("my aunt squeezes my arm so hard it leaves bruises", RiskLevel.MEDIUM),
        ("told my mom about what her boyfriend does and she didnt believe me", RiskLevel.MEDIUM),
        ("my ex used to make me send photos", RiskLevel.MEDIUM),
    ],
)
def test_oblique_abuse(mod: Moderator, text: str, level: RiskLevel) -> None:
    v = mod.assess(text)
    assert v.category == "abuse_disclosure" and v.escalate, (text, v.signals)
    assert v.risk.rank >= level.rank, (text, v.signals)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my list is finished. friday", RiskLevel.HIGH),
        ("stay home tuesday, trust me", RiskLevel.HIGH),
        ("i know which window is his and ill be there tonight", RiskLevel.HIGH),
        ("been following her home after school, i know her route", RiskLevel.HIGH),
        ("gonna wait for him by the bus stop with a bat", RiskLevel.HIGH),
        ("next time he takes my stuff im stabbing him with my scissors", RiskLevel.HIGH),
        ("took my dads pistol and i know who its for", RiskLevel.HIGH),
        ("if they corner me again im pulling the knife", RiskLevel.HIGH),
        ("thursday is gonna be on the news", RiskLevel.HIGH),
        ("i get why people snap and shoot up a school", RiskLevel.MEDIUM),
        ("i almost strangled him yesterday and i scared myself", RiskLevel.MEDIUM),
        ("i keep having dreams where i kill my stepmom", RiskLevel.MEDIUM),
        ("had to walk out before i hurt someone", RiskLevel.MEDIUM),
    ],
)
def test_threats_without_a_named_act(mod: Moderator, text: str, level: RiskLevel) -> None:
    v = mod.assess(text)
    assert v.category == "harm_to_others" and v.escalate, (text, v.signals)
    if level is RiskLevel.HIGH:
        assert v.risk == RiskLevel.HIGH, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "no puedo respirar y me tiemblan las manos",
        "estoy muy mal y nadie me contesta",
        "someone please answer i cant be alone right now",
        "i feel like im not even in my own body",
        "my hands havent stopped shaking since the fight",
        "locked myself in the toilet at school and cant stop sobbing",
        "its pitch black inside my head lately",
        "cant take one more thing today, i mean it",
    ],
)
def test_acute_distress_escalates(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.escalate, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my friend has fresh cuts on her arm and won't talk about it",
        "my sisters note says sorry to everyone and she wont answer",
        "mi amiga dice que se quiere morir",
        "my friend keeps saying her family would be better without her",
        "my best friend snapped me a pic of a pile of pills",
    ],
)
def test_worry_about_someone_else_is_the_senders_distress(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert (v.category, v.risk) == ("distress", RiskLevel.MEDIUM), (text, v.signals)


# --- 3 and 4. ordinary chat stays ordinary ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # films, trailers and fiction
        "the villain in that anime poisons the whole kingdom, so good",
        "the main character jumps off a cliff in the trailer and survives lol",
        # pets' medicine, cooking class
        "my cat has to take tablets twice a day for her thyroid",
        "cooking class today, we learned knife skills with onions 🔪",
        # idioms and hyperbole
        "if looks could kill my brother would be toast",
        "i could murder my sister she used all my conditioner",
        "couldnt breathe from laughing at the group chat",
        "my cousin pushed me into the pool lol",
        # trips, camp, exams, goodbyes
        "said bye to my grandparents at the station, they live in spain",
        "last message before my flight, see u all in two weeks",
        "logging off for good till exams are done, wish me luck",
        "deleted instagram for a month to focus on revision",
        "phone on 2% so if i dont reply thats why",
        "tonights the night, the finale finally comes out",
        "got everything ready for tomorrow, uniform and my bag and notes",
        "i wont be around after this week, going to my dads for the holidays",
        # school
        "i dont want to be here anymore at this school, i want to transfer",
        "counted them twice and we have 28 permission slips",
        "is it ok if i just vent about my day",
        "is it normal that i like doing homework on sundays",
        "my grandma tells me stories about her childhood all the time",
        "my friend was being weird with me at practice",
        "me muero de la risa con este video",
        "the list is done for the class party, who brings chips",
        # batch-4 families: near misses that are ordinary
        "so relieved now that i decided on a college",
        "i dont have plans for saturday or anything after that",
        "sent the photos from the trip to my mom, im 13 btw",
        "need someone rn to sub in for our game",
        "monday is gonna be different, new timetable",
        "she gave me her old phone, she wont need it",
        "my friend told me shes done with everything this week, exams are over",
    ],
)
def test_ordinary_contexts_are_not_escalated(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert not v.escalate, (text, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


# --- 4. batch-3 patterns tightened after review ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "logging off for good, revision mode until the exams are over",
        "signing off forever lol see you all after the holidays",
        "she doesnt want to be here anymore at this school, shes transferring in june",
        "i dont want to be here anymore in this class, can i switch sets",
        "counted them twice and there are 31 tickets left",
        "the cat next door keeps meowing and i want it to stop",
        "searched up ways to make my room look bigger",
        "the only thing stopping me from joining is the fee",
        "i hope they dont make it past the group stage",
        "last exam done, finally free from all this",
        "dont look for me in the canteen, im in the library",
        "one last time before i go to bed, who won",
        "thanks for trying, the answer was 7 in the end",
        "you can keep my jacket forever, it never fit me",
        "googled how many hours it takes to walk to the coast",
        "deciding which train to catch on saturday",
        "nobody will believe me when i say i beat the final boss",
        "never going back there again, that cinema was so sticky",
        "theres a massive moth outside my window and im scared",
        "my aunt gives me money for every good report card",
        "i told my teacher it was an accident when the beaker broke",
        "my mum drinks way too much diet coke",
        "got punished by my teacher for laughing in class",
        "we had to sleep on the floor at the sleepover",
        "my teacher always forgets im there during register",
        "bring a knife to cut the birthday cake",
        "i want them to feel welcome at the open day",
        "kept losing control of the ball in the second half",
        "need to hold it together for the match",
        "the waves were crashing in all afternoon at the beach",
        "i dont know where to go for my work experience",
    ],
)
def test_batch3_patterns_leave_ordinary_chat_alone(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert not v.escalate, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "logging off for good",
        "counted the pills again, should be enough",
        "counted them twice. that should be enough",
        "i want it all to end",
        "been searching ways for weeks now",
        "the only thing keeping me here is my dog",
        "i hope i dont wake up tomorrow",
        "tomorrow ill finally be free of all this",
        "dont try to find me",
        "cant go back home again, hes still there",
        "i feel like im losing control of my own mind",
        "everything feels like its caving in",
    ],
)
def test_batch3_patterns_still_catch_risk(mod: Moderator, text: str) -> None:
    v = escalated(mod, text)  # held for stage 2 or paged at once (test_confirm.py)
    assert v.escalate, (text, v.signals)
