"""Stage-1 text normalisation: what the lexicon matches against.

Turns "I'm s0oOoo d0ne, k m s 💊" into "im so done , kms pills". Steps, in order:
unicode folding (NFKC, casefold, look-alike letters), "SA'd" spelled out, emoji to words,
apostrophes dropped, leetspeak inside words, asterisk censoring ("wh*re"), spaced-out letters
("k m s"), stretched letters ("sooooo"). Clause punctuation becomes a "," token so that lexicon
phrases never match across a sentence break and negation stays inside its clause.
See docs/moderation.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from app.moderation.lexicon import LEXICON_WORDS

# Emoji that carry meaning for risk or toxicity become words the lexicon knows; laughing
# emoji become the "lol" marker (so "im dead 💀" reads as a joke); all other emoji are dropped.
EMOJI_WORDS: dict[str, str] = {
    "💊": " pills ",
    "🔪": " knife ",
    "🗡": " knife ",
    "🪒": " razor ",
    "🪢": " rope ",
    "🔫": " gun ",
    "🩸": " blood ",
    "⚰": " coffin ",
    "🪦": " grave ",
    "🌉": " bridge ",
    "💣": " bomb ",
    "🤡": " clown ",
    "🖕": " fuck you ",
    "🍆": " emojisexual ",
    "💦": " emojisexual ",
    "😏": " emojisexual ",
    "👅": " emojisexual ",
    "🍑": " emojisexual ",
    "🍇": " emojigrape ",  # algospeak for rape ("i got 🍇 freshman year")
    "💩": " shit ",
    "😂": " lol ",
    "🤣": " lol ",
    "💀": " lol ",
    "😹": " lol ",
    "😆": " lol ",
    "😅": " lol ",
    "😜": " lol ",
    "🙃": " ",
}

# Cyrillic and Greek letters that look Latin, used to dodge filters.
_LOOKALIKE = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b", "ο": "o",
        "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "ρ": "p",
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"',
    }
)

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
         "!": "i", "|": "l", "€": "e"}
# A number with a unit or ordinal stays a number: "20mg", "2am", "3rd", "40x", "40kg", "400m".
_NUMERIC = re.compile(r"\d+(?:mg|mcg|ml|g|kg|kgs|lb|lbs|m|km|cm|ft|mph|kcal|p|x|am|pm|st|nd|rd|th"
                      r"|s|k|min|mins|h|hr|hrs|yo|yr|yrs|ish)?")
_LEET_TOKEN = re.compile(r"[a-z0-9@$!|€*#]+")
_TOKEN = re.compile(r"[a-z0-9_]+|[.?!;:,\n]+")
_CLAUSE_PUNCT = re.compile(r"[.?!;:,\n]+")
_STRETCH = re.compile(r"([a-z])\1{2,}")
_LAUGH_START = re.compile(r"(?:^| )(?:lmao|hahah|lmfao)")  # a token that starts so
_SH_SYMBOL = re.compile(r"(?<![a-z0-9])s ?[+/] ?h(?![a-z0-9])")
_DOTTED = re.compile(r"(?:[a-z]\.){2,}[a-z]?\.?")
_PIECES = re.compile(r"([^a-z0-9@$!|€*#.?,;:/]+)")

# Words a censored or stretched token may stand for. Censoring is resolved only against this
# list ("wh*re" -> "whore"); stretching prefers a known word ("sooo" -> "so", "killl" -> "kill").
CENSOR_TARGETS = [
    "fuck", "fucking", "fucked", "fucker", "fck", "whore", "slut", "bitch", "bitches", "shit",
    "cunt", "dick", "cock", "pussy", "faggot", "fag", "retard", "retarded", "nigger", "nigga",
    "tranny", "dyke", "suicide", "suicidal", "kill", "killing", "die", "dead", "rape", "raped",
    "twat", "bastard", "asshole", "hoe", "thot", "kms", "kys", "unalive", "chink", "chinks",
    "spic", "kike", "paki", "pakis", "retards", "slag", "slags", "sluts", "whores", "hoes",
    "cunts", "twats", "fags", "faggots", "dykes", "trannies", "niggers", "spics", "kikes",
    "skank", "spaz", "spastic", "tard", "prick", "wanker", "nonce", "dickhead", "bellend",
    "gook", "wetback", "beaner", "raghead", "towelhead", "coon",
]

COMMON_WORDS = frozenset(
    [
        "a", "about", "after", "again", "all", "also", "always", "am", "an", "and", "any",
        "anymore", "anyone", "are", "around", "as", "at", "away", "back", "bad", "be", "because",
        "been", "before", "being", "best", "better", "big", "bit", "bored", "boring", "bro", "but",
        "by", "bye", "call", "can", "cant", "care", "come", "cool", "could", "crazy", "cry",
        "crying", "cut", "cute", "dad", "damn", "day", "dead", "did", "die", "died", "do", "does",
        "dog", "done", "dont", "down", "dumb", "dying", "eat", "else", "end", "even", "ever",
        "every", "everyone", "everything", "fast", "feel", "feeling", "fine", "for", "free",
        "friend", "friends", "from", "fun", "funny", "game", "get", "go", "god", "going", "gone",
        "gonna", "good", "got", "great", "guys", "had", "happy", "hard", "has", "hate", "have",
        "he", "hear", "hell", "help", "her", "here", "hey", "hi", "him", "his", "home", "how",
        "hurt", "i", "if", "im", "in", "into", "is", "it", "its", "just", "keep", "kill", "killed",
        "killing", "kinda", "know", "last", "leave", "let", "life", "like", "literally", "little",
        "live", "lmao", "lmfao", "lol", "long", "look", "lot", "love", "low", "mad", "make", "man",
        "me", "mean", "mom", "more", "much", "my", "need", "never", "new", "next", "nice", "no",
        "nobody", "not", "nothing", "now", "of", "off", "oh", "ok", "okay", "omg", "on", "one",
        "only", "or", "other", "our", "out", "over", "people", "please", "pls", "plz", "pretty",
        "really", "right", "sad", "said", "same", "say", "school", "see", "she", "should", "sick",
        "so", "some", "someone", "something", "sorry", "still", "stop", "stupid", "such", "sure",
        "swear", "talk", "tell", "than", "thank", "thanks", "that", "the", "them", "then", "there",
        "they", "thing", "things", "think", "this", "though", "time", "tired", "to", "today",
        "tomorrow", "tonight", "too", "true", "try", "ugh", "up", "us", "very", "wait", "want",
        "wanna", "was", "way", "we", "well", "went", "were", "what", "when", "where", "who", "why",
        "will", "wish", "with", "wont", "work", "would", "wow", "yeah", "yes", "yet", "you",
        "your", "yours", "yourself", "youre", "ur", "u", "ya", "yall", "yay", "yo", "yup", "soo",
        "ahh", "haha", "hahaha", "hehe", "bruh", "bye", "cool", "feel", "fr", "idk", "ngl", "tbh",
        "af", "asf", "rn", "omfg", "noo", "nooo", "stfu", "gtfo", "kms", "kys", "ctb", "pill",
        "pills", "please", "bleed", "bleeding", "need", "sleep", "sleepy", "good", "too", "see",
        "free", "feel", "all", "will", "kill", "still", "call", "fall", "full", "well", "tell",
        "hell", "off", "stuff", "staff", "class", "pass", "miss", "kiss", "boss", "less", "stress",
        "sorry", "worry", "happy", "really", "hurry", "funny", "annoying", "annoyed", "lmaoo",
        "fuck", "shit", "bitch", "whore", "slut", "die", "dying", "dead", "alone", "lonely",
        "scared", "gone", "done", "cry", "cried", "tired", "yes", "yess", "byee",
    ]
    + CENSOR_TARGETS
)


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str  # tokens joined by single spaces; clause breaks are " , "
    tokens: tuple[str, ...]
    laughing: bool  # a laugh marker: lol, lmao, haha, jk, 😂, 💀, ...
    question: bool  # the original text has a question mark


_LAUGH = frozenset(
    [
        "lol", "lool", "lolol", "lmao", "lmfao", "lmaoo", "rofl", "haha", "hahaha", "hahah",
        "hehe", "jk", "jkjk", "xd", "xdd", "kek", "lel",
    ]
)


class _FoldMap(dict[int, str]):
    """What each character becomes after NFKC, casefolding and look-alikes, for
    `str.translate`: the word of a meaningful emoji, a space for other emoji, modifiers and
    joiners, nothing for combining accents left over from NFKC (zalgo goes) and for
    apostrophes, the plain letter of an accented Latin one ("é" -> e), else itself. Worked
    out the first time a character is seen: the per-character work of every message then
    runs in C."""

    _LIMIT = 20_000  # distinct characters remembered; any further ones are worked out each time

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        word = EMOJI_WORDS.get(ch)
        if word is not None:
            out = word
        elif ch == "'":
            out = ""
        else:
            cat = unicodedata.category(ch)
            if cat in ("So", "Sk", "Cs", "Co") or ch in "\ufe0f\u200d":
                out = " "
            elif cat == "Mn":
                out = ""
            elif cat.startswith("L") and not ch.isascii():
                # a Latin letter with an accent is its plain letter ("daño" -> "dano", "así"
                # -> "asi"); the tokenizer keeps a-z only, so it used to split the word
                base = "".join(c for c in unicodedata.normalize("NFD", ch)
                               if unicodedata.category(c) != "Mn")
                out = base if base.isascii() and base else ch
            else:
                out = ch
        if len(self) < self._LIMIT:
            self[code] = out
        return out


_FOLD = _FoldMap()


# "SA'd" (sexually assaulted) would become "sad" once its apostrophe is dropped: spelled out
# first. Only the apostrophe forms: nobody writes "sa'd" for "sad", while "saed" is a name.
_SA_APOSTROPHE = re.compile(r"(?<![a-z0-9'])s\.?a\.?'(?:e?(d)|(ing))(?![a-z])")


def _spell_sa(m: re.Match[str]) -> str:
    return "sexually assaulted" if m.group(1) else "sexually assaulting"


# Scots "nae" is "no" before a noun ("nae point", "naebody") and "not" elsewhere ("im nae
# okay", "nae bein here": SLANG); "the nicht" is "tonight". Read before the tokens are split.
_SCOTS_NO = re.compile(r"(?<![\w'])nae(?= (?:point|hope|future|reason|one|chance|way|wonder|idea|"
                       r"bother|pals?|friends?|mates?|money|time|clue|sleep|food|luck|life|more|"
                       r"longer|problem|use|escape|help)(?![\w']))")
_SCOTS_TONIGHT = re.compile(r"(?<![\w'])(?:the|this) nicht(?![\w'])")
# "ma" is "my" before the nouns a Scots message about home names ("ma da", "ma heid", "on ma
# ain"); alone it stays, since "ma" is also a mother (English, Tagalog) and a Tagalog prefix.
_SCOTS_MY = re.compile(r"(?<![\w'-])ma (ain|mam|maw|da|heid|head|pillow|bed|room|cousin|pals?|"
                       r"brithers?|brother|sisters?|gran|granda|grandad|wrists?|arms?|legs?|"
                       r"guitar|bike|phone|stuff|hoose|house|mind|life|body|stepda|stepdad|"
                       r"teacher|uncle|auntie)(?![\w'-])")
_HANGIN_SELF = re.compile(r"(?<![\w'])hangin (myself|masel|himself|herself|themselves|"
                          r"yourself|urself)(?![\w'])")


def _scots_my(m: re.Match[str]) -> str:
    return "my own" if m.group(1) == "ain" else "my " + m.group(1)


def _fold(text: str) -> str:
    # NFKC leaves ASCII as it is, and casefolding ASCII is lower()
    text = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_LOOKALIKE)
    if "a'" in text or "a.'" in text:
        text = _SA_APOSTROPHE.sub(_spell_sa, text)
    if "nae " in text:
        text = _SCOTS_NO.sub("no", text)
    if "nicht" in text:
        text = _SCOTS_TONIGHT.sub("tonight", text)
    if "ma " in text:
        text = _SCOTS_MY.sub(_scots_my, text)
    if "hangin " in text:  # the English "hangin myself", not Tagalog's "hangin" (wind)
        text = _HANGIN_SELF.sub(r"hanging \1", text)
    return text.translate(_FOLD)


def _deleet(tok: str) -> str:
    if not any(c.isalpha() for c in tok):
        return tok
    if _NUMERIC.fullmatch(tok):
        return tok
    chars = list(tok)
    for i, c in enumerate(chars):
        rep = _LEET.get(c)
        if rep is None:
            continue
        prev_alpha = i > 0 and chars[i - 1].isalpha()
        next_alpha = i + 1 < len(chars) and (chars[i + 1].isalpha() or chars[i + 1] in _LEET)
        # a leading "!" or trailing "!" is punctuation; a digit between letters is a letter
        if c in "!|" and not (prev_alpha and next_alpha):
            continue
        if prev_alpha or next_alpha:
            chars[i] = rep
    return "".join(chars)


@lru_cache(maxsize=512)
def _censor_regex(tok: str) -> re.Pattern[str]:
    parts = re.split(r"([*#]+)", tok)
    rx = "".join(f"[a-z]{{1,{len(p) + 1}}}" if p and p[0] in "*#" else re.escape(p)
                 for p in parts)
    return re.compile(rx)


def _uncensor(tok: str) -> str:
    if "*" not in tok and "#" not in tok:
        return tok
    core = tok.strip("*#")
    if not core or ("*" not in core and "#" not in core):
        return core
    rx = _censor_regex(core)
    hits = [w for w in CENSOR_TARGETS if rx.fullmatch(w)]
    if hits:
        return min(hits, key=len)
    return core.replace("*", "").replace("#", "")


def _unstretch(tok: str) -> str:
    if not _STRETCH.search(tok):
        return tok
    runs = list(_STRETCH.finditer(tok))
    if len(runs) > 4:
        return _STRETCH.sub(r"\1\1", tok)
    pieces: list[list[str]] = []
    last = 0
    for m in runs:
        pieces.append([tok[last:m.start()]])
        pieces.append([m.group(1), m.group(1) * 2])
        last = m.end()
    pieces.append([tok[last:]])
    cands = ["".join(p) for p in product(*pieces)]
    for c in cands:  # product() tries single letters first: "sooo" -> "so"
        if c in COMMON_WORDS or c in LEXICON_WORDS:
            return c
    return _STRETCH.sub(r"\1", tok)


# Single letters that spell a word when run together: "k m s", "k.y.s", "d i e".
_SPACED_WORDS = frozenset(
    [
        "kms", "kys", "ctb", "die", "dead", "kill", "killme", "suicide", "suicidal", "unalive",
        "cut", "cutting", "pills", "rope", "gun", "knife", "fuck", "fuckyou", "fu", "stfu",
        "bitch", "slut", "whore", "fag", "retard", "hate", "hateyou", "hurt", "sh", "od", "help",
    ]
)


_SPACED_LONGEST = max(map(len, _SPACED_WORDS))


def _join_spaced(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if len(tokens[i]) == 1 and tokens[i].isalpha():
            j = i
            while j < len(tokens) and len(tokens[j]) == 1 and tokens[j].isalpha():
                j += 1
            if j - i >= 3:
                # longest joinable span starting at any point in the run
                run = tokens[i:j]
                k = 0
                while k < len(run):
                    # no word is longer than _SPACED_LONGEST letters: a 2,000-character
                    # run of single letters would otherwise take seconds (cubic in its length)
                    for end in range(min(len(run), k + _SPACED_LONGEST), k + 1, -1):
                        word = "".join(run[k:end])
                        if end - k >= 2 and word in _SPACED_WORDS:
                            out.append(word)
                            k = end
                            break
                    else:
                        out.append(run[k])
                        k += 1
                i = j
                continue
        out.append(tokens[i])
        i += 1
    return out


# Spellings that stand for a word the lexicon knows.
SLANG: dict[str, str] = {
    "ure": "youre", "youre": "youre", "yur": "your", "ppl": "people", "smth": "something",
    "sth": "something", "rly": "really", "rlly": "really", "realy": "really", "abt": "about",
    "cuz": "because", "bc": "because",
    "bcuz": "because", "coz": "because", "tryna": "trying to", "ik": "i know", "idc": "i dont care",
    "idgaf": "i dont give a fuck", "tmr": "tomorrow", "tmrw": "tomorrow", "tmrrw": "tomorrow",
    "2morrow": "tomorrow", "2nite": "tonight", "tonite": "tonight", "2day": "today",
    "nobodys": "nobodys", "every1": "everyone", "some1": "someone", "any1": "anyone",
    "no1": "no one", "noone": "no one", "ded": "dead", "wanna": "wanna", "gonna": "gonna",
    "wana": "wanna", "wnna": "wanna", "gna": "gonna", "gunna": "gonna", "gon": "gonna",
    "dont": "dont", "dnt": "dont", "cant": "cant", "cnt": "cant", "wont": "wont",
    "kys": "kys", "kms": "kms", "alr": "already", "alrdy": "already", "pils": "pills",
    "thx": "thanks", "plz": "please", "pls": "please", "u": "u", "r": "r", "yu": "you",
    "ya": "ya", "myslef": "myself", "myelf": "myself", "mysef": "myself", "slef": "self",
    "sucide": "suicide", "sucidal": "suicidal", "suicidle": "suicidal", "dye": "dye",
    # Scots (Glasgow to Shetland), batch 67: the words that carry risk or its negation. Not
    # "ma", "tae", "tak", "doon", "ye", "awa", "aw", "ken", "fan", "gang": each is also a
    # word of Tagalog, Urdu, Cebuano or English chat that the lexicon reads.
    "nae": "not", "naebody": "nobody", "naething": "nothing", "naewhere": "nowhere",
    "dinna": "dont", "dinnae": "dont", "canna": "cant", "cannae": "cant", "winna": "wont",
    "winnae": "wont", "willnae": "wont", "wullnae": "wont", "didnae": "didnt", "didna": "didnt",
    "isnae": "isnt", "isna": "isnt", "wasnae": "wasnt", "wisnae": "wasnt", "couldnae": "couldnt",
    "couldna": "couldnt", "wouldnae": "wouldnt", "wouldna": "wouldnt", "shouldnae": "shouldnt",
    "havnae": "havent", "hivnae": "havent", "havenae": "havent", "disnae": "doesnt",
    "gonnae": "gonna", "wannae": "wanna", "hame": "home", "masel": "myself", "mysel": "myself",
    "yersel": "yourself", "heid": "head", "aboot": "about", "oot": "out", "ootside": "outside",
    "efter": "after", "thocht": "thought", "thochts": "thoughts", "greetin": "crying",
    "weel": "well", "gied": "gave", "nicht": "night", "bein": "being", "hoose": "house", "intae": "into",
    "deid": "dead", "dae": "do",
}


# A dropped g ("hittin", "bein", "savin up her tablets", "touchin my leg"): written back when
# the -ing word is one the lexicon spells and the word as typed is not ("thin" is a word;
# "hangin", "bangin" and "bitin" are Tagalog and Cebuano: wind, a ravine, left hanging).
_KEEP_IN = frozenset(["thin", "hangin", "bangin", "bitin"])


def _regain_g(tok: str) -> str:
    if tok in COMMON_WORDS or tok in LEXICON_WORDS or tok in _KEEP_IN:
        return tok
    return tok + "g" if tok + "g" in LEXICON_WORDS else tok


def normalize(text: str) -> Normalized:
    folded = _fold(text)
    if "+" in folded or "/" in folded:
        folded = _SH_SYMBOL.sub("sh", folded)  # "s+h", "s/h": self-harm, not two letters
    question = "?" in folded
    # leetspeak and censoring work on the raw word shapes, before punctuation splits them
    words = []
    for raw in folded.split():
        if raw.isascii() and raw.isalpha():
            words.append(raw)  # a plain word: nothing below would change it
            continue
        for piece in _PIECES.split(raw):
            if not piece:
                continue
            m = _LEET_TOKEN.fullmatch(piece.rstrip("!?.,;:"))
            if m:
                core = piece.rstrip("!?.,;:")
                tail = piece[len(core):]
                piece = _uncensor(_deleet(core)) + tail
            elif "." in piece and _DOTTED.fullmatch(piece):
                piece = piece.replace(".", " ")  # "k.m.s" -> "k m s"
            words.append(piece)
    tokens: list[str] = []
    for w in words:
        # a plain lower-case word is one token as it stands
        for t in (w,) if w.isascii() and w.isalpha() and w.islower() else _TOKEN.findall(w):
            if _CLAUSE_PUNCT.fullmatch(t):
                if tokens and tokens[-1] != ",":
                    tokens.append(",")
            else:
                t = _unstretch(t)
                if t in SLANG:
                    tokens.extend(SLANG[t].split())
                elif t[-2:] == "in" and len(t) > 3:
                    tokens.append(_regain_g(t))
                else:
                    tokens.append(t)
    tokens = _join_spaced(tokens)
    while tokens and tokens[-1] == ",":
        tokens.pop()
    text = " ".join(tokens)
    laughing = not _LAUGH.isdisjoint(tokens) or _LAUGH_START.search(text) is not None
    return Normalized(text, tuple(tokens), laughing, question)
