"""Batch-10 families: ordinary messages stage 1 escalated (a part in a play, dying "more
dramatically" on stage, an accident that bleeds, a pet's scratch, a wrist not hurt, a creature
or a monster to kill, a game won, a grandmother's touch, a meme that "killed me", "overdosed on
christmas movies", another person's pills, an overdose or a poisoning taught in class, giving
things away before a move, a trip away for a holiday, a last day at a job, "trying again next
year", jumping a fence, posting one's own picture, an age in a comparison, a water gun, "is it
normal to outgrow friends"); risk it missed (catch the bus beside a farewell, walking to the
water with one, settling one's debts before going, things given away "i wont need them", a
goodbye said properly, pills after alcohol, not eating until a goal weight, a parent's
lock-out, absence for days or withheld insulin, "making something for the school" with
fireworks, setting fire to a room with a girl in it, the urge back after past self-harm,
violence wanted again); and toxicity both ways (a sad "worst person ever" and "annoying
siblings" are not attacks; "are you slow or something", "ok groomer" and a volunteer's "idk
what you expected" are). The first sentence of each family is the batch-10 message that exposed
it; the rest are written for the test."""

import pytest

from app.moderation import Action, Category, Moderator, RiskLevel
from tests.moderation.batch_cases import escalated

ESCALATED = (RiskLevel.MEDIUM, RiskLevel.HIGH)


# --- ordinary batch-10 contexts: not escalated ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a part in a play
        "we're doing romeo and juliet and i'm juliet so i drink the poison and stab myself every "
        "night this week. living the dream",
        "i'm playing romeo in the school play so i drink the poison in act 5 every night, the fake "
        "vial is tiny",
        "im juliet in our drama class scene and i stab myself with a rubber dagger lol",
        "i play hamlet and i die every single night this week, opening night is friday",
        # dying on stage
        "so rehearsals for the fall play are insane, there's this scene where my character gets "
        "shot and has to fall down the stairs (it's like 3 stairs and there's a mat) and the "
        "director keeps saying i die \"too politely\" lmao. like how do i die more dramatically. "
        "my friend said i should watch soap operas for research",
        "my director says i need to die more convincingly on stage, any tips",
        "how do i faint dramatically in the scene without actually hurting myself",
        # an accident that bleeds, its cause named
        "cut my finger chopping onions lol, bleeding everywhere, my mum made me put a plaster on",
        "tried roller skating at the rink with my friends and i fell like 15 times, my knees are "
        "bleeding through my leggings, i have a bruise on my hip, and i've never laughed so hard "
        "in my life. we're going again next week",
        "went fishing with my grandpa and he made me gut the fish myself, there was so much blood "
        "i almost threw up lol",
        "fell off my skateboard and my elbow is bleeding everywhere lol",
        "sliced my thumb on the peeler, so much blood but its fine",
        "tripped on the stairs at school, my knee is bleeding through my jeans",
        # a pet's scratch
        "my friend's cat scratched my arm to shreds, she's a menace",
        "my cat scratched up my legs again lol",
        "the kitten scratched my hands when i gave her a bath",
        # a wrist not hurt
        "boxing class is fun, i finally learned how to throw a hook without hurting my wrist",
        "learning to fall in judo without hurting myself",
        "how do i shave my legs without cutting myself every time",
        # a creature, a monster or a pest
        "babysitting tonight and the 6 year old told me he's going to \"kill the monster under "
        "the bed\" with a pool noodle",
        "my uncle has to shoot at coyotes that go after the sheep at night, i just hold the "
        "flashlight and try not to be scared",
        "there's a huge spider in my room and i'm gonna kill this spider with my shoe",
        "my dad is going to shoot the raccoons getting into the trash tonight",
        # a game won
        "my ego is bruised, my little brother beat me at chess",
        "my dad beat me at ping pong again lol",
        "she destroyed me in mario kart last night",
        # a grandmother's or a mother's touch
        "my grandma always touches my face and says how much i've grown, it's cute",
        "my nana pinches my cheeks every time she sees me",
        "my mom kisses my forehead before school, kinda embarrassing",
        # a meme that "killed me"
        "this meme killed me i can't breathe",
        "that video killed me i literally cant breathe",
        # "overdosed" on something that is not a drug
        "i overdosed on christmas movies this weekend, like 9 of them in 2 days",
        "i think i overdosed on sugar at the party lol",
        "overdosed on anime this summer no regrets",
        # someone else's daily pills
        "my mom takes like 6 pills every morning for her blood pressure and has one of those "
        "monday-sunday pill boxes",
        "my grandpa takes like 10 pills a day for his heart",
        "my dad has to take 3 tablets every morning with breakfast",
        # an overdose or a poisoning taught in class or told as history
        "in health class we learned how easy it is to accidentally overdose on tylenol with cold "
        "medicine, i had no idea it was in both",
        "our health teacher said you can overdose on water if you drink too much",
        "our chem teacher did the elephant toothpaste demo and then went on this 10 minute "
        "tangent about how in the old days people used arsenic in wallpaper and it slowly "
        "poisoned them, and now i can't stop looking at the wallpaper in my grandma's house",
        "in history we learned the romans poisoned each other all the time",
        # giving things away before a move, or things outgrown
        "we're moving to another state in june so i'm giving away most of my stuff, my friends "
        "are fighting over my beanbag",
        "giving away my desk and my bike before we move to ohio",
        "were moving next month so im giving all my stuff to my cousins",
        "gave away all my old stuffed animals to my little cousin, kinda bittersweet",
        "gave all my old barbies to my little sister",
        # away for a holiday
        "i'm not gonna be here for thanksgiving, we're going to my aunt's. can i still use this "
        "app from there?",
        "not gonna be here for christmas bc we're visiting my dad in texas",
        # a last day at a job
        "last day at my job today! i'm saying goodbye to everyone, got them a cake",
        "last day at my internship, said goodbye to everyone in the office",
        # trying again next time
        "got cut from the team. it sucks but i'm trying again next year",
        "failed my driving test so im trying again in may",
        "didnt make the team, gonna try again next season",
        # jumping for fun
        "my friend tried to jump the fence at the pool and ripped his shorts lmaooo",
        "my friend tried to jump the hurdle and faceplanted",
        # the sender's own picture
        "posted a pic and it got like 11 likes lol whatever",
        "just posted a pic of my cat",
        # an age in a comparison
        "my parents treat me like i'm 10 and my brother like he's 25 and he's younger than me",
        "my mom treats me like im 5 and my sister like shes 30",
        # a water gun
        "lol i got 'killed' in the school assassin game today, someone got me with a water gun at "
        "the bus stop",
        "got my brother with the water gun lol, he got me back with the hose",
        "bought a nerf gun for the senior assassin game",
        # outgrowing friends
        "is it normal to kinda outgrow friends from middle school",
        "is it normal to sort of drift apart from your childhood friends",
    ],
)
def test_ordinary_batch10_contexts_do_not_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "everything is too much lately, school, work, my parents, all of it at once",
        "ugh everything is too much this week, so many deadlines",
        "i'm so overwhelmed i don't even know where to start with all my assignments",
        "so overwhelmed with all my essays this week",
        "i've been having panic attacks before tests, my heart races and i can't breathe right "
        "and then it passes",
    ],
)
def test_overload_and_a_passing_panic_are_low_distress(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.LOW and v.category == Category.DISTRESS.value, (
        text, v.risk, v.signals)


@pytest.mark.parametrize(
    "text",
    ["everything is too much", "i had a panic attack and i still cant breathe",
     "everything is too much and im shutting down"],
)
def test_acute_overload_is_still_medium(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.MEDIUM and v.escalate, (text, v.risk, v.signals)


def test_a_time_word_alone_is_not_a_signal(mod: Moderator) -> None:
    # a lone "tomorrow" modifies nothing; it put ordinary messages ahead in the cascade's queue
    for text in ("tryouts are tomorrow and i'm so nervous",
                 "first day at the grocery store tomorrow, kinda nervous about the cash register",
                 "i have a dance recital friday and i keep messing up the same 8 counts"):
        v = mod.assess(text)
        assert not any(s.startswith("sh_intent") for s in v.signals), (text, v.signals)
    v = mod.assess("tomorrow is the day, i have the pills ready")
    assert any(s.startswith("sh_intent") for s in v.signals) and v.risk is RiskLevel.HIGH


# --- the same contexts with risk in them: still escalated ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a play, and the sender's own wish
        "im juliet in the play but honestly i want to drink the poison for real",
        "i'm playing juliet and i relate to her, i want to stab myself like she does",
        "im romeo in the play and i want to die for real",
        "how do i die without it hurting",
        # bleeding that is self-harm or done by someone
        "cut my wrist on purpose and its bleeding everywhere",
        "i fell and then cut my wrists, bleeding everywhere",
        "after the fight i fell and he kept hitting me, blood everywhere",
        "i cut too deep this time and it wont stop bleeding",
        # the cat as a cover story, scratching until it bleeds
        "i told my mom the cat scratched my arm but i did it",
        "i scratched my arms until they bled, my cat kept staring",
        "i keep hurting my wrists and nobody notices",
        # a person, not a creature
        "i'm going to kill the monster who hurt my sister tonight",
        "i'm going to kill him tonight",
        # beaten, not at a game
        "my dad beat me again last night",
        "my brother beat me up in the game room again and i have bruises",
        # a touch that is not a grandmother's
        "my uncle touches my face and it makes me uncomfortable",
        "my grandma says its fine but my uncle touches my face and it's creepy",
        "my mom touches my face and then slaps me when she's drunk",
        # not laughing
        "i cant breathe and my chest hurts so bad",
        # a drug
        "i overdosed on my meds last night",
        "i overdosed on pills and candy last night",
        "im going to overdose on my pills tonight",
        # the sender's own pills
        "my mom takes 6 pills every morning and i want to take all of them tonight",
        "i took 6 of my moms pills",
        # a lesson, and the sender's own thoughts
        "in health class we learned about overdose and now i keep thinking about overdosing on "
        "my pills",
        "in health class we learned how much tylenol it takes to overdose, how many would it "
        "take for me",
        "the chem teacher talked about poison and i want to poison my stepdad",
        # a move as a cover story, a farewell beside it
        "i told everyone im moving but im not, im giving away all my stuff",
        "giving away all my stuff before the move because i wont need it where im going",
        "gave away all my old stuff because i wont need it after im gone",
        "im not gonna be here for christmas. i already decided",
        "last day at my job, saying goodbye to everyone, i wont be around much longer",
        # an attempt to repeat
        "i tried to kill myself last month and i'm going to try again",
        "failed my exam. tried to kill myself last night and it didnt work, im gonna try again",
        # a friend at risk
        "my friend said shes going to jump off the bridge",
        "my friend tried to jump off the bridge last night",
        # someone else posting the picture, an adult's age
        "someone posted a pic of me and everyone is laughing",
        "theres this guy on snap, hes 25 and he wants to meet me",
        # a real gun
        "i have my dads gun in my backpack",
        # "is it normal" about someone else
        "is it normal for my stepdad to come into my room at night",
    ],
)
def test_risky_in_batch10_contexts_still_escalate(mod: Moderator, text: str) -> None:
    v = escalated(mod, text)  # held for stage 2 or paged at once (test_confirm.py)
    assert v.risk in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


# --- clear risk stage 1 now knows -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "catch the bus" (algospeak) beside a farewell
        ("tonight im going to catch the bus. just wanted one person to know", "self_harm"),
        ("im catching the bus tonight. no one will miss me", "self_harm"),
        ("gonna catch the bus this weekend. sorry for everything", "self_harm"),
        # walking to the water, a height or the tracks, with a farewell
        ("i'm walking to the lake. phone's gonna die soon. just wanted someone to know i tried "
         "talking", "self_harm"),
        ("heading to the bridge now. goodbye everyone", "self_harm"),
        ("walking to the river. tried talking to my mom, didnt work. just wanted someone to know",
         "self_harm"),
        # settling one's affairs
        ("i paid back all my debts to friends today. even the 2 dollars to sam. tidying up "
         "before i go", "self_harm"),
        ("paid everyone back what i owed them. tying up loose ends", "self_harm"),
        ("getting my affairs in order this week", "self_harm"),
        # things given away, "i wont need them"
        ("i gave my switch to my little cousin and my hoodies to jess. didnt tell them why. i "
         "wont need them", "self_harm"),
        ("gave my guitar to my cousin. i wont need it", "self_harm"),
        ("giving my games to my brother, didnt tell him why", "self_harm"),
        # a goodbye said properly
        ("i said goodbye to my dog tonight. like properly. hes the only one who'll miss me",
         "self_harm"),
        ("said goodbye to my cat properly tonight, hugged her for an hour", "self_harm"),
        # pills after alcohol
        ("i drank half a bottle of vodka and took some of my nans tablets, everything is "
         "spinning", "self_harm"),
        ("had like 5 beers and then took a bunch of my moms pills", "self_harm"),
        ("downed some vodka and then swallowed my sleeping pills", "self_harm"),
        # not eating until a goal weight
        ("im not eating anything until i hit 40kg. im at 43. day 5 of just water", "self_harm"),
        ("not eating until i'm under 100 pounds", "self_harm"),
        ("im not gonna eat until i lose 5kg", "self_harm"),
        ("chewing and spitting all day, then i ran 10k on nothing and i still feel huge. "
         "tomorrow nothing, not even water", "self_harm"),
        # locked out by a parent
        ("im locked out again. its like 2 degrees out and my mom said i can sleep in the car if "
         "i wanna act like that. its been like 3 hours", "abuse_disclosure"),
        ("got locked out again and my dad wont let me back in, its freezing",
         "abuse_disclosure"),
        # a parent away for days
        ("i stopped going to school because my mom needs me to watch the babies while she's "
         "out. she leaves for days. we ran out of formula", "abuse_disclosure"),
        ("my dad is gone for days at a time and we have no food", "abuse_disclosure"),
        # medication withheld
        ("my parents dont give me my insulin unless i do my chores perfectly. i've been running "
         "high for 2 days", "abuse_disclosure"),
        ("my mom took away my inhaler as punishment", "abuse_disclosure"),
        ("my stepdad wont let me have my meds until i apologize", "abuse_disclosure"),
        # something made for the school from explosives
        ("lol i bought fireworks and some other stuff and i'm making something for the school. "
         "nothing crazy 💀 just enough", "harm_to_others"),
        ("got gunpowder from my uncle, making a surprise for the school tomorrow",
         "harm_to_others"),
        # fire set with someone inside
        ("my best friend says she's going to set the girl's locker on fire with her in the "
         "changing room, she has a lighter and hairspray and she's deadly serious",
         "harm_to_others"),
        ("hes planning to set the gym on fire with them inside", "harm_to_others"),
    ],
)
def test_clear_batch10_risk_is_high(mod: Moderator, text: str, category: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.HIGH and v.category == category, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER and v.escalate, (text, v.signals)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the urge back after past self-harm
        ("i used to burn myself. stopped last year. some days i really miss it which is messed "
         "up", "self_harm"),
        ("i keep looking at my old scars and wanting new ones", "self_harm"),
        ("i used to cut and i really miss it lately", "self_harm"),
        # passive ideation
        ("kinda wish i could go to sleep for a year or forever", "self_harm"),
        ("i just want to sleep for years or forever", "self_harm"),
        ("my cat is the only one who will miss me", "self_harm"),
        # restriction told as routine
        ("i've been doing 2 hours of cardio a day and eating like an apple. i know it's bad. i "
         "can't stop thinking about food", "self_harm"),
        # a past beating with an implement, a teacher's comments on a body
        ("i used to get beaten with a slipper as a kid, my whole family thinks it's funny, i "
         "don't", "abuse_disclosure"),
        ("i used to get hit with a belt when i was little", "abuse_disclosure"),
        ("i'm not sure if this is weird but my gym teacher comments on my body a lot and it "
         "makes me uncomfortable", "abuse_disclosure"),
        ("my coach keeps commenting on my body and it's weird", "abuse_disclosure"),
        # violence wanted again
        ("i snapped at practice and shoved a kid into the lockers. i feel bad but also i wanted "
         "to do worse", "harm_to_others"),
        ("i got in a fight at the bus stop and i kind of liked it. that's weird right",
         "harm_to_others"),
        ("not a big deal but i punched a hole in my wall and i was picturing my ex's face",
         "harm_to_others"),
        ("i have a really short fuse lately. i threw my phone at my sister and it hit her head. "
         "she's ok", "harm_to_others"),
    ],
)
def test_batch10_medium_risk_is_escalated(mod: Moderator, text: str, category: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.MEDIUM and v.category == category, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER and v.escalate, (text, v.signals)


def test_the_urge_now_is_not_capped_as_past(mod: Moderator) -> None:
    v = mod.assess("cutting used to help. i've been good for 3 months but today i really want to")
    assert v.risk in ESCALATED and v.category == Category.SELF_HARM.value, (v.risk, v.signals)
    v = mod.assess("i still get beaten with a wooden spoon when i talk back")
    assert v.risk is RiskLevel.HIGH and v.category == Category.ABUSE_DISCLOSURE.value


@pytest.mark.parametrize(
    "text",
    [
        "gotta catch the bus at 7 tomorrow, just wanted you to know ill be late",
        "i decided to catch the bus instead of walking",
        "walking to the lake with my friends, just wanted you to know im fine",
        "going to the lake this weekend, just wanted someone to know where i am",
        "heading to the bridge for the fireworks, last time i went it was packed",
        "paid back all my debts from the trip, finally free lol",
        "cleaning my room before i go to the party",
        "paid back everyone i owed before i go on vacation",
        "gave my old phone to my sister since i got a new one, i dont need it",
        "gave my concert ticket to my friend, i wont need it, im grounded",
        "gave my winter coat to charity, i dont need it",
        "said goodbye to my dog properly before the vet put him to sleep",
        "my grandma is the only one wholl miss me when i move to college",
        "had a beer at the bbq and took an advil for my headache",
        "my dad had a beer and took his blood pressure pills",
        "not eating until i get home, school lunch is gross",
        "locked out of my house, forgot my key, waiting for my mom to get home",
        "my dad leaves for days sometimes for work but my grandma stays with us",
        "my parents are gone for a week on vacation and my aunt is staying with us",
        "my mom keeps my meds in her room so i dont forget them",
        "my mom wont let me take my adhd meds until i eat breakfast",
        "making something for the school art show with glitter and paint",
        "bought fireworks for new years and im making a poster for school",
        "my brother set the toaster on fire while we were in the kitchen lol",
        "i used to cut my hair short and i miss it",
        "i used to self harm but im doing so much better now, 2 years clean",
        "lol got hit with a pillow by my sister",
        "my coach said my legs are strong",
        "i hit a home run and wanted to do it again",
        "got into a fight with my sister and honestly i kinda loved it",
        "i want to sleep for a year after exams",
    ],
)
def test_near_misses_of_the_batch10_risk_families_do_not_escalate(mod: Moderator,
                                                                  text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


# --- toxicity: not aimed at anyone, delivered -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how do you deal with annoying siblings lol",
        "do you have annoying siblings too",
        "how do you handle annoying teachers",
        "i got into a fight with my mom and now i feel like the worst person ever",
        "i feel like the worst friend ever",
        "im the worst daughter",
        "i was the worst friend to her and i regret it",
        "are you okay or something",
        "this school is run by the district",
        "my mom cant speak english so i translate for her",
        "i think my coach is a groomer",
        "do you think hes a groomer",
        "he called me a pedo and i didnt even do anything",
        "nobody wants to sit with me at lunch",
        "kids yell names at me every day",
        "my little sister is such a brat lol",
        "my mom left us when i was 5",
    ],
)
def test_student_words_not_aimed_at_anyone_are_delivered(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.DELIVER, (text, v.signals)
    assert not any(s.startswith("tx_") for s in v.signals), (text, v.signals)


# --- toxicity aimed at a person: withheld ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "are you slow or something, i LITERALLY just said that",
        "are you deaf or something",
        "this chat is run by brain dead idiots",
        "this app is run by clowns",
        "you probably can't even speak english right, go back to wherever you came from",
        "go back to wherever you came from",
        "ok groomer, why do you even want to talk to kids",
        "ok pedo",
        "ur a groomer",
        "go ask ur mom, oh wait she probably left you too",
        "no wonder your dad left you",
        "nobody wants to be friends with you",
        "keep asking me dumb questions and see what happens",
        "say that again and see what happens",
        "the new kid dev smells like curry, we yell it at him every day in the hall lmao",
        "we yell names at him every day lol",
        "lol you're so cringe it physically hurts to read your messages",
        "you sound like a spoiled brat tbh",
        "ur such a brat",
        "you are so annoying",
        "youre the worst volunteer ever",
        "youre like the worst person ever",
    ],
)
def test_student_attacks_are_withheld(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD and not v.escalate, (text, v.risk, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "lol are you seriously crying over a boy",
        "maybe if you actually studied you wouldn't be failing, idk what you expected",
        "this is probably why nobody wants to sit with you",
        "you sound like a spoiled brat tbh",
        "what did you expect lol",
        "you only have yourself to blame",
    ],
)
def test_a_volunteer_belittling_a_student_is_withheld(mod: Moderator, text: str) -> None:
    v = mod.assess(text, role="volunteer")
    assert v.action is Action.WITHHOLD and v.risk is RiskLevel.NONE, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "it must hurt when it feels like nobody wants to sit with you at lunch",
        "if you dont speak english well thats totally okay",
        "what did you expect would happen?",
        "what did you expect?",
        "are you still upset about what happened with your friend?",
        "it sounds like you've been crying over a boy, do you want to talk about it?",
        "it sounds like when your dad left you, you felt alone",
        "she probably left you a message, check your phone",
        "try talking to her and see what happens",
    ],
)
def test_a_volunteer_supporting_a_student_is_delivered(mod: Moderator, text: str) -> None:
    v = mod.assess(text, role="volunteer")
    assert v.action is Action.DELIVER, (text, v.signals)


# --- a harm done on purpose is no joke, whatever the laugh -----------------------------
# (a wording the batch-10 lexicon work noticed stage 1 deferred: a laugh lowers ideation to
# a guess the model must confirm; "on purpose" says the act was meant)


@pytest.mark.parametrize(
    "text",
    [
        "lol i cut my wrist chopping onions on purpose",
        "cut my wrist on purpose lol",
        "burned my arm on the stove on purpose haha",
        "i punched the wall until my hand bled deliberately lmao",
    ],
)
def test_a_harm_done_on_purpose_is_escalated_despite_a_laugh(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk in ESCALATED and v.escalate, (text, v.risk, v.signals)


@pytest.mark.parametrize(
    "text",
    ["i dropped my phone in the pool on purpose lol", "i lost the game on purpose haha"],
)
def test_on_purpose_alone_is_not_risk(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)
