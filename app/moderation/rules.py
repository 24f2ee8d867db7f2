"""Stage 1: the lexicon scorer. Normalised text + role -> per-category levels.

Pure and fast (well under a millisecond for a chat message): one pass of precompiled regular
expressions over normalised text, after masking idioms ("this test is killing me") and
third-party worry ("my friend wants to kill herself", which is the sender's distress, not
their own risk). Negation is checked in the clause before each phrase ("im not gonna kms").
How kinds combine into levels is in `score()`; see docs/moderation.md for the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from app.moderation import lexicon as lx
from app.moderation.ngrams import RISK_SCORER as _RISK_NGRAMS
from app.moderation.ngrams import SCORER as _NGRAMS
from app.moderation.normalize import Normalized, normalize
from app.moderation.prefilter import Prefilter
from app.moderation.verdict import Category

STAFF_ROLES = frozenset({"volunteer", "counselor", "admin", "staff"})

_PAST = re.compile(
    r"(?<![\w#])(?:used to|use to|years ago|year ago|last year|when i was (?:little|young|"
    r"younger|a kid|small|\d+)|as a kid|in (?:\d+th|middle|elementary) (?:grade|school)|"
    r"back (?:then|in the day|in (?:middle|elementary) school|in \d{4})|before (?:he|she) left|my "
    r"(?:old|last|former) |my ex |months clean|"
    # "anymore but", not "i dont want to be alive anymore but ..."
    r"years clean|been clean|(?<!alive )(?<!here )(?<!live )(?<!exist )anymore but|better now|"
    r"helped|a few years|few years ago|"
    r"when i was|as a child|"
    # session 17: the same said in Swahili, Tagalog, Cebuano, Roman Urdu
    + lx.CHILDHOOD_S17 + "|" + lx.PAST2_S17 + r"|mwaka jana|"
    r"jab (?:\d+|chhoti|chhota) (?:saal )?(?:ki|ka) (?:thi|tha))(?![\w#])"
)
_PRESENT = re.compile(
    # session 26: an urge said now ("urge to sh is mad the night, 3 months clean, dunno how long i
    # can hold out") is not past for the months clean
    r"(?<![\w#])(?:again|rn|right now|lately|still|these days|today|tonight|the night|every day|"
    r"urges? (?:to \w+ )?(?:is|are|s)|(?:dunno|dont know|not sure) how long i can|"
    # session 27: "was 4 months clean from hurting myself and the thoughts are back"
    r"(?:thoughts|urges?|cravings?) (?:are|is|s|have|has) (?:come |came )?back|"
    r"everyday|every night|all the time|keeps?|this week|currently|relaps\w*|"
    # session 28: "burned my arm w a lighter on the weekend, helped for like a second"
    r"last week|last night|yesterday|(?:on|at|over) the weekend|the other day|"
    r"ulit|ngayon|abhi bhi|phir se|dobara|inarudi|sasa hivi|saa hii)(?![\w#])"
)
_CONDITIONAL = re.compile(r"(?<![\w#])(?:if|istg if|unless|when|whenever)(?![\w#])")
_WEAPON = re.compile(
    r"(?<![\w#])(?:gun|guns|pistol|rifle|shotgun|knife|knives|bomb|poison|bleach|bat|"
    r"weapon|school|list|fire|machete|hammer|axe|blade|crowbar)(?![\w#])"
)
# Gate for the slower stage: a message of fewer than GATE_MIN_TOKENS tokens with no lexicon hit
# is settled as "none" by stage 1 ("ok", "lol same", "see u"). Until 2026-11-28 a message also
# needed an emotional or risk-adjacent word from a list to reach stage 2; on a fresh batch of
# 1,499 rows (batch 8) that list kept 38 of 443 high-risk messages from the model, which would
# have escalated them, against 2 more ordinary ones of 569 escalated without it.
GATE_MIN_TOKENS = 3

# Words that, outside an attack's own span, keep a rude message from being withheld.
_RISK_WORDS = re.compile(
    r"(?<![\w#])(?:die|dying|dead|death|kill\w*|suicid\w*|kms|unalive|ctb|pills?|meds|"
    r"overdos\w*|od|cut|cutting|blade|razor|rope|noose|bridge|jump\w*|gun|knife|bleed\w*|"
    r"blood|goodbye|hurt\w*|hit|hits|beat\w*|touch\w*|abuse\w*|rape\w*|scared|afraid|"
    r"unsafe|"
    # session 31: help asked for, not the helper's help insulted ("stop pretending to help",
    # "u couldnt help a sheepdog"), which delivered such insults as if they told of risk
    r"(?<!pretending to )(?<!pretend to )(?<!trying to )(?<!try to )(?<!supposed to )"
    r"(?<!meant to )help(?! (?:a|an|anyone|any one|anybody|people|ppl|kids|students|nobody|"
    r"no one|them|him|her)(?![\w#]))|"
    r"cant|anymore|end|ending|gone|tonight|decided|plan|ready|bottle|tylenol|"
    r"paracetamol|ibuprofen|advil|xanax|benadryl|stab\w*|shoot\w*|edge|ledge|roof|hammer|"
    r"rifle|chok\w*|strangl\w*|poison\w*|bleach|scars?|wrists?|hang|hanging|belt|"
    # batch 31: the rest of "fuck off with ur safety plan, the rope's already in my bag",
    # "fuck off with the hotline stuff, its already in me, took it at 9"
    r"bruis\w*|ropes|nooses|in me|took (?:it|them|all|everything)|swallow\w*|set up|"
    # batch 33: "stfu about hotlines , i just want to stop feeling like i want to disappear"
    # (withheld, and the cascade read it as low risk, so nothing released it)
    # (self-directed, not "fuck off and disappear")
    r"cliffs?|tracks|(?:to|i|wanna|gonna|could|would|will|ll|just) (?:just )?(?:disappear\w*|"
    r"vanish\w*)|stop existing|not exist\w*|sleep forever|"
    r"no point|give up|giving up|burden|hopeless|numb|"
    # session 16: the same words in the languages students mix in, so that "stfu yaar main
    # goliyan le chuki hun", "shut up, hujui kitu. nishameza hizo dawa zote" and "stfu di mo
    # ko maiintindihan, nakahiwa na nga ako" are delivered (batches 39 and 40 withheld them)
    r"goliyan|goli|tembe|vidonge|dawa|gamot|tableta|nakahiwa|naghiwa|hiniwa|\w*laslas\w*|"
    r"\w*meza|\w*kunywa|khoon|dugo|damu|kufa|mamatay|namatay|jeena|marna|marne|"
    r"\w*zibulal\w*|ukufa|\w*jiua|\w*jinyonga|kamba|lubid|rassi|pankhe|ayoko na|"
    # session 17: a noose, poisons and waiting for the house to sleep, so that batch 42's
    # "stfu yaar lecture mat do, dupatta tayyar hai, bas ammi ke sone ka intezar hai" is
    # delivered (the only row of batch 42 anything was written from)
    r"dupatta|dupatte|phanda|phaanda|sumu|lason|zehar|zeher|ratol|sulphas|phenyl|tezaab|"
    r"sone ka intezar|so jaayein|tulog na sila|wakilala|"
    # session 29: heights in those languages, so that batch 168's "ayaw ko sermoni yawa ka, naa
    # na ko sa atop sa among eskwelahan" (on the school's roof) is delivered, not withheld
    r"atop|bubong|mnara|railway line|"
    # session 30: medicine and swallowing in Cebuano, so that batch 176's "ayaw ko samoka yawa
    # ka, natulon na nako tanan tambal ni lola" is delivered, not withheld ("hilo", poison, is
    # Swahili's "that": batch 172's rat poison is read by a phrase, multi_acted2_s17)
    r"tambal|\w*tulon)(?![\w#])"
)
# "help" offered by the person attacked is not a cry for it: "show me ur tits if u actually
# want to help" is sexual harassment of the volunteer, withheld ("i need help" still counts);
# nor is the help they fail to give ("you are stupid person, you not help nothing"; "u cant
# help me" still counts: it may be hopelessness)
_HELP_OFFERED = re.compile(
    r"(?<![\w#])(?:you|u|ya|ur|youre|you re|u re)"
    r"(?: (?:actually|really|even|just|so|were|was|are|r|re))*"
    r" (?:want(?:ed)? to|wanna|tryna|trying to|supposed to|here to|meant to|gonna|going to|"
    r"say(?:ing)? you (?:want to|wanna)|not|dont|don t|do not|never|didnt|arent|no) "
    r"help(?:ing|ful)?(?![\w#])"
    # batch 24: "imagine being this dumb and trying to help people"
    r"|(?:trying|try|tryna|pretending|pretend|supposed|paid) to help (?:people|anyone|others|"
    r"kids|teens|teenagers|students)(?![\w#])"
)
# ... nor is what the attacked person cannot do: "stupid r3tard cant even read what i wrote"
# (session 26: "you galah, you cant even kick a footy straight")
_CANT_EVEN = re.compile(
    r"(?<![\w#])(?:cant|can t|cannot) (?:even )?(?:read|spell|type|listen|understand|count|"
    r"write|follow|do (?:ur|your|their|his|her) job|get (?:it|anything) right|kick|throw|catch|"
    r"tackle|pass|score|skate|sing|dance|drive|park|bowl|bat)(?![\w#])"
)
# ... nor the threat's own "ur dead" ("wait till after school, im gonna batter you, ur dead"),
# nor the place an attack tells someone to jump from ("go sewer slide off the humber bridge")
_UR_DEAD = re.compile(
    r"(?<![\w#])(?:ur|youre|you re|you are|u r|u|ye|yer|yere|ye re|thas|tha s|tha is|yous|"
    r"youse) (?:so |fucking |fuckin |actually |proper |pure )?(?:dead|deid|done|finished)"
    r"(?! inside)(?![\w#])"
)
_ATTACK_PLACE = re.compile(
    r"#+ (?:off|aff|from|into|in front of|under) (?:the |a |an |that )?(?:\w+ ){0,2}(?:bridge|"
    r"cliffs?|roof|building|tower|dam|pier|wharf|jetty|train|bus|traffic|river|sea|canal|"
    r"motorway|highway|overpass|viaduct)(?![\w#])"
)
# ... nor is a threat to stop talking to them: "send nudes or im not talking anymore"
# ... nor the insult's "even the coyotes wont touch u"
_WONT_TOUCH = re.compile(
    r"(?<![\w#])even (?:the |a |ur |your )?\w+ (?:wont|wouldnt|would not|will not|dont|doesnt) "
    r"(?:even )?touch (?:u|you|ya|ye)(?![\w#])"
)
_STOP_TALKING = re.compile(
    r"(?<![\w#])(?:not|stop|stopped|quit|done) (?:talking|texting|replying|messaging)"
    r"(?: to (?:u|you|ya))? anymore(?![\w#])"
)
# A means of harm named in a message in which stage 1 found nothing else: no verdict of its own,
# but a signal ("means_word:razor"), so that the cascade reads the message ahead of those it
# found nothing in and never sheds it under a flood (app/chat/screening.py), and a short one
# ("razor rn") still reaches the cascade. Narrow on purpose: over every labelled student row
# stage 1 found nothing in, these words are in 12.5 % of the high-risk ones and 2.6 % of the
# ordinary ones (docs/moderation.md, "The cascade").
_MEANS_WORD = re.compile(
    r"(?<![\w#])(?:pills?|tablets?|meds|overdos\w*|razors?|blades?|rope|noose|ledge|bridge|"
    r"guns?|rifle|shotgun|knife|knives|bleach|poison\w*|paracetamol|panadol|tylenol|"
    r"ibuprofen|advil|xanax|benadryl|train tracks|wrists?)(?![\w#])"
)
# Venting at a thing, said to nobody ("my laptop is a useless piece of shit", "this printer is
# trash"): ordinary (the policy table's first row), but the learned n-gram score reads the
# words, not who they are aimed at, so it does not score such a message.
_THING_VENT = re.compile(
    r"(?<![\w#])(?:my|this|the|that|these|those|our|stupid|dumb) (?:\w+ )?(?:game|games|food|"
    r"show|movie|song|wifi|weather|homework|hw|class|lunch|season|album|book|test|exam|traffic|"
    r"internet|phone|laptop|computer|pc|ipad|tablet|update|level|map|pizza|coffee|music|"
    r"cafeteria|bus|train|ending|episode|room|car|printer|charger|app|controller|keyboard|"
    r"headphones|bike|shoes|essay|assignment|project|worksheet|quiz|alarm|router|website|"
    r"server|console|tv|remote|microwave)(?![\w#])"
)
_SECOND_PERSON = re.compile(
    r"(?<![\w#])(?:you|u|ur|ure|youre|your|yours|ya|yall|yourself|urself)(?![\w#])")
_PLAYFUL = re.compile(r"(?<![\w#])(?:accident\w*|play fight\w*|playing|pillow|tickle|joking|messin"
                      r"g "
                      r"around|we were laughing|were fine|we re fine|by mistake|"
                      # session 17: the same in Cebuano, Tagalog, Swahili, Urdu
                      r"nagdula|naglalaro|habang naglalaro|tukicheza|tunacheza|unlan|unan|na mto|"
                      r"mazak mein|mazaak mein|khel rahe|khelte hue)(?![\w#])")
# batch 6: a sibling's or friend's hitting game ("my little brother punches my arm every time
# we see a yellow car, its a game we play"): only for siblings/cousins/friends, never parents,
# and not when it leaves marks or fear
_SIBLING = re.compile(
    r"(?<![\w#])(?:my (?:little |big |older |younger |baby |twin |step |)(?:brother|sister|bro|"
    r"sis|siblings?|cousins?|twin)|my (?:best )?(?:friends?|bestie|bff)|my (?:brother|sister)s?)"
    r"(?![\w#])")
_SIB_GAME = re.compile(
    r"(?<![\w#])(?:(?:its|it s|it is|was|its just|just) (?:a|our) game|a game we play|game we "
    r"play|(?:yellow|red|punch|slug) (?:car|cars|buggy|buggies|bug)|punch ?bug\w*|slug ?bug\w*|"
    r"play ?fight\w*|wrestl\w*|rough ?hous\w*|pillow fight\w*|nerf|dodgeball|tag|"
    r"(?:for|as a) (?:joke|fun|prank)|prank\w*|fair honestly|fair enough|hit (?:him|her|them) "
    r"back|punch(?:ed)? (?:him|her|them) back|got (?:him|her|them) back|we were playing|tickl\w*|"
    r"arm wrestl\w*|thumb war|rock paper scissors|truth or dare|loser gets|whoever loses|"
    # batch 8: a sibling's swat over a car seat or a tease ("punched me in the arm for calling
    # shotgun. classic")
    r"(?:calling|called|call|calls) (?:shotgun|dibs)|dibs|front seat|"
    r"sibling (?:things?|stuff|rivalry)|(?:brother|sister) (?:things?|stuff|behaviou?r))"
    r"(?![\w#])")
_SIB_SERIOUS = re.compile(
    r"(?<![\w#])(?:bruis\w*|bleed\w*|blood|scared|afraid|terrified|hospital|broke|broken|marks|"
    r"cry|crying|wont stop|doesnt stop|hurts so|really hurts|unsafe|dad|mom|mum|stepdad|"
    r"stepmom|uncle|parents|choke\w*|strangl\w*)(?![\w#])")
# batch 31: choking is never play, and "said it was an accident" / "my parents say were just
# playing" is someone else's cover story ("my brother chokes me when hes mad and my parents say
# were just playing , its every day")
_NOT_PLAY = re.compile(
    r"(?<![\w#])(?:chok\w*|strangl\w*|(?:said|says|say|tells? me|told me|claims?|claimed) "
    r"(?:it was|its|it s|it is|they were|we were|were|we re|we are|he was|she was) (?:just |only )?"
    r"(?:an accident|accidents?|playing|a game|messing around|joking|a joke))(?![\w#])")
_ITS_FINE = re.compile(r"(?<![\w#])but (?:its|it s|im|i m|i am) (?:fine|ok|okay|good)(?![\w#])")
_GOODBYE_END = re.compile(r"(?<![\w#])(?:goodbye|bye|bye forever|farewell)(?: forever)?$")
_STRONG_MEANS = re.compile(
    r"(?<![\w#])(?:lined up|in front of me|noose|whole bottle|entire bottle|stockpil\w*|"
    r"saved up|saving up|counted|hoard\w*|tied|on my desk|in my hand|ready|redy|right here|"
    r"holding|out|boxes|bottles|open|in my lap|in my bag|the key|the code|know where|"
    r"bathroom|bathtub|bath|just in case|under my (?:bed|mattress|matress|pillow)|in a sock|"
    # a second reader's "i have a rope in my closet": a means kept hidden where one is alone
    r"in my closet|hidden in|hid (?:them|it) in|"
    r"full box|vodka|whisky|whiskey|doesnt stop|dont stop|"
    # batch 8: a prescribed dose being saved up ("saving them to take all at once")
    r"(?:all )?at once|(?:been )?saving them|saved them)(?![\w#])"
)
# Trivial causes that make a violent or overwhelmed outburst hyperbole: "i could strangle my
# brother he finished the cereal", "about to fight the vending machine", "losing my mind
# trying to find my other shoe", "dad jokes at dinner i cant take it".
_TRIVIAL_CAUSE = re.compile(
    r"(?<![\w#])(?:(?:ate|eaten|eats|finished|finishes|took|takes|stole|steals|used|drank|hogged|"
    r"hogs|broke|lost|borrowed|spoiled|spoilt|hid|hides|changed|unplugged|deleted) (?:the |my |"
    r"all the |all my |our |his |her )?(?:last (?:of (?:the |my |our )?)?)?(?:\w+ )?"
    r"(?:cereal|food|milk|charger|snacks?|shampoo|conditioner|makeup|toothpaste|perfume|hairbrush|"
    r"chips|crisps|cookies?|biscuits?|pizza|sweets|candy|chocolate|remote|wifi|tv|game|games|"
    r"hoodie|clothes|controller|ending|password|seat|episode|save|bed|shower|hot water|"
    r"leftovers|fries|pringles|nutella|bathroom|headphones|phone|box)|"
    # whatever is eaten or drunk is food: "gonna kill my sister if she eats my leftover tacos",
    # Swahili "nitamuua mdogo wangu akila tena chipsi zangu 😤 natania" (I'm joking)
    r"(?:eats|eating|drinks|drank|drinking) (?:all (?:the|my)|the|my|our)|akila (?:tena )?"
    r"(?:\w+ )?(?:zangu|yangu|changu|vyangu|langu)|natania|nakutania|vending machine|printer|"
    r"router|alarm clock|microwave|toaster|autocorrect|spoilers?|dad jokes?|puns|"
    r"trying to (?:find|fix|get|figure out|decide|choose|pick|finish|work out|open)|"
    r"my other (?:shoe|sock|earring|airpod)|group project|project partners?)(?![\w#])"
)
# Session 28: "cant do this anymore" and "cant take it" (stage 2 weighs them, _combine); not
# a body in trouble or a life that cannot go on
_CANT_DO_S28 = re.compile(
    r"(?<![\w#])(?:cant|can not|cannot|cnt|can t|unable to) (?:\w+ )?(?:do this|take (?:it|this)|"
    r"handle (?:this|it)|cope)(?![\w#])")
_CANT_BODY_S28 = re.compile(
    r"(?<![\w#])(?:breathe|calm down|stop (?:crying|shaking|panicking|the thoughts)|go on|keep "
    r"going|function|think straight|get out of bed)(?![\w#])")
# A panic or an overwhelm told as over: "had a panic attack before the exam, im okay now".
_RESOLVED = re.compile(
    r"(?<![\w#])(?:(?:im|i m|i am|im feeling|feeling|i feel|feel) (?:ok|okay|fine|better|alright|"
    r"good|calmer) now|calmed down now|(?:freaking|panicking) out (?:a bit|a little|slightly)|"
    r"(?:a bit|a little) (?:freaked|panicky)|deadlines?|"
    # batch 10: a panic that passes, an old sadness told as a memory ("i cant breathe right
    # and then it passes", "i was crying so hard but now ... its just nice , nostalgia")
    r"(?:and )?then (?:it|they) (?:passes|pass|passed|goes away|go away|went away|stops|stopped)|"
    r"nostalgi\w*|looking back|good memories|(?:its|it s) just (?:nice|funny|sweet)(?: now)?|"
    r"now (?:its|it s) (?:just )?(?:nice|funny|fine))(?![\w#])"
)

# sh_act names of an urge that is back now ("i used to cut ... i can feel it creeping back"):
# never read as past
_URGE_BACK = frozenset({"urge_back_b10", "act_b14", "urge_back_s22", "ur_urge_s23",
                        "back_s24"})

# sh_intent names that only modify another finding
_MODIFIERS = frozenset({"timeline", "timeline_weak"})
# the kinds of rule whose findings are the sender's own risk
_RISK_KINDS = ("sh_", "ab_", "ho_", "ds_")

# Session 29, the confirm step. Rules whose words have everyday senses that fresh writers keep
# finding: a goodbye to a dirt bike, footy boots given away before a move, a knife sharpened
# for opening day, "i am NOT ok" at a scorpion, "i cant do this anymore" in 108 degrees. When a
# student's message escalates on these alone, with no time or intent beside them, and is in
# words the encoder reads (English), stage 1 holds its levels (`Stage1.held`): the message is
# low at once (guidance for the volunteer), and the cascade escalates it at the held levels
# unless stage 2 puts every P(>= medium) under CONFIRM_BAR (`confirmed`). A rule is listed
# when, on every labelled row the deciding model never trained on (out-of-fold probabilities
# for train.jsonl, the shipped model's for the other sets), holding it lost no medium or high
# row and spared ordinary ones, and its words are not the plain words of a crisis. Held so,
# 357 medium or high rows: none under the bar, the lowest at 0.0055 ("i'm not fine, i just
# pretend at school", out of fold); 31 of 52 ordinary rows fall under it. Never held: acts,
# plans, means and methods, notes, intent or a time, someone else at risk, abuse told, the
# dialect and other-language forms, and rules that lost a row out of fold ("logging off for
# good", "the note's done", "were bringing the cricket bats"). A general veto would lose
# crises stage 2 reads as ordinary: "a've awready swallowed the hale box o paracetamol" 0.0004.
CONFIRM_RULES = frozenset({
    # farewells in an everyday sense: a dirt bike sold, footy boots given away before a move
    "goodbye_all", "give_away",
    # violence with everyday senses: hunting, a farm's killing, a game
    "stab_them", "gonna_stab", "gonna_hurt", "weapon_for",
    # distress said of a day, a match, the weather: "i am NOT ok", "losing my mind", "i cant
    # do this anymore, 3 hrs of marching band practice in 108 degrees"
    "cant_anymore", "cant_cope", "not_okay", "acute_b3", "acute_more", "overwhelm",
})


@dataclass(frozen=True, slots=True)
class ConfirmContext:
    """An everyday scene that lists more rules for the confirm step when the message names it
    (and none of its guard words): blood at calving or over a filleted trout, things given
    away at the end of a season. Where one of its own rules fired, a time beside the words is
    the scene's ("helping apa w the matanza sat ... blood everywhere"), not a plan."""

    name: str
    rules: frozenset[str]
    context: re.Pattern[str]
    guard: re.Pattern[str]


# Said of oneself, these make any scene a crisis ("cut my finger on purpose", "blood
# everywhere again"): never held beside them
_CONTEXT_GUARD = (r"myself|my self|me self|on purpose|suicid\w*|kms|unalive|ctb|end it|"
                  r"end my life|kill me|wrists?|thighs?|forearms?|deserve|punish\w*|relaps\w*|"
                  r"urges?|scars?|numb|(?:wont|cant|can t|not|isnt|won t) stop\w*|help me|"
                  r"nobody|no one|goodbye forever|not coming back|note|letter|again|blade|"
                  r"razor|sharpener")
# Session 30: fresh batches 169-175 (written after session 29) paged 65 of 1,295 English
# ordinary messages, 31 of them under CONFIRM_BAR. The largest kind told of blood at calving,
# lambing, a catch being filleted or onions being chopped ("helped dad with the calving last
# night, blood everywhere"), the next of things given away at the end of a season with its
# day beside them ("giving away all my hurleys to the u12s ... last match sunday"). Guns and
# ropes at a hunt or on a farm were measured too and are not listed: a scene does not make a
# means ordinary ("deer rifle's in the cab of the truck. im done", "tied a rope up in the hay
# loft today. just to see") and stage 2 alone would have stood between them and a hold.
CONFIRM_CONTEXTS: tuple[ConfirmContext, ...] = tuple(
    ConfirmContext(name, frozenset(rules), lx.edge(context), lx.edge(_CONTEXT_GUARD + extra))
    for name, rules, context, extra in (
        ("blood_everyday", ("bleeding", "acted_more"),
         r"calv\w*|cows?|heifers?|sheep|lambs?|lambing|ewes?|shear\w*|catfish|fish|fishing|"
         r"trout|salmon|snapper|hapuku|h.puku|kahawai|caught|chilly bin|fillet\w*|javelina|"
         r"deer|bucks?|hogs?|pigs?|roos?|rabbits?|hunt\w*|onions?|chopp\w*|carrots?|"
         r"packhouse|home ec|cooking|finger|thumb|a nick|nosebleed|nose|dentist|tooth|teeth",
         # and never beside an overdose's words (acted_more also reads "took them all")
         r"|arm|arms|leg|legs|stomach|skin|took|taken|swallow\w*|downed|pills?|tablets?|"
         r"meds|medication"),
        ("season_over", ("give_away", "goodbye_all"),
         r"season|u\d+s?|juniors|the team|club|match|shift|summer job|tourists|customers|"
         r"graduat\w*|final day|last day of|leaving cert|6th year|year 12|year 13|formal|prom",
         r"|forever|wont need|won t need|dont need|don t need|anymore|for good|after i m|"
         r"after im|when im gone|remember me"),
    ))
#: The learned risk score's P(>= medium) (ngrams.RiskScorer, the n-gram logistic regression
#: over every labelled student row of train.jsonl) under which a stage-1 page of a message the
#: encoder reads is held like CONFIRM_RULES, whatever rules it rests on (session 31; not a rude
#: message, nor the kinds in NGRAM_NEVER). Measured on English pages neither model had seen
#: (batches 69-180, holdout, test, redteam and kindprobe; train.jsonl with both models out of
#: fold): of 15,666 risky pages, 7 score under it and stage 2 puts every one over CONFIRM_BAR
#: (the nearest at 0.0067, "everything is too much ... i'm cracking"), while 48 of the 467
#: ordinary pages are under both bars. 0.05 would lose one ("Wore my jacket all through the
#: pool party. Nobody can know about my thighs", 0.049 and 0.0017).
NGRAM_CONFIRM = 0.02
#: Kinds of rule never held by NGRAM_CONFIRM: risk told calmly, in words both models read as
#: ordinary. Out of fold, "getting my affairs in order 🤓 is a funny thing to say at 15 but here
#: we are" scored 0.002 and 0.0001 and would have been lost; an act in progress is told as
#: routine ("doing chew n spit again before the dance showcase", 0.015); plans and means
#: questions spared nothing; grooming stays stage 1's alone, as in CONFIRM_RULES.
NGRAM_NEVER = frozenset({"sh_farewell", "sh_act", "sh_plan", "sh_means_query", "ab_grooming"})
#: stage 2's P(>= medium), in every category and pooled, under which it vetoes a held message:
#: 2.75 times under the lowest risky row above (0.005 spared one more ordinary row with no
#: margin left; 0.01 lost that row)
CONFIRM_BAR = 0.002


def confirm_heads(names: Iterable[str]) -> list[str]:
    """The heads the confirm step reads: P(>= medium) in every risk category and pooled."""
    return [n for n in names if n.endswith(">=medium")]


def confirmed(probs: dict[str, float]) -> bool:
    """Whether stage 2 lets held levels stand: it is not all but certain the message is
    ordinary (every P(>= medium) below CONFIRM_BAR)."""
    return max((probs[k] for k in confirm_heads(probs)), default=1.0) >= CONFIRM_BAR


LEVEL_SCORE = {0: 0.02, 1: 0.45, 2: 0.75, 3: 0.95}


@dataclass(slots=True)
class Stage1:
    norm: Normalized
    levels: dict[str, int]  # risk category -> 0..3
    toxic: bool
    signals: list[str] = field(default_factory=list)
    settled: bool = True
    #: Something in the message hints at risk (intent, means, hopelessness, distress) even if
    #: no risk level was reached: a rude message with such a hint is delivered, not withheld.
    risk_cue: bool = False
    #: The learned risk score's P(risk >= medium) for a student's message mostly in words the
    #: encoder does not know (None otherwise, or where stage 1 escalated by its rules).
    foreign_risk: float | None = None
    #: The levels stage 1's rules found, held for stage 2 to confirm (`CONFIRM_RULES`): the
    #: message is low until then, and escalates at these levels unless stage 2 is all but
    #: certain it is ordinary (`confirmed`), or when stage 2 cannot be asked (`unheld`).
    held: dict[str, int] | None = None

    @property
    def risk_rank(self) -> int:
        return max(self.levels.values())

    def scores(self) -> dict[str, float]:
        out = {c: LEVEL_SCORE[lv] for c, lv in self.levels.items()}
        out[Category.TOXICITY.value] = 0.9 if self.toxic else 0.03
        return out

    def unheld(self) -> Stage1:
        """Stage 1 as its rules found it: the held levels restored, settled."""
        if self.held is None:
            return self
        levels = {c: max(lv, self.held[c]) for c, lv in self.levels.items()}
        return replace(self, levels=levels, held=None, settled=True)


# The signal of lexicon.BREAKUP_RELIEF ("gibuwagan na nako si jake … hayahay na ko karon");
# every lexicon.EVERYDAY_VETOES reading signs "relief:<name>" the same way
BREAKUP_RELIEF = f"relief:{lx.BREAKUP_RELIEF.name}"


def _relief_only(signals: list[str], risk_cue: bool, levels: dict[str, int]) -> bool:
    """An everyday reading (a breakup told with relief, medicine with breakfast, a goodbye to
    the holidays, clothes that no longer fit), and nothing else in the message that hints at
    risk."""
    return (any(s.startswith("relief:") for s in signals) and not risk_cue
            and not any(levels.values()))


def vetoes_stage2(s1: Stage1) -> bool:
    """Whether stage 2 may not escalate this message: the learned risk score read it (most
    of its words are unknown to the encoder) and put it below its veto. Out of fold the veto
    costs at most RISK_VETO_RECALL_COST of such messages with risk (scripts/train_ngrams.py).
    Nor an everyday reading (lexicon.EVERYDAY_VETOES: a breakup told with relief, medicine
    with breakfast …) of a message in which stage 1 found no hint of risk."""
    if _relief_only(s1.signals, s1.risk_cue, s1.levels):
        return True
    return (s1.foreign_risk is not None and _RISK_NGRAMS is not None
            and s1.foreign_risk < _RISK_NGRAMS.veto)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != " ":
                chars[i] = "#"
    return "".join(chars)


def _negated(text: str, start: int) -> bool:
    """True if a negator stands in the same clause within 3 words before `start`."""
    before = text[:start].split()
    window = []
    for tok in reversed(before):
        if tok == "," or tok in lx.CLAUSE_WORDS:
            break
        window.append(tok)
        if len(window) >= 3:
            break
    # "i dont know whats wrong with me": a negated "know" negates nothing after it
    return any(tok in lx.NEGATORS and (i == 0 or window[i - 1] not in ("know", "even", "care"))
               for i, tok in enumerate(window))


_prefilters: dict[int, Prefilter] = {}


def _candidates(rules: tuple[Any, ...], text: str) -> list[Any]:
    """The rules of `rules` that may match `text` (app/moderation/prefilter.py)."""
    pf = _prefilters.get(id(rules))
    if pf is None or pf.rules is not rules:
        pf = _prefilters[id(rules)] = Prefilter(rules)
    return pf.candidates(text)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around text[start:end]: normalised text marks sentence and clause breaks
    alike as " , " (normalize.py)."""
    a = text.rfind(" , ", 0, start)
    b = text.find(" , ", end)
    return text[a + 3 if a >= 0 else 0:b if b >= 0 else len(text)]


def _excused(name: str, text: str, start: int, end: int) -> bool:
    """A rule's match is excused by its everyday sense (lexicon.UNLESS) named in the same
    clause, unless the message elsewhere says the harm was meant or names it
    (lexicon.UNLESS_GUARD). In the same clause: a red team's "tried to od last night and it
    didnt work. mom thinks i was up coding all night" named the everyday word ("coding") only
    as the cover story."""
    unless = lx.UNLESS_RULES.get(name)
    if unless is None:
        return False
    if unless.search(_clause(text, start, end)) is None:
        # some rules' everyday sense may be anywhere in a message that does not also say what
        # cancels it: someone who could be hurting the student, an amount, a farewell
        # (lexicon.UNLESS_WHOLE)
        cancel = lx.UNLESS_WHOLE.get(name)
        if cancel is None or cancel.search(text) or not unless.search(text):
            return False
    return not lx.UNLESS_GUARD.search(_mask(text, [(start, end)]))


def _hits(rules: tuple[lx.Rule, ...], text: str, *, negation: bool) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for rule in _candidates(rules, text):
        excused = False
        for m in rule.regex.finditer(text):
            if negation and _negated(text, m.start()):
                found.setdefault("negated", []).append(rule.name)
                continue
            if _excused(rule.name, text, m.start(), m.end()):
                # its ordinary sense, named beside this match (lexicon.UNLESS); a later match
                # in another clause still counts ("we had mice. im putting some [rat poison]
                # in my stepdads beer tonight")
                excused = True
                continue
            found.setdefault(rule.kind, []).append(rule.name)
            break
        else:
            if excused:
                found.setdefault("excused", []).append(rule.name)
    return found


def _spans(rules: tuple[lx.Rule, ...], text: str) -> tuple[list[tuple[int, int]], list[str]]:
    spans, names = [], []
    for rule in _candidates(rules, text):
        for m in rule.regex.finditer(text):
            spans.append(m.span())
            names.append(rule.name)
    return spans, names


def _learned_may_read(t: str, staff: bool, levels: dict[str, int], risk_cue: bool,
                      settled: bool) -> bool:
    """Whether the learned toxicity score may withhold this message: not a thing vented at
    ("my laptop is a useless piece of shit"), and for a student, only where stage 1 found no
    risk, no hint of it, no means or risk word at all, and the message is long enough to
    reach the cascade (risk is never withheld)."""
    if _THING_VENT.search(t) and not _SECOND_PERSON.search(t):
        return False
    return staff or not (any(levels.values()) or risk_cue or settled
                         or _MEANS_WORD.search(t) or _RISK_WORDS.search(t))


def _foreign(t: str, staff: bool, foreign_risk: float | None) -> bool:
    """Whether the toxicity score's foreign bar applies (RiskScorer.foreign). Its gate implies
    the risk score's: a student's message that score did not read (foreign_risk None) is not
    foreign; staff, whom it never scores, are asked directly."""
    if _RISK_NGRAMS is None or (foreign_risk is None and not staff):
        return False
    return _RISK_NGRAMS.foreign(t)


# Words spelled out letter by letter, with a wider gap between the words: "f a t  c o w",
# "u s e l e s s  c * n t" (batches 89 and 91). Each group of single letters becomes its word;
# at least two groups, one of three letters or more (a lone "k m s" is the normaliser's).
# Joined here, ahead of the normaliser, rather than in it: stage 2's staleness check hashes
# normalize.py, and no training row has such a gap (the digest test, train.normalised.json,
# holds), so the model's inputs are unchanged and a retraining would change nothing. A match
# starts only where a run of single letters starts ("(?<![a-z*] )"): tried inside a long run,
# each start would scan to its end, quadratic in a 2,000-character message.
_SPACED_GROUPS = re.compile(
    r"(?<!\S)(?<![a-z*] )(?:[a-z*] )+[a-z*](?: {2,}(?:[a-z*] )*[a-z*])+(?=[\s,.!?;:]|$)",
    re.IGNORECASE)


def _join_groups(m: re.Match[str]) -> str:
    groups = [g.replace(" ", "") for g in re.split(" {2,}", m.group())]
    return " ".join(groups) if max(map(len, groups)) >= 3 else m.group()


def respace(text: str) -> str:
    """The text with letter-by-letter words joined (_SPACED_GROUPS)."""
    return _SPACED_GROUPS.sub(_join_groups, text) if "  " in text else text


def score(text: str, role: str = "student") -> Stage1:
    norm = normalize(respace(text))
    t = norm.text
    staff = role in STAFF_ROLES
    levels = {c: 0 for c in
              ("self_harm", "abuse_disclosure", "harm_to_others", "distress")}
    signals: list[str] = []
    settled = True
    held: dict[str, int] | None = None
    hits: dict[str, list[str]] = {}

    idiom_spans, idiom_names = _spans(lx.IDIOM_RULES, t)
    signals += [f"idiom:{n}" for n in idiom_names]
    if not staff:
        signals += [f"relief:{r.name}" for r in lx.EVERYDAY_VETOES if r.regex.search(t)]

    # toxicity first: masked for idioms, screening questions, reported speech, self-talk
    exempt = lx.TOX_EXEMPT_RULES if not staff else lx.TOX_EXEMPT_STAFF
    ex_spans, ex_names = _spans(exempt, t)
    t_tox = _mask(t, idiom_spans + ex_spans)
    tox_spans: list[tuple[int, int]] = []
    tox_kinds: dict[str, list[str]] = {}
    tox_excused: list[str] = []
    for rule in _candidates(lx.TOX_RULE_SET, t_tox):
        if rule.kind == "tx_staff" and not staff:
            continue
        if staff and norm.question and rule.kind == "tx_tell_harm":
            continue  # "do you want to kill yourself?" is a screening question
        unless = lx.UNLESS_RULES.get(rule.name)
        for m in rule.regex.finditer(t_tox):
            if unless is not None and unless.search(t_tox):
                # its everyday sense ("stfu you got in??? congrats", "they are trash at
                # basketball this season"): delivered, and the cascade still reads it. Read in
                # the whole message, not the clause: "shut up!! no way you got tickets" puts
                # the excuse after a break, and an excused insult costs a delivery, not a crisis
                tox_excused.append(rule.name)
                break
            tox_spans.append(m.span())
            if rule.name not in tox_kinds.get(rule.kind, []):
                tox_kinds.setdefault(rule.kind, []).append(rule.name)
    toxic = bool(tox_kinds)
    signals += [f"{k}:{n}" for k, ns in tox_kinds.items() for n in ns]
    signals += [f"excused:{n}" for n in tox_excused]

    if not staff:
        # an attack on someone else ("you'd be better off dead") is not the sender's risk
        t_risk = _mask(t, idiom_spans + tox_spans)
        tp_spans, tp_names = _spans(lx.THIRD_PARTY_RULES, t_risk)
        # someone else's everyday sense ("she hurt herself skiing"): excused, as in _hits; the
        # words stay masked (they are about someone else) and stage 2 reads the message
        # (a rule stays if any of its matches is not excused)
        kept = {n for n, (a, b) in zip(tp_names, tp_spans, strict=True)
                if not _excused(n, t_risk, a, b)}
        tp_excused = sorted(set(tp_names) - kept)
        tp_names = [n for n in tp_names if n in kept]
        if tp_names:
            levels["distress"] = 2
            signals += [f"third_party:{n}" for n in tp_names]
        t_risk = _mask(t_risk, tp_spans)
        # batch 6: a risk word that is ordinary in a context found elsewhere in the message
        # (a gun in fortnite, blood at the dentist); only the word is blanked, and it stays
        # unsettled so the cascade still looks
        ctx_spans: list[tuple[int, int]] = []
        # prefiltered by their context, like the rules (searching all 24 on every message
        # was ~18 % of stage 1's time)
        for cm in _candidates(lx.CONTEXT_MASKS, t_risk):
            # the target (a few rare words) first: the context and guard are long alternations
            spans = [m.span() for m in cm.target.finditer(t_risk)]
            if spans and cm.context.search(t_risk) and not cm.guard.search(t_risk):
                ctx_spans += spans
                idiom_names.append(cm.name)
                signals.append(f"idiom:{cm.name}")
        t_risk = _mask(t_risk, ctx_spans)
        hits = _hits(lx.RISK_RULE_SET, t_risk, negation=True)
        if tp_excused:
            hits.setdefault("excused", []).extend(tp_excused)
        # batch 10: a time word alone ("tryouts are tomorrow") modifies nothing: it is not a
        # signal (signals put a message ahead in the cascade's queue and show to counselors)
        lone_time = set(hits.get("sh_intent", [])) <= _MODIFIERS and not (
            hits.keys() - {"sh_intent", "negated", "excused"})
        for kind, names in hits.items():
            if kind == "sh_intent" and lone_time:
                continue
            signals += [f"{kind}:{n}" for n in names]
        settled = _combine(hits, levels, norm, t_risk) and settled
        risk_names = {n for kind, names in hits.items() if kind.startswith(_RISK_KINDS)
                      for n in names}
        if (max(levels.values()) >= 2 and _RISK_NGRAMS is not None
                and not _RISK_NGRAMS.reads(t)):
            # the confirm step holds only a page of a message stage 2 reads. An everyday scene
            # named beside the words lists more rules, and lets a time stand
            contexts = [c for c in CONFIRM_CONTEXTS if c.rules & risk_names
                        and c.context.search(t) and not c.guard.search(t)]
            listed = CONFIRM_RULES.union(*(c.rules for c in contexts))
            intent = set(hits.get("sh_intent", []))
            hold: list[str] | None = None  # the step's signals beside "confirm:held"
            if (risk_names - intent
                    and risk_names - (_MODIFIERS if contexts else frozenset()) <= listed
                    and not tp_names and (not intent or (contexts and intent <= _MODIFIERS))
                    and not _MODIFIERS & set(hits.get("negated", []))
                    and not ("cant_cope" in risk_names and _CANT_BODY_S28.search(t_risk))):
                # the confirm list (CONFIRM_RULES). Never with a stated intent beside the words,
                # nor a time unless the message names an everyday scene of the words' own
                # (CONFIRM_CONTEXTS: "calving saturday, blood everywhere"): "goodbye forever
                # everyone, tonight", "i wont be here tomorrow" are a plan, not a word's everyday
                # sense; nor a body in trouble ("i cant breathe")
                hold = [f"confirm:{c.name}" for c in contexts]
            elif (not toxic and not staff and not hits.keys() & NGRAM_NEVER
                  and _RISK_NGRAMS.probabilities(t)[0] < NGRAM_CONFIRM):
                # the second model (session 31, NGRAM_CONFIRM): whatever the rules, a page the
                # learned risk score reads as all but certainly ordinary
                hold = ["confirm:ngram"]
            if hold is not None:
                # low now, the held levels once stage 2 agrees (pipeline.merge, `confirmed`)
                held = dict(levels)
                levels.update({c: min(lv, 1) for c, lv in levels.items()})
                signals += ["confirm:held", *hold]
                settled = False

    # with no evidence at all, the slower stage looks only at messages that could carry it
    quiet = not any(levels.values()) and not toxic and settled and not staff
    if not staff and not signals and not toxic and not any(levels.values()) and (
            m := _MEANS_WORD.search(t_risk)):
        signals.append(f"means_word:{m.group()}")
        settled = False
    if quiet and ("negated" in hits or "excused" in hits or tox_excused or idiom_names or ex_names
                  or len(norm.tokens) >= GATE_MIN_TOKENS):
        settled = False
    cue_kinds = {"sh_plan", "sh_means", "sh_hopeless", "ds_low", "ds_medium", "sh_ideation",
                 "sh_act", "ab_unclear", "ho_wish"}
    risk_cue = bool(cue_kinds & hits.keys()) or bool(
        set(hits.get("sh_intent", [])) - {"timeline", "timeline_weak", "going_to"})
    foreign_risk = None
    if not staff and _RISK_NGRAMS is not None and max(levels.values()) < 2 \
            and not _relief_only(signals, risk_cue, levels) \
            and (reading := _RISK_NGRAMS.assess(t)) is not None:
        # the learned risk score (app/moderation/ngrams.py, RiskScorer): a message mostly in
        # words the encoder does not know (Tagalog, Swahili, Roman Urdu ...) that reads as
        # risk escalates here, since stage 2 cannot read it. Unsettled: the cascade still looks
        # (and may not escalate what the score puts below its veto: pipeline.merge)
        foreign_risk = reading.p
        if reading.category is not None:
            levels[reading.category] = reading.level
            signals.append(f"learned_risk:{reading.category}")
            risk_cue = True
            settled = False
    if not toxic and not ex_names and _NGRAMS is not None \
            and _learned_may_read(t, staff, levels, risk_cue, settled) \
            and _NGRAMS.toxic(t, staff, _foreign(t, staff, foreign_risk)):
        # the learned n-gram score (app/moderation/ngrams.py): insults the lexicon has no
        # words for, never in quoted or reported speech (ex_names). The cascade still reads a
        # student's message, and risk it finds releases it (app/chat/service.py)
        toxic = True
        signals.append("tx_learned:ngrams")
    if toxic and not staff and not any(levels.values()):
        # a rude message is withheld only if nothing outside the attack itself hints at risk
        # ("fuck off, the pills are already in me" is delivered, and the cascade looks)
        rest = _mask(t, tox_spans + idiom_spans)
        rest = _mask(rest, [m.span() for rx in (_HELP_OFFERED, _CANT_EVEN, _STOP_TALKING,
                                                _WONT_TOUCH, _UR_DEAD, _ATTACK_PLACE)
                            for m in rx.finditer(rest)])
        if _RISK_WORDS.search(rest):
            risk_cue = True
        # Withheld now, but the cascade still looks: risk the lexicon missed in a rude message
        # ("fuck off with the trusted adult shit, the trusted adult is the one doing it")
        # releases it to the room (app/chat/service.py). A risky message is never withheld.
        settled = False
    return Stage1(norm, levels, toxic, signals, settled, risk_cue, foreign_risk, held)


def _combine(hits: dict[str, list[str]], levels: dict[str, int], norm: Normalized,
             t: str) -> bool:
    """Fold rule kinds into category levels; returns whether stage 1 is confident."""
    settled = True
    has = hits.__contains__
    past = bool(_PAST.search(t)) and not _PRESENT.search(t)

    # --- self-harm
    # a method named for oneself ("shooting myself", "take all of them") is ideation too
    ideation = (hits.get("sh_ideation", []) + hits.get("sh_act", [])
                + [n for n in hits.get("sh_means", []) if n == "method_words"])
    intent_names = set(hits.get("sh_intent", []))
    conditional = bool(_CONDITIONAL.search(t))
    intent_names |= ({"intent_strong"} if intent_names & {"intent_more", "intent_strong_b3",
                                                       "intent_strong_b4"}
                     else set())
    strong_intent = bool(intent_names - {"going_to", "timeline_weak"}) or (
        "going_to" in intent_names and not conditional)
    means = has("sh_means")
    sh = 0
    acted = has("sh_acted") or has("sh_farewell") or has("sh_means_query") or has("sh_plan") or (
        bool(intent_names - {"timeline", "timeline_weak", "going_to"})
        and bool(_GOODBYE_END.search(t)))  # "i already decided , goodbye"
    timeline = bool(intent_names & {"timeline", "timeline_weak"})
    # Intent and a time are high ("im doing it tonight") unless the message names an everyday
    # plan and neither ideation nor a means: then they are every plan a student makes ("doing it
    # tomorrow, the science project i mean", "my plan is to study tonight": a second reader's
    # probes), and stage 2 decides.
    evidence = bool(ideation or means) or not lx.ORDINARY_PLAN.search(t)
    if (
        acted
        or (ideation and (means or strong_intent))
        or (means and (strong_intent or timeline))  # a means is evidence itself
        or ("intent_strong" in intent_names and timeline and evidence)  # "im doing it tonight"
    ):
        sh = 3
    elif "intent_strong" in intent_names:
        sh, settled = (2 if evidence else 1), False
    elif ideation:
        sh = 2
    elif means:
        # "i have pills" alone is ambiguous; "20 pills lined up on my desk" is not
        sh, settled = (2 if _STRONG_MEANS.search(t) else 1), False
    elif has("sh_hopeless"):
        sh, settled = 1, False
    # batch 10: an urge that is back now is not past ("i used to burn myself ... some days i
    # really miss it")
    if sh and past and not (has("sh_acted") or has("sh_farewell") or has("sh_means_query")
                            or has("sh_plan")
                            or _URGE_BACK & set(hits.get("sh_act", []))):
        sh = min(sh, 1)
    if sh in (2, 3) and norm.laughing and not lx.SERIOUS.search(t) and not (
        has("sh_acted") or has("sh_farewell") or has("sh_means_query") or has("sh_plan")
        or means or (intent_names - {"going_to", "timeline", "timeline_weak"})
    ):
        # "kms lmao this essay": hyperbole while laughing
        if lx.TRIVIAL_TOPIC.search(t):
            sh = 0
        else:
            sh, settled = 1, False
    if sh == 1 and has("sh_hopeless") and not ideation:
        settled = False
    levels["self_harm"] = max(levels["self_harm"], sh)

    # --- abuse disclosure
    ab = 0
    if has("ab_ongoing") or has("ab_neglect") or has("ab_grooming") or has("ab_danger"):
        ab = 2 if past else 3
        only_hits = set(hits.get("ab_ongoing", [])) <= {
            "perp_hits", "perp_with", "hits_b4", "beaten_with_b10", "swahili_ab_s16",
            "taglish_ab_s16"} and not (
            has("ab_neglect") or has("ab_grooming") or has("ab_danger"))
        if only_hits and (norm.laughing or _PLAYFUL.search(t)) and not lx.SERIOUS.search(t) \
                and not _NOT_PLAY.search(t):
            # "my brother punched me for my seat lol we're fine"; an unclear disclosure beside
            # a laugh, with no play named, stays medium ("mom doesnt hit me anymore but she
            # threatens to , a lot 💀")
            ab = 2 if has("ab_unclear") and not _PLAYFUL.search(t) else 1
            settled = False
        elif (only_hits and _SIBLING.search(t) and _SIB_GAME.search(t)
              and not _SIB_SERIOUS.search(t) and not lx.SERIOUS.search(t)):
            ab, settled = 1, False  # "my brother punches my arm at every yellow car, a game"
    elif has("ab_unclear"):
        ab, settled = 2, False
    levels["abuse_disclosure"] = ab

    # --- harm to others
    ho = 0
    if has("ho_plan"):
        ho = 3
    elif has("ho_wish"):
        ho = 2
    if ho == 2 and "timeline" in hits.get("sh_intent", []) and _WEAPON.search(t):
        ho = 3  # "tonight he pays for what he did, i have the hammer"
    if ho and norm.laughing and not _WEAPON.search(t) and not lx.SERIOUS.search(t):
        ho, settled = 0, False
    if ho == 2 and _TRIVIAL_CAUSE.search(t) and not _WEAPON.search(t):
        ho, settled = 0, False  # "i could strangle my brother he finished the cereal"
    levels["harm_to_others"] = ho

    # --- distress
    ds = 2 if has("ds_medium") else (1 if has("ds_low") else 0)
    if ds == 2 and set(hits["ds_medium"]) <= {"cant_cope", "overwhelm"} and (
            (norm.laughing and lx.TRIVIAL_TOPIC.search(t))
            or ("overwhelm" in hits["ds_medium"] and (lx.TRIVIAL_TOPIC.search(t)
                                                       or _ITS_FINE.search(t)))):
        ds, settled = 1, False  # "i cant take this math homework anymore lol"
    if ds == 2 and set(hits["ds_medium"]) <= {"cant_cope", "overwhelm", "panic"} and (
            _TRIVIAL_CAUSE.search(t) or _RESOLVED.search(t)):
        ds, settled = 1, False  # "had a panic attack before the exam, im okay now"
    if ds == 2 and set(hits["ds_medium"]) <= {"cant_cope_s17"} and norm.laughing \
            and not lx.SERIOUS.search(t):
        # "d ko na kaya 😂 ang kulit ng kapatid ko": the English list of trivial topics above
        # cannot tell what a Tagalog, Swahili or Urdu "can't take it" is about; a laugh can
        ds, settled = 1, False
    if ds == 1 and norm.laughing and not lx.SERIOUS.search(t):
        ds, settled = 0, False
    if ds == 2 and set(hits["ds_medium"]) <= {"cant_cope", "cant_cope_s17"} and not any(
            levels[c] for c in ("self_harm", "abuse_disclosure", "harm_to_others")) and (
            "cant_cope" not in hits["ds_medium"]
            or (_CANT_DO_S28.search(t) and not _CANT_BODY_S28.search(t))):
        # Session 28: "cant do this anymore" with nothing else is stage 2's to weigh. In
        # fresh batches 145-152 writers put it beside a flat tyre, a ferry cancelled, 40
        # degrees, the wifi, a lost match or a day picking tomatoes: 27 of the 41 ordinary
        # messages of this shape not in stage 2's training data were paged, and of its 63
        # medium or high ones stage 2 escalates every one at its "raise" bar (all 259 labelled
        # rows of the shape, in the live chat: medium+ 194 -> 194 escalated, ordinary 33 -> 10
        # of 55). Not a body in trouble or going on: "i cant breathe", "cant stop crying",
        # "cant go on"
        ds, settled = 1, False
    if ds:
        settled = settled and ds == 2
    levels["distress"] = max(levels["distress"], ds)
    return settled


__all__ = ["LEVEL_SCORE", "STAFF_ROLES", "Stage1", "score"]
