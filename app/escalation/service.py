"""Opening escalations: one unresolved per room (or per waiting student); later risk
attaches to it and may raise its level, it does not open another (PROTOCOL.md).

Routing, paging and deadlines are the escalation issue's next slice; until then an opened
escalation is recorded as pending (status open, no chain)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.escalation.models import Escalation, EscalationStatus, Level, Source


@dataclass(frozen=True, slots=True)
class Opened:
    escalation: Escalation
    event: str  # "opened" | "updated" | "" (nothing changed)


async def unresolved_for(session: AsyncSession, *, room_id: str | None,
                         student_id: str) -> Escalation | None:
    """The unresolved escalation of the room, or of the waiting student's request."""
    cond = Escalation.room_id == room_id if room_id is not None else (
        (Escalation.student_id == student_id) & Escalation.room_id.is_(None))
    stmt = select(Escalation).where(cond, Escalation.status != EscalationStatus.RESOLVED)
    if session.bind.dialect.name != "sqlite":
        stmt = stmt.with_for_update()
    return await session.scalar(stmt)


async def open_or_raise(
    session: AsyncSession, *, school_id: str, student_id: str, room_id: str | None,
    queue_entry_id: str | None, level: Level, category: str, source: Source,
    reason: str | None = None, seq: int | None = None,
) -> Opened:
    """Open an escalation, or attach to the unresolved one and raise its level. The caller
    holds the room's (or the school's) lock, so two risky messages never open two."""
    current = await unresolved_for(session, room_id=room_id, student_id=student_id)
    if current is None:
        esc = Escalation(school_id=school_id, student_id=student_id, room_id=room_id,
                         queue_entry_id=queue_entry_id, level=level.value, category=category,
                         source=source.value, reason=reason,
                         message_seqs=[seq] if seq is not None else [])
        session.add(esc)
        await session.flush()
        return Opened(esc, "opened")
    changed = False
    if seq is not None:
        current.message_seqs = [*(current.message_seqs or []), seq]
        changed = True
    if level.rank > Level(current.level).rank:
        current.level = level.value
        current.category = category
        return Opened(current, "updated")
    return Opened(current, "updated" if changed else "")


async def attach_room(session: AsyncSession, student_id: str, room_id: str) -> Escalation | None:
    """A waiting student with an escalation was matched: the escalation gets the room."""
    esc = await session.scalar(select(Escalation).where(
        Escalation.student_id == student_id, Escalation.room_id.is_(None),
        Escalation.status != EscalationStatus.RESOLVED))
    if esc is not None:
        esc.room_id = room_id
    return esc


def unresolved_of_school(school_id: str):  # type: ignore[no-untyped-def]
    return select(Escalation).where(
        Escalation.school_id == school_id,
        or_(Escalation.status != EscalationStatus.RESOLVED),
    ).order_by(Escalation.created_at)
