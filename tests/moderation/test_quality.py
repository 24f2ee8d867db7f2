"""Quality floors on the held-out test set (data/moderation/test.jsonl), which no rule and no
head was fitted to. The benchmark (bench/moderation_bench.py) reports the full figures."""

import json
from pathlib import Path

import pytest

from app.moderation import Action, Moderator, Verdict

TEST_SET = Path(__file__).resolve().parents[2] / "data" / "moderation" / "test.jsonl"


def rows() -> list[dict]:
    return [json.loads(line) for line in TEST_SET.read_text(encoding="utf-8").splitlines()]


def figures(data: list[dict], verdicts: list[Verdict]) -> dict[str, float]:
    pairs = list(zip(data, verdicts, strict=True))
    high = [v.escalate for r, v in pairs if r["risk"] == "high"]
    medp = [v.escalate for r, v in pairs if r["risk"] in ("medium", "high")]
    ordinary = [v.escalate for r, v in pairs if r["risk"] == "none"]
    tp = sum(r["toxic"] and v.action is Action.WITHHOLD for r, v in pairs)
    fp = sum(not r["toxic"] and v.action is Action.WITHHOLD for r, v in pairs)
    fn = sum(r["toxic"] and v.action is not Action.WITHHOLD for r, v in pairs)
    return {
        "high": sum(high) / len(high),
        "medium_plus": sum(medp) / len(medp),
        "ordinary": sum(ordinary) / len(ordinary),
        "tox_f1": 2 * tp / (2 * tp + fp + fn),
        "risky_withheld": sum(r["risk"] != "none" and v.action is Action.WITHHOLD
                              for r, v in pairs),
    }


def test_the_held_out_set_is_labelled_like_dev() -> None:
    data = rows()
    assert len(data) >= 300
    assert {"text", "role", "category", "risk", "toxic", "note"} <= set(data[0])
    assert {r["risk"] for r in data} == {"none", "low", "medium", "high"}


def test_inline_stage_meets_its_floor(mod: Moderator) -> None:
    data = rows()
    f = figures(data, [mod.assess(r["text"], r["role"]) for r in data])
    assert f["risky_withheld"] == 0
    assert f["high"] >= 0.85 and f["medium_plus"] >= 0.88
    assert f["ordinary"] <= 0.03
    assert f["tox_f1"] >= 0.85


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_cascade_meets_the_targets(cascade: Moderator) -> None:
    data = rows()
    f = figures(data, cascade.assess_cascade([(r["text"], r["role"]) for r in data]))
    assert f["risky_withheld"] == 0
    assert f["high"] >= 0.90 and f["medium_plus"] >= 0.90
    assert f["ordinary"] <= 0.03
    assert f["tox_f1"] >= 0.85
