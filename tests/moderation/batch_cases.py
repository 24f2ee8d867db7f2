"""The three tests every fresh batch's lexicon families get (test_lexicon_batch12.py and on):
the batch's risky rows stage 1 now escalates, its ordinary rows stage 1 now leaves alone, and
stage 1's ordinary rate on the whole batch."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.moderation import Moderator
from app.moderation.verdict import Action

DATA = Path(__file__).resolve().parents[2] / "data" / "moderation"


def batch_tests(file: str, caught: list[str], everyday: list[str]
                ) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    rows = [json.loads(line) for line in (DATA / file).read_text().splitlines() if line]
    texts = {r["text"] for r in rows}

    @pytest.mark.parametrize("text", caught)
    def risk_is_escalated_and_delivered(mod: Moderator, text: str) -> None:
        assert text in texts
        v = mod.assess(text)
        assert v.escalate and v.action is Action.DELIVER, (text, v.risk, v.signals)

    @pytest.mark.parametrize("text", everyday)
    def everyday_sense_is_not_paged(mod: Moderator, text: str) -> None:
        assert text in texts
        v = mod.assess(text)
        assert not v.escalate and v.action is Action.DELIVER, (text, v.risk, v.signals)

    def ordinary_rows_stay_below_three_percent(mod: Moderator) -> None:
        ordinary = [r for r in rows
                    if r["risk"] == "none" and not r["toxic"] and r["role"] == "student"]
        paged = [r["text"] for r in ordinary if mod.assess(r["text"]).escalate]
        assert len(paged) / len(ordinary) <= 0.03, paged

    return (risk_is_escalated_and_delivered, everyday_sense_is_not_paged,
            ordinary_rows_stay_below_three_percent)
