"""Batch-8 families: ordinary school life that borrows crisis words (suicide and self-harm taught
in health class, a suicide squeeze in baseball, deaths in plays, horror films and games,
roughhousing and contact-sport bruises, a prescribed dose, hunger from medication or fasting,
lab rules, a checkup's screening questions, a knife as a gift, farewells for a move or the end
of camp, a social-media detox) and the risky messages told in the same contexts, which must
still escalate. Every sentence here is written for the test; none is copied from the labelled
sets."""

import pytest

from app.moderation import Action, Moderator, RiskLevel
from tests.moderation.batch_cases import escalated

ESCALATED = (RiskLevel.MEDIUM, RiskLevel.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        # suicide and self-harm as a lesson
        "our health teacher said if someone says theyre suicidal you should get a trusted adult",
        "we learned the warning signs of suicide in advisory today and had a quiz on it",
        "did a poster on self harm for health class and got an A",
        "the guest speaker at assembly talked about suicide and how to reach out to friends",
        "in psych class we studied why teens self harm, kinda interesting",
        "my bio teacher calls it cell suicide lol apoptosis is wild",
        # sports plays and drills
        "coach made us practice the suicide squeeze all practice",
        "we ran suicide lines in basketball until everyone was gassed",
        # plays, films and games
        "juliet stabbing herself with the dagger is so dramatic omg",
        "in drama class we rehearsed the death scene from romeo and juliet today",
        "the villain poisons the king in act 3 and it's so obvious",
        "got killed by a skeleton in hardcore minecraft and lost my whole world",
        "there are like 100 ways to die in celeste and i found every one of them",
        "movie night friday, we're watching scream 🔪 and halloween",
        # roughhousing, hide and seek, contact sports
        "my little brother punched my arm bc i called shotgun first lol",
        "my sister hid behind the door to scare me and i dropped my cereal",
        "we played hide and seek and i hid under my bed for like an hour",
        "got bruises all over my shins from skating, my dad laughed at me",
        "hockey tournament this weekend and my legs are covered in bruises lol",
        # a prescribed dose, hunger from medication or fasting
        "i take 10mg of lexapro every morning, been on it a year",
        "doctor bumped my vyvanse to 40mg and now i forget to eat lunch",
        "on steroids for my poison ivy and im hungry all the time",
        "fasting for ramadan and hungry all the time but its worth it",
        # lab and library rules
        "biology lab tomorrow, no food allowed and we have to wear goggles",
        "no food or drinks in the computer lab, mr davis is strict",
        # a checkup's questions
        "at my sports physical the nurse asked if i feel safe at home, is that normal to ask?",
        "is it normal that my braces hurt after the orthodontist tightened them",
        # a knife as a gift or for cooking
        "got a pocket knife for christmas from my grandpa, he taught me knife safety",
        "my aunt gave me a santoku knife for my birthday bc i love cooking",
        # farewells for a move, camp or graduation
        "we cant take it with us when we move so im giving my fish to my neighbor",
        "we move in june so im writing letters to all my friends with my new address",
        "wrote notes to my camp friends on the last day of summer camp",
        "my favorite teacher is not coming back next year and im sad",
        # a social-media detox
        "deleted snapchat for the whole summer as a challenge, 10/10 recommend",
        "deleted tiktok for 2 weeks as a dopamine detox and i feel way better",
        # a time of night is not a plan
        "stayed up reading till midnight, regret it now",
        "my grandma always says she'll see me at midnight mass",
    ],
)
def test_ordinary_batch8_contexts_do_not_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        # the sender's own ideation in a lesson
        "i think about suicide in health class",
        "ive been having suicidal thoughts since the assembly",
        "in health class we talked about self harm and i realized i want to cut again",
        "the teacher said suicide is never the answer but i think it is for me",
        "sitting in class planning my suicide",
        # a fictional death wanted for oneself
        "i keep thinking about the romeo and juliet ending for myself",
        "we read romeo and juliet and i want to go the way juliet did, for real",
        "juliet had the right idea, i want to drink poison too",
        "macbeth made me think about stabbing my stepdad tonight",
        # a game or a film, and the wish is real
        "got killed in minecraft again, honestly i wish i was dead irl too",
        "i keep dying in the game and i want to die in real life too",
        "watched scream and now i want to use the knife on myself",
        # a sport as the cover story, a sibling who really hurts
        "my dad punches me when he drinks, i tell people its from roller derby",
        "bruises from my dad again, i told coach its from lacrosse",
        "my brother punches me in the arm until it bruises and i cant make him stop",
        "my sister hid in my closet to get away from dad when he was drunk",
        # a prescribed dose saved up
        "i take 20mg adderall but ive been saving them to take all at once",
        "my adderall is 20mg and im gonna take all of them tonight",
        # hunger that is neglect, a checkup that was not fine
        "my mom says im hungry all the time but there is no food in the house for days",
        "at my checkup the doctor touched me weird, is that normal",
        # a gift knife used on oneself
        "i got a knife for my birthday and ive been using it on my arms",
        # farewells that are for good
        "deleted all my socials and wrote letters to everyone, im done",
        "wrote letters to my friends before the move, they'll find them after im gone",
        "deleted tiktok for a month, actually deleting everything, goodbye",
    ],
)
def test_risky_in_batch8_contexts_still_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


# --- "drink bleach": an attack when said to someone, the sender's own risk when about oneself --


@pytest.mark.parametrize(
    "text",
    ["im gonna drink bleach tonight", "i want to drink bleach",
     "thinking i might just drink bleach", "my brain says i should drink bleach"],
)
def test_drinking_bleach_about_oneself_is_risk_and_delivered(mod: Moderator, text: str) -> None:
    escalated(mod, text)


@pytest.mark.parametrize(
    "text",
    ["drink bleach", "go drink bleach", "lol drink bleach loser", "you should drink bleach",
     "u should go drink bleach", "nobody cares, drink bleach", "jump off a bridge lol"],
)
def test_telling_someone_to_drink_bleach_is_withheld(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD and not v.escalate, (text, v.signals)
