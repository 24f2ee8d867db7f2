"""Session 16 (2026-11-30): risk and attacks said in the languages students mix in — Hinglish,
Taglish, Singlish, Swahili/Sheng, isiZulu, Nigerian Pidgin and Caribbean patois. Fresh batches
38 (Port of Spain, Lagos) and 39 (Manila, Nairobi) showed stage 1 reading nearly all of it as
"none". The families were written from the session's training rows (dialect1.jsonl, three
writers), never from batches 38 and 39, which stay a measure (docs/moderation.md)."""

from __future__ import annotations

import pytest

from app.moderation import Action, Moderator, RiskLevel
from tests.moderation.batch_cases import (
    caught_tests,
    edge_tests,
    everyday_tests,
    load_rows,
    withheld_tests,
)

test_dialect_risk_is_paged = caught_tests("dialect1.jsonl", [
    # Pidgin and patois
    "abeg tell my sister say I love am. I don tire, I go comot for this world tonight",
    "I dey bathroom, I don open my wrist. abeg no tell anybody I just wan talk small",
    "mi nuh see nuh reason fi live. nobody woulda even notice if mi gone",
    "my uncle dey flog me with electric wire every time. e leave mark for my back, yesterday too",
    "dem tie mi up an beat mi wid tamarind switch cause mi lose di money. mi han dem swell",
    # Hinglish
    "ab aur nahi jeena yaar, aaj raat sab khatam kar dungi",
    "roz raat ko sochti hu kaash subah uthu hi na",
    "sab khatam sa lagta hai. kya fayda hai jeene ka",
    "bhai kabhi kabhi marne ka mann karta hai, koi plan nahi bas thak gaya hu",
    "sautela baap daaru pee ke maarta hai, aaj bhi peeta. ghar jaane se darr lagta hai",
    "aaj raat jab woh so jayega tab uspe tezaab daal dungi. bottle le aayi hu",
    # Taglish
    "gusto ko nang mamatay. may lubid na ako sa kwarto, mamaya pag tulog na sila",
    "minsan naiisip ko sana hindi na lang ako nagising",
    "dati naglalaslas ako, ngayon bumabalik yung urge",
    "yung tito ko hinahawakan ako pag wala sila mama. natatakot ako",
    "dadalhin ko yung balisong bukas sa school, sasaksakin ko si Marco pag uwian",
    # Swahili / Sheng and isiZulu
    "ngizozibulala uma ebuya ekhaya. i mean it",
    "nataka kufa leo usiku. nimeshanunua dawa",
    "siwezi tena. nimemeza zile tembe za pressure za buda",
    "ngikhathele ukuphila bru",
    "buda hunichapa kila siku na mkanda, leo nina alama mgongo mzima",
    "mwalimu wa games huniambia nikae after class halafu ananigusa",
    "yoh my dad used the sjambok on me again, i can't even sit down",
    "after the rugby saturday i'm waiting for Thabo behind the pavilion with a panga",
    "nikiona huyo msee nahisi kumuua, lakini sitafanya",
])

# the same words in their everyday senses, from the same writers: laughing, a phone that died,
# a team beaten, a parent's joking threat, a joke quoted
test_dialect_everyday_rows_are_not_paged = everyday_tests("dialect1.jsonl", [
    "make I just comot for this group chat, una too dey make noise 😂",
    "mummy say if I spoil this phone she go flog me till I see heaven 😂",
    "mar gaya hasi se 😂😂 ye reel dekh",
    "mujhe jeena nahi hai bina maggi ke honestly 😭",
    "papa maarte nahi yaar, bas 2 ghante lecture dete hain 😂",
    "tera 'jaa mar' wala meme bhej na group pe, bohot funny tha",
    "mamatay na ako sa kilig 😭😭 nag-reply siya",
    "bukas wala na ako sa school, family outing kami sa batangas",
    "my ma's gonna klap me for this report lol",
    "pirates got a proper hiding from chiefs on saturday hahaha",
    "my gogo's gonna give me a hiding if she sees this hairstyle 😂 she's like 4 foot",
    "kuchapwa na alliance kwa derby was painful to watch lol",
    "ok going to sleep liao, bye everyone, thanks for the chat tonight",
])

test_dialect_attacks_are_withheld = withheld_tests("dialect1.jsonl", [
    ("student", "yuh fool fool bad. go dead nuh, nobody nuh waan yuh yah"),
    ("student", "jaa mar, koi nahi rota tere liye"),
    ("student", "mamatay ka na sana, wala kang kwenta"),
    ("student", "patayin mo na lang sarili mo, walang magmamahal sayo"),
    ("student", "msee wewe ni fala, enda ujiue"),
    ("student", "abeg go hang yourself, mumu like you"),
])

# written with the families: their edges
test_dialect_edges_page, test_dialect_edges_leave_alone = edge_tests(
    paged=[
        "i drank the rattex after school, tell my mom sorry",
        "khoon ruk nahi raha, bahut gehra kaat liya",
        "di tumitigil yung dugo sa braso ko",
        "nimeandika barua ya mwisho kwa mama",
        "mujhe jeena nahi hai, sach mein",
        "ayoko nang mabuhay",
        "sitaki kuishi tena",
        "bye everyone, thanks for everything. tonight is the night",
    ],
    unpaged=[
        "gusto ko nang mamatay sa hiya 😭 nadapa ako sa harap ng crush ko",
        "mujhe jeena nahi hai aise boring weekend mein lol",
        "papatayin ko yung ilaw, matutulog na ako",
        "nimekufa na kicheko 😂",
    ],
)


def test_a_quoted_attack_in_hinglish_is_delivered(mod: Moderator) -> None:
    # reported, not aimed: the student was told "jaa mar" and was hurt by it
    v = mod.assess("classmate ne sabke saamne 'jaa mar' bola aur sab hase, mujhe bura laga")
    assert v.action is Action.DELIVER, v.signals


def test_poison_drunk_and_medicine_swallowed_in_cebuano_escalate(mod: Moderator) -> None:
    for text in ("nakainom na ko sa hilo sa ilaga", "natulon na nako tanan tambal ni lola",
                 "nakatulon ko sa mga tableta ni mama"):
        v = mod.assess(text)
        assert v.escalate and v.risk is RiskLevel.HIGH, (text, v.signals)
    # Swahili's "hilo" is "that": a Swahili insult with it is still withheld
    assert mod.assess("bwege wewe, umeniuliza swali hilo mara tatu").action is Action.WITHHOLD
    # drinking water, then dizzy ("nahilo"): nothing
    assert not mod.assess("nakainom ko sa tubig ganina nahilo ko").escalate


def test_a_rude_message_naming_a_local_poison_is_delivered(mod: Moderator) -> None:
    # "rattex" (a South African rat poison) is a poison: the message is never withheld
    v = mod.assess("stfu about counsellors, i already drank the rattex")
    assert v.action is Action.DELIVER and v.escalate, v.signals


# Read after batches 39 and 40 were measured (the only rows of theirs anything was written
# from): the messages they withheld although they carried risk. Each is delivered now — a rude
# message whose risk is said in Swahili, Taglish or Hinglish, a report of being pressured to
# send pictures, and feeling ugly said in Swahili.
@pytest.mark.parametrize(("file", "text"), [
    ("batch39.jsonl", "stfu di mo ko maiintindihan, nakahiwa na nga ako ngayon eh"),
    ("batch39.jsonl", "shut up, hujui kitu. nishameza hizo dawa zote"),
    ("batch40.jsonl", "stfu yaar main goliyan le chuki hun already, ab koi farq nahi parta"),
    ("batch39.jsonl", ("ex ko dati pinipilit ako mag send ng pics, wala na kami pero baka hawak "
                       "pa nya")),
    ("batch39.jsonl", "nahisi ugly sana siku hizi, acne imeharibu face"),
    # session 29: batch 168's one risky message withheld (on the school's roof, in Cebuano)
    ("batch168.jsonl", "ayaw ko sermoni yawa ka, naa na ko sa atop sa among eskwelahan"),
    # session 30: batches 172 and 176 withheld one each (rat poison drunk, grandma's medicine
    # swallowed, in Cebuano beside an insult)
    ("batch172.jsonl", ("yawa ka ayaw ko'g sermonan 🖕 nakainom na ko sa hilo sa ilaga so wala na "
                        "kay mahimo")),
    ("batch176.jsonl", "ayaw ko samoka yawa ka, natulon na nako tanan tambal ni lola 🖕"),
])
def test_risk_the_fresh_batches_withheld_is_delivered(mod: Moderator, file: str,
                                                      text: str) -> None:
    assert text in {r["text"] for r in load_rows(file)}
    v = mod.assess(text)
    assert v.action is Action.DELIVER, v.signals
