"""Batches 34-37 (2026-11-29, session 15): fresh, from eight writers who read only the policy
table: a Liverpool sixth form and an Atlanta high school (34), a Johannesburg high school and a
Singapore secondary (35), a Newcastle comprehensive and a rural eastern Oregon high school (36),
a Bengaluru CBSE school and a Kingston, Jamaica high school (37). Each was measured once with the
session's retrained pipeline (docs/moderation.md). Families from their misses, written after they
were measured: insults and volunteers' blame the lexicon now withholds by itself, and everyday
rows it no longer pages. None of these batches is in train.jsonl."""

from __future__ import annotations

from app.moderation import Action, Moderator
from tests.moderation.batch_cases import (
    caught_tests,
    edge_tests,
    everyday_tests,
    staff_kind_tests,
    withheld_tests,
)

test_batch34_insults_are_withheld = withheld_tests("batch34.jsonl", [
    ("student", "yo mama so broke she paid for homecoming tix in food stamps 😂"),
    ("student", "drink some bleach and call me in the morning lmao"),
    ("volunteer", "you people always exaggerate, i doubt your mom really locked you out"),
    ("volunteer", ("that's what happens when you sneak out to parties, you shouldn't have been "
                   "drinking")),
    ("volunteer", "can you type in real english? idk what 'finna' even means lol"),
])
test_batch35_insults_are_withheld = withheld_tests("batch35.jsonl", [
    ("student", "ur mom so broke she blames load shedding for not having lights 😂"),
    ("student", "ur mom works at the taxi rank and she's not selling sweets 😂"),
    ("volunteer", "typical, you people always have an excuse for bad marks"),
])
test_batch36_insults_are_withheld = withheld_tests("batch36.jsonl", [
    ("student", "ur mom gets around more than the rodeo circuit"),
    ("student", "drink some bleach and do all of us a favor"),
    ("volunteer", "self harm is just attention seeking, you know that right?"),
    ("volunteer", "well what did you expect going to a party dressed like that"),
    ("volunteer", "no offence but that's what happens with families off your estate"),
    ("volunteer", "kids from the res always have this kind of stuff going on at home tbh"),
])

test_batch34_everyday_rows_are_not_paged = everyday_tests("batch34.jsonl", [
    ("we did the tomb scene from romeo and juliet in drama, i had to fake stab meself and miss "
     "said it was proper moving"),
    "writing a goodbye letter to my coworkers lol last shift at chick fil a saturday",
    "my girl said she was gon kill her presentation and she really did, teacher clapped",
])
test_batch35_everyday_rows_are_not_paged = everyday_tests("batch35.jsonl", [
    ("RE debate today was on euthanasia, i argued it should be legal and the whole class came "
     "for me lol"),
    ("giving away all my grade 11 textbooks, anyone need life sci or geography? free, just come "
     "fetch"),
    "overdosed on bubble tea today, 3 cups, stomach not happy 😂",
])
test_batch36_everyday_rows_are_not_paged = everyday_tests("batch36.jsonl", [
    "why is everyone writing 'unalive' in their english essays now, mr patel went mad",
    "my horse tried to kill me today lol she spooked at a plastic bag and i ate dirt",
    "giving away my old 4-h rabbits since i aged out, anyone want a lop?",
    "overdosed on takis at the away game, my stomach is in shambles",
    ("reservoirs still freezing but end of may we're jumping off the dam bridge like every year, "
     "tradition"),
    "ag mechanics is welding a gun rack for the booster auction",
])

# the families' edges
(test_batch34_families_still_page_the_risk,
 test_batch34_families_leave_everyday_words_alone) = edge_tests([
    "my dad tried to kill me today",
    "im jumping off the bridge tonight",
    "im writing my goodbye letter tonight",
    "gonna overdose on sleeping pills with candy",
    "im gonna overdose on these pills tonight",
    "im bringing my dads gun to school",
    "im giving away all my stuff, i wont need it after friday",
], [
    "the whole class came for me lol",
    "my ouma says she'll 'skin me alive' if i don't come to church sunday",
    "i had to fake stab meself in drama",
    "kms the school wifi so lag",
    "my nan's going to skin me alive when she sees my report",
])


test_a_volunteers_kind_words_in_the_same_shapes_are_delivered = staff_kind_tests([
    "what did you expect me to say? im here to listen",
    "thats what happens when you run on no sleep, its really hard",
    "self harm is not attention seeking, and you deserve support",
    "the lads doing yo mama jokes on the bus sounds annoying, did it bother you?",
    "your mum sounds so proud of you",
])


# Batch 37's one risky message withheld when it was measured: a grooming disclosure told
# without "to" ("ask me send him pics") was read as the student asking for pictures.
test_batch37_grooming_disclosure_is_paged_and_delivered = caught_tests("batch37.jsonl", [
    "youth pastor ask me send him pics and say its between us and god",
])


def test_asking_the_reader_for_pictures_is_still_withheld(mod: Moderator) -> None:
    assert mod.assess("send pics or ur blocked").action is Action.WITHHOLD
    assert mod.assess("i ask u send me pics").action is Action.WITHHOLD


# Batch 37's high-risk rows told in Jamaican English or with a note's hiding place, and the
# poisons farms keep, found missing while writing them: paged.
test_batch37_risk_in_patois_is_paged = caught_tests("batch37.jsonl", [
    "note for amma and appa is under my pillow. i'm done after the maths paper tomorrow",
    ("giving my tablet and my champs medals to my likkle bro tmrw, him should have them when mi "
     "gone"),
    ("if results come and mi fail mi nah stay alive to see mommy face. mi already know how"),
])
(test_batch37_families_still_page_the_risk,
 test_batch37_families_leave_everyday_words_alone) = edge_tests([
    "i drank pesticide",
    "im gonna drink the weedkiller in the shed",
    "my mum burned my hand on the stove",
    "mi waan dead fi real",
], [
    "mi dead 😂 yuh see wah him do",
    "dad sprays pesticide on the maize every spring",
    "i burned my hand on the stove making toast",
    "my boyfriend grabbed my hand at the movies",
    "when mi gone a school mi cyaan buy lunch",
    "i left a note for my mum on the fridge",
])
