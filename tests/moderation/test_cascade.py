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
    assert set(meta["thresholds"]) == {"escalate_new", "raise", "lower", "toxic"}


def test_embeddings_are_normalised_and_deterministic(cascade: Moderator) -> None:
    enc = cascade._load_stage2().encoder
    a = enc.encode(["i want to disappear", "what time is lunch"])
    b = enc.encode(["i want to disappear", "what time is lunch"])
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-3)
    assert np.array_equal(a, b)
    assert float(a[0] @ a[1]) < 0.6


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
