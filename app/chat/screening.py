"""Moderation on the message path (docs/moderation.md): the inline verdict for every
message now, and the embedding cascade later, batched off the event loop, for what the
inline stage could not settle. Risk is never hidden while the slower stage thinks: the
message has been delivered by then; a later verdict can only add an alert or escalation.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import Counter, Gauge, Histogram

from app.moderation import Action, Moderator, RiskLevel, Verdict
from app.moderation.policy import DEFAULT_REASON
from app.tasks import cancel_and_wait

log = logging.getLogger(__name__)
MAX_BATCH = 64
Cascade = Callable[[list[tuple[str, str]]], Awaitable[list[Verdict]]]

# How far the slower stage is behind: a risky message it alone recognises is escalated this
# much later than it was delivered (/metrics; the chat benchmark reports both).
BACKLOG = Gauge("haven_moderation_cascade_backlog",
                "Messages waiting for the moderation cascade (stage 2)")
LAG = Histogram("haven_moderation_cascade_lag_seconds",
                "From a message's delivery to the cascade's verdict on it",
                buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0))
SHED = Counter("haven_moderation_cascade_shed",
               "Messages with no stage-1 evidence dropped from the cascade's backlog in overload")
DUTY = Gauge("haven_moderation_cascade_duty",
             "The share of time the cascade may keep the model busy now: it halves while the "
             "event loop lags, and grows back to HAVEN_CASCADE_DUTY")
LOOP_LAG = Histogram("haven_event_loop_lag_seconds",
                     "How late the event loop woke a timer while the cascade was working",
                     buckets=(0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0))
# Messages in which stage 1 found nothing at all wait behind those it found something in, and
# past this many the oldest are dropped from the backlog (they were delivered; the inline
# stage saw nothing in them): a few seconds of the model's work. A school's chat never comes
# near it; a node that sheds (the counter above) needs another core or another node.
MAX_QUIET_BACKLOG = 2_000


def quiet(first: Verdict) -> bool:
    """Stage 1 found nothing in the message: no risk and no rule or idiom fired."""
    return first.risk is RiskLevel.NONE and not first.signals


def raises(first: Verdict, later: Verdict) -> bool:
    """The chat acts on the cascade's verdict only when it finds more risk than stage 1 did
    (ChatService._raised_later: alert, escalate, release a withheld message); otherwise stage
    1's verdict stands, and a delivered message is never taken back."""
    return later.risk.rank > first.risk.rank


@dataclass(frozen=True, slots=True)
class Later:
    """A message the cascade is to look at: a room's message (`message_id`; `seq` None while
    it is withheld) or a student's intake message (`queue_entry_id`; `room_id` None)."""

    room_id: str | None
    seq: int | None
    text: str
    role: str
    first: Verdict
    message_id: str | None = None
    queue_entry_id: str | None = None
    queued_at: float = field(default_factory=time.monotonic)


def record(verdict: Verdict) -> dict[str, Any]:
    """What is stored with the message for the counselor's view."""
    return {**verdict.to_json(), "reason": verdict.reason, "stage": verdict.stage,
            "signals": list(verdict.signals)}


def withheld_reason(verdict: Verdict) -> str | None:
    if verdict.action is Action.WITHHOLD and verdict.risk is RiskLevel.NONE:
        return verdict.reason or DEFAULT_REASON
    return None


class Screening:
    """The cascade runs in batches, in the moderation child process (`cascade`,
    app/moderation/worker.py) or, without one, on a thread of its own: a forward pass of the
    encoder costs ~3.5 ms of fixed overhead whatever its size (5.8 ms for one message, 2.2 ms
    a message in batches of 16, docs/benchmarks.md), so after the first message of a batch
    arrives it waits `linger_s` for others. A message is delivered before this stage looks
    at it; the wait only delays an alert the inline stage did not already raise.

    When messages arrive faster than the model scores them, those in which stage 1 found
    something (a guess, an idiom, a hint) go first, and those it found nothing in wait;
    beyond MAX_QUIET_BACKLOG of the latter the oldest are dropped (`SHED`). After each batch
    the stage rests so that the model is busy at most `duty` of the time: under a flood on a
    small machine the live chat keeps its CPU, and the stage sheds instead.

    How much a busy model costs the chat depends on the machine: on a fast host duty 0.5
    leaves the event loop on time, on a slow 2-core one it starved live chats (p99 110 ms,
    docs/benchmarks.md). So the duty follows the event loop: while the stage works, a timer
    measures how late the loop wakes it; a batch during which the loop was late by more than
    `lag_target_s` halves the duty (down to `min_duty`), a batch without grows it back by a
    quarter, up to `duty`."""

    def __init__(self, moderator: Moderator,
                 on_raised: Callable[[Later, Verdict], Awaitable[None]],
                 linger_s: float = 0.1, cascade: Cascade | None = None,
                 duty: float = 1.0, min_duty: float = 0.05,
                 lag_target_s: float = 0.01) -> None:
        self.moderator = moderator
        self.on_raised = on_raised
        self.linger_s = linger_s
        self.duty = duty
        self.min_duty = min(min_duty, duty)
        self.lag_target_s = lag_target_s
        #: the duty now, between min_duty and duty (the DUTY gauge)
        self.duty_now = duty
        self._worst_lag = 0.0  # the loop's worst lateness since the last batch ended
        self._working = asyncio.Event()  # a batch is queued, in the model or resting after
        self._probe: asyncio.Task[None] | None = None
        #: where the cascade runs: a child process (app/moderation/worker.py), or None for
        #: this process's cascade thread
        self.cascade = cascade
        # what stage 1 saw something in goes first; then what it saw nothing in (quiet)
        self._cued: deque[Later] = deque()
        self._quiet: deque[Later] = deque()
        self._ready = asyncio.Event()
        self._shed = 0
        self._task: asyncio.Task[None] | None = None
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="haven-cascade")

    def inline(self, text: str, role: str) -> Verdict:
        return self.moderator.assess(text, role)

    def later(self, item: Later) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="moderation-cascade")
            DUTY.set(self.duty_now)
        if self.duty < 1 and (self._probe is None or self._probe.done()):
            self._probe = asyncio.create_task(self._watch_loop(), name="moderation-loop-lag")
        if quiet(item.first):
            self._quiet.append(item)
            if len(self._quiet) > MAX_QUIET_BACKLOG:
                self._quiet.popleft()
                SHED.inc()
                self._shed += 1
                if self._shed % 1000 == 1:
                    log.warning("moderation cascade overloaded: %d messages without stage-1 "
                                "evidence dropped from its backlog so far", self._shed)
        else:
            self._cued.append(item)
        self._ready.set()
        BACKLOG.set(self.backlog)

    @property
    def backlog(self) -> int:
        return len(self._cued) + len(self._quiet)

    def _take(self) -> list[Later]:
        batch: list[Later] = []
        for q in (self._cued, self._quiet):
            while q and len(batch) < MAX_BATCH:
                batch.append(q.popleft())
        if not self.backlog:
            self._ready.clear()
        BACKLOG.set(self.backlog)
        return batch

    async def _assess(self, pairs: list[tuple[str, str]]) -> list[Verdict]:
        if self.cascade is not None:
            try:
                return await self.cascade(pairs)
            except Exception:
                log.exception("moderation process failed; this batch runs in the server")
        try:
            return await self.moderator.assess_many(pairs, self._thread)
        except Exception:
            # stage 2 failed here too: stage 1's own findings stand, with the levels it held
            # for stage 2 to confirm (rules.CONFIRM_RULES)
            log.exception("moderation cascade failed for %d messages; stage 1's verdicts stand",
                          len(pairs))
            return [self.moderator.assess_without_stage2(text, role) for text, role in pairs]

    async def stop(self) -> None:
        await cancel_and_wait([self._task, self._probe])
        self._thread.shutdown(wait=False, cancel_futures=True)

    async def _run(self) -> None:
        while True:
            if not self.backlog:
                self._working.clear()
            await self._ready.wait()
            self._working.set()
            if self.backlog < MAX_BATCH and self.linger_s > 0:
                await asyncio.sleep(self.linger_s)
            batch = self._take()
            if not batch:
                continue
            try:
                started = time.monotonic()
                verdicts = await self._assess([(b.text, b.role) for b in batch])
                now = time.monotonic()
                for item in batch:
                    LAG.observe(now - item.queued_at)
                for item, verdict in zip(batch, verdicts, strict=True):
                    if raises(item.first, verdict):
                        await self.on_raised(item, verdict)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("moderation cascade failed for %d messages", len(batch))
            if self.duty < 1:
                # rest in proportion to the work, so the model takes at most `duty` of a core
                duty = self._adapt()
                await asyncio.sleep((time.monotonic() - started) * (1 - duty) / duty)

    def _adapt(self) -> float:
        """The duty for the rest after this batch, from how late the loop ran during it."""
        if self._worst_lag > self.lag_target_s:
            self.duty_now = max(self.min_duty, self.duty_now / 2)
        else:
            self.duty_now = min(self.duty, self.duty_now * 1.25)
        self._worst_lag = 0.0
        DUTY.set(self.duty_now)
        return self.duty_now

    async def _watch_loop(self, tick_s: float = 0.02) -> None:
        """While the stage has work, how late the event loop wakes a short timer: the chat's
        messages wait just as long."""
        loop = asyncio.get_running_loop()
        while True:
            await self._working.wait()
            due = loop.time() + tick_s
            await asyncio.sleep(tick_s)
            late = max(0.0, loop.time() - due)
            LOOP_LAG.observe(late)
            self._worst_lag = max(self._worst_lag, late)
