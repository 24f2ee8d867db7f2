"""Stage 2 in a child process of its own, so the embedding model never holds the server's GIL.

On the 2-core machine the benchmark runs on, the encoder's Python glue (transformers' module
calls, the tokenizer) held the interpreter lock for a good part of every forward pass; run on
a thread beside the event loop it stalled live chats for tens of milliseconds at a time
(docs/benchmarks.md). In a process of its own it competes only for a core.

The child is started with "spawn" (never fork a process that has threads), loads the same
offline model and heads as the server would, and runs `Moderator.assess_cascade` on batches
of (text, role); verdicts come back pickled. If the child dies (out of memory, killed), the
next batch starts a new one; if no child can be started at all, the caller falls back to a
thread (app/chat/screening.py). Message text goes only to this child, never off the machine.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from app.moderation.pipeline import Moderator
from app.moderation.verdict import Verdict

log = logging.getLogger(__name__)

#: (checkpoint, config_dir, sha256) of the optional detoxify backend, or all None.
DetoxifyArgs = tuple[str | None, str | None, str | None]

_moderator: Moderator | None = None  # in the child


def _start(detoxify: DetoxifyArgs) -> None:
    global _moderator
    # The cascade is off the chat's critical path (a message is delivered before it looks):
    # when the server and this child want the same core, the server wins. Set before torch
    # starts any thread, since Linux applies nice per thread and new threads inherit it.
    nice = int(os.environ.get("HAVEN_MODERATION_NICE", "10"))
    if nice > 0:
        os.nice(nice)
    # Ctrl-C reaches the whole process group; the server stops this child itself (and it
    # exits when the server's end of its pipe closes), so it must not die mid-batch first.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A pool's worker holds both ends of its task pipe, so it never sees the server go away
    # and waits forever if the server dies without shutting the pool down (killed, or exited
    # without running its exit hooks): ~450 MB left behind each time. Watch the parent.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True,
                         name="haven-parent-watch").start()
    backend = None
    if any(detoxify):
        from app.moderation.detoxify_backend import DetoxifyBackend

        backend = DetoxifyBackend.from_settings(*detoxify)
    _moderator = Moderator.default(backend)


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def _warm() -> bool:
    assert _moderator is not None
    return _moderator.warm()


def _cascade(pairs: Sequence[tuple[str, str]]) -> list[Verdict]:
    assert _moderator is not None
    return _moderator.assess_cascade(pairs)


class ModerationProcess:
    """One child process running the full cascade; usable from any event loop."""

    def __init__(self, detoxify: DetoxifyArgs = (None, None, None)) -> None:
        self._detoxify = detoxify
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    1, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start, initargs=(self._detoxify,))
            return self._pool

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    async def _run(self, fn, *args):  # type: ignore[no-untyped-def]
        loop = asyncio.get_running_loop()
        for attempt in (1, 2):
            pool = self._executor()
            try:
                return await loop.run_in_executor(pool, fn, *args)
            except BrokenProcessPool:
                self._discard(pool)
                if attempt == 2:
                    raise
                log.warning("moderation process died; starting a new one")
        raise AssertionError("unreachable")

    async def warm(self) -> bool:
        """Start the child and load the model in it (a few seconds). Whether stage 2 is
        available there."""
        return bool(await self._run(_warm))

    async def assess(self, pairs: Sequence[tuple[str, str]]) -> list[Verdict]:
        return list(await self._run(_cascade, list(pairs)))

    def pid(self) -> int | None:
        """The child's process id, if it runs (for tests and diagnostics)."""
        pool = self._pool
        procs = getattr(pool, "_processes", None) or {}
        return next(iter(procs), None)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
