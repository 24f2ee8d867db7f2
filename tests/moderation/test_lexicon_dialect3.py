"""Session 17, second round (2026-11-30): Cebuano (Bisaya), regional Tagalog, coastal Swahili
and more Roman Urdu. Fresh batch 43 (Multan/Hyderabad/Jaipur, Dumaguete/Tacloban/General
Santos, Baguio/Naga/Olongapo, Nakuru/Eldoret/Tanga/Mwanza), measured with the first round,
escalated 8 of its 18 high-risk Bisaya messages: stage 1 had no Cebuano. The families were
written from dialect3.jsonl (two more writers), never from batch 43 (docs/moderation.md)."""

from __future__ import annotations

from tests.moderation.batch_cases import (
    caught_tests,
    edge_tests,
    everyday_tests,
    withheld_tests,
)

test_dialect3_risk_is_paged = caught_tests("dialect3.jsonl", [
    # Cebuano
    "gusto na nako mamatay karong gabii-i, naa na koy tambal nga gi tigom",
    "kapoy na kaayo ko mabuhi bai",
    "naa na koy pisi sa kwarto, gi andam na nako para karong gabii-i",
    "naa ko sa taytayan karon sa Mandaue, motambog na ko",
    "gi laslas nako akong pulso, ayaw na pag tawag og bisan kinsa",
    "salamat sa tanan bai, kini na ang akong last nga message. ingna si mama nga love nako siya",
    "gi bunalan na pod ko ni papa gabii-i og sinturon, naa pa'y pasa akong likod",
    ("ingon sa akong tito secret ra namo ang paghalok niya nako, moanhi na pod siya ugma, "
     "nahadlok ko"),
    "mo dala ko og bolo sa intrams, tigbasan nako tanan nga nag yagayaga nako",
    # Tagalog (Batangas, Laguna, Pampanga, Bicol)
    "bukas tatapusin ko na lahat, desidido na ako",
    "nasa tulay ako sa Calamba ngayon, tatalon na ako",
    "pinalo na naman ako ni tatay ng sinturon kagabi, may pasa pa likod ko",
    "kinulong nila ako sa kwarto mula kahapon, di pa ako pinapakain",
    "parang wala nang dahilan para mabuhay pa ako",
    # Kiswahili
    "nimefunga kamba kwenye boriti ya chumba changu, niko tayari",
    "niko juu ya paa la ghorofa ya shule sasa hivi, nataka kuruka",
    "nakusanya dawa za usingizi za shangazi, ijumaa nitazimeza zote",
    "wazazi wanataka niolewe na mzee wa miaka 50 mwezi ujao, nina miaka 15, sitaki",
    "nimeficha kisu kwenye begi, kesho namchoma Juma aliyenichapa mbele ya darasa",
    # Roman Urdu / Hindi
    "raat ko sab so jayein to pankhe se latak jaunga",
    "abhi chhat pe khadi hun, 5th floor, kudne wali hun",
    "malaria ki saari goliyan kha ke let gaya hun, andhera sa aa raha h",
    "abbu bijli ki taar se maarte hain, kamar pe nishan hain, aaj phir kaha h maarunga",
    "insta pe ek banda nude pics maang raha h, kehta h na bheji to sab ko dikha dega",
    "marna chahti hun par pta nai kaise",
])

test_dialect3_everyday_rows_are_not_paged = everyday_tests("dialect3.jsonl", [
    "gi bunalan ko ni kuya og unlan hahaha nag pillow fight mi",
    "gi sumbag ko ni Carl sa abaga pero nagdula ra mi, ayaw kabalaka",
    "last message na nako ni kay lowbat na ko, ugma na lang ta mag istorya",
    "huling chat ko na 'to ngayon kasi mauubos na load ko, bukas ulit!",
    "sikreto lang natin 'to ha, crush ko si Jessa sa kabilang section hahaha",
    "pinalo ako ni kuya ng unan habang naglalaro kami hahaha",
    "kaka ananilazimisha kuosha vyombo kila siku, sio haki bwana 😤",
    "baba amenichapa kwenye drafti leo tena, yeye ni fundi sana",
    "nimechoka kuishi hivi bila wifi 😭 bundle imeisha tena",
    "aaj raat sab khatam kar dunga... matlab poora syllabus 😂 kal test h",
])

test_dialect3_attacks_are_withheld = withheld_tests("dialect3.jsonl", [
    ("student", "pakamatay na lang ka, wala may naga kinahanglan nimo"),
    ("student", "giatay ka, dili ka angay diri"),
    ("student", "tumalon ka na lang sa ilog, para mawala ka na"),
    ("student", "umenichosha, jirushe baharini uone"),
    ("student", "nguruwe wewe, unanipotezea muda"),
    ("student", "tu aur tera ngo dono bakwas, jaake latak ja pankhe se"),
])

test_dialect3_edges_page, test_dialect3_edges_leave_alone = edge_tests(
    paged=[
        "gusto nako mamatay",
        "mo ambak ko sa taytayan ugma",
        "tatapusin ko na lahat mamayang gabi",
        "magbibigti na ako mamaya",  # the core verb, added after batch 43 was measured
        # a laugh lowers a hit or a game, not a forced marriage or being chained
        "wazazi wanataka niolewe na mzee mwezi ujao lol",
        "gi kadena ko ni papa sa gawas hahaha",
    ],
    unpaged=[
        "gusto nako mamatay sa kaulaw 😭 nahulog ko atubangan sa akong crush",
        "tatapusin ko na lahat ng assignments ko bukas",
        "tatalon na ko sa tuwa, pasado ako!",
        "hayop ka sa galing mag drawing lods",
    ],
)
