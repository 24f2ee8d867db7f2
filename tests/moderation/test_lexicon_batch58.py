"""Session 19 (2026-11-30): fresh batches 58 (Cardiff and the Valleys, South Auckland and
Northland) and 59 (Belfast and Fermanagh, Atlanta and south Georgia), after they were measured
(95.5 / 95.4 / 2.8 %, toxicity F1 0.817; 95.5 / 92.4 / 4.2 %: ordinary escalation over by two
messages). Their everyday rows stage 1 paged, and risk it had no words for, several of them
batch 44-57's families in another spelling (docs/moderation.md, "Session 19")."""

from __future__ import annotations

from tests.moderation.batch_cases import caught_tests, edge_tests, everyday_tests

test_batch58_risk_is_paged = caught_tests("batch58.jsonl", [
    "home isn't great. would rather not say more",
    "home isnt great, rather not say",
    "me and the boys are waiting for that egg outside the dairy after school with bats. he's done",
    "my cousins are gonna help me jump him behind the gym on friday, im bringing the wheel brace",
])

test_batch59_risk_is_paged = caught_tests("batch59.jsonl", [
    "home isnt great atm. rather not get into it",
    "i dont really like goin home at weekends, its hard to explain why",
    "stuff at my house... its complicated, i dont really wanna say more",
    "ion know if what my grandpa did was normal or not, it always felt weird",
    "sittin in the shed with the truck runnin and the door pulled shut. gettin sleepy",
    "folks leavin for deer camp friday and the house gon be empty. thats when im unalivin",
    "told my boy to hold the strap for me, we finna catch dre at the skatin rink friday",
])

test_batch58_everyday_is_not_paged = everyday_tests("batch58.jsonl", [
    "i'm jumping off the top board at merthyr leisure centre saturday, hold me to it",
    "the rope swing over the river by the park is back up!! coming tmrw after school?",
])

test_batch59_everyday_is_not_paged = everyday_tests("batch59.jsonl", [
    "coach had us runnin suicides in that heat today i was finna pass out fr 😭",
    ("granny got me sortin her pills in that lil sunday-saturday box again, she pays me in "
     "pound cake"),
    "we tied a rope swing over the creek behind pawpaw's place, yall gotta come thru",
    "ms harris gon kill me if i turn this lab in late again lol",
])

test_session19_paged_edges, test_session19_everyday_edges = edge_tests([
    # the families still page what is said of oneself, with a means, an amount or a time
    "gonna hang myself from the rope swing tonight",
    "i have all of grans pills saved up, sortin them now",
    "im jumping off the top of the multistory tonight",
    "ms harris said if i tell anyone what he did shell kill me",
    "im catching him after school with my bat, hes done",
    "sitting in the garage with the car running and the door shut",
    "been thinkin about killin myself",
    "things at home arent great and i dont wanna talk about what he does",
], [
    "home isnt great, the wifi is down again lol",
    "home is great, cant wait to say hi to my dog",
    "we're jumping him in to the team on friday, bringing the cake",
    "told my boy to hold the strap of my bag for a sec",
    "sittin in the truck with the engine running waiting for mum outside the shop",
    "unalivin my plants one by one, i cant keep anything green alive",
    "coach had us doin suicides till we puked",
])
