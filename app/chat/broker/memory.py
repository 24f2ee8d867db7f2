"""In-process broker for the embedded default: one node, delivery by direct call."""

from __future__ import annotations

from typing import Any

from app.chat.broker.base import Broker


class MemoryBroker(Broker):
    def __init__(self) -> None:
        self._channels: dict[str, int] = {}

    async def connect(self) -> None:
        return None

    async def disconnect(self) -> None:
        self._channels.clear()

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        if self.handler is not None and self._channels.get(channel):
            await self.handler(channel, message)

    async def subscribe(self, channel: str) -> None:
        self._channels[channel] = self._channels.get(channel, 0) + 1

    async def unsubscribe(self, channel: str) -> None:
        left = self._channels.get(channel, 0) - 1
        if left > 0:
            self._channels[channel] = left
        else:
            self._channels.pop(channel, None)

    async def ping(self) -> bool:
        return True
