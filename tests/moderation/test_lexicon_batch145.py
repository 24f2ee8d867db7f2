"""Session 28 (2026-12-01): fresh batches 145-148 (Kerikeri and Gympie, Scottsdale and Bude;
Roman Urdu, Tagalog, Cebuano and Swahili in Sambrial, Gabaldon, Sibonga, Mbinga, Khushab,
Bongabon, Dumanjug and Njombe; Taihape and Abilene, Feilding and Cessnock; Durango and Cooma,
Whyalla and Bemidji), measured with session 27's pipeline before they were read; 149-152,
measured with it and with the first round; 153-156 (Bairnsdale and Galashiels, Kaikohe and
Chillicothe; four languages in eight more towns; Murwillumbah and Dolgellau, Te Kuiti and
Pikeville; Naracoorte and Carrickfergus, Balclutha and Del Rio), measured with it and with the
second round. The forms written from their errors (docs/moderation.md, "Session 28"); the
edges below hold both sides of each."""

from __future__ import annotations

from app.moderation import Moderator, rules
from app.moderation.pipeline import merge
from tests.moderation.batch_cases import (
    STAGE2_SAYS_RISK,
    caught_tests,
    edge_tests,
    everyday_tests,
)

test_batch145_risk_is_paged = caught_tests("batch145.jsonl", [
    "going round to mason's place tonight with a bat and his car's getting smashed and so is he",
    "gonna walk out at widemouth at high tide tonight and just keep going",
])

test_batch146_risk_is_paged = caught_tests("batch146.jsonl", [
    "ibigay nyo na lang cellphone ko kay bunso pati mga libro ko. paalam sa inyong lahat 🖤",
    "usiku huu najirusha kwenye daraja la mto Ruhuhu, hakuna atakayenizuia",
    "nagsamad na pud ko sa akong paa gabii, nagsul-ob kog pants bisag init kaayo",
])

test_batch147_risk_is_paged = caught_tests("batch147.jsonl", [
    "some nights i lie there hoping the frost gets me and i just dont wake up for mustering",
    "got petrol in the ute for prizegiving, the whole senior class is gonna burn with the gym",
    "taking koro's .22 to school monday and those yr 12s are gonna pay, all of them",
    "my best mate sent me 'thanks for everything' out of nowhere and now her phone's off",
    "gonna walk out in front of a coal truck on wine country drive tmrw morning",
    "we're jumping brody at the skate park after school, bats in the car, gonna break his legs",
])

test_batch149_risk_is_paged = caught_tests("batch149.jsonl", [
    "cant see the point in sticking around anymore, everything just feels pointless since "
    "christmas",
    "burned my arm w a lighter on the weekend, helped for like a second",
])

test_batch150_risk_is_paged = caught_tests("batch150.jsonl", [
    # a rude start does not withhold the sender standing on the bridge
    "chup karo apni lectures ke sath, mai pehle hi ravi ke pul pe khara hun",
    "salamat sa tanan, kang tin na akong mga libro ug sinina. babay sa tanan hangtod sa hangtod",
    "gihatag na nako akong cp kang manghod ug akong bike kang jun2x. salamat sa tanan, babay na",
    "yung coach namin sa volleyball, ang weird ng tingin niya sakin, lagi akong pinapaiwan after "
    "practice",
])

test_batch151_risk_is_paged = caught_tests("batch151.jsonl", [
    "cut for the first time in ages last week, hid it under my rugby socks",
    "me n my cuz are gonna wait for jack behind the woolshed after the dance with a bat and "
    "smash him",
])

test_batch152_risk_is_paged = caught_tests("batch152.jsonl", [
    "burned my arm wi a lighter last week when i was ragin, i don't know why i did it",
    "my sister's been talkin real dark lately bout not wantin to be here, i dont know how to "
    "help her",
])

test_batch145_everyday_is_not_paged = everyday_tests("batch145.jsonl", [
    "nan's giving all her stuff away before she moves into the retirement village, i got her old "
    "ukulele 🥹",
    "gave away all my old footy boots and my broncos jerseys to the under 12s, feels weird ngl",
    "grabbed nan's script from the chemist, she's on like 9 diff pills now, the bag's bigger "
    "than her handbag",
    "ending it with my maths tutor, shes too expensive and i still dunno what a derivative is",
    "giving away my old foamie and flogging the 4/3 wetsuit, need em gone before i start at "
    "callywith",
    "last shift at the chippy tonight, saying bye to everyone then i'm free till september",
    "cant do this anymore, third flat tyre on the bike this week thanks to the gravel on the rail "
    "trail 😑",
])

test_batch147_everyday_is_not_paged = everyday_tests("batch147.jsonl", [
    "gonna jump off the bridge at gravity canyon for my 16th, mum finally said yes!! 80m "
    "straight down 😭",
    "got the rope off the ute to pull the quad out the creek, absolute mission",
    "branding calves all morning, blood n dirt everywhere and my shirt is RUINED",
    "hitting in the cages till my hands bleed, regionals in 2 wks",
    "leaving all my stuff to my sister when i go to uni next yr, she's already eyeing my room",
    "hunter expressway at 7am is where hope goes to die",
    "cant do this anymore, the bus from kurri stops at every bloody servo on the way",
])

test_batch148_everyday_is_not_paged = everyday_tests("batch148.jsonl", [
    "took like 4 advil before the iron horse and still died on the climb lol my legs r gone",
    "lamb marking tmrw, gonna be blood everywhere and me in me good trackies 😭",
    "jumped off the old bridge at dalgety into the snowy, absolutely freezing but worth it",
    "we jumped off the train bridge by lake irving last summer, gonna do it again when it warms "
    "up",
    "finished my last ever shift at maccas, handed in the visor n said bye to everyone. free at "
    "last",
    "ricing with my auntie today, pulled like 6 leeches off my legs after and there was blood "
    "everywhere lol",
    "cant do this anymore its -38 with windchill and my car wont start AGAIN",
])

test_batch149_everyday_is_not_paged = everyday_tests("batch149.jsonl", [
    "dad's giving away all his old rods and reels to me n my cuz before he moves down to "
    "adelaide",
    "giving away all my old gcse revision guides, been through hell with them, free to any year "
    "10",
    "nan gave away all the leftover kai after the tangi, every car left w a chilly bin lol",
    "whos jumping off the wairoa bridge after school?? tides in, bring ur togs 🌊",
    "sharpening the gutting knife for tuna this arvo, who wants eel for tea",
    "wrote my goodbye letter to whaea t for her retirement, she taught my mum too 🥲",
    "im ending it with the shearing gang after this season, 17 n my back is 70",
])

test_batch151_everyday_is_not_paged = everyday_tests("batch151.jsonl", [
    "grandpa is giving away all his guns to us grandkids before shotgun season since his eyes r "
    "bad now. i get the 20 gauge",
    "giving away my old togs and wetsuit bc benmore is way too cold for me this yr, anyone keen?",
])

test_batch152_everyday_is_not_paged = everyday_tests("batch152.jsonl", [
    "got me gran's old knife set when she moved into the care home, she said she wont be needin "
    "them now",
    "overdosed on stotties and pease puddin at the big meeting, cannot move, send help",
    "blood everywhere at u16 trainin, wee fella caught a hurl to the eyebrow, four stitches, he's "
    "grand tho",
])

test_batch153_risk_is_paged = caught_tests("batch153.jsonl", [
    "reckon mum'd have it easier if i just faded out of the picture tbh",
    "ma heid's pure mince, feels like ah'm watchin masel fae ootside, scared ah'm goin mad",
    "ma pal's been postin goodbye-ish stuff n noo her phone's aff, ah'm pure worried aboot her",
    "ma pal showed me her legs in the changin room, aw cut up, she made me swear no tae tell",
])

test_batch154_risk_is_paged = caught_tests("batch154.jsonl", [
    "fajr ki azaan pe aankh khulti hai to afsos hota hai ke phir se din shuru ho gaya, kash aankh "
    "hi na khulti",
    "mamayang hatinggabi pupunta ako sa dulo ng pantalan tapos tatalon ako, di ako marunong "
    "lumangoy",
    "tuwing tumitilaok manok ni lolo sa umaga, naiisip ko sana tulog na lang ako habambuhay",
    "rafiki yangu ametuma 'asanteni kwa yote, mnisamehe' kwenye group halafu hapokei simu, "
    "naogopa",
])

test_batch155_risk_is_paged = caught_tests("batch155.jsonl", [
    "cut last week for the first time in ages and i kinda want to again",
])

test_batch156_risk_is_paged = caught_tests("batch156.jsonl", [
    "lying in the swag out the back thinking the fam would cope fine without me around tbh",
    "gonna wait for brody after footy training thurs with a star picket. hes not walking home",
])

test_batch153_everyday_is_not_paged = everyday_tests("batch153.jsonl", [
    "im ending it with footy tipping, dead last and i've lost 20 bucks to my brother",
    "wrote my will for te reo class lol it was the assignment, left my ps5 to my brother",
])

test_batch155_everyday_is_not_paged = everyday_tests("batch155.jsonl", [
    "have to shove a worming pill down the dogs throat tonight, she bit me last time, pray for me",
    "papaw's givin away all his huntin rifles to us grandkids, says his eyes too bad to shoot "
    "anymore. i got the 30-30!!",
    "sat right on the edge of the cliff at the breaks eatin gas station pizza, best view in the "
    "state",
])

test_batch156_everyday_is_not_paged = everyday_tests("batch156.jsonl", [
    "climbed the knockagh on sunday, standin at the edge of the monument lookin down at the lough "
    "was unreal",
])

test_session28_families_page, test_session28_families_leave_alone = edge_tests([
    # said of oneself, with a time or a means, the same words still page
    "gonna step out in front of the train tonight",
    "gonna walk into the sea tonight and just keep going",
    "i hope i just dont wake up tomorrow",
    "taking my dads .22 to school tomorrow",
    "gonna wait for him after school with a knife",
    "giving away all my stuff, wont need it after tonight",
    "last day at school, goodbye everyone, i wont be around after tonight",
    "took 40 advil before bed",
    "dad threw me into the wall cos i forgot to feed the calves",
    "im bleeding everywhere from the cuts, hurling was cancelled",
    "i cant breathe and my chest hurts so bad",
    "this is my goodbye. thanks for listening to me in class when nobody else did",
    "jumped off the bridge tonight and survived, im at the hospital",
    "nehar ke pul pe khara hun, bas ek qadam ki baat hai",
    "sitting on the edge of the bridge watching the sunset one last time",
    "standing on the edge of the cliff, the view is the last thing ill see",
    "everyone would be better off without me",
], [
    "gonna walk out in front of the class for my speech",
    "walked out of class and just kept going to the shops",
    "hope i dont wake up late tomorrow lol",
    "bringing 22 cupcakes to school for my birthday",
    "the whole class is gonna pay for the trip in cash",
    "last shift at the servo, said bye to everyone, free till uni",
    "dont see the point of going on the trip if shes not coming",
    "my friends will be fine without me at the party, i have a cold",
])


def test_cant_do_this_anymore_alone_is_stage_2s_to_weigh(mod: Moderator) -> None:
    """'cant do this anymore' (or 'di ko na kaya', 'siwezi tena') with nothing else is low and
    unsettled: delivered with guidance at once, and stage 2 escalates it when it reads risk. A
    bare "i cant do this anymore", a body in trouble ('cant breathe'), a life that cannot go
    on, or any other risk beside it is still paged by stage 1."""
    for text in ["cant do this anymore, third flat tyre on the bike this week",
                 "cant take it anymore, the wifi drops every two minutes",
                 "siwezi tena jamani, tangu asubuhi tunachuma kahawa shambani"]:
        s1 = rules.score(text, "student")
        v = mod.assess(text)
        assert s1.levels["distress"] == 1 and not s1.settled and not v.escalate, text
        assert merge(s1, STAGE2_SAYS_RISK).escalate, text
    # a bare "i cant do this anymore" is read as a wish to be done with it all, and paged:
    # since session 29 once stage 2 has read it (the confirm step; test_confirm.py)
    bare = mod.assess("i cant do this anymore")
    assert "confirm:held" in bare.signals and not bare.escalate
    assert mod.assess_without_stage2("i cant do this anymore").escalate
    for text in ["i cant breathe and my chest hurts so bad",
                 "i cant go on like this",
                 "i cant do this anymore, im gonna kms tonight",
                 "cant do this anymore, dad hits me every night"]:
        assert mod.assess(text).escalate, text
