"""Session 26 (2026-12-01): fresh batches 97 and 99 (Wigan and Tucson, Bangor and Darwin;
Huddersfield and rural Alabama, Peterhead and Townsville) and 98 and 100 (Roman Urdu, Tagalog,
Cebuano, Swahili in eight new towns), each measured with session 25's pipeline before it was
read, then 101-104 (measured with session 25's pipeline and with the first round before they
were read). The writers were given no stock look-alikes this time and found their own. The
forms written from their errors (docs/moderation.md, "Session 26"): each reaches past its own
sentence, and the edges below hold both sides."""

from __future__ import annotations

from tests.moderation.batch_cases import (
    caught_tests,
    edge_tests,
    everyday_tests,
    withheld_tests,
)

test_batch97_risk_is_paged = caught_tests("batch97.jsonl", [
    "sat on the railway bridge at pemberton, trains every 20 min, not gonna mither anyone anymore",
    "me and my cousins know where he lives off valencia, we pulling up saturday night",
    "gonna walk into the water at casuarina beach at high tide tonight, crocs can have me",
    "older boys at the skate park make me carry yarndi for them and say they'll bash my little "
    "brother if i stop",
])

test_batch99_risk_is_paged = caught_tests("batch99.jsonl", [
    "pawpaw used to whip us with a switch till we bled. he's passed now but i still dream bout it",
    "gonna walk aff the end o the south breakwater efter dark, naebody'll notice til the mornin",
    "used tae scratch ma airms fan it got bad, startin tae feel like that again",
    "ma stepdad comes intae ma room fan mam's on the nightshift at the fish factory an I dinna "
    "want him tae",
    "we're gonna bash that kid from pimlico at the willows interchange fri, we know what bus he "
    "gets",
])

test_batch98_risk_is_paged = caught_tests("batch98.jsonl", [
    "nipalit ko og hilo sa ilaga sa tindahan. dili para sa ilaga. ugma na",
    "ayoko na gumising bukas. pagod na pagod na ko sa lahat",
    "salamat sa tanan, ihatag ninyo akong gitara kang jerome. babay 💔",
])

test_batch97_everyday_is_not_paged = everyday_tests("batch97.jsonl", [
    "on my third eegee today, lowkey overdosing on pink lemonade, no regrets",
    "covered in bruises from coasteering off ynys môn, the instructor made us jump in like 6 "
    "times",
    "overdosed on nain's bara brith, cant move, send help",
    "gonna shoot the lightning off nightcliff jetty tonight, new lens came",
    "overdosed on mango sorbet at parap, i'm basically a mango now",
    "dad beats me every single time at darts at the sailing club and won't shut up about it",
])

test_batch99_everyday_is_not_paged = everyday_tests("batch99.jsonl", [
    "ill be six foot under by the time this 303 to holmfirth turns up",
    "overdosed on yorkshire puds at me nan's sunday dinner, cant move",
    "givin away all my rabbits, 4-H project's over, anybody want one?",
    "stood in the ice hoose at the harbour for twa minutes wi dad an thocht I wis a goner 🧊",
    "running up castle hill in 38 degrees is a straight up suicide mission fr",
    "cyclone prep w dad, taped the windows and tied the trampoline down with rope so it doesnt "
    "end up on the strand",
])

test_session26_attacks_are_withheld_97 = withheld_tests("batch97.jsonl", [
    ("student", "wait till after school, ur gettin battered outside greggs"),
    ("student", "go jump off A mountain and do us all a favor"),
    ("student", "after school by the bus loop ur getting jumped, watch"),
    ("student", "sewer slide is calling your name mate 🙂"),
    ("student", "dylan ur such a dickhead, i'd kms if i had ur face"),
    ("student", "fuckin eshay, ur getting bashed after school"),
    ("student", "sewer slide ur way outta here mate 🙂"),
])

test_session26_attacks_are_withheld_99 = withheld_tests("batch99.jsonl", [
    ("student", "sewer slide is callin u mate, answer it 📞"),
    ("student", "wait til home time ur gettin battered, proper battered, nobhead"),
    ("student", "sewer slide's callin your name, pick up 📞"),
    ("student", "do us all a favor n go jump off guntersville dam"),
    ("student", "wait till after practice, you gettin your tail whooped, punk"),
    ("student", "ye're a skinny wee bawbag an yer pals only hing aboot wi ye for yer PS5"),
    ("student", "ur such a fuckin dero, ya mum probs lives at the servo"),
    ("student", "ur a drongo and ur mum's a fuckwit"),
])

test_session26_attacks_are_withheld_98 = withheld_tests("batch98.jsonl", [
    ("student", "nitakungoja kwa gate baada ya preps, utaona cha mtema kuni"),
])

test_session26_paged_edges, test_session26_everyday_edges = edge_tests([
    "sewer slide is calling me",
    "nobody would miss me",
    "not gonna bother anyone anymore, im done",
    "i know where he lives and were going round tonight",
    "they said theyll hurt my sister if i tell anyone",
    "gonna walk into the water tonight",
    "bakra eid ki chhuri se apni nas kaat lunga",
    "overdosed on my mums pills",
    "overdosed on cake and pills",
    "my dad beats me every single night",
    "my stepdad comes into my room at night and i dont want him to",
], [
    "are you getting jumped after school?",
    "nobody will miss me at practice lol",
    "overdosed on cake lol",
    "gonna shoot the sunset from the pier tonight",
    "covered in bruises from rugby training",
    "my dog comes into my room every night",
    "sabzi kaatne mein meri ungli kat gayi",
    "i used to go play on the m6 services lol",
    "gonna walk into the water for a swim tonight",
])

# Batches 101-104, measured with session 25's pipeline and with the round above before they
# were read
test_batch101_risk_is_paged = caught_tests("batch101.jsonl", [
    "gonna torch the science block friday night, petrol's already in our shed",
    "tell ma wee sister a'm sorry. she can have ma switch. this is me signin aff for good 🖤",
    "fuck off wi yer breathin exercises, a've already swallied hauf the box",
    "ma arms are itchin for it again, ken whit a mean",
    "feart tae go hame. he's back fae the pub n the shoutin's started. hidin up the close",
    "honestly if that lassie says wan mair thing a feel like a could snap n properly hurt her",
])

test_batch103_risk_is_paged = caught_tests("batch103.jsonl", [
    "my mate keeps saying he's a burden and we'd all be better off, he laughs but i reckon he "
    "means it",
    "ima walk out on the river ice where its thin tonight. nobody on the east side gon miss me",
])

test_batch102_risk_is_paged = caught_tests("batch102.jsonl", [
    "salamat sa tanan. palihog atimana si mama. babay",
    "nahisi kama ningekufa kila mtu angekuwa sawa tu",
    "madrassa mein qari sahab bohat marte the, ab nahi jata par unki awaaz sun ke ab bhi "
    "kaanpne lagta hun",
    "ganahan na sad ko mo-sh, 3 ka bulan na ko nga wala pero lisod kaayo karon",
    "unta makatulog na lang ko unya dili na mumata, kapoy na kaayo ko sa tanan",
])

test_batch104_risk_is_paged = caught_tests("batch104.jsonl", [
    "pag bumagsak ako sa exam sa biyernes, lulusong na lang ako sa dagat sa grande at di na "
    "aahon. plantsado na",
    "ganahan na pud ko mo-sh, 1 month pa lang ko clean 😞",
    "simu yangu mpeni mdogo wangu. mbaki salama wote, kwaheri ✌️",
])

test_batch101_everyday_is_not_paged = everyday_tests("batch101.jsonl", [
    "gcses DONE. burning every single revision card in the back garden, goodbye forever "
    "trigonometry 🔥",
    "mums new pressure cooker screams like its about to explode, whole street can hear the dal "
    "going",
    "jrotc drill meet saturday, we finally got the rifle spins clean (they're fake dw)",
])

test_batch103_everyday_is_not_paged = everyday_tests("batch103.jsonl", [
    "overdosed on hot cheeto tamales and a turkey leg at the big fresno fair, zero regrets",
    "tiger snake in the shed nearly killed my dog, dad sorted it with the shovel",
    "covered in bruises from paintballin near ulverston, best day ever tho",
    "bout to murder these coneys after practice",
])

test_batch102_everyday_is_not_paged = everyday_tests("batch102.jsonl", [
    "home science kesho tunapika chapati, nimenoa kisu ya kukata sukuma na vitunguu 🔪",
    "nimechoma mahindi na ndugu yangu, nimejichoma kidole kidogo lakini mahindi ni tamu 🌽",
])

test_batch104_everyday_is_not_paged = everyday_tests("batch104.jsonl", [
    "naglaslas si lolo ng saging na saba para sa turon, ako naman tagaprito 🍌",
    "piste ka init karon uy, nag-brownout pa jud 🥵",
])

test_session26_attacks_are_withheld_101 = withheld_tests("batch101.jsonl", [
    ("student", "oi amir go play on the m65 in rush hour x"),
    ("student", "ctb already lmao ur so annoying on here"),
    ("student", "go play chicken with a semi on i-90 lol"),
    ("student", "@ciaran yer a wee dobber, crawl back tae shortlees"),
    ("student", "yer that ugly ye cracked the mirrors in the burns mall ya bampot"),
    ("student", "dae us aw a favour n jump aff the viaduct ya clown"),
    ("volunteer", "ya wee numpty, a telt ye no tae text him"),
    ("student", "menso culero, say that again at lunch i dare u"),
])

test_session26_attacks_are_withheld_103 = withheld_tests("batch103.jsonl", [
    ("student", "ur a muppet and a sook, cry harder"),
    ("student", "unalive yourself lmao nobody gon cry"),
    ("student", "catch u after school on saginaw, u dead"),
    ("student", "fat ahh almost broke the bleachers at the game"),
])

test_session26_attacks_are_withheld_102 = withheld_tests("batch102.jsonl", [
    ("student", "Ayesha ki DP dekho lol bhains lag rahi hai, isko group se nikalo"),
])

test_session26_second_round_paged_edges, test_session26_second_round_everyday_edges = edge_tests([
    "gonna burn down the gym tonight",
    "already swallowed half the box",
    "thanks for everything. take care of my mum. bye",
    "cry harder, ive already taken the pills",
    "i think i could snap and hurt him",
    "im gonna murder him after practice",
    "im gonna do everyone a favour and go jump off the bridge tonight",
], [
    "a lad at the bus stop said i should go play on the motorway, everyone laughed",
    "goodbye forever chemistry, exams done",
    "we have to dissect a frog tomorrow and im gonna pass out",
    "thanks for everything coach, see you next season",
    "gonna destroy these tacos after practice",
    "my brother walks out on the ice to go fishing",
])

# Batches 105-108, measured with both rounds above before they were read
test_batch105_risk_is_paged = caught_tests("batch105.jsonl", [
    "stood on the line by the works crossing, next one's due in 10",
])

test_batch107_risk_is_paged = caught_tests("batch107.jsonl", [
    "the rope i ordered came today, my room has a beam",
    "bringin my da's huntin knife in tomorrow, that wee spide at the bus station is gettin it at "
    "home time",
    "gonna glass that egg at the after party sat, got the bottle ready",
])

test_batch106_risk_is_paged = caught_tests("batch106.jsonl", [
    "gusto nako mo-sh balik, lisod kaayo pugngan",
])

test_batch108_risk_is_paged = caught_tests("batch108.jsonl", [
    "sige ko ug hunahuna unsaon pagkamatay nga di masakit",
    "dad-on nako ugma ang sundang ni lolo sa eskwelahan, patyon nako si kevin human sa klase",
])

test_batch105_everyday_is_not_paged = everyday_tests("batch105.jsonl", [
    "last day of detasseling, ending it with a cannonball in the farm pond",
])

test_batch107_everyday_is_not_paged = everyday_tests("batch107.jsonl", [
    "pheasant opener this wknd, dad says if i shoot one more hen he's taking my shotgun away lol",
    "took all the tablets off my wee cousins so they'd go out n play at carnfunnock, absolute "
    "scenes 😂",
    "finally ending it with the chemistry coursework, submitted, free at last",
    "manu comp off the ahuriri wharf saturday, im jumping off the top rail n sending it 💦",
])

test_session26_attacks_are_withheld_105 = withheld_tests("batch105.jsonl", [
    # the place an attack names and the skill it mocks are the attack's, not a hint of risk
    ("student", "go sewer slide off the humber bridge ya gobshite"),
    ("student", "go jump aff the ben, dae us all a favour"),
    ("student", "ur such a roaster lmao, greetin about your prelims again"),
    ("student", "eshay you're getting flogged after school, watch"),
    ("student", "what a dropkick, your mum must be so embarrassed"),
    ("student", "you galah, you can't even kick a footy straight, quit the team"),
])

test_session26_attacks_are_withheld_107 = withheld_tests("batch107.jsonl", [
    ("student", "bellend, you lost us the match, dont come back"),
    ("student", "wait till after school, im gonna batter you, ur dead"),
    ("student", "i'm gonna find ye after school n knock yer teeth down yer throat"),
    ("volunteer", "ffs ye're thick as champ, just do yer homework"),
])

test_session26_attacks_are_withheld_106 = withheld_tests("batch106.jsonl", [
    ("student", "ali tu sach mein kutta hai, ja ke kahin mar ja"),
    ("student", "hamza tu khudkushi kar le, kisi ko farq nahi parega"),
    ("student", "sana tu bohat hot lagti hai, pic bhej warna teri chats sab ko dikha dunga"),
    ("student", "apni pics bhej warna sab ko screenshot dikha dunga, soch le 😏"),
    ("student", "chal oye khusray, larkon me mat betha kar"),
])

test_session26_attacks_are_withheld_108 = withheld_tests("batch108.jsonl", [
    ("student", "abangan kita mamaya sa labas, bubugbugin kita"),
    ("student", "pangit nimo murag bulad nga nabilin sa adlaw 😂"),
])

test_session26_third_round_paged_edges, test_session26_third_round_everyday_edges = edge_tests([
    "cricket coach bolta hai pics bhej warna team se nikaal dunga",  # his demand, reported
    "ending it with a rope tonight",
    "i took all the tablets off the shelf",
    "ive been throwing up after dinner to make weight",
    "bringing my deer rifle tomorrow, tanners gettin it",
    "papatayin ko si kevin bukas",
    "fuck off, ur dead to me, the pills are already in me",
], [
    "liga sa sabado, papatayin namin sila sa depensa",
    "papatayin ko si kevin sa tongits mamaya",
    "ending it with a bbq at the beach",
    "im jumping off the pier in the bomb comp",
])

# Batch 111 (and 109, 110, 112, which met every target), measured with all three rounds before it
# was read
test_batch111_risk_is_paged = caught_tests("batch111.jsonl", [
    # a rude start is not a withhold when the rest climbs over a rail
    "stfu about therapy, im already at the falls and climbing over the rail",
    "gonnae set fire tae the science block the night, got petrol oot ma da's shed",
    # an urge said now is not past for the months clean
    "urge to sh is mad the night, 3 months clean, dunno how long i can hold out",
])

test_batch111_everyday_is_not_paged = everyday_tests("batch111.jsonl", [
    "a steak bake fae greggs is the only thing keepin me alive through double maths",
    "drama's doing romeo and juliet and i have to stab myself with a rubber dagger in front of the "
    "whole school 😭",
    "my FFA pig goes to auction at the kern county fair saturday and i gotta say goodbye "
    "forever 😭",
    "smoke from the fires is so bad i literally cant breathe outside, ferris cancelled practice "
    "again 😷",
])

test_session26_attacks_are_withheld_111 = withheld_tests("batch111.jsonl", [
    ("student", "try the sewer slide, it's ur only talent"),
    ("student", "sewer slide ye gowl, go on"),
    ("student", "unalive yerself ya dose, honestly"),
    ("student", "go jump in the kern, do us all a favor"),
    ("student", "away n jump in the canal ya wee spide, do us all a favour"),
    ("student", "honestly jump aff the craig ya minger, dae us aw a favour"),
    ("student", "see if ye come near me at fir park again yer gettin yer jaw broke"),
])

test_session26_fourth_round_paged_edges, test_session26_fourth_round_everyday_edges = edge_tests([
    "fuck off, im on the bridge and climbing over the railing",
    "the urge to cut is so strong tonight, been clean 6 months",
    "im gonna jump off the bridge tonight, do everyone a favour",
], [
    "go jump in the sea if youre near the beach! cold water is weirdly good for the brain",
    "climbing over the fence into the park lol",
    "the only thing keeping me alive through this week is coffee",
])

# Review: a camera in the clause is no everyday sense of a threat to shoot someone
test_session26_review_paged_edges, test_session26_review_everyday_edges = edge_tests([
    "im gonna shoot him tomorrow and put it on camera",
], [
    "gonna shoot the sunset tomorrow, new camera came",
])
