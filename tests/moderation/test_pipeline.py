"""The Moderator's API: inline stage, async batched cascade, and life without torch."""

import asyncio
import builtins
import threading
import time

import pytest

from app.moderation import Moderator, RiskLevel
from app.moderation.pipeline import HEADS_DIR


def test_default_loads_offline_and_assess_is_synchronous() -> None:
    mod = Moderator.default()
    v = mod.assess("hi, is anyone there?")
    assert v.risk is RiskLevel.NONE and v.stage == "lexicon"


def test_inline_stage_is_fast(mod: Moderator) -> None:
    # a smoke check, not the benchmark (bench/moderation_bench.py measures p99)
    texts = ["this homework is killing me fr 😩", "i dont want to be here anymore",
             "ur such a stupid worthless idiot", "my stepdad hits me when hes drunk"] * 50
    t0 = time.perf_counter()
    for t in texts:
        mod.assess(t)
    assert (time.perf_counter() - t0) / len(texts) < 0.005


async def test_assess_many_runs_off_the_event_loop(mod: Moderator) -> None:
    loop_thread = threading.get_ident()
    seen: list[int] = []
    real = mod.assess_cascade

    def spy(pairs):  # type: ignore[no-untyped-def]
        seen.append(threading.get_ident())
        return real(pairs)

    mod.assess_cascade = spy  # type: ignore[method-assign]
    try:
        out = await mod.assess_many([("kms tonight", "student"), ("hey", "student")])
    finally:
        del mod.assess_cascade
    assert [v.risk for v in out] == [RiskLevel.HIGH, RiskLevel.NONE]
    assert seen and seen[0] != loop_thread


def test_works_without_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_torch(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "torch" or name.startswith(("torch.", "app.moderation.embedding")):
            raise ImportError(f"no module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_torch)
    mod = Moderator.default()
    assert not mod.stage2_available
    out = mod.assess_cascade([("i want to die lol", "student"), ("kys", "student")])
    assert out[0].risk is RiskLevel.LOW and out[0].stage == "lexicon"
    assert out[1].action == "withhold"
    assert asyncio.run(mod.assess_many([("im not okay", "student")]))[0].escalate


def test_heads_ship_in_the_package() -> None:
    assert (HEADS_DIR / "heads.npz").exists() and (HEADS_DIR / "heads.json").exists()
