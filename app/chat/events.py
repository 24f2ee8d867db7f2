"""Publishing frames to members, after commit, through the broker (CONVENTIONS.md 7).

Each member (student session or staff user) has one channel, `m:<member id>`; a node
subscribes to it while it holds a socket of that member, before it replays anything, so a
frame published after a commit reaches every socket of the member on any node.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.chat.broker import Broker


def member_channel(member_id: str) -> str:
    return f"m:{member_id}"


def school_volunteers_channel(school_id: str) -> str:
    """Every volunteer socket of the school listens here (the queue length)."""
    return f"q:{school_id}"


def school_staff_channel(school_id: str) -> str:
    """Every counselor's and admin's socket of the school listens here (dashboards)."""
    return f"s:{school_id}"


class Events:
    def __init__(self, broker: Broker) -> None:
        self.broker = broker

    async def to_member(
        self, member_id: str, frame: dict[str, Any], skip_conn: str | None = None
    ) -> None:
        await self.broker.publish(member_channel(member_id), {"f": frame, "skip": skip_conn})

    async def to_members(
        self, member_ids: Iterable[str], frame: dict[str, Any], skip_conn: str | None = None
    ) -> None:
        for member_id in member_ids:
            await self.to_member(member_id, frame, skip_conn)

    async def to_school_staff(self, school_id: str, frame: dict[str, Any]) -> None:
        await self.broker.publish(school_staff_channel(school_id), {"f": frame, "skip": None})

    async def to_school_volunteers(self, school_id: str, frame: dict[str, Any]) -> None:
        await self.broker.publish(school_volunteers_channel(school_id),
                                  {"f": frame, "skip": None})
