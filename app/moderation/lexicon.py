"""The curated stage-1 lexicon: phrases over *normalised* text (see normalize.py).

Every rule is (name, kind, pattern). The kind says what the phrase is evidence of; rules.py
combines kinds into category levels (e.g. ideation + means -> high self-harm). Patterns are
regular expressions over lowercase tokens joined by single spaces, with no apostrophes
("dont", "im") and "," marking a clause break; they are anchored on word edges when compiled.
Macros in angle brackets (<I>, <GONNA>, ...) are expanded from MACROS below.

Adding a phrase: put it in the right kind, add an example to data/moderation/train.jsonl, and
a test in tests/moderation/test_lexicon.py. Never copy a text from shared/moderation/dev.jsonl:
that set measures us. See docs/moderation.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# poisons farms and sheds keep (session 15: "i drank pesticide" was not recognised), beside
# bleach and antifreeze in drank_poison and drink_poison_b8
_FARM_POISONS = (r"pesticides?|weed ?killer|insecticide|paraquat|roundup|bug spray|"
                 # session 16: rat poisons and weedkillers by brand (South Africa, Nigeria)
                 r"rattex|ratex|otapiapia|gramoxone|"
                 # session 31 (batch 187): "drank some of the sheep dip from the shed, my stomach
                 # is burning"
                 r"sheep dip|sheep drench|fly spray|slug pellets|rat bait")
MACROS: dict[str, str] = {
    # first person, as teenagers type it
    "I": r"(?:i|im|i m|i am|ive|i have|id|i would|ill|i will|ima|imma|i was)",
    "MYSELF": r"(?:myself|my self|meself|mself|my own life|my life)",
    "GONNA": (
        r"(?:gonna|going to|goin to|gunna|finna|ima|imma|about to|abt to|bout to|will|ll|"
        r"am going to|planning to|planning on|plan to|plan on|decided to|getting ready to)"
    ),
    "WANT": (
        r"(?:want to|wanna|wan na|want 2|wish i could|would like to|feel like i should|"
        r"need to|should|should just|just want to|just wanna|kinda want to|kinda wanna|"
        r"lowkey want to|lowkey wanna|highkey wanna|highkey want to|really want to|"
        r"really wanna|wanted to|thinking about|thinking of|think about|thought about|"
        r"keep thinking about|considering|feel like)"
    ),
    "ADV": r"(?:just |really |so |literally |honestly |actually |lowkey |kinda |fr |still )*",
    "TIME": (
        r"(?:tonight|tonite|tn|tomorrow|tmrw|tmr|tomoro|today|this weekend|this week|"
        r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"(?:this |next |on |by )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"after school|before school|in the morning|by morning|at midnight|"
        r"in an hour|in a few hours|when (?:every ?one|they|my parents|my mom|my dad)"
        r"(?: \w+)? (?:is|are|s|go|goes|gets|get|falls|fall)? ?(?:asleep|to sleep|to bed|home|"
        r"out|gone)|after (?:every ?one|they|my parents) (?:go|goes|are|fall|falls) "
        r"(?:to bed|asleep|to sleep|out)|on my birthday|on the \d+(?:st|nd|rd|th)?|"
        r"this time|before i change my mind)"
    ),
    "PILLS": (
        r"(?:pills?|tablets?|meds|medication|medicine|my prescription|capsules|"
        r"tylenol|paracetamol|panadol|acetaminophen|ibuprofen|advil|motrin|aspirin|aleve|"
        r"benadryl|nyquil|xanax|valium|oxy|oxys|percocet|codeine|melatonin|sleeping pills|"
        r"sleep(?:ing)? meds|antidepressants|anti depressants|sertraline|zoloft|prozac|"
        r"fluoxetine|lexapro|escitalopram|adderall|vyvanse|ritalin|concerta|lithium|seroquel|"
        r"insulin|heart meds|adhd meds|painkillers|pain killers|pain meds|"
        # batch 15: sleep aids and other prescriptions students name
        r"ambien|zolpidem|trazodone|klonopin|clonazepam|ativan|lorazepam|gabapentin|"
        r"wellbutrin|bupropion|abilify|lamictal|tramadol|hydrocodone|vicodin|norco|oxycodone|"
        r"xannies|xannys|percs|zzzquil|unisom|dramamine|robitussin)"
    ),
    "MEANS": (
        r"(?:<PILLS>|bleach|rope|noose|belt|cord|extension cord|bridge|overpass|roof|rooftop|"
        r"ledge|cliff|tracks|train tracks|the train|traffic|blades?|razors?|razor blades?|"
        r"knife|knives|scissors|gun|guns|pistol|rifle|shotgun|firearm|bullets?|the bathtub|"
        r"parking garage|tallest building|car exhaust|exhaust)"
    ),
    "KIN": (
        r"(?:dad|father|daddy|mom|mum|mother|mommy|stepdad|step dad|stepfather|stepmom|"
        r"step mom|stepmother|stepbrother|step brother|stepsister|brother|bro|sister|sis|"
        r"uncle|aunt|auntie|grandpa|grandfather|grandma|grandmother|cousin|coach|teacher|"
        r"tutor|pastor|priest|boss|neighbor|neighbour|babysitter|bf|boyfriend|gf|girlfriend|"
        r"ex|parents|foster dad|foster mom|foster parents|moms boyfriend|moms bf|dads "
        r"girlfriend|dads gf|mom s boyfriend|stepparent)"
    ),
    "PERP": (
        r"(?:my (?:older |old |big |little |ex |step |foster |moms |dads |new |\w+ )?<KIN>|he|"
        r"she|they|"
        r"someone|somebody|this (?:guy|man|person)|a (?:guy|man|grown man|older guy|person)|"
        r"the (?:guy|man)|my moms boyfriend|my dads girlfriend)"
    ),
    "YOU": r"(?:you|u|ya|yu|yall|you guys|ur|youre|you re|your|yours|yourself|urself|thou)",
    "YOUARE": r"(?:youre|you re|you are|ur|u r|u are|you r|your|yo|u|you|ure)",
    "THIRD": (
        r"(?:he|she|they|hes|shes|theyre|he is|she is|they are|this (?:kid|girl|guy|boy|dude|"
        r"teacher|bitch)|that (?:kid|girl|guy|boy|dude|teacher|bitch)|the new (?:kid|girl|guy)|"
        r"my (?:teacher|stepmom|stepdad|sister|brother|ex|coach))"
    ),
    "INSULT": (
        r"(?:bitch|bitches|b1tch|biatch|whore|hoe|ho|thot|slut|skank|cunt|twat|retard|retarded|"
        r"tard|fag|faggot|fags|faggots|dyke|tranny|trannies|idiot|idiots|moron|morons|imbecile|"
        r"loser|losers|dumbass|dumb ass|asshole|ass hole|arsehole|piece of shit|piece of crap|"
        r"pos|trash|garbage|freak|creep|creepy|pathetic|worthless|useless|stupid|stoopid|dumb|"
        r"ugly|fat|fatty|disgusting|gross|clown|joke|pussy|simp|cow|pig|bastard|prick|dick|"
        r"dickhead|scum|scumbag|incel|waste of space|waste of air|waste of oxygen|"
        r"waste of skin|failure|disgrace|psycho|weirdo|nerd|cringe|annoying|brainless|"
        r"braindead|brain dead|lame|virgin|crackhead|smelly|trash boy|jerk|mutt|spaz|"
        r"autistic|sped|mongoloid|subhuman|animal|rat|snake|fake|coward|baby|crybaby|"
        r"attention seeker|attention whore|drama queen|hypocrite|liar|dum|son of a bitch|"
        r"sob|ashole|a hole|brat|bratty)"
    ),
    # insults strong enough to count when aimed at someone not in the chat ("shes a slut")
    "STRONG": (
        r"(?:bitch|whore|hoe|ho|thot|slut|skank|cunt|twat|retard|retarded|tard|fag|faggot|"
        r"dyke|tranny|idiot|moron|loser|dumbass|asshole|piece of shit|trash|garbage|freak|"
        r"pathetic|worthless|useless|stupid|dumb|ugly|fat|fatty|disgusting|pussy|cow|pig|"
        r"bastard|prick|scum|incel|waste of space|waste of air|waste of oxygen|smelly|"
        r"trash boy|mutt|spaz|mongoloid|subhuman|crackhead)"
    ),
    "SLUR": (
        r"(?:fag|faggot|fags|faggots|fagot|dyke|tranny|trannies|retard|retarded|tard|nigger|"
        r"niggers|nigga|niga|chink|chinks|spic|spics|kike|kikes|wetback|beaner|gook|raghead|"
        r"towelhead|paki|sandnigger|coon|mongoloid|shemale)"
    ),
    "LAUGHISH": r"(?:lol|lmao|lmfao|haha|hahaha|hehe|jk|xd|rofl)",
}


def _expand(pattern: str) -> str:
    for _ in range(4):  # macros may nest a few levels
        new = re.sub(r"<([A-Z]+)>", lambda m: MACROS[m.group(1)], pattern)
        if new == pattern:
            break
        pattern = new
    return pattern


# "not wake up" that is about an alarm: "i hope i dont wake up late tomorrow"
_WAKE_NOT_LATE = r"(?! late| early| in time| on time| at \d| before| for| till| until)"


# --- masks: spans removed before the risk rules run ------------------------------------
# Idioms and hyperbole that contain risk words but carry no risk.
IDIOMS: list[tuple[str, str]] = [
    ("killing_me", (r"(?:is|are|was|were|s|its|thats|it|this|that|math|school|class|"
                   r"homework|practice|test|exam|wait|waiting|suspense) (?:literally |actually |"
                   r"lowkey |so |really |fr |honestly )?(?:killing|murdering|destroying) me")),
    ("killing_me_things", (r"(?:homework|essay|exam|test|class|lab|math|chem|school|shoes|feet|"
                          r"back|legs|cold|cramps|period|wait|teacher|project|heat|boots|"
                          r"suspense|song|show|joke|meme) (?:\w+ ){0,2}(?:is |are |was |were )?"
                          r"(?:literally |so |actually |lowkey |fr )?(?:killing|killed|murdered|"
                          r"murdering|destroyed|destroying) (?:me|us)")),
    ("killed_me_joke", (r"(?:that|this|it|you|u|he|she|the ending|ending|joke|meme|test|exam|"
                       r"quiz|movie|show|episode) (?:literally |lowkey |actually |so )?"
                       r"(?:killed|murdered|destroyed|sent) me")),
    ("killed_it", (r"(?:killed|killing|kill|slayed|slaying|slay|smashed|smashing|crushed|"
                  r"crushing|nailed|murdered) (?:it|that|this|the game|the test|the exam|"
                  r"the audition|the performance|the solo|(?:her|his|my|their|the|that|this|ur|"
                  r"your) (?:presentation|speech|interview|solo|audition|recital|routine|"
                  r"performance|exam|test))")),
    ("im_dead_lol", (r"(?:im|i m|i am|im so|im literally|literally|i) (?:so |literally )?"
                    r"(?:dead|ded|deceased|dying|died|crying)(?: ,)? (?:lol|lmao|haha)")),
    ("dead_laugh", r"(?:lol|lmao|haha)(?: lol| lmao)* (?:im |i m )?(?:dead|dying|died|deceased)"),
    ("im_dead_bare", (r"^(?:im|i m|i am) (?:so |literally )?(?:dead|ded|deceased|dying|crying)"
                     r"(?: lol| lmao| haha)*$")),
    ("dead_bare", r"^(?:dead|dying|deceased|ded)(?: lol| lmao| haha)*$"),
    ("died_laughing", (r"(?:died|dying|dead|die|crying|cried) (?:of |from |with )?"
                      r"(?:laughing|laughter|laughin|embarrassment|boredom|cringe|cuteness|"
                      r"shame)")),
    ("i_died_when", (r"i (?:literally |actually )?(?:died|almost died|nearly died|was dead) "
                    r"(?:when|after|at)")),
    ("dye_hair", (r"(?:dying|dyeing|dye|dyed|die|died) (?:my|her|his|our|their|your|ur) "
                 r"(?:hair|bangs|tips|ends|eyebrows|shirt|clothes|shoes)")),
    ("dye_hair2", r"(?:dying|dyeing) (?:it|them) (?:pink|blue|red|black|green|purple|blonde)"),
    # PE "suicides" (sprints): a verb before them ("ran suicides", Cebuano "nag suicides",
    # "pinag-suicides kami ni coach"), a coach or a number, or a drill, a court, a practice after
    ("pe_suicides", (r"(?:ran|run|running|runnin|do|did|doing|doin|(?:made|had) us (?:run|do)|"
                     r"nag|mag|pinag|gipa|pinapag|gipapag|pinagawa (?:kami )?ng|gipabuhat (?:mi )?"
                     r"og) suicides|(?:coach|sir|maam|miss|mwalimu|teacher|pe|p e)(?: \w+){0,4} "
                     r"suicides|suicides? (?:drills?|sprints?)|suicides (?:runs?|in pe|in gym|at practice)|"
                     r"suicides (?:\w+ ){0,3}(?:court|practice|training|uwanjani|sa pe|in pe|sa "
                     r"gym|sa field|lagwaye|lagwae|lagwaiye|lagwa diye)|\d+ (?:ka |za )?suicides")),
    ("suicide_squad", (r"suicide (?:squad|doors?|king|boys|squeeze|squeezes|bunt|bunts|play|"
                       r"lines?|shuttles?|burpees|gene|genes)|(?:cellular|cell|programmed cell) "
                       r"suicide")),
    ("suicide_class", (r"(?<!think )(?<!thinking )(?<!thought )(?<!dream )(?<!dreaming )"
                      r"(?:about|on|in) (?:\w+ ){0,3}suicide (?:prevention|awareness|in (?:health|"
                      r"english|class))|suicide (?:prevention|awareness)|"
                      r"(?:poem|book|novel|story|play|essay|movie|chapter) (?:\w+ ){0,5}"
                      r"(?:suicide|kill (?:themselves|himself|herself))|"
                      r"(?:romeo|juliet|hamlet|ophelia|sylvia plath|plath|in the book|"
                      # batch 10: never across the sender's own wish ("im romeo in the play and
                      # i want to die for real")
                      r"in the story|in the play|character|characters) (?:(?!(?:i|im|want\w*|"
                      r"wanna|wish\w*|myself)(?![\w#]))\w+ ){0,6}(?:suicide|"
                      r"kills? (?:themselves|himself|herself)|dies|die)")),
    ("kill_lights", r"kill (?:the|those) (?:lights|music|engine|vibe|mood|game)"),
    ("kill_time", r"(?:kill|killing|killed) (?:some )?time"),
    ("kill_for_food", r"(?:could|would|d) (?:literally )?kill for"),
    # batch 10: not "i want to die for real"
    ("die_for", (r"(?:to|would|d|i would|literally) (?:literally )?die for(?! real| reals| good|"
                 r" sure)")),
    ("rather_die_than", r"(?:rather|sooner) (?:literally )?(?:die|kms) than"),
    ("die_on_hill", r"die on (?:this|that) hill"),
    # a teacher by name too, the name the one word between: "ms harris gon kill me"
    ("mom_kill_me", (r"(?:(?:mom|mum|dad|mother|father|parent|teacher|coach|brother|sister|"
                    r"sis|bro|bf|gf|boyfriend|girlfriend|friend|grandma|grandpa|aunt|maw|mam|ma|"
                    r"mammy|mama|da|gran|granny|nan|nana|mamaw|meemaw|memaw|papaw|pawpaw)s?|she|he|"
                    r"they|shes|hes|theyre|ms|mr|mrs|miss|sir|mx) (?:\w+ )?(?:is |are |s |will |"
                    r"ll |)?(?:gonna|going to|gon|will|finna|about to|bout to)(?: literally| "
                    r"actually| lowkey)? "
                    r"(?:kill|murder|end) (?:me|us)")),
    ("so_dead_trouble", (r"(?:im|i m|i am|we re|were) (?:so |literally |totally )?(?:dead|dead mea"
                         r"t|"
                        r"toast|so dead) (?:if|when|once) (?:my |she |he |they |mom|dad|the|"
                        r"teacher|coach|parents)")),
    ("dead_tired", r"(?:dead|deathly) (?:tired|serious|silent|last|asleep|center|wrong)"),
    ("to_death", r"(?:bored|scared|worried|tickled|loved|freezing|starving|annoyed|sick) to death"),
    ("nearly_died", (r"(?:almost|nearly|practically) (?:died|dead|had a heart attack) "
                    r"(?:when|of|from|laughing|lol|lmao)")),
    ("device_died", (r"(?:phone|battery|laptop|computer|charger|ipad|switch|controller|car|plant|"
                    r"plants|fish|airpods|headphones|tablet|chromebook|pen|printer|wifi) "
                    r"(?:\w+ ){0,3}(?:died|dying|dead|die|is about to die|gonna die)")),
    ("game_die", (r"(?:game|level|boss|fortnite|minecraft|valorant|roblox|elden ring|hollow knight|"
                 r"character|round|match|apex|cod|overwatch|zelda|mario) "
                 # batch 8: never across the sender's own wish ("dying in the game and i want to
                 # die irl")
                 r"(?:(?!(?:i|im|want|wanna|wish|hope|myself|irl|rather|should|just)(?![\w#]))"
                 r"\w+ ){0,4}(?:died|dying|die|killed|kill|killing|dead)|(?:keep|kept) (?:dying|getting "
                 r"killed)|(?:killed|kill|beat) the (?:boss|final boss|dragon|zombies?)")),
    ("crush_die", (r"(?:gonna|will|going to|literally|could) (?:literally )?die (?:if|when) "
                  r"(?:he|she|they|my crush|he s|she s)")),
    ("shoot_text", (r"shoot (?:me |him |her |them )?(?:a |an )?(?:text|message|msg|dm|email|"
                   r"hoops|a pic|my shot|the ball|for the stars|your shot)|shoot hoops|"
                   r"(?:flu|covid|booster) shot|(?:took|got|take|get) (?:my |a |the )?"
                   r"(?:flu )?shots?|photo shoot|good shots?|three pointer|3 pointer|"
                   r"shot a (?:3|three|basket|free throw)")),
    ("hang_out", r"(?:hang|hanging|hung) (?:out|up|on|around|with)|just hanging"),
    ("cut_other", (r"(?:cut|cutting|cuts) (?:class|school|my hair|her hair|his hair|my bangs|"
                  r"the cake|the line|in line|that scene|the scene|carbs|sugar|me off|"
                  r"him off|her off|ties|them off|it out|the team|from the team|onions|"
                  r"vegetables|paper|coupons)")),
    ("slaps", r"(?:song|beat|track|album|this|that|it) (?:\w+ )?slaps"),
    ("hits_different", r"hits? (?:different|differently|hard|the spot)|hit me up|hmu"),
    ("bomb_good", (r"(?:the|da) bomb|bombed (?:a |the |my |that )?(?:test|quiz|exam|essay|"
                  r"interview|presentation)")),
    ("over_dead_body", r"over my dead body"),
    ("dead_inside_jk", r"dead inside (?:lol|lmao|jk|haha)"),
    ("hope_die_oath", r"cross my heart (?:and )?hope to die"),
    ("beat_game", (r"(?:beat|destroy|smash|crush|kill|murder) (?:you|u|them|him|her|yall) "
                  r"(?:in|at) (?:mario kart|chess|fortnite|smash|\w+ game|a game|basketball|"
                  r"ping pong|cards|uno|monopoly|minecraft|valorant|roblox|1v1|tennis)")),
    ("dead_serious", r"(?:dead|deadass) (?:serious|ass)|deadass"),
    ("murder_show", r"(?:murder|true crime|crime) (?:mystery|show|podcast|documentary|doc)"),
    ("meds_routine", (r"(?:forgot|forget|remember|need|have|got|gotta|supposed) (?:\w+ )?to take "
                     r"my (?:meds|medicine|medication|pills|vitamins|allergy meds|adhd meds|"
                     r"inhaler|antibiotics|birth control)|(?:took|take|taking|takes) "
                     r"(?:an? |some |my |one |two |2 )?(?:tylenol|advil|ibuprofen|"
                     r"paracetamol|motrin|aspirin|allergy meds|vitamins|antibiotics|adhd meds) "
                     r"(?:for|every|because|and it)|(?:got|been) prescribed")),
    ("bridge_song", (r"(?:bridge|chorus) of (?:that|this|the) song|(?:golden gate|brooklyn|"
                    r"london|tower) bridge|popsicle stick bridge|bridges? (?:in|for) "
                    r"(?:physics|engineering|class)|(?:project|lesson|unit) on bridges")),
    ("rope_gym", r"(?:climb|climbed|climbing) (?:the )?rope|jump ?rope|rope (?:climb|course)"),
    ("knife_cooking", r"knife (?:set|skills)|(?:cooking|culinary) (?:class )?knife"),
    ("razor_shave", (r"razor (?:to|for) shav(?:e|ing)|shav(?:e|ing) (?:my|with)(?: (?:legs|face|"
                     r"armpits|pits|beard|mustache))?(?: and)? (?:cut|nicked) myself(?! (?:again "
                     r")?(?:on purpose|deliberately|and it felt))|shav(?:e|ing) (?:my|with)")),
    ("to_die_hyperbole_cute", (r"(?:so cute|too cute|so good|so funny) (?:i|im) "
                              r"(?:gonna |going to |literally )?(?:die|dying|dead)")),
    ("kms_meta", r"(?:kms|kys) (?:is|means|stands for)|what does (?:kms|kys|ctb|unalive|sh) mean"),
]

# batch 3: ordinary contexts that carry risk words (school letters, a phone dying, shaving
# cuts, titles and school topics, a pet on the roof, a play's fake dagger, peers' names)
IDIOMS += [
    ("letters_school", (r"(?:letters?|notes?|cards?) (?:to|for) (?:my |a |our |the )?(?:penpal|"
                        r"pen pal|pen friend|pen pals|grandparents|teacher|santa|council|mp|"
                        r"editor|class|school)|(?:thank you|thankyou|cover|application|"
                        r"complaint|persuasive|formal|informal) (?:notes?|letters?)|(?:letters?|"
                        r"notes?) (?:for|in) (?:\w+ )?(?:class|homework|english|french|spanish|"
                        r"german|school|revision|project)|(?:revision|class|lecture|study) notes")),
    ("last_msg_device", (r"(?:last|final) (?:message|text|msg) (?:for (?:today|tonight|now) )?"
                         r"(?:\w+ ){0,2}(?:bc|because|cause|cos|coz|as|since|till|until|before) "
                         r"(?:\w+ ){0,3}(?:phone|phones|battery|charger|wifi|data|signal|laptop|"
                         r"bed|bedtime|dinner|class|lesson|mum|mom|dad|school|practice|exam|"
                         r"test)|(?:phones|batterys|laptops) (?:\w+ ){0,2}(?:dying|dead|died|"
                         r"about to die)")),
    ("give_old_things", (r"(?:giving|gave|give|given|selling|sold|donating|donated) (?:away )?"
                         r"(?:\w+ ){0,2}(?:old|spare|outgrown|extra|used|unused) (?:\w+ )?"
                         r"(?:books|clothes|toys|games|shoes|uniform|bike|phone|textbooks|"
                         r"stuff|things|lego"
                         # batch 10: more of what a child outgrows ("gave away all my old stuffed
                         # animals to my little cousin"), never beside a farewell
                         r"|stuffed animals|plushies|plushes|plush toys|teddies|teddy bears|dolls|"
                         r"barbies|legos|comics|manga|video games|consoles|baby clothes|trophies|"
                         r"posters|dvds|cds|board games|puzzles|figures|figurines|action figures|"
                         r"hot wheels|pokemon cards|trading cards)(?: (?:on|in|to|at) (?:\w+ )"
                         r"{0,3}(?:facebook|group|marketplace|vinted|ebay|depop|charity|goodwill|"
                         r"school|freecycle|olio|car boot))?(?!.*(?:wont need|won t need|will not "
                         r"need|dont need (?:it|them|any of it) anymore|after im gone|when im gone|"
                         r"where im going|forever|for good|didnt tell (?:them|him|her|anyone) why|"
                         r"goodbye|bye))")),
    ("ordinary_cut", (r"(?:ankle|knee|shin|finger|thumb|lip|chin|toe|knuckle|nose|tongue|gums?|"
                      r"tooth|teeth|elbow|heel) (?:\w+ ){0,6}(?:shaving|bleed\w*|blood)(?: \w+)?"
                      r"|(?:shaving|nosebleed|nose bleed|paper cut|papercut|dentist|tooth out|"
                      r"skateboard|fell off my bike) (?:\w+ ){0,8}(?:bleed\w*|blood)")),
    ("pet_on_roof", (r"(?:cat|dog|kitten|puppy|ball|frisbee|drone|kite|bird|pigeon|squirrel|"
                     r"shuttlecock|football|balloon|parrot) (?:\w+ ){0,4}(?:roof|bridge|tracks|"
                     r"ledge|tree)|(?:stuck|landed|kicked|thrown|threw) (?:\w+ )?(?:on|onto|over|"
                     r"up on) (?:the )?roof")),
    ("academic_topic", (r"(?:theory|theories|study|studies|statistics|stats|rates?|research|"
                        r"essay|article|documentary|lecture|unit|topic|reading) (?:\w+ ){0,2}"
                        r"(?:of|on|about) (?:\w+ )?(?:suicide|self harm|death)(?: rates?)?"
                        r"(?! (?:methods?|ways?|notes?|how|letters?))|"
                        r"suicide (?:rates?|statistics|stats|bombers?)|"
                        r"(?:durkheim\w*|sociology|psychology|pshe|religious studies)(?: \w+){0,6}"
                        r" suicide\w*")),
    ("titles_death", (r"death (?:note|star|eaters?|stranding|metal|grips|penalty|valley|row)|"
                      r"deathloop|final destination|black death")),
    ("stage_pretend", (r"(?:pretend|pretending|act|acting|fake|faking|play|playing|rehearse|"
                       r"rehearsing|mime|miming) (?:to )?(?:\w+ ){0,2}(?:stab|stabbing|kill|"
                       r"killing|shoot|shooting|hang|poison|poisoning|cut|cutting) (?:myself|"
                       r"himself|herself|me|each other)|fake (?:dagger|knife|blood|gun|sword)")),
    ("accident_fire", (r"(?:set|sets|setting) (?:\w+ ){0,2}(?:sleeve|sleeves|hair|fringe|"
                       r"eyebrows|jumper|sweater|shirt|tie|notes|toast|popcorn|marshmallow|pen|"
                       r"paper|hand|finger) (?:\w+ ){0,3}on fire|flame test")),
    ("peer_names", (r"(?:boys|girls|kids|people|everyone|some \w+) (?:in|at|from) (?:my |our )?"
                    r"(?:form|class|year|school|team|tutor group) (?:\w+ ){0,2}(?:call|calls|"
                    r"called) me (?:names|\w+)")),
    ("without_panic", r"without (?:panicking|freaking out|having a panic attack|crying)"),
]

# batch 6: suicide as a school topic told the other way round ("the theme of suicide in hamlet",
# "we're discussing suicide in english") -- an academic verb or noun before it, or a text or a
# class after it; never "thinking about" or "reading about ... methods"
_LIT = (r"(?:hamlet|macbeth|romeo and juliet|romeo|juliet|ophelia|of mice and men|the bell jar|"
        r"plath|the crucible|antigone|othello|king lear|the awakening|the book|the novel|the play|"
        r"the poem|the story|the text|the film|the movie|(?:\w+ )?literature|lit|english|"
        r"(?:\w+ )?class|history|psych|psychology|sociology|health|pshe|philosophy|ethics|"
        r"religious studies|re|rs|shakespeare|greek (?:myth\w*|tragedy|tragedies)|tragedies)")
_LIT_WORK = (r"(?:hamlet|macbeth|romeo and juliet|romeo|juliet|ophelia|of mice and men|the bell jar|"
             r"plath|the crucible|antigone|othello|king lear|the awakening|the book|the novel|"
             r"the play|the poem|the story|the film|the movie|shakespeare|greek (?:myth\w*|"
             r"tragedy|tragedies))")
IDIOMS += [
    ("suicide_theme", (r"(?:themes?|motifs?|topic|symbolism|portrayal|depiction|representation|"
                       r"role|idea|concept|ethics|history|causes|prevention|effects?) (?:of|on|"
                       r"about) (?:the )?(?:theme of |topic of |idea of )?suicide(?: \w+){0,3}"
                       r" (?:in|of|from|by) " + _LIT + r"|"
                       r"(?:discuss\w*|learning about|learn about|learned about|learnt about|"
                       r"studying|covering|covered|analy[sz]\w*|(?:essay|paper|presentation|"
                       r"project|debate|report|unit|lesson|seminar|assembly) (?:on|about)) (?:the "
                       r"(?:theme|topic|idea|role) of )?suicide(?! (?:methods?|ways?|notes?|"
                       r"letters?|how))|(?<!about )suicide (?:\w+ ){0,2}(?:in|from|of) " + _LIT_WORK +
                       r"(?: (?:class|book|play|poem|novel|act \w+|scene \w+))?")),
]

# batch 10: jumping that is play or sport ("my friend tried to jump the fence at the pool"), and
# being away from home for a trip ("im not gonna be here for thanksgiving, were going to my
# aunts"): defined here, before the rules that use them
_JUMP_OK_B10 = (r"(?! (?:the (?:fence|gun|line|queue|wall|creek|stream|puddle|hurdles?|rope|shark|"
                r"ramp|waves?)|a (?:fence|wall|creek|puddle|hurdle|ramp)|over|rope|higher|start|"
                r"scare|ship|up and down|around|on (?:the )?(?:trampoline|bed|couch|bandwagon)|"
                r"in line|in the (?:pool|leaves|snow)|into the (?:pool|leaves|snow|ball pit))"
                r"(?![\w#]))")
_AWAY_B10 = (r"(?!.*(?:trip|vacation|holidays?|camp|visit\w*|travel\w*|flight|flying|abroad|"
             r"out of town|away for|(?:going|driving|flying|heading|off) to (?:my|our|see)|"
             r"(?:at|to) (?:my|our) (?:\w+ )?(?:aunts|uncles|grandmas|grandpas|grandparents|"
             r"cousins|nans|dads|moms|mums|friends)|(?:aunts|uncles|grandmas|grandpas|"
             r"grandparents|cousins|nans) (?:house|place)|this app|can i still|from there))")

# Other people at risk: the sender is worried, not at risk themselves (distress, medium).
THIRD_PARTY: list[tuple[str, str]] = [
    ("tp_friend_suicidal",
     (r"(?:my |a |this |her |his )?(?:friend|best friend|bestie|bff|sister|sis|brother|bro|"
     r"cousin|bf|boyfriend|gf|girlfriend|classmate|someone|somebody|person|kid|girl|guy)"
     r"(?:s)? (?:\w+ ){0,4}(?:wants? to|wanna|is going to|s going to|is gonna|s gonna|gonna|"
     r"will|might|tried to|is trying to|keeps? saying (?:she|he|they) (?:wants? to|will)|"
     r"said (?:she|he|they)(?:s| is| are| was| d| ll| will| wants? to| wanna| gonna| is gonna| "
     r"is going to)?|told me (?:she|he|they)(?:s| is| are| was| d| ll| will| wants? to| wanna| "
     r"gonna| is gonna| is going to)?) ?(?:\w+ )?(?:kill (?:herself|himself|themselves|"
     r"themself)|kms|end it|end (?:her|his|their) life|die|unalive|hurt (?:herself|himself|"
     r"themselves)|od|overdose|jump" + _JUMP_OK_B10 + r"|commit suicide|suicidal|cutting|cut"
     r"(?! (?:her|his|their|my) (?:hair|bangs|fringe|nails)| class| school| the (?:cake|line)"
     r"(?![\w#])))")),
    ("tp_kill_self", (r"(?:she|he|they|friend|sister|brother|girlfriend|boyfriend|bf|gf|someone|"
                     r"cousin) (?:\w+ ){0,5}(?:kill|killing|hurt|hurting|cut|cutting|cuts|"
                     r"unalive|unaliving) (?:herself|himself|themselves|themself)")),
    ("tp_suicidal", (r"(?:my (?:\w+ )?)?(?:friend|sister|brother|cousin|bf|boyfriend|gf|"
                    r"girlfriend|classmate|she|he|they|mom|dad)(?:s)? (?:is |are |s |has been |"
                    r"been |seems |might be )?(?:suicidal|self harming|cutting (?:again|herself|"
                    r"himself)|cuts (?:herself|himself))")),
    ("tp_goodbye", (r"(?:friend|she|he|they|sister|brother|someone|classmate) (?:\w+ ){0,3}"
                   r"(?:posted|sent|wrote|texted) (?:a |me a |some )?(?:goodbye|farewell|"
                   r"suicide note|weird goodbye)")),
    ("tp_took_pills", (r"(?:friend|she|he|they|sister|brother|mom|dad|(?<!if )someone) "
                      r"(?:\w+ ){0,2}"
                      r"(?:(?:took|swallowed) (?:a bunch of|all (?:of )?(?:her |his |their |the )?|"
                      r"too many|a lot of|a handful of|a whole (?:bottle|pack|box) of|the whole "
                      r"(?:bottle|pack|box) of) (?:her |his |their )?<PILLS>|(?:took|swallowed) "
                      r"(?:some |a lot of |a bunch of )?pills|(?:overdosed|od d|ode)(?: on)?)")),
    ("tp_more", (r"(?:she|he|they|friend|brother|sister|cousin|bf|gf) (?:\w+ ){0,4}(?:cuts on (?:h"
                 r"er|"
                r"his|their)|locked (?:himself|herself|themselves) in|said (?:hes|shes|theyre|"
                r"they are|he is|she is) done|(?:showed|show) me (?:\w+ )?cuts)")),
    ("tp_promise", r"(?:made|makes) me promise (?:not to tell|to not tell)"),
    ("tp_if_break_up", (r"(?:he|she|they)(?:ll| will| would| d| said| says)(?: he| she| they)?"
                       r"(?:ll| will| would| d)? (?:kill (?:himself|herself|themselves)|kms|"
                       r"hurt (?:himself|herself))")),
]

# --- risk rules -----------------------------------------------------------------------
# batch 9: school work one is "drowning in" ("feel like im drowning in homework") is overload
# (low distress), not the acute "i feel like im drowning" (medium)
_SCHOOLWORK = (r"(?:\w+ )?(?:homework|hw|essays?|coursework|course work|assignments?|work|"
               r"schoolwork|school work|revision|deadlines?|projects?|exams?|tests?|quizzes|notes|"
               r"emails?|paperwork|applications?|apps|reading|chores|studying|tasks|worksheets?|"
               r"lab reports?|labs|finals|midterms|ias|mocks|rehearsals?)(?![\w#])")
# kind -> list of (name, pattern)
RISK_RULES: dict[str, list[tuple[str, str]]] = {
    # self-harm ideation (medium on its own)
    "sh_ideation": [
        ("ideation_more3", r"(?:every ?one|they|people|the world|my family) (?:is|are|will be|woul"
                           r"d be|"
                           r"d be) (?:\w+ )?better off(?: ,|$| now| that way| anyway)|(?:hit by a|"
                           r"run over by a) (?:bus|car|truck|train) (?:\w+ ){0,4}(?:relieved|happy|"
                           r"fine|okay|ok|wouldnt mind|not mind|wouldnt care)|(?:would|will|d) mov"
                           r"e "
                           r"on if i (?:died|was gone|were gone)|if i (?:died|was dead|were dead|"
                           r"killed myself|wasnt alive|was gone) (?:\w+ ){0,3}(?:would|will|nobody"
                           r"|no "
                           r"one|every ?one|they)|easier (?:to )?(?:just )?(?:not be alive|not exi"
                           r"st|"
                           r"die|be dead)|easier if i (?:was|were) (?:dead|gone)|(?:wish|hope|pray"
                           r") "
                           r"i (?:wouldnt|didnt|would not|wont|dont) wake up" + _WAKE_NOT_LATE
                           + r"|dead before (?:im|i m"
                           r"|i "
                           r"am|i turn) \d+"),
        ("want_die_generic", r"(?:want|wanna|wish|hope|feel like|like to|wouldnt mind if i|dont mi"
                             r"nd "
                             r"if i|wouldnt care if i|would not mind if i) (?:\w+ ){0,3}(?:die|die"
                             r"d|"
                             r"dying|stop living|fall asleep forever|sleep forever|not wake up|"
                             r"get sick and die|a (?:car|truck|bus|train) to hit me)"),
        ("ways_to_die", r"ways (?:to|i could|of) (?:die|dying|kill myself|end it)|if i (?:disappea"
                        r"red|"
                        r"died|was gone|wasnt here) (?:\w+ ){0,2}(?:nobody|no one) would (?:care|"
                        r"notice|miss me)"),
        ("funeral", r"plan(?:ning)? my (?:own )?funeral|my funeral in my head"),
        ("think_death", (r"(?:keep|keeps|always|still|kinda|really|just|often|sometimes|constantly"
                         r")? ?"
                        r"(?:wanting|want|think|thinking|thought|dream|dreaming|fantasize|"
                        r"fantasizing|daydream|daydreaming|obsess|obsessing) (?:about |of )?"
                        r"(?:to )?(?:die|dying|death|being dead|not being alive|not existing|my "
                        r"(?:own )?funeral|what it would be like to (?:\w+ )?(?:not be alive|"
                        r"die|be dead)|swerving|swerve)")),
        ("welcome_death", (r"(?:welcome|crave|long for|ready for|accept) death|death is (?:the )?"
                          r"(?:only )?(?:way out|answer|option|solution|escape)|only (?:option|way"
                          r" out|choice) is (?:to )?(?:die|death|dying)|(?:done|finished|through) "
                          r"(?:with )?living|stop being alive|(?:if|when) i (?:just )?(?:didnt|did "
                          r"not|never) (?:exist|wake up)|(?:relieved|happier|better|fine|okay|ok|"
                          r"free) if i (?:(?:was|were) (?:gone|dead|not here|not alive|never born)|wasnt (?:here|"
                          r"alive|around)|died|disappeared|didnt exist)|(?:rather|prefer to|prefer) be dead|"
                          r"(?:die|died|dying) in my sleep|giving up on (?:living|life)|"
                          r"(?:point of|reason for) staying alive|swerv(?:e|ing) into|"
                          r"i cant (?:go on )?anymore(?:$| ,| i love| sorry| bye)|"
                          r"i cant (?:do it |do this )anymore(?: i love| sorry| bye)|"
                          r"kys myself|kill my ?self|(?:tonight|today|tomorrow) i (?:die|end it)")),
        # session 29: "i cant do this anymore" with nothing after it or a clause after it, its
        # own rule so that the confirm step can hold it (rules.CONFIRM_RULES): the writers put
        # it beside a chore, the weather, a match ("i cant do this anymore, spud picking at 6am")
        ("cant_anymore", r"i cant (?:do it |do this )anymore(?:$| ,)"),
        ("kill_myself", (r"(?:kill|killing|kil|murder|murdering|off|offing|end|ending|take|"
                        r"taking) <MYSELF>")),
        ("kms", r"kms|kmss|k m s|kmsl|kmsfr"),
        ("kill_my_self_typo", r"kill my ?slef|kil my self"),
        ("suicide", (r"suicide|suicidal|sucidal|suicidle|suicidel|suisidal|suiside|sucide|"
                    r"suicid|suicidial|self deletion|self delete|delete myself|"
                    r"commit (?:suicide|sudoku)|sudoku myself|commit sudoku")),
        ("unalive", (r"(?:unalive|unaliving|unalived|un alive)(?! (?:yourself|urself|ur self|"
                    r"your self|yourselves|him|her|them|people))")),
        ("sewer_slide", r"sewer ?slid\w*|sewer side|suicid\w*|(?:catch|catching) the bus "
                        r"(?:\w+ ){0,3}(?:permanent\w*|forever|for good)|stay asleep(?: forever)?"
                        r"(?:$| ,)|(?:intrusive )?thoughts (?:\w+ ){0,3}(?:telling me|tell me) to "
                        r"(?:jump|die|kill myself|cut|end it)"),
        ("ctb", (r"ctb|catch(?:ing)? the bus(?: permanently| forever)|"
                r"(?:s|self) ?(?:\+|and) ?h|\bsh (?:urges|thoughts|again)")),
        ("want_die", (r"(?:<WANT>|wish i could|hope i|want|wanted) (?:<ADV>)?(?:to )?(?:die|d i e|"
                     r"be dead|just die|die already|die rn|die fr|stop existing|not exist|"
                     r"not be alive|be gone|not be here|disappear forever|disappear for good|"
                     r"disappear permanently|sleep forever|go to sleep forever|cease to exist|"
                     r"end it|end it all|end everything|end things|end my life|give up on life|"
                     r"not wake up|never wake up|not exist anymore|leave this world|jump|"
                     r"go to sleep and not wake up|sleep and never wake up)(?<!end things)(?<!end it)"
                     r"(?<!be gone)(?<!jump)(?<!end everything)|(?:<WANT>|wish i could|hope i|want|"
                     r"wanted) (?:<ADV>)?(?:to )?(?:end things|end it|end everything)(?! with| here| now|"
                     r" at| there| early| on| for| by| before| after| so| and)|(?:<WANT>|wish i could|"
                     r"hope i|want|wanted) (?:<ADV>)?(?:to )?be gone(?! by| before| soon| in| for| at| on|"
                     r" when| till| until)|(?<!we )(?<!should )(?:<WANT>|wish i could|hope i|want|"
                     r"wanted) (?:<ADV>)?(?:to )?jump(?! in| into| on| rope| higher| the| over| around|"
                     r" off the (?:diving|high|dock|board|boat)| at| up| for| with| to)")),
        ("i_want_die", (r"(?:^|i |im |i just |i really |just |lowkey |kinda )(?:wanna|want to) "
                       r"(?:<ADV>)?(?:die|d1e|dye)")),
        ("wanna_die_bare", r"^(?:wanna|want to|i want to|i wanna) (?:<ADV>)?die"),
        ("dont_want_live", (r"(?:dont|do not|dnt|don t|never) (?:<ADV>)?(?:want to|wanna|wan na) "
                           r"(?:<ADV>)?(?:live|be alive|exist|be here|wake up|be around|"
                           r"keep living|keep going|go on|be in this world|be on this earth)")),
        ("not_be_here", (r"not (?:be|being) (?:here|around|alive) (?:anymore|much longer|"
                        r"for much longer|tomorrow|any longer)|not want to be here anymore")),
        ("end_it_all", (r"end (?:it|it all|everything|things|my life|my own life|this life)"
                       r"(?:$| all| ,| tonight| soon| now| fr| already| for good| honestly| ngl|"
                       r" tbh| lol| i| if| but| and| because| bc)")),
        ("ending_it", r"(?:ending|end) (?:it|it all|everything|things|my life)"),
        ("better_off_dead", (r"better off (?:dead|without me|if i (?:was|were) (?:dead|gone|"
                            r"never born|not here))|(?:everyone|they|family|world|every ?body|"
                            r"parents|mom|dad|friends)(?:\w| )* (?:be |would be |d be |will be )?"
                            r"(?:better|happier|fine) (?:off )?(?:without me|if i (?:was|were|"
                            r"died|wasnt|was not|disappeared|left)|when im gone|(?:after|by) (?:to"
                            r"night|tomorrow))")),
        ("wish_dead", (r"wish (?:i|id|i had|that i) (?:was|were|could be|be|had)? ?(?:dead|never "
                      r"been born|not born|never born|gone|not alive|died|didnt exist|"
                      r"did not exist|wasnt born|wasnt alive|wasnt here|could disappear|"
                      r"could just disappear|would die)")),
        ("shouldnt_born", (r"(?:shouldnt|should not|should never) (?:have )?(?:been born|be alive|"
                          r"exist|be here)")),
        ("no_reason_live", (r"(?:no|dont have a|not a|no more|lost my|(?:dont|do not|cant|"
                           r"cannot|can t|no longer|never) (?:even )?see (?:a|the|any)|see no) "
                           r"(?:reason|"
                           r"point|will) (?:for me )?(?:to|in|for) (?:live|living|be alive|stay|ke"
                           r"ep going|"
                           r"go on|going on(?! (?:the|a|an|this|that|to|with) )|being alive|existing)|(?:life|living|it) (?:is|s|isnt|is not|"
                           r"aint)? ?(?:not )?worth (?:living|it anymore)|whats the point of "
                           r"(?:living|being alive|life|existing|going on|staying alive)|"
                           r"why (?:am i|should i|do i) (?:even )?(?:alive|be alive|stay alive|"
                           r"keep living|exist|still here|here)")),
        ("hope_hit", (r"(?:hope|wish|pray) (?:a |that a |the )?(?:car|truck|bus|train|plane) "
                     r"(?:\w+ ){0,3}(?:hits|hit|crashes|runs me over|kills me)|(?:hope|wish|pray) "
                     r"(?:i|id|i d|i would|i could|i get|i got) (?:\w+ ){0,2}(?:hit by|run over by"
                     r") "
                     r"(?:a |the )?(?:car|truck|bus|train)|(?:hope|wish) "
                     r"(?:\w+ ){0,2}(?:hits|hit|kills|crash) (?:me|with me)")),
        ("hope_not_wake", (r"(?:hope|pray|wish) (?:that )?i (?:dont|do not|never|wont) "
                          r"(?:wake up" + _WAKE_NOT_LATE + r"|make it|survive)|(?:die|dying) in my sleep|"
                          r"(?:sleep|fall asleep|go to sleep) and (?:never|not) wake up")),
        ("tired_living", (r"(?:tired|sick|done) (?:of|with) (?:living|being alive|life|"
                         r"existing|this life|it all)|so done with life|done with life")),
        ("death_appeal", (r"death (?:sounds|seems|feels|would be) (?:\w+ )?(?:peaceful|nice|"
                         r"good|better|easier|like relief|like a relief)|(?:dying|being dead) "
                         r"(?:sounds|seems|feels|would be) (?:\w+ )?(?:peaceful|nice|better|"
                         r"easier|relief)|romanticiz(?:e|ing) (?:dying|death|suicide)|"
                         r"(?:rather|prefer to) be dead|dying (?:doesnt|does not|dont) scare")),
        ("not_make_it", (r"(?:not|wont|dont think im|never) (?:gonna |going to )?make it "
                        r"(?:to|past|through) (?:18|graduation|my birthday|next year|the year|"
                        r"summer|the weekend)|dont see myself (?:making it|living|alive) "
                        r"(?:to|past|until)")),
        ("how_much_longer", (r"(?:dont know|idk|not sure) how (?:much )?(?:longer|long) i can "
                            r"(?:keep|go|do|hold|take|last|stay)|(?:dont|not) want to be here "
                            r"(?:much )?(?:longer|anymore)")),
        ("disappear", (r"(?:disappear|vanish|be gone|go away) (?:forever|for good|permanently|"
                      r"and never come back)|(?:just|wanna|want to) be gone|to not exist|"
                      r"(?:stop|stopped|stopping) existing|cease to exist|to not be alive")),
        ("nobody_cares_die", (r"(?:nobody|no one|noone|no body) (?:even )?(?:cares|would care|"
                             r"will care|would notice|will notice) if i (?:die|died|kill myself|"
                             r"was dead|unalive|disappear)")),
        ("nobody_miss", (r"(?:nobody|no one|noone) would (?:even |really |actually )?(?:notice|"
                        r"miss me|care|cry) if i (?:died|was dead|were dead|killed myself|was gone|"
                        r"were gone|disappeared forever)|(?:want|need) (?:it|everything|it all|"
                        r"this|all of it) to stop (?:forever|for good|permanently)")),
        ("kill_me_plea", r"(?:please|pls|plz|someone|somebody|god) (?:just )?kill me"),
        ("thoughts_about", (r"(?:thoughts|thinking|thought) (?:about|of) (?:dying|death|"
                           r"ending (?:it|my life|things)|killing myself|not being here|"
                           r"jumping|taking all)|dark thoughts|intrusive thoughts about dying|"
                           r"(?:thoughts|urges) (?:to|of) (?:die|dying|jump)")),
        ("brain_says", (r"(?:brain|head|voice|voices|mind) (?:\w+ ){0,3}(?:tells?|telling|says|"
                       r"saying|keeps? saying) (?:\w+ ){0,2}(?:to )?(?:kill myself|die|kms|"
                       r"kill yourself|kys|should die|just die|end it)")),
        ("see_pills_think", (r"(?:see|look at|looking at|staring at) (?:the )?(?:<MEANS>) (?:\w+ )"
                             r"{0,5}"
                            r"(?:think|thinking|wonder)|(?:think|thinking) about (?:jumping|"
                            r"taking (?:all|them all|the whole))|keep looking at the (?:knives|"
                            r"pills|rope|bridge|tracks)")),
        ("methods_research", (r"(?:googled|searched|looked up|researched|researching|looking up)"
                             r" (?:\w+ ){0,2}(?:suicide|ways to die|how to die|methods|"
                             r"painless)")),
    ],
    # self-harm behaviour: current or recent
    "sh_act": [
        ("bang_head", (r"(?:bang|banging|slam|slamming) my head (?:against|on|into)|hit(?:ting)? "
                      r"my head (?:against|into) (?:the |a )?wall|"
                      r"(?:pinch|pinching|bite|biting) myself (?:until|till|til|so hard)")),
        ("cut_myself", (r"(?:cut|cutting|cuts|slit|slitting|slice|slicing|burn|burning|"
                       r"burned|burnt|hurt|hurting|harm|harming|hit|hitting|scratch|"
                       r"scratching|scratched|punch|punching|starve|starving|bruise|"
                       r"bruising|stab|stabbing) <MYSELF>|(?:cut|cutting|cuts|slit|slitting|slice|"
                       r"slicing|burn|burning|burned|burnt|scratch|scratching|scratched|stab|"
                       r"stabbing) my (?:arms?|wrists?|legs?|thighs?|stomach|skin|hips?|body)|"
                       r"(?:hurt|hurting|hit|hitting|punch|punching|bruise|bruising) my (?:arms?|"
                       r"wrists?|legs?|thighs?|stomach|skin|hips?|body)(?! running| playing| at| in"
                       r" gym| in pe| lol| lmao| during)")),
        ("self_harm", (r"self ?harm(?:ing|ed)?|sh (?:urges|again|scars|wounds|relapse)|"
                      r"relapsed? (?:on|with|into)? ?(?:sh|self harm|cutting)|"
                      r"(?:urges?|urge) to (?:cut|hurt myself|self harm|burn|sh)|"
                      r"^(?!.*(?:hair|fringe|bangs|lawn|grass|onions?|tags?|losses|coupons?|carbs|sugar|"
                      r"fabric|wood|corners|the line|in line|budget|costs?|scene|clip|footage|"
                      r"hours|shifts?|class|team|ties|cake|pizza|paper|nails)).*?(?:cutting again|"
                      r"been cutting|started cutting|cut again|cut last night|"
                      r"(?:want|wanna|need|really want|really wanna) (?:to )?cut(?= ,|$| myself|"
                      r" again| tonight| rn| so bad| badly| deeper| my (?:arm|wrist|thigh|leg|skin)))")),
        ("punch_walls", (r"punch(?:ing|ed)? (?:walls|the wall) (?:until|till|til) (?:my )?"
                        r"(?:knuckles|hands?) (?:bleed|bled|break|broke)")),
        ("bleed_until", r"(?:until|till|til) (?:it|they|i) (?:bleeds?|bled|bleeding)"),
    ],
    # acts in progress or just done: high on their own
    "sh_acted": [
        ("acted_more2", r"(?:pills|meds|it) (?:are |is )?(?:kicking in|starting to work)|(?:just )"
                        r"?cut "
                        r"(?:\w+ ){0,2}(?:its|it s|it is) (?:really |so )?deep|(?:its|it s) done "
                        r",? i (?:took|did)|took everything i had|i can see (?:stuff|things|fat|"
                        r"bone) i shouldnt"),
        ("top_of", r"(?:top|roof|edge) of (?:the |a |this )?(?:parking garage|garage|building|"
                   r"bridge|cliff|tower|school|overpass)(?! for| with my| to take)"),
        ("acted_more", r"(?:took|swallowed|downed) (?:them all|all of them|the lot)|(?:pills|"
                       r"(?:pack|bottle|box) of (?:my |the |her |his )?(?:\w+ )?(?:pills|meds|<PILLS>)) (?:\w+ ){0,3}(?:is|are) "
                       r"(?:all )?gone(?!.*(?:refill|pharmacy|prescription|need more|buy more|"
                       r"order more|run out))|overdid it (?:with|on) (?:the )?(?:pills|<PILLS>)|"
                       r"(?:pills|meds) on purpose|so much blood|blood everywhere|(?:a )?lot of "
                       r"blood|(?:took|swallowed) (?:\w+ ){0,4}(?:<PILLS>) (?:\w+ ){0,4}(?:feels? "
                       r"weird|blurry|cant see|vision)"),
        ("pills_in_me", (r"(?:pills|meds|it|them|everything) (?:are |is )?(?:already )?in (?:me|my "
                        r"(?:system|stomach|blood))")),
        ("took_generic", (r"(?:swallowed|took|downed|taken|ate) (?:everything|all|every pill|"
                         r"whatever) (?:in|from) (?:the|my|our) (?:medicine cabinet|cabinet|bottle|"
                         r"drawer)|(?:took|swallowed|downed|taken) (?:some |a few |a lot of |lots "
                         r"of |my |the |those |these |a bunch of )?(?:<PILLS>)(?: ,)? (?:\w+ )"
                         r"{0,4}(?:dizzy|"
                         r"sick|sleepy|weird|throwing up|threw up|numb|heart (?:is )?racing|"
                         r"cant breathe|dont tell)")),
        ("bleeding_generic", (r"(?:cant|can not|cannot|wont|will not) (?:get it to |make it )?stop "
                             r"(?:the )?bleeding|bleeding through|(?:cut|cuts|wound) (?:\w+ ){0,4}"
                             r"(?:really deep|so deep|too deep|gaping|wont stop|isnt stopping)|"
                             r"(?:cant|cannot) get it to stop|water(?:s)? (?:is )?(?:turning|turne"
                             r"d)"
                             r" red|garage with the engine")),
        ("took_pills", (r"(?:took|taken|swallowed|swallow|downed|ate|popped|taking|took like|"
                       # a usual dose is not an overdose: "i took 2 advil before practice"
                       r"just took|already took|ive taken|i have taken) (?:\w+ ){0,2}"
                       r"(?:(?:[4-9]|[1-9]\d+)|all|like \d+|a bunch of|bunch of|a lot of|lots of|too many|"
                       r"the whole|a whole|whole|every|half|way too many|an entire|a handful"
                       r"(?: of)?|them all|all of them|all my|all the|a box of|a bottle of|"
                       r"a pack of|two packs of|a packet of) (?:\w+ ){0,3}(?:<PILLS>|bottle|pack|"
                       r"packet|box|of them|them)(?<!ate a whole pack)(?<!ate a whole box)|(?:took|taken|swallowed) (?:\w+ ){0,2}"
                       r"(?:(?:[4-9]|[1-9]\d+)|all|a bunch|a lot|too many) (?:\w+ ){0,3}(?:<PILLS>)")),
        ("took_them", (r"(?:took|taken|swallowed|ate|downed) (?:them|the pills|my pills|all of "
                      r"them|the whole thing|everything) (?:already|just now|a while ago|an hour "
                      r"ago|like \d+ min)|(?:already|just) (?:took|taken|swallowed) (?:them|the"
                      r" pills|"
                      r"everything)|(?:already|just) (?:took|taken|swallowed) it(?!.*(?:hw|homework|quiz|test|exam|assignment|registration|sign ?up|signed up|application|form|essay|project|chores|dishes|laundry|shower|photo|pic|picture|order|ticket|bought|paid|class|survey|trash|dog|walk))|"
                      # not homework or a quiz: "did u do the hw? i already did it"
                      r"(?:i already did it|its too late i already|too late now)(?!.*(?:hw|homework|quiz|test|exam|assignment|registration|sign ?up|signed up|application|form|essay|project|chores|dishes|laundry|shower|photo|pic|picture|order|ticket|bought|paid|class|survey|trash|dog|walk))")),
        ("overdosed", (r"(?:overdosed|i od d|i odd|i ode|i od|just od|od d on|overdosing|"
                      r"i overdose)")),
        ("bleeding", (r"(?:bleeding|blood) (?:\w+ ){0,3}(?:wont stop|will not stop|everywhere|"
                     r"alot|a lot|so much|too much|not stopping|isnt stopping)|"
                     r"(?:wont|cant|will not) stop bleeding|cut (?:way |so |really |too )*deep|"
                     r"(?:deeper|too deep) (?:than ever|this time)|bleed out|bleeding out")),
        ("drank_poison", (r"(?:drank|drunk|swallowed|drinking) (?:\w+ ){0,3}(?:bleach|poison|"
                         r"antifreeze|drain cleaner|" + _FARM_POISONS + ")")),
        ("on_ledge", (r"(?:standing|sitting|im) (?:on|at) (?:the |a |this |my )?(?:edge|ledge|"
                     r"roof|rooftop|bridge|overpass|tracks|train tracks|cliff|railing|"
                     r"parking garage)(?! for| with my friends)|(?:at|on) the (?:bridge|"
                     r"overpass|tracks|train tracks|cliff|ledge) (?:rn|right now|now)|"
                     r"waiting for the (?:train|express) to")),
        ("tried_again", (r"tried to (?:kill|hang|od|overdose|hurt|unalive) (?:myself)?"
                        r" ?(?:\w+ ){0,3}(?:yesterday|last night|today|this morning|again)|"
                        # batch 10: not trying again next year or next time ("got cut from the
                        # team, im trying again next year"; the team itself is an idiom)
                        # ... and only after an attempt or with a means: not "wifi not working,
                        # ill try again later" (a second reader's probes)
                        r"^(?=.*(?:tried|didnt work|did not work|survived|woke up|still here|"
                        r"still alive|attempt|<PILLS>|pills|rope|belt|kill|die|od|overdose|end it|"
                        r"jump|cut|hang|broke)).*?(?:try|trying) again(?! next (?:year|season|"
                        r"semester|term|month|week|"
                        r"time|round)| in (?:a few|\d+|the (?:fall|spring|summer|winter)))|the rope broke(?!.*(?:tug|war|swing|climb|gym|pe|tire|boat))")),
        ("cutting_now", (r"(?:cutting|bleeding|im cutting) (?:rn|right now|now)|"
                        r"(?:blade|razor|knife) (?:in my hand|right here|is in my hand)|"
                        r"(?:have|got|holding) the (?:blade|razor|knife|pills|rope|gun) "
                        r"(?:in my hand|right here|rn|right now|ready|out)")),
    ],
    # goodbyes, notes, giving possessions away: high on their own
    "sh_farewell": [
        ("farewell_more3", r"see (?:you|u|yall) never|not (?:going to|gonna) be (?:here|around|ali"
                           r"ve) "
                           r"(?:for|by|on) (?:christmas|my birthday|summer|graduation|new year|"
                           r"thanksgiving|the holidays|next)" + _AWAY_B10 + r"|after this "
                           r"(?:message|chat|text) "
                           r"(?:im|i m|i am|ill) (?:going to |gonna )?(?:do it|go|end it)"),
        ("farewell_more2", r"my (?:note|letter) (?:is|are) (?:on|in|under)|my letters (?:are) (?:on|"
                           r"in|under) (?:my |the |her |his )?(?:bed|pillow|desk|table|door|dresser|"
                           r"drawer|room|nightstand|kitchen)|it (?:was"
                           r"nt|"
                           r"was not|isnt|is not) (?:\w+ )?(?:her|his|their|your|my moms|my dads|"
                           r"anyones|any ones) fault(?=$| ,)|just wanted to say (?:goodbye|bye|"
                           r"i love (?:you|u) all|sorry for everything)|^(?=.*(?:plan|goodbye|bye|last|forever|anymore|"
                           r"gone|everything i need|wont|never|take care of yourself)).*?just wanted "
                           r"to say (?:thanks|thank you|sorry|i love)|(?:put|left) it under (?:her|his|their|my "
                           r"\w+s) (?:pillow|door|bed)"),
        ("farewell_more", r"(?:gave|giving|give) (?:\w+ ){0,5}(?:wont need (?:it|them)|want "
                          r"(?:someone|somebody) to have (?:it|them)|to have it after|after im "
                          r"gone)|(?:video|letter|letters|message|note|notes) (?:for|to) (?:my )?"
                          r"(?:family|mom|dad|parents|friends|sister|brother) to (?:watch|read|"
                          r"find|see|open) (?:after|when|once)|(?:dear|to) whoever (?:reads|finds) "
                          r"this|whoever (?:reads|finds) this|it (?:wasnt|was not|isnt) (?:any ?"
                          r"ones|your|their) fault(?:$| ,)"),
        ("who_gets", (r"(?:who gets|sorted out who gets|decided who gets) my|(?:gets|can have|will "
                     r"get|should get|can keep) my (?:stuff|dog|cat|switch|xbox|ps5|clothes|things|"
                     r"room|phone|games|jewelry|hoodies)(?:,| ,| i| ive| after| when|$)|take care "
                     r"of (?:him|her|them|my \w+) (?:for me|after|when)")),
        ("letters_found", (r"letters (?:in|for|to) (?:every ?ones|everyone|all|my) (?:\w+ )?"
                          r"(?:lockers|family|friends)|writing (?:goodbye )?letters in my head|(?:left|leaving|put) (?:\w+ )?(?:note|note"
                          r"s|"
                          r"letter|letters) (?:on|in|under) (?:my|the|their|everyone)|in the note|"
                          r"theyll find (?:them|it|me)")),
        ("last_talk", (r"(?:said|say) everything i (?:needed|wanted|had) to say|last time we "
                      r"(?:talk|speak|chat)|(?:if|when) i (?:dont|do not|never|stop) (?:reply|"
                      r"answer|respond|text back)(?: \w+){0,3} (?:its because|thats because|then)"
                      r" im (?:gone|dead)|not coming back|love (?:you|u|yall),? (?:bye|goodbye)|"
                      r"thank (?:u|you) for being (?:nice|kind|there|my friend)(?:,| ,)? "
                      r"(?:to me )?(?:this is|goodbye|bye)")),
        ("goodbye_note", (r"(?:goodbye|good bye|bye|farewell|suicide|(?<!my )(?<!the )(?<!your )"
                         r"(?<!his )(?<!her )(?<!their )(?<!a )last) (?:notes?|letters?|"
                         r"messages?|texts?|videos?)|(?:wrote|writing|written|write|left|"
                         r"leaving) (?:\w+ ){0,3}(?:notes|letters) (?:for|to) (?!.*(?:camp|pen ?pal|thank you|"
                         r"christmas|birthday|grandma|grandpa|cousins?|santa|for school|assignment|"
                         r"class))(?:my|everyone|"
                         r"every ?one|them|family|mom|dad|friends|sister|brother)|"
                         r"(?:already )?(?:wrote|written|writing) (?:the |my |all the |all my |"
                         r"\d+ |two |three |four )(?:notes?|letters?)(?:$| ,| already| for)|"
                         r"^(?!.*(?:test|exam|quiz|class|history|math|science|english|bio|chem|lecture|study|"
                         r"revision|school)).*?(?:wrote|written|writing|left) (?:\w+ )?notes for|"
                         r"my note(?:$| rn| now)|"
                         r"(?:already wrote|wrote) (?:the letters|everything down)")),
        # a closing line of an ordinary chat is not a farewell: "bye everyone have a good
        # night", "this is it guys, results day", "thank you for everything, the advice really
        # helped" (a second reader's probes, 2026-11-29)
        # (session 16: "going to sleep liao , bye everyone , thanks for the chat tonight")
        # (session 17: "bye bye everybody, I dey go village for Christmas")
        ("goodbye_all", (r"(?:goodbye|bye|farewell) (?:every ?one|everybody|world|forever)(?! , "
                         r"(?:i|me|we|am) (?:dey|de|am|m|re|go) go (?:\w+ )?(?:village|home|"
                         r"school|house|church|market|visit|travel)| , "
                         r"(?:thanks|thank you|thx|ty) for (?:the|this|ur|your) (?:chat|talk|help|"
                         r"advice|convo|game|stream|class|lesson)| see|"
                         r" ttyl| talk| "
                        r"gtg| gotta| going| for now| until| til| till| tomorrow| have| good| gn|"
                        r" night| love| xx| happy| thank| later| tmrw| catch| and| from| at| in)|"
                        r"this is (?:my )?goodbye|this is the end(?: for me)?(?=$| ,)|this is my last (?:night|day|"
                        r"week|time|message|post)(?! (?:of|at|in|before|on) (?:\w+ ){0,2}(?:school|"
                        r"camp|vacation|holiday|work|trip|semester|term|summer|break|year))|this is "
                        r"my last \w+ (?:of|at|in) (?:\w+ ){0,2}(?:school|work)(?=.*not (?:like|cause|"
                        r"because|bc|cuz|cos))|this is it"
                        r"(?: i guess| then| for me)?(?=$| ,)(?!.*(?:results|game|match|exam|test|"
                        r"finals?|show|concert|trip|guys|season|day))|"
                        r"(?:said|saying) (?:goodbye|bye) to (?:\w+ ){0,3}(?:friends|family|"
                        r"every ?one|mom|dad|sister|brother|best friend)|thank (?:u|you) for "
                        r"(?:everything|trying)(?: ,)? (?:goodbye|bye|i love|im sorry)|^(?=.*(?:goodbye|bye|"
                        r"not your fault|no ones fault|nobodys fault|i mean it|get off|take care of "
                        r"(?:yourself|urself)|love you|sorry|last|forever|anymore)).*thank (?:u|you) "
                        r"for (?:everything|trying)(?=$| ,)")),
        ("last_message", (r"^(?!.*(?:see|saw|seen|read|get|got|answer|reply to|ignore|ignored|"
                         r"ignoring|delete|deleted|in|on) (?:my|the|your|his|her) (?:last|final) "
                         r"message).*?(?:last|final) (?:message|time (?:ill|i ll|i will|im) (?:talk|talking|"
                         r"be talking|be here|text|texting))|(?:by the time|when) (?:\w+ ){0,2}"
                         r"(?:read|reads|see|sees|get|gets) (?:this|it|these) (?:ill|i ll|i will|"
                         r"i|im) (?:be )?(?:gone|dead)|if (?:\w+ ){0,2}(?:dont|do not|never) "
                         r"hear from me (?:again|after)")),
        ("give_away", (r"(?:giving|gave|give|given) (?:\w+ ){0,2}(?:stuff|things|belongings|"
                      r"possessions|everything|stuff away|things away|all my \w+) (?:away|to)(?! "
                      r"goodwill| charity| the thrift| donation)|(?:gave|giving|give) away "
                      r"(?:all|most|everything|my)|made a will|"
                      r"(?:wont|will not|dont|wouldnt|not gonna|not going to) need (?:it|them|"
                      r"those|any of it|my stuff|anything) (?:\w+ ){0,1}(?:anymore|where im "
                      r"going|soon|after|much longer)|(?:can|could) have my (?:room|stuff|"
                      r"things|clothes)|taken care of (?:after|when) im gone")),
        ("gone_soon", (r"(?:ill|i ll|i will|im|i am|i) (?:be |gonna be |going to be )?(?:gone|dead)"
                      r" (?:by|before|soon|tomorrow|tonight|by morning|in a)|"
                      r"(?:wont|will not) be (?:here|around|alive) (?:tomorrow|much longer|"
                      r"by|for long|next week)(?!.*(?:appointment|dentist|doctor|practice|trip|"
                      r"vacation|holiday|camp|game|tournament|visit|away|college|school|class|"
                      r"orthodontist|work|shift|wedding|funeral))|not (?:gonna|going to) be "
                      r"around (?:much )?"
                      r"(?:longer|for long)|when im gone(?! to| at| for| on)|after im gone")),
        ("love_sorry", (r"tell (?:my )?(?:mom|dad|sister|brother|family|parents|friends|"
                       r"\w+) (?:i love (?:her|him|them)|im sorry)|(?:im )?sorry for "
                       r"(?:everything|being a burden)(?:$| ,| goodbye| bye| i| love)")),
        ("deleted_socials", (r"(?:deleted|deleting|deactivated|deactivating) (?:all (?:of )?)?(?:my )?"
                             r"(?:socials|accounts|everything)|(?:deleted|deleting|deactivated|"
                             r"deactivating) (?:my )?(?:instagram|insta|tiktok|snap|snapchat)"
                             r"(?: ,| and) (?:my )?(?:instagram|insta|tiktok|snap|snapchat|twitter|"
                             r"discord|socials|everything|unfollowed|blocked everyone|left (?:a|"
                             r"my)|wrote|gave|said bye)")),
    ],
    # asking how to, means-seeking: high on their own
    "sh_means_query": [
        ("query_more", r"(?:max|maximum|most) (?:\w+ ){0,3}(?:before (?:it|they) kills?|you can "
                       r"take before)|(?:jumping|falling|a fall) (?:from|off) (?:\w+ ){0,3}"
                       r"(?:kill (?:you|me)|enough)|(?:kill|kills) (?:you|u) or (?:just )?(?:break|"
                       r"hurt)|(?:buy|get) a gun without (?:my parents|anyone|them) knowing"),
        ("query_generic", (r"how (?:high|far|tall|long) (?:does|do|would|should) (?:a |the |u |you"
                           r" )?"
                          r"(?:bridge|building|fall|drop|roof|it take to (?:hang|die|drown|"
                          r"bleed|suffocate))|(?<!library )(?<!class )which floor(?! is the| is "
                          r"(?:my|our|your|the) (?:class|room|library|office|gym))|enough to (?:not wake up|never wake up|"
                          r"die|kill)|too many (?:\w+ )?<PILLS>|(?:what|which) dose (?:\w+ ){0,3}"
                          r"(?:to (?:die|kill|od|overdose|not wake)|is (?:lethal|deadly|fatal))|"
                          r"^(?=.*(?:how many|how much|enough|die|kill|take all|overdose|od)).*?"
                          r"damages? (?:your|my|the) liver|(?:can|could) (?:you|u|someone|a person|"
                          r"i) die (?:from|of) (?:\d+ )?(?:\w+ )?(?:<PILLS>|pills|an overdose)|"
                          r"(?:easiest|simplest|best|quickest) way to go(?=$| ,)|make sure (?:i|it) "
                          r"(?:die|doesnt fail)|"
                          r"how long does it take to hang")),
        ("how_many", (r"how (?:many|much) (?:\w+ ){0,3}(?:<PILLS>|mg|pills|tablets) (?:\w+ ){0,2}"
                     r"(?:would it take|does it take|is enough to)|how (?:many|much) (?:\w+ ){0,5}"
                     r"(?:(?:would|does) it take to (?:\w+ )?(?:die|not wake|never wake|end it)|to (?:die|kill|od|overdose|not wake|never "
                     r"wake)|would kill|will kill|is lethal|is deadly|is enough to|to be "
                     r"lethal|before you die|till you die|until you die|to end it|to not wake "
                     r"up|would it take to not wake)")),
        ("lethal_dose", (r"(?:lethal|deadly|fatal|overdose) (?:dose|amount|limit|threshold)|"
                        r"(?:enough|amount) (?:\w+ ){0,2}to (?:die|kill (?:me|myself|someone|"
                        r"you)|overdose|od)|is \d+ (?:\w+ ){0,2}(?:enough|lethal|deadly)")),
        ("how_to_die", (r"(?:fastest|quickest|easiest|least painful|painless|best|surest) "
                       r"(?:way|ways|method|methods) (?:to )?(?:die|kill (?:myself|yourself)|"
                       r"end it|suicide|unalive|go)|how (?:to|do i|do you|can i|would i) "
                       r"(?:\w+ ){0,2}(?:kill (?:myself|yourself)|die|hang (?:myself|yourself)|"
                       r"overdose|od|slit|unalive)|how long does it take (?:\w+ ){0,3}(?:to die|"
                       r"to bleed out|to drown|to suffocate|to overdose|to od)|does it hurt "
                       r"(?:to|when you) (?:hang|drown|die|overdose|od|jump|bleed|shoot|cut)|"
                       r"(?:which|what) is (?:more |less )?(?:painless|painful|quicker|faster) "
                       r",? ?(?:pills|jumping|hanging|drowning)|(?:pills|jumping|hanging) or "
                       r"(?:pills|jumping|hanging|drowning)")),
        ("research_method", (r"(?:researching|looked up|looking up|searched up|searched|googled|"
                            r"google|searching) (?:\w+ ){0,3}(?:how to (?:hang|drown|jump|cut|"
                            r"overdose|od|bleed)|how long it takes to (?:bleed out|die|drown)|"
                            r"which bridge|tallest (?:bridge|building)|how many pills)|"
                            r"(?:tallest|highest) (?:bridge|building|roof|parking garage) "
                            r"(?:near|around|in|you can)|website that says how many|"
                            r"asking for a reason")),
    ],
    # means, and plans/timelines: modifiers that raise ideation to high
    "sh_means": [
        ("means_more2", r"drive (?:\w+ ){0,2}off (?:the|a) (?:bridge|cliff|road|overpass)|"
                        r"(?:bought|got|buying) (?:a )?rope"),
        ("means_more", r"(?:river|lake|ocean|water|sea) (?:\w+ ){0,6}(?:going in|jump in|"
                       r"walk in)|(?:rope|noose|knot|blade|razor|pills|gun) (?:is |are )?in my "
                       r"(?:backpack|bag|room|pocket|closet|hand)"),
        ("means_generic", (r"(?:took|swallowed|downed) (?:some |a few |a lot of |lots of |"
                          r"my |the |those |these |a bunch of )?(?:<PILLS>)(?! for| every| because|"
                          r" this morning| before| after| with food| daily)|bottle (?:is )?open|"
                          r"(?:spot|place) to jump|(?:gun|rifle|pistol) (?:\w+ ){0,3}(?:room|"
                          r"closet|lap|safe|drawer|house)|rope (?:tied|ready|around)")),
        ("means", (r"(?:have|got|has|holding|bought|buying|found|saved|saving|stockpiling|"
                  r"stockpiled|collecting|hoarding|lined up|ready|prepared|tied|grabbed|"
                  r"in front of me|in my (?:hand|bag|pocket|room|closet)|on my desk|know where "
                  r"(?:\w+ ){0,4}(?:keeps?|is|are)|access to|the code|enough) (?:\w+ ){0,4}"
                  r"(?:<MEANS>)|(?:<MEANS>) (?:\w+ ){0,3}(?:ready|redy|lined up|in front of me|"
                  r"in my (?:hand|bag|pocket|room|closet)|on my desk|right here|out)|"
                  r"(?:[4-9]|[1-9]\d+) (?:\w+ )?(?:<PILLS>)|(?:a |the )?(?:whole|entire|full) (?:bottle|box|"
                  r"pack|packet)(?! of (?!(?:my |the |her |his |mums |moms |dads )?(?:\w+ )?(?:<PILLS>|"
                  r"pills|tablets|meds|pain ?killers|sleeping)))|(?:bottle|box|pack|packet)s? of (?:<PILLS>)|\d+ ?mg|"
                  r"(?:pills|knife|rope|gun|blade|razor)$|(?:pills|knife|rope|gun|blade|razor)"
                  r" (?:ready|tonight|rn|now|tn|tomorrow)|noose|(?:my |the )?(?:dads|moms|parents|"
                  r"brothers|grandpas|uncles) (?:<PILLS>|gun|rifle|pistol|razor|meds)")),
        ("jumping", (r"(?:im|i m|i am|ill be|gonna be|i will be) (?:\w+ )?(?:jumping|jumpin)|"
                    r"^(?=.*(?:bridge|tracks|train|roof|ledge|cliff|overpass|edge|pills|<PILLS>|rope|gun|"
                    r"knife|lake|river|water|do it|through with it)).*?(?:tonight|tomorrow) "
                    r"(?:im|i m|i am) going$")),
        ("method_words", (r"(?:jump|jumping) (?:off|from|in front of) (?:\w+ ){0,2}(?:bridge|"
                         r"roof|building|train|car|overpass|cliff|ledge|parking garage|"
                         r"balcony|window|tracks)|(?:hang|hanging) myself|(?:shoot|shooting) "
                         r"myself|(?:drown|drowning) myself|(?:slit|slitting) my|walk into "
                         r"traffic|in front of a (?:train|car|bus|truck)|(?:overdose|od) "
                         r"(?:on|tonight)|gonna (?:overdose|od)|take (?:all|every|the whole)"
                         r" (?:of )?(?:my |the |her |his )?<PILLS>|take (?:all|every one) of them "
                         r"(?:\w+ ){0,4}(?:sleep forever|not wake|never wake|die|be done|end it)|drive (?:my car )?"
                         r"into (?:a )?(?:tree|wall|river)|filled the (?:bath|tub|bathtub)")),
    ],
    "sh_intent": [
        ("intent_more3", r"(?:a|my) (?:plan|time|date) ,? (?:a |and a |and )?(?:time|date|place|"
                         r"way)|and everything i need|everything i need"),
        ("intent_more2", r"(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|"
                         r"today|tonight) is the (?:day|night)(?! of| for| to| before)|(?:date|day"
                         r") "
                         r"picked|(?:a|the) way to do it|about to do it|(?:just )?wanted (?:someon"
                         r"e|"
                         r"somebody|u|you|someone|one person|1 person|at least one person) to "
                         r"know|(?:tested|tied|checked) the (?:knot|"
                         r"rope|noose)|(?:knot|noose|rope) (?:holds|is ready|is tied)|the rope is "
                         r"in|"
                         r"(?:im|i m|i am) going in$|not scared anymore"),
        ("intent_more", (r"(?:do|doing) it (?:on|this|next|after|when|while|at)|my plan is|"
                        r"(?:today|tonight) is the (?:day|night)|going to finally do it|finally "
                        r"(?:doing|do) it|(?:decided|know) (?:how and when|when and how)|"
                        r"(?:have|got) everything (?:ready|i need|planned)|found the (?:perfect |"
                        r"right |best )?(?:spot|place|bridge|way)|counted out")),
        ("timeline", r"<TIME>"),
        ("timeline_weak", r"today|rn|right now|now|soon|tn"),
        ("intent_strong", (r"picked (?:a |the )?(?:date|day|spot|place|time|bridge)|set a date|"
                          r"no one can stop me|nobody can stop me|dont try to (?:stop|talk) me|"
                          r"not joking this time|for real this time|(?:actually|really) doing it|"
                          r"doing it (?:tonight|tn|now|tomorrow|soon|after)|its time|it s time|"
                          r"before i change my mind|(?:gonna|going to) do it (?:tonight|now|"
                          r"tomorrow|on|when|after|while)|it ends (?:tonight|today|soon)")),
        ("intent", (r"(?:decided|ive decided|made up my mind|its time|it s time|im ready|"
                   r"i am ready|picked (?:a |the )?(?:date|day|spot|place|time|bridge)|"
                   r"(?:have|got|made|its) (?:a |the )?plan|planned|planning|im doing it|"
                   r"actually doing it|doing it (?:tonight|now|soon)|no one can stop me|"
                   r"nobody can stop me|dont try to (?:stop|talk) me|not joking this time|"
                   r"for real this time|mean it this time|really mean it|it ends (?:tonight|"
                   r"today|soon)|set a date|the night|is the night|is the day|dont call anyone|"
                   r"everything i need|i have everything|for good this time)")),
        ("going_to", (r"(?:<I> )?(?:<GONNA>) (?:<ADV>)?(?:kill <MYSELF>|kms|end it|end my life|"
                     r"unalive|ctb|overdose|od|jump|hang myself|shoot myself|slit|do it|sewer "
                     r"slide|take (?:all|every|them|the)|drown myself|die|walk into)")),
    ],
    # hopelessness, worthlessness, past self-harm: low
    "sh_hopeless": [
        ("hopeless_more", (r"tired of trying|why (?:do|should) i (?:even )?(?:bother|try)|my life "
                           r"is "
                          r"(?:a joke|pointless|meaningless|over)|(?:dont|do not) know why (?:im|i "
                          r"am) (?:even )?(?:here|alive)|always (?:going to|gonna) feel (?:this|li"
                          r"ke"
                          r" this)|never going to (?:change|get better)|(?:no one|nobody) would "
                          r"(?:notice|care) if i (?:was|were|wasnt|disappeared|left)")),
        ("worthless", (r"(?:im|i am|i m|feel|feel like|feeling) (?:<ADV>)?(?:so |such |a |an |"
                      r"completely |totally )*(?:worthless|useless|a waste of space|a waste|"
                      r"waste of space|a burden|burden|a failure|a disappointment|a mistake|"
                      r"broken|hopeless|pointless|nothing|garbage|trash|a joke|a ghost)")),
        ("whats_point", (r"whats (?:even )?the point(?! of (?:this|the|that|homework|school|"
                        r"class|math|studying))|(?:theres|there is) no point|no point (?:in|"
                        r"anymore|trying)|nothing (?:matters|ever gets better|will ever|is ever "
                        r"gonna|is going to get better|ever changes|ever works)|never (?:gonna|"
                        r"going to) get better|(?:its|it s|it is|life is|everything is) "
                        r"(?:so )?(?:pointless|meaningless|hopeless)|life (?:feels|is) "
                        r"(?:meaningless|pointless)|no hope|lost (?:all )?hope|give up|"
                        r"giving up|gave up on (?:life|myself|everything)")),
        ("dont_care_self", (r"(?:dont|do not|dnt) (?:really |even )?care (?:what happens to me|"
                           r"if i (?:get hurt|die|live|wake up)|about (?:anything|myself|living|"
                           r"life) anymore|anymore)|(?:dont|do not) care if i get hurt")),
        ("no_future", (r"(?:cant|can not|cannot|dont|do not) (?:see|picture|imagine) (?:a |my |"
                      r"any |myself in the )?(?:future|myself (?:in|older|grown|as an adult))|"
                      r"no future|nothing to look forward to|dont have anything to look forward")),
        ("empty", (r"(?:feel|feeling|im|i am|so) (?:<ADV>)?(?:so )?(?:empty|numb|hollow|nothing)"
                  r"(?: inside| all the time| anymore|$|,)|hole in my chest|just existing|"
                  r"not living,? just existing|existing,? not living")),
        ("hate_myself", (r"(?:hate|loathe|despise|cant stand) myself|sick of (?:myself|being me)|"
                        r"tired of being me|i (?:ruin|mess up|destroy) everything|"
                        r"everything i touch|dont deserve (?:to be happy|anything|to live|"
                        r"love|to be loved|happiness)|deserve to (?:feel like this|suffer|"
                        r"be sad|hurt)|(?:ill|i will) never be (?:good )?enough")),
        ("past_sh", (r"(?:used to|use to) (?:cut|self harm|sh|hurt myself|burn myself|be "
                    r"suicidal|have (?:suicidal|dark) thoughts|want to die)|(?:\d+|six|three|two|"
                    r"a few) (?:months|years|weeks|days) clean|been clean|(?:old|my) scars|"
                    r"scared (?:ill|i will|i ll|im gonna) (?:start )?(?:cut|cutting|relapse)")),
        ("burden", (r"(?:a |such a |just a )?burden (?:to|on|for) (?:\w+ ){0,2}(?:everyone|every ?"
                   r"body|my|them|family|parents|friends)|taking up space|"
                   r"nobody would (?:even |really )?(?:notice|miss me|care) if i (?:was|were|wasnt|"
                   r"disappeared|left)")),
    ],
    # abuse disclosure
    "ab_ongoing": [
        ("abuse_more3", r"(?:beats|hits|wails|beat|hit) on (?:me|us)|(?:trying|tries|tried) to "
                        r"(?:kiss|touch|grab|undress) me|(?:hell|he will|shell|she will|he would|"
                        r"threatens to|threatened to|said hed|said shed) (?:\w+ ){0,2}(?:post|leak|"
                        r"share|send) my (?:pictures|pics|nudes|photos)|(?:hitting|beating|hurting|"
                        r"choking) my (?:\w+ )?(?:brother|sister|mom|mum|mother|sibling|siblings) "
                        r"(?:right now|rn|again)|(?:im|i m|i am) next|(?:sleep|sleeping) in (?:his|"
                        r"her) bed|touches my (?:back|legs|thighs|chest|butt|body|hair)|by the "
                        r"throat|pinned me down and|wouldnt let me leave"),
        ("abuse_more2", r"walks? in (?:on me )?when (?:im|i m|i am) (?:changing|showering|in the "
                        r"shower|undressed|naked)|keeps? (?:walking in|staring at me)|(?:and|keeps"
                        r"?) "
                        r"touching me$"),
        ("abuse_more", r"black eye (?:from|bc of|because of) (?:my|her|him)|told (?:school|my "
                       r"teacher|the nurse|everyone|them|the doctor) (?:that )?i fell|(?:comes|"
                       r"coming|came|sneaks|sneaking|keeps coming) (?:\w+ )?into my (?:bed|room)|"
                       r"(?:touches|gropes|molests|rapes|keeps touching|keeps groping) me|"
                       r"made me (?:kneel|stand|sleep|stay) (?:on|outside|in) (?:rice|the cold|the "
                       r"garage|the yard)"),
        ("perp_sexual", (r"<PERP> (?:\w+ ){0,4}(?:touch\w*|kiss\w*|forc\w*|does things|did things|"
                        r"does stuff|sends me pictures of himself|makes me sit on|gets in my bed|"
                        r"rubs|feels me)(?: me| my(?! (?:shoulder|arm|hand|head|back) to)| to|"
                        r" under|$| ,| and| when| at)|"
                        r"(?:private parts|under my clothes|on his lap|down my pants|"
                        r"up my shirt)")),
        ("body_slam", (r"(?:slammed|smashed|banged|threw|pushed|shoved|kicked|punched) (?:my "
                      r"(?:head|face|body)|me) (?:into|against|down|so hard)|(?:belt|bruise|"
                      r"burn|bite|hand) marks|(?:my|a) (?:rib|arm|nose|wrist) (?:is )?broken")),
        ("comes_for_me", (r"(?:comes|came|coming|come) (?:for|after) me|(?:hiding|hid) (?:under|in|"
                         r"behind) (?:my|the) (?:bed|closet|bathroom|room|desk)|(?:he|she)(?:ll| "
                         r"will| is gonna| s gonna| s going to| is going to) (?:hurt|beat|hit|"
                         r"kill) me|smashing things")),
        ("perp_hits", (r"<PERP> (?:\w+ ){0,5}(?:hits|hit|hitting|beats|beat|beating|punches|"
                      r"punched|punching|slaps|slapped|slapping|kicks|kicked|kicking|chokes|"
                      r"choked|choking|strangles|strangled|strangling|shoves|shoved|pushes|"
                      r"pushed|throws (?:\w+ ){0,2}at|threw (?:\w+ ){0,2}at|burns|burned|"
                      r"burnt|grabs|grabbed|drags|dragged|hurts|"
                      r"hurt|bruised|whips|whipped|smacks|smacked|attacks|attacked|broke my|"
                      r"beats up|beat up|beating up) (?:me|my (?:arm|face|neck|back|head|"
                      r"wrist|ribs|nose)|(?:both of us|us)(?! \d| in | at (?:the |"
                      r"our )?(?:game|match|final|practice|tournament)| so hard at| to (?:work|"
                      r"try|do|be|get|run|train)))(?! so i| so that| to help| to stop)(?!.*\b(?:dodgeball|snowball|pillow|water balloon|"
                      r"gaming|nerf|paintball|laser tag|play fight\w*|playfight\w*)\b)|<PERP>"
                      r" (?:\w+ ){0,3}(?:pulls|pulled|pulling) my "
                      r"hair|(?:dragged|threw|shoved|pinned) me (?:across|into|against|down|to)")),
        ("perp_with", r"<PERP> (?:\w+ ){0,3}(?:hits|beats|beat|whips|whipped|hit) me with"),
        ("perp_touches", (r"<PERP> (?:\w+ ){0,3}(?:touches|touched|touching|feels up|gropes|"
                         r"groped|molests|molested|rapes|raped|forces|forced) "
                         r"(?:me|my (?:body|legs|chest|butt))(?: (?:to )?(?:do|watch|send|"
                         r"touch)| in| when| after| at| and| ,|$)|<PERP> (?:\w+ ){0,3}(?:makes|mad"
                         r"e) "
                         r"me (?:do (?:stuff|things|sexual)|watch (?:stuff|porn|things|videos)|"
                         r"send|touch)")),
        ("into_my_room", (r"(?:comes|sneaks|gets|came|creeps) (?:\w+ )?into (?:my )?(?:room|bed|"
                         r"bathroom)|comes into the bathroom|tries? to get me alone|"
                         r"(?:watches|watching) me (?:shower|change|undress)")),
        ("hit_with", (r"(?:hit|beat|hits|beats|whip|whips|whipped) (?:me |us )?with (?:a |her |his "
                     r"|the )?(?:belt|wooden spoon|spoon|stick|cord|shoe|hanger|bat|fist|"
                     # session 26: "pawpaw used to whip us with a switch till we bled"
                     r"switch|cane|rod|branch|wire|cable|slipper|chappal|jandal|paddle)|"
                     r"get hit with|burns me with|threatened me with|pointed a (?:gun|knife) at "
                     r"me")),
        # session 20: and the ongoing form, "my cousin keeps raping me", "hes been SA'ing me"
        ("rape", (r"(?:he|she|they|hes|shes|theyre|someone|somebody|my \w+|a guy|this guy) "
                 r"(?:\w+ ){0,2}(?:raped|molested|sexually assaulted|raping|molesting|sexually "
                 r"assaulting) me|i (?:was|got) (?:raped|molested|sexually assaulted)"
                 r"(?! when| as a| years)")),
        ("bruises", (r"(?:covered in|have|got|left) (?:\w+ )?(?:bruises|marks|welts|burns) "
                    r"(?:\w+ ){0,4}(?:from|where|because|all over|on my neck|on my arms|"
                    r"on my back)|(?:bruises|marks) (?:all over|on my (?:neck|arms|back|face)|"
                    r"from (?:him|her|my))|told the doctor i fell")),
        ("threat_if_tell", (r"(?:said|says|told me|threatens?|threatened) (?:\w+ ){0,3}(?:if i "
                           r"(?:tell|told|say)|(?:to )?not (?:to )?tell|nobody would believe|"
                           r"no one would believe|kill me if|hurt (?:me|my) (?:\w+ )?if|"
                           r"(?:keep it|its our) (?:a )?secret)|nobody would believe me|"
                           r"no one would believe me")),
        ("forces", (r"(?:forces|forced|forcing|makes|made|pressures|pressured) me (?:to )?(?:do "
                   r"(?:sexual |)?(?:stuff|things)|have sex|watch (?:stuff|porn|things)|"
                   r"send (?:him |her )?(?:pics|nudes|pictures))|(?:do|did) (?:sexual )?"
                   r"(?:stuff|things) (?:to me|i didnt want)")),
        ("controls", (r"(?:wont|doesnt|dont) let me (?:see (?:my|anyone|friends)|talk to (?:anyone"
                      r"|my|friends)|"
                      r"leave the house|eat|have friends)|takes my phone "
                     r"(?:and|so)|checks my phone and|threatens to post|(?:said|says) (?:\w+ )?"
                     r"(?:hell|he will|hell|she will) hurt me if i (?:leave|break up)|"
                     r"if i dont send (?:\w+ ){0,2}(?:pics|nudes|pictures)")),
        ("parent_dv", (r"(?:dad|father|stepdad|he|hes) (?:\w+ ){0,2}(?:hitting|beating|hurting|"
                      r"choking) (?:my )?(?:mom|mum|mother|her)(?: right now| rn| again| and)")),
    ],
    "ab_neglect": [
        ("neglect_more4", r"(?:not letting|wont let|doesnt let|dont let) me eat|no one has been ho"
                          r"me|"
                          r"nobody has been home|hasnt eaten (?:today|in|since)"),
        ("neglect_more3", r"ran out of food|(?:mom|dad|parents|mother|father) (?:left|went away) "
                          r"(?:\w+ ){0,2}(?:ago|days|week)|(?:lock|locks|locked) (?:the )?(?:fridg"
                          r"e|"
                          r"food|kitchen|pantry)"),
        ("neglect_more2", r"(?:didnt|doesnt|dont|wont|never) feed (?:me|us)|nothing in the "
                          r"(?:house|fridge) to eat|(?:has|have|hes|shes) been gone (?:for )?"
                          r"(?:\d+|two|three|four|five|a few) (?:days|nights)|(?:has|have) been "
                          r"gone (?:for )?(?:days|a week)"),
        ("neglect_more", (r"(?:hasnt|havent|hadnt|didnt|not) (?:come|came|been) (?:home|back) "
                         r"(?:since|for|in)|(?:no|without|dont have|havent had) (?:\w+ ){0,2}"
                         r"(?:food|money|electricity|heat|water)(?: \w+){0,3} (?:home|house|mom|"
                         r"dad|parents|week|days|never home)|(?:alone|by ourselves|by myself) "
                         r"for days|spends? (?:all )?(?:the |our )?money on (?:drugs|alcohol|"
                         r"drinking|beer|weed)|hungry all the time|feeding my (?:\w+ ){0,2}"
                         r"(?:brother|sister|siblings)|never (?:home|around) and (?:theres|there "
                         r"is) no")),
        # (not a diet: "aaj se no junk food")
        ("no_food", (r"(?:no|isnt any|is no|never any|never enough|not any|nothing) (?!junk |fast |"
                    r"outside |spicy |oily |fried |sugary )(?:\w+ )?"
                    r"(?:food|to eat|in the fridge|for dinner)(?: at home| in the house| here|"
                    r" again|$| ,| for| and| since)|(?:havent|hasnt|not|didnt) (?:eaten|had "
                    r"(?:any )?food|ate) (?:\w+ ){0,2}(?:in|for|since) (?:\d+|two|three|a few|"
                    r"days|yesterday)(?! because (?:im|i m|of) (?:too )?(?:anxious|stressed|"
                    r"nervous))|nothing (?:in the fridge|to eat)|(?:dont|doesnt|do not|never) "
                    r"(?:feed|feeds) (?:me|us)|starve (?:me|us)|sells? (?:our|the) food")),
        ("left_alone", (r"(?:left|leaves|leave) (?:me|us) (?:\w+ ){0,2}alone for (?:days|\d+|a "
                       r"week|the weekend)|(?:hasnt|havent|hadnt|not) (?:been|come) "
                       r"(?:back|home) (?:in|for) (?:\d+|days|a week|two|three)|nobodys been home|"
                       r"nobody (?:s|has"
                       r" been|is) (?:been )?home (?:for|in)|mom is (?:always )?(?:high|drunk|"
                       r"passed out)|(?:passed out|blackout) drunk again|taking care of (?:my )?"
                       r"siblings alone")),
        ("locked", (r"(?:lock|locks|locked) (?:me|us) (?:\w+ ){0,2}(?:out|in|outside|in my room|"
                   r"in the basement|in the closet|in the garage)|makes? me sleep (?:in|on) "
                   r"the (?:garage|floor|porch)")),
    ],
    "ab_grooming": [
        ("grooming_more2", r"(?:man|guy|he|adult|dude) (?:\w+ ){0,4}wants? my (?:address|location|"
                           r"snap|number|pics)|sent (?:me )?an uber|(?:come|coming) see him"),
        # "a man from discord" only with something more (meeting, secrets, pictures, gifts, an
        # age): not "this guy from discord is so funny" (a second reader's probes)
        ("grooming_more", r"(?:adult|grown man|older guy|older man|grown up) (?:from|on) "
                          r"(?:snapchat|snap|instagram|insta|discord|tiktok|roblox|fortnite|"
                          r"online|a game)|"
                          r"^(?=.*(?:meet|secret|pics|nudes|photos|address|pick me up|come over|come to|"
                          r"if i stop|if i dont|answering|block|threat|"
                          r"gift|money|sent me|buy|older|\d\d|age|mature|dont tell|alone|uber|"
                          r"hotel|his place|his house|his car|bought|send)).*?(?:adult|grown man|"
                          r"older guy|older man|grown up|man|guy) (?:from|on) (?:snapchat|snap|"
                          r"instagram|insta|discord|tiktok|roblox|fortnite|online|a game)|"
                          r"^(?!.*(?:grandma|grandpa|nana|mom|dad|aunt|birthday|christmas|allowance|"
                          r"pay(?:ing)? me back|owes me)).*?sending me money|meet (?:me )?alone|(?:relationship|"
                          r"this|it|us) (?:has|needs|have) to (?:stay|be|remain) (?:a )?secret|"
                          # batch 10: not an age in a comparison ("treat my brother like hes 25")
                          r"(?<!like )(?<!as if )(?:hes|shes|he is|she is) (?:[1-5]\d)(?: ,| and)"),
        ("older_meet", (r"(?:(?:\d\d|older|grown) (?:year old |yo |y o )?(?:guy|man|dude|person)|"
                       r"(?:[2-9]\d|1[89]) ?(?:year old|yo|y o)) "
                       r"(?:\w+ ){0,5}(?:come to his|his (?:apartment|house|place|car)|meet (?:me|"
                       r"up)"
                       r"|see me|visit me|driving to|pick me up|delete (?:our|the) (?:chats|"
                       r"messages)|buy me stuff|our secret|our little secret)|"
                       r"(?:delete|deleting) (?:our|the) (?:chats|messages|dms)|"
                       r"(?:its|it s|this is) our (?:little )?secret|asking me for (?:photos|"
                       r"pictures|pics)|(?:come|go) to his house alone")),
        ("older_online", (r"(?:older|grown|adult|\d\d ?(?:yo|year old|y o)?) (?:guy|man|dude|"
                         r"person|woman) (?:\w+ ){0,6}(?:wants? to meet|asked (?:me )?for "
                         r"(?:pics|nudes|pictures)|dms? me|dming me|keeps (?:asking|messaging|"
                         r"dming)|says he loves me|picking me up)|(?:met|talking to|talks to) "
                         r"(?:\w+ ){0,3}(?:online|on discord|on snap|on snapchat|on insta|on "
                         r"instagram|on tiktok|on roblox|in a game) (?:\w+ ){0,6}(?:meet|"
                         r"picking me up|is \d\d|s \d\d|he s \d\d|hes \d\d|come to his|"
                         r"keep it (?:a )?secret|not to tell)|(?:he|she) (?:is|s) \d\d "
                         r"(?:\w+ ){0,4}(?:meet|secret|pics)")),
        ("secret_meet", (r"(?<!sister )(?<!brother )(?<!friend )(?<!bff )(?<!sis )(?<!bro )"
                        r"(?:said|told me) (?:\w+ ){0,2}(?:not to tell|to keep (?:it|this|us) "
                        r"(?:a )?secret|dont tell) (?:my )?(?:parents|mom|dad|anyone)|"
                        r"keep it secret|come to his (?:house|place|car)|^(?!.*(?:mom|dad|mum|parents?|grandma|"
                        r"grandpa|nana|aunt|sister|brother|bus|carpool|stepmom|stepdad|uber|ride|"
                        r"friend|coach)(?:s| is| will| will be| is gonna| can| should)? picking me "
                        r"up).*?picking me up (?:tonight|tomorrow|later)")),
        ("pics_or", (r"(?:send|sending) (?:him|her|them) (?:\w+ )?(?:pics|pictures|nudes|"
                    r"photos)|asks? (?:me )?for (?:pics|nudes|pictures)|asked for pics|"
                    r"(?:if i dont|or (?:he|she)) (?:\w+ ){0,3}(?:pics|nudes|benches|bench)")),
    ],
    "ab_danger": [
        ("scared_home", (r"(?:scared|afraid|terrified) to go home|cant go home(?! yet| until| till| til|"
                        r" bc| because| cause| cuz| cos| after| before| for| on| with| without|"
                        r" till| rn| right now| practice)|hiding from "
                        r"(?:my )?(?:dad|mom|stepdad|him|her)|(?:hiding|locked myself) in "
                        r"(?:my|the) (?:closet|bathroom|room)|(?:banging|pounding) on my door(?!.*(?:bathroom|to use|"
                        r"wake|dinner|breakfast|get up|school|late|shower))|"
                        r"(?:he|she)s (?:\w+ )?(?:gonna|going to) (?:beat|hurt|hit|kill) me|"
                        r"(?:scared|afraid|terrified) (?:\w+ ){0,3}(?:come for me|hurt me|hit me|"
                        r"find me|come after me)|"
                        r"(?:will|ll|gonna|going to) (?:hurt|beat|kill|hit) me (?:if|when) "
                        r"(?:i|he|she)|"
                        # someone looking for the student only in fear: not "my mom is looking for
                        # me, brb" (a second reader's probes)
                        r"^(?=.*(?:scared|afraid|terrified|hiding|hide|drunk|angry|mad|furious|hurt|"
                        r"hit|beat|knife|gun|kill|run away|ran away)).*?looking for me")),
        ("said_kill_me", r"(?:said|says|threatened) (?:\w+ ){0,2}(?:kill|hurt|beat) me"),
    ],
    "ab_unclear": [
        ("unclear_more3", r"(?:wont|doesnt|dont|never|refuse to|refuses to|cant|wont let me) (?:"
                          r"\w+ )?"
                          r"(?:take me|go) to (?:the )?(?:doctor|dentist|hospital)|say we (?:cant|"
                          r"can "
                          r"not) go to the (?:hospital|doctor)|(?:bruises|marks) (?:\w+ ){0,6}(?:"
                          r"dont "
                          r"(?:really )?want to say|wont say|cant say|cant tell)|and (?:things|stu"
                          r"ff) "
                          r"happen|(?:does|did|do) (?:stuff|things) that makes? me uncomfortable|"
                          r"(?:forget|forgot|forgets) to pick me up|not allowed to eat|(?:if|wheth"
                          r"er) "
                          r"(?:my )?home is safe|(?:not|dont feel|never feel) safe at home"),
        ("unclear_more2", r"(?:something|stuff) (?:bad |weird )?happened (?:at|during) (?:a|the) "
                          r"(?:sleepover|party|camp)|an older (?:kid|boy|girl|guy|man) (?:\w+ )"
                          r"{0,3}"
                          r"when i was"),
        ("touched_me", r"(?:touched|groped|kissed|grabbed) me(?: and| when| at| in| ,|$)|"
                       r"(?:call|calls|called) me (?:useless|worthless|stupid|fat|names)|"
                       r"(?:hugging|hugs|touching) me too (?:long|much)|(?:came|come|used to come) "
                       r"into my room when i was"),
        ("unclear_more", (r"sexually abused|(?:something|stuff) (?:bad )?happened with (?:my|a|the"
                          r")|"
                         r"says? (?:horrible|mean|awful|terrible) things to me|(?:dont|doesnt|"
                         r"never) (?:really )?(?:buy|give|make) (?:me )?(?:food|dinner|lunch)|"
                         r"care if i eat|is that abuse|if (?:that|this|it)s abuse|(?:used to|"
                         r"would) (?:\w+ )?(?:choke|strangle|hit|beat|touch) me")),
        ("past_abuse", (r"(?:used to|would) (?:hit|beat|hurt|touch|lock|slap|kick|choke) me|"
                       r"(?:was|got|been) (?:abused|molested|assaulted|sexually assaulted|"
                       r"raped|touched)|(?:did|done) (?:stuff|something|things) to me|"
                       r"something happened (?:to me|with (?:my|a|the))|touched me when i was")),
        ("unclear", (r"(?:grabs|grabbed|pushes|pushed|shoves|push|shove|grab|slap|slaps) me "
                     r"(?:really |so )?(?:hard|"
                    r"sometimes)|(?:dont|never) (?:take|took) me to the doctor|"
                    r"(?:comments|says weird stuff|weird stuff) about (?:my body|how i look)|"
                    r"(?:keeps|kept) touching me|grabbed my (?:butt|ass|chest|boobs)|"
                    r"gets (?:really )?(?:scary|violent|mean) when (?:he|she) (?:drinks|is "
                    r"drunk)|not (?:always )?enough food|forget(?:s)? to feed me|calls? me "
                    r"(?:fat|worthless|stupid|horrible names|names)|wish(?:es)? (?:i|im) "
                    r"was never born|ex did to me|pressured me into")),
        # asking whether something is normal is how a lot of abuse is first told ("is it
        # normal for parents to lock the fridge"), and self-harm ("my vision is going blurry
        # from the pills. is that normal"); its everyday topics (UNLESS) are looked for in the
        # whole message (UNLESS_WHOLE), since the question follows what it asks about
        ("unclear_normal", (r"(?:is that|is it|if thats|if this is|if it counts as) "
                            r"(?:normal|abuse|okay|ok)(?! (?:if i|if we|to (?:just )?(?:ask|"
                            r"talk|chat|vent|say|post|share|message|text|join|be here)|for me to|"
                            r"that i|i just|just to))")),
    ],
    # harm to others
    "ho_plan": [
        ("weapon_more", r"(?:machete|axe|hammer|crowbar|knife|gun|bat|weapon) (?:\w+ ){0,3}(?:for "
                        r"(?:the|that|this) (?:guy|girl|kid|boy|man|teacher)|ready for (?:him|her|"
                        r"them))|(?:get|grab|take) my (?:\w+ )?(?:dads|brothers|uncles|moms) "
                        r"(?:gun|rifle|pistol) (?:\w+ ){0,4}(?:school|make them pay|them)"),
        ("plan_more", r"(?:gonna|going to|will) run (?:my car |the car |him |her |them )?(?:into|o"
                      r"ver)"
                      r" (?:them|him|her)|(?:bought|got|have|brought|buying) a (?:knife|gun|weapon|"
                      r"bat|pistol) to (?:hurt|kill|stab|use on|shoot|get)|a list and (?:\w+) is "
                      r"(?:first|next)|(?:laxatives|bleach|poison|pills) (?:\w+ ){0,3}in (?:her|hi"
                      r"s|"
                      r"their|my \w+s) (?:lunch|food|drink|water)"),
        ("poison_more", (r"(?:putting|put|slip|slipping|add|adding|mix|mixing) (?:\w+ ){0,4}"
                        r"(?:in|into) (?:his|her|their|my \w+s|the) (?:drink|food|water|coffee|"
                        r"beer|juice|soda|tea|bottle|lunch)|antifreeze|rat poison")),
        ("weapon_generic", (r"(?:bring|bringing|take|taking|carry|carrying|brought) (?:\w+ ){0,3}"
                           r"(?<!nerf )(?<!water )(?<!toy )(?<!glue )(?<!airsoft )(?<!paintball )"
                           r"(?<!squirt )(?<!foam )(?<!butter )(?<!bread )(?<!cake )"
                           r"(?:gun|guns|pistol|rifle|knife|blade|weapon|bomb|machete) "
                           r"(?:\w+ ){0,2}(?:to|at|into) (?:\w+)(?<!#)(?!.*(?:cake|cook\w*|bread|"
                           r"kitchen|fruit|pumpkin|picnic|butter|steak|pizza|whittl\w*))|(?:blade|knife|gun|pistol) "
                           r"(?:\w+ ){0,6}(?:ill use it|i ll use it|use it (?:on|if)|(?:im|i m) "
                           r"using it)|(?:names|list) (?:of )?(?:every ?one|people|who) (?:\w+ )?"
                           r"(?:im|i m|i am) (?:going to|gonna) (?:hurt|kill|shoot|get|stab)|"
                           r"(?:gonna|going to|will) push (?:\w+ ){0,3}off (?:the|a) (?:roof|"
                           r"stairs|bridge|cliff|balcony)|(?:set|setting) (?:his|her|their) "
                           r"(?:\w+ )?on fire|cut (?:her|his) face|gun safe")),
        ("gun_school", (r"(?:bring|bringing|take|taking|brought|carry|carrying) (?:\w+ ){0,3}"
                       r"(?:gun|guns|pistol|rifle|knife|knives|weapon|bomb|machete|bat) "
                       r"(?:\w+ ){0,2}(?:to|into|at) (?:school|class|the game|the dance|"
                       r"practice|church|the mall)|(?:gun|knife|weapon|bomb) (?:in|to) (?:my )?"
                       r"(?:locker|backpack|bag)")),
        ("shoot_up", (r"shoot(?:ing)? (?:up )?(?:the |my )?(?:school|class|place|everyone|every one|"
                     r"them all|those|people)|school shooting|shoot (?:up )?(?:\w+ ){0,2}"
                     r"(?:school|class)|(?:blow|blowing) up (?:the )?(?:school|house|class)|"
                     r"(?:making|make|built|building) a (?:bomb|pipe bomb)|burn (?:down )?"
                     r"(?:the school|his house|her house|their house|the house)|set "
                     r"(?:the |his |her |their )?(?:house|school|room|car) on fire")),
        ("hit_list", r"(?:hit ?list|kill list|list of (?:people|names|everyone|who))"),
        ("poison", (r"(?:poison|poisoning|poisoned|put (?:\w+ ){0,2}(?:bleach|poison|rat poison|"
                   r"something|pills|drugs) in) (?:\w+ ){0,3}(?:food|drink|water|her|him|them|"
                   r"my)")),
        ("kill_them", (r"(?:<GONNA>|will|ll) (?:<ADV>)?(?:kill|stab|shoot|murder|strangle|"
                      r"poison|run over|push|burn|beat|hurt|get) (?:him|her|them|my \w+|"
                      r"everyone|every one|every ?body|people|those|the kids|the \w+|[a-z]+) "
                      r"(?:\w+ ){0,3}(?:<TIME>|with (?:a|my|the) (?:knife|gun|bat|bomb)|"
                      r"in (?:his|her|their) sleep|planned|at lunch|after practice|after "
                      r"class)")),
        ("weapon_for", (r"(?:knife|gun|pistol|rifle|bat|weapon) (?:\w+ ){0,3}(?:for(?! (?:my |his |"
                       r"her |our |the |a )?(?:birthday|bday|christmas|xmas|hanukkah|eid|"
                       r"graduation|gift|present|cooking|cook|kitchen|culinary|camping|scouts|"
                       r"fishing|whittling|carving|dinner|"
                       # batch 9: food and food prep ("a sharp knife for the chicken")
                       r"chicken|meat|steak|fish|turkey|ham|pork|beef|lamb|bacon|bread|cake|"
                       r"veg|veggies|vegetables|onions?|garlic|herbs|tomatoes|potatoes|carrots|"
                       r"fruit|apples?|pumpkins?|cheese|butter|pizza|sandwich\w*|salad|lunch|"
                       r"breakfast|recipe|food tech|food technology|home ec|foods class|"
                       r"meal prep|prep|chopping|slicing|dicing|peeling|baking|bbq|barbecue|"
                       r"picnic)(?![\w#]))|to use on|"
                       r"who its for|who it s for|ready for)|(?:have|got|has) a (?:gun|knife|"
                       r"pistol|rifle) and (?:\w+ ){0,3}(?:who|use it)|(?:gun|rifle|pistol) "
                       r"(?:\w+ ){0,5}(?:pay|regret)|know (?:exactly )?(?:how|who) "
                       r"(?:im|i m|i am) (?:gonna|going to) (?:kill|hurt|shoot|stab)|"
                       r"(?:planning|planned) (?:how )?to (?:hurt|kill|attack|stab|shoot) "
                       r"(?:them|him|her)")),
        ("gonna_stab", (r"(?:<GONNA>) (?:\w+ ){0,4}(?:stab|shoot|run (?:him|her|them) over|"
                       r"murder|poison) (?:him|her|them|whoever|anyone|every ?one|people|my "
                       r"(?!record|time|score|essay|homework)\w+|the (?:kids|guy|girl|boy|"
                       r"teacher|bullies|people|school)|those|these|[a-z]+ (?:after|tomorrow|"
                       r"tonight|at|when|in))")),
        ("stab_them", (r"(?:stab|shoot|kill|murder) (?!(?:\w+ )?(?:scenes?|mystery|mysteries|party|"
                      r"podcast|show|episode|movie|film|game|trial|case|drills?|rehearsal|"
                      r"practice|time|it|boss|level|lights|vibe|music|mood)(?![\w#]))"
                      r"(?:\w+ )?(?:him|her|them|whoever|anyone|"
                      r"tyler|\w+) (?:\w+ ){0,2}(?:tomorrow|tonight|after|at lunch|in his "
                      r"sleep|in her sleep|monday|friday)|(?:im|i am) (?:gonna|going to) "
                      r"(?:stab|shoot) (?:\w+ )?(?:him|her|them|whoever|anyone|my|\w+)|(?:use|"
                      r"using) it (?:on|against) (?:him|her|them)")),
    ],
    "ho_wish": [
        ("wish_more3", r"(?:wish|hope) (?:that )?(?!(?:i|it|this|that) )(?:\w+ ){0,2}(?:would|will) (?:just )?(?:disappe"
                       r"ar|die|"
                       r"get hurt|get hit|crash)|(?:if i see|when i see) (?:him|her|them) (?:\w+ "
                       r"){0,5}"
                       r"(?:i )?(?:might|will|ll|could) do something|(?:hurt|punch|hit|beat) the "
                       r"(?:girl|boy|kid|guy|person|people|kids|teacher) (?:who|that)"),
        ("picture_hurt", r"(?:picture|imagine|imagining|picturing|visualize) (?:\w+ ){0,4}(?:hurti"
                         r"ng "
                         r"(?:him|her|them)|getting hurt|dead|dying|suffering|in pain)"),
        ("wish_more2", r"make (?:them|him|her) feel as bad|something bad (?:is gonna|is going to|"
                       r"will|might) happen to (?:them|him|her)|get what (?:they|he|she) deserve|"
                       r"one of these days (?:\w+ ){0,3}(?:hurt|kill|snap|lose it)"),
        ("wish_more", (r"(?:thoughts|thinking|dream|dreaming|fantasize|fantasizing) (?:about|of) "
                      r"(?:stabbing|hurting|killing|shooting|beating|strangling) (?:people|"
                      r"someone|somebody|him|her|them|the)|do something bad to (?:them|him|her)|"
                      r"beat the (?:crap|shit|hell|fuck) out of (?:him|her|them)|better hope i "
                      r"never see|(?:hurt|kill|stab) (?:my )?(?:mom|dad|brother|sister|stepdad) "
                      r"when")),
        ("want_hurt", (r"(?:<WANT>|want|could|wanted|imagine|imagining|fantasize about|dream "
                      r"about) (?:<ADV>)?(?:to )?(?:hurt|hurting|kill|killing|punch|punching|beat "
                      r"up|beating up|beat|stab|stabbing|strangle|strangling|smash|smashing|"
                      r"hit|hitting|fight|break) (?:him|her|them|someone|someones|somebody|somebod"
                      r"ys|people|"
                      r"every ?one|every ?body|my (?!self)\w+|the (?:kids|people|guys|girls)|"
                      r"those|these|his|her|their|that|this)")),
        ("wish_dead_other", (r"(?:wish|hope|want) (?:\w+ ){0,2}(?:he|she|they|him|her|them|my "
                            r"\w+)(?: all)? (?:was|were|would|would just|will)? ?(?:dead|die|"
                            r"dies|died|gone forever|suffer|get hurt)|(?:want|wish) (?:him|her|"
                            r"them|my \w+) dead")),
        ("revenge", (r"want (?:them|him|her|em|every ?one) to (?:feel (?:pain|what i felt|what i "
                    r"feel|the pain|it|scared|afraid|hurt|the way i|how i|as (?:much|bad)|(?:\w+ )?"
                    r"pain)|suffer|hurt|pay|die)(?! (?:for (?:the|my|our) (?:pizza|food|tickets|"
                    r"lunch|dinner)|me back|back))|"
                    r"(?:get|getting|take|taking|want|plan|planning) (?:my )?revenge|make (?:them|"
                    r"him|her|em|everyone) (?:all )?(?:pay|suffer|regret)|(?:theyll|they will|"
                    r"theyre gonna|hell|shell|he will|she will|theyre going to) "
                    r"(?:\w+ )?(?:regret|pay|see(?! (?:me|us|you|u|yall|ya)(?![\w#]))|be sorry)|"
                    r"(?:gonna|going to) snap (?:on|one "
                    r"day)|snap one day|lose it on|get what s coming|get whats coming|"
                    r"(?:better )?watch out|done being (?:nice|the victim)|violent thoughts|"
                    r"(?:hurt|fight) (?:some|any)one|see them suffer|deserve to (?:get hurt|"
                    r"suffer|die)|dont know what ill do to|feel like (?:hurting|killing) "
                    r"(?:some|any)one|scared (?:ill|i will|i might|i ll) hurt")),
        ("gonna_hurt", (r"(?:<GONNA>|will|ll) (?:<ADV>)?(?:end up )?(?:hurt|hurting|punch|punching|"
                       r"kill|beat|stab|smash|break|fight) (?:him|her|them|someone|somebody|"
                       r"every ?one|my (?!self|record|time|score|high|pb|best|legs?|arms?|back|kne"
                       r"es?|"
                       r"feet|foot|ankle|wrist|hand|neck|body|voice|eyes|brain)\w+|those|that|this|"
                       r"the (?!other|team|game|boss|level|record)\w+)"
                       r"(?! lol| lmao| haha| team| in )")),
        ("if_touches", (r"if (?:he|she|they) (?:\w+ ){0,3}(?:again|one more time) (?:\w+ ){0,2}"
                       r"(?:ill|i ll|i will|im gonna|im going to) (?:hurt|kill|stab|use|beat|"
                       r"punch|end)")),
    ],
    # distress
    "ds_medium": [
        ("acute_more3", r"(?:feel like|its like|it s like|like) (?:im |i m |i am )?(?:underwater|"
                        r"drowning|suffocating|trapped|the walls are closing in)(?! (?:in|under) "
                        + _SCHOOLWORK + r")|walls (?:are )?"
                        r"closing in|(?:cant|can not|cannot|unable to) (?:eat or sleep|sleep or ea"
                        r"t|"
                        r"leave my room|go to school anymore|stop panicking)|(?:havent been able|"
                        r"not been able|unable) to sleep|about to explode|waking up screaming|"
                        r"(?:posting|posted|sharing) my (?:pictures|pics|photos)|(?:making|made|"
                        r"make) (?:new |fake )?accounts? to (?:message|harass|bully|mess with) me|"
                        r"(?:saying|posting|said) (?:\w+ ){0,4}about me online|(?:message|"
                        r"messaging|texting|sending) me (?:horrible|awful|mean|nasty) (?:stuff|"
                        r"things|messages)"),
        ("cyber_more", r"(?:tiktok|video|post|page|account|story|group ?chat) (?:\w+ ){0,2}making "
                       r"fun "
                       r"of me|every ?one is commenting"),
        ("acute_more2", r"awake for (?:\d+|two|three|four) (?:days|nights)|breaking point|(?:sent|"
                        r"texted|posted) (?:me )?a (?:picture|pic|photo) of (?:pills|a knife|"
                        r"blood|her arm|his arm)|pretending to be me|so scared i cant"),
        ("acute_more", (r"melt ?down|cant stop (?:screaming|shaking|crying|panicking)|(?:going to|"
                       r"gonna) pass out|heart (?:wont|will not|doesnt) slow|(?:havent|have not|"
                       r"not) slept (?:since|in)|(?:threw|throwing) up (?:\w+ ){0,2}(?:anxious|"
                       r"anxiety|nerves|panic|stress)|anxious i threw up|(?:not|nt) coping|"
                       r"saying goodbye and (?:now )?(?:she|he|they) (?:wont|isnt|arent|dont)|"
                       r"(?:isnt|wont|not|arent) (?:answering|responding|picking up)|going insane|"
                       r"telling me to kys|(?:got|get) jumped")),
        ("not_okay", (r"(?:^|im|i m|i am|feel|feeling|me|honestly|still|really|just|def|"
                     r"definitely|so|literally|fr|tbh|ngl)(?: really| honestly| just| so| def| "
                     r"still| literally| actually| fr)? (?:not|no|nt) (?:ok|okay|okey|oki|fine|"
                     r"alright|all right|doing ok|doing okay|safe)(?! with| to| about| for| that| "
                     r"if| at all with)")),
        ("not_ok_bare", (r"^(?:not|nt) (?:ok|okay|fine|alright|doing ok|doing okay|good)(?: ,| at"
                        r" all| rn| right now|$)")),
        ("cant_cope", (r"(?:cant|can not|cannot|cnt|can t|unable to|dont know how to|idk how to) "
                      r"(?:<ADV>)?(?:cope|handle (?:this|it|anything|my life|life)|take (?:(?:it|"
                      r"this)(?! (?:on|onto|with (?:us|me|them|you|u)|to (?:the|my|our|school|"
                      r"class|camp|a)|in (?:my|the|our)|into|out|off|back|home|along|"
                      r"anywhere|apart|up)(?![\w#]))|any more|anymore)|do this(?! homework| math| essay| problem| "
                      r"assignment| test| level)|go on|deal with (?:this|it|anything)|keep "
                      r"going|breathe|calm down|stop (?:crying|shaking|panicking|"
                      r"the thoughts)|function|think straight|get out of bed|take it anymore)")),
        ("panic", (r"panic attacks?|panicking(?! (?:about|over|bc|because|cause) (?:the |my |this |"
                  r"a |an )?(?:test|exam|quiz|presentation|essay|homework|hw|project|finals|"
                  r"deadline|game|match|recital|audition))|anxiety attack|hyperventilat\w*|freaking out|"
                  r"breaking down(?! (?:the|this|that|a|an|it|my|our|his|her) )|(?<!can you )(?<!to )"
                  r"(?<!lets )(?<!let s )break ?down(?! (?:the|this|that|a|an|it|my|our|his|her)"
                  r" )|mental "
                  r"breakdown|(?:im|i am|i m|feel like im|i feel like im) (?:\w+ )?falling apart|"
                  r"(?:everything|my world|it all|my life) (?:is )?(?:\w+ )?crashing down|"
                  r"spiral(?:ing|led)|spiral(?! notebook| fries| staircase| stairs| bound| ham|"
                  r" pasta| galaxy| binding| pattern| shape)|dark place|"
                  r"bad place|dark in my head|heart (?:is )?racing(?! (?:after|from) )|chest (?:is )?(?:so )?"
                  r"tight(?! (?:after|from) )|fee"
                  r"l like im "
                  r"(?:drowning|dying|going to explode|gonna explode)(?! (?:in|under) "
                  + _SCHOOLWORK + r")|scared of myself|"
                  r"unsafe in my own|hear(?:ing)? voices|voices (?:telling|in my head)|"
                  r"^(?!.*\b(?:movie|film|show|episode|ending|book|funny|cold|"
                  r"freezing|ice cream|dropped|forgot)\b).*?(?:(?:shaking|crying) (?:and|so hard|for "
                  r"hours|nonstop)|(?:worst|awful) (?:night|day) of my life)|"
                  r"been crying (?:for hours|all day|all night|nonstop)|too much to handle|everything is too much(?! lately|"
                  r" this week| these days| this term| this semester)|"
                  r"cant stop crying|want to scream|overwhelmed (?:i|and i) cant")),
        ("overwhelm", r"losing (?:my mind|it)|going crazy|so overwhelmed|going insane"),
        ("no_sleep", (r"(?:havent|not|didnt|cant|cannot) (?:slept|sleep|eaten|eat) (?:\w+ ){0,2}"
                     r"(?:in|for) (?:\d+|days|a week|two|three|four|like \d+)|(?:no|zero) sleep "
                     r"(?:in|for) (?:days|\d+)|\d+ (?:nights|days) (?:without sleep|of no "
                     r"sleep)|(?:its|it s) been (?:\d+|three|four) nights")),
        ("need_help", (r"(?:please|pls|plz|i need|need|someone) (?:\w+ )?help(?: me)?(?: please|"
                      r" pls| plz| now| right now| rn|$)|help me please|help me$|^help")),
        ("homeless", (r"(?:kicked|kick|threw|throw|thrown) me out(?! of (?:the )?(?:group|gc|chat|"
                      r"class|game|"
                     r"server|team|club))|(?:kicked|thrown) out(?! of (?:the )?(?:group|gc|chat|"
                     r"class|game|server|team|club))|nowhere "
                     r"(?:to go|to sleep|to stay)|ran away from home|sleeping (?:in|at) (?:the |"
                     r"a )?(?:park|street|car|station|outside)")),
        ("cyberbullying", (r"(?:group ?chat|page|account|video|fake account|screenshots?) "
                          r"(?:\w+ ){0,5}(?:make fun|humiliate|roast|mock|bully|laugh at|hate)|"
                          r"harassed (?:online|every day|constantly|all the time)|(?:sending|passi"
                          r"ng|sent|passed) "
                          r"around (?:a |my |the )?(?:\w+ )?(?:video|pic|pics|photo|picture)|"
                          r"(?:posted|leaked|sharing|shared|spread|sent around) (?:my|nudes|"
                          r"(?:a video|the video|pics|pictures|a pic|photos) of me)|"
                          # batch 10: "a pic" needs someone else to have posted it ("who posted a
                          # pic of a gun"), not the sender ("posted a pic and it got 11 likes")
                          r"(?!(?:i|just|we|and|also|then|finally|lol|so)(?![\w#]))\w+ (?:posted|"
                          r"leaked|sharing|shared|spread|sent around) (?:a video|the video|pics|"
                          r"pictures|a pic|photos)|"
                          r"(?:hate messages|death threats) (?:\w+ ){0,2}(?:every|all|wont stop)|"
                          r"cyber ?bullied (?:and|so|every)|(?:cyberbullying|bullying) "
                          r"(?:wont|won t|will not|doesnt) stop")),
        ("pregnant", r"(?:think|might be|maybe|am|im) pregnant"),
        ("scared_now", (r"(?:im|i am|i m) (?:so )?(?:scared|terrified|afraid) (?:rn|right now|and"
                       r" i dont know what to do)|(?:im|i am) terrified")),
    ],
    "ds_low": [
        ("low_more", r"(?:its|it s|it is) my fault|(?:leaving|leave|left) me out|(?:no ?one|anyone|"
                     r"nobody) to sit with|feel kind of empty|disappointed in me|so disappointed"),
        ("sad", (r"(?:im|i m|i am|feel|feeling|felt|been|i get|i got|im getting|i feel) (?:<ADV>)?"
                r"(?:so |really |very |kinda |super )?(?:sad|down|low|depressed|miserable|"
                r"lonely|alone|anxious|stressed|worried|upset|hurt|heartbroken|"
                r"unhappy|scared|afraid|overwhelmed|exhausted|drained|burnt out|burned out|"
                r"insecure|invisible|stuck|lost|hopeless|guilty|ashamed|gross|ugly|stupid|"
                r"worthless|left out|homesick|numb|off|crappy|crap|like crap|like shit|"
                r"terrible|awful|horrible|so bad|angry|mad|pissed|pissed off|frustrated|"
                r"furious|sick of|jealous|not happy|unloved|unwanted|hated|tired all the time)")),
        ("sad2", (r"not happy|tired all the time|always (?:tired|sad|nervous|anxious)|nervous "
                 r"all the time|hate (?:school|my school|everything|it here|this place|how i "
                 r"look|how i feel|my body|my face|my family|being me|being alive|my parents)|"
                 r"whats wrong with me|messing (?:everything|it all) up|mess everything up|"
                 r"drifting (?:apart|away)|(?:dont|doesnt|never) understand me|moving away|"
                 r"stressful|nobody like me|no one like me|(?:didnt|did not) get in(?:to)?|"
                 r"(?:life|everything) (?:suks|sux)|dark in my head")),
        ("depressed", (r"depress(?:ed|ion|ing)|anxiety|anxious|lonely|loneliness|stressed|"
                      r"stress(?:ed|ing)? (?:out|about)|grief|grieving|heartbroken|"
                      r"heart ?broken|burnt out|burned out|burnout|insecure|overthinking|"
                      r"overwhelm(?:ed|ing)|nightmares?")),
        ("crying", (r"(?:crying|cry|cried|cries|sobbing|tears)(?! laughing| of laughter| lol|"
                   r" lmao| from laughing)")),
        ("hate_life", (r"hate my life|fml|fuck my life|my life (?:sucks|is shit|is a mess|is over|"
                      r"is hell)|(?:everything|life|today|this day|this week|school) (?:is |s |has"
                      r" been |"
                      r"was |is being |been )?(?:so )?(?:sucks|fucked|shit|hell|awful|terrible|the"
                      r" worst|too hard|so "
                      r"hard)|why (?:does|is) everything (?:\w+ )?(?:so hard|suck|going wrong)|"
                      r"everything (?:is )?going wrong|worst (?:day|week|year)")),
        ("social_pain", (r"(?:no ?one|nobody|no body) (?:likes|loves|cares about|talks to|"
                        r"texts|understands|wants) me|(?:every ?one|everybody|they all) "
                        r"(?:hates|hate) me|(?:have|got) no (?:friends|one)|no one to talk "
                        r"to|(?:bullied|bullying|picked on|made fun of|make fun of me|laugh at "
                        r"me|ignore me|ignored|left on read|left out|excluded|kicked out of "
                        r"the group|talking behind my back|spreading rumors|rumors about me)|"
                        r"(?:dont|do not) (?:fit in|belong)|(?:stopped|stop) talking to me|"
                        r"(?:went|go) (?:\w+ ){0,3}without me|rejected|dumped|broke up|cheated "
                        r"on me|ghosted")),
        ("family_stress", (r"(?:parents|mom and dad|they) (?:are )?(?:always )?(?:fighting|"
                          r"yelling|screaming|arguing|getting (?:a )?divorced?|splitting up|"
                          r"split up)|divorce|(?:yelled|yells|screams|screamed) at me|"
                          r"disappointment|compare me|so strict|(?:lost|lose) (?:her|his|their)"
                          r" job|might have to move|(?:mom|dad|grandma|grandpa|parent) is "
                          r"(?:sick|in the hospital)|in the hospital")),
        ("grief", (r"(?:grandma|grandpa|nana|papa|dog|cat|mom|dad|mum|brother|sister|friend|"
                  r"uncle|aunt|cousin|hamster|pet|bird|horse|grandmother|grandfather|"
                  r"bestie) (?:\w+ ){0,2}(?:died|passed away|passed|had to be put down|was put "
                  r"down)|passed away|funeral|miss (?:him|her|them|my)")),
        ("school_stress", (r"(?:failing|failed|fail) (?:\w+ )?(?:class|classes|test|exam|"
                          r"driving test|math|chem|english|grade|year)|(?:falling|fell) behind|"
                          r"(?:scared|afraid|nervous) (?:to go|of going|about going) to school|"
                          r"cant focus|lost my scholarship|didnt get in|stressed about")),
        ("venting", (r"(?:so |im so |just so )?(?:done|tired|sick) (?:of|with) (?:this|everything|"
                    r"it all|pretending|being ignored)|so tired of|pretending (?:im|to be) "
                    r"(?:fine|okay|ok|happy)|just want (?:a hug|someone to talk to)|need "
                    # batch 10: not someone else's wish ("why do you even want to talk to kids")
                    r"someone to talk to|(?<!you )(?<!u )(?<!you even )(?<!u even )(?:need|want) "
                    r"to talk|going through (?:a lot|stuff|"
                    r"alot)|struggling|not doing (?:great|well|good|so hot|so good|too good)|"
                    r"my heart hurts|feel(?:ing)? off|(?:a )?bad day|rough (?:day|week)|"
                    r"(?:body|stomach) hurts (?:every|before)|(?:chest|stomach) (?:gets )?"
                    r"(?:tight|hurts) (?:in|before|every)|need help with (?:stuff|things) at "
                    r"home|fucking (?:frustrating|hate|sucks)|(?:this|it) (?:shit|sucks) (?:so "
                    r"much|is so)|cant even$|everything is (?:so )?(?:much|a lot)|just a lot")),
    ],
}

# --- batch 3 families (2026-11-28) ------------------------------------------------------
# Indirect phrasings from batch 3, written as families of phrasing rather than sentences:
# waking up disappointed, "if i wasnt around", waiting for it to be over, thinking about a
# method while passing it (platform, road, river), hidden or gathered means, farewells that
# never say goodbye (recipients listed, passwords left, "so theres less to sort out"), acts
# told through symptoms ("dizzy after what i took"), and ordinary contexts that look risky
# (school letters, a phone dying, shaving cuts, titles, a cat on the roof).
_QTY = (r"(?:(?:a bunch of|bunch of|a load of|a lot of|loads of|lots of|all (?:of )?(?:my|the)|"
        r"double|triple|the whole|a whole|\d+ of (?:my|the)|\d+) (?:\w+ ){0,2}(?:<PILLS>|pills|"
        r"tablets|stuff|them|of them|of it|strip|packet|bottle|box)|everything|whatever|what i had|"
        r"them all|all of them|my (?:mums|moms|dads|nans|grans|sisters|brothers|parents) "
        r"(?:<PILLS>|tablets|pills|meds))")
_SYMPTOM = (r"(?:dizzy|sleepy|drowsy|floaty|spinning|throwing up|threw up|being sick|numb|"
            r"cant feel|tingly|blurry|cant see|heart (?:is )?(?:going|racing|beating|pounding)|"
            r"kicking in|starting to work|starting to feel it|feel it now|shaky|passing out|"
            r"pass out|throat (?:is )?burning|cant breathe|everything is floaty)")
RISK_RULES["sh_ideation"] += [
    ("tired_being", (r"(?:tired|sick|exhausted|done|so done) (?:of|with) (?:being (?:a person|a human|"
                     r"human|alive|here|around)|existing|being me anymore)|(?:scared|afraid) of "
                     r"(?:living|being alive)|(?:being alive|living|to live) (?:for )?another "
                     r"(?:\d+|\w+) (?:years|decades)")),
    ("still_here", (r"(?:ugh|damn|disappointed|annoyed|sad|upset|angry|mad|sigh|great)(?: ,)? "
                    r"(?:that )?(?:im |i m |i am |i was |i )?still (?:here|alive|breathing)(?: ,|$| again|"
                    r" lol| sadly| unfortunately| and| ugh)|"
                    r"why (?:do i|should i) (?:even )?(?:bother )?(?:wake|waking|get|getting) up|"
                    r"(?:woke|wake|waking) up (?:\w+ ){0,3}(?:disappointed|annoyed|sad|upset)"
                    r"(?: that (?:im|i m|i am|i) still)?")),
    ("everything_stop", (r"(?:want|need|wish|wanted) (?:for )?(?:it all|everything|all of it|"
                         r"all of this|all this) to (?:just )?(?:stop|end|be over)"
                         r"(?:$| ,| and| like| permanently| forever| for good)|(?:want|need|wish|"
                         r"wanted) (?:for )?(?:it|this) to (?:just )?(?:stop|end|be over) "
                         r"(?:permanently|forever|for good)")),
    ("if_not_around", (r"(?:easier|better|lighter|happier|calmer|less stress\w*|one less|stop "
                       r"fighting|stop arguing|be fine|be okay|be ok) (?:\w+ ){0,4}if i "
                       r"(?:just )?(?:wasnt|werent|was not|were not|didnt exist|wasnt even) "
                       r"(?:here|around|in the picture|alive|there|in the way|born)|if i (?:just )?"
                       r"(?:wasnt|werent|was not|were not) (?:here|around|in the picture|alive) "
                       r"(?:\w+ ){0,4}(?:would|will|d|could) (?!you|u)|(?:theyd|theyll|they would|"
                       r"they d|everyone would|everyone d|we d) be (?:\w+ )?(?:lighter|better|"
                       r"happier|calmer|easier) without me")),
    ("noticed_gone", (r"(?:anyone|anybody|any one|no one|nobody|noone|people) (?:would |will |d )?"
                      r"(?:even )?(?:notice|noticed|realise|realize|realised|realized|care|cared)"
                      r" (?:that )?(?:i was|i were|im|i am|i d|id) (?:gone|dead|missing|not there)|"
                      r"(?:come|came|go|turn up|show up|cry) (?:\w+ )?(?:to|at) my funeral|"
                      r"if i (?:disappeared|vanished|was gone|went missing|died) (?:\w+ ){0,3}"
                      r"(?:would|will) (?:anyone|anybody|people|they|my \w+) (?:even )?(?:look|"
                      r"notice|care|miss|realise|realize|come)|(?:imagine|imagining|picture|"
                      r"picturing|wonder|wondering|think about|thinking about) (?:\w+ ){0,5}if i "
                      r"(?:died|was dead|were dead|was gone|killed myself|wasnt here)")),
    ("waiting_over", (r"(?:waiting|wait) (?:around )?(?:to die|for death|for (?:my )?life to "
                      r"(?:be over|end))|(?:life|living|it all|everything) (?:\w+ ){0,5}waiting "
                      r"(?:for it )?to (?:be over|end)|(?:going through the motions|existing|"
                      r"surviving) (?:\w+ )?(?:till|until|til) (?:it|this|everything|life) "
                      r"(?:all )?ends")),
    ("not_around_for", (r"(?:dont|do not|didnt) (?:plan|intend|expect) (?:on|to) (?:being|be) "
                        r"(?:around|here|alive)|(?:dont|do not) think (?:ill|i ll|i will) "
                        r"(?:still )?be (?:here|around|alive) (?:in|by|for|next|much|at)|"
                        r"(?:dont|do not|not) (?:think (?:im|i m) )?(?:gonna|going to) (?:wait|"
                        r"stick|hang) around (?:to (?:find out|see)|for (?:it|that|long)|much "
                        r"longer|long)|(?:cant|cannot|can not|dont) (?:see|picture|imagine) "
                        r"myself (?:being )?(?:alive|here|around|living) (?:in|at|by|past|"
                        r"when|for)|(?:dont think (?:ill|i ll|im gonna)|doubt (?:ill|i ll)|"
                        r"i wont) make it (?:to|past) (?:\d+|christmas|summer|my birthday|"
                        r"graduation|next year|the end of)")),
    ("method_passing", (r"(?:bridge|platform|edge|tracks|train|ledge|roof|cliff|cliffs|river|"
                        r"water|sea|road|traffic|balcony|window) (?:\w+ ){0,8}(?:thought about it|"
                        r"thinking about it|think about it|staring down|stare down|looking down|"
                        r"how easy it would be|how easy itd be)|(?:think|thinking|thought) about "
                        r"(?:just )?(?:not looking|stepping (?:in|off|out)|grabbing the wheel|"
                        r"swerving|letting go|walking into|falling|jumping in|driving off|"
                        r"how easy it would be to)|(?:walk|walking|step|stepping|swim|swimming) "
                        r"(?:into|in) (?:the )?(?:sea|river|lake|ocean|water|traffic|road) "
                        r"(?:and )?(?:keep going|not (?:come|coming) back|never come back)|"
                        r"looking at (?:the )?(?:train tracks|tracks|bridge|knives|pills) "
                        r"differently")),
    ("means_on_mind", (r"(?:cant stop thinking|keep thinking|thinking|keeps? popping into my (?:head|"
                       r"mind)) about (?:the|my) (?:<MEANS>)|(?:<MEANS>) (?:\w+ ){0,5}(?:keeps?|"
                       r"keep) (?:popping|coming) (?:into|back into) my (?:head|mind)|thinking "
                       r"about how (?:id|i d|i would|i could) do it")),
    ("research_ways", (r"(?:searching|researching|looking up|googling|looked up|searched up|"
                       r"searched|researched|googled) (?:up )?ways(?: again| last night| tonight| late at night| for (?:weeks|days|months|ages|"
                       r"hours)| ,|$| to "
                       r"(?:die|do it|end it|go|kms|unalive|disappear|not wake up|od|overdose|"
                       r"make it painless|make it quick|kill myself|hurt myself))")),
    ("only_thing_stopping", (r"only (?:thing|reason|person|one|things) (?:stopping|keeping|"
                             r"holding) me (?:here|alive|going) (?:is|are)|only (?:thing|reason|person|one|things) "
                             r"stopping me (?:is|are)(?!.*(?:says no|said no|wont let|money|price|"
                             r"cost|time))|only (?:thing|reason|things) "
                             r"(?:stopping|holding) me (?:back )?from (?:doing it|ending it|"
                             r"going through|killing|jumping|taking)|only (?:thing|reason|person|"
                             r"one|things) keeping me (?:here|alive|going)|only (?:reason|thing) "
                             r"(?:im|i m|i am) still (?:here|alive|around)|(?:trying|try|tried) "
                             r"(?:so hard )?to stay (?:alive|here)(?: ,|$| but| and| for)|"
                             r"(?:harder|hard) to (?:stay alive|keep going|stay here)")),
    ("never_get_up", (r"(?:lie|lay) down and (?:never|not) (?:get|wake) up|hibernate forever|"
                      r"(?:wont|will not|dont|never) wake up (?:this time|again|tomorrow|after "
                      r"this)|(?:dont|do not|couldnt|could not|wouldnt|genuinely dont|honestly "
                      r"dont) (?:\w+ )?care (?:less )?(?:if|whether) i (?:wake up|die|live|make "
                      r"it|survive|get hit)|(?:feel like|feels like) (?:im |i m |i am )?already "
                      r"dead|(?:angry|mad|hate|regret|resent|upset) (?:\w+ ){0,2}(?:that )?i was "
                      r"(?:ever )?born|(?:hate|resent|regret) being born|(?:hope|hoping|wish|"
                      r"pray|praying) (?:\w+ ){0,3}i (?:dont|never|wont) (?:recover|survive|make "
                      r"it|get better)|(?:hope|hoping|wish|pray|praying) (?:the |my )?"
                      r"(?:plane|bus|car|train) (?:\w+ ){0,2}(?:goes down|crashes|crash)|"
                      r"(?:whatever|what) comes after (?:\w+ )?(?:is|will be|would be|has to be) "
                      r"(?:quieter|better|peaceful|nicer|easier)|toaster bath|"
                      r"(?:playlist|songs?|music|outfit) for my funeral|my funeral "
                      r"(?:playlist|songs?|outfit)|exit plan|(?:asked|asks|ask) (?:\w+ )?if "
                      r"(?:im|i m|i am|i was) (?:safe|okay|ok) and i lied|(?:not|never) "
                      r"(?:gonna|going to) do anything (?:\w+ ){0,2}(?:but|just|tho|though) "
                      r"(?:i )?(?:think|thinking|thought)")),
    ("wont_have_to", (r"(?:wont|will not|never) (?:have to|need to|got to) (?:\w+ ){0,3}(?:anything|"
                      r"anyone|any of (?:this|it)) (?:\w+ )?(?:ever again|ever)|(?:finally )?"
                      r"(?:be )?free (?:of|from) (?:all )?(?:this|it all|everything) (?:forever|for good|"
                      r"permanently)|(?:<TIME>) (?:\w+ ){0,3}(?:be )?free (?:of|from) (?:all )?(?:this|"
                      r"it all|everything)(?:$| ,)|"
                      r"(?:i wont|i will not|ill no longer|i ll no longer) (?:exist|be alive|"
                      r"be breathing)")),
]
RISK_RULES["sh_act"] += [
    ("sh_until", (r"(?:bite|bit|biting|snap|snapping|snapped|pinch\w*|scratch\w*|pick|picking|"
                  r"picked|punch\w*|hit|hitting|dig|digging|press|pressing|rub|rubbing|burn|"
                  r"burning) (?:\w+ ){0,6}(?:til|till|until|untill) (?:it|they|its|it s|i|my "
                  r"\w+) (?:is |are |s )?(?:\w+ )?(?:bruises?|bruised|bleeds?|bled|bleeding|raw|"
                  r"breaks?|broke|blisters)|(?:carved|carve|carving|scratched|scratch|etched|"
                  r"cut|cutting) (?:\w+ ){0,3}into my (?:arms?|thighs?|legs?|skin|wrists?|"
                  r"stomach|hips?|hand)|(?:punched|hit|kicked|headbutted) (?:the |a )?(?:wall|"
                  r"door|mirror) on purpose|on purpose so (?:it|my \w+|i) (?:would |will |d )?"
                  r"(?:hurt|bleed|bruise)|(?:picking|pick|scratching) at (?:my )?(?:scars|"
                  r"scabs|cuts) so (?:they|it) (?:never|dont|wont|cant) heal|(?:want|wanna|need|"
                  r"urge) (?:\w+ )?to make (?:new|more|fresh) (?:ones|cuts|marks|lines)")),
    ("sh_hiding", (r"(?:hide|hiding|cover|covering) (?:up )?my (?:arms|legs|wrists|thighs|cuts|"
                   r"scars|marks)|(?:places|somewhere|anywhere) (?:\w+ )?to (?:hide|cut) "
                   r"(?:it|them)|(?:stop|quit|stopping|quitting) (?:cutting|sh|shing|self "
                   r"harming|harming myself|hurting myself)|sh ing|shing|sh ed")),
    ("purging", (r"(?:made|make|making|makes) myself (?:sick|throw up|vomit|puke)")),
    ("relapse_urge", (r"(?:\d+|a few|two|three|six) (?:days|weeks|months) clean and (?:\w+ ){0,3}"
                      r"(?:want|wanna|about to|gonna|relapsed|slipped)|(?<!almost )(?<!nearly )"
                      r"relapsed (?:after|again|"
                      r"last night|today|yesterday)")),
]
RISK_RULES["sh_acted"] += [
    # batch 10: "took some of my nans tablets , everything is spinning"
    ("took_symptom", (r"(?:took|taken|swallowed|downed|drank|popped) (?:\w+ ){0,2}" + _QTY +
                      r" (?!(?:\w+ ){0,6}(?:by accident|by mistake))(?:\w+ |, ){0,12}" + _SYMPTOM +
                      r"|(?:took|swallowed|downed|taken) "
                      r"(?:them|it all) (?:\w+ ){0,9}" + _SYMPTOM + r"|" + _SYMPTOM +
                      r" (?:\w+ ){0,4}(?:from|after|since) (?:what|whatever|the stuff|all the "
                      r"stuff|everything|the (?:pills|tablets|meds)) (?:i|ive) (?:just )?"
                      r"(?:took|swallowed|had|drank|taken)|(?:stuff|pills|tablets|meds|what|"
                      r"whatever) i (?:took|swallowed|had) (?:\w+ ){0,2}(?:is |are )?"
                      r"(?:kicking in|starting to work|working)|(?:from|after) (?:the )?"
                      r"(?:pills|tablets|meds) (?:i think )?(?:its|theyre|it s) working")),
    ("took_saved", (r"(?:took|swallowed|used|downed) (?:what|everything|all(?: of)? what) "
                    r"(?:i|ive) (?:had )?(?:saved|stockpiled|collected|hoarded|been saving)|"
                    r"(?:swallowed|took|downed) (?:the |a )?(?:whole|entire|full) (?:strip|"
                    r"sheet|blister|tub|jar|packet|pack|box|bottle)|(?:took|taken|swallowed) "
                    r"(?:double|triple|twice|three times) (?:my |the )?(?:\w+ )?(?:<PILLS>|"
                    r"dose)(?! by (?:accident|mistake))|(?:drank|downed|took|had) (?:\w+ ){0,4}"
                    r"(?:vodka|whisky|whiskey|alcohol|wine|gin|rum|booze) (?:\w+ ){0,2}(?:with|"
                    r"and) (?:the |my |some |all (?:the |my )?)?(?:<PILLS>)|(?:drank|drink|"
                    r"swallowed|drinking) (?:something|stuff|some) (?:from )?under the "
                    r"(?:kitchen |bathroom )?sink")),
    # depth, soaking and torn skin only about a cut: not "the conversation went so deep",
    # "my towel is soaked after swim", "my thighs are wrecked after leg day" (a second
    # reader's probes)
    ("too_deep", (r"(?:cut|cutting) (?:way )?(?:too|to|so) deep|(?:went|gone|go) (?:way )?(?:too|"
                  r"to) deep|^(?=.*(?:cut|blade|razor|blood|bleed|wound|stitches|relaps\w*|clean "
                  r"for|sh|gaping|too deep|to deep|count)).*?(?:(?:went|gone|go) (?:way )?so deep|(?:deeper|"
                  r"deep) than (?:normal|usual|ever|before|i meant|i wanted|last time)|(?:never|not) "
                  r"been this deep|(?:towel|towels|sleeve|tissues|hoodie) (?:\w+ ){0,2}(?:is |are )?"
                  r"soaked|my (?:wrists?|arms?|thighs?) (?:are|is) (?:\w+ )?(?:a state|wrecked|"
                  r"shredded))|(?:see|seeing) (?:the )?(?:white|yellow|fat) (?:layer|stuff|bit|"
                  r"tissue)|(?:towel|towels|sleeve|tissues|plasters|bandage|bandages|plaster|"
                  r"hoodie) (?:\w+ ){0,2}(?:is |are )?(?:soaked (?:in|with|through) (?:blood|red)|"
                  r"all red|covered in blood|full of blood)|bleeding (?:thru|through) (?:the |my )?(?:plasters|plaster|bandage|"
                  r"bandages|sleeve|towel)|my (?:wrists?|arms?|thighs?) (?:are|is) (?:\w+ )?"
                  r"(?:a mess|cut up|torn up)")),
    ("around_neck", (r"(?:cord|rope|belt|noose|scarf|cable|wire|tie|sheet) (?:is |s )?(?:around|"
                     r"round) my neck|tied (?:the |a |my )?(?:thing|it|rope|belt|cord|scarf|sheet|"
                     r"noose) (?:to|around|onto|on) (?:my |the )?(?:wardrobe|door|doorframe|door "
                     r"frame|bannister|banister|beam|rail|pole|hook|bed frame|closet rod|loft)|"
                     r"jumped (?:off|from) (?:the |a |my )?(?:\w+ ){0,2}(?:balcony|bridge|"
                     r"window|building|car park|multi storey|overpass)(?! into| with)|"
                     r"(?:wrong|other|far) side of the (?:railing|railings|barrier|fence)|"
                     r"(?:im|i m|i am|sitting|standing|stood) (?:\w+ )?(?:on|at) the (?:roof|"
                     r"edge) of (?:the |a )?(?:car park|multi storey|multistorey)")),
]
_TRAVEL_B3 = (r"(?!.*(?:trip|holiday|holidays|vacation|camp|flight|abroad|exchange|sleepover|"
              r"moving|party|school|class|practice))")
RISK_RULES["sh_farewell"] += [
    ("farewell_b3", (r"(?:last|final) time (?:youll|you ll|you will|anyone|u ll|ull|you|u) "
                     r"(?:\w+ )?(?:hear from me|see me|talk to me|hear of me)|the last (?:person|one) "
                     r"(?:im|i m|i am|ill|i ll|i will|i) ?(?:talking|talk|speaking|texting|saying "
                     r"(?:bye|goodbye)) to|(?:wont|will not|never) hear from me again|"
                     r"(?:tomorrow|again|anymore) or ever|(?:wont|will not|not gonna|not going to|"
                     r"stop being|no longer be) (?:be )?(?:a |such a )?(?:problem|burden|bother) "
                     r"(?:for|to anyone for)? ?(?:much|very) ?(?:longer|long)|(?:stop being|"
                     r"no more being|wont be) (?:a |such a )?(?:burden|problem) (?:<TIME>)|"
                     r"(?:nobody|no one|noone|you|they|everyone) (?:has|have|will have|needs|"
                     r"need|wont have|will need) to (?:put up with|deal with|worry about) me "
                     r"(?:anymore|after|again|ever)|after (?:<TIME>) (?:nobody|no one|noone) "
                     r"(?:has|will|needs)|(?:youre|ur|you are|u r|this chat is|this is) the last "
                     r"(?:person|one|place) (?:im|i m|i am|ill|i ll|i will|i)? ?(?:talking|"
                     r"talk|speaking|texting|saying)(?!.*(?:going to sleep|gonna sleep|bed|gn|good "
                     r"night|goodnight|tonight))|(?:goodnight|good night) forever|"
                     r"(?:logging|signing|log|sign) off (?:for good|forever|permanently)|"
                     r"(?:dont|do not) (?:try (?:and |to )?)?(?:find|look for|come looking for|"
                     r"search for) me(?! (?:at|in|after|before|until|till|today|during|tomorrow|later|"
                     r"on|by|near))(?!.*(?:library|hiding in|class|school|hide and seek|game|surprise))|"
                     r"(?:doesnt|dont|didnt|does not|wont) know (?:its|it s|it "
                     r"was|it is|this is|that its) the last (?:time|day)(?! before| of| at)|(?:my )?last (?:day|"
                     r"time|week|night) (?:\w+ ){0,4}(?:and )?(?:nobody|no one|noone) (?:even )?"
                     r"(?:knows|know|noticed|notices)|(?:wont|will not) (?:see|hug|hold|"
                     r"talk to) (?:her|him|them|you|u|my \w+) (?:again(?! till| until| til| for| before| "
                     r"since| in| at| next| when)(?!.*(?:rude|annoying|mean|so mad|hate him|hate "
                     r"her|blocked|toxic|ex))|after (?:<TIME>))|"
                     r"(?:writing|wrote|written|write|finished|finish) (?:my|a|the) goodbyes?(?:$| ,| rn| now| post|"
                     r" letters?| notes?| video| message| to (?:every|my|them|all))|"
                     r"(?:my )?last goodbyes|(?<!story )so (?:people|ppl|everyone|they|you|u|my \w+) "
                     r"(?:know|knows|understand|will know) why(?! i (?:missed|wasnt|was late|left|"
                     r"skipped))|(?:one (?:more|last) time|once "
                     r"more) before i(?! (?:go (?:home|back|to (?:bed|sleep|school|class|work))|sleep|leave|start|move|"
                     r"finish|graduate|head|get))|(?:go|leave|die|do it) without (?:telling|saying "
                     r"(?:bye|goodbye) to) (?:anyone|someone|you|everyone|anybody)(?<!cant leave without saying "
                     r"bye to you)(?<!cant go without saying bye to you)" + _TRAVEL_B3 + r"|(?:recorded|made|"
                     r"filmed|left) (?:a |my )?(?:video|voice note|voice message|message|letter|"
                     r"note) (?:for|to) (?:my )?(?:\w+ )?(?:explaining|to explain|so (?:they|she|"
                     r"he) (?:know|knows|understand))|(?:tomorrow|tmrw|christmas|the weekend|"
                     r"next week|summer) (?:wont|will not|isnt going to|is not going to) "
                     r"(?:happen|come) for me|(?:said|say|saying) (?:sorry|goodbye|bye|my "
                     r"goodbyes) to (?:every ?one|everybody|all|the people) (?:i )?(?:needed|"
                     r"wanted|had) to|if (?:\w+ ){0,4}(?:ends|stops|breaks|dont reply|stop "
                     r"replying|never reply|go quiet|goes quiet) (?:\w+ ){0,2}(?:thats|that s|"
                     r"that is) why|(?:im )?sorry (?:i couldnt be|i wasnt|for not being) "
                     r"(?:\w+ )?(?:stronger|strong enough|enough|better)(?: ,)? (?:love|bye|"
                     r"goodbye|x|forgive)|thanks for trying(?: to help| with me)?(?: ,)? (?:bye|goodbye|but its "
                     r"too late|its too late|i love)|(?:wanted|want) to say "
                     r"goodbye properly|(?:one|a) (?:last |final )?(?:good |nice )?day before "
                     r"(?:<TIME>|i go|i do it|the end|it ends)|(?:ill be|i ll be|i will be|im|"
                     r"i m|i am) (?:\w+ )?(?:asleep|sleeping|resting|gone) (?:for good|forever|"
                     r"permanently)(?! lol)|(?:notes?|letters?|videos?|messages?|wrote|written|writing|recorded)"
                     r"(?: \w+| ,){0,4} one for (?:my )?(?:mum|"
                     r"mom|dad|sister|brother|nan|gran|best friend) (?:,|and)? ?one for")),
    ("leave_behind", (r"(?:gave|given|giving|give) (?:\w+ ){0,6}(?:keep (?:them|it) (?:forever|for "
                      r"good)|to remember me|when im not here)|(?:doesnt|dont|wont) matter "
                      r"(?:\w+ ){0,2}where im going(?=$| lol| tbh| anyway| fr| ngl)|(?:wont|will not|not gonna|not going to|dont) "
                      r"need (?:\w+ ){1,3}(?:where im going|where i m going)(?=$| lol| tbh| anyway| fr| ngl)|(?:so|then) (?:she|he|"
                      r"they|my \w+|someone|somebody) (?:can|will|could) (?:have|get|keep|use|"
                      r"access) (?:my|it|them|everything) (?:\w+ ){0,2}(?:after|when im gone|"
                      r"once im gone)(?:$| ,)|(?:can|could) (?:keep|have) my (?:\w+ ){1,2}(?:, )?"
                      r"(?:i )?(?:wont|will not|not gonna) (?:be using|need|use)|(?:dont|wont|not)"
                      r" (?:want to )?leave (?:any )?(?:debts?|mess|a mess|anything|loose ends) "
                      r"behind|(?:tying|tie|tied) up (?:all )?(?:my )?loose ends|so (?:theres|there "
                      r"is|there s) less for (?:\w+ ){0,2}to (?:sort|deal with|clean|go through)|"
                      r"(?:leaving|left) (?:everything|all my (?:stuff|things)|my (?:stuff|things))"
                      r" to (?:my|her|him)|(?:look after|take care of|feed) my (?:\w+ ){0,2}"
                      r"(?:forever|for good|permanently)|(?:its|it s|it is) not (?:really )?for a "
                      r"(?:bit|while|few days)")),
]
RISK_RULES["sh_means_query"] += [
    ("query_b3", (r"(?:looked up|googled|searched|searched up|checked|read up on|researched) how "
                  r"(?:many|much) (?:it takes|it would take|itd take|it would be|would|would it take|you need|is enough|is too much|"
                  r"is lethal|till|until|before)(?!(?: \w+){0,2} to (?!die|kill|overdose|od |end|not wake|do "
                  r"it)\w)|(?:does it hurt|is it painful|would it hurt|do "
                  r"(?:u|you) just (?:fall asleep|pass out|die)) (?:\w+ ){0,3}(?:if|when) (?:u|"
                  r"you|i|someone) (?:take|takes|swallow|swallows|jump|jumps|od|overdose)|"
                  r"(?:<PILLS>|pills|tablets) (?:\w+ ){0,3}(?:be |is |are )?enough to (?:do it|"
                  r"end it|die|kill)|make it look like an accident")),
]
# means staged, gathered or hidden for later: high on its own ("means at hand")
RISK_RULES["sh_plan"] = [
    ("staged", (r"(?:<PILLS>|pills|tablets|razor|blade|blades|rope|knife) (?:is |are )?in my "
                r"(?:\w+ )?(?:pocket|bag|sock|drawer|pencil case)(?: \w+){0,3} (?:waiting|ready|"
                r"for when|for tonight|until|till)|(?:keep|keeping|kept|hid|hide|hiding|hidden|"
                r"stashed|stash) (?:\w+ ){0,2}(?:<PILLS>|pills|razor|blade|blades|rope|knife) "
                r"(?:\w+ ){0,4}(?:for when i|so (?:theyre|they re|its|it s|they are|it is) ready|"
                r"until i (?:need|do))|all the (?:<PILLS>|pills|tablets) i (?:could )?(?:find|"
                r"found|get|got)|(?:deciding|decide|decided|picked|picking|chose|chosen) which "
                r"(?:train|bridge|tree|cliff)(?! (?:to (?:take|catch|get|ride|book|use)|goes|stops|is "
                r"(?:faster|cheaper|better)|line|ticket))|(?:know|picked|found|chosen) (?:exactly )?which "
                r"(?:tree|bridge|cliff|overpass)|(?:didnt|did not|wasnt|not) (?:take |do |"
                r"have |use )?enough (?:last time|before|the first time|the last time)|last time "
                r"i (?:didnt|did not) (?:take|do|have|use) enough|(?:have|got|saved) enough "
                r"(?:saved|now|this time)(?: \w+){0,4} (?:wont|never|not) wake")),
]
RISK_RULES["sh_means"] += [
    ("means_b3", (r"(?:vodka|whisky|whiskey|alcohol|wine|gin|rum) (?:\w+ ){0,4}(?:<PILLS>)|"
                  r"(?:been keeping|keeping|hid|hidden|stashed|stole|stolen|nicked|snuck|sneaked) "
                  r"(?:\w+ ){0,4}(?:<MEANS>)|(?:had|have had|ive had) (?:\w+ ){0,3}(?:<MEANS>)"
                  r" (?:\w+ ){0,4}for (?:\d+|two|three|a few) (?:weeks|days|months)|"
                  r"(?:on|at) the (?:top floor|roof|top) of (?:the |a )?(?:car park|multi storey|"
                  r"multistorey|parking garage)|which trains? (?:doesnt|dont|does not|wont|will "
                  r"not) stop|(?:counted|count) (?:the|my|all the|all my) (?:pills|tablets|<PILLS>) "
                  r"(?:\w+ )?(?:twice|again|out|up)|(?:counted|count) (?:them|it all|everything) "
                  r"(?:\w+ )?(?:twice|again|out|up)(?=.*(?:pills|tablets|<PILLS>|(?:its|it s|thats|that s|"
                  r"should be|is that|is it|that is) (?:\w+ )?enough))|(?:<PILLS>) "
                  r"(?:\w+ |, ){1,10}(?:counted|count) (?:them|it all|everything) (?:\w+ )?"
                  r"(?:twice|again|out|up)|know where the (?:key|keys|code) (?:is|are|to)|"
                  r"(?:<MEANS>) (?:\w+ ){0,3}(?:just in case|under my (?:bed|mattress|matress|"
                  r"pillow))")),
]
RISK_RULES["sh_intent"] += [
    ("intent_b3", (r"(?:ive|i have|i) (?:picked|chosen|chose) (?:one|a method|the method|how)|"
                   r"(?:finally )?(?:go|going|went) through with it|(?:for|until) when i "
                   r"(?:finally )?(?:do it|need (?:it|them))|so (?:theyre|they re|its|it s|they "
                   r"are|it is|everything is) ready|(?:its|thats|it s|should be|that s|theyre|"
                   r"they re) (?:more than )?enough(?: now)?$|made my (?:choice|decision)(?: ,| "
                   r"and|$)|at peace with (?:it|my decision|my choice)|(?:got|have) it all "
                   r"(?:worked out|planned|figured out|sorted)")),
    ("intent_strong_b3", (r"(?:todays|tonights|tomorrows|today s|tonight s) the (?:day|night)|"
                          r"(?:worked out|figured out|know|checked) when (?:no ones|nobodys|no "
                          r"one is|nobody is|no one s|no one will be|nobody will be) (?:home|in|"
                          r"around)|(?:need|waiting for|wait for) the (?:house|flat) (?:to be )?"
                          r"(?:empty|to myself)|(?:everythings|everything is|its all|it s all) "
                          r"(?:ready|set|sorted|prepared)(?: \w+){0,6} (?:courage|guts|nerve|"
                          r"brave enough)|if (?:nothing|things|it) (?:\w+ ){0,2}(?:changes?|"
                          r"changed|gets? better|improves?|improved)(?: \w+){0,4} (?:id|i d|i "
                          r"would|ill|i ll|i will|im gonna|im going to) (?:do it|end it|go "
                          r"through with it)|(?:calm|peaceful|at peace|relieved|ready) (?:\w+ )"
                          r"{0,6}(?:its|it s|it) (?:ending|over|ends) (?:<TIME>)")),
]
RISK_RULES["ab_ongoing"] += [
    ("abuse_b3", (r"(?:got|get|gets|getting) (?:the belt|the slipper|the wooden spoon|hit|beaten|"
                  r"smacked|slapped|whipped|hit with (?:\w+ )?\w+) (?:again )?(?:for|because|bc|"
                  r"when|if) (?:my|i|talking|being|not|getting|forgetting|answering|crying)|"
                  r"(?:got|get|gets|getting) the belt|(?:grabbed|grabs|held|holds|pinned|lifted|"
                  r"dragged|drags) me (?:up )?by (?:the|my) (?:neck|throat|hair)|(?:keeps?|kept) "
                  r"making me do (?:things|stuff)|(?:no one|nobody|noone) (?:will|would|ll|is "
                  r"gonna|gonna) (?:ever )?believe me(?! (?:when i (?:say|tell)|but|lol|that i (?:got|saw|won|"
                  r"did|met)|if i (?:say|said) i))|(?:wont|doesnt|won t) let me leave (?:his|"
                  r"her|their) (?:flat|house|room|car|place)|(?:dad|father|stepdad|he|hes) "
                  r"(?:\w+ ){0,2}(?:hitting|beating|hurting|choking) (?:my )?(?:mom|mum|mother|"
                  r"her) (?:\w+ )?(?:right now|rn|again)|(?:hes|shes|he s|she s) started "
                  r"touching my|touching my (?:leg|thigh|knee) under")),
]
RISK_RULES["ab_danger"] += [
    ("danger_b3", (r"cant go back (?:there|home) (?:<TIME>)|cant go back home (?:again|ever)|(?:said|says|threatened|"
                   r"threatens|told me) (?:\w+ ){0,6}(?:hell|he ll|he will|shell|she ll|she will|"
                   r"hed|he d|shed|she d|theyll|they will|theyd) (?:\w+ )?(?:break|kill|hurt|beat|"
                   r"smash|snap|cut|burn) (?:my|me)|(?:someone|somebody|a man|a guy|he|hes|he s|she|shes|"
                   r"they|theyre|my (?:dad|ex|stepdad|mom|mum)) (?:\w+ ){0,3}outside my (?:house|door|"
                   r"window|room) (?:\w+ ){0,4}(?:scared|terrified|afraid|wont leave)|(?:scared|"
                   r"terrified|afraid) (?:\w+ ){0,4}(?:someone|somebody|a man|a guy|he|hes|he s|she|"
                   r"shes|they|theyre|my (?:dad|ex|stepdad|mom|mum)) (?:\w+ ){0,3}outside my "
                   r"(?:house|door|window|room)")),
]
RISK_RULES["ab_grooming"] += [
    ("grooming_b3", (r"(?:says|said|tells me|told me) (?:im|i m|i am) (?:so |more |really |very )?"
                     r"mature (?:for my age|than (?:the other |other )?(?:girls|boys|kids|people my age|"
                     r"kids my age|girls my age|boys my age))|(?:drive|take|pick) me (?:\w+ )?(?:home )?alone|"
                     r"(?:man|guy|he|older|adult|neighbour|neighbor|teacher|coach|uncle|next door)"
                     r" (?:\w+ ){0,3}(?:gives|give|gave|buys|bought|offers|offered|sends) me "
                     r"(?:\w+ ){0,2}(?:vapes|money|alcohol|weed|gifts|presents|cigarettes|drinks)"
                     r" (?:if|as long as|for (?:pics|photos|pictures|keeping|not telling|hugs?|"
                     r"sitting|coming)|when (?:i (?:come|visit|sit|keep|dont tell)|nobody))|(?:shouldnt|should not|cant|mustnt|not to) "
                     r"tell (?:anyone|anybody|my parents|my mum|my mom|my dad) (?:cause|because|"
                     r"bc|cos|coz) (?:they|people) (?:wouldnt|wont|would not|dont) (?:get it|"
                     r"understand)|(?:met|meet) (?:\w+ ){0,2}(?:online|in a game|on discord|on "
                     r"roblox|on snap) (?:\w+ ){0,6}(?:see him|visit him|train|ticket|uber|his "
                     r"house|his place)|(?:has|have|got) my (?:pics|pictures|nudes|photos|videos)"
                     r" (?:\w+ ){0,6}(?:or (?:theyll|they ll|hell|he ll|shell|they will)|unless|"
                     r"if i dont|wants? more)|if i dont (?:pay|send) (?:\w+ ){0,5}(?:send|post|"
                     r"share|leak|tag|show) (?:it|them|my|the)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b3", (r"(?:bruises|bruise|marks|black eye) (?:\w+ ){0,6}(?:hoodie|long sleeves|"
                    r"makeup|concealer|cover (?:them|it)|hide (?:them|it))|(?:bruises?|marks|black eye|"
                    r"cuts|scratches|my (?:arm|face|neck|wrist|eye|lip)) (?:\w+ |, ){0,10}(?:told|"
                    r"tell|telling|said) (?:\w+ ){0,2}(?:it was|i got it|its from|i got them) "
                    r"(?:football|rugby|netball|hockey|pe|sport|the door|a door|an accident|my "
                    r"bike)|(?:told|tell|telling|said) (?:\w+ ){0,2}(?:i got it|its from|i got them) "
                    r"(?:football|rugby|netball|hockey|pe|sport|the door|a door|my bike)|(?:comes|came|keeps "
                    r"coming|still comes|sneaks|creeps) in(?:to)? (?:my )?(?:room|bed) at night|(?<!cat )(?<!dog )(?<!kitten )(?<!puppy )"
                    r"(?:comes|came|keeps coming|sneaks|creeps) in at night|"
                    r"(?:used to|would) do (?:weird |bad |gross |sexual )?(?:stuff|things) "
                    r"(?:to me|when i|with me)|(?:dont know|idk|not sure|wondering) if what (?:he|"
                    r"she|they|my \w+) (?:did|does|used to do) (?:was|is) (?:wrong|okay|ok|"
                    r"normal|abuse)|groomed|(?:hold|held|pin|pinned) me down|(?:mum|mom|dad|parents|"
                    r"stepdad|stepmom|they) (?:\w+ )?(?:always |often |just )?forgets? (?:i exist|"
                    r"about me|im there|to feed me|to pick me up)|(?:mum|mom|dad|parents|stepdad|stepmom) (?:\w+ )?drinks "
                    r"(?:a lot|too much|every night|all the time)(?! (?:of )?(?:coffee|water|tea|milk|"
                    r"coke|energy|juice|pop|soda|diet|monster|red bull|smoothies?))|(?:put|puts|putting) (?:his|her) "
                    r"hands? on my (?:leg|thigh|back|knee|waist|bum|butt)|punished by (?:(?:being|getting|"
                    r"having to) (?:locked|hit|beaten|starved|sleep|not (?:eat|fed))|sleeping (?:in|on)|"
                    r"not (?:eating|getting (?:food|dinner|fed)))|(?:made|had|"
                    r"have) to sleep (?:in|on) the (?:garage|floor|porch|shed)(?!.*(?:sleepover|camp|"
                    r"trip|hotel|party|friends|cousins|grandmas|festival))|if i (?:say|tell) "
                    r"(?:anything|anyone) (?:\w+ ){0,5}(?:loses|lose|will|get|gets|go to|in "
                    r"trouble|break up|split|my fault)|(?:has|still has|kept|have) (?:\w+ )?"
                    r"(?:pics|nudes|pictures|photos|videos) of me (?:\w+ ){0,8}(?:scared|afraid|"
                    r"worried|threat\w*|use them|post|leak|share)|footsteps (?:\w+ ){0,3}(?:outside|"
                    r"by|at) my (?:door|room)")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b3", (r"(?:im|i m|ill|i ll|i will|gonna|going to) (?:bring|bringing|take|taking|carry|"
                 r"carrying) something(?: (?:in|with me|to school|into school|next time|tomorrow|"
                 r"then))?(?:$| ,)|(?:everything|what|all the things) (?:im|i m|i am) (?:gonna|"
                 r"going to) do to (?:him|her|them)|(?:written|wrote|writing) down (?:his|her|"
                 r"their) address|(?:where|which \w+|what \w+) (?:he|she|they) (?:lives|gets|takes|"
                 r"drives|parks|walks|goes)(?: \w+){0,4}(?: ,)? (?:ill|i ll|i will|im gonna) "
                 r"(?:be (?:there|waiting)|get (?:him|her|them)|wait)|(?:planning|plan|planned)"
                 r" (?:how )?(?:to )?make (?:\w+ ){1,5}(?:pay|suffer|regret it)|"
                 r"(?:bringing|brings|bring|has|got|carrying) (?:a |his |her |my )?(?:machete|"
                 r"knife|blade|hammer|axe)(?: ,|$| and| for| tomorrow| tonight| to)(?! #)(?!.*(?:cake|cook\w*|"
                 r"bread|camping|kitchen|fruit|carv\w*|pumpkin|whittl\w*|dinner|fishing|knife set|"
                 r"picnic|chef|butter|apple|steak|pizza|birthday|bday|christmas|xmas|"
                 r"knife safety))|(?:dont|do "
                 r"not) (?:come|go) (?:in )?to school (?:\w+ ){0,3}(?:trust me|just trust me|i "
                 r"mean it|youll see|you ll see|dont ask)|(?:bringing|bring|taking|carrying|"
                 r"sneaking) (?:\w+ ){0,3}(?<!nerf )(?<!water )(?<!toy )(?<!glue )(?<!airsoft )"
                 r"(?<!paintball )(?<!squirt )(?<!bb )(?<!foam )(?:gun|guns|pistol|rifle|shotgun)(?! hunting| to the "
                 r"range| to (?:the )?(?:range|shooting|hunt))|(?:blade|knife|gun|pistol) "
                 r"(?:\w+ ){0,10}(?:im|i m) using it")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b3", (r"(?:thoughts|thinking|urges?|dream|dreaming|fantasize|fantasizing) (?:\w+ ){0,2}"
                 r"(?:to|about|of) (?:pushing|hurting|harming|hurt|harm|stab|stabbing|push|kill|"
                 r"killing) (?:people|someone|somebody|him|her|them|the \w+|my \w+)|(?:hope|wish|"
                 r"want) something (?:bad|terrible|awful|horrible) (?:happens|to happen|would "
                 r"happen) to (?:him|her|them|my \w+)|(?:picture|imagine|imagining|picturing) "
                 r"(?:\w+ ){0,6}(?:hurt|hurting|stab|stabbing|kill|killing|punch|punching|beat|"
                 r"beating) (?:him|her|them|my \w+|someone|people)|(?:dreamt|dreamed|dream|dreams|"
                 r"dreaming) (?:about |that )?(?:i )?(?:stabbed|killed|hurt|shot|strangled|"
                 r"murdered|stabbing|killing|hurting) (?:my|him|her|them|someone|people)|"
                 r"(?:want|wants|wish|hope) (?:them|him|her|em|every ?one|people|every ?body|"
                 r"someone) (?:all )?to (?:feel (?:pain|what i felt|what i feel|the pain|it|scared|"
                 r"afraid|hurt|the way i|how i|as (?:much|bad)|(?:\w+ )?pain)|suffer|hurt|pay|die|get hurt)(?! (?:for (?:the|my|our) (?:pizza|"
                 r"food|tickets|lunch|dinner)|me back|back))|(?:if i|what if "
                 r"i) (?:brought|bring|took) something (?:in|to school|into school)|(?:strong|"
                 r"big|brave) enough to (?:hurt|break|punch|beat|kill|hit|fight) (?:him|her|them|"
                 r"his|their)|(?:thinking|think|thought|dream|dreaming|obsessed|obsessing|"
                 r"fantasize|fantasise) (?:about|of|with) (?:getting |taking )?(?:my )?revenge|"
                 r"(?:dont|do not|idk|dont even) know what (?:im|i m|ill|i ll|i will|i might|id)"
                 r" (?:gonna |going to )?do to (?:him|her|them|\w+)|(?:one more time|too far) "
                 r"(?:\w+ ){0,6}(?:dont know|idk|no idea) what (?:im gonna|ill|i ll|i will|i "
                 r"might) do|(?:fantasise|fantasize|fantasising|fantasizing|dream|dreaming|"
                 r"imagine|imagining|picture|picturing) about (?:him|her|them|my \w+) (?:ending "
                 r"up|being|getting) (?:in hospital|in the hospital|hurt|dead|hit|beaten)|"
                 r"(?:threw|thrown|throw) (?:a |the )?(?:chair|desk|table|rock|brick|bottle) at "
                 r"(?:someone|him|her|them|a \w+|my \w+)|(?:pays?|will pay|gonna pay) for what "
                 r"(?:he|she|they) (?:did|done|said)")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b3", (r"(?:havent|not|cant) (?:stopped|stop) (?:crying|shaking|panicking|screaming) "
                  r"(?:since|for|all)|cant i stop (?:crying|shaking)|losing control(?:$| ,| and| "
                  r"again| of myself| of my (?:own )?(?:body|mind|head|thoughts|emotions|life|feelings))|(?:hearing|hear|seeing) (?:things|voices|stuff|people) (?:that "
                  r"arent|when no|nobody else|no one else)|(?:head|brain|mind|thoughts) (?:is|are) "
                  r"(?:so |too )?loud(?! with| because| from| of)|(?:ill|i ll|i will|im gonna|i am|im|i m|i feel like i|i feel "
                  r"like im|everything is|my life is) (?:\w+ )?(?:fall|falling) apart|scared to be "
                  r"(?:alone|by myself|on my own)|feel like something (?:terrible|bad|awful|"
                  r"horrible) is (?:about to|going to|gonna) happen|(?:got|been|was|just got) "
                  r"outed(?: to| at| in| by| ,|$)|(?:dont know|idk|not sure) how much (?:more|longer) i can (?:take|"
                  r"handle|do this|cope|keep)|(?:cant|cannot|barely|struggling to|can barely|trying so hard "
                  r"to) hold(?:ing)? (?:it|myself) together|trying to hold (?:it|myself) together (?:but|and)|scared of (?:my own "
                  r"(?:thoughts|head|mind|brain)|my thoughts|what im thinking)(?! sometimes)|spirall?ing|"
                  r"spiralled|heart (?:is )?(?:going|pounding|beating) (?:like \d+|so fast|really "
                  r"fast)|(?:gonna|going to) (?:faint|pass out)|(?:crawl|burst|jump) out of my "
                  r"(?:own )?skin|(?:havent|not|didnt) (?:eaten|slept) (?:\w+ ){0,3}(?:in|for) "
                  r"days|(?:walls|everything|world|it all|my life|life) (?:\w+ ){0,3}(?:is |are )?(?:caving|"
                  r"closing|crashing) in|(?:scared|afraid) (?:im|i m|ill|i ll|i) "
                  r"(?:going to|gonna|will|might) (?:lose it|snap|lose control|break)|(?:dont|do "
                  r"not) know where (?:to sleep|to stay|ill sleep|to go(?:$| ,| tonight| now| anymore))|(?:shaking|shaky|"
                  r"trembling) so (?:much|bad|badly|hard)|i need help(?! with| on| for| from| "
                  r"finding| to| picking| choosing| deciding)")),
]
THIRD_PARTY.extend([
    ("tp_b3", (r"(?:friend|best friend|bestie|bff|mate|pal|sister|sis|brother|bro|cousin|bf|"
               r"boyfriend|gf|girlfriend|classmate)(?:s)? (?:\w+ ){0,4}(?:said|says|told me|keeps saying) "
               r"(?:she|he|they)(?:s| is| are| was| d| ll)? (?:\w+ ){0,3}(?:going to jump|gonna "
               r"jump|doesnt want to (?:be here|live|be alive|exist)|dont want to (?:be here|live|"
               r"be alive|exist)|wants to die)|(?:friend|best friend|bestie|bff|mate|pal|sister|"
               r"brother|cousin|bf|gf|she|he|they) (?:\w+ ){0,3}(?:talking|talks|talked|posting|posts) "
               r"about (?:dying|suicide|killing (?:herself|himself|themselves)|ending it|not "
               r"being here)|(?:sent|texted|posted) (?:me )?a (?:picture|pic|photo) of (?:a "
               r"(?:load|bunch|lot|pile) of )?(?:pills|tablets|a knife|blood)|(?:note|letter|"
               r"message|post) (?:\w+ ){0,8}(?:meant|means) it")),
])

# --- toxicity rules ----------------------------------------------------------------------
TOX_RULES: dict[str, list[tuple[str, str]]] = {
    "tx_insult": [
        ("you_are_insult", (r"(?<!have )(?<!did )(?<!do )(?<!would )(?<!could )(?<!should )"
                           r"(?<!if )(?:<YOUARE>) (?:(?!not |never |feel |think |thought |said |say |"
                           r"ever |seen |see |saw |watch |watched |try |tried |hear |heard |"
                           r"mentioned |called |worried |worry |scared |afraid |might |may |"
                           r"seem to |i |im |me |my |myself |no |nt |isnt |arent |if |when |"
                           r"because |about )\w+ ){0,4}(?:<INSULT>)(?! to me| for me| of me"
                           # batch 10: "how do you deal with annoying siblings"
                           r"| (?:siblings?|brothers|sisters|people|ppl|teachers|parents|kids|"
                           r"classmates|friends|customers|coworkers|neighbou?rs|cousins|roommates|"
                           r"teammates|questions|things|stuff|songs|ads|comments|jokes|memes|texts|"
                           r"messages|noises|habits|rules)(?![\w#]))")),
        ("you_noun", (r"(?:you|u|ya|yu) (?:fucking |stupid |dumb |little |fat |ugly |lazy "
                     r"|worthless |absolute |total |such a |an? |utter )*(?:<INSULT>)")),
        ("insult_you", (r"(?:<INSULT>) (?:ass )?(?:you|u|ur|yourself)$|(?:<INSULT>) (?:ass )?"
                       r"(?:you|u) (?:are|r)$")),
        ("bare_insult", (r"^(?:(?:fucking|stupid|dumb|fat|ugly|lazy|little|dirty|absolute|"
                        r"total|such a|an?|ur|you|lol|lmao|omg|ok|wow|bro|damn|shut up|stfu|"
                        r"go away) )*(?:<INSULT>)(?: (?:lol|lmao|lmfao|haha|fr|tbh|honestly|"
                        r"bro|smh|af|asf|clown|ass))*$")),
        ("adj_noun", (r"(?:stupid|dumb|fat|ugly|fucking|dirty|lazy|worthless|little|freaking|"
                     r"nasty) (?:ass )?(?:bitch|whore|ho|hoe|slut|cunt|idiot|loser|moron|"
                     r"retard|fag|faggot|dyke|pig|cow|twat|bastard|prick|freak|clown|"
                     r"immigrant|immigrants)")),
        ("ur_trash_at", (r"(?:ur|youre|you re|you are|u r|u are) (?:\w+ )?(?:trash|garbage|"
                        r"terrible|useless|shit|bad|awful|the worst) (?:at|helper|listener|"
                        r"volunteer|person)|(?:worst|useless|terrible|shittiest|dumbest) "
                        r"(?:\w+ )?(?:volunteer|helper|listener|person|human)(?: ever| alive)?")),
        ("look_like", (r"(?:you|u) (?:look|sound|smell|act|talk|type|write) like (?:a |an )?"
                      r"(?:\w+ )?(?:<INSULT>|potato|pig|cow|troll|goblin|gremlin|toddler|"
                      r"five year old|5 year old|child)")),
    ],
    "tx_third": [
        ("third_insult", (r"(?:<THIRD>) (?:such |so |a |an |literally |really |fucking |total |"
                         r"complete |the biggest |a total |a complete |a dirty |a stupid |a fat "
                         r"|a dumb )*(?:<STRONG>)(?! to me| for me)")),
        ("name_is_noun", r"(?!(?:game|food|show|movie|song|wifi|weather|dog|cat|puppy|pig|this|"
                         r"that|it|homework|class|school|lunch|team|ref|season|album|book|test|"
                         r"exam|traffic|internet|phone|laptop|update|level|map|pizza|coffee|music|"
                         r"cafeteria|bus|ending|episode|hw|room|car)(?![\w#]))"
                         r"[a-z]+ is (?:such |so |a |an |literally |really |fucking |total |"
                         r"complete )*(?:bitch|whore|slut|hoe|thot|cunt|twat|retard|fag|faggot|"
                         r"idiot|moron|loser|dumbass|asshole|freak|pig|cow|skank|incel|psycho|"
                         r"creep|weirdo|clown|trash|garbage|retarded|r3tard)"),
        ("call_him", (r"(?:we|everyone|every ?body|they|people) (?:all )?(?:call|calls|called) "
                     r"(?:him|her|them|that kid|this kid|the new kid) (?:\w+ ){0,2}(?:\w+)|"
                     r"(?:we|they|everyone|people|every ?body) (?:all )?(?:throw|throws|threw|thro"
                     r"wing) "
                     r"(?:stuff|things|his stuff|her stuff|food) (?:at|in the trash)|(?:page|accou"
                     r"nt|group ?chat) to (?:roast|"
                     r"make fun of|hate on|expose|bully)|(?:lets|let s|we should) (?:all )?"
                     r"(?:spam|jump|roast|bully|beat up|attack|expose|ignore) (?:her|him|them|"
                     r"that|this|the)")),
        ("slut_shame", (r"(?:been|slept) with (?:like )?(?:half|every|all|the whole)|"
                       r"(?:easy|loose) (?:girl|slut|hoe)|(?:she|he) (?:\w+ ){0,2}(?:should|"
                       r"needs to) (?:kms|kill (?:herself|himself)|die|just die|unalive)")),
    ],
    "tx_slur": [
        ("slur", r"<SLUR>"),
        ("gay_insult", (r"(?<!im )(?<!i m )(?<!i am )(?<!me )"
                       r"(?:thats|that s|that is|thats so|ur|youre|you re|you are|so) "
                       r"(?:so )?gay(?! and| lol i| pride)|(?:ur|your|yo) (?:mom|mum|dad) "
                       r"(?:is )?gay")),
        ("xeno", (r"go back to (?:your|ur|where|the|ya) (?:own )?(?:country|countries|home ?land|"
                 r"place|where you came from|came from)|where (?:you|u) came from|"
                 r"(?:dirty|filthy|illegal) (?:immigrant|immigrants|mexican|mexicans|"
                 r"muslim|muslims|jew|jews|arab|arabs|asian|asians|african|africans)|"
                 r"(?:should|should all|need to|needs to) be deported|(?:your|ur|you) people "
                 r"(?:are|r) (?:\w+ )?(?:disgusting|animals|trash|dirty|all the same)|"
                 r"you people are all")),
        ("ableist", (r"(?:ur|youre|you re|you are|u r|u|so|such an?) (?:\w+ )?(?:autistic|"
                    r"sped|special ed|spaz|mongoloid|downie|downs)(?! and i| kid in my| too| as well| like me|"
                    r" also)")),
    ],
    "tx_attack": [
        ("attack_more", r"^(?:go )?get cancer|go back to (?:mexico|china|africa|india|syria|"
                        r"pakistan|iraq|somalia|haiti|russia|poland|your country|ur country)|or "
                        r"(?:youre|you re|ur|you are|u r) dead"),
        ("fuck_you", (r"(?:fuck|fck|fk|fuk|fuq|screw|(?<!an )(?<!a )(?<!got )f) (?:you|u|ya|yu|off|"
                     r"urself|yourself|ur|"
                     r"your|yall)(?! up| over| too much)|^fu$|^f off|"
                     r"(?:fuck|screw) (?:this|that|the) (?:volunteer|helper|bitch|idiot|"
                     r"loser|guy|person)|go fuck yourself|gfy")),
        ("shut_up", (r"stfu|gtfo|shut (?:up|the fuck up|the hell up|ur mouth|your mouth|your trap|"
                    r"ur trap|it(?! off| down| on))(?! about| lol no| no way| omg)|^shut up$|"
                    r"shut up (?:you|u|"
                    r"idiot|loser|bitch|dumb|nobody|no one|already|and)")),
        ("nobody_likes", (r"(?:no ?one|nobody|no body|not one person) (?:\w+ )?(?:likes|loves|"
                         r"wants|cares about|asked|needs|would miss|would care if) "
                         r"(?:you|u|ya)|(?:nobody|no ?one|no body) asked(?! (?:me|us|my|about me|"
                         r"how (?:i|im|my)|about my|if (?:i|my)|why i|what i|where i)"
                         # batch 9: "every day is a rerun nobody asked for": the thing is named
                         # before it and the clause ends
                         r"| for(?: (?:honestly|tbh|fr|ngl|lol|lmao|tho|though|either|anyway|"
                         r"really|at all|haha|smh))*(?: ,|$| and| but| so| i| its| it s))|"
                         r"(?:every ?one|everybody|"
                         r"we all) (?:\w+ )?(?:hates|hate) (?:you|u)|(?:you|u) have no "
                         r"(?:friends|life)|get a life|no wonder (?:(?:your|ur) (?:\w+ )?(?:parents|mom|"
                         r"dad|family|friends|ex)|nobody|no one|noone) (?:\w+ )?(?:likes?|loves?|"
                         r"wants?|left|hates?|dont|doesnt|talks)|(?:your|ur) (?:parents|mom|dad|family) (?:\w+ )?(?:hate|hates|"
                         r"dont want|doesnt want) (?:you|u)")),
        ("go_away", (r"(?<!would )(?<!will )(?<!could )(?<!should )(?<!to )(?<!might )(?<!d )"
                    r"(?:go|just) (?:away|die|cry|jump)(?: (?:loser|idiot|bitch|freak|in a hole|"
                    r"already|to your|to ur|off a bridge|off a cliff))|(?<!we )(?<!i )(?<!they )(?<!to )"
                    r"(?<!always )(?<!gonna )(?<!might )(?<!dont )(?<!did )(?<!not )(?<!ll )"
                    r"(?<!easily )(?<!could )(?<!would )get lost|nobody wants "
                    r"you here|leave,? nobody|cry about it|(?<!to )(?<!i )(?<!how to )cope (?:harder|more|and seethe)(?! \w+ly)|"
                    r"seethe|(?<!the )(?<!a )ratio(?! of)|skill issue|stop crying (?:you|u|like a)|(?<!says )(?<!said )(?<!say )(?<!to )(?<!saying )man up|"
                    r"(?:youre|ur|you are) (?:a )?waste of (?:my )?time|go cry to")),
        ("deserve", (r"(?:you|u) (?:\w+ )?(?:deserve|deserved) (?:to (?:die|suffer|be (?:bullied|"
                    r"hurt|alone|hated|raped))|it(?!.*(?:congrat|proud|happy|well done|yay|omg|amazing|"
                    r"great|good job|earned|worked|win|won|best|so much|love|rest|break|treat))|"
                    r"everything (?:that|coming)|what you get|to get hurt)|"
                    r"(?:you|u)d be better off dead|(?:you|u) should (?:\w+ )?(?:die|be dead|"
                    r"kill yourself|kys|unalive|disappear|not exist|not be alive|drink bleach|"
                    r"jump off a (?:bridge|cliff|building))|"
                    r"nobody would (?:care|notice|miss you) if (?:you|u) (?:died|disappeared)")),
        ("middle_finger", r"^fuck you$|^(?:fuck you )+$"),
    ],
    "tx_tell_harm": [
        ("kys", (r"kys|k y s|kill (?:yourself|urself|ur self|your self|yaself|yoself|"
                r"yourselves)|unalive (?:yourself|urself|ur self|your self)|"
                r"(?:^|, )(?:go|just|pls|please|plz) (?:\w+ )?(?:die|hang yourself|hang urself|"
                r"drink bleach|jump off (?:a |the )?(?:bridge|cliff|building|roof)|"
                r"overdose|od|slit (?:your|ur) wrists|neck yourself|rope)|neck yourself|"
                # said to someone: at the start of a clause, not "im gonna drink bleach tonight"
                r"(?:^|, )(?:(?:lol|lmao|bro|dude|just|go|pls|please|plz|then) )*(?:drink bleach|"
                r"jump off a (?:bridge|cliff|building))|"
                r"(?:hope|wish|pray) (?:\w+ )?(?:you|u|ur|your) (?:(?!(?:dont|don|didnt|doesnt|never|"
                r"wont|not|arent|werent|isnt)\b)\w+ ){0,2}(?:die|dies|died|"
                r"get (?:hit|cancer|raped|hurt|shot|killed|run over)|gets (?:hit|cancer|raped|"
                r"hurt|shot|killed)|choke|chokes|burn|rot|suffer|drown|disappear)")),
    ],
    "tx_threat": [
        ("beat_out_of", (r"(?:beat|kick|knock|slap|punch) the (?:shit|crap|hell|life|fuck) "
                        r"out of (?:you|u|ya|yall)")),
        ("threat_you", (r"(?:ill|i ll|i will|im gonna|im going to|gonna|going to|i am gonna|"
                       r"i am going to|imma|ima|we will|were gonna|we re gonna) "
                       r"(?:\w+ )?(?:(?:kill|beat|hurt|punch|smash|kick|rape|stab|shoot|jump|"
                       r"slap|destroy|ruin|fuck up|mess up|beat up|murder|choke|"
                       r"strangle|expose|"
                       # session 21's Scots and Geordie verbs and "ye" ("I'll batter ye at the
                       # ferry terminal if ye grass"), folded in here in session 22
                       r"batter|leather|deck|lamp|skelp|burst|twat|knock) (?:you|u|ya|ur|your|"
                       r"yall|ye|yous|youse)(?![\w#])|(?:get|find|end|break) (?:you|"
                       r"u|ya|yall)(?! a | an | some| home| at | to | something| anything| one|"
                       r" lunch| food| coffee| from| after| later| tomorrow| in | on | there| back|"
                       r" up| out| soon| next| when| tickets?| \d))")),
        ("know_where", (r"(?:i )?know where (?:you|u) (?:live|go to school|sleep)|watch (?:your|ur|"
                       r"yo) back|(?:you|u|ur) (?:better|gonna) (?:watch out|sleep with one eye)|"
                       r"make (?:your|ur) life (?:a )?(?:hell|miserable|a living hell)|"
                       r"(?:beat|kick|whoop|whip) (?:your|ur|yo) (?:ass|butt)|^(?=.*(?:dead|watch|regret|hurt|"
                       r"beat|fight|pay|sorry|bitch|loser|ass|wait for it|better run|youll see|"
                       r"you ll see)).*?see (?:you|u) after school|(?:you|u)re dead (?:meat|tomorrow|after school)|"
                       r"(?:your|ur) days are numbered|(?:im|i am) coming for (?:you|u)|"
                       r"(?:you|u) (?:will|ll|gonna|are gonna|re gonna) regret")),
    ],
    "tx_sexual": [
        ("send_nudes", (r"send (?:me )?(?:\w+ )?(?:nudes|noods|nude|pics|pictures|a pic|a picture|"
                       r"a photo|photos|feet pics|ur snap|your snap|something|a selfie|a vid)"
                       r"(?! of (?:your|ur) (?:dog|cat|homework|art|drawing|outfit))(?! (?:from|of) "
                       r"(?:the|my|our|prom|homecoming|class|school|the trip)| to (?:read|watch|"
                       r"listen)| funny| for (?:the|my|our) (?:project|yearbook|slides|group))|"
                       r"send (?:\w+ )?(?:of|pics of) (?:your|ur) body")),
        ("wearing", (r"what (?:are|r|re) (?:you|u) wearing(?! to| for| tomorrow| on (?:monday|"
                    r"friday|the))|what (?!(?:level|lesson|page|episode|ep|chapter|season|unit|floor|"
                    r"stage|bus|team|grade|question|song|book|show|team) )(?:\w+ )?(?:u|you) "
                    r"(?:got )?on "
                    r"(?:rn|right now|under)|what (?:color|colour|size) (?:is|are|r) (?:your|ur)"
                    r" (?:bra|panties|underwear|boxers|tits|boobs|dick)|what u wearing")),
        ("body", (r"show (?:me )?(?:your|ur|some|ya) (?:body|boobs|tits|ass|butt|dick|chest|"
                 r"feet|legs|nudes|bra)|(?<!listen to )(?<!take care of )(?<!love )(?:your|ur) (?:boobs|tits|"
                 r"ass|dick|cock|pussy|bra|body)(?! image| is changing| is normal| needs| will| knows)|take (?:off|of) (?:your|ur) "
                 r"(?:shirt|clothes|pants|bra)|(?:see|want) (?:you|u) naked|(?:are|r) (?:you|"
                 r"u) (?:a )?virgin|(?:wanna|want to|lets|let s|can we) (?:sext|hook up|"
                 r"fuck|smash|sleep together|have sex|do it)(?= you| u| me| rn| tonight|$)(?<!ok lets do it)"
                 r"(?<!lets do it)(?!.*\b(?:dlc|game|level|match|ranked|lobby|server)\b)|"
                 r"suck my|suck it(?! up)|"
                 r"(?:ur|youre|you are|you re|u r) (?:so |really )?(?:hot|sexy|thicc|thick|"
                 r"cute)(?:,| and| af| asf)? (?:send|what|wanna|can|come|meet|dm)|"
                 r"(?<!we )wanna meet up(?! (?:at|in) (?:the )?(?:library|mall|park|school|cafeteria|"
                 r"gym|game|practice)| to (?:study|work|practice|do))|"
                 # a sexual emoji addressed to someone (normalize.EMOJI_WORDS; until session 9
                 # the token had an underscore, which normalisation split: the rule never fired)
                 r"emojisexual(?: \w+){0,3} (?:u|you|ur|send|wanna|tonight|rn)(?= |$)|"
                 r"(?:u|you|ur|send|wanna|want) (?:\w+ ){0,3}emojisexual")),
    ],
    # said by staff to a student: belittling and dismissing (ignored for students)
    "tx_staff": [
        ("belittle", (r"stop (?:whining|being (?:so )?(?:dramatic|a baby|stupid|ridiculous)|"
                     r"complaining|crying)|grow up|get over it|(?:no ?one|nobody) cares|"
                     r"drama queen|(?:over ?reacting|over ?dramatic|so dramatic)|"
                     r"(?:your|ur) own fault|(?:thats|that s|that is|such) (?:a |so )?"
                     r"(?:really |very |pretty |kinda |kind of )?"
                     r"(?:stupid|dumb|pathetic|ridiculous|silly|lame) (?:reason|thing|excuse|"
                     r"idea|thing to)|(?:wasting|waste of) my time|dont have time for "
                     r"(?:your|this|ur)|(?:you|u) (?:are|re|r) being (?:stupid|dumb|an idiot|"
                     r"ridiculous|pathetic|a baby)|(?:are|r) (?:you|u) (?:retarded|stupid|dumb|"
                     r"an idiot|serious)|(?:you|u) (?:sound|are) (?:so )?(?:annoying|pathetic)|"
                     r"move on|suck it up|(?:its|it s|thats|that is) pathetic|"
                     r"(?:kind|kinda|sort) of (?:a )?loser")),
        ("staff_flirt", (r"(?:you|u|ur|youre)(?: are| re)? (?:so )?(?:cute|hot|sexy|pretty)"
                        r"(?:,| ,)? (?:wanna|want to|lets|send|can)|meet (?:up|me) (?:irl|"
                        r"after|tonight|somewhere)|send me a (?:pic|picture|photo) of "
                        r"(?:yourself|you|urself)|(?:give|send) me (?:your|ur) (?:number|snap|"
                        r"address|insta)")),
    ],
}

# Spans where toxic words are not aimed at anyone: screening questions, reported speech,
# talking about a word. Masked before the toxicity rules run.
TOX_EXEMPT: list[tuple[str, str]] = [
    ("screening", (r"(?:are|r|were|have|do|did|would|could|is|when|how) (?:you|u) (?:\w+ ){0,8}"
                  r"(?:kill|killing|hurt|hurting|harm|harming|unalive|unaliving|end|ending|"
                  r"cut|cutting) (?:yourself|urself|your life|ur life)")),
    ("thoughts_of", (r"(?:thoughts?|thinking|thought|urges?|feelings?) (?:about|of) (?:\w+ ){0,2}"
                    r"(?:killing|hurting|harming|ending|unaliving|cutting) (?:yourself|urself|"
                    r"your life)")),
    # "whatever you say" dismisses, it quotes nothing (batch 26: "lol ok whatever you say,
    # attention seeker" from a volunteer)
    ("quote", r"(?<!whatever )(?:you|u) (?:said|mentioned|wrote|told me|say) (?:\w+ ){0,8}"),
    ("reported", (r"(?:told|tell|tells|telling|said|says|say|saying|called|calls|call|keep "
                 r"saying|keeps saying|wrote|commented|posted|texted|dmed|sent) (?:me|him|her|"
                 r"them|us|people)? ?(?:to )?(?:kys|kill (?:myself|yourself|urself)|go die|"
                 r"unalive|that im|im a|i was|a|an|ugly|fat|stupid|a loser|a slut|a whore|"
                 r"a bitch|names|a fag|gay|a retard)(?: \w+)?")),
    ("made_me_send", (r"(?:if i|i have to|i had to|make me|made me|makes me|asked me to|asks me "
                     r"to|wants me to|told me to|tells me to|forces me to|forced me to|pressured "
                     r"me to|unless i|or i|i didnt|i dont|i wont|i should|should i|i|me to|"
                     # "youth pastor ask me send him pics" (batch 37: without "to", withheld)
                     r"(?:ask|asks|asked|want|wants|wanted|tell|tells|told|beg|begs|begged|keep "
                     r"asking|keeps asking) me|"
                     # session 16, batch 39's Taglish report: "ex ko dati pinipilit ako mag send
                     # ng pics" (pressured me to send)
                     r"(?:pinipilit|pinilit|pinapasend|pinapapasend) (?:ako|niya ako)(?: na)?) "
                     r"(?:dont |not |didnt |never |to )?(?:\w+ )?send (?:him|her|them|you|u)? ?"
                     r"(?:\w+ ){0,2}(?:pics|pictures|nudes|photos|a pic)")),
    # session 17: "pinipilit ako ng bf ko mag send ng nudes" (pressures me to send): a report
    ("made_me_send_s17", (r"(?:pinipilit|pinilit|pinapapilit) (?:\w+ ){0,4}(?:mag )?send (?:\w+ )"
                          r"{0,3}(?:pics|pictures|nudes|photos|picture)")),
    ("kys_myself", r"(?:kys|kill yourself) myself"),
    ("meta", (r"(?:kys|kill yourself|kms|the word \w+|the f word|slurs?) (?:is|means|stands for|"
             r"was|are)|people say (?:\w+ ){0,3}(?:online|kys)|what does \w+ mean|"
             r"weird thing (?:people|ppl) say")),
    ("not_you", (r"(?:youre|you re|you are|ur|u r|u are|you|u) (?:not|never|arent|nt|no) "
                r"(?:\w+ ){0,2}(?:a |an )?(?:<INSULT>)")),
    ("self_talk", (r"(?:im|i m|i am|i feel|feel|feeling|i felt|makes me feel|made me feel|"
                  r"i look|i sound|i was|call myself|called myself|myself|feel like) "
                  r"(?:so |such |a |an |really |like |kinda |literally |fucking |just |"
                  r"the |a total |an absolute )*(?:<INSULT>)")),
    ("thing_talk", (r"(?:that|this|it|the|these|those|its|thats|that s) (?:\w+ ){0,2}"
                   r"(?:is |was |s |are |were )?(?:so |such a |a |really )?(?:stupid|dumb|"
                   r"trash|garbage|gay|lame|cringe|mid|annoying|gross|ugly|fake|joke|"
                   r"pathetic|useless) (?:movie|game|show|song|homework|class|test|rule|"
                   r"question|idea|thing|app|teacher|assignment|essay|school|book|"
                   r"project|lol|haha)")),
]


# --- batch 4 families (2026-11-28) ------------------------------------------------------
# Indirect phrasings from batch 4, written as families: finality without a named act
# (outfit to be found in, notes and boxes with names, "make sure i dont wake up"), passive
# ideation ("wouldnt mind if a car hit me", "everyone would be relieved if i vanished",
# the brain/voice telling one to die), acts told by their aftermath (bleeding that will not
# stop), oblique abuse (when he drinks, locked food, "earn it in private", sextortion,
# grooming questions), threats without a named act (the list, timing a room, "stay home
# thursday"), Spanish (accents are dropped by the normaliser: "m s" for "más"), and ordinary
# contexts (films and trailers, pets' pills, trips and camp goodbyes, "if looks could kill").
_TRAVEL = (r"(?!.*(?:trip|holiday|holidays|vacation|camp|flight|visit\w*|moving|move|abroad|"
           r"exchange|sleepover|grandmas|grandpas|my dads|my moms|exams?|finals|revision|"
           r"detox|break))")
_KIDS_AGE = r"(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)"
# Session 27: a pet's pills are the pet's, not the sender's taking them ("im taking all my dogs
# pills tonight" had been masked as a pet's medicine)
_NOT_TAKEN_PET = "".join(
    f"(?<!{verb} {det})"
    for verb in ("taking", "took", "take", "swallowed", "swallow", "swallowing", "ate", "eat",
                 "eating", "downed", "necked", "stole", "steal", "stealing", "hoarding", "saving",
                 "saved", "stockpiling", "od on", "overdose on", "overdosing on", "overdosed on")
    for det in ("", "my ", "all my ", "the ", "all the ", "all of my ", "some of my ", "our ",
                "all our ", "all of the "))
IDIOMS += [
    ("fiction_b4", (r"(?:movie|film|show|trailer|episode|series|anime|manga|novel|fanfic|"
                    r"villain|villains|antagonist|main character|mc|protagonist|fictional "
                    r"characters?)(?: s)? (?:(?!i |im |myself |my (?:arm|wrist|leg|thigh)s? )"
                    r"\w+ ){0,10}(?:die|dies|died|dying|death|kill\w*|"
                    r"poison\w*|jump\w*|bleed\w*|stab\w*|shot|shoots?|shooting|suicide|bomb\w*|"
                    r"blow\w* up)(?: \w+){0,4}")),
    # (the lookbehinds are tried only where a pet's name starts: at every position they cost
    # ~8 µs a message)
    ("pet_meds", (r"(?=dog|cat|pet|puppy|kitten|hamster|rabbit|bunny|horse|parrot|guinea pig)"
                  + _NOT_TAKEN_PET + r"(?:dog|dogs|cat|cats|pet|puppy|kitten|hamster|rabbit|bunny|horse|parrot|"
                  r"guinea pig)(?: s)? (?:\w+ ){0,5}(?:pills?|tablets?|meds|medicine|"
                  r"medication|dose)")),
    ("looks_could_kill", r"if looks could kill"),
    ("laugh_breathe", (r"(?:cant|cannot|couldnt) breathe (?:\w+ ){0,2}(?:laughing|from laughing|"
                       r"lol|lmao|haha)|(?:laughing|laughed|crying laughing) so hard (?:that )?"
                       r"(?:i|im|i m) (?:cant|couldnt) breathe")),
    ("trip_goodbye", (r"(?:said|saying|say|says) (?:goodbye|bye|my goodbyes|goodbyes)(?: to)?"
                      r"(?: \w+){0,4}(?=(?: \w+| ,){0,8} (?:airport|station|moving|moved|trip|"
                      r"camp|holiday|vacation|exchange|abroad|college|semester|summer|"
                      r"facetime))")),
    ("last_msg_trip", (r"(?:last|final) (?:message|text|msg|post) (?:\w+ ){0,3}(?:before|until|"
                       r"till) (?:\w+ ){0,2}(?:camp|trip|vacation|holiday|holidays|exams?|finals|"
                       r"flight|retreat|detox|bed|school|class|practice|the weekend)(?: \w+| ,)*"
                       r"|no phones? (?:for|at|during)")),
    ("device_reply", (r"(?:phone|phones|battery|laptop|wifi|charger|signal|data) (?:\w+ |, ){0,12}"
                      r"(?:thats|that s|that is) why")),
    ("logoff_exams", (r"(?:exams?|finals|revision|revising|studying|holidays?|vacation|trip|camp|"
                      r"detox|screen time|social media|break|summer) (?:\w+ |, ){0,6}(?:logging|"
                      r"signing|log|sign) off (?:\w+ )?(?:for good|forever|permanently)|(?:logging|"
                      r"signing|log|sign) off (?:\w+ )?(?:for good|forever|permanently)(?=(?: \w+|"
                      r" ,){0,6} (?:exams?|finals|revision|revise|study|studying|holidays?|"
                      r"vacation|trip|camp|detox|summer|back (?:on|in)|see (?:yall|you|u)|"
                      r"till|until))")),
    ("night_finish", (r"(?:todays|tonights|today s|tonight s|today is|tonight is) the (?:day|"
                      r"night)(?= (?:, )?(?:\w+ |, ){0,5}(?:finish|watch|binge|premiere|release|"
                      r"concert|game|party|date|show|movie|series|episode|finale|drops?|comes "
                      r"out|prom|match|season|results|recital|tryouts))")),
    ("ready_for_school", (r"(?:everything|it all|all) (?:\w+ )?ready for (?:<TIME>|the (?:test|exam|"
                          r"trip|party|game|match|concert|first day))(?= (?:, )?(?:\w+ |, ){0,6}"
                          r"(?:outfit|snacks|test|exam|trip|school|party|game|bag|uniform|"
                          r"presentation|interview|first day|notes|homework))")),
    ("pool_shove", (r"(?:shoved|pushed|threw|thrown|chucked) (?:me |him |her )?(?:in|into) the "
                    r"(?:pool|snow|ball pit|leaves|sand)")),
    ("sh_recovery", (r"(?:without|since i (?:last )?|stopped) (?:\w+ )?(?:hurting myself|"
                     r"self harm\w*|cutting|sh ing|hurt myself|self harmed)(?= (?:\w+ |, ){0,6}"
                     r"(?:proud|first time|better|year|years|months|since))|(?:sh |self harm )?"
                     r"scars (?:are|r) (?:fading|healing|faded|healed)")),
    ("is_it_ok_chat", (r"is it (?:ok|okay|normal|weird) (?:if i (?:just )?(?:talk|vent|chat|ask|"
                       r"say|share|rant)|that i (?:like|love|enjoy|prefer|dont like|hate)"
                       r"(?!(?: \w+){0,3} (?:him|her|my (?:dad|mom|stepdad|uncle|coach)))|to be "
                       r"(?:this |so )?(?:invested|excited|obsessed|nervous about)|not to know)")),
    # batch 3 review: "doesnt want to be here anymore" about a school, a team or a town
    ("here_school", (r"(?:want to|wanna|wan na) be here(?: anymore| any more| much longer)?(?: ,)? "
                     r"(?:at|in|on) (?:this|my|that) (?:school|class|team|club|town|job|house)|"
                     r"(?:want to|wanna|wan na) be here(?: anymore| any more)?(?!.*not (?:just|only) "
                     r"(?:this|my|the) school)(?=(?: \w+| ,){0,8} "
                     r"(?:this school|transfer\w*|switch\w* schools|chang\w* schools|move "
                     r"schools|homeschool\w*|new school))")),
    ("socials_break", (r"(?:deleted|deleting|delete|logging off|logged off|log off|signing off|"
                       r"taking a break from) (?:\w+ )?(?:tiktok|insta|instagram|snap|snapchat|"
                       r"discord|twitter|social media|apps?|socials|this app) (?:\w+ ){0,3}(?:for "
                       r"(?:a|the) (?:week|month|while|bit|term|semester|summer)|to focus|until|"
                       r"till|during|for exams|for lent)")),
    ("kitchen_class_knife", (r"(?:culinary|cooking|food tech|home ec|baking|chef)(?: \w+){0,2} "
                             r"(?:class|lesson|club)(?: \w+| ,){0,10}")),
]
THIRD_PARTY += [
    ("tp_b4", (r"(?:cuts|scars|marks) on (?:my )?(?:\w+ ){0,2}(?:friends?|sisters?|brothers?|"
               r"cousins?|her|his) (?:wrists?|arms?|legs?|thighs?)|(?:she|he|girl|boy|kid|friend|"
               r"classmate) (?:\w+ ){0,6}(?:has|had|have) (?:fresh |new )?cuts|(?:she|he) flinches "
               r"when|(?:friend|she|he|shes|hes|sister|brother|cousin|bestie|bsf|bff|bf|gf|teammate|"
               r"amiga|amigo|hermana|hermano) (?:\w+ |, ){0,7}(?:(?:shes|hes|she is|he is) done "
               r"with (?:everything|it all|life)(?! (?:this|for the|for this|today|at school))"
               r"(?!.*(?:exams?|finals|term|semester|school year))|stopped "
               r"eating|giving away (?:her|his|their) (?:stuff|things)|relapsed|in (?:the )?"
               r"hospital after (?:trying|tried|an overdose|overdosing)|(?:says|said|dice) (?:que )?"
               r"se quiere morir|better (?:off )?without (?:her|him|them)|tired of fighting|"
               r"(?:rather|d rather|shed rather|hed rather) die|(?:dont|don t) be sad when (?:im|"
               r"i m) gone|(?:gave|given|giving) (?:me )?(?:\w+ |, ){0,8}(?:said|says) (?:she|he|they) "
               r"(?:wont|will not) need it|soon it (?:wont|will not|doesnt) matter|"
               r"passwords? just in case|wants to crash)|(?:snapped|sent|texted|showed) me a "
               r"(?:pic|picture|photo) of (?:a (?:pile|bunch|load) of |some |her |his )?(?:pills|"
               r"wrist|wrists|cuts|blood|bridge)|(?:bridge|pills|wrist) (?:pic|picture|photo)|"
               r"sextort\w* (?:my )?(?:friend|sister|brother|cousin|bestie)|(?:friends?|sisters?|"
               r"cousins?) (?:bf|boyfriend|gf|girlfriend|dad|mom|stepdad|ex) (?:\w+ ){0,2}(?:hits|"
               r"hurts|beats|doesnt feed|is threatening)|(?:her|his|their) (?:mom|mum|dad|parents) "
               r"(?:doesnt|dont|wont|never) feed (?:her|him|them)|(?:sisters?|brothers?|friends?|"
               r"cousins?) (?:suicide )?note|last thing (?:she|he|they) said was (?:bye|goodbye|"
               r"sorry)|(?:leak|post|share|send) her (?:pics|nudes|photos)|(?:kid|guy|boy|girl|"
               r"someone) (?:\w+ ){0,6}(?:knows where (?:his|her) (?:dad|mom|uncle) keeps (?:the|a) "
               r"gun)|(?:cousin|sister|brother|friend) (?:\w+ ){0,4}talking to (?:a|an) "
               r"(?:\d\d|grown|older|adult)|(?:another|a) black eye (?:\w+ ){0,6}(?:my friend|"
               r"she walked into)|(?:texted|sent) me (?:i love (?:u|you) )?(?:take care of "
               r"(?:mom|mum|dad|my \w+))")),
]
RISK_RULES["sh_ideation"] += [
    ("passive_b4", (r"(?:wouldnt|would not|wouldn t) (?:even )?mind if (?:a |the )?(?:car|bus|"
                    r"truck|train) (?:hit|hits|ran|took)|(?:hope|hoping|hopes|wish|kinda hope|"
                    r"kind of hope) (?:\w+ ){0,2}(?:a |the )?(?:car|bus|truck|train) (?:\w+ )?"
                    r"(?:hits|hit|runs me over|takes me out)|(?:id|i d|i would) (?:be )?(?:ok|okay|"
                    r"fine|relieved|glad) if (?:a |the )?(?:car|bus|truck|train) (?:hit|hits|ran)|"
                    r"if i (?:get|got) hit by a (?:bus|car|train|truck)|if (?:a |the )?(?:bus|car|truck|train) "
                    r"(?:hit|hits|took|takes|ran) me(?: out| over)?(?: ,)? (?:\w+ )?(?:id|i d|i would|"
                    r"i wouldnt) (?:\w+ )?(?:be )?(?:fine|ok|okay|happy|relieved|glad|mind)|(?:hope|hopes|hoping|wish) "
                    r"(?:\w+ ){0,4}(?:plane|flight|bus|car|train) (?:\w+ ){0,3}(?:goes down|crashes|"
                    r"crash)|(?:cross|crossing|drive|driving|seatbelt|road|street) (?:\w+ ){0,6}"
                    r"(?:and|just) (?:kind of |kinda |sort of |lowkey )?hope(?:$| ,)|waiting for "
                    r"(?:something|someone|anything|a \w+) to (?:kill|take|hit|end) me|"
                    r"(?:jealous|envious) of (?:\w+ ){0,3}(?:who|that) (?:die|died|get to die|are "
                    r"dead)|if i (?:got|get) (?:sick|ill|cancer) (?:and )?(?:didnt|never|wouldnt|"
                    r"dont) (?:get better|recover|make it)|(?:wouldnt|would not) (?:even )?(?:try|"
                    r"bother) to (?:get out|escape|run|save myself)|(?:wouldnt|would not|dont|do "
                    r"not) (?:even )?care if i (?:didnt|dont|never|did not) (?:make it|come home|"
                    r"wake up|get home)")),
    ("vanish_b4", (r"(?:relieved|move on|cope fine|be fine|keep going like normal|carry on|"
                   r"and move on|be better|be happier|be lighter) (?:\w+ ){0,4}if i (?:just )?"
                   r"(?:vanished|disappeared|was gone|were gone|dipped|died|wasnt here|stopped "
                   r"existing)|(?:ppl|people|every ?one|they|my family|my friends) (?:\w+ ){0,2}"
                   r"(?:would|d) (?:\w+ )?(?:cope fine|cope|be fine|be better|be happier|do fine|manage) "
                   r"without me(?:$| ,| tbh| honestly| anyway)|(?:nap|sleep) that lasts forever|"
                   r"(?:sleep|dormirme|dormir) (?:and|y) (?:never|not|no) (?:wake up|despertar)|"
                   r"(?:pause|stop|end|switch off|turn off) (?:everything|it all|myself|me) "
                   r"(?:permanently|forever|for good)|off switch for me|(?:want|wanna|wanting) to "
                   r"be erased|(?:the night|sleep) (?:just )?(?:keeps|takes) me|(?:the )?thoughts "
                   r"(?:\w+ |, ){0,5}about (?:not being (?:alive|here|around)|dying|not existing|not "
                   r"waking up)|death (?:crosses|keeps crossing) my mind|(?:being alive|existing|"
                   r"living) (?:is|feels) (?:so )?(?:heavy|like a chore|exhausting|unbearable)|"
                   r"should (?:of|have|ve) never been born|(?:stopped|stop) eating (?:until|till) i "
                   r"(?:disappear|vanish|die)|(?:cant|cannot|can not|dont) (?:see|picture|imagine) "
                   r"(?:myself |me )?(?:being )?(?:at \d+|around for|alive at|being around|in \d+ "
                   r"years|as an adult|grown up)(?! (?:with|having|married|as a|in a|being a|doing|"
                   r"working|living in))|(?:brain|head|mind|voice|voices|thoughts?|"
                   r"intrusive thoughts?) (?:\w+ ){0,4}(?:tells?|telling|told|says|saying|goes|"
                   r"whispers?) (?:me )?(?:to |i should |you should |that i should |u should )"
                   r"(?:just )?(?:jump|die|unalive|kms|kill|end it|hurt|cut|do it|disappear|not be "
                   r"here|stop existing)|(?:staring|stare|stared|keep looking) at the (?:sharpener|"
                   r"blade|razor|knife block|pills)|(?:blade|razor|sharpener) (?:\w+ )?(?:keeps? "
                   r"calling|is calling) me|(?:sh|cutting|blade) (?:itch|urge|urges) (?:is |are )?"
                   r"(?:screaming|so bad|back|loud)|(?:miss|missing) the feeling of the (?:blade|"
                   r"razor)|(?:want|wanna) to feel pain|(?:think|thinking) about cutting (?:every|"
                   r"when|all)|(?:close|so close) to breaking my (?:streak|clean streak)|googling "
                   r"sh aftercare|(?:hide|hiding|cover) (?:it|them|my (?:arms|wrists|thighs|legs))"
                   r"(?: \w+)? (?:with|under) (?:a|my) (?:watch|bracelets?|hoodie|jacket|sleeves)|"
                   r"(?:hoodie|long sleeves|jacket) (?:\w+ ){0,6}(?:bc|because|cause) of my "
                   r"(?:arms|wrists|thighs|legs)|nobody can know about my (?:arms|wrists|thighs|"
                   r"legs)|scars are from the cat|(?:told|said|say|tell|telling) (?:\w+ ){0,3}(?:that )?(?:my|"
                   r"the) (?:cat|dog) (?:scratched|did) (?:me|it|them)|"
                   r"(?:told|tell) (?:my )?(?:therapist|counselor|counsellor|mom|mum|dad) (?:im|i m|"
                   r"i was) safe (?:\w+ |, ){0,5}(?:wasnt|not|lie|lying|lied)|(?:near|by|at|on) the "
                   r"edge of the (?:platform|roof|bridge) (?:\w+ ){0,2}longer than|(?:water|drop|"
                   r"river|sea|ocean|tracks|road|traffic) (?:\w+ ){0,3}(?:inviting|tempting) "
                   r"(?:from )?(?:up here )?(?:on |from )?the (?:bridge|pier|roof|ledge|balcony|top of|"
                   r"edge)|"
                   r"(?:arm|arms|thigh|wrist) (?:\w+ ){0,2}(?:itches|itching) where the old ones|"
                   r"(?:quiero|quisiera) (?:hacerme da ?n?o|morirme|morir|desaparecer)(?! de)|no "
                   r"(?:creo que )?(?:quiera|quiero) (?:seguir )?vivi\w*|no quiero estar aqu\w*|"
                   r"soy una carga")),
]
RISK_RULES["sh_farewell"] += [
    ("final_b4", (r"(?:gave|giving|given) (?:\w+ |, ){1,8}(?:bc|because|cause|since|as) i "
                  r"(?:wont|will not|dont|won t) need (?:it|them)(?: anymore)?(?:$| ,)(?!.*(?:new|"
                  r"upgrade|got a|bought|grew out|outgrew))|(?:want|wanna|going) to be (?:found|buried|"
                  r"cremated) in|outfit (?:\w+ ){0,4}"
                  r"(?:be )?(?:found|buried) in|make sure (?:i|im) (?:dont|never|wont|do not|will "
                  r"not) wake(?: up)?(?! late| early| on time| at| for| in time| too)|(?:not|never) "
                  r"(?:to|gonna|going to) wake up (?:again|this time)|(?:not|never) to wake up for|(?:ill|i ll|i will|im|i m) (?:already |probably |prob |likely )?be "
                  r"(?:gone|dead) (?:by (?:then|that point|the time|next|tomorrow|morning|<TIME>)|"
                  r"before (?:then|that|it))" + _TRAVEL + r"|(?:wont|will not|not gonna|not going "
                  r"to) be (?:around|here|alive) (?:anymore|much longer|for much longer|to see|"
                  r"(?:\w+ ){0,4}after (?:this|that|tonight|<TIME>))(?! today| tonight| this "
                  r"(?:afternoon|evening|morning))" + _TRAVEL + r"|(?:wont|will "
                  r"not|not gonna) be around for it" + _TRAVEL + r"|(?:not gonna be|wont be|not going to be|"
                  r"wont make it|not be) (?:\w+ |, ){0,6}(?:or|and|nor) anything after (?:that|this|"
                  r"it)(?:$| ,| tbh| honestly)|(?:perfect|final|good|nice) last "
                  r"(?:day|night)(?! (?:of|at|in|before) )(?!.*(?:grade|school|year|semester|camp|term|"
                  r"class))|(?:also |gonna be |going to be )my last "
                  r"(?:day|night)(?! (?:at|of|in|before|on) )|last day (?:ever|alive|on earth|of my life)|for me (?:\w+ |, )"
                  r"{0,5}just last|(?:the|my) notes? (?:is |s |are )?(?:done|finished|written)(?! "
                  r"for| on (?:the|my) (?:test|chapter))|(?:rereading|re reading|reread|editing|"
                  r"rewriting) my (?:note|letter)(?! for| to (?:my )?(?:teacher|penpal|pen pal))|"
                  r"^(?:the |my )?notes? (?:is |are )?on (?:my|the) (?:bed|pillow)$|(?:letter|"
                  r"note) (?:to|for) (?:each|every) (?:person|one|member) (?:in|of) my "
                  r"(?:family|life)|(?:one|letters?|notes?) for (?:each|every) (?:person|one|member) "
                  r"(?:in|of) my (?:family|life)|if anything (?:ever )?happens(?: to me)?(?: ,)? "
                  r"(?:give(?! me)|\w+ gets|\w+ can have|keep)|(?:boxes|a box) (?:\w+ ){0,3}(?:names on them|labell?ed (?:for "
                  r")?(?:my )?(?:mom|mum|dad|sister|brother))|(?:wrote|writing) names on (?:them|"
                  r"the boxes)|(?:dont|wont|do not|will not) need (?:my )?(?:savings|money|stuff|"
                  r"things|it all|any of it|any of my stuff) anymore|(?:give|gave|giving|leave|have|"
                  r"get|keep) (?:\w+ ){0,5}if anything (?:ever )?happens(?: to me)?(?! at| during| on| in| while)|(?:they|she|he) "
                  r"(?:dont|doesnt|do not|does not) need to know why|(?:bye|goodbye) to (?:my )?"
                  r"(?:dog|cat|mom|mum|dad|family|sister|brother|friends|room|\w+)(?<!braces)(?<!cast)"
                  r"(?<!school)(?<!class) for the last "
                  r"time" + _TRAVEL + r"|(?:she|he|they|mom|mum|dad)(?:ll| ll| will) (?:understand|"
                  r"get it) (?:tomorrow|tmrw|in the morning|after|later)(?:$| ,)|(?:find out|"
                  r"understand|know) why i (?:hugged|said|gave|told)|(?:saving|saved) my last "
                  r"(?:msg|message|text) for|(?:this is|its|it s) (?:my |the )?last (?:msg|message|"
                  r"text) (?:from me|ever)(?! today| tonight| for (?:today|tonight|now))|(?:its|it s|"
                  r"it is) (?:<TIME>)(?: ,)? (?:sorry|bye|goodbye|love (?:you|u))(?: guys| everyone| "
                  r"all| mom| mum)?$|(?:story|chapter|it all) ends (?:<TIME>)|carta de "
                  r"despedida|me desped\w* de todos|ya no (?:estoy|voy a estar|estare)(?:$| ,)|"
                  r"perd ?o?n a todos|esta noche (?:se acaba|me mato|lo hago)|me mato(?! de risa)|"
                  r"matarme|"
                  r"(?:tell|told) (?:\w+ ){0,2}i said sorry(?: ,)? i cant (?:do it|tell)")),
]
RISK_RULES["sh_acted"] += [
    ("acted_b4", (r"(?:not|isnt|wont|doesnt|won t|cant get it to) (?:stopping|stop) bleeding(?!.*(?:paper ?cut|"
                  r"nose|lip|tooth|teeth|gums?|period|shaving|knee|finger))|"
                  r"bleeding (?:thru|through) (?:my )?(?:\w+ )?(?:sleeve|hoodie|jeans|sock|bandage)|"
                  r"(?:did|done|made) (?:\d+|a few|some|more|so many) (?:cuts|lines)|(?:pressing|"
                  r"pushing|dragging) the (?:blade|razor|knife) (?:in|into|across)|(?:wrapped|"
                  r"wrapping|bandaged|bandaging) (?:up )?my (?:arm|wrist|leg|thigh)s? (?:\w+ ){0,3}"
                  r"(?:bc|because|cause|it) (?:it )?(?:wont|doesnt|will not) stop|did it again(?: ,)?"
                  r" (?:a )?(?:deep|deeper|bad|worse)(?: one)?|in the (?:bath|bathtub|shower) with "
                  r"(?:the|a|my) (?:razor|blade|knife|pills)|(?:the )?(?:cord|rope|belt|noose) is "
                  r"(?:tied|already tied|up|ready|already on)(?!.*(?:swing|boat|tent|hammock|dock|tree "
                  r"?house|climb|gym|tug|camp))|(?:belt|rope|cord|noose) is (?:already "
                  r")?on the (?:door|hook|hinge|beam)|(?:took|swallowed|downed|popped) (?:\w+ ){0,4}"
                  r"(?:<PILLS>) (?:\w+ |, ){0,8}(?:like |about |around )?(?:[1-9]\d) of them|"
                  r"(?:took|swallowed|had) something to make sure|did something (?:really )?(?:bad|"
                  r"stupid|dumb) (?:\w+ |, ){0,8}" + _SYMPTOM + r"|(?:taste|tasting) metal|"
                  r"me tom\w* (?:todo|todas|todos|toda|las|sus|mis)|pastillas listas")),
]
RISK_RULES["sh_means_query"] += [
    ("query_b4", (r"(?:how long|how much time) (?:does it|will it|would it|till|until|before) "
                  r"(?:\w+ ){0,3}(?:like |about )?[1-9]\d+ (?:<PILLS>) (?:to )?(?:work|kick in|start "
                  r"working)|(?:want|need|make|so) (?:it|this) (?:to )?looks? (?:like )?(?:an )?"
                  r"(?:accident|accidental)(?! lol)|(?:painful|hurt|fast|quick) (?:or|and) "
                  r"(?:fast|quick|painful|painless) (?:\w+ ){0,3}(?:rope|noose|asking for me)|"
                  r"asking for me not (?:a|my) friend|(?:looked up|googled|searched|checked) how "
                  r"(?:high|tall|deep|far down|cold) (?:\w+ ){0,5}(?:bridge|building|roof|drop|"
                  r"water|river|lake|cliff|car park|parking garage|fall) (?:\w+ ){0,3}(?:is|would "
                  r"be|goes)(?!.*(?:project|homework|class|essay|trivia|for fun))")),
]
RISK_RULES["sh_intent"] += [
    ("intent_strong_b4", (r"(?:calm|peaceful|at peace|relieved|lighter) (?:\w+ |, ){0,8}(?:now "
                          r"that|since|bc|because|cause|its bc|its because) (?:i )?(?:\w+ )?"
                          r"(?:know when|decided|made up my mind|have a (?:date|plan)|finally "
                          r"decided)(?:$| ,| and| so| already| now| sry| sorry| tbh| ngl| fr| lol)|now that i know (?:when|how|where)(?:$| ,)|at peace (?:about|"
                          r"abt|w|with) (?:it|that|this|my decision)|(?:picking|pick|picked|chose|"
                          r"choosing|know|already know|decided|deciding) (?:\w+ )?which (?:night|"
                          r"day|date)(?:$| ,| already| now)|(?:ill|i ll|i will|gonna) do it right next time|"
                          r"(?:annoyed|angry|mad|disappointed|upset) (?:that )?i (?:survived|woke up|"
                          r"lived)|everything is ready in my (?:closet|room|drawer|bag)|"
                          r"(?:im|i m|i am) finishing it (?:<TIME>)|(?:ya )?decid\w*(?: ,)? esta "
                          r"noche")),
    ("timeline", (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw) is "
                  r"the (?:day|night)(?:$| ,)|after (?:my (?:mom|mum|dad|parents)|every ?one|"
                  r"they) (?:\w+ )?(?:falls?|go|goes|are) (?:asleep|to bed|to sleep|out)|esta "
                  r"noche|ma ?a?n?ana")),
]
RISK_RULES["ab_ongoing"] += [
    ("abuse_b4", (r"(?:hes|he s|shes|she s|he is|she is|dads|moms|stepdads|dad is|stepdad is) "
                  r"(?:drunk|wasted|drinking) again(?: ,)? (?:\w+ ){0,3}(?:hiding|hide|locked|"
                  r"scared)|(?:every time|whenever|when) (?:he|she|dad|mom|stepdad|my \w+) "
                  r"(?:drinks|gets drunk|is drunk|been drinking|started drinking) (?:\w+ |, ){0,4}"
                  r"(?:i get it|i get hit|he hits|she hits|hits me|i hide|worst|comes after|went "
                  r"after|goes after)|(?:went|came|comes|goes) after me with (?:his|her|a|the) "
                  r"(?:belt|knife|bat|fists|hand|shoe)|(?:belt|wooden spoon|slipper) (?:\w+ ){0,6}"
                  r"(?:still does it|every (?:week|day|night))|(?:hes|he s|he is|stepdads|stepdad "
                  r"is) in my (?:room|bed) again|(?:pretend|pretending) to be asleep|(?:when|after|"
                  r"while) (?:my )?(?:mom|mum|she)(?: is| s)? (?:\w+ )?(?:leaves|is at work|works|"
                  r"on night shift|goes out|is out|is asleep|on nights)(?: \w+| ,){0,8} (?:he|"
                  r"stepdad|my stepdad|uncle|my \w+) (?:comes|gets|walks|sneaks|waits)|(?:waits|"
                  r"wait|waited) (?:until|till|til|for) (?:my )?(?:mom|mum|dad) (?:\w+ ){0,3}"
                  r"(?:leaves|goes|is gone|falls asleep)(?: \w+){0,5} (?:its my turn|then he|then "
                  r"she|comes)|(?:got|get|was) pushed down the stairs|told (?:the |my )?(?:nurse|teacher|doctor|"
                  r"coach|everyone|people|them) (?:that )?i (?:tripped|fell|walked into)|"
                  r"(?:pega|golpea|empuja) (?:a mi|me)|me (?:pega|golpea|empuja)|(?:le )?pega a "
                  r"mi")),
    # plain hits: lowered like perp_hits when laughing or playing ("during the pillow fight lol")
    ("hits_b4", (r"(?:slapped|shoved|pushed|punched|kicked|choked|smacked) me (?:again|down the "
                 r"stairs|around)|(?:shove|push|throw|slap|knock) me (?:around|down)")),
]
RISK_RULES["ab_neglect"] += [
    ("neglect_b4", (r"(?:food|fridge) (?:is |s )?locked|locks? (?:the )?(?:food|fridge|kitchen|"
                    r"pantry)|(?:food|fridge) (?:\w+ ){0,4}locked in (?:their|his|her) room|(?:not "
                    r"allowed|arent letting me|dont let me|wont let me|doesnt let me) (?:to )?"
                    r"(?:eat|shower)|no me dejan comer|(?:only|the only) meal i (?:get|eat|have)|"
                    r"forgets? to (?:leave|buy|give me) (?:\w+ )?(?:food|groceries|dinner|lunch)|"
                    r"forget to buy groceries")),
]
RISK_RULES["ab_danger"] += [
    ("danger_b4", (r"(?:staying|sleeping|slept|sleep) (?:in|at|on) (?:the |a )?(?:park|street|"
                   r"streets|stairwell)(?: <TIME>| again| last night| for "
                   r"now|$)|(?:got|been|was|get|gets) (?:kicked|locked|thrown) out (?:again|tonight|"
                   r"of the house|of home|all night)(?! of (?:the |my )?(?:group|gc|chat|class|game|"
                   r"lesson|server|team|club|library))|(?:locked|kicked|thrown|threw) me out (?:\w+ ){0,3}(?:again|tonight|of "
                   r"the house|all night)|(?:pays for it|gets it|get hurt|will pay) if i (?:talk|"
                   r"tell|say anything|snitch)|if i (?:talk|snitch) (?:\w+ ){0,3}(?:pays for it|"
                   r"gets hurt|will hurt)|(?:chair|desk|dresser) (?:\w+ ){0,2}(?:under|against) "
                   r"(?:the|my) (?:door|handle)(?: \w+){0,3} (?:every night|again|tonight|so (?:he|she|"
                   r"they|nobody|no one) (?:cant|can t)|bc|because|in case)|barricad\w* (?:my|the) door|(?:thats|that s|only "
                   r"then) when (?:its|it s|it is) safe|(?:dont|cant|can t) sleep (?:until|till|"
                   r"til) (?:i hear )?(?:he|she|they|his|her)")),
]
RISK_RULES["ab_grooming"] += [
    ("grooming_b4", (r"(?:threat\w*|gonna|going to|will|says (?:hell|he ll|shell|she ll|theyll|"
                     r"they ll)) (?:\w+ ){0,3}(?:post|share|leak|send|show|spread|upload|expose) "
                     r"(?:\w+ ){0,3}(?:them|pics|nudes|photos|pictures|videos?|vids)(?: \w+){0,6} "
                     r"(?:if i|unless i|or else)|(?:threatening|threatened|threatens) to (?:post|"
                     r"share|leak|send|show|spread|upload|expose) (?:them|it|my|the|her|his|our)|"
                     r"if i (?:break up|leave|tell|stop|dont) (?:\w+ ){0,5}(?:hell|he ll|shell|"
                     r"she ll|theyll|they ll|he will|she will|they will) (?:\w+ ){0,2}(?:post|"
                     r"share|leak|send|show) (?:\w+ ){0,3}(?:videos?|pics|nudes|photos|pictures|"
                     r"vids|them)|(?:has|have|got) my (?:pics|pictures|nudes|photos|videos) "
                     r"(?:\w+ ){0,10}(?:unless|if i dont|or else)|(?:man|guy|stranger|someone|somebody|he|adult|"
                     r"older|discord|online|roblox|snap|insta|server|game) (?:\w+ ){0,4}(?:asks?|"
                     r"asked|asking|keeps asking|wants to know) (?:me )?(?:\w+ ){0,2}(?:what (?:im|i m|i am) wearing"
                     r"(?! to| for| tomorrow| tmrw)|what school i go to|where i live|for my "
                     r"address|if (?:my )?parents check (?:my )?(?:phone|messages)|if im (?:home )?"
                     r"alone|to hang out alone)|(?:wants?|asked|asking|asks|keeps asking) (?:me )?"
                     r"(?:for )?(?:\w+ ){0,3}(?:pics|photos|pictures|bikini|nudes|to meet|my address|"
                     r"my snap) (?:\w+ |, ){0,12}(?:im|i m|i am) (?:only )?" + _KIDS_AGE + r"(?:$| ,| and| "
                     r"tho| btw)|(?:cute|pretty|hot|mature) for (?:a )?" + _KIDS_AGE + r"|"
                     r"(?:knows|has) my address (?:\w+ ){0,6}(?:coming|pick me up|meet)|(?:online|"
                     r"roblox|the game|a server|discord|insta|snap) (?:\w+ ){0,8}(?:sent me money|"
                     r"pics back|i owe him|wants pics)|(?:sent|gave) me money (?:\w+ ){0,4}(?:wants|"
                     r"asking for) (?:pics|photos|more)|(?:teacher|coach|tutor) (?:\w+ ){0,4}"
                     r"(?:dming|dms|messaging|texting|snapchatting|messages|texts) me (?:\w+ ){0,6}"
                     r"(?:special|alone|hang out|cute|looked good|pretty|wink|secret|dont tell)|"
                     r"(?:makes|made) me stay (?:\w+ )?(?:late|after) alone|(?:walks|barges|comes) "
                     r"in (?:\w+ ){0,4}(?:every time|whenever|when|while) (?:im|i m|i am) "
                     r"(?:changing|showering|in the shower|getting dressed|naked)|every single time "
                     r"(?:im|i m|i am) (?:changing|showering|in the shower|getting dressed)|(?:says|said|tells "
                     r"me|told me) (?:\w+ ){0,6}(?:what (?:we|he|she|they) (?:do|does|did)|what happens) "
                     r"(?:\w+ ){0,4}(?:is|its|it s|stays|be) (?:our|a) (?:little )?secret(?! "
                     r"(?:until|till|for|about|santa|recipe|spot|handshake|party))|(?:says|said|tells me) "
                     r"(?:im|i m|i am) (?:his|her) (?:favorite|favourite|special girl|special boy|"
                     r"little girlfriend)|(?:earn|earned|earning|pay|repay|make it up) (?:\w+ ){0,4}"
                     r"(?:in private|alone with him|in (?:his|her) (?:room|car))|(?:padrastro|t ?o|"
                     r"primo) entra a mi cuarto|entra a mi cuarto")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b4", (r"(?:hugs|touches|touched|massages?|massaged) (?:me )?(?:\w+ ){0,5}(?:weird|"
                    r"wrong|uncomfortable|creepy)|(?:massages|massage) after (?:meets|practice|"
                    r"games)|did (?:things|stuff) (?:to me )?(?:i|that i) (?:dont|cant|never) "
                    r"(?:wanna |want to |like to )?(?:talk about|say|tell|remember)|weird with me "
                    r"when i was (?:little|young|a kid|small|\d+)|get flashes of it|what happened (?:at|in|on|with|after) "
                    r"(?:\w+ ){0,3}(?:wasnt|was not|isnt) (?:okay|ok|right|consensual)|(?:made|make|"
                    r"makes|used to make) me send (?:\w+ )?(?:pics|nudes|photos|pictures)|(?:grabs|"
                    r"grabbed|squeezes|pinches) (?:\w+ ){0,3}(?:so |really |too )?hard (?:\w+ |, )"
                    r"{0,4}(?:marks|bruise|bruises)|throws? (?:stuff|things) (?:at|near) me|make me "
                    r"regret it (?:\w+ ){0,3}(?:i believe|scared)|(?:hell|he ll|shell|she ll) make "
                    r"me regret it|(?:he|she|dad|mom|mum) (?:\w+ ){0,3}threatens to(?: (?:hit|hurt|"
                    r"beat|kick|slap|kill)| ,| a lot)|(?:flinch|cower) when (?:he|she|dad|mom) "
                    r"(?:moves|raises|yells)|jump when doors slam|(?:being|getting|got) (?:slapped|hit|"
                    r"punched|choked|kicked) by (?:my|your|ur) (?:mom|mum|dad|stepdad|stepmom|parent|"
                    r"bf|gf|boyfriend|girlfriend)|(?:dad|mom|mum|stepdad|stepmom|bf|boyfriend) "
                    r"(?:smacked|slapped|punched|choked|kicked) me|told (?:\w+ ){0,2}about (?:what )?"
                    r"(?:her|his|my) (?:boyfriend|bf|husband|stepdad|uncle|brother|cousin|coach|"
                    r"teacher) (?:\w+ ){0,3}(?:didnt|doesnt|wont) believe me|nightmares about (?:my )?"
                    r"(?:stepdad|uncle|dad|coach|grandpa|cousin|babysitter|what (?:he|she) did)|"
                    r"calls me (?:a |an )?(?:<STRONG>) (?:every day|daily|all the time)|tells me "
                    r"(?:every day|daily)|(?:stopped|stop) seeing my friends (?:bc|because|cause) (?:my )?"
                    r"(?:bf|gf|boyfriend|girlfriend|he|she)|gets? (?:rough|physical|handsy|violent) "
                    r"(?:with me|sometimes|when)|walked in on me (?:\w+ ){0,3}(?:shower|changing|"
                    r"naked)|(?:takes|took|keeps|controls) (?:all )?my (?:whole )?(?:paycheck|wages)|"
                    r"checks my (?:bank|location)|(?:reads|checks|goes through|revisa) (?:my|mi|el) "
                    r"(?:texts|messages|phone|celular|dms)(?: \w+){0,3} (?:every (?:night|day)|and "
                    r"says|y|all the time)|lo que me hizo|what (?:my )?(?:cousin|uncle|stepdad|"
                    r"babysitter|coach|he|she) did (?:\w+ ){0,3}(?:cant stop thinking|still)|"
                    r"dm from my (?:teacher|coach|tutor)")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b4", (r"(?:the |my )?list is (?:done|finished|ready|complete)(?: ,)? (?:<TIME>|"
                 r"monday|tuesday|wednesday|thursday|friday)|(?:wrote|writing|written|made|making) (?:down )?(?:a list of |the )?"
                 r"(?:names|times|schedule) (?:\w+ ){0,6}(?:when (?:he|she|they|mr|mrs|ms|miss)|"
                 r"where they (?:sit|eat|hang)|of everyone)|(?:floor plan|map of the school|"
                 r"blueprints?) (?:\w+ |, ){0,6}(?:where|xs|timing)|been timing (?:it|them|when)|"
                 r"(?:following|followed|follow) (?:him|her|them) home (?:every|each|at night|again|last "
                 r"night|for)(?! (?:\w+ ){0,3}(?:same street|next door|neighbou?rs?))|(?:driving|walking|going) "
                 r"(?:by|past) (?:his|her|their) (?:house|place) (?:at night|every|again)|(?:lives|"
                 r"lives on) (?:\w+ |, ){0,4}(?:ive|i have|i ve) been (?:driving|walking|going) by|"
                 r"(?:know|found out|figured out) (?:which|what) (?:window|room|car) (?:is )?(?:his|"
                 r"her|theirs?)|know where (?:\w+ ){0,2}(?:parks|lives|sleeps|walks home) (?:\w+ |"
                 r", ){0,8}(?:alone|gonna|different|wait)|i know (?:his|her|their) route|"
                 r"(?:<TIME>|monday|tuesday|wednesday|thursday|friday) (?:is )?(?:gonna|going to|"
                 r"will) be (?:on the news(?:$| ,)|different(?: ,)?$)|(?:stay|staying) (?:home|away|out "
                 r"of school) (?:on )?(?:<TIME>|monday|tuesday|wednesday|thursday|friday)(?: ,)? "
                 r"(?:\w+ |, ){0,3}(?:not a joke|trust me|i mean it|seriously|dont ask|tell "
                 r"whoever)|(?:took|stole|grabbed|got|have|has) (?:\w+ ){0,2}(?:revolver|gun|pistol|"
                 r"rifle|shotgun|ar|ar15) (?:\w+ |, ){0,8}(?:know who|for (?:him|her|them)|"
                 r"nobodys noticed|doesnt lock|dont lock|never locks)|\w+s (?:gonna|going to) "
                 r"bleed|(?:wait for|jump|get|going over to|go to) (?:him|her|them|his place|her "
                 r"place|his house|her house) (?:\w+ ){0,6}with (?:my|a|the) (?:bat|knife|hammer|"
                 r"crowbar|bottle|gun|compass|box cutter)|(?:stabbing|stab|cut|hit|hitting|run "
                 r"over) (?:him|her|them) with (?:my|a|the) (?:compass|pen|scissors|knife|bat|car|"
                 r"box cutter)|slash (?:his|her|their) tires|(?:know|knows) (?:exactly )?whose "
                 r"(?:car|house|locker)|(?:gonna|going to|will|im) (?:\w+ )?(?:push|shove) (?:\w+ )"
                 r"{0,3}down the stairs|(?:box cutter|knife|blade|compass|bat|hammer|gun) (?:in|"
                 r"under) (?:my|the) (?:locker|bag|pocket|backpack|bed) (?:\w+ ){0,4}for when|"
                 r"if (?:they|he|she|anyone) (?:\w+ ){0,4}(?:im|i m|ill|i ll|i will) (?:using|use|"
                 r"pull|pulling) (?:the|my) (?:knife|gun|blade|bat|box cutter)|(?:knife|gun|blade|"
                 r"bat)(?: ,)? (?:its|it s) (?:already )?in my (?:bag|pocket|locker|backpack)|"
                 r"(?:everyone|everybody|they|those) (?:\w+ ){0,8}(?:gonna|going to|will) pay (?:\w+ "
                 r"|, ){0,8}(?:i have a plan|plan)|(?:bringing|bring) something (?:\w+ |, ){0,3}(?:not "
                 r"gonna be a fight|and its not)|(?:last warning|final warning) (?:\w+ ){0,4}then "
                 r"<TIME>|follow (?:thru|through)(?:$| ,)|voy a matar|ya tengo la navaja|"
                 r"got people ready|(?:counting|count) (?:down )?the days (?:til|till|until|to) "
                 r"(?:the )?(?:assembly|prom|graduation)(?= gun)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b4", (r"(?:could|might|gonna) (?:end|seriously hurt) (?:someone|somebody|people)|"
                 r"(?:understand|get) why (?:ppl|people|kids|someone) (?:snap|shoot up|go postal)|"
                 r"shoot up (?:places|the school|a school|my school)|revenge fantas\w*|(?:almost|"
                 r"nearly) (?:choked|strangled|stabbed|killed) (?:my \w+|him|her|someone)(?! (?:\w+ )?"
                 r"(?:with laughter|laughing|on (?:my|his|her|a)))|(?:better|"
                 r"happier) if (?:those|they|he|she|these) (?:\w+ ){0,2}(?:just )?(?:died|were "
                 r"dead|was dead)|hope (?:someone|something|a car|a bus) (?:\w+ ){0,2}(?:runs over|"
                 r"hits|kills) (?:my|him|her|them)|(?:dreams|dreamt|dreamed|dream) (?:where|that) i "
                 r"(?:hurt|kill|killed|stab|stabbed)|something (?:bad|terrible) to (?:him|her|them)|"
                 r"before i (?:hit|hurt|punch|kill|snap at) (?:someone|somebody|him|her|them)|"
                 r"(?:hurt|kicked|killed|hit) (?:the |a |my )?(?:\w+s )?(?:cat|dog|animal|pet) on "
                 r"purpose|(?:didnt|never|wouldnt) wake up and i (?:helped|did it)|(?:wanted|want) "
                 r"to keep (?:going|hitting|punching)(?: \w+)?$|hasta que deje de moverse|golpear a "
                 r"alguien|(?:pictures|images|thoughts) in my head of (?:doing it|hurting|stabbing|"
                 r"killing)|(?:everyone|everybody|every ?one) in my (?:class|grade|school) dies|"
                 r"(?:keying|key|slash\w*) (?:his|her|their) (?:car|tires) (?:and|or) (?:maybe )?"
                 r"worse|(?:how to make|make) (?:stuff|things|something) blow up|(?:asleep|"
                 r"sleeping) (?:and|,) (?:\w+ ){0,2}(?:the )?(?:hammer|knife|bat|axe|gun) is "
                 r"(?:right )?(?:there|here)|(?:shoving|pushing|shove|push) (?:him|her|them|my "
                 r"\w+(?: \w+)?) down the stairs|(?:ppl|people|kids) at school who deserve it")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b4", (r"no puedo (?:respirar|m ?a?s|parar|con esto)|estoy (?:temblando|muy mal|fatal)|"
                  r"ay ?u?denme|ay ?u?dame|no aguanto m ?a?s|(?:need|want) (?:someone|somebody|"
                  r"anyone) (?:to talk to )?(?:rn|right now|asap|please|pls)(?! to| for| with)|"
                  r"(?:someone|somebody|anyone) (?:pls|please) (?:answer|reply|help|respond)(?: me| "
                  r"pls| please)?(?:$| ,| i )|cant be alone (?:rn|"
                  r"right now|tonight)|(?:pls|please) (?:someone|somebody|anyone)$|(?:someone|"
                  r"somebody) (?:answer|help) (?:pls|please)|not (?:even )?in my (?:own )?body|"
                  r"(?:keep|keeps|been|im|i m) (?:dissociating|losing time)|(?:everything|it all)"
                  r" (?:feels|seems) (?:so )?(?:fake|unreal) (?:\w+ ){0,4}(?:scar\w*|dream)|"
                  r"(?:havent|have not|wont|cant|cannot|can t) (?:stopped |stop )(?:trembling|"
                  r"shaking|sobbing)|(?:keep|keeps) (?:shaking|trembling)|(?:should|need to|gonna|have to|"
                  r"pls|please) call (?:911|999|112|an ambulance)|(?:im|i m|i am) "
                  r"breaking(?: down)?(?:$| ,| like| and)|^falling apart|locked myself in (?:the "
                  r"|my )?(?:\w+ )?(?:bathroom|toilet|closet|stall)(?! to (?:finish|do|take|get|film|"
                  r"call|study|change))|(?:shower|bath) fully clothed|"
                  r"cant make myself (?:move|get up)|(?:cant|cannot) (?:handle|take) one more "
                  r"thing|if one more thing (?:happens|goes wrong)|(?:dark|black|pitch black) "
                  r"(?:in|inside) my (?:head|mind|brain)|crying (?:\w+ ){0,4}for (?:an hour|hours|"
                  r"\d+ hours)|cant drive (?:home )?like this|(?:dont|do not) know what to do with "
                  r"(?:my body|myself)(?! (?:this|over|during|on) )|(?:my )?(?:head|brain|mind) is "
                  r"(?:going down the drain|glitching)|cant stop replaying")),
]
RISK_RULES["sh_ideation"] += [
    ("method_b4", (r"(?:<GONNA>) (?:\w+ )?(?:walk|swim|wade) (?:out )?into the (?:ocean|sea|river|"
                   r"lake)|(?:not|never|without) (?:hitting|hit|touching|using|pressing) the brakes?|"
                   r"(?:cuts|cutting|it) (?:wont|will not|isnt|arent) (?:be )?enough (?:this time|"
                   r"anymore)|(?:picturing|picture|imagining|imagine|planning) my (?:own )?funeral|"
                   r"(?:playlist|songs?|outfit) for my own funeral|(?:tomorrow|tmrw|the future|next "
                   r"year) (?:just )?(?:didnt|doesnt|wont) include me|(?:holding|hold|held) (?:an )?"
                   r"ice cubes? (?:\w+ ){0,2}(?:bc|because|instead)|(?:wearing|wear|wore|started "
                   r"wearing) (?:a |my )?(?:watch|bracelets?|long sleeves|hoodie|jacket) (?:\w+ )"
                   r"{0,4}(?:to hide|so no one sees|so nobody sees|to (?:swim|the pool|the beach|pe)"
                   r"(?!.*(?:burn|sun|cold|uv|rash|eczema|modest)))|(?:last time (?:ill|i ll|i will) see (?:them|her|him|you|my \w+))(?!.*(?:until|till|"
                   r"til|next|summer|christmas|school|tomorrow|again))" + _TRAVEL
                   + r"|zoning out (?:\w+ ){0,2}losing time|keep losing time")),
]
RISK_RULES["sh_means"] += [
    ("means_b4", (r"sharpener blades?|blades? (?:out of|from) (?:a |the |my )?(?:pencil )?"
                  r"sharpener|(?:bridge|tracks|roof|cliff|overpass|ledge|pier) (?:\w+ |, ){0,10}"
                  r"(?:going|walking|heading) (?:back )?there")),
]
RISK_RULES["sh_plan"] += [
    ("staged_b4", (r"(?:by|at|on|near) the (?:train |railway )?tracks (?:\w+ |, ){0,8}next "
                   r"(?:one|train)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b4b", (r"when (?:my )?(?:\w+ )?(?:gets|is) drunk (?:he|she) gets (?:scary|violent|"
                     r"mean)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b4b", r"(?:explaining|list of|reasons) why (?:they|he|she|everyone) (?:all )?deserves? "
                 r"(?:it|to)"),
]
# Toxicity exemptions: self-talk quoting one's own brain or voices, "X wont shut up" (attacks
# nobody), and reported speech of an abuser or a threat to share pictures.
TOX_EXEMPT += [
    ("brain_says", (r"(?:my |the )?(?:brain|head|mind|thoughts?|voice|voices|inner voice|"
                    r"intrusive thoughts?|depression|anxiety)(?: in my head)? (?:\w+ )?(?:says|"
                    r"say|said|goes|go|went|tells me|told me|keeps telling me|keeps saying|is like|"
                    r"was like|whispers?|screams?)(?: \w+){0,10}")),
    ("wont_shut_up", (r"(?!(?:you|u|ya|yall|ur|you guys) )\w+ (?:just |literally |still )?"
                      r"(?:wont|won t|will not|cant|cannot|never|doesnt|dont|didnt) "
                      r"(?:ever )?shut up|(?:make|get|need|want) (?:my |the )?(?:brain|head|mind|"
                      r"thoughts|it|them) (?:to )?shut up|(?:told|tells|telling|yelled at|"
                      r"screamed at|screams at|yells at) me to shut up")),
    ("reported_bullying", (r"(?:someone|somebody|they|people|kids|\w+) (?:made|created|started|set "
                           r"up|has|have) (?:a |an )?(?:page|account|group ?chat|gc) (?:just )?to "
                           r"(?:roast|make fun of|hate on|expose|bully) (?:me|my)(?: \w+)?")),
    ("reported_send", (r"(?:he|she|they|\w+) (?:said|says|keeps saying|kept saying|asked|asks|"
                       r"asked me|wants me to|told me|tells me|texted|messaged|dmed|was like|goes|"
                       r"keeps asking) (?:\w+ ){0,6}send (?:\w+ )?(?:pics|pictures|nudes|photos|"
                       r"a pic|more)|threat\w* to (?:post|share|leak|send|show|spread|upload) "
                       r"(?:\w+ ){0,6}")),
]

# --- batch 7 families (2026-11-28) ------------------------------------------------------
# Life areas earlier data under-covered (sports, jobs, church, foster care, custody weekends,
# eating disorders, pills with alcohol), written as families of phrasing: eating-disorder
# behaviour (purging, laxatives for weight, days on water, a dangerous weight cut) and its
# danger signs (fainting, blacking out, a skipping heart) -- the two together are high; pills
# mixed with alcohol; grooming and coercion by an adult with authority (a boss, coach,
# streamer, pastor) -- clothes-off requests, rubbing and driving home, porn; forced marriage;
# abuse told by its circumstances (thrown against the wall, the belt buckle, insulin withheld,
# "did the thing again when everyone was asleep"); threats with a venue or a vehicle; and
# ordinary contexts (a sports bruise, a self-harm awareness talk, sims, a class goodbye letter,
# "if i hear that song one more time im jumping out a window", a coach's joking threat).
_AUTH = (r"(?:coach|coaches|assistant coach|trainer|teacher|band director|choir director|"
         r"director|pastor|youth pastor|youth leader|priest|imam|rabbi|minister|deacon|boss|"
         r"manager|supervisor|shift lead|shift leader|tutor|instructor|counselor|camp counselor|"
         r"sensei|scout leader|scoutmaster|streamer|mod|admin|neighbou?r|landlord)")
_ALCOHOL = (r"(?:vodka|rum|whiskey|whisky|wine|beer|beers|alcohol|liquor|tequila|gin|everclear|"
            r"hennessy|henny|booze|fireball|white claws?|seltzers?|moonshine|bourbon|brandy)")
_ED_ACT = (r"(?:(?:make|making|made|makes) myself (?:throw up|puke|vomit|gag)|"
           r"purg(?:ed|ing)(?! (?:my|the|old|files|photos|pics|camera|closet|clothes|stuff|inbox|"
           r"following|friends|playlist|back in|last (?:year|fall|spring|summer|winter)|in the "
           r"(?:past|fall)))|purge (?:after|again|every)|chew(?:ing|ed)? (?:and|n) spit(?:ting)?|"
           # batch 10: days of water only, hours of exercise on an apple
           r"day (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:of just water|of only "
           r"water|of water|of no food|of not eating|of eating nothing|of nothing but water|just "
           r"water|only water|no food)(?![\w#])|"
           r"(?:\d+|two|three|four) hours? (?:of )?(?:cardio|running|exercise|working out|the "
           r"treadmill|the gym) (?:a|every|each) day (?:\w+ |, ){0,4}(?:eating|eat|ate) (?:like |"
           r"only |just |maybe |barely )?(?:nothing|an? (?:apple|banana|rice cake|granola bar)|"
           r"one (?:meal|apple))|"
           r"(?:\d+|like \d+|so many|a bunch of|lots of|a lot of) laxatives|laxatives? (?:\w+ ){0,2}"
           r"(?:again|every day|a day|after (?:i eat|eating|meals|dinner))|(?:weight|lbs|pounds|"
           r"skinny|thin|fat|calories) (?:\w+ |, ){0,10}laxatives?|laxatives? (?:\w+ |, ){0,10}"
           r"(?:lose|weight|skinny|thin|fat)|(?:on|eating|eat|ate|only|under|below|less than|"
           r"limit(?:ing)? myself to) (?:like )?[1-9]\d{0,2} (?:calories|cals|kcal)|[1-9]\d{0,2} "
           r"(?:calories|cals|kcal) (?:a|per) day|counting (?:every )?calories (?:\w+ ){0,4}"
           r"(?:all day|constantly|obsessive\w*|nonstop)|(?:skip|skipping|skipped|skips) (?:\w+ )"
           r"{0,2}(?:meals|lunch|dinner|breakfast|eating)(?: \w+){0,6} (?:so (?:nobody|no one|they|"
           r"my \w+) (?:\w+ ){0,2}(?:sees|notices|knows|finds out|see|notice)|so i (?:dont|can|wont) "
           r"(?:gain|lose|get fat)|to (?:lose|drop) (?:weight|\d+))|(?:nobody|no one) (?:sees|"
           r"notices|knows) (?:me )?(?:not eat|i dont eat|i havent eaten)|only (?:had|drank|drinking|"
           r"been drinking|drink) water (?:since|for|all)|(?:\d+|two|three|four|five|six|seven) "
           r"days (?:of )?(?:no food|without (?:food|eating)|not eating)|(?:\d+|two|three|four|"
           r"five) days no food|(?:weight cut|cutting weight|cut weight|make weight|making weight|"
           r"drop \d+ (?:lbs|pounds|kg)) (?:\w+ |, ){0,10}(?:no (?:food|water|eating)|not eating|"
           r"stop(?:ped)? eating|starv\w*|spit\w*|sauna suit|trash bags?|laxatives?|"
           r"throw(?:ing)? up|diuretics|water pills|dehydrat\w*)|only (?:ate|eaten|had) (?:an? "
           r"|one |half an? )?(?:apple|banana|rice cake|crackers?|carrots?|grapes|celery|gum|"
           r"lettuce)(?: \w+){0,3}(?=.*(?:proud|fat|weight|calories|skinny|thin|deserve|in "
           r"control|good about))|throw(?:ing)? up (?:after "
           r"(?:every|each|i eat|eating|meals|dinner|lunch)|on purpose))")
_ED_ANY = (_ED_ACT[:-1] + r"|throw(?:ing|n)? up everything|(?:havent|hasnt|not) eaten (?:in|for|"
           r"since) (?:\d+|two|three|four|five|days|monday|tuesday|wednesday|thursday|friday|"
           r"saturday|sunday|yesterday|last)|(?:im|i m|i am|been|ive been) not eating|"
           r"(?:stopped|stop) eating|only (?:ate|eaten|had) (?:an? |one |half "
           r"an? )?(?:apple|banana|rice cake|crackers?|carrots?|grapes|celery|gum|lettuce))")
_ED_DANGER = (r"(?:faint(?:ed|ing)?|passed out|pass out|passing out|blacked out|black out|"
              r"blacking out|(?:vision|eyes|sight) (?:\w+ ){0,2}(?:black|dark|blurry)|heart "
              r"(?:\w+ ){0,3}(?:skipp\w*|weird|racing|fluttering|pounding|hurts|irregular)|chest "
              r"(?:pain|hurts)|blood when i (?:throw up|puke|vomit|purge)|throwing up blood|hair "
              r"(?:is )?falling out|cant stand up|collaps\w*)")
_WEAPONS_B7 = (r"(?:bat|knife|knifes|knives|gun|guns|hammer|crowbar|machete|rifle|pistol|axe|"
               r"brass knuckles|switchblade|box ?cutter)")
_DONE = (r"(?:(?:im|i m|i am) done(?! with)|cant do (?:this|it) anymore|goodbye|its over|no point|"
         r"cant anymore)")
_WALK_TO = (r"(?:walking|heading|going|driving|biking|on my way) (?:out )?(?:to|towards) (?:the )?"
            r"(?:train tracks|tracks|bridge|overpass|cliff|parking garage|rooftop)"
            r"(?: \w+){0,2} (?:now|rn|right now)")
RISK_RULES["sh_act"] += [
    # eating-disorder behaviour told as routine: medium (self-harm)
    ("eating_disorder_b7", _ED_ACT),
    ("feel_something_b7", (r"(?:punch\w*|hit|hitting|scratch\w*|bite|biting|burn\w*|pinch\w*|"
                           r"slam\w*|bang\w*) (?:\w+ ){0,6}(?:just |only )?to feel (?:something|"
                           r"anything|pain|real|in control)(?! (?:new|different|fun))|"
                           r"punch(?:ing|ed)? (?:walls|the wall|a wall) (?:until|till|til) (?:my )?"
                           r"(?:knuckles|hands?) (?:split|bleed|bled|bruise|swell|crack)")),
]
RISK_RULES["sh_acted"] += [
    # behaviour and a danger sign in the same message, either order: high
    ("eating_danger_b7", _ED_ANY + r"(?=.*" + _ED_DANGER + r")|" + _ED_DANGER + r"(?=.*"
     + _ED_ANY + r")"),
    ("pills_alcohol_acted_b7", (r"(?:took|swallowed|downed|popped|taken) (?:all |the rest of |"
                                r"a bunch of |a handful of |like \d+ |\d\d+ |half |the whole |"
                                r"everything |all of |what was left of )(?:\w+ ){0,3}(?:<PILLS>) "
                                r"(?:\w+ ){0,4}(?:with|and|w|plus|then|chased) (?:\w+ ){0,4}"
                                + _ALCOHOL + r"|(?:took|swallowed|downed|popped) (?:\w+ ){0,4}"
                                r"(?:<PILLS>) (?:\w+ ){0,4}(?:with|and|w) (?:\w+ ){0,4}" + _ALCOHOL
                                + r" (?:\w+ |, ){0,8}(?:" + _SYMPTOM + r"|weird|heavy|ago)")),
    ("locked_with_means_b7", (r"(?:locked|hiding|hid|alone|shut|barricaded) "
                              r"(?:myself )?in (?:the|my|a) (?:\w+ )?(?:bathroom|toilet|stall|"
                              r"room|closet|car|garage|barn|shed|bedroom) (?:\w+ |, ){0,4}with "
                              r"(?:a |my |the |his |her |dads |moms )?(?:box ?cutter|blade|razor|"
                              r"knife|pills|rope|gun|rifle|pistol|belt|cord)")),
    ("did_it_again_b7", (r"(?:knife|blade|razor|box ?cutter|glass|sharpener|scissors) (?:\w+ |, )"
                         r"{0,12}(?:did it again|went deeper|cut again) (?:(?:\d+|five|ten|a few) "
                         r"(?:min|mins|minutes|hours?) ago|just now|rn|tonight|today)")),
    # session 19: the dropped g and a car or truck as the place, "sittin in the shed with the
    # truck runnin and the door pulled shut. gettin sleepy"
    ("exhaust_b7", (r"(?:im|i m|i am|sitting|sittin|sat|lying|lyin|laying|layin) (?:\w+ ){0,3}"
                    r"(?:in|inside) (?:the|my|our) (?:barn|garage|shed) with (?:the )?(?:truck|car|"
                    r"engine|motor|generator) (?:running|runnin|on)|(?:garage|barn|shed)(?: \w+| ,)"
                    r"{0,8} (?:truck|car|engine|motor|generator) (?:still )?running (?:\w+ ){0,2}"
                    r"(?:and|with) (?:the )?(?:doors?|windows?|garage door|barn doors?) (?:shut|"
                    r"closed|locked)|(?:sittin|sitting|sat|lyin|lying|laying|layin|im|i m) (?:\w+ )?"
                    r"in (?:the|my|our) (?:barn|garage|shed|car|truck) with (?:the )?(?:truck|car|"
                    r"engine|motor|generator) (?:runnin|running|on)(?: ,)? (?:and|with) (?:the )?"
                    r"(?:doors?|windows?|garage door|barn doors?) (?:\w+ )?(?:shut|closed|"
                    r"locked)")),
    ("spanish_act_b7", (r"me (?:cort|corte|corto|raje|rajo)(?: \w+){0,3} (?:profundo|hondo|las venas|"
                        r"los brazos|el brazo)|mucha sangre|no (?:para|deja) de sangrar|me tom\w* "
                        r"(?:todas|las pastillas|todo)")),
]
RISK_RULES["sh_means"] += [
    ("pills_alcohol_b7", (r"(?:<PILLS>) (?:\w+ |, ){0,8}(?:with|and|plus|w|into) (?:\w+ ){0,3}"
                          + _ALCOHOL + r"|" + _ALCOHOL + r" (?:\w+ |, ){0,6}(?:with|and|plus|w) "
                          r"(?:\w+ ){0,3}(?:<PILLS>)")),
    ("knows_where_ammo_b7", (r"know where (?:\w+ ){0,3}(?:shells|bullets|ammo|ammunition|gun key|"
                             r"key to the (?:gun|safe|cabinet)|safe code|gun safe) (?:are|is|go|"
                             r"goes)|(?:rifle|gun|pistol|shotgun) (?:\w+ ){0,4}unlocked")),
]
RISK_RULES["sh_plan"] += [
    ("plan_is_means_b7", (r"(?:the|my) plan is (?:the |a |my )?(?:bridge|overpass|tracks|train "
                          r"tracks|pills|rope|gun|rifle|parking garage|cliff)(?! (?:club|game|team|tournament|party|"
                          r"trip|walk|run|range|shop|store))|(?:the|my) plan is "
                          r"to (?:jump|hang|overdose|od|use the (?:gun|rifle|rope|pills))")),
    ("walking_to_b7", _DONE + r".*?" + _WALK_TO + r"|" + _WALK_TO + r"(?=.*" + _DONE + r")"),
]
RISK_RULES["sh_intent"] += [
    ("intent_strong", (r"(?:have|got|made|picked) (?:a |the )?plan and (?:a |the )?date(?! for| to)|"
                       r"(?:im|i m|ill be|i will be) done (?:either way|no matter what)|(?:feel|"
                       r"feeling|felt) (?:so )?(?:calm|peaceful|at peace) (?:\w+ ){0,6}(?:since i "
                       r"decided|now that i (?:decided|have a plan))")),
]
RISK_RULES["sh_ideation"] += [
    ("passive_b7", (r"(?:wish|hope|hoping|pray|praying) (?:that )?(?:a |the |some )?(?:\w+ )?"
                    r"(?:car|truck|bus|train|tractor|semi|drunk driver|lightning|meteor|asteroid) "
                    r"(?:would |will |could |just |to )*(?:hit me|hits me|run me over|runs me over|"
                    r"run over me|kill me|kills me|fall on me)|(?:idk|i dont know|dont know|not sure|"
                    r"unsure|no idea) (?:if|whether) i (?:even )?(?:want|wanna) to (?:live(?! in| with| at| on| "
                    r"near| there| here| abroad| like| off)|be alive|keep living|exist)|(?:makes?|made|making) me not (?:want "
                    r"to|wanna) (?:be alive|live|exist|be here|wake up)|(?:makes?|made) me (?:want "
                    r"to|wanna) (?:die|not exist|not be alive|kms|kill myself)|stop being (?:a "
                    r"person|a human|human|alive)|(?:want|wanna|wish) (?:to )?(?:just )?disappear "
                    r"(?:\w+ ){0,3}(?:nobody|no one|everyone) (?:\w+ ){0,2}(?:remember|remembers|"
                    r"remembering) (?:i|me)|(?:wish|want) i (?:was|were|had) never (?:been )?born|"
                    r"(?:picture|picturing|imagine|imagining|thinking about|daydream\w*) "
                    r"(?:\w+ ){0,3}(?:at|to) my (?:own )?funeral|(?:happier|relieved) (?:\w+ )"
                    r"{0,3}(?:without me|than they are with me|with me gone|if i (?:was|were) "
                    r"gone)|(?:rather|prefer to|ready to) (?:just )?be done with (?:everything|"
                    r"it all|life|living|all of it)|(?:going|go|goin) to (?:hell|heaven) (?:\w+ |, ){0,8}(?:get|go|be|"
                    r"head) there (?:early|soon|sooner|first)|(?:pienso|pensando|pensar|piensa) "
                    r"en (?:morir\w*|matarme|suicid\w*|quitarme la vida)|ganas de (?:morir\w*|"
                    r"matarme)|(?:thinking|think|thought|thoughts) (?:about|of) (?:sh|self harm|"
                    r"hurting myself|burning myself|cutting(?= again|$| tonight| rn| after| bc|"
                    r" because| so))(?! awareness| prevention)")),
]
RISK_RULES["sh_farewell"] += [
    ("farewell_b7", (r"by the time (?:\w+ |, ){1,10}(?:ill|i ll|i will|im|i m|i) (?:be )?(?:gone|"
                     r"dead|not here|not around)(?! (?:to|for|on|out|from|at|by|till|until|all|"
                     r"home|already|shopping|camping))|(?:notes?|letters?) (?:\w+ |, ){0,6}so "
                     r"(?:they|\w+|every ?one) (?:\w+ )?(?:find|finds|see|read) (?:them|it) (?:after|"
                     r"later|when)|(?:put|left|hid|hidden|stashed) (?:\w+ ){0,2}(?:notes|letters) "
                     r"for (?:every ?one|everybody|my (?:family|mom|dad|parents|friends))|"
                     r"(?:(?:wont|will not|won t) be (?:back|around|here|coming back|on here) "
                     r"(?:\w+ ){0,2}after (?:tonight|today|this weekend|tomorrow|tmrw)|(?:wont|"
                     r"will not|not gonna|not going to|won t) be needing (?:it|them|those|"
                     r"any of (?:it|this|that|them)))(?!.*(?:phone|grounded|because|bc|"
                     r"cause|cuz|since|busy|exams?|new|winter|summer))" + _TRAVEL + r"|"
                     r"(?:gave|giving|give) (?:\w+ ){0,10}keep (?:it|them) forever|if (?:im|i m|"
                     r"i am) not (?:at|in|here|there|around|online|on) (?:\w+ ){0,3}(?:you|u|yall|"
                     r"you all) (?:\w+ )?(?:know|will know|ll know) why(?!.*(?:dentist|doctor|appointment|appt|"
                     r"sick|lol|lmao|haha|jk|trip|game|meet|orthodontist))")),
]
RISK_RULES["ab_grooming"] += [
    ("clothes_off_b7", (r"(?:asked|asks|asking|wants|wanted|told|tells|makes|made|pressur\w*|"
                        r"begg\w*|keeps asking|kept asking|forced|forcing|trying to get) me (?:to )?"
                        r"(?:\w+ ){0,2}(?:video ?call|facetime|call|cam|get on cam|send|take|pose|"
                        r"dance|stream|snap|film) (?:\w+ ){0,3}(?:without (?:a |my |any )?(?:shirt|"
                        r"clothes|top|pants|bra|underwear)|in (?:my|a|just my|only my) (?:underwear|"
                        r"bra|sports bra|bikini|swimsuit|towel|boxers)|naked|shirtless|topless|"
                        r"nude)|(?:make|made|makes|making|has|had) (?:me|us) (?:change|undress|strip|"
                        r"shower|get changed) (?:in front of|while|with) (?:him|them|the coach|my coach)|"
                        r"(?:got|tricked|convinced|talked|manipulated|guilted) me (?:into )?(?:to )?"
                        r"send(?:ing)? (?:him |her |them )?(?:pics|nudes|pictures|photos|videos)")),
    ("authority_b7", (_AUTH + r" (?:\w+ |, ){0,6}(?:rubbing|rubs|rubbed|massag\w*|strok\w*|"
                      r"squeez\w*|caress\w*) my (?:shoulders?|back|neck|legs?|thighs?|knees?|hair|"
                      r"waist|hips?)(?=.*(?:alone|drive me|driving me|ride|secret|dont tell|"
                      r"uncomfortable|weird|wrong|creepy|scared|dont want|after close|his car|"
                      r"his office|his house|hotel))|" + _AUTH + r" (?:\w+ |, ){0,10}(?:driving "
                      r"me home|drive me home|give me a ride|gives me rides) (?:\w+ |, ){0,6}"
                      r"(?:i dont want|dont wanna|scared|uncomfortable|weird|creepy|alone|secret|"
                      r"dont tell|not to tell)|(?:shows|showing|showed|keeps showing|makes me watch|made me "
                      r"watch) me (?:\w+ ){0,2}(?:porn|naked (?:pics|pictures|videos|photos)|his "
                      r"(?:dick|penis|privates|junk))(?=.*(?:secret|practice|dont tell|not to tell|"
                      r"touch|try it|do it|alone|at night))")),
]
RISK_RULES["ab_ongoing"] += [
    ("circumstances_b7", (r"(?:he|she|his|her|my|the) (?!dog|cat|puppy|kitten|pet|bird|hamster)"
                          r"(?:\w+ ){0,5}(?:did|does|"
                          r"tried|was doing) (?:the thing|that thing|that stuff|the stuff|what he "
                          r"does|what she does) (?:to me )?again (?:when|while|after|once) "
                          r"(?:\w+ ){0,3}(?:asleep|sleeping|passed out|drunk|in bed|to bed)|(?:throwing|throws|slamming|slams|shoving|shoves|pushing|"
                          r"pushes|pinning|pins|dragging|drags|kicking|kicks) (?:me|my (?:head|face|"
                          r"body)) (?:\w+ )?(?:into|against|across|down) (?:the |a )?(?:wall|floor|"
                          r"stairs|door|table|ground|counter|cabinet|fridge|car)|(?:(?:with|used|uses|using) "
                          r"(?:the |a |his |her |my )?|(?:its|it s) the )(?:belt|belt buckle|buckle|"
                          r"extension cord|cable|hanger|wooden spoon|chancla)(?: \w+| ,){0,8} "
                          r"(?:bleeding|bled|bruis\w*|welts|blood)")),
]
RISK_RULES["ab_neglect"] += [
    ("neglect_b7", (r"(?:doesnt|wont|dont|never|not) let(?:ting|s)? me (?:take|have|get|use) my "
                    r"(?:insulin|inhaler|epipen|epi pen|seizure meds|antidepressants)(?! to school| "
                    r"to (?:the|a) )|(?:takes|took|hides|hid|hiding|withhold\w*|throws out|threw "
                    r"out) (?:away )?my (?:insulin|inhaler|epipen|epi pen|seizure meds)(?! (?:to|"
                    r"for|at|so))|makes? me sleep (?:in|on) the (?:truck|car|shed|barn|yard)(?=.*"
                    r"(?:drunk|mad|angry|punish\w*|kick\w*|lock\w*|cold|winter|wont let me in|all "
                    r"night|if i))")),
]
RISK_RULES["ab_danger"] += [
    ("forced_marriage_b7", (r"(?:sending|send|sent|taking|take|force|forcing|forced|making|make|"
                            r"made|marrying|marry) me (?:off )?(?:\w+ ){0,5}(?:to )?(?:get married|"
                            r"marry|be married)|(?:force|forcing|forced|make|making|made) me (?:to )?"
                            r"marry|(?:arranged|forced) marriage (?:\w+ |, ){0,8}(?:me|im|i m|my)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b7", (r"said no (?:\w+ ){0,3}(?:and|but) (?:he|she|they) (?:kept going|didnt stop|"
                    r"wouldnt stop|did it anyway|kept doing it|kept touching)|(?:he|she|they) "
                    r"(?:didnt|wouldnt|did not) stop when i said (?:no|stop)|me (?:pegaba|pegaban|"
                    r"golpeaba|golpeaban|tocaba|tocaban|maltrataba|maltrataban)|abusa(?:ba|ron)? de "
                    r"mi|(?:hands?|touch\w*|grab\w*) (?:\w+ ){0,2}(?:in|on|into) (?:places|spots|"
                    r"areas) (?:\w+ ){0,4}(?:not|shouldnt|wasnt|werent|private|weird|wrong)|"
                    r"(?:check|checking|checked|fix|fixing|adjust\w*) my (?:form|posture|position|"
                    r"stance|uniform|costume) (?:\w+ ){0,4}(?:with his hands|with her hands|"
                    r"touch\w*|grab\w*)|told (?:a |my |the |our )?(?:teacher|counselor|mom|dad|mum|"
                    r"parents|someone|adult|police|cops|nurse|principal|aunt|grandma) (?:\w+ ){0,4}"
                    r"about (?:my |what )(?:\w+ |, ){0,8}(?:nobody|no one|they|she|he) (?:\w+ )?"
                    r"believed me|(?:text|texted|texting|texts|sent|sends|send|sending|message\w*|"
                    r"dm\w*) me (?:some )?(?:sexual|creepy|dirty|inappropriate|sexy) (?:stuff|"
                    r"things|messages|texts|pics|comments)|(?:said|says|saying|say) (?:some )?"
                    r"(?:sexual|creepy|dirty|inappropriate) (?:stuff|things|comments) (?:to me|about "
                    r"me|about my body)|(?:text|"
                    r"texted|texting|texts|message\w*|dm\w*) me (?:weird|creepy) (?:stuff|things|"
                    r"messages) (?:at night|late at night)|(?:went|go|going|gone) without (?:food|"
                    r"eating|meals|dinner) (?:\w+ ){0,5}(?:bc|because|cause|since|cuz) (?:my )?"
                    r"(?:mom|dad|parents|mum|mother|father)|(?:something|stuff|things) (?:bad |"
                    r"weird |messed up )?happened (?:\w+ ){0,6}with (?:one of )?(?:the |a |my |his |"
                    r"her |an )?(?:\w+ )?(?:counselors?|coach(?:es)?|teachers?|pastors?|priests?|"
                    r"leaders?|instructors?|trainers?|tutors?|uncle|cousin|neighbou?r|guy|man|"
                    r"adults?|stepdad|babysitter)|(?:took|taken|hid|hidden|hiding|locked up|wont give me back) "
                    r"(?:away )?(?:my|our) (?:phone and )?passports?(?= and| ,|$)(?!.*(?:renew|trip|"
                    r"vacation|lose|lost|safe|embassy|travel))|(?:shows|showing|showed|keeps "
                    r"showing) me (?:\w+ ){0,2}porn(?! (?:ads?|memes?|jokes?))|" + _AUTH
                    + r" (?:\w+ |, ){0,6}(?:keeps|always|kept) (?:rubbing|massaging|stroking|"
                    r"squeezing|touching) my (?:shoulders?|back|neck|legs?|thighs?|knees?|hair|"
                    r"waist|hips?)")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b7", (r"shoot up (?:the |our |my )?(?:homecoming|prom|dance|game|pep rally|assembly|"
                 r"graduation|church|mosque|temple|synagogue|mall|party|cafeteria|gym|stadium|"
                 r"concert|parade)|(?:driving|going|heading|walking|coming|showing up|pulling up|"
                 r"riding) (?:over )?(?:there|to (?:his|her|their) (?:house|place|work|school|job))"
                 r" (?:\w+ ){0,3}with (?:a |my |the |his |her |my dads )?" + _WEAPONS_B7
                 + r"(?!.*(?:practice|tryouts?|cage|batting|field|league|baseball|softball|"
                 r"cricket))|"
                 r"(?:<GONNA>) (?:\w+ ){0,2}run (?:him|her|them|that (?:kid|guy|girl|dude)|the "
                 r"(?:kid|guy|girl|dude|teacher)) over|(?:<GONNA>) (?:\w+ ){0,2}(?:hold|push|keep) "
                 r"(?:him|her|them|my (?:\w+ )?(?:brother|sister|cousin|stepbrother|stepsister)) "
                 r"(?:\w+ )?(?:under|underwater|under water)|(?:so we can|gonna|going to|lets|"
                 r"were gonna|we re gonna|planning to|plan to|tryna|trying to) jump (?:him|her|them|"
                 r"(?:that|this|the) (?:new )?(?:kid|guy|girl|boy|dude))(?! in (?:the )?(?:game|race|"
                 r"standings|rankings|line|queue))|(?:<GONNA>) (?:\w+ ){0,2}"
                 r"(?:set|light) (?:the |his |her |their |my \w+s )?(?:church|school|house|"
                 r"restaurant|store|shop|building|car|truck|mosque|temple|barn|office|"
                 r"apartment)(?: \w+)? on fire(?! with)|(?:<GONNA>) (?:\w+ ){0,2}burn (?:down )?(?:the |his |"
                 r"her |their |my \w+s )?(?:church|school|restaurant|store|shop|building|mosque|"
                 r"temple|gym|barn|office|apartment)(?: down)?")),
    ("dead_day_weapon_b7", (r"(?:he|hes|she|shes|they|theyre|(?:guy|dude|girl|kid|boy|man|bitch|"
                            r"bastard|teacher|coach|ref) (?:who|that) (?:\w+ ){1,4}(?:is|s)) "
                            r"(?:is |s |are |re |will be |ll be |gonna be )?(?:so )?dead (?:on |by |"
                            r"this |next |after )?(?:monday|tuesday|wednesday|thursday|friday|"
                            r"saturday|sunday|tomorrow|tmrw|tonight|after school)(?=.*"
                            + _WEAPONS_B7 + r")")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b7", (r"(?:he|hes|she|shes|they|theyre|(?:guy|dude|girl|kid|boy|man|bitch|bastard|"
                 r"teacher|coach|ref) (?:who|that) (?:\w+ ){1,4}(?:is|s)) (?:is |s |are |re |will "
                 r"be |ll be |gonna be )?(?:so )?dead (?:on |by |this |next |after )?(?:monday|"
                 r"tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tonight|after "
                 r"school)|(?:smother|smothering|suffocat\w*|drown|drowning) (?:him|her|them|my "
                 r"(?:\w+ )?(?:brother|sister|cousin|stepbrother|stepsister|stepdad|mom|dad|ex|"
                 r"boss))(?! (?:with|in) (?:hugs|kisses|love))|(?:burn|pay|suffer|bleed|rot) "
                 r"(?:\w+ ){0,3}for what (?:they|he|she|you|yall) (?:did|said|done|posted)|(?:make|"
                 r"making) (?:him|her|them|(?:the|that|this) (?:\w+ ){0,2}(?:guy|kid|girl|boy|dude|"
                 r"ref|coach|teacher|bully|bullies|people|person|man|woman|kids)(?: \w+){0,6}) "
                 r"(?:suffer|bleed|beg)|(?:<WANT>|want|wanna|wanted) (?:<ADV>)?(?:to )?(?:hurt|"
                 r"hurting|punch|punching|beat up|stab|stabbing|kill|strangle) the (?:\w+ ){0,2}"
                 r"(?:ref|referee|umpire|coach|manager|teacher|kid|guy|girl|dude|bully|bullies|"
                 r"boy|boys|person)|(?:thought|thoughts|flash|urge|urges|image|images) "
                 r"(?:\w+ ){0,3}(?:of|about) (?:\w+ )?(?:throwing|pouring|smashing|pushing|shoving) "
                 r"(?:\w+ ){0,4}(?:on|at|into|onto|off|down) (?:him|her|them|someone|people)|"
                 r"(?:thought|thoughts|flash|urge|urges|image|images) (?:\w+ ){0,3}(?:of|about) "
                 r"(?:\w+ )?(?:stabbing|hitting|punching|hurting|smothering|suffocating|drowning|"
                 r"strangling|choking|killing) (?:him|her|them|someone|people|my \w+)|"
                 r"(?:punched|hit|hurt|beat up|stabbed|attacked|jumped) (?:a |the |this |that |"
                 r"some )?(?:kid|guy|girl|boy|someone|somebody|him|her|dude) (?:\w+ |, ){0,10}"
                 r"(?:want|wanting|wanna|urge) to do it again")),
]
RISK_RULES["ds_medium"] += [
    ("panic", (r"heart (?:\w+ ){0,2}(?:wont|will not|cant|wouldnt|won t) stop (?:racing|pounding|"
               r"beating)(?: \w+| ,){0,4} (?:and )?(?:i )?(?:cant think|cant breathe|im shaking|"
               r"shaking|im scared)|(?:cant think|cant breathe|shaking|scared)(?: \w+| ,){0,6} "
               r"heart (?:\w+ ){0,2}(?:wont|will not|cant|won t) stop (?:racing|pounding)")),
    ("acute_b7", (r"dissociat\w* (?:hard|so bad|really bad|rn|right now|again|badly)|(?:feel|"
                  r"feels|feeling) like (?:im|i m|i am) not real|nothing feels real(?! lol| omg)")),
]
THIRD_PARTY += [
    ("tp_b7", (r"(?:friend|brother|sister|cousin|he|she|they|bf|gf|boyfriend|girlfriend|teammate|"
               r"buddy) (?:\w+ ){0,5}(?:do|doing) something (?:permanent|drastic|stupid to "
               r"(?:himself|herself|themselves))|(?:he|she|they) (?:\w+ )?(?:doesnt|dont|does not|"
               r"do not|didnt) care if (?:he|she|they) (?:wakes? up|lives?|dies?|makes it)|"
               r"(?:talking|talks|talk|says|said|saying|thinks|posted) (?:\w+ ){0,6}(?:how )?"
               r"(?:nobody|no one) would (?:even )?(?:miss|notice|care about) (?:him|her|them)|"
               r"(?:she|he|they)(?:s| is| are|re)? (?:gonna|going to|will|wants to|plans to) "
               r"(?:stop eating|starve (?:herself|himself|themselves)|purge)|(?:texted|said|sent|"
               r"wrote|posted|told) (?:me |us )?(?:that )?if (?:im|i m|hes|shes|he s|she s|he is|"
               r"she is|theyre) not (?:\w+ ){0,5}(?:you|u) know why")),
]
IDIOMS += [
    ("sh_awareness_b7", (r"self ?harm (?:awareness|prevention|talk|assembly|workshop|training|"
                         r"presentation|week|month|posters?|hotline|resources|unit|lesson)|"
                         r"(?:awareness|prevention) (?:\w+ ){0,2}(?:about|on|of|for) self ?harm")),
    ("sims_b7", (r"(?:killed|kill|killing|unalived|unalive|unaliving|drowned|drown|starved|burned|"
                 r"burnt) (?:my |our |the |his |her )?(?:sims?|sim family|sims family|villagers?|"
                 r"npcs?|tamagotchi|nintendog)|(?:sims?|sims family|villagers?|npcs?) (?:\w+ ){0,3}"
                 r"(?:died|dying|unalived|drowned)")),
    ("class_goodbye_b7", (r"(?:goodbye|farewell) (?:letters?|notes?|cards?|speech|video) (?:to|"
                          r"for) (?:our|my|your|the) (?:\w+ ){0,3}(?:selves|self|school|class|"
                          r"teachers?|seniors|coach|team|camp|counselors?)|(?:letters?|notes?) to "
                          r"(?:my|our|your) (?:future|younger|older|past|\w+ school|\d+ year old) "
                          r"(?:selves|self)")),
    ("one_more_time_b7", (r"if i (?:have to )?(?:hear|see|listen to|sing|play|watch|read|smell|"
                          r"eat|do) (?:\w+ ){1,10}one more time (?:\w+ |, ){0,5}(?:im|i m|i am|"
                          r"ill|i ll|i will|imma|ima|gonna|i swear) (?:\w+ ){0,2}(?:jump\w* out "
                          r"(?:of )?(?:a|the|my|this) window|lose it|scream|kms|go insane|quit)")),
    ("normal_to_self_b7", (r"is it (?:normal|ok|okay|weird|bad) to "
                           # batch 10: a softener first and more of what one does oneself ("is it
                           # normal to kinda outgrow friends from middle school")
                           r"(?:(?:kinda|kind of|sorta|sort of|just|like|sometimes|lowkey|really|"
                           r"slowly) )?(?:be|feel|skip|miss|get|want|"
                           r"have|cry|not|still|like|hate|eat|sleep|go|take|wear|ask|quit|change|"
                           r"switch|join|leave|outgrow|grow apart|drift apart|lose touch|forget|"
                           r"prefer|enjoy|care|stop|start|need|dislike|dread)(?! (?:\w+ ){0,5}(?:touch\w*|hit|hits|hurt\w*|grab\w*|"
                           r"slap\w*|kiss\w*|punish\w*|lock\w*|yell\w*|scream\w*|chok\w*|beat\w*|"
                           r"send|pics|nudes|alone with|sleep in|share a bed|bruis\w*|marks|uncle|"
                           r"coach|dad|stepdad|mom|teacher|pastor|boss|he|she|him|her))(?: \w+)*")),
    ("own_hospital_b7", (r"(?:im|i m|i am|been|stuck) (?:\w+ )?in the hospital for (?:my |an? )?"
                         r"(?:appendix|appendicitis|surgery|tonsils|broken \w+|asthma|crohns|"
                         r"concussion|knee|ankle|infection|tests|observation|pneumonia|flu)")),
]
TOX_EXEMPT += [
    # "no one asked me to prom", "nobody likes me": about oneself, not an attack on "you"
    ("self_nobody", (r"(?:no ?one|nobody|no body|not one person|every ?one|everybody|people) "
                     r"(?:\w+ ){0,2}(?:likes|loves|wants|asked|asks|invited|invites|cares about|"
                     r"texts|texted|needs|hates|notices|would miss|talks to|sits with) (?:me|us)")),
    # a coach's or parent's joking threat, reported: "coach said if anyone drops the baton
    # ill murder you" (the quote marks are gone after normalisation)
    ("reported_threat", (r"(?:<KIN>|he|she|they|someone|somebody|director|ref|captain|friend|"
                         r"teammate|mr \w+|ms \w+|mrs \w+)(?: \w+)? (?:said|says|goes|went|yelled|"
                         r"shouted|screamed|joked|threatened|was like|is like|told (?:us|me|"
                         r"everyone|the team|the class)) (?:that )?(?:\w+ |, ){0,10}(?:ill|i ll|"
                         r"i will|im gonna|im going to|gonna|imma|ima|hell|shell|he ll|she ll) "
                         r"(?:\w+ )?(?:kill|murder|end|destroy|strangle|beat|hurt|fight) (?:you|u|"
                         r"yall|ya|us|everyone|all of you|you all)")),
]


# --- batch 8 families (2026-11-28) ------------------------------------------------------
# From a batch of hard-negative ordinary messages: plays and scenes acted at school, game mobs
# that "unalive" you, a counselor or a teacher who is not coming back next year, sports plays
# and biology named "suicide"; and two risky phrasings found beside them (a fictional death
# wanted "for myself", a gift knife "used on my arms").
IDIOMS += [
    # "we're acting the murder scene friday", "filming the death scene", "the fight scene"
    ("scene_b8", (r"(?:murder|death|stabbing|dying|suicide|poison\w*|killing|kill|fight|sword ?fight|"
                  r"tomb|dagger|balcony|blood\w*|shooting|battle|duel) scenes?")),
    # "got unalived by a creeper", "got one shot by the boss", "killed by fall damage"
    ("game_killed_by_b8", (r"(?:got|get|gets|getting|was|been|keep getting|kept getting) "
                           r"(?:\w+ )?(?:unalived|killed|murdered|one shot|one shotted|destroyed|"
                           r"wrecked|blown up|jumped|clapped|sniped) by (?:a |an |the |this |that |"
                           r"some |every )?(?:\w+ ){0,2}(?:creepers?|zombies?|skeletons?|endermen|"
                           r"enderman|wardens?|withers?|piglins?|phantoms?|witch|witches|spiders?|"
                           r"mobs?|boss|bosses|npcs?|goombas?|bowser|dragons?|ghosts?|campers?|bots?|"
                           r"noobs?|tryhards?|sweats?|lava|fall damage|traps?|glitch|lag|hackers?|"
                           r"teammates?|guards?|aliens?|impostors?|imposters?)(?![\w#])")),
    # a prank or a game of hide and seek: "my sister hid in my closet to prank me"
    ("hide_prank_b8", (r"(?:hid|hiding|hide|hides) (?:\w+ ){0,4}(?:to (?:prank|scare|jump ?scare|"
                       r"surprise|spook) (?:me|us|him|her|them|my \w+)|for hide and seek|"
                       r"(?:during|playing|in) hide and seek)|(?:hide and seek|hide n seek|"
                       r"sardines)(?: \w+| ,){0,5}|(?:prank\w*|"
                       r"jump ?scar\w*|spook\w*) (?:me|us) (?:\w+ ){0,3}(?:by )?hiding")),
    # someone else leaving at the end of camp or the year: "our counselor is not coming back
    # next summer", "coach said hes not coming back, hes retiring"
    ("other_leaving_b8", (r"(?:counselors?|counsellors?|teachers?|coach|coaches|tutor|classmates?|"
                          r"friends?|bestie|neighbou?rs?|babysitter|nanny|principal|sub|substitute|"
                          r"pastor|youth leader|director|captain|seniors?|exchange student|"
                          r"roommate|bunkmate|cabin ?mates?|mr \w+|ms \w+|mrs \w+)(?: \w+| ,){0,8} "
                          r"(?:(?:shes|hes|theyre|she s|he s|they re|she is|he is|they are|she|he|"
                          r"they|who is|whos|who s|is|are|s) )(?:\w+ )?not coming back")),
]
RISK_RULES["sh_ideation"] += [
    # a fictional death wanted for oneself: "thinking about the romeo and juliet ending for
    # myself" (the film or the book is masked as a context; this is the sender's own wish)
    ("fiction_self_b8", (r"(?:think|thinking|thought|thoughts|dream\w*|imagin\w*|want\w*|wanna|wish\w*|"
                         r"plan\w*|choos\w*|romanticiz\w*|romanticis\w*|jealous of) (?:about |of )?"
                         r"(?:\w+ ){0,5}(?<!happy )(?<!good )(?<!better )(?<!different )"
                         r"(?<!new )(?<!perfect )(?<!fairytale )(?<!alternate )(?:ending|death|"
                         r"fate|exit|way out) for (?:myself|me)(?! too|[\w#])|(?:do|doing|did) what "
                         r"(?:romeo|juliet|ophelia|hamlet|he|she|they|the (?:character|mc|girl|"
                         r"boy|guy)) did (?:to (?:himself|herself|themselves) )?(?:to myself|"
                         r"myself|too|, too|for real|irl)|(?:go|die|end it|end things|leave) "
                         r"(?:\w+ )?(?:the )?(?:same )?way (?:romeo|juliet|ophelia|hamlet|he|she|"
                         r"they|the (?:character|mc|girl|boy|guy)) did")),
    ("drink_poison_b8", (r"(?:<WANT>|<GONNA>|could|might) (?:<ADV>)?(?:drink|swallow|take|down) "
                         r"(?:the |some |a |that |my )?(?:poison|bleach|antifreeze|drain cleaner|"
                         r"hemlock|" + _FARM_POISONS + r")(?! ivy| oak| control| centre| "
                         r"center| dart| frog)")),
]
RISK_RULES["sh_act"] += [
    # "got a knife for my birthday and ive been using it on my arms"
    ("used_on_self_b8", (r"(?:using|used|use|uses) (?:it|them|that|the (?:knife|blade|razor|"
                         r"scissors|compass|sharpener|lighter)|a (?:knife|blade|razor|lighter)) "
                         r"on (?:myself|my (?:\w+ )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|"
                         r"hips?|body|ankles?|shoulders?))")),
]


# --- batch 9 families (2026-11-28) ------------------------------------------------------
# From the fresh batch 9: abuse told inside a rude reply ("the trusted adult is the one doing
# it"), a partner's threat to send one's pictures reported by the victim (the toxicity rule
# read "send my pics" as a request for nudes and withheld it), passive ideation as "idk why i
# keep waking up"; and ordinary messages that stage 1 escalated (a thank-you with an update, a
# permission to vent).
# (hitting is perp_hits' already, which keeps the sibling-game downgrade in rules.py)
_HURT_ME_B9 = (r"(?:hurting|hurts|beating|beats|touching|touches|abusing|abuses|"
               r"does (?:it|this|that|stuff|things) to|doing (?:it|this|that|stuff|things) to) me"
               r"(?! (?:the )?most| more| emotionally| with (?:\w+ )?words| by (?:ignoring|leaving)|"
               r" at| in (?:a |every |the )?(?:game|games|race|match)| when we play)")
_ONE_B9 = (r"(?:is|s|are|re|was|hes|shes|theyre|he s|she s|they re)(?: literally| actually| really|"
           r" also| always| exactly)? the (?:one|ones|person|people|adult)(?: (?:who|that|whos|"
           r"who s|thats|that s))?(?: is| s| are| keeps)?")
RISK_RULES["ab_ongoing"] += [
    # the abuser is the adult one is told to turn to, or named as "the one hurting me": "the
    # trusted adult is the one doing it", "everyone says tell my mom but shes the one who hurts
    # me", "my uncle is the one hurting me", "the person hurting me is my stepdad"
    ("abuser_is_b9", (_ONE_B9 + r" " + _HURT_ME_B9 + r"|the (?:one|person|adult|guy|man|woman) "
                      r"(?:who |thats |that )?(?:is |s |keeps )?" + _HURT_ME_B9 + r" (?:is|s) "
                      r"(?:my|our|his|her|the)|(?:trusted adults?|adults? (?:i|you|u) (?:can )?"
                      r"trust|(?:adult|grown ?up|person|one) (?:im|i m|i am|i|id|i d|youre|you re|"
                      r"ur|you|u|they|theyre) (?:\w+ ){0,3}(?:tell|trust|talk to|go to|report "
                      r"(?:it )?to)) (?:\w+ ){0,3}" + _ONE_B9 + r" (?:doing (?:it|this|that)|does "
                      r"(?:it|this|that))|(?:tell|telling|told|talk to|talking to|report (?:it )?"
                      r"to|go to) (?:a |an |my |the |your |ur )?(?:trusted )?(?:\w+ )?(?:adult|"
                      r"adults|grown ?up|parents?|mom|mum|dad|someone|somebody|teacher|family)"
                      r"(?: \w+| ,){0,8} (?:he|she|they|hes|shes|theyre|he s|she s|they re|"
                      r"(?:my )?<KIN>) ?" + _ONE_B9 + r" (?:doing (?:it|this|that)|does (?:it|"
                      r"this|that))")),
]
_PICS_B9 = r"(?:\w+ )?(?:pics|pictures|photos|nudes|naked pics|videos?|vids|snaps|screenshots)"
_SPREAD_B9 = r"(?:send|post|share|leak|show|spread|upload|forward|airdrop|expose|put up)"
_WILL_B9 = (r"(?:hell|he ll|he will|hed|he d|he would|shell|she ll|she will|shed|she d|she would|"
            r"theyll|they ll|they will|theyd|they d|they would|(?:hes|shes|theyre|he s|she s|"
            r"they re|he is|she is|they are) (?:gonna|going to))")
RISK_RULES["ab_grooming"] += [
    # batch 4's sextortion family, told by the victim: "my bf says if i break up with him hell
    # send my pics to my dad", "she threatened to leak my nudes", "hes gonna post my pics if i
    # dont send more", "my ex said hed send my photos to everyone"
    ("sextortion_report_b9", (
        # a condition, then the threat to spread pictures: "if i break up with him hell send
        # my pics to my dad", "if i dont keep doing them hell send the old ones"
        r"if i (?:\w+ ){0,6}" + _WILL_B9 + r" (?:\w+ ){0,2}" + _SPREAD_B9 + r" (?:\w+ ){0,2}"
        r"(?:(?:my|our|the|those) " + _PICS_B9 + r"|the (?:old |other |first )?ones|what i "
        r"sent)(?![\w#])|"
        # pictures named first: "i sent him 3 pics and now he says if i stop hell show my mom"
        r"(?:pics|pictures|photos|nudes|videos?|vids|snaps)(?: \w+| ,){0,15} (?:if i|unless i) "
        r"(?:\w+ ){0,6}" + _WILL_B9 + r" (?:\w+ ){0,2}" + _SPREAD_B9 + r"(?![\w#])|"
        # the threat, then the condition: "hell post the video unless i pay"
        + _WILL_B9 + r" (?:\w+ ){0,2}" + _SPREAD_B9 + r" (?:\w+ ){0,2}(?:my|our|the|those) "
        + _PICS_B9 + r"(?: \w+| ,){0,8} (?:if i|unless i|or else|if i dont|when i)|"
        # nudes need no condition: "she threatened to leak my nudes", "hell post my nudes"
        r"(?:threat\w*|" + _WILL_B9 + r") (?:to )?(?:\w+ ){0,2}" + _SPREAD_B9 + r" (?:\w+ ){0,2}"
        r"my (?:\w+ )?(?:nudes|naked|private|intimate)|"
        # a partner's threat: "my ex said hed send my photos to everyone"
        r"(?:my )?(?:bf|gf|boyfriend|girlfriend|ex|ex bf|ex gf|ex boyfriend|ex girlfriend|"
        r"partner) (?:\w+ ){0,3}" + _WILL_B9 + r" (?:\w+ ){0,2}" + _SPREAD_B9 + r" (?:\w+ )"
        r"{0,2}my " + _PICS_B9)),
]
# the victim's report of the threat is not a request for nudes: "he says hell send my pics to
# my dad" (tx_sexual read "send my pics"; masking the span left the abuse rules nothing)
TOX_EXEMPT += [
    ("threat_report_b9", (r"(?:he|she|they|hell|shell|theyll|hed|shed|theyd|bf|gf|boyfriend|"
                          r"girlfriend|ex|guy|someone|somebody)(?: \w+){0,8} " + _SPREAD_B9
                          + r" (?:\w+ )?(?:my|our) " + _PICS_B9)),
]
_WAKE_END_B9 = (r"(?:(?: (?:honestly|tbh|fr|ngl|lol|lmao|tho|though|anymore|at all|even|"
                r"every (?:single )?(?:day|morning)|each (?:day|morning)))*(?= ,|$| (?:its|it s|"
                r"every ?day is|life|nothing|no point|whats the point|i (?:hate|wish|dont|just)|"
                r"theres|there s)(?![\w#])))")
RISK_RULES["sh_ideation"] += [
    # passive ideation: "idk why i keep waking up", "why do i even bother waking up", "so tired
    # of waking up" -- not a sleep complaint ("why do i keep waking up at 3am", "tired of
    # waking up early"): only at the end of a clause or before "every day", "honestly", ...
    ("why_wake_b9", (r"(?:idk|i dont know|dont know|dunno|not sure|no idea) why i (?:even |still "
                     r")?(?:keep |keep on |bother |even bother )?(?:waking|wake) up"
                     + _WAKE_END_B9 + r"|why (?:do|should|would|does|did) i (?:even |still )?"
                     r"(?:keep |keep on |bother |even bother )?(?:waking|wake) up" + _WAKE_END_B9
                     + r"|(?:tired|sick) of (?:even )?waking up" + _WAKE_END_B9)),
]
IDIOMS += [
    # asking leave to vent is not "is that ok?" about something done to one: "had a bad day
    # and just need to vent a bit if thats ok"
    ("permission_vent_b9", (r"(?:vent|venting|rant|ranting|talk|chat|ask|share|unload|complain|"
                            r"dump|trauma ?dump)(?: \w+){0,4} (?:if|is) (?:thats|that s|that is|its|"
                            r"it s|it is|this is) (?:ok|okay|alright|fine|allowed)(?= ,| lol| haha|"
                            r" sorry| thanks| ty|$| \?)")),
]
RISK_RULES["ds_low"] += [
    # overload told as a feeling: "feel like im drowning in homework" (low; the acute
    # "i feel like im drowning" stays medium)
    ("drowning_work_b9", (r"(?:feel|feels|feeling|felt) like (?:im |i m |i am |i )?(?:drowning|"
                          r"suffocating|buried|sinking) (?:in|under) " + _SCHOOLWORK)),
]


# --- batch 10 families (2026-11-28) -----------------------------------------------------
# From the fresh batch 10 (1,314 rows, scored before any rule was written for it). Ordinary
# messages stage 1 escalated became masks and narrowed rules: a part in a play ("im juliet so
# i drink the poison and stab myself every night"), dying "more dramatically" on stage, an
# accident that bleeds (a finger while chopping onions, knees after a fall, gutting a fish), a
# pet's scratch, a wrist not hurt, a creature or a monster to kill, a toy gun, a game won
# ("beat me at chess"), a grandmother's touch, a meme that "killed me", "overdosed on
# christmas movies", another person's daily pills. Risk it missed became families: "catch the
# bus" beside a farewell, walking to the water with one, settling one's debts "before i go",
# things given away with "i wont need them", a goodbye said "properly", pills after alcohol,
# not eating until a goal weight, being locked out by a parent, medication withheld, "making
# something for the school" with fireworks, setting someone on fire, the urge back after past
# self-harm, a past beating with a slipper; and toxicity both ways (a sad "worst person ever"
# and "annoying siblings" are not attacks; "are you slow or something", "ok groomer" and a
# volunteer's "idk what you expected" are).
# foods one "overdoses" on (session 15: "overdosed on takis at the away game"), for the idiom
# below and for the exception _OD_ON_TREATS
_OD_FOODS = (r"takis|chips|crisps|pies?|bubble tea|boba|milk tea|fries|cookies|donuts|doughnuts|"
             r"ice cream|pancakes|leftovers|popcorn|nachos|wings|noodles|ramen|sushi|tacos|"
             # session 18: "im finna overdose on hot cheetos rn no cap"
             r"hot cheetos|cheetos|flamin hots|doritos|pizza|candy corn|gummy worms|"
             # session 22: "overdosed on haribo at the cinema, feel sick as"
             r"haribo|skittles|jelly babies|pick n mix|gummies|chocolate|sugar")
IDIOMS += [
    # the sender's part in a play: "im juliet so i drink the poison and stab myself every
    # night" (not across a wish or "for real")
    ("play_role_b10", (r"(?:im|i m|i am|i play|im playing|i m playing|i got|i was cast as|cast "
                       r"as|i get to play|my (?:character|part|role) is) (?:the )?(?:part of |"
                       r"role of )?(?:romeo|juliet|hamlet|ophelia|macbeth|lady macbeth|othello|"
                       r"desdemona|cleopatra|antigone|mercutio|tybalt|banquo|polonius|laertes|"
                       r"gertrude|claudius|lady capulet|friar laurence)"
                       r"(?: (?!(?:want\w*|wanna|wish\w*|real|irl|actually|honestly|relate)"
                       r"(?![\w#]))\w+| ,){0,10} (?:(?:drink|drinks|take|takes|swallow|swallows) "
                       r"(?:the )?(?:poison|potion|hemlock)|(?:stab|stabs|kill|kills|poison|poisons|"
                       r"shoot|shoots) (?:myself|herself|himself)|die|dies|(?:get|gets) (?:stabbed|"
                       r"shot|killed|poisoned))(?: (?:and|then|,) (?:\w+ ){0,2}(?:stab|stabs|kill|"
                       r"kills|poison|poisons|shoot|shoots|die|dies) ?(?:myself|herself|himself)?)*"
                       r"(?!(?: \w+){0,3} (?:for real|irl|in real life))")),
    # stage directions: "how do i die more dramatically", "dying convincingly on stage"
    ("die_on_stage_b10", (r"(?:how (?:do i|to|can i|should i|would i) )?(?:die|dying|faint|"
                          r"fainting|collapse|fall) (?:(?:more|less|too|so) (?:dramatically|"
                          r"convincingly|politely|theatrically|realistically)|(?:(?:dramatically|"
                          r"convincingly|realistically) )?(?:on stage|onstage|in (?:the|this|our|"
                          r"that) (?:scene|play|show|musical)))")),
    # "learned how to throw a hook without hurting my wrist"
    ("without_hurting_b10", (r"without (?:\w+ )?(?:hurting|cutting|burning|injuring|scratching|"
                             r"breaking|bruising|hitting|straining|spraining|twisting) "
                             r"(?:myself|my (?:\w+ )?(?:arms?|wrists?|legs?|hands?|back|knees?|"
                             r"ankles?|shoulders?|fingers?|thumbs?|head|neck|body|skin))")),
    # a game lost: "my little brother beat me at chess", "smoked me in mario kart"
    ("beat_me_game_b10", (r"(?:beat|beats|beating|destroyed|destroys|smoked|smokes|crushed|crushes|"
                          r"demolished|wrecked|bodied|owned|killed|murdered|whooped|whupped|"
                          r"slaughtered) (?:me|us|you|u|him|her|them) (?:(?!up )\w+ ){0,4}(?:at|in) "
                          r"(?:\w+ ){0,2}(?:chess|checkers|cards|uno|monopoly|scrabble|mario kart|"
                          r"smash|fortnite|minecraft|valorant|roblox|ping pong|table tennis|tennis|"
                          r"badminton|basketball|soccer|football|volleyball|pool|bowling|golf|"
                          r"darts|poker|go fish|connect (?:4|four)|trivia|wordle|kahoot|fifa|"
                          r"madden|2k|rocket league|a race|the race|racing|arm wrestling|thumb "
                          r"wrestling|video games|every game|\w+ game|a game|the game|every round|"
                          r"rock paper scissors|spelling bee|1v1)(?! room)")),
    # "this meme killed me i cant breathe"
    ("killed_me_breathe_b10", (r"(?:killed|killing|murdered|destroyed|sent) me(?: \w+| ,){0,2} "
                               r"(?:i |im |and i )?(?:cant|cannot|couldnt|can t) (?:even )?"
                               r"breathe(?!.*(?:panic|help|scared|chest|attack|hurts))")),
    # "i overdosed on christmas movies this weekend"
    ("overdose_on_things_b10", (r"(?:overdosed on|overdosing on|overdose on|oded on|od d on|od "
                                r"on) (?:(?!(?:<PILLS>|pills?|tablets?|meds|drugs|sleep)(?![\w#]))"
                                r"\w+ ){0,3}"
                                r"(?:movies|films|shows|tv|netflix|anime|kdramas?|dramas|"
                                r"episodes|tiktoks?|youtube|reels|memes|content|sugar|candy|sweets|"
                                r"chocolate|cookies|pizza|cake|carbs|junk food|cuteness|vibes|"
                                r"music|songs|homework|studying|math|nostalgia|sunshine|" + _OD_FOODS + ")"
                                # session 26: not "overdosed on cake and pills"
                                r"(?![\w#])(?! (?:and|with|plus|n|\+) (?:\w+ ){0,2}(?:<PILLS>|"
                                r"pills?|tablets?|meds|drugs)(?![\w#]))")),
    # someone else's daily pills: "my mom takes like 6 pills every morning for her blood
    # pressure" (not when the sender takes them)
    ("others_meds_b10", (r"(?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|"
                         r"gran|granny|nan|nana|grandad|granddad|papa|aunt|uncle|stepdad|stepmom|"
                         r"brother|sister|parents)(?: s)? (?:\w+ ){0,2}(?:takes|has to take|needs "
                         r"to take|is on|uses) (?:like |about |around )?(?:\d+|a few|a bunch of|so "
                         r"many|two|three|four|five|six|seven|eight|ten) (?:\w+ )?(?:<PILLS>|pills|"
                         r"tablets|meds)(?: (?:every|each|a|per) (?:day|morning|night|evening))?"
                         r"(?!.*(?:i (?:took|take|could|want|wanna|might|stole|steal|have been "
                         r"taking|counted|saved)|all of them|enough|sav(?:e|ed|ing)|stockpil\w*|"
                         r"hoard\w*|stole|steal\w*|hid|hiding|counting|for me|myself))")),
    # a toy, a tool or a game: "got me with a water gun", "hot glue gun", "nerf guns"
    ("toy_gun_b10", (r"(?:water|nerf|squirt|toy|foam|bubble|glue|hot glue|staple|airsoft|"
                     r"paintball|laser tag|laser|finger|spray|heat|massage|tattoo|radar|speed|"
                     r"price|cap|cork|marshmallow) guns?|super soakers?")),
    # creatures, monsters, vermin and game: "the 6 year old is going to kill the monster
    # under the bed", "my uncle has to shoot at coyotes", "gonna kill this spider" (not "the
    # monster who hurt my sister", not anything "at school")
    ("creature_b10", (r"(?:kill|killing|killed|kills|squash\w*|smash\w*|murder\w*|shoot|shooting|"
                      r"shot|shoots|trap\w*|hunt\w*|stab\w*|poison\w*|fight\w*|swat\w*) (?:at )?"
                      r"(?:the |that |this |a |an |those |these |some |all the |every |any |"
                      r"all )?(?:\w+ )?(?:monsters?(?! (?:who|that|whos)(?![\w#]))|spiders?|"
                      r"bugs?|wasps?|bees|hornets?|flies|fly|mosquito(?:e)?s?|roach(?:es)?|"
                      r"cockroach(?:es)?|ants|moths?|zombies?|dragons?|goblins?|orcs?|aliens?|"
                      r"ghosts?|vampires?|werewolf|werewolves|coyotes?|deer|ducks?|geese|goose|"
                      r"rabbits?|squirrels?|mice|mouse|foxes|fox|wolves|wolf|hogs?|boars?|"
                      r"pheasants?|turkeys?|crows?|gophers?|groundhogs?|raccoons?|possums?|weeds?|"
                      r"slugs?|snails?|termites?|fleas?|ticks?|lice|cans|targets?|clay pigeons|"
                      r"skeet)(?! (?:at|in) (?:school|class))")),
    # "it physically hurts to read your messages": a figure of speech, not a hurt
    ("hurts_to_read_b10", (r"(?:physically |literally |actually )?(?:hurts me to|hurts to|hurt to|"
                           r"hurt me to|pains me to) (?:read|watch|look at|listen to|hear)|"
                           r"(?:hurts my eyes|hurts my brain|hurts my ears|hurts my soul|hurt my "
                           r"eyes|hurt my brain|pains my soul)")),
    # "failed my driving test , trying again in may"
    ("try_again_ordinary_b10", (r"(?:cut from|didnt make|did not make|not picked for|rejected from|"
                                r"failed|lost|bombed)(?: (?:the|my|our|a|an))? (?:\w+ )?(?:team|"
                                r"squad|tryouts?|audition|test|exam|quiz|class|game|match|final|"
                                r"race|interview|application|election|competition|spelling bee|"
                                r"recital|cut)(?: (?!(?:tried|kill\w*|myself|die|died|pills|rope|"
                                r"od|overdos\w*|hang\w*|jump\w*|cut|cutting|suicid\w*|kms|"
                                r"unalive|attempt\w*|didnt|work|worked)(?![\w#]))\w+| ,){0,10} "
                                r"(?:try|trying) again")),
]
_FAREWELL_MARK_B10 = (r"(?:wanted (?:someone|somebody|one person|1 person|at least one person|"
                      r"anyone) to know|(?:goodbye|bye) (?:forever|every ?one|for good|world)|"
                      r"for good|forever|permanently|no one (?:will|would) (?:miss|notice|care)|"
                      r"nobody (?:will|would) (?:miss|notice|care)|sorry for everything|love "
                      r"(?:you|u) all|dont (?:try|look for) (?:me|to)|made up my mind|one last "
                      r"time|last (?:message|text))")
_BUS_OK_B10 = (r"(?! (?:home|to|at|from|into|after|before|with|every|on|for|back|in the morning|"
               r"tomorrow morning)(?![\w#]))")
_WATER_B10 = (r"(?:walking|heading|going|driving|biking|on my way|walked|drove) (?:out |down |up )?"
              r"(?:to|towards) (?:the lake|the river|the sea|the ocean|the beach|the pier|the "
              r"quarry|the reservoir|the dam|the canal|the bridge|the tracks|the train tracks|the "
              r"railway|the overpass|the cliffs?|the rooftop|the parking garage|the woods|train "
              r"tracks)(?![\w#])")
_WATER_MARK_B10 = (r"(?:wanted (?:\w+ ){0,2}to know|(?:i )?tried (?:talking|to talk|reaching out|"
                   r"to reach out)|goodbye|bye (?:forever|every ?one|for good)|for good|forever|"
                   r"sorry for|love (?:you|u) all|last (?:message|text)|for the last time|(?:no "
                   r"one|nobody) (?:will|would|cares)|dont (?:look|try|come)|its over)")
_WATER_OK_B10 = (r"(?:with (?:my|the|some|a|our) |friends|family|swim\w*|fish\w*|picnic|skat\w*|"
                 r"kayak\w*|canoe\w*|boat\w*|paddle\w*|sunset|sunrise|dog|for a walk|bbq|party|"
                 r"im (?:ok|okay|fine|safe)|back (?:by|at|in|soon)|home by|see (?:you|u|yall)|"
                 r"talk (?:later|soon|tmrw|tomorrow)|brb|ttyl|photos?|pics?|homework|project|"
                 r"weekend|camping|cabin|cottage|lake house|vacation|trip|holiday|where i am|"
                 r"fireworks|festival|concert|game|practice|class)")
_SETTLE_B10 = (r"(?:(?:paid|paying|pay|gave|giving|give) (?:\w+ ){0,2}(?:back )?(?:all (?:my |the )?"
               r"debts?|my debts?|(?:every ?one|every ?body|all) (?:\w+ ){0,2}(?:i owe|i owed|back)|"
               r"everything i (?:owe|owed|borrowed))|(?:returned|returning|gave back|giving back) "
               r"(?:everything|all the (?:stuff|things)|all (?:my )?\w+) (?:i|ive|i had|id) "
               r"(?:\w+ )?borrowed)")
_GOING_B10 = (r"(?:before i (?:go|leave|die)(?:$| ,| for good| forever)|tying up (?:all )?(?:my )?"
              r"loose ends|(?:affairs|everything) in order)")
_GOODBYE_OK_B10 = (r"(?:vet|put (?:him|her|them|it) down|put to sleep|passed|died|rehom\w*|new home|"
                   r"moving|move|college|dorm|uni|camp|trip|deploy\w*|abroad|flight|exchange|"
                   r"semester|vacation|holiday|sleepover|weekend|summer|graduation|break|"
                   r"funeral|hospital|see (?:him|her|them|you) (?:again|soon|next|at|in))")
_BOOM_B10 = (r"(?:fireworks?|gunpowder|black powder|propane|gasoline|lighter fluid|detonat\w*|"
             r"explosives?|thermite|cherry bombs?|pressure cookers?)")
RISK_RULES["sh_ideation"] += [
    # "catch the bus" (suicide algospeak) beside a farewell: "tonight im going to catch the
    # bus , just wanted one person to know" -- not the school bus
    ("ctb_b10", (r"catch(?:ing)? (?:the|that) bus" + _BUS_OK_B10 + r"(?=.*" + _FAREWELL_MARK_B10
                 + r")|" + _FAREWELL_MARK_B10 + r".*catch(?:ing)? (?:the|that) bus" + _BUS_OK_B10)),
    # "kinda wish i could go to sleep for a year or forever"
    ("sleep_forever_b10", (r"(?:<WANT>|wish i could|wish i could just|wanna|want to) (?:<ADV>)?"
                           r"(?:go to )?sleep (?:for (?:a (?:year|month|decade|century)|years|a "
                           r"hundred years|\d+ years) )?(?:or |and )?(?:forever|and never wake up|"
                           r"and not wake up)")),
    # a farewell to the one who will miss you: "hes the only one wholl miss me"
    ("only_one_miss_b10", (r"^(?!.*" + _GOODBYE_OK_B10 + r").*?only (?:one|person|thing) (?:wholl|"
                           r"who ll|who will|who would|whod|who d|that will|that would|thatll|"
                           r"that ll|whos gonna|who is gonna|who s gonna) (?:\w+ )?(?:miss me|care "
                           r"(?:when|if) im gone|notice (?:when|if) im gone)")),
]
# what was done, then the urge now: "used to burn myself , ... i really miss it"
_URGE_PAST_B10 = (r"(?:(?:cut|cutting|burn|burning|hurt|hurting|scratch|hit|starve|starving) "
                  r"(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))|cut(?= ,| and| but|$)|self "
                  r"harm|sh|self harming)(?: \w+| ,){0,12} (?:(?:really |still |kinda |lowkey )?"
                  r"miss (?:it|doing it|the feeling|that feeling)|(?:really |still )?(?:want|wanna|"
                  r"crave|craving) (?:to )?(?:do it )?(?:again|to)(?:$| ,)|urges? (?:are |is )?back|"
                  r"tempted)")
RISK_RULES["sh_act"] += [
    # the urge back after past self-harm (medium; rules.py does not cap it as past): "i used
    # to burn myself , stopped last year , some days i really miss it", "cutting used to
    # help , ive been good for 3 months but today i really want to", "looking at my old scars
    # and wanting new ones"
    ("urge_back_b10", (r"used to " + _URGE_PAST_B10 + r"|use to " + _URGE_PAST_B10 + r"|"
                       r"(?:cutting|burning|sh|self harm|hurting myself) used to help(?: \w+| ,){0,12} "
                       r"(?:(?:really )?(?:want to|wanna)(?: again| do it| so bad| rn)?(?:$| ,)|"
                       r"miss it|tempted|urges?)|(?:been|ive been|i ve been|was) (?:good for|clean "
                       r"for|sh free for) (?:\d+|a few|two|three|four|five|six|a couple of) (?:days|"
                       r"weeks|months|years) (?:but|and|,) (?:\w+ ){0,4}(?:want to|wanna|really want|"
                       r"miss it|tempted|urges?|close to|about to)|(?:old |my )scars (?:\w+ |, )"
                       r"{0,6}(?:want|wanting|wanna|crave|craving|miss|missing) (?:\w+ )?(?:new|"
                       r"more|fresh) (?:ones|scars|cuts|marks)")),
]
RISK_RULES["sh_farewell"] += [
    # settling one's affairs: "paid back all my debts to friends today ... tidying up before i
    # go", "getting my affairs in order"
    ("settle_b10", (_SETTLE_B10 + r".*?" + _GOING_B10 + r"|" + _GOING_B10 + r".*?"
                    + _SETTLE_B10 + r"|(?:getting|got|get|put|putting) my affairs in order|"
                    r"(?:tidying|tidy|sorting|wrapping) (?:\w+ ){0,2}up (?:\w+ ){0,2}before i go"
                    r"(?:$| ,| for good| forever)(?=.*(?:paid|debts?|owed?|gave|giving|returned|"
                    r"said (?:bye|goodbye)|wont need))")),
    # things given away with "i wont need them" at the end of a clause, or without saying why:
    # "i gave my switch to my little cousin and my hoodies to jess , didnt tell them why , i
    # wont need them" (not a new one bought, not a ticket one cannot use)
    ("gave_wont_need_b10", (r"(?:gave|giving|given|give) (?:\w+ |, ){1,14}(?:i (?:wont|will not|"
                            r"won t) need (?:it|them|those|any of (?:it|them|this))"
                            r"(?: anymore)?(?:$| ,)|(?:didnt|did not|wont|won t|not gonna) tell "
                            r"(?:them|him|her|anyone|any of them) why)(?!.*(?:new|upgrade|got a|"
                            r"bought|grew out|outgrew|sick|busy|grounded|cant go|cancel\w*|cant "
                            r"make it|working|trip|moving|move))" + _AWAY_B10)),
    # a goodbye said properly or for the last time: "i said goodbye to my dog tonight , like
    # properly" (not before a move, a trip or the vet)
    ("goodbye_properly_b10", (r"^(?!.*" + _GOODBYE_OK_B10 + r").*?(?:said|say|saying) (?:goodbye|"
                              r"bye|my goodbyes|goodbyes) to (?:\w+ ){0,3}(?:dog|cat|pets?|horse|"
                              r"hamster|family|mom|mum|dad|parents|sister|brother|friends?|room|"
                              r"every ?one|every ?body)(?: \w+| ,){0,4} (?:properly|for real|for "
                              r"the last time|one last time|like it was the last)")),
]
RISK_RULES["sh_acted"] += [
    # pills after alcohol: "drank half a bottle of vodka and took some of my nans tablets"
    ("alcohol_pills_b10", (r"^(?!.*(?:he|she|they|dad|mom|mum|father|mother|stepdad|stepmom|"
                           r"parents|brother|sister|uncle|aunt|grandpa|grandma|friend)(?: \w+){0,2} "
                           r"(?:had|drank|drinks|downed|drinking|has) ).*?(?:vodka |rum |whiskey |whisky |wine |beer |beers |alcohol |liquor |"
                           r"tequila |gin |everclear |hennessy |henny |booze |fireball |bourbon |"
                           r"brandy |moonshine |white claw |white claws |seltzer |seltzers )"
                           r"(?:\w+ |, ){0,6}(?:and|then|plus|after that) (?:i )?"
                           r"(?:then )?(?:took|swallowed|downed|popped|ate|had) (?:\w+ ){0,4}"
                           r"(?:<PILLS>|pills|tablets)")),
]
RISK_RULES["sh_plan"] += [
    # walking to water, a height or the tracks, with a farewell: "im walking to the lake ,
    # phones gonna die soon , just wanted someone to know i tried talking" (not a day out)
    ("walking_to_water_b10", (r"^(?=.*" + _WATER_MARK_B10 + r")(?!.*" + _WATER_OK_B10 + r").*?"
                              + _WATER_B10)),
    # not eating until a goal weight: "im not eating anything until i hit 40kg" (written when
    # the normaliser read "40kg" as "aokg"; the \w{0,4} before the unit takes either)
    ("starve_until_b10", (r"(?:not|wont|won t|never|stop|stopped|refuse to|refusing to|no|not "
                          r"gonna|not going to) (?:\w+ )?(?:eating|eat|food)(?: \w+){0,3} (?:until i|"
                          r"till i|til i|unless i)(?:m| m| am)? (?:\w+ ){0,2}(?:\w{0,4}(?:kg|kgs|lbs)|\d+ (?:kilos?|"
                          r"pounds|stone|kg|kgs|lbs)|(?:my )?goal weight|under \d+|(?:am|m|look|"
                          r"get) (?:skinny|thin)|lose \d+|drop \d+)(?![\w#])")),
]
RISK_RULES["ab_neglect"] += [
    # locked out by a parent: "im locked out again , its like 2 degrees out and my mom said i
    # can sleep in the car if i wanna act like that" (not a forgotten key)
    ("locked_out_b10", (r"(?:im|i m|i am|got|been|was|were|we re|keep getting|i get|i got) locked "
                        r"out(?: \w+| ,){0,20} (?:sleep (?:in|on) the (?:car|porch|garage|street|"
                        r"yard|steps|doorstep|shed|lawn)|(?:wont|won t|will not|refuses? to|refused "
                        r"to|not gonna|didnt|doesnt) (?:\w+ )?(?:let (?:me|us) (?:back )?in|open the "
                        r"door|unlock (?:it|the door))|as (?:a )?punishment|to teach me|act like "
                        r"that|(?:until|till) i (?:apologi[sz]e|say sorry|learn))")),
    # a parent away for days: "my mom needs me to watch the babies while shes out , she leaves
    # for days , we ran out of formula" (not a work trip, a holiday, or someone minding them)
    ("away_for_days_b10", (r"(?:mom|mum|mother|dad|father|parents?|she|he|they|stepdad|stepmom)"
                           r"(?: s)? (?:\w+ ){0,2}(?:leaves|left|goes|is gone|are gone|disappears|"
                           r"stays out|been gone|goes out) (?:\w+ ){0,2}for (?:days|a week|weeks|"
                           r"\d+ days|two days|three days|a few days|days at a time)(?!.*(?:work|"
                           r"business|conference|grandma|grandpa|nana|aunt|uncle|nanny|babysitter|"
                           r"stays with us|watches us|vacation|holiday|trip|cruise|honeymoon|"
                           r"hospital|rehab))")),
    # medication withheld: "my parents dont give me my insulin unless i do my chores perfectly"
    ("meds_withheld_b10", (r"(?:dont|doesnt|don t|wont|won t|will not|didnt|refuse to|refuses to|"
                           r"refused to|stopped|stop|never) (?:\w+ )?(?:give|giving|let me (?:have|"
                           r"take|get|use)) (?:me )?(?:my )?(?:insulin|inhaler|meds|medication|"
                           r"medicine|epipen|epi pen|pills|seizure meds|antibiotics|prescription|"
                           r"asthma pump) (?:\w+ ){0,2}(?:(?:unless|until|till|if) i (?:dont |do "
                           r"not )?(?:do|finish|clean|behave|apologi\w*|say sorry|earn|obey|listen)|"
                           r"as (?:a )?punishment)|(?:took|takes|take|taking|hid|hides|"
                           r"hide|locked|locks) (?:away )?my (?:insulin|inhaler|meds|medication|"
                           r"epipen|epi pen|seizure meds|asthma pump) (?:away )?(?:\w+ ){0,2}(?:as "
                           r"(?:a )?punishment|(?:unless|until|till|if) i (?:dont |do not )?(?:do|"
                           r"finish|clean|behave|apologi\w*|say sorry|earn|obey|listen))")),
]
RISK_RULES["ab_ongoing"] += [
    # beaten with an implement: "i used to get beaten with a slipper as a kid" (medium when
    # past; rules.py lowers it when laughing or playful, as for hitting)
    ("beaten_with_b10", (r"(?:get|got|gets|getting|be|been|was|were|am|im) (?:\w+ )?(?:beaten "
                         r"with|beat with|hit with|whipped with|smacked with|slapped with|spanked "
                         r"with|belted with) "
                         r"(?:a |the |his |her |their |my \w+s )?(?:slipper|slippers|chappal|"
                         r"chancla|belt|belt buckle|wooden spoon|hanger|coat hanger|cable|extension "
                         r"cord|electric cord|charger cable|charging cable)")),
]
RISK_RULES["ab_unclear"] += [
    # "my gym teacher comments on my body a lot and it makes me uncomfortable"
    ("body_comments_b10", (_AUTH + r" (?:\w+ ){0,3}(?:comments?|commenting|remarks?|says (?:stuff|"
                           r"things)) (?:\w+ ){0,2}(?:on|about) my (?:body|chest|boobs|butt|ass|"
                           r"legs|thighs|figure|hips|curves)")),
]
RISK_RULES["ho_plan"] += [
    # "i bought fireworks and some other stuff and im making something for the school"
    ("school_device_b10", (r"(?:making|building|made|built|putting together|assembling|make|build) "
                           r"(?:\w+ ){0,2}(?:something|a surprise|a present|a gift|stuff|a little "
                           r"something) (?:\w+ ){0,2}(?:for|at|in|to) (?:the |my |our |this )?"
                           r"school.*?" + _BOOM_B10 + r"|" + _BOOM_B10 + r"(?: \w+| ,){0,14} "
                           r"(?:making|building|made|built|putting together|assembling) (?:\w+ )"
                           r"{0,2}(?:something|a surprise|a present|a gift|stuff|a little "
                           r"something) (?:\w+ ){0,2}(?:for|at|in|to) (?:the |my |our |this )?"
                           r"school")),
    # setting fire to a place with a person inside: "shes going to set the girls locker on
    # fire with her in the changing room"
    ("arson_person_b10", (r"(?:<GONNA>|wants? to|wanna|planning to|plan to|threatened to|"
                          r"threatening to) (?:\w+ ){0,2}(?:set|light|burn) (?:\w+ ){0,4}(?:on fire|"
                          r"alight|ablaze)(?: ,)? (?:with|while) (?:her|him|them|people|"
                          r"someone|somebody|every ?one|\w+) (?:\w+ )?(?:still )?(?:in|inside|in "
                          r"there|locked)|(?:<GONNA>|wants? to|wanna|planning to|plan to) (?:\w+ )"
                          r"{0,2}(?:set|light) (?:him|her|them|someone|somebody|(?:that|the|this) "
                          r"(?:girl|boy|kid|guy|teacher))(?: s)? (?:hair )?(?:on fire|alight)")),
]
RISK_RULES["ho_wish"] += [
    # violence told as wanting more: "shoved a kid into the lockers ... i wanted to do worse",
    # "got in a fight and i kind of liked it", "punched a hole in my wall , picturing my exs
    # face", "threw my phone at my sister and it hit her head"
    ("wanted_worse_b10", (r"(?:shoved|pushed|punched|hit|kicked|slammed|choked|attacked|jumped|"
                          r"hurt|beat up) (?:a |the |this |that |some |my )?(?:\w+ ){0,2}(?:kid|"
                          r"guy|girl|boy|someone|somebody|him|her|them|dude|sister|brother|"
                          r"classmate)(?: \w+| ,){0,12} (?:wanted|want|wanna) to (?:do (?:worse|"
                          r"more damage)|hurt (?:him|her|them) (?:more|worse)|keep going)|(?:got "
                          r"in|got into|had|was in) a (?:fist ?)?fight (?:at|after|outside|behind|"
                          r"in|on) (?:\w+ |, ){0,5}(?:and )?i (?:kind of |"
                          r"kinda |actually |lowkey |really )?(?:liked|enjoyed|loved) it|(?:punch\w*|"
                          r"hit|hitting|kick\w*|smash\w*) (?:\w+ |, ){0,8}(?:picturing|imagining|"
                          r"pretending it was|pretending its|thinking of) (?:\w+ ){0,2}(?:face|"
                          r"head)|(?:threw|thrown|throw) (?:my |a |the |his |her )?(?:phone at|"
                          r"remote at|controller at|plate at|glass at|mug at|cup at|laptop at|book "
                          r"at|bottle at|shoe at) (?:my \w+|him|her|them|someone)(?: \w+| ,){0,6} (?:hit|smashed|cut|bled|"
                          r"bleeding)")),
]
# --- batch 11 (2026-11-29): families from the risky rows both stages missed when batch 11
# was first measured (after training; docs/moderation.md). Generalised by family, not phrase.
RISK_RULES["sh_acted"] += [
    # an overdose told with the apostrophe dropped: "ngl i just od'd. like an hour ago"
    ("od_done_b11", (r"(?:i|ive|i ve) (?:just |already )?odd(?= ,|$| like| on| an| a | again| "
                     r"last| earlier| yesterday| today| tonight)")),
]
RISK_RULES["sh_plan"] += [
    ("plan_b11", (r"(?:pills ){2,}(?:\w+ ){0,3}(?:all|bye|goodbye|tonight)|"
                  # a car driven into water or a wall
                  r"driv\w* (?:my |my \w+s |the |a |our |\w+s )?(?:car|truck|van|pickup|ute|jeep)? ?"
                  r"(?:into|off) (?:a |the )?(?:tree|wall|river|lake(?! district)|pond|creek|"
                  r"reservoir|canal|bridge|cliff|ocean|sea|traffic|pole|barrier|quarry)|"
                  r"(?:knife|blade|razor|rope|pills) (?:and |plus )?me tonight|"
                  # the bus or trip one does not come back from
                  r"the (?:one|kind|trip|bus|train|ride) (?:u|you|people|ppl) (?:dont|don t|never|"
                  r"wont) come back from|"
                  r"(?:gonna|going to|will|ima|imma) sh (?:til|till|until|tonight|again tonight)|"
                  r"(?:perfect|good) (?:timing|time|chance) (?:for|to do) what i (?:need|have|want|"
                  r"plan) to do|the end(?:ing)? is (?:on )?(?:<TIME>)|"
                  r"(?:said|told (?:\w+ ){0,2})(?:i was|im|i m) (?:going on a trip|going away|"
                  r"moving|visiting \w+) , (?:im|i m|i am) not")),
]
RISK_RULES["sh_farewell"] += [
    ("farewell_b11", (r"goodbye (?:present|gift)|last time (?:ill|i ll|i will|im|i m) (?:log|"
                      r"logging|be) on|(?:wont|will not|never) (?:have to|need to) (?:pay for|buy|"
                      r"worry about|deal with|nag me|yell at me) (?:\w+ |, ){0,6}ever again|"
                      r"(?:my )?last sunset(?= ,|$)|(?:might|may) as well have (?:them|it|my \w+) "
                      r"(?:now|already)|(?:wont|will not) (?:need|have) to (?:nag|worry about|yell "
                      r"at) me (?:\w+ ){0,4}(?:since|because|bc|cause) (?:ill|i ll|i will) be "
                      r"gone")),
]
RISK_RULES["sh_act"] += [
    # restriction and purging told by their routine, urges said plainly, eraser burns
    ("ed_b11", (r"(?:threw|throw|throwing) up (?:my |after )?(?:dinner|lunch|food|breakfast|"
                r"meals?)(?: \w+| ,){0,4} (?:again|so (?:no one|nobody)|in the shower|every|"
                r"\d+(?:st|nd|rd|th) time)|(?:skipping|skip|skipped) (?:lunch|meals|breakfast|"
                r"dinner) (?:\w+ ){0,4}(?:every day|hiding|again|all week)|keep skipping meals|"
                r"(?:stay|staying|keep it) (?:under|below) \d+ ?(?:cal|cals|calories)|"
                r"\d+ (?:cals|calories) (?:a day|per day)|(?:cardio|exercise|workout)(?: \w+){0,5} "
                r"(?:and )?\d+ (?:cals|calories)|eat as little as possible|only (?:water|black "
                r"coffee)(?: and (?:water|black coffee))? (?:on|every|all)(?!.*\b(?:no soda|"
                r"instead of soda)\b)|(?:need|needs|want|wanna) to sh (?:so bad|rn|right now|"
                r"again)|eraser burns?|wish i (?:never|didnt|did not) (?:woke|wake) up|"
                r"(?:dies?|died|dying) in (?:their|his|her) sleep(?=.*\bwish\b)|"
                r"(?:world|everyone) (?:doesnt|does not|dont) need me(?: in it)?|"
                r"(?:dont|do not) want to do this anymore (?:\w+ ){0,3}(?:life|living|"
                r"existing)")),
]
RISK_RULES["ab_grooming"] += [
    # session 21's Trinidadian and Scots forms folded in (session 22): "keep sendin me dm sayin
    # ah mature for meh age", "sayin I'm his special quine an nae tae tell onybody"
    ("grooming_b11", (r"(?:says|saying|said|told me|telling me) (?:im|i m|i am|i look|ah|me|a) "
                      r"(?:so |real |really )?(?:mature|grown up|grown) for (?:my|meh|me|ma|mi) "
                      r"age|(?:im|i m|i am|ah) (?:his|her) (?:special|wee|little) (?:quine|lass|"
                      r"lassie|gyal|gal)|(?:i look|looking) (?:so )?grown up "
                      r"in my (?:pfp|pic|picture|photo|profile)|(?:special|private) (?:photos|pics|"
                      r"pictures) for")),
]
RISK_RULES["ab_danger"] += [
    ("trafficking_b11", (r"took my (?:id|passport|papers|documents)|says i owe (?:him|her|them)|"
                         r"(?:doesnt|does not|wont|never) pay me (?:\w+ ){0,6}(?:took my|owe)")),
]
RISK_RULES["ab_unclear"] += [
    ("looks_at_me_b11", (r"(?:stepdad|stepfather|uncle|step dad|mom s boyfriend|moms boyfriend|"
                         r"coach|teacher|tutor|neighbou?r) (?:\w+ ){0,2}looks at me (?:weird|funny|"
                         r"like that|in a weird way)")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b11", (r"(?:set|setting|burn|burning) (?:the |my |this )?school (?:on fire|down)(?! with)|"
                  r"with the (?:strap|blick|glock|ar|piece|heat|pole)(?= |$|,)|"
                  r"(?:drop|throw|dropping|throwing) (?:a |the )?(?:brick|rock|stone|cinder ?block) "
                  r"(?:off|from) (?:the |an |a )?(?:overpass|bridge) (?:onto|on)|"
                  r"(?:theyre|they re|they are|youre|you re|ur) all dead (?:on|by) (?:<TIME>)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b11", (r"beat the (?:shit|crap|hell) out of (?:everyone|everybody|him|her|them|my|"
                  r"every)|push (?:\w+ ){0,2}(?:people|someone|somebody|him|her|them) (?:onto|in "
                  r"front of) the (?:tracks|train|bus)")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b11", (r"(?:dont|do not) feel safe in my own (?:head|mind|body)|(?:ran away|went "
                   r"missing) (?:\w+ |, ){0,6}(?:no one|nobody|cant|can t) (?:can )?find (?:him|"
                   r"her|them)|if (?:you|u) (?:dont|don t) (?:reply|answer) (?:ill|i ll|i will) "
                   r"do it|if (?:im|i m) gone (?:playlist|letter|note|video)")),
]
# --- a second reader's review (2026-11-29): risky phrasings the rules missed, written by a
# reader who checked the lexicon against the policy (not from any labelled set)
RISK_RULES["sh_ideation"] += [
    ("review_ideation", (r"cant not think about (?:killing myself|dying|ending it|suicide|kms)|"
                         r"(?:its )?not like (?:anyone|anybody|people|they) would (?:care|notice|"
                         r"miss me) if i (?:died|was gone|were gone|disappeared|wasnt here)|"
                         r"(?:world|everyone|everything|life) would be (?:so )?(?:quieter|better|"
                         r"easier|lighter) without me|(?:want|need) (?:the|this|all the) pain to "
                         r"stop (?:forever|for good|permanently)|(?:hoping|hope) (?:ill|i ll|i) "
                         r"(?:get (?:really |so )?sick|get hit|crash|get in a crash) and (?:just )?"
                         r"(?:not recover|die|not wake up|not make it)|(?:id|i d|i would) rather "
                         r"not wake up|^(?=.*(?:wont|will not|not gonna|not going to) be (?:around|"
                         r"here|alive)).*?(?:dont|cant|do not) see myself (?:graduating|growing up|"
                         r"turning \d+|being alive|making it)")),
]
RISK_RULES["sh_plan"] += [
    ("review_plan", (r"(?:picked|chose|chosen|found|decided on) (?:the|a|my) (?:bridge|building|"
                     r"roof|rooftop|tracks|cliff|overpass|parking garage|method)|"
                     r"(?:least painful|most painless|painless) way to (?:do it|die|end it|go)"
                     r"(?=$| ,)|(?:been )?planning (?:my|out my) (?:death|suicide|own funeral)|"
                     r"(?:keep|keeping|carry|carrying|have|got) a (?:blade|razor) (?:\w+ ){0,5}"
                     r"just in case|^(?=.*(?:ready|everything|decided|goodbye|bye|plan|pills|"
                     r"rope)).*?tonights the night|(?:wrote|left) (?:\w+ ){0,2}(?:a )?(?:letter|"
                     r"note) ,? (?:she|he|they)(?:ll| ll| will) find it (?:in the morning|"
                     r"tomorrow|when)|take better care of (?:her|him|them|it) than i (?:could|"
                     r"can|ever)|becoming a ghost (?:tonight|tomorrow|soon)|get what (?:they|"
                     r"everyone) wants? ,? me (?:gone|dead)|staring at (?:my |the |my \w+ )?"
                     r"(?:\w+ )?(?:pills|<PILLS>) for (?:an hour|hours|\d+)|(?:saving|saved|"
                     r"stockpiling|hoarding) (?:up )?(?:my |all my )?(?:\w+ )?(?:pills|meds|<PILLS>|"
                     r"antidepressants) for (?:weeks|months|a while|\d+)|(?:taking|took|saving|"
                     r"stashing|hiding|sneaking) (?:\w+ ){0,3}(?:pills?|tablets?|<PILLS>) (?:\w+ )"
                     r"{0,4}from (?:the|my|her|his|our) (?:\w+ )?(?:cabinet|bottle|prescription|"
                     r"stash)(?=.*(?:full|jar|enough|saved|saving|for (?:a month|weeks|months)))")),
]
RISK_RULES["ab_grooming"] += [
    ("review_grooming", (r"(?:says|saying|said|told me) (?:its|it s|it is|this is) (?:our|a) "
                         r"(?:little )?(?:game|secret)|(?:keeps|kept) texting me (?:at night|late)"
                         r"(?: \w+| ,){0,4} (?:saying|says) (?:im|i m) his (?:favou?rite|"
                         r"special)|^(?!.*(?:sister|brother|friend|bff|sis|bro|cousin)).*?(?:saying|"
                         r"says) (?:\w+ ){0,4}not to tell (?:my )?(?:parents|mom|dad|anyone|"
                         r"anybody)")),
]
RISK_RULES["ho_plan"] += [
    ("review_ho_plan", (r"(?:gonna|going to|will) pay (?:\w+ |, ){0,6}i know where (?:he|she|"
                        r"they) (?:lives?|sleeps?)")),
]
RISK_RULES["ds_low"] += [
    # overload with a list of its causes: "everything is too much lately , school , work"
    # (the bare "everything is too much" stays acute)
    ("too_much_lately_b10", (r"(?:everything|it all|its all|it s all|all of it) (?:is |s )?(?:just )?"
                             r"(?:too much|a lot) (?:lately|this week|these days|this term|this "
                             r"semester)")),
]
TOX_RULES["tx_insult"] += [
    # "are you slow or something", "are you illiterate"
    ("slow_question_b10", (r"(?:are|r) (?:you|u|ya) (?:\w+ )?(?:slow|stupid|dumb|deaf|blind|"
                           r"illiterate|braindead|brain dead|retarded|special|thick|an idiot|a "
                           r"moron|mental)(?: or (?:something|smth|sth|what|sumn|sum))(?![\w#])|"
                           r"(?:are|r) (?:you|u) (?:\w+ )?(?:slow|illiterate|braindead|brain dead|"
                           r"thick)(?:$| ,)")),
    # the chat and its people: "this chat is run by brain dead idiots"
    ("run_by_idiots_b10", (r"(?:this|the|ur|your) (?:\w+ )?(?:chat|app|site|website|service|"
                           r"helpline|hotline|place|thing|platform) (?:is |s )?(?:run|ran|staffed|"
                           r"moderated|managed|full|made|filled) (?:by|of|with) (?:\w+ ){0,2}"
                           r"(?:idiots|morons|losers|clowns|imbeciles|retards|dumbasses|freaks|"
                           r"creeps|weirdos|bots|incels|pedos|groomers|brain ?dead \w+)")),
    # "ok groomer", "you pedo" (a report about someone else is not this: "my coach is a
    # groomer")
    ("groomer_b10", (r"(?:^|, )(?:ok|okay|sure|whatever|bye|yeah|yea|k|lol|lmao|stfu|shut up|ok "
                     r"then|alright)(?: ,)? (?:(?:you|u) )?(?:groomer|pedo|paedo|pedophile|"
                     r"paedophile|nonce|predator|creep|weirdo|loser|freak)(?=$| ,| lol| lmao)|"
                     r"(?<!are )(?<!r )(?:you|u|ur|youre|you re|you are) (?:a |an |such a |"
                     r"fucking |literal |actual |total |creepy |old )*(?:groomer|pedo|paedo|"
                     r"pedophile|paedophile|nonce)(?=$| ,| lol| lmao| fr| tbh| honestly| and| "
                     r"who)")),
    # "go ask ur mom , oh wait she probably left you too"
    ("left_you_b10", (r"(?:probably|no wonder|thats why|that s why|no surprise) (?:she|he|they|"
                      r"every ?one|everybody|(?:your|ur) (?:mom|dad|mum|parents|family|bf|gf|"
                      r"boyfriend|girlfriend|friends)) (?:\w+ )?(?:left|abandoned|ditched|dumped|"
                      r"hates?|hated|doesnt love|dont love|didnt want|gave up on) (?:you|u)"
                      r"(?![\w#])|(?:she|he|they) (?:probably|prob|obviously|definitely|def) "
                      r"(?:\w+ )?(?:left|abandoned|ditched|dumped|hates?|hated|doesnt love|didnt "
                      r"want|gave up on) (?:you|u)(?: too| as well)(?![\w#])")),
]
TOX_RULES["tx_attack"] += [
    # "this is probably why nobody wants to sit with you"
    ("nobody_sits_b10", (r"(?<!like )(?<!when )(?<!if )(?<!that )(?<!feel )(?<!feels )(?<!think )"
                         r"(?:no ?one|nobody|no body|not one person) (?:\w+ )?(?:wants|likes|would "
                         r"want|wanted) to (?:sit with|be with|hang out with|hang with|talk to|be "
                         r"friends with|date|play with|hear from|work with|be around|deal with) "
                         r"(?:you|u|ya)(?![\w#])")),
    # a threat of what comes next: "keep asking me dumb questions and see what happens"
    ("see_what_happens_b10", (r"(?:keep (?:\w+ing) me|(?:say|do|try) that (?:again|one more time)|"
                              r"talk to me like that(?: again)?|touch (?:me|my \w+) again|try me)"
                              r"(?: \w+){0,4} (?:and|n) see what happens")),
]
TOX_RULES["tx_third"] += [
    # harassment the sender joins in: "we yell it at him every day in the hall"
    ("we_yell_b10", (r"(?:we|me and my friends|my friends and i|me and \w+) (?:all )?(?:\w+ )?"
                     r"(?:yell|yells|yelled|shout|shouts|shouted|chant|chants|chanted|scream|"
                     r"screams|screamed|bark|barks|barked|moo|moos|oink|oinks) (?:it at|that at|"
                     r"this at|stuff at|things at|names at|slurs at) (?:him|her|them|that kid|the "
                     r"new kid)")),
]
TOX_RULES["tx_slur"] += [
    # "go back to wherever you came from", "you probably cant even speak english"
    ("xeno_b10", (r"(?:wherever|where ever) (?:you|u) came from|go back to (?:wherever|where ever)|"
                  r"(?:you|u|ya) (?:\w+ ){0,2}(?:cant|can t|cannot|dont|do not) even speak "
                  r"(?:proper |real |good )?english|(?:you|u|ya) (?:\w+ ){0,2}(?:cant|can t|"
                  r"cannot|dont|do not) speak (?:proper|real) english")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer belittling or blaming: "lol are you seriously crying over a boy", "maybe if
    # you actually studied you wouldnt be failing , idk what you expected"
    ("belittle_b10", (r"(?:are|r) (?:you|u) (?:seriously|srsly|for real|fr) (?:still )?(?:crying|"
                      r"upset|sad|whining|complaining|stressing|freaking out|mad|worked up|this "
                      r"upset) (?:over|about)(?! (?:what|how|the way|your|ur|something (?:that|"
                      r"they|he|she)))|(?:lol|lmao|haha|omg) (?:are|r) (?:you|u) (?:\w+ )?"
                      r"(?:crying|whining|upset) (?:over|about)|what (?:did|do) (?:you|u) expect"
                      r"(?: lol| tbh| honestly| lmao| tho| though| bro)+|(?:idk|i dont know|dunno) "
                      r"what (?:you|u) "
                      r"expected|(?:you|u) (?:only )?have (?:yourself|urself) to blame|thats on "
                      r"(?:you|u)(?:$| ,| tbh| lol)|(?:maybe )?if (?:you|u) (?:had )?(?:actually|"
                      r"just|even) (?:\w+ ){1,3}(?:you|u) (?:wouldnt|would not|wouldn t) (?:be "
                      r"failing|have failed|fail|be in this (?:mess|situation)|be so (?:behind|"
                      r"lonely|alone))")),
]
TOX_EXEMPT += [
    # a sad student's "i feel like the worst person ever" is about themselves
    ("self_worst_b10", (r"(?:im|i m|i am|i was|i feel|feel|feeling|i felt|feel like|felt like|makes "
                        r"me feel|made me feel) (?:\w+ ){0,2}(?:the |a |such a |an )?(?:worst|"
                        r"shittiest|dumbest|most useless|most terrible|terrible|awful|horrible|"
                        r"useless|bad) (?:\w+ )?(?:person|human|friend|daughter|son|sister|brother|"
                        r"student|kid|child|girlfriend|boyfriend|teammate|player|sibling)"
                        r"(?: ever| alive| in the world| on earth)?")),
]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern[str]


def _compile(name: str, kind: str, pattern: str) -> Rule:
    body = _expand(pattern)
    return Rule(name, kind, re.compile(r"(?<![\w#])(?:" + body + r")(?![\w#])"))


def _compile_table(table: dict[str, list[tuple[str, str]]]) -> tuple[Rule, ...]:
    return tuple(_compile(n, kind, p) for kind, rules in table.items() for n, p in rules)


# a second reader's review (2026-11-29): everyday senses of the rules' words, blanked before
# the risk rules run
IDIOMS += [
    # a breakup, a game, an essay: "thinking about ending things with my bf", "we should end it
    # here , im tired of this game", "how should i end it , my essay conclusion"
    ("end_with_r7", (r"end(?:ing|ed)? (?:it|things) (?:(?:, )?with (?:her|him|them|my (?:bf|gf|"
                     r"boyfriend|"
                     r"girlfriend|partner|ex|friend|bestie|bff))|here(?= ,| im tired)|(?:early|"
                     r"now) (?:and|so) (?:go|get|play))|(?:end|ending|finish) (?:it|this)(?= ,)"
                     r"(?= , (?:my|the) (?:essay|story|paper|conclusion|poem|song|video|game))")),
    # searches and lessons: "googled how to cut a mango", "looked up how to hang curtains",
    # "searched how to jump higher for volleyball"
    ("how_to_things_r7", (r"how to (?:cut (?:a |an |the |my )?(?:mango|onion|pineapple|avocado|"
                          r"hair|bangs|fringe|cake|wood|fabric|pattern|video|clip)|hang (?:a |the |"
                          r"my )?(?:curtains|shelf|shelves|picture|pictures|poster|posters|tv|"
                          r"frame|lights|hammock|clothes|wallpaper)|jump (?:higher|rope|further|"
                          r"farther|better|start|over))|tallest building in the world")),
    # a ledge that is furniture or a view: "sitting on the edge of my bed", "standing on the
    # bridge taking pics of the sunset", "im on the roof of the parking garage where did u park"
    ("edge_things_r7", (r"(?:sitting|sat|sit) on the edge of (?:my|the|a) (?:bed|pool|seat|chair|"
                        r"couch|sofa|desk|stage|bath|tub|bench|dock|pier)|(?:standing|stood) on "
                        r"the bridge (?:taking|to take) (?:pics|pictures|photos)|on the roof of "
                        r"the parking garage(?= where did| where u| where you)")),
    # games, scores and habits: "i want to beat my high score", "im gonna smash this test",
    # "i will fight this cold", "gonna break my streak"
    ("beat_things_r7", (r"(?:beat|beating|smash|smashing|crush|crushing|break|breaking|fight|"
                        r"fighting) (?:my |this |that |the |his |her |their )?(?:high score|"
                        r"score|record|level|boss|game|test|exam|quiz|habit|streak (?:on|in) (?:duolingo|snap\w*|"
                        r"wordle|the app|tiktok)|cold|flu|"
                        r"virus|time|pb|personal best|brother at|sister at|dad at|mom at|"
                        r"\w+ at (?:uno|chess|cards|mario|fifa|madden|monopoly|smash))")),
    # a meal, an outing, a payment: "she will pay for lunch", "theyll see it tomorrow at the
    # art show", "watch out for the ice"
    ("pay_see_r7", (r"(?:will|ll|gonna|going to) pay (?:for (?!what|it all|everything|this|that|"
                    r"it|him|her|them)|me back|us back|the (?:bill|check|fee|rent|ticket))|(?:theyll|"
                    r"they ll|youll|you ll) see it (?:tomorrow|at|on|when)|watch out for the "
                    r"(?:ice|car|cars|step|puddle|bees?|traffic|ball)")),
    # a name, a roast, a spam of good wishes: "we call him bubba", "lets roast the marshmallows"
    ("names_r7", (r"(?:we|everyone|they|people|ppl|my friends|my family) (?:all )?call(?:s)? "
                  r"(?:him|her|them) (?!a |an |the |such |so )\w+(?= ,|$| bc| because| for)|"
                  r"they called (?:him|her|them) (?:last|this|yesterday|today|on)|lets roast "
                  r"(?:the )?marshmallows|spam (?:him|her|them) with (?:birthday|happy|good|"
                  r"congrat)")),
    # an intent that names its plan: "its time to go to practice", "picked a date for my
    # birthday party", "im actually doing it , signing up for tryouts"
    ("plan_things_r7", (r"(?:its|it s) time (?:to|for) (?:go to |get |eat |start |leave for )?(?:"
                        r"practice|school|class|dinner|lunch|breakfast|bed|work|church|the game|"
                        r"the party|the movie|my shift)|picked a date for (?:my|the|our) "
                        r"(?:birthday|party|sleepover|trip|wedding|exam|test)|decided which day|"
                        r"(?:actually )?doing it , signing up")),
    # ordinary limits: "i cant see myself living in a big city", "i dont think ill make it to
    # the end of the movie"
    ("not_around_things_r7", (r"see myself living in (?:a |the )?(?:big |small )?(?:city|town|"
                              r"country|house|apartment|dorm|\w+ )|make it to the end of the "
                              r"(?:movie|film|show|game|class|lecture|book|episode|concert)|"
                              r"(?:stick|be) around for long at the (?:party|mall|game|dance)")),
]
# A rule's ordinary sense, named in the clause of its match (rules._excused; toxicity rules:
# anywhere in the message): the match is then excused (recorded as "excused:<rule>", and the
# message goes to stage 2), unless UNLESS_GUARD finds a stated harm. For families whose
# everyday sense is told by a word outside the match — a pet, a game, a storm, a work trip —
# where a look-ahead cannot see the subject before it. From a second reader's review
# (2026-11-29; data/moderation/review.jsonl).
_PETS = r"(?:dog|dogs|cat|cats|puppy|kitten|hamster|bunny|rabbit|bird|fish|horse|pony|goldfish)"
# a goodbye card at a last shift (session 15), for goodbye_note and farewell_b3
_WORK_GOODBYE = r"coworkers|co workers|colleagues|last shift"
UNLESS: dict[str, str] = {
    "abuse_more3": (r"(?:im|i m) next (?:in line|to present|up|to go|in the queue)|touches my "
                    r"hair|wouldnt let me leave (?:the party|early|the game|practice)"),
    "body_slam": (_PETS + r"|skiing|snowboard\w*|fell|cast|wave|waves|sand|beach|surf\w*|"
                  r"trampoline|football|rugby|soccer|hockey|wrestling|tackle\w*"),
    "comes_for_me": (_PETS + r"|cousins|hide and seek|after school|from practice|to pick me "
                     r"up|missed me"),
    "controls": (r"until i (?:finish|clean|do)|before dinner|dessert|school nights?|homework|"
                 r"grades|curfew|my room is clean|chores"),
    "grooming_more2": (r"(?:grandpa|grandma|nana|dad|mom|mum|uncle|aunt|brother|sister|cousin)"
                       r"(?: \w+){0,2} (?:wants|sent|come)|in my class|at school|my age"),
    "hit_with": (r"snowball|softball|baseball|dodgeball|ball|detention|pillow|water balloon|"
                 r"nerf|paintball|a bat in"),
    "neglect_b4": (r"in class|dessert|before dinner|at night|snacks|candy|junk|in the car|"
                   r"on the couch|in my room"),
    "neglect_more": (_PETS + r"|storm|power cut|power outage|outage|while (?:my )?(?:mom|mum|"
                     r"dad) (?:showers|cooks|works|sleeps)|lately|growth spurt"),
    "neglect_more2": (r"work trip|business trip|conference|vacation|cruise|visiting|deployed|"
                      r"on tour|ordering|pizza|takeout|groceries|grocery|shopping|dads cooking|"
                      r"moms cooking"),
    "no_food": (_PETS + r"|\d+ hours|hours|since lunch|since breakfast|starving lol"),
    "perp_sexual": (r"(?:forced|forces|made|makes) me (?:to )?(?:go|do|eat|practice|clean|"
                    r"wear|come|apologi[sz]e|try|read|study)(?! on)|at the dance|touches my hair|"
                    r"kissed me (?:at|on|after|before|goodnight|good night)"),
    "threat_if_tell": (r"ufo|ghost|alien|bigfoot|(?:kill|murder) me if i (?:dont|do not|dont "
                       r"do) (?:clean|do|finish|come|get|tell|eat|wash|make)|about her crush|"
                       r"about his crush|she broke|he broke|surprise|present|party"),
    "unclear_b4": (r"life ?360|find my|about practice|practice times|loves me|love you|"
                   r"gaming|playing"),
    "unclear_more3": (r"forgot to pick me up|i hate (?:it|the dentist|dentists)|in class|"
                      r"dentist , i hate"),
    "still_here": (r"bus|alarm (?:didnt|did not|never) go off|presale|concert|late again|traffic|in line|waiting for|queue|"
                   r"(?:bc|because|cause) i missed"),
    "eating_disorder_b7": (r"stomach bug|bug|flu|food poisoning|no soda|instead of soda|chips|"
                           r"snack|label|protein"),
    "who_gets": (r"college|university|uni|moving|move out|new one|new phone|got a new|upgrade|"
                 r"dont fit|doesnt fit|outgrew|grew out|attic|dorm|bigger room|hand ?me ?downs?"),
    "give_away": (r"college|university|new one|new phone|got a new|upgrade|dont fit|"
                  r"doesnt fit|outgrew|grew out|good homes?|found (?:a )?homes?|kittens|puppies|"
                  r"donat\w*|charity|thrift|textbooks|aged out|(?:grade|year|yr) \d+ (?:books|"
                  r"notes|textbooks)"),
    "took_pills": (r"bake sale|cookies|cupcakes|brownies|candy|chips|pizza|snacks|donuts|oreos|"
                   r"fries|nuggets|muffins|(?:little )?(?:brother|sister|dog) ate"),
    "acted_b4": r"essay|script|film|video|edit\w*|word limit|paper|draft|braces|coins?|spoon",
    "bleeding_generic": r"parks|dyed|dye|easter|paper cut|food colou?ring|kool aid|paint",
    "thoughts_about": (r"trampoline|honou?rs|classes|ship|pool|lake|hurdles|high jump|long jump|"
                       r"skydiving|bungee"),
    "vanish_b4": r"taxes|as an adult|mosquito|bites|sunburn|eczema|cold in here|freezing",
    "sh_hiding": (r"eczema|psoriasis|arm hair|leg hair|hairy|acne|tattoo|corners|sunburn|rash|"
                  r"birthmark|moles?"),
    "jumping": (r"pool|lake|track meet|long jump|high jump|trampoline|hurdles|jump rope|puddles|"
                r"ocean|waves|bounce house"),
    "how_to_die": r"to the mall|go about|high dive|diving board|from school|to school|downtown",
    "intent_strong_b3": (r"practice|drums|guitar|piano|music|blast|sing|dance|project|group|"
                         r"party|game|movie|cook|bake|surprise"),
    "acute_more": (r"need a ride|app|website|wifi|meltdown at|tantrum|isnt picking up , i need"),
    "acute_more3": r"notifications|facebook|until i clean|grounded",
    "cant_cope": (r"stuffy|nose|allerg\w*|field trip|trip|coffee|caffeine|without my phone|"
                  r"this heat|the heat"),
    "cyberbullying": r"my drawing|my art|playlist|vacation|recipe|proud|likes",
    "acute_b3": (r"sprint|race|practice|workout|gym|store|closing in \d+|phone screen|"
                 r"which colou?r"),
    "acute_b4": r"hw|homework|exams are over|summer|bored|the cold|caffeine|coffee|freezing",
    "poison_more": r"sugar|ice|honey|milk|lemon|mice|rats|ants|bugs|weeds|slugs",
    "weapon_generic": r"sink|dishwasher|counter|gifts?|presents?|photo|picture|cake|bread",
    "gun_school": r"practice|glove|softball|baseball|cricket|bath bomb|photo ?bomb",
    "plan_b4": r"coach|cider|sparkling|juice|present|gift|follow through (?:on|with)",
    "revenge": r"knee|ankle|wrist|my back|tackle|santa|the ice|sidewalk",
    "wish_b4": r"tackle|plant|plants|the run|running|workout|game|match",
    "kill_myself": r"take myself (?:to|seriously|out|for|home|off)",
    "disappear": (r"headache|acne|pain in my|cold|rash|pimple|zit|cough|hiccups|stain|smell|"
                  r"bug|snow|rain"),
    "tired_living": r"living (?:with|in|at|out of|next to|near)",
    "tired_being": r"being (?:around|at|in|on|the only)(?! (?:people|everyone|myself))",
    "want_die_generic": r"who died|died in (?:the|last)|episode|season|the show",
    "think_death": (r"philosophy|topic|essay|debate|poem|death metal|death star|death note|"
                    r"in class"),
    "welcome_death": r"living room|to (?:miss|avoid) (?:a|the) (?:deer|dog|cat|car|pothole)",
    "better_off_dead": (r"(?:fine|ok|okay) without me at (?:the )?(?:party|practice|game|school|"
                        r"rehearsal|meeting|mall)|i have a cold|im sick"),
    # the appointment is the reason, not the background: "mom keeps booking my orthodontist
    # appointments for next year like i dont plan on being around by then" (red team)
    "not_around_for": (r"(?:for|at|to|got|have|has|bc|because|cuz|cause|of|on) (?:a |an |the |my |"
                       r"this )?(?:dentist|appointment|doctor|orthodontist|field trip|trip|flight|"
                       r"vacation)"),
    "not_make_it": (r"party|covid|game|concert|practice|class|deadline|bus|train|flight|"
                    r"on time"),
    "method_passing": r"friendships|habits|grudges|the past|asleep early|early tonight",
    "means_on_mind": r"better next time|next time coach|drawing|essay|homework",
    "research_ways": (r"vegan|sleep faster|to sleep|save money|study|learn|make money|get taller|"
                      r"lose weight healthily"),
    # running hard, not staying alive ("the only thing keeping me alive is cross country
    # honestly, and the season ends next week" is the red team's crisis)
    "only_thing_stopping": (r"last mile|(?:in|at|during) (?:the |a |my |this )?(?:cross country|race|"
                            r"marathon|workout)"),
    "never_get_up": r"if the party|party gets boring",
    "wont_have_to": r"last exam|exam|finals|summer|break|graduat\w*",
    "passive_b4": r"on my bike my mom will freak|run for the bus|bother to run",
    "sewer_slide": r"melatonin|cant stay asleep|insomnia",
    "intent_more": r"picnic|sleepover|(?:well|we ll|we will) do it",
    "intent_strong_b4": (r"coach|recipe|(?:make|making|bake|baking) (?:\w+ )?(?:pancakes|cake|"
                         r"cookies|bread|muffins)|know how (?:, )?(?:\w+ ){0,3}(?:make|bake|cook)"),
    "intent": r"bangs|haircut|getting a tattoo|piercing",
    "intent_b3": r"state school|college|university|the school",
    "intent_strong": r"the poster i mean|i mean the (?:project|poster|essay|homework)",
    "goodbye_all": r"dinner|dinners ready|class",
    "last_talk": r"mom is calling|dad is calling|gotta go",
    "last_message": r"didnt send|didn t send|not sending|wont send|delivered",
    "letters_found": r"fridge|groceries|grocery|shopping list|chores|lunch box",
    # notes for a test, not letters written during one (red team: "wrote goodbye letters
    # during the test today. theyre in my desk")
    "goodbye_note": (_WORK_GOODBYE + r"|(?:notes?|letters?) (?:for|from|on|about|in) (?:the |my |our |a |this )?"
                     r"(?:\w+ )?(?:test|exam|lecture|quiz|class)|study|class notes"),
    "final_b4": r"time to study|study|test|exam|alarms|late",
    "gone_soon": r"field trip|trip|camp|flight|vacation|by \d+ tomorrow",
    "love_sorry": (r"missed (?:his|her|their|your) (?:party|game|show|call)|i was tired|said "
                   r"yesterday|for being late"),
    "farewell_more3": r"go to bed|gn|good night|jk|see u tmrw|see you tmrw|see you tomorrow",
    "leave_behind": r"project|before winter break|homework|assignment|essay",
    "farewell_b3": r"going to sleep|then exams|" + _WORK_GOODBYE,
    "perp_touches": r"things around the house|chores|every saturday",
    "forces": r"things around the house|chores|every saturday|homework|piano|practice",
    "kill_them": r"photos|pics|pictures|hoops|video|the cart|to the car|film",
    "gonna_stab": r"photos|pics|pictures|hoops|video|film",
    "plan_b3": r"cookies|snacks|cupcakes|maybe",
    "homeless": r"in this town|on friday nights|camping",
}


def _add_unless(extra: dict[str, str]) -> None:
    """More rules' everyday senses, or more words for a rule that has some (UNLESS)."""
    for name, words in extra.items():
        UNLESS[name] = f"{UNLESS[name]}|{words}" if name in UNLESS else words
# a second reading of the review's probes (2026-11-29, session 8): the everyday senses of
# more families ("im gonna shoot some hoops", "those lyrics cut deep", "my grandma always
# asks for pics", "she hurt herself skiing"). An excused match leaves the message to stage 2.
# "od on coffee", not "od on pills and candy"
# "overdosed on" and up to three words that are not a drug (session 26's foods use it too)
_OD_ON_NOT_DRUG = (r"(?:od|ode|od d|overdosed|overdosing|overdose) on (?:(?!(?:pills?|tablets?|"
                   r"meds|drugs|paracetamol|ibuprofen|tylenol|advil|panado|panadol|xanax|sleeping|"
                   r"insulin)(?![\w#]))\w+ ){0,3}")
_OD_ON_TREATS = (_OD_ON_NOT_DRUG + r"(?:caffeine|coffee|"
                 r"energy drinks?|monster|red bull|sugar|candy|netflix|anime|chocolate|espresso|"
                 r"pre ?workout|tiktok|sour patch(?: kids)?|skittles|gummies|gummy bears|"
                 r"halloween candy|sweets|snacks|revision|revising|studying|homework|" + _OD_FOODS
                 + r")(?! and| with| plus| mixed| \+)")
_add_unless({
    "stab_them": (r"shoot (?:some |the |a )?(?:hoops|photos|pics|pictures|video|film|baskets|"
                  r"free throws|shots)|shoot (?:him|her|them|you|u) a (?:text|message|dm|email|"
                  r"msg)"),
    "shoot_up": (r"playlist|bath bomb|photo ?bomb|dance|routine|beat|cake|cookies|outfit|"
                 r"costume|talent show"),
    "weapon_for": (r"practice|softball|baseball|cricket|tryouts|little league|rounders|"
                   r"batting cage"),
    "poison": r"food poisoning|in my locker|lunchbox|lunch box",
    "want_hurt": (r"step goal|goal|target|high note|the gym|the books|a home run|the road|"
                  r"the hay|the slopes|personal best|a pr|snooze|the ball|the pinata|pinata"),
    "overwhelm": _PETS + r"|fireworks|the crowd|the fans",
    "pregnant": _PETS + r"|cow|goat|sheep|guinea pig|character|in the show|in the book",
    "cyber_more": (r"haircut|new hair|outfit|dress|birthday|glow ?up|compliment\w*|loves? it|"
                   r"loving it|nice things|so nice|so sweet"),
    "scared_now": (r"spiders?|snakes?|heights|clowns?|needles|horror|scary movie|the movie|"
                   r"rollercoasters?|bees|wasps|the dentist|presentation|public speaking|"
                   r"the exam|the test|my exam|my test|results|tryouts|audition"),
    "not_okay": (r"plot twist|episode|finale|the ending|that scene|cliffhanger|season|the movie|"
                 r"the show|the book|the trailer|that game|the match"),
    "bang_head": (r"homework|math|maths|code|coding|essay|assignment|project|spreadsheet|"
                  r"physics|chem|chemistry|calc|calculus|this question"),
    # only the burn named with its tool, and not kept up ("keep burning myself with my curling
    # iron and saying it was an accident" is self-harm)
    "cut_myself": (r"(?:burnt|burned|cut) my (?:wrist|hand|finger|arm|thumb) (?:\w+ ){0,2}(?:on|"
                   r"with) (?:the |my )?(?:curling iron|straightener|flat iron|oven|stove|pan|hot "
                   r"glue|glue gun|knife)(?!.*(?:on purpose|keep|saying|said it was|felt good|"
                   r"feels good|felt nice|felt better|times? this week))"),
    "purging": (r"hot dogs|candy|pizza|cake|rollercoaster|ride|spinning|laughing|worry\w*|"
                r"stress\w*|nerves"),
    "bleeding": (r"lyrics|song|that line|episode|the movie|comment|roast|her words|his words|"
                 r"what (?:she|he|they) said|hit different"),
    "cutting_now": (r"salad|vegetables|veggies|onions?|carrots|fruit|cake|cooking|dinner|"
                    r"helping (?:my )?(?:mom|mum|dad)|hair|paper|coupons|grass|lawn|fabric"),
    "pics_or": (r"grandma|grandpa|nana|nan|granny|my (?:mom|mum|dad|aunt)|from the (?:trip|"
                r"concert|game|party|vacation|holiday)|of (?:the|my) (?:dog|cat|puppy|concert|"
                r"trip|game|food|outfit|dress)|yearbook|photo club"),
    "into_my_room": _PETS + r"(?! factory| shop| market| plant| and chips| fingers| van| farm| counter)|storm|thunder",
    "abuse_more": _PETS + r"(?! factory| shop| market| plant| and chips| fingers| van| farm| counter)|storm|thunder",
    "perp_with": (r"snowball|softball|baseball|dodgeball|ball|pillow|water balloon|nerf|"
                  r"paintball|frisbee|in pe|during pe|at practice"),
    "how_many": (r"credits|classes|points|xp|coins|votes|followers|likes|subs|laps|reps|"
                 r"pages|words"),
    "staged": (r"owl|bird|squirrel|nest|treehouse|swing|snacks|sunscreen|layers|charger|"
               r"water bottle"),
    "took_them": (r"oven|quiz|test|exam|bus|train|photo|pic|shot|vaccine|nap|shower|the call|"
                  r"course|sat|driving test|permit"),
    "pills_in_me": r"stomach bug|flu|came up|threw up|puked|food poisoning",
    "overdosed": _OD_ON_TREATS,
    "method_words": _OD_ON_TREATS + (r"|bubbles|bath bomb|face mask|like every (?:year|summer)|"
                                     r"every (?:year|summer)|tradition|into the (?:lake|river|"
                                     r"reservoir|water|pool|sea)"),
    "took_symptom": (r"monster|red bull|energy drinks?|coffee|caffeine|espresso|headache is "
                     r"gone|feel better|feeling better"),
    "too_deep": r"from the gym|workout|lifting|gains|shredded|abs",
    "around_neck": (r"freezing|so cold|its cold|warm|cute|at camp|creek|cannonball|for fun|"
                    r"into the water"),
    "top_of": (r"castle|the view|hike|hiking|sunset|selfie|field trip|tour|eiffel|fireworks"),
    "grooming_b3": (r"when i visit|birthday|christmas|eid|allowance|pocket money|chores|for "
                    r"(?:good )?grades|report card|lunch money"),
    "grooming_b4": (r"(?:grandma|grandpa|nana|nan|granny|grandmother|grandfather|mom|mum|dad|"
                    r"aunt) (?:always )?(?:says|said|calls me|tells me) (?:im|i m|i am) (?:her|"
                    r"his|their) (?:favorite|fav)(?!.*(?:secret|dont tell|not to tell|alone))|"
                    r"favorite (?:grandkid|grandchild|niece|nephew)"),
    "deleted_socials": (r"for (?:a|the) (?:week|month|while|bit|term|summer)|exams?|focus|"
                        r"detox|challenge|screen time|my ex|brain rot|time waster|addict\w*"),
    "tp_kill_self": (r"practice|training|skiing|snowboard\w*|skating|skateboard\w*|shaving|"
                     r"cooking|baking|chopping|fell|falling|trampoline|accident\w*|slipped|"
                     r"tripped|sprain\w*|playing|in pe|during pe|the game|football|soccer|"
                     r"basketball|rugby|hockey|volleyball|gymnastics|cheer|wrestling|the match|"
                     r"bike|lifting"),
    "tp_b4": (r"crash (?:at|on|here)|sleepover|stay over|stopped eating (?:red )?(?:meat|dairy|"
              r"sugar|gluten|junk food|fast food|candy|pork|beef)(?!.*(?:faint|skinny|weigh|"
              r"calori|barely|throw))|on the fridge|at soccer|at practice"),
    "tp_b7": (r"hair|closet|wardrobe|(?:her|his|their) room|clothes|makeover|haircut|dye|bangs|"
              r"tattoo|piercing"),
    "tp_promise": r"crush|surprise|party|present|gift|secret santa|spoilers?|the ending",
    "tp_friend_suicidal": (r"diving board|high dive|trampoline|pool|lake|bungee|skydiv\w*|"
                           r"cliff jumping|into the water|puddles?"),
    "tp_more": (r"project|homework|assignment|essay|game|games|gaming|xbox|playstation|"
                r"switch|practice|drama|group chat|with (?:him|her|them|the relationship)"),
})
IDIOMS += [
    # gushing: "she is so cute i want to die", "that song is too good i could die"
    ("gush_die_s8", (r"(?:so|too|soo+) (?:cute|adorable|pretty|hot|fine|funny|good|perfect|"
                     r"beautiful) (?:\w+ ){0,3}(?:i|im|i m) (?:want to|wanna|could|might|gonna|"
                     r"going to|about to) die(?! (?:for real|fr|tonight|irl|no joke))")),
]
_add_unless({
    "revenge": r"pay for (?:lunch|dinner|the bill|the check|(?:the|my|her|his) (?:food|ticket|"
               r"tickets|pizza|gas))|pay (?:me |us )?back",
    "cyberbullying": r"prom|yearbook|graduation|the game|team photo|class photo",
    "who_gets": r"vacation|holiday|trip|camp|away for",
    "plan_b4": r"whose car (?:that is|it is|thats)",
})

# --- batch 12 (2026-11-29): families from what both stages got wrong when batch 12 was first
# measured (fresh: 96.7 / 90.4 / 3.7 %; docs/moderation.md). Generalised by family.
RISK_RULES["sh_ideation"] += [
    ("ideation_b12", (r"idw (?:to )?(?:be here|be alive|exist|live|wake up)|(?:no one|nobody|"
                      r"noone) would (?:even )?(?:care|notice) if i (?:died|disappeared|was gone|"
                      r"were gone|wasnt here|vanished)|(?:my )?(?:brain|head|thoughts?|mind) "
                      r"(?:keeps?|is|are) (?:telling|tells) me to (?:catch the bus|ctb|kms|die|"
                      r"end it|unalive|jump)")),
]
RISK_RULES["sh_act"] += [
    ("act_b12", (r"(?:the )?pain is the only thing (?:that )?(?:makes|helps|keeps|works|"
                 r"quiets|calms)|(?:the )?scars are (?:from|by) me|i (?:just )?relapsed (?:last|"
                 r"again|yesterday|today|tonight|this (?:week|morning)|after \d+)|cat scratch\w* "
                 r"(?:are|r|is) getting worse")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b12", (r"(?:havent|have not|didnt) left (?:my room|my bed|bed|the house) (?:in|for) "
                   r"(?:\d+|a few|like \d+|days|weeks)(?: days| weeks)?|(?:the )?(?:room|world|"
                   r"everything) (?:doesnt|does not|dont) feel real")),
]
RISK_RULES["ab_danger"] += [
    ("danger_b12", (r"(?:dont|do not|dont really) feel safe (?:going |to go )?(?:home|at home|in "
                    r"my (?:house|home))|(?:pushed|put|moved|shoved|dragged) (?:my |a |the )?"
                    r"(?:desk|dresser|chair|bed|drawers) (?:against|in front of) (?:my |the )?"
                    r"door|barricad\w* (?:my |the )?(?:door|room|myself)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b12", (r"(?:used to|tried to|would|did|got|was|been) sa(?: d)? (?:me|by)|sa d me|"
                     r"flinch\w* (?:whenever|when|every time) (?:someone|anyone|people|he|she) "
                     r"(?:raises|lifts|moves)|(?:cover|covered|hide|hid) (?:up )?the (?:marks|"
                     r"bruises) (?:my|his|her) (?:\w+ )?(?:left|gave)|(?:dad|father|stepdad|mom|"
                     r"mum)(?: \w+){0,2} (?:used to )?(?:choke|beat|strangle)d? (?:my )?(?:mom|mum|"
                     r"dad|mother)")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b12", (r"(?:slide|sliding|spin|spinning) on (?:them|him|her|em|those|that \w+)|"
                  r"(?:everyone|everybody|the whole school|they) (?:\w+ ){0,3}(?:will|gonna|is "
                  r"gonna|are gonna) (?:know|remember) my name (?:after|on|by|tomorrow|monday|"
                  r"tuesday|wednesday|thursday|friday)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b12", (r"(?:they|he|she|everyone)(?: wont| will not| arent gonna| won t) be "
                  r"(?:laughing|smiling)(?: at me)? (?:for )?(?:much |very )?(?:longer|long)|"
                  r"(?:putting|put) something in (?:its|his|her|their|the dogs?|the cats?) "
                  r"(?:food|drink|water|bowl)|(?:feel good|satisfying|love) to (?:see|watch|make) "
                  r"(?:them|him|her|those \w+|\w+) (?:bleed|suffer)|(?:kick|hit|hurt|punch)\w* "
                  r"(?:my |the )?(?:dog|cat|pet|puppy|kitten) when i (?:get|am|m) (?:mad|angry|"
                  r"pissed)")),
]
IDIOMS += [
    ("foot_b12", r"shoot (?:myself|yourself|himself|herself|themselves|ourselves) in the foot"),
]
_add_unless({
    "cant_cope": r"charger|snor\w*|boss|level|suspense|cliffhanger|cringe",
    "panic": r"battery|phone is at|(?:want|wanna) to scream",
    "said_kill_me": r"broke the|he broke|she broke",
    "danger_b3": r"broke the|he broke|she broke",
    "perp_hits": r"jokes?|hitting me with (?:the|that|a)",
    "farewell_more2": r"thanks for last time",
    "last_message": r"for today|for tonight|screen time|limit",
    "goodbye_all": r"for today|screen time|limit",
    "want_die_generic": r"nervous|first date|presentation|recital",
    "gonna_stab": r"ate my|leftovers|used my|spoilers?",
    "gone_soon": r"song|stuck in my head|choir|lyrics",
    "tp_friend_suicidal": (r"warning signs|(?:what to say|what to do|how to help) if (?:a|your|ur) "
                           r"friend|romeo|juliet|(?:the|in the|this) (?:book|novel|play|movie|show)"),
    "tp_kill_self": r"romeo|juliet|(?:the|in the|this) (?:book|novel|play|movie|show)|characters?",
})

# toxicity rules in their everyday sense (2026-11-29, session 8; the review's probes): an
# excused match is delivered and left to the cascade (rules.score)
_add_unless({
    "bare_insult": r"^(?:omg |ew+ |eww+ |so |thats |that s |lol |ugh )?(?:gross|cringe|ew+|yuck)$",
    "adj_noun": r"farm|petting zoo|guinea pig|barn|zoo|piglet",
    "ur_trash_at": r"the worst person to (?:share|sit|be|go|play|room|ask)",
    "you_are_insult": r"so cute|adorable|in this pic|baby pic|diagnosed|me too|i am too|im also",
    "you_noun": r"so cute|adorable|in this pic|baby pic|diagnosed|me too|i am too|im also",
    "look_like": r"so cute|adorable|in this pic|baby pic|when (?:you|u) were little",
    "slut_shame": r"stuffed animals?|plushies|teddy|blanket|the lights on|my dog|my cat",
    "shut_up": r"congrats|congratulations|no way|so happy for|thats amazing|lucky|yay",
    "know_where": r"santa",
    "third_insult": (r"trash at (?:basketball|football|soccer|\w+ball|the game|games|fortnite|"
                     r"valorant|chess|mario ?kart)|this season"),
})

# the review's open findings, third pass (2026-11-29, session 8): families whose other rules
# still fired after the first exception
RISK_RULES["ab_neglect"] += [
    # "went on a cruise for 2 weeks and left me alone with no food or money"
    ("left_without_s8", (r"left me (?:alone |home alone |here )?(?:with no|without|with nothing "
                         r"but) (?:\w+ )?(?:food|money|anything to eat|groceries)")),
]
RISK_RULES["sh_means_query"] += [
    ("how_many_take_s8", (r"how many (?:of )?(?:my |his |her |the |those )?(?:\w+ ){0,2}(?:pills|"
                          r"<PILLS>|tablets|meds) (?:would|will|does|do|to) (?:it )?(?:take|kill|"
                          r"be enough)")),
]
_add_unless({
    "tried_again": r"tug of war|compile|code|coding|wifi|password|recipe|the level|captcha|login",
    "see_pills_think": r"trampoline|honou?rs|classes|pool|lake|ship",
    "still_here": r"first period|(?:get|wake) up at \d+",
    "not_around_for": r"covid|sick|the flu|quarantine",
    "sh_until": r"punching bag|boxing|heavy bag|sparring",
    "give_away": r"attic|bigger room|basement|moving into",
    "query_b4": r"swimming|swim|diving|snorkel\w*|fishing|kayak\w*|boat",
    "query_more": r"classes|credits|courses|aps|units",
    "query_b3": r"high dive|diving board|trampoline|ear pierc\w*|piercing|tattoo|braces",
    "perp_hits": (r"stopped talking|moving on|broke up|dumped|ghosted|cheated|left me|my "
                  r"feelings|emotionally"),
    "scared_home": r"annoying|cousins|chores|hide and seek|guests|relatives",
    "said_kill_me": (r"(?:kill|murder) me if i (?:dont|do not) (?:clean|do|finish|come|get|eat|"
                     r"wash|make)"),
    "danger_b3": (r"(?:kill|murder) me if i (?:dont|do not) (?:clean|do|finish|come|get|eat|wash|"
                  r"make)"),
    "danger_b4": r"locked out of the house|has the key|spare key|texts? back|replies",
    "grooming_more": r"driving|license|licence|permit",
    "older_meet": r"from the (?:trip|concert|game|party|vacation|holiday)",
    "secret_meet": r"surprise|party|present|gift|birthday",
    "abuse_b3": r"ufo|ghost|alien|bigfoot|batting|pitcher|dodgeball|baseball|softball",
    "neglect_more4": _PETS + r"|dessert|before dinner|candy|snacks",
    "touched_me": (r"kissed me (?:at|on|after|before|goodnight|good night)|at the dance|uno|"
                   r"monopoly|for losing"),
    "perp_touches": (r"made me (?:send|redo|rewrite|resubmit|do) the (?:email|essay|assignment|"
                     r"homework|test|quiz|project)"),
    "abuse_b4": r"chores|pick dinner|gets to pick|choose dinner|video games",
    "neglect_more3": (r"sleepover|party|cruise|at (?:my )?grandmas|grandparents|vacation|"
                      r"holiday|trip"),
    "no_food": r"ordering|pizza|takeout|take out|delivery|grocer\w*",
    "locked": r"out of the bathroom|out of (?:her|his) room",
    "no_sleep": r"\d+ hours|filling|dentist|braces|surgery|fasting|ramadan",
    "unclear_more": r"with my (?:phone|laptop|computer|account|ipad)|with the wifi",
    "past_abuse": r"with my (?:phone|laptop|computer|account|ipad)|with the wifi",
    "unclear": _PETS + r"|trying out|the play|tryouts|the team",
    "plan_more": r"softball|baseball|cricket|batting",
    "hit_list": (r"names for|gifts|presents|christmas|birthday|party|invite\w*|wedding|"
                 r"groceries|shopping"),
    "plan_b3": r"treehouse|building|fixing|shed|fence|woodwork\w*|diy",
    "plan_b7": (r"with (?:this|our|my|the|that) (?:\w+ )?(?:dance|routine|performance|song|set|"
                r"show)|talent show"),
    "wish_more2": r"hospital|surgery|the vet|operation",
    "picture_hurt": _PETS + r"|grandma|grandpa|nana",
    "wish_b4b": r"deserves to win|award|prize",
    "acute_b7": (r"dream school|got in|got into|accepted|engaged|so happy|excited|"
                 r"cant believe (?:i|we) won"),
    "homeless": r"library|for laughing|for talking",
    "acute_more": r"camp|vacation|holiday|grandmas|sleepover|tournament",
    "acute_more3": r"chemistry|chem|math|homework|studying|physics|this class",
    "poison_more": r"salt|by accident|accidentally|instead of sugar",
})

# --- batch 13 (2026-11-29, session 8): families from what both stages missed when batch 13
# was first measured (fresh: cascade 91.0 / 83.7 / 1.4 %; docs/moderation.md)
RISK_RULES["sh_ideation"] += [
    ("ideation_b13", (r"permanent nap|(?:yeet|throw|launch) (?:my ?self|urself|myself) off (?:the|"
                      r"this) planet|(?:just )?(?:disappear|disappeared|vanish|vanished) for good|"
                      r"sleep and never (?:have to )?(?:deal|wake|face|deal with)|(?:dont|do not) "
                      r"think i (?:can|will) make it through (?:this|the|another) (?:week|weekend|"
                      r"night|day|year)|nothing (?:left )?to stay (?:for|alive for)|grippy sock "
                      r"(?:vacation|jail|hotel|hospital)")),
]
RISK_RULES["sh_act"] += [
    ("act_b13", (r"(?:i |just |already )(?:sh d|shd|sh ed)(?= |$)|(?:arms?|wrists?|thighs?|legs?) "
                 r"(?:look|looks) like (?:a )?barcode|barcode (?:arms|wrists|thighs)|(?:urge|urges) "
                 r"to do the cat scratches|(?:hid|hide|hiding|covering|covered) my (?:arms|wrists|"
                 r"thighs)(?! from the (?:sun|cold))|long sleeves to (?:swim|practice|pe|gym|the "
                 r"pool)|wristband over (?:it|them|the cuts)|so (?:nobody|no one|noone) (?:sees|can "
                 r"see|would see|notices) (?:the |my )?(?:cuts|scars)")),
]
RISK_RULES["sh_farewell"] += [
    ("farewell_b13", (r"last (?:msg|message|text) (?:on here|here|ever)(?! (?:for today|tonight|"
                      r"before))|tell (?:the )?(?:volunteers|everyone|my \w+) (?:ty|thanks|thank "
                      r"you|i said bye|bye|i love (?:them|her|him))|finished my bucket list(?! for "
                      r"(?:the|this) (?:summer|year|trip))")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b13", (r"(?:want|wanna|going) to do something i (?:cant|can not|wont be able to) take "
                  r"back|(?:part of me )?wanted it to be (?:him|her|them|his face|her face)|"
                  r"imagin\w* (?:\w+ ){0,4}(?:crashing|burning|exploding|blowing up) with (?:all "
                  r"of )?(?:them|everyone|those \w+) (?:on|in) it")),
]
RISK_RULES["ab_ongoing"] += [
    ("ongoing_b13", (r"(?:marks|bruises) from home|(?:make|making|earn) money (?:\w+ ){0,4}"
                     r"(?:going to parties|partying|hanging out) with (?:his|her|their|older) "
                     r"(?:friends|men|guys)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b13", (r"(?:got|was|been|getting) sa d|(?:too rough|pinned me|held me down|sat on "
                     r"me|choked me|grabbed my (?:neck|throat))(?: \w+| ,){0,8} (?:couldnt|could "
                     r"not|cant) breathe|flinch\w* (?:whenever|when|every time) (?:my )?(?:dad|"
                     r"mom|stepdad|mum|father|mother|he|she) (?:raises|lifts|yells|shouts|gets "
                     r"mad)")),
]
TOX_RULES["tx_attack"] += [
    ("eat_shit_b13", r"^eat shit(?: and die)?(?: (?:loser|idiot|you|u|lol|bro))?$|eat shit(?= ,)"),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b13", (r"(?:thats|that s|this is) (?:kind of |kinda |pretty |so |really )?"
                      r"pathetic|(?:youre|you re|ur|you are) (?:being )?(?:so |really |kind of |"
                      r"kinda |a bit |a little )?dramatic")),
]
_add_unless({
    "cut_myself": (r"on (?:the|a) (?:pool|ladder|rock|rocks|glass|fence|nail|can|paper|edge|"
                   r"corner|table)|band ?aid"),
    "kill_them": r"get (?:slaughtered|killed|destroyed|murdered|wrecked) (?:at|in|by)",
    # hiding arms for eczema, arm hair, a tattoo: as the older hiding rule
    "act_b13": UNLESS["sh_hiding"],
})

# --- batch 14 (2026-11-29, session 9): families from what both stages missed when batch 14
# was first measured (fresh: cascade 95.0 / 90.8 / 3.0 %; docs/moderation.md)
RISK_RULES["sh_ideation"] += [
    ("ideation_b14", (r"(?:idk|dont know|not sure|wonder) if ill (?:still )?be (?:around|here|"
                      r"alive) (?:by|for|at|in|when)|if a (?:bus|car|truck|train) (?:hit|hits|"
                      r"took|takes) me (?:\w+ ){0,3}i (?:wouldnt|would not|wont) (?:even )?(?:be "
                      r"mad|care|mind|be upset)|dont (?:really )?look (?:both ways )?when i cross "
                      r"(?:the )?(?:street|road)(?: \w+){0,2} (?:anymore|like whatever)")),
]
RISK_RULES["sh_act"] += [
    ("act_b14", (r"barcode (?:era|phase|days|summer)|(?:the|my) urges (?:are|r|have been|been) "
                 r"(?:\w+ )?(?:bad|strong|back|worse|loud)|(?:the|my) urges i mean|clean from "
                 r"(?:sh|self ?harm\w*|cutting|the blade)(?: \w+){0,6} (?:miss it|miss doing it|"
                 r"want to again|relapse\w*)|(?:said|told \w+|say|saying) (?:it was|they were|"
                 r"theyre|its|they re) (?:from )?(?:the |my |a )?cat(?= |$)|(?:arms?|wrists?|"
                 r"thighs?|legs?) (?:\w+ ){0,3}(?:scratches|scars|cuts|marks)(?: \w+){0,8} "
                 r"(?:hoodies?|long sleeves|sweaters?|hide|hiding|cover|covering)")),
]
RISK_RULES["sh_plan"] += [
    ("plan_b14", (r"(?:already )?figured out (?:how and where|where and how|how and when|when "
                  r"and how|the how)|when i never show up again")),
]
RISK_RULES["sh_farewell"] += [
    ("farewell_b14", r"fuck it , im done , (?:goodbye|bye)(?: ,|$)"),
]
RISK_RULES["ab_ongoing"] += [
    ("ongoing_b14", (r"emojigrape (?:d|ed) (?:me|her|him)|graped me|have to bring "
                     r"(?:back |them |home )?(?:money|cash) every (?:night|day)")),
]
RISK_RULES["ab_neglect"] += [
    ("neglect_b14", (r"(?:parents|mom|dad|mum|stepmom|stepdad) (?:\w+ )?(?:stopped|dont|doesnt|"
                     r"never|wont) (?:buying|buy|get|getting) (?:us |me )?(?:food|groceries)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b14", (r"(?:got|been|was|get|getting|being) (?:emojigrape(?: d| ed)?|graped)(?= |$)|"
                     r"made me keep (?:secrets|it a secret|a secret)|(?:foster home|group home|"
                     r"old home)(?: \w+){0,4} (?:was|is) (?:\w+ ){0,2}bad(?! at)")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b14", (r"brass knuckles|knuckle ?dusters|(?:gonna|going to|are|were|we re|im) jump"
                  r"(?:ing)? (?:that|this) (?:kid|guy|girl|dude|boy)(?: \w+){0,4} (?:tmrw|"
                  r"tomorrow|tonight|after school|monday|friday)|(?:school|everyone|this place) "
                  r"(?:is )?(?:gonna|going to) have a (?:real |really )?bad day|dont (?:go|come) "
                  r"to (?:school|first period|\w+ period|class|the assembly|lunch) (?:\w+ ){0,3}"
                  r"(?:tomorrow|monday|tuesday|wednesday|thursday|friday|ok|okay)(?: |$)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b14", (r"(?:the )?thoughts? of (?:poisoning|killing|stabbing|hurting|shooting|"
                  r"strangling)(?! myself| my ?self)|making (?:them|him|her|em) (?:hurt|suffer|pay) like i|"
                  r"almost (?:swung on|punched|decked|socked|stabbed|choked) (?:my |this |that |"
                  r"a )?\w+")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b14", (r"need (?:someone|somebody|anyone|u|you) to stay with me|(?:worst|bad) night "
                   r"(?:\w+ ){0,3}(?:in a long time|ever|in months|in years)")),
]
TOX_RULES["tx_sexual"] += [
    ("sexual_b14", (r"(?:bet|betting) (?:youd|you d|ud|u d|you would|ur|youre|you re) (?:be )?"
                    r"(?:fun|good|great|hot|sexy) (?:in bed)?|fun in bed|show (?:u|you) a good "
                    r"time")),
]
TOX_RULES["tx_insult"] += [
    ("insult_b14", (r"(?:ur|youre|you re|you are) mid(?= |$)|touch grass|ok boomer|(?:do|does) "
                    r"(?:u|you) (?:even )?have a brain|air (?:up there|between (?:ur|your) "
                    r"ears)")),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b14", (r"no wonder (?:you|u) (?:dont|do not|have no|cant) (?:have )?"
                      r"(?:any )?friends|(?:just )?get to the point(?: already)?")),
]
# the topic of schoolwork, not the place ("i think about suicide in health class" is risk)
_SUICIDE_SCHOOLWORK = r"warning signs|poster|presentation|project on|prevention|awareness"
_add_unless({
    # a phone battery and "ttyl" are not a farewell ("goodbye forever my phone is at 1%")
    "goodbye_all": (r"phone (?:is )?(?:at|on) \d+|battery|ttyl|talk (?:to )?(?:u|you) "
                    r"(?:later|tmrw|tomorrow)|brb"),
    "revenge": r"fight anyone who (?:says|thinks|disagrees|tells)",
    # someone else losing it ("my mom is losing it" over crooked pictures)
    "overwhelm": (r"(?:mom|dad|mum|teacher|coach|sister|brother|parents|she|he|they) (?:is|are|"
                  r"s|was|were) (?:\w+ )?losing it"),
    "cut_myself": r"shaving|shaved|shave",
    "bruises": r"airsoft|paintball|nerf|dodgeball|laser tag",
    "means": (r"(?:sort|sorting|organi[sz]e|organi[sz]ing) (?:\w+ ){0,3}(?:pills|them|meds|"
              r"medicine)|weekly (?:pill )?box|pill (?:organi[sz]er|box)"),
    "panic": r"used to (?:get|have)",
    "weapon_for": r"gun safety|hunter safety|speech|essay|presentation",
    "tp_kill_self": r"role ?play|what to say if|health (?:class|teacher)|warning signs",
    "suicide": _SUICIDE_SCHOOLWORK,
    "sewer_slide": _SUICIDE_SCHOOLWORK,
    "insult_b14": r"touch grass (?:with|at|in)|mid (?:term|terms|year|season|school|day)",
})

# --- batch 15 (2026-11-29, session 9): families from what both stages missed when batch 15
# was first measured (fresh, with the model retrained on batch 14: cascade 92.9 / 88.0 /
# 1.2 %; docs/moderation.md)
RISK_RULES["sh_ideation"] += [
    ("ideation_b15", (r"(?:wanna|want to) end me(?! lol)|what (?:would |will )?"
                      r"(?:even )?(?:happens?|happen) to (?:my|ur|your) (?:\w+ ){0,2}if (?:i|u|"
                      r"you) (?:die|died|wasnt around|werent around|was gone|wasnt here|werent "
                      r"here)|(?:drink|drinking|vape|vaping|smoke|smoking|get high|getting high)"
                      r"(?: \w+){0,4} so i (?:dont|do not|wont|can not|cant) (?:have to )?feel "
                      r"(?:anything|it|the pain|nothing)")),
]
RISK_RULES["sh_act"] += [
    ("act_b15", (r"hide (?:the |my |these |those )?(?:cat scratches|cuts|scars|marks on my)|"
                 r"did (?:some )?(?:stuff|something|things) to my (?:arms?|wrists?|legs?|thighs?)|"
                 r"(?:dont|do not|wont) let myself eat|(?:to )?(?:punish|punishing|starve|starving)"
                 r" myself|(?:if|when) im skinny enough|stopped eating (?:breakfast|lunch|dinner)"
                 r"(?: and (?:breakfast|lunch|dinner))?(?: \w+| ,){0,12} (?:been|for) (?:like )?"
                 r"(?:\d+|two|three|a few|a couple) (?:days|weeks)")),
]
RISK_RULES["sh_means_query"] += [
    ("query_b15", (r"which (?:bridge|building|parking garage|overpass)(?: \w+){0,3} (?:is )?(?:the "
                   r")?(?:highest|tallest)|(?:highest|tallest) (?:bridge|building|parking garage|"
                   r"overpass) (?:in|around|near) (?:town|here|the city)")),
]
RISK_RULES["sh_farewell"] += [
    ("farewell_b15", (r"(?:notes|letters) (?:are|r) (?:already )?(?:written|done|ready)|"
                      r"(?:writing|wrote|made|making) my will(?! for (?:class|english|an? "
                      r"assignment))|(?:get into|access|unlock) (?:my|ur|your) (?:phone|accounts?)"
                      r"(?: \w+){0,2} after(?= ,|$| i | im )|last (?:post|story|video) (?:on|in) "
                      r"my (?:\w+ )?(?:story|page|account|insta|tiktok)(?: \w+| ,){0,4} (?:bye|"
                      r"goodbye)")),
]
RISK_RULES["ab_ongoing"] += [
    ("ongoing_b15", (r"punishment(?: \w+){0,5} locked in|(?:mom|dad|stepdad|stepmom|parents|they|"
                     r"he|she) (?:locks|locked|lock) me in (?:the|my) (?:bathroom|closet|basement|"
                     r"room|garage)|(?:mom|dad|tia|tio|aunt|uncle|grandma|grandpa|abuela|abuelo|"
                     r"stepdad|stepmom) (?:burned|burnt) my (?:hand|arm|leg|skin)")),
]
RISK_RULES["ab_neglect"] += [
    ("neglect_b15", r"told me (?:to )?pack my (?:stuff|things|bags?) and (?:go|leave|get out)"),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b15", (r"(?:the )?(?:game|secret game) (?:my )?(?:stepdad|dad|uncle|grandpa|cousin|"
                     r"brother|babysitter|coach|moms boyfriend) (?:played|plays|would play) with "
                     r"me|drink\w* (?:a lot )?and (?:it|things|he|she|they) (?:gets?|got) scary|"
                     r"(?:older|grown|adult)(?: \w+){0,3} keeps (?:dming|messaging|texting|"
                     r"snapping) me|(?:about|of) the emojigrape")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b15", (r"(?:her|his|their) (?:house|car|room|locker) (?:is )?(?:gonna|going to|will) "
                  r"(?:burn|go up in flames)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b15", (r"(?:she|he|they)(?:s| is| are|re)? (?:gonna|going to) regret it(?: fr| ,|$)|"
                  r"not (?:gonna be |going to be )?responsible for what (?:happens|i do)|almost "
                  r"hit (?:my|this|that|a) (?:little |big |older |younger )?(?:sister|brother|sis|"
                  r"bro|mom|dad|teammate|kid|friend|classmate|teacher)")),
]
RISK_RULES["ds_low"] += [
    # the friend nobody checks on: stage 2 read it as an attack (p 0.998) and withheld it
    ("lonely_b15", (r"(?:no ?one|nobody|no one ever) (?:ever )?(?:asks|checks) (?:how|if|on) "
                    r"(?:im|i m|ur|youre|you re|me)")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b15", (r"not be alone with my (?:head|thoughts|brain|mind)|everything (?:is )?(?:too|"
                   r"so) loud|^ayuda(?: porfa| por favor| pls| plz)?$|ayudame|(?:im|i am) really "
                   r"not (?:good|okay|ok)(?: rn| right now)|(?:got|been|was|getting) deported "
                   r"(?:today|this morning|last night|yesterday)")),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b15", (r"waste my time|instead of (?:whining|crying|complaining)|(?:your|ur) "
                      r"english is (?:so |really )?bad|(?:youre|you re|ur|you are) (?:so |really "
                      r"|kind of |kinda )?needy")),
]
IDIOMS += [
    ("cut_tension", r"(?:could|can) cut (?:it|the tension) with a knife"),
]
_add_unless({
    "weapon_for": r"butter knife|for my bagel|lunchbox",
    "tp_friend_suicidal": r"(?:will|gonna|going to) (?:literally )?die if (?:her|his|their) crush",
    "unclear": r"is that ok to use this|(?:im|i am) \d+ is (?:that|it) ok",
})

# --- batch 16 (2026-11-29, session 9): families from what both stages missed when batch 16
# (understated, hedged, half-joking) was first measured with the final model and rules of
# the session: cascade 87.1 / 80.9 / 2.9 %; docs/moderation.md
RISK_RULES["sh_ideation"] += [
    ("ideation_b16", (r"gave (?:away )?my (?:\w+ ){1,2}to (?:my )?\w+ and my (?:\w+ ){1,2}to "
                      r"(?:my )?\w+|(?:hope|hoping) i (?:get sick|get hit|catch something)(?: \w+)"
                      r"{0,3} (?:and )?(?:dont|never|do not) (?:recover|wake up|come back|get "
                      r"better)|(?:not|dont|don t|never) see (?:a|the|any) point (?:to|in) (?:any of "
                      r"it|existing|living)")),
]
RISK_RULES["sh_act"] += [
    ("act_b16", (r"(?:arms?|wrists?|thighs?|legs?) (?:have|has|got) (?:the )?cat scratches|cat "
                 r"scratches again|scars on my (?:thighs|wrists|arms|legs|hips)(?: \w+| ,){0,5} "
                 r"(?:doesnt|dont|does not|do not) know|clean from (?:sh|self ?harm\w*|cutting)"
                 r"(?: \w+| ,){0,4} (?:but |and )?(?:today|tonight|this week) (?:was|is|has been) "
                 r"(?:so |really )?(?:hard|rough|bad)")),
]
RISK_RULES["sh_farewell"] += [
    ("farewell_b16", (r"(?:if|when) i (?:dont|do not|stop|don t) (?:reply|answer|respond|text "
                      r"back)(?: \w+){0,4} (?:its|thats|it s|that s) (?:bc|because|cause|cuz) i "
                      r"(?:did it|went through with it|did the thing)")),
]
RISK_RULES["ab_ongoing"] += [
    ("ongoing_b16", (r"not allowed to leave my room except (?:for )?(?:school|the bathroom|to eat)|"
                     r"(?:dont|do not|don t) cry or (?:it gets worse|ill get|i get|he ll|hell|shell|"
                     r"she ll|they ll)|(?:cant|couldnt|can t) sit (?:down )?for (?:days|a week|a "
                     r"few days)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b16", (r"(?:made|make|makes|used to make) me keep (?:secrets|it a secret|a secret)|"
                     r"counts as (?:emojigrape|rape|sa)|(?:foster care|foster home|group home)"
                     r"(?: \w+){0,10} (?:was|were) (?:\w+ ){0,2}bad(?! at)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b16", (r"(?:deserves|deserve) to feel what (?:he|she|they) (?:made|did|put)|how long "
                  r"(?:does someone|do you|do u|would someone|would i) (?:go|get sent|get) to "
                  r"(?:juvie|jail|prison) for (?:fighting|stabbing|hitting|killing|shooting|"
                  r"jumping)|(?:showing|show) up at (?:her|his|their) (?:job|work|house|school)"
                  r"(?: \w+){0,2} (?:friday|tonight|tomorrow|monday|tuesday|wednesday|thursday|"
                  r"saturday|sunday)")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b16", (r"not be in my (?:head|thoughts|brain|mind)|(?:in|hiding in) my closet with "
                   r"my hands over my ears|(?:my )?mind is racing so (?:bad|fast|much)")),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b16", (r"if (?:you|u) paid attention(?: in class)? (?:maybe )?(?:you|u)(?:d| "
                      r"would| wouldnt| would not)|(?:nobody|no one|no ?one) (?:is )?(?:gonna|going to) want to be "
                      r"friends with (?:you|u)")),
]
_add_unless({
    "farewell_more2": r"thanks for (?:last week|yesterday|last time|the other day|earlier)",
    "acute_more": r"reaper|spicy|hot chip|one chip|mouth was on fire",
    "acute_b3": r"reaper|spicy|hot chip|one chip|mouth was on fire",
    "overwhelm": (r"(?:server|chat|crowd|fans|game|gc|group chat|stadium|comments) (?:is|are|was|"
                  r"were|went) going crazy"),
})

# --- batch 18 (2026-11-29, session 10): families from what the cascade missed when batch 18
# (fresh; eight voices, Spanish among them) was first measured with the model retrained on
# batches 15-17: cascade 97.8 / 93.9 / 0.8 %; docs/moderation.md
RISK_RULES["sh_acted"] += [
    # a car left running in a shut garage (the old pattern, any car and garage within five
    # words, paged a counselor for "the car is in the garage")
    ("garage_b18", (r"(?:car|engine|motor) (?:is |s )?(?:still |already )?(?:running|on) in "
                    r"(?:the |a |our |my )?(?:closed|shut|locked) garage|(?:car|engine) (?:is )?"
                    r"running (?:\w+ ){0,5}garage door (?:is )?(?:closed|shut|down)|garage (?:\w+ ){0,2}(?:and )?"
                    r"i (?:have|got) the keys")),
]
RISK_RULES["sh_act"] += [
    ("act_b18", (r"(?:dont|do not|don t) deserve (?:to eat|food|meals|dinner|lunch|breakfast)|"
                 r"stopped eating(?! (?:meat|dairy|sugar|gluten|junk|fast food|red meat|pork|beef|"
                 r"candy|sweets|chips|breakfast|lunch|dinner))(?: \w+| ,){0,12} (?:been|for) "
                 r"(?:like )?(?:\d+|two|three|four|five|a few|a couple) (?:days|weeks)")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b18", (r"(?:traigo|llevo|voy a traer|voy a llevar) (?:la|una|el|mi|su) (?:navaja|"
                  r"cuchillo|pistola|arma)|(?:se la|se lo|te la|te lo) voy a (?:meter|clavar)|"
                  r"(?:lo|la|los) voy a (?:matar|apunalar|acuchillar)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b18", (r"(?:pienso|pense|quiero|ganas de|pensar) (?:en )?(?:hacerle|hacerles) dano|"
                  r"daydream\w* about (?:my |our |the |her |his )?(?:\w+ ){0,2}(?:car|house|"
                  r"locker|room) (?:exploding|blowing up|burning|catching fire|on fire)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b18", (r"(?:me|nos) (?:encerraba|encerraban|encerraron)|nos (?:pegaba|pegaban|"
                     r"golpeaba|golpeaban|maltrataba|maltrataban)|(?:totally|definitely|"
                     r"obviously) (?:didnt|did not|never) (?:leave|left) (?:any )?marks|"
                     r"something (?:weird|bad|off|wrong|creepy) (?:happens|is happening|goes on|"
                     r"happened) (?:\w+ ){0,2}with (?:her|his|their|my) (?:stepdad|dad|uncle|"
                     r"stepmom|mom|brother|cousin|grandpa|coach) at night|when i was (?:little|"
                     r"small|a kid|younger)(?: \w+| ,){0,3} nobody believed")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b18", (r"(?:im|i am|i m) watching myself from (?:the )?(?:outside|above|far away)|"
                   r"everything feels (?:so |really )?(?:unreal|fake)(?! lol)")),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b18", (r"(?:dont|do not|don t) have time for (?:attention seekers|(?:your|ur|this) "
                      r"(?:drama|whining|nonsense|excuses))|(?:same|another) sob story|"
                      r"ugh not (?:you|u) again")),
]
# --- batch 19 (2026-11-29, session 10): families from what the cascade missed when batch 19
# (fresh; guarded, minimising, joking-and-meaning-it voices) was first measured with the model
# retrained on batches 18 and 19a: cascade 95.0 / 93.1 / 2.7 %, toxicity F1 0.840
RISK_RULES["sh_ideation"] += [
    ("ideation_b19", (r"uninstall\w* (?:my )?life|(?:dont|do not|don t) trust myself (?:to be "
                      r"alone|alone|tonight|right now|rn)|think(?:ing)? about drowning|just not "
                      r"coming (?:back )?up")),
]
RISK_RULES["sh_plan"] += [
    ("plan_b19", (r"(?:thin|the ice|river|lake|bridge|tracks|train|cliff|roof|ledge|overpass)"
                  r"(?: \w+| ,){0,10} (?:thats|that s|which is) (?:kinda |kind of |sort of |"
                  r"literally )?the (?:point|plan)")),
]
RISK_RULES["sh_act"] += [
    ("act_b19", (r"skipping meals (?:on purpose|as (?:a )?punishment|to punish)|(?:skipping|"
                 r"skip|not eating)(?: \w+| ,){0,4} (?:kinda |kind of )?like (?:a )?punishment")),
]
RISK_RULES["ho_plan"] += [
    ("plan_b19", (r"(?:taking|bringing|bring|take|takin) (?:my |the |a |his |her )?(?:pocketknife|"
                  r"pocket knife|knife|bat|gun|blade|box cutter|brass knuckles) to (?:the )?"
                  r"(?:bus stop|school|park|practice|game|his house|her house|their house)"
                  r"(?: \w+| ,){0,6} (?:waiting for|wait for|find|get) (?:him|her|them)|"
                  r"(?:exits|doors) (?:im|i m|i am|were|we re) (?:gonna|going to) (?:block|lock|"
                  r"chain)")),
]
THIRD_PARTY += [
    ("tp_b19", (r"(?:duo|teammate|squad|mutual|online friend|discord friend|friend|brother|"
                r"sister|cousin|bf|gf|kid|classmate)(?:s)? (?:\w+ ){0,4}(?:keeps? saying|said|"
                r"says|told me|texted|posted) (?:that )?(?:he|she|they) (?:wants? to die|wanna "
                r"die|wish(?:es)? (?:he|she|they) (?:was|were) dead|wish(?:es)? (?:he|she|they) "
                r"(?:wasnt|werent) (?:here|alive|born))|(?:been )?giving away (?:his|her|their) "
                r"(?:stuff|things|games|clothes)(?: \w+| ,){0,6} (?:wont|won t|will not) matter")),
]
TOX_RULES["tx_tell_harm"] += [
    ("tell_harm_b19", (r"(?:^|, )(?:(?:lol|lmao|bro|dude|just|go|pls|please|plz|then|noob) )*"
                       r"(?:go )?jump off (?:something|a cliff|a roof|a bridge)|delete "
                       r"(?:urself|yourself|ur self|your self) from|(?:tell|told) (?:him|her|them|"
                       r"u|you) to stop breathing|(?:you|u) should (?:just )?stop breathing")),
]
TOX_RULES["tx_insult"] += [
    ("insult_b19", (r"(?:ur|youre|you re|you are|u r) (?:just )?a wannabe \w+|(?:or|just) a "
                    r"(?:lonely |old |creepy |little )*(?:perv|pervert|creep|pedo)(?:$| ,)|"
                    r"learn (?:how )?to read(?:$| ,)")),
]
TOX_RULES["tx_slur"] += [
    ("slur_b19", r"chnk|chnks"),
]
TOX_RULES["tx_third"] += [
    ("harass_b19", (r"make (?:an|a|a fake) (?:account|page|gc|group chat|story) (?:roasting|"
                    r"making fun of|to roast|to make fun of|about) (?:him|her|them)")),
]
TOX_RULES["tx_sexual"] += [
    ("sexual_b19", r"(?:send|sends) (?:me )?feet(?:$| ,| pics| pic)"),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b19", (r"no wonder (?:nobody|no one|no ?one) (?:sits with|likes|talks to|wants "
                      r"to (?:be|hang|sit|talk)) (?:with )?(?:you|u)")),
]
_add_unless({
    "weapon_for": r"shooting sports|4 h|4h|(?:shooting|rifle|trap|skeet) (?:comp|competition|meet)",
    "bleeding": r"paper cuts?",
    "goodbye_all": r"summer|spring break|vacation|winter break",
})

# --- batch 20 (session 10): fresh, batch 16's understated voice again; measured once with the
# shipped model: cascade 98.3 / 96.2 / 10.3 %, toxicity F1 0.643 (look-alikes written as twins
# of its risky rows); families from its clearest misses
RISK_RULES["ab_ongoing"] += [
    ("ongoing_b20", r"(?:im|i m|i am) sleeping in the (?:garage|shed|car|porch|basement) again"),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b20", r"calls? me (?:a|her|his|their) (?:mistake|accident)"),
]
RISK_RULES["sh_act"] += [
    ("act_b20", (r"(?:pressing|press|poking|poke|pushing) (?:on )?my bruises (?:to|so|until) "
                 r"(?:make them |they )?(?:hurt|ache)")),
]
THIRD_PARTY += [
    ("tp_b20", (r"(?:friend|bestie|bff|sister|brother|cousin|she|he)(?: \w+){0,6} (?:said|says|"
                r"keeps saying) (?:she|he|they) (?:doesnt|does not|dont|do not) see the point "
                r"(?:in|of) (?:next year|living|anything|going on|tomorrow|life)")),
]
TOX_RULES["tx_tell_harm"] += [
    ("tell_harm_b20", r"(?:^|, )(?:(?:lol|lmao|bro|dude|just|pls|please|plz|then) )*go play in traffic"),
]
TOX_RULES["tx_insult"] += [
    ("insult_b20", r"(?:paid|born|trained) to be this (?:dumb|stupid|useless|annoying|bad)"),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b20", (r"(?:stupid|dumb|silly|petty) (?:thing|reason) to (?:be upset|get upset|cry|"
                      r"be sad|be mad) (?:about|over)")),
]
_add_unless({
    "on_ledge": r"photography|taking pics|taking pictures|taking photos|photo shoot|golden hour",
})

# --- batch 21 (session 11): fresh, an evening of nine voices; measured before and after the
# retraining with batches 19-21t: cascade 96.6 / 91.7 / 2.5 %, toxicity F1 0.909, then 96.6 /
# 91.0 / 2.5 %, F1 0.920, one risky message withheld both times; families from its misses
RISK_RULES["ho_wish"] += [
    # a named target ("ur a dumb bitch and i think about stabbing jayden all the time" was
    # withheld as an insult): pronouns, "my x" and "the x" are wish_b3's; a bare word after
    # the verb is a name unless it is one of these everyday objects
    ("wish_name_b21", (r"(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|"
                       r"fantasies|dream|dreaming|daydream\w*|obsess\w*) (?:\w+ ){0,3}(?:about|of) "
                       r"(?:stabbing|killing|hurting|shooting|strangling|choking|poisoning|"
                       r"beating up|battering|drowning|murdering) (?!(?:time|it|myself|my ?self|"
                       r"urself|yourself|themselves|himself|herself|zombies|hoops|photos?|pics?|"
                       r"pictures?|videos?|film|baskets?|threes|3s|birds|ducks|deer|bugs|spiders?|"
                       r"weeds|the|my|a|an|this|that|some|his|her|their|our|your|ur|these|those|"
                       r"him|them|people|someone|somebody|every ?one|every ?body|off|up|down|"
                       r"for|with|in|on|at|and|or|but|so|because|when|if|like)(?![\w#]))[a-z]+")),
    ("intrusive_b21", (r"intrusive thoughts (?:\w+ ){0,3}(?:about|of) (?:hurting|killing|stabbing|"
                       r"pushing|harming|strangling|drowning|choking)|intrusive thoughts about "
                       r"(?:my \w+|him|her) (?:have|are|keep) (?:gotten|getting|been|becoming) "
                       r"(?:very |so |really |too )?(?:creative|violent|dark|graphic|bad)|"
                       r"(?:fantasies|fantasize|fantasizing|fantasise|fantasising) (?:\w+ ){0,4}"
                       r"about (?:my \w+|him|her) (?:\w+ ){0,2}(?:ceasing to exist|not existing|"
                       r"being dead|dying)")),
]
RISK_RULES["sh_ideation"] += [
    ("ideation_b21", (r"(?:plan|plans|goal) (?:is )?(?:to )?not (?:be|being) (?:alive|here|around)|"
                      r"not (?:be|being) alive (?:in|by) (?:\d+|a|five|ten|two|three|next)|"
                      r"(?:stop|quit) (?:wanting|the urges?|urges?) to (?:cut|sh|self harm|hurt "
                      r"(?:myself|my ?self|yourself|urself))")),
]
RISK_RULES["sh_act"] += [
    ("act_b21", (r"(?:keep|kept|been|started|cant stop) (?:hitting|punching|banging|slapping) "
                 r"(?:my head|myself|my ?self|my face)(?! (?:on|against) (?:the )?(?:door|"
                 r"cupboard|shelf|ceiling|bunk)\w*)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b21", (r"locked (?:me )?(?:in|into) (?:the|my|a) (?:shed|closet|basement|garage|"
                     r"cupboard|attic|bathroom|room|cellar) (?:\w+ ){0,2}(?:as|for) (?:a )?"
                     r"punishment|(?:got|been|was|get|getting|being) grape(?= at| by| when| last| "
                     r"from| ,|$)|something (?:bad |weird )?happened (?:, )?(?:at|after) (?:a|the|"
                     r"this) (?:party|sleepover) (?:, )?(?:i )?(?:dont|do not|cant|cannot) (?:want "
                     r"to |wanna )?(?:say|talk|tell)")),
]
RISK_RULES["ab_ongoing"] += [
    ("ongoing_b21", r"(?:kneel|kneeling|knelt|kneels) on (?:rice|salt|peas|beans|gravel|corn)"),
]
TOX_RULES["tx_tell_harm"] += [
    # said to someone, at the start of a clause: not "im gonna do everyone a favour and jump"
    ("tell_harm_b21", (r"(?:^|, )(?:(?:lol|lmao|bro|dude|just|pls|please|plz|then|so|and|now|ok|"
                       r"okay|srsly|seriously|honestly|go|like) )*"
                       r"do (?:every ?one|every ?body|us all|us|the world|me|the rest of us|"
                       r"society|humanity) a fav(?:o|ou)r and (?:(?:just|go) )*(?:jump off(?: (?:a|the) \w+| "
                       r"something| \w+)?|kill "
                       r"(?:yourself|urself|ur self)|die|kys|ctb|unalive|disappear|hang (?:yourself|"
                       r"urself)|drink bleach|delete (?:yourself|urself)|stop breathing)(?! (?:my ?self|me)(?![\w#]))|"
                       r"nobody "
                       r"would (?:care|notice|miss (?:you|u)) if (?:you|u) (?:killed|kill) "
                       r"(?:yourself|urself|ur self)")),
]
TOX_RULES["tx_threat"] += [
    ("threat_b21", (r"(?:ill|i ll|i will|im gonna|im going to|gonna|going to) (?:\w+ )?find "
                    r"(?:out )?where (?:you|u) live|screenshot\w* (?:\w+ ){0,4}(?:ur|you|u|your) "
                    r"(?:\w+ ){0,4}(?:post|posting|share|sharing|leak|leaking|send|sending) "
                    r"(?:it|them|this|everything|all of it) (?:to|for|on|with) (?:the whole|"
                    r"every ?one|every ?body|ur|your)")),
]
TOX_RULES["tx_sexual"] += [
    ("sexual_b21", (r"(?:wanna|want to|lets|let s|we should|u wanna|you wanna) (?:do|have) "
                    r"(?:seggs|segs|sex|s3x) with me")),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b21", (r"(?:if|when) (?:you|u) (?:cant|can t|cannot) be bothered (?:\w+ ){0,4}(?:i|"
                      r"im|i m) (?:cant|can t|cannot|not|wont) (?:be )?bothered")),
]
_add_unless({
    # "but my friend help me" (a student new to English): someone helps, nobody asks for it
    "need_help": (r"(?:friend|friends|teacher|mum|mom|dad|sister|brother|tutor|classmate|they|"
                  r"she|he) (?:help|helps|helped|can help|will help) me"),
})

# --- batch 22 (session 11): fresh, exam season and a school dance, nine voices; measured
# once with the rules above and the retrained model: cascade 95.2 / 97.7 / 0.5 %, toxicity F1
# live 0.778 (stage 1's: the chat does not withhold what it has delivered), cascade 0.791;
# families from its misses, most of them insults stage 1 had no words for
THIRD_PARTY += [
    ("tp_b22", (r"(?:texted|sent|posted|messaged|dmed) (?:me|us|the gc|the group chat|every ?one) "
                r"(?:\w+ ){0,2}goodbye (?:\w+ ){0,8}(?:wont|isnt|not|doesnt|stopped) (?:answer|"
                r"answering|respond|responding|picking up|reply|replying)")),
]
RISK_RULES["sh_farewell"] += [
    ("farewell_b22", r"(?:making|make) (?:it|this|tonight|the dance|prom) my last (?:one|night|day)"),
]
TOX_RULES["tx_insult"] += [
    ("insult_b22", (r"(?:fake|broke|weird|ugly|stupid|dumb|lazy|annoying|useless|lame|basic|corny|"
                    r"creepy|bitch) ass (?:bitch|hoe|ho|volunteer|therapist|counselor|bot|loser|"
                    r"idiot|clown|nerd|freak|creep|kid|dude|boy|girl|man|person|teacher)|"
                    r"(?:^|, )(?:(?:lol|ok|bro|just|u|you|ur|youre|a|an|such a) )*(?:useless|"
                    r"worthless|stupid|lazy|fat|ugly|fake|pathetic) piece of (?:shit|crap|garbage|"
                    r"trash)|(?:ur|your) (?:mom|mum|dad|parents|family) (?:must be|must b|is prob|"
                    r"are prob|is probably|are probably) (?:so )?(?:disappointed|ashamed|"
                    r"embarrassed) (?:in|of|by) (?:u|you)|live in (?:ur|your) (?:moms|mums|"
                    r"parents|grandmas) basement|(?:^|, )(?:(?:lol|lmao|ok|okay) )*ok (?:karen|"
                    r"boomer)$|(?:ur|your) (?:voice|face|breath) (?:prob |probably |def |"
                    r"definitely )?(?:sounds|looks|smells) like (?:a |an )?(?:dying|dead|sick|"
                    r"ugly|wet|old|fat|rotten|constipated) \w+|"
                    r"maybe if (?:you|u) (?:werent|weren t|were not|wasnt) so (?:annoying|lazy|"
                    r"dramatic|needy|whiny|clingy|sensitive|boring|weird|ugly|stupid|dumb)|"
                    # a name-call closing a message at the reader: "..., loser"
                    r"(?<= , )(?:ok |lol )?(?:loser|idiot|moron|dumbass|clown)(?: lol| lmao)?$")),
]
TOX_RULES["tx_attack"] += [
    ("attack_b22", (r"(?:nobody|nobodys)(?: is| s)? (?:going to|gonna) (?:want to|wanna) (?:date|be friends "
                    r"with|hang out with|talk to|sit with) (?:you|u)|(?:hope|wish) (?:u|you) "
                    r"(?:trip|fall|slip)(?: down| off| into| on)? (?:the )?(?:stairs|a cliff|a "
                    r"ditch|ur face|your face)")),
]
TOX_RULES["tx_tell_harm"] += [
    ("tell_harm_b22", (r"(?:lets|let s|we should|everyone should|we gotta|we need to) (?:all )?"
                       r"tell \w+ to (?:kms|kys|kill (?:herself|himself|themselves)|die|unalive|"
                       r"ctb)")),
]
TOX_RULES["tx_slur"] += [
    ("slur_b22", r"ching chong"),
]
TOX_RULES["tx_sexual"] += [
    ("sexual_b22", (r"(?:girls|boys|people) like (?:u|you) are (?:only )?good for (?:one thing|"
                    r"only one thing)|(?:^|, )(?:hey|hi|hello|yo|sup) (?:there )?(?:sexy|hottie)")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer's belittling: "this is a pretty stupid reason to be upset" (not "that's not
    # a stupid reason to be upset"), "stop being such a baby about your ankle"
    ("belittle_b22", (r"(?:thats|that s|this is|its|it s|what a|such a) (?:a )?(?:pretty |really "
                      r"|very |kinda |kind of |so |such a )?(?:stupid|dumb|silly|petty|pathetic|"
                      r"ridiculous) (?:thing|reason) to (?:be upset|get upset|cry|be sad|be mad|"
                      r"be scared|worry)|(?:stop|quit) being (?:such )?a (?:baby|crybaby|drama "
                      r"queen|child|brat)|(?:thats|that s|this is) the (?:dumbest|stupidest|most "
                      r"pathetic|most ridiculous) (?:thing|question|excuse|reason)|not (?:you|u) "
                      r"again|figure it out (?:yourself|urself|on your own) for once")),
]

# --- batch 23 (session 11): fresh, a long weekend in nine voices; measured once with
# everything above: cascade 95.0 / 92.7 / 2.6 %, toxicity F1 live 0.707, and two messages with
# risk withheld ("fuck off, im not stepping back from the edge. ur not my mum"; a student
# quoting "nobody asked" under her posts); families from its misses, the plainest
# risky ones among them (a razor "right now", tablets googled, a fire, a belt) because
# under a flood the cascade sheds first the messages in which stage 1 found nothing
RISK_RULES["sh_act"] += [
    ("act_b23", (r"(?:not|never|wont|won t|aint) (?:stepping|step|coming|getting|climbing|moving) "
                 r"(?:back |down |away )?(?:from|off) (?:the|this) (?:edge|ledge|roof|railing|"
                 r"bridge)")),
    ("act_b23b", (r"(?:razor|blade)s? (?:\w+ ){0,2}(?:right now|rn)(?: \w+| ,){0,4} (?:i )?(?:cant|"
                  r"can t|cannot) stop")),
    ("act_b23c", (r"(?:stopped|quit|stop|stopping) taking my (?:\w+ ){0,2}(?:meds|medication|"
                  r"medicine|insulin|pills|tablets) (?:\w+ ){0,4}on purpose")),
]
RISK_RULES["sh_farewell"] += [
    ("farewell_b23", r"(?:letter|letters|note|notes) (?:\w+ ){0,3}to (?:open|read) after(?= ,|$)"),
    ("farewell_b23b", (r"(?:this is|its|it s|tonight is) my last (?:sunday|monday|friday|saturday|"
                       r"night|day|weekend|week)(?: night)?(?! (?:of|before|at|in|as|with|here|"
                       r"living|until|till|off)(?![\w#])) , (?:ive|i ve|i have|i) decided(?= ,|$)")),
    ("farewell_b23c", r"(?:dont|do not) think (?:im|i m|i am|ill|i ll|i will) (?:be )?coming back(?= ,|$)"),
]
RISK_RULES["sh_ideation"] += [
    ("ideation_b23", (r"wish (?:the|my|this) (?:illness|cancer|disease|sickness|condition) would "
                      r"(?:just )?win")),
    ("ideation_b23b", (r"(?:wish|wishing|wished|hope|hoping) (?:that )?i (?:wouldnt|would not|"
                       r"wont|dont|didnt|never|couldnt|could not) wake up(?! (?:late|early|till|until|before|"
                       r"for|in time|on time))|(?:lie|lay|lying|laying) down (?:\w+ ){0,5}and "
                       r"(?:not|never) wake up(?! (?:late|early|till|until|before|for|in time))|whats (?:even )?the "
                       r"point (?:of|in) me (?:being alive|living|existing|being here|staying "
                       r"alive)")),
]
RISK_RULES["ho_plan"] += [
    # "me and the boys are gonna jump liam when he leaves, tyler brought a bat"
    ("jump_b23", (r"(?:gonna|going to|finna|about to|planning to|plan to|tryna) jump (?!(?:rope|off|"
                  r"in|on|into|out|ship|start|the|a|an|back|higher|around|over|up|down|right|"
                  r"straight|across|through|from|onto|to|at|as|scare|scares|ahead|first|"
                  r"together|again|for|with|high|far|my|our)(?![\w#]))[a-z]+ (?:when|after|at|"
                  r"behind|outside|tonight|tomorrow|before|on)")),
    ("plan_b23", (r"(?:im|i m|gonna|going to|im going to|will|ill|i ll) (?:set fire to|burn down|"
                  r"torch) (?:\w+s|his|her|their) (?:car|house|locker|room|bike|garage|shed)"
                  r"(?! in (?:minecraft|roblox|the game|sims|fortnite))|(?:using|use) (?:my \w+s |"
                  r"my |a |the )?(?:hammer|knife|bat|gun|crowbar|axe|machete) on (?:him|her|"
                  r"them)(?![\w#])|(?:doing it|do it|end it|ending it) with (?:the|my|dads|my "
                  r"dads) (?:rifle|gun|shotgun|pistol)")),
]
RISK_RULES["ab_unclear"] += [
    ("unclear_b23", (r"(?:taking|took|takes|take) (?:photos|pics|pictures|videos) of (?:us|me|her|"
                     r"them|the girls|the boys) (?:\w+ )?(?:getting changed|changing|in the "
                     r"shower|undressed|naked)|(?:mum|mom|dad|my parents|parents) (?:came back|"
                     r"came home|got back|returned) (?:\w+ ){0,3}after (?:being gone|leaving us|"
                     r"disappearing) (?:for )?(?:\d+|two|three|four|a few|several) (?:days|"
                     r"nights)")),
]
RISK_RULES["ds_medium"] += [
    ("acute_b23", (r"(?:dont|do not) know where i am(?= ,|$| and| rn| right now)|blood sugar (?:is "
                   r"|s )?(?:crashing|dropping fast|so low|really low|tanking)")),
]
TOX_RULES["tx_attack"] += [
    ("attack_b23", (r"(?:hope|wish) (?:his|her|their|ur|your) (?:whole )?(?:family|car|house|plane|"
                    r"mom|mum|dad) (?:\w+ )?(?:gets in a (?:car )?crash|crashes|crash|dies|die|"
                    r"burns down|burns|blows up)|(?:you|u) should (?:just )?(?:ctb|catch the bus|"
                    r"sewer slide)|(?:^|, )(?:(?:lol|just|someone|somebody|pls|go) )*tell "
                    r"(?!me(?![\w#]))\w+ to (?:go )?(?:kill (?:herself|himself|themselves)|kms|kys|"
                    r"die|unalive|ctb)")),
]
TOX_RULES["tx_insult"] += [
    ("insult_b23", (r"(?:id|i d|i would) rather talk to a (?:wall|brick|rock|toaster|potato)|"
                    r"imagine being this (?:slow|dumb|stupid|ugly|annoying|boring|useless|"
                    r"pathetic)|type it in crayon|(?:ur|your) (?:mum|mom) must be so "
                    r"disappointed (?:she|that she) raised|"
                    r"(?:^|(?<= ))(?:u|ur|you|your|youre) (?:\w+ |, )*?, (?:so )?(?:pathetic|useless)"
                    r"(?: lol| lmao)?$")),
]
TOX_RULES["tx_third"] += [
    ("third_b23", (r"(?:\w+s|she s|shes|she is|hes|he s|he is) (?:such a|a|a total|a little) "
                   r"(?:slut|whore|hoe|thot|skank)")),
]
TOX_RULES["tx_slur"] += [
    ("slur_b23", r"spstic|spastic"),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b23", (r"(?:is|s) (?:a )?(?:pretty |really |very |kinda |kind of |so |such a )?"
                      r"(?:stupid|dumb|silly|petty|pathetic|ridiculous) (?:thing|reason) to (?:be "
                      r"upset|get upset|cry|be sad|be mad)|(?:some|other) people have real "
                      r"problems|if (?:you|u) want attention|(?:youre|you re|you are) being "
                      r"(?:ridiculous|dramatic|pathetic|silly|a baby|childish|stupid)|are (?:you|u) "
                      r"seriously (?:messaging|texting|here|crying|upset) (?:\w+ ){0,6}because|"
                      r"maybe (?:try )?(?:not being so|being less) (?:weird|annoying|dramatic|"
                      r"needy|clingy|boring|sensitive)|(?:dont|do not) get paid enough for this|"
                      r"(?:^|, )(?:(?:just|so|ok|okay) )*figure it out (?:yourself|urself|on your "
                      r"own)")),
]
RISK_RULES["sh_means_query"] += [
    ("query_b23", (r"(?:looking up|googling|searching|googled|looked up|searched(?: up)?|"
                   r"researching|researched|worked out|working out) how (?:many|much) (?:\w+ ){0,4}"
                   r"(?:<PILLS>|pills|tablets|meds) (?:it )?(?:would|will|does|d) (?:it )?take"
                   r"(?! (?:for|to (?:cure|fix|help|stop)) )")),
]
RISK_RULES["ab_ongoing"] += [
    ("ongoing_b23", (r"(?:took|takes|taking|take) (?:his|her|a|the) belt to (?:me|us|my "
                     r"(?:brother|sister|back|legs))")),
]
_add_unless({
    "farewell_b23b": r"move|moving|graduat\w*|camp|school year|summer|semester|vacation|trip",
    # found while writing the batch-23 families: "im shaving my legs with a razor rn lol" and
    # "gonna burn down his house in minecraft" paged as high
    "means": r"legs|beard|armpits|pits|mustache",
    "shoot_up": r"minecraft|roblox|fortnite|the sims|sims|terraria|animal crossing|in (?:the )?game",
    "act_b23c": (r"allerg\w*|hay ?fever|spring is over|season|antibiotics|side effects|switched|"
                 r"(?:doctor|doc|dr) (?:said|told me to|says)"),
    "acted_more": r"allerg\w*|hay ?fever|spring is over",
    "panic": (r"(?:floor|ground|house|table|building|walls|bed|room) (?:was|is|were|kept|keeps) "
              r"shaking|earthquake"),
    "passive_b4": r"(?:his|her|their|ur|your|the refs|the teachers|coachs) (?:car|bus|truck|plane)",
})
THIRD_PARTY += [
    ("tp_b23", (r"(?:shes|hes|theyre|she s|he s|they re|she is|he is|they are) (?:gonna|going to) "
                r"do something stupid(?= tonight| tmrw| tomorrow| ,|$| and (?:then )?(?:turned|"
                r"switched|blocked|stopped|wont|isnt|left))")),
]
# Reported speech: the student tells what was said to them ("someone commented nobody asked
# under my posts", "he keeps saying kys to me"): not their own attack
TOX_EXEMPT += [
    ("reported_b23", (r"(?:commented|comments|commenting|said|says|wrote|writes|posted|replied|"
                      r"replies|texted|dmed|messaged|keeps? saying|kept saying|called me|calls me) "
                      r"(?:\w+ ){0,1}(?:nobody asked|nobody likes (?:u|you)|kys|kill yourself|"
                      r"ur ugly|youre ugly|go die)")),
]

# --- batch 24 (session 12): fresh, a winter term and the end of a school year in many
# voices; measured once with everything above and the learned n-gram score: cascade 98.7 /
# 96.4 / 1.4 %, toxicity F1 live 0.800, no risky message withheld. Families from its misses.
RISK_RULES["sh_farewell"] += [
    # "Please tell my group I am sorry. I will not be coming back after summer. Goodbye."
    ("farewell_b24", (r"(?:will not|wont|won t|am not|im not|i m not) (?:be )?coming back"
                      r"(?: after \w+| to (?:school|class))? , (?:goodbye|bye|bye forever|"
                      r"farewell)(?= ,|$)")),
]
RISK_RULES["sh_ideation"] += [
    # "lowkey wish the snow would just bury me" ("wish the ground would swallow me" is
    # embarrassment, "wish someone would take me to the mall" a lift)
    ("ideation_b24", (r"wish (?:the (?:snow|ground|sea|ocean|earth|floor|ceiling|roof|building|"
                      r"world|sky|river|waves)|a (?:bus|car|truck|train|meteor|asteroid|piano|"
                      r"lorry)|something|someone|somebody) would (?:just )?(?:bury me|crush me|"
                      r"hit me|kill me|end me|run me over|take me away)(?! (?:up|out|back|home|"
                      r"with|to)(?![\w#]))")),
]
RISK_RULES["ab_unclear"] += [
    # "a neighbour did bad things to me"; "mum gets really rough when shes stressed"
    ("unclear_b24", (r"(?:did|does|do|done|doing|used to do) (?:bad|weird|gross|wrong|nasty|"
                     r"horrible|things|stuff)(?: things| stuff)? to me(?![\w#])|(?:mum|mom|dad|"
                     r"stepdad|stepmum|stepmom|mother|father|he|she) (?:gets|get|got|is|was|can "
                     r"be|can get) (?:really |so |kinda |kind of |a bit |super |too )?rough(?: with "
                     r"(?:me|us)| when)")),
]
RISK_RULES["ho_wish"] += [
    ("wish_b24", (r"(?:want|wanna|going|gonna|about) (?:to )?smash (?!my |your |ur )(?:\w+s|his|"
                  r"her|their) (?:stupid |ugly )?face in")),
]
IDIOMS += [
    # "ngl pushing mid on the new map is suicide": a move in a game
    ("game_move_suicide", (r"(?:pushing|push|peeking|peek|rushing|rush|dropping|landing|"
                           r"solo ?queu(?:e|ing)|that play|that move|going (?:in|mid|top|bot)) "
                           r"(?:\w+ ){0,5}(?:is|was|s) (?:literally |basically |pure |straight |"
                           r"just )?suicide")),
    # "touch grass" is a jab, not a touch ("touch" keeps a rude message from being withheld)
    ("touch_grass", r"(?:go )?touch (?:some )?(?:grass|a book|a shower|soap)"),
]
TOX_RULES["tx_threat"] += [
    ("threat_b24", (r"if i (?:ever )?(?:find out|find|catch|see|meet) (?:\w+ ){0,4}(?:ur|youre|"
                    r"you re|you are|u r|u are) (?:so |literally )?dead(?: meat)?")),
]
TOX_RULES["tx_attack"] += [
    ("attack_b24", (r"(?:nobody|no one|noone) would (?:even )?(?:care|notice|miss (?:you|u)|cry) "
                    r"if (?:you|u) (?:just )?(?:died|dropped dead|disappeared|were gone|was gone|"
                    r"killed yourself|kys)|(?:^|, )(?:(?:lol|just|someone|somebody|pls|go) )*tell "
                    r"(?!me(?![\w#]))\w+ to (?:go )?(?:drink bleach|jump off (?:a|the) (?:bridge|"
                    r"cliff|roof)|hang (?:herself|himself|themselves))")),
]
TOX_RULES["tx_insult"] += [
    ("insult_b24", (r"talking to (?:you|u) is like talking to a (?:brick )?(?:wall|brick|rock|"
                    r"toaster|potato)|(?:did|does) a (?:fortune cookie|bot|robot|toddler|child|"
                    r"5 year old|five year old|chatbot) write (?:that|this)|(?:had|have) (?:had )?"
                    r"better (?:convos|conversations|chats) with (?:a|the) (?:\w+ ){0,2}"
                    r"(?:speaker|wall|toaster|fridge|brick)|no offen[cs]e but "
                    r"(?:you|u) (?:clearly )?(?:failed at|suck at|are useless)")),
]
TOX_RULES["tx_third"] += [
    ("third_b24", (r"(?:is|s|shes|hes|she s|he s|ur|youre|you re|you are) (?:such a |a |a total |"
                   r"an absolute |a dirty |a little )(?:slag|slapper)")),
]
TOX_RULES["tx_sexual"] += [
    # "how old r u? u sound cute" (and from a volunteer: "you sound cute tbh, how old are you
    # again? 😉"); "you look cute in that outfit" about a photo stays delivered
    ("cute_b24", (r"(?:you|u) (?:sound|look|seem) (?:so |really |very |kinda |rly |real )?"
                  r"(?:cute|hot|sexy)(?! in (?:that|this|the|ur|your|those|these) (?:pic|pics|"
                  r"photo|photos|fit|outfit|dress|video))")),
]
TOX_RULES["tx_staff"] += [
    ("belittle_b24", (r"toughen up|man up|harden up|(?:are|r) (?:you|u) even (?:reading|"
                      r"listening|paying attention)|(?:ive|i ve|i have) (?:already )?explained "
                      r"(?:this|it|that) (?:\w+ )?(?:times|twice)|(?:probably|just|only) (?:a|"
                      r"going through a) phase|(?:the )?world (?:doesnt|does not|dont) revolve "
                      r"around (?:you|u)|newsflash")),
]
_add_unless({
    "farewell_b24": (r"move|moving|new school|another school|country|abroad|exchange|"
                     r"transfer\w*|graduat\w*|camp|holiday|vacation|job"),
    # "my last message was meant for my discord not u lol ignore it"
    "last_message": (r"meant for|wrong (?:chat|person|convo|conversation|tab|window)|ignore "
                     r"(?:it|that)"),
    # a volunteer's safety question: "does the guy from discord know where you live?"
    "know_where": (r"(?:does|do|did|has|have|could|might) (?:he|she|they|the \w+|that \w+|"
                   r"anyone|someone|somebody|\w+) (?:\w+ ){0,4}know where (?:you|u) live"),
    # a student asking about themselves: "how do u know if ur gay or if u just ..."
    "gay_insult": (r"(?:know|tell|sure|wonder\w*|think|figure out) (?:if|whether) (?:ur|youre|"
                   r"you re|u r|u are|you are|im|i m|i am) (?:actually |really )?gay|am i gay"),
})

# --- batch 25 (session 12, families written in session 13): fresh, a city spring term and a
# rural autumn; measured once with session 12's final pipeline (cascade 97.1 / 96.1 / 1.0 %,
# toxicity F1 live 0.860, every target met), but stage 1 alone escalated only 66.2 % of its
# high rows. Families from stage 1's risky misses (the cascade caught most of them, and under a
# flood it sheds what stage 1 found nothing in).
RISK_RULES["sh_farewell"] += [
    # "this is the last time ill message here. thank you for always being nice to me"; "bye.
    # tell everyone here they did their best"; "tell the other volunteers they were nice";
    # "already said goodbye to my dog"; "ive made other plans. permanent ones 🙂"
    ("farewell_b25", (r"(?:this is|its|it s|thats) (?:the )?last time (?:ill|i ll|i will|im gonna|"
                      r"i m gonna|im going to) (?:message|text|talk|write|be|come on) (?:here|to "
                      r"(?:you|u)|on here)(?! (?:before|for|until|till|this week|today|in a while))|tell (?:everyone|everybody|the others|the other "
                      r"volunteers|the volunteers|them all|the night staff|them) (?:here )?(?:that "
                      r")?(?:they|it) (?:did (?:their|everything|all they)|tried|were (?:nice|kind|"
                      r"good)|wasnt their fault|was not their fault)|tell (?:\w+ ){1,3}not to feel "
                      r"bad|already said (?:my )?goodbyes?(?: to (?:my |the )?\w+)?(?= ,|$)(?! , (?:see|cya|ttyl|"
                      r"talk|brb|be back))|"
                      r"(?:made|making|have|got) (?:other |my own |different )?plans , (?:permanent|"
                      r"final|forever) ones")),
]
RISK_RULES["sh_plan"] += [
    # "i figured out how to make it look like a hunting accident"; "its not a cry for help its
    # just the plan"; "the rope is already up in the barn"; "the bridge … i think its high
    # enough. im on it now"; "stop asking me stupid fucking questions, im already on the roof"
    ("plan_b25", (r"make it look like (?:an? )?(?:\w+ )?accident|not a cry for help(?: ,)? (?:its|"
                  r"it s|this is) (?:just )?(?:the|my) plan|(?:rope|noose|belt|cord) (?:is|s) "
                  r"(?:already )?(?:up|tied|hung|hanging|set up)(?= in| on| from| over| ,|$)|"
                  r"(?:bridge|roof|ledge|cliff|overpass|tracks|tower)(?: \w+| ,){0,14} (?:im|i m|"
                  r"i am) on it (?:right )?now|(?:im|i m|i am) (?:already |now |sitting |standing )?"
                  r"(?:on|up on) (?:the|a) (?:roof|ledge|bridge|overpass)(?= ,|$| now| rn| right "
                  r"now)")),
]
RISK_RULES["sh_means"] += [
    # "i know exactly how many of mums meds i need"; "dads deer rifle is in the truck and the
    # truck is unlocked"
    ("means_b25", (r"(?:know|worked out|figured out|looked up|calculated|counted) (?:exactly )?"
                   r"how many (?:of )?(?:\w+ ){0,2}(?:meds|pills|tablets|<PILLS>) (?:i|it)(?:d| "
                   r"would)? (?:need|take|takes)|(?:rifle|gun|shotgun|pistol|handgun)s? (?:is|are|"
                   r"s) (?:in the (?:truck|car|closet|shed|garage|cabinet) and (?:the \w+ is )?"
                   r"unlocked|unlocked|loaded)")),
]
RISK_RULES["sh_intent"] += [
    # "... i know what im doing tonight": intent, which with a means is high
    ("intent_b25", (r"i know what (?:im|i m|i am) (?:doing|gonna do|going to do) (?:tonight|"
                    r"tomorrow|this weekend|now)(?= ,|$)")),
]
RISK_RULES["sh_act"] += [
    # "ate dinner so dad wouldnt notice and then made myself throw it all up after"
    ("purge_b25", r"(?:make|making|made|makes) myself (?:throw|puke|vomit|bring) (?:it )?(?:all )?up"),
]
RISK_RULES["sh_farewell"] += [
    # "gave my steer's papers to my little sister today … after this weekend it wont matter"
    ("matter_b25", (r"(?:after|by) (?:this weekend|tonight|tomorrow|then|friday|saturday|sunday|"
                    r"monday|next week) (?:it|nothing|none of (?:it|this)) (?:wont|won t|will not) "
                    r"matter(?= ,|$)(?! , (?:the |my )?(?:test|exam|quiz|game|match|results|"
                    r"interview|audition|deadline|essay|final))")),
]
RISK_RULES["sh_ideation"] += [
    # "i cant see myself getting any older"; "sometimes i pray i just dont wake up"; "whats even
    # the point of being here"
    ("ideation_b25", (r"(?:cant|cannot|can t|dont|don t) (?:see|picture|imagine) (?:myself|me) "
                      r"(?:getting|growing) (?:any )?(?:older|up)|(?:pray|praying|prayed|hope|"
                      r"hoping|wish|wishing) (?:that )?i (?:just )?(?:dont|don t|do not|wont|won t|"
                      r"never) wake up" + _WAKE_NOT_LATE
                      + r"|(?:whats|what s|what is) (?:even )?the point (?:of|in) "
                      r"(?:me )?(?:being here|being alive|living|existing|staying)(?= ,|$| like| "
                      r"anymore| tbh| honestly)")),
]
RISK_RULES["ab_grooming"] += [
    # "my mum's boyfriend keeps coming into the bathroom when I'm in the shower"; "someone has a
    # nude of me and says hell send it to the whole year group chat unless i send more"
    ("grooming_b25", (r"(?:boyfriend|stepdad|step dad|stepfather|uncle|coach|cousin|older brother|"
                      r"lodger|tenant|neighbou?r|dad|father) (?:\w+ ){0,3}(?:keeps|kept|always|"
                      r"keep) (?:coming|walking|barging|coming in) ?(?:in|into)? (?:the bathroom|"
                      r"my room|the shower|my bedroom) (?:\w+ ){0,2}(?:when|while) (?:im|i m|i am|"
                      r"i was|i m in)|(?:has|have|got|saved) (?:a |my )?nudes? of me|(?:send|post|"
                      r"leak|share) (?:it|them) (?:\w+ ){0,8}unless i send")),
]
RISK_RULES["ab_unclear"] += [
    # "my uncle did things that i think were wrong"; "dad used to hit mom before they split";
    # "my dads idea of discipline was the belt"; "mom squeezes my arm really hard when shes
    # mad"; "things at home are kinda bad but i dont wanna say more"
    ("unclear_b25", (r"(?:uncle|aunt|cousin|stepdad|step dad|dad|father|grandad|grandpa|"
                     r"grandfather|babysitter|neighbou?r|coach|teacher|pastor|brother|mum|mom|"
                     r"stepmum|stepmom)(?: \w+){0,2} did (?:things|stuff) (?:to me )?(?:that )?"
                     r"(?:i think )?(?:were|was) (?:wrong|not ok|not okay|bad)|(?:dad|father|stepdad|mum|mom|mother) used to "
                     r"(?:hit|beat|punch|hurt|choke) (?:my )?(?:mom|mum|dad|mother|father)|"
                     r"(?:discipline|punishment) (?:was|is|meant|were) (?:the|a|his|her) (?:belt|"
                     r"wooden spoon|cane|switch|paddle|cord|hanger)|(?:squeezes|squeezed|grabs|"
                     r"grabbed|yanks|yanked|twists|twisted) my (?:arm|wrist|neck|face|hair|ear) "
                     r"(?:really |so |super )?(?:hard|tight)(?! to (?:stop|save|catch|pull|keep|"
                     r"help))|things at home are (?:\w+ )?(?:bad|"
                     r"rough|scary|not good|not ok|not okay)(?: ,)? (?:but )?(?:i )?(?:dont|don t|do "
                     r"not) (?:wanna|want to) (?:say|talk about|get into) (?:more|it)")),
]
RISK_RULES["ds_medium"] += [
    # "I am really not doing well tonight and I don't know who else to talk to"
    ("acute_b25", (r"(?:dont|don t|do not) know who else to (?:talk|turn|go|speak) to(?= ,|$| "
                   r"tonight| rn| right now| anymore)")),
]
RISK_RULES["ho_plan"] += [
    # "im bringing my dads knife in tomorrow"; "he wont be walking right after"; "the suspended
    # kid … said hes using it at the results day assembly"; "a list of who's getting it when im
    # back"; "gonna torch that guys truck"; "im using the knife from the kitchen"; "he gets what
    # he deserves this weekend"
    ("plan_b25", (r"(?:bringing|bring|taking|sneaking) (?:my |his |her |a )?(?:\w+ )?(?:knife|gun|"
                  r"blade|machete|pistol|rifle) in (?:tomorrow|on \w+|monday|tuesday|wednesday|"
                  r"thursday|friday|today|to school)(?! for (?:the |my )?(?:cooking|food tech|art|"
                  r"class|cookery|camping|scouts|woodwork))|(?:wont|won t|will not) be walking "
                  r"(?:right|straight|again|properly|normal)|(?:gun|knife|weapon|rifle|pistol)(?: \w+| ,){0,12} "
                  r"(?:hes|shes|he s|she s|he is|she is|theyre|they re) (?:gonna use|using|going to "
                  r"use|bringing) it (?:at|on|in|to) (?:the )?(?:school|assembly|\w+ day assembly|"
                  r"\w+ assembly|prom|game|dance)|list of (?:who|whos|who s|people|everyone) "
                  r"(?:\w+ ){0,3}(?:getting it|gonna get it|going to get it)|(?:gonna|going to|"
                  r"will|ill|i ll) (?:torch|set fire to|firebomb) (?:that|his|her|their|the) "
                  r"(?:\w+ )?(?:truck|car|house|barn|shed|locker|bike|place)|(?:im|i m|i am) "
                  r"(?:using|gonna use|going to use) (?:the|my|a|his|dads) (?:\w+ )?(?:knife|gun|"
                  r"bat|rifle|hammer|blade)(?: from the \w+)?(?= ,|$| tonight| when| on him| on "
                  r"her)")),
]
RISK_RULES["ho_wish"] += [
    # "ive thought about what would happen if i pushed him down the stairs"; "i daydream about
    # setting fire to the drama department"; "i keep picturing punching jake until he stops
    # talking"; "i imagine running him over with the four wheeler"; "making the ones who bully
    # me pay. like really pay"
    ("wish_b25", (r"(?:what would happen if i|thought about|thinking about|think about) (?:\w+ ){0,3}"
                  r"(?:push(?:ed|ing)?|shov(?:ed|ing)|threw|throw(?:ing)?) (?:him|her|them|my \w+) "
                  r"(?:down the stairs|off|in front of)|(?:daydream|fantasi[sz]e|fantasi[sz]ing|dream)"
                  r"(?:ing|s|ed)? about (?:setting fire to|burning down|blowing up|torching) "
                  r"(?!(?:my |the |this )?(?:homework|essay|textbook|worksheet|notes|school ?work|"
                  r"math book|planner|assignment)(?![\w#]))\w+|"
                  r"(?:picture|picturing|imagine|imagining) (?:\w+ )?(?:punching|hitting|hurting|"
                  r"stabbing|shooting|killing|strangling|choking|beating) (?!(?:the |a )?(?:air|"
                  r"wall|pillow|bag|punching bag|ball|dummy|zombies?|boss)(?![\w#]))(?:him|her|them|"
                  r"[a-z]+)|(?:picture|picturing|imagine|imagining) (?:\w+ )?running (?:him|her|them) "
                  r"over|(?:make|making) (?:them|him|her|the ones"
                  r"(?: \w+){1,3}|everyone|those \w+) (?:\w+ ){0,2}pay(?= ,|$| like| for real)")),
]
_add_unless({
    # "i could literally kill my little brother he ate my last yoghurt"
    "want_hurt": r"ate my|stole my|nicked my|borrowed my|wore my|drank my|finished my",
    "plan_b25": (r"swing|climb\w*|gym|tug of war|jump rope|skipping|tire|hammock|tent|laundry|"
                 r"clothes|fixing|gutter|shingles|solar|stars|fireworks|minecraft|roblox|fortnite|"
                 r"sims|game|gta"),
    "matter_b25": (r"tests?|exams?|quiz|grades?|deadline|match|game|results|election|score|"
                   r"essay|assignment|tryouts?|audition|interview|finals?|mocks?"),
    "farewell_b25": (r"trip|holiday|vacation|camp|moving|move|new school|summer|graduat\w*|"
                     r"exchange|abroad|ill be back|see (?:u|you) (?:in|next|on|soon)"),
})

# --- batch 26 (session 13): fresh, a boarding school and a fishing town over Christmas, and a
# suburban high school around prom and finals; measured once with everything above (the n-gram
# score fitted without it): cascade 98.6 / 95.4 / 3.5 %, toxicity F1 live 0.824, no risky
# message withheld. Families from its misses.
RISK_RULES["sh_ideation"] += [
    # "i keep thinking about not waking up"; "sometimes i think everyone would have a nicer
    # christmas if i wasnt around"; "sometimes i wish the car would skid on the ice with me in it"
    ("ideation_b26", (r"(?:think|thinking|thought|thinks) (?:a lot |so much |alot |lately |"
                      r"sometimes )?(?:about|of) (?:just )?(?:not waking up|never waking up|not "
                      r"being here anymore|not existing anymore|not being alive)|(?:would|d) "
                      r"(?:have|be|get) (?:a )?(?:nicer|better|easier|happier|calmer|quieter) "
                      r"(?:\w+ ){0,3}if i (?:wasnt|werent|was not|were not|wasn t|weren t) "
                      r"(?:around|here|alive|there|in the picture)|wish (?:the|a|my) (?:car|bus|"
                      r"plane|boat|train|coach|ferry) would (?:\w+ ){1,5}with me (?:in|on) "
                      r"(?:it|board)")),
]
RISK_RULES["sh_acted"] += [
    # a ligature tested (an act, high even said laughing): "lol the belt holds my weight. i
    # checked"
    ("ligature_b26", (r"(?:belt|rope|cord|scarf|sheet|cable|noose|tie|lead) (?:\w+ ){0,2}(?:holds?|"
                      r"held|will hold|can hold|would hold|could hold|takes|took) my (?:whole |"
                      r"full )?weight")),
]
RISK_RULES["sh_means"] += [
    # "tonight im taking everything in the medicine cabinet"
    ("means_b26", (r"(?:take|taking|swallow|swallowing|down|downing) (?:everything|all of "
                   r"it|all the \w+|whatever is|whatevers) (?:in|from) (?:the|my|our|mums|moms|dads|"
                   r"\w+s) (?:medicine|bathroom|first aid|pill) (?:cabinet|cupboard|box|drawer|kit|"
                   r"tin)")),
]
RISK_RULES["sh_farewell"] += [
    # batch 37, after it was measured: "note for amma and appa is under my pillow", "him should
    # have them when mi gone" (Jamaican English)
    ("note_under_pillow_b37", (r"(?:notes?|letters?) (?:for|to) (?:\w+ ){1,3}(?:is|are|s|its|"
                               r"under|in) (?:under |in |inside )?(?:my|the) (?:pillow|mattress)")),
    ("mi_gone_b37", (r"(?:when|after|once) (?:mi|me) (?:gone|dead|nuh deh ya|not here)(?! (?:a|to|fi|"
                     r"pon|inna|out|home|away|shopping|school|work|church|back|abroad|foreign|"
                     r"ova|over|lol|lmao))")),
]
RISK_RULES["ab_ongoing"] += [
    # "my mum burned my hand on the stove", batch 37's "aunty burn my hand on the stove for
    # wasting rice" (burning only: a hand grabbed at the movies or slapped off the cookie dough
    # is not this)
    ("perp_burns_b37", (r"<PERP> (?:\w+ ){0,5}(?:burns|burned|burnt|burn) my (?:hands?|legs?|"
                        r"fingers|skin|feet|foot|arms?)")),
]
RISK_RULES["sh_ideation"] += [
    ("patois_b37", (r"(?:mi|me) (?:nah|nuh|naa) (?:stay alive|live|wan live|waan live)|(?:mi|me) "
                    r"(?:waan|wan|want) (?:fi |to )?(?:dead|die)|kill (?:miself|mi self)")),
]
RISK_RULES["sh_farewell"] += [
    # "scheduled a post on my insta for 3am. it explains everything."
    ("farewell_b26", (r"scheduled (?:a |my )?(?:post|message|tweet|email|text|video|story)"
                      r"(?: \w+){0,6} , (?:it|its|it s|thats|that s) (?:explains everything|"
                      r"(?:a )?goodbye)(?= ,|$)")),
]
RISK_RULES["ab_ongoing"] += [
    # abuse told in the languages students mix in: "mama mnie bije pasem" (Polish), "me bate"
    # (Portuguese), "sinasaktan ako" (Tagalog)
    ("ongoing_b26", (r"(?:mnie bije|bije mnie|bija mnie|me bate|bate me|me golpea|me golpean|"
                     r"sinasaktan (?:ako|niya ako)|binubugbog (?:ako|niya ako))(?![\w#])")),
]
RISK_RULES["ab_unclear"] += [
    # told of the past: "a tia batia-me quando eu era pequena", "my old coach used to message me
    # weird stuff when i was 12", "my grandad used to do things i didnt like"
    ("unclear_b26", (r"(?:batia me|me batia|me pegaba|me golpeaba|mnie bil|mnie bila)(?![\w#])|"
                     r"(?:coach|teacher|tutor|pastor|leader|instructor|older guy|older man|grown "
                     r"man|uncle|stepdad|neighbou?r) (?:\w+ ){0,2}used to (?:message|text|dm|snap|"
                     r"send) me (?:weird|gross|creepy|sexual|inappropriate|dirty|nasty) (?:stuff|"
                     r"things|messages|pics|photos)|used to do (?:things|stuff) "
                     r"(?:to me )?(?:that )?i (?:didnt|did not|didn t) (?:like|want|understand)")),
]
RISK_RULES["ab_grooming"] += [
    # "my youth pastor texts me late at night and says what we have is special and god wants
    # it kept secret"
    ("grooming_b26", (r"(?:wants|want|wanted|says|said|told me) (?:it|this|us|what we have|our "
                      r"\w+) (?:\w+ ){0,2}(?:kept (?:a )?secret|to stay (?:a )?secret)")),
]
RISK_RULES["ho_plan"] += [
    # "swear down im waiting for him after training on the 3rd with a bat"; "me and my cousins
    # are jumping tyler after the game saturday"
    ("plan_b26", (r"(?:wait|waiting|gonna wait|ill wait|i ll wait) (?:for|on|outside|there) "
                  r"(?:\w+ ){0,6}with (?:a|my|his|her|the) (?:bat|knife|blade|hammer|crowbar|"
                  r"machete|panga|cutlass|pipe|gun|brick|shank)(?! (?:bag|bags|case|cases|rack|box|block|set|"
                  r"drawer|sharpener))|(?:are|were|re|gonna|going to|gunna|bout to|"
                  r"about to|planning to|plan to|finna) (?:go )?(?:jump|jumping) (?!(?:rope|ship|"
                  r"in|into|on|off|out|over|up|down|around|ahead|through|for|to|at|jacks|hurdles|"
                  r"waves|fences?|puddles|horses|the (?:gun|queue|line|fence|pool|trampoline|"
                  r"waves|car|battery))(?![\w#]))(?:him|her|them|[a-z]+) (?:after|tomorrow|"
                  r"tonight|when|outside|behind|saturday|sunday|monday|tuesday|wednesday|"
                  r"thursday|friday)")),
]
RISK_RULES["ho_wish"] += [
    # "i hate him so much i fantasise about smashing his face in"; "lately i really want to
    # hurt the cat when im angry"
    ("wish_b26", (r"fantasi[sz]e?s? about (?:smashing|hurting|killing|stabbing|punching|beating|"
                  r"strangling|choking|shooting) (?!(?:a |the )?(?:zombie|zombies|boss|bosses)"
                  r"(?![\w#]))\w+|(?:want|wanna) to (?:hurt|kill|kick|strangle|drown) (?:the|my|our) "
                  r"(?:cat|dog|puppy|kitten|hamster|rabbit|pet|bird)(?![\w#])")),
]
THIRD_PARTY += [
    # "my teammate has been cutting, i saw her arms in the locker room"
    ("friend_cutting_b26", (r"(?:teammate|classmate|roommate|bestie|best friend|bff|friend|"
                            r"girlfriend|boyfriend|gf|bf|sister|brother|cousin|mate) (?:\w+ ){0,2}"
                            r"(?:has been|is|s been|started|keeps|been|was) (?:cutting|self "
                            r"harming|hurting (?:herself|himself|themselves)|starving (?:herself|"
                            r"himself|themselves))(?! (?:hair|paper|wood|fabric|onions|class|"
                            r"corners|it close))")),
]
_add_unless({
    "ligature_b26": r"climb\w*|harness|boulder\w*|abseil\w*|swing|hammock|rappel\w*|gym|rig\w*",
    "grooming_b26": (r"surprise|party|gift|present|birthday|proposal|engagement|recipe|moving|"
                     r"pregnan\w*|divorce|job|news|announcement|results|diagnosis|plans?"),
    "unclear_b26": r"piano|lessons?|chores|homework|practice|vegetables|drills?|laps|sports?",
})
TOX_RULES["tx_tell_harm"] += [
    # "go jump off the pier, do us all a favour"; batch 25's "go jump off the grain elevator. do
    # us all a favor"
    ("tell_harm_b26", (r"(?:^|, )(?:(?:lol|lmao|bro|just|pls|please|then|honestly|now|ok|okay) )*"
                       r"go (?:jump|throw (?:yourself|urself)) (?:off|into|in front of) (?:a |the )?"
                       r"(?:pier|harbou?r wall|harbou?r|dock|ledge|balcony|bridge|cliff|roof|"
                       r"building|train|bus|sea|river|canal|lake|grain elevator|silo|water tower|"
                       r"tower|overpass|train tracks|tracks|quarry)")),
]
TOX_RULES["tx_insult"] += [
    # "lmao ok grandpa, log off and take your meds"; "bro ur a bot with worse grammar than my
    # little brother"; insults in the languages students mix in (Polish, Spanish, Portuguese,
    # Tagalog), aimed: "spierdalaj ty kurwo", "pendejo", "es mesmo burro", "tanga ka ba"
    ("meds_b26", (r"log off and (?:go )?take (?:ur|your) (?:meds|pills|medication)|(?:^|, )(?:ok |"
                  r"okay |lol |lmao )*go take (?:ur|your) (?:meds|pills)(?= , | lol| lmao| "
                  r"psycho| weirdo| bro| grandpa| boomer|$)")),
    ("worse_than_b26", (r"(?:ur|youre|you re|you are|u r|u are|(?:you|u) (?:have|got|type|write|"
                        r"spell|talk)) (?:(?!not |never |no )\w+ ){0,4}(?:worse|dumber|slower) "
                        r"(?:\w+ ){0,2}than (?:my |a |an )(?:little |baby |lil |younger |kid )?"
                        r"(?:brother|sister|bro|sis|cousin|dog|cat|toddler|baby|goldfish|potato|"
                        r"toaster|\w+ year old)")),
    ("foreign_b26", (r"spierdalaj\w*|(?:^|, )ty (?:kurwo|kurwa|debilu|idioto|suko|chuju)(?![\w#])|"
                     r"(?:^|, )kurwo(?![\w#])|pierdol sie|jebac (?:cie|ciebie)|"
                     r"(?:^|, )(?:pinche )?pendej[oa]s?(?![\w#])|(?:eres|sos) (?:muy |tan |un |una |"
                     r"re )*(?:burr[oa]|estupid[oa]|idiota|imbecil|tont[oa]|pendej[oa])(?![\w#])|"
                     r"es mesmo (?:um |uma )?(?:burr[oa]|estupid[oa]|idiota|parv[oa])(?![\w#])|"
                     r"(?:tanga|gago|gaga|bobo|boba|ulol|tarantado) ka(?![\w#])|ang (?:tanga|bobo|"
                     r"gago) mo(?![\w#])")),
]
TOX_RULES["tx_attack"] += [
    # "ur mom must be so disappointed in how u turned out"
    ("attack_b26", (r"(?:ur|your) (?:mom|mum|dad|parents|family|mother|father|folks) (?:must|would|"
                    r"will|should) be (?:so |really |very |pretty )?(?:disappointed|ashamed|"
                    r"embarrassed) (?:in|of|by|with) (?:you|u|how (?:you|u) turned out)")),
]
TOX_RULES["tx_threat"] += [
    # "tell me where u live so i can come sort u out"
    ("threat_b26", (r"(?:tell|give|send) me (?:where (?:you|u) live|(?:ur|your) address) (?:so|and) "
                    r"(?:i|ill|i ll|i can|i will|i m gonna|im gonna|imma|i)(?![\w#])")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer's "lol you're 16, you don't know what real problems are", "If you were my kid
    # I'd be embarrassed too tbh"
    ("belittle_b26", (r"(?:you|u) (?:dont|do not|don t) (?:even )?know what (?:real|actual) "
                      r"(?:problems|stress|pain|hardship|struggles?) (?:are|is|look like)|wait "
                      r"(?:till|until) (?:you|u) (?:have|get) (?:real|actual) (?:problems|bills|"
                      r"responsibilities)|if (?:you|u) were my (?:kid|child|son|daughter|student) "
                      r"(?:i d|id|i would|i ll|ill) be (?:so |really )?(?:embarrassed|ashamed|"
                      r"disappointed)")),
]
# another's accident: "dad cut his hand on a hook and there was blood everywhere but hes fine"
_OTHERS_ACCIDENT = (r"(?:cut|sliced|gashed|split|caught) (?:his|her|their) (?:\w+ )?(?:hand|finger|"
                    r"thumb|foot|knee|chin|lip|head|leg) (?:open )?on (?:a|the|some)|nose ?bleeds?")
TOX_EXEMPT += [
    # reported speech without quote marks (normalisation drops them): "my bestie said 'ur so
    # ugly i hate u' when i sent her my prom pic but she says that to everyone as a joke"
    ("reported_b26", (r"(?:said|says|goes|went|texted|wrote|commented|replied|typed|messaged) "
                      r"(?:ur|youre|you re|u r|you are|u are) (?:so |such a |a |an |literally |"
                      r"really )*(?:<INSULT>)")),
]
_add_unless({
    "bleeding": _OTHERS_ACCIDENT,
    "acted_more": _OTHERS_ACCIDENT,
    # asking about the word: "why does tiktok say sewer slide instead of the actual word"
    "sewer_slide": (r"(?:why|how come) (?:do|does|did) (?:\w+ ){0,2}(?:say|write|spell|call it)|"
                    r"instead of (?:the )?(?:actual|real|normal|proper) word|algospeak"),
    # a petty grievance: "my sister stole my eyeliner AGAIN im gonna murder her"
    "gonna_stab": r"stole my|nicked my|borrowed my|wore my|ruined my|hid my|finished my|drank my",
    # "someone posted my shoes in the gc and everyone was hyping them up lol"
    "cyberbullying": (r"hyp(?:e|ed|ing) (?:them|it|me|those|my \w+) up|hyping|gass(?:ed|ing) "
                      r"(?:me|them|it) up|compliment\w*|said (?:they|it) (?:was|were|looked?) "
                      r"(?:fire|cute|sick|clean|nice|good)"),
    # friends signing off: "see u in jan losers 💕"
    "you_are_insult": (r"see (?:u|you|ya|yall) (?:\w+ ){0,3}losers|(?:love|luv|miss) (?:u|you|ya|"
                       r"yall) (?:\w+ ){0,2}losers"),
})

# --- batches 27 and 28 (session 13): fresh, a farming town's middle school and an inner-city
# sixth form (27), a northern English town after Easter and an Australian / New Zealand winter
# term (28); measured once with the session's shipped pipeline (27: cascade 89.7 / 89.3 / 4.3 %,
# toxicity F1 live 0.774, one low-risk message withheld; 28: 94.1 / 95.5 / 2.8 %, 0.817).
# Families from a few of their misses, written after they were measured.
RISK_RULES["ab_danger"] += [
    # "They have arranged for me to marry my cousin in Pakistan over the December holidays. My
    # passport has been taken."
    ("forced_marriage_b27", (r"(?:arranged|arranging|planning|planned) (?:for me )?(?:\w+ ){0,2}to "
                             r"marry|(?:forced|forcing|force|make|making|made) (?:me )?(?:to )?"
                             r"(?:get )?marr(?:y|ied)(?! (?:in (?:the )?(?:sims|game|minecraft)))|"
                             r"(?:took|taken|hid|hidden|kept|confiscated|locked away) my passport|"
                             r"my passport (?:has been|was|got|is) (?:taken|hidden|kept|"
                             r"confiscated|locked away)")),
]
RISK_RULES["sh_ideation"] += [
    # "ya allah im so tired, i keep praying not to wake up"; "a veces pienso que sería mejor no
    # despertar"
    ("ideation_b27", (r"(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:to not|not to) wake up"
                      + _WAKE_NOT_LATE + r"|"
                      r"(?:mejor|quiero|quisiera) no despertar(?:me)?|no quiero despertar(?:me)?")),
]
TOX_RULES["tx_tell_harm"] += [
    # "do us all a favour and take a long walk off a short bridge"; "go have a lie down in the
    # middle of the bypass mate"; "go lay down in front of the combine"; "yo go drink some
    # bleach"; "go for a swim in the thames and forget to come up"; "unplug urself permanently";
    # "some1 tell this volunteer to ctb"
    ("tell_harm_b27", (r"(?:^|, |and |favou?r and |why dont (?:you|u) |go )take a long walk off (?:a "
                       r"short|a|the) (?:\w+ )?(?:bridge|pier|cliff|plank|ledge)|(?:^|, )(?:(?:yo|lol|lmao|bro|just|"
                       r"pls|please|then|honestly|now|ok|okay|mate) )*go (?:and )?(?:have a lie down|"
                       r"lie down|lay down|play|take a nap|have a nap|sleep) (?:on|in|in the middle "
                       r"of|in front of) (?:the |a )?(?:motorway|freeway|highway|road|bypass|tracks|"
                       r"train tracks|combine|train|tractor|bus)|(?:^|, )(?:(?:yo|lol|lmao|bro|just|"
                       r"pls|please|then|honestly|now|ok|okay|why dont (?:you|u)) )*go (?:drink|neck|"
                       r"down|chug) (?:some |a bottle of |a cup of )?(?:bleach|roundup|antifreeze|"
                       r"weedkiller)|go for a swim in the \w+ and (?:forget to|dont|don t|never) "
                       r"come (?:up|back)|(?:unplug|delete|uninstall) (?:urself|yourself) "
                       r"(?:permanently|forever)|tell (?:this|the|that|ur|your) (?:volunteer|helper|"
                       r"person|guy|girl|bot|mod) to (?:ctb|kys|die|unalive|kms)")),
]
TOX_EXEMPT += [
    # a student telling of moderating their own stream: "someone in my twitch chat told another
    # viewer to kys so i banned them"
    ("reported_b28", (r"(?:told|tells|telling|said|says|saying|typed|wrote) (?:another|a|some|"
                      r"that|this|the) (?:\w+ ){0,2}to (?:kys|kill (?:themselves|himself|herself|"
                      r"yourself)|die|unalive)")),
]
_add_unless({
    # "my mum hid my passport so i cant go on the school trip lol"
    "forced_marriage_b27": (r"school trip|trip|holiday|vacation|grounded|exchange|so i cant go|"
                            r"in the sims|minecraft|game"),
    # a student's own work: "ucas deadline in 2 weeks and my statement is trash"
    "name_is_noun": (r"my (?:personal )?(?:statement|essay|application|cv|resume|drawing|art|song|"
                     r"code|project|coursework|grades?|handwriting|cooking|timetable|revision)"),
})

# --- session 14: everyday senses batches 27 and 28 paged in stage 1 ------------------------
# a game or a match: "told my mate ill kill him at fifa tonight", "coach said im gonna murder
# their defence saturday"
# (session 27: a place where people meet in person, "the game", "training", excuses only a win
# over what is not a person: "im gonna stab him at the game friday" had been excused)
_GAME_KILL = (r"(?:at|in|on) (?:\w+ )?(?:fifa|fortnite|cod|call of duty|madden|2k|smash|"
              r"mario kart|chess|uno|monopoly|valorant|minecraft|roblox|rocket league|apex|"
              r"overwatch|warzone|ping pong|pool|darts|the quiz|the debate|1v1)|(?:their|the|"
              r"our|his|her) (?:defen[cs]e|offen[cs]e|back ?line|goalie|keeper|midfield|serve|"
              r"front row)|(?:kill|murder|destroy|smash|wreck|slaughter) (?!(?:him|her|them|"
              r"you|u|ya|ye|yous|that|this|my|his|her)(?![\w#]))(?:\w+ ){0,3}(?:at|in|on) "
              r"(?:the game|the match|training|practice|the pitch|the court)")
_add_unless({name: _GAME_KILL for name in ("stab_them", "kill_them", "gonna_stab",
                                            "gonna_hurt")})
# a teacher's exasperation and a health warning: "my form tutor said if im late one more time
# shell kill me lol", "head of year took my vape and said its gonna kill me"
_LATE_KILL = (r"if (?:im|i m|i am|i get|i turn up|i show up|i come in|i rock up) (?:\w+ ){0,3}"
              r"late|(?:its|it s|it is|thats|that s|that is|vaping|smoking|vapes?|it) (?:gonna|"
              r"going to|will) kill me")
_add_unless({name: _LATE_KILL for name in ("said_kill_me", "danger_b3", "comes_for_me")})
_add_unless({
    # "my mom grabbed my arm really hard to stop me falling down the stairs"
    "perp_hits": (r"to (?:stop|keep|save|catch) me (?:from )?(?:falling|tripping|slipping|getting "
                  r"hit|running into|walking into|stepping)|out of the (?:road|way of)"),
    # "im on the roof fixing the gutter with dad"
    "on_ledge": (r"fixing|repairing|clean(?:ing)? (?:out )?(?:the )?gutters?|gutters?|shingles|"
                 r"solar panels?|aerial|antenna|satellite dish|(?:christmas|fairy) lights|"
                 r"getting (?:the |my )?(?:ball|frisbee|kite)"),
})
# batch 31's acute risk stage 1 left to the cascade (a flood could shed it)
# "dad hits me when i forget to log into class": a parent named without "my" at a clause start
MACROS["PERP"] = MACROS["PERP"][:-1] + (r"|(?:^|(?<=, ))(?:dad|mum|mom|da|mam|stepdad|stepmum|"
                                        r"stepmom|father|mother))")
RISK_RULES["sh_acted"] += [
    # "on the roof of my building rn", "sitting on the cliffs near the gap rn", "the bridge by
    # the trail is really high , im on it rn", "im on the top level of the car park"
    ("on_ledge_b31", (r"(?:on|at) (?:the |a |this |my )?(?:roof|rooftop|bridge|overpass|cliffs?|"
                      r"ledge|edge|tracks|train tracks|railway|top (?:level|floor|deck))"
                      r"(?: \w+){0,5} (?:rn|right now)(?![\w#])|(?:bridge|cliffs?|roof|ledge|"
                      r"overpass|tracks)(?: \w+| ,){0,10} (?:im|i m|i am) (?:on|at) it (?:rn|right "
                      r"now|now)|(?:im|i m|i am|sitting|standing) (?:on|at) the top (?:level|floor|"
                      r"deck) of (?:the |a )?(?:car ?park|parking (?:garage|lot)|multi ?storey)")),
    # "swallowed like 30 of something from nans cupboard"; "took everything in mums medicine
    # cabinet about 20 mins ago"
    ("swallowed_b31", (r"(?:swallowed|took|downed|necked|taken) (?:like |about |around |maybe |"
                       r"over )?(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty) (?:of )?(?:something|"
                       r"them|whatever|what(?:ever)? was)|(?:swallowed|took|downed|taken|ate) "
                       r"(?:everything|all|every pill|whatever) (?:in|from) (?:\w+ ){0,2}"
                       r"(?:medicine (?:cabinet|cupboard|box|drawer)|first aid (?:box|kit)|pill "
                       r"box)")),
    # "its bleeding more than usual and wont stop" (a cut: self-harm's own words)
    ("bleeding_b31", (r"bleeding (?:a lot |way |so much )?more than (?:usual|normal|last time|"
                      r"before)|(?:cut|cuts|cutting) (?:\w+ ){0,3}(?:wont|won t|will not|doesnt|"
                      r"does not|isnt|not) stop(?:ping)? bleeding")),
]
# a place named with its ordinary reason: "at the bridge rn waiting for the bus", "on the cliffs
# rn with my dad , the view is insane" (not a sunset or a view: "watching the sunset one last
# time")
_LEDGE_ORDINARY = (r"waiting for (?:the |my )?bus|with (?:my |the )?(?:dad|mum|mom|family|friends|"
                   r"mates|class|team|club|cousins?|brother|sister)|club|field trip|school trip|"
                   r"hik\w*|fishing|picnic|tour|minecraft|roblox|fortnite|lego|in (?:the|a) game|"
                   r"built|finished|model")
_add_unless({"on_ledge": _LEDGE_ORDINARY,
             "on_ledge_b31": UNLESS["on_ledge"] + "|" + _LEDGE_ORDINARY})
# --- batches 29 and 30 (session 14), after they were measured: telling someone to die through
# a place or a means, a student reporting a "kys" typed in a game, everyday senses
_GO = (r"(?:^|, )(?:(?:lol|lmao|bro|just|pls|please|then|honestly|now|ok|okay|mate|fam) )*(?:go|"
       r"gan) (?:and )?")
TOX_RULES["tx_tell_harm"] += [
    # "go and jump off the forth bridge , naebody would miss you", "go jump in front of the 36",
    # "go walk out on the river ice til it cracks", "go lie down on the motorway"
    ("tell_harm_b29", (_GO + r"(?:(?:jump|take a dive|throw (?:yourself|urself)) (?:off|into|in "
                       r"front of) (?:a |"
                       r"the )?(?:\w+ ){0,2}(?:bridge|pier|cliff|roof|train|tracks|bus|lorry|truck|"
                       r"\d+)|(?:lie|lay) down (?:on|in) (?:the |a )?(?:\w+ )?(?:road|motorway|"
                       r"highway|freeway|tracks|traffic)|play (?:in|on) (?:the )?(?:traffic|"
                       r"motorway|highway|freeway|tracks)|walk out (?:on|onto) (?:the )?(?:\w+ )?"
                       r"ice)(?![\w#])|(?:neck|drink|swallow|down) (?:a |the |some |ur |your )?"
                       r"(?:whole )?(?:bottle |box |pack |packet )?(?:of )?(?:<PILLS>|bleach|"
                       r"pills|gramoxone|paraquat|rat poison|poison)(?: ,| and) (?:and )?(?:do "
                       r"(?:us all|we all|all of us|everyone|everybody|"
                       r"every one|the world) a favou?r|call me in the morning)")),
]
TOX_RULES["tx_insult"] += [
    # yo-mama jokes aimed at the reader (batches 34-37): "yo mama so broke she paid in food
    # stamps", "your mam's that fat she needs two jumpers", "ur mom gets around more than the
    # rodeo circuit"; not "the lads were doin yer maw jokes on the bus"
    ("yo_mama_b34", (r"(?:yo|ur|your|yer|ya) (?:mama|momma|mom|mum|mam|maw|ma|mother)s?(?: s| is)? "
                     r"(?:so|that|sooo|soo) (?:fat|ugly|broke|poor|stupid|dumb|old|short|hairy|"
                     r"bald|nasty|dirty|smelly|lazy|desperate|easy|minging|thick) (?:she|that|"
                     r"even|her)|(?:yo|ur|your|yer|ya) (?:mama|momma|mom|mum|mam|maw|ma) (?:gets "
                     r"around|works (?:at|on) the (?:\w+ ){0,2}(?:corner|rank|street)(?: and| ,)? "
                     r"(?:she s|shes|she is) not)")),
]
# "that batty boy in yr 11 is disgusting" (a homophobic slur in London and Caribbean English)
MACROS["SLUR"] = MACROS["SLUR"][:-1] + "|batty boys?|batty ?man|batty ?men)"
TOX_RULES["tx_threat"] += [
    # "i know which school you go to , wait and see what happens when i find you", "swear down id
    # batter you if i saw you", "ill batter you if you tell my head of year anything"
    ("threat_b30", (r"i know (?:which|what) (?:school|college|uni|bus|house|street|estate|"
                    r"area|town|gym|club) (?:you|u) (?:go to|live|get|take|work|volunteer|train)|"
                    r"(?:wait and )?see what happens (?:when|if|once) i (?:find|see|catch|get) "
                    r"(?:you|u)|(?:ill|i ll|id|i d|i would|i will|imma|ima|im gonna|gonna) "
                    r"(?:\w+ )?(?:batter|deck|lamp|merk|leather|clatter|bash|twat|floor|knock out|"
                    r"slap up|bottle) (?:you|u|ya)(?![\w#])")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer's prejudice and moralising: "kids in care always play the victim", "you
    # valley kids are always so extra", "typical kid from that estate", "thats just how your
    # culture treats kids , not really my problem", "being gay is a choice and you can pray it
    # away", "maybe if you actually went to church you wouldnt feel like this", "people who
    # fast and then moan are kind of asking for it"
    ("staff_prejudice_b29", (r"(?:kids|people|girls|boys|families|teens) (?:in care|from (?:that|"
                             r"your|those|round (?:your|that|here)) (?:\w+ )?(?:estate|area|school|"
                             r"country|countries|town|valley|ends|way|side of town)|like you)"
                             r"(?: \w+){0,2} (?:always|never|all|are all)|(?:you|u) (?:\w+ )?"
                             r"(?:kids|people|lot) (?:are|r) (?:always |all )?(?:so )?(?:extra|"
                             r"dramatic|lazy|entitled|soft|sensitive|the same|spoiled|spoilt|"
                             r"ungrateful|exaggerat\w*|moaning|whining|liars|trouble)|typical (?:kid|girl|"
                             r"boy|teen|student) from|(?:just|thats|that s|that is) how (?:your|ur)"
                             r" (?:culture|religion|people|lot|community) (?:treats?|is|are|works)|"
                             r"not (?:really )?my problem|(?:being|is) (?:gay|trans|bi|queer|lesbian|"
                             r"nonbinary|non binary) is (?:a choice|a phase|a sin|wrong|unnatural|"
                             r"not natural|just a trend)|pray (?:it|the gay|that) away|pray harder|"
                             r"if (?:you|u) (?:actually |just |only )?(?:went to church|go to church|"
                             r"prayed|prayed more|read the bible|had (?:more )?faith) (?:\w+ ){0,2}"
                             r"(?:you|u) (?:wouldnt|would not|wont)|(?:are|r|youre|theyre) (?:kind "
                             r"of |kinda |basically |literally |just )?asking for it|"
                             # session 15, from batches 34-37 after they were measured
                             r"(?:just|only|all) (?:for )?attention seeking|what did (?:you|u) "
                             r"expect (?:going|wearing|dressing|dressed|doing|sneaking|"
                             r"walking|posting|sending|drinking|(?:when|if) (?:you|u))(?![\w#])|(?:thats|"
                             r"that s|that is) what happens (?:(?:when|if) (?:you|u) (?:sneak\w*|"
                             r"drink\w*|wear\w*|dress\w*|post\w*|send\w*|party\w*|hang out with|"
                             r"date|lie|lying|talk back|backchat|skip\w*|smoke|vape\w*)|with "
                             r"(?:families|kids|people))|(?:you|u) people always|(?:kids|families|"
                             r"people) (?:from|off|on) (?:the res|the reservation|your estate|ur "
                             r"estate|that estate)|(?:type|talk|write|speak) (?:in )?(?:real|proper|"
                             r"normal) english")),
    # "ur kinda cute when ur sad ngl"
    ("staff_flirt_b29", r"(?:you|u|ur|youre|you re)(?: are| r)? (?:kinda |so |really )?(?:cute|hot|"
                        r"sexy|pretty) when (?:you|u|ur|youre)"),
]
TOX_EXEMPT += [
    # "lol my friend typed kys to a creeper in minecraft and it blew her up"
    ("reported_b29", (r"(?:typed|said|wrote|sent|told) (?:kys|kill yourself|unalive yourself|ctb) "
                      r"(?:to|at) (?:a|an|the|some|this|that|another|every)")),
]
_add_unless({
    # "im gonna kill my sister she ate the last of my lolas pancit"
    "gonna_hurt": (r"ate (?:the last (?:of )?|all )?(?:my|the)|stole my|nicked my|borrowed my|"
                   r"wore my|drank my|finished my|used my|spoil\w*"),
    # "can someone explain the sewer slide jokes , my little cousin keeps saying it"
    "sewer_slide": (r"explain|what (?:does|do|is|s) (?:it|that|this|sewer slide) mean|what it means|"
                    r"jokes?|trend|meme"),
})
# --- batch 33 (session 14), after it was measured: everyday rows it paged
_add_unless({
    # "doing gcse rs and we need religious views on euthanasia and suicide , anyone got good
    # notes" (the subject's own words only: not "my rs notes" or "health class" beside "i think
    # about suicide")
    "suicide": r"religious (?:studies|views)|euthanasia",
    "sewer_slide": r"religious (?:studies|views)|euthanasia",
})
# "my wee brother keeps robbing my hoodies im gonna murder him", "my little brother keeps
# stealing my charger im gonna kill him"
_add_unless({name: r"robbing my|robbed my|stealing my|nicking my|keeps taking my"
             for name in ("gonna_stab", "gonna_hurt")})
IDIOMS += [
    # the knife named before the class: "bringing my dads knife in tomorrow for the cooking
    # class" (kitchen_class_knife masks a knife named after the class)
    ("class_knife_before", (r"(?:knife|knives|blade)(?: \w+| ,){0,6} (?:for|in|at|to) (?:the |my |"
                            r"our )?(?:culinary|cooking|food tech|home ec|baking|chef)(?: \w+){0,2} "
                            r"(?:class|lesson|club)")),
]

# Everyday rows batches 29-33 paged (session 15): a love song's "i wanna die in your arms", "kms"
# at a thing in the room ("kms this wifi is so slow", not "kms this weekend"), and wanting to
# die over a dish or a performance someone made the sender go through ("my mom made me eat balut
# and i actually wanted to die").
_NOT_FOR_REAL = r"(?!.*(?:for real|fr fr|irl|not joking|no joke|not a joke|seriously|i mean it))"
IDIOMS += [
    ("die_in_arms_b29", (r"(?:die|dying|died) in (?:your|ur|ya|his|her|their) arms"
                         + _NOT_FOR_REAL)),
    ("kms_thing_b29", (r"kms (?:(?:this|the|my|that) (?:stupid |dumb |slow |damn |bloody |school |"
                       r"home |class )?"
                       r"(?:wifi|internet|lag|connection|phone|laptop|chromebook|charger|lesson|"
                       r"class|period|lecture|teacher|sub|homework|essay|assignment|worksheet|"
                       r"module|quiz|test|exam|bus|train|queue|line|traffic|song|ad|ads|game|"
                       r"level|group chat|gc|alarm|weather|rain|heat|printer|zoom|call|mic|"
                       r"geometry|algebra|maths?|chem|physics|coursework|revision|playlist|"
                       r"app|update|website)|(?:if|when) (?:i|we) (?:have to|gotta|hafta|got to) "
                       r"(?:\w+ ){1,6}(?:again|one more time))" + _NOT_FOR_REAL)),
    ("made_me_eat_b30", (r"(?:made|make|makes|forced|got) (?:me|us)(?!(?: \w+| ,){1,12} (?:floor|bin|"
                         r"trash|garbage|punish\w*|starv\w*|nothing else|hit|hits|beat|for real|"
                         r"fr fr|irl|not joking)(?![\w#])) (?:to )?(?:eat|try|taste|sing|"
                         r"dance|present|perform|read (?:\w+ ){0,3}(?:out loud|aloud))(?: \w+| ,)"
                         r"{0,8} (?:and )?i (?:\w+ )?(?:wanted to|wanna|want to) (?:die|disappear|"
                         r"vanish|evaporate)" + _NOT_FOR_REAL)),
    # batches 34-37, after they were measured: a class or the internet "came for me" in a debate,
    # a nan who will "skin me alive", a fake stab on stage, a horse that "tried to kill me" by
    # spooking, a word teachers see in essays
    ("came_for_me_b34", (r"(?:the )?(?:whole )?(?:class|group chat|gc|internet|comments|twitter|"
                         r"tiktok|everyone|everybody|team|table) (?:came|come|comes|coming) for me")),
    ("skin_alive_b34", (r"(?:gonna|going to|will|ll|would|d) skin (?:me|us|you|u) alive")),
    ("fake_stab_b34", (r"(?:fake|pretend to|pretended to|stage) (?:stab|stabbing|stabbed|kill|"
                       r"killing|shoot|shooting|die|dying|cut) (?:myself|meself|my self|him|her|them)?")),
    ("animal_kill_me_b34", (r"(?:my |the )?(?:horse|pony|dog|cat|cow|calf|goat|bull|steer|sheep|"
                            r"ram|chicken|rooster|goose|geese|llama|alpaca|pig) (?:\w+ )?(?:tried "
                            r"to|almost|nearly) (?:kill|killed) (?:me|us)(?= (?:lol|lmao|today lol|"
                            r", ?she|, ?he|, ?it|she|he|it) )")),
    ("word_unalive_b34", (r"(?:writing|saying|using|typing|says|writes|uses) (?:\w+ )?(?:unalive|"
                          r"sewer slide|kms) (?:in|on|instead of) (?:their|his|her|my|our|the|"
                          r"\w+)(?![\w#])")),
    ("gun_rack_b34", r"gun (?:rack|racks|show)(?! (?:and|then) (?:shoot|kill))"),
]


# --- session 16: risk and attacks said in the languages students mix in --------------------
# Fresh batches 38 (Port of Spain, Lagos) and 39 (Manila, Nairobi) were read by stage 1 as
# nearly all "none": risk said in Hinglish, Taglish, Swahili/Sheng, isiZulu, Pidgin or patois
# has no English risk word to catch. The core phrases below were written from the session's
# training rows (data/moderation/dialect1.jsonl), not from the fresh batches; each is the
# sender's own ("mujhe jeena nahi hai", "gusto ko nang mamatay", "nataka kufa",
# "ngizozibulala"), never the laughing sense ("mar gaya hasi se", "mamatay na ako sa kilig").
_TL_HYPERBOLE = r"(?! (?:sa|ng|kakatawa|kakaiyak)(?![\w#]))"
RISK_RULES["sh_ideation"] += [
    ("hinglish_s16", (r"(?:mujhe|muje|mujhko|main|mai|ab|aur) (?:\w+ ){0,2}(?:jeena|jina) (?:nahi|nhi|"
                      r"nai|nahin)(?: hai| h| chahta| chahti)?(?! (?:hai )?(?:aise|waise|yahan|"
                      r"wahan|is (?:school|city|ghar))(?![\w#]))(?! (?:\w+ ){0,2}(?:bina|without|"
                      r"baghair)(?![\w#]))|(?:nahi|nhi|nahin) (?:jeena|jina)"
                      r"(?: hai)?(?= ,|$| yaar| yar| bhai| ab| aur| mujhe)|"
                      r"(?:kya|koi) fayda (?:hai )?(?:jeene|jine) ka|(?:jeene|jine) ka (?:mann|man|"
                      r"dil) nahi|mar (?:jaana|jana|jaun|jau|jaaun|jaoon) (?:chahta|chahti|hi better|"
                      r"better|toh sabko|to sabko)|lagta hai (?:ki )?mar (?:jaun|jau|jaaun|jaana|jana)|"
                      r"marne ka (?:mann|man|dil|khayal) (?:karta|kar raha|kar rahi|ho raha|ho rahi|"
                      r"aata|aa raha)|khud ko (?:maar|mar|khatam|hurt|cut|kaat|nuksan) "
                      r"(?:dunga|dungi|lunga|lungi|du|doon|karna|karne|karta|karti|kar|de)|"
                      r"khudkushi|khud khushi|aatmahatya|atmahatya|kaash (?:subah )?(?:uth|uthu|"
                      r"uthoon|uthun) hi na")),
    ("taglish_s16", (r"(?:gusto|gusto ko) (?:ko )?(?:nang|na ng|na lang|nalang|na) mamatay"
                     + _TL_HYPERBOLE + r"|(?:ayoko|ayaw ko) (?:na|nang) (?:ng )?mabuhay|pagod na "
                     r"(?:ako )?(?:mabuhay|sa buhay)|magpapakamatay|magpakamatay(?! ka)|"
                     r"(?:patayin|papatayin|tapusin) ko (?:na )?(?:ang |yung )?(?:sarili ko|buhay ko)|"
                     r"sana (?:hindi|di) na (?:lang )?ako (?:nagising|magising|gumising)|"
                     r"(?:mas (?:okay|ok|mabuti|maganda|madali)|better) (?:kung|if) wala na (?:lang )?"
                     r"ako")),
    ("swahili_s16", (r"(?:nataka|natamani|ningependa|nahisi) kufa|nitajiua|najiua|kujiua|nijiue|"
                     r"nimechoka na maisha|sitaki kuishi|kumaliza maisha|nisiamke|nitajinyonga|"
                     r"kujinyonga|najinyonga|nitajizima|najizima|kujizima|nijizime")),
    ("zulu_s16", (r"ngizozibulala|ukuzibulala|ngizibulale|ngiyazibulala|ngifuna ukufa|ngikhathele "
                  r"ukuphila|angifuni ukuphila")),
    ("pidgin_s16", (r"(?:i|mi|me) (?:no|nuh|nah) (?:wan|want|waan|wanna) (?:dey|stay|live)(?: for| inna)? "
                    r"(?:this|dis|di) (?:life|world)|comot (?:for|from|outta) (?:this|dis) (?:world|"
                    r"life)|(?:no|nuh|nah) (?:see )?(?:no |nuh |any )?reason (?:fi|to) live")),
]
RISK_RULES["sh_act"] += [
    ("multi_act_s16", (r"naglaslas|maglaslas|naglalaslas|maglalaslas|kujiumiza|najiumiza|"
                       r"nitajiumiza|nimejiumiza|ukuzilimaza|ngizilimaze|ngiyazilimaza|"
                       r"ngizozilimaza")),
]
# abuse going on: "papa roz belt se maarte hain", "buda hunichapa kila siku", "mwalimu ...
# ananigusa", "yung tito ko hinahawakan ako", "gives me a hiding every night", "beat mi wid
# di belt" (a parent's jokey future threat is not this: "mummy go flog me if i fail")
_HI_KIN = (r"(?:papa|pappa|papa ji|dad|daddy|mummy|mumma|mom|maa|ma|chacha|chachi|mama|mausi|bua|"
           r"dadi|nani|dada|nana|sautela baap|sauteli maa|bhaiya|bhai|sir|teacher|uncle|aunty|"
           r"coach|woh)")
RISK_RULES["ab_ongoing"] += [
    ("hinglish_ab_s16", (_HI_KIN + r" (?:\w+ ){0,4}(?:maarte|maarta|maarti|marte|marta|peet(?:te|"
                         r"ta|ti)) (?:hain|hai|h|he)|(?:haath|hath|pair|peeth) (?:\w+ )?jala (?:deti|"
                         r"deta|dete)|(?:kamre|room|bathroom) (?:\w+ )?(?:mein|me) aa (?:jaate|jaata|"
                         r"jata) (?:hain|hai)|(?:choote|chhoote|chhute|chute|chhuta|chhoota) "
                         r"(?:hain|hai)|zabardasti karta|zabardasti karte")),
    # hitting (a laugh or a game may lower it, rules._combine), touching, being forced: apart,
    # so that each everyday sense excuses only its own (chores excuse "ananilazimisha", never
    # "ananipiga")
    ("swahili_ab_s16", (r"hunichapa|ananichapa|wananichapa|hunipiga|ananipiga|wananipiga|"
                        r"nachapwa|ninachapwa|napigwa|ninapigwa|alinipiga na")),
    ("swahili_touch_s16", r"ananigusa|hunigusa|hunishika|ananishika"),
    ("swahili_forced_s16", r"nikilazimishwa|nalazimishwa|ananilazimisha|nimelazimishwa"),
    ("taglish_ab_s16", (r"(?:pinapalo|sinasampal|sinusuntok|tinatali|tinali) (?:ako|niya ako)")),
    ("taglish_touch_s16", r"(?:hinahawakan|hinihipuan|hinipuan|hinawakan) (?:ako|niya ako)"),
    ("hiding_s16", (r"(?:gives|gave|giving) (?:me|mi) (?:a |another |the )?(?:proper )?hiding|"
                    r"(?:klaps|klapped) (?:me|mi)(?! (?:on the (?:back|shoulder)|(?:a )?high))|"
                    r"(?:the )?sjambok (?:on|pon) (?:me|mi)|"
                    r"(?:beat|beats|lash|lashes|flog|flogs|whip|whips) (?:mi|me) (?:wid|wit|with) "
                    r"(?:di |de |the |a |him |her |hot |electric )?(?:belt|buckle|wire|pot spoon|"
                    r"hose|hose pipe|broom|cane|koboko|switch|tamarind switch|stick|cable|pipe|"
                    r"iron|slipper|hanger)|(?<!no )(?<!nor )(?<!never )(?:dey|does|always) (?:flog|beat|lash|"
                    r"whip) (?:me|mi)")),
]
# wanting to hurt someone: "nitamdunga huyo msee", "sasaksakin ko si marco", "chaku maarunga"
RISK_RULES["ho_wish"] += [
    ("multi_ho_s16", (r"nitamuua|nitamdunga|nitamchoma|nitawaua|kumuua|sasaksakin ko|lalasunin ko|"
                      r"babarilin ko|papatayin ko (?:siya|sila|kayo)|chaku (?:maar|mar)(?:unga|ungi|"
                      r"dunga|dungi|ta)|tezaab (?:daal|dal|phek)\w*")),
]
# telling someone to die or kill themselves, and insults, in the same languages
TOX_RULES["tx_tell_harm"] += [
    ("multi_tell_s16", (r"(?:jaa|ja|jaake|jake|jaakar) mar(?! (?:gaya|gayi|gaye|raha|rahi|jaunga|"
                        r"jaungi|bola|boli|bole|bolta|bolti|kaha|keh|likha|wala|wali)(?![\w#]))|tu (?:khud ko|apne aap ko) (?:khatam|maar)|patayin mo (?:na )?"
                        r"(?:lang )?(?:ang |yung )?sarili mo|magpakamatay ka|mag ?suicide ka|"
                        r"mamatay ka (?:na|sana)|"
                        r"sana mamatay ka|(?:enda |nenda )?ujiue|ungejiua|"
                        r"go dead nuh|(?:yuh|you|u) (?:fi|shoulda|should) (?:jus |just )?dead|"
                        r"(?:wish|hope) (?:yuh|you|u) dead|"
                        r"go (?:hang|kill|stab|drown|poison) (?:yourself|urself|yaself|yuhself|"
                        r"yoself)")),
]
TOX_RULES["tx_insult"] += [
    ("multi_insult_s16", (r"(?:wewe|nyinyi|nyinyi nyote) ni (?:\w+ )?(?:fala|mjinga|takataka|bure|"
                          r"mpumbavu|kichaa|mavi)|(?:tanga|bobo|gago|ulol|inutil|panget|pangit|"
                          r"tangina) (?:mo|ka)(?! (?:ako|ko))|(?:tu|tum|tu toh|tum toh) (?:\w+ )?"
                          r"(?:chakka|chomu|gadha|ullu|kutta|kutti|kamina|kamini|randi|harami|"
                          r"bewakoof|nalayak|chutiya|bhikari)(?! (?:hu|hoon|hun|tha|thi)(?![\w#]))|"
                          r"(?:randi|chakka|kutti|kamini|harami) hai tu|"
                          r"(?:yuh|you|u) (?:a |is a |be )?(?:batty bwoy|batty man|battyman|buller|"
                          r"olodo|mumu|ashawo)|(?:jy is|you are|youre|ur|you) (?:n |a )?(?:dom )?"
                          r"(?:moffie|stabane|moegoe|shoga|msenge)")),
]
# an act told in the same languages: pills swallowed ("nimemeza zile tembe", "ininom ko na
# lahat ng gamot ni mama", "20 goliyan kha li"), bleeding that will not stop ("khoon ruk nahi
# raha", "di tumitigil yung dugo"), a wrist opened
RISK_RULES["sh_acted"] += [
    ("multi_acted_s16", (r"(?:nimekunywa|nimemeza|nimeshameza|nimeshakunywa|nishameza|"
                         r"nishakunywa) (?:\w+ ){0,2}(?:tembe|"
                         r"dawa|vidonge|pills)|(?:ininom|nilunok|nainom) ko (?:na )?(?:ang |yung )?"
                         r"(?:lahat|mga)(?: ng| nang)? (?:\w+ )?(?:gamot|pills|tableta)|(?:goliyan|"
                         r"goli|tablets|pills) (?:\w+ ){0,2}(?:kha li|kha lin|le li|le lin|kha liya|"
                         r"kha liye|le chuki|le chuka|le chuke|kha chuki|kha chuka|kha chuke)|"
                         r"khoon (?:\w+ ){0,2}(?:ruk nahi|nahi ruk)|(?:hindi|di) "
                         r"tumitigil (?:ang |yung )?dugo|(?:opened|open|don open) (?:my|mi) wrists?")),
]
RISK_RULES["sh_farewell"] += [
    ("multi_farewell_s16", r"barua ya mwisho|ujumbe wa mwisho|huling (?:araw|mensahe) ko"),
]
# feeling low said of oneself: "nahisi ugly sana siku hizi" (batch 39's one low-risk message
# the n-gram score withheld for "ugly"), "pakiramdam ko ang panget ko", "khud ko bekaar lagta"
RISK_RULES["ds_low"] += [
    ("multi_low_s16", (r"(?:nahisi|najiskia|najisikia|pakiramdam ko|feel ko) (?:\w+ ){0,2}(?:ugly|"
                       r"panget|pangit|mbaya|vibaya|useless|worthless|mpweke|alone|lonely|sad|"
                       r"huzuni|malungkot|walang kwenta)|khud ko (?:\w+ ){0,2}(?:bekaar|bekar|"
                       r"ugly|useless|worthless) (?:lagta|lagti|samajhta|samajhti)")),
]
# --- session 17: whole sentences in Roman Urdu, Tagalog and Kiswahili ----------------------
# Fresh batch 42 (Islamabad/Peshawar, Tamale/Cape Coast, Cebu/Iloilo, Kisumu/Dar es Salaam)
# was measured first with session 16's pipeline: 56.9 % of its high-risk messages escalated,
# Ghanaian Pidgin 18/18 but Roman Urdu 8/18, Tagalog 6/18, Swahili 9/18. The phrases below
# were written from the session's training rows (data/moderation/dialect2.jsonl: teens in
# Lahore, Karachi, Delhi, Accra, Kumasi, Manila, Davao, Nairobi, Mombasa), not from batch 42.
# Each is the sender's own ("mjhe jeena nahi hai", "pagod na ko mabuhay", "maisha yangu
# haina maana"), never the everyday sense ("itna khaya ke ab mar jaungi", "patay na patay ako
# sa quiz", "chooha maar dawai lani hai, ghar mein chuhe aa gaye").
# not the syllabus: "aaj raat sab khatam kar dunga... matlab poora syllabus 😂"
_NOT_WORK_S17 = (r"(?! (?:\w+ |, ){0,3}(?:matlab|syllabus|homework|assignment|padhai|project|"
                 r"series|season|episode|notes|chapter))")
_UR_FUT = r"(?:dunga|dungi|doonga|doongi|dun ga|dun gi|lunga|lungi|loonga|loongi|lun ga|lun gi)"
# everyday poisons and cleaners used for self-harm where these students live (rat poison,
# aluminium phosphide, hair-dye stone, bleach brands, silver cleaner)
_POISONS_S17 = (r"ratol|sulphas|sulfas|celphos|kala pathar|kaala pathar|(?:chooha|chuha|chuhe|"
                r"choohe) (?:maar|mar|maar ki|mar ki) (?:dawai|dawa|dwai|goli|goliyan)|"
                r"dawa ya panya|sumu ya panya|silver cleaner|muriatic(?: acid)?|zonrox|"
                r"lason|sumu|zehar|zeher|zahar|"
                # session 23: pesticide ("tube well k kamre me keeron wali dawai pari hai")
                # ("pait ke keeron ki dawai" is a deworming medicine, not this)
                r"(?:keeron|keeray|keere|keerey) (?:wali|waali|maar|mar) (?:dawai|dawa|dwai|"
                r"spray)|(?:fasal|faslon) (?:wali|ki) (?:dawai|dawa|spray)|dawa ya wadudu|baygon|"
                r"gramoxone|paraquat")
RISK_RULES["sh_ideation"] += [
    # (session 16's hinglish_s16 reads "mujhe"; these are the other spellings)
    ("urdu_s17", (r"(?:mjhe|mje|mujhy|mjhy|mjhko) (?:\w+ ){0,2}(?:jeena|jina) (?:nahi|nhi|nai|"
                  r"nahin)(?! (?:\w+ ){0,3}(?:bina|without|baghair)(?![\w#]))|"
                  r"mar (?:jana|jaana|jaun|jau|jaoon|jaaun) (?:hai|h)(?= ,|$| aaj| aj| abhi| bas| "
                  r"yaar| yar| bhai)|(?:mar|mr) (?:jaun|jau|jaoon|jaaun) (?:tou|to|toh) "
                  r"(?:behtar|bhtr|better|acha|achha|sab)|(?:mar|marr) (?:jaane|jane) ka (?:dil|"
                  r"mann|man|khayal|khyal) (?:karta|krta|karti|krti|kar raha|ho raha|aata|ata)|"
                  r"(?:khud|apne aap|apne ap) ko (?:maarne|marne|khatam karne|hurt karne|nuksan "
                  r"pohanchane|kaatne) (?:ka|ke) (?:khayal|khyal|soch|dil|mann|man)|(?:khud|"
                  r"apne aap) ko (?:hurt|nuksan|zakhmi) (?:karun|karoon|karu|krun|kru)|"
                  r"(?:subah|kal) (?:\w+ )?(?:aankh|ankh|ankhen|aankhen) na (?:khule|khulen|khuley)|"
                  r"(?:mein |main |mai )?na (?:hota|hoti|hun|hoon) (?:tou|to|toh) (?:achha|acha|"
                  r"behtar|better) (?:hota|hoti|hai)|kaash (?:\w+ ){0,4}(?:na bachun|na bachu|"
                  r"na bachoon|mar jaun|mar jau|khatam ho jaun|na rahun)|kaash (?:\w+ ){0,7}(?:na bachun|"
                  r"na bachu|na bachoon)")),
    ("tagalog_s17", (r"pagod na (?:ko|ako) (?:mabuhay|sa buhay)|(?:saktan|sasaktan|sinasaktan) "
                     r"(?:ang |yung )?sarili ko|(?:d|di|hindi) na (?:ko |ako )?magising(?! (?:ng|"
                     r"nang) (?:maaga|tama)| sa alarm| on time| early)|sana (?:d|di|hindi) na "
                     r"(?:lang )?(?:ako|ko) (?:nagising|magising)|wala (?:nang|na ng|na) (?:saysay|"
                     r"silbi|kwenta) (?:ang |yung )?buhay ko|buhay ko (?:ay )?wala (?:nang|na) "
                     r"(?:saysay|silbi|kwenta)|(?:mas okay|mas ok|mas mabuti|mas maganda|better) "
                     r"(?:sa lahat |para sa lahat |para sa kanila )?(?:kung|if) wala na (?:ko|ako)|"
                     r"sana mawala na (?:lang )?(?:ako|ko)|ano (?:kaya )?(?:ang )?feeling ng "
                     r"mamatay|(?:naiisip|iniisip) ko (?:\w+ ){0,3}(?:tumalon|magpakamatay|"
                     r"mamatay|magpakalunod)|gusto (?:ko|kong) (?:na )?(?:lang |nalang )?"
                     r"(?:tumalon|tatalon) (?:sa|mula sa) (?:rooftop|bubong|tulay|building|"
                     r"bintana|riles|lrt|mrt|tren|dagat|ilog)")),
    ("swahili_s17", (r"maisha yangu (?:haina|hayana|hayina|hakuna) (?:maana|thamani)|"
                     r"natamani (?:tu )?(?:nipotee|nife|kufa|nisiwepo|nisingeamka|nisingezaliwa|"
                     r"kutoweka)|nisingeamka|(?:itakuwa|ingekuwa|ingekua|itakua) (?:poa|bora|sawa) "
                     r"(?:\w+ ){0,3}(?:kama|nikiwa) (?:sipo|sitakuwepo|sitakuwa|nimekufa|nimeenda)|"
                     r"(?:najiuliza|nawaza|nafikiria|ninawaza) (?:\w+ ){0,2}(?:kufa|kujiua|"
                     r"kuruka(?! (?:kamba|juu|viunzi|ngoma|mbali))|kujirusha)|nitajitupa|kujitupa|nitajirusha|kujirusha")),
]
RISK_RULES["sh_act"] += [
    ("multi_act_s17", (r"najikata|nilijikata|kujikata|nimejikata|nitajikata|nilikuwa najikata|"
                       r"najichoma|nilijichoma|kujichoma|najikwaruza|kujikwaruza")),
    # (cutting and burning above, whose kitchen senses excuse them; these have none)
    ("multi_act3_s17", (r"nagonga ukuta|(?:deewar|deewaar|diwar) (?:pe|par|mein|me) (?:haath|hath|"
                        r"mukka|muka|mukke) (?:maarta|marta|maarti|marti|maar)|sinusuntok ko "
                        r"(?:yung |ang )?pader|pag (?:cut|laslas) (?:ko )?(?:last|noong|nung)|"
                        r"muntik na (?:ko|ako) (?:uminom ng maraming|tumalon|magpakamatay|"
                        r"maglaslas)")),
]
RISK_RULES["sh_acted"] += [
    ("multi_acted_s17", (r"(?:pee|pi|piya|pee li|pi li|kha|nigal) (?:liya|li|lia|liye|li hain|li hai) "
                         r"(?:\w+ ){0,2}(?:phenyl|phinyl|tezaab|tezab|" + _POISONS_S17 + r")|"
                         r"(?:phenyl|phinyl|tezaab|tezab|" + _POISONS_S17 + r") (?:\w+ ){0,2}"
                         r"(?:pee li|pi li|pee liya|pi liya|kha li|kha liya|nigal li)|"
                         r"goliyan (?:\w+ )?andar (?:ja chuki|ja chuke|chali gayi|chali gai|jaa chuki)|"
                         r"(?:uminom|ininom|nainom) (?:ako |ko )?(?:na )?(?:ng |ang |yung )?"
                         r"(?:zonrox|muriatic|silver cleaner|bleach|lason|clorox)|"
                         r"(?:ininom|nainom|nilunok) ko (?:na )?(?:ang |yung )?lahat (?:ng |nang )?"
                         r"(?:\w+ )?(?:biogesic|neozep|paracetamol|gamot|pills|tableta|alaxan|"
                         r"mefenamic)|(?:hinihiwa|hiniwa|nilaslas|nilalaslas) ko (?:ang |yung )?"
                         r"(?:braso|pulso|hita|kamay|wrist)(?: ko)?|may ginawa ako sa sarili ko|"
                         r"(?:nimekunywa|nimemeza|nimeshakunywa|nakunywa sasa) (?:\w+ ){0,2}(?:jik|"
                         r"bleach|sumu|dawa ya panya|sumu ya panya)|najikata (?:\w+ )?(?:saa hii|"
                         r"sasa hivi|sasa)")),
]
RISK_RULES["sh_plan"] += [
    ("multi_plan_s17", (r"(?:phanda|phaanda|fanda|phande) (?:bana liya|bana li|bana lia|tayyar|"
                        r"tayar|ready|laga liya|laga li)|(?:rassi|rasi|dupatta|dupatte|chunni) "
                        r"(?:\w+ ){0,3}(?:pankhe|pankha|fan|chhat|chat|kunde) (?:se|pe|par|mein) "
                        r"(?:baandh|bandh|laga)|gas khol (?:ke|kar|di|diya|dee) (?:\w+ ){0,4}"
                        r"(?:band kar|bnd kr|band kr)|(?:koodne|kudne|koodna|chhalang lagane|"
                        r"jump karne) ka (?:soch liya|faisla kar|irada kar)|(?:mar|mr) (?:jaunga|"
                        r"jaungi|jau ga|jaun ga|jau gi|jaoonga|jaoongi) (?:\w+ ){0,2}(?:aaj raat|"
                        r"aj rat|aj raat|aaj rat|aaj hi|kal subah)|(?:pul|bridge|chhat|chat|roof) (?:\w+ ){0,2}(?:pe|par) "
                        r"(?:khari|khara|khade) (?:hun|hoon|hu) (?:\w+ |, ){0,3}(?:neeche|nichay|"
                        r"niche)|(?:ako |ko )?tatalon (?:sa|mula sa) (?:lrt|mrt|tren|riles|tulay|"
                        r"rooftop|bintana|building)|sa (?:lrt|mrt|tren|riles|tulay) (?:na )?(?:lang )?"
                        r"(?:ako )?tatalon|"
                        r"(?:kamba|rope) (?:iko|ipo|imeshakuwa|iko tayari) (?:tayari|ready)|"
                        r"(?:nakahanda|handa|ready) na (?:ang |yung )?lubid|binili ko na (?:ang |"
                        r"yung )?lubid|(?:nakatayo|nakaupo) na (?:ko |ako )?sa (?:\w+ ){0,3}"
                        r"(?:bintana|rooftop|bubong|tulay|ledge)|(?:nasa|andito ako sa) rooftop "
                        r"(?:ako )?(?:ngayon|now)|nimesimama (?:kwa|kwenye) (?:\w+ ){0,3}"
                        r"(?:dirisha|daraja|paa|ghorofa)|(?:isang hakbang|hatua moja) (?:na )?"
                        r"(?:lang|tu)|lalakad na (?:ko|ako) papunta sa malalim|"
                        r"(?:nitajitupa|nitaruka|tatalon) (?:\w+ ){0,3}(?:reli|treni|lrt|mrt|tren|"
                        r"riles) (?:\w+ ){0,3}(?:kesho|leo|usiku|mamaya|bukas|ngayon)")),
]
# "ending it all tonight", whose everyday sense is finishing work ("aaj raat sab khatam kar
# dunga... matlab poora syllabus"): apart from the nooses and ledges above, so that only it is
# excused by the syllabus
RISK_RULES["sh_plan"] += [
    ("urdu_khatam_s17", (r"(?:aaj raat|aj rat|aj raat|aaj rat|kal subah) (?:\w+ ){0,2}sab "
                         r"(?:kuch )?khatam kar " + _UR_FUT + _NOT_WORK_S17 + r"|sab (?:kuch )?"
                         r"khatam kar " + _UR_FUT + r" (?:aaj raat|aj rat|aj raat|aaj rat|"
                         r"kal subah)")),
]
RISK_RULES["sh_means"] += [
    ("multi_means_s17", (r"(?:neend|nind) ki (?:goliyan|goli|gooliyan)|" + _POISONS_S17 + "|"
                         r"(?:nag iipon|nag ipon|iniipon|naiipon) (?:ako |ko )?(?:ng )?(?:\w+ ){0,2}"
                         r"(?:biogesic|neozep|paracetamol|gamot|pills|tableta)|"
                         r"(?:nakahanda|ready) na (?:ang |yung )?lubid")),
]
RISK_RULES["sh_farewell"] += [
    ("multi_farewell_s17", (r"(?:bye|alvida|khuda hafiz|allah hafiz) hamesha ke liye|hamesha ke "
                            r"liye (?:bye|alvida)|(?:aakhri|akhri) (?:paigham|message|msg)|"
                            r"(?:ammi|abbu|ami|abu|maa|papa|mummy|amma|abba) ko (?:bolna|bol dena|"
                            r"kehna|keh dena|batana|bata dena) (?:\w+ ){0,2}(?:sorry|maaf|maafi)|"
                            # not "message yangu ya mwisho leo usiku, nina CAT kesho"
                            r"(?:message|ujumbe|msg) (?:yangu )?ya mwisho(?= ,|$| msee| kwa "
                            r"(?:wote|nyinyi|kila))|(?:ni ya|hii ni ya) mwisho(?= ,|$)|"
                            r"hamtaniona (?:tena|kesho)|(?:d|di|hindi) (?:nyo|niyo) na (?:ko|ako) "
                            r"makikita|mwambie(?:ni)? (?:mathe|mama|buda|baba) (?:\w+ ){0,3}"
                            r"samahani|msinitafute|(?:nimewapea|nimewapa|nimegawa) (?:\w+ ){0,2}"
                            r"vitu vyangu|(?:pinamigay|ipinamigay|binigay) ko (?:na )?(?:ang |yung |"
                            r"mga )?(?:gamit|damit)|(?:naandika|nimeandika) barua (?:kwa|za)")),
]
RISK_RULES["sh_intent"] += [
    # a time said in these languages ("aaj raat", "mamayang gabi", "leo usiku", "kesho
    # asubuhi"): with ideation or a means it is a plan, as "tonight" is (rules._combine)
    ("timeline", (r"aaj raat|aj rat|aj raat|aaj rat|kal subah|mamayang gabi|ngayong gabi|"
                  r"mamaya pag|bukas ng umaga|bukas pag|leo usiku|usiku wa leo|kesho asubuhi|"
                  r"kesho usiku|usiku (?:wa )?kesho|saa (?:sita|nane|saba|tisa) usiku|"
                  r"(?:sa|pag) (?:lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo) "
                  r"(?:pag|ng|kapag)|(?:jumamosi|ijumaa|jumapili|jumatatu) (?:\w+ )?"
                  r"(?:akienda|wakienda|asubuhi|usiku)|"
                  # when everyone is asleep: "bas sab so jaayein phir", "pag tulog na sila"
                  r"sab so (?:jaayein|jayen|jaen|jaenge|jayenge|gaye|gae)|pag tulog na "
                  r"(?:sila|silang lahat)|wakilala|mamayang")),
    # a decision, and knowing what one will do with a means ("alam ko na gagawin ko dun")
    ("intent_s17", r"nakapagdesisyon na|nimeamua|alam ko na (?:ang |yung )?gagawin ko"),
    ("timeline_weak", r"sasa hivi|saa hii|abhi abhi|ngayon na|nakunywa sasa"),
]
RISK_RULES["ab_ongoing"] += [
    ("urdu_ab_s17", (r"(?:mujhe|mjhe|mujhko|hume|humein|hamein) (?:aur (?:\w+ )?(?:ammi|amma|maa|"
                     r"behen) (?:ko )?)?(?:\w+ ){0,2}(?:maarta|maarti|maarte|marta|marti|marte|"
                     r"peetta|peetti|peet te|pitai karta|pitai karte) (?:hai|hain|h|he)|mana (?:kiya|"
                     r"karun|karu|krun|kia|kiya tou|kiya to) (?:tou |to |toh )?(?:maara|mara|maarte|"
                     r"pitai|maar|peeta)")),
    # (apart from the beatings above, whose games excuse them: nothing excuses these)
    ("urdu_abuse_s17", (r"(?:galat|gandi) (?:jagah|tarah) (?:haath|hath) (?:lagate|lagata|lagati|"
                        r"lagaya|lagaate)|(?:raat|rat) ko (?:mere|meray) (?:kamre|kamray|room) "
                        r"(?:mein|me) (?:aate|ata|aata|aati)|(?:garam|garm) (?:chamach|chimta|istri|"
                        r"press|pani|paani) se (?:jalati|jalata|jalate|jala|daagh)|shaadi (?:tay|"
                        r"fix|pakki) kar (?:di|dee|diya)(?: hai)?(?: ,)? (?:\w+ ){0,3}1[0-7] (?:ki|"
                        r"ka|saal)")),
    ("tagalog_ab_s17", (r"(?:akong|ako) (?:hinihipuan|hinahawakan|hinihawakan|pinapalo|sinasampal|"
                        r"sinusuntok|binubugbog)|binubugbog (?:ako|niya ako|nya ako)|binato ako|"
                        r"sinuntok (?:ako|nya ako|niya ako)|pinalayas ako (?:\w+ ){0,3}(?:sinuntok|"
                        r"sinampal|binugbog)|pumapasok sa kwarto ko (?:gabi gabi|tuwing gabi|pag "
                        r"gabi|every night)|pinapaligo ako (?:\w+ ){0,4}(?:pinapanood|nanonood)")),
    ("swahili_ab_s17", (r"amenifukuza (?:\w+ ){0,2}(?:kunipiga|akinipiga)|kunipiga ngumi|"
                        r"amenipiga|amenichapa")),
    ("swahili_night_s17", (r"huingia (?:kwa )?(?:chumba|chumbani) (?:changu|yangu) (?:kila usiku|"
                           r"usiku)")),
]
RISK_RULES["ab_neglect"] += [
    ("multi_locked_s17", (r"(?:kamre|kamray|store room|storeroom|store|bathroom|washroom|kothri) "
                          r"(?:mein|me|main) band kar (?:dete|deti|deta) (?:hain|hai|h)|khana (?:bhi )?"
                          r"(?:nahi|nai|nhi) (?:diya|dete|deti|deta)|school (?:nahi|nai|nhi) jane "
                          r"(?:dete|deti|deta)|(?:kinukulong|kinulong|ikinukulong) ako|kinandado "
                          r"(?:\w+ ){0,4}(?:pinto|kwarto)|(?:d|di|hindi) ako pinapakain|"
                          r"(?:hunifungia|amenifungia|ananifungia|alinifungia|wananifungia|"
                          r"hunifungiya) (?:\w+ )?(?:kwa|ndani)|amefunga mlango (?:\w+ ){0,4}kutoka "
                          r"nje|hanitoi|bila chakula siku nzima|walang pagkain (?:buong araw|"
                          r"maghapon)|school (?:chhurwa|chhudwa|chhuda|churwa|chhura) (?:ke|kar|diya|"
                          r"di)|(?:kaam|kam) (?:pe|par) (?:laga diya|lagwa diya|laga di)(?! hai "
                          r"(?:part|summer))")),
]
RISK_RULES["ab_grooming"] += [
    ("multi_groom_s17", (r"(?:ye|yeh|yah) (?:hamara|humara|hmara) (?:secret|raaz) hai|"
                         r"(?:gandi|gandy) (?:videos|video|pics|photos|tasveerein) (?:bhejte|bhejta|"
                         r"bhejti|dikhate|dikhata)|(?:pics|pic|photos|photo|nudes|nude|video|"
                         r"tasveerein) (?:\w+ ){0,2}(?:bhejo|bhejun|bhejoon|bhej) (?:\w+ ){0,2}"
                         r"(?:warna|varna|nahi tou|nai to|nahi to)|(?:dega|degi|denge) agar (?:\w+ )"
                         r"{0,2}(?:nude|nudes|pics|photos) (?:bhejun|bhejoon|bheju)|(?:kapde|kapray|"
                         r"kapre) (?:utaro|utaaro|utar do|utaarne)|kisi ko bataya (?:tou|to|toh) "
                         r"(?:\w+ )?(?:maar|mar) (?:dunga|dega|denge)|(?:secret|sikreto) lang daw|"
                         r"(?:wag|huwag) (?:ko )?daw (?:sasabihin|sabihin|ipagsabi)|(?:video call|"
                         r"mag video call|pics|picture|litrato) (?:\w+ ){0,3}(?:nakahubad|walang "
                         r"damit|nang hubad)|(?:pinipilit|pinilit) (?:\w+ ){0,4}(?:mag send|magsend|"
                         r"magpadala|mag sesend) (?:\w+ ){0,2}(?:nudes|pics|pictures|hubad)|"
                         r"ni siri yetu|(?:ananiambia|ameniambia|ananiomba|ameniomba|huniambia|"
                         r"huniomba|ananilazimisha|anataka) (?:\w+ ){0,4}(?:uchi|bila nguo)")),
]
# "as a child" in Swahili, Tagalog, Urdu: a past disclosure here, and past for rules._PAST
CHILDHOOD_S17 = r"nikiwa mdogo|nung bata ako|noong bata ako|bachpan mein"
_PAST_S17 = CHILDHOOD_S17 + r"|jab (?:\d+|chhoti|chhota)"
RISK_RULES["ab_unclear"] += [
    ("multi_unclear_s17", (r"(?:" + _PAST_S17 + r") (?:\w+ ){0,6}(?:galat kiya|chhua|chua|"
                           r"alinifanyia kitu|may ginawa sakin|ginawa sakin)|(?:alinigusa|may "
                           r"humawak sakin)|(?:ghar mein|ghar me) kuch hota hai|(?:niyayakap|hinahalikan|"
                           r"hunikumbatia|ananibusu|hunibusu) (?:\w+ ){0,3}(?:nang matagal|kwa muda "
                           r"mrefu)|sana (?:d|di|hindi) na (?:lang )?(?:nya|niya) (?:ko|ako) "
                           r"(?:pinanganak|ipinanganak)|(?:angependa|angetamani) (?:\w+ )?"
                           r"(?:hakunizaa|asingenizaa)|hangenizaa|(?:huniita|ananiita|aliniita) "
                           r"(?:\w+ ){0,2}peke yangu|(?:pinapatawag|pinatawag) (?:\w+ ){0,3}mag isa")),
]
_W_S17 = r"(?:kutsilyo|tubo|baril|kisu|panga|bunduki|chaku|danda|dande|tezaab|tezab)"
RISK_RULES["ho_plan"] += [
    ("multi_hoplan_s17", (r"(?:" + _POISONS_S17 + r") (?:\w+ ){0,4}(?:daal|dal|mila|milaa) "
                          r"(?:dungi|dunga|doongi|doonga)|(?:nitaweka|nitatia|nitaiweka|ilalagay ko) "
                          r"(?:\w+ ){0,3}(?:" + _POISONS_S17 + r") (?:\w+ ){0,2}(?:kwa|ndani ya|sa) "
                          r"(?:\w+ )?(?:chai|chakula|maji|juice|soda|kape|pagkain)|chehre (?:pe|par) "
                          r"(?:phenk|phaink|phenka)(?:unga|ungi|ega|egi)|gher (?:ke|kar) "
                          r"(?:maarenge|marenge|maarunga)|(?:may dala (?:akong|ako ng)|niko na|nina) "
                          + _W_S17 + r"|(?:nagtipon|magtipon|nagtitipon|wakikusanyika) (?:\w+ |, ){0,7}"
                          r"(?:gagawin|nitafanya)|(?:pour|throw|pour am|pour it) (?:am |it )?(?:for|on|"
                          r"inside) (?:\w+ ){0,3}face")),
]
RISK_RULES["ho_wish"] += [
    ("multi_howish_s17", (r"(?:bhai|behen|usko|usse|use|unko|teacher|sir) (?:ko )?(?:maar|mar) "
                          r"(?:dun|doon|du|daalun|dalun|daloon)(?= ,|$| itna| aisa| kabhi)|"
                          r"kisi ko (?:maar|mar) na (?:dun|doon|du|baithun|baithu)|(?:sar|sir) (?:phor|"
                          r"phod|phaad) (?:dene|dun|doon|dunga)|(?:kuch )?bura karne ka (?:dil|mann|"
                          r"man)|zinda (?:nahi|nai|nhi) (?:chhorunga|chhodunga|chorunga|chodunga|"
                          r"chhorungi|chhodungi)|gusto (?:ko|kong) (?:manakit|gumanti|saktan (?:sila|"
                          r"siya|sya|si))|(?:sakalin|sasakalin) (?:ko )?(?:yung|si|ang)|masaktan ko "
                          r"(?:sila|siya|sya)|sana mamatay na (?:lang )?(?:sya|siya|sila)|"
                          r"(?:tatapusin|aabangan|susugurin) ko (?:na )?(?:si|sila|siya|sya)|"
                          r"natamani (?:\w+ )?afe|kumnyonga|kuwaumiza|kuwachapa|kulipiza kisasi|"
                          r"nikimdunga|nitamshambulia|nitamvamia|nitamuumiza|(?:fear|afraid|scared) (?:say )?(?:i|me) "
                          r"(?:go|fit|might|will|would) (?:kill|hurt|wound|stab) (?:somebody|someone|"
                          r"person|sombody)")),
]
RISK_RULES["ds_medium"] += [
    ("multi_ds_s17", (r"(?:mein|main|mai) (?:theek|thik|thk) (?:nahi|nai|nhi) (?:hun|hoon|hu)|"
                      r"ro ro ke (?:haalat|halat|bura haal)|(?:awaazein|awazein|aawazein|"
                      r"awaaz) (?:\w+ ){0,3}(?:sunai|chal rahi|aa rahi)|kuch (?:mehsoos|mehsus|"
                      r"mahsoos|feel) (?:hi )?(?:nahi|nai|nhi) (?:hota|hoti)|ghar se bhaag (?:jaane|"
                      r"jane|jaun|jau)|(?:pata|pta) (?:nahi|nai|nhi) kya kar (?:baithun|baithu|"
                      r"bethun|baithoon)|(?:hindi|d|di) na (?:talaga )?ako okay|hindi ako okay|"
                      r"siko sawa kabisa|kailangan ko ng kausap (?:ngayon|now)|nahitaji mtu wa "
                      r"kuongea (?:naye )?(?:sasa|saa hii)|"
                      r"para akong nalulunod|(?:ni )?kama ninazama|nimekufa ndani|(?:\d+|teen|do|char) din se "
                      r"(?:\w+ ){0,3}(?:bahar nahi|nahi nikli|nahi nikla|nai nikli)")),
    # "can't take it anymore": lowered when the sender is laughing (rules._combine)
    ("cant_cope_s17", (r"(?:d|di|hindi) ko na kaya|siwezi tena|(?:mujhse|mujh se|mjhse|mjh se) "
                       r"(?:ab )?(?:aur )?(?:nahi|nai|nhi) (?:hota|ho raha)")),
]
THIRD_PARTY += [
    ("tp_multi_s17", (r"hataki kuishi|ayaw na (?:nya|niya) mabuhay|gusto na (?:nya|niya) "
                      r"mamatay|(?:d na|hindi na) (?:sya|siya) (?:sumasagot|nagrereply)|hajibu "
                      r"simu|(?:message|ujumbe) ya kwaheri|usko jeena nahi|wo mar jana chahta")),
]
TOX_RULES["tx_tell_harm"] += [
    ("multi_tell_s17", (r"(?:ja ke|jaa ke|jake|jaake|ja kar|jaa kar) mar ja|(?:doob|dub) (?:mar|"
                        r"maro|mar ja)|(?:phaansi|phansi) (?:laga le|lagale|lga le|laga lo)|"
                        r"mar kyun (?:nahi|nai|nhi) (?:jaate|jate|jaati|jata|jaata)|zinda kyun (?:ho|"
                        r"hai)|jinyonge|jiue tu|(?<!nataka )(?<!natamani )kufa tu|(?:\w+ ){0,2}wote (?:hapa )?mfe|agongwe na|"
                        r"sana masagasaan (?:ka|sya|siya)|mamatay na kayo(?:ng lahat)?")),
]
TOX_RULES["tx_insult"] += [
    ("multi_insult_s17", (r"(?:abe|oye|oy|saale|saala|sale|tu|tum) (?:\w+ )?(?:chutiye|chutiya|"
                          r"kamine|kamina|harami|gadhe|kutte|ullu|bewakoof|gandu|pagal|lallu)|"
                          r"ullu (?:ke|ka) pathe|gadhe (?:ki|ka) (?:aulad|bachcha)|(?:teri|tere|"
                          r"tumhari) (?:maa|behen|bhen) (?:ki|ka)|pagal (?:aurat|insaan)|neech "
                          r"jaat|\w+ (?:gandu|chakka|katwa) hai|pagal khane se bhaga|(?:behen|bhen) "
                          r"ki (?:pics|photos|pic|video) (?:\w+ ){0,3}(?:daal|dal|bhej)|bakwas band "
                          r"kar|(?:putangina|tangina|putang ina) mo|pakyu|leche ka|kupal|epal|abnoy|"
                          r"hayop ka|bwisit ka|bakla ka|tumahimik ka|pokpok|(?:ang )?landi landi|"
                          r"baboy (?:talaga|ka)|(?:mukhang|mukha kang|mukha ka) (?:\w+ )?(?:unggoy|"
                          r"paa|aso|baboy)|ang kapal ng mukha mo|(?:mbwa|mnyama|mshenzi|mjinga|"
                          r"mpuuzi|zuzu) wewe|wewe (?:ni )?(?:mbwa|mshenzi|mnyama|mpuuzi|shoga|"
                          r"msenge)|we msenge|nyamaza wewe|\w+ ni (?:malaya|nyani|nguruwe|mbwa)|"
                          r"kumamako|kumamayo|uso yako ni kama")),
]
_add_unless({
    "urdu_ab_s17": r"pubg|free fire|ludo|game|match|cricket|football|mazak|mazaak|mazaq",
    "multi_howish_s17": r"pubg|free fire|ludo|game|fortnite|cod|match|mazak|mazaak|lol",
    "multi_ds_s17": (r"bukhar|fever|zukam|sardi|sar dard|pet dard|flu|khansi|tabiyat|sawal|"
                     r"math|maths|homework|assignment|init|traffic|gutom|antok|quiz|exam|"
                     r"hesabu|joto|njaa|mtihani|kazi ya nyumbani"),
    "cant_cope_s17": (r"sawal|math|maths|homework|assignment|init|traffic|gutom|antok|quiz|exam|"
                      r"hesabu|joto|njaa|mtihani|kazi ya nyumbani"),
    # a cut finger in the kitchen: "nilijikata kidole nikikata nyanya"
    "multi_act_s17": (r"kidole|nyanya|vitunguu|kitunguu|nikipika|kupika|jikoni|pyaz|sabzi|"
                      r"kitchen|nagluluto|sibuyas|kamatis|daliri|ungli"),
})


# --- session 17, second round: Cebuano (Bisaya), regional Tagalog, more Swahili and Urdu --
# Fresh batch 43 (Multan/Hyderabad/Jaipur, Dumaguete/Tacloban/General Santos, Baguio/Naga/
# Olongapo, Nakuru/Eldoret/Tanga/Mwanza), measured with the first round above: 58.3 % of its
# high-risk messages escalated, Bisaya 8 of 18 (stage 1 had no Cebuano). Written from
# dialect3.jsonl (two more writers), never from batch 43.
_TL_INSULT = (r"atay|giatay|yawa|yawa a|piste|bogo|bugo|buang|unggoy|animal|bayot|hayop|ulol|"
              r"gago|tanga|bobo|inutil|bwisit|leche|kupal|epal|abnoy|pangit|panget")
RISK_RULES["sh_ideation"] += [
    ("bisaya_s17", (r"gusto (?:na |lang |na lang )?(?:nako|ko) (?:na |lang |na lang )?mamatay(?! sa "
                    r"(?:kaulaw|kakatawa|katawa|kalipay|gutom|kilig|kakulba))|(?:kapoy|kapuy) "
                    r"(?:na )?(?:kaayo )?(?:ko |ako )?(?:mabuhi|mabuhay|sa kinabuhi)|(?:di|dili) "
                    r"(?:na )?(?:ko|nako) (?:ganahan|gusto) mabuhi|wala (?:nay|na y|na) rason "
                    r"(?:nga |para )?(?:mabuhi|mabuhay)|(?:dili|di) na (?:lang )?(?:ko )?mo mata|"
                    r"mas maayo (?:pa |unta )?(?:mamatay|kung wala ko|kung patay na ko)|nganong "
                    r"(?:ni )?buhi pa (?:man )?ko|(?:kung|if) (?:mawala|wala na) (?:ko|ako) "
                    r"(?:\w+ |, ){0,3}(?:mas malipay|mas masaya)|(?:samaran|samadan|sakitan) "
                    r"(?:nako |ko )?(?:ang )?akong kaugalingon|(?:maghunahuna|naghunahuna|"
                    r"naiisip) (?:ko|kong) (?:nga )?(?:mo ambak|moambak|motambog|tumalon)|"
                    r"dai (?:ko|ako) na gusto mabuhay|magagadan na ako|bisa ku nang mate|"
                    r"(?:mo ambak|moambak|motambog|molukso) (?:na )?(?:ko|nako|ako) sa (?:\w+ )?"
                    r"(?:dagat|suba|taytayan|atabay|tulay|building|atop|pantalan)")),
    ("tagalog2_s17", (r"(?:wala nang|walang) dahilan (?:para |upang )?mabuhay|bakit pa (?:ako|ko) "
                      r"nabuhay|gusto (?:ko|kong) (?:na )?(?:lang )?(?:maglaho|mawala)(?! sa "
                      r"(?:gc|group|chat|klase))|pabigat (?:lang )?(?:ako|ko)|sugatan (?:ang )?"
                      r"sarili ko|(?:mas okay|mas mabuti|mas ok) pa (?:ang )?mamatay|naiisip kong "
                      r"(?:tumalon|magpakamatay|mamatay)|mas okay (?:sana|pa) kung wala (?:ako|ko)|"
                      # not "tatapusin ko na lahat ng assignments ko bukas"
                      r"(?:tatapusin|tapusin) ko na (?:ang )?lahat(?! (?:ng|nang|sa|ng mga|para) )|"
                      # hanging oneself, the core verb (added after batch 43 was measured: it
                      # missed "magbibigti na ko"; no training row had used it)
                      r"(?:magbibigti|magbigti|nagbigti|bibigti|nagbibigti|magbitay) (?:na )?"
                      r"(?:ko|ako)")),
    ("urdu2_s17", (r"(?:marna|mar jana|marna hi) (?:chahti|chahta|chahti hun|chahta hun)|marne "
                   r"ka (?:sochti|sochta|soch)|(?:kis liye|kiske liye|kyun|q) (?:jiyun|jiun|jeeyun|"
                   r"jiyu|jeeun)|exist karna band|kabhi na (?:uthun|uthu|uthoon)|(?:allah|khuda|"
                   r"rab) mujhe utha le|gayab ho jana (?:chahta|chahti)|kaash (?:\w+ ){0,7}mar "
                   r"(?:jaun|jau)|(?:kudne|koodne) ka khayal")),
    # (tired of living, whose everyday sense is a phone without data, apart from the rest)
    ("swahili2_s17", r"(?:nimechoka|nachoka|ninachoka|nmechoka) kuishi"),
    ("swahili3_s17", (r"(?:kwa nini|kwanini) niendelee kuishi|(?:mungu|mola) anichukue|(?:familia "
                      r"yangu|wote|kila mtu) (?:\w+ ){0,2}(?:bora|poa) bila mimi|natamani "
                      r"ningepata ajali|nataka kuruka(?! (?:kamba|juu|viunzi|ngoma))")),
]
RISK_RULES["sh_act"] += [
    ("multi_act2_s17", (r"(?:kaatne|katne|kaat ne) ka (?:mann|man|dil|khayal)|khud ko (?:kaatti|"
                        r"kaatta|kaat ti|kat ti) thi|deewar (?:pe|par|se) sar (?:maarne|marne|"
                        r"patakne)|kujigonga kichwa")),
]
RISK_RULES["sh_acted"] += [
    ("multi_acted2_s17", (r"(?:gi |gi)?laslas (?:nako |ko )?(?:ang )?(?:akong )?(?:pulso|bukton|"
                          r"kamot)|gi ?samaran (?:nako )?(?:ang )?akong kaugalingon|(?:naka ?inom|"
                          r"nainom|gi ?inom|gitulon|nitulon|natulon|nakatulon) (?:na )?(?:ko |nako )?"
                          r"(?:(?:og |sa )?(?:daghang|tanan|mga|tanang) (?:\w+ )?(?:tambal|biogesic|"
                          r"paracetamol|gamot|pills|tableta)|"
                          # session 31 (batch 188): "nainom na nako ang tibuok botelya sa tambal"
                          r"(?:ang )?(?:tibuok|usa ka|isa ka) (?:botelya|banig|pakete|kahon) (?:sa |"
                          r"nga |og )?(?:\w+ )?(?:tambal|biogesic|paracetamol|gamot|pills|tableta)|"
                          # session 30 (batch 172): poison drunk, "nakainom na ko sa hilo sa ilaga"
                          r"(?:og |ug |sa )?(?:\w+ )?hilo)|khud ko (?:jala|kaat) (?:liya|li|diya|di)|"
                          r"nimejichoma|(?:saari|sari|sab|poori|puri|tamam|bht saari) (?:\w+ ){0,2}"
                          r"(?:goliyan|goli|tablets|pills) (?:kha|nigal|le) (?:ke|kar|li|liya|lin|"
                          r"gaya|gayi)")),
]
RISK_RULES["sh_plan"] += [
    ("multi_plan2_s17", (r"(?:naa (?:na )?koy|may) (?:lubid|pisi) (?:na )?(?:sa )?(?:kwarto|kuwarto)|"
                         r"(?:pisi|lubid) (?:\w+ ){0,3}(?:gi andam|giandam|naandam|andam na)|"
                         r"(?:mo ambak|moambak|motambog|molukso|tatalon|tumalon) na (?:ko|ako|nako)"
                         r"(?! sa (?:tuwa|saya|kalipay|pool|trampoline))|(?:rooftop|atop|tulay|"
                         r"taytayan|bintana|building|bubong) (?:\w+ |, ){0,6}wala (?:nay|nang|na) "
                         r"(?:makapugong|makakapigil|makapigil)|(?:dili na ko mo uli|di na ako uuwi|"
                         r"hindi na ako uuwi) (?:\w+ |, ){0,3}(?:suba|ilog|dagat)|(?:suba|ilog|dagat) "
                         r"(?:\w+ |, ){0,2}(?:didto na ko|doon na ako|dun na ako)|(?:ugma|bukas) wala "
                         r"na (?:ko|ako) (?:\w+ |, ){0,2}(?:gi prepare|giandam|naihanda|inihanda|"
                         r"handa)|(?:kudne|koodne) wal(?:i|a) (?:hun|hoon|hu)|(?:kuen|kuwen|kuwan|"
                         r"nehar|nadi|darya) (?:me|mein|main) (?:kood|kud|chhalang) (?:jaungi|jaunga|"
                         r"lagaungi|lagaunga|jaun)|(?:pankhe|pankha|fan|chhat) se latak (?:jaunga|"
                         r"jaungi|jau|jaun)|(?:pankhe|pankha|fan|chhat|kunde) (?:se|pe|par|mein) "
                         r"(?:\w+ ){0,2}(?:rassi|rasi|dupatta|dupatte|chunni) (?:baandh|bandh|laga)|"
                         r"(?:pait|pet|gale|kalai) (?:me|mein) (?:maarne|marne|ghonpne|chalane) "
                         r"wal(?:a|i) (?:hun|hoon|hu)|(?:aakhri|akhri) din hoga|nitaondoka duniani|"
                         r"(?:baharini|mtoni|ziwani) (?:\w+ ){0,3}(?:sitarudi|na sitarudi)|"
                         r"nimefunga kamba|kamba (?:\w+ ){0,2}(?:boriti|dari|feni)")),
]
RISK_RULES["sh_means"] += [
    ("multi_means2_s17", (r"goliyan (?:jama|ikatthi|ikathi|jamaa) (?:kar|kr)|nakusanya (?:\w+ ){0,2}"
                          r"(?:dawa|vidonge|tembe)|(?:gi tigom|gitigom) (?:nga )?(?:tambal|pills)|"
                          r"tambal nga gi tigom")),
]
RISK_RULES["sh_farewell"] += [
    ("multi_farewell2_s17", (r"(?:last nga message|huling message|huling chat) (?:ko|nako)|kini na "
                             r"ang akong last|ingna si (?:mama|papa|nanay|tatay) nga (?:love|mahal)|"
                             r"pakisabi kay (?:nanay|mama|tatay|papa) (?:na )?mahal ko (?:siya|sya)|"
                             r"(?:gihatag|gi hatag|binigay|ibinigay|pinamigay|de di|de diye|de diya) "
                             r"(?:\w+ |, ){1,10}(?:dili na (?:nako )?kinahanglan|dili na ko magdugay|"
                             r"di na ako magtatagal|di ko na kailangan|hindi ko na kailangan|zaroorat "
                             r"(?:nai|nahi|nhi)|kuch (?:nai|nahi) chahiye)|(?:bye bol diya|alvida keh "
                             r"diya|nimewaaga|nimeaga) (?:\w+ |, ){0,6}(?:mazaak|mazak|utani)|mara ya "
                             r"mwisho (?:tunaongea|kuongea|naongea)|ujumbe wangu wa mwisho")),
]
RISK_RULES["sh_intent"] += [
    ("intent_s17", (r"wala (?:nay|nang|na) (?:makapugong|makakapigil|makapigil) (?:nako|sa akin|"
                    r"sakin)|nitazimeza|nitavimeza|nitazinywa|desidido na (?:ako|ko)|nimeshaamua|"
                    r"sab plan ho chuka")),
    ("timeline", (r"bukas|ugma|karong gabii(?: i)?|kesho|usiku huu|jumme tak|jumma tak|"
                      r"ijumaa|jumamosi|jumapili|ngonyan na banggi|ngeni bengi")),
]
RISK_RULES["ab_ongoing"] += [
    ("multi_ab2_s17", (r"(?:gi bunalan|gibunalan|gibunal|gi bunal|gikulata|gi kulata|gi sumbag|"
                       r"gisumbag|gi sagpa|gisagpa) (?:na pod |pod |na )?(?:ko|ako)|(?<!parang )"
                       r"(?<!para )(?:pinalo|hinampas|binugbog|sinampal|sinipa)(?: na naman| ulit)? "
                       r"(?:ako|ko) (?:ni|ng|nila)|(?:gi kadena|gikadena|itinali|gitali|gi higot|"
                       r"gihigot) (?:ko|ako) (?:ni|ng|sa)|(?:bijli ki taar|taar|belt|chappal|danday|"
                       r"dande|jute) se (?:maarte|maarta|maarti|marte|marta|peet\w*)")),
    # (beatings and tying up above, whose games and pillow fights excuse them; these have none)
    ("multi_ab3_s17", (r"(?:permi|sige|kanunay) (?:ko )?hikapon|hikapon (?:ko )?(?:sa|ni) |"
                       r"(?:chhoota|choota|chhoote|chhuta) (?:h|he)|(?:niolewe|kuolewa|nimeozwa) "
                       r"(?:\w+ ){0,4}"
                       r"(?:mzee|na mzee|baada ya|mwezi ujao|kijijini)|(?:ameshapokea|amepokea|"
                       r"wamepokea) mahari|(?:gaon|village) bhej rahe (?:hain |h )?(?:\w+ )?shaadi|"
                       r"shaadi ke liye (?:gaon|village)|(?:bataya|bataogi|bataya jo) (?:\w+ ){0,4}"
                       r"(?:to|tou) ghar se nikal (?:denge|dega|degi)")),
]
RISK_RULES["ab_neglect"] += [
    ("multi_neglect2_s17", (r"ayaw (?:nila )?(?:akong|ako) palabasin|(?:kinukulong|kinulong|"
                            r"ikinulong) (?:nila |niya |nya )ako|(?:di|hindi) pa (?:ako )?pinapakain|"
                            r"(?:di|hindi) na (?:ako )?(?:pinapapasok sa school|nakakapag aral|"
                            r"pinapaaral)|magtrabaho (?:\w+ ){0,4}(?:walang bayad|hanggang "
                            r"hatinggabi)|nimefungiwa|nimefungwa chumbani")),
]
RISK_RULES["ab_grooming"] += [
    # "namin"/"namo", the student and him; not "sikreto lang natin 'to" told to the volunteer
    ("multi_groom2_s17", (r"secret ra (?:daw )?namo|sikreto lang (?:daw )?namin|"
                          r"(?:dili|ayaw) daw (?:ko )?(?:mo )?sumbong|wag daw (?:ako )?magsusumbong|"
                          r"(?:pic|pics|picture|litrato) ng katawan ko|(?:nude|nudes|nangi) (?:pics "
                          r"|photos |tasveer )?(?:maang|mang) (?:raha|rahi|ta|te)|(?:na|nahi|nai) "
                          r"bheji (?:to|tou) (?:\w+ ){0,3}(?:dikha|viral|leak)|dili daw nako isulti|"
                          r"makig kita nga kami ra")),
]
# (rules._PAST reads these too)
PAST2_S17 = (r"kaniadto|nung bata pa ako|noong bata pa ako|pag bata pa ko|bachpan me|"
              r"pichle saal|do saal pehle|kuch saal pehle|nilipokuwa mdogo|miaka miwili iliyopita")
RISK_RULES["ab_unclear"] += [
    ("multi_unclear2_s17", (r"(?:" + PAST2_S17 + r") (?:\w+ |, ){0,6}(?:galat kiya|chhua|chua|"
                            r"alinifanyia|humawak|nag hikap|naghikap|zabardasti)|zabardasti (?:ki|"
                            r"kiya|kari) (?:thi|tha)|alinifanyia (?:vitu|kitu) (?:vibaya|kibaya)|"
                            r"alinilazimisha kitu|may (?:nangyari|nahitabo) (?:\w+ ){0,2}(?:na |nga )?"
                            r"(?:di|dili) (?:ko |nako )?(?:masabi|masulti)|nyumbani si salama|ghar "
                            r"(?:pe|mein|me) (?:sab )?(?:theek|thik) (?:nai|nahi|nhi) (?:h|hai)"
                            r"(?= ,| zyada| kuch)|(?:aliniambia|kaha tha) (?:\w+ ){0,2}(?:nisiseme|"
                            r"mat batana)|(?:gakson|niyayakap) (?:og |nang )?(?:dugay|matagal)")),
]
_W2_S17 = r"(?:bolo|sundang|bisibisi|vyuma|chaaku|chhura|katta|pistol|kutsilyo|kisu|knife)"
RISK_RULES["ho_plan"] += [
    ("multi_hoplan2_s17", (r"(?:susunugin|sunugon) (?:ko|nako) (?:ang )?(?:bahay|balay|school|"
                           r"eskwelahan|skwelahan)|" + _W2_S17 + r" (?:\w+ |, ){0,6}(?:maarunga|"
                           r"marunga|maar dunga|ghonp dunga|namchoma|nitamchoma|tigbasan nako|"
                           r"tigbason nako)|(?:tigbasan|tigbason|dunggabon|pusilon) (?:nako|ko) "
                           r"(?:si|ang|sila|tanan)|tunamvizia|nitamvizia")),
]
RISK_RULES["ho_wish"] += [
    ("multi_howish2_s17", (r"gusto (?:nako|kong|ko) (?:na )?(?:patyon|patayin|sumbagon|suntukin|"
                           r"saktan|samaran) (?:si|ang|akong|yung)|(?:saktan|samaran) (?:ang )?"
                           r"(?:akong|ko ang|yung|kong) (?:manghod|kapatid|kuya|ate)|naiisip kong "
                           r"saktan|(?:kisi ko|usko|sab ko) (?:\w+ )?(?:maarne|marne|peetne) ka "
                           r"(?:dil|mann|man)|kisi ko bhi (?:maar|mar) (?:dun|doon|du)|(?:nawaza|"
                           r"nataka|natamani) (?:\w+ ){0,2}(?:kumpiga|kumuumiza|kuwapiga|kumuua|"
                           r"kuwaua)|kumuumiza|kuchoma (?:shule|nyumba|darasa) moto")),
]
RISK_RULES["ds_medium"] += [
    ("multi_ds2_s17", (r"(?:dili|di) (?:na )?(?:nako|ko) (?:okay|ok)(?= ,|$| bai| day| karon| gyud)|"
                       r"(?:di|d|hindi) (?:na )?(?:talaga )?(?:ako|ko) okay(?= ,|$| lods| bes| "
                       r"talaga| seryoso)|siko (?:ok|sawa|poa) (?:bwana|kabisa|kweli)|(?:sach me|"
                       r"sach mein|bilkul|bilkul bhi) (?:theek|thik) (?:nahi|nai|nhi) (?:hun|hoon|"
                       r"hu)|(?:umiiyak|hilak|ro rahi|ro raha|nalia|ninalia) (?:\w+ |, ){0,4}(?:di ko "
                       r"mapigilan|dili ko kapugong|ruk (?:hi )?(?:nahi|nai) raha)|pinalayas ako|"
                       r"gi ?palayas ko|nimefukuzwa nyumbani|ghar walon ne nikal diya|(?:tatlong araw|"
                       r"tulo na ka adlaw|siku tatu|\d+ din se) (?:\w+ ){0,5}(?:di kumakain|wala ko "
                       r"ni kaon|sijala|kuch nai khaya|kuch nahi khaya)|siwezi kupumua(?! kwa "
                       r"(?:kicheko|kucheka))|dili ko "
                       r"makaginhawa|(?:di|hindi) ako makahinga(?! (?:kakatawa|sa tawa|sa kakatawa))")),
]
THIRD_PARTY += [
    ("tp_multi2_s17", (r"gusto na (?:siya|niya|nya) (?:mawala|mamatay)|(?:wo|woh) jeena (?:nai|nahi) "
                       r"chahti|jeena (?:nai|nahi) chahta|goodbye post|status ya kuaga|paalam sa "
                       r"lahat|khud ko kaat raha")),
]
TOX_RULES["tx_tell_harm"] += [
    ("multi_tell2_s17", (r"mamatay (?:na )?unta ka|mamatay ka unta|pakamatay na lang ka|patya na "
                         r"lang imong kaugalingon|ambak na lang sa (?:dagat|suba)|tumalon ka (?:na "
                         r"lang )?sa (?:ilog|dagat|tulay)|(?:jaake|ja ke|jake) latak ja(?: pankhe se)?|"
                         r"latak ja pankhe se|jirushe (?:baharini|mtoni)|kaash mar jayein")),
]
TOX_RULES["tx_insult"] += [
    ("multi_insult2_s17", (r"(?:" + _TL_INSULT + r") ka(?! (?:sa galing|sa husay|na nga))|bilat sa "
                           r"imong inahan|walang utak|walay utok|nakakadiri ka|kaluod kaayo nimo|"
                           r"bobo ng|ukininam|si \w+ (?:kay )?(?:baboy|bayot|bugo|pangit|panget)|"
                           r"(?:bhen|behen) ke (?:laude|lode|lavde)|bhangi|chutiya volunteer|"
                           r"harami insaan|(?:saale )?jahil|teri aukaat|teri maa ne tujhe|ghar baith "
                           r"ke roti bana|\w+ (?:randi|chakka) (?:h|hai)|kaala kaua|jaise bhains|"
                           r"(?:boya|bwege|fala|kenge|kichaa|nguruwe|punda|mjinga|takataka) wewe|"
                           r"wewe (?:pia )?(?:ni )?(?:takataka|boya|bwege|kenge)|alikuzaa bure|ni wa "
                           r"jikoni|\w+ ni msenge|mnene kama tembo|nitumie picha (?:zako )?uchi")),
]
_add_unless({
    "multi_ds2_s17": (r"bukhar|fever|homa|mafua|lagnat|sipon|ubo|hilanat|init|mainit|kakatawa|"
                      r"katawa|tawa|math|quiz|exam"),
    "multi_insult2_s17": r"sa galing|sa husay|astig|lodi|idol|joke lang|char|charot",
    "multi_insult_s17": r"sa galing|sa husay|astig|lodi|idol|joke lang|char|charot",
    # Pidgin negation inside the match: "my papa strict paa ... but he no dey beat me"
    "perp_hits": r"(?:no|nor|neva|never) (?:dey|de|go|fit) (?:beat|hit|flog|slap)",
    # a last message because the battery or the load runs out ("last message na nako ni kay
    # lowbat na ko", "huling chat ko na 'to kasi mauubos na load ko")
    "last_message": r"lowbat|low bat|load ko|battery|baterya|mauubos|ugma na lang|bukas ulit",
    "goodbye_note": r"lowbat|low bat|load ko|battery|baterya|mauubos|ugma na lang|bukas ulit",
    "multi_farewell2_s17": r"lowbat|low bat|load ko|battery|baterya|mauubos|ugma na lang|bukas ulit",
    # chores and games: "kaka ananilazimisha kuosha vyombo", "baba amenichapa kwenye drafti"
    "swahili_ab_s16": r"drafti|karata|mchezo|fifa",
    "swahili_forced_s16": r"vyombo|kufagia|kufua|kuosha|kupika|sio haki",
    "multi_ab2_s17": r"drafti|karata|mchezo|fifa|chess|unlan|unan|pillow|nagdula|naglalaro|laro",
    # "nimechoka kuishi hivi bila wifi"; "aaj raat sab khatam kar dunga... matlab poora syllabus"
    "swahili2_s17": r"wifi|bundle|data|network|mtandao|hivi bila",
    "swahili_ab_s17": r"drafti|karata|mchezo|fifa|chess|bao|pool|unlan|pillow",
    "urdu_khatam_s17": (r"syllabus|homework|kaam|assignment|padhai|project|matlab|series|"
                        r"season|episode|notes|chapter"),
})


# --- session 18: fresh batches 44 (Birmingham, Detroit) and 45 (outback Queensland, the Bronx),
# after they were measured (97.1 / 95.4 / 3.9 % and 98.5 / 98.4 / 3.4 %: ordinary escalation
# the target missed), and batches 50 (Glasgow, Houston; 97.1 / 97.7 / 3.4 %) and 52 (Dublin,
# Mayo, Phoenix, the Navajo Nation's edge; 98.5 / 98.4 / 3.8 %) after they were.
# Their everyday rows stage 1 paged, and risk it had no words for.
RISK_RULES["ab_ongoing"] += [
    # "my old foster mom used to make us sleep on the porch as punishment" (past: medium)
    ("sleep_outside_s18", (r"(?:make|makes|made|making) (?:me|us) sleep (?:on the (?:porch|"
                           r"floor|balcony|step|steps)|outside|in the (?:garage|shed|yard|car|"
                           r"cold|barn|hallway))(?: (?:as|for) (?:a )?punishment)?")),
    # batch 52: "got locked outside all night again for talking back"
    ("locked_out_s18", (r"(?:got|get|gets|getting|was|been|am|im) locked (?:out|outside)(?: of "
                        r"(?:the|my) (?:house|home|flat|apartment))? (?:all night|overnight|for "
                        r"the night|till morning|til morning|until morning)")),
]
RISK_RULES["ab_unclear"] += [
    # "things at home are... not great. id rather not say what"; session 19: "home isnt great
    # atm. rather not get into it", "stuff at my house... its complicated, i dont really wanna
    # say more"
    ("home_unsaid_s18", (r"(?:things|stuff|life|it s|its) (?:at|in) (?:my )?home (?:\w+ )?(?:, )?"
                         r"not (?:great|good|ok|okay|safe|fine|right) (?:, )?(?:\w+ ){0,2}"
                         r"(?:rather not|dont wanna|dont want to|cant|not gonna|wont) "
                         r"(?:say|talk|get into|explain|tell)|"
                         r"(?:home|home life|(?:things|stuff|life) (?:at|in) (?:my )?(?:home|"
                         r"house|place)) (?:isnt|is not|arent|are not|aint|not|s not) (?:\w+ )?"
                         r"(?:great|good|ok|okay|safe|fine|right|the best)(?: atm| rn| right now|"
                         r" lately)? (?:, )?(?:\w+ ){0,2}(?:rather not|dont wanna|dont want to|dont "
                         r"really wanna|not gonna|wont) (?:\w+ ){0,2}(?:say|talk|get into|explain|"
                         r"tell)|(?:stuff|things) (?:at|in) (?:my )?(?:house|home|place)(?: ,)? "
                         r"(?:its|it s|is|s) (?:\w+ )?(?:complicated|weird|hard to explain)(?: ,)? "
                         r"(?:\w+ ){0,2}(?:dont (?:really )?(?:wanna|want to)|rather not|cant) "
                         r"(?:\w+ ){0,2}(?:say|talk|get into|explain)|(?:dont|do not) (?:really )?"
                         r"(?:like|want to|wanna) (?:going|goin|go) home(?: \w+){0,3}(?: ,)? "
                         r"(?:its|it s) hard to explain")),
]
RISK_RULES["ho_plan"] += [
    # "cuz bringing his strap tomorrow and we waiting on jaylen by the bus stop" (a gun)
    ("strap_s18", (r"(?:bring|bringing|brings|brought|got|has|have|packing|carrying|grab|"
                   r"grabbing|tote|toting) (?:his|my|the|a|their|her|our) (?:strap|blick|blicky|"
                   r"draco)(?! (?:broke|snapped|is broken|on my bag|on my backpack))")),
]
# "my uncle took me hunting this weekend, gonna use the rifle on myself": no rule read a
# weapon turned on oneself (found while checking the hunting context above). A means, and the
# thought of using it on oneself: both, so that with nothing else it is high.
_USE_ON_SELF_S18 = (r"(?:use|using|used|turn|turning|turned|point|pointing|pointed|aim|aiming|"
                    r"try|trying) (?:the |my |his |her |a |that |this |(?:my |his |her )?"
                    r"(?:dads|moms|mums|uncles|brothers|papaws|grandpas|stepdads) )?(?:gun|guns|"
                    r"rifle|shotgun|pistol|glock|strap|knife|blade|razor|rope|belt|cord|pills|"
                    r"bleach|poison|22|twelve gauge) on (?:myself|my self)")
RISK_RULES["sh_means"] += [("use_on_self_s18", _USE_ON_SELF_S18)]
RISK_RULES["sh_ideation"] += [("use_on_self_s18", _USE_ON_SELF_S18)]
RISK_RULES["sh_means"] += [
    # "figured out which stop the express dont slow down at. friday"
    ("train_no_slow_s18", (r"(?:express|train|subway|metro|freight|the \d+) (?:dont|doesnt|"
                           r"don t|does not|wont|never) slow(?: down)? (?:at|there|by|near|"
                           r"through|past)")),
]
IDIOMS += [
    # "the trainer was freaking out": someone else's fright is not the sender's panic
    ("other_freaking_out_s18", (r"(?:the|my|our|his|her) (?:trainer|coach|teacher|mum|mom|dad|"
                                r"nan|nana|gran|grandma|grandpa|sister|brother|friend|friends|"
                                r"parents) (?:was|is|were|are|kept|got) (?:\w+ )?freak(?:ing|ed|"
                                r"in) out")),
    # batch 52: "got my ears pierced and they're bleeding a lil, is that normal"
    ("piercing_normal_s18", (r"(?:ears?|nose|belly button|lip|eyebrow|tongue|septum|helix) "
                             r"(?:\w+ ){0,2}pierc\w*(?: \w+| ,){0,8} is (?:that|this|it) "
                             r"normal")),
    # batch 50: "i swear my phone battery is trying to unalive itself"
    ("thing_unalive_s18", (r"(?:phone|battery|laptop|car|console|controller|wifi|printer|"
                           r"charger|computer|pc|xbox|ps5|switch|tv|headphones|airpods|plant|"
                           r"plants) (?:\w+ ){0,3}(?:trying to |tryna |about to |gonna )?"
                           r"(?:unalive|kill|off) (?:itself|themselves)")),
    # batch 50: "sewer slide is just what my friends call the big slide at the waterpark"
    ("slang_meta_s18", (r"(?:sewer slide|unalive|ctb|kms|kys) (?:is (?:just )?what (?:my |we |they "
                        r"|people )?(?:\w+ )?(?:call|calls)|is (?:just )?(?:the|a) (?:name|"
                        r"nickname) (?:for|of))")),
    # batch 50: "i'm gonnae murder a fish supper after training" (food)
    ("murder_food_s18", (r"(?:murder|murdered|murdering|destroy|destroyed) (?:a|an|the|some|that|"
                         r"this|my) (?:\w+ )?(?:supper|pizza|burger|kebab|curry|chippy|sandwich|"
                         r"fry up|fry|steak|pie|roast|buffet|meal|feed|breakfast|dinner|lunch|"
                         r"snack|box of \w+|bag of \w+)")),
    # "this song goes so hard i wanna die", "the coney ... got me wanting to die its so bussin"
    ("goes_hard_die_s18", (r"(?:goes|go|went|hits|hit) (?:so |too |extra )?hard (?:i |im |ima )?"
                           r"(?:wanna|want to|gonna|could|finna) die|(?:slaps|bussin|so good|too "
                           r"good|so fire) (?:i |im |ima )?(?:wanna|want to|gonna|could|finna) "
                           r"die|(?:wanting|want|wanna) to die (?:its|it s|bc its|cause its) so "
                           r"(?:bussin|good|fire|delicious)|"
                           # batch 50: "that crawfish boil slapped mane i ate til i wanted to die"
                           r"ate (?:\w+ ){0,3}(?:til|till|until) i (?:wanted to|wanna|want to|"
                           r"could|thought id) die")),
]
TOX_RULES["tx_tell_harm"] += [
    # "ctb urself, do the world a favor": ctb said to someone; batch 50: "mon then, ctb ya sad
    # wee nobody" (at the start of a clause only: not "i just wanna ctb u know")
    ("ctb_you_s18", (r"(?:ctb|sewer slide|unalive) (?:yourself|urself|ur self|your self|yaself|"
                     r"yoself)|(?:^|, )(?:(?:lol|"
                     r"lmao|bro|just|go|pls|please|plz|then|mon then|c mon then|come on then|"
                     r"aye) )*ctb (?:ya|you|u)(?! know)(?![\w#])")),
    # batch 50: "sewer slide would be a glow up for u"
    ("better_dead_s18", (r"(?:sewer slide|unaliving|kys|ctb|ending it|(?:jumping|falling) off "
                         r"(?:a|the) (?:bridge|cliff|roof)) (?:would|will|d) (?:honestly )?(?:be "
                         r"(?:a |an )?(?:glow up|improvement|upgrade|favou?r|w|win|blessing) "
                         r"(?:for|on) (?:u|you|ya)|do (?:u|you|ya) (?:some )?good)")),
]
RISK_RULES["sh_farewell"] += [
    # batch 50: "thanks for always being nice to me. i wanted someone to know that before
    # friday"; "if u see this after 11 dont bother replying"
    ("know_before_s18", (r"(?:wanted|want|needed|need) (?:someone|somebody|you|u|yall|everyone) "
                         r"to know (?:that |this )?before (?:monday|tuesday|wednesday|thursday|"
                         r"friday|saturday|sunday|tonight|tomorrow|the weekend|its too late|i go)")),
    ("dont_reply_s18", (r"if (?:u|you|ya) (?:see|read|get) this (?:after|tomorrow|in the "
                        r"morning|later)(?: \w+){0,3} (?:dont|don t|no need to|theres no point|"
                        r"no point) (?:bother )?(?:reply|replying|answer|answering|respond|"
                        r"responding|texting back)")),
]
RISK_RULES["sh_act"] += [
    # batch 50: "burned my hand on the hob on purpose last week n it felt like a release"
    ("on_purpose_body_s18", (r"(?:burn|burned|burnt|cut|scratched|scratch|punched|hit|banged|"
                             r"smashed|scalded|scald) my (?:own )?(?:hand|hands|arm|arms|wrist|"
                             r"wrists|leg|legs|thigh|thighs|skin|head|fist|knuckles|stomach)"
                             r"(?: \w+){0,5} on purpose")),
]
# "took my adhd meds late today so my head is all over the place, is that normal?": meds taken
# late, the everyday sense of both "took my … meds" and the question after it
_MEDS_LATE_S18 = r"meds late|late dose|(?:took|take|taking) (?:them|it) late"
# "church went 3 hrs today i thought i was gonna pass out": where one nearly faints for want of
# air or rest, for both rules that read fainting
_FAINT_PLACES_S18 = (r"church|mass|sermon|assembly|the heat|so hot|standing|queue|in line|"
                     r"practice|training|the gym|laps|sprints|beep test")
_add_unless({
    "means_generic": _MEDS_LATE_S18,
    "unclear_normal": _MEDS_LATE_S18,
    "acute_more": _FAINT_PLACES_S18,
    "acute_b3": _FAINT_PLACES_S18,
    # "i cant take it serious"
    "cant_cope": r"take (?:it|him|her|them|u|you|that|this|ya) serious(?:ly)?",
    # batch 52: "me and me brother were wrestling and he put me in a headlock lmao hes 12"
    "grooming_more": (r"(?:me|my) (?:little |lil |baby |younger |big |older )?(?:brother|bro|"
                      r"sister|sis|cousin)|wrestling|headlock|play ?fight\w*"),
    # batch 52: "if i hear one more thing about the modh coinníollach im jumping out the window"
    "jumping": r"(?:hear|see|read|get asked) (?:one more|another) (?:\w+ ){0,3}(?:about|on)",
    # batch 52: "i could strangle my little brother he ate ALL my hot cheetos"
    "want_hurt": (r"(?:ate|took|stole|used|borrowed|finished|broke|spoiled|spoilt|drank) (?:all "
                  r"|the last |my )?(?:of )?(?:my |the )?(?:\w+ ){0,2}(?:cheetos|chips|crisps|"
                  r"food|snacks|charger|hoodie|clothes|makeup|game|controller|leftovers|pizza|"
                  r"sweets|candy|chocolate|ending|finale|episode|juice|soda|ice cream)"),
    # "just wanted to say thanks to whoever i talked to last week"; batch 50: "just wanted to
    # say thanks for the chat last week"
    "farewell_more2": (r"(?:talked|spoke|chatted|talking) (?:to|with) (?:\w+ )?(?:last week|"
                       r"yesterday|last time|the other day|earlier|before)|(?:thanks|thank you|"
                       r"thx|cheers) for (?:the |our |that )?(?:chat|talk|help|advice|tips?) "
                       r"(?:last week|yesterday|last night|the other day|last time|earlier)"),
    # "bout to murder the packers sunday" (a team, not a person)
    "kill_them": (r"(?:the |them )?(?:lions|packers|bears|vikings|cowboys|eagles|chiefs|bills|"
                  r"patriots|pats|steelers|browns|ravens|bengals|texans|colts|jaguars|titans|"
                  r"broncos|raiders|chargers|commanders|saints|falcons|buccaneers|bucs|"
                  r"cardinals|rams|49ers|niners|seahawks|dolphins|pistons|lakers|celtics|knicks|"
                  r"bulls|warriors|cavs|cavaliers|yankees|mets|dodgers|red sox|cubs|tigers|"
                  r"pacers|bucks|suns|spurs|rockets|mavs|nuggets|blazers|raptors|sixers|76ers|"
                  r"hawks|timberwolves|pelicans|grizzlies|clippers|hornets|wizards|other team)"),
    # "nan gave me her old pocket knife for station work"; batch 52: "me da got his gun licence
    # renewed for the foxes going after the hens"
    "weapon_for": (r"station work|farm work|the farm|fishing|camping|scouts|whittl\w*|gave me|"
                   r"licen[cs]e|foxes|vermin|pests|rabbits|hens|chickens|livestock|sheep|"
                   r"cattle"),
    # "ate so much pernil at thanksgiving im about to explode"
    "acute_more3": r"ate|eaten|eating|so full|food|thanksgiving|dinner|buffet",
    # "got my wisdom teeth out and they got me on painkillers"
    "means": (r"wisdom teeth|teeth out|dentist|oral surgeon|surgery|sprain\w*|stitches|"
              r"prescribed|(?:gun|firearms?|shotgun|rifle) licen[cs]e"),
    # "the new bell schedule is trash"
    "name_is_noun": r"schedule|timetable|uniform|dress code|update|policy|new rule|lunch menu",
})


# --- session 19: fresh batches 58 (Cardiff and the Valleys, South Auckland and Northland) and
# 59 (Belfast and Fermanagh, Atlanta and south Georgia), after they were measured (95.5 / 95.4 /
# 2.8 %, toxicity F1 0.817; 95.5 / 92.4 / 4.2 %). Their everyday rows stage 1 paged, and risk
# it had no words for. Several are the same families as batches 44-57's in another spelling:
# "home isnt great, rather not say" (session 18 read "things at home"), the dropped g of
# "runnin", "sittin", "unalivin".
RISK_RULES["ab_unclear"] += [
    # "ion know if what my grandpa did was normal or not, it always felt weird"
    ("kin_did_normal_s19", (r"(?:if|whether) what (?:my |our )?(?:grandpa|grandad|granddad|"
                            r"grandfather|uncle|stepdad|step dad|dad|cousin|brother|stepbrother|"
                            r"coach|teacher|neighbou?r|babysitter|mums boyfriend|moms boyfriend)"
                            r" (?:did|does|used to do|was doing)(?: to me)? (?:was|is) "
                            r"(?:normal|okay|ok|right)")),
]
RISK_RULES["sh_ideation"] += [
    # the dropped g: "thats when im unalivin", "killin myself"
    ("g_dropped_s19", (r"unalivin(?! (?:yourself|urself|ur self|your self|him|her|them|people|"
                       r"(?:my |the |these |those )?(?:plants?|succulents?|cactus|goldfish|"
                       r"tamagotchi|sourdough)))|"
                       r"(?:killin|endin|hurtin|cuttin) (?:myself|my self|it all)")),
]
RISK_RULES["ho_plan"] += [
    # "my cousins are gonna help me jump him behind the gym on friday, im bringing the wheel
    # brace"; "waiting for that egg outside the dairy after school with bats. he's done"
    ("jump_weapon_s19", (r"(?:jump|jumping|jumpin|rush|rushing|catch|catching|beat|beating) "
                         r"(?:him|her|them|that \w+)(?: \w+| ,){0,10} (?:bringing|brought|bring|"
                         r"got|with|grab\w*) (?:the |a |my |our |his |some )?(?:bats?|knives|"
                         r"knife|wheel brace|tire iron|tyre iron|crowbar|machete|blades?|bricks?|"
                         r"pipes?|hammers?)|(?:waiting|waitin|wait) (?:for|on) (?:him|her|them|"
                         r"that \w+)(?: \w+| ,){0,8} with (?:the |our |some )?(?:bats|knives|"
                         r"crowbars|machetes|pipes|hammers)(?: \w+| ,){0,3} (?:hes|he s|shes|"
                         r"she s|theyre) (?:done|dead|finished)")),
    # "told my boy to hold the strap for me, we finna catch dre at the skatin rink friday"
    ("hold_strap_s19", (r"(?:hold|holdin|holding) (?:the|my|his) (?:strap|blick|blicky|draco)"
                        r"(?: for me)?(?: ,)? (?:\w+ ){0,3}(?:catch|catching|get|getting|slide on|"
                        r"spin on|pull up on) \w+")),
]
IDIOMS += [
    # a rope swing over the creek, the bayou, the river (batches 57, 58 and 59 each paged one)
    ("rope_swing_s19", r"rope swings?|tyre swings?|tire swings?"),
]
_add_unless({
    # "i'm jumping off the top board at merthyr leisure centre saturday"
    "jumping": r"(?:top|high|diving) board|diving|leisure cent(?:re|er)|swimming baths",
    # "granny got me sortin her pills in that lil sunday-saturday box again"
    "means": r"sortin (?:\w+ ){0,3}(?:pills|meds|medicine)|sunday saturday box",
})


# --- session 20: fresh batches 64 (Liverpool and Cornwall, Memphis and Manitoba), 65 and 66
# (Roman Urdu, Tagalog, Cebuano, Swahili; new towns), after they were measured with session
# 19's pipeline (95.6 / 96.2 / 4.2 %, 97.3 / 96.9 / 5.6 %, 97.3 / 97.0 / 6.5 %): every
# target but the ordinary budget held. Most of the needless pages were PE "suicides" in the
# four languages (six of them) and a pillow fight; the misses, risk stage 2 missed too.
IDIOMS += [
    # (PE "suicides" in four languages: folded into `pe_suicides` in session 21)
    # a breakup: "im finna end it w him fr, he been dry all week"
    ("end_it_with_s20", (r"(?:end|ending|ended) (?:it|things) (?:w|with|wit) (?:him|her|them|my "
                         r"(?:bf|gf|boyfriend|girlfriend|man|girl|situationship))")),
    # the end of a school year and the goodbye after it, across the clause break: "last day of
    # year 11 today, goodbye everyone, gonna miss yous all" (`goodbye_all`'s everyday words are
    # read in its own clause only: a red team's "this is my goodbye. thanks for listening to me
    # in class" names one elsewhere)
    ("last_day_bye_s20", (r"last day of (?:year|yr|grade|form|school|term|sixth form|class|"
                          r"primary|high school)(?: \w+| ,){0,4} (?:goodbye|bye|ta ra) (?:every ?one|"
                          r"everybody|yall|yous|all)(?! forever| for good| for the last time)")),
    # "i wanted to die when ja missed that dunk"
    ("sports_die_s20", (r"(?:wanted|want) to die when (?:\w+ ){0,3}(?:missed|blew|fumbled|"
                        r"dropped) (?:that|the|a|his|her|their|an) (?:\w+ )?(?:dunk|shot|pen|"
                        r"penalty|free throw|kick|pass|catch|lead|game|goal|layup|field goal)")),
]
# "me arl fella said hell kill me if city win the league"
_SPORTS_KILL = (r"(?:kill|murder) me if (?!i )(?:\w+ ){1,2}(?:win|wins|won|lose|loses|lost|beat|"
                r"beats|draw|scores?) (?:the )?(?:league|cup|game|match|derby|final|title|"
                r"tonight|again)")
_add_unless({name: _SPORTS_KILL for name in ("said_kill_me", "danger_b3", "comes_for_me",
                                             "threat_if_tell")})
_add_unless({
    # "binato ako ni kuya ng unan", "kaka amenipiga na mto tukapigana kidogo haha"
    "tagalog_ab_s17": r"unan|pillow|kunwari|nagsuntukan kami",
    "swahili_ab_s17": r"(?:na|kwa) mto",
    # "gave all me old trackies to me little cousin cus they dont fit me no more"
    "give_away": (r"fits? me (?:anymore|any more|no more|now)|none of (?:it|them|em) fits?|too "
                  r"small|size \d+|any (?:year|yr|grade) \d+s"),
    # "my uncle tied a rope to the big tree by the lake so we can swing"
    "means": r"(?:so we can|to|we can|gonna) swing|swing (?:on|in|off|from|into)",
    # "mama posted my baby pics on fb for my bday"
    "cyberbullying": r"baby (?:pics|pictures|photos|pic|photo)",
    # a volunteer: "pole kwa kufeli, haimaanishi wewe ni mjinga"
    "multi_insult_s16": r"haimaanishi|haimaanisha|si kwamba|sio kwamba|haina maana",
})
RISK_RULES["sh_farewell"] += [
    # "sorry for bein a waste of space. this is me sayin ta ra to everyone"
    ("waste_bye_s20", (r"sorry for (?:bein|being) (?:such )?(?:a )?(?:waste of space|waste|"
                       r"burden|disappointment|failure)(?: \w+| ,){0,8} (?:ta ra|tara|goodbye|"
                       r"bye|farewell)")),
    # Cebuano at the pier: "lawom ang tubig diri. kapoy na kaayo ko. babay"
    ("deep_water_bye_s20", (r"(?:lawom|lalom|lawum) (?:kaayo )?ang (?:tubig|dagat|suba)"
                            r"(?: \w+| ,){0,10} (?:babay|bye|paalam|ayo ayo|goodbye)")),
]
RISK_RULES["sh_plan"] += [
    # "it's -42 tonight. i'm just gonna walk out past the arena and lie down in the snow"
    ("snow_s20", (r"(?:gonna|going to|finna|gon|will) (?:\w+ ){0,6}(?:lie|lay) down in the snow"
                  r"(?! (?:and make|to make|for) (?:snow )?angels)")),
]
RISK_RULES["sh_ideation"] += [
    # "sitting at tom lee park staring at the river thinking bout stuff i shouldnt"
    ("staring_water_s20", (r"(?:staring|starin|lookin|looking) (?:\w+ ){0,2}at (?:the )?(?:river|"
                           r"water|bridge|tracks|train tracks|edge|drop|lake)(?: \w+| ,){0,4} "
                           r"(?:thinking|thinkin) (?:bout|about|of) (?:stuff|things) i "
                           r"(?:shouldnt|should not|prob shouldnt)")),
]
RISK_RULES["sh_act"] += [
    # "mikono yangu ina alama mpya za wiki hii, navaa sweater hata kukiwa na joto ndio wasione"
    ("marks_hide_s20", (r"(?:mikono|mkono|mapaja|paja) (?:yangu |wangu )?(?:ina|iko na|imejaa|"
                        r"kuna) (?:alama|makovu|vidonda|mikato)(?: \w+| ,){0,10} (?:navaa|nimevaa|"
                        r"kuvaa|huvaa|nava) (?:\w+ ){0,3}(?:sweater|sweta|jumper|koti|mikono "
                        r"mirefu)")),
]
RISK_RULES["ab_unclear"] += [
    # "something happened with an older boy on the school bus in year 7. i dont really know
    # what to call it"
    ("something_happened_s20", (r"something happened (?:w|with) (?:an? |this |my )?(?:older |"
                                r"grown )?(?:boy|guy|man|girl|kid|lad|cousin|uncle|teacher|"
                                r"coach|neighbou?r)(?: \w+| ,){0,12} (?:dont|do not|dunno|didnt) "
                                r"(?:\w+ )?(?:know|knw) (?:what|how) to (?:call|describe|explain|"
                                r"say)")),
]
RISK_RULES["ho_plan"] += [
    # "gonna tip some sheep dip in his drink at the young farmers do"
    ("poison_drink_s20", (r"(?:put|puttin|putting|tip|tippin|tipping|pour|pourin|pouring|slip|"
                          r"slippin|slipping|spike|spiking|add|adding) (?:some |a bit of |a "
                          r"little )?(?:sheep dip|bleach|rat poison|antifreeze|weed killer|"
                          r"poison|pesticide|drain cleaner|\w+ pills) (?:\w+ ){0,2}in(?:to)? "
                          r"(?:his|her|their|ur|your) (?:drink|food|tea|coffee|lunch|water|"
                          r"bottle|cup|pint)")),
    # Cebuano: "naa sa akong bag ang pusil sa akong tito. ugma sa flag ceremony makita ninyo"
    ("gun_bag_s20", (r"(?:naa|dala|nagdala|gidala|dalhon) (?:\w+ ){0,5}(?:pusil|baril)(?: \w+| ,)"
                     r"{0,10} (?:ugma|makita ninyo|makita nyo|flag ceremony)")),
]

# --- session 21: batches 67 (Sheffield and Aberdeen-Shetland, East LA and Oklahoma) and 68
# (four languages), measured with session 20's pipeline. Their Scots misses were words the
# lexicon knows in English (normalize.py now folds them: "nae", "dinna", "ma da"); these are
# the rest: risk said with no rule word, and the everyday senses that paged.
RISK_RULES["sh_plan"] += [
    # "on the ferry the nicht. gonna go oot on deck fan it's dark an that's it"
    ("ferry_deck_s21", (r"(?:ferry|boat|ship|cruise)(?: \w+| ,){0,10} (?:go|going|gonna|walk|"
                        r"walking|step|climb|head|heading) (?:out |up )?(?:on(?:to)? (?:the )?"
                        r"deck|over (?:the )?(?:side|rail|railing|edge)|overboard)(?: \w+| ,){0,6}"
                        r" (?:(?:and )?thats (?:it|that)|for good|its over|the end|no one (?:will |"
                        r"would )?(?:see|notice)|nobody (?:will |would )?(?:see|notice))")),
]
RISK_RULES["ab_ongoing"] += [
    # "i dont wanna go home tonight. he'll be drunk and he'll take it out on me again"
    ("home_drunk_s21", (r"(?:dont|do not|cant|cannot) (?:wanna|want to|face) (?:go|gang|going) "
                        r"home(?: \w+| ,){0,12} (?:take it out on me|tak it out on me|hit me|hits "
                        r"me|beat me|beats me|hurt me|belt me)|(?:hell|he will|shell|she "
                        r"will|theyll|he s|hes|shes) (?:be |gonna be |going to be )?(?:drunk|"
                        r"wasted|steaming|pissed)(?: \w+| ,){0,6} (?:take|tak|takes|taking) it "
                        r"out on (?:me|us)")),
]
RISK_RULES["sh_ideation"] += [
    # "sometimes i wish a tornado would just take me"; "kinda wish the hurricane took me with the
    # house" (session 22)
    ("nature_take_me_s21", (r"(?:hope|wish|pray) (?:that )?(?:a|the|some) (?:tornado|twister|storm|"
                            r"hurricane|typhoon|flood|wave|avalanche|earthquake|lightning|"
                            r"meteor|asteroid|landslide) (?:would |will |could |had )?(?:just |finally )?"
                            r"(?:take|took|taken|get|got|hit|kill|killed|sweep|swept|wash|washed|"
                            r"carry|carried) (?:me|us)(?! out of school| out of class)")),
]
# "ma da screams at me an once he flung a plate at ma heid"
RISK_RULES["ab_ongoing"] += [
    ("perp_flung_s21", (r"<PERP> (?:\w+ ){0,5}(?:flung|flings|chucked|chucks|lobbed|hurled|"
                        r"hurls) (?:a |the |his |her |my |an )?(?:plate|bottle|glass|chair|knife|"
                        r"mug|cup|pan|remote|belt|bowl|brick|stone|rock|ashtray|lamp) (?:\w+ )"
                        r"{0,2}at (?:me|my)(?![\w#])")),
]
# "mum's mardy cos i didn't hoover so doing it now": a chore left undone, done now (only
# undone: "i have to clean my room first then im doing it tonight" stays a plan)
_CHORE_UNDONE_S21 = (r"(?:didnt|havent|hadnt|never|forgot to) (?:\w+ ){0,2}(?:hoover\w*|"
                     r"vacuum\w*|dishes|washing up|laundry|chores|tidy\w*|clean\w*|the bins|my "
                     r"room|ironing)")
_add_unless({name: _CHORE_UNDONE_S21 for name in ("intent_strong", "intent")})
TOX_RULES["tx_tell_harm"] += [
    # "ey up loser, go walk off stanage edge and do us all a favour"; "go jump aff the cliffs
    # at hermaness an dae us aw a favour"
    ("walk_off_s21", (_GO + r"(?:jump|walk|step|fall|throw (?:yourself|urself)) (?:off|aff) (?:a |"
                      r"the )?(?:\w+ ){0,3}(?:edge|cliffs?|bridge|pier|roof|ledge|crag|quarry|"
                      # session 22: "ur so annoying i swear, go jump off the viaduct"
                      r"viaduct|overpass|building|balcony|dam|tower|water tower|parking garage)")),
    # Cebuano "mamatay na lang unta ka" (you should just die)
    ("ceb_die_s21", r"mamatay (?:na )?(?:lang )?(?:unta )?ka(?![\w#])"),
]
TOX_RULES["tx_threat"] += [
    # Cebuano: "basagon nako imong nawong" (I'll smash your face), "bunalan tika" (I'll beat you)
    ("ceb_threat_s21", (r"(?<!gi )(?:bunalan|sumbagon|latigohon|kulataon|basagon) (?:tika|taka)"
                        r"(?![\w#])|(?:basagon|sumbagon|bunalan) (?:nako |ko )?(?:imong|ang "
                        r"imong|imo) (?:nawong|ulo)")),
]
TOX_RULES["tx_attack"] += [
    # "fit like ya fud, naebody wants ye here"; "oi mardy cow stop crying on here and get a life"
    ("nobody_wants_s21", (r"(?:nobody|no ?one|no body) (?:\w+ )?wants (?:ye|yous|youse) "
                          r"(?:here|around)|stop (?:crying|moaning|whining)(?: \w+)"
                          r"{0,3} (?:and |n |an )?get a life")),
    # "ellie from 10b is a proper sket, everyone's had a go"
    ("sket_s21", (r"(?:is|s|shes|she s|ur|youre|you re|you are) (?:such a |a |a proper |a total |"
                  r"a right |a dirty )(?:sket|sket ting|skeet)")),
    # "mr mcleod's a paedo, pass it on": a rumour to spread
    ("rumour_s21", (r"(?:is|\w+s) (?:a |an )?(?:paedo|pedo|nonce|predator|slag|slut|whore)(?: ,)? "
                    r"(?:pass it on|spread (?:it|the word)|tell every ?one|tell everybody)")),
    # "bet ur mama's out on the rez drinking again lol"
    ("yo_mama_drunk_s21", (r"bet (?:ur|your|yo|yer) (?:mama|mom|mum|mam|maw|ma|dad|da)s?(?: s| is)?"
                           r" (?:\w+ ){0,5}(?:drinking|drunk|high|on crack|on meth|on welfare)")),
    # Roman Urdu "tu itna bara chawal h"
    ("chawal_s21", (r"(?:tu|tum|tm|ap|aap|u) (?:\w+ ){0,2}(?:chawal|chawla|chawalbaaz|chawal "
                    r"insaan)(?![\w#])")),
]
# Rows the retrained n-gram score no longer caught once their dropped g's were written back
# (the score had learned "sendin", "comin"): the families, in the -ing spelling only, since a
# word the lexicon spells is one the normaliser leaves as typed (normalize._regain_g).
RISK_RULES["sh_plan"] += [
    # "ich kann nicht mehr. the pills are here. tonight" (the n-gram score's, before "nicht" was
    # folded to "night" for Scots)
    ("means_here_tonight_s21", (r"(?:the |my )?(?:pills|tablets|rope|blade|razor|gun) (?:are|is) "
                                r"(?:here|ready|in my bag|in my room)(?: ,)? (?:tonight|today|"
                                r"now)")),
]
RISK_RULES["ab_danger"] += [
    # "me arl fella is kickin off smashin stuff, i can hear him comin up the stairs"
    ("up_the_stairs_s21", (r"(?:(?:smashing|throwing|breaking) (?:stuff|things|plates|"
                           r"everything|the place|doors)|kicking off)(?: \w+| ,){0,8} (?:hear|"
                           r"heard|hearing) (?:him|her|them|my \w+) (?:coming|"
                           r"stomping|storming) up (?:the )?stairs")),
]

# --- session 22: batches 69 (Newcastle and the Swansea valleys, New Orleans and Nebraska) and
# 70 (four languages), measured with session 20's and 21's pipelines and read afterwards.
RISK_RULES["sh_farewell"] += [
    # Swahili: "kwaherini nyote. msijilaumu, si kosa lenu. nimechoka kuwa mzigo" (goodbye all,
    # don't blame yourselves, it is not your fault, I'm tired of being a burden)
    ("sw_no_blame_s22", (r"kwaheri\w* (?:nyote|wote|kila mtu|marafiki)(?: \w+| ,){0,8} "
                         r"(?:msijilaumu|usijilaumu|si kosa (?:lenu|lako|la mtu)|sio kosa (?:lenu|"
                         r"lako)|nimechoka|mzigo)|(?:msijilaumu|usijilaumu)(?: \w+| ,){0,6} "
                         r"(?:kwaheri\w*|nimechoka|mzigo|nimeamua)")),
    # "this is the last time ye'll hear from us. thanks for tryin pet" (Geordie "us" is "me")
    ("last_time_ye_s22", r"(?:last|final) time (?:yell|ye ll|ye will|yull|yous ll|youse will) "
                         r"(?:\w+ )?(?:hear from|see|talk to) (?:me|us)"),
]
RISK_RULES["sh_plan"] += [
    # Tagalog: "nag-research na ko. bukas pag-uwi ko dadaan na ko sa botika, tapos na lahat"
    ("botika_s22", (r"(?:dadaan|dumaan|pupunta|punta|bibili|bumili|daan) (?:na )?(?:ako|ko) (?:\w+ )?"
                    r"(?:sa )?(?:botika|pharmacy|mercury|watsons|drugstore)(?: \w+| ,){0,6} "
                    r"(?:tapos na (?:ang )?lahat|wala na|paalam|hindi na (?:ako|ko) (?:gigising|"
                    r"babalik|magigising))|(?:nag research|nagresearch|nag search|nagsearch) na "
                    r"(?:ako|ko)(?: \w+| ,){0,10} (?:botika|gamot|tableta|pills)(?: \w+| ,){0,6} "
                    r"tapos na (?:ang )?lahat")),
]
RISK_RULES["sh_ideation"] += [
    # "keep makin sewer slide jokes in the group chat but tbh im not really jokin"
    ("not_joking_s22", (r"(?:sewer ?slide|suicide|kms|unalive|dying|death|killing myself|kill "
                        r"myself) (?:jokes?|memes?|joking)(?: \w+| ,){0,10} (?:(?:im|i m|i am|"
                        r"but|tbh|ngl) )?(?:not (?:really |even |actually |fully |totally )?(?:joking|"
                        r"kidding)|(?:only )?half (?:joking|kidding)|not a joke|not (?:really )?a "
                        r"joke)")),
]
RISK_RULES["sh_act"] += [
    # "I used to hurt myself in year 8 and I can feel it creeping back": the urge is back now,
    # so not past (rules._combine)
    ("urge_back_s22", (r"(?:used to|use to) (?:(?:cut|cutting|burn|burning|hurt|hurting|scratch|"
                       r"scratching|snap|snapping)(?: myself| my \w+)?|self harm|sh|self harming)"
                       r"(?: \w+| ,){0,16} (?:(?:creeping|coming|sneaking|crawling|starting to come) "
                       # session 23: "i used to scratch me arms with a compass … i can feel meself
                       # wanting to again" (not "i never want to again")
                       r"back|(?<!never )(?<!dont )(?<!not )(?:want|wanting|wanna|tempted)(?: to)?"
                       r" again)|"
                       # "the urge to hurt meself is back, been clean 3 months"
                       r"urges? to (?:cut|sh|self harm|hurt (?:myself|meself|mesel|masel)|burn "
                       r"(?:myself|meself)) (?:is|are|s|has come|have come|came) back")),
]
RISK_RULES["sh_hopeless"] += [
    # "im tired of being a burden"; Swahili "nimechoka kuwa mzigo"
    ("burden_tired_s22", (r"(?:tired|sick) of (?:being|bein) (?:a |such a |just a )?burden|"
                          r"(?:nimechoka|nimechoshwa|nimechoka sana) (?:na )?kuwa mzigo|"
                          r"(?:mimi ni|nimekuwa|nimegeuka) mzigo (?:tu )?(?:kwa|kwenu|kwao)")),
]
# Everyday senses: a drama's plot told in Roman Urdu ("kal raat wale drama mein heroine ne zeher
# kha liya"), an Islamiat note on why suicide is forbidden, an ESP lesson on helping a friend
# (Cebuano), a Geordie bus stop with "nee roof" and a hurricane kit with Tylenol in it
_STORY_UR_S22 = (r"(?:drama|serial|episode|film|movie|kahani|novel|show)(?: \w+){0,3} (?:mein|me|"
                 r"main|mai) (?:\w+ )?(?:heroine|hero|villain|character|larki|larka|ladki|ladka|"
                 r"maa|ammi|bahu|saas|behen|bhai)(?: \w+)? ne")
_add_unless({
    "multi_acted_s17": _STORY_UR_S22,
    "multi_means_s17": _STORY_UR_S22,
    "hinglish_s16": r"islamiat|(?:pe|par) (?:note|notes)|essay|assignment|mazmoon|topic|lecture",
    "taglish_s16": (r"(?:topic|lesson|leksyon|module|quiz|klase|class)(?: \w+| ,){0,6} (?:unsaon|"
                    r"paano|pano|how to) (?:\w+ ){0,2}(?:pagtabang|pagtulong|tulungan|tabangan|"
                    r"help\w*)"),
    "means": r"(?:nee|no|nae|without a|without) roof",
})
IDIOMS += [
    # the kit is named in an earlier clause: "mama stocked the hurricane kit: flashlights,
    # batteries, water jugs, and like 4 bottles of tylenol lol"
    ("storm_kit_s22", (r"(?:hurricane|storm|emergency|first aid|survival|earthquake|tornado|"
                       r"typhoon|flood|camping) (?:kit|bag|supplies|box)(?: \w+| ,){0,14} (?:\d+ |"
                       r"a |two |three |some |few |couple )?(?:\w+ )?(?:bottles?|boxes|packs?|"
                       r"packets?) of (?:<PILLS>)")),
]
# _GO after the name of the one told ("jordan go drink some floodwater and die"), not after a
# subject ("i go", "we go", "gonna go")
_GO_NAMED_S22 = (r"(?:^|, )(?:(?!(?:i|we|they|he|she|you|u|ill|id|im|gonna|wanna|to|and|then|"
                 r"lets|let|just|cant|can|will|would|should|might|must|dont)(?![\w#]))\w+ )?"
                 r"(?:(?:just|pls|please|then|now) )*(?:go|gan) (?:and )?")
TOX_RULES["tx_tell_harm"] += [
    # Tagalog "unalive mo na lang sarili mo"; Cebuano "ngano wala pa man ka nagpakamatay?"
    ("tl_unalive_s22", (r"(?:unalive|unaliv|i unalive|saksakin|bigtihin|lasunin) mo (?:na )?(?:lang )?"
                        r"(?:ang |yung )?sarili mo|(?:ngano|nganong|bakit|bat) (?:\w+ )?wala pa "
                        r"(?:man )?(?:ka|mo|kayo) (?:nagpakamatay|namatay|nagsuicide|nag suicide)|"
                        r"(?:magpakamatay|nagpakamatay) (?:na )?(?:lang )?(?:unta )?ka(?![\w#])|"
                        # batch 74: "mag-unalive ka na lang, wala namang maghahanap sayo"
                        r"mag ?unalive ka(?: na)?(?: lang)?(?![\w#])")),
    # "jordan go drink some floodwater and die"; "go jump in a grain bin jessa, do us all a favor"
    ("go_and_die_s22", (_GO_NAMED_S22 + r"(?:drink|eat|jump|crawl|walk|play|lie|lay|roll|swim|choke) "
                        r"(?:\w+ ){0,4}(?:and|n|an) (?:die|drown|rot|choke)(?![\w#])|"
                        + _GO_NAMED_S22 + r"jump (?:in|into) (?:a |the )?(?:\w+ ){0,2}(?:grain bin|silo|volcano|"
                        r"woodchipper|wood chipper|traffic|fire)|" + _GO_NAMED_S22 + r"jump (?:in|into) (?:a |"
                        r"the )?(?:\w+ ){0,2}(?:lake|river|canal|sea|ocean|well|bayou|quarry|broads)(?: \w+|"
                        r" ,){0,4} (?:and (?:drown|die)|do (?:us|every ?one|the world) (?:all )?a "
                        r"favou?r)")),
]
TOX_RULES["tx_threat"] += [
    # "keep chopsing about me and you'll get a slap"; "snitch to coach and i'll drag you behind
    # my truck"; Roman Urdu "teri pics sab ko forward kar dunga" (sextortion)
    ("slap_drag_s22", (r"(?:youll|you ll|you will|u will|ull|yell|ye ll|ye will) get (?:a |such a "
                       r")?(?:slap|smack|punch|battering|kicking|hiding|beating|clip round the ear|"
                       r"kick(?:ing)? in)(?! on the wrist)|(?:ill|i ll|i will|gonna|imma|ima|im "
                       r"gonna|im going to) (?:\w+ )?drag (?:you|u|ya|ye|ur ass|your ass) (?:behind|"
                       r"down|across|through|by)")),
    ("ur_pics_s22", (r"(?:teri|tumhari|tmhari|tmhri|apki|aap ki|tuhadi) (?:\w+ )?(?:pics|pictures|"
                     r"photos|tasveerein|tasveer|videos?|chats?|screenshots?|ss)(?: \w+){0,4} "
                     r"(?:forward|viral|leak|share|bhej|post|daal) (?:kar )?(?:dunga|dungi|doonga|"
                     r"doongi|dun ga|dun gi|karunga|karungi|denge|dengi)")),
]
TOX_RULES["tx_insult"] += [
    # Geordie and Scots "ye" ("hadaway n shite ... ye daft cow", "ye're thick as pig shit")
    ("ye_insult_s22", (r"ye (?:fucking |stupid |daft |dumb |little |wee |fat |ugly |"
                       r"useless |absolute |total |such a |an? |utter )*(?:<INSULT>)|(?:ur|youre|"
                       r"you re|yere|ye re|you are|ye are|yer|u r) (?:as )?thick as (?:pig ?shit|"
                       r"mince|two short planks|a brick|shit|fuck)")),
    # Roman Urdu "tu shakal se hi bheek mangne wala lagta hai", "ali bhikari ki aulad hai"
    ("ur_beggar_s22", (r"(?:bhikari|bhikhari|bhikaari|bheek ?mangne|bheek ?mangay|bhik ?mange)\w* "
                       r"(?:ki aulad|ka bacha|ki nasal|wala lagta|wali lagti|jaisa|jaisi|jesa|jesi)|"
                       r"(?:shakal|shakl|soorat|surat) se (?:hi )?(?:\w+ ){0,2}(?:bhikari|bhikhari|"
                       r"bheek ?mangne wal[ae]|chor|nashai|jahil|ganda|gandi)")),
    # Tagalog "i-screenshot nyo yung post ni Mika tas pagtawanan natin sa gc"; Swahili "kila mtu
    # ajue Juma bado anakojoa kitandani, sambazeni hii picha"
    ("gc_mock_s22", (r"(?:post|pic|picture|video|mukha|itsura) ni \w+(?: \w+| ,){0,6} "
                     r"(?:pagtawanan|pagtripan|ipahiya|i post sa gc)|kila mtu (?:ajue|ajuwe|"
                     r"ajua)(?: \w+| ,){1,10} (?:sambazeni|sambaza|tumeni|share) (?:hii |hizi |"
                     r"hiyo )?(?:picha|video|clip|screenshot|ss)")),
]
TOX_RULES["tx_sexual"] += [
    # "hey hailey nice ass, wear those jeans to fair again"
    ("nice_ass_s22", (r"(?:nice|phat|fat|great|sexy|juicy) (?:ass|arse|tits|boobs|rack|booty)"
                      r"(?! (?:horse|donkey|mule|burger|car|truck|bike|photo|pic|shot|goal|save)"
                      r"(?![\w#]))")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer: "stop moanin, you're not the only one whose dad left"; Roman Urdu "ye bohat
    # hi bewaqoofi wali wajah hai pareshan hone ki"
    ("staff_moan_s22", (r"stop (?:moaning|sulking|whinging|moping)|(?:bewaqoofi|bewakoofi|"
                        r"bewaqoofana|fazool|bakwas|ghatiya|chhoti si|choti si) (?:wali |si )?"
                        r"(?:wajah|baat) (?:hai )?(?:pareshan|rone|udaas|dukhi)")),
]

# Session 22, second part: batches 71 (Belfast and Bristol, Toronto and West Texas) and 72 (four
# languages in eight new towns), written this session and measured with session 21's pipeline
# and this session's first part before they were read.
RISK_RULES["ho_plan"] += [
    # "me n the lads are batterin ryan after school, bats are in the car, 3:30 at the gates";
    # batch 75: "me and two mates are jumping that year 11 after school tomorrow, ive got a
    # knuckle duster"
    ("jump_him_s22", (r"(?:are|were|gonna|going to|finna|gon|will|ll|im|were all) (?:\w+ )?"
                      r"(?:battering|jumping|beating|kicking in|doing in|stabbing|shanking|"
                      r"smashing|rushing) (?:\w+ ){1,3}(?:after school|after class|at lunch|"
                      r"tonight|tomorrow|(?:on )?(?:monday|tuesday|wednesday|thursday|friday))"
                      r"(?: \w+| ,){0,10} (?:bats?|knives|knife|blades?|machete|bars?|poles?|"
                      r"weapons?|bricks?|hammers?|knuckle ?dusters?|brass knuckles|knuckles)")),
]
RISK_RULES["sh_ideation"] += [
    # "ever think about just drifting the truck off 385 late at night... or is that just me"
    ("drive_off_s22", (r"(?:think|thinking|thought) (?:about|bout) (?:just )?(?:driving|drifting|"
                       r"steering|swerving|running|rolling) (?:my |the |our )?(?:truck|"
                       r"car|pickup|bike) (?:off|into|over) (?:the |a )?(?:road|bridge|overpass|"
                       r"\d+|highway|interstate|cliff|tree|wall|river|ditch|embankment|canyon)")),
]
RISK_RULES["sh_plan"] += [
    # Roman Urdu: "rassi chhat wale store me rakh di hai. fail hua to bas" (the rope is put away
    # in the roof store; if I fail, that's it)
    ("rassi_kept_s22", (r"(?:rassi|rassiyan|phanda|phnda|dupatta) (?:\w+ ){0,5}(?:rakh|chupa|chhupa|"
                        r"chupai|chhupai|tayyar|bandh|baandh|laga|taang) (?:di|li|ki|diya|liya|"
                        r"rakhi|kar li|kar di) (?:hai|h|he)(?: \w+| ,){0,10} (?:bas|khatam|phir "
                        r"koi|phir kabhi|aakhri|akhri|alvida)")),
    # Cebuano: "natigom na nako ang mga tambal ni lola sa presyon, 30 ka buok. karong gabii"
    ("tigom_s22", (r"(?:natigom|gitigom|nagtigom|gitipon|natipon) (?:na )?(?:nako|ko) (?:ang )?"
                   r"(?:mga )?(?:tambal|tableta|pills|gamot|paracetamol|biogesic)(?: \w+| ,){0,8}"
                   r" (?:\d+ ka buok|karong gabii|ugma|inig katulog|human)")),
]
RISK_RULES["sh_acted"] += [
    # Cebuano: "nag-inom ko ug daghan nga tambal ni mama ganina, murag nagkalipong na ko karon"
    ("daghan_tambal_s22", (r"(?:nag inom|nag inum|nainom|ni inom|giinom|gi inom|gitulon|"
                           r"nagtulon|nitulon|gilamoy) (?:na )?(?:ko|ako|nako) (?:ug |og |sa |ang )?"
                           r"(?:daghan|tanan|sobra|usa ka banga|usa ka pakete)(?: nga| ka| sa)? "
                           r"(?:\w+ )?(?:tambal|tableta|pills|gamot|paracetamol|biogesic|"
                           r"neozep|tablets)")),
]
_CUT_TWINE_S22 = (r"(?:cut|cutting|open|opening) (?:\w+ ){0,2}(?:twine|string|bales?|boxes|box|"
                  r"tape|zip ties?|feed (?:bags?|sacks?))|whittl\w*")
IDIOMS += [
    # "writing a will for history homework lol, tudor wills, left everything to my dog"
    ("will_homework_s22", (r"(?:writ\w+|draft\w*|mak\w+) (?:a |my |our )?wills? for (?:\w+ )?"
                           r"(?:homework|hw|class|a project|coursework|history|english|law|re)"
                           r"(?: \w+| ,){0,12} (?:left|leave|leaving) (?:everything|all my \w+|my "
                           r"\w+) to (?:my |the )?\w+")),
]
# "bought a rope off amazon for the tree swing at my nans"
_SWING_S22 = r"(?:tree|rope|tire|tyre|garden|porch) swing|for (?:the|a) swing"
_add_unless({"means": _SWING_S22 + "|" + _CUT_TWINE_S22, "means_more2": _SWING_S22})
# "wrote my goodbye message for the yr 12 leavers book, gonna miss yous all x"
_add_unless({name: r"leavers|yearbook|year book|graduation|end of year|prom|signing day"
             for name in ("goodbye_note", "farewell_b3")})
# "coach said if i miss one more practice he'll kill me lmao"
_add_unless({name: (r"if i (?:miss|skip|forget|dont show up (?:to|for))(?: \w+){0,3} (?:practice|"
                    r"training|rehearsal|class|game|drills?|lessons?)")
             for name in ("comes_for_me", "danger_b3")})
_add_unless({
    # "my wee brother keeps hitting me with his lightsaber"
    "perp_hits": (r"with (?:his|her|their|a|the) (?:toy |foam |plastic |nerf )?(?:lightsaber|light "
                  r"saber|pillow|nerf gun|nerf|foam sword|pool noodle|balloon|teddy|plushie|"
                  r"water gun|snowballs?)"),
    # "writing a will for history homework lol, tudor wills, left everything to my dog"
    "leave_behind": (r"(?:history|english|law|business|re|pshe|citizenship|drama) (?:homework|hw|"
                     r"class|project|assignment|lesson|coursework)|tudor|for (?:homework|class|a "
                     r"project|school)"),
    # "that song from choir that goes 'im so tired of being here' is stuck in my head all day"
    "tired_being": r"stuck in my head",
    # "brought my pocket knife out to the barn to cut the twine off the bales" (the job named,
    # not the barn: a rope in the barn is a means)
    "weapon_generic": _CUT_TWINE_S22,
    # "in the film the wee lad says 'i dont want to live anymore' and i was bawling"
    "dont_want_live": (r"(?:film|movie|show|episode|book|play|series|musical)(?: \w+){0,4} (?:says|"
                       r"said|goes)|(?:song|track|tune)(?: \w+){0,3} (?:with|called)|"
                       r"stuck in my head"),
    # Tagalog: "gusto ko na lang maglaho pag tinatanong ng mga tita ko kung may jowa na ko"
    "tagalog2_s17": (r"(?:tinatanong|nagtatanong|tatanungin|tanong)(?: \w+){0,4} (?:tita|tito|"
                     r"lola|kamag anak|relatives)|kung may jowa"),
    # the sports team's bench: "the raps got me cheesed this season ahlie, bench is trash"
    "name_is_noun": (r"(?:bench|bullpen|defen[cs]e|offen[cs]e|lineup|roster|refs|refereeing|"
                     r"pitching|coaching|backcourt|frontcourt) (?:is|are|was|were) (?:\w+ )?"
                     r"(?:trash|garbage|ass|mid|shit|dogshit|bad|cheeks)"),
    # Cebuano "atay ka dako sa assignment": "atay" as an exclamation before an adjective
    "multi_insult2_s17": (r"atay (?:ka|kaayo) (?:dako|lisod|taas|init|bugnaw|gutom|kapoy|layo|"
                          r"mahal|nindot|grabe|daghan|lami|dugay)"),
})
TOX_RULES["tx_tell_harm"] += [
    # "ur ugly ass should just unalive fr"
    ("should_unalive_s22", (r"(?:ur|your|you|u|ya) (?:\w+ ){0,3}(?:should|shud|shld|needs? to|gotta) "
                            r"(?:just |go |prolly |probably )?(?:unalive|ctb|kys|sewer ?slide)"
                            r"(?! (?:me|myself))")),
    # "go ctb already and do everyone a favor"
    ("go_ctb_s22", (_GO_NAMED_S22 + r"(?:ctb|kys|unalive (?:yourself|urself)|unalive|sewer ?slide)"
                    r"(?: (?:already|now|pls|please|today|lol|asap))*(?:$| ,| and| n)")),
]
THIRD_PARTY += [
    # Swahili: "rafiki yangu amesema 'sitakuwepo kwa birthday yangu' halafu akanyamaza" (my friend
    # said "I won't be here for my birthday" and went quiet)
    ("sw_friend_gone_s22", (r"(?:rafiki|dada|kaka|binamu) (?:yangu|wangu) (?:\w+ ){0,3}(?:amesema|"
                            r"alisema|ameniambia|aliniambia|ameandika|aliandika|amepost\w*) "
                            r"(?:\w+ ){0,2}(?:sitakuwepo|sitakuwa hapa|sitaonekana tena|nitaondoka "
                            r"milele|kwaherini|nataka kufa|nitajiua)")),
]
TOX_RULES["tx_attack"] += [
    # "everyone knows u got no friends"
    ("no_friends_s22", r"(?:every ?one|everybody|all of us) knows (?:u|you|ya) (?:got|have|has) no "
                       r"(?:friends|mates|life)"),
]
TOX_RULES["tx_insult"] += [
    # "nice spots pizza face"; "dead thick u are"; "yo marcus ur a bucktee"
    ("face_thick_s22", (r"(?:pizza|crater|spotty|zit) ?face|(?:dead|proper|so|well|pure) thick "
                        r"(?:u|you|ye|ya) (?:are|r)|(?:ur|youre|you re|you are|u r|u a|you a|hes|"
                        r"he s|shes|she s|is) (?:a |an |such a |big |dumb )?(?:bucktee|wasteman|"
                        r"waste man|waste yute|dryhead|eediot|eediat)(?![\w#])")),
    # Roman Urdu "tujh jaisi moti ko dost kaun banayega"
    ("tujh_jaisi_s22", (r"(?:tujh|tum|tjh|tm) (?:jaisi|jaisa|jesi|jesa|jaise|jese) (?:\w+ )?(?:moti|"
                        r"mota|kali|kala|gandi|ganda|pagal|bhikari|chuhi|chuha|bhains|haathi|"
                        r"hathi|kutti|kutta|chudail)")),
]
TOX_RULES["tx_sexual"] += [
    # Swahili "Amina tuma picha ukiwa na bra" (send a picture in your bra)
    ("tuma_picha_s22", (r"(?:tuma|nitumie|nitumiye|tumia) (?:\w+ )?(?:picha|pic|pics|video|nudes?)"
                        r"(?: \w+){0,3} (?:ukiwa na (?:bra|chupi|kufuli)|uchi|bila nguo|ukiwa "
                        r"uchi|ya mwili)")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer: "bro its one football game, quit crying like a baby"; Roman Urdu "har roz wohi
    # rona, sach me pakka diya hai tumne"; Swahili "kua mkubwa sasa ... unachosha"
    ("staff_quit_s22", (r"(?:quit|stop) (?:crying|whining|whinging|complaining|moaning|sulking|"
                        r"moping) like a (?:baby|child|little kid|toddler|girl)|quit (?:crying|"
                        r"whining|whinging|complaining|moaning|sulking|moping)|(?:har roz|roz roz|"
                        r"rozana) (?:wohi|wahi|yehi|yahi) rona|pakka (?:diya|dia) (?:hai )?tumne|"
                        r"(?:kua|kuwa) mkubwa sasa|unachosha|umenichosha")),
]

# Session 22, third part: batches 73 (Dublin and Birmingham, Atlanta and rural Alaska) and 74
# (four languages in eight more towns), written this session and measured with session 21's
# pipeline and this session's first two parts before they were read.
RISK_RULES["ho_plan"] += [
    # "finna pull up on tre house tonight with my brother strap, he disrespected my mama for
    # the last time"
    ("pull_up_strap_s22", (r"(?:pull|pullin|pulling|slide|sliding|spin|spinning) up on (?:\w+ ){1,2}"
                           r"(?:house|crib|spot|block|school|job)?(?: \w+| ,){0,6} (?:with|wit|w) "
                           r"(?:my |his |the |a |our )?(?:\w+ )?(?:strap|blick|glizzy|gun|pole|"
                           r"stick|heat|piece|burner|choppa|chopper|9)(?![\w#])")),
]
RISK_RULES["sh_farewell"] += [
    # Roman Urdu: "meri wajah se bohot takleef hui. ammi ka khayal rakhna. allah hafiz hamesha k
    # liye" (I caused so much trouble; look after mum; goodbye forever)
    ("hafiz_hamesha_s22", (r"(?:allah hafiz|khuda hafiz|alvida|bye) (?:sab ko |sabko |sab )?"
                           r"(?:hamesha|humesha) (?:k|ke|kay|ky) (?:liye|liay|lye|lie)|meri wajah "
                           r"se (?:\w+ ){0,3}(?:takleef|taklif|pareshani|dukh)(?: \w+| ,){0,10} "
                           r"(?:khayal rakhna|khyal rakhna|allah hafiz|khuda hafiz|alvida)")),
    # Swahili: "nimemwachia rafiki yangu daftari zangu na jezi yangu, nimemwambia azitunze
    # nikiondoka" (I left my friend my books and jersey, told him to keep them when I go)
    ("azitunze_s22", (r"(?:azitunze|aitunze|zitunze|wazitunze|uzitunze|uitunze) (?:\w+ )?"
                      r"(?:nikiondoka|nikifa|nikishaondoka|sitakapokuwepo|nikiwa sipo|nikienda "
                      r"milele)")),
]
RISK_RULES["sh_plan"] += [
    # Tagalog: "nasa pantalan ako sa balanacan, mag-isa. sa dagat na lang ako matutulog ngayong
    # gabi" (I'll just sleep in the sea tonight); Cebuano "sa dagat na lang ko matulog"
    ("dagat_tulog_s22", (r"sa (?:dagat|ilog|suba|tubig) na (?:lang |lng |lamang )?(?:ako|ko) "
                         r"(?:matutulog|matulog|magpapahinga|titira|mohigda|magpahulay)")),
]
RISK_RULES["ab_ongoing"] += [
    # sextortion told: "my brother's 19 yr old friend keeps making me send pics and says he'll
    # show everybody if i stop" (stage 1 withheld it as "send pics" until the cascade released it)
    ("sextortion_s22", (r"(?:making|forcing|pressuring|makes|forces|made|forced|pressured) me "
                        r"(?:to )?send (?:\w+ ){0,2}(?:pics|nudes|photos|pictures|videos|vids)|"
                        r"(?:hell|he will|shell|she will|theyll|they will|he ll|she ll|gonna|going "
                        r"to) (?:show|send|post|share|leak) (?:\w+ ){0,3}(?:every ?one|everybody|"
                        r"my (?:parents|mum|mom|dad|friends|school)|the (?:whole )?school|online)"
                        r"(?: \w+){0,3} if i (?:stop|dont|say no|tell|block)")),
]
RISK_RULES["ab_danger"] += [
    # Swahili: "bibi anasema likizo hii nitapelekwa kijijini kukeketwa" (I'll be taken to the
    # village to be cut); FGM planned for the student
    ("fgm_s22", (r"(?:nitapelekwa|watanipeleka|wanataka|wananipeleka|nipelekwe|wanipeleke)"
                 r"(?: \w+){0,4} (?:kukeketwa|nikeketwe|kutahiriwa)|nitakeketwa|"
                 r"(?:want|wants|going|gonna|planning) to (?:get me cut|have me cut|cut me down "
                 r"there)|(?:fgm|female circumcision)(?: \w+){0,4} (?:me|my)|(?:me|my) (?:\w+ ){0,4}"
                 r"(?:fgm|female circumcision)")),
]
IDIOMS += [
    # "i won't be here next week yall, going to my grandma's in savannah for spring break"
    ("away_trip_s22", (r"(?:wont|will not|not gonna|not going to) be (?:here|around|on) (?:next "
                       r"week|this weekend|next weekend|tomorrow|(?:on )?(?:monday|tuesday|"
                       r"wednesday|thursday|friday|saturday|sunday))(?: \w+| ,){0,8} (?:going "
                       r"to|visiting|for|at) (?:my )?(?:\w+ )?(?:grandmas?|grandpas?|nanas?|"
                       r"aunts?|aunties|cousins?|spring break|vacation|holiday|trip|camp|"
                       r"tournament|the lake|the beach)")),
    # Tagalog / Cebuano homework finished "tonight": "tatapusin ko na lahat ngayong gabi,
    # research paper, modules, lahat na"; "tapuson na nako ni tanan karong gabii... ang 3 ka
    # module sa AP"
    ("tapusin_homework_s22", (r"(?:tatapusin|tapusin|tapuson|tapuson na nako) (?:ko )?(?:na )?"
                              r"(?:ang |ni |nang )?(?:lahat|tanan)(?: \w+| ,){0,6} (?:research "
                              r"paper|modules?|assignments?|requirements|homework|reviewer|"
                              r"project|plates|activities|output|portfolio)")),
    # "history hw is writing a soldiers last letter home from the somme"
    ("soldier_letter_s22", (r"(?:soldiers?|somme|trenches|ww1|ww2|world war (?:one|two|1|2)|"
                            r"veterans?)(?: \w+){0,3} (?:last |final |farewell )?(?:letters?|"
                            r"notes?) (?:home|to)|(?:last |final |farewell )(?:letters?|notes?) "
                            r"(?:home )?from (?:the )?(?:somme|trenches|front|war)")),
]
_LOGGING_OFF_S22 = r"logging off|log off|signing off|going offline"
_add_unless({
    # "got my own harness n rope for the climbing wall"
    "means": r"climbing (?:wall|gym|club|class|trip|centre|center)|bouldering|abseil\w*|belay\w*",
    # "im gonna end it with jake tomorrow, he's just not it anymore" (a breakup)
    "ending_it": (r"end it with (?!(?:myself|me|my|a|an|the|this|these|that|those|them|it|some|"
                  r"everything|all|pills|rope|one|him|her)(?![\w#]))\w+"),
    # "ok goodbye everybody logging off for real this time, exam tmrw": its "for real this time"
    # is about the logging off
    "goodbye_all": _LOGGING_OFF_S22 + r"|off to (?:bed|sleep)",
    "intent_strong": _LOGGING_OFF_S22,
    "intent": _LOGGING_OFF_S22,
    # "my lil brother keep hitting me with his nerf gun" (the toy gun already masked as an idiom)
    "perp_hits": r"with (?:his|her|their|a|the|my) #+(?: #+)?",
    # "nadapa ako sa harap ng crush ko sa canteen, gusto ko na lang maglaho sa mundo"
    "tagalog2_s17": r"nadapa|napahiya|nakakahiya|hiyang hiya|sa harap ng crush",
})
# "mamatay na ko sa PE, suicides daw tawag ni coach sa running drill" (the sprints named)
_add_unless({"sewer_slide": r"suicides (?:daw|ang|yung) (?:\w+ ){0,4}(?:drill|takbo|running|sprints?)"})
TOX_EXEMPT += [
    # a volunteer's offer to talk it through: "gusto mo pag-usapan natin paano kakausapin
    # groupmates mo?" (the n-gram score withheld it)
    ("tl_talk_offer_s22", r"gusto mo (?:ba |bang )?(?:pag usapan|pagusapan|mag usap) (?:natin|tayo)"),
]
TOX_RULES["tx_attack"] += [
    # "stop crying ya babby, no wonder ur dad left"; "deadass you the reason ya daddy left";
    # "your mom's a drunk and you're gonna end up just like her"
    ("dad_left_s22", (r"no wonder (?:ur|your|yo|ya|yer) (?:dad|daddy|da|mum|mom|mam|mama|ma|"
                      r"parents) (?:left|walked out|doesnt want|dont want)|(?:you|u|ya|youre|ur|"
                      r"you re) (?:\w+ )?(?:the )?reason (?:ur|your|yo|ya|yer) (?:dad|daddy|da|"
                      r"mum|mom|mam|mama|parents) (?:left|walked out|drinks|hates)|(?:ur|your|yo|"
                      r"yer) (?:mom|mum|mam|ma|mama|dad|da|daddy)s? (?:is )?(?:a |such a )?"
                      r"(?:drunk|crackhead|junkie|alcoholic|whore|slag|deadbeat)(?: and (?:youre|"
                      r"ur|you re|you are|u r) (?:gonna|going to|gon) end up (?:just )?like "
                      r"(?:her|him|them))?")),
    # "kyle cried in pe again, gay boy" (the taunt said at the end)
    ("gay_boy_s22", r"(?:^|, )(?:\w+ )?gay ?boy(?: emoji\w+| lol| lmao)*$"),
    # "what a yampy div"
    ("what_a_s22", r"what an? (?:\w+ )?(?:div|knob|melt|bellend|twat|weirdo|muppet|mong|"
                   r"spanner|plank|wallad|eejit|gobshite|sap)(?! i am| im| i was| i m| is| means| mean| does)"),
]
TOX_RULES["tx_threat"] += [
    # "talk to me like that again and ill break ur face, ur dead at half 3"; "text me again and
    # i'll leak your nudes"; Swahili "nitakuvunja miguu", "tutakukamata mtaani ..., hesabu siku
    # zako"; Tagalog "i-po-post ko screenshot ng chats mo sa gc"
    ("break_face_s22", (r"(?:ill|i ll|i will|gonna|imma|ima|im gonna|we ll|well) (?:\w+ )?"
                        r"(?:break|smash|bust|cave|kick) (?:ur|your|yo|ya|yer) (?:\w+ )?(?:face|"
                        r"head|legs?|nose|jaw|teeth|skull)|(?:ur|youre|you re|you are) dead (?:at "
                        r"(?:half )?\d+|after school|at lunch|at home time)")),
    ("leak_s22", (r"(?:ill|i ll|i will|gonna|imma|ima|im gonna) (?:\w+ )?(?:leak|post|send|share|"
                  r"expose|spread) (?:ur|your|yo|ya) (?:nudes|pics|pictures|photos|chats|dms|"
                  r"screenshots|texts|messages)|(?:i post|i po post|ipopost|ipapost|ipo post|"
                  r"i share|ishashare|i sesend) ko (?:ang |yung )?(?:screenshot|ss|chats?|convo|"
                  r"pics?|picture|nudes)(?: \w+){0,4} (?:sa gc|sa group|sa fb|sa buong)")),
    ("sw_threat_s22", (r"nitakuvunja (?:\w+ )?(?:miguu|mguu|mkono|mikono|kichwa|meno|shingo|"
                       r"mbavu)|hesabu siku zako|tukufundishe adabu|tutakukamata")),
]
TOX_RULES["tx_sexual"] += [
    # "send us a pic in ur uniform 😏"; Cebuano "pila man ka per gabii?", "barato ra daw ka";
    # Swahili "mrembo nikupe elfu kumi tukutane gesti?"
    ("pic_sexual_s22", (r"send (?:us|me) (?:a |some )?(?:pic|pics|photo|photos|picture|snap|vid|"
                        r"video)s?(?: \w+){0,4} emojisexual|(?:pic|pics|photo|photos|picture|"
                        r"snap) (?:of (?:you|u) )?in (?:ur|your) (?:bra|undies|underwear|bikini|"
                        r"towel|knickers|boxers)|pila (?:man )?ka (?:per|kada|isa ka) (?:gabii|"
                        r"gabi|night)|barato ra (?:daw )?ka|tukutane (?:gesti|lodge|guest ?house)|"
                        r"nikupe (?:elfu|pesa|\d+)(?: \w+){0,3} (?:gesti|lodge|tulale)")),
]

# Session 22, fourth part: batches 75 (Manchester and Norfolk, Chicago and rural Montana) and 76
# (four languages in eight more towns), written last and measured with session 21's pipeline
# and with this session's (the same figures with both) before they were read.
RISK_RULES["sh_plan"] += [
    # "sat by the level crossing waiting for the next train"
    ("level_crossing_s22", (r"(?:sat|sitting|standing|waiting|stood|lying|laying) (?:\w+ ){0,3}(?:by|"
                            r"at|near|on) (?:the )?(?:level crossing|railway crossing|train tracks|"
                            r"railway tracks|tracks|railway line|rail line|platform edge)(?: \w+| ,)"
                            r"{0,4} (?:waiting |wait )?for (?:the )?(?:next |last )?train(?! to "
                            r"(?:pass|go|come))")),
    # "planned it for my birthday, feels fitting. 2 weeks"
    ("birthday_fitting_s22", (r"(?:planned|plan|set|picked) (?:it|the date|a date|the day) for (?:my )?"
                              r"(?:birthday|bday|b day)(?: \w+| ,){0,4} (?:feels fitting|fitting|"
                              r"seems right|only right|makes sense|poetic|full circle)")),
]
RISK_RULES["sh_act"] += [
    # Cebuano: "ginakiskis nako akong bukton hangtod magdugo kada stress ko sa exam"
    ("kiskis_s22", (r"(?:ginakiskis|gikiskis|ginakalot|gikalot|kinakamot|kinamot|ginakamot|"
                    r"kinakalmot|kinalmot) (?:nako |ko |ako )?(?:akong |ang |yung |aking )?(?:bukton|"
                    r"braso|kamot|paa|tiil|hita|pulso)(?: \w+){0,2} (?:hangtod|hanggang|until) "
                    r"(?:mag ?dugo|magdugo|dumugo|dumudugo|bleed\w*)")),
]
RISK_RULES["ho_plan"] += [
    # Chicago: "foenem got the car, we finna slide on the opps after school on 71st"
    ("slide_opps_s22", (r"(?:slide|sliding|spin|spinning|pull up|pulling up|spin the "
                        r"block) on (?:the |them |dem |those |some )?(?:opps|opp|ops|op block)")),
]
RISK_RULES["ab_ongoing"] += [
    # online sexual exploitation, Cebuano and Tagalog: "gipugos ko ni tita mag-video call sa mga
    # foreigner, gibayran siya"
    ("osec_s22", (r"(?:gipugos|gipugsan|gipilit|pinilit|pinipilit|ginapugos|pinapilit|gipabuhat|"
                  r"pinapagawa|makes me|made me|forces me|forced me) (?:ko |ako |me )?(?:\w+ ){0,3}"
                  r"(?:mag ?video ?call|video ?call|vc|mag ?show|show|live) (?:sa |sa mga |with |"
                  r"to |for )?(?:\w+ )?(?:foreigners?|kano|afam|customers?|strangers|men|old men|"
                  r"guys online)")),
]
RISK_RULES["ab_grooming"] += [
    # Cebuano: "ang coach namo ... nag-chat nga 'ayaw sulti sa imong parents' unya gi-invite ko
    # sa iyang boarding house"
    ("ayaw_sulti_s22", (r"(?:coach|teacher|sir|maam|ma am|tito|kuya|pastor|adviser|tutor)(?: \w+| ,)"
                        r"{0,10} (?:ayaw|wag|huwag|dont) (?:sulti|sabihin|isulti|ipaalam|tell)(?: "
                        r"\w+){0,2} (?:sa )?(?:imong |iyong |yong |mong |your |ur )?(?:parents|"
                        r"ginikanan|mama|papa|magulang|mom|mum|dad)|"
                        # session 23 (batch 82): an invitation to his place, and "don't tell":
                        # "gi invite ko sa iyang boarding house ugma, ayaw daw isulti sa uban"
                        r"(?:gi ?invite|gidapit|inimbita|inaya|invited) (?:ko|ako|me) (?:\w+ ){0,2}"
                        r"(?:sa |to )?(?:iyang|kanyang|niyang|his) (?:board(?:ing|in) house|balay|bahay|"
                        r"kwarto|apartment|condo|bed ?space|place|room)(?: \w+| ,){0,6} (?:ayaw|"
                        r"wag|huwag|dont|not to) (?:daw |kuno |raw )?(?:sulti|sabihin|isulti|"
                        r"ipaalam|tell)")),
]
_add_unless({
    # "nicked my knee shaving with a new razor lol theres blood everywhere over a tiny cut"
    **{name: r"shaving|shaved|tiny cut|small cut|paper cut|nicked my (?:knee|leg|chin|finger)"
       for name in ("acted_more", "bleeding")},
    # "we sat by the level crossing waiting for the train to pass so we could get to school"
    "on_ledge": r"(?:train|express) to (?:pass|go by|go past|clear)|so (?:we|i) (?:could|can) cross",
    # Swahili "siwezi tena hii baridi ya kericho" (I can't take this cold any more)
    "cant_cope_s17": r"baridi|joto|jua kali|mvua|foleni|njaa|kabusog|busog|lechon|init kaayo",
})
TOX_EXEMPT += [
    # a Norfolk dyke is a ditch: "putting a rope swing up over the dyke at the back of the farm"
    ("norfolk_dyke_s22", (r"(?:over|across|in|into|by|along|near|behind|down|off) the dykes?|"
                          r"dykes? (?:at|by|behind|near|along) the|drainage dykes?")),
]
TOX_RULES["tx_attack"] += [
    # "jess is a proper slag, everyone knows what she did at the party"
    ("proper_slag_s22", (r"(?:is|s|shes|she s|ur|youre|you re|you are) (?:such a |a proper |a total |"
                         r"a right |a dirty |a massive )(?:slag|slut|whore|skank|slapper)")),
    # "ur an absolute melt mate, dead loss"; "lol ur dads a smackhead and ur gonna end up the same"
    ("melt_s22", (r"(?:ur|youre|you re|you are|u r) (?:an? )?(?:absolute |total |proper |actual )"
                  r"(?:melt|weapon|wrong un|dead loss|bellend)|(?:ur|your|yo|yer) (?:mom|mum|mam|"
                  r"ma|mama|dad|da|daddy)s? (?:is )?(?:a |such a )?(?:smackhead|smack head|"
                  r"crackhead|junkie|druggie|alkie)")),
    # Tagalog "ikalat natin yung pic ni aira na naka-towel"; Swahili "we mkikuyu mwizi"
    ("ikalat_s22", (r"(?:ikalat|ipakalat|ishare|i share|ipost|i post) (?:natin|nyo|ninyo) (?:yung |"
                    r"ang )?(?:pic|picture|video|litrato|vid) ni \w+|(?:mkikuyu|mjaluo|mluo|mkamba|"
                    r"mluhya|mkisii|mmaasai|mchaga) (?:\w+ )?(?:mwizi|wezi|mjinga|wajinga|takataka|"
                    r"mchafu)")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer: "nobody's got time for your whinging every night"
    ("no_time_s22", (r"(?:nobodys|nobody s|nobody has|no ones|no one has|no one s) (?:got )?time for "
                     r"(?:your|ur) (?:whinging|whining|moaning|crying|drama|sob stor(?:y|ies))")),
]

# --- session 23: fresh batches 77 (Hull and Plymouth, Detroit and rural Georgia; Brisbane and
# Auckland, Philadelphia and rural Maine) and 78 (four languages in sixteen new towns), each
# measured with session 22's pipeline and the retrained one before they were read. Forms, not
# single sentences: a Swahili stab verb in any person with a weapon beside it, a pesticide
# named in Urdu, a Cebuano child locked in; medicine "for" an illness in Swahili.
# "nabeba kisu shule, lazima nimdunge kevin"; "kisu … nitawachoma"; a knife carried to school
_SW_STAB_S23 = r"(?:nita|nime|niki|nika|ni|tuta|tu)(?:m|mu|wa)(?:dung|chom)(?:a|e)(?![\w#])"
_W_SW_S23 = f"(?:{_W_S17}|{_W2_S17})"
RISK_RULES["ho_plan"] += [
    ("sw_stab_s23", (_W_SW_S23 + r" (?:\w+ |, ){0,6}" + _SW_STAB_S23 + "|" + _SW_STAB_S23
                     + r" (?:\w+ ){0,3}(?:kwa )?" + _W_SW_S23 + r"|(?:nabeba|ninabeba|nitabeba|"
                     r"nimebeba|nitaleta|naleta|nitakuja na) (?:\w+ )?(?:kisu|panga|bisibisi|"
                     r"bunduki|pistol) (?:\w+ ){0,2}(?:shule|shuleni|darasani|class)")),
]
# Cebuano "gisirado ko ni tita sa kwarto walay kaon sukad gahapon" (the passive "ko ni …" /
# "ko sa kwarto": "gisirado nako ang pultahan" is closing a door)
RISK_RULES["ab_neglect"] += [
    ("ceb_locked_s23", (r"(?:gisirado|gisirhan|gi lock|gilock|gikandado|gipadayon) (?:ko|ako) "
                        r"(?:ni \w+ |sa akong \w+ )?(?:sa|diri sa) (?:\w+ )?(?:kwarto|banyo|"
                        r"cr|bodega|kusina)|(?:gisirado|gi lock|gilock|gikandado) (?:ko|ako) ni "
                        r"(?:\w+ ){1,3}(?:walay|wala) (?:\w+ )?kaon")),
]
# Roman Urdu self-harm urges: "khud ko zakhmi karne ka dil", "phir se baazu pe lakeerein
# banane ka dil kar raha" (an urge back now, like urge_back_b10)
RISK_RULES["sh_act"] += [
    ("ur_urge_s23", (r"khud ko (?:\w+ )?(?:zakhmi|zakhm|nuqsan|nuksan|nuqsaan|hurt|cut|kaatne|"
                     r"katne|takleef) (?:\w+ )?(?:karne|dene|pohnchane|pahunchane|lagane) ka "
                     r"(?:dil|mann|man)|(?:phir se|phirse|dobara) (?:\w+ ){0,3}(?:cut|cutting|"
                     r"lakeerein|lakeeren|lakiren|zakhm|zakhmi|blade) (?:\w+ ){0,2}(?:karne|"
                     r"banane|lagane|marne|chalane) ka (?:\w+ )?(?:dil|mann|man)|(?:baazu|bazu|bazoo|"
                     r"kalai|wrist|arm) (?:pe|par|pay) (?:\w+ ){0,2}(?:lakeerein|lakeeren|lakiren|"
                     r"zakhm|cut|cuts) (?:\w+ ){0,2}(?:karne|banane|lagane) ka (?:\w+ )?(?:dil|mann|man)")),
]
# Swahili medicine for an illness ("nimekunywa dawa za allergy asubuhi", "nimemeza vidonge vya
# mafua"), unless an amount is said ("… vyote", "nyingi", "20"); "vidonge vyote vya malaria"
# does not read as the illness's medicine at all
_add_unless({
    # a pesticide sprayed on a field or a kitchen ("abbu ke saath khet pe keeray maar dawai ka
    # spray kiya", "tumepiga dawa ya wadudu shambani", "gi-spray ni mama og baygon")
    "multi_means_s17": (r"spray (?:kiya|ki|kia|kar\w*|kr\w*|kiye|krna|karna)|(?:gi|nag|ni) spray|"
                        r"sprayed|spraying|(?:piga|tumepiga|amepiga|kupiga|tulipiga) dawa|"
                        r"\w*nyunyiz\w*|\w*nyunyize|\w*pulizia|\w*pulizie|nimwagie"),
    "multi_acted_s16": (r"(?:dawa|vidonge|tembe|pills) (?:za|ya|vya|cha|la) (?:\w+ )?(?:allergy|"
                        r"allergies|mzio|mafua|homa|kichwa|tumbo|malaria|kikohozi|maumivu|hedhi|"
                        r"pumu|flu|kisukari|presha|minyoo|meno|jino|vidonda|koo|macho|chunusi)"
                        r"(?![\w#])(?!.*(?:zote|vyote|yote|nyingi|mingi|kumi|ishirini|\d))"),
})

# Batches 79-82, read after they were measured with session 22's pipeline and the shipped one:
# a jump or a drowning with the dark as its time (Cebuano "mag ambak ko sa dagat inig
# kangitngit"; Swahili "nasubiri giza niingie baharini"; Tagalog "tatalon ako sa tulay"); a
# Cebuano overdose under way; an Urdu tutor asking for photos alone
RISK_RULES["sh_plan"] += [
    ("jump_sea_s23", (r"(?:mo|mag|maga|muy|manga)? ?ambak (?:na )?(?:ko|ako) (?:\w+ )?(?:sa|gikan "
                      r"sa) (?:\w+ )?(?:dagat|suba|taytayan|tulay|building|pantalan|bangin|"
                      r"pangpang)(?: \w+){0,3} (?:inig|karong|karon|unya) (?:kangitngit|gabii|"
                      r"gabie)|tatalon (?:na )?(?:ako|ko) (?:sa|mula sa) (?:\w+ )?(?:tulay|ilog|"
                      r"dagat|building|rooftop|bangin|riles)|(?:nitajitosa|nijitose|nitajitupa|"
                      r"nijitupe|nitajirusha|nijirushe) (?:\w+ )?(?:baharini|mtoni|ziwani|majini)|"
                      r"(?:nasubiri|nangoja|ninasubiri|nasubiria) (?:\w+ )?(?:giza|usiku) (?:\w+ )"
                      r"{0,2}(?:niingie|nizame|nijitose|nijitupe) (?:\w+ )?(?:baharini|mtoni|"
                      r"ziwani|majini)")),
]
RISK_RULES["sh_acted"] += [
    # "nagsugod na ko pag inom sa mga tambal ni mama, daghan na kaayo"
    ("ceb_od_s23", (r"(?:nagsugod|gisugdan|nisugod) (?:na )?(?:ko|ako|nako) (?:\w+ )?(?:pag ?inom|"
                    r"pag imnon|og inom|ug inom|mag inom) (?:\w+ ){0,3}(?:tambal|tableta|pills|"
                    r"biogesic|paracetamol)(?: \w+| ,){0,6} (?:daghan|tanan|usa ka banig)|(?:giinom|"
                    r"nainom|gi inom|ni inom|nag inom|naka inom) (?:na )?(?:nako|ko|ako) (?:ang |og "
                    r"|ug )?(?:tanan|daghan|daghang|usa ka banig) (?:\w+ ){0,2}(?:tambal|tableta|"
                    r"pills|biogesic|paracetamol)")),
]
RISK_RULES["ab_grooming"] += [
    # "tuition wale sir mujhe akela bula kar photos mangte hain, kehte hain warna fail kar dunga"
    # (told of someone, "mangte hain": "ek pic hi to maangi hai … warna" is the harasser's own)
    ("ur_photos_s23", (r"(?:akela|akeli|akele) (?:\w+ ){0,3}(?:photos|pics|pic|tasveer\w*) (?:\w+ )?"
                       r"(?:mang|maang)(?:te|ta|ti|tay)(?![\w#])|(?:photos|pics|pic|tasveer\w*) "
                       r"(?:\w+ ){0,2}(?:mang|maang)(?:te|ta|ti|tay) (?:\w+ |, ){0,5}warna")),
]
# "giving away my old snowboard bc i grew like 4 inches", "… if anyone wants em, just dm";
# "overdose on revision"
_add_unless({
    "give_away": (r"grew (?:like |about |nearly )?(?:\d+|a|an|two|three|four|five|six) (?:inches|"
                  r"inch|cm|sizes?|foot|feet)|growth spurt|just dm|dm me|hmu|first come"),
})

# --- session 24: fresh batches 83 (Sunderland and Blackpool, Milwaukee and rural Kansas; Perth
# and Wellington, Cleveland and rural West Virginia: 85) and 84, 86 (four languages in eight
# new towns), each measured with session 23's pipeline before it was read. Forms, not single
# sentences.
RISK_RULES["sh_acted"] += [
    # Cebuano swallowing a whole strip of pills ("nakatulon na ko sa tibuok banig", "nainom na
    # nako ang tibuok banig sa tambal") or having started on the pills ("gisugdan na nako og
    # tulon ang mga pills"); "tibuok/buong/isang banig" is a whole blister strip
    ("ceb_swallow_s24", (r"(?:nakatulon|natulon|gitulon|nitulon|nagtulon|naka tulon|nainom|giinom|"
                         r"nakainom|naka inom|ininom|nilunok|nalunok) (?:na )?(?:ko|ako|nako)? ?"
                         r"(?:\w+ )?(?:ang |og |ug |sa |yung |ang mga )?(?:tibuok|buong|"
                         r"isang|usa ka|tanan nga) banig|(?:gisugdan|nagsugod|nisugod|sinimulan) "
                         r"(?:na )?(?:nako|ko|ako) (?:og |ug |pag |na )?(?:tulon|lunok|inom) (?:ang "
                         r"mga|tanan|lahat ng|yung mga) (?:pills|tambal|tableta|gamot)")),
]
RISK_RULES["sh_farewell"] += [
    # Swahili "mkisoma hii nimeenda. msinililie" (when you read this I am gone; don't cry for
    # me), "nimeshaandika barua ya kwaheri" (a goodbye letter of one's own: not one to a
    # teacher who is leaving); Urdu "kal se main nahi hun ga" (from tomorrow I will not be);
    # Cebuano giving one's things away with a goodbye ("gihatag na nako akong cellphone … babay")
    ("sw_farewell_s24", (r"(?:mkisoma|ukisoma|mtakaposoma|utakaposoma|mkiona|ukiona) (?:hii|haya|"
                         r"huu|ujumbe huu|ujumbe) (?:\w+ ){0,3}(?:nimeenda|nimeondoka|sipo|"
                         r"sitakuwepo|nimeshaenda|nitakuwa nimeenda)|msinililie|(?:nimeandika|"
                         r"nimeshaandika|nishaandika|ninaandika|naandika|nimeacha) barua (?:yangu )?"
                         r"ya kwaheri")),
    # "this is me sayin ta-ra to yous all" (not "… goodbye to summer")
    ("tara_s24", (r"this is me saying (?:goodbye|bye|ta ra|tara|ta ta|my goodbyes)(?! to "
                  r"(?!(?:you|u|yous|yall|ye|everyone|every1|everybody|all)(?![\w#])))")),
    ("ur_bye_s24", (r"(?:kal se|kal ke baad|aaj ke baad|kal subah tak|subah tak|kal tak) (?:main|mai|"
                    r"me|mein) nahi? (?:hun|hoon|hu|hunga|hoonga|hungi|hongi|hoongi|hu ga|hun ga|"
                    r"hoon ga|hu gi|hun gi|hoon gi|rahunga|rahungi|rahun ga|rahun gi)(?! (?:\w+ )?"
                    r"(?:group|class|ghar|school|college|office|shehar|city|lahore|karachi|"
                    r"islamabad|online|available))")),
    # Cebuano at the edge of a mine or a cliff with no turning back ("ania ko karon sa ngilit
    # sa mina, tan-aw ko sa ubos. wala nay balikay")
    ("ceb_edge_s24", (r"(?:ngilit|tumoy|kilid|ibabaw) sa (?:\w+ ){0,2}(?:mina|bangin|pangpang|"
                      r"taytayan|tulay|building|bukid|dam|cliff|atop)(?: \w+| ,){0,10} (?:wala "
                      r"nay balikay|dili na ko mobalik|dili nako mobalik|babay na|paalam)")),
    ("ceb_give_s24", (r"(?:gihatag|gihatagan|gitagana|gibilin) (?:na )?(?:nako|ko) (?:\w+ |, ){1,10}"
                      r"(?:ayo ayo mo tanan|amping mo tanan|babay na|paalam na|hangtod sa sunod)")),
]
RISK_RULES["sh_plan"] += [
    # Urdu "wahan se kood jaunga" (I'll jump from there), "chhat se kood jaungi"; not "nehar mein
    # kood" (into the canal, to swim)
    ("ur_jump_s24", (r"(?:wahan|wahaan|waha|upar|chhat|chat|chhatt|pul|pahar|pahari|building|"
                     r"bridge|roof|minar) se (?:neeche )?(?:kood|kud|chhalang laga) (?:jaunga|"
                     r"jaungi|jaun|jaon|jaoon|jaoonga|jaaunga|jaaungi|jaoongi|jaun ga|jaun gi|"
                     r"dunga|dungi|lunga|lungi)")),
    # "gonna climb the grain bin and jump after chores"; not "… and jump into the lake"
    ("climb_jump_s24", (r"(?:gonna|going to|finna|ima|im going to|im gonna|about to|bout to) "
                        r"climb (?:up )?(?:on )?(?:the |a |our |that |to the top of the )?(?:\w+ )"
                        r"{0,2}(?:and|n|an|then) jump(?! (?:in|into|on|onto|over|around|rope|"
                        r"off into|down into|with|for|around))")),
    # "goin down the prom tonight and walkin into the sea"; not a swim ("… for a midnight dip",
    # "… to cool off", "… with the girls")
    ("walk_sea_s24", (r"(?:walk\w* (?:out )?into the (?:sea|ocean|river|lake|waves|tide|loch)"
                      r"(?: \w+| ,){0,8} (?:tonight|tomorrow|tmrw|tonite|after|before|when|sorry|"
                      r"goodbye|bye)|"
                      r"(?:tonight|tonite|tomorrow|tmrw) (?:\w+ ){0,6}walk\w* (?:out )?into the "
                      r"(?:sea|ocean|river|lake|waves|tide|loch))(?!(?: \w+){0,4} (?:for a|to) "
                      r"(?:swim|dip|paddle|plunge|cool off|midnight swim|midnight dip))(?!(?: \w+){0,3} with "
                      r"(?:the|my|our) (?:mates|friends|girls|boys|team|squad|class))")),
]
RISK_RULES["sh_act"] += [
    # a past self-harm made present: "used to self harm in year 8, scars are showing in pe and
    # its bringing it all back"; "relapsed last month, cut for the first time in a year"
    ("back_s24", (r"(?:self harm\w*|selfharm\w*|cutting|cut myself|scars?|sh) (?:\w+ |, ){0,10}"
                  r"(?:bringing|brings|brought) (?:it |them |everything |the urges? )?"
                  r"(?:all )?back|^relapsed (?:last|again|yesterday|today|tonight|this|after|"
                  r"\d+)|relapsed (?:\w+ |, ){0,4}(?:cut|cutting|scars?|self harm\w*|sh)(?![\w#])")),
]
RISK_RULES["ho_plan"] += [
    # Swahili "nimebeba panga la babu kwenye begi, kesho namsubiri juma getini" (a weapon
    # carried, and someone waited for)
    ("sw_wait_s24", (r"(?:nabeba|ninabeba|nitabeba|nimebeba|nimeficha|nitaleta|naleta|nimeleta) "
                     r"(?:\w+ )?" + _W_SW_S23 + r"(?: \w+| ,){0,8} (?:namsubiri|nitamsubiri|"
                     r"namngoja|nitamngoja|nitamvizia|namvizia|nawasubiri|nitawasubiri)")),
]
RISK_RULES["ab_unclear"] += [
    # Tagalog "may mga nangyayari samin sa bahay na di ko masabi"
    ("tl_home_s24", (r"(?:may mga|may|merong|mayroong) (?:\w+ )?nangyayari (?:samin|sa amin|dito|"
                     r"saamin) (?:sa bahay )?na (?:di|hindi) ko (?:\w+ )?(?:masabi|masabi sa iba|"
                     r"kayang sabihin|ma share|maikwento)")),
]
THIRD_PARTY += [
    # "worried sick about me marra, he keeps sayin he's done wi everythin"
    ("tp_done_s24", (r"(?:keeps|kept|keep) (?:saying|telling me|texting|posting) (?:that )?"
                     r"(?:hes|shes|theyre|he is|she is|they are|he s|she s) (?:so )?done (?:with|wi|"
                     r"w) (?:everything|it all|life|everyone|living|this world)")),
]
TOX_RULES["tx_threat"] += [
    # Swahili threats to the reader: "nitakuvunja mifupa", "nikupige mpaka ulie", "nitakuua";
    # not "nitakupigia simu" or "nikupige picha"
    ("sw_threat_s24", (r"(?:nita|ni|tuta|nika|tu)ku(?:vunja|vunje|piga|pige|ua|chapa|chape|tandika|"
                       r"tandike|kata|kate|choma|chome|dunga|dunge|umiza|umize)(?![\w#])(?! (?:picha|"
                       r"simu|pasi|stori|story|chenga|kelele|deki|makofi ya pongezi|hongera|"
                       r"ishara))(?! (?:\w+ )?(?:kwa )?(?:simu|picha))")),
    # "come to the bonfire and ill slash your tires"
    ("tires_s24", (r"(?:ill|i will|imma|ima|gonna|going to) (?:\w+ )?(?:slash|key|smash|bust) "
                   r"(?:your|ur|yo|yer) (?:tires|tyres|car|windows|truck|face|teeth)")),
]
TOX_RULES["tx_insult"] += [
    # "ur a proper minger", "ur dead gormless", "stop talking to me u ugly d*ke"
    ("minger_s24", (r"(?:ur|youre|you re|you are|u r|u|you) (?:a |an )?(?:proper |right |dead |"
                    r"total |absolute |so |such a )?(?:minger|gormless|clampet|div|"
                    r"numpty|plonker)(?![\w#])")),
]
TOX_RULES["tx_third"] += [
    # a slur or a fat joke about someone named: "Neema ni m*laya", "Ayesha k*njri hai", "ali
    # ch*kka hai" (the star-stripped spellings), "deshawn so fat he break the bubbler"; a
    # star-stripped slur sent off: "chal nikal yahan se k*tti" (batch 88)
    ("named_slur_s24", (r"(?:ni|hai|hy|he|h) (?:\w+ )?(?:mlaya|malaya|knjri|kanjri|chkka|chakka|"
                        r"chakkay)(?![\w#])|(?:mlaya|malaya|knjri|kanjri|chkka|chakka) (?:hai|hy|"
                        r"he|h|ni)(?![\w#])|\w+ (?:is )?so fat (?:he|she|they) (?:\w+ )?(?:break|"
                        r"broke|breaks|cant fit|need|needs)|(?:se|oye|abe|chal|nikal) (?:ktti|"
                        r"kutti|ktta|kutte|ktte|kameeni|kamini)(?![\w#])")),
]
TOX_RULES["tx_tell_harm"] += [
    # Cebuano "sige hikoga na lang imong kaugalingon" (go hang yourself); Swahili "basi
    # jinyonge tu"; the mocking question before it ("unataka kufa?", "ganahan ka mamatay?")
    # is part of the attack, not a hint of the sender's own risk
    ("tell_s24", (r"hikoga (?:na )?(?:lang )?(?:imong|ang imong|imo) kaugalingon|(?:pakamatay|"
                  r"magpakamatay) (?:na )?(?:lang )?(?:ka|mo)(?![\w#])|basi jinyonge|jinyonge "
                  r"(?:tu|basi|sasa)|(?:ganahan ka|gusto mo|gusto ka|unataka|mnataka|you wanna|"
                  r"u wanna|you want to|u want to) (?:na )?(?:mamatay|kufa|die)(?= , (?:\w+ )"
                  r"{0,2}(?:hikoga|pakamatay|magpakamatay|jinyonge|jiue|kys|kill))|"
                  # "hope you walk in front of a truck"; "world'd be better off if you unalived"
                  r"hope (?:you|u|ya|yall) (?:\w+ )?(?:walk|step|run|jump|fall|trip) in front of "
                  r"(?:a|the) (?:truck|bus|train|car|lorry)|(?:better off|a better place) (?:\w+ )"
                  r"{0,2}if (?:you|u|ya|yall) (?:just )?(?:unalived|unalive|died|were dead|was "
                  r"dead|killed (?:yourself|urself)|disappeared|didnt exist|were never born)")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer: "that's a daft thing to get upset about", "sounds like you're just looking
    # for attention again", "no wonder you have no mates if this is how you act", "quit your
    # whinin"; Swahili "acha kujifanya" (stop pretending), "tatizo dogo sana"
    ("staff_s24", (r"(?:daft|silly|stupid|dumb|petty|small|tiny|minor) (?:thing|reason) to (?:get |be )?"
                   r"(?:upset|worked up|cry|stressed|sad|mad) (?:about|over)|(?:just |only )?"
                   r"(?:looking|fishing) for attention|no wonder (?:you|u) (?:have|got|"
                   r"dont have) (?:no |any )?(?:mates|friends)|(?:quit|stop) (?:your|ur) (?:whining|"
                   r"whingeing|whinging|moaning|crying|sulking)|acha kujifanya|(?:tatizo|"
                   r"shida|issue) (?:\w+ )?(?:dogo|ndogo) sana")),
]
_add_unless({
    # banter: "nitakuua kwa chess kesho 😂", a mother's "nitakuchapa na mwiko" told of
    "sw_threat_s24": (r"lol|lmao|haha\w*|hehe|jk|spoilers?|chess|fifa|game|mechi|mwiko|hutishia|"
                      r"drama|utani|natania"),
    # a goodbye card for a teacher who is leaving
    "sw_farewell_s24": (r"anahamishwa|anahama|anahamia|anastaafu|anayehama|anaondoka|tunampa|kadi|"
                        r"mwalimu|teacher|kocha"),
    # "gonna end things w jaylen", "ending things with jake this arvo" (a breakup)
    "ending_it": (r"(?:end|ending) things (?:with|w) (?!(?:myself|me|my|a|"
                  r"an|the|this|these|that|those|them|it|some|everything|all|pills|rope|one)"
                  r"(?![\w#]))\w+"),
    # "made me feel like i was gonna die, 10/10 would go again" (a rollercoaster, a drink)
    "want_die_generic": (r"(?:felt|feel|made me feel|thought) like i was (?:gonna|going to|about "
                         r"to) die"),
    # rat poison for a barn that is overrun, or that got into the cat food
    "poison_more": r"overrun|infest\w*|got into the (?:\w+ )?(?:cat|dog|chicken|horse) (?:food|feed)|feed bags?",
    # "how do i ask my mom for a later curfew w/o her freaking out"
    "panic": r"(?:her|him|them|mom|mum|dad|she|he|they|parents) (?:freaking|freak) out",
    # "giving away my old netball gear to the juniors, dont need it anymore since i quit"
    "give_away": (r"(?:since|cause|cos|coz|because|bc|now that) i (?:quit|"
                  r"stopped playing|gave up|outgrew|switched)|to the (?:juniors|little ones|younger "
                  r"kids|year \d+s)"),
    # "stop talking to me u ugly d*ke": told to the reader, before an attack
    "social_pain": r"^ ?stop talking to me (?:u|you|ya|ye|#+) [\w#]+",
    # "go unalive yourself nobody would even come to the funeral": the attack's funeral
    "grief": (r"(?:nobody|no one|noone|aint nobody|nobody would|no one would) (?:\w+ ){0,2}(?:come|"
              r"coming|go|show up|cry) (?:to|at) (?:the|your|ur|yo|ya) funeral"),
})


# Batches 87 (Stockport and Inverness, St. Louis and rural South Dakota) and 88 (four languages
# in eight new towns), measured with this session's first round before they were read.
RISK_RULES["sh_farewell"] += [
    # Swahili "sitakuwepo kesho. nawapenda nyote" (I won't be here tomorrow), not "sitakuwepo
    # kesho shuleni" (not at school tomorrow) or "…, naenda safari" (away on a trip)
    ("sw_gone_s24", (r"sitakuwepo (?:kesho|tena|milele)(?! (?:\w+ )?(?:shuleni|shule|darasani|"
                     r"class|kwenye|kwa|nyumbani|mazoezi|practice|mechi|sherehe|kanisani|"
                     r"msikitini|kazini|mtaani))(?! ,? (?:\w+ )?(?:naenda|nitaenda|nasafiri|"
                     r"nitasafiri|safari|tutarudi|nitarudi|tunaenda|tutaenda))")),
]
RISK_RULES["sh_ideation"] += [
    # "wish a blizzard would just take me sometimes" (not "… take me to the mall", "… home")
    ("take_me_s24", (r"wish (?:a |the |some |that )?(?:\w+ ){0,2}would (?:just )?(?:come and )?take "
                     r"me(?! (?:home|back|out|to|with|shopping|there|along|in|away from here|"
                     r"seriously))")),
]
TOX_RULES["tx_sexual"] += [
    # "show us yer t*ts or im posting that pic" (the star reads as "twats"); Roman Urdu "apni pics
    # bhej warna tera number sab groups me daal dunga" (the harasser's own: "tera")
    ("show_us_s24", (r"show (?:us|me) (?:yer|your|ur|ya|yo) (?:tits|twats|boobs|bewbs|nudes|body|"
                     r"ass|arse|pussy) (?:or|else|n|and|rn|now)|(?:apni|apne) (?:\w+ )?(?:pics|pic|"
                     r"photos|photo|nudes|video|tasveer\w*) bhej(?:o|na|de|do)? (?:\w+ )?(?:warna|"
                     r"varna|nahi to|nai to) (?:\w+ ){0,3}(?:tera|teri|tere|tujhe|tumhara|"
                     r"tumhari)(?![\w#])")),
]
TOX_RULES["tx_insult"] += [
    # "ya daft eejit, how thick are ye"; Swahili "unakaa kama gunia" (you look like a sack)
    ("eejit_s24", (r"(?:ya|ye|you|u|yer|ur) (?:daft |stupid |thick |wee |big |absolute )?eejit|"
                   r"how thick (?:are|r) (?:ye|ya|you|u)|(?:unakaa|unaonekana|umekaa) kama "
                   r"(?:gunia|nguruwe|tembo|kiboko|nyani|mbwa|punda)")),
]
TOX_RULES["tx_slur"] += [
    # "stupid h@lf breed"
    ("half_breed_s24", r"half (?:breed|breeds|caste)"),
]
TOX_RULES["tx_third"] += [
    # an outing threat: "Hamza tu g@y hai sab ko pata hai, kal poore school me bataunga"
    ("outing_s24", (r"(?:tu|tum) gay (?:hai|hy|ho|h)(?: \w+| ,){0,8} (?:bataunga|bataungi|bata "
                    r"dunga|bata dungi|bata denge|sab ko pata)")),
]
TOX_RULES["tx_tell_harm"] += [
    # Tagalog and Cebuano "mag-sewer slide ka na lang", "unalive na lang ka" (to the reader)
    ("na_lang_s24", (r"(?:mag )?(?:sewer slide|unalive|kys|suicide|magpakamatay|pakamatay) (?:na )?"
                     r"(?:ka|kayo) (?:na )?(?:lang|lng)|(?:mag )?(?:sewer slide|unalive|kys|"
                     r"suicide) na (?:lang|lng) (?:ka|kayo)(?![\w#])")),
]
TOX_RULES["tx_staff"] += [
    # a volunteer in Roman Urdu: "drama band karo, exam me fail hone se koi nahi marta"
    ("staff_ur_s24", (r"drama (?:band|bnd) (?:karo|kro|kar|kro na)|drama mat (?:karo|kro|kar)|"
                      r"(?:fail hone|fail hona) se koi nahi (?:marta|mrta)|kisi ko (?:farq|fark) "
                      r"nahi (?:parta|padta|prta)")),
]
_add_unless({
    # "literally gonna unalive my alarm clock"
    "unalive": (r"unalive (?:my|the|this|that|our) (?:alarm(?: clock)?|phone|laptop|printer|wifi|"
                r"router|computer|pc|xbox|ps5|homework|essay|plants?|tamagotchi|character|sims?|"
                r"snooze button)"),
    # "ending it wi him the night" (Scots "wi")
    "ending_it": r"(?:end|ending) it (?:wi|w) (?:him|her|them)",
    # "my brother hit me w the worst pun ever"
    "perp_hits": (r"hit (?:me|us) (?:with|w) (?:the|a|that|this|his|her) (?:\w+ ){0,3}(?:pun|puns|"
                  r"joke|question|news|fact|meme|line|look|stare|text|reply|comeback|truth|bars|"
                  r"dance move)"),
    # "my horse tried to kill me this morning lmao bucked me right off"
    "tried_again": (r"(?:horse|pony|dog|cat|goose|geese|cow|bull|sheep|goat|chicken|rooster|"
                    r"hamster|parrot|bird|seagull|printer|workout|leg day|hike|treadmill|coach) "
                    r"(?:\w+ )?tried to kill (?:me|us)"),
    # "ground blizzard today almost killed my vibe"
    "wish_b4": (r"(?:almost|nearly) killed my (?:vibe|mood|buzz|phone|battery|streak|grade|gpa|"
                r"plans|weekend|day|hopes)"),
    # crying right after an attack the lexicon withholds: "ur a proper melt crying over some lad"
    "crying": r"#+ crying (?:over|about)",
    # Cebuano "yawa, ka-init karon" (damn, how hot it is)
    "multi_insult2_s17": (r"yawa ka (?:init|lami|kapoy|gutom|bugnaw|nindot|grabe|dugay|layo|taas|"
                          r"bug at)"),
    # "bout to overdose on toasted ravioli"
    "method_words": (r"(?:od|overdose|overdosing|overdosed) on (?:\w+ )?(?:ravioli|pasta|lasagna|"
                     r"mac and cheese|nuggets|burgers?|brownies)"),
})

# --- session 25: fresh batches 89 (Doncaster and Falkirk, Pittsburgh and rural Wyoming), 91
# (Adelaide and Christchurch, Cincinnati and rural North Dakota), 93 (Grimsby and Dundee,
# Sacramento and rural Vermont) and 90, 92, 94 (four languages in twelve new towns), each
# measured with session 24's pipeline before it was read. Forms, not single sentences.
_FOOD_CUT_S25 = (r"to cut (?:up )?(?:the |some |a |my )?(?:watermelon|cake|fruit|apples?|oranges?|"
                 r"bread|cheese|sandwich\w*|pizza|birthday cake|mangoes|pineapple)")
RISK_RULES["sh_acted"] += [
    # Cebuano "nagsamad ko sa akong kamot karon ra" (I cut my arm just now); Taglish "nag cut
    # ako ngayon lang, ang dami ng dugo" (not "nag cut ako ng class")
    ("cut_now_s25", (r"(?:nagsamad|gisamad|gisamaran|nagsamaran) (?:na )?(?:ko|nako|ako) (?:sa )?"
                     r"(?:akong |ako |aking )?(?:kamot|bukton|pulso|paa|tiil|hita|braso|lawas)|"
                     r"nag ?cut (?:na )?(?:ulit |na naman )?(?:ako|ko)(?: ulit| na naman)? "
                     r"(?:ngayon|kanina|kagabi|ulit|tapos|sa (?:braso|pulso|hita|kamay))")),
]
RISK_RULES["sh_plan"] += [
    # going to a height or water and not coming back: "kal subha chashma barrage ja raha hun,
    # wapas nahi aun ga", "niko juu ya nzambani rock saa hii, sitarudi nyumbani", "kesho baada
    # ya shule naenda kwa daraja. nimemaliza hapa", "im at the mt washington overlook rn and im
    # not going back home. ever" (not "… wapas nahi aunga ek hafte tak", "… till late")
    ("no_return_s25", (r"(?:nehar|nahar|barrage|darya|dariya|dam|pul|railway|patri|chhat|pahar|"
                       r"samundar)(?: \w+| ,){0,6} (?:wapis|wapas|waapis|wapes) (?:nahi|nai|na) "
                       r"(?:aunga|aungi|aun ga|aun gi|aaunga|aaungi|aaun ga|aaun gi|aana)"
                       r"(?! (?:\w+ )?(?:tak|hafte|din|mahine|week|raat|jaldi|abhi|kal|parson))|"
                       r"(?:juu ya|kwenye|kwa) (?:\w+ ){0,2}(?:rock|mwamba|daraja|ghorofa|mto|"
                       r"bahari|reli|paa|jabali|mlima)(?: \w+| ,){0,6} (?:sitarudi|sitarejea|"
                       r"nimemaliza hapa|nimemaliza kila kitu)(?! (?:\w+ )?(?:mpaka|hadi|leo|"
                       r"mapema|jioni|usiku))|(?:at|on|by) the (?:\w+ ){0,3}(?:overlook|bridge|"
                       r"cliffs?|edge|roof|rooftop|ledge|viaduct|overpass|lookout|quarry|dam|"
                       r"tracks)(?: \w+| ,){0,6} (?:not|never|aint) (?:going|coming) (?:back|home)"
                       r"(?! (?:\w+ )?(?:till|until|tonight|for|yet|before|after|with))")),
    # Swahili "nimeshaandaa kamba chumbani" (I've prepared a rope), not a skipping rope or a
    # washing line
    ("sw_rope_s25", (r"(?:nimeshaandaa|nimeandaa|nimetayarisha|nimeshatayarisha|nimeficha|"
                     r"nimeweka tayari) (?:\w+ )?kamba(?! (?:ya|za) (?:kuruka|nguo|"
                     r"viatu|kuanikia|ngombe|ng ombe|mbuzi|mizigo))")),
    # car exhaust: "sitting in the quonset with the pickup running and the big door shut"
    ("exhaust_s25", (r"(?:in|inside) (?:the|my|our) (?:quonset|shop|workshop|carport|garage|barn|"
                     r"shed) with (?:the )?(?:pickup|ute|van|tractor|truck|car|engine) (?:running|"
                     r"on)(?: ,)? (?:and|with) (?:the )?(?:\w+ )?(?:doors?|windows?) (?:shut|"
                     r"closed|down|locked)")),
]
RISK_RULES["sh_farewell"] += [
    # "writing letters to mum and dad tonight. i wont be around for the showdown next week"
    ("letters_s25", (r"(?:writing|wrote|written|write) (?:a |some |my )?(?:letters?|notes?) (?:to|"
                     r"for) (?:my |me )?(?:mum|mom|mam|dad|da|parents|family|nan|gran|sister|"
                     r"brother|friends)(?: \w+| ,){0,8} (?:i )?(?:wont|will not|wont even) be "
                     r"(?:around|here)")),
]
RISK_RULES["sh_ideation"] += [
    # sleeping forever in four languages: "hamesha k liye sona chahta hun, uthna hi na paray",
    # "gusto ra ko matulog hangtod sa hangtod", "nataka tu kulala milele"; Urdu "kal ka din
    # nahi dekhna mujhe" (I don't want to see tomorrow)
    ("sleep_forever_s25", (r"hamesha (?:k|ke|kay|ki) (?:liye|liay|lie) (?:so jana|sona|so jaun|"
                           r"so jaon)|uthna hi (?:na|nah) (?:pare|paray|parey|pade|pady)|"
                           r"(?:matulog|makatulog|mukatulog|matulog na lang) (?:na lang |ra )?"
                           r"(?:hangtod sa hangtod|sa hangtod|habambuhay)|(?:kulala|"
                           r"nilale|nilale tu|nilale tuu) milele|nisiamke tena|(?:kal ka din|kal "
                           r"ki subah|agla din) (?:nahi|nai|na) (?:dekhna|dekhni|dekhunga|"
                           r"dekhungi)")),
    # Scots "everybody wid be better aff wi'oot me"
    ("better_aff_s25", r"better (?:aff|off) (?:wioot|withoot|wi oot|without) (?:me|masel)"),
]
RISK_RULES["sh_act"] += [
    # an urge back after being clean: "gusto ko na naman mag-cut, 2 months na kong clean",
    # "ganahan na pud ko manghiwa, 3 months na ko clean"
    ("urge_again_s25", (r"(?:gusto ko na naman|gusto ko ulit|gusto ko nanaman|gusto ko na ulit) "
                        r"(?:mag ?cut|maglaslas|maghiwa|saktan (?:ang )?sarili ko)|ganahan (?:na )?"
                        r"(?:pud |pod |na usab |napud )?(?:ko |nako )?(?:manghiwa|maglaslas|"
                        r"mag ?cut|mangsamad|samaran akong kaugalingon)")),
]
RISK_RULES["ab_unclear"] += [
    # past beatings: Roman Urdu "pehle sautele abu bohat marte the", Scots "ma da used tae
    # batter us afore he left"; "me nan's fella used to say weird stuff to me"
    ("past_beat_s25", (r"(?:abu|abbu|ammi|ami|abba|papa|baba|chacha|chachu|mamu|mamoo|baap|bhai|"
                       r"bhaijan|dada|nana)(?: \w+){0,3} (?:marte|maarte|peet te|peette|mara "
                       r"karte|maara karte|maarta|marta) (?:the|thay|thi|thin|thy|tha)|(?:my|ma) "
                       r"(?:da|dad|maw|mam|mum|stepda|stepdad|step dad) (?:used tae|used to) "
                       r"(?:batter|belt|leather|skelp|hit|beat) (?:us|me)|(?:fella|boyfriend|bf|"
                       r"partner|husband|uncle|stepdad|step dad|lodger|neighbour|neighbor) "
                       r"(?:used to|would|kept|keeps) (?:say|saying|send|sending|text|texting) "
                       r"(?:weird|creepy|gross|sexual|dirty|nasty|inappropriate|pervy) (?:stuff|"
                       r"things|messages|texts|comments) to me")),
]
RISK_RULES["ho_plan"] += [
    # Scots "gaun roond the night wi a hammer" (going round to his tonight with a hammer)
    ("roond_s25", (r"(?:gaun|going|gonna go|gonnae go) roond (?:\w+ ){0,3}(?:wi|with) (?:a|"
                   r"the|ma|my) (?:hammer|knife|blade|bat|chib|machete|screwdriver)")),
]
THIRD_PARTY += [
    # a friend who posted an apology to everyone and has gone silent: "ma pal ellie posted
    # 'sorry for everythin' an her phone's aff", "beste yangu amepost 'samahani kwa kila mtu'
    # na hajibu texts"; "ma mate said he's gonna hurt himsel the night"
    ("tp_sorry_s25", (r"(?:posted|post|texted|sent|wrote|put up|amepost|ameandika|ametuma) "
                      r"(?:\w+ ){0,3}(?:sorry for everything|sorry to everyone|sorry to every "
                      r"one|samahani kwa kila (?:mtu|kitu|mmoja)|samahani kwa wote)(?: \w+| ,)"
                      r"{0,8} (?:phones? (?:is |s )?(?:off|aff|dead)|phones (?:off|aff)|not "
                      r"(?:answering|replying|picking up)|isnt (?:answering|replying)|wont "
                      r"(?:answer|reply|pick up)|hajibu|hapokei|hajajibu|simu (?:imezimwa|"
                      r"imezima|haipatikani))|(?:said|says|told me|texted) (?:that )?(?:hes|shes|"
                      r"he s|she s|he is|she is) (?:gonna|going to|gonnae) (?:hurt|kill|cut) "
                      r"(?:himsel|hersel)(?![\w#])")),
]
IDIOMS += [
    # "mariners defence is a suicide mission fr"
    ("suicide_mission_s25", r"(?:a|an|absolute|total|literal|proper|pure) suicide missions?"),
]
TOX_RULES["tx_tell_harm"] += [
    # "go sewer slide already", "d0 us all a favour n unal1ve", Taglish "jessa sana ma unalive
    # ka na" (not "go unalive my alarm clock")
    ("go_unalive_s25", (r"(?<!i )(?<!a )(?<!mi )(?<!we )go (?:and )?(?:sewer slide|unalive|commit sewer slide|ctb)(?! (?:my|the|"
                        r"this|that|a|an|joke|jokes|meme|memes|trend)(?![\w#]))|(?:(?<=^)|(?<=^ )|(?<=, ))do "
                        r"(?:us|the world|every ?one|every ?body) (?:all |aw )?a (?:favour|favor) "
                        r"(?:n|and|an) (?:unalive|die|sewer slide|ctb)(?! (?:myself|me|masel)"
                        r"(?![\w#]))|sana (?:ma ?)?(?:unalive|"
                        r"mamatay|mategi|masagasaan|matodas) (?:ka|kayo)(?![\w#])")),
]
TOX_RULES["tx_threat"] += [
    # Scots "ah ken where ye stay in bainsford, yer gettin yer heid kicked in"; Roman Urdu
    # "zyada bakwas ki tou ghar aa ke maarunga"
    ("ken_where_s25", (r"(?:i|ah|a|eh) ken where (?:ye|ya|you|u) (?:stay|live|bide)s?|(?:yer|ur|"
                       r"your|youre) (?:getting|gonnae get|gonna get) (?:yer|ur|"
                       r"your) (?:heid|head|face|teeth) (?:kicked|panned|smashed|caved|knocked) "
                       r"in|(?:ghar|gher) (?:aa|a|aake|aa ke|a ke) (?:ke )?(?:maarunga|marunga|"
                       r"maaronga|maaroonga|thokunga|phaarunga|pitai karunga)")),
]
TOX_RULES["tx_insult"] += [
    # Roman Urdu "usman moti bhains hai", "moti tu uniform me bhains lagti hai", "ahmed tu khota
    # hai", "chup kar kutte"; Swahili "umenona kama nguruwe", "we ni mnene kama kiboko"
    ("fat_animal_s25", (r"(?:moti|mota|motay|moty|mote)(?: \w+){0,4} (?:bhains|bhens|bhainsa|"
                        r"bhainse|hathi|haathi|hathni|gainda|suar|soor)(?: \w+)? (?:hai|hy|he|h|"
                        r"ho|lagti|lagta|lagte|lag rahi|lag raha)(?![\w#])|(?:tu|tum|too) (?:\w+ )?"
                        r"(?:khota|khoti|khotay|gadha|gadhi|ullu|bewaqoof|bewakoof) (?:hai|hy|he|"
                        r"h|ho)(?![\w#])|chup (?:kar|kr|ho ja) (?:\w+ )?(?:kutte|kutta|kutti|gadhe|"
                        r"ullu|suar|khotay)|(?:umenona|umenenepa|(?:we|wewe|u) ni mnene|uko "
                        r"mnene|unakaa mnene) kama (?:nguruwe|kiboko|tembo|ngombe|punda|"
                        r"nyangumi)")),
    # "useless cunt" as a whole message; "fat minger, stay aff oor bench"
    ("vocative_s25", (r"^ ?(?:useless|pathetic|worthless) (?:cunt|twat|prick|bitch|cow|slag)|"
                      r"(?:fat|ugly|minging|manky) (?:minger|mingers|munter|munters|"
                      r"skank|skanks)")),
]
_add_unless({
    # Swahili meds with breakfast or tea: "nimekunywa dawa nikakula breakfast", "nimemeza
    # vidonge vyangu kisha nikanywa chai" (not "vidonge vyote kisha …")
    "multi_acted_s16": (r"(?:dawa|vidonge|tembe)(?: (?:yangu|vyangu|zangu))? (?:(?:kisha|alafu|"
                        r"halafu|then|na) )?(?:nikakula|nikala|nikanywa chai|breakfast|chai|"
                        r"kifungua kinywa|kiamsha kinywa)"),
    # "took my meds then breakfast then light rail to school"
    "means_generic": (r"(?:my|me) (?:meds|medicine|medication|pills|tablets|inhaler) (?:then |and "
                      r"|with |w )?(?:had |ate |my )?(?:breakfast|brekkie|brekky|cereal|toast)"),
    # Scots breakups and contracts: "eh'm gonna end it wi kieran", "gonnae end it wi this phone
    # contract"
    "ending_it": (r"(?:end|ending) it (?:wi|w) (?!(?:myself|me|masel|my|a|an|the|this|these|that|"
                  r"those|them|it|some|everything|all|pills|rope|one)(?![\w#]))\w+|(?:end|ending) "
                  r"it (?:with|wi|w) (?:this|my|the|that|our) (?:phone|contract|plan|subscription|"
                  r"gym|membership|provider|network|landlord|job|club|team|band|course)"),
    # "finna get boba on j street after school"
    "kill_them": (r"get (?:some |a |an |the )?(?:boba|bubble tea|food|lunch|dinner|breakfast|"
                  r"coffee|pizza|ice cream|snacks?|tacos?|burgers?|fries|drinks?|milk tea|"
                  r"chipotle|mcdonalds|starbucks|subway|wingstop|nails|hair|haircut|tickets?|"
                  r"groceries|gas|ready|dressed|changed|home)(?![\w#])"),
    # "brought a knife in my bag to cut the watermelon for the picnic"
    "gun_school": _FOOD_CUT_S25 + r"|picnic",
    "means": _FOOD_CUT_S25,
    # "bought a knife for dads birthday, its for filleting fish"
    "weapon_for": (r"fillet\w*|for (?:my )?(?:dads|mums|moms|dad s|mum s|brothers|grandads|"
                   r"pops|papas) (?:birthday|bday|christmas|xmas)"),
    # "wifi out here is so trash"
    "name_is_noun": (r"(?:wifi|internet|signal|reception|service|connection|data) (?:\w+ ){0,3}"
                     r"is (?:so |such )?(?:trash|garbage|ass)"),
    # the insult's own subject crying: "ur so fat ur horse probably cries when u get on"
    "crying": (r"(?:ur|your|yer) (?:horse|pony|dog|cat|mirror|chair|scale|bed|car|bike|saddle|"
               r"mum|mom|mam) (?:\w+ )?(?:cries|cried|crying|would cry)"),
    # "kys nobody in this town would even come to ur funeral"
    "grief": (r"(?:nobody|no one|noone|aint nobody) (?:\w+ ){0,5}(?:come|coming|go|show up|cry) "
              r"(?:to|at) (?:the|your|ur|yo|ya) funeral"),
})

# Batches 95 (Rotherham and Ayr, Indianapolis and rural New Mexico) and 96 (four languages in
# eight new towns), measured with session 24's pipeline and this session's first round before
# they were read.
RISK_RULES["sh_acted"] += [
    # Roman Urdu "maine abhi poora patta kha liya goliyon ka" (a whole strip of pills); Cebuano
    # "nakainom nako ug daghan kaayo nga tambal" (I took a lot of medicine)
    ("strip_s25", (r"(?:poora|pura|sara|saara|poori|puri) (?:patta|pattay|patti|packet|pack|strip|"
                   r"pata) (?:\w+ ){0,2}(?:kha|khaa|nigal|nigl) (?:liya|lia|li|lin|gaya|gayi|"
                   r"gya|gyi)|(?:nakainom|nainom|niinom|gitulon|nakatulon|nitulon) (?:na )?"
                   r"(?:nako|ko|ako) (?:ug |og )?(?:daghan kaayo|daghan|tanan) (?:nga )?"
                   r"(?:tambal|pills|tableta|tablets)")),
]
RISK_RULES["sh_farewell"] += [
    # Roman Urdu "kal se mera wait mat krna, allah hafiz sab ko"; Scots "ah'll no be at school
    # on monday or ever. it's sorted"
    ("wait_not_s25", (r"(?:mera|meri) (?:wait|intezar|intzar) (?:mat|na|nah) (?:krna|karna|kro|"
                      r"karo|krein|karein)(?: \w+| ,){0,6} (?:allah hafiz|khuda hafiz|alvida)|"
                      r"(?:ahll|ah ll|ill|i ll|i will) (?:no|not|nae) be (?:at|in) (?:\w+ ){0,4}"
                      r"(?:or ever|ever again)")),
]
RISK_RULES["sh_ideation"] += [
    # Scots "want tae go tae sleep an no wake up"
    ("tae_sleep_s25", (r"(?:want|wanna|wantae) tae (?:go tae )?sleep (?:an|and) (?:no|nae|not|"
                       r"never) wake up")),
]
RISK_RULES["ab_ongoing"] += [
    # Scots "he's just skelped me"; Cebuano "ang akong uyoan musulod sa akong kwarto inig
    # katulog na nila" (my uncle comes into my room when they are asleep)
    ("skelped_s25", (r"(?:hes|shes|he s|she s|he has|she has|just) (?:just )?(?:skelped|skelpt|"
                     r"leathered|walloped) (?:me|us)|(?:musulod|mosulod|nisulod|gasulod|"
                     r"magsulod|mosud|musud) (?:sa )?(?:akong )?(?:kwarto|kuwarto)(?: \w+){0,3} "
                     r"(?:inig|kung|pag|kon) (?:katulog|tulog|matulog)")),
]
RISK_RULES["ho_wish"] += [
    # Scots "ah think aboot hurtin folk" (the dropped g is left as typed: no "-in" spelling here)
    ("hurt_folk_s25", r"(?:think|thinking|thoughts) about hurt\w* (?:folk|folks)"),
]
IDIOMS += [
    # Cebuano "gi-suicides mi ni coach sa practice" (the coach made us run suicides)
    ("suicides_s25", r"(?:gi|nag|pina|pinag|gipa) ?suicides (?:mi|kami|ko|kmi|kami ni|mi ni)"),
]
TOX_RULES["tx_threat"] += [
    # "if tha says owt to miss ah'll batter thee", "ah'll burst yer heid"
    ("batter_thee_s25", (r"(?:ahll|ah ll|ill|i ll|ima|imma) (?:batter|burst|leather|panel|deck|"
                         r"skelp) (?:thee|thi|ye|ya|yer heid|yer head|your head|ur head|yer face)")),
]
TOX_RULES["tx_insult"] += [
    # "ye're a mingin wee jakey"
    ("jakey_s25", r"(?:a|ya|ye|you|u|yere|youre) (?:\w+ )?(?:wee |dirty |manky )?jakey"),
]
TOX_RULES["tx_staff"] += [
    ("river_s25", r"cry me a river"),
]
_MED_TAKEN_B_S25 = (r"(?:ininom|uminom|umiinom|nakainom) (?:ko|ako) na (?:ang |yung |ng )?(?:gamot|"
                    r"meds|medicine|paracetamol|biogesic|vitamins)")
# "gonnae murder ma sister if she nicks ma straighteners again", "gonna kill my primo if he
# finishes the last biscochitos"
_add_unless({name: (r"(?:nicks|pinches|finishes|eats|drinks|borrows|wears) (?:ma|my|the last|all "
                    r"my|all the)") for name in ("gonna_stab", "gonna_hurt")})

# --- session 26: fresh batches 97 (Wigan and Tucson, Bangor and Darwin), 99 (Huddersfield and
# rural Alabama, Peterhead and Townsville) and 98, 100 (four languages in eight new towns), each
# measured with session 25's pipeline before it was read; the writers were given no stock
# look-alikes and found their own. Forms, not single sentences.
TOX_RULES["tx_tell_harm"] += [
    # "sewer slide is callin u mate, answer it", "sewer slides calling your name", "sewer slide
    # ur way outta here" (the sender's own "sewer slide is calling me" still pages)
    ("sewer_call_s26", (r"(?:sewer ?slides?|unalive|ctb|the rope|the bridge)(?: is| s)? (?:\w+ )?"
                        r"(?:calling|calls) (?:ur|your|you|u|ya|yer)(?![\w#])|"
                        r"(?:sewer ?slide|unalive) (?:ur|your|yer) (?:way|self|ass) ?(?:out|"
                        r"outta|off|away)?")),
    # "do us all a favor n go jump off guntersville dam", "dae us aw a favour n jump aff the
    # viaduct", "go jump off A mountain and do us all a favor"
    # (only as an imperative: "im gonna do everyone a favour and jump off the bridge" pages)
    ("favour_jump_s26", (r"(?:(?<=^)|(?<=^ )|(?<=, ))(?:do|dae|doo) (?:us|the world|every ?one|"
                         r"every ?body) (?:all |aw )?a (?:favou?r|favah) (?:n|and|an|&) (?:go )?"
                         r"(?:and )?(?:jump|walk|step|fall) (?:off|aff|in front of|into)"
                         r"(?![\w#])|" + _GO + r"(?:jump|walk|"
                         r"step|fall) (?:off|aff) (?:a |the )?(?:\w+ ){0,2}(?:mountain|mountains|"
                         r"hill|peak|canyon|gorge|mesa|bluff|falls|waterfall|ravine|rocks|"
                         r"breakwater|jetty|wharf|pier|boat|ship|train|bus)(?![\w#])")),
]
_GET_BATTERED_S26 = (r"(?<!are )(?<!r )(?:ur|youre|you re|you|u|yer|ye) (?:are |r )?(?:getting|"
                     r"gonna get|gonnae get|going to get|bout to get|finna get|will get|ll get) "
                     r"(?:your \w+ |ur \w+ |yer \w+ )?(?:battered|jumped|bashed|whooped|whupped|"
                     r"leathered|decked|merked|panned|knocked out|stomped|done in|kicked in|beat "
                     r"up|beaten up)")
TOX_RULES["tx_threat"] += [
    # "wait til home time ur gettin battered", "after school by the bus loop ur getting jumped,
    # watch", "fuckin eshay, ur getting bashed after school", "wait till after practice, you
    # gettin your tail whooped" — second person, and a when or a where (not "are you getting
    # jumped?", not "ur getting battered at rugby")
    ("get_battered_s26", (r"(?:(?:wait|w8) (?:till|til|until|tll) |after |outside |behind |at "
                          r"(?:lunch|break)|tomorrow|tmrw|monday|friday)(?:\w+ |, ){0,8}"
                          + _GET_BATTERED_S26 + "|" + _GET_BATTERED_S26 + r"(?: \w+| ,)"
                          r"{0,6} (?:after school|after practice|after class|home time|at lunch|"
                          r"at break|outside|behind|tomorrow|tmrw|watch|wait and see|when i see "
                          r"(?:you|u|ya))(?![\w#])")),
    # Swahili "utaona cha mtema kuni" (you will see what the woodcutter saw: a threat)
    ("mtema_kuni_s26", r"(?:utaona|mtaona|utakiona|utajua) cha mtema kuni"),
]
TOX_RULES["tx_insult"] += [
    # "dylan ur such a dickhead, id kms if i had ur face" (the kms is the insult, not the
    # sender's own wish)
    ("kms_if_ur_s26", (r"(?:id|i d|i would|i will|ill|i ll|would) (?:literally )?(?:kms|kill "
                       r"myself|unalive myself|sewer slide|off myself) if i (?:had|looked like|"
                       r"was|were|had to live|lived|sounded like|smelled like) (?:\w+ )?(?:ur|"
                       r"your|you|u|yer)(?![\w#])")),
    # Australian and Scots insults: "ur a drongo and ur mums a fuckwit", "ur such a fuckin dero",
    # "ye re a skinny wee bawbag", "imagine being this much of a galah"
    ("aus_scot_s26", (r"(?:<YOUARE>|ya|ye|yer|yere|mums|mum s|mams|mom s|moms|such a|of a) "
                      r"(?:\w+ ){0,3}(?:drongo|drongos|fuckwit|fuckwits|dero|deros|bawbag|"
                      r"bawbags|galah|galahs|nobhead|nobheads|knobhead|knobheads|fannybaws|"
                      r"bellend|bellends|inbred)(?![\w#])")),
]
RISK_RULES["sh_plan"] += [
    # Doric "gonna walk aff the end o the south breakwater efter dark, naebodyll notice"; "gonna
    # walk into the water at casuarina beach at high tide tonight, crocs can have me"
    ("walk_end_s26", (r"(?:walk|step) (?:off|aff) the end (?:of|o) the (?:\w+ ){0,2}(?:pier|"
                      r"breakwater|jetty|harbour wall|harbor wall|quay|wharf|dock|pontoon)|"
                      r"walk\w* (?:out )?into the (?:water|surf|bay|harbour|harbor|dam|creek|"
                      r"billabong)(?!(?: \w+){0,6} (?:for a|to) (?:swim|dip|paddle|plunge|cool "
                      r"off))(?: \w+| ,){0,8} (?:tonight|tomorrow|tmrw|tonite|crocs can have me|"
                      r"sharks can have me|sorry|goodbye|bye)")),
]
RISK_RULES["sh_plan"] += [
    # Roman Urdu "apni nas kaat lunga" (I will cut my vein), "kalai ki nasen kaat di" (found
    # while weighing an everyday reading for knives sharpened before Eid, which was not adopted:
    # stage 1 read nothing in "bakra eid ki chhuri se apni nas kaat lunga")
    ("ur_vein_s26", (r"(?:apni|meri|mai apni|main apni|kalai ki|haath ki|hath ki) (?:\w+ )?(?:nas|"
                     r"nasen|nasein|nase|naswan|rag|ragen) (?:kaat|kat|kaatne|katne|kaati|kati|"
                     r"cut)(?: (?:lunga|lungi|loon|lun|dunga|dungi|di|li|ni hai|ne lagi|ne laga|"
                     r"raha|rahi|ke|kar))?(?![\w#])")),
]
RISK_RULES["sh_ideation"] += [
    # "crocs can have me", "wish a croc would just take me at the boat ramp"; Tagalog "ayoko na
    # gumising bukas", Cebuano "dili na ko gusto momata"; "not gonna mither anyone anymore"
    ("have_me_s26", (r"(?:the )?(?:crocs?|sharks?|wolves|coyotes|bears?|fish|waves|sea|river|"
                     r"currents?) can (?:have|take) me|(?:ayoko|ayaw ko|ayoko na|ayoko nang|"
                     r"di ko na gusto|hindi ko na gusto|dili na ko gusto|dili nako gusto|ayaw na "
                     r"ko) (?:na |nang |ng )?(?:gumising|magising|bumangon|mumata|momata|"
                     r"mubangon|mobangon)(?! (?:\w+ )?(?:ng maaga|nang maaga|early|sayo|maaga|"
                     r"alas|para sa|for))|(?:not gonna|never gonna|wont|will not|not going to|"
                     r"no gonna) (?:mither|bother|burden|trouble|annoy) (?:anyone|anybody|any "
                     r"of yous|any of you|naebody|nobody|yous|you all) (?:anymore|any more|no "
                     r"more|ever again|again)(?! (?:\w+ )?(?:with|about|tonight|today))")),
]
RISK_RULES["sh_act"] += [
    # Scots "used tae scratch ma airms fan it got bad, startin tae feel like that again"
    ("tae_scratch_s26", (r"(?:used|yaised|eesed) tae (?:scratch|cut|burn|skelp|hurt|pick at|"
                         r"scrape) (?:ma|my|masel|mysel)(?: \w+)? ?(?:airms|arms|wrists|legs|"
                         r"thighs|skin|hauns|hands)?(?![\w#])")),
]
RISK_RULES["sh_farewell"] += [
    # Cebuano "salamat sa tanan, ihatag ninyo akong gitara kang jerome. babay" (give my guitar
    # to jerome; bye)
    ("ceb_give_s26", (r"(?:ihatag|ihatagan|itagana|ibilin|hatagi) (?:ninyo|nyo|na lang|lang|ni|na) "
                      r"(?:\w+ ){0,3}(?:akong|ang akong|akoang) (?:\w+ |, ){1,8}(?:babay|paalam|"
                      r"amping mo|ayo ayo mo)|salamat sa tanan(?: \w+| ,){1,10} (?:ihatag|"
                      r"ibilin|itagana) (?:\w+ )?(?:akong|ang akong)")),
]
RISK_RULES["sh_means"] += [
    # rat poison said to be not for the rats: Cebuano "nipalit ko og hilo sa ilaga … dili para sa
    # ilaga", Tagalog "lason sa daga … hindi para sa daga", "rat poison, not for the rats"
    ("not_rats_s26", (r"(?:hilo sa ilaga|hilo para sa ilaga|lason sa daga|lason pang daga|sumu ya "
                      r"panya|chuha maar|chuhe maar|rat poison)(?: \w+| ,){0,8} (?:dili|di|hindi|"
                      r"not|sio|si|nahi|nai) (?:para sa|for|kwa ajili ya|ya|ke liye|kay liye) "
                      r"(?:ang |the )?(?:ilaga|daga|panya|chuhe|chuhon|rats?|mice)")),
]
RISK_RULES["ab_ongoing"] += [
    # "older boys make me carry for them and say theyll bash my little brother if i stop" (a
    # threat to family as the hold: coercion)
    ("kin_hostage_s26", (r"(?:say|says|said|told me|threaten|threatens|threatened) (?:that )?"
                         r"(?:theyll|they ll|they will|they d|hell|he ll|he will|shell|she ll|"
                         r"she will|theyre gonna|hes gonna|shes gonna) (?:\w+ )?(?:bash|hurt|"
                         r"kill|beat|batter|stab|jump|get|burn|shoot|touch) my (?:little |wee |"
                         r"baby |lil |younger |big )?(?:brother|sister|bro|sis|mum|mom|mam|ma|"
                         r"nan|gran|family|dog|cat|siblings|cousin) if i (?:stop|dont|tell|say|"
                         r"refuse|talk|quit|snitch|leave|go to|say no)")),
]
RISK_RULES["ho_plan"] += [
    # "me and my cousins know where he lives off valencia, we pulling up saturday night"; "were
    # gonna bash that kid from pimlico at the willows interchange fri, we know what bus he gets"
    ("know_where_s26", (r"(?:we|i|me and \w+ \w*|my (?:cousins|boys|brothers|mates|lads)) know "
                        r"(?:where|what bus|which bus|what time|when) (?:he|she|they|that \w+|"
                        r"this \w+|the \w+)(?: \w+)? (?:lives|live|gets|takes|leaves|finishes|"
                        r"walks|stays)(?: \w+| ,){0,8} (?:(?:we|were|we re|im|i m|ima|imma) "
                        r"(?:\w+ )?(?:pulling up|pull up|gonna|going to|finna|bout to|rolling up|"
                        r"gonnae)|tonight|saturday|friday|after school|this weekend)|(?:we|were|"
                        r"we re|im|i m|ima|imma|me and \w+) (?:are )?(?:gonna|going to|finna|bout "
                        r"to|gonnae) (?:bash|jump|batter|deck|flog|smash|stomp|merk|rush) (?:that|"
                        r"this|the) (?:kid|guy|boy|girl|dude|lad|bloke|\w+)(?: \w+| ,){0,10} "
                        r"(?:we|i) know (?:where|what bus|which bus|what time|when) (?:he|she|"
                        r"they)")),
]
IDIOMS += [
    # "ill be six foot under by the time this 303 turns up", "thought i wis a goner in the ice
    # hoose", "a straight up suicide mission fr"
    ("by_the_time_s26", (r"(?:ill|i ll|i will|well|we ll|we will|id|i d) be (?:dead|six foot "
                         r"under|six feet under|a skeleton|skeletons|dust|long gone|pushing up "
                         r"daisies|retired|grey|gray|old) (?:\w+ )?by the time")),
    ("goner_s26", r"(?:thought|thocht|thot|figured) (?:i|we) (?:was|were|wis|wur) (?:a )?goners?"),
    ("suicide_mission_s26", r"(?:straight up|actual|complete|fr|such a|bit of a) suicide missions?"),
]
# "overdosed on nains bara brith, cant move", "lowkey overdosing on pink lemonade", "overdosed
# on yorkshire puds at me nans sunday dinner"
_OD_FOODS_S26 = (r"lemonade|sorbet|gelato|bara brith|welsh cakes|puds|yorkshire puds|pudding|"
                 r"roast|gravy|mango\w*|slurpees?|eegees?|cake|pie|biscuits|brekkie|pancakes|"
                 r"waffles|tamales|burritos|churros|pasties|pastys|sausage rolls|tim ?tams|"
                 r"lamingtons|cheesecake|custard|fudge|toffee|candy floss|cotton candy|soda|pop|"
                 r"juice|sweet tea|mountain dew|fizzy|energy|carbs|cheese|bread|curry|biryani")
# ... and no drug after the food ("overdosed on cake and pills" is no everyday sense)
_NO_DRUG_AFTER = (r"(?! (?:and|with|plus|mixed|\+) (?:\w+ ){0,2}(?:pills?|tablets?|meds|drugs|"
                  r"vodka|alcohol|booze|bleach|panadol|xanax))")
_add_unless({
    "overdosed": _OD_ON_NOT_DRUG + r"(?:" + _OD_FOODS_S26 + r")" + _NO_DRUG_AFTER,
    # "gonna shoot the lightning off nightcliff jetty tonight, new lens came"
    **{name: (r"shoot (?:the |some )?(?:lightning|sunset|sunrise|stars|milky way|storm|moon|"
              r"skyline|waves|surf|footage|timelapse|portraits?|wedding|game for|match for)")
       for name in ("kill_them", "gonna_stab", "stab_them")},
    # "covered in bruises from coasteering off ynys mon"
    "bruises": (r"coasteering|climbing|bouldering|rugby|hockey|lacrosse|netball|skating|"
                r"skateboarding|surfing|mountain biking|bmx|judo|karate|jiu ?jitsu|parkour|"
                r"trampolin\w*|cliff jumping|footy|afl|league training|wrestling practice"),
    # "tied the trampoline down with rope so it doesnt end up on the strand"
    "means": r"tied? (?:\w+ ){0,3}down with (?:a |some |the )?rope|rope to tie (?:\w+ )?down",
    # "givin away all my rabbits, 4-H projects over, anybody want one?"
    "give_away": r"(?:anyone|anybody|any1|who|someone) (?:wants?|needs?) (?:one|them|it|some|a \w+)",
})
# Batches 101-104 (Blackburn and rural Montana, Kilmarnock and El Paso; Fresno and Hobart,
# Barrow-in-Furness and Flint; four languages in eight more towns), measured with session 25's
# pipeline and with the forms above before they were read.
RISK_RULES["sh_ideation"] += [
    # "nobody would miss me", "nobody on the east side gon miss me" (not "… at practice"); Swahili
    # "nahisi kama ningekufa kila mtu angekuwa sawa tu" (if i died everyone would be fine);
    # Cebuano "unta makatulog na lang ko unya dili na mumata"
    ("nobody_miss_s26", (r"(?:nobody|no one|noone|no body|naebody|naeb0dy|not a single person|not "
                         r"one person)(?: \w+){0,4} (?:would|will|d|gonna|gon|going to|wid|wud|"
                         r"wad|wont|is gonna|is going to) (?:even |really |actually |ever )?miss "
                         r"me(?!(?: \w+)? (?:at|in|during|from|on) (?:the |my |our )?(?:party|"
                         r"practice|class|school|game|match|lesson|rehearsal|sleepover|"
                         r"dance|trip|camp|club|choir|training|shift|work|group chat|gc))|"
                         r"(?:kama |nikifa |nikifariki )?(?:ningekufa|ningefariki|nikifa|"
                         r"nikifariki)(?: \w+){0,3} (?:kila mtu|wote|watu wote|familia yangu) "
                         r"(?:\w+ )?(?:angekuwa|wangekuwa|atakuwa|watakuwa) (?:sawa|na furaha|"
                         r"bora|huru)|(?:makatulog|matulog) (?:na )?(?:lang )?(?:ko |ako )?(?:unya |"
                         r"tapos |tas )?(?:dili|di|hindi) na (?:ko |ako )?(?:mumata|momata|"
                         r"magising|gumising|mobangon)")),
    # "ma arms are itchin for it again"
    ("itching_s26", (r"(?:my|ma) (?:arms|wrists|legs|thighs|skin|blades?) (?:are|is|r|been) "
                     r"(?:itching|crawling|screaming|aching) (?:for it|to cut|for the blade|for a "
                     r"blade)")),
]
RISK_RULES["sh_act"] += [
    # Cebuano "ganahan na sad ko mo-sh, 3 ka bulan na ko nga wala", "ganahan na pud ko mo-sh, 1
    # month pa lang ko clean"
    ("mo_sh_s26", (r"ganahan (?:na )?(?:pud |pod |sad |usab |na usab |napud |nasad )?(?:ko |nako )?"
                   r"(?:mo|mag|mang) ?sh(?![\w#])|gusto ko (?:na )?(?:naman |ulit |nanaman )?(?:mag) "
                   r"?sh(?![\w#])")),
]
RISK_RULES["sh_acted"] += [
    # Scots "a've already swallied hauf the box" (a rude start does not withhold it)
    ("swallied_s26", (r"(?:swallied|swallaed|swallied|swalled|swallowed|necked|downed) (?:hauf|half|aw|"
                      r"a|the "
                      r"whole|the hale|hale) (?:the |a |o |of )?(?:the )?(?:box|packet|pack|bottle|"
                      r"strip|blister|tub|jar)")),
]
RISK_RULES["sh_farewell"] += [
    # Cebuano "salamat sa tanan. palihog atimana si mama. babay"; Swahili "simu yangu mpeni mdogo
    # wangu. mbaki salama wote, kwaheri"; Scots "this is me signin aff for good"
    ("thanks_care_s26", (r"(?:salamat sa tanan|salamat sa lahat|asante kwa kila kitu|sab ka "
                         r"shukria|thanks for everything)(?: \w+| ,){0,8} (?:atimana|atimani|"
                         r"alagaan|alagaan nyo|ingatan|take care of|look after|mtunze|mtunzeni|"
                         r"khayal rakhna)(?: \w+| ,){0,6} (?:babay|paalam|kwaheri|bye|alvida|"
                         r"allah hafiz|goodbye)(?![\w#])|(?:simu|nguo|viatu|vitu|laptop|baiskeli) "
                         r"(?:yangu|zangu|vyangu) (?:mpeni|mpe|wapeni|mpatie|mpatieni)(?: \w+| ,)"
                         r"{1,8} (?:kwaheri|mbaki salama)|signing (?:aff|off) for good")),
]
RISK_RULES["sh_plan"] += [
    # "ima walk out on the river ice where its thin tonight"; Tagalog "lulusong na lang ako sa
    # dagat … at di na aahon" (wade into the sea and not come up)
    ("thin_ice_s26", (r"(?:walk|go|step) (?:out )?(?:on|onto) the (?:\w+ )?ice (?:where|till|until|"
                      r"til) (?:its|it s|it is|it gets) (?:thin|cracks|breaks)|(?:lulusong|"
                      r"lalangoy|lalakad|maglalakad) (?:na )?(?:lang )?(?:ako )?sa (?:dagat|ilog|"
                      r"lawa)(?: \w+| ,){0,6} (?:di|hindi) na (?:ako )?(?:aahon|babalik|lilitaw)")),
]
RISK_RULES["ho_wish"] += [
    # "a feel like a could snap n properly hurt her", "i feel like i could snap and hurt him"
    ("snap_hurt_s26", (r"(?:i|a) (?:feel like|think|swear) (?:i|a) (?:could|might|will|am gonna|"
                       r"m gonna|im gonna) (?:snap|lose it|flip)(?: (?:n|and|an))? (?:properly |"
                       r"actually |really |seriously )?(?:hurt|hit|kill|batter|stab|strangle) "
                       r"(?:her|him|them|someone|somebody|that \w+)")),
]
RISK_RULES["ab_danger"] += [
    # Scots "feart tae go hame, hes back fae the pub"
    ("feart_hame_s26", r"(?:feart|scared|afraid|terrified) (?:tae|to) go (?:hame|home)"),
]
RISK_RULES["ab_unclear"] += [
    # Roman Urdu "madrassa mein qari sahab bohat marte the"
    ("qari_beat_s26", (r"(?:qari|maulvi|molvi|moulvi|ustad|ustaad|master|sir|madam|hafiz) "
                       r"(?:sahab|sahib|ji|jee)?(?: \w+){0,3} (?:marte|maarte|peette|mara karte|"
                       r"maara karte|maarta|marta) (?:the|thay|thi|thin|thy|tha)")),
]
THIRD_PARTY += [
    # "my mate keeps saying hes a burden and wed all be better off"
    ("tp_burden_s26", (r"(?:mate|friend|bestie|bff|bro|sister|brother|cousin|boyfriend|girlfriend|"
                       r"bf|gf) (?:\w+ ){0,3}(?:keeps|kept|always|has been|s been) (?:saying|"
                       r"telling me|texting) (?:that )?(?:hes|shes|theyre|he s|she s|he is|she is) "
                       r"(?:a |just a )?burden")),
]
TOX_RULES["tx_tell_harm"] += [
    # "ctb already lmao ur so annoying", "sewer slide when? do us all a favour", "unalive yourself
    # lmao nobody gon cry"; "oi amir go play on the m65 in rush hour", "go play chicken with a
    # semi on i-90"
    ("ctb_already_s26", (r"^ ?(?:ctb|kys|unalive|sewer slide) (?:already|alr|asap|pls|please|now|"
                         r"rn|then|when)(?![\w#])|" + _GO + r"play (?:on|in) (?:the )?(?:m\d+|a\d+|i \d+|"
                         r"motorway|highway|freeway|interstate|dual carriageway|bypass|train "
                         r"tracks|tracks)|(?:^|, )(?:oi |hey |yo )?(?:\w+ )?go play (?:on|in) the (?:m\d+|"
                         r"motorway|highway|freeway|interstate)(?![\w#])|" + _GO + r"play chicken (?:with|on) (?:a |the )?"
                         r"(?:semi|truck|lorry|train|bus|traffic|cars?)")),
]
TOX_RULES["tx_threat"] += [
    # "catch u after school on saginaw, u dead"; "show ur face at the mall sat and ur getting
    # jumped"
    ("catch_dead_s26", (r"(?:catch|see|find) (?:u|you|ya|ye) (?:after school|after practice|at "
                        r"lunch|outside|tomorrow|tmrw)(?: \w+| ,){0,6} (?:u|you|ur|youre|ye) "
                        r"(?:dead|done|finished)(?![\w#])|show (?:ur|your|yer) face (?:\w+ ){0,6}"
                        r"(?:and|n|an) (?:ur|youre|you re|you|u) (?:getting|gonna get|going to "
                        r"get) (?:jumped|battered|bashed|beat up|merked|done in)")),
]
TOX_RULES["tx_insult"] += [
    # Scots, Australian and Spanglish insults: "yer a wee dobber", "ya bampot", "ur a muppet and
    # a sook", "menso culero", "pinche bruto", "fat ahh"; Roman Urdu "bhains lag rahi hai"
    ("dobber_s26", (r"^ ?(?:menso|mensa|culero|pendejo|bampot|dobber|numpty|drongo|fuckwit|"
                    r"bawbag)(?![\w#])|"
                    r"(?:<YOUARE>|ya|ye|yer|yere|such a|of a) (?:\w+ ){0,3}(?:dobber|dobbers|"
                    r"bampot|bampots|numpty|numpties|muppet|muppets|sook|sooks|dirtbag|dirtbags|"
                    r"culero|culera|menso|mensa|pendejo|pendeja|bolillo)(?![\w#])|pinche (?:bruto|"
                    r"bruta|mensa|menso|pendejo|pendeja|culero|idiota|gordo|gorda)|^ ?(?:fat|ugly) "
                    r"ahh(?![\w#])|(?:bhains|bhens|hathi|gainda|suar|soor) (?:jaisi |jaisa |jesi |"
                    r"jesa )?(?:lag rahi|lag raha|lagti|lagta) (?:hai|he|h|hy)")),
]
_MURDER_FOOD_S26 = (r"(?:murder|kill|destroy|demolish|smash) (?:these|this|those|that|some|a|the|"
                    r"my) (?:\w+ )?(?:coneys|hot dogs|hotdogs|burgers?|tacos|burritos|wings|pizza|"
                    r"fries|nachos|ribs|brisket|pancakes|waffles|ramen|noodles|sandwich\w*|subs|"
                    r"pies?|cake|donuts|leftovers|snacks|" + _OD_FOODS + r")")
RISK_RULES["ho_plan"] += [
    # "gonna torch the science block friday night, petrols already in our shed"
    ("torch_s26", (r"(?:gonna|going to|finna|bout to|gonnae|ima|imma|will) (?:\w+ )?(?:torch|burn "
                   r"down|set fire (?:to|tae)|petrol bomb|firebomb) (?:the|that|his|her|their|our|ur|your) "
                   r"(?:\w+ )?(?:school|block|building|gym|house|car|shop|church|mosque|office|"
                   r"classroom|library|portakabin|portable|caravan|shed|hall)(?![\w#])"
                   r"(?!(?: \w+){0,3} (?:in|on) (?:minecraft|roblox|sims|the sims|fortnite|the "
                   r"game|gta|animal crossing|terraria|rust|ark|bloxburg))")),
]
_add_unless({
    # "unalive yourself lmao nobody gon cry": the crying is the attack's
    "crying": (r"(?:nobody|no one|noone|naebody) (?:\w+ )?(?:gon|gonna|will|would|is gonna) cry|"
               r"cry (?:harder|more|about it)|go cry"),
    # "dissecting a pigs heart in bio tomorrow n im gonna pass out"
    **{name: r"dissect\w*|blood tests?|needles?|injections?|jabs?|vaccines?|booster|flu shot"
       for name in ("acute_more", "acute_b3")},
    "acute_more3": (r"pressure cooker|kettle|microwave|popcorn|volcano|balloons?|fireworks?|boiler|"
                    r"radiator|engine"),
    # "burning every single revision card, goodbye forever trigonometry"
    "goodbye_all": (r"(?:goodbye|bye|farewell) (?:forever )?(?:to )?(?:trig\w*|maths?|algebra|"
                    r"calculus|chemistry|physics|biology|french|spanish|german|latin|history|"
                    r"geography|revision|revision cards|gcses|a levels|exams|homework|textbooks|"
                    r"uniform|tie|year \d+|sixth form|braces|cast|retainer)(?![\w#])"),
    # "jrotc drill meet saturday, we finally got the rifle spins clean"
    "means": (r"jrotc|rotc|drill (?:team|meet|practice|comp)|colou?r guard|winter guard|rifle "
              r"spins?|prop (?:guns?|rifles?|knife|knives)|(?:kisu|kisi) (?:ya|la|cha) kukata "
              r"(?:sukuma|vitunguu|nyanya|nyama|mboga|matunda|mkate|keki|kabichi)"),
    # "we bout to murder buchanan friday night, bears getting buried on their own field"; "bout
    # to murder these coneys after practice"
    **{name: _MURDER_FOOD_S26 for name in ("gonna_stab", "stab_them")},
    "kill_them": (_MURDER_FOOD_S26 + r"|on (?:their|our|the|his|her) (?:own )?(?:field|court|"
                  r"pitch|turf|home ground|home court)"),
    # "tiger snake in the shed nearly killed my dog, dad sorted it with the shovel"
    "wish_b4": (r"snakes?|tiger snake|brown snake|rattlesnake|redback|spider|croc|shark|magpie|"
                r"bull|bees?|wasps?|hornets?|bear|cougar|coyote|jellyfish"),
    "bruises": r"paintball\w*|airsoft\w*",
    # Swahili "nimejichoma kidole kidogo" (burned a finger a little) roasting maize
    "multi_acted2_s17": r"(?:nimejichoma|nimejikata) (?:\w+ )?(?:kidole|kidogo)",
    # Tagalog "naglaslas si lolo ng saging na saba para sa turon"
    "multi_act_s16": (r"\w*laslas\w* (?:\w+ ){0,3}(?:ng |sa )?(?:saging|sibuyas|karne|gulay|isda|"
                      r"kamote|talong|manok|baboy|kahoy|kawayan|niyog|papel)"),
    # Cebuano "piste ka init karon uy, nag brownout pa"
    "multi_insult2_s17": (r"piste (?:ka|kaayo) (?:init|lami|kapoy|gutom|bugnaw|nindot|grabe|dugay|"
                          r"layo|taas|bug at)"),
})
# Batches 105-108 (Scunthorpe and rural Iowa, Fort William and Alice Springs; Stevenage and
# rural Kansas, Larne and Napier; four languages in eight more towns), measured with the two
# rounds above before they were read.
RISK_RULES["sh_plan"] += [
    # "stood on the line by the works crossing, next ones due in 10"; "the rope i ordered came
    # today, my room has a beam"
    # session 31 (batch 178): "im sitting on the line out near the silos. the freight comes
    # through at 9"
    ("on_line_s26", (r"(?:stood|standing|stand|sat|sitting|lying|laid|lay|lyin) (?:down )?on the "
                     r"(?:railway |train |rail )?(?:line|tracks|rails)(?: \w+| ,){0,8} (?:next "
                     r"one|next train|the train|due in|coming in|the freight|freight train|coal "
                     r"train|goods train|(?:comes|coming|goes|rolls) (?:through|past))|(?:rope|noose)(?: \w+| ,){1,10} "
                     r"(?:my room|my bedroom|the garage|the shed|the loft|the barn|the attic|my "
                     r"closet|the stairs) (?:has|got|s got|has got) (?:a |the |some )?(?:beam|beams|"
                     r"rafter|rafters|hook|strong hook|banister)")),
]
RISK_RULES["sh_act"] += [
    # Cebuano "gusto nako mo-sh balik, lisod kaayo pugngan"
    ("gusto_sh_s26", r"gusto (?:nako|ko|ako) (?:na )?(?:mo|mag|mang) ?sh(?![\w#])"),
]
RISK_RULES["sh_ideation"] += [
    # Cebuano "sige ko ug hunahuna unsaon pagkamatay nga di masakit", Tagalog "paano mamatay nang
    # hindi masakit" (how to die without pain)
    ("painless_s26", (r"(?:unsaon|unsay paagi sa|paano|pano) (?:ang )?(?:pagkamatay|pagpakamatay|"
                      r"mamatay|magpakamatay)(?: nga| na| nang| ng)? (?:di|dili|hindi) (?:masakit|"
                      r"sakit)")),
]
RISK_RULES["ho_plan"] += [
    # "bringin my das huntin knife in tomorrow, that wee spide at the bus station is gettin it";
    # "gonna glass that egg at the after party sat"; Cebuano "dad-on nako ugma ang sundang …
    # patyon nako si kevin", Tagalog "papatayin ko si kevin bukas"
    ("getting_it_s26", (r"(?:knife|blade|machete|bat|hammer|bottle|gun)(?: \w+| ,){1,10} "
                        r"(?:is|s) (?:getting|gonna get) it (?:at|after) (?:home time|school|"
                        r"lunch|break|the bus)|(?:gonna|going to|ima|imma|gonnae|will|ill|i ll) "
                        r"glass (?:him|her|them|that \w+|this \w+|the \w+)(?![\w#])|(?:patyon|"
                        r"pamatyon|papatayin|papatyon) (?:nako|ko|namo|namin|ta) si \w+(?! sa "
                        r"(?:laro|game|liga|court|depensa|ml|mobile legends|codm|chess|dota|"
                        r"finals|basketball|volleyball|tong its|tongits|chess))")),
]
TOX_RULES["tx_tell_harm"] += [
    # Roman Urdu "ja ke kahin mar ja", "hamza tu khudkushi kar le"; "go jump aff the ben"
    ("mar_ja_s26", (r"(?:ja|jaa|jao) (?:ke|k|kar|kr) (?:kahin |kahi |kaheen )?(?:mar|marr) "
                    r"(?:ja|jaa|jao)(?![\w#])|(?:tu|tum|tou|too) (?:\w+ )?(?:khudkushi|khud kushi|"
                    r"khudkashi|suicide) (?:kar|kr) (?:le|lay|lo|lai)(?![\w#])|" + _GO + r"(?:jump|"
                    r"walk|step|fall) (?:off|aff) (?:the |a )?(?:ben|munro|tor|crag|fell|summit)"
                    r"(?![\w#])")),
]
TOX_RULES["tx_threat"] += [
    # "eshay youre getting flogged after school, watch"; "im gonna find ye after school n knock
    # yer teeth down yer throat"; Tagalog "abangan kita mamaya sa labas, bubugbugin kita"
    ("flogged_s26", (r"(?:ur|youre|you re|you|u|yer|ye) (?:are |r )?(?:getting|gonna get|going to "
                     r"get|bout to get) (?:flogged|belted|twatted|knocked|shanked|glassed|rolled)"
                     r"(?: \w+| ,){0,4} (?:after school|after practice|at lunch|home time|outside|"
                     r"tomorrow|watch)(?![\w#])|knock (?:ur|your|yer|his|her) teeth (?:down|out|"
                     r"in)|(?:bubugbugin|uupakan|babanatan|gugulpihin|bugbugin) (?:kita|ka)"
                     r"(?![\w#])|abangan (?:kita|ka) (?:\w+ )?(?:mamaya|bukas|sa labas)")),
]
TOX_RULES["tx_sexual"] += [
    # Roman Urdu "apni pics bhej warna sab ko screenshot dikha dunga", "pic bhej warna teri chats
    # sab ko dikha dunga" (send pictures or I show everyone): blackmail for pictures
    # (not reported: "cricket coach bolta hai pics bhej warna team se nikaal dunga" is his)
    ("pic_warna_s26", (r"(?:^|, )(?!(?:\w+ ){0,8}?(?:bolta|bolti|bolte|bola|boli|kehta|kehti|"
                       r"kehte|keh|kaha|says|said|told|likhta|likha|msg))(?:\w+ ){0,8}?"
                       r"(?:pic|pics|photo|photos|tasveer|tasveerein|tasvir|nudes) (?:\w+ ){0,3}"
                       r"(?:bhej|bhejo|bhejna|send kar|send kr)(?: \w+| ,){0,6} (?:warna|wrna|"
                       r"nahi to|nai to|varna)")),
]
TOX_RULES["tx_insult"] += [
    # "bellend, you lost us the match", "what a dropkick", "ur such a roaster", "ffs yere thick
    # as champ"; Urdu slur "chal oye khusray"; Cebuano "pangit nimo" (you are ugly)
    ("bellend_s26", (r"^ ?(?:bellend|gobshite|dropkick|roaster|melt|wanker|knobhead|nobhead)"
                     r"(?![\w#])|what a (?:\w+ )?(?:dropkick|bellend|roaster|gobshite|bampot|"
                     r"wanker|melt)(?![\w#])|(?:<YOUARE>|ya|ye|yer|yere|such a) (?:\w+ ){0,2}"
                     r"(?:roaster|dropkick|gobshite)(?![\w#])|thick as (?:champ|mince|shit|pig "
                     r"shit|two short planks|a brick|a plank|fuck)|(?:oye|oy|abe|aby|tu|ve) "
                     r"(?:\w+ )?(?:khusra|khusray|khusre|khusri|hijra|hijray)(?![\w#])|pangit "
                     r"(?:kaayo )?(?:nimo|ka)(?![\w#])")),
]
_add_unless({
    # "last day of detasseling, ending it with a cannonball in the farm pond", "finally ending it
    # with the chemistry coursework"
    "ending_it": (r"(?:end|ending) it (?:with|w) (?:a|an|the|our|my) (?:\w+ ){0,2}(?:cannonball|"
                  r"party|bang|swim|dip|bbq|barbecue|feed|feast|movie|film|pizza|coursework|"
                  r"essay|project|assignment|exam|trip|win|goal|banger|song|dance|celebration|"
                  r"sleepover|bonfire|cake|ice cream|curry|takeaway|match|game)(?![\w#])"),
    # "pheasant opener this wknd, if i shoot one more hen hes taking my shotgun away"
    "plan_b3": (r"hens?|pheasants?|ducks?|geese|goose|clays|skeet|trap shooting|target "
                r"practice|opener"),
    # "took all the tablets off my wee cousins so theyd go out n play"
    "took_pills": (r"(?:tablets|ipads|phones|switches|consoles) off (?:my|the|his|her|our) (?:wee |"
                   r"little |lil |baby |younger )?(?:cousins?|brothers?|sisters?|siblings|kids|"
                   r"nephews?|nieces?|students|class)"),
    # "ur such a roaster lmao, greetin about your prelims again": the crying is theirs
    "crying": r"(?:greeting|crying) (?:about|over) (?:your|ur|yer)",
    # "manu comp off the ahuriri wharf, im jumping off the top rail n sending it"
    "jumping": r"manu|bomb\w*|splash|sending it|cannonball|pin drop|tombstoning|dive comp",
})
# Batch 111 (Motherwell and Bakersfield, Spokane and Newry), the last fresh batch, measured with
# all three rounds before it was read: a rude start before a climb over a rail was withheld.
RISK_RULES["sh_plan"] += [
    # "stfu about therapy, im already at the falls and climbing over the rail"
    ("over_rail_s26", (r"(?:climbing|climbed|climb|getting|got|stepping|stepped) (?:over|onto|on "
                       r"to|up on) the (?:\w+ )?(?:rail|railing|railings|parapet|ledge|balcony "
                       r"rail)(?![\w#])")),
]
TOX_RULES["tx_tell_harm"] += [
    # "try the sewer slide, its ur only talent", "sewer slide ye gowl, go on", "unalive yerself ya
    # dose"; "go jump in the kern, do us all a favor", "away n jump in the canal ya wee spide",
    # "honestly jump aff the craig ya minger, dae us aw a favour"
    ("try_slide_s26", (r"(?:^|, )(?:just |go |honestly )?try (?:the |a )?(?:sewer slide|unalive|ctb)"
                       r"(?![\w#])|^ ?(?:sewer slide|ctb|unalive) (?:ye|ya|you|u) \w+|(?:ctb|sewer "
                       r"slide|unalive) (?:yerself|yersel|yourse|yersen)(?![\w#])|(?:^|, )"
                       r"(?:honestly |just |lol |away (?:n|and|an) |go (?:and |n )?)?jump (?:off|aff|"
                       r"in|into) (?:the |a )?(?:\w+ ){0,2}\w+ (?:ya|ye|you) (?:wee |fat |absolute |"
                       r"stupid )?\w+(?![\w#])|(?:^|, )(?:away (?:n|and|an) |go (?:and |n )?)jump "
                       r"(?:in|into) (?:the |a )?(?:\w+ ){0,2}(?:canal|river|lake|loch|sea|dam|"
                       r"quarry|kern|lagan|clyde|harbour|ocean|creek|pond)(?![\w#])(?=(?: \w+| ,){0,8} "
                       r"(?:(?:do|dae) us|ya|ye|nobody|no one|with bricks|(?:and|n|an) (?:dont|"
                       r"never) come)(?![\w#]))")),
]
TOX_RULES["tx_threat"] += [
    # "i know where ye live, watch yerself walkin home the night"; "see if ye come near me again
    # yer gettin yer jaw broke"
    ("jaw_broke_s26", (r"(?:i|we) know where (?:ye|ya|you|u) (?:live|stay|bide)s?(?: \w+| ,){0,4} "
                       r"(?:watch|better watch|sleep with|look over)|(?:yer|ur|your|youre|you re|"
                       r"ye re) (?:getting|gonna get|gonnae get|going to get) (?:yer|ur|your) "
                       r"(?:jaw|nose|legs?|arms?|face|head|heid|teeth) (?:broke|broken|smashed|"
                       r"kicked in|caved in|burst|panned in)")),
]
_add_unless({
    # "a steak bake fae greggs is the only thing keepin me alive through double maths"
    "only_thing_stopping": (r"(?:alive|going) through (?:double |this |the |my )?(?:maths?|"
                            r"class|school|the day|exams?|revision|practice|lessons?|period|"
                            r"shift|week|monday|term|finals)"),
    # "drama's doing romeo and juliet and i have to stab myself with a rubber dagger"
    "cut_myself": r"(?:rubber|prop|fake|stage|plastic|toy|foam) (?:dagger|knife|sword|blade)",
    # "my FFA pig goes to auction at the county fair and i gotta say goodbye forever"
    "goodbye_all": (r"auction|county fair|ffa|4 h|show (?:pig|steer|lamb|goat|heifer)|market "
                    r"(?:pig|steer|lamb|goat)"),
    # "smoke from the fires is so bad i literally cant breathe outside"
    "cant_cope": r"smoke|wildfires?|bushfires?|pollen|hay ?fever|humidity",
})

# --- session 27: fresh batches 113 (Barnsley and Toowoomba, Roswell and Ballymena), 115
# (Invercargill and Great Yarmouth, Kalgoorlie and Wrexham), 116 (Omagh and Odessa, Thurso and
# Mildura) and 114 (four languages in eight new towns), each measured with session 26's
# pipeline before it was read. Forms, not single sentences.
IDIOMS += [
    # a game lost: "my dad beat me at horseshoes again", "nan smashed us at cribbage"
    ("beat_me_game_s27", (r"(?:beat|beats|beating|destroyed|smoked|smashed|thrashed|hammered|"
                          r"pumped|battered|whooped|whupped|bodied|owned|murdered|killed) (?:me|us|"
                          r"you|u|him|her|them) (?:(?!up )\w+ ){0,3}(?:at|in) (?:\w+ ){0,2}"
                          r"(?:horseshoes|cornhole|cribbage|crib|euchre|rummy|gin rummy|bingo|"
                          r"dominoes|snooker|netball|hurling|camogie|gaelic|footy|rugby|cricket|"
                          r"mini golf|minigolf|putt putt|air hockey|foosball|table football|"
                          r"mario party|quiz night|the quiz|pub quiz|bowls|lawn bowls|squash|"
                          r"handball|dodgeball|four square|4 square|frisbee|skittles|tiddlywinks|"
                          r"monopoly deal|jenga|twister|charades|pictionary|cluedo|risk|catan|"
                          r"the beep test|the race|the sprint|the relay|cross country|"
                          r"tug of war|arm wrestles?|the \d+ ?m?)(?![\w#])")),
    # "saying goodbye to everyone, heading to perth on the prospector tmrw for the hols", "ill be
    # gone by the morra, off to portrush wi the youth club for the week": a farewell followed by
    # the trip it is for
    ("trip_farewell_s27", (r"(?:(?:said|saying|say) (?:goodbye|bye|ta ?ra) to (?:\w+ ){0,3}"
                           r"(?:every ?one|every ?body|yous|you all|the lot)|(?:ill|i ll|i will|"
                           r"ahll|ah ll) be gone (?:by|for|till|til|from) (?:\w+ ){0,2}\w+) , "
                           r"(?:im |i m |were |we re |am |a m |off |heading |flying |driving |"
                           r"going |goin |away )(?:\w+ ){0,2}(?:to|tae|for) (?:\w+ ){0,8}(?:for "
                           r"(?:the |a )?(?:hols|holidays|holiday|week|weekend|fortnight|summer|"
                           r"break|trip|camp|tournament|carnival|residential)|wi (?:the|ma|my) "
                           r"(?:youth club|team|club|school|class|scouts|cadets)|with (?:the|my) "
                           r"(?:youth club|team|club|school|class|scouts|cadets))(?![\w#])")),
]
IDIOMS += [
    # "that slurry spreadin out the road would make ye boke, i cannae breathe": a smell
    ("smell_breathe_s27", (r"(?:slurry|stinks?|smells?|smelling|boke|"
                           r"honk|reeks?|muck spreading|"
                           r"fumes)(?: \w+| ,){0,8} (?:i |a |ye |you |u )?(?:cant|cannae|can t|"
                           r"canny|couldnt|cudnae) (?:even )?breathe(?![\w#])(?!.*(?:help|panic|scared|"
                           r"chest|attack|hurts|fire|gas))")),
]
# foods overdosed on (no drug after them: _NO_DRUG_AFTER)
_OD_FOODS_S27 = (r"maccas|mcdonalds|kfc|chiko rolls?|steak bakes?|greggs|pies|meat pies|snags|"
                 r"sausages|nuggets|hot chips|chips|dim sims?|donuts|doughnuts|bakes|pasties|tacos|"
                 r"nachos|pizza|wings|burritos|crawfish|gumbo|boudin|king cake|beignets|kolaches|"
                 r"whitebait|fritters|"
                 # session 28: "overdosed on stotties and pease puddin at the big meeting"
                 r"stott\w*|pease")
# a rope used on a farm or a car: "tied the rope to the ute n dragged the old stump out"
_ROPE_WORK_S27 = (r"tied? (?:the |a |some |dads |da s |our )?(?:tow )?rope (?:to|round|around|onto|on) "
                  r"(?:the |a |his |her |my |ma |dads |our |that )?(?:ute|truck|tractor|quad|car|"
                  r"trailer|4x4|bike|stump|old stump|tree stump|fence ?post|post|boat|bull bar|"
                  r"tow ?bar|hitch|calf|steer|heifer|gate)|(?:dragged|pulled|towed|yanked) (?:\w+ )"
                  r"{0,3}(?:stump|log|tree|fence|out of the (?:mud|bog|dam|creek))|"
                  # session 28: "got the rope off the ute to pull the quad out the creek", "ive
                  # been told to hold the rope", "tied the rope to the back of the ute n dragged
                  # the old couch out"
                  r"(?:hold|holding|held) the rope|(?:off|out) the ute|(?:pull|pulling|tow|"
                  r"towing|drag|dragging|dragged|tie|tied|tying) (?:\w+ ){0,4}(?:ute|quad|car|"
                  r"truck|tractor|trailer|boat|couch|snowmobile|sled)")
# a knife or a gun at work on fish, stock or vermin: "da's wee knife for trimmin the sheep's
# feet", "brought the wee knife for guttin the trout", "keeps a rifle in the truck for
# rattlesnakes", "mum got the rifle out for the fox thats been takin the chooks"
# (an everyday sense only: its -in spellings do not reach the lexicon's words, normalize.py);
# batch 132: "daddy got the knife out to skin the catfish", "my granny keep a pistol in her purse
# for snakes", batch 131: "got ma ain oyster knife for the festival, shuckin them"
_SKIN_SHUCK_S27 = (r"(?:skin|skinned|gut|clean) (?:the |a |them |those )?(?:catfish|crappie|bass|"
                   r"perch|redfish|mullet|flounder|fish|trout|salmon|rabbit|deer|squirrel)|(?:pistol|"
                   r"revolver|handgun) (?:\w+ ){0,5}for (?:the )?(?:snakes?|rattlers|cottonmouths?|"
                   r"copperheads?|coyotes?|hogs)|oyster knife|shucking|shuckin|shucker")
_BLADE_WORK_S27 = (_SKIN_SHUCK_S27 + r"|"
                   r"(?:gutting|guttin|gut|gutted|filleting|filletin|fillet|scaling|trimming|"
                   r"trimmin|trim|skinning|skinnin|butchering|dressing|cleaning|cleanin) (?:\w+ )"
                   r"{0,2}(?:fish|trout|salmon|mackerel|bream|barra|cod|herring|bloaters|kippers|"
                   r"whiting|flathead|snapper|carp|catch|feet|hooves|hoofs|sheep|lambs?|deer|"
                   r"rabbits?|roos?|pigs?|chooks?|chickens?|ducks?|birds)|"
                   r"(?:rifle|gun|shotgun|twenty two|22|\.22) (?:\w+ ){0,5}for (?:the |them |"
                   r"those )?(?:fox|foxes|rattlers|rattlesnakes?|snakes?|rabbits?|roos|kangaroos|"
                   r"pigs|hogs|ferals?|feral \w+|vermin|coyotes?|rats|possums?|crows|pests|dingoes|"
                   r"dingos|wild dogs|deer|ducks|geese|hunting|spotlighting|roo shooting)|"
                   # session 27, batch 137: "need a sharp knife for ag class tmrw, were doin the
                   # sheep dissection"
                   r"knife (?:\w+ ){0,2}for (?:ag|agriculture|biology|bio|science|food tech|"
                   r"cooking|hospo|woodwork) class|dissection")
_add_unless({
    # "givin away all my old footy boots n gear, quit to do rowing instead", "giving away all
    # my old rugby boots n my swannie on marketplace", "givin away all ma GCSE notes now I'm
    # done, who wants em" (give_away counts these anywhere in a message without a farewell)
    "give_away": (r"upgrading|upgraded|marketplace|gumtree|ebay|vinted|depop|trade ?me|car boot|"
                  r"quit to (?:do|play|try|focus)|(?:doing|playing|do|play) \w+ instead|"
                  r"(?:anyone|anybody|any1|who|someone) (?:wants?|needs?) (?:em|these|those|any)|"
                  r"(?:revision|gcse|exam|school|uni) notes|textbooks"),
    # "last shift at sonic tonight, goodbye forever to that cursed ice machine"
    "goodbye_all": (r"(?:goodbye|bye) forever to (?:that|those|the) (?!(?:world|life|pain|earth|"
                    r"people|guys|lot|family|place)(?![\w#]))\w+"),
    # "gonna drown myself in market chips n gravy after school", "bout to drown myself in andys
    # frozen custard"; foods overdosed on: "overdosed on chiko rolls at the footy canteen",
    # "bout to OD on allsup's burritos", "gonna od on whitebait tonight", "gonnae overdose on
    # tablet at ma gran's"
    "method_words": (r"drown(?:ing)? (?:myself|me|my sorrows) in (?!(?:the|a) (?:river|lake|sea|"
                     r"ocean|bath|tub|pool|loch|canal|dam|creek|water))(?:\w+ ){0,3}(?:chips|"
                     r"gravy|food|pizza|chocolate|ice cream|work|homework|revision|coffee|tea|"
                     r"snacks|sweets|maccas|kfc|nuggets|fries|cake|bubble tea|boba|pasta|noodles|"
                     r"ramen|curry|netflix|anime|music|books|custard|frozen custard|gelato|"
                     r"milkshakes?|shakes|froyo|dessert|candy)|" + _OD_ON_NOT_DRUG + r"(?:"
                     + _OD_FOODS_S27 + r"|" + _OD_FOODS_S26 + r"|tablet (?:at|fae|from) (?:ma |my )?"
                     r"(?:gran|nan|granny|maw|nana)s?)" + _NO_DRUG_AFTER),
    "overdosed": _OD_ON_NOT_DRUG + r"(?:" + _OD_FOODS_S27 + r")" + _NO_DRUG_AFTER,
    "means": _ROPE_WORK_S27 + "|" + _BLADE_WORK_S27,
    "intent_more2": _ROPE_WORK_S27,
    "weapon_for": _BLADE_WORK_S27,
    "cutting_now": (r"gutting|filleting|bloaters|kippers|herring|mackerel|the fish|"
                    + _SKIN_SHUCK_S27),
    # "im gonna absolutely kill the 400 at interhouse tmrw"
    **{name: (r"(?:kill|murder|smash|destroy|bodied|body) (?:the |my |this |that |our )?(?:\d+ ?m(?![\w#])|\d+(?= at | in | on | race| final| heat| tomorrow| tmrw| today| ,|$)|"
              r"\d+ metres|hurdles|relay|sprint|race|heat|final|beep test|cross country|"
              r"interhouse|sports day|carnival|swim meet|comp|solo|audition|recital|routine|"
              r"set|performance|exam|mock)(?![\w#])")
       for name in ("kill_them", "stab_them", "gonna_stab", "gonna_hurt")},
    # "my brother says he'll kill me if i touch his ute again" (not "if i tell"; a sibling, a
    # friend or a grandparent, not a parent)
    **{name: (r"(?:brother|sister|bro|sis|cousin|twin|mate|bestie|friend|nan|nana|gran|granny|"
              r"grandma|grandad|grandpa)s? (?:\w+ ){0,4}(?:kill|murder|hurt) me if i (?:\w+ )?(?:touch|use|borrow|take|drive|crash|"
              r"scratch|break|wear|eat|drink|nick|pinch|finish|sit in|play|read|open|lose|spill|"
              r"ding|dent) (?:his|her|their|the|my|any of his|any of her|it|them)(?![\w#])")
       for name in ("said_kill_me", "threat_if_tell", "comes_for_me", "danger_b3")},
})
RISK_RULES["sh_ideation"] += [
    # "hes got nothin left to live for", "i have no reason left to live for"; Scots and
    # Yorkshire "everyone'd be better off wi'out me"; Urdu "marny k khayal bohat aaty hain"
    ("live_for_s27", (r"(?:nothing|nowt|no reason|no reasons|no one|nobody) (?:left )?"
                      r"(?:to|tae) live for|better off (?:wiout|wioot|withoot|wi out|wi oot)"
                      r" me|(?:marne|marny|marnay|mrne|mrny|mar jane) (?:k|ke|ka|ky|kay|kai) "
                      r"(?:khayal|khyal|khayalat|khiyal|khayaal)")),
]
RISK_RULES["sh_plan"] += [
    # "trains go through every half hour, just gonna walk in front o the next one"
    ("next_one_s27", (r"(?:walk|step|jump|lie down|lay down|throw myself|fling myself) (?:out )?in "
                      r"front (?:of|o) the next (?:one|train|bus|lorry|truck|tram)")),
    # "stood on the bridge over the m1, dont think im going home"; Urdu "nehar waly pul pe ja
    # raha hun, wapis ni aana"; Swahili "naenda irente kwenye mwamba, sirudi nyumbani": a
    # dangerous place, and not coming back
    ("not_back_s27", (r"^(?=.*(?:bridge|cliff|edge|tracks|railway|river|canal|roof|ledge|"
                      r"motorway|viaduct|quarry|pul|nehar|darya|chhat|patri|pattri|mwamba|"
                      r"daraja|mto|ziwa|reli|bahari|ghorofa)(?![\w#])).*(?:(?:dont|dunt|do not) "
                      r"think (?:im|i m|i am|ill|i ll) (?:be )?(?:going|goin|coming) "
                      r"(?:back )?home(?! (?:tonight|till|til|until|for|from|before|at|to|yet))|"
                      r"(?:wapis|wapas|waps) (?:ni|nahi|nai|nahin|na) (?:aana|ana|aunga|aaunga|"
                      r"aon ga|aoon ga|aungi|aaungi|aoongi)|(?:sitarudi|sirudi|sitorudi)"
                      r"(?: tena| nyumbani| kamwe|$| ,))(?!(?: \w+){0,3} (?:tak|baad|for|till|"
                      r"til|until|mpaka|hadi|baada|leo|kesho|tonight|hafte|haftay|week|weeks))")),
]
RISK_RULES["sh_acted"] += [
    # "already necked the lot, just leave it"
    ("necked_lot_s27", (r"(?:already |just )?(?:necked|downed|swallowed|swallied) (?:the lot|the "
                        r"whole lot|them all|all of them|every one of them)(?! of (?!(?:the |my |"
                        r"them |those |these )?(?:pills|tablets|meds|paracetamol|panadol)))")),
]
RISK_RULES["ds_medium"] += [
    # "everythings caving in on me, dont see the point in anything no more"
    ("no_point_s27", (r"(?:dont|dunt|cant|do not|cannot|"
                      r"dinnae|cannae) see (?:the |a |any )?point in (?:anything|owt|life|"
                      r"living|any of it|going on|trying) (?:anymore|any more|no "
                      r"more|nae mair|now)")),
]
TOX_RULES["tx_tell_harm"] += [
    # "jump off the herring bridge n do us all a favour, tyler" (the favour after the jump);
    # "nobody'd miss ye if ye went an hung yerself"
    ("jump_favour_s27", (r"(?:^|, )(?:go |just |pls |please )?(?:jump|walk|step|fall) (?:off|aff|in "
                         r"front of|into) (?:\w+ ){0,4}(?:n|and|an|&) (?:do|dae) (?:us|the world|"
                         r"every ?one|every ?body) (?:all |aw )?a favou?r|(?:nobody|nobodyd|no one|"
                         r"noone|naebody|naebodyd)(?: would| d| wid| wud| will| gonna)? miss (?:ye|"
                         r"you|u|ya) if (?:ye|you|u|ya) (?:\w+ ){0,2}(?:hung|hanged|killed|topped|"
                         r"offed|unalived|drowned|died|jumped|disappeared)")),
]
TOX_RULES["tx_threat"] += [
    # "tell connor im gonna batter him by wellington pier after school", "if i see u at the
    # skatepark tmrw im smashing ur teeth in", "see you after school, im gonna knock yer
    # ballix in": a beating, someone named or spoken to, and a when or a where
    # (no weapon named after the intent: with one it is a plan, and pages; the check is made
    # where an intent word starts, not at every position)
    ("batter_him_s27", (r"(?:gonna|going to|gonnae|finna|will|ll|im|i m|am)(?!.*(?:bats?|knife|knives|"
                        r"blade|gun|hammer|machete|crowbar|bottle|brick|pole|weapon|shank)"
                        r"(?![\w#])) (?:\w+ )?(?:batter|"
                        r"battering|leather|leathering|lamp|deck|decking|bash|bashing|"
                        r"belt|belting|skelp|skelping|panel|panelling|twat|twatting|wallop|"
                        r"knock|smash|smashing|burst|kick|kicking|"
                        r"kick the shit out of|beat|beating) (?:him|her|them|you|u|ye|ya|yer|ur|"
                        r"your) ?(?:\w+ )?(?:teeth|face|head|heid|ballix|baws|bake|ass|arse|"
                        r"jaw|nose|lights)?(?: in| out| up)?(?: \w+| ,){0,5} (?:after school|"
                        r"after practice|at lunch|at break|tomorrow|tmrw|the morra|by the|at the|"
                        r"outside|behind|dont run|watch)(?![\w#])|(?:see|catch) (?:you|u|ya|ye) "
                        r"(?:after school|at lunch|tomorrow|tmrw|the morra) (?:\w+ ){0,2}, (?:im|"
                        r"i m|ill|i ll|ahll|am) (?:gonna |gonnae |going to )?(?:batter|burst|"
                        r"knock|smash|kick|panel|deck|leather|lamp|skelp)|if i (?:see|catch) (?:you|u|ya|ye) (?:\w+ )"
                        r"{0,5}(?:im|i m|ill|i ll|ahll|am) (?:gonna |gonnae |going to )?(?:smash|"
                        r"smashing|batter|battering|burst|knock|kick|kicking|"
                        r"panel|deck|decking|leather|lamp|skelp) (?:ur|your|yer|you|"
                        r"u|ye)|(?:ahll|ah ll|all|a ll) (?:batter|burst|leather|panel|deck|skelp) "
                        r"(?:thee|ye|ya)(?![\w#])")),
]
_add_unless({name: (r"at (?:fifa|fortnite|cod|warzone|pool|darts|snooker|chess|cards|\w+ later)|"
                    r"on (?:fifa|cod|fortnite|the xbox|the ps\d|xbox|ps\d|mario kart|the game)")
             for name in ("batter_thee_s25", "batter_him_s27")})
TOX_RULES["tx_insult"] += [
    # "aoifes a slag, everyone knows", "ye re a total spa", "youre actually a mong", "wee ginger
    # scrote", "mingin wee tink" (not a slag heap, not the spa)
    ("slag_spa_s27", (r"(?<!called )(?<!call )(?<!calling )(?<!said )(?:(?:<YOUARE>|ya|ye|yer|yere|"
                      r"ye re|\w+s a|\w+s an|is a|such a|of a|absolute|total|proper) (?:\w+ ){0,2}"
                      r"(?:slag(?! heaps?)|slags(?! heaps?)|mong|mongs|scrote|scrotes|spa(?= ,|$| "
                      r"everyone| lol| lmao| mate))|(?:wee|dirty|manky|minging) (?:\w+ )?(?:tink|"
                      r"tinks|scrote|scrotes))(?![\w#])")),
]

TOX_RULES["tx_staff"] += [
    # a volunteer's brush-off: "catch yerself on, its only a wee exam", "im not here to babysit
    # you, sort yourself out", "ive heard all this before", "if you keep whinging about the
    # same stuff"; Urdu "bachon wali harkatein chhoro"
    ("sort_out_s27", (r"(?:just |go |now )?sort (?:yourself|yerself|urself|ye sel|yersel) out|catch "
                      r"(?:yourself|yerself|urself|yersel) on|not here to (?:babysit|hold (?:your|"
                      r"ur) hand|listen to (?:you|u) (?:moan|whinge|whine))|(?:ive|i ve|i have|weve|"
                      r"we ve) (?:already )?heard (?:all )?(?:this|that|it) (?:all )?before|(?:keep|"
                      r"stop|quit) (?:on )?(?:whinging|whingeing|whining|moaning) (?:about|over|on)|"
                      r"(?:stop|quit) crying (?:about|over)|bachon (?:wali|waali|jesi|jaisi) "
                      r"(?:harkat|harkatein|harkaten|baatein|baaten)")),
]
_add_unless({
    # "stuck at home with the whole front shut up for winter"
    "shut_up": (r"shut up (?:for (?:the )?(?:winter|season|summer|holidays|night|weekend)|shop)|"
                r"(?:shop|front|house|caravan|place|pub|school|arcade|pier|kiosk) (?:\w+ )?"
                r"(?:is |was |all |got )?shut up"),
})

# Batches 117-120 (Coleraine and Muncie, Timaru and Bundaberg; Gisborne and Grand Island, Broken
# Hill and Whanganui; Rhondda and Laredo, Kirkcaldy and Geraldton; four languages in eight more
# towns), measured with session 26's pipeline and with the forms above before they were read.
RISK_RULES["sh_ideation"] += [
    # Scots "naebody'll miss me" (one word once normalised); Tagalog "iniisip ko kung mas okay ba
    # kung wala na lang ako" (if i just were not here); "some nights i pray i just dont wake up"
    ("nobodyll_s27", (r"(?:nobodyll|naebodyll|noonell|no onell|nobodyd|naebodyd) (?:even |really )?"
                      r"miss me(?![\w#])|(?:mas okay|mas ok|mas maayo|mas mabuti|mas masaya sila) "
                      r"(?:\w+ ){0,2}kung wala na (?:lang )?(?:ako|ko)|(?:pray|praying|prayed|"
                      r"hope|hoping)(?: \w+){0,5} (?:i )?(?:just )?(?:dont|don t|wont|won t|never) "
                      r"wake up(?! (?:late|early|on time|for|in time|before))")),
]
RISK_RULES["sh_plan"] += [
    # Swahili "usiku huu najirusha ndani" (tonight i throw myself in)
    ("najirusha_s27", r"(?:najirusha|najitupa|ninajirusha|ninajitupa) (?:ndani|chini|mtoni|majini)"),
]
RISK_RULES["sh_act"] += [
    # Cebuano "ganahan na pud ko mag-samad sa akong bukton" (i want to wound my arm again)
    ("samad_s27", (r"(?:ganahan|gusto) (?:na )?(?:pud |pod |sad |usab |napud |nasad )?(?:ko |nako |"
                   r"nakong )?(?:(?:mo|mag|mang) ?samad sa|samaran|samadan|samadon) (?:akong|ako) "
                   r"(?:bukton|kamot|paa|lawas|pulso)")),
]
RISK_RULES["ho_plan"] += [
    # Tagalog "papatayin ko silang lahat sa school bukas", Cebuano "patyon nako silang tanan sa
    # eskwelahan ugma" (all of them; not in a game, a match or cards)
    ("patyon_tanan_s27", (r"(?:(?:papatayin|patayin|pagpapatayin) (?:ko|namin|natin|q) (?:na )?"
                          r"(?:silang lahat|sila lahat|lahat sila|kayong lahat|kayo lahat|lahat)|"
                          r"(?:patyon|pamatyon) (?:jud |gyud )?(?:nako|ko|namo) (?:jud |gyud )?"
                          r"(?:silang tanan|sila tanan|tanan|kamong tanan|ang tanan))(?!.*(?:sa|"
                          r"in|ug) (?:ml|mlbb|mobile legends|codm|cod|valorant|free fire|pubg|"
                          r"dota|roblox|minecraft|fortnite|depensa|laro|game|liga|court|tongits|"
                          r"chess|ahedres|basketball|volleyball)(?![\w#]))")),
]
RISK_RULES["ab_ongoing"] += [
    # "last time he broke my arm" (not at rugby)
    ("broke_my_arm_s27", (r"(?:he|she|dad|da|mum|mom|mam|stepdad|stepmum|stepmom|uncle) (?:\w+ )?"
                          r"(?:broke|fractured|cracked|dislocated) my (?:arm|wrist|nose|jaw|ribs?|"
                          r"fingers?|hand|leg|collarbone)(?!(?: \w+){0,3} (?:playing|at|in|during|"
                          r"tackl\w*|wrestling|training|practice))")),
]
RISK_RULES["ab_unclear"] += [
    # Swahili "mwalimu wa zamani alikuwa anatuchapa mpaka tunatoka damu" (used to beat us until we
    # bled)
    ("anatuchapa_s27", (r"(?:alikuwa|walikuwa) (?:ana|wana)(?:tuchapa|nichapa|tupiga|nipiga) "
                        r"(?:\w+ ){0,3}(?:damu|kovu|makovu|alama)")),
]
_add_unless({
    # "my abuela is gonna kill me if i miss misa again lol"
    **{name: (r"(?:abuela|abuelita|lola|lolo|nani|dadi|bibi|nan|nana|gran|granny|grandma|"
              r"grandad|grandpa)s? (?:\w+ ){0,4}(?:kill|murder) me if i (?:\w+ )?(?:miss|forget|"
              r"skip|am late|m late|lose|break)(?![\w#])")
       for name in ("said_kill_me", "threat_if_tell", "comes_for_me", "danger_b3", "scared_home")},
    # "detasseling rows at 6am again tmrw, im gonna pass out in the corn lol"
    **{name: (r"pass out (?:in|from) (?:the )?(?:heat|corn|sun|field|paddock|shed|shearing shed)|"
              r"detassel\w*") for name in ("acute_more", "acute_b3")},
    # "were hanging the homecoming banners off the bleachers tonight, need help"
    "need_help": (r"(?:hanging|putting up|setting up|decorating|painting|making) (?:\w+ ){0,3}"
                  r"(?:banners?|posters?|decorations|lights|bunting|streamers|floats?)"),
    # "bamp took the carving knife to the lamb for sunday dinner", "dads loading the rifle for the
    # pig hunt sat", "dads doing home kill on the two hoggets tmrw"
    **{name: (r"(?:to|into) the (?:lamb|turkey|chicken|roast|joint|ham|pork|brisket|leg of \w+)|"
              r"for (?:the )?(?:\w+ )?(?:hunt|hunting|cull)|home kill|hoggets?|killing (?:a |the )?"
              r"(?:sheep|lamb|pig|hogget|steer|beast|chooks?|chickens?)")
       for name in ("weapon_for", "means", "stab_them", "kill_them")},
    # "giving away all my old 4-h ribbons and show stuff, aging out this year"
    "give_away": r"aging out|ageing out|too old for|grown out of|outgrown|outgrew",
    # "cut myself a huge slice of my aunts sheet cake", "burnt my legs on the slippery dip"
    "cut_myself": (r"cut (?:myself|me) (?:a |an |another |some )?(?:\w+ ){0,2}(?:slice|slices|"
                   r"piece|pieces|bit|wedge|chunk|hunk|slab|portion)s? of|burnt? (?:my |me )?"
                   r"(?:\w+ )?(?:legs?|hands?|arms?|feet|bum|thighs?) on (?:the )?(?:\w+ )?"
                   r"(?:slippery dip|slide|seatbelt|seat|car seat|metal|bonnet|trampoline|sand|"
                   r"bitumen|road|pavement|footpath|bbq|stove|oven|iron|swing|monkey bars)"),
    # "nans faggots n peas are to die for" (a Welsh dish, not the slur)
    "slur": (r"faggots? (?:n|and|&|with|in) (?:\w+ )?(?:peas|mash|gravy|chips|onion|onions)|"
             r"(?:ate|eat|eating|cooked|cooking|cooks|makes|made|having|nans|grans|mams|mums|"
             r"homemade|brains) faggots"),
    # "failed ma drivin theory again, feel like such a numpty" (the sender of themself)
    "dobber_s26": (r"(?:feel|feeling|felt|makes me feel|i m|im|i am|i was|am) (?:like )?(?:\w+ )?"
                   r"(?:such a|a total|a right|a proper|an absolute|a|an) (?:\w+ )?(?:numpty|"
                   r"dobber|bampot|drongo|melt|roaster|dropkick)"),
})

# Batches 121, 123 and 124 (Ballarat and Yakima, Strabane and Lowestoft; Dubbo and Sioux City,
# Arbroath and Whangarei; Lurgan and Rockhampton, Oamaru and Lufkin) and 122 (four languages),
# measured with session 26's pipeline and with the first two rounds before they were read.
RISK_RULES["sh_plan"] += [
    # "gonna walk out onto the newell tonight n let a truck sort it"
    ("truck_sort_s27", (r"let (?:a|the|some) (?:\w+ )?(?:truck|train|bus|lorry|car|road train|semi) "
                        r"(?:sort|finish|end|take care of|do|deal with) (?:it|me|the rest|"
                        r"everything)")),
]
RISK_RULES["sh_ideation"] += [
    # "sometimes i wish a croc would just take me in the river"; "ma mate keeps sayin naebody wid
    # notice if he wisnae here" (a friend; the sender's own "nobody would notice if i wasnt
    # around" is low in train.jsonl)
    ("croc_take_s27", (r"wish (?:a|the|some) (?:\w+ )?(?:croc|crocodile|shark|truck|bus|train|car|"
                       r"lorry|meteor|asteroid|bear|snake) (?:would|wud|wid|could|d) (?:just )?"
                       r"(?:take|hit|get|eat|kill|run over|run me over|flatten) me|(?:nobody|"
                       r"naebody|no one|noone) (?:would|wid|wud|d|will) (?:even )?(?:notice|care) "
                       r"if (?:he|she|they) (?:wasnt|wasnae|wisnae|wasn t|werent|was gone|were "
                       r"gone|died|disappeared|wasnt here|wisnae here)")),
]
RISK_RULES["ab_unclear"] += [
    # "when i was wee somethin happened wi a neighbour n i never told anyone"
    ("never_told_s27", (r"(?:something|stuff|things) (?:bad |weird )?happened (?:wi|with|w) (?:a |my |"
                        r"an |the |our |ma )?(?:\w+ ){0,2}(?:neighbou?r|uncle|cousin|coach|"
                        r"teacher|babysitter|stepdad|step dad|man|guy|older boy|family friend|"
                        r"priest|tutor|pastor|imam|maulvi)(?: \w+| ,){0,6} (?:never|didnt|"
                        r"couldnt|havent|cant|still havent) (?:told|tell|say|said)")),
]
TOX_RULES["tx_tell_harm"] += [
    # "nobody would care if u jumped off the bridge, do everybody a favor"; "tell jamie hes a
    # minger n should jump aff the cliffs"
    ("care_if_u_s27", (r"(?:nobody|no one|noone|naebody)(?: would| d| wid| wud| will| gonna)? "
                       r"(?:even )?(?:care|notice) if (?:ye|you|u|ya) (?:\w+ ){0,2}(?:jumped|hung|"
                       r"hanged|killed|topped|offed|unalived|drowned|died|disappeared)|tell \w+ "
                       r"(?:he|she|they)(?: s| is| are|s)? (?:\w+ ){0,4}(?:n |and |an )?(?:should|"
                       r"shud|needs to|ought to|oughta) (?:just |go |gae )?(?:jump|walk|step|fall)"
                       r"(?= (?:off|aff|in front of|into) )")),
]
IDIOMS += [
    # "whos got the english assignment on the crucible done, need help"
    ("homework_help_s27", (r"(?:assignment|homework|essay|hw|maths|coursework|project|revision|"
                           r"worksheet|quiz)(?: \w+| ,){0,10} (?:need|needs|needing) help(?= ,|$| "
                           r"pls| please| with| asap| lol)(?!.*(?:pills|took|cut|hurt|die|kill|help me))")),
]
_add_unless({
    # "ill be gone by friday an not back for a week, bundoran wi the cousins"
    **{name: (r"(?:not back|back) (?:for|in|on|after|till|til) (?:a|the|\d+|two|three) (?:\w+ )?"
              r"(?:week|weeks|weekend|fortnight|days?)|(?:wi|with) the cousins")
       for name in ("gone_soon", "final_b4")},
})

# Batch 122 (four languages), its six misses
RISK_RULES["sh_acted"] += [
    # Tagalog "nalunok ko na lahat ng biogesic kanina pa" (i already swallowed all the biogesic)
    ("nalunok_s27", (r"(?:nalunok|nilunok|ininom|nainom|gilamoy|nilamoy) (?:ko|nako) (?:na )?(?:ang )?"
                     r"(?:lahat|tanan|tanang|lahat ng|tanan nga)(?: ng| sa| nga)? (?:\w+ )?"
                     r"(?:biogesic|gamot|tableta|pills|meds|paracetamol|tambal|neozep|bioflu|"
                     r"mefenamic)")),
]
RISK_RULES["sh_plan"] += [
    # Swahili "niko juu ya daraja la pangani sasa hivi, naangalia maji tu, ni rahisi sana"
    ("niko_daraja_s27", (r"niko (?:juu ya|kwenye|kwa|pale) (?:\w+ )?daraja(?: \w+| ,){0,8} (?:naangalia "
                         r"maji|ni rahisi|kuruka|nataka kuruka)")),
]
RISK_RULES["sh_farewell"] += [
    # Cebuano "babay sa tanan, pasayloa ko" (goodbye to everyone, forgive me)
    ("babay_tanan_s27", (r"(?:babay|paalam|bye) sa (?:tanan|inyong tanan|inyo tanan)(?: \w+| ,){0,4} "
                         r"(?:pasayloa ko|pasayloa ko ninyo|sorry sa tanan|patawad)")),
]
RISK_RULES["ab_grooming"] += [
    # Cebuano "naay foreigner sa messenger nagpadala nako og load ug nangayo og video, magkita daw
    # mi sa beach": money or load sent, then a video asked for
    ("load_video_s27", (r"(?:nagpadala|nagpapadala|nagpadalag|padala|nag ?send|nagbigay|binigyan|"
                        r"ananitumia|alinitumia) (?:\w+ ){0,2}(?:og |ng |ya )?(?:load|pera|gcash|"
                        r"money|hela|pesa|mpesa)(?: \w+| ,){0,6} (?:nangayo|nanghingi|humingi|"
                        r"nagpangayo|anaomba|akaomba|asked|asking) (?:og |ng |ug |for |a )?(?:video|"
                        r"pics?|"
                        r"picture|litrato|picha|hubo)")),
    # Swahili secrecy and a meeting alone: "anasema nisimwambie mtu, leo amesema nije kwake peke
    # yangu" (he says tell no one; today he said come to his place alone)
    # (an adult's secret, not a friend's: "rafiki yangu … ameniambia nisimwambie mtu" is her risk)
    ("peke_yangu_s27", (r"(?:mwalimu|ticha|teacher|kocha|coach|mjomba|uncle|baba wa kambo|stepdad|"
                        r"pastor|youth leader|jirani|mzee|shemeji|sir)(?: \w+| ,){0,12} (?:anasema|"
                        r"amesema|ameniambia|aliniambia|alisema) (?:\w+ )?(?:nisimwambie|"
                        r"usimwambie|nisiambie)|"
                        r"(?:nije|niende|nikuje|twende) (?:kwake|nyumbani kwake|ofisini kwake) "
                        r"(?:\w+ )?peke (?:yangu|yetu)")),
]
RISK_RULES["ab_unclear"] += [
    # Swahili "mwalimu wa michezo ananitumia meseji za ajabu usiku" (the games teacher sends me
    # strange messages at night)
    ("meseji_usiku_s27", (r"(?:mwalimu|kocha|coach|teacher|mjomba|uncle|baba wa kambo)(?: \w+){0,3} "
                          r"(?:ananitumia|hunitumia|ananiandikia|huniandikia) (?:meseji|messages|"
                          r"sms|picha|dm)(?: \w+){0,2} (?:za ajabu|mbaya|usiku|za usiku|za mapenzi)")),
]

# Batches 125, 127 and 128 (Warrnambool and Lake Charles, Banbridge and Barnstaple; Shepparton and
# Texarkana, Dumfries and Ashburton; Tamworth and Hereford, Nelson and Falmouth) and 126 (four
# languages), measured with session 26's pipeline and with the first three rounds before they
# were read.
RISK_RULES["sh_plan"] += [
    # "sittin on the line doon past the station, train's due at 9", "gonna stand on the line by
    # penmere after school tomorrow. mind's made up"
    ("line_train_s27", (r"^(?=.*(?:train|trains|station|crossing|railway|minds made up|made up my "
                        r"mind|mind is made up))(?:.* )?(?:stood|standing|stand|sat|sitting|sittin|"
                        r"sit|lying|lie|lay|laid) (?:down )?on the (?:railway |train |rail )?"
                        r"(?:line|tracks|rails) (?:by|near|at|past|down|doon|behind|outside|just)"
                        r"(?![\w#])")),
    # "fixin to drive out to the caprock and not come back"; Cebuano "ania ko sa taytayan sa suba
    # karon, pasayloa ko ma"; Swahili "lori la kwanza likija najirusha"; Urdu "spray wali dawai
    # … board result ke baad pee lunga"
    ("not_come_back_s27", (r"(?:drive|walk|go|head|ride) (?:out |off |down |up )?(?:to|tae) (?:\w+ )"
                           r"{0,4}(?:and|n|an) not (?:come|coming) back|(?:ania|naa) (?:na )?(?:ko|"
                           r"ako) sa (?:taytayan|tulay|pangpang|bangin|riles)(?: \w+| ,){0,6} "
                           r"(?:pasayloa|patawad|babay|paalam)|(?:likija|ikija|ukija) najirusha|"
                           r"(?:spray|keeray maar|keera maar|chuhe maar|chuha maar|tezab|phenyl)(?: "
                           r"\w+){0,2} (?:dawai|dawa|goli|golian)(?: \w+| ,){0,10} (?:pee lunga|pee "
                           r"lungi|pi lunga|pi lungi|kha lunga|kha lungi)")),
]
RISK_RULES["sh_acted"] += [
    # Cebuano "nakainom na ko ug hilo sa sagbot ganina pa"; Tagalog "nakalunok na ko ng sampung
    # biogesic kanina pa" (a rude start does not withhold either)
    ("hilo_inom_s27", (r"(?:nakainom|niinom|ininom|nainom|uminom) (?:na )?(?:ko|ako|nako) (?:ug|og|ng) "
                       r"(?:hilo|lason|bleach|zonrox|pesticide|gramoxone|muriatic)|(?:nalunok|"
                       r"nakalunok|nilunok|ininom|nainom|nakainom) (?:na )?(?:ko|ako|nako) (?:na )?"
                       r"(?:ng |og |ang )?(?:\d+|sampu\w*|dalawampu\w*|lima\w*|tatlumpu\w*|isang "
                       r"banig|usa ka banig)(?: ng| nga| ka)? (?:\w+ )?(?:biogesic|gamot|tableta|"
                       r"pills|meds|paracetamol|tambal|neozep|bioflu|mefenamic)")),
]
RISK_RULES["sh_farewell"] += [
    # Tagalog "binigay ko na cellphone ko sa bunso … di na ko magtatagal dito"
    ("magtatagal_s27", r"(?:di|hindi) na (?:ako|ko) (?:magtatagal|tatagal)(?: dito| pa| sa mundo)?"),
]
RISK_RULES["sh_act"] += [
    # Cebuano "ganahan na pud ko manglaslas" (cut myself)
    ("laslas_s27", (r"(?:ganahan|gusto) (?:na )?(?:pud |pod |sad |usab |napud |nasad )?(?:ko |nako |"
                    r"nakong )?(?:mang|mag|mo) ?laslas")),
]
RISK_RULES["sh_ideation"] += [
    # "my mate keeps saying everyone'd be better off without him"
    ("off_without_him_s27", (r"(?:keeps saying|said|says|saying|told me|keeps telling me) (?:that )?"
                             r"(?:everyone|everybody|every1|we|they|the world|his family|her "
                             r"family)(?:d| would| will)? (?:all )?be better off without (?:him|"
                             r"her|them)")),
]
RISK_RULES["ho_plan"] += [
    # "me and the boys are going round his flat tonight with bats"
    ("round_his_s27", (r"(?:going|goin|gonna go|heading|headed) (?:round|over|to) (?:his|her|their) "
                       r"(?:flat|house|place|gaff|yard|door)(?: \w+| ,){0,6} (?:with|wi|w) (?:bats|"
                       r"knives|a knife|a bat|machetes|hammers|a gun|guns|weapons|crowbars)")),
]
RISK_RULES["ab_ongoing"] += [
    # "older boys keep cornering me in the change rooms and filming me, every single week"
    ("cornering_s27", (r"(?:keep|keeps|always|kept) (?:cornering|following|grabbing) me(?: \w+| ,){0,6} "
                       r"(?:and|n) (?:filming|touching|hitting|pushing|recording|stripping) me")),
]
RISK_RULES["ds_medium"] += [
    # "mum's chucked me out, i'm sat on the steps with my bag"
    ("chucked_out_s27", (r"(?:mum|mom|mam|dad|da|parents|they|stepdad|stepmum)(?:s| has| have| s)? "
                         r"(?:chucked|booted|turfed) me out")),
]
TOX_RULES["tx_tell_harm"] += [
    # "y'all should all unalive yourselves, this app sucks"
    ("unalive_all_s27", (r"(?:yall|y all|you all|youse|yous|u all|you lot|you guys|u guys) (?:should|"
                         r"shud|need to|oughta|can) (?:all |just |go )*(?:unalive|kill|off|kys) "
                         r"(?:yourselves|yourself|urselves|yerselves)")),
]
TOX_RULES["tx_threat"] += [
    # "say that again at the bus stop and ill bash ur head in, zac"
    ("head_in_s27", (r"(?:ill|i ll|imma|ima|im gonna|gonna|well|we ll|will) (?:bash|smash|kick|cave|"
                     r"knock|punch) (?:ur|your|yer|u r) (?:head|face|teeth|skull) in")),
]
TOX_RULES["tx_staff"] += [
    # "no wonder youve got no mates if you whinge like this", "yall kids cry over anything these
    # days", "thats a daft thing to be gurnin about", "gie it a rest"
    ("no_mates_s27", (r"(?:no|nae|not) wonder (?:you|u|ye)(?:ve| have| s)? (?:got )?(?:no|nae|not) "
                      r"(?:mates|friends|pals)|(?:kids|yall|you lot|teens|you people) (?:\w+ )?"
                      r"(?:cry|whine|moan) (?:over|about) (?:anything|everything|nothing)|(?:daft|"
                      r"stupid|silly|dumb) thing to be (?:\w+ )?(?:about|over)|song (?:n|and) "
                      r"dance (?:about|aboot|over) nothing|(?:gie|give) it a rest")),
]
IDIOMS += [
    # "last day at park school ever!! leavers hoodie signed, goodbye everyone"
    ("leavers_bye_s27", (r"(?:last day (?:at|of) (?:\w+ ){0,2}(?:school|uni|college|year \d+)|leavers|"
                         r"graduation|grad day|muck up day|valedictory)(?: \w+| ,){0,10} (?:goodbye|"
                         r"bye) (?:every ?one|everybody|yall|all)(?!.*(?:forever|for good|never|"
                         r"last time|sorry|love you all))")),
]
_add_unless({
    # "gave away all my old mardi gras beads to the lil kids on the parade route"
    # (not "decluttering" or "cleaning my room": the red team's cover stories)
    "give_away": r"parade route|mardi gras|st paddys|st patricks",
    # "last night at the boarding house, saying bye to everyone before hols"; "goodbye forever
    # trolley bay"
    "goodbye_all": (r"before (?:the )?(?:hols|holidays|break|summer|christmas)|(?:goodbye|bye) forever "
                    r"(?!(?:world|every ?one|everybody|guys|yall|y all|all|life|u|you|friends|fam|"
                    r"family|mum|mom|dad|my|this|cruel|ppl|people)(?![\w#]))[a-z]+(?: [a-z]+)? "
                    r"(?:lmao|lol|haha|xd)"),
    # "gotta give the kelpies their worming pills tonight"; "got the rope out to practice heelin
    # for junior rodeo"
    "means": (r"(?:worming|worm|flea|tick|heartworm) (?:pills|tablets|meds)|(?:give|giving|gave|"
              r"dosing|dose) (?:the |our |my )?(?:dogs?|kelpies?|cats?|pups?|puppy|horses?|cattle|"
              r"sheep|calves)(?: \w+){0,2} (?:pills|tablets|meds|medicine)|rodeo|roping|heelin|"
              r"heeling|lasso|calf roping|team roping|roped"),
    "cutting_now": r"rodeo|roping|heelin|heeling|lasso",
    # "oyster festival got me, had a dodgy one and wanted to die all night"
    "want_die": (r"dodgy (?:one|oyster|kebab|prawn|curry|pie)|food poisoning|seasick|sea sick|"
                 r"gastro|stomach bug"),
    # "bout to murder these 3 sacks of crawfish", "finna stab this king cake", "gonna smash the
    # year 12s at touch on friday"
    **{name: (r"(?:murder|kill|destroy|demolish|smash|stab|slice|cut) (?:these|this|those|that|some|"
              r"a|the|my)? ?(?:\d+ )?(?:\w+ ){0,2}(?:crawfish|crayfish|crabs?|boil|king cake|"
              r"sacks? of \w+|burgers?|wings|platter)|(?:smash|destroy|thrash|hammer|smoke|"
              r"murder|demolish|crush) (?:the |those )?(?:year \d+s|year \w+s|\w+s) at (?:touch|"
              r"footy|netball|rugby|league|soccer|cricket|basketball|hockey|volleyball|the game|"
              r"the match|the comp|the carnival|sports day)(?![\w#])")
       for name in ("kill_them", "stab_them", "gonna_stab", "gonna_hurt")},
    # "go kys ya greetin faced wee rat" (an insult's crying face); "how do u fail year 9 maths"
    "crying": r"(?:crying|cry|greetin|greeting) ?faced?|cry ?baby",
    "school_stress": r"(?:how do|how did|how can|how could) (?:u|you|ye|ya) fail",
})

# Batches 129, 131 and 132 (Goondiwindi and Joplin, Cookstown and Penzance; Kempsey and Dothan,
# Stranraer and Greymouth; Limavady and Natchez, Hawick and Masterton) and 130 (four languages),
# measured with session 26's pipeline and with the first four rounds before they were read.
RISK_RULES["ho_plan"] += [
    # "takin ma da's stanley knife tae school the morn n stabbin jamie at lunch"
    ("blade_to_school_s27", (r"(?:taking|takin|bringing|brought|took|carrying|sneaking) (?:\w+ ){0,3}"
                             r"(?:knife|"
                             r"blade|gun|pistol|machete|bat|hammer|stanley)(?: \w+){0,2} (?:to|tae|"
                             r"into|in to) school(?! (?:for|to show) (?:a |the |my )?(?:project|"
                             r"show and tell|science|class|lesson|woodwork|cooking|food tech|"
                             r"home ec|dt|technology))(?!.*(?:myself|use it between|on me|my arms?|my wrists?|my legs?|"
                             r"my thighs?|hurt me|cut me))")),
]
RISK_RULES["sh_plan"] += [
    # "the glasgow train's due in 10 min n ah'm by the line"; "the xpt comes thru at 10 tonight. i
    # know where to stand"; Swahili "kamba nimeshaifunga kwenye mti … baada ya shule namaliza"
    ("by_the_line_s27", (r"^(?=.*(?:train|trains|xpt|freight|station|railway|tracks|crossing))"
                         r"(?:.* )?(?:(?:im|i m|am|ahm|ah m|a m) (?:by|at|on|near|beside) the "
                         r"(?:railway |train )?(?:line|tracks)|i know (?:exactly )?where (?:to|"
                         r"ill|i ll|i will|im gonna) (?:stand|be|wait|go))(?![\w#])|kamba "
                         r"(?:nimeshaifunga|nimeifunga|nimefunga|imefungwa)(?: \w+| ,){0,12} "
                         r"(?:namaliza|nitamaliza|nitajinyonga|leo usiku)")),
]
RISK_RULES["sh_act"] += [
    # "gonna drive mums car off the hill road tonight, done with this" (a method named)
    ("drive_off_s27", (r"(?:drive|driving|crash|crashing|steer|steering|roll|rolling) (?:\w+ ){0,3}"
                       r"(?:car|truck|ute|ride|bike|quad) (?:off|into|over) (?:the |a )?(?:\w+ )"
                       r"{0,2}(?:hill|cliff|cliffs|bridge|edge|pier|wall|tree|river|lake|quarry|"
                       r"gorge|dam|wharf)(?: road)?(?![\w#])")),
]
RISK_RULES["sh_farewell"] += [
    # Swahili "asanteni wote, simu yangu mpeni mdogo wangu. kwaherini"; Cebuano "salamat sa
    # tanan. akong selpon para kang jun-jun. babay na"; Swahili "sitakuwepo kwa muda mrefu" (i
    # wont be around long: a farewell, as "not gonna be around much longer" is)
    ("sitakuwepo_s27", r"sitakuwepo (?:kwa )?muda mrefu"),
    ("mpeni_s27", (r"(?:mpeni|wapeni|mpe|apewe|wapewe) (?:mdogo|dada|kaka|rafiki|binamu)(?: \w+| ,)"
                   r"{0,4} (?:kwaheri|kwaherini)|salamat sa tanan(?: \w+| ,){0,6} akong \w+ para "
                   r"(?:kang|ni|sa|ky) (?:\w+ ){0,3}(?:, )?(?:babay|paalam)")),
]
RISK_RULES["sh_ideation"] += [
    # Scots "ma n da
    # would be better aff if i wasnt about"; "wish id get in a wreck so itd all be over", "wish i
    # got washed away in the flood"
    ("wreck_over_s27", (r"better (?:off|aff) (?:without me|wi ?out me|"
                        r"if i (?:wasnt|wasnae|wisnae|werent) (?:about|around|here|alive))|wish "
                        r"(?:i d|id|i would|i could|i) (?:get|got|be) (?:in|hit by|into) (?:a |an )?"
                        r"(?:wreck|crash|accident|car crash)(?: \w+){0,5} (?:so|and) (?:it|this|"
                        r"everything)(?:d| would| will)? (?:all )?(?:be over|end|stop)|wish i "
                        r"(?:got|had got|had been|was|d been|d get|would get) (?:washed|swept|"
                        r"carried) away")),
]
RISK_RULES["ab_grooming"] += [
    # "coach darren said if i want rep team i gotta stay back alone with him after training n keep
    # it between us"; Cebuano "akong uyoan mosulod sa akong kwarto inig wala si mama"
    ("between_us_s27", (r"(?:coach|teacher|sir|mr \w+|mrs \w+|miss \w+|uncle|stepdad|step dad|tutor|"
                        r"pastor|youth leader|neighbou?r)(?: \w+| ,){1,20} (?:keep (?:it|this) "
                        r"between us|keep (?:it|this) (?:a |our )?secret|(?:its|it s|this is) our "
                        r"(?:little )?secret)|(?:uyoan|tito|tiyo|amain|ninong|lolo) (?:\w+ )?"
                        r"(?:mosulod|musulod|nisulod|sumusulod|pumapasok|pumasok) (?:\w+ )?sa "
                        r"(?:akong|aking) kwarto")),
]
RISK_RULES["ab_unclear"] += [
    # "ma step-gran used tae skelp us wi a wooden spoon", "mama used to whoop us with extension
    # cords when we was little"
    ("used_to_whoop_s27", (r"(?:used to|used tae|would|wid) (?:skelp|whoop|whup|whip|beat|hit|belt|"
                           r"leather|batter|thrash|smack) (?:us|me)(?: \w+){0,2} (?:with|wi|w) "
                           r"(?:a |an |the |her |his )?(?:wooden spoon|belt|extension cords?|cords?|"
                           r"switch|slipper|jandal|stick|cane|hanger|hose|wire|shoe)")),
]
_add_unless({
    # "couldnt sleep at all last night, my brain wouldnt shut up"
    "shut_up": (r"(?:brain|head|mind|thoughts|heid|alarm|dog|baby|neighbou?rs?)s? (?:\w+ )?(?:wouldnt|"
                r"wont|would not|will not|doesnt|didnt|cant|never) shut up"),
    # "bro ill shoot you the bio notes later"
    "threat_you": (r"shoot (?:you|u|ya) (?:a |the |an |some |my )?(?:\w+ )?(?:notes|text|msg|message|"
                   r"dm|email|link|pic|pics|photo|vid|video|answers|details|address|number|invite|"
                   r"list|snap)"),
    # "givin away all my old cleats n jerseys since im quittin soccer for wrestling", "… to the
    # groms at sennen, upgradin innit", "… to the wee cousins"
    "give_away": (r"(?:since|cause|cos|coz|because|bc|now) (?:im|i m|i am) (?:quitting|quittin|"
                  r"switching to|moving to|changing to) (?!life|everything|it all)\w+|upgradin|to the "
                  r"(?:wee|little|lil|younger) (?:cousins|kids|ones|uns)|to the groms"),
    # "gonna shoot through straight after school" (leave)
    **{name: r"shoot (?:through|thru|off home|home)(?![\w#])" for name in ("kill_them", "stab_them")},
})

# Batches 133, 135 and 136 (Bathurst and Pine Bluff, Ballymoney and Kaikoura; Lismore and Peebles,
# Mount Isa and Bowling Green; Kendal and Hokitika, Dungannon and Valdosta) and 134 (four
# languages), measured with session 26's pipeline and with the first five rounds before they
# were read.
RISK_RULES["sh_plan"] += [
    # "gettin the bus tae tweedbank an walkin ontae the railway line the nicht"
    ("onto_line_s27", (r"(?:walk|walking|step|stepping|go|going|lie|lying) (?:out )?(?:onto|ontae|on "
                       r"to|on tae) (?:the )?(?:railway|train|rail) (?:line|tracks)")),
]
RISK_RULES["sh_act"] += [
    # a method named ("a thought to just walk into the sea and keep going" is ideation; "gonna walk
    # into moondarra tonight n just keep walkin" is a plan with its intent and time)
    ("keep_walking_s27", (r"(?:walk|walking) into (?:the )?(?:\w+ ){1,3}(?:n|and|an) (?:just )?keep "
                          r"(?:walking|going|swimming)(?! (?:till|until|to) )")),
]
RISK_RULES["sh_acted"] += [
    # Cebuano "nakatulon na ko ug pills ganiha pa" (i already swallowed pills earlier)
    # (not "nakatulon ko og tambal sa ubo ganina": cough medicine, and no "na")
    ("nakatulon_s27", (r"(?:nakatulon|natulon|gitulon) na (?:ko|ako|nako) (?:ug|og|ng|sa) (?:\w+ )?"
                       r"(?:pills|tableta|tambal|gamot|meds|biogesic|paracetamol)(?! (?:sa|para sa|"
                       r"for) (?:ubo|sipon|hilanat|sakit|ulo|headache|cough|fever|flu|trangkaso))")),
]
RISK_RULES["sh_farewell"] += [
    # Cebuano "gihatag na nako akong relo ug sapatos kang dodong. salamat sa tanan, babay na";
    # "ihatag ninyo akong cellphone … pasaylo ma. last na ni nako nga chat"
    ("gihatag_s27", (r"(?:gihatag|gitagana|gibilin|gihatagan) (?:na )?(?:nako|ko) (?:ang )?akong (?:\w+ |"
                     r", ){1,8}(?:salamat sa tanan|babay|paalam)|(?:ihatag|ihatagan|itagana|ibilin|"
                     r"hatagi) (?:ninyo|nyo|na lang|lang|ni|na) (?:\w+ ){0,3}(?:akong|ang akong) "
                     r"(?:\w+ |, ){1,8}(?:pasaylo|pasayloa|sorry)|last na (?:ni|kini) (?:nako|ko) "
                     r"nga (?:chat|message|text|msg)")),
]
RISK_RULES["sh_ideation"] += [
    # "keep wishin the tornado had took me instead", "i wish the big quake had just taken me";
    # Scots "a just think aboot deein a lot"; Swahili "naona kama familia ingepumua vizuri bila
    # mimi" (the family would breathe easier without me)
    ("tornado_took_s27", (r"wish(?:ing|ed)? (?:the|a|that) (?:\w+ )?(?:tornado|quake|earthquake|flood|"
                          r"storm|cyclone|fire|bushfire|wave|tsunami|hurricane) (?:had|would|would "
                          r"have|d) (?:just )?(?:took|taken|take|got|get) me|think (?:about|aboot) "
                          r"deein|(?:familia|wazazi|kila mtu|wote|mama|nyumbani)(?: \w+){0,2} "
                          r"(?:ingepumua|ingekuwa|wangekuwa|angekuwa|wangefurahi|ingefurahi)(?: \w+)"
                          r"{0,2} (?:bila mimi|nisipokuwepo|nikifa)")),
]
RISK_RULES["ho_plan"] += [
    # Cebuano "ugma panaon nako si ronnel sa baybayon" (tomorrow i will spear ronnel at the beach)
    ("panaon_s27", r"(?:panaon|pusilon|tigbason|dunggabon|tadtaron) (?:jud )?(?:nako|ko) (?:si|ang) \w+"),
]
RISK_RULES["ab_ongoing"] += [
    # "lads in year 11 batter me behind the sports hall every day and put it on tiktok"
    ("batter_me_daily_s27", (r"(?:lads|boys|girls|kids|they|older kids|older boys|year \d+s?)(?: in year "
                             r"\d+)? (?:batter|beat|bash|jump|hit|kick|punch|deck) me (?:\w+ ){0,5}"
                             r"(?:every day|everyday|every week|all the time|every lunch|every break|"
                             r"after school every)")),
]
RISK_RULES["ds_medium"] += [
    # "since the shootin on our street i cant sleep, every loud noise got me shakin"; "nothing
    # matters anymore, i just feel empty and numb all the time"
    ("since_shooting_s27", (r"since the (?:shooting|stabbing|crash|fire|accident|attack|flood|"
                            r"tornado|raid)(?: \w+){0,6} (?:i )?(?:cant|can t|cannot|havent been able "
                            r"to) sleep|feel (?:so )?(?:empty|numb) (?:and|n|&) (?:empty|numb)(?: \w+)"
                            r"{0,2} (?:all the time|every day|constantly|always)")),
]
TOX_RULES["tx_tell_harm"] += [
    # "ye'd be better off deid, go on then, do us all a favour"
    ("yed_better_s27", r"(?:yed|ye d|ye would|yous d|youse d) be better off dead"),
]
IDIOMS += [
    # "mocks are done n im not gonna be here much longer... at this school i mean"
    ("this_school_s27", (r"(?:not gonna|not going to|wont) be here (?:much )?longer(?: \w+| ,){0,3} "
                         r"(?:at|in) this school i mean")),
]
_add_unless({
    # "the mechanical bull at the rodeo threw me so hard"
    "body_slam": r"mechanical bull|rodeo|bronc|the bull|the horse|my horse",
    # "my bro set his jandals on fire at the beach bonfire"
    "weapon_generic": (r"set (?:his|her|my|their) (?:jandals|thongs|shoes|hair|marshmallows?|"
                       r"sausages?|sleeve|eyebrows) on fire|bonfire"),
    # "givin away all my AS bio notes, anyone at dalriada want them before i bin them?"
    "give_away": (r"(?:bio|biology|chem|chemistry|physics|maths|math|english|history|geography|as|"
                  r"a level|gcse|revision|exam|class|uni|study) notes|(?:anyone|anybody) (?:\w+ )"
                  r"{0,3}(?:want|need)s? (?:them|em|it|one|size)"),
    # "gonna jump off the bridge into the clarence on the rafting trip, like a 5m drop", "jumped
    # off the little bridge at the regional park into the lake wit my cousins"
    **{name: r"rafting|\d+ ?m drop|bombies|(?:with|wit|wi) my cousins" for name in
       ("method_words", "around_neck")},
    # "this humidity unalivin me fr, 94 degrees at 8am"
    "g_dropped_s19": r"(?:humidity|heat|weather|sun|traffic|homework|exam|this class) (?:is )?unalivin",
    # "ima absolutely murder yous all at mario kart in the library at lunch"
    "threat_you": (r"at (?:mario kart|fifa|fortnite|cod|smash|chess|uno|monopoly|cards|pool|darts|ping "
                   r"pong|2k|madden)"),
})

# Batches 137 and 139 (Colac and Hattiesburg, Ballycastle and Bodmin; Moora and Clarksdale,
# Tiverton and Dannevirke) and 138 and 140 (four languages), measured with session 26's pipeline
# and with the first six rounds before they were read: their missed risk.
RISK_RULES["sh_act"] += [
    # "sat here thinkin how easy itd be to go off the edge"; "got scars on my thighs from last
    # year, itching to do it again"
    ("how_easy_s27", (r"how easy (?:it d|itd|it would|it will) (?:be )?to (?:go|drive|jump|step|fall|"
                      r"roll) (?:off|over) (?:the )?(?:edge|cliff|bridge|side|rail|top)|^(?=.*(?:scars|"
                      r"cuts|cutting|blade|razor))(?:.* )?(?:itching|tempted|urge) to do it "
                      r"again")),
]
RISK_RULES["sh_ideation"] += [
    # "think about not bein here a lot lately"; "i wish the beast would just get me up on the
    # moor"; Punjabi "sochda haan main mar jawan te sab da bojh utar jaye"
    ("not_being_here_s27", (r"(?:think|thinking|thought|thinkin) (?:about|of|aboot) not (?:being|bein) "
                            r"(?:here|around|alive)|wish (?:the|a) (?:\w+ )?(?:beast|wolf|wolves) "
                            r"(?:would|wud|d) (?:just )?(?:get|take|eat) me|(?:main|mai|me) mar "
                            r"(?:jawan|jaun|jaon|jawaan|jaoon)(?: \w+){0,2} (?:te|to|tou) (?:sab|saray|"
                            r"sare)(?: \w+){0,3} (?:bojh|sukoon|khush)")),
]
RISK_RULES["sh_plan"] += [
    # Cebuano "ania ko sa pantalan karon, salamat sa tanan. babay"; Swahili "kamba ipo chumbani,
    # nasubiri wote walale tu" (the rope is in the room, i am waiting for them all to sleep)
    ("pantalan_s27", (r"(?:ania|naa) (?:na )?(?:ko|ako) sa (?:pantalan|pier|wharf|dunggoanan)(?: \w+| ,)"
                      r"{0,6} (?:salamat sa tanan|babay|paalam|pasayloa)|kamba (?:ipo|iko|"
                      r"imeshafungwa)(?: \w+){0,3}(?: ,)? (?:nasubiri|ninasubiri) (?:wote |kila mtu )?"
                      r"(?:walale|walala)")),
]
RISK_RULES["ho_plan"] += [
    # Punjabi "kal school ch hamza nu chhuri maarni ae"; Swahili "kesho naenda na kisu cha jikoni
    # shule, namsubiri baraka"
    ("chhuri_maarni_s27", (r"(?:chhuri|churi|chaaku|chaku|chaqu|pistol|katta) (?:maarni|marni|maar "
                           r"deni|maarunga|maar dunga|chalani|chala dunga)|(?:naenda|nitaenda|ninaenda|"
                           r"nabeba|nitabeba) na (?:kisu|panga|bisibisi|bastola)(?: \w+){0,3} "
                           r"(?:shule|shuleni|darasani)")),
]
RISK_RULES["ho_plan"] += [
    # "gonna batter him after school friday, bats in my locker": the threat withheld without a
    # weapon (batter_him_s27) is a plan with one
    ("batter_armed_s27", (r"(?:gonna|going to|gonnae|finna|will|ll|im|i m) (?:\w+ )?(?:batter|bash|"
                          r"leather|deck|skelp|panel|smash|kick|beat|belt) (?:him|her|them|that \w+|"
                          r"(?!(?:it|this|that|the|a|my|some|these|those|em|every|everything|"
                          r"everyone|yous|us)(?![\w#]))\w+)(?= "
                          r".*(?:bats?|knife|knives|blade|machete|crowbar|hammer|weapon|shank)"
                          r"(?![\w#]))")),
]
RISK_RULES["ab_ongoing"] += [
    # "uncle makes me work the shed all day … n hits me with the crook if i slow down"
    ("hits_if_i_s27", (r"(?:hits|belts|whacks|beats|smacks|thumps) me with (?:the|a|his|her) (?!(?:ball|"
                       r"balls|pillow|pillows|nerf|snowball|paintball|frisbee|pool noodle)(?![\w#]))"
                       r"\w+ (?:if|when|whenever|every time) i")),
]
RISK_RULES["ab_grooming"] += [
    # "some grown man off tiktok sayin he gon drive down from memphis to meet me, want pics first";
    # Cebuano "si sir sa tutor permi ko pabilinon human klase mag-usa, ingon niya sekreto ra daw
    # namo"
    ("grown_man_s27", (r"(?:grown|older|adult) (?:man|guy|dude|bloke|woman)(?: \w+| ,){0,12} (?:meet "
                       r"me|meet up|pick me up|come see me|drive down)|(?:sir|maam|tutor|coach|"
                       r"teacher|tito|uncle|kuya|pastor)(?: \w+| ,){1,14} (?:sekreto (?:ra|lang) "
                       r"(?:daw )?(?:namo|nato|natin|namin)|atin atin lang)")),
]
RISK_RULES["ab_unclear"] += [
    # Punjabi "ghar ch kuch hunda jo dass nai sakdi, bas itna k mamu aande ne te dar lagda"
    ("mamu_dar_s27", (r"(?:mamu|chacha|taya|khalu|phupha|uncle)(?: \w+){0,3} (?:aande|aate|aata|aatay|"
                      r"ande) (?:ne|hain|hai|to|te)(?: \w+){0,2} (?:dar|darr) (?:lagda|lagta|lagti)")),
]

# --- session 28: fresh batches 145 (Kerikeri and Gympie, Scottsdale and Bude), 146 (four
# languages in Sambrial/Khushab, Gabaldon/Bongabon, Sibonga/Dumanjug, Mbinga/Njombe), 147
# (Taihape and Abilene, Feilding and Cessnock) and 148 (Durango and Cooma, Whyalla and
# Bemidji), each measured before it was read
RISK_RULES["sh_means"] += [
    # "gonna walk out in front of a coal truck on wine country drive tmrw", "gonna walk out in
    # front of the westlander when it comes in tuesday" (stage 1 knew only "in front of a train")
    ("in_front_s28", (r"(?:gonna|gunna|going to|will|ll|wanna|want to|finna|bout to|"
                      r"about to) (?:just |go |go and |n )?(?:walk|step|run|jump|throw myself|lie "
                      r"down|lay down) (?:out )?in front of (?:a |an |the )?(?:\w+ ){0,2}(?:train|"
                      r"car|bus|truck|lorry|ute|road train|semi|tram|traffic|\w+lander|freight)"
                      r"(?![\w#])")),
    # "gonna walk out at widemouth at high tide tonight and just keep going"
    ("keep_going_s28", (r"(?:walk|walking|swim|swimming|wade|wading|paddle) (?:out|into)"
                        r"(?! of)(?: \w+){0,6} (?:and|n|an) (?:just )?keep (?:going|walking|"
                        r"swimming)(?! (?:til|till|until|to|for|with) )")),
]
RISK_RULES["sh_ideation"] += [
    # "some nights i lie there hoping the frost gets me and i just dont wake up"
    ("dont_wake_s28", (r"(?:hoping|hope|wish|wishing|praying|pray)(?: \w+| ,){0,8} (?:and |n )?"
                       r"(?:i )?(?:just )?(?:dont|don t|never|wont|won t) wake up(?! (?:late|early|"
                       r"in time|on time|till|until|before))")),
]
RISK_RULES["ds_medium"] += [
    # a friend at risk: "my best mate sent me 'thanks for everything' out of nowhere and now her
    # phone's off"
    ("friend_bye_s28", (r"(?:thanks|thank you|thank u|ty) for everything(?: \w+| ,){0,10} (?:phone|"
                        r"phones|location)(?: s| is|s| has| was)? (?:been )?(?:switched |turned )?"
                        r"(?:off|dead)")),
]
RISK_RULES["ho_plan"] += [
    # "taking koro's .22 to school monday and those yr 12s are gonna pay" (".22" normalises to
    # ", 22"); "going round to mason's place tonight with a bat and his car's getting smashed and
    # so is he"
    ("rifle_school_s28", (r"(?:bring|bringing|take|taking|brought|took) (?:\w+ )"
                          r"{0,3}(?:, 22|22 (?:rifle|cal|calibre|caliber|magnum)|303|shotty) "
                          r"(?:\w+ ){0,2}(?:to|into) (?:school|class|prizegiving|assembly|the "
                          r"formal|the gym)")),
    ("round_with_s28", (r"(?:going|heading|gonna go|rocking up|turning up) (?:round |over |"
                        r"down )?(?:to )?\w+s (?:place|house|flat|gaff)"
                        r" (?:\w+ ){0,2}with (?:a|my|the|me|our|dads) (?:bat|bats|knife|machete|"
                        r"hammer|crowbar|pipe|axe|tomahawk|gun|rifle|shotgun|golf club)"
                        r"(?!(?: \w+){0,3} (?:for|to play|to practice|nets|cricket|baseball|"
                        r"softball|training|game))")),
]
RISK_RULES["ho_wish"] += [
    # "were jumping brody at the skate park after school, bats in the car, gonna break his legs"
    ("break_legs_s28", (r"(?:gonna|gunna|going to|will|ll|finna|bout to|about to) "
                        r"(?:\w+ )?(?:break|snap|bust) (?:his|her|their|ur|your|yer) (?:legs?|"
                        r"arms?|jaw|nose|face|neck|ribs|kneecaps?|skull|teeth)(?![\w#])")),
    # "got petrol in the ute for prizegiving, the whole senior class is gonna burn with the gym",
    # "those yr 12s are gonna pay, all of them"
    ("group_pay_s28", (r"(?:the whole|all the|those|every(?:one| one| body) in) (?:\w+ ){0,2}"
                       r"(?:class|school|year|yr \d+s|year \d+s|grade|seniors|juniors|staff|"
                       r"teachers|boys|girls)(?: \w+){0,2} (?:is|are|r|s)? ?(?:gonna|gunna|going "
                       r"to|will) (?:burn|pay|bleed)(?![\w#])(?! (?:for|back|to|off|in|up|"
                       r"attention|me|us|you)(?![\w#]))")),
]
RISK_RULES["sh_act"] += [
    # Swahili "usiku huu najirusha kwenye daraja la mto ruhuhu" (tonight I throw myself from
    # the bridge); Cebuano "nagsamad na pud ko sa akong paa gabii" (I cut my leg again last night)
    ("jirusha_s28", (r"(?:najirusha|najitupa|ninajirusha|ninajitupa|nitajirusha|nitajitupa) "
                     r"(?:\w+ ){0,2}(?:kwenye|kutoka|toka) (?:\w+ ){0,2}(?:daraja|mto|ziwa|"
                     r"bahari|reli|kisima|ghorofa|jengo|mwamba)|(?:nagsamad|gisamad|nagsamaran) "
                     r"(?:na )?(?:pud|pod|sad|usab|napud|nasad) (?:ko|nako|ako) (?:sa )?(?:akong )?"
                     r"(?:kamot|bukton|pulso|paa|tiil|hita|braso|lawas)")),
]
RISK_RULES["sh_farewell"] += [
    # Tagalog "ibigay nyo na lang cellphone ko kay bunso pati mga libro ko. paalam sa inyong
    # lahat 🖤" (not a goodbye before a trip home or a move)
    ("paalam_lahat_s28", r"(?<!ng )paalam (?:na )?sa (?:inyong |inyo |ninyong |inyo ng )?lahat(?! ng)"),
]
_add_unless({
    "paalam_lahat_s28": (r"muna|probinsya|bakasyon|uuwi|lilipat|maynila|manila|abroad|ibang "
                         r"bansa|graduation|recognition|sembreak|school year|classmates|batch"),
    # "gave away all my old footy boots and my broncos jerseys to the under 12s", "giving away my
    # old foamie ... before i start at callywith", "nan's giving all her stuff away before she
    # moves into the retirement village"
    "give_away": (r"under ?\d+s?|juniors|the little ones|retirement|nursing home|before (?:i|she|"
                  r"he|we) (?:start|starts|move|moves|head|go|goes) (?:at|to|into|up)|flogging|"
                  r"selling (?:the|my)|marketplace|(?:nan|nana|gran|grandma|granny|grandad|"
                  r"grandpa|pop|mum|mom|dad|aunty|auntie|uncle)s? (?:is |s )?giv(?:ing|es) (?:all |"
                  r"away )?(?:her|his|their)"),
    # "last shift at the chippy tonight, saying bye to everyone"; "handed in the visor n said bye
    # to everyone"; "writing goodbye messages on everyone's shirts" (muck-up week)
    "goodbye_all": (r"last (?:ever )?(?:shift|day) (?:at|of|in)|(?:apron|visor|name ?tag|badge)|"
                    r"bait shop|chippy|maccas|here i come|free (?:at last|till)"),
    "goodbye_note": r"shirts?|muck ?up|year 12|yr 12|leavers",
    # "leaving all my stuff to my sister when i go to uni next yr"
    "leave_behind": (r"(?:when|before|after) i (?:go|move|head|leave) (?:to|for|off to) (?:uni|"
                     r"university|college|boarding school|the city)|uni next (?:yr|year)"),
    # "if the mags lose to longford again sat im writing my will" (a joke will over a match)
    "farewell_b15": r"if (?:the |we |they |my )?\w+ (?:lose|loses|lost|win|wins|beat|beats)",
    # someone else's knife or pills: "who took the hunting knife out the ute", "grabbed nan's
    # script from the chemist, she's on like 9 diff pills now"
    "means": (r"(?:who|someone|somebody) (?:took|nicked|stole|has|borrowed) (?:the|my|dads) "
              r"(?:\w+ )?(?:knife|rope)|(?:nan|nana|gran|grandma|granny|grandad|grandpa|pop)s "
              r"(?:script|prescription|meds|medication|webster)|(?:she|he)s on (?:like )?\d+ "
              r"(?:diff |different )?(?:pills|meds|tablets)"),
    # "took like 4 advil before the iron horse and still died on the climb" (a small dose)
    "took_pills": (r"(?:took|had|taken|take) (?:like |about |around |only |just )?(?:a|one|two|"
                   r"three|four|1|2|3|4|a couple|couple) (?:of )?(?:advil|panadol|nurofen|"
                   r"ibuprofen|tylenol|paracetamol|aspirin|motrin|aleve|excedrin|panadeine)s? "
                   r"(?:\w+ ){0,2}(?:before|for|after) (?:the |my |a )?(?!bed|sleep)\w+"),
    # "hitting in the cages till my hands bleed, regionals in 2 wks"
    "sh_until": r"cages|batting|nets|practice|training|regionals|blisters|calluses",
    # a nose broken at footy: "copped an elbow at footy ... trainer reckons my nose is broken"
    "body_slam": r"copped an? (?:elbow|knee|boot|shoulder)|(?:trainer|physio) reckons",
    # "ending it with my maths tutor, shes too expensive"
    "ending_it": (r"(?:end|ending|ended) it (?:with|w) my (?:\w+ )?(?:tutor|coach|boyfriend|"
                  r"girlfriend|bf|gf|boss|job|team|club|band|gym|teacher|trainer|manager|"
                  r"contract|plan)"),
    # "hunter expressway at 7am is where hope goes to die"
    "want_die_generic": r"where (?:\w+ ){1,3}goes? to die",
    # "my uncle gutted the buck in our garage ... moms gonna kill him"
    "gonna_hurt": (r"(?:mum|mom|mam|ma|nan|nana|gran|grandma)s? (?:is )?(?:gonna|going to|will|"
                   r"gunna) (?:kill|murder) (?:him|them)(?![\w#])"),
    # "uncle let me stick the pig on the hunt ... dogs had it bailed and my hands were shaking"
    "acute_b3": r"pig|pigs|boar|hunt\w*|buck|deer|stag|bailed|first kill|adrenaline",
    # jumping off a bridge into a river for fun: "we jumped off the train bridge by lake irving
    # last summer", "gonna jump off the bridge at gravity canyon for my 16th" (a bungy)
    "around_neck": r"summer|when it warms up|worth it|into the \w+",
    "method_words": (r"bungy|bungee|bungie|for my \d+(?:st|nd|rd|th)|mum said yes|mom said yes|"
                     # "whos jumping off the wairoa bridge after school?? bring ur togs"
                     r"whos jumping|who s jumping|who is jumping|who wants to jump"),
})

# Session 28, second round: batches 149 (Port Augusta and Tenterden, Wairoa and Kingaroy), 150
# (Narowal/Wazirabad, Dinalupihan/Unisan, Ronda/Borbon, Makambako/Mvomero), 151 (Ottumwa and
# Omarama, Portree and Narrabri) and 152 (Bishop Auckland and Magherafelt, Inverell and Harlan),
# measured with 3cec8c3 and with the first round before they were read
RISK_RULES["sh_ideation"] += [
    # "cant see the point in sticking around anymore"
    ("sticking_around_s28", (r"(?:no|cant see the|dont see the|whats the|what is the) point "
                             # (stick\w*: "sticking" spelt out would turn Belfast's
                             # "stickin out" into it, normalize.py)
                             r"(?:in |of )?(?:stick\w* around|being here|staying alive|"
                             r"living)(?![\w#])")),
]
RISK_RULES["sh_act"] += [
    # "cut for the first time in ages last week, hid it under my rugby socks"
    ("cut_again_s28", (r"(?:cut|burned|burnt|scratched) (?:again )?for the first time in (?:ages|"
                       r"months|a while|forever|a year|years)|hid (?:it|them|the cuts|the burns|"
                       r"the marks) under my (?:\w+ )?(?:socks|sleeves|hoodie|jumper|watch|"
                       r"bracelets?|shorts|leggings)")),
]
RISK_RULES["sh_acted"] += [
    # (an act under way, as "standing on the roof of the car park")
    # Urdu "mai pehle hi ravi ke pul pe khara hun" (I'm already standing on the Ravi bridge)
    ("pul_khara_s28", (r"(?:pul|bridge|chhat|chat|chhatt|building|tower) (?:pe|par|py|k upar|ke "
                       r"upar) (?:khara|khari|kharra|khada|khadi|baitha|baithi) (?:hun|hoon|hu|"
                       r"hn)(?![\w#])")),
]
RISK_RULES["sh_farewell"] += [
    # Cebuano "babay sa tanan hangtod sa hangtod" (goodbye all, forever), "salamat sa tanan,
    # babay na"
    ("hangtod_s28", (r"(?:babay|paalam|bye) (?:na )?sa tanan(?: ,)? hangtod sa hangtod|salamat sa "
                     r"tanan(?: ,)? (?:babay|paalam)(?: na)?(?![\w#])")),
]
RISK_RULES["ho_plan"] += [
    # "me n my cuz are gonna wait for jack behind the woolshed after the dance with a bat and
    # smash him"
    ("wait_for_s28", (r"(?:gonna|gunna|going to|will|ll) wait for \w+ (?:\w+ ){0,8}with (?:a|my|"
                      r"the|our) (?:bat|bats|knife|machete|hammer|crowbar|pipe|axe|gun|rifle|"
                      r"shotgun|chain|bar|star picket|picket|brick|iron bar|wrench|"
                      r"spanner)(?![\w#])")),
]
RISK_RULES["ab_grooming"] += [
    # Tagalog "yung coach namin ... ang weird ng tingin niya sakin, lagi akong pinapaiwan after
    # practice" (always makes me stay behind)
    ("pinapaiwan_s28", (r"(?:coach|sir|maam|teacher|tito|kuya|pastor|tutor)(?: \w+| ,){0,12} "
                        r"(?:lagi|palagi|laging) (?:akong|ako) (?:pinapaiwan|pinaiiwan|"
                        r"pinapapunta|pinapatawag)")),
]
THIRD_PARTY += [
    # "my sister's been talkin real dark lately bout not wantin to be here"
    ("talking_dark_s28", (r"(?:been )?(?:talking|saying|posting) (?:\w+ ){0,3}(?:dark|about|bout)"
                          r"(?: \w+){0,2} not wanting to be here")),
]
_add_unless({
    # "dad's giving away all his old rods and reels ... before he moves down to adelaide",
    # "grandpa is giving away all his guns to us grandkids", "nan gave away all the leftover
    # kai after the tangi", "giving away all my old gcse revision guides ... free to any year
    # 10", "giving away my old togs and wetsuit ... anyone keen?"
    "give_away": (r"(?:nan|nana|gran|grandma|granny|grandad|grandpa|pop|mum|mom|dad|aunty|auntie|"
                  r"uncle)s? (?:is |s )?(?:giving|gives) away (?:all )?(?:her|his|their)|before "
                  r"(?:she|he) (?:moves|goes) (?:down|up|over|back)|leftover|leftovers|kai|"
                  r"revision|free to (?:any|a)|anyone (?:keen|want|need)"),
    # "wrote my goodbye letter to whaea t for her retirement"
    "goodbye_note": r"retirement|retiring|leaving do|farewell (?:card|do|party)",
    "farewell_b3": r"retirement|retiring|leaving do|farewell (?:card|do|party)",
    # "got me gran's old knife set when she moved into the care home, she said she wont be
    # needin them now"
    "farewell_b7": r"care home|nursing home|retirement|moved into|(?:she|he) said",
    # "im ending it with the shearing gang after this season", "... with the footy club"
    "ending_it": (r"(?:end|ending|ended) it (?:with|w) the (?:\w+ )?(?:gang|club|team|band|crew|"
                  r"squad|course|job)"),
    # "my brother hit me with a cricket ball at nets"
    "perp_hits": r"cricket ball|tennis ball|at (?:the )?nets|bowling",
    # "sharpening the gutting knife for tuna this arvo, who wants eel for tea"
    "weapon_for": (r"for (?:the )?(?:tuna|eels?|fish|pigs?|deer|roos?|possums?|rabbits?|"
                   r"hunting|eeling|fishing)|for tea"),
    # "mr h is gonna kill somebody" (a teacher about a lost rope)
    "gonna_hurt": (r"(?:mr|mrs|ms|miss|sir|coach) \w+ (?:is |s )?(?:gonna|going to) kill "
                   r"(?:somebody|someone|us|every ?one)"),
    # a fox after the chooks, a tyre swing: "took the shotgun out the back paddock to knock off
    # the fox", "tied a new rope on the tire swing"
    "means": r"fox|foxes|rabbits|possums|coyotes?|knock off|tire swing|tyre swing|rope swing",
})

# Session 28, third round: batches 153 (Bairnsdale and Galashiels, Kaikohe and Chillicothe),
# 154 (Pind Dadan Khan/Shakargarh, Cardona/Lupao, Tabuelan/Tanjay, Manyoni/Mbozi), 155
# (Murwillumbah and Dolgellau, Te Kuiti and Pikeville) and 156 (Naracoorte and Carrickfergus,
# Balclutha and Del Rio), measured with 3cec8c3 and with the second round before they were read
RISK_RULES["sh_ideation"] += [
    # "reckon mum'd have it easier if i just faded out of the picture", "thinking the fam would
    # cope fine without me around"; Urdu "kash aankh hi na khulti" (if only my eyes had not
    # opened); Tagalog "sana tulog na lang ako habambuhay" (asleep forever)
    ("fade_out_s28", (r"(?:easier|better off|happier|better) if i (?:just )?(?:faded|fade|vanished|"
                      r"disappeared)(?! for)|(?:fam|family|mum|mom|dad|parents|every ?one|they|"
                      r"friends|mates) (?:would|d|will|wud) (?:cope|be|do) (?:just )?(?:fine|"
                      r"better|okay|ok|alright) without me(?! (?:at|for|on|in|tonight|today|"
                      r"this|tomorrow|tmrw|next)(?![\w#]))|kash (?:meri )?(?:aankh|ankh) (?:hi )?"
                      r"(?:na|nah) (?:khulti|khulay|khule)|tulog na lang (?:ako )?habambuhay|sana "
                      r"(?:hindi|di) na (?:ako )?magising")),
]
RISK_RULES["sh_act"] += [
    # "cut last week for the first time in ages and i kinda want to again"
    ("cut_again2_s28", (r"(?:cut|burned|burnt|scratched)(?: \w+){1,2} for the first time in "
                        r"(?:ages|months|a while|forever|a year|years)")),
]
RISK_RULES["sh_means"] += [
    # Tagalog "mamayang hatinggabi pupunta ako sa dulo ng pantalan tapos tatalon ako, di ako
    # marunong lumangoy" (at midnight I'll go to the end of the pier and jump, I can't swim)
    ("tatalon_s28", (r"tatalon (?:na )?ako(?: \w+| ,){0,6} (?:di|hindi) (?:ako )?marunong "
                     r"(?:lumangoy|languy)|(?:pantalan|tulay|bangin|talampas) (?:\w+ |, ){0,3}"
                     r"tatalon (?:na )?ako")),
]
RISK_RULES["ds_medium"] += [
    # dissociation: "feels like ah'm watchin masel fae ootside, scared ah'm goin mad"
    ("outside_self_s28", (r"(?:watching|watch) (?:myself|mysel|masel) (?:from|fae|frae) (?:the )?"
                          r"(?:outside|ootside)")),
]
THIRD_PARTY += [
    # "ma pal's been postin goodbye-ish stuff n noo her phone's aff"; Swahili "rafiki yangu
    # ametuma 'asanteni kwa yote, mnisamehe' ... hapokei simu"; "ma pal showed me her legs in
    # the changin room, aw cut up, she made me swear no tae tell"
    ("friend_gone_s28", (r"(?:posting|posted|sent|sending) (?:\w+ ){0,2}goodbye\w*(?: \w+| ,){0,8}"
                         r" (?:phone|phones)(?: s| is|s)? (?:aff|off|dead)|(?:asanteni|asante) kwa "
                         r"(?:yote|kila kitu)(?: \w+| ,){0,8} (?:hapokei|hapatikani|hajibu|"
                         r"hapatikani kwenye) simu|(?:her|his) (?:legs|arms|wrists|thighs)(?: \w+|"
                         r" ,){0,6} (?:all |aw |a )?cut up")),
]
_add_unless({
    # "koro's giving away all his shearing gear to us moko", "papaw's givin away all his huntin
    # rifles to us grandkids"
    "give_away": (r"(?:koro|kuia|papaw|pawpaw|mamaw|poppy|pa|granda|taid|nain|lolo|lola|abuelo|"
                  r"abuela)s? (?:is |s )?(?:giving|gives) away (?:all )?(?:her|his|their)"),
    # "im ending it with footy tipping"
    "ending_it": r"(?:end|ending|ended) it (?:with|w) (?:\w+ )?(?:tipping|fantasy)",
    # "wrote my will for te reo class lol it was the assignment"
    "farewell_b15": r"for (?:\w+ ){0,2}(?:class|assignment|homework|project)|assignment",
    # "have to shove a worming pill down the dogs throat tonight"
    "means": r"worming|wormer|flea|heartworm|down the dogs? throat",
    # a view from the edge: "sat right on the edge of the cliff at the breaks eatin gas station
    # pizza, best view in the state", "standin at the edge of the monument lookin down at the
    # lough was unreal"
    **{name: (r"(?:best|the|great|nice|amazing|insane|unreal) view(?! (?:is|will be|would be) "
              r"(?:the )?last)|was unreal|pizza|picnic|selfies?")
       for name in ("top_of", "on_ledge")},
    # Urdu "har jumme murghi zibah karna mere zimme hai, khoon dekh ke ab kuch mehsoos nahi hota"
    "multi_ds_s17": r"khoon dekh ke|zibah|murghi|bakra",
})

# A breakup told with relief ("gibuwagan na nako si jake … hayahay na ko karon", "nimemaliza na
# boyfriend wangu … niko free sasa", "saif se sab khatam kar diya … ab sukoon hai"): in four
# languages stage 2 and the learned risk score read the ending as risk and paged five of the
# eight such ordinary messages of batches 77-86 (none of the 124 labelled breakups that carry
# risk says relief). Not an idiom: nothing is masked, so risk said between the two is still
# read; it only stops stage 2 and the learned risk score from escalating a message in which
# stage 1 finds no hint of risk (rules._relief_only).
_BREAKUP_S24 = (r"(?:gibuwagan (?:na )?(?:nako|ko)|nagbuwag na (?:mi|kami)|nakipag ?break na "
                r"(?:ako|ko)|nakipaghiwalay na (?:ako|ko)|hiniwalayan ko na|nag ?break na kami|"
                r"break na kami|tinapos ko na (?:kami|ang relasyon)|nimemaliza na|nimeachana na|"
                r"tumeachana|nimeachana|kumaliza mambo na|(?:se|say|sey) (?:sab )?khatam kar "
                r"(?:diya|dia|liya|lia)|break ?up kar (?:liya|lia|diya|dia)|broke up with|"
                r"dumped (?:him|her)|ended things with)")
_RELIEF_S24 = (r"(?:niko free|nipo free|niko huru|niko poa|sukoon|sakoon|hayahay|kalma|ok ra ko|"
               r"okay ra ko|relieved|feel (?:so much |a lot )?lighter|happier|gaan ng loob|"
               r"gumaan|nakahinga|amani|free na (?:ako|ko)|masaya na (?:ako|ko)|better off "
               r"without (?:him|her))")

# "is that normal" about an everyday topic ("my guinea pig is shedding like crazy, is that
# normal", "my period is late by a week"): batch 18's guinea pig was paged to a counselor.
# The topic comes before the question, so these are also looked for in the whole message
# when it names no one who could be hurting the student.
_add_unless({
    "final_b4": r"examen|tarea|prueba|clase|partido|entrenamiento|profe",
    "unclear_normal": (UNLESS["unclear"] + r"|periods?|cramps|acne|pimples?|zits?|puberty|growth "
                       r"spurt|voice (?:crack\w*|changing|keeps cracking)|braces|"
                       r"guinea pigs?|gecko|lizard|snake|turtle|parrot|ferret|"
                       r"hamsters?|shedding|homework|spring break|growing pains|stretch marks|"
                       r"body hair|wisdom teeth|allergies|sneez\w*|butterflies|crush(?:es)?"),
})
# A morning routine around "took my meds" ("took my meds, ate breakfast, ready for the math
# test") and pests around "rat poison" ("how much rat poison for the garage, theres a whole
# family of mice in there") are each said in another clause (batch 20's ordinary twins).
_add_unless({
    "means_generic": (r"ate (?:my )?(?:breakfast|lunch|dinner)|had (?:my )?breakfast|brushed (?:my )?"
                      r"teeth|vitamins?|like (?:always|usual|normal|every day|i do every day)|as "
                      r"usual|as prescribed|ready for (?:the |my |our )?(?:math |bio |history |"
                      r"english )?(?:test|exam|quiz|final|school|class|practice|game|day)"),
    "poison_more": r"mouse|roach(?:es)?|cockroach(?:es)?|pests?|rodents?|moles?|gophers?|termites?",
    # "tying up loose ends before summer, turning in late work"
    "leave_behind": (r"before (?:summer|spring break|break|the break|graduation|vacation|the "
                     r"semester ends|the move|we move|finals|exams|the holidays)|late work|"
                     r"turning in|library books?"),
})
# Rules whose everyday sense counts anywhere in the message, each with what cancels that: a
# person who could be hurting the student or be harmed, an amount taken, or a farewell.
_PERSON_WHOLE = (r"(?:<KIN>|parent|doctor|family(?! of)|adult|man|guy|someone|somebody|older|friend|"
                 r"he|she|they|him|her|them|his|people|person)s?")
# Giving things away has everyday senses that often sit in the next clause ("fixin to give away
# all my old boots, they dont fit", "any year 9s need a jersey? size 14"): they count anywhere
# in the message unless it also says something of a farewell (session 21: this replaced an
# idiom that spelled both clauses out). Not for goodbye_all, whose everyday words ("class",
# "screen time", "dinner") sit beside real farewells in the red team's set.
# "dont need it anymore since i quit" is the everyday reason, not a farewell
_QUIT_S24 = (r"(?! (?:\w+ ){0,4}(?:since|cause|cos|coz|because|bc|now that) i (?:quit|stopped|"
             r"gave up|outgrew|switched))")
_FAREWELL_WHOLE = (r"(?:wont|will not|dont|wouldnt|not gonna|not going to|never) need" + _QUIT_S24
                   + r"|need (?:it|them|anything|any of it) (?:anymore|any more|no more)"
                   + _QUIT_S24 + r"|"
                   r"where im going|(?:when|"
                   r"after|once) im gone|im gone|remember me|miss me|forever|for good|for the last "
                   r"time|last (?:time|message|goodbye|words)|sorry for|love (?:you|u|yous) all|"
                   r"(?:take care|look after) (?:of )?(?:my|mum|mom|mam|dad|da|the)|note|letter|"
                   r"(?:wont|not) be (?:here|around)|no longer|end it|ending it|its over|thats it|"
                   r"done with (?:life|everything|it all)|kms|die|dying|dead|kill\w*|unalive\w*|"
                   r"ctb|sewer slide|suicid\w*|overdos\w*|pills|rope|bridge|tonight|(?:a|my) will|"
                   r"goodbye|bye|thanks? (?:u |you )?for|(?<!fit me )(?<!fits me )no more|"
                   r"this is (?:it|the end)|my last|"
                   r"(?:not|never) wake up|sleep forever|tired of (?:everything|life|it all|"
                   r"living)|nothing left|(?:doesnt|dont|none of it) matters?|cant do this")
UNLESS_WHOLE: dict[str, re.Pattern[str]] = {
    "give_away": _compile("give_away", "farewell", _FAREWELL_WHOLE).regex,
    "unclear_normal": _compile("unclear_normal", "person", _PERSON_WHOLE).regex,
    "poison_more": _compile("poison_more", "person", _PERSON_WHOLE).regex,
    # anywhere in a message that does not also say drinking it, a time or an end ("abbu k
    # sath khet pe spray krne gaya tha, keeray maar dawai wali")
    "multi_means_s17": _compile("multi_means_s17", "drink", (
        r"pi|pee|peene|peeni|peena|piyun|drink\w*|inom|iinom|inumin|ininom|imnon|mainom|"
        r"\w*kunywa|tonight|aaj raat|aj raat|leo usiku|mamayang gabi|karong gabii|khatam|alvida|"
        r"bye|kufa|kujiua|mamatay|patay|marna|mar jaun\w*|mar jau|end|die|dead|all|sab|zote|"
        r"lahat|tanan")).regex,
    "means_generic": _compile("means_generic", "amount", (
        r"all|whole|every (?:one|pill)|too many|too much|lots?|bunch|extra|double|triple|more|"
        r"handful|dozen|\d+|\w+ (?:more|extra)|bottle|box|pack|strip|stash|hoard\w*|saved|"
        r"at once|together|on purpose|last|goodbye|bye|sleep forever|wake up|end")).regex,
}

# Session 28: a goodbye to a job or a shop ("last day at the bait shop, gave the leftover
# minnows to the regulars and said bye to everyone, duluth here i come") names its everyday
# sense in another clause; anywhere will do when nothing says forever or harm
UNLESS_WHOLE["goodbye_all"] = _compile("goodbye_all", "farewell", (
    r"forever|for good|end it|ending it|kms|kill\w*|suicid\w*|unalive\w*|ctb|die|dying|dead|"
    r"pills|rope|noose|bridge|note|letter|(?:wont|not) be (?:here|around)|no longer|this is "
    r"(?:it|the end)|sorry for everything|love (?:you|u) all|take care of|(?:wont|won t) need|"
    r"after (?:tonight|this weekend|the weekend)|last (?:time|message|msg)|tired of|cant do "
    r"this|nothing left|thanks? (?:u |you )?for|my goodbye|no more")).regex

# No everyday sense holds when the message also says it was meant or names the harm itself
# ("she hurt herself skiing, on purpose this time", "they went on a cruise and left me alone
# with no food"): then no risk rule is excused (rules._hits, rules.score).
UNLESS_GUARD = re.compile(
    r"(?<![\w#])(?:on purpose|deliberately|wants? to die|wanna die|want(?:ed|s)? to kill "
    r"(?:myself|herself|himself|themselves)|kill(?:ing|ed)? (?:myself|herself|himself|"
    r"themselves)|suicid\w*|kms|unalive|self ?harm\w*|overdos\w*|left me (?:alone|home alone|"
    r"with no(?:thing)?)|no food (?:or|and) (?:money|nobody)|(?:hits|hit|hurts|touches|touched|"
    r"chokes|choked) me|not safe|dont feel safe|scared to go home|blood|bleeding|"
    # session 9, from the red team's misses: a body sign, a picture shared, being cornered
    r"fainted|passed out|nudes|naked (?:pics|pictures|photos)|(?:her|his|their) (?:cuts|scars)|"
    r"(?:gross|disgusting|fat|ugly) about my body|pulled me (?:into|in)|dragged me|cornered me|"
    r"tried to kiss me|(?:it|that) (?:felt|feels) (?:so )?(?:good|nice)|"
    # session 22: a quoted line the sender says is them ("that song that goes 'i dont wanna be
    # here anymore' ... its literally me")
    r"(?:its|it s|thats|that s|this is) (?:literally |so |lowkey |actually |just )?me(?! too)|"
    r"how i (?:feel|felt)|so relatable|relatable af|"
    # session 27: a weapon kept for vermin and then "bringing it to school to sort out the boys
    # who bullied me"
    r"(?:bring|bringing|brought|take|taking|took) (?:it|them|that|the \w+) (?:to|into|in to) "
    r"(?:school|class|the school) (?:to|and|for)(?! (?:show|a project|science|my project)))"
    r"(?![\w#])")
UNLESS_RULES: dict[str, re.Pattern[str]] = {
    name: _compile(name, "unless", p).regex for name, p in UNLESS.items()}
IDIOM_RULES: tuple[Rule, ...] = tuple(_compile(n, "idiom", p) for n, p in IDIOMS)
BREAKUP_RELIEF = _compile("breakup_relief_s24", "relief",
                          _BREAKUP_S24 + r"(?: \w+| ,){0,14} " + _RELIEF_S24)
# Session 25: three more everyday messages that stage 2 and the learned risk score page in four
# languages when stage 1 finds nothing (batches 90-94, six of their ordinary twins): medicine
# taken with breakfast or for a cold ("subah dawai li phir nashta kiya … bas zukam tha",
# "nainom na nako akong tambal unya nipamahaw na"), a goodbye to the holidays or to sleep
# ("goodbye summer 😭 pasukan na naman bukas paalam tulog", "kwaheri likizo 😭 kesho shule
# tena"), and clothes given away because they no longer fit ("binigay ko na lahat ng lumang
# damit ko sa pinsan ko, d na kasya eh"). Read as BREAKUP_RELIEF is: nothing is masked, and
# any amount ("lahat", "vyote", "sab", a number) keeps the medicine from counting.
_MED_TAKEN_S25 = (r"(?:dawai|dawa|dwai|goli|golian|medicine|tablet) (?:li|lii|le li|kha li|khai|"
                  r"khayi|khali)|(?:uminom|umiinom|nakainom|nag ?take) (?:na )?(?:ako|ko) (?:ng |"
                  r"nang )?(?:gamot|meds|medicine|paracetamol|biogesic|vitamins)|(?:nainom|"
                  r"nakainom|ninom|miinom|nag ?inom) (?:na )?(?:nako|ko|ko og) (?:akong |ang |og )?"
                  r"(?:tambal|meds|medicine|paracetamol|biogesic|vitamins)|(?:nimekunywa|nimemeza|"
                  r"nimetumia|nimeshakunywa|nimeshameza) (?:\w+ )?(?:dawa|vidonge|tembe|panadol)|"
                  r"(?:took|taken|had) my (?:meds|medicine|medication|pills|tablets|vitamins)")
_MEAL_OR_COLD_S25 = (r"(?:nashta|nashtay|khana khaya|breakfast|almusal|kumain|pamahaw|nipamahaw|"
                     r"nagpamahaw|nikaon|mikaon|nikakula|nikala|chai|kifungua kinywa|kiamsha "
                     r"kinywa|zukam|zukaam|bukhar|nazla|sir dard|sakit ng ulo|lagnat|sipon|ubo|"
                     r"hilanat|sip on|sakit sa ulo|mafua|homa|malaria|fever|flu|headache)")
_NO_AMOUNT_S25 = (r"^(?!.*(?:lahat|tanan|tibuok|buong|banig|all|sab|saari|sari|vyote|zote|yote|"
                  r"nyingi|overdose|od|\d))")
_MEDS_S25 = _MED_TAKEN_S25 + "|" + _MED_TAKEN_B_S25
MEDS_ROUTINE = _compile("meds_routine_s25", "relief", (
    _NO_AMOUNT_S25 + r".*(?:(?:" + _MEDS_S25 + r")(?: \w+| ,){0,8} " + _MEAL_OR_COLD_S25 + r"|"
    + _MEAL_OR_COLD_S25 + r"(?: \w+| ,){0,8} (?:" + _MEDS_S25 + r"))"))
SEASON_BYE = _compile("season_bye_s25", "relief", (
    r"(?:goodbye|bye bye|bye|paalam|kwaheri|alvida|babay|adios) (?:\w+ )?(?:summer|bakasyon|"
    r"vacation|sembreak|holidays?|likizo|chuttiyan|chhuttiyan|chutti|tulog|sleep|usingizi|"
    r"weekend|christmas break|pasko|bakasyon)(?![\w#])"))
OUTGROWN = _compile("outgrown_s25", "relief", (
    r"(?:damit|shirts?|shoes|sapatos|uniform|pants|jeans|nguo|viatu|kapre|kapray|kapde|sinina|"
    r"hoodies?|clothes)(?: \w+| ,){0,8} (?:di na kasya|hindi na kasya|d na kasya|dili na mohaum|"
    r"di na mohaum|dili na mo haum|hazinitoshi|haziniingii|zimenibana|chhote ho gaye|chotay ho "
    r"gaye|tang ho gaye|dont fit|doesnt fit|no longer fit|"
    # session 27: Cebuano "gipamigay na nako akong mga sinina nga gagmay na" (small on me now)
    r"nga gagmay na|nga gamay na|na maliit na|na maliliit na|zimekuwa ndogo)"))
_GAMES_S27 = (r"(?:sa|in|on|mein|me|kwenye|ug) (?:ml|mlbb|mobile legends|codm|cod|valorant|"
              r"free fire|pubg|dota|roblox|minecraft|fortnite)(?![\w#])")
_GAME_KILLS_S27 = (r"(?:patyon|patay|pinagpapatay|pinatay|napatay|gipamatay|gipatay|kill|killed|"
                   r"killing|murder|murdered|slaughter|slaughtered|maar|maara|maarna|maar diya|"
                   r"kuua|niliua|nimeua)")
# Session 27: two more (batch 118, both in every language's own words): killing named in a
# game ("sa ML kagabi pinagpapatay ko sila lahat, savage", "patyon jud nako tanan sa ML"),
# and a goodbye for a trip ("papalaot kami ni tatay mamayang gabi … bye muna", "kwaherini wana,
# kesho nasafiri Dar kwa mjomba likizo nzima"), neither beside a word of forever.
GAME_KILL = _compile("game_kill_s27", "relief", (
    _GAMES_S27 + r"(?: \w+| ,){0,8} " + _GAME_KILLS_S27 + r"|" + _GAME_KILLS_S27
    + r"(?: \w+| ,){0,8} " + _GAMES_S27))
_TRIP_BYE_S27 = (r"(?:kwaheri|kwaherini|bye muna|babay muna|paalam muna|alvida|bye for now)")
_TRIP_S27 = (r"(?:nasafiri|ninasafiri|tunasafiri|likizo|bakasyon|probinsya|papalaot|pangisda|"
             r"mangisda|trip|vacation|mjomba|shangazi)")
TRIP_BYE = _compile("trip_bye_s27", "relief", (
    r"^(?!.*(?:milele|forever|sitarudi|hindi na (?:ako )?babalik|di na (?:ako )?babalik|dili na "
    r"(?:ko )?mobalik|wapis nahi|wapas nahi|for good|mwisho|last|huling))(?:.*" + _TRIP_BYE_S27
    + r"(?: \w+| ,){0,16} " + _TRIP_S27 + r"|.*" + _TRIP_S27 + r"(?: \w+| ,){0,16} "
    + _TRIP_BYE_S27 + r")(?![\w#])"))
# Session 31 (batches 177-179): telling someone to jump into or off a place no list names ("go
# jump in cod beck and dont come back", "why dont u go jump off the floodwall and do us all a
# favor", "go lie on the tracks mate, do us all a favour"). Named or not, the place does not
# matter when the message goes on to say who would not miss them; and read as an attack, the
# "jump" is no longer a risk word outside it that delivers the message.
TOX_RULES["tx_tell_harm"] += [
    ("jump_anywhere_s31", (r"(?:(?:^|, |why dont (?:you|u) )(?:(?:lol|lmao|bro|just|pls|please|"
                           r"then|honestly|now|ok|okay|mate|fam) )*(?:go|gan|away) (?:and |n |an )?|"
                           # batch 183 (held out): "ffion go jump off the castle bridge and do us
                           # all a favour"
                           + _GO_NAMED_S22 + r")"
                           r"(?:jump|lie|lay|walk|step|throw (?:yourself|urself)) (?:down )?(?:off|"
                           r"aff|in|into|on|onto|under|in front of) (?:the |a |an )?\w+(?: \w+| ,)"
                           r"{0,6} (?:do (?:us|every ?one|every ?body|the world) (?:all |aw )?a "
                           r"favou?r|(?:nobody|no one|naebody) (?:would|will|wud|d) (?:even )?miss "
                           r"(?:you|u|ya|ye)|(?:nobody|no one) wants (?:you|u|ya|ye)|(?:and|n|an) "
                           r"(?:dont|never) come back)(?![\w#])")),
]
# Session 31, the held-out four-language batch 184 (measured first): a pier's end at dark with
# "don't look for me any more" (Cebuano), the edge of an old mine pit with "i'll jump when people
# leave" (Swahili), and a machete carried to school with "juma won't come home" (Swahili)
RISK_RULES["sh_farewell"] += [
    # (not a trip's "walay signal sa isla so ayaw ko pangitaa hehe", "... ayaw ko pangitaa ha haha")
    ("ayaw_pangitaa_s31", (r"ayaw (?:na )?(?:ko|ako|nako) (?:na )?(?:ninyo |nyo |mo )?pangitaa"
                           r"(?! (?:ha|hehe|haha|hihi|lol|ugma ha)(?![\w#]))")),
]
RISK_RULES["sh_plan"] += [
    ("ukingo_ruka_s31", (r"(?:ukingo|kingo|ncha) (?:wa|ya) (?:\w+ |, ){0,10}(?:nitaruka|nitajitupa|"
                         r"najirusha|nitajirusha)(?![\w#])")),
]
RISK_RULES["ho_plan"] += [
    ("sime_shule_s31", (r"(?:sime|panga|kisu|bastola|bunduki)(?: \w+| ,){0,8} (?:hatarudi|"
                        r"hatarudi nyumbani|atakufa|nitamuua|nitamchoma|nitamkata)(?![\w#])")),
]
# Session 31, batches 185-188 (measured with the final code, then read): a friend who "just wants
# to die" in Swahili was withheld as the imperative "kufa tu" (now only without "nataka" before
# it) and not read as a friend at risk
THIRD_PARTY += [
    ("sw_friend_die_s31", (r"(?:rafiki|dada|kaka|binamu) (?:yangu|wangu) (?:\w+ ){0,3}(?:amesema|"
                           r"alisema|ameniambia|aliniambia|ameandika|aliandika|anasema|ananiambia) "
                           r"(?:\w+ ){0,2}(?:anataka kufa|anatamani kufa|anataka kujiua|atajiua)")),
]
# and in English: a hit list by another name ("made a list of whos getting hurt at the winter
# carnival. you guys will see"), and a height or water alone at night where nobody will find
# the sender ("going up mount marathon alone tonight to the cliffs by the gully. nobody will
# find me til morning")
RISK_RULES["ho_plan"] += [
    ("list_of_whos_s31", (r"list of (?:whos|who s|who is|wholl|who ll|who will|who) (?:getting|gonna|"
                          r"going to|is gonna|gets) (?:hurt|shot|stabbed|it|got|done|dead|die|pay|"
                          r"what s coming|whats coming)(?![\w#])")),
]
RISK_RULES["sh_plan"] += [
    ("nobody_find_s31", (r"(?:cliffs?|edge|ledge|bridge|tracks|river|lake|roof|quarry|gully|gorge|"
                         r"falls|dam|pier|wharf|bush|woods)(?: \w+| ,){0,12} (?:nobody|no one|noone) "
                         r"(?:will|ll|is gonna|gonna|would|d|is going to) (?:ever )?(?:find|see) me"
                         r"(?! (?:lol|lmao|haha))(?![\w#])")),
]
# and in the four languages: things given away beside "salamat sa tanan" (Cebuano, thanks for
# everything), a letter for mum after "sab khatam" (Roman Urdu, it's all over), "kung mahulog ko
# ... walay makamatikod" (Cebuano, if i fell nobody would notice), a father who hurt when drunk
# (Tagalog, past)
RISK_RULES["sh_farewell"] += [
    ("ceb_salamat_hatag_s31", (r"salamat sa tanan(?: \w+| ,){0,6} (?:gihatag|gitagana|gibilin) "
                               r"(?:na )?(?:nako|ko)|(?:gihatag|gitagana|gibilin) (?:na )?(?:nako|ko) "
                               r"(?:ang )?akong(?: \w+| ,){1,14} salamat sa tanan")),
    ("ur_khat_khatam_s31", (r"(?:sab khatam|sab kuch khatam|aakhri|akhri|alvida|maaf kar\w*)"
                            r"(?: \w+| ,){0,10} (?:ammi|abbu|amma|abba|maa|ami|abu) (?:ke|ki|ko) "
                            r"(?:liye|lye|lie|naam) (?:ek )?(?:khat|letter|chitthi|note)|(?:khat|"
                            r"letter|chitthi|note) (?:likh|likha)(?: \w+| ,){0,10} (?:sab khatam|"
                            r"sab kuch khatam|alvida|aakhri)")),
]
RISK_RULES["sh_ideation"] += [
    ("ceb_walay_matikod_s31", (r"kung (?:mahulog|mamatay|mawala|molukso|moambak|malumos) (?:ko|ako|"
                               r"nako)(?: \w+| ,){0,8} (?:walay|wala ra|wala) (?:\w+ )?"
                               r"(?:makamatikod|makabantay|makamingaw|mangita|maghilak)")),
]
RISK_RULES["ab_unclear"] += [
    ("tl_lasing_nanakit_s31", (r"(?:tatay|papa|itay|nanay|mama|inay|tito|kuya|lolo|stepdad) "
                               r"(?:\w+ ){0,4}(?:nalalasing|lasing|nakainom)(?: \w+| ,){0,6} "
                               r"(?:nananakit|nanakit|namamalo|nambubugbog|nanununtok)")),
]
# Every everyday reading that stops stage 2 and the learned risk score when stage 1 finds no
# hint of risk (rules._relief_only)
EVERYDAY_VETOES: tuple[Rule, ...] = (BREAKUP_RELIEF, MEDS_ROUTINE, SEASON_BYE, OUTGROWN, GAME_KILL,
                                     TRIP_BYE)
THIRD_PARTY_RULES: tuple[Rule, ...] = tuple(_compile(n, "third_party", p) for n, p in THIRD_PARTY)
RISK_RULE_SET: tuple[Rule, ...] = _compile_table(RISK_RULES)
TOX_RULE_SET: tuple[Rule, ...] = _compile_table(TOX_RULES)
TOX_EXEMPT_RULES: tuple[Rule, ...] = tuple(_compile(n, "tox_exempt", p) for n, p in TOX_EXEMPT)
# Staff are not excused for calling the student's reason "a dumb thing to be sad about".
TOX_EXEMPT_STAFF: tuple[Rule, ...] = tuple(r for r in TOX_EXEMPT_RULES if r.name != "thing_talk")

# --- batch 6: context masks ----------------------------------------------------------------
# A risk word that is ordinary in a context found *anywhere* in the message: when the context
# is present and no guard word is, only the target words are blanked (not the text between),
# and the message is left unsettled so the cascade still looks. Families from batch 6:
# guns in video games, guns as a class/debate topic, blood at the dentist or in a horror film,
# a kitchen knife, excited "freaking out", "help" with a trivial object, goodbyes before a
# move, deleting an app to spend less time on it. Guards are the words that make the same
# sentence risky ("myself", a parent's gun, "wont stop", "on purpose", "forever", ...).
_SELF_RISK = (r"myself|my self|kill\w*|die|dying|dead|suicid\w*|kms|unalive|ctb|end it|"
              r"end my life|overdos\w*|pills|on purpose|self harm|sh")
CONTEXT_MASKS_SRC: list[tuple[str, str, str, str]] = [
    # name, context, target, guard
    ("ctx_game_gun",
     r"fortnite|call of duty|cod|warzone|valorant|apex|pubg|csgo|cs2|counter ?strike|roblox|"
     r"minecraft|halo|overwatch|rainbow six|r6|gta|splatoon|destiny|battlefield|nerf|airsoft|"
     r"paintball|laser tag|video ?games?|gaming|gamer|(?:\d+|one|two|three|ten) kills?|"
     r"kill ?streak|kill game|kill win|sniped|snipe|sniping|sniper|headshots?|no ?scope\w*|"
     r"victory royale|dubs?|squad|duos|trios|lobby|ranked|clutch\w*|1v1|noobs?|cracked|"
     r"cracked|gg|ggs|(?:one|the|this|that|a|each|every) round|respawn\w*|loadout|battle pass|"
     r"aimbot|xbox|ps5|playstation|controller|twitch|stream\w*|new skin|skins",
     r"guns?|pistols?|rifles?|shotguns?|snipers?|bullets?|ammo",
     r"myself|my self|kill (?:myself|me|him|her|them|every ?one|people at)|kms|suicid\w*|"
     r"unalive|ctb|end it|end my life|die|dying|pills|(?:dads|moms|uncles|brothers|grandpas|parents|stepdads) (?:gun|rifle|"
     r"pistol|shotgun)|real (?:gun|life)|irl|in real life|at school|to school|teacher|"
     r"tomorrow|tonight"),
    ("ctx_topic_gun",
     r"debate|debating|civics|government|gov|social studies|history|essay|project|presentation|"
     r"model un|mun|current events|the news|article|policy|policies|laws?|legislation|"
     r"amendment|senator|congress|election|vote|voting|opinion|argu\w*|persuasive|research",
     r"guns?|firearms?|rifles?|pistols?",
     _SELF_RISK + r"|(?:dads|moms|uncles|brothers|grandpas|parents|stepdads|my) (?:gun|rifle|"
     r"pistol|shotgun)|(?:have|got|found|holding|bring|bringing|brought|take|taking) (?:a |"
     r"the |his |her )?(?:gun|rifle|pistol)|in my (?:bag|backpack|room|hand|locker)|shoot\w*"),
    ("ctx_blood_ordinary",
     r"movie|movies|film|horror|slasher|zombies?|show|episode|series|scene|trailer|anime|manga|"
     r"book|novel|netflix|sleepover|halloween|haunted|costume|fake blood|dentist|orthodontist|"
     r"tooth|teeth|wisdom|braces|surgery|operation|nosebleeds?|nose bleeds?|nose|period|vet|"
     r"first aid|health class|cpr|lifeguard|biology|bio|dissect\w*|butcher|steak|hunting|"
     r"deer|blood drive|donat\w*|blood test|nurse|doctor|hospital|injection|vaccine|needle|"
     r"lip|paper cut|papercut|knee|elbow|football|rugby|hockey|boxing|wrestling|skateboard\w*|"
     r"fell off|tripped|crashed|if (?:someone|somebody|a person|you|u|ur|your \w+)|"
     r"someones?(?: is)? bleeding|somebody(?: is)? bleeding|what to do if",
     r"so much blood|blood everywhere|(?:a )?lot of blood|alot of blood|(?:bleeding|blood)"
     r"(?: \w+){0,3} (?:alot|a lot|so much|too much|everywhere)|bleed(?:ing)? out",
     # session 30: "blood everywhere again, told mum it was the fish" is not the fish's
     _SELF_RISK + r"|cut|cuts|cutting|cutted|wrists?|thighs?|arms?|blade|razor|deep|again|"
     r"(?:wont|will not|cant|cannot|not|isnt) stop\w*|dizzy|faint\w*|help me|please help|"
     r"pls help|scared|shaking|shaky|(?:idk|dont know|don t know) what to do"),
    ("ctx_kitchen_knife",
     r"carv\w*|turkey|cook\w*|chop\w*|dice|dicing|slic\w*|peel\w*|recipe|"
     r"cake|bread|butter|onions?|veg\w*|pumpkin|fruit|apples?|steak|meat|chefs?|"
     r"whittl\w*|camping|scouts?|pocket ?knife|swiss army|sandwich|cheese|"
     r"knife (?:safety|skills)|culinary|cutting board|santoku|paring",
     r"knife|knives",
     _SELF_RISK + r"|wrists?|thighs?|arms?|skin|cut (?:my|me)|hurt\w*|blood|bleed\w*|stab\w*|"
     r"him|her|them|kid|guy|teacher|school|bag|backpack|pocket|room|under my|hide|hid|hiding|"
     r"look\w*|star\w*|keep|keeps|want|wanna|think\w*|thought|urge\w*|tempt\w*"),
    ("ctx_excited",
     r"crush|liked my|followed me|follows me|texted me back|replied|asked me out|concert|"
     r"tickets|meet and greet|excited|exciting|so happy|happy|omg|yay|cant wait|got in|"
     r"accepted|acceptance|won|we won|got the part|got the lead|made the team|puppy|kitten|"
     r"birthday|surprise|noticed me|album|premiere|comeback|in a good way|good way|"
     r"best day|new phone|new game|announced|cutest|so cute|slay|slayed|lets go|lesgo",
     r"freaking out|freakin out|freaked out|losing my mind|losing it|going crazy|going insane|"
     r"want to scream",
     _SELF_RISK + r"|scared|terrified|afraid|panic\w*|cant breathe|breathe|racing|chest|"
     r"shaking|worried|anxious|anxiety|bad|help|hurt\w*|hate|pregnant|cheat\w*|leak\w*|"
     r"posted|nudes|pics|threat\w*|dumped|broke up|ignor\w*|left me|blocked|mad|angry|"
     r"cry\w*|sad|found out|caught|trouble|police|alone"),
    ("ctx_trivial_help",
     r"burnt|burned|burn|popcorn|toast|cookies|cake|bake|baking|recipe|microwave|oven|"
     r"spilled|spill|stain|homework|hw|math|question|essay|assignment|worksheet|quiz|outfit|"
     r"wear|choose|pick|decide|which one|caption|username|playlist|gift|present|costume|"
     r"haircut|bangs|makeup|nails|level|boss|puzzle|wordle|riddle|wifi|printer|password|"
     r"laptop|charger|app|game|minecraft|fortnite|lego|goldfish|smells?|laundry|shrunk|"
     r"spelling|grammar|translate|french|spanish|chem|physics|chemistry|formula|equation",
     r"help|halp|hlp",
     _SELF_RISK + r"|hurt\w*|hit|hits|hitting|beat\w*|touch\w*|scared|afraid|terrified|unsafe|"
     r"panic\w*|breathe|bleed\w*|blood|cut\w*|myself|he|she|they|him|her|them|dad|mom|mum|"
     r"stepdad|stepmom|uncle|boyfriend|bf|locked|trapped|follow\w*|stalk\w*|nudes?|pics|"
     r"leak\w*|threat\w*|pregnant|alone|hate|gun|knife|fire(?! alarm)|smoke(?! alarm)|"
     r"police|ambulance|911|crying|cant stop|need help|needs help|someone help|please|pls|"
     r"plz|feel\w*|felt|anyone|somebody|someone"),
    ("ctx_moving_goodbye",
     r"moving|we move|we re moving|were moving|move to|move away|moved|going away party|"
     r"farewell party|leaving party|goodbye party|new school|new house|transferr\w*|"
     r"relocat\w*|graduat\w*|exchange|study abroad|last day of (?:school|camp|term)|"
     # batch 10: "last day at my job today , im saying goodbye to everyone"
     r"last (?:day|shift|week) (?:at|of|in) (?:my |the |this )?(?:\w+ )?(?:job|work|shift|"
     r"internship|placement|store|restaurant|cafe|club|team|practice)|last shift|quit my job|"
     r"new job|leaving my job|"
     r"summer camp|camp|trip|vacation|holiday|abroad|flight|airport|semester|college|"
     r"senior year|last week of school|end of the year|the move|moving day|"
     r"(?:before|after|when|until|till) we move|"
     # batch 9: a host family, and a goodbye with a reunion planned ("were visiting them next
     # year", "see them again at christmas")
     r"host (?:famil\w*|mom|mum|dad|parents?|brother|sister|siblings?|student)|"
     r"(?:visit|visiting|see|seeing|meet|meeting) (?:them|him|her|you|u|yall|each other|"
     r"every ?one) (?:again|next|soon|in (?:the )?(?:summer|spring|winter|fall|autumn|"
     r"\w+ (?:weeks?|months?))|at (?:christmas|easter|thanksgiving)|over (?:the )?\w+|"
     r"this (?:summer|winter|christmas))|reunion|(?:until|till|til) next (?:year|summer|time)",
     r"goodbye|good bye|goodbyes|bye|farewell|this is (?:my )?(?:goodbye|the end|it|my last)",
     _SELF_RISK + r"|forever|world|gone|not coming back|wont be (?:here|around)|note|letters?|"
     r"sorry for everything|miss me|better off|burden|give away|gave away|giving away|"
     r"wont need|last message|see you never|no one will|nobody will|tonight|night|"
     r"not (?:\w+ ){0,2}(?:like|cause|because|bc|about|cos|coz)|(?:u|you) know what i mean|"
     r"if (?:u|you) know"),
    ("ctx_app_break",
     r"detox|a break|breaks|distract\w*|waste|wasting|addict\w*|screen ?time|focus|study\w*|"
     r"exams?|finals|feel better|feels? (?:so |really |way )?(?:good|better|great|free|"
     r"lighter)|productiv\w*|eating my|rotting|brain ?rot|doom ?scroll\w*|too much time|"
     r"for lent|for a (?:while|bit|week|month)|toxic|drama|hate comments|storage|"
     r"challenge|for (?:\d+|a few|two|three|ten|thirty|the) (?:days|weeks|months|summer)|"
     r"(?:social media|phone|screen|dopamine|digital) (?:detox|fast|cleanse|break)|"
     r"new years? resolution|cut back|less time|no phone|"
     r"reinstall\w*|redownload\w*|new account|hacked|my (?:mom|dad|parents) made me|"
     r"(?:mom|dad|parents) said",
     r"deleted|deleting|delete",
     _SELF_RISK + r"|everything|goodbye|bye|wont need|dont need|not gonna need|gone|last|note|"
     r"letters?|forever|sorry|nobody|no one|miss me|burden|give away|gave away|giving away|"
     r"better off|ready"),
]


# batch 7: bruises from a contact sport, replaying a lost game (not a trauma), guns and shells
# on a hunting trip or at the range
CONTEXT_MASKS_SRC += [
    ("ctx_hunting",
     r"(?:went|go|going|goes|gone|take me|took me|taking me|takin me|taking us) hunting|"
     r"hunting (?:season|trip|with|camp|"
     r"license|blind|this|next|on|in)|hunts|hunted|hunters?|deer|elk|duck|ducks|turkey|pheasant|"
     r"venison|(?:gun|rifle|shooting) range|the range|"
     r"skeet|trap shooting|clay (?:pigeons?|shooting)|opening day|season opens|hunter ed\w*|"
     r"hunters? safety|field dress\w*|blind|tree ?stand",
     r"guns?|rifles?|shotguns?|shells|bullets?|ammo|ammunition|unlocked",
     _SELF_RISK + r"|him|her|them|people|school|kids|class|teacher|stepdad|mom|use it on|"
     r"point\w* it|tonight|alone|nobody|no one|loaded (?:it|the) (?:\w+ )?(?:and|for)|bring\w*|"
     r"brought|rn|right now|in (?:his|my|her) room|away|done|nothing|anymore|fr"),
    ("ctx_sport_bruise",
     r"roller derby|derby|football|rugby|hockey|soccer|lacrosse|volleyball|basketball|softball|"
     r"baseball|boxing|kickboxing|karate|taekwondo|jiu ?jitsu|bjj|judo|mma|wrestling|"
     r"martial arts|practice|scrimmage|tackl\w*|skat\w*|skateboard\w*|snowboard\w*|climbing|"
     r"gymnastics|cheer|ballet|paintball|trampoline|dodgeball|tournament|trainer|the ball",
     r"bruises|bruised|bruise|bruising",
     # batch 8: a parent or "they" is a guard only as the one who did it ("my dad did it", "he
     # gets drunk") or as the one lied to, not as a bystander ("my mom calls them leopard spots")
     _SELF_RISK + r"|stepdad|step dad|stepmom|step mom|uncle|foster|boyfriend|bf|"
     r"(?:dad|mom|mum|father|mother|parents?|he|she|they)(?: \w+){0,3} (?:did|does|done|gave|gives|"
     r"give|caused|causes|made|makes|left|leaves|got mad|gets mad|was mad|is mad)(?! us| me "
     r"(?:watch|wear|ice|stretch|rest))|"
     r"(?:from|by) (?:him|her|them|my (?:dad|mom|mum|father|mother|parents))|"
     r"when (?:he|she|they) (?:drinks?|gets? (?:drunk|mad|angry)|(?:is|are|s) drunk)|drunk|"
     r"yell\w*|scream\w* at|angry|"
     r"(?:tell|told|telling) (?:people|every ?one|them|coach|my coach|teachers?|the nurse|"
     r"the doctor|anyone|my friends)|(?:say|said|saying) (?:its|it s|it was|they re|theyre|"
     r"they were) from|lie|lied|lying|excuse|pretend\w*|"
     r"hit|hits|hitting|beat\w*|punch\w*|slap\w*|kick\w*|belt|chok\w*|grab\w*|throw\w*|threw|"
     r"hide|hiding|cover\w*|sleeves|makeup|i fell|scared|afraid|on purpose|cut\w*"),
    ("ctx_replay_loss",
     r"lost|lose|losing|final|finals|game|match|tournament|meet|race|audition|recital|solo|"
     r"performance|free throw|penalty|missed|fumbl\w*|score|points?|quiz|test|exam|"
     r"presentation|speech|interview|tryouts?|cringe|embarrass\w*",
     r"cant stop replaying|can t stop replaying",
     _SELF_RISK + r"|he|she|they|him|her|them|what (?:he|she|they) did|touch\w*|hit|hurt\w*|"
     r"crash\w*|accident|flashbacks?|scared|attack\w*|rape\w*|assault\w*|abuse\w*|died|death"),
]

# batch 8: suicide and self-harm taught at school, lab and library rules, a prescribed dose,
# hunger from medication or fasting, a checkup's screening questions, deaths in plays, horror
# films and games, and letters or cards for a move or the end of camp. Guards are the
# sender's own voice next to the word ("i think about suicide in health class"), a means or
# a plan, a parent who does it, or a farewell that is for good.
_FIRST_NEAR = (r"(?:i|im|i m|i am|ive|i ve|i was|id|i d|me|my|mine)(?: (?!(?:project|presentation|"
               r"essay|report|poster|unit|lesson|class|speech|paper|slides|assignment|homework|"
               r"quiz|test|grade|signs|awareness|prevention|pamphlet|video|talk|assembly|on|"
               r"card|index)(?![\w#]))\w+){0,5} ")
CONTEXT_MASKS_SRC += [
    ("ctx_lesson_suicide",
     r"health(?: class| teacher| ed| lesson| unit| quiz| test| project)?|pshe|sex ed|advisory|"
     r"homeroom|assembly|guest speaker|(?:teacher|counselor|counsellor|nurse|coach|speaker) "
     r"(?:\w+ )?(?:said|says|told us|taught|explained|showed|went over|talked|kept calling|"
     r"called)|we (?:learned|learnt|learn|talked|discussed|covered|went over|did|watched|had to)|"
     r"lesson|lecture|unit|class|bio|biology|psych|psychology|presentation|present(?:ed|ing)? "
     r"on|project|poster|essay|report|worksheet|index card|quiz|training|first aid|course|"
     r"module|warning signs|hotline|crisis line|988|got an? \d+|got an? (?:a|b|c)",
     r"suicid\w*|self ?harm(?:ing|ed)?",
     r"myself|my self|kill\w*|die|dying|dead|kms|unalive|ctb|end it|end my life|overdos\w*|"
     r"pills|on purpose|" + _FIRST_NEAR + r"(?:suicid\w*|self ?harm\w*)|urges?|relaps\w*|"
     r"scars?|marks|cuts|cutting|cut|blades?|razors?|trigger\w*|(?:same|that) way|relat\w*|"
     r"felt like|feel like|about me|for me|i think (?:it is|its|it s)|(?:is|was) (?:the answer|"
     r"an option|a way out)|(?:asked|ask|asking) (?:me|if i)|noticed|found out|again|"
     r"still|lately|rn|right now|tonight|every day|anymore|help me|worried about me"),
    ("ctx_lab_rules",
     r"lab|labs|goggles|lab coat|safety rules|rules?|not allowed|allowed|policy|sign says|"
     r"no drinks?|or drinks?|no gum|no phones|library|museum|computer lab|science room|"
     r"exam room|the bus|field trip|the pool|theater|theatre|cinema",
     r"no (?:\w+ )?food",
     r"home|house|fridge|pantry|cupboards?|kitchen|parents?|mom|mum|dad|stepdad|stepmom|days|"
     r"since|hungry|starv\w*|feed\w*|ate|eaten|money|nobody|no one|again|weekend|dinner|"
     r"breakfast|locked|alone"),
    ("ctx_prescribed_dose",
     r"prescribed|prescription|doctor|psychiatrist|pediatrician|psych|gp|"
     r"(?:take|takes|taking|on) (?:\w+ )?\d+ ?mg|in the morning|every (?:morning|day|night)|"
     r"each (?:morning|day)|daily|a day|at night|before school|with breakfast|wears? off|"
     r"wore off|kicks? in|kicked in|side effects?|xr|er|ir|extended release|refill|pharmacy|"
     r"dose|dosage|upped|bumped|switched|increased|lowered|"
     r"for my (?:adhd|add|anxiety|depression|asthma|acne|allergies|migraines?|ocd|seizures|"
     r"epilepsy|thyroid|focus)",
     r"\d+ ?(?:mg|mcg|milligrams?)",
     r"myself|my self|kill\w*|die|dying|dead|suicid\w*|kms|unalive|ctb|end it|end my life|"
     r"overdos\w*|od|on purpose|self harm|all (?:of )?(?:them|it|my|the)|whole|entire|bottle|"
     r"box|extra|double|triple|more than|too many|too much|at once|stockpil\w*|sav(?:e|ed|"
     r"ing)|hoard\w*|enough|lined up|ready|counted|hid\w*|stole|steal\w*|how many|how much|"
     r"lethal|fatal|max\w*|vodka|alcohol|drunk|wine|beer|tonight|handful|a bunch|pills"),
    ("ctx_med_hunger",
     r"prednisone|steroids?|meds|medication|medicine|adderall|vyvanse|ritalin|concerta|"
     r"focalin|stimulants?|wears? off|side effects?|growth spurt|fasting|fast|ramadan|lent|"
     r"yom kippur|bulking|workouts?|practice|training|swim|season|puberty|period|pms|lexapro|"
     r"zoloft|prozac|mirtazapine|remeron|seroquel|abilify|risperdal|lithium|depakote|"
     r"antidepressants?|birth control|insulin|thyroid|pregnant",
     r"hungry all the time",
     r"no food|nothing to eat|not enough (?:food|to eat)|fridge|pantry|cupboards?|money|"
     r"feed\w*|wont let|dont let|doesnt let|not allowed|lock\w*|days|never home|alone|gone|"
     r"left (?:us|me)|drunk|high|drugs|starv\w* (?:me|us)|(?:wont|doesnt|dont|never) buy"),
    ("ctx_checkup",
     r"checkup|check up|physical|sports physical|doctor|doctors|pediatrician|dentist|"
     r"orthodontist|nurse|appointment|well visit|wellness visit|clinic|school nurse|gums|"
     r"floss\w*|teeth|braces|cavit(?:y|ies)|retainer",
     r"(?:is that|is it|is this|if thats|if this is) normal",
     r"touch\w*|grab\w*|private|privates|undress\w*|naked|clothes off|alone with (?:him|her)|"
     r"uncomfortable|weird|creepy|hurt\w* (?:me|my)|(?:he|she|they) hurt|hit\w*|bruis\w*|marks|"
     r"secret|dont tell|not to tell|"
     r"kiss\w*|massag\w*|pants|underwear|bra|chest|butt|boobs|breasts?|groin|"
     r"(?:not|dont|didnt|never|no) (?:\w+ )?safe|lied|lie|lying|scared|afraid|photos?|pics|"
     r"pictures|text\w* me|dm\w*|snap\w*|(?:his|her) (?:phone|number)"),
    ("ctx_fiction_death",
     r"romeo|juliet|hamlet|ophelia|macbeth|othello|desdemona|king lear|cleopatra|antigone|"
     r"socrates|snow white|sleeping beauty|little mermaid|gatsby|lennie|of mice and men|"
     r"shakespeare|the play|the book|the novel|the movie|the film|the show|the ending|"
     r"characters?|main character|mc|protagonist|villain|plot|spoiler\w*|"
     r"act (?:\d|one|two|three|four|five|i|ii|iii|iv|v)|scenes?|episode|season finale|anime|"
     r"manga|fanfic\w*|lit class|english class|drama class|theater|theatre|rehears\w*|"
     r"on stage|the cast",
     r"poison\w*|daggers?|hemlock|stabs?|stabbed|stabbing|kills? (?:himself|herself|themselves)|"
     r"killed (?:himself|herself|themselves)|murder\w*|suicid\w*|so much blood",
     r"myself|my self|kms|unalive|ctb|end it|end my life|overdos\w*|pills|on purpose|"
     r"self harm|for (?:me|myself)|(?:i|im|i m|ive|i ve|i was|i am|id|i d|me)(?: \w+){0,4} "
     r"(?:want\w*|wanna|wish\w*|think\w*|thought|keep|relate|feel|felt|same|drink\w*|tak\w*|"
     r"tried|try\w*|stab\w*|poison\w*|kill\w*|murder\w*|shoot\w*|hurt\w*)|"
     r"like (?:him|her|them|romeo|juliet|ophelia|hamlet) (?:i|did)|me too|"
     r"same (?:way|thing|ending)|in real life|irl|real life|(?:stab\w*|kill\w*|murder\w*|"
     r"poison\w*|shoot\w*) (?:my|his|her|that|this|the) (?:\w+ )?(?:dad|mom|mum|stepdad|stepmom|"
     r"brother|sister|teacher|uncle|bully|bullies|ex|kid|kids|guy|girl|boss|coach)|"
     r"(?:stab\w*|kill\w*|murder\w*|poison\w*|shoot\w*) (?:him|her|them) (?:\w+ )?(?:tonight|"
     r"tomorrow|after|at|when|if)"),
    ("ctx_horror_knife",
     r"horror|slasher|scary (?:movie|movies|film|show|game)|scream|ghostface|conjuring|chucky|"
     r"freddy|michael myers|halloween|haunted|jump ?scares?|saw (?:\d|movie|marathon)|"
     r"friday the 13th|annabelle|insidious|pennywise|terrifier|nightmare on elm|"
     r"movie (?:night|marathon)|marathon|costume|murder mystery|cluedo|clue|among us|mafia|"
     r"werewolf|popcorn",
     r"knife|knives|machete|chainsaw|axe|daggers?",
     r"myself|my self|kill (?:myself|me|him|her|them|every ?one|people)|kms|suicid\w*|unalive|"
     r"ctb|end it|end my life|die|dying|overdos\w*|pills|on purpose|self harm|cut\w*|"
     r"wrists?|arms?|thighs?|skin|stab\w* (?:him|her|them|my|me|people|every ?one|some ?one|the)|"
     r"hurt\w*|bleed\w*|hide|hid|hiding|under my (?:bed|pillow|mattress)|in my (?:bag|"
     r"backpack|room|pocket|locker)|school|irl|in real life|for real|(?:bring|bringing|brought|"
     r"take|taking) (?:\w+ ){0,2}(?:knife|knives)|(?:dads|moms)"),
    ("ctx_game_death",
     r"minecraft|creepers?|zombies?|skeletons?|enderman|ender dragon|wither|warden|nether|"
     r"hardcore mode|hardcore|survival mode|hollow knight|silksong|dark souls|elden ring|sekiro|"
     r"bloodborne|cuphead|celeste|terraria|roblox|fortnite|valorant|apex|overwatch|zelda|mario|"
     r"pokemon|among us|video ?games?|gaming|boss|bosses|respawn\w*|checkpoint|spawn point|"
     r"inventory|diamonds|loot|controller|speedrun\w*|npcs?|mobs?|playthrough|skill issue|"
     r"git gud|rage ?quit\w*|lobby|ranked|xbox|ps5|steam",
     r"unalive\w*|un alive\w*|ways (?:to|of) (?:die|dying)|died|die|dying|dead|killed",
     r"myself|my self|kms|suicid\w*|ctb|end it|end my life|overdos\w*|pills|on purpose|"
     r"self harm|irl|in real life|real life|for real|fr fr|not a game|life|living|"
     r"alive|exist\w*|(?:want\w*|wanna|wish\w*|hope|ready|deserve|rather|should|better off) "
     r"(?:\w+ ){0,2}(?:to |i )?(?:die|be dead|dead|unalive|not wake|disappear|kill)|me too|"
     r"(?:think\w*|thought\w*|dream\w*) (?:about |of )?(?:\w+ )?(?:die|dying|death|being dead)|"
     r"painless|quick\w*|easiest|least painful|without (?:it )?hurting"),
    ("ctx_moving_letters",
     r"moving|we move|the move|move away|moved|moving day|(?:before|after|when|until|till) we "
     r"move|new (?:school|house|town|state|country)|going away|farewell party|goodbye party|"
     r"leaving party|transferr\w*|relocat\w*|graduat\w*|exchange|study abroad|"
     r"last day (?:of|before|at)|summer camp|camp|counsel+ors?|semester|"
     r"end of (?:the )?(?:year|term|summer)|senior year|envelopes|stickers|glitter|decorat\w*|"
     r"(?:mom|mum|dad|sister|brother) helped|pen ?pals?|christmas|valentines?|birthday|"
     r"thank you",
     r"letters?|notes?|cards?",
     r"myself|my self|kill\w*|die|dying|dead|suicid\w*|kms|unalive|ctb|end it|end my life|"
     r"overdos\w*|pills|on purpose|self harm|forever|for good|gone|(?:find|read|open) "
     r"(?:them|it|these|this) (?:after|when|once)|(?:not|wont|won t) (?:\w+ ){0,3}(?:be )?"
     r"(?:here|around|alive)|"
     r"(?:im|i m|i am|ill|i ll|i will|i wont|i won t)(?: \w+)? (?:not )?(?:coming back|be back|"
     r"be here|be around)|done|sorry|burden|better off|miss me|world|last message|give away|"
     r"gave away|giving away|never see|see you never|no one will|nobody will|tonight|who gets|"
     r"take care of (?:my|him|her|them)|deleted|deleting|socials|explain\w*|why i|"
     r"(?:u|you) know what i mean"),
]

# batch 9: a lethal dose taught in class or told as a fun fact, a thank-you for help that has
# worked ("thanks for last week, we're good now"), being locked out of the wifi or an account,
# and "worst day of my life" while laughing. Guards: the sender's own voice and means (a
# medication, "how many", "for me", "enough"), a farewell, a door or a night outside, and any
# serious trouble beside the laugh.
CONTEXT_MASKS_SRC += [
    ("ctx_lesson_dose_b9",
     r"(?:chem|chemistry|bio|biology|science|forensics?|toxicology|pharmacology|anatomy|"
     r"physiology|health|nursing|vet) (?:class|teacher|lesson|lab|test|quiz|unit|homework|"
     r"project|video|textbook|exam|revision)|(?:teacher|professor|sir|miss|tutor|lecturer|"
     r"doctor|nurse|pharmacist) (?:\w+ )?(?:said|says|told us|taught|explained|showed|went over|"
     r"mentioned)|we (?:learned|learnt|learn|talked about|covered|went over|did|watched)|"
     r"fun fact|trivia|did (?:you|u) know|apparently|documentary|ted ?ed|kurzgesagt|"
     r"vsauce|youtube|lesson|lecture|in class",
     r"(?:lethal|deadly|fatal|toxic) (?:doses?|amounts?|limits?|thresholds?|levels?)|ld ?50",
     _SELF_RISK + r"|<PILLS>|how (?:many|much)|would it take|enough|for (?:me|myself|someone "
     r"my|my (?:size|weight|age))|my (?:weight|size)|i weigh|\d+ ?(?:kg|kilos|lbs|pounds)|"
     r"i have|ive got|i got|at home|in (?:the|my) (?:cabinet|drawer|room|bag)|tonight|"
     r"want\w*|wanna|wish\w*|thinking|test it|try it|find out|look\w* (?:it )?up|googl\w*|"
     r"search\w*|asking for|curious|mine|i could|i would|id"),
    ("ctx_thanks_update_b9",
     # thanks for help that has worked: the help named, or things sorted now
     r"(?:thanks|thank you|thank u|thx|ty) (?:so much )?(?:again )?for (?:(?:your|the|ur|all "
     r"the) (?:help|advice|tips?|ideas?|suggestions?)|helping (?:me )?(?:with|out|figure|"
     r"sort))|(?:we|were|we re|we are|its|it s|it is|im|i m|i am|everything|things) (?:all )?"
     r"(?:good|fine|okay|ok|better|sorted|friends again) now|(?:we|i) (?:made up|sorted it out|"
     r"worked it out|talked it out)|it (?:really )?(?:helped|worked)|feeling better|"
     r"doing better",
     r"thanks|thank you|thank u|thx|ty",
     _SELF_RISK + r"|goodbye|good bye|bye|forever|gone|last (?:time|message|chat)|never|"
     r"note|letters?|sorry for everything|burden|miss me|wont need|take care of|tonight|"
     r"everything(?! (?:is|s|all) (?:good|fine|ok|okay|better|sorted))|trying|being there|"
     r"being nice|being kind|done|anymore|after|before i go|for good|took|taken|swallowed|"
     r"downed|sleepy|dizzy|drowsy|numb|its done|did it|cut\w*|bleed\w*|blood|rope|bridge|"
     r"jump\w*|knife|blade|razor|gun"),
    ("ctx_device_lockout_b9",
     r"wi ?fi|password|passcode|pin|account|accounts|login|phone|laptop|ipad|tablet|computer|"
     r"pc|xbox|ps5|playstation|switch|console|netflix|spotify|disney|discord|server|group ?chat|"
     r"gc|router|screen ?time|parental controls|apps?|game|minecraft|roblox|fortnite|google|"
     r"icloud|apple id|steam|tv|remote",
     r"(?:lock|locks|locked|locking) (?:me|us) (?:\w+ ){0,2}out",
     _SELF_RISK + r"|house|home|outside|door|front door|back door|garden|yard|porch|garage|"
     r"basement|closet|shed|car|street|cold|freezing|rain|snow|all night|overnight|the night|"
     r"hours|sleep\w*|hungry|food|scared|afraid|hit\w*|hurt\w*|beat\w*|drunk|punish\w*|"
     r"when (?:im|i m|i am) bad|locked (?:me|us) in|no where|nowhere"),
    ("ctx_worst_day_laugh_b9",
     r"lol|lool|lolol|lmao\w*|lmfao|haha\w*|hehe|xd|rofl|kek",
     r"(?:worst|awful|best) (?:day|night|week|moment) of my (?:entire |whole )?life",
     _SELF_RISK + r"|alone|no ?one|nobody|crying|cried|cry|sob\w*|tears|hurt\w*|hit\w*|beat\w*|"
     r"scared|afraid|terrified|panic\w*|cant|died|passed away|funeral|hospital|dumped|"
     r"broke up|cheat\w*|divorce|kicked out|police|bleed\w*|blood|pregnant|abuse\w*|touch\w*|"
     r"rape\w*|assault\w*|leak\w*|nudes|pics|bullied|hates? me|hate myself|hate my life|"
     r"anymore|gone|please|pls|help|everything|again"),
]


# batch 10: an overdose or a poisoning taught in class or told as history ("in health class we
# learned how easy it is to accidentally overdose on tylenol", "people used arsenic in
# wallpaper and it slowly poisoned them"), and giving things away before a move. Guards: the
# sender's own voice next to the word, a method question, a target, a farewell.
_LESSON_B10 = (r"health(?: class| teacher| ed| lesson| unit)?|pshe|first aid|(?:chem|chemistry|"
               r"bio|biology|science|health|psych|nursing|history) (?:class|teacher|lesson|unit|"
               r"project|video)|(?:teacher|nurse|speaker|doctor|pharmacist|presenter|officer|sir|"
               r"miss) (?:\w+ )?(?:said|says|told us|taught|explained|showed|warned|went on)|"
               r"we (?:learned|learnt|learn|talked about|covered|went over|watched|read about|had "
               r"a (?:talk|lesson|presentation))|in class|assembly|lesson|lecture|documentary|"
               r"tangent|dare program|drug (?:ed|education|talk)|narcan|naloxone|(?:a |the )?"
               r"(?:video|presentation|poster) (?:on|about)|how easy it is|fun fact|did (?:you|u) "
               r"know|apparently|in the old days|back then|back in the day|victorian\w*|medieval|"
               r"ancient|centuries|century|the romans|people used to")
CONTEXT_MASKS_SRC += [
    ("ctx_lesson_overdose_b10",
     _LESSON_B10,
     r"(?:accidentally |accidental )?(?:overdos\w*|od)",
     r"myself|my self|kms|unalive|ctb|end it|end my life|on purpose|self harm|suicid\w*|"
     r"how (?:many|much)|would it take|enough|for (?:me|myself)|(?:i|im|i m) (?:have|could|"
     r"would|might|want\w*|wanna|wish\w*|think|thought|keep|took|take|did|tried|am going|gonna|"
     r"going to|thinking)|ive (?:got|taken|been)|tonight|test it|try it|at home|in (?:the|my) "
     r"(?:cabinet|drawer|room|bag)|stockpil\w*|sav(?:e|ed|ing) (?:up|them)|lined up|vodka|"
     r"alcohol|drunk"),
    ("ctx_lesson_poison_b10",
     _LESSON_B10,
     r"poison\w*",
     r"(?:i|im|i m|ill|i ll|i will|id|i d|gonna|going to|want\w*|wanna|wish\w*|should|could|"
     r"plan\w*|how (?:to|do i|can i|much|many|long)) (?:\w+ ){0,4}poison\w*|poison\w* (?:\w+ )"
     r"{0,3}(?:my|his|her) (?:\w+ )?(?:dad|mom|mum|stepdad|stepmom|brother|sister|teacher|ex|bf|"
     r"gf|boyfriend|girlfriend|boss|coach|food|drink|water|coffee|tea)|(?:his|her|their) "
     r"(?:food|drink|water|coffee|tea|lunch)|myself|rat poison|bleach|antifreeze"),
    # an accident that bleeds, its cause named anywhere: "cut my finger chopping onions lol ,
    # bleeding everywhere", "i fell like 15 times , my knees are bleeding through my leggings",
    # "gut the fish myself , there was so much blood"; guards: self-harm, someone who did it
    ("ctx_accident_bleed_b10",
     r"fell|fall|falling|tripped|trip|slipped|crashed|wiped out|ate it|skating|skated|"
     r"skateboard\w*|rollerblad\w*|longboard\w*|scooter|biking|cycling|chopping|chopped|"
     r"slicing|sliced|peeling|peeler|grater|can opener|onions?|cooking|paper ?cut|shaving|gut|"
     r"gutted|gutting|fishing|hunting|butcher\w*|tackled|rugby|hockey|climbing|hiking|"
     r"trampoline|bit my (?:tongue|lip|cheek)|tooth (?:came|fell) out|nose ?bleeds?",
     r"bleed\w*|bled|blood\w*",
     r"(?:cut|cutting|cuts|hurt|hurting|stab\w*|burn\w*|harm\w*|hit|hitting|punch\w*|"
     r"scratch\w*) (?:myself|my (?:wrists?|arms?|thighs?|legs?|skin|stomach))|on purpose|"
     # session 30: "sliced my arm open in the kitchen chopping onions, blood everywhere"
     r"(?:sliced|slit|split|opened) (?:up )?(?:my|me) (?:arms?|legs?|skin|stomach)|"
     r"wrists?|thighs?|blades?|razors?|deep|(?:wont|won t|cant|cannot|not|isnt) stop\w*|dizzy|"
     r"faint\w*|help me|please help|pls help|scared|shaking|suicid\w*|kill\w*|die|dying|dead|"
     r"kms|unalive|pills|overdos\w*|self harm|(?:he|she|they|dad|mom|mum|stepdad|stepmom|"
     r"brother|sister|uncle|boyfriend|bf|someone)(?: \w+){0,2} (?:hit|hits|punched|kicked|"
     r"pushed|shoved|threw|beat|slammed|grabbed|choked|stabbed|attacked)|pushed me|threw me|"
     r"hit me|beat me|jumped me"),
    # a pet's or a bush's scratch: "my friends cat scratched my arm to shreds"; guards: a cover
    # story ("told my mom the cat scratched me"), scratching until it bleeds
    ("ctx_animal_scratch_b10",
     r"cats?|kittens?|dogs?|pupp(?:y|ies)|hamsters?|rabbits?|bunn(?:y|ies)|birds?|parrots?|"
     r"guinea pigs?|ferrets?|rose ?bush(?:es)?|thorns|brambles|barbed wire",
     r"scratch(?:ed|es|ing)?(?= (?:up )?(?:my|both my) (?:\w+ )?(?:arms?|legs?|hands?|"
     r"wrists?|face|fingers?|skin|ankles?|thighs?|shins?|stomach))",
     _SELF_RISK + r"|told|tell|telling|said|say|saying|lie|lied|lying|pretend\w*|excuse|"
     r"cover\w*|hid|hide|hiding|sleeves|hoodie|until|till|til|bled|bleed\w*|blood|deep|"
     r"urge\w*|want\w*|wanna|relaps\w*|scars?|marks"),
    # a grandmother's or a mother's touch: "my grandma always touches my face and says how much
    # ive grown"; guards: anyone else, discomfort, violence
    ("ctx_kin_affection_b10",
     r"grandma|grandmother|gran|granny|nan|nana|nanna|abuela|oma|great grandma|mom|mum|mother|"
     r"aunt|auntie|aunty",
     r"(?:touches|touched|touching|pinches|pinched|pinching|squeezes|squeezed|strokes|stroked|"
     r"pats|patted|kisses|kissed|holds|held|cups|cupped|brushes|brushed)(?= my (?:face|"
     r"cheeks?|forehead|hair|head|nose|chin|hands?)(?![\w#]))",
     r"uncomfortable|weird|creepy|scared|afraid|dont like|secret|dont tell|alone|at night|in "
     r"(?:my )?bed|wont stop|(?:grandpa|grandfather|uncle|stepdad|step dad|dad|father|coach|"
     r"teacher|boyfriend|bf|man|guy|he|him|his|neighbou?r|cousin|brother|pastor|tutor|boss|"
     r"stranger|someone|somebody|they)(?![\w#])|hit\w*|slap\w*|punch\w*|hurt\w*|grab\w*|"
     r"push\w*|shov\w*|kick\w*|chok\w*|pull\w*|yell\w*|scream\w*|bruis\w*|marks|hard"),
    ("ctx_moving_giveaway_b10",
     r"moving|we move|we re moving|were moving|move to|move away|moved|the move|moving day|"
     r"new (?:school|house|state|town|city|country|apartment|place)|another (?:state|city|"
     r"country|town)|relocat\w*|transferr\w*|downsiz\w*|(?:before|after|when|until|till) we "
     r"(?:move|leave)|packing|pack up|garage sale|yard sale|clean(?:ing)? out|"
     r"clear(?:ing)? out|outgrew|outgrown|grew out|too old for|college|dorm|deploy\w*",
     r"(?:giving|gave|give|given)(?= (?:\w+ ){0,3}(?:away|to)(?![\w#]))",
     _SELF_RISK + r"|forever|for good|gone|not coming back|wont be (?:here|around)|note|"
     r"letters?|goodbye|sorry for everything|miss me|better off|burden|wont need|dont need "
     r"(?:it|them) anymore|after im|when im gone|last message|see you never|no one will|nobody "
     r"will|tonight|didnt tell|why|"
     # a move given as a cover story: "told everyone im moving , im not moving"
     r"not (?:really )?moving|told (?:every ?one|them|people|my \w+|\w+)(?: that)? (?:im|i m|i "
     r"was|were|we re) (?:moving|decluttering|clearing)|they think|pretend\w*|lie|lied|lying|"
     r"excuse|cover story|fake"),
]


@dataclass(frozen=True, slots=True)
class ContextMask:
    name: str
    context: re.Pattern[str]
    target: re.Pattern[str]
    guard: re.Pattern[str]

    @property
    def regex(self) -> re.Pattern[str]:
        """What the literal prefilter reads (app/moderation/prefilter.py): a mask whose
        context cannot match a text is not tried."""
        return self.context


def edge(body: str) -> re.Pattern[str]:
    """A compiled pattern that matches `body` (macros expanded) only as whole words."""
    return re.compile(r"(?<![\w#])(?:" + _expand(body) + r")(?![\w#])")


# a second reader's review (2026-11-29)
CONTEXT_MASKS_SRC += [
    # an injury with its ordinary cause named: "i hurt my leg skiing", "burned my arm on the oven
    # taking out cookies", "hurt myself at gym today , landed wrong"; guards: self-harm words,
    # doing it on purpose, urges
    # medication as prescribed or bought for an illness, named with its routine: "took my adhd
    # meds late today so now i cant sleep", "mom bought tylenol today bc my little bro has a
    # fever", "got my allergy meds refilled today"; guards: amounts, saving, self-harm words
    ("ctx_routine_meds_r7",
     r"refill\w*|prescri\w*|pharmacy|doctor|dr|fever|flu|allerg\w*|headache|migraine|cramps|"
     r"remind\w*|every (?:day|morning|night)|daily|for the trip|nurse|late today|cant sleep|"
     r"sleepy|wore off|worn off|adhd|focus|little (?:bro|brother|sis|sister)|"
     r"grandma|grandpa|the dog|the cat|my dog|my cat|vet|cold|strep|antibiotics",
     r"<PILLS>|meds|pills|medicine|medication",
     r"all|whole|bunch|saving|saved|save|enough|lined up|extra|double|too many|\d\d+|"
     r"would it take|how many|"
     r"stockpil\w*|hoard\w*|kill\w*|die|dying|dead|suicid\w*|kms|unalive|ctb|end it|overdos\w*|"
     r"od|on purpose|sleep forever|not wake|never wake|vodka|alcohol|drunk|at once|handful|"
     r"dizzy|dont tell|scared|hurts|working|kick\w* in|throw\w* up|vomit\w*|blurry|cant feel|"
     r"numb|hospital|ambulance|sick|shaking|heart|cant breathe|weird"),
    ("ctx_accident_injury_r7",
     r"skiing|skating|snowboard\w*|hiking|on (?:the|a) (?:oven|stove|pan|tray|grill|table|"
     r"corner|branch|rock|fence|nail|door|desk|bed frame)|beach|gym|practice|game|match|pe|landed|"
     r"fell|fall|tripped|slipped|accidentally|by accident|cooking|baking|cookies|ow|playing|"
     r"soccer|football|basketball|volleyball|dodgeball|hockey|rugby|tennis|biking|trampoline|"
     r"climbing|sidewalk|stairs|tackle\w*|dancing|cheer|wrestling|karate|boxing|campfire|"
     r"bonfire|marshmallow\w*|sunburn\w*",
     r"(?:hurt|hit|burn\w*|scratch\w*|cut|bruis\w*) (?:myself|my (?:arms?|legs?|wrists?|thighs?|"
     r"skin|hips?|body|stomach))",
     r"kill\w*|die|dying|dead|suicid\w*|kms|unalive|ctb|end it|end my life|overdos\w*|pills|"
     r"on purpose|self harm|sh|blade|razor|lighter|deserve|punish\w*|to feel|so i (?:could|can)|"
     r"until|again and again|relaps\w*|urges?|scars?|numb|calm|with (?:the|my|a|her|his) |w my|"
     r"w the|started|keep|keeps|kept|saying it was|say it was|said it was|really bad|wont stop|"
     r"won t stop|open|threw|throw|mom|mum|dad|stepdad|stepmom|he|she|they|boyfriend|bf|"
     r"locker room|bathroom"),
]
# Session 28: blood at lamb marking, branding, shearing, gutting a buck, pulling leeches off
# after wild ricing or at hurling (five look-alikes in batches 145-148 paged as an act: "lamb
# marking tmrw, gonna be blood everywhere", "branding calves all morning, blood n dirt
# everywhere")
_FARM_BLOOD_S28 = (r"lambs?|lamb marking|marking|calf|calves|branding|branded|wethers?|ewes?|"
                   r"shearer|shearing|woolshed|leech\w*|gutt\w*|bucks?|roos?|pigs?|boar|eel\w*|"
                   r"fish\w*|chooks?|abattoir|meatworks|the works|skinn\w*|"
                   # and at hurling: "blood everywhere at u16 trainin, wee fella caught a hurl
                   # to the eyebrow, four stitches"
                   r"hurl\w*|hurley|sliotar|camogie|stitches")
CONTEXT_MASKS_SRC = [(n, c + "|" + _FARM_BLOOD_S28 if n == "ctx_blood_ordinary" else c, t, g)
                     for n, c, t, g in CONTEXT_MASKS_SRC]
CONTEXT_MASKS: tuple[ContextMask, ...] = tuple(
    ContextMask(n, edge(c), edge(t), edge(g)) for n, c, t, g in CONTEXT_MASKS_SRC)

# Contexts that make "kms", "i want to die" hyperbole when the sender is also laughing.
TRIVIAL_TOPIC = re.compile(
    r"(?<![\w#])(?:homework|hw|essay|test|quiz|exam|exams|finals|math|chem|chemistry|physics|"
    r"mic|unmuted|muted|"
    r"bio|biology|history|english|class|classes|lecture|teacher|assignment|project|chapter|"
    r"reading|book|wifi|lunch|cafeteria|bus|game|level|boss|song|show|episode|movie|"
    r"assembly|practice|gym|pe|alarm|monday|mondays|traffic|line|meeting|group project|"
    r"presentation|embarrass\w*|cringe|crush|lab|report|worksheet|paper|studying|study|"
    r"semester|tutor|coach|texted|charger|phone|pizza|chips|food|snack|"
    r"fries|outfit|clothes|hair|makeup|mom finds out|dad finds out|boring|bored|long|"
    r"annoying|forgot|spoil\w*|schedule|grade|grades|report card|detention|school|"
    # batch 10: "so overwhelmed i dont even know where to start with all my assignments"
    r"assignments|essays|tests|quizzes|projects|worksheets|deadlines|lectures|chapters|labs|"
    r"papers|readings|presentations)(?![\w#])"
)
# An everyday plan named beside intent and a time: "doing it tomorrow, the science project i
# mean", "its time for dinner", "my plan is to study tonight" (a second reader's probes). With
# no ideation or means in the message, such intent is left to stage 2 instead of paging.
ORDINARY_PLAN = re.compile(
    # objects of a plan, not times: "the game friday", "my birthday", "after school" mark when
    r"(?<![\w#])(?<!not for )(?<!not about )(?:homework|hw|essay|project|study|studying|revise|"
    r"revising|dinner|sleepover|trip|vacation|concert|movie|shopping|mall|tickets?|presentation|"
    r"shift|haircut|appointment|dentist|recipe|cake|cookies|bake|baking|laundry|chores|workout|"
    r"stream|video|sale|order|slides|science fair|group chat)(?![\w#])"
)
SERIOUS = re.compile(
    r"(?<![\w#])(?:not joking|not really joking|not even joking|no joke|not kidding|im serious|i am serious|seriously|for real|"
    r"i mean it|actually|deadass|fr fr|not a joke|being serious|srsly|genuinely|literally "
    # "cut my wrist on purpose lol": done on purpose is no joke, whatever the laugh
    r"mean it|this time|on purpose|deliberately|"
    # session 23: a joke taken back ("pagod na ko mabuhay lol joke lang... siguro", "im so tired
    # of living lol jk... or am i"), half a joke
    r"(?:jk|lol|lmao|haha|joke lang|joke ra|biro lang|mazak|mazaak|mzaak|utani|natania) , "
    r"(?:maybe|or am i|or not|idk|not really|siguro|baka hindi|ewan|shayad|pata nahi|sijui|"
    r"labda)(?= ,|$)|half (?:joking|kidding|jk)|only half joking|partly joking|kinda not joking)"
    r"(?![\w#])"
)
NEGATORS = frozenset(
    [
        "not", "never", "dont", "doesnt", "didnt", "wont", "wouldnt", "isnt", "aint", "shouldnt",
        "wasnt", "nt", "nah", "cannot",
    ]
)
# A clause ends at a "," token or at these words, for negation scope.
CLAUSE_WORDS = frozenset(["but", "though", "although", "however", "because", "so"])

# Every word the lexicon spells out: normalize.py prefers these when undoing stretched
# letters ("hitsss" -> "hits", "burdennn" -> "burden").
LEXICON_WORDS: frozenset[str] = frozenset(
    re.findall(
        r"[a-z]{2,}",
        " ".join(
            [p for _, p in IDIOMS + THIRD_PARTY + TOX_EXEMPT]
            + [p for table in (RISK_RULES, TOX_RULES) for rules in table.values()
               for _, p in rules]
            + list(MACROS.values())
        ),
    )
)
