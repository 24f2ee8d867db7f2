"""Rooms: membership, listing for welcome, closing."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import Presence, Role
from app.chat.models import CloseReason, Message, Room, RoomMember, RoomStatus
from app.types import utcnow


async def member_rooms(session: AsyncSession, member_id: str) -> list[dict[str, object]]:
    """The member's active rooms for `welcome`: room id, the peer's handle, status, last seq."""
    mine = (await session.execute(
        select(Room, RoomMember.role)
        .join(RoomMember, RoomMember.room_id == Room.id)
        .where(RoomMember.member_id == member_id, RoomMember.left_at.is_(None),
               Room.status == RoomStatus.ACTIVE)
        .order_by(Room.created_at)
    )).all()
    out: list[dict[str, object]] = []
    for room, my_role in mine:
        peer_role = Role.VOLUNTEER if my_role == Role.STUDENT else Role.STUDENT
        peer = await session.scalar(
            select(RoomMember.handle).where(RoomMember.room_id == room.id,
                                            RoomMember.role == peer_role)
        )
        out.append({"room_id": room.id, "peer_handle": peer, "status": room.status,
                    "last_seq": room.last_seq, "topic": room.topic})
    return out


async def membership(session: AsyncSession, room_id: str, member_id: str) -> RoomMember | None:
    return await session.scalar(
        select(RoomMember).where(RoomMember.room_id == room_id,
                                 RoomMember.member_id == member_id)
    )


async def close(
    session: AsyncSession, room: Room, reason: CloseReason, by_role: str | None
) -> list[str]:
    """Close an active room; returns the member ids to tell. Caller commits."""
    room.status = RoomStatus(room.status).to(RoomStatus.CLOSED).value
    room.closed_at = utcnow()
    room.closed_reason = reason.value
    room.closed_by_role = by_role
    return list((await session.scalars(
        select(RoomMember.member_id).where(RoomMember.room_id == room.id,
                                           RoomMember.left_at.is_(None))
    )).all())


async def abandoned_rooms(session: AsyncSession, grace_s: float) -> list[Room]:
    """Active rooms whose volunteer has had no socket for longer than the grace period."""
    since = utcnow() - timedelta(seconds=grace_s)
    online = select(Presence.user_id).where(Presence.seen_at >= since)
    return list((await session.scalars(
        select(Room).where(Room.status == RoomStatus.ACTIVE,
                           Room.created_at < since,
                           Room.volunteer_id.not_in(online))
    )).all())


async def purge_expired_transcripts(session: AsyncSession, retention_days: int) -> int:
    """Delete the messages of rooms closed more than `retention_days` ago (HAVEN_RETENTION_DAYS).
    Returns how many messages went. The room row stays, for aggregate statistics."""
    cutoff = utcnow() - timedelta(days=retention_days)
    expired = select(Room.id).where(Room.status == RoomStatus.CLOSED, Room.closed_at < cutoff)
    result = await session.execute(delete(Message).where(Message.room_id.in_(expired)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
