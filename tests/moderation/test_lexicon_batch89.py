"""Session 25 (2026-12-01): fresh batches 89, 91 and 93 (Doncaster and Falkirk, Pittsburgh and
rural Wyoming; Adelaide and Christchurch, Cincinnati and rural North Dakota; Grimsby and Dundee,
Sacramento and rural Vermont) and 90, 92 and 94 (Roman Urdu, Tagalog, Cebuano, Swahili in twelve
new towns), each measured with session 24's pipeline before it was read. The forms written from
their errors (docs/moderation.md, "Session 25"): each reaches past its own sentence, and the
edges below hold both sides."""

from __future__ import annotations

from app.moderation import lexicon, rules
from app.moderation.pipeline import merge
from tests.moderation.batch_cases import (
    STAGE2_SAYS_RISK,
    caught_tests,
    edge_tests,
    everyday_tests,
    withheld_tests,
)

test_batch89_risk_is_paged = caught_tests("batch89.jsonl", [
    "me nan's fella used to say weird stuff to me, not sure if im overreacting",
    "im at the mt washington overlook rn and im not going back home. ever",
])

test_batch91_risk_is_paged = caught_tests("batch91.jsonl", [
    "writing letters to mum and dad tonight. i wont be around for the showdown next week",
    "sitting in the quonset with the pickup running and the big door shut",
])

test_batch93_risk_is_paged = caught_tests("batch93.jsonl", [
    "ma pal ellie posted 'sorry for everythin' an her phone's aff, eh'm pure scared for her",
    "ma mate said he's gonna hurt himsel the night, whit dae eh dae",
    "everybody wid be better aff wi'oot me tbh",
    "ma da used tae batter us afore he left, still get nightmares aboot it",
    "eh ken where he bides in kirkton, gaun roond the night wi a hammer",
])

test_batch90_risk_is_paged = caught_tests("batch90.jsonl", [
    "pehle sautele abu bohat marte the, ab wo chale gaye lekin dar ab bhi lagta hai",
    "nagsamad ko sa akong kamot karon ra, daghan kaayo dugo",
    "beste yangu amepost 'samahani kwa kila mtu' na hajibu texts, naogopa sana",
    "kal subha school ki bajaye nehar pe jaunga aur wapis nahi aunga",
    "nimeshaandaa kamba chumbani nasubiri tu waondoke",
])

test_batch92_risk_is_paged = caught_tests("batch92.jsonl", [
    "hamesha k liye sona chahta hun yaar, uthna hi na paray",
    "gusto ra ko matulog hangtod sa hangtod tbh",
    "kesho baada ya shule naenda kwa daraja. nimemaliza hapa",
    "nataka tu kulala milele tbh",
    "nag cut ako ngayon lang tapos ang dami ng dugo d tumitigil",
])

test_batch94_risk_is_paged = caught_tests("batch94.jsonl", [
    "kal subha chashma barrage ja raha hun, wapas nahi aun ga",
    "gusto ko na naman mag-cut, 2 months na kong clean 😔",
    "ganahan na pud ko manghiwa, 3 months na ko clean 😔",
    "niko juu ya nzambani rock saa hii, sitarudi nyumbani",
    "apna phone aur cycle chote bhai ko de di, kal ka din nahi dekhna mujhe",
])

test_batch89_everyday_is_not_paged = everyday_tests("batch89.jsonl", [
    "gonnae end it wi this phone contract, they're robbin me",
    "gonna kill my brother if he eats my leftover primantis again",
])

test_batch91_everyday_is_not_paged = everyday_tests("batch91.jsonl", [
    "brought a knife in my bag to cut the watermelon for the henley beach picnic dw",
    "gonna kill my sister if she eats my pineapple lumps again",
    "bought a knife for dads birthday, its for filleting fish off the lyttelton wharf",
    "gonna kill my brother if he drinks my pop again fr",
])

test_batch93_everyday_is_not_paged = everyday_tests("batch93.jsonl", [
    "mariners defence is a suicide mission fr, blundell park was painful to watch",
    "eh'm gonna end it wi kieran, he's a pure moanin minnie",
    "gonna kill my sister if she eats my leftover tacos from la fiesta again fr",
    "took my meds then breakfast then light rail to school, normal tuesday",
    "finna get boba on j street after school anyone down",
])

test_batch90_everyday_is_not_paged = everyday_tests("batch90.jsonl", [
    "subah dawai li phir nashta kiya ab theek hun bas zukam tha",
    "nimekunywa dawa nikakula breakfast, niko poa ni mafua tu",
    "nimemeza vidonge vyangu kisha nikanywa chai, kichwa kilikuwa kinauma asubuhi",
])

test_batch92_everyday_is_not_paged = everyday_tests("batch92.jsonl", [
    "nainom na nako akong tambal unya nipamahaw na, ok na ko gamay",
    "nimekunywa dawa alafu breakfast, niko fiti kiasi sasa",
    "goodbye summer 😭 pasukan na naman bukas paalam tulog",
    "kwaheri likizo 😭 kesho shule tena, bye bye usingizi",
    "nitamuua mdogo wangu akila tena chipsi zangu 😤 natania",
])

test_batch94_everyday_is_not_paged = everyday_tests("batch94.jsonl", [
    "nakainom nako akong tambal unya nipamahaw, adto nako skwelahan",
    "nimeshameza dawa zangu then chai, naenda shule",
])

test_session25_attacks_are_withheld_89 = withheld_tests("batch89.jsonl", [
    # spelled out letter by letter, a wider gap between the words
    ("student", "f a t  c o w, stay off our table at dinner"),
    ("student", "f a t  m i n g e r, stay aff oor bench"),
    ("student", "ah ken where ye stay in bainsford, yer gettin yer heid kicked in"),
    ("student", "ur so fat ur horse probably cries when u get on"),
    ("student", "ur so ugly even the coyotes wont touch u"),
])

test_session25_attacks_are_withheld_91 = withheld_tests("batch91.jsonl", [
    ("student", "u s e l e s s  c * n t"),
    ("student", "go sewer slide already nobody wants u here"),
    ("student", "f u c k  o f f  u  f r e a k"),
    ("student", "kys nobody in this town would even come to ur funeral"),
])

test_session25_attacks_are_withheld_93 = withheld_tests("batch93.jsonl", [
    ("student", "n0 1 l1k3s u, d0 us all a favour n unal1ve"),
    ("student", "n0body l1kes ye, d0 us aw a favour n unal1ve"),
])

test_session25_attacks_are_withheld_90 = withheld_tests("batch90.jsonl", [
    ("student", "usman moti bhains hai poori class hansti hai us pe 😂"),
    ("student", "chup kar kutte zyada bakwas ki tou ghar aa ke maarunga"),
    ("student", "umenona kama nguruwe hahaha"),
    ("student", "neema we ni mnene kama kiboko 🦛 hahaha"),
])

test_session25_attacks_are_withheld_92 = withheld_tests("batch92.jsonl", [
    ("student", "moti tu uniform me bhains lagti hai 🐃 haha"),
    ("student", "jessa sana ma unalive ka na, walang may pake sayo"),
])

test_session25_attacks_are_withheld_94 = withheld_tests("batch94.jsonl", [
    ("student", "ahmed tu khota hai, puri class me sab se bewaqoof tu hi hai"),
])

test_session25_paged_edges, test_session25_everyday_edges = edge_tests([
    "nag cut ako kagabi sa braso",
    "naa ko sa taas sa tulay karon, dili na ko mouli",  # not this session's form: stays paged
    "pul pe khara hun, wapas nahi aunga",
    "im on the bridge and im not coming back",
    "niko kwenye daraja, sitarudi",
    "nimeandaa kamba chumbani",
    "wrote a note for my mum, i wont be here tomorrow",
    "sitting in the garage with the car running and the door shut",
    "took a whole bunch of pills with breakfast",
    "do everyone a favour and ctb myself, thats what my brain says",
    "gonna kill my stepdad if he touches my sister again",
    "brought a knife in my bag, gonna cut myself at lunch",
    "goodbye everyone, sleep forever",
    "I go sewer slide before 12 tonight",  # Pidgin "I go": the sender's own risk, not an attack
], [
    "nag cut ako ng class kanina",
    "darya ke paas nani ka ghar hai, wapas nahi aunga ek hafte tak",
    "im at the bridge with friends, not going home till late",
    "nimenunua kamba mpya ya kufunga mbuzi",
    "nimeandaa kamba ya kuruka kwa PE",
    "writing a letter to my mum for mothers day",
    "gusto ko lang matulog forever ngayong sembreak",
    "gonna unalive my alarm clock",
    "took my meds with breakfast",
])


def test_session25_everyday_readings_stop_stage_2() -> None:
    """Medicine with breakfast, a goodbye to the holidays and clothes that no longer fit: stage 2
    and the learned risk score paged such messages in four languages; with no other hint of
    risk, neither may escalate them. An amount or a stated risk keeps them stage 2's."""
    assert lexicon.EVERYDAY_VETOES[0] is lexicon.BREAKUP_RELIEF
    for text in ["uminom na ko ng gamot ko tas nag almusal, sakit ng ulo ko kanina eh",
                 "subah dawai li phir nashta kiya ab theek hun bas zukam tha",
                 "binigay ko na lahat ng lumang damit ko sa pinsan ko, d na kasya eh",
                 "mamimigay ako ng lumang damit ko di na kasya sakin, sino gusto?",
                 "goodbye summer 😭 pasukan na naman bukas paalam tulog"]:
        s1 = rules.score(text, "student")
        assert any(s.startswith("relief:") for s in s1.signals), text
        assert not any(s1.levels.values()), text
        assert rules.vetoes_stage2(s1) and not merge(s1, STAGE2_SAYS_RISK).escalate, text
    for text in ["uminom ako ng lahat ng gamot tas nag almusal",
                 "subah saari dawai li phir nashta kiya",
                 "took 30 of my pills then breakfast",
                 "binigay ko na lahat ng damit ko, d na kasya, gusto ko nang mamatay"]:
        s1 = rules.score(text, "student")
        assert not rules.vetoes_stage2(s1) and merge(s1, STAGE2_SAYS_RISK).escalate, text


def test_words_spelled_letter_by_letter_are_joined_per_word() -> None:
    """A wider gap between groups of single letters separates words ("f a t  c o w"); one group
    alone is the normaliser's, and two short groups stay as typed."""
    def read(text: str) -> str:
        return rules.score(text, "student").norm.text

    assert read("f a t  c o w, stay off") == "fat cow , stay off"
    assert read("U S E L E S S  c * n t") == "useless cunt"
    assert read("hi  there") == "hi there"
    assert read("i  a") == "i a"
    assert read("k m s") == "kms"


# Batches 95 and 96, measured with session 24's pipeline and with the round above before they
# were read
test_batch95_risk_is_paged = caught_tests("batch95.jsonl", [
    "ah'll no be at school on monday or ever. it's sorted",
    "want tae go tae sleep an no wake up",
    "ma da's steamin again and he's just skelped me, he's still shoutin doonstairs",
    "sometimes ah get that raged ah think aboot hurtin folk, it pure scares me",
])

test_batch96_risk_is_paged = caught_tests("batch96.jsonl", [
    "maine abhi poora patta kha liya goliyon ka, ab neend aa rahi hai",
    "nakainom nako ug daghan kaayo nga tambal, nagkalipong nako",
    "ang akong uyoan musulod sa akong kwarto inig katulog na nila, hadlok kaayo ko",
    "sab ka shukria jo mere sath ache rahe. kal se mera wait mat krna, allah hafiz sab ko",
])

test_batch95_everyday_is_not_paged = everyday_tests("batch95.jsonl", [
    "gonnae murder ma sister if she nicks ma straighteners again",
    "gonna kill my primo if he finishes the last biscochitos",
])

test_batch96_everyday_is_not_paged = everyday_tests("batch96.jsonl", [
    "ininom ko na gamot ko tas nag almusal, papasok na ko",
    "gi-suicides mi ni coach sa practice, patay na akong tiil",
])

test_session25_attacks_are_withheld_95 = withheld_tests("batch95.jsonl", [
    ("student", "if tha says owt to miss ah'll batter thee after school"),
    ("student", "say that again an ah'll burst yer heid ootside the kyle centre"),
    ("student", "ye're a mingin wee jakey, get tae"),
    ("volunteer", "ok and? cry me a river lol"),
])

test_session25_second_round_paged_edges, test_session25_second_round_everyday_edges = edge_tests([
    "pura patta kha liya neend ki goliyon ka",
    "nitulon ko og daghan nga tambal ganina",
    "mera wait mat karna, khuda hafiz",
    "he just leathered me again",
    "gonna kill my stepdad if he hits my mum again",
], [
    "mera wait mat karna aaj, late aunga tuition se",
    "nakainom ko og tambal sa ubo ganina",
    "gonna kill my sister if she borrows my straighteners again",
    "ahll no be at school on monday, dentist",
])
