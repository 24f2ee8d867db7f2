"""Session 27 (2026-12-01): fresh batches 113, 115 and 116 (Barnsley and Toowoomba, Roswell and
Ballymena; Invercargill and Great Yarmouth, Kalgoorlie and Wrexham; Omagh and Odessa, Thurso and
Mildura) and 114 (Roman Urdu, Tagalog, Cebuano, Swahili in four new towns), each measured with
session 26's pipeline before it was read; then 117-120 (Coleraine and Muncie, Timaru and
Bundaberg; four languages in four more towns; Gisborne and Grand Island, Broken Hill and
Whanganui; Rhondda and Laredo, Kirkcaldy and Geraldton), measured with session 26's pipeline and
with the first round before they were read. The forms written from their errors
(docs/moderation.md, "Session 27"); the edges below hold both sides of each."""

from __future__ import annotations

from app.moderation import Moderator, lexicon, rules
from app.moderation.pipeline import merge
from tests.moderation.batch_cases import (
    STAGE2_SAYS_RISK,
    caught_tests,
    edge_tests,
    everyday_tests,
    withheld_tests,
)

test_batch113_risk_is_paged = caught_tests("batch113.jsonl", [
    "stood on t'bridge over t'M1 at junction 37, dunt think I'm goin home",
    "trains go through Darton every half hour, just gonna walk in front o' the next one",
    "everyone'd be better off wi'out me tbh",
    "ma mate said he's got nothin left to live for an laughed it off but I don't think he was "
    "jokin",
])

test_batch114_risk_is_paged = caught_tests("batch114.jsonl", [
    "school k baad nehar waly pul pe ja raha hun, wapis ni aana",
    "baada ya shule naenda Irente kwenye mwamba, sirudi nyumbani",
    "marny k khayal bohat aaty hain ajkal, kuch krna ni bs khayal",
])

test_batch115_risk_is_paged = caught_tests("batch115.jsonl", [
    # a rude start does not withhold pills already swallowed
    "fuck off with ur questions, already necked the lot, just leave it",
])

test_batch113_everyday_is_not_paged = everyday_tests("batch113.jsonl", [
    "tied the rope to the ute n dragged the old stump out, farm life",
    "givin away all ma GCSE notes now I'm done, who wants em",
    "im gonna absolutely kill the 400 at interhouse tmrw, watch",
    "I'll be gone by the morra, off to portrush wi the youth club for the week 👋",
    "my grandpa keeps a rifle in the truck for rattlesnakes, he blasted one by the hay barn "
    "today 🐍",
    "my dad beat me at horseshoes again at the cahoon park cookout, its rigged i swear",
])

test_batch115_everyday_is_not_paged = everyday_tests("batch115.jsonl", [
    "giving away all my old footy boots n xbox games, finally upgrading to a ps5",
    "saying goodbye to everyone, heading to perth on the prospector tmrw for the hols",
    "gonna drown myself in market chips n gravy after school, who's in",
    "nan's got the knife out gutting bloaters in the kitchen, whole house stinks of fish bor",
])

test_batch116_everyday_is_not_paged = everyday_tests("batch116.jsonl", [
    "my brother says he'll kill me if i touch his ute again 😂 so obvs i'm driving it to maccas",
    "fishin the Camowen the night, brought the wee knife for guttin the trout",
    "last shift at sonic tonight, goodbye forever to that cursed ice machine 🫡",
])

test_session27_attacks_are_withheld_113 = withheld_tests("batch113.jsonl", [
    # "tha's dead" is the threat's own tail, not a hint of risk
    ("student", "I'll batter thee after school Brandon, tha's dead"),
    ("student", "nobody'd miss ye if ye went an hung yerself"),
    ("student", "ye're a total spa, everyone laughs at ye"),
    ("volunteer", "catch yerself on, it's only a wee exam"),
])

test_session27_attacks_are_withheld_115 = withheld_tests("batch115.jsonl", [
    ("student", "jump off the herring bridge n do us all a favour, tyler"),
    ("student", "if i see u at the skatepark tmrw im smashing ur teeth in"),
    ("student", "you're actually a mong, i said i'm fine"),
    ("volunteer", "i'm not here to babysit you, sort yourself out"),
    ("volunteer", "ive heard all this before, just sort yourself out"),
])

test_session27_attacks_are_withheld_116 = withheld_tests("batch116.jsonl", [
    ("student", "see you after school, I'm gonna knock yer ballix in"),
    ("student", "Aoife's a slag, everyone knows what she did at the formal"),
    ("student", "wee ginger scrote, naebody wants ye at the surf club"),
])

test_session27_first_round_paged_edges, test_session27_first_round_everyday_edges = edge_tests([
    # the twins' risky sides: a farewell before a bridge, not a holiday; a drowning in water; a
    # rope on a beam; a threat to tell; a parent's threat; a number of people
    "saying goodbye to everyone, heading to the bridge tonight",
    "gonna drown myself in the river after school",
    "tied the rope to the beam in the garage",
    "my brother says he'll kill me if i tell anyone",
    "my dad says hell kill me if i touch his stuff again",
    "im gonna kill the 400 kids at school tomorrow",
    "goodbye forever to this life",
    "giving away all my stuff, who wants em, wont need it where im going",
    # a rifle kept for vermin, then taken to school for the bullies
    "dad's got a rifle in the shed for roos. keep thinking about bringing it to school to sort "
    "out the boys who bullied me",
    "nothing left to live for",
], [
    "my brother beat me at cornhole again",
    "gonna drown myself in bubble tea after the exam",
    "that slurry spreadin out the road would make ye boke, i cannae breathe",
    "im gonna kill the 100m at sports day tomorrow",
])

test_session27_second_round_paged_edges, test_session27_second_round_everyday_edges = edge_tests([
    "gonnae get the train doon tae the bridge the night. naebody'll miss me",
    "some nights i pray i just don't wake up",
    "iniisip ko kung mas okay ba kung wala na lang ako",
    "ganahan na pud ko mag-samad sa akong bukton, lisod pugngan",
    "my dad is gonna kill me if i miss curfew again, last time he broke my arm",
    "papatayin ko silang lahat sa school bukas",
    "patyon nako silang tanan sa eskwelahan ugma",
], [
    "my abuela is gonna kill me if i miss misa again lol",
    "overdosed on maccas after footy training, cannot move",
    "cut myself a huge slice of my aunts sheet cake at the church supper",
    "burnt my legs on the slippery dip at the park, the metal was like 70 degrees",
    "giving away all my old 4-h ribbons and show stuff, aging out this year",
    "some nights i pray i dont wake up late for the bus",
    "papatayin namin silang lahat sa depensa sa liga",
    "he broke my arm in rugby last year",
])


def test_session27_everyday_readings_stop_stage_2() -> None:
    """Killing in a named game and a goodbye for a trip: stage 2 and the learned risk score paged
    such messages in Tagalog, Cebuano and Swahili (batch 118); with no other hint of risk,
    neither may escalate them. A word of forever, or risk said beside them, keeps them stage
    2's."""
    assert lexicon.GAME_KILL in lexicon.EVERYDAY_VETOES and lexicon.TRIP_BYE in \
        lexicon.EVERYDAY_VETOES
    for text in ["sa ML kagabi pinagpapatay ko sila lahat, savage 🔥 d na makabangon yung kalaban",
                 "ayaw ko disturba karong gabii, patyon jud nako tanan sa ML 😤🔥",
                 "papalaot kami ni tatay mamayang gabi, d na ko makakapag-reply hanggang bukas "
                 "ha, bye muna",
                 "kwaherini wana, kesho nasafiri Dar kwa mjomba likizo nzima, msinisahau 👋",
                 "gipamigay na nako akong mga sinina nga gagmay na, naa bay gusto? libre ra"]:
        s1 = rules.score(text, "student")
        assert any(s.startswith("relief:") for s in s1.signals), text
        assert not any(s1.levels.values()), text
        assert rules.vetoes_stage2(s1) and not merge(s1, STAGE2_SAYS_RISK).escalate, text
    for text in ["kwaherini wote, nasafiri milele",
                 "bye muna, papalaot ako mag-isa, hindi na ako babalik",
                 "patyon nako tanan sa eskwelahan ugma"]:
        s1 = rules.score(text, "student")
        assert not rules.vetoes_stage2(s1) and merge(s1, STAGE2_SAYS_RISK).escalate, text


# Batches 121-124, measured with the first two rounds before they were read
test_batch122_risk_is_paged = caught_tests("batch122.jsonl", [
    "ihatag ninyo kang Jun-jun akong cellphone ug bike. babay sa tanan, pasayloa ko 🖤",
    "gusto na sad nakong samaran akong bukton, lisud kaayo pugngan",
    "niko juu ya daraja la Pangani sasa hivi, naangalia maji tu, ni rahisi sana",
    # a rude start does not withhold the tablets already swallowed
    "tangina wag mo na ko sermunan, nalunok ko na lahat ng biogesic kanina pa",
    "naay foreigner sa messenger nagpadala nako og load ug nangayo og video, magkita daw mi sa "
    "beach sa Sabado",
    "mwalimu wa michezo ananitumia meseji za ajabu usiku, sijui kama ni kawaida",
])

test_batch123_risk_is_paged = caught_tests("batch123.jsonl", [
    "gonna walk out onto the newell tonight n let a truck sort it",
    "ma mate keeps sayin naebody wid notice if he wisnae here, I dinnae ken if he means it",
])

test_batch124_risk_is_paged = caught_tests("batch124.jsonl", [
    "sometimes i wish a croc would just take me in the river tbh",
    "when i was wee somethin happened wi a neighbour n i never told anyone",
])

test_batch121_everyday_is_not_paged = everyday_tests("batch121.jsonl", [
    "ill be gone by friday an not back for a week, bundoran wi the cousins 🏄",
    "took the whole lot of lugworm bait, we're gonna kill it at the beach tonight 🎣",
])

test_batch124_everyday_is_not_paged = everyday_tests("batch124.jsonl", [
    "who's got the english assignment on the crucible done, need help",
])

test_session27_attacks_are_withheld_121 = withheld_tests("batch121.jsonl", [
    ("student", "nobody would care if u jumped off the bridge, do everybody a favor"),
])

test_session27_attacks_are_withheld_123 = withheld_tests("batch123.jsonl", [
    ("student", "tell jamie he's a minger n should jump aff the cliffs, naebody wants him"),
])

test_session27_third_round_paged_edges, test_session27_third_round_everyday_edges = edge_tests([
    "ill be gone by friday, not coming back",
    "my homework is done, need help, i took all my pills",
    "im jumping off the cliffs tonight",
    "darya pe ja raha hun, wapas nahi aunga",
    "necked the lot of pills",
], [
    "darya ke paas nani ka ghar hai, wapas nahi aunga ek hafte tak",
    "niko juu ya daraja la Pangani sasa hivi, napiga picha za sunset",
    "babay sa tanan, kita kits ugma",
    "necked the lot of them vodka shots lol",
])


# Batches 125-128, measured with the first three rounds before they were read
test_batch125_risk_is_paged = caught_tests("batch125.jsonl", [
    "older boys keep cornering me in the change rooms and filming me, every single week",
])

test_batch126_risk_is_paged = caught_tests("batch126.jsonl", [
    "ania ko sa taytayan sa suba karon, pasayloa ko ma",
    # a rude start withheld these two: it no longer does
    "buang ka? ayaw ko sermoni, nakainom na ko ug hilo sa sagbot ganina pa",
    "ulol wag mo ko pangaralan, nakalunok na ko ng sampung biogesic kanina pa",
    "spray wali dawai store mein pari hai, board result ke baad pee lunga agar fail hua",
    "binigay ko na cellphone ko sa bunso namin tas yung sapatos ko kay Jun, di na ko magtatagal "
    "dito",
    "niko barabara kuu sasa hivi, lori la kwanza likija najirusha. mama nisamehe",
    "ganahan na pud ko manglaslas, lisod kaayo pugngan",
])

test_batch127_risk_is_paged = caught_tests("batch127.jsonl", [
    "sittin on the line doon past the station, train's due at 9",
])

test_batch128_risk_is_paged = caught_tests("batch128.jsonl", [
    "sorted it, gonna stand on the line by penmere after school tomorrow. mind's made up",
    "fixin to drive out to the caprock and not come back. truck's got gas",
    "me and the boys are going round his flat in penryn tonight with bats, he's finished",
    "mum's chucked me out, i'm sat on the steps in events square with my bag, head's all over "
    "the place",
    "my mate keeps saying everyone'd be better off without him, dunno if i should tell someone",
])

test_batch125_everyday_is_not_paged = everyday_tests("batch125.jsonl", [
    "last day at park school ever!! leavers hoodie signed, goodbye everyone 😭",
    "gave away all my old mardi gras beads to the lil kids on the parade route, cleaning my "
    "room out",
    "bout to murder these 3 sacks of crawfish, mawmaw got the pot boiling already 🦞",
    "finna stab this king cake, who got the baby?",
])

test_batch127_everyday_is_not_paged = everyday_tests("batch127.jsonl", [
    "last shift at the warehouse tomorrow, goodbye forever trolley bay lmao",
    "hard out gonna smash the year 12s at touch on friday, they're going down",
])

test_batch128_everyday_is_not_paged = everyday_tests("batch128.jsonl", [
    "last night at the boarding house, saying bye to everyone before hols 👋 see ya in term 1",
    "bout to OD on allsup's burritos, had 3 already 😭",
    "gotta give the kelpies their worming pills tonight, blue bit me last time i tried 😭",
    "got the rope out to practice heelin for junior rodeo, roped the dog instead 💀",
    "oyster festival got me, had a dodgy one and wanted to die all night 🤢",
])

test_session27_attacks_are_withheld_125 = withheld_tests("batch125.jsonl", [
    # a slur's "how do u fail" is not the sender's school stress
    ("student", "ur a fkn retard, how do u fail year 9 maths twice"),
    ("volunteer", "thats a daft thing to be gurnin about tbh"),
])

test_session27_attacks_are_withheld_127 = withheld_tests("batch127.jsonl", [
    # the insult's "greetin faced" is not the sender crying
    ("student", "go kys ya greetin faced wee rat"),
    ("student", "say that again at the bus stop and ill bash ur head in, zac"),
    ("volunteer", "no wonder you've got no mates if you whinge like this"),
    ("volunteer", "y'all kids cry over anything these days smh"),
])

test_session27_attacks_are_withheld_128 = withheld_tests("batch128.jsonl", [
    ("student", "y'all should all unalive yourselves, this app sucks"),
])

test_session27_fourth_round_paged_edges, test_session27_fourth_round_everyday_edges = edge_tests([
    # older excuses that had reached too far: a game named as a place, a pet's pills taken
    "im gonna stab him at the game friday",
    "im gonna kill him at training tomorrow",
    "im taking all my dogs pills tonight",
    # the twins' risky sides
    "goodbye forever jake",
    "saying bye to everyone before i go, love you all",
    "gonna smash him at touch on friday",
    "bout to od on pills and burritos",
    "i want to die, im hungover again from drinking to forget",
    "been giving my stuff away to my friends, they think im just decluttering",
    "uncle anasema nisimwambie mtu",
], [
    "coach said im gonna murder their defence saturday",
    "told my mate ill kill him at fifa tonight",
    "gotta give my dog his pills tonight",
])


def test_a_friends_secret_is_her_risk_not_grooming(mod: Moderator) -> None:
    """"aliniambia nisimwambie mtu" (she told me to tell no one) is grooming said of an adult;
    of a friend who cuts herself it is her risk, paged as such, not an abuse disclosure."""
    v = mod.assess("rafiki yangu anajikata dorm, aliniambia nisimwambie mtu")
    assert v.escalate and v.category != "abuse_disclosure", (v.category, v.signals)
    v = mod.assess("mwalimu wa tuition anasema nisimwambie mtu")
    assert v.escalate and v.category == "abuse_disclosure", (v.category, v.signals)


# Batches 129-132, measured with the first four rounds before they were read
test_batch130_risk_is_paged = caught_tests("batch130.jsonl", [
    "asanteni wote, simu yangu mpeni mdogo wangu. kwaherini",
    "kamba nimeshaifunga kwenye mti nyuma ya nyumba, baada ya shule namaliza",
    "salamat sa tanan. akong selpon para kang jun-jun. babay na",
    # a rude start withheld it: "sitakuwepo kwa muda mrefu" is a farewell
    "nyamaza wewe, sitakuwepo kwa muda mrefu hata hivyo",
    "akong uyoan mosulod sa akong kwarto inig wala si mama, hadlok kaayo ko",
])

test_batch131_risk_is_paged = caught_tests("batch131.jsonl", [
    "naw ah'm no phonin anybody, leave me, the glasgow train's due in 10 min n ah'm by the line",
    "the xpt comes thru at 10 tonight. i know where to stand.",
    "lowkey wish i'd get in a wreck on the circle so it'd all be over",
    "sometimes i wish i got washed away in the flood with the house",
    # the thoughts back now are not past for the months clean
    "was 4 months clean from hurting myself and the thoughts are back",
    "coach darren said if i want rep team i gotta stay back alone with him after training n keep "
    "it between us",
    "when we lived in glasgow ma step-gran used tae skelp us wi a wooden spoon, still think aboot "
    "it",
])

test_batch132_risk_is_paged = caught_tests("batch132.jsonl", [
    "takin ma da's stanley knife tae school the morn n stabbin jamie at lunch, he's had it comin",
    "gonna drive mum's car off the hill road tonight, done with this",
    "honestly think my ma n da would be better aff if i wasnt about",
    "mama used to whoop us with extension cords when we was little, she dont no more but still",
])

test_batch129_everyday_is_not_paged = everyday_tests("batch129.jsonl", [
    "givin away all my old cleats n jerseys since im quittin soccer for wrestling",
    "givin away all my old gutties n hurls to the wee cousins, ma says the shed's a tip and they "
    "have to go",
    "givin away all my old wetsuits n boards to the groms at sennen, upgradin innit 🏄",
    "bout to drown myself in andys frozen custard after this chem final",
    "gonna shoot through straight after school, bull ridin at the show and those blokes are "
    "mental",
    # a brain that would not shut up is not an attack (it was withheld)
    "couldnt sleep at all last night, my brain wouldnt shut up",
])

test_batch131_everyday_is_not_paged = everyday_tests("batch131.jsonl", [
    "gonnae overdose on tablet at ma gran's, she's made a whole tray",
    "nan made heaps of fritters, gonna OD on whitebait tonight",
    "got ma ain oyster knife aff ma uncle for the festival, shuckin them like a pro 🦪",
])

test_batch132_everyday_is_not_paged = everyday_tests("batch132.jsonl", [
    "daddy got the knife out to skin the catfish we caught off the landin, 30 pounder",
    "my granny keep a pistol in her purse for snakes, she done shot a cottonmouth in the carport",
    "bro i'll shoot you the bio notes later, ur a lifesaver",
])

test_session27_fifth_round_paged_edges, test_session27_fifth_round_everyday_edges = edge_tests([
    "giving away all my stuff since im quitting life",
    "bringing a knife to school tomorrow, he knows what he did",
    "the train comes at 9, im on the tracks by the crossing",
    "shut up, i already took the pills",
], [
    "im by the line at the bus stop",
    "i know where to stand for the photo",
    "kamba nimeifunga kwenye mti kwa ajili ya mbuzi",
    "my alarm wouldnt shut up this morning",
])


# Batches 133-136, measured with the first five rounds before they were read
test_batch133_risk_is_paged = caught_tests("batch133.jsonl", [
    "since the shootin on our street i cant sleep, every loud noise got me shakin",
    "nothing matters anymore, i just feel empty and numb all the time",
    "sometimes i wish the big quake had just taken me in 2016",
])

test_batch134_risk_is_paged = caught_tests("batch134.jsonl", [
    "naay tigulang sa Messenger nagpadala ug load ug nangayo ug litrato nako nga walay sinina, "
    "magkita daw mi sa Maya",
    "naa nay pana sa amo, ugma panaon nako si Ronnel sa baybayon kay gikaulawan ko niya sa tibuok "
    "klase",
    "gihatag na nako akong relo ug sapatos kang Dodong. salamat sa tanan, babay na",
    "hilom ka diha, nakatulon na ko ug pills ganiha pa",
    "ihatag ninyo akong cellphone ug bike kang Dodong. pasaylo ma. last na ni nako nga chat",
    "naona kama familia ingepumua vizuri bila mimi, wazo hilo halinitoki kichwani siku hizi",
])

test_batch135_risk_is_paged = caught_tests("batch135.jsonl", [
    "gettin the bus tae tweedbank an walkin ontae the railway line the nicht",
    "gonna walk into moondarra tonight n just keep walkin",
    "haud yer wheesht wi the breathin stuff, a've awready swallowed the hale box o paracetamol",
    "keep wishin the tornado had took me instead",
    "piss aff wi yer helpline numbers, a just think aboot deein a lot, it's nae big deal",
])

test_batch136_risk_is_paged = caught_tests("batch136.jsonl", [
    "lads in year 11 batter me behind the sports hall every day and put it on tiktok",
])

test_batch133_everyday_is_not_paged = everyday_tests("batch133.jsonl", [
    "givin away all my AS bio notes, anyone at dalriada want them before i bin them?",
    "gonna jump off the bridge into the clarence on the rafting trip, like a 5m drop, stoked",
    "jumped off the little bridge at the regional park into the lake wit my cousins, water nasty "
    "but it was fun",
])

test_batch135_everyday_is_not_paged = everyday_tests("batch135.jsonl", [
    "the mechanical bull at the rodeo threw me so hard i saw my whole life flash lmao",
    "ima absolutely murder yous all at mario kart in the library at lunch",
])

test_batch136_everyday_is_not_paged = everyday_tests("batch136.jsonl", [
    "my bro set his jandals on fire at the beach bonfire, what an egg",
    "mocks are done n i'm not gonna be here much longer... at this school i mean, off to the tech "
    "in september 🎉",
    "this humidity unalivin me fr, 94 degrees at 8am in valdosta",
])

test_session27_attacks_are_withheld_136 = withheld_tests("batch136.jsonl", [
    ("student", "ye'd be better off deid, go on then, do us all a favour"),
])

test_session27_sixth_round_paged_edges, test_session27_sixth_round_everyday_edges = edge_tests([
    "gonna jump off the bridge tonight, rafting never helped",
    "im gonna set him on fire at the bonfire",
    "im not gonna be here much longer",
    # a thought of walking into the sea is ideation, paged as medium
    "keep having this thought to just walk into the sea and keep going",
], [
    "we walked into town and just kept walking till the chippy",
    "nakatulon ko sa bubblegum ganiha lol",
])


# Batches 137-140, measured with all six rounds before they were read: their missed risk
test_batch137_risk_is_paged = caught_tests("batch137.jsonl", [
    "drove dad's car up the old quarry, sat here thinkin how easy it'd be to go off the edge. "
    "doin it",
    # half a joke taken back: "not really jokin"
    "sometimes i wish the beast would just get me up on the moor lol. not really jokin",
    "think about not bein here a lot lately",
])

test_batch138_risk_is_paged = caught_tests("batch138.jsonl", [
    "ghar ch kuch hunda jo dass nai sakdi, bas itna k mamu aande ne te dar lagda",
    "kal school ch hamza nu chhuri maarni ae, bag ch rakh layi ae, break ch dekhna",
    "ania ko sa pantalan karon, salamat sa tanan. babay",
    "kabhi kabhi sochda haan main mar jawan te sab da bojh utar jaye",
])

test_batch139_risk_is_paged = caught_tests("batch139.jsonl", [
    "uncle makes me work the shed all day with no tucker n hits me with the crook if i slow "
    "down, going back this wknd",
    "some grown man off tiktok sayin he gon drive down from memphis to meet me, want pics first",
    "got scars on my thighs from last year, itching to do it again",
])

test_batch140_risk_is_paged = caught_tests("batch140.jsonl", [
    "si sir sa tutor permi ko pabilinon human klase mag-usa, ingon niya sekreto ra daw namo",
    "kesho naenda na kisu cha jikoni shule, namsubiri Baraka nyuma ya darasa",
    "kamba ipo chumbani, nasubiri wote walale tu",
])

test_batch137_everyday_is_not_paged = everyday_tests("batch137.jsonl", [
    "giving away all my old footy boots n guernseys, anyone need size 9s?",
    "need a sharp knife for ag class tmrw, we're doin the sheep dissection",
])

test_session27_seventh_round_paged_edges, test_session27_seventh_round_everyday_edges = edge_tests(
    ["ma arms are itchin for it again, ken whit a mean",
     "need a knife for class tomorrow, gonna stab him"],
    [
        "got scars from the bmx crash, wanna do it again next summer",
        "my dad hits me with the ball every time i drop my guard at practice lol",
    ])


# Review: a beating threatened with a weapon named is a plan (it pages); without one it is a
# threat (withheld). Batch 33's row had been delivered as ordinary by both.
test_session27_review_paged_edges, test_session27_review_everyday_edges = edge_tests([
    "gonna batter him after school friday, bats in my locker and he wont walk away this time",
    "me an the boys are gonna batter that loon at the bus station, bringing bats",
], [
    "im gonna smash it at cricket, new bat came",
])
