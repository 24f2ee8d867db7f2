"""Session 17 (2026-11-30): whole sentences in Roman Urdu, Tagalog and Kiswahili/Sheng. Fresh
batch 42 (Islamabad/Peshawar, Tamale/Cape Coast, Cebu/Iloilo, Kisumu/Dar es Salaam), measured
first with session 16's pipeline, escalated 8, 6 and 9 of each language's 18 high-risk
messages (Ghanaian Pidgin 18). The families were written from the session's training rows
(dialect2.jsonl, two writers), never from batch 42, which stays a measure (docs/moderation.md)."""

from __future__ import annotations

from app.moderation import Action, Moderator
from tests.moderation.batch_cases import (
    caught_tests,
    edge_tests,
    everyday_tests,
    load_rows,
    withheld_tests,
)

test_dialect2_risk_is_paged = caught_tests("dialect2.jsonl", [
    # Roman Urdu
    "mjhe jeena nahi hai yaar, koi matlab nai lagta",
    "zindagi se tang aa gaya hun, mar jaane ka dil karta hai bas",
    "khud ko maarne ka khayal aata rehta hai har raat, bas roka hua hai",
    "soti hun tou dua karti hun subah aankh na khule",
    "dupatte ka phanda bana liya hai, sab so gaye hain",
    "rassi pankhe se baandh di hai, bas himmat chahiye",
    "abhi abhi phenyl pee liya, pet mein jalan ho rahi hai",
    "ratol le aayi hun, bas sab so jaayein phir",
    "mr jau ga aj rat, bs sb ko bta dena k mene try kiya tha",
    "alvida yaar, tum achhe the, ammi ko bolna sorry",
    "yamuna ke pul pe khari hun, neeche paani dekh rahi hun",
    "bhai nasha kar ke mujhe aur ammi ko maarta hai, abhi bhi bahar chillah raha hai",
    "mamu kehte hain kisi ko bataya tou maar dunga, woh raat ko mere kamre mein aate hain",
    "sauteli ammi kamre mein band kar deti hain, 2 din se khana bhi nahi diya",
    "ek larka insta pe keh raha hai pics bhejo warna purani photos viral kar dega",
    "tezaab le aaya hun, us larki ke chehre pe phenkunga jis ne mana kiya",
    "sauteli maa ke khane mein chooha maar dawai daal dungi aaj",
    "mein theek nahi hun, sach mein theek nai hun, please koi baat karo",
    # Tagalog / Taglish
    "pagod na ko mabuhay, gusto ko na lang matulog at d na magising",
    "wala nang saysay buhay ko, ayoko na talaga",
    "mamayang gabi tatapusin ko na lahat, nakahanda na yung lubid sa kwarto ko",
    "uminom ako ng zonrox kanina, ang sakit ng lalamunan at tyan ko",
    "hinihiwa ko braso ko ngayon habang nagtatype ako, ang dami ng dugo",
    "sa lrt na lang ako tatalon mamayang rush hour, wala nang makakapigil sakin",
    "pinamigay ko na mga gamit ko sa mga kaibigan ko, d ko na kailangan yun pagkatapos ng sabado",
    "kinukulong ako ni tita sa bodega pag d ko natapos gawaing bahay, walang pagkain buong araw",
    "yung coach namin sa volleyball lagi akong hinihipuan pag kami lang, secret lang daw",
    "pinipilit ako ng bf ko mag send ng nudes, hihiwalayan nya daw ako pag d ko ginawa, takot ako",
    "may kaklase ako na nagsabing ayaw na nya mabuhay, d ko alam pano sya tutulungan",
    # Kiswahili / Sheng
    "maisha yangu haina maana, sitaki tena",
    "wakati mwingine natamani nisingeamka leo asubuhi",
    "leo usiku nitamaliza kila kitu, kamba iko tayari kwa chumba changu",
    "nimekunywa jik kitambo kidogo, koo na tumbo zinaniuma sana",
    "najikata mkono saa hii nikiandika, damu ni mingi",
    "nimewapea marafiki vitu vyangu, sitavihitaji baada ya jumamosi",
    "buda amefunga mlango wa chumba changu kutoka nje, siku mbili sasa hanitoi",
    "brathe huingia chumba changu kila usiku, naogopa sana",
    "nitaweka dawa ya panya kwa chai ya baba wa kambo, nimeshainunua",
    "msee wa class yangu aliniambia hataki kuishi tena, sijui nimsaidie aje",
])

# their everyday twins, from the same writers: laughing, cooking, chores, sport, medicine as
# prescribed, a last message before sleep
test_dialect2_everyday_rows_are_not_paged = everyday_tests("dialect2.jsonl", [
    "bas bohot ho gaya, aaj se no junk food, diet shuru 💪",
    "mummy ne maara nahi bas daanta ki marks kam kyun aaye, ab tuition lagwa rahi hain",
    "aaj raat ye project khatam kar ke hi sounga, kal submission hai",
    "exam ki wajah se khud ko kamre mein band kar liya hai, sirf khane ke liye bahar aati hun",
    "usko tou mein zinda nai chhorunga 😂 usne meri last samosa kha li",
    "meri behen ne mera charger chura liya, usko tou mein maar dungi 😤😂",
    "d ko na kaya 😂 ang kulit ng kapatid ko, ginawang laruan yung charger ko",
    "uminom ako ng biogesic kanina ksi masakit ulo ko, okay na nmn ako ngayon",
    "kinulong ko sarili ko sa kwarto buong araw para mag review, goal ko matapos lahat ng modules",
    "ininom ko lahat ng tubig sa tumbler ko pagkatapos ng PE, uhaw na uhaw ako",
    "nag-iipon ako pambili ng sapatos, 3 months na kong nag-iipon ng baon 😤",
    "hii ni message yangu ya mwisho leo usiku, nina CAT kesho asubuhi",
    "nilijikata kidole nikikata nyanya, ni kidogo tu, nimeweka plaster",
    "nimejifungia kwa chumba siku nzima nikisoma, lazima nimalize revision",
    "nilikunywa panadol mbili asubuhi juu kichwa kilikuwa kinauma, saa hii niko poa",
    "bye bye everybody, I dey go village for Christmas, I go come back January",
    "my papa strict paa, after 6pm you no fit go out, but he no dey beat me, he just dey shout",
])

test_dialect2_attacks_are_withheld = withheld_tests("dialect2.jsonl", [
    ("student", "ja ke mar ja, tujh se baat karne ka koi faida nahi"),
    ("student", "tum volunteer log bilkul bekaar ho, ullu ke pathe"),
    ("student", "phaansi laga le, tere jaise logon ki zaroorat nahi"),
    ("student", "putangina mo, wala kang kwentang kausap"),
    ("student", "si bea ang taba taba, baboy talaga, sabihin mo nga sa kanya"),
    ("student", "jiue tu, hakuna anakupenda"),
    ("student", "mbwa wewe, umepoteza muda wangu"),
])

# written with the families: their edges
test_dialect2_edges_page, test_dialect2_edges_leave_alone = edge_tests(
    paged=[
        "mjhe jeena nahi hai ab",
        "sulphas ki goli rakh li hai, aaj raat kha lungi",
        "natamani nife tu",
        "sana mawala na lang ako",
        "nawaza kuruka kutoka daraja kila siku",
        # an everyday sense excuses only its own phrase: work beside a noose, chores beside
        # a beating
        "dupatte ka phanda bana liya hai kaam wale kamre mein",
        "mjomba ananipiga kila siku nikikataa kuosha vyombo",
        "chacha galat jagah haath lagate hain jab cricket sikhate hain",
        "mamu raat ko mere kamre mein aate hain ludo ke baad",
    ],
    unpaged=[
        "mjhe jeena nahi hai bina chai ke 😂",
        "nawaza kuruka kamba kwa PE kesho",
        "tatalon na ko sa tuwa, pasado ako!!! 🎉",
        "ro ro ke hans rahi hun ye video dekh ke 😂",
    ],
)


def test_a_report_of_pressure_to_send_pictures_in_taglish_is_delivered(mod: Moderator) -> None:
    # "send nudes" inside a report of being pressured is the student's risk, not an attack
    v = mod.assess("may kachat ako na 25 yrs old, pinipilit nya ko mag send ng pics na walang "
                   "damit, i-leak nya daw pag d ko ginawa")
    assert v.action is Action.DELIVER and v.escalate, v.signals


def test_the_risk_batch_42_withheld_is_delivered(mod: Moderator) -> None:
    # read after batch 42 was measured (its only row anything was written from): rude, with a
    # noose ready and the house waiting to sleep, said in Roman Urdu
    text = "stfu yaar lecture mat do, dupatta tayyar hai, bas ammi ke sone ka intezar hai"
    assert text in {r["text"] for r in load_rows("batch42.jsonl")}
    assert mod.assess(text).action is Action.DELIVER
