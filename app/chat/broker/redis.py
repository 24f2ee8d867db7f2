"""Redis pub/sub backend for scale-out.

Like python-socketio's pubsub manager, a node delivers to its own subscribers first and
ignores its own messages when Redis echoes them back (CONVENTIONS.md 10).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from app.chat.broker.base import Broker
from app.tasks import cancel_and_wait

log = logging.getLogger(__name__)


class RedisBroker(Broker):
    def __init__(self, url: str, node_id: str) -> None:
        self._url = url
        self._node = node_id
        self._redis: aioredis.Redis | None = None
        self._pubsub: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._channels: dict[str, int] = {}
        self._wake = asyncio.Event()

    async def connect(self) -> None:
        self._redis = aioredis.from_url(self._url, health_check_interval=15)
        self._pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        self._reader = asyncio.create_task(self._read(), name="redis-broker-reader")

    async def disconnect(self) -> None:
        await cancel_and_wait([self._reader])
        if self._pubsub is not None:
            await self._pubsub.aclose()
        if self._redis is not None:
            await self._redis.aclose()
        self._channels.clear()

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        if self.handler is not None and self._channels.get(channel):
            await self.handler(channel, message)
        assert self._redis is not None
        await self._redis.publish(channel, json.dumps({"n": self._node, "m": message}))

    async def subscribe(self, channel: str) -> None:
        count = self._channels.get(channel, 0)
        self._channels[channel] = count + 1
        if count == 0:
            await self._pubsub.subscribe(channel)
            self._wake.set()

    async def unsubscribe(self, channel: str) -> None:
        left = self._channels.get(channel, 0) - 1
        if left > 0:
            self._channels[channel] = left
            return
        self._channels.pop(channel, None)
        try:
            await self._pubsub.unsubscribe(channel)
        except RedisError:
            log.warning("redis unsubscribe failed", exc_info=True)

    async def ping(self) -> bool:
        try:
            assert self._redis is not None
            return bool(await self._redis.ping())
        except (RedisError, OSError, AssertionError):
            return False

    async def _read(self) -> None:
        while True:
            try:
                if not self._pubsub.subscribed:
                    # get_message() returns at once with nothing to listen on; wait for a subscribe.
                    self._wake.clear()
                    await self._wake.wait()
                    continue
                raw = await self._pubsub.get_message(timeout=1.0)
                if raw is None or raw.get("type") != "message":
                    continue
                envelope = json.loads(raw["data"])
                if envelope.get("n") == self._node:
                    continue
                channel = raw["channel"]
                if isinstance(channel, bytes):
                    channel = channel.decode()
                if self.handler is not None and self._channels.get(channel):
                    await self.handler(channel, envelope["m"])
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError):
                log.warning("redis broker read failed; retrying", exc_info=True)
                await asyncio.sleep(1.0)
                await self._resubscribe()
            except Exception:
                log.exception("redis broker handler failed")

    async def _resubscribe(self) -> None:
        try:
            if self._channels:
                await self._pubsub.subscribe(*self._channels)
        except (RedisError, OSError):
            log.warning("redis resubscribe failed", exc_info=True)
