"""Group commit for messages: one writer task per node stores whatever messages are
waiting in one transaction, so a few statements serve a whole batch.

Under light load a batch is one message and nothing waits; under load, messages that
arrive while a batch is being written go together in the next one. Each sender is
answered only after the batch holding its message has committed.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.chat.messages import ChatError, Posted, PostRequest, post_many
from app.db import make_sync_sqlite_engine
from app.tasks import cancel_and_wait

log = logging.getLogger(__name__)
MAX_BATCH = 256
#: how long a batch keeps retrying on the loop's thread while the database is locked before
#: it is handed to the writer's thread, which waits for the lock
INLINE_PATIENCE_S = 0.1

_Pending = tuple[PostRequest, "asyncio.Future[Posted]"]


class MessageWriter:
    """On PostgreSQL a batch goes through the async session. On SQLite it is written on a
    synchronous connection in one step, in plain sqlite3 statements (aiosqlite would hop
    threads on every cursor call: ~7 ms for a batch of one against 0.07 ms of SQLite work;
    SQLAlchemy's execution machinery doubled a batch's cost, bench/writer_bench.py):

    - first on the event loop's own thread, with a connection that never waits for the
      write lock (busy_timeout 0): a batch of one costs ~0.25 ms of the loop. On a
      thread of its own the same batch took 3-45 ms under load, waiting for the GIL at each
      of its SQLite calls (docs/benchmarks.md);
    - when the database is locked (another connection of this process is mid-transaction,
      or another process writes), again after a short pause, for up to INLINE_PATIENCE_S;
      then on the writer's thread, which waits for the lock as every other connection does.
      The loop's thread must never wait: the holder may be one of its own tasks.

    The loop's connection does not checkpoint the WAL on commit (a checkpoint writes and
    syncs the database file); `checkpoint()`, called by the housekeeping round, does it on
    the writer's thread."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        bind = sessions.kw.get("bind")
        self._sync: Engine | None = None
        self._inline: Engine | None = None
        self._thread: ThreadPoolExecutor | None = None
        #: batches written on the loop's thread / handed to the writer's thread (locked)
        self.inline_batches = 0
        self.thread_batches = 0
        if bind is not None and bind.dialect.name == "sqlite":
            url = str(bind.url.render_as_string(hide_password=False))
            self._sync = make_sync_sqlite_engine(url)
            self._inline = make_sync_sqlite_engine(url, busy_timeout_ms=0,
                                                   wal_autocheckpoint=False)
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="haven-writer")

    @staticmethod
    def _post_many_sync(engine: Engine, reqs: list[PostRequest]) -> list[Posted | ChatError]:
        with engine.begin() as conn:  # a Core transaction: lighter than an ORM session
            return post_many(conn, reqs)

    async def _post_many(self, reqs: list[PostRequest]) -> list[Posted | ChatError]:
        if self._inline is not None and self._sync is not None and self._thread is not None:
            loop = asyncio.get_running_loop()
            give_up, pause = loop.time() + INLINE_PATIENCE_S, 0.0005
            while True:
                try:
                    result = self._post_many_sync(self._inline, reqs)
                    self.inline_batches += 1
                    return result
                except OperationalError as exc:
                    if not _locked(exc):
                        raise
                # Usually the holder is a short transaction of this process, which needs
                # the loop to finish: let it run, and try again.
                if loop.time() >= give_up:
                    break
                await asyncio.sleep(pause)
                pause = min(pause * 2, 0.008)
            self.thread_batches += 1
            return await loop.run_in_executor(self._thread, self._post_many_sync, self._sync,
                                              reqs)
        async with self.sessions.begin() as session:
            return await session.run_sync(post_many, reqs)

    async def checkpoint(self) -> None:
        """Move the WAL into the database file (SQLite), off the loop's thread."""
        if self._sync is None or self._thread is None:
            return

        def run() -> None:
            assert self._sync is not None
            raw = self._sync.raw_connection()  # outside any transaction
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").close()
            finally:
                raw.close()

        await asyncio.get_running_loop().run_in_executor(self._thread, run)

    async def post(self, req: PostRequest) -> Posted:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="message-writer")
        fut: asyncio.Future[Posted] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((req, fut))
        return await fut

    async def stop(self) -> None:
        await cancel_and_wait([self._task])
        if self._thread is not None:
            self._thread.shutdown(wait=True)
            for engine in (self._sync, self._inline):
                if engine is not None:
                    engine.dispose()
        while not self._queue.empty():
            _, fut = self._queue.get_nowait()
            if not fut.done():
                fut.set_exception(ChatError("unavailable", "The server is stopping; retry."))

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < MAX_BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            await self._write(batch)

    async def _write(self, batch: list[_Pending]) -> None:
        try:
            results = await self._post_many([req for req, _ in batch])
        except asyncio.CancelledError:
            for _, fut in batch:
                if not fut.done():
                    fut.set_exception(ChatError("unavailable", "The server is stopping; retry."))
            raise
        except Exception as exc:
            if len(batch) > 1:
                # One bad message must not fail its neighbours: write them one by one.
                log.warning("message batch of %d failed; retrying singly", len(batch))
                for item in batch:
                    await self._write([item])
                return
            _, fut = batch[0]
            if not fut.done():
                fut.set_exception(exc)
            return
        for (_, fut), result in zip(batch, results, strict=True):
            if fut.done():
                continue
            if isinstance(result, ChatError):
                fut.set_exception(result)
            else:
                fut.set_result(result)


def _locked(exc: OperationalError) -> bool:
    """SQLITE_BUSY: "database is locked" (or "database table is locked")."""
    return "is locked" in str(exc.orig)
