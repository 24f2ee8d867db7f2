"""Queue entries, rooms, members, messages and feedback, with their state machines."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base
from app.types import UTCDateTime, new_id, utcnow


class IllegalTransition(Exception):
    pass


class QueueStatus(StrEnum):
    WAITING = "waiting"
    MATCHED = "matched"
    CANCELLED = "cancelled"

    def to(self, new: QueueStatus) -> QueueStatus:
        if self is QueueStatus.WAITING and new in (QueueStatus.MATCHED, QueueStatus.CANCELLED):
            return new
        raise IllegalTransition(f"queue entry {self} -> {new}")


class RoomStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"

    def to(self, new: RoomStatus) -> RoomStatus:
        if self is RoomStatus.ACTIVE and new is RoomStatus.CLOSED:
            return new
        raise IllegalTransition(f"room {self} -> {new}")


class CloseReason(StrEnum):
    ENDED = "ended"
    EXPIRED = "expired"
    MODERATION = "moderation"


class QueueEntry(Base):
    __tablename__ = "queue_entries"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    school_id: Mapped[str] = mapped_column(ForeignKey("schools.id"))
    student_id: Mapped[str] = mapped_column(ForeignKey("student_sessions.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=QueueStatus.WAITING.value)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str | None] = mapped_column(String(64), nullable=True)
    mood: Mapped[int | None] = mapped_column(Integer, nullable=True)
    intake_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    intake_client_msg_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    intake_verdict: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    room_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # What the student was last told, so `queued` goes out only when it changes.
    announced_position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    announced_wait_s: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (Index("ix_queue_school_status", "school_id", "status", "priority"),)


class Room(Base):
    __tablename__ = "rooms"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    school_id: Mapped[str] = mapped_column(ForeignKey("schools.id"), index=True)
    student_id: Mapped[str] = mapped_column(ForeignKey("student_sessions.id"), index=True)
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=RoomStatus.ACTIVE.value)
    topic: Mapped[str | None] = mapped_column(String(64), nullable=True)
    mood_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    waited_s: Mapped[float | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    closed_by_role: Mapped[str | None] = mapped_column(String(16), nullable=True)

    __table_args__ = (Index("ix_rooms_volunteer_status", "volunteer_id", "status"),)


class RoomMember(Base):
    __tablename__ = "room_members"
    room_id: Mapped[str] = mapped_column(
        ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    handle: Mapped[str] = mapped_column(String(120))
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_room_members_member", "member_id"),)


# The partial index's predicate as each backend renders the mute check's WHERE terms
# (`withheld.is_(True)`, `muted.is_(False)`): SQLite uses a partial index only when the
# query holds its terms as written.
WITHHELD_UNMUTED = {"sqlite": "withheld IS 1 AND muted IS 0",
                    "postgresql": "withheld IS true AND muted IS false"}


class Message(Base):
    """A message; whispers and withheld messages take no seq (PROTOCOL.md)."""

    __tablename__ = "messages"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sender_id: Mapped[str] = mapped_column(String(32))
    sender_role: Mapped[str] = mapped_column(String(16))
    sender_handle: Mapped[str] = mapped_column(String(120))
    client_msg_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    whisper: Mapped[bool] = mapped_column(Boolean, default=False)
    withheld: Mapped[bool] = mapped_column(Boolean, default=False)
    withheld_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    verdict: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # Withheld because the sender was muted (repeat offender), not for its own content.
    muted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (
        UniqueConstraint("room_id", "seq", name="uq_messages_room_seq"),
        # The mute check counts a sender's recent withheld messages (app/chat/messages.py,
        # _STRIKES) on every post: indexed over withheld messages only, it reads a handful of
        # rows however much the sender has written, and ordinary inserts skip the index.
        Index("ix_messages_withheld_sender", "sender_id", "sent_at",
              sqlite_where=sql_text(WITHHELD_UNMUTED["sqlite"]),
              postgresql_where=sql_text(WITHHELD_UNMUTED["postgresql"])),
        UniqueConstraint("room_id", "sender_id", "client_msg_id", name="uq_messages_client_id"),
    )


class Feedback(Base):
    __tablename__ = "feedback"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), unique=True)
    rating: Mapped[int] = mapped_column(Integer)
    mood_after: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
