"""The broker contract every backend keeps (tests/chat/test_broker_contract.py checks each).

- A message is a JSON-serialisable dict published on a named channel.
- Every node subscribed to the channel when the message is published gets it once through
  its handler; a node that is not subscribed gets nothing.
- Messages published by one node on one channel arrive in publish order.
- Delivery is best effort: the database is the source of truth, and clients resume from it
  after a reconnect. A broker outage is reported by `ping()` and /readyz.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any

Handler = Callable[[str, dict[str, Any]], Awaitable[None]]


class Broker(ABC):
    handler: Handler | None = None

    def set_handler(self, handler: Handler) -> None:
        self.handler = handler

    @abstractmethod
    async def connect(self) -> None: ...

    @abstractmethod
    async def disconnect(self) -> None: ...

    @abstractmethod
    async def publish(self, channel: str, message: dict[str, Any]) -> None: ...

    @abstractmethod
    async def subscribe(self, channel: str) -> None: ...

    @abstractmethod
    async def unsubscribe(self, channel: str) -> None: ...

    @abstractmethod
    async def ping(self) -> bool: ...
