"""The school's queue: entering, leaving, positions and estimated waits.

Every change to a school's queue (and every match) runs under the school lock, so two
nodes never see a half-changed queue (docs/chat.md#queue-and-matching).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import School, Shift, User, VolunteerStatus
from app.chat import presence
from app.chat.models import QueueEntry, QueueStatus, Room, RoomStatus
from app.db import for_update
from app.types import utcnow

DEFAULT_CHAT_S = 600  # assumed length of a chat before the school has closed any


async def lock_school(session: AsyncSession, school_id: str) -> None:
    """Serialise queue changes and matching of one school across nodes.

    PostgreSQL: a row lock on the school. SQLite: every transaction already holds the
    database write lock (BEGIN IMMEDIATE, app/db.py), so nothing more is needed.
    """
    await session.execute(for_update(session, select(School.id).where(School.id == school_id)))


async def waiting_entry(session: AsyncSession, student_id: str) -> QueueEntry | None:
    return await session.scalar(
        select(QueueEntry).where(
            QueueEntry.student_id == student_id, QueueEntry.status == QueueStatus.WAITING
        )
    )


def waiting_order(school_id: str):  # type: ignore[no-untyped-def]
    return (
        select(QueueEntry)
        .where(QueueEntry.school_id == school_id, QueueEntry.status == QueueStatus.WAITING)
        .order_by(QueueEntry.priority.desc(), QueueEntry.created_at, QueueEntry.id)
    )


def _active_rooms():  # type: ignore[no-untyped-def]
    return (
        select(func.count(Room.id))
        .where(Room.volunteer_id == User.id, Room.status == RoomStatus.ACTIVE)
        .correlate(User)
        .scalar_subquery()
    )


def _can_chat_now(school_id: str, now: datetime, grace_s: float) -> list[Any]:
    """Certified volunteers of the school, on a chat shift now, available and online."""
    on_shift = (
        select(Shift.id)
        .where(
            Shift.user_id == User.id,
            Shift.on_call.is_(False),
            Shift.starts_at <= now,
            Shift.ends_at > now,
        )
        .exists()
    )
    return [
        User.school_id == school_id,
        User.role == "volunteer",
        User.certified.is_(True),
        User.status == VolunteerStatus.AVAILABLE,
        on_shift,
        presence.online_clause(now, grace_s),
    ]


def eligible_volunteers(school_id: str, now: datetime, grace_s: float):  # type: ignore[no-untyped-def]
    """Volunteers who may take a chat now, best first: under their limit; fewest active
    rooms, then longest idle (DESIGN.md, Queue and matching)."""
    active = _active_rooms()
    return (
        select(User, active.label("active"))
        .where(*_can_chat_now(school_id, now, grace_s), active < User.max_chats)
        .order_by(active, User.last_assigned_at.asc().nulls_first(), User.id)
    )


async def capacity(session: AsyncSession, school_id: str, now: datetime, grace_s: float
                   ) -> tuple[int, int]:
    """(total chat slots of volunteers who could take chats now, slots free now)."""
    rows = (await session.execute(
        select(User.max_chats, _active_rooms()).where(*_can_chat_now(school_id, now, grace_s))
    )).all()
    total = sum(m for m, _ in rows)
    free = sum(max(0, m - a) for m, a in rows)
    return total, free


async def waiting_count(session: AsyncSession, school_id: str) -> int:
    return int(await session.scalar(
        select(func.count()).select_from(QueueEntry).where(
            QueueEntry.school_id == school_id, QueueEntry.status == QueueStatus.WAITING)) or 0)


async def average_chat_s(session: AsyncSession, school_id: str) -> float:
    rows = (await session.execute(
        select(Room.created_at, Room.closed_at)
        .where(Room.school_id == school_id, Room.status == RoomStatus.CLOSED)
        .order_by(Room.closed_at.desc())
        .limit(20)
    )).all()
    spans = [(c - o).total_seconds() for o, c in rows if c is not None]
    return sum(spans) / len(spans) if spans else DEFAULT_CHAT_S


@dataclass(frozen=True, slots=True)
class Announcement:
    student_id: str
    position: int
    estimated_wait_s: int | None


def estimate_wait(position: int, total: int, free: int, avg_chat_s: float) -> int | None:
    """Seconds until a volunteer is likely free for this position; None when nobody can
    take chats now (no estimate is honest then)."""
    if total <= 0:
        return None
    if position <= free:
        return 0
    return int(math.ceil((position - free) / total * avg_chat_s))


@dataclass(frozen=True, slots=True)
class QueueState:
    school_id: str
    waiting: int
    told: list[Announcement]


async def announcements(
    session: AsyncSession, school_id: str, grace_s: float, *, force_student: str | None = None
) -> QueueState:
    """Positions and estimates that changed since they were last told (records the new ones),
    and how many are waiting. `force_student` is told even when unchanged (the answer to
    their request_chat)."""
    now = utcnow()
    entries = (await session.scalars(waiting_order(school_id))).all()
    if not entries:
        return QueueState(school_id, 0, [])
    total, free = await capacity(session, school_id, now, grace_s)
    avg = await average_chat_s(session, school_id)
    out = []
    for position, entry in enumerate(entries, start=1):
        wait = estimate_wait(position, total, free, avg)
        changed = entry.announced_position != position or entry.announced_wait_s != wait
        if changed or entry.student_id == force_student:
            entry.announced_position = position
            entry.announced_wait_s = wait
            out.append(Announcement(entry.student_id, position, wait))
    return QueueState(school_id, len(entries), out)
