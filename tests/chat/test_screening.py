"""The cascade's queue on the message path: what it reports on /metrics."""

from __future__ import annotations

import asyncio

from app.chat.screening import BACKLOG, LAG, Later, Screening
from app.moderation import Moderator, RiskLevel


def _count() -> float:
    return next(s.value for s in LAG.collect()[0].samples if s.name.endswith("_count"))


def _backlog() -> float:
    return BACKLOG.collect()[0].samples[0].value


async def test_cascade_lag_and_backlog_are_reported() -> None:
    mod = Moderator(use_model=False)
    raised: list[tuple[Later, object]] = []
    gate = asyncio.Event()

    async def slow_cascade(pairs: list[tuple[str, str]]) -> list:
        await gate.wait()  # the slower stage is busy
        return [mod.assess(text, role) for text, role in pairs]

    async def on_raised(item: Later, verdict: object) -> None:
        raised.append((item, verdict))

    screening = Screening(mod, on_raised, linger_s=0.0, cascade=slow_cascade)
    before = _count()
    try:
        first = mod.assess("what time is it", "student")
        for i in range(3):
            screening.later(Later("room", i + 1, "i have the pills lined up", "student", first))
        await asyncio.sleep(0.05)
        # one batch is with the cascade; nothing has been screened yet
        assert _count() == before
        assert _backlog() == 0  # the batch took all three off the queue
        screening.later(Later("room", 4, "see you", "student", first))
        assert _backlog() == 1
        await asyncio.sleep(0.1)
        gate.set()
        for _ in range(100):
            if _count() == before + 4:
                break
            await asyncio.sleep(0.01)
        assert _count() == before + 4
        assert _backlog() == 0
        # the stage-2 verdict raised the three risky messages above the inline "none"
        assert sorted(item.seq for item, _ in raised) == [1, 2, 3]
        assert all(v.risk.rank >= RiskLevel.MEDIUM.rank for _, v in raised)  # type: ignore[attr-defined]
        lag_sum = next(s.value for s in LAG.collect()[0].samples if s.name.endswith("_sum"))
        assert lag_sum >= 3 * 0.1  # each of the first three waited at least the 0.1 s the gate held
    finally:
        await screening.stop()
