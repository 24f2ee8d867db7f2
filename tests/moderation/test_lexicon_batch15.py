"""Batch 15 (2026-11-29, session 9): families written from what both stages got wrong when the
batch was first measured with the model retrained on batch 14 (fresh: cascade 92.9 / 88.0 /
1.2 %, toxicity F1 0.863, one low-distress message withheld by stage 2; docs/moderation.md).
CAUGHT: batch-15 rows stage 1 now escalates and did not; EVERYDAY: its ordinary rows stage 1
paged and now does not; WITHHELD: its toxic rows stage 1 now withholds. Batch 15 is not in
train.jsonl yet (the next retraining appends it)."""

from __future__ import annotations

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import batch_tests, withheld_tests

CAUGHT = [
    "how many of my moms ambien would it take to just sleep for like a really really long time",
    "pov: the letters are already written and in ur desk drawer 📝",
    "how do u make sure ur parents can get into ur phone after. i want them to have the pictures",
    "which bridge in town is the highest. its for a project",
    "last post on my private story is up. bye guys 🫶",
    "writing my will in my notes app lol. who even gets ur stuff when ur 15",
    "that billie line 'i wanna end me' is so real rn",
    ("asking for a friend but how do u hide cat scratches in summer when u have to "
     "wear short sleeves"),
    "what happens to ur tiktok if u die, does it just stay up forever",
    "sometimes i skip meals on purpose to like punish myself",
    "what would even happen to my dog if i wasnt around. like who would walk him",
    "had a bad night. did some stuff to my arm but its fine now, i cleaned it up",
    "realizing at 15 that the 'game' my stepdad played with me when i was 9 wasnt a game",
    "things at home arent great. my parents drink a lot and it gets scary sometimes",
    "if she posts that video again shes gonna regret it fr",
    "if my ex shows up at the party im not gonna be responsible for what happens",
    "pls just talk to me about anything i need to not be alone with my head rn",
    "everything is too loud and i cant think, i just ran out of class",
    "ay they told me pack my stuff and go, im 15 and im at the gas station now with my backpack",
    ("brianna ruined my life so this weekend her house is gonna burn, i already got "
     "the lighter fluid"),
    "i dont let myself eat lunch or dinner when i get a bad grade, to punish myself",
    "ngl i vape and drink every weekend so i dont have to feel anything",
    "keep thinking about the 🍇 again",
    ("i stopped eating breakfast and lunch, maybe if im skinny enough ppl will like "
     "me. its been 2 weeks"),
    "back in honduras my tia burned my hand on the stove when i lied",
    ("punishment in my house was getting locked in the bathroom and i thought that was "
     "normal until my friend said its not they stopped when i got older"),
    "ay i almost hit my little sister today i was so mad, i stopped myself",
    "ayuda porfa",
    "im really not good rn, like really not",
    "my dad got deported this morning and my mom wont stop crying, what do we do now",
]
EVERYDAY = [
    "the tension in the gc rn you could cut it with a knife",
    "the teacher took my butter knife from my lunchbox bc its a 'weapon' 🙄 its for my bagel",
    "my friend said she will literally die if her crush doesnt ask her to homecoming lol",
    "im 12 is that ok to use this",
]
WITHHELD = [
    ("volunteer", "ugh you again. can you not waste my time tonight"),
    ("volunteer", "maybe if you studied instead of whining you'd pass"),
    ("volunteer", "honestly your english is so bad i can barely understand u"),
    ("volunteer", "ugh youre so needy, this is like the third time today"),
]
(test_batch15_risk_is_escalated_and_delivered, test_batch15_everyday_sense_is_not_paged,
 test_batch15_ordinary_rows_stay_below_three_percent) = batch_tests("batch15.jsonl", CAUGHT,
                                                                   EVERYDAY)
test_batch15_insults_are_withheld = withheld_tests("batch15.jsonl", WITHHELD)


def test_the_friend_nobody_checks_on_is_distress_not_an_attack(cascade: Moderator) -> None:
    # stage 2 alone read it as an insult (p 0.998) and withheld it; stage 1 now sees the distress
    text = "pov: you're the friend everyone vents to but nobody asks how ur doing"
    (v,) = cascade.assess_cascade([(text, "student")])
    assert v.action is Action.DELIVER and v.risk.value == "low", (v.risk, v.signals)
