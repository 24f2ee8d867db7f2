"""Stage 2: the embedding heads, loaded once per session, offline."""

import json

import numpy as np

from app.moderation import Action, Moderator, RiskLevel
from app.moderation.pipeline import HEADS_DIR


def test_heads_file_matches_the_encoder(cascade: Moderator) -> None:
    meta = json.loads((HEADS_DIR / "heads.json").read_text())
    stage2 = cascade._load_stage2()
    assert stage2 is not None
    assert stage2.heads.weights.shape == (13, stage2.encoder.dim) == (13, meta["dim"])
    assert set(meta["thresholds"]) == {"escalate_new", "raise", "toxic"}


def test_embeddings_are_normalised_and_deterministic(cascade: Moderator) -> None:
    enc = cascade._load_stage2().encoder
    a = enc.encode(["i want to disappear", "what time is lunch"])
    b = enc.encode(["i want to disappear", "what time is lunch"])
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-3)
    assert np.array_equal(a, b)
    assert float(a[0] @ a[1]) < 0.6


def test_batching_by_token_count_keeps_each_text_with_its_embedding(cascade: Moderator) -> None:
    """encode() sorts texts by token count into batches of its own making: every row must
    come back where its text was, whatever the batch it ran in (one batch of many lengths
    against each text alone, so no padding at all)."""
    enc = cascade._load_stage2().encoder
    texts = ["i want to disappear", "ok", "what time is lunch tomorrow after the assembly",
             "", "nobody would notice if i was gone, i have thought about it for weeks now",
             "lol"]
    together = enc.encode(texts, batch_size=4)
    alone = np.vstack([enc.encode([t]) for t in texts])
    cos = (together * alone).sum(1)
    assert cos.min() > 0.995, cos  # bfloat16 rounding differs a little with the batch shape
    assert float(together[0] @ together[2]) < 0.9  # and the rows are not all alike


async def test_cascade_settles_and_keeps_policy(cascade: Moderator) -> None:
    pairs = [
        ("i think everyone would honestly be relieved if i stopped existing", "student"),
        ("what did you get on the bio quiz", "student"),
        ("stfu you worthless idiot", "student"),
        ("are you thinking about ending your life?", "volunteer"),
        ("fuck off, the pills are already in me", "student"),
    ]
    out = await cascade.assess_many(pairs)
    assert out[0].escalate and out[0].category == "self_harm"
    assert out[1].risk is RiskLevel.NONE and out[1].action is Action.DELIVER
    assert out[2].action is Action.WITHHOLD
    assert out[3].risk is RiskLevel.NONE and not out[3].escalate
    assert out[4].action is Action.DELIVER and out[4].escalate
    assert all(v.settled for v in out)
    assert {v.stage for v in out} <= {"lexicon", "cascade"}


def test_warm_loads_once(cascade: Moderator) -> None:
    first = cascade._load_stage2()
    assert cascade.warm() and cascade._load_stage2() is first


def test_numbers_alone_are_not_risk(cascade: Moderator) -> None:
    """The chat benchmark tags ordinary messages with "[worker:i:clock]"; the first fine-tuned
    model read such digits as risk and paged counselors ~100 times in 23,000 messages. Doses,
    counts and times are risk cues only beside risk words (scripts/number_variants.py)."""
    ordinary = ["I think I understand what you mean, tell me more",
                "thanks for listening, it really helps to talk this through",
                "my friend and I went for a walk after class today",
                "ok what time do u think the bus comes"]
    tags = ["[0:36:7169513357186]", "[3:45:88213]", "(2/3)", "at 9:30", "#12", "pg 41",
            "4th period"]
    pairs = [(f"{text} {tag}", "student") for text in ordinary for tag in tags]
    escalated = [t for (t, _), v in zip(pairs, cascade.assess_cascade(pairs), strict=True)
                 if v.escalate]
    assert escalated == []
    risky = [("i took like 30 of my moms pills an hour ago [0:12]", "student"),
             ("i think about not waking up a lot and it feels peaceful [2:7:9912]", "student")]
    assert all(v.escalate for v in cascade.assess_cascade(risky))


def test_stage2_never_lowers_what_stage1_found() -> None:
    """A medium that stage 1 only guessed stays medium whatever the heads say: lowering it
    spared no ordinary message out of fold and dropped 31 risky ones (docs/moderation.md)."""
    from app.moderation.pipeline import merge
    from app.moderation.rules import score
    from app.moderation.verdict import RISK_CATEGORIES

    doubtful = {f"{c}>={lv}": 0.0 for c in RISK_CATEGORIES for lv in ("low", "medium", "high")}
    doubtful |= {"any>=medium": 0.0, "any>=high": 0.0, "toxicity": 0.0}
    for text in ["im so tired of being here, like in general, not just school",
                 "i have pills lined up"]:
        s1 = score(text, "student")
        assert not s1.settled and max(s1.levels.values()) == 2
        v = merge(s1, doubtful, {"escalate_new": 0.99, "raise": 0.9, "toxic": 0.9})
        assert v.risk is RiskLevel.MEDIUM and v.escalate


def test_a_withheld_attack_is_released_for_escalating_risk_not_for_a_low_guess() -> None:
    """Stage 1 withholds an insult but leaves it to the cascade; heads that find medium or
    high risk in it release it (risk is never withheld), a "low" guess alone does not."""
    from app.moderation.pipeline import merge
    from app.moderation.rules import score
    from app.moderation.verdict import RISK_CATEGORIES

    th = {"escalate_new": 0.99, "raise": 0.9, "toxic": 0.9}
    base = {f"{c}>={lv}": 0.0 for c in RISK_CATEGORIES for lv in ("low", "medium", "high")}
    base |= {"any>=medium": 0.0, "any>=high": 0.0, "toxicity": 0.95}
    s1 = score("ur such a stupid worthless idiot", "student")
    assert s1.toxic and not s1.settled and not any(s1.levels.values())
    assert merge(s1, base, th).action is Action.WITHHOLD
    low = merge(s1, base | {"self_harm>=low": 0.999}, th)
    assert low.action is Action.WITHHOLD and low.risk is RiskLevel.NONE
    risky = merge(s1, base | {"abuse_disclosure>=low": 0.999, "abuse_disclosure>=medium": 0.995},
                  th)
    assert risky.action is Action.DELIVER and risky.escalate
    assert risky.category == "abuse_disclosure"


def test_the_cascade_keeps_a_guessed_medium(cascade: Moderator) -> None:
    v = cascade.assess_cascade(
        [("im so tired of being here, like in general, not just school", "student")])[0]
    assert v.escalate


# --- surface cues: a laugh, an emoji or chatter around the message does not change its risk ---
# (sentences written for these tests; none is in the labelled sets)

RISKY_PROBES = [
    "my stepdad hits me when hes drunk which is like every weekend",
    "wrote goodbye letters for my sisters last night",
    "honestly i dont want to exist anymore",
    "cut again last night, deeper than before",
    "i have been saving my moms sleeping pills in a sock",
    "i keep picturing bringing a knife to school for the guys who jumped me",
]
ORDINARY_PROBES = [
    "can we talk about something else, my cat just knocked over my water",
    "i finally finished the science fair poster and it looks decent",
    "my cousin is visiting this weekend and we are going bowling",
    "do u know any good shows to watch on a rainy day",
]
CHATTER = ("so today was kind of a long day, we had a sub in math and lunch was pizza which "
           "was nice.")


def test_a_laugh_does_not_hide_risk(cascade: Moderator) -> None:
    """Teenagers wrap real risk in a laugh; hyperbole is told apart by its topic ("kms lmao
    this essay"), not by the laugh alone (scripts/laugh_variants.py)."""
    pairs = [(f"{text} {laugh}", "student") for text in RISKY_PROBES
             for laugh in ("lol", "😂", "💀", "lmao")]
    missed = [t for (t, _), v in zip(pairs, cascade.assess_cascade(pairs), strict=True)
              if not v.escalate]
    assert missed == []


def test_emoji_alone_do_not_raise_risk(cascade: Moderator) -> None:
    pairs = [(f"{text} {emoji}", "student") for text in ORDINARY_PROBES
             for emoji in ("😂", "💀", "😭", "🙃", "✨", "❤️", "🔥", "🥺", "😭😭😭")]
    escalated = [t for (t, _), v in zip(pairs, cascade.assess_cascade(pairs), strict=True)
                 if v.escalate]
    assert escalated == []


def test_chatter_around_a_message_does_not_bury_its_risk(cascade: Moderator) -> None:
    """Long messages are scored whole and in segments (embedding.segments): the one sentence
    that matters is not diluted by the day's news around it, nor cut off past 64 tokens."""
    long_tail = " ".join(["and then we went to the store and got snacks and talked about the game"]
                         * 4)
    risky = [(f"{CHATTER} {text}", "student") for text in RISKY_PROBES]
    risky += [(f"{text}. anyway {CHATTER}", "student") for text in RISKY_PROBES]
    risky += [(f"{CHATTER} {long_tail}. {text}", "student") for text in RISKY_PROBES]
    missed = [t for (t, _), v in zip(risky, cascade.assess_cascade(risky), strict=True)
              if not v.escalate]
    assert missed == []
    ordinary = [(f"{CHATTER} {text}", "student") for text in ORDINARY_PROBES]
    ordinary += [(f"{CHATTER} {long_tail}. {text}", "student") for text in ORDINARY_PROBES]
    assert not any(v.escalate for v in cascade.assess_cascade(ordinary))


def test_segments_cover_long_messages() -> None:
    from app.moderation.embedding import MAX_SEGMENTS, segments
    from app.moderation.normalize import normalize

    assert segments("what time is practice") == ["what time is practice"]
    short = normalize(f"{CHATTER} took them at 9 and its starting to feel weird").text
    assert segments(short) == [short]  # within the encoder's window: scored whole
    text = normalize(f"{CHATTER} {CHATTER} {CHATTER} took them at 9 and its starting to feel "
                     "weird").text
    segs = segments(text)
    assert segs[0] == text and "took them at 9 and its starting to feel weird" in segs
    run_on = " ".join(f"word{i}" for i in range(400))
    segs = segments(run_on)
    assert len(segs) <= MAX_SEGMENTS + 1 and "word399" in segs[-1]
    assert all(w in " ".join(segs[1:]) for w in run_on.split())
