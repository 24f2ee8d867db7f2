"""Tests shared by the labelled sets stage 1's rules were written against: the three every fresh
batch's lexicon families get (test_lexicon_batch12.py and on; batches 14 on also a fourth, for
the insults now withheld), and the two the probe sets get
(review.jsonl, redteam.jsonl: every row stage 1 gets right, rows noted OPEN left out)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.moderation import Moderator, rules
from app.moderation.verdict import RISK_CATEGORIES, Action, Verdict

DATA = Path(__file__).resolve().parents[2] / "data" / "moderation"
OPEN = "stage 1 still wrong"  # a probe set's open findings (bench/moderation_bench.py counts them)
RISKY = {"medium", "high"}
# What stage 2 would say of a message it reads as risk at every level: merged with a stage-1
# verdict, it shows what may still stop an escalation (the learned score's veto, an everyday
# reading)
STAGE2_SAYS_RISK = {**{f"{c}>={lv}": 1.0 for c in RISK_CATEGORIES for lv in ("low", "medium",
                                                                           "high")},
                    "any>=medium": 1.0, "any>=high": 1.0, "toxicity": 0.0}


class FlagsEverything:
    """A learned toxicity score that calls every message toxic: only the guards around it
    (risk, quotes, things vented at) stand between it and a withhold."""

    threshold = foreign_threshold = 0.0

    def toxic(self, text: str, staff: bool, foreign: bool = False) -> bool:
        return True


def escalated(mod: Moderator, text: str) -> Verdict:
    """Stage 1's rules escalate the message and it is delivered (risk is never withheld):
    at once, or, where they rest on words with everyday senses (rules.CONFIRM_RULES), held
    as low for the cascade to confirm; test_confirm.py checks that the cascade confirms
    every held risky row of the labelled sets."""
    v = mod.assess_without_stage2(text)
    assert v.escalate and v.action is Action.DELIVER, (text, v.risk, v.category, v.signals)
    inline = mod.assess(text)
    assert inline.action is Action.DELIVER and (
        inline.escalate or "confirm:held" in inline.signals), (text, inline.signals)
    return v


def not_paged(mod: Moderator, text: str) -> Verdict:
    """Stage 1 neither pages a counselor for the message nor withholds it."""
    v = mod.assess(text)
    assert not v.escalate and v.action is Action.DELIVER, (text, v.risk, v.category, v.signals)
    return v


def load_rows(file: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / file).read_text().splitlines() if line]


def probe_tests(rows: list[dict]) -> tuple[Callable[..., None], Callable[..., None]]:
    """A probe set's rows stage 1 gets right: risky ones escalated and delivered, ordinary
    ones neither paged nor withheld."""

    def cases(risky: bool) -> list[str]:
        return [r["text"] for r in rows
                if (r["risk"] in RISKY) == risky and OPEN not in r["note"]]

    @pytest.mark.parametrize("text", cases(risky=True))
    def risky_is_escalated_and_delivered(mod: Moderator, text: str) -> None:
        escalated(mod, text)

    @pytest.mark.parametrize("text", cases(risky=False))
    def ordinary_is_not_paged_or_withheld(mod: Moderator, text: str) -> None:
        not_paged(mod, text)

    return risky_is_escalated_and_delivered, ordinary_is_not_paged_or_withheld


def caught_tests(file: str, caught: list[str]) -> Callable[..., None]:
    """A batch's risky rows (its own text) stage 1 now escalates and delivers."""
    texts = {r["text"] for r in load_rows(file)}

    @pytest.mark.parametrize("text", caught)
    def risk_is_escalated_and_delivered(mod: Moderator, text: str) -> None:
        assert text in texts
        escalated(mod, text)

    return risk_is_escalated_and_delivered


def everyday_tests(file: str, everyday: list[str]) -> Callable[..., None]:
    """A batch's ordinary rows (its own text) stage 1 neither pages nor withholds."""
    texts = {r["text"] for r in load_rows(file)}

    @pytest.mark.parametrize("text", everyday)
    def everyday_sense_is_not_paged(mod: Moderator, text: str) -> None:
        assert text in texts
        not_paged(mod, text)

    return everyday_sense_is_not_paged


def staff_kind_tests(texts: list[str]) -> Callable[..., None]:
    """A volunteer's kind words in the shapes of the staff rules a family added (written with
    the family, not rows of a batch): delivered."""

    @pytest.mark.parametrize("text", texts)
    def kind_staff_words_are_delivered(mod: Moderator, text: str) -> None:
        v = mod.assess(text, "volunteer")
        assert v.action is Action.DELIVER, (text, v.signals)

    return kind_staff_words_are_delivered


def batch_tests(file: str, caught: list[str], everyday: list[str]
                ) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    """caught_tests and everyday_tests, and the batch's ordinary rows paged at most 3 % (a
    batch measured as missing that target uses the first two alone)."""
    rows = load_rows(file)

    def ordinary_rows_stay_below_three_percent(mod: Moderator) -> None:
        ordinary = [r for r in rows
                    if r["risk"] == "none" and not r["toxic"] and r["role"] == "student"]
        paged = [r["text"] for r in ordinary if mod.assess(r["text"]).escalate]
        assert len(paged) / len(ordinary) <= 0.03, paged

    return (caught_tests(file, caught), everyday_tests(file, everyday),
            ordinary_rows_stay_below_three_percent)


def edge_tests(paged: list[str], unpaged: list[str]
               ) -> tuple[Callable[..., None], Callable[..., None]]:
    """A family's edges, written with it (not rows of a batch): sentences it must still page
    (said of oneself, with an amount, a timeline) and everyday ones it must leave alone."""

    @pytest.mark.parametrize("text", paged)
    def families_still_page_the_risk(mod: Moderator, text: str) -> None:
        escalated(mod, text)

    @pytest.mark.parametrize("text", unpaged)
    def families_leave_everyday_words_alone(mod: Moderator, text: str) -> None:
        not_paged(mod, text)

    return families_still_page_the_risk, families_leave_everyday_words_alone


def withheld_tests(file: str, withheld: list[tuple[str, str]]) -> Callable[..., None]:
    """A batch's toxic rows (role, text) the lexicon now withholds by itself, without paging
    anyone. The learned n-gram score is switched off: it is trained on the batches, so through
    it a family would prove nothing."""
    rows = {(r["role"], r["text"]) for r in load_rows(file)}

    @pytest.mark.parametrize(("role", "text"), withheld)
    def insults_are_withheld(mod: Moderator, monkeypatch: pytest.MonkeyPatch, role: str,
                             text: str) -> None:
        assert (role, text) in rows
        monkeypatch.setattr(rules, "_NGRAMS", None)
        v = mod.assess(text, role)
        assert v.action is Action.WITHHOLD and not v.escalate, (text, v.signals)

    return insults_are_withheld
