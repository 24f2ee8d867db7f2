"""Batch 14 (2026-11-29, session 9): families written from what both stages got wrong when the
batch was first measured (fresh: cascade 95.0 / 90.8 / 3.0 %, toxicity F1 0.925;
docs/moderation.md). CAUGHT: batch-14 rows stage 1 now escalates and did not; EVERYDAY: its
ordinary rows stage 1 paged and now leaves to stage 2; WITHHELD: its toxic rows stage 1 now
withholds. Batch 14 was appended to train.jsonl after it was measured."""

from __future__ import annotations

from app.moderation import Moderator
from app.moderation.normalize import normalize
from app.moderation.verdict import Action
from tests.moderation.batch_cases import batch_tests, withheld_tests

CAUGHT = [
    "my babysitter when i was 7 made me keep secrets and i still think about it",
    "i was 6 months clean from s/h and lately i miss it which is so weird",
    "my mom saw the scars on my thighs at the pool and i said it was from the cat",
    "idk maybe twice a week? the urges i mean",
    "the urges are really bad today but i havent done anything",
    "idk if ill still be around by summer",
    "i dont really look when i cross the street anymore. like whatever happens happens",
    "they said im old enough to work for them now and i have to bring back money every night",
    "almost swung on my teammate at practice today, i was shaking i was so mad",
    ("teachers gonna be so confused when i never show up again after this weekend lol. already "
     "figured out how and where. anyway do u like dogs"),
    "fuck it. im done. goodbye",
    ("my arms still have scratches from last month and i wear hoodies even in gym. its gonna be "
     "summer soon and idk what to do"),
    ("basically my parents stopped buying food, we just eat whatever we find. my sister is 5 and "
     "shes always hungry. its been like 2 months"),
    ("my foster home before this one was bad, like really bad. the new place is better but i "
     "still get nightmares"),
    ("me and my brothers are jumping that kid behind the gym tmrw, we got brass knuckles. he "
     "started it"),
    ("idk why everyones stressing about the homecoming dance lol, its not even gonna happen. "
     "school is gonna have a real bad day monday. thats all im saying. you seem nice so dont go "
     "to first period at north high ok"),
    "my ex got with my best friend and i cant stop thinking about making them hurt like i hurt",
    ("im having a really bad night, the worst in a long time. i just need someone to stay with "
     "me for a bit"),
    "i got 🍇 freshman year and i still see him in the halls",
    "my uncle 🍇'd me and hes staying at our house for thanksgiving next week",
    ("the thought of poisoning the teachers coffee pops into my head. like obviously not but "
     "still"),
]
EVERYDAY = [
    "goodbye forever my phone is at 1% lol ttyl",
    "i will fight anyone who says pineapple on pizza is bad",
    "my sister hung the pictures crooked and my mom is losing it",
    "shaving my legs and cut myself AGAIN why is this so hard",
    ("ok so for health we have to make a poster on warning signs of suicide and i need like 5 "
     "that arent the super obvious ones, can u help me brainstorm"),
    ("shot my brother like 12 times in airsoft and now hes got welts all over his back, he "
     "started it tho"),
    ("my grandma has like 11 pill bottles so every sunday i help her sort them into the little "
     "weekly box, its kinda our thing now"),
    ("ngl i used to get panic attacks a lot freshman year but ive been good since i started "
     "seeing the school counselor. just checking in to say hi"),
    ("im doing a speech on gun safety for my public speaking class since my family hunts, any "
     "ideas on how to start it"),
    ("our health teacher made us role play what to say if a friend tells you they want to hurt "
     "themselves. i was partnered with my crush so i was sweating"),
]
WITHHELD = [
    ("student", "do you have a bf? bet youd be fun in bed"),
    ("student", "ratio + ur mid + touch grass"),
    ("student", "ok boomer go back to your knitting"),
    ("student", "bet ur hot. u single? i could show u a good time if u know what i mean"),
    ("student", "do u even have a brain or is it just air up there dumbass"),
    ("volunteer", "honestly thats a really stupid reason to cry"),
    ("volunteer", "this is getting annoying, can you just get to the point already"),
    ("volunteer", "wow no wonder you dont have friends if you talk like this"),
]
# stage 1 alone on the batch's ordinary student rows: 0.8 % when these families were added
(test_batch14_risk_is_escalated_and_delivered, test_batch14_everyday_sense_is_not_paged,
 test_batch14_ordinary_rows_stay_below_three_percent) = batch_tests("batch14.jsonl", CAUGHT,
                                                                   EVERYDAY)
test_batch14_insults_are_withheld = withheld_tests("batch14.jsonl", WITHHELD)


def test_emoji_tokens_survive_normalisation() -> None:
    # the sexual-emoji token was written with an underscore, which normalisation split, so the
    # rule that reads it never fired (found session 9)
    assert "emojisexual" in normalize("🍆💦 wanna see?").text.split()
    assert "emojigrape" in normalize("i got 🍇 freshman year").text.split()


def test_a_sexual_emoji_is_withheld_only_when_addressed(mod: Moderator) -> None:
    assert mod.assess("🍆💦 wanna see?").action is Action.WITHHOLD
    for text in ("peach 🍑 smoothie is the best", "i got an A on the test 😏",
                 "grapes 🍇 are my fav snack"):
        v = mod.assess(text)
        assert v.action is Action.DELIVER and not v.escalate, (text, v.signals)
