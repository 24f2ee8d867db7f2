"""Matching: the queue head meets the best eligible volunteer, in one transaction.

Runs under the school lock (app/chat/queue.py), so two nodes never give one student two
volunteers or one volunteer more rooms than their limit; on SQLite the transaction holds
the database write lock. docs/chat.md#queue-and-matching.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import Role, StudentSession
from app.chat.models import Message, QueueEntry, QueueStatus, Room, RoomMember
from app.chat.queue import eligible_volunteers, lock_school, waiting_order
from app.escalation.service import attach_room
from app.types import utcnow


@dataclass(frozen=True, slots=True)
class Match:
    room: Room
    student_id: str
    student_handle: str
    volunteer_id: str
    volunteer_handle: str
    intake: Message | None
    escalation: dict[str, Any] | None = None


async def match_once(session: AsyncSession, school_id: str, grace_s: float) -> Match | None:
    """Match the head of the school's queue if a volunteer can take it. Caller commits."""
    await lock_school(session, school_id)
    now = utcnow()
    head = await session.scalar(waiting_order(school_id).limit(1))
    if head is None:
        return None
    row = (await session.execute(eligible_volunteers(school_id, now, grace_s).limit(1))).first()
    if row is None:
        return None
    volunteer = row[0]
    student = await session.get(StudentSession, head.student_id)
    assert student is not None
    room = Room(
        school_id=school_id,
        student_id=student.id,
        volunteer_id=volunteer.id,
        topic=head.topic,
        mood_before=head.mood,
        created_at=now,
        waited_s=(now - head.created_at).total_seconds(),
    )
    session.add(room)
    await session.flush()
    session.add_all([
        RoomMember(room_id=room.id, member_id=student.id, role=Role.STUDENT.value,
                   handle=student.handle, joined_at=now),
        RoomMember(room_id=room.id, member_id=volunteer.id, role=Role.VOLUNTEER.value,
                   handle=volunteer.display_name, joined_at=now),
    ])
    intake = None
    if head.intake_text is not None and head.intake_client_msg_id is not None:
        room.last_seq = 1
        intake = Message(
            room_id=room.id, seq=1, sender_id=student.id, sender_role=Role.STUDENT.value,
            sender_handle=student.handle, client_msg_id=head.intake_client_msg_id,
            text=head.intake_text, sent_at=head.created_at, verdict=head.intake_verdict,
        )
        session.add(intake)
    escalation = await attach_room(session, student.id, room.id)
    head.status = QueueStatus(head.status).to(QueueStatus.MATCHED).value
    head.matched_at = now
    head.room_id = room.id
    volunteer.last_assigned_at = now
    await session.flush()
    return Match(room, student.id, student.handle, volunteer.id, volunteer.display_name, intake,
                 escalation.to_json() if escalation is not None else None)


async def waiting_schools(session: AsyncSession) -> list[str]:
    return list((await session.scalars(
        select(QueueEntry.school_id).where(QueueEntry.status == QueueStatus.WAITING).distinct()
    )).all())
