"""The server's garbage-collector pauses reach /metrics (app/gcwatch.py)."""

from __future__ import annotations

import gc

from prometheus_client import REGISTRY

from app import gcwatch


def _count(generation: str) -> float:
    return REGISTRY.get_sample_value("haven_gc_pause_seconds_count",
                                     {"generation": generation}) or 0.0


def test_every_collection_is_timed_per_generation() -> None:
    gcwatch.watch()
    gcwatch.watch()  # idempotent: one callback, one observation per collection
    assert gc.callbacks.count(gcwatch._on_gc) == 1
    before = _count("2"), _count("0")
    gc.collect()
    gc.collect(0)
    assert _count("2") == before[0] + 1
    assert _count("0") == before[1] + 1


def test_the_server_collects_less_often_while_it_runs(server) -> None:  # type: ignore[no-untyped-def]
    """Full collections paused the event loop 99-175 ms under load (docs/benchmarks.md):
    the running server raises the collector's thresholds (restored when it stops)."""
    assert gc.get_threshold() == gcwatch.THRESHOLDS
