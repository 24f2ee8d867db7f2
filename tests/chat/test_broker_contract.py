"""One contract, every backend (app/chat/broker/base.py; CONVENTIONS.md 2)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from app.chat.broker import Broker, make_broker
from tests.services import REDIS_URL, require


class Inbox:
    def __init__(self) -> None:
        self.got: list[tuple[str, dict[str, Any]]] = []
        self.arrived = asyncio.Event()

    async def __call__(self, channel: str, message: dict[str, Any]) -> None:
        self.got.append((channel, message))
        self.arrived.set()

    async def wait_for(self, n: int, timeout: float = 3.0) -> None:
        async def _wait() -> None:
            while len(self.got) < n:
                self.arrived.clear()
                await self.arrived.wait()
        await asyncio.wait_for(_wait(), timeout)


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
async def nodes(request: pytest.FixtureRequest) -> AsyncIterator[tuple[Broker, Broker | None]]:
    """Two nodes' brokers (the memory backend has a single node)."""
    if request.param == "memory":
        b = make_broker("memory://", "n1")
        await b.connect()
        yield b, None
        await b.disconnect()
        return
    require("Redis", "127.0.0.1", 6379)
    a = make_broker(REDIS_URL, "n1")
    b2 = make_broker(REDIS_URL, "n2")
    await a.connect()
    await b2.connect()
    yield a, b2
    await a.disconnect()
    await b2.disconnect()


async def test_subscribers_get_each_message_once_in_order(nodes):
    a, b = nodes
    chan = f"m:{uuid.uuid4().hex}"
    inbox_a = Inbox()
    a.set_handler(inbox_a)
    await a.subscribe(chan)
    for i in range(20):
        await a.publish(chan, {"i": i})
    await inbox_a.wait_for(20)
    await asyncio.sleep(0.2)  # an echo from Redis would arrive by now
    assert [m["i"] for _, m in inbox_a.got] == list(range(20))
    if b is not None:
        inbox_b = Inbox()
        b.set_handler(inbox_b)
        await b.subscribe(chan)
        await asyncio.sleep(0.1)
        for i in range(20, 30):
            await a.publish(chan, {"i": i})
        await inbox_b.wait_for(10)
        assert [m["i"] for _, m in inbox_b.got] == list(range(20, 30))
    assert await a.ping()


async def test_unsubscribed_channels_deliver_nothing(nodes):
    a, b = nodes
    chan = f"m:{uuid.uuid4().hex}"
    inbox = Inbox()
    a.set_handler(inbox)
    await a.subscribe(chan)
    await a.subscribe(chan)  # a second socket of the same member
    await a.unsubscribe(chan)
    await a.publish(chan, {"still": True})
    await inbox.wait_for(1)
    await a.unsubscribe(chan)
    await a.publish(chan, {"gone": True})
    await a.publish(f"m:{uuid.uuid4().hex}", {"other": True})
    await asyncio.sleep(0.2)
    assert [m for _, m in inbox.got] == [{"still": True}]


async def test_make_broker_refuses_unknown_schemes():
    with pytest.raises(ValueError, match="HAVEN_BROKER_URL"):
        make_broker("kafka://x", "n1")
