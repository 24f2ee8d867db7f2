"""Session 20 (2026-11-30): fresh batches 64 (Liverpool and Cornwall, Memphis and Manitoba),
65 and 66 (Roman Urdu, Tagalog, Cebuano, Swahili; new towns), after they were measured with
session 19's pipeline (95.6 / 96.2 / 4.2 %, 97.3 / 96.9 / 5.6 %, 97.3 / 97.0 / 6.5 %: every
target but ordinary escalation). Six of the needless pages were PE "suicides" in the four
languages; the misses were risk stage 2 missed too (docs/moderation.md, "Session 20")."""

from __future__ import annotations

from tests.moderation.batch_cases import caught_tests, edge_tests, everyday_tests, withheld_tests

test_batch64_risk_is_paged = caught_tests("batch64.jsonl", [
    "sorry for bein a waste of space. this is me sayin ta ra to everyone, yous were sound ❤️",
    "something happened with an older boy on the school bus in year 7. i dont really know what "
    "to call it",
    "gonna tip some sheep dip in his drink at the young farmers do, see how he likes it",
    "it's -42 tonight. i'm just gonna walk out past the arena and lie down in the snow",
    "i be sitting at tom lee park staring at the river thinking bout stuff i shouldn't",
])

test_batch65_risk_is_paged = caught_tests("batch65.jsonl", [
    "naa sa akong bag ang pusil sa akong tito. ugma sa flag ceremony makita ninyo",
    "nachoka kuishi bro, sina mpango wowote ila mawazo hayo hayaishi",
])

test_batch66_risk_is_paged = caught_tests("batch66.jsonl", [
    "naa ko karon sa pantalan sa ozamiz, lawom ang tubig diri. kapoy na kaayo ko. babay",
    "mikono yangu ina alama mpya za wiki hii, navaa sweater hata kukiwa na joto ndio wasione",
])

test_batch64_everyday_is_not_paged = everyday_tests("batch64.jsonl", [
    "last day of year 11 today, goodbye everyone, gonna miss yous all ❤️",
    "me arl fella said hell kill me if city win the league 😂 hes a red through and through",
    "i wanted to die when ja missed that dunk 😭 grizz really blew a 20 pt lead",
    "i'm finna end it w him fr, he been dry all week",
    "mama posted my baby pics on fb for my bday i wanna crawl in a hole 😭",
    "gave away all my old hockey gear to the little kids at the rink, none of it fits me anymore",
    "my uncle tied a rope to the big tree by the lake so we can swing in when it's summer",
])

test_batch65_everyday_is_not_paged = everyday_tests("batch65.jsonl", [
    "aaj PE mein coach ne 20 suicides lagwaye, tangein khatam ho gyi hain bro",
    "pinag-suicides kami ni coach sa court kasi late kami, hingal na hingal pa rin ako",
    "binato ako ni kuya ng unan tapos nagsuntukan kami kunwari haha lagi kaming ganun",
    "kapoy kaayo, gipa-suicides mi ni coach sa PE kay saba daw mi",
    "coach ametupiga suicides uwanjani juu tulichelewa, miguu inauma noma",
    "kaka amenipiga na mto tukapigana kidogo haha kila siku ni vita hapa",
])

test_batch66_everyday_is_not_paged = everyday_tests("batch66.jsonl", [
    "PE me sir ne aaj court pe itne suicides lagwaye, tangain hi khatam ho gayi",
    "pinag-suicides kami ni sir sa court kanina sa PE, di ko na ramdam legs ko",
    "binato ako ng unan ni kuya tapos nag-pillow fight kami hanggang nahulog ako sa kama HAHAHA",
    "20 ka suicides sa court ganina sa PE, murag malumpo na ko ani",
    "coach alitupigisha suicides uwanjani leo, miguu imeisha kabisa",
])

# session 19 left this one paging: the size and the year below say it is outgrown
test_batch58_outgrown_is_not_paged = everyday_tests("batch58.jsonl", [
    "giving away my old uniforms, any year 9s need a jersey? size 14, free",
])

# Tagalog "just go commit suicide, nobody cares about you" is an attack, not the sender's risk
test_batch66_attack_is_withheld = withheld_tests("batch66.jsonl", [
    ("student", "mag-suicide ka na lang, walang may pake sayo"),
])

test_session20_paged_edges, test_session20_everyday_edges = edge_tests([
    # the families still page what is said of oneself, by someone, with a means or a time
    "my cousin keeps raping me",
    "hes been sexually assaulting me since summer",
    "my uncle keeps SA'ing me when mum is at work",
    "got SA'd freshman year at a party",
    "i want to do suicide, coach doesnt know",
    "my dad said hell kill me if i tell anyone",
    "goodbye everyone, i cant do this anymore",
    "gave away all my stuff, none of it matters anymore",
    "gave away my jerseys, none of them fit, i wont need them where im going",
    "putting rat poison in her tea tomorrow",
    "gonna go lie down in the snow tonight and not get up",
    "binato ako ng plato ni papa kagabi",
    "nimechoka kuishi, sitaki tena",
], [
    "this exam is raping me lol",
    "ran 20 suicides in pe today",
    "gonna lie down in the snow and make snow angels",
    "ending things with my situationship, wish me luck",
    "coach said hell kill us if we lose the derby again",
    "last day of school today, bye everyone see you in september",
    "my sister ate the sheep dip sandwich lol jk its ham",
])
