"""Session 24 (2026-12-01): fresh batches 83 and 85 (Sunderland and Blackpool, Milwaukee and
rural Kansas; Perth and Wellington, Cleveland and rural West Virginia) and 84 and 86 (Roman
Urdu, Tagalog, Cebuano, Swahili in eight new towns), each measured with session 23's pipeline
before it was read. The forms written from their errors (docs/moderation.md, "Session 24"):
each reaches past its own sentence, and the edges below hold both sides."""

from __future__ import annotations

from app.moderation import rules
from app.moderation.pipeline import merge
from tests.moderation.batch_cases import (
    STAGE2_SAYS_RISK,
    caught_tests,
    edge_tests,
    everyday_tests,
    withheld_tests,
)

test_batch83_risk_is_paged = caught_tests("batch83.jsonl", [
    "worried sick about me marra, he keeps sayin he's done wi everythin and wont talk to anyone",
    "this is me sayin ta-ra to yous all, youve been canny. look after wor lass for us",
    "used to self harm in year 8, scars are showin in pe and its bringin it all back",
    "goin down the prom tonight and walkin into the sea, tide's in at 11",
    "gonna climb the grain bin and jump after chores. sorry",
    "relapsed last month, first time in a year. havent since",
])

test_batch84_risk_is_paged = caught_tests("batch84.jsonl", [
    "ania ko karon sa ngilit sa mina sa Lutopan, tan-aw ko sa ubos. wala nay balikay",
    "wala koy pakialam sa imong advice gaga, gisugdan na nako og tulon ang mga pills",
    "mkisoma hii nimeenda. msinililie. mlisheni Simba mbwa wangu kwa niaba yangu",
    "sab ka shukriya yaar, tum log ache the. kal se main nahi hun ga. allah hafiz 🤍",
    "phir se cut karne ka bohat dil kar raha hai, 2 mahine se clean thi 😞",
    "may mga nangyayari samin sa bahay na di ko masabi. di ko alam kung normal ba yun",
    "gihatag na nako akong cellphone ug mga libro sa akong manghod. ayo-ayo mo tanan, babay",
    "nimebeba panga la babu kwenye begi, kesho namsubiri juma getini",
])

test_batch86_risk_is_paged = caught_tests("batch86.jsonl", [
    "piste mo tanan ayaw ko samoka, nakatulon na ko sa tibuok banig",
    "friday ko result hai agar fail hua to Shimla pahari wali jagah dekh li hai maine, wahan se "
    "kood jaunga",
    # rude to the volunteer, and an overdose: delivered and paged, never withheld
    "ayaw ko samoka yawa ka, nainom na nako ang tibuok banig sa tambal",
    "achana nami wewe, nimeshaandika barua ya kwaheri, usijifanye unajali",
])

test_batch85_risk_is_paged = caught_tests("batch85.jsonl", [
    "relapsed last month, cut for the first time in a year",
])

test_batch83_everyday_is_not_paged = everyday_tests("batch83.jsonl", [
    "pepsi max made me feel like i was gonna die, 10/10 would go again",
    "me nan keeps sayin she's leavin me her ring when she goes, she's 70 and fit as a fiddle lol",
    "i think im gonna end things w jaylen, hes been mad annoying",
    "the rat poison in the barn got into the cat food bag so we had to toss it all",
    "how do i ask my mom for a later curfew w/o her freakin out",
])

test_batch85_everyday_is_not_paged = everyday_tests("batch85.jsonl", [
    "pretty sure im ending things with jake this arvo, hes been so boring lately",
    "giving away my old netball gear to the juniors, dont need it anymore since i quit",
    "mamaw gonna kill me if she finds out i wrecked the four wheeler in the crick",
])

test_session24_attacks_are_withheld_83 = withheld_tests("batch83.jsonl", [
    ("student", "ur a proper minger, nee wonder nee one talks to ya"),
    ("student", "ur dead gormless, how did u even get in top set"),
    ("student", "deshawn so fat he break the bubbler lmao"),
    ("volunteer", "honestly that's a daft thing to get upset about"),
    ("volunteer", "sounds like you're just looking for attention again"),
])

test_session24_attacks_are_withheld_85 = withheld_tests("batch85.jsonl", [
    # the attack's own funeral and "stop talking to me" are not the sender's grief
    ("student", "go unalive yourself nobody would even come to the funeral"),
    ("student", "stop talking to me u ugly d*ke"),
    ("student", "come to the bonfire and ill slash your tires, try me"),
    ("volunteer", "no wonder you have no mates if this is how you act"),
    ("volunteer", "quit your whinin, everybody got it rough out here"),
])

test_session24_attacks_are_withheld_84 = withheld_tests("batch84.jsonl", [
    # the mocking question before "go hang yourself" is part of the attack
    ("student", "ganahan ka mamatay? sige hikoga na lang imong kaugalingon, way makamingaw nimo"),
    ("student", "unataka kufa? basi jinyonge tu, hakuna atakumiss"),
    ("student", "nikikupata nje ya gate kesho nitakuvunja mifupa"),
    ("student", "nitakusubiri nje nikupige mpaka ulie"),
    ("student", "ali ch*kka hai sab ko pata hai 💅 larkiyon wali harkaten"),
    ("volunteer", "ai, hilo ni tatizo dogo sana, acha kujifanya"),
])

test_session24_attacks_are_withheld_86 = withheld_tests("batch86.jsonl", [
    ("student", "sab ko bata do Ayesha k*njri hai, poori class ko pata hona chahiye"),
    ("student", "nitakusubiri getini baada ya shule nikuvunje mifupa"),
    ("student", "Neema ni m*laya, kila mtu darasani ajue"),
])

test_session24_attacks_are_withheld_older = withheld_tests("batch79.jsonl", [
    ("student", "hope you walk in front of a truck, real talk"),
])

test_session24_paged_edges, test_session24_everyday_edges = edge_tests([
    "nainom ko na ang buong banig ng gamot",
    "gitulon nako ang usa ka banig nga tambal",
    "ukisoma ujumbe huu nitakuwa nimeenda",
    "kal subah tak main nahi hongi",
    "chhat se kood jaungi aaj",
    "im going to climb the water tower and jump",
    "walking into the ocean tomorrow, sorry mum",
    "cutting again, its bringing everything back",
    "nabeba kisu kwenye begi, nitamsubiri baada ya shule",
    "my sister keeps saying shes done with life",
    "this is me saying goodbye to you all",
    "broke up with him, i want to die, honestly feel lighter",
    "gibuwagan na nako siya, hayahay na ko, karong gabii moambak ko sa taytayan",
], [
    "nakatulon ko og tambal sa ubo ganina",
    "nimeandika barua ya kwaheri kwa mwalimu anayehamia Arusha",
    "kal se main group mein nahi hunga, exams hain",
    "garmi mein sab nehar mein kood gaye, maza aya",
    "gonna climb the rock wall and jump into the lake",
    "this is me saying goodbye to summer",
    "nitakupigia simu jioni",
    "nitakupiga picha kwenye sherehe",
    "nitakuua kwa fifa leo 😂",
    "rollercoaster made me feel like i was going to die lol",
    "tonight were all walking into the sea for a midnight dip",
    "walked into the river after school to cool off",
    "we walked into the lake after practice with the team",
])


def test_a_breakup_told_with_relief_is_not_paged_by_stage_2() -> None:
    """"gibuwagan na nako si jake … hayahay na ko karon": stage 2 and the learned risk score read
    the ending as risk; with relief said and no other hint of risk, neither may escalate it."""
    for text in ["gibuwagan na nako si jake, kapoy na kaayo iyang selos. hayahay na ko karon",
                 "nimemaliza na boyfriend wangu, imeisha kabisa, niko free sasa 😌",
                 "main ne saif se sab khatam kar diya, roz ka jhagra tha. ab sukoon hai honestly"]:
        s1 = rules.score(text, "student")
        assert rules.BREAKUP_RELIEF in s1.signals and not any(s1.levels.values()), text
        assert rules.vetoes_stage2(s1) and not merge(s1, STAGE2_SAYS_RISK).escalate, text
    # a breakup with no relief, or with risk beside the relief, is stage 2's to read; so is
    # an English one, whose breakup stage 1 already reads as low distress
    for text in ["finally broke up with him, honestly feel lighter",
                 "gibuwagan ko niya, wala na koy gana mabuhi",
                 "broke up with him, i want to die, honestly feel lighter"]:
        s1 = rules.score(text, "student")
        assert not rules.vetoes_stage2(s1) and merge(s1, STAGE2_SAYS_RISK).escalate, text


# Batches 87 and 88, measured with the first round above before they were read
test_batch87_risk_is_paged = caught_tests("batch87.jsonl", [
    "wish a blizzard would just take me sometimes",
])

test_batch88_risk_is_paged = caught_tests("batch88.jsonl", [
    "mtunze paka wangu ukiweza. sitakuwepo kesho. nawapenda nyote ❤️",
])

test_batch87_everyday_is_not_paged = everyday_tests("batch87.jsonl", [
    "literally gonna unalive my alarm clock, 6am should be illegal",
    "ending it wi him the night, hes a total numpty and forgot ma birthday",
    "my brother hit me w the worst pun ever at dinner",
    "bout to overdose on toasted ravioli at my aunties bday lmao",
    "ground blizzard today almost killed my vibe but no bus so no school",
    "my horse tried to kill me this morning lmao bucked me right off",
])

test_batch88_everyday_is_not_paged = everyday_tests("batch88.jsonl", [
    "yawa ka-init karon oy",
])

test_session24_attacks_are_withheld_87 = withheld_tests("batch87.jsonl", [
    ("student", "ur a proper melt crying over some lad from reddish lmao get a grip"),
    ("student", "show us yer t*ts or im posting that pic"),
    ("student", "ya daft eejit, how thick are ye"),
    ("student", "stupid h@lf breed"),
])

test_session24_attacks_are_withheld_88 = withheld_tests("batch88.jsonl", [
    ("student", "Hamza tu g@y hai sab ko pata hai, kal poore school me bataunga 😂"),
    # the harasser's own "send your pics or …": withheld, not read as a report of grooming
    ("student", "apni pics bhej warna tera number sab groups me daal dunga"),
    ("student", "huna shape, unakaa kama gunia 🤢"),
    ("student", "chal nikal yahan se k*tti, koi tujhe pasand nahi karta"),
    ("student", "mag-sewer slide ka na lang, walang mamimiss sayo"),
    ("student", "unalive na lang ka, walay mo-miss nimo"),
    ("volunteer", "drama band karo, exam me fail hone se koi nahi marta, kisi ko farq nahi parta"),
])

test_session24b_paged_edges, test_session24b_everyday_edges = edge_tests([
    "sitakuwepo tena, kwaheri",
    "i wish the river would just take me",
    "i want to unalive myself",
    "my dad tried to kill me last night",
    # told of the harasser, not sent by him
    "wo kehta hai pics bhejo warna sab ko dikha dunga",
    "im gonna od on my mums pills tonight",
], [
    "sitakuwepo kesho shuleni, naenda hospitali",
    "sitakuwepo kesho, naenda safari ya shule Tsavo, tutarudi jumapili",
    "wish my mum would just take me to the shops",
    "main gay hoon aur mujhe is pe fakhr hai",
    "that exam nearly killed my gpa lol",
    "the cat tried to kill me on the stairs again",
])
