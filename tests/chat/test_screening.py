"""The cascade's queue on the message path: what it reports on /metrics."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

from app.chat.screening import BACKLOG, LAG, SHED, Later, Screening
from app.moderation import Moderator, RiskLevel


def _count() -> float:
    return next(s.value for s in LAG.collect()[0].samples if s.name.endswith("_count"))


def _backlog() -> float:
    return BACKLOG.collect()[0].samples[0].value


def _shed() -> float:
    return next(s.value for s in SHED.collect()[0].samples if s.name.endswith("_total"))


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


async def test_what_stage1_saw_something_in_goes_first_and_quiet_overflow_is_shed(
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.chat.screening as screening_mod

    mod = Moderator(use_model=False)
    order: list[int] = []
    gate = asyncio.Event()

    async def cascade(pairs: list[tuple[str, str]]) -> list:
        await gate.wait()
        return [mod.assess(text, role) for text, role in pairs]

    async def on_raised(item: Later, verdict: object) -> None:
        order.append(item.seq)

    monkeypatch.setattr(screening_mod, "MAX_QUIET_BACKLOG", 3)
    screening = Screening(mod, on_raised, linger_s=0.0, cascade=cascade)
    quiet_first = mod.assess("we went to the park", "student")
    cued_first = mod.assess("kms lol this essay is so long", "student")
    assert screening_mod.quiet(quiet_first) and not screening_mod.quiet(cued_first)
    shed_before = _shed()
    try:
        screening.later(Later("r", 0, "i have the pills lined up", "student", quiet_first))
        await asyncio.sleep(0.02)  # seq 0 is now with the (busy) cascade
        for seq in (1, 2, 3, 4, 5):  # five quiet ones: the oldest two are shed
            screening.later(Later("r", seq, "i have the pills lined up", "student", quiet_first))
        screening.later(Later("r", 6, "i have the pills lined up", "student", cued_first))
        assert screening.backlog == 4
        assert _shed() == shed_before + 2
        gate.set()
        for _ in range(100):
            if len(order) == 5:
                break
            await asyncio.sleep(0.01)
        assert order == [0, 6, 3, 4, 5]  # the cued one jumped the quiet queue
    finally:
        await screening.stop()


@pytest.mark.parametrize("text", ["the bleach is under the sink", "panadol",
                                  "mum left the paracetamol on the counter"])
def test_a_means_word_is_a_signal_but_not_a_verdict(text: str) -> None:
    """A means of harm in a message stage 1 found nothing else in: delivered without risk, but
    read by the cascade (short ones too) ahead of messages with nothing in them."""
    import app.chat.screening as screening_mod

    v = Moderator(use_model=False).assess(text, "student")
    assert v.risk is RiskLevel.NONE and v.action.value == "deliver" and not v.escalate
    assert [s for s in v.signals if s.startswith("means_word:")] and not v.settled
    assert not screening_mod.quiet(v)


def test_a_means_word_from_staff_or_in_chatter_is_not_a_signal() -> None:
    mod = Moderator(use_model=False)
    assert mod.assess("i bought a new razor", "volunteer").signals == ()
    assert mod.assess("we went to the park", "student").signals == ()


async def test_a_means_word_is_never_shed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.chat.screening as screening_mod

    mod = Moderator(use_model=False)
    gate = asyncio.Event()
    seen: list[int] = []

    async def cascade(pairs: list[tuple[str, str]]) -> list:
        await gate.wait()
        seen.extend(int(t.rsplit(" ", 1)[1]) for t, _ in pairs)
        return [mod.assess(text, role) for text, role in pairs]

    monkeypatch.setattr(screening_mod, "MAX_QUIET_BACKLOG", 2)
    screening = Screening(mod, _ignore, linger_s=0.0, cascade=cascade)
    try:
        texts = ["we went to the park", "the bleach is under the sink"] * 3
        for seq, text in enumerate(texts):
            first = mod.assess(text, "student")
            screening.later(Later("r", seq, f"{text} {seq}", "student", first))
        # six messages, three with a means word: of the three quiet ones the oldest is shed
        assert screening.backlog == 5
        gate.set()
        await _until(lambda: len(seen) == 5)
        assert sorted(seen) == [1, 2, 3, 4, 5] and seen[:3] == [1, 3, 5]
    finally:
        await screening.stop()


async def _until(done: Callable[[], bool], tries: int = 400) -> None:
    for _ in range(tries):
        if done():
            return
        await asyncio.sleep(0.02)


async def _ignore(item: Later, verdict: object) -> None:
    pass


def _batches(screening: Screening, mod: Moderator, n: int) -> None:
    first = mod.assess("we went to the park", "student")
    for batch in range(n):
        for i in range(64):  # a full batch each
            screening.later(Later("r", batch * 64 + i, "we went to the park", "student", first))


async def test_the_cascade_rests_to_keep_within_its_duty() -> None:
    """With duty 0.5, a stage whose batches take 50 ms starts a batch at most every 100 ms."""
    mod = Moderator(use_model=False)
    starts: list[float] = []

    async def cascade(pairs: list[tuple[str, str]]) -> list:
        starts.append(asyncio.get_running_loop().time())
        await asyncio.sleep(0.05)
        return [mod.assess(text, role) for text, role in pairs]

    screening = Screening(mod, _ignore, linger_s=0.0, cascade=cascade, duty=0.5)
    try:
        _batches(screening, mod, 3)
        await _until(lambda: len(starts) == 3 and not screening.backlog)
        assert len(starts) == 3
        gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
        assert all(g >= 0.095 for g in gaps), gaps
    finally:
        await screening.stop()


async def test_the_duty_halves_while_the_event_loop_is_late_and_grows_back() -> None:
    """A batch during which the loop woke a timer late (here the stage blocks the loop for
    80 ms, as a stage starving the chat of CPU would) halves the duty, so the stage rests
    longer; once the loop is on time again the duty grows back to its ceiling."""
    mod = Moderator(use_model=False)
    starts: list[float] = []
    duties: list[float] = []
    block = True

    async def cascade(pairs: list[tuple[str, str]]) -> list:
        starts.append(time.monotonic())
        duties.append(screening.duty_now)
        await asyncio.sleep(0.01)  # the probe's timer is set while the batch is in the model
        if block:
            time.sleep(0.08)  # noqa: ASYNC251 - holds the loop: the probe fires ~70 ms late
        await asyncio.sleep(0.02)
        return [mod.assess(text, role) for text, role in pairs]

    # a target well above a busy test machine's hiccups, well below the 70 ms stall
    screening = Screening(mod, _ignore, linger_s=0.0, cascade=cascade, duty=0.5,
                          min_duty=0.1, lag_target_s=0.03)
    try:
        _batches(screening, mod, 4)
        await _until(lambda: len(starts) == 4 and not screening.backlog)
        assert len(starts) == 4
        # each late batch halved the duty for the next rest, down to the floor
        assert duties == [0.5, 0.25, 0.125, 0.1]
        assert screening.duty_now == 0.1
        # a 110 ms batch at duty 0.125 rests ~770 ms before the next, not 110 ms as at 0.5
        assert starts[3] - starts[2] >= 0.6, starts
        await asyncio.sleep(1.2)  # the last rest
        block = False
        _batches(screening, mod, 10)
        await _until(lambda: len(starts) == 14 and not screening.backlog)
        assert len(starts) == 14
        # on time again: a quarter more after each batch, up to the ceiling and no further
        assert duties[4:] == sorted(duties[4:]) and duties[-1] == 0.5, duties
        assert screening.duty_now == 0.5
    finally:
        await screening.stop()


async def test_the_duty_stays_while_the_event_loop_is_on_time() -> None:
    mod = Moderator(use_model=False)
    n = 0

    async def cascade(pairs: list[tuple[str, str]]) -> list:
        nonlocal n
        n += 1
        await asyncio.sleep(0.03)  # the model works elsewhere; the loop stays free
        return [mod.assess(text, role) for text, role in pairs]

    screening = Screening(mod, _ignore, linger_s=0.0, cascade=cascade, duty=0.5,
                          min_duty=0.1, lag_target_s=0.03)
    try:
        _batches(screening, mod, 3)
        await _until(lambda: n == 3 and not screening.backlog)
        assert n == 3
        assert screening.duty_now == 0.5
    finally:
        await screening.stop()


async def test_when_the_cascade_fails_what_stage1_held_for_it_escalates(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A message stage 1 held for stage 2 to confirm (rules.CONFIRM_RULES) is delivered as low;
    if the cascade then fails for its batch, in the worker and in the server alike, stage 1's
    own finding stands and the counselor is paged: no escalation waits on a broken stage."""
    mod = Moderator(use_model=False)
    raised: list[tuple[Later, object]] = []

    async def on_raised(item: Later, verdict: object) -> None:
        raised.append((item, verdict))

    async def broken_worker(pairs: list[tuple[str, str]]) -> list:
        raise RuntimeError("the moderation process died")

    async def broken_thread(*args: object, **kwargs: object) -> list:
        raise RuntimeError("torch failed")

    monkeypatch.setattr(mod, "assess_many", broken_thread)
    screening = Screening(mod, on_raised, linger_s=0.0, cascade=broken_worker)
    held = "goodbye forever to my dirt bike, dad sold it to pay for the ac repair"
    ordinary = "we went to the park"
    try:
        first = mod.assess(held, "student")
        assert first.risk is RiskLevel.LOW and not first.escalate
        screening.later(Later("room", 1, held, "student", first))
        screening.later(Later("room", 2, ordinary, "student", mod.assess(ordinary, "student")))
        await _until(lambda: screening.backlog == 0 and bool(raised))
        await asyncio.sleep(0.05)
        assert [item.seq for item, _ in raised] == [1]
        verdict = raised[0][1]
        assert verdict.escalate and verdict.risk.rank >= RiskLevel.MEDIUM.rank  # type: ignore[attr-defined]
    finally:
        await screening.stop()
