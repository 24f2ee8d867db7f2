"""Group commit for messages: one writer task per node stores whatever messages are
waiting in one transaction, so a few statements serve a whole batch.

Under light load a batch is one message and nothing waits; under load, messages that
arrive while a batch is being written go together in the next one. Each sender is
answered only after the batch holding its message has committed.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.chat.messages import ChatError, Posted, PostRequest, post_many
from app.tasks import cancel_and_wait

log = logging.getLogger(__name__)
MAX_BATCH = 256

_Pending = tuple[PostRequest, "asyncio.Future[Posted]"]


class MessageWriter:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    async def post(self, req: PostRequest) -> Posted:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="message-writer")
        fut: asyncio.Future[Posted] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((req, fut))
        return await fut

    async def stop(self) -> None:
        await cancel_and_wait([self._task])
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
            async with self.sessions.begin() as session:
                results = await post_many(session, [req for req, _ in batch])
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
