"""The escalation row and its state machine (DESIGN.md, Escalation).

open -> acknowledged -> joined -> resolved; join acknowledges an open one; any unresolved
state may be resolved. Routing fields (chain snapshot, step, round, deadline, fence) are
filled by app/escalation/routing.py.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.chat.models import IllegalTransition
from app.db import Base
from app.types import UTCDateTime, new_id, utcnow


class EscalationStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    JOINED = "joined"
    RESOLVED = "resolved"

    def to(self, new: EscalationStatus) -> EscalationStatus:
        allowed = {
            EscalationStatus.OPEN: {EscalationStatus.ACKNOWLEDGED, EscalationStatus.JOINED,
                                    EscalationStatus.RESOLVED},
            EscalationStatus.ACKNOWLEDGED: {EscalationStatus.JOINED, EscalationStatus.RESOLVED},
            EscalationStatus.JOINED: {EscalationStatus.RESOLVED},
            EscalationStatus.RESOLVED: set(),
        }
        if new in allowed[self]:
            return new
        raise IllegalTransition(f"escalation {self} -> {new}")


class Level(StrEnum):
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return 2 if self is Level.MEDIUM else 3


class Source(StrEnum):
    AUTO = "auto"
    VOLUNTEER = "volunteer"
    STUDENT = "student"


class Escalation(Base):
    __tablename__ = "escalations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    school_id: Mapped[str] = mapped_column(ForeignKey("schools.id"), index=True)
    student_id: Mapped[str] = mapped_column(ForeignKey("student_sessions.id"), index=True)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("rooms.id"), nullable=True,
                                                index=True)
    queue_entry_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    level: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=EscalationStatus.OPEN.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    acknowledged_by_name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    joined_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Routing (frozen chain snapshot, current step, round, deadline, fencing token).
    chain: Mapped[list[list[str]] | None] = mapped_column(JSON, nullable=True)
    step: Mapped[int] = mapped_column(Integer, default=1)
    round: Mapped[int] = mapped_column(Integer, default=1)
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    paged_user_ids: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    fence: Mapped[int] = mapped_column(Integer, default=0)
    exhausted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    message_seqs: Mapped[list[int] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_escalations_status_deadline", "status", "deadline"),)
    # The fencing token (grafana/oncall's active_escalation_id): every UPDATE is
    # "... WHERE fence = <the value read>" and bumps it, so a worker holding a stale copy
    # fails (StaleDataError) instead of firing a step twice.
    __mapper_args__ = {"version_id_col": fence}

    def to_json(self) -> dict[str, Any]:
        from app.types import iso

        return {
            "id": self.id,
            "room_id": self.room_id,
            "level": self.level,
            "category": self.category,
            "source": self.source,
            "reason": self.reason,
            "status": self.status,
            "created_at": iso(self.created_at),
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_by_name": self.acknowledged_by_name,
            "step": self.step,
            "round": self.round,
            "deadline": iso(self.deadline),
            "paged_user_ids": list(self.paged_user_ids or []),
            "exhausted": self.exhausted_at is not None,
        }


class AttemptStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class NotificationAttempt(Base):
    """One page on one channel to one person for one step of an escalation. Rows are
    written in the transaction that fires the step, so a crash loses no page; the fence
    makes a step's pages unique, so no step pages twice (app/escalation/notify/)."""

    __tablename__ = "notification_attempts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    escalation_id: Mapped[str] = mapped_column(ForeignKey("escalations.id", ondelete="CASCADE"),
                                               index=True)
    school_id: Mapped[str] = mapped_column(String(32))
    fence: Mapped[int] = mapped_column(Integer)
    step: Mapped[int] = mapped_column(Integer)
    round: Mapped[int] = mapped_column(Integer)
    event: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=AttemptStatus.PENDING.value)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        UniqueConstraint("escalation_id", "fence", "channel", "user_id",
                         name="uq_notification_attempts_step"),
        Index("ix_notification_attempts_status", "status", "created_at"),
    )
