"""Garbage-collector pauses of the server process, on /metrics and in the log.

A collection runs on the event loop's thread and stalls every live chat while it lasts; the
libraries' long-lived objects are frozen at start-up (app/main.py), but what the server keeps
while it runs (sockets, rooms, moderation backlogs) is collected. `haven_gc_pause_seconds`
shows how long, per generation; a pause of SLOW_S or more is logged (ids only, as all logs).
"""

from __future__ import annotations

import gc
import logging
import time
from typing import Any

from prometheus_client import Histogram

log = logging.getLogger(__name__)
PAUSE = Histogram("haven_gc_pause_seconds", "Garbage-collector pauses of the server process",
                  ["generation"],
                  buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0))
SLOW_S = 0.05
_started: float | None = None


def _on_gc(phase: str, info: dict[str, Any]) -> None:
    global _started
    if phase == "start":
        _started = time.perf_counter()
        return
    if _started is None:
        return
    took, _started = time.perf_counter() - _started, None
    PAUSE.labels(str(info["generation"])).observe(took)
    if took >= SLOW_S:
        log.warning("gc generation %d paused the server %.0f ms (%d objects collected)",
                    info["generation"], took * 1000, info["collected"])


# The collector runs when allocations minus deallocations of container objects pass the first
# threshold (CPython's default 700), a middle-aged collection every 10 of those, a full one
# every 10 of these (and only once a quarter of the old objects are new). Under the chat
# benchmark's 1,000 messages a second that meant a full collection every 6-12 s, each pausing
# the event loop 99-175 ms (2026-11-28 18:57: five of six over 50 ms): the whole of its failing
# p99. Nearly everything the server allocates is freed by reference counting; only cycles need
# the collector. A collection's pause grows with the young objects it walks: with the first
# threshold at 50,000 a young collection paused 64 ms, and with 10,000 and a middle-aged one
# every 20, those paused 73-78 ms (2026-11-28 21:43-21:55). Small young collections, a
# middle-aged one every 5 (each walks little) and a full one no more often than before
# (10,000 x 5 x 100 = 5,000,000 allocations, as 50,000 x 10 x 10 was):
THRESHOLDS = (10_000, 5, 100)


def tune() -> tuple[int, int, int]:
    """Collect less often (THRESHOLDS); returns the thresholds to restore at shutdown."""
    old = gc.get_threshold()
    gc.set_threshold(*THRESHOLDS)
    return old  # type: ignore[return-value]


def watch() -> None:
    """Time every collection from now on (idempotent)."""
    if _on_gc not in gc.callbacks:
        gc.callbacks.append(_on_gc)
