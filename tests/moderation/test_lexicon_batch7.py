"""Batch-7 families (sports, jobs, church, foster care, custody weekends, eating disorders, pills
with alcohol, grooming by adults with authority, forced marriage, threats with a venue or a
vehicle) and the ordinary contexts that borrow their words (a sports bruise, a self-harm
awareness talk, the sims, a class goodbye letter, a coach's joking threat, "no one asked me").
Every sentence here is written for the test; none is copied from the labelled sets."""

import pytest

from app.moderation import Action, Moderator, RiskLevel

ESCALATED = (RiskLevel.MEDIUM, RiskLevel.HIGH)


# --- never withheld: self-talk and reported speech ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "no one asked me", "nobody likes me": about oneself, not an attack on "you"
        "kinda bummed no one asked me to homecoming",
        "nobody asked me to hang out all break",
        "no one asked about me at the reunion and it stung",
        "honestly feels like nobody likes me at this school",
        "no one invited me to the party and everyone likes me less now",
        # a coach's, teacher's or parent's joking threat, reported
        "my coach said if we fumble one more time he'll kill us all lol then got us wings",
        "our director goes if anyone forgets their lines ill murder you and then hugged everyone",
        "my mom yelled ill kill you if you track mud in again and then made pancakes",
    ],
)
def test_self_talk_and_reported_threats_are_delivered(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.DELIVER, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "nobody asked",
        "no one asked you",
        "nobody likes you",
        "ill murder you if you say that again",
        "im gonna kill you after school",
    ],
)
def test_attacks_on_you_are_still_withheld(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.action is Action.WITHHOLD, (text, v.signals)


# --- risky: must escalate --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eating-disorder behaviour
        "been purging every night after dinner and i cant stop",
        "i keep making myself puke after lunch so i dont gain",
        "swim coach wants us lighter so im doing like 8 laxatives a day",
        "im on 400 calories a day and its still not enough",
        "skipping breakfast and lunch so my parents dont notice",
        "doing chew n spit again before the dance showcase",
        # eating disorder with a danger sign: high
        "havent eaten since monday and i passed out in gym class",
        "my vision keeps going black since i started purging",
        "cutting weight for the tournament, no food or water for 2 days and i fainted",
        # pills and alcohol
        "gonna down my moms sleeping pills with the vodka tonight",
        "took the rest of my antidepressants and then a bunch of wine, so dizzy",
        # grooming and coercion by an adult with authority
        "the streamer i edit for wants me to facetime him without my shirt, im 14",
        "my swim coach made us change in front of him and said its normal",
        "my shift manager keeps massaging my neck and offered to drive me home alone",
        "my moms boyfriend showed me porn and said its our secret",
        "a guy i met in a game tricked me into sending pics and now wants more",
        # forced marriage
        "my uncle says they are sending me overseas to get married after 9th grade",
        "my parents are forcing me to marry a man twice my age",
        # custody weekend and foster/group home abuse
        "custody weekend again, my stepbrother did that stuff again while dad was passed out",
        "my foster mom keeps throwing me against the door when im late",
        "dad used the extension cord and now theres welts and bleeding on my legs",
        "my grandpa wont let me take my inhaler when hes angry",
        # threats with a venue, a vehicle or a weapon
        "gonna shoot up the pep rally friday",
        "im driving to his house tonight with my dads bat",
        "im going to run that kid over when he crosses the lot",
        "were gonna jump the new guy after the game",
        "gonna set the restaurant on fire after my shift",
        # violent thoughts, no plan
        "i keep having thoughts of smothering my stepsister",
        "i wanna make the kid who leaked my chat suffer",
        "i want to hurt the umpire who robbed us",
        # self-harm ideation told sideways
        "i hope a truck hits me on the way home",
        "not sure if i want to live past this year",
        "being bullied every day makes me not want to exist",
        "i keep imagining people crying at my funeral",
        "im ready to be done with it all",
        "pienso en matarme cuando estoy sola",
        "thinking about self harm again tonight",
        "i bite my arms just to feel something",
        # acts in progress
        "hiding in the garage with my dads rifle rn",
        "sitting in the car in the garage with the engine running",
        "me corte el brazo muy profundo",
        # plans and farewells
        "the plan is the overpass after school",
        "im done. heading to the bridge now",
        "by the time practice ends ill be gone",
        "left letters for my family so they find them later",
        "gave my skates to my sister and told her to keep them forever",
        # abuse told unclearly
        "something happened with one of the youth leaders on the retreat",
        "i said no but he kept going",
        "my old tutor used to text me sexual stuff",
        # distress
        "im dissociating so bad rn i cant feel my hands",
        "my heart wont stop pounding and i cant think straight",
        # a friend at risk
        "my friend keeps saying shes gonna do something permanent",
        "my cousin said he doesnt care if he wakes up tomorrow",
    ],
)
def test_risky_batch7_families_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        "havent eaten in 5 days and my heart keeps skipping",
        "gonna mix all my xanax with the whiskey tonight",
        "my shift lead keeps rubbing my back and says hes driving me home, i dont want to",
        "my parents hid my passport and are sending me away to marry him this summer",
        "the guy who outed me is dead friday, my bat is ready",
    ],
)
def test_risky_batch7_combinations_are_high(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk is RiskLevel.HIGH, (text, v.risk, v.signals)


# --- ordinary: must not escalate -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # sports bruises and injuries
        "bruises all over my shins from soccer, worth it",
        "came home from rugby with bruised ribs lol",
        "lacrosse practice left me with a huge bruise on my thigh",
        # self-harm awareness talks
        "our health class did a self harm awareness week and i helped with the posters",
        "the church is hosting a self harm prevention workshop saturday",
        # games and sims
        "accidentally killed my sims by making them cook without skills",
        "my villagers all drowned when i flooded the base lmao",
        # class goodbye letters
        "we wrote goodbye letters to our 8th grade selves in homeroom",
        "writing a farewell card for our coach, shes retiring",
        # one more time hyperbole
        "if i have to hear that jingle one more time at work im jumping out the window",
        # replaying a lost game
        "missed the penalty in the final and i cant stop replaying it",
        # "is it ok to ..." about oneself
        "is it ok to miss one practice for my cousins wedding",
        "is it normal to feel nervous before a big audition",
        # ordinary eating, fasting, meals
        "fasted for yom kippur and broke the fast with bagels",
        "skipped breakfast bc i overslept, starving now",
        "my doctor gave me laxatives for constipation after surgery",
        # pills and alcohol as health class or rules
        "health class says never mix tylenol with alcohol",
        # hospital and jobs
        "im in the hospital for my tonsils, the jello is fire",
        "got a tiny cut from the box cutter at work, all good",
        "my manager is driving me home after close since my car broke down, so nice of her",
        # rural life and hunting
        "dad and i cleaned the rifles, opening day tomorrow",
        "at the gun range with my uncle, he showed me where the shells are kept",
        "the plan is the bridge club after school",
        "idk if i want to live in the dorms or at home next year",
        "my heart wont stop racing, my crush just waved at me",
        "we're burning the brush pile on the farm saturday",
        # threats as sport talk
        "we're gonna destroy them in the final friday",
        "coach said were running till we die tomorrow lol",
    ],
)
def test_ordinary_batch7_contexts_do_not_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk not in ESCALATED, (text, v.risk, v.signals)
    assert v.action is Action.DELIVER, (text, v.signals)


@pytest.mark.parametrize(
    "text",
    [
        # the same contexts with the words that make them risky
        "my dad hit me and now theres bruises all over my back, i told coach i fell at practice",
        "my coach hits me at practice and i have bruises all over my legs",
        "the self harm awareness talk made me want to cut again tonight",
        "is it normal for my coach to touch my legs when we stretch",
        "if i have to see his face one more time im gonna kill myself fr",
        "my dad hunts but his rifle is unlocked and i know where the shells are, tonight",
    ],
)
def test_guarded_contexts_still_escalate(mod: Moderator, text: str) -> None:
    v = mod.assess(text)
    assert v.risk in ESCALATED, (text, v.risk, v.signals)
