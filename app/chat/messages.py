"""Messages: durable before acknowledged, numbered per room without gaps, idempotent by
client_msg_id, replayed from the database on resume. docs/chat.md#messages."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.chat.models import Message, Room, RoomMember, RoomStatus
from app.types import iso


class ChatError(Exception):
    """A frame that cannot be carried out; becomes an `error` frame with this code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


NOT_FOUND = ("not_found", "No such room, or you are not in it.")


def not_found() -> ChatError:
    return ChatError(*NOT_FOUND)


async def lock_room(session: AsyncSession, room_id: str) -> Room | None:
    """The room row, locked on PostgreSQL (SQLite holds the write lock already)."""
    stmt = select(Room).where(Room.id == room_id)
    if session.bind.dialect.name != "sqlite":
        stmt = stmt.with_for_update()
    return await session.scalar(stmt)


async def active_member_ids(session: AsyncSession, room_id: str) -> list[str]:
    return list((await session.scalars(
        select(RoomMember.member_id).where(RoomMember.room_id == room_id,
                                           RoomMember.left_at.is_(None))
    )).all())


async def post(
    session: AsyncSession,
    room_id: str,
    *,
    sender_id: str,
    client_msg_id: str,
    text: str,
    verdict: dict[str, Any] | None = None,
) -> tuple[Message, list[str], bool]:
    """Store a message with the room's next seq. Returns (message, member ids, created).
    A retried client_msg_id returns the first message and created=False. Caller commits."""
    room = await lock_room(session, room_id)
    if room is None:
        raise not_found()
    members = (await session.execute(
        select(RoomMember.member_id, RoomMember.role, RoomMember.handle, RoomMember.left_at)
        .where(RoomMember.room_id == room_id)
    )).all()
    me = next((m for m in members if m.member_id == sender_id), None)
    if me is None:
        raise not_found()
    existing = await session.scalar(
        select(Message).where(Message.room_id == room_id, Message.sender_id == sender_id,
                              Message.client_msg_id == client_msg_id)
    )
    current = [m.member_id for m in members if m.left_at is None]
    if existing is not None:
        return existing, current, False
    if room.status != RoomStatus.ACTIVE or me.left_at is not None:
        raise ChatError("room_closed", "This chat has ended.")
    room.last_seq += 1
    msg = Message(
        room_id=room_id, seq=room.last_seq, sender_id=sender_id, sender_role=me.role,
        sender_handle=me.handle, client_msg_id=client_msg_id, text=text, verdict=verdict,
    )
    session.add(msg)
    await session.flush()
    return msg, current, True


def message_frame(msg: Message, *, own: bool) -> dict[str, Any]:
    frame: dict[str, Any] = {
        "type": "message",
        "room_id": msg.room_id,
        "seq": msg.seq,
        "sender_role": msg.sender_role,
        "sender_handle": msg.sender_handle,
        "text": msg.text,
        "sent_at": iso(msg.sent_at),
    }
    if own:
        frame["client_msg_id"] = msg.client_msg_id
    return frame


async def replay(
    session: AsyncSession, room_id: str, member_id: str, after_seq: int, limit: int
) -> list[dict[str, Any]] | None:
    """Delivered messages of the room after `after_seq`, as frames; None when the gap is
    larger than `limit` or no longer held (the client reloads the transcript)."""
    room = await session.get(Room, room_id)
    if room is None or after_seq >= room.last_seq:
        return []
    if room.last_seq - after_seq > limit:
        return None
    rows = (await session.scalars(
        select(Message)
        .where(Message.room_id == room_id, Message.seq > after_seq, Message.seq.is_not(None))
        .order_by(Message.seq)
    )).all()
    if len(rows) != room.last_seq - after_seq:
        return None  # some were deleted by retention
    return [message_frame(m, own=m.sender_id == member_id) for m in rows]


async def transcript(
    session: AsyncSession, room_id: str, *, with_whispers: bool, member_id: str | None
) -> list[dict[str, Any]]:
    stmt = select(Message).where(Message.room_id == room_id, Message.withheld.is_(False))
    if not with_whispers:
        stmt = stmt.where(Message.whisper.is_(False))
    rows = (await session.scalars(stmt.order_by(Message.sent_at, Message.seq))).all()
    items = []
    for m in rows:
        item = message_frame(m, own=m.sender_id == member_id)
        del item["type"]
        if m.whisper:
            item["seq"] = None
            item["whisper"] = True
        items.append(item)
    return items
