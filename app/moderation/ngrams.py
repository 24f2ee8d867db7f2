"""A learned toxicity score for stage 1: logistic regression over hashed n-grams.

The lexicon withholds the insults it has words for; a fresh batch of messages always brings
insults it has none for ("youre about as useful as a chocolate teapot", a volunteer's "Grow up,
it's just a dance"). The embedding model recognises many of them, but it runs after delivery
and a delivered message is never taken back. This scorer runs inline on every message that
stage 1 would deliver without any risk in it: a weight per hashed word, word pair and
character 4-gram of the normalised text, summed, through a sigmoid. ~0.1 ms a message, no
torch, weights in heads/ngrams.npz (float16, ~320 KB), trained by scripts/train_ngrams.py from
data/moderation/train.jsonl with the threshold chosen out of fold (docs/moderation.md,
"The learned n-gram score").

Features are conjoined with the sender's side (student or staff) as well as shared, so that
"grow up" can weigh more from a volunteer than from a student. Hashing is zlib.crc32: stable
across processes and machines, unlike hash().
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BITS = 18
_MASK = (1 << BITS) - 1
FILE = Path(__file__).resolve().parent / "heads" / "ngrams.npz"
META = FILE.with_suffix(".json")
RISK_FILE = FILE.with_name("ngrams_risk.npz")
RISK_META = RISK_FILE.with_suffix(".json")


# A word within NEGATED_SPAN words after one of these (and before a clause break) is a
# different feature ("!stupid"), with no character n-grams: "thats not a stupid reason to be
# upset" is not "a stupid reason". Out of fold it changed precision and recall by < 1 point.
NEGATORS = frozenset({"not", "never", "no", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
                      "werent", "cant", "cannot", "wont", "nothing", "neither", "nor", "hardly"})
NEGATED_SPAN = 4


# A word's own features (itself, itself on the sender's side, its character 4-grams) are the
# same wherever it appears: kept here, since chat repeats its words (a third of the cost of
# scoring the chat benchmark's messages). Emptied when it grows past _CACHE_MAX words.
_WORDS: dict[tuple[str, str], tuple[int, ...]] = {}
_CACHE_MAX = 100_000


def _word(w: str, side: str) -> tuple[int, ...]:
    got = _WORDS.get((w, side))
    if got is None:
        crc = zlib.crc32
        got = (crc(f"w|{w}".encode()) & _MASK, crc(f"{side}{w}".encode()) & _MASK)
        if len(w) > 3 and w[0] != "!":
            ww = f"<{w}>"
            got += tuple(crc(f"c|{ww[i:i + 4]}".encode()) & _MASK for i in range(len(ww) - 3))
        if len(_WORDS) >= _CACHE_MAX:
            _WORDS.clear()
        _WORDS[(w, side)] = got
    return got


def features(text: str, staff: bool) -> list[int]:
    """Hashed feature indices of normalised `text`, each once: a feature is present or not.
    (Counted, a message saying "you" twice had the word's weight twice, and kind messages to
    the person addressed — "you sound like you really get it" — read as insults.)"""
    crc = zlib.crc32
    side = "v|" if staff else "s|"
    out: list[int] = []
    prev = "<s>"
    scope = 0
    for w in text.split():
        if w in NEGATORS:
            scope = NEGATED_SPAN
        elif w == ",":
            scope = 0
        elif scope:
            scope -= 1
            w = f"!{w}"
        pair = f"{prev} {w}"
        out += _word(w, side)
        out += (crc(f"b|{pair}".encode()) & _MASK, crc(f"{side}b|{pair}".encode()) & _MASK)
        prev = w
    out.append(crc(f"b|{prev} </s>".encode()) & _MASK)
    return list(dict.fromkeys(out))


class NgramScorer:
    def __init__(self, weights: np.ndarray, bias: float, threshold: float,
                 foreign_threshold: float) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)
        #: The bar for a message the encoder cannot read (RiskScorer.foreign: mostly in Roman
        #: Urdu, Tagalog, Cebuano, Swahili ...), chosen out of fold over those messages alone
        #: (session 19): the lexicon has few words for their insults, and the one bar chosen
        #: over all rows, most of them English, withheld only 2 in 3 of them.
        self.foreign_threshold = float(foreign_threshold)

    @classmethod
    def load(cls, path: Path = FILE) -> NgramScorer | None:
        """None when the weights have not been trained (a checkout before `make`)."""
        if not path.exists():
            return None
        with np.load(path) as z:
            return cls(z["weights"], float(z["bias"]), float(z["threshold"]),
                       float(z["foreign_threshold"]))

    def probability(self, text: str, staff: bool) -> float:
        z = float(self.weights[features(text, staff)].sum()) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def toxic(self, text: str, staff: bool, foreign: bool = False) -> bool:
        """At or over the bar: `foreign_threshold` for a message the encoder cannot read."""
        bar = self.foreign_threshold if foreign else self.threshold
        return self.probability(text, staff) >= bar


def meta() -> dict:
    return json.loads(META.read_text()) if META.exists() else {}


# The learned risk score's heads, in the order of the columns of its weight matrix: whether a
# message holds risk at medium or above (the decision), at high (its level), and per category
# at medium or above (which category: the guidance the volunteer sees follows it).
RISK_HEADS = ("any>=medium", "any>=high", "self_harm", "abuse_disclosure", "harm_to_others",
              "distress")
_WORDS_RE = re.compile(r"[a-z]{2,}")
# English chat words the encoder's vocabulary lacks as whole words (counted over the English
# test sets and batches: "lol" in 344 messages, "dont" 249, "cant" 201 ...), for the stricter
# gate of the toxicity score's foreign bar (NgramScorer.foreign_threshold).
ENGLISH_CHAT = frozenset(
    "lol dont cant hes wont idk youre lmao whats thats ive ngl shes didnt pics wouldnt "
    "everyones moms dads maths lowkey tbh theres havent yall mums theyre doesnt aint wasnt ugh "
    "stfu urself cos fam isnt whos finna haha ima couldnt itll hasnt youve youd itd arent "
    "someones wtf brb".split())
# A message more than this share of whose words are neither whole words of the encoder's
# vocabulary nor ENGLISH_CHAT is read against the toxicity score's foreign bar: 0.5 % of the
# English test sets and fresh batches, 92 % of the four-language ones (the risk score's gate,
# 0.3 over the vocabulary alone, reads 3.8 % of that English and 98 % of those: a three-word
# English message with one rare word passes it, and "ur literally a lifesaver" was withheld).
FOREIGN_GATE = 0.4
FOREIGN_MIN_WORDS = 3


def chat_vocabulary(vocabulary: frozenset[str]) -> frozenset[str]:
    """The words `is_foreign` counts as English chat: the encoder's whole words and
    ENGLISH_CHAT. One function for the server (RiskScorer) and the training script."""
    return vocabulary | ENGLISH_CHAT


def is_foreign(text: str, chat_vocabulary: frozenset[str]) -> bool:
    """A message the toxicity score reads against its foreign bar: at least FOREIGN_MIN_WORDS
    words, more than FOREIGN_GATE of them outside `chat_vocabulary` (the encoder's whole words
    and ENGLISH_CHAT). One or two words say too little of a language: "cringe" alone was
    withheld at the foreign bar."""
    words = _WORDS_RE.findall(text)
    return len(words) >= FOREIGN_MIN_WORDS and \
        sum(w not in chat_vocabulary for w in words) / len(words) > FOREIGN_GATE


def unknown_share(text: str, vocabulary: frozenset[str]) -> float:
    """The share of the words of normalised `text` (two letters or more) that are not whole
    words of the encoder's vocabulary: 0.0 for "i cant do this anymore", most of a sentence in
    Tagalog, Swahili or Roman Urdu, which stage 2 reads as word pieces."""
    words = _WORDS_RE.findall(text)
    return sum(w not in vocabulary for w in words) / len(words) if words else 0.0


class RiskScorer:
    """A learned risk score for messages the encoder cannot read (session 18).

    Stage 2's encoder, all-MiniLM-L6-v2, was trained on English: a whole sentence in Tagalog,
    Cebuano, Swahili or Roman Urdu reaches it as word pieces, and stage 1's phrases in those
    languages lift only the batch they were written from (docs/moderation.md, "Session 17").
    Weights per hashed word, word pair and character 4-gram, as the toxicity score, learned
    from every labelled student row, read only where more than `gate` of a message's words are
    outside the encoder's vocabulary (stored with the weights). A message scoring at least
    `threshold` on P(risk >= medium) is escalated, at high when P(high) >= `high_threshold`,
    in the category whose head scores highest. The threshold is chosen out of fold
    (scripts/train_ngrams.py) within a budget of ordinary messages escalated."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, threshold: float,
                 high_threshold: float, gate: float, vocabulary: frozenset[str],
                 veto: float) -> None:
        self.chat_vocabulary = chat_vocabulary(vocabulary)
        self.weights = weights.astype(np.float32)  # (1 << BITS, len(RISK_HEADS))
        self.bias = bias.astype(np.float32)
        self.threshold = float(threshold)
        self.high_threshold = float(high_threshold)
        self.gate = float(gate)
        self.vocabulary = vocabulary
        #: Below this P(risk >= medium), stage 2 may not escalate a message the score read
        #: (pipeline.merge): the encoder reading word pieces of another language paged 4-10 %
        #: of ordinary messages in batches 39-47, nearly all of which this score put low.
        self.veto = float(veto)

    @classmethod
    def load(cls, path: Path = RISK_FILE) -> RiskScorer | None:
        if not path.exists():
            return None
        with np.load(path) as z:
            vocab = frozenset(bytes(z["vocabulary"]).decode().split("\n"))
            return cls(z["weights"], z["bias"], float(z["threshold"]),
                       float(z["high_threshold"]), float(z["gate"]), vocab, float(z["veto"]))

    def reads(self, text: str) -> bool:
        """Whether the score applies: the encoder does not know most of the words."""
        return unknown_share(text, self.vocabulary) > self.gate

    def foreign(self, text: str) -> bool:
        """Whether the toxicity score's foreign bar applies (`is_foreign`); it implies
        `reads`."""
        return is_foreign(text, self.chat_vocabulary)

    def probabilities(self, text: str) -> np.ndarray:
        z = self.weights[features(text, False)].sum(axis=0) + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))

    def assess(self, text: str) -> RiskReading | None:
        """None where the gate is closed; else P(risk >= medium) and, when it reaches the
        threshold, the category and level (2 or 3) to escalate at."""
        if not self.reads(text):
            return None
        p = self.probabilities(text)
        if p[0] < self.threshold:
            return RiskReading(float(p[0]))
        cat = RISK_HEADS[2 + int(np.argmax(p[2:]))]
        return RiskReading(float(p[0]), cat, 3 if p[1] >= self.high_threshold else 2)


@dataclass(frozen=True, slots=True)
class RiskReading:
    p: float  # P(risk >= medium)
    category: str | None = None  # set when the score escalates
    level: int = 0


def risk_meta() -> dict:
    return json.loads(RISK_META.read_text()) if RISK_META.exists() else {}


SCORER = NgramScorer.load()
RISK_SCORER = RiskScorer.load()
