"""Fan-out between nodes. One interface, backends chosen by HAVEN_BROKER_URL (docs/chat.md)."""

from __future__ import annotations

from app.chat.broker.base import Broker, Handler


def make_broker(url: str, node_id: str) -> Broker:
    """Pick a backend by URL scheme; Redis is imported only when asked for."""
    scheme = url.split("://", 1)[0]
    if scheme == "memory":
        from app.chat.broker.memory import MemoryBroker

        return MemoryBroker()
    if scheme in ("redis", "rediss"):
        from app.chat.broker.redis import RedisBroker

        return RedisBroker(url, node_id)
    raise ValueError(f"unsupported HAVEN_BROKER_URL scheme {scheme!r} (memory:// or redis://)")


__all__ = ["Broker", "Handler", "make_broker"]
