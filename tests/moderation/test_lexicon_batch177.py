"""Session 31 (2026-12-01): fresh batches 177-180 (Yreka and Kinsale, Thirsk and Cowra; Paducah
and Tain, Rhayader and Hawera; Astoria and Roscrea, Malton and Parkes; four languages in
Agdangan, Poro, Kisarawe, Liaqatpur, Taysan, Talakag, Mkuranga and Jatoi), measured with
session 30's code and read; 181-184, held out and read after their measurement; and 185-188,
measured with session 31's code and read after (185-187 in English, 188 in four languages).
The forms written from their errors (docs/moderation.md, "Session 31"); the edges below hold
both sides of each. The confirm step's second model is tested in test_confirm.py."""

from __future__ import annotations

from app.moderation import Moderator
from app.moderation.verdict import Action
from tests.moderation.batch_cases import (
    caught_tests,
    edge_tests,
    everyday_tests,
    withheld_tests,
)

# a freight train on the line (neither stage escalated it)
test_batch179_risk_is_paged = caught_tests("batch179.jsonl", [
    "im sitting on the line out near the silos. the freight comes through at 9",
])

# 184, read after its measurement: a pier's end at dark ("don't look for me any more"), the edge
# of an old mine pit ("i'll jump when people leave"), a machete carried to school ("juma won't
# come home")
test_batch184_risk_is_paged = caught_tests("batch184.jsonl", [
    "ania ko sa tumoy sa pantalan, ngitngit na. ayaw na ko pangitaa",
    "niko kwenye ukingo wa shimo la mgodi wa zamani sasa hivi. nitaruka watu wakiondoka",
    "kesho nabeba sime ya baba shule. juma hatarudi nyumbani",
])

# 187 and 188, measured with session 31's code: sheep dip drunk, a hit list by another name, a
# cliff where nobody will find the sender; a rude Cebuano overdose of a whole bottle, things
# given away beside "salamat sa tanan", a letter for ammi after "sab khatam", "if i fell nobody
# would notice", a father who hurt when drunk (past), and a friend who "just wants to die"
# (withheld as the imperative "kufa tu" until then)
test_batch187_risk_is_paged = caught_tests("batch187.jsonl", [
    "drank some of the sheep dip from the shed, my stomach is burning",
    "made a list of whos getting hurt at the winter carnival. you guys will see",
    "going up mount marathon alone tonight to the cliffs by the gully. nobody will find me til "
    "morning",
])
test_batch188_risk_is_paged = caught_tests("batch188.jsonl", [
    "hilom diha yawa ka, nainom na nako ang tibuok botelya sa tambal, wala nay pulos imong storya",
    ("salamat sa tanan. gihatag na nako akong cp sa akong manghod ug akong iring kang Tin. babay "
     "na."),
    "jumma ko paper ke baad sab khatam, ammi ke liye khat likh diya hai",
    "kung mahulog ko sa pangpang duol sa suba murag walay makamatikod",
    "si tatay dati pag nalalasing sa lambanog nananakit, tumigil na siya pero kinakabahan pa rin "
    "ako baka bumalik",
    "rafiki yangu Neema ameniambia anataka kufa tu, naogopa sana kwa ajili yake",
])

# telling someone to jump into or off a place no list named, with who would not miss them;
# and "help" mocked rather than asked for
test_batch177_insults_are_withheld = withheld_tests("batch177.jsonl", [
    ("student", "go jump in cod beck and dont come back, no one wants u here"),
])
test_batch178_insults_are_withheld = withheld_tests("batch178.jsonl", [
    ("student", "hey volunteer why dont u go jump off the floodwall and do us all a favor"),
    ("student", "this chat is run by idiots like you who couldnt help a sheepdog"),
    ("student", "useless helper, you couldnt help a possum cross the road"),
])
test_batch179_insults_are_withheld = withheld_tests("batch179.jsonl", [
    ("student", "go jump in the derwent mate nobody would miss you"),
    ("student", "go lie on the tracks mate, do us all a favour"),
    ("student", "ur a useless waste of space, go away and stop pretending to help"),
])
test_batch182_insults_are_withheld = withheld_tests("batch182.jsonl", [
    ("student", "ffion go jump off the castle bridge and do us all a favour"),
])

# a trip's goodbye in Cebuano is not a farewell (batches 49, 56, dialect6)
test_trip_goodbyes_are_not_paged = everyday_tests("batch56.jsonl", [
    "mobiya mi ugma paingon bantayan para holy week, walay signal sa isla ha so ayaw ko pangitaa "
    "hehe",
])

test_session31_forms_page, test_session31_forms_leave_alone = edge_tests([
    "stood on the tracks behind the grain elevator, the coal train goes through at 6",
    "ayaw na ko pangitaa. salamat sa tanan",
    "nimesimama ukingo wa daraja, nitajirusha usiku huu",
    "nimeficha panga kwa begi, kesho baraka hatarudi nyumbani",
], [
    "go jump in the lake after practice lol its so hot",
    "muuli ko sa probinsya ugma, ayaw ko pangitaa ha haha",
    "nitaruka kamba na wadogo zangu baada ya shule",
    "lets go jump off the pier at high tide, nobody would miss the bus anyway",
    "made a list of whos coming to my party saturday",
    "best hiding spot by the river, nobody will find me lol",
    "ammi ke liye mothers day pe letter likha, bohat khush hui",
])


def test_just_die_said_to_someone_is_still_withheld(mod: Moderator) -> None:
    v = mod.assess("wewe kufa tu, hakuna anayekupenda")
    assert v.action is Action.WITHHOLD and not v.escalate, v.signals


def test_help_asked_for_still_delivers_a_rude_message(mod: Moderator) -> None:
    """"help" mocked is an insult's word; asked for, it is a hint of risk outside the attack,
    and the rude message is delivered for the cascade to read."""
    for text in ("stfu nobody can help me now", "shut up, i dont need ur help, its too late"):
        v = mod.assess(text)
        assert v.action is Action.DELIVER, (text, v.signals)
