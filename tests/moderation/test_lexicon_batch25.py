"""Batch 25 (2026-11-29, session 12; families written in session 13): fresh, from two writers
who read only the policy table: a city school's spring term (a musical, results day,
babysitting, a leaked screenshot, a young carer) and a rural town's autumn (harvest, hunting
season, a county fair, a youth group, a parent out of work). Measured once with session 12's
final pipeline: cascade 97.1 / 96.1 / 1.0 %, toxicity F1 0.860 live, every target met; but
stage 1 alone escalated only 66.2 % of its high rows, and under a flood the cascade sheds what
stage 1 found nothing in. Families from stage 1's risky misses (docs/moderation.md). CAUGHT:
risky rows stage 1 now escalates and did not; EVERYDAY: a row stage 1 paged and now does not;
WITHHELD: a toxic row the lexicon now withholds. In train.jsonl since session 13."""

from __future__ import annotations

from tests.moderation.batch_cases import batch_tests, edge_tests, withheld_tests

CAUGHT = [
    "this is the last time ill message here. thank you for always being nice to me",
    ("the bridge by the football ground isnt that high but i think its high enough. im on it "
     "now"),
    "dont worry about results day for me, ive made other plans. permanent ones 🙂",
    "bye. tell everyone here they did their best",
    "stop asking me stupid fucking questions, im already on the roof",
    ("i know exactly how many of mums meds i need. im so tired of holding everything up. after "
     "i get her to bed tonight"),
    "whats the point. i cant see myself getting any older",
    "i know its a sin even to think it but sometimes i pray i just dont wake up",
    ("I don't know if this counts. My mum's boyfriend keeps coming into the bathroom when I'm "
     "in the shower and says it's an accident, but it happens nearly every day. I've started "
     "showering at school after football. I'm scared to say anything because Mum is happy "
     "with him."),
    ("someone has a nude of me and says hell send it to the whole year group chat unless i send "
     "more"),
    "when i was little my uncle did things that i think were wrong. ive never told anyone",
    ("i get so angry at my brother it scares me, ive thought about what would happen if i "
     "pushed him down the stairs"),
    "some days i daydream about setting fire to the drama department. healthy, right",
    ("im bringing my dads knife in tomorrow. if jake shows that screenshot one more time hes "
     "getting it"),
    ("i know which bus tyler gets after football. me and my cousin are waiting for him friday, "
     "he wont be walking right after"),
    ("the suspended kid showed me a gun in his bag and said hes using it at the results day "
     "assembly"),
    ("ive got a list of who's getting it when im back. first one is mr cole. the bats already "
     "in my locker"),
    ("I apologize for the long message, but I am really not doing well tonight and I don't know "
     "who else to talk to."),
    "ate dinner so dad wouldnt notice and then made myself throw it all up after",
    "whats even the point of being here. like genuinely",
    ("gave my steer's papers to my little sister today. she'll take better care of him. after "
     "this weekend it wont matter"),
    "dads deer rifle is in the truck and the truck is unlocked. i know what im doing tonight",
    "i figured out how to make it look like a hunting accident. nobody would even question it",
    "already said goodbye to my dog. dont think ill be at school monday",
    "sorry for being a burden to everyone. tell the other volunteers they were nice. bye",
    "stop preaching at me, the rope is already up in the barn",
    "things at home are kinda bad but i dont wanna say more",
    "dad used to hit mom before they split. idk why its in my head tonight",
    ("lol growing up my dads idea of discipline was the belt, stopped when i got taller than "
     "him. normal farm stuff right 😅"),
    "idk if this counts but mom squeezes my arm really hard when shes mad sometimes",
    "i get so mad at my stepdad i imagine running him over with the four wheeler",
    "been thinking about making the ones who bully me pay. like really pay. i dont know what id do",
    "i keep picturing punching jake until he stops talking, its scary how much i think abt it",
    "gonna torch that guys truck at the fair tonight, already got the gas can",
    "when moms boyfriend falls asleep tonight im using the knife from the kitchen. im done",
]
EVERYDAY = ["i could literally kill my little brother he ate my last yoghurt"]
WITHHELD = [("student", "go jump off the grain elevator. do us all a favor")]
(test_batch25_risk_is_escalated_and_delivered, test_batch25_everyday_sense_is_not_paged,
 test_batch25_ordinary_rows_below_three_percent) = batch_tests("batch25.jsonl", CAUGHT, EVERYDAY)
test_batch25_insults_are_withheld = withheld_tests("batch25.jsonl", WITHHELD)

# The new families' edges, written with them
STILL_PAGED = [
    "this is the last time ill message here",
    "im already on the roof",
    "the rope is already up in my closet",
    "i pray i dont wake up tomorrow",
    "someone has nudes of me and wants more",
    "im bringing a knife in tomorrow",
    "i keep picturing stabbing him",
    "i know how many of mums pills i need tonight",
]
NOT_PAGED = [
    "this is the last time ill message here before my exams, wish me luck",
    "tell everyone here they did great at the concert",
    "already said goodbye to my friends before the trip",
    "already said goodbye, see you in september",
    "i made a video and made it look like an accident for drama class",
    "the rope swing is already up in the barn, come over",
    "im already on the roof for the fireworks",
    "the bridge in minecraft is finished im on it now lol",
    "i know exactly how many of my vitamins i need",
    "my cat keeps coming into the bathroom when im in the shower lol",
    "my dad used to hit the gym every day",
    "my group did stuff that was wrong in the project",
    "my coachs idea of discipline was the laps",
    "i dont know who else to talk to about my crush lol",
    "hes using it at the school dance, his new speaker",
    "gonna torch that guys truck in gta tonight",
    "what would happen if i pushed him on the swing too high",
    "i daydream about setting fire to my homework lol",
    "i keep picturing punching the air when i win",
    "making them pay for my lunch lol",
    "the rifle is in the truck for hunting season, dad says its unlocked",
    "after tomorrow it wont matter, the test is done",
    "i know what im doing tonight, pizza and netflix",
]
(test_batch25_families_still_page_the_risk,
 test_batch25_families_leave_everyday_words_alone) = edge_tests(STILL_PAGED, NOT_PAGED)
