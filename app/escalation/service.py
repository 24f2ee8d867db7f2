"""Escalations: opening (one unresolved per room or waiting student), paging along the
frozen chain, durable deadlines, and the counselor's actions. docs/escalation.md.

Each method runs one transaction, commits, then publishes (CONVENTIONS 7). Methods named
`*_in` work inside the caller's transaction and return a Change to publish after commit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import Gauge
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app import audit
from app.accounts.models import Role
from app.accounts.service import Principal
from app.chat.events import Events
from app.chat.messages import ChatError, lock_room, not_found
from app.chat.models import Room, RoomMember, RoomStatus
from app.config import Settings
from app.db import for_update, readers
from app.escalation import routing
from app.escalation.models import Escalation, EscalationStatus, Level, Source
from app.escalation.notify import Notifier
from app.types import utcnow

log = logging.getLogger(__name__)

EXHAUSTED = Gauge("haven_escalations_exhausted",
                  "Unresolved escalations nobody acknowledged after every round")
OVERDUE = Gauge("haven_escalations_overdue",
                "Open escalations whose next step is more than 10 s past its deadline")
OPEN = Gauge("haven_escalations_unacknowledged", "Open, unacknowledged escalations")


@dataclass
class Change:
    """What happened to an escalation, to tell after the commit."""

    escalation: dict[str, Any]
    event: str
    school_id: str
    volunteer_id: str | None = None
    attempt_ids: list[str] = field(default_factory=list)


class EscalationError(ChatError):
    """An action that conflicts with the escalation's state (HTTP 409)."""


async def unresolved_for(session: AsyncSession, *, room_id: str | None,
                         student_id: str) -> Escalation | None:
    """The unresolved escalation of the room, or of the waiting student's request."""
    cond = Escalation.room_id == room_id if room_id is not None else (
        (Escalation.student_id == student_id) & Escalation.room_id.is_(None))
    return await session.scalar(for_update(session, select(Escalation).where(
        cond, Escalation.status != EscalationStatus.RESOLVED)))


async def attach_room(session: AsyncSession, student_id: str, room_id: str) -> Escalation | None:
    """A waiting student with an escalation was matched: the escalation gets the room."""
    esc = await session.scalar(select(Escalation).where(
        Escalation.student_id == student_id, Escalation.room_id.is_(None),
        Escalation.status != EscalationStatus.RESOLVED))
    if esc is not None:
        esc.room_id = room_id
    return esc


async def room_escalated(session: AsyncSession, room_id: str) -> bool:
    return bool(await session.scalar(
        select(func.count()).select_from(Escalation).where(Escalation.room_id == room_id)))


class EscalationService:
    def __init__(self, settings: Settings, sessions: async_sessionmaker[AsyncSession],
                 events: Events) -> None:
        self.settings = settings
        self.sessions = sessions
        self.readers = readers(sessions)
        self.events = events
        self.notifier = Notifier(settings, sessions, events)

    # --- opening ---------------------------------------------------------------------

    async def open_in(
        self, s: AsyncSession, *, school_id: str, student_id: str, room_id: str | None,
        queue_entry_id: str | None, level: Level, category: str, source: Source,
        reason: str | None = None, seq: int | None = None, actor: Principal | None = None,
    ) -> Change | None:
        """Open an escalation and page its first step, or attach to the unresolved one
        (raising its level, never paging again). The caller holds the room's or the
        school's lock, so two risky messages never open two."""
        now = utcnow()
        current = await unresolved_for(s, room_id=room_id, student_id=student_id)
        volunteer = await self._volunteer_of(s, room_id)
        if current is None:
            esc = Escalation(school_id=school_id, student_id=student_id, room_id=room_id,
                             queue_entry_id=queue_entry_id, level=level.value,
                             category=category, source=source.value, reason=reason,
                             message_seqs=[seq] if seq is not None else [], created_at=now)
            s.add(esc)
            await s.flush()
            routing.start(esc, await routing.build_chain(s, school_id, now), self.settings, now)
            audit.record(s, "escalation.opened", "escalation", esc.id, school_id=school_id,
                         actor_id=actor.id if actor else None,
                         actor_role=actor.role if actor else None,
                         detail={"source": source.value, "level": level.value, "seq": seq,
                                 "paged": esc.paged_user_ids})
            ids = await self.notifier.plan(s, esc, "opened", list(esc.paged_user_ids or []))
            return Change(esc.to_json(), "opened", school_id, volunteer, ids)
        if seq is not None:
            current.message_seqs = [*(current.message_seqs or []), seq]
        raised = routing.raise_level(current, level, self.settings, now)
        if raised:
            current.category = category
        if source is not Source.AUTO:
            current.reason = reason or current.reason
        if raised or source is not Source.AUTO:
            audit.record(s, "escalation.raised" if raised else "escalation.requested",
                         "escalation", current.id, school_id=school_id,
                         actor_id=actor.id if actor else None,
                         actor_role=actor.role if actor else None,
                         detail={"level": current.level, "seq": seq, "source": source.value})
            return Change(current.to_json(), "updated", school_id, volunteer)
        return None

    async def escalate_auto(self, room_id: str, seq: int | None, level: Level,
                            category: str) -> None:
        async with self.sessions.begin() as s:
            room = await lock_room(s, room_id)
            if room is None:
                return
            change = await self.open_in(s, school_id=room.school_id, student_id=room.student_id,
                                        room_id=room.id, queue_entry_id=None, level=level,
                                        category=category, source=Source.AUTO, seq=seq)
        await self.publish(change)

    async def escalate_manual(self, p: Principal, room_id: str, reason: str) -> None:
        """A volunteer's escalate frame, or a student asking for a counselor."""
        if p.role not in (Role.VOLUNTEER, Role.STUDENT):
            raise ChatError("not_allowed", "Only the room's volunteer or student can escalate.")
        async with self.sessions.begin() as s:
            room = await lock_room(s, room_id)
            member = await s.get(RoomMember, (room_id, p.id)) if room else None
            if room is None or member is None or member.left_at is not None:
                raise not_found()
            if room.status != RoomStatus.ACTIVE:
                raise ChatError("room_closed", "This chat has ended.")
            source = Source.STUDENT if p.is_student else Source.VOLUNTEER
            change = await self.open_in(
                s, school_id=room.school_id, student_id=room.student_id, room_id=room.id,
                queue_entry_id=None, level=Level.HIGH, category="manual", source=source,
                reason=reason.strip() or None, actor=p)
        await self.publish(change)

    # --- publishing ------------------------------------------------------------------

    async def publish(self, change: Change | None) -> None:
        if change is None:
            return
        log.info("escalation %s event=%s level=%s step=%s round=%s",
                 change.escalation["id"], change.event, change.escalation["level"],
                 change.escalation["step"], change.escalation["round"])
        if change.attempt_ids:
            self.notifier.dispatch(change.attempt_ids)  # the dashboard is one of them
            return
        frame = {"type": "escalation", **change.escalation, "event": change.event}
        await self.events.to_school_staff(change.school_id, frame)
        if change.volunteer_id:
            await self.events.to_member(change.volunteer_id, frame)

    async def _volunteer_of(self, s: AsyncSession, room_id: str | None) -> str | None:
        if room_id is None:
            return None
        return await s.scalar(select(Room.volunteer_id).where(Room.id == room_id))

    # --- deadlines -------------------------------------------------------------------

    async def tick(self) -> int:
        """Fire every step whose deadline has passed (never before it). Each due row is
        claimed by one node (SKIP LOCKED) and fenced: a stale worker cannot fire twice."""
        now = utcnow()
        changes: list[Change] = []
        async with self.readers() as s:  # usually nothing is due: ask without the lock
            due = await s.scalar(select(Escalation.id).where(
                Escalation.status == EscalationStatus.OPEN, Escalation.deadline.is_not(None),
                Escalation.deadline <= now).limit(1))
        if due is None:
            return 0
        async with self.sessions.begin() as s:
            stmt = (select(Escalation)
                    .where(Escalation.status == EscalationStatus.OPEN,
                           Escalation.deadline.is_not(None), Escalation.deadline <= now)
                    .order_by(Escalation.deadline).limit(100))
            stmt = for_update(s, stmt, skip_locked=True)
            for esc in (await s.scalars(stmt)).all():
                try:
                    async with s.begin_nested():
                        result = routing.advance(esc, self.settings, now)
                        await s.flush()  # UPDATE ... WHERE fence = <read>: fenced
                except StaleDataError:
                    log.info("escalation %s moved on under us; not firing", esc.id)
                    continue
                audit.record(s, f"escalation.{result.event}", "escalation", esc.id,
                             school_id=esc.school_id,
                             detail={"step": esc.step, "round": esc.round,
                                     "paged": result.paged_user_ids})
                ids = await self.notifier.plan(
                    s, esc, result.event, result.paged_user_ids or self._admins_of_chain(esc))
                # The wire knows no "exhausted" event: it is an update with exhausted=true.
                event = "reescalated" if result.event == "reescalated" else "updated"
                changes.append(Change(esc.to_json(), event, esc.school_id,
                                      await self._volunteer_of(s, esc.room_id), ids))
        for change in changes:
            await self.publish(change)
        return len(changes)

    def _admins_of_chain(self, esc: Escalation) -> list[str]:
        chain = esc.chain or []
        return list(chain[-1]) if chain else []

    async def audit_overdue(self) -> None:
        """The periodic audit: count what is overdue or exhausted, for /metrics, and fire
        anything overdue (the timer loop may have been down)."""
        fired = await self.tick()
        now = utcnow()
        async with self.readers() as s:
            base = select(func.count()).select_from(Escalation).where(
                Escalation.status == EscalationStatus.OPEN)
            OPEN.set(await s.scalar(base) or 0)
            EXHAUSTED.set(await s.scalar(base.where(Escalation.exhausted_at.is_not(None))) or 0)
            from datetime import timedelta

            overdue = await s.scalar(base.where(
                Escalation.deadline < now - timedelta(seconds=10))) or 0
        OVERDUE.set(overdue)
        if fired:
            log.warning("escalation audit fired %d overdue steps", fired)
        await self.notifier.sweep()

    # --- counselor actions -----------------------------------------------------------

    async def _locked(self, s: AsyncSession, p: Principal, esc_id: str) -> Escalation:
        esc = await s.scalar(for_update(s, select(Escalation).where(Escalation.id == esc_id)))
        if esc is None or esc.school_id != p.school_id:
            raise ChatError("not_found", "No such escalation.")
        return esc

    def _counselor(self, p: Principal) -> None:
        if p.role != Role.COUNSELOR:
            raise ChatError("not_allowed", "Only counselors can do this.")

    async def acknowledge(self, p: Principal, esc_id: str) -> dict[str, Any]:
        self._counselor(p)
        async with self.sessions.begin() as s:
            esc = await self._locked(s, p, esc_id)
            if esc.acknowledged_by == p.id and esc.status != EscalationStatus.RESOLVED:
                return esc.to_json()  # the same counselor again: the same answer
            if esc.status != EscalationStatus.OPEN:
                who = esc.acknowledged_by_name or "Another counselor"
                raise EscalationError("already_acknowledged", f"{who} already acknowledged this.")
            self._ack(esc, p)
            esc.status = EscalationStatus(esc.status).to(EscalationStatus.ACKNOWLEDGED).value
            audit.record(s, "escalation.acknowledged", "escalation", esc.id, actor_id=p.id,
                         actor_role=p.role, school_id=esc.school_id)
            change = Change(esc.to_json(), "acknowledged", esc.school_id,
                            await self._volunteer_of(s, esc.room_id))
        await self.publish(change)
        return change.escalation

    def _ack(self, esc: Escalation, p: Principal) -> None:
        now = utcnow()
        esc.acknowledged_by = p.id
        esc.acknowledged_by_name = p.handle
        esc.acknowledged_at = now
        esc.deadline = None

    async def resolve(self, p: Principal, esc_id: str, note: str) -> dict[str, Any]:
        self._counselor(p)
        async with self.sessions.begin() as s:
            esc = await self._locked(s, p, esc_id)
            if esc.status == EscalationStatus.RESOLVED:
                raise EscalationError("already_resolved", "This escalation is already resolved.")
            esc.status = EscalationStatus(esc.status).to(EscalationStatus.RESOLVED).value
            esc.resolved_by = p.id
            esc.resolved_at = utcnow()
            esc.note = note
            esc.deadline = None
            audit.record(s, "escalation.resolved", "escalation", esc.id, actor_id=p.id,
                         actor_role=p.role, school_id=esc.school_id)
            change = Change(esc.to_json(), "resolved", esc.school_id,
                            await self._volunteer_of(s, esc.room_id))
        await self.publish(change)
        return change.escalation

    async def join(self, p: Principal, room_id: str) -> None:
        """A counselor joins an escalated room: joining acknowledges an open escalation."""
        self._counselor(p)
        async with self.sessions.begin() as s:
            room = await lock_room(s, room_id)
            if room is None or room.school_id != p.school_id:
                raise not_found()
            esc = await s.scalar(select(Escalation).where(Escalation.room_id == room_id)
                                 .order_by(Escalation.created_at.desc()).limit(1))
            if esc is None:
                raise ChatError("not_allowed", "Counselors join rooms that have an escalation.")
            if room.status != RoomStatus.ACTIVE:
                raise ChatError("room_closed", "This chat has ended.")
            member = await s.get(RoomMember, (room_id, p.id))
            if member is None:
                s.add(RoomMember(room_id=room_id, member_id=p.id, role=Role.COUNSELOR.value,
                                 handle=p.handle))
            elif member.left_at is not None:
                member.left_at = None
            change = None
            if esc.status in (EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED):
                if esc.status == EscalationStatus.OPEN:
                    self._ack(esc, p)
                esc.status = EscalationStatus(esc.status).to(EscalationStatus.JOINED).value
                esc.joined_at = utcnow()
                change = Change(esc.to_json(), "joined", esc.school_id, room.volunteer_id)
            audit.record(s, "room.joined", "room", room_id, actor_id=p.id, actor_role=p.role,
                         school_id=room.school_id, detail={"escalation": esc.id})
            members = (await s.scalars(select(RoomMember.member_id).where(
                RoomMember.room_id == room_id, RoomMember.left_at.is_(None)))).all()
        frame = {"type": "participant", "room_id": room_id, "event": "joined",
                 "role": Role.COUNSELOR.value, "handle": p.handle}
        for member_id in members:
            if member_id == p.id:
                await self.events.to_member(member_id, {**frame, "self": True})
            else:
                await self.events.to_member(member_id, frame)
        await self.publish(change)

    # --- reading ---------------------------------------------------------------------

    async def list_for(self, p: Principal, status: str | None) -> list[dict[str, Any]]:
        async with self.sessions() as s:
            stmt = select(Escalation).where(Escalation.school_id == p.school_id)
            if status is None:
                stmt = stmt.where(Escalation.status != EscalationStatus.RESOLVED)
            else:
                stmt = stmt.where(Escalation.status == status)
            rows = (await s.scalars(stmt.order_by(Escalation.created_at))).all()
        return [e.to_json() for e in rows]

    async def welcome_frames(self, p: Principal) -> list[dict[str, Any]]:
        """After hello: counselors and admins get every unresolved escalation of the school;
        a volunteer gets those of their active rooms."""
        if p.role in (Role.COUNSELOR, Role.ADMIN):
            escs = await self.list_for(p, None)
        elif p.role == Role.VOLUNTEER:
            async with self.sessions() as s:
                escs = [e.to_json() for e in (await s.scalars(
                    select(Escalation).join(Room, Room.id == Escalation.room_id).where(
                        Room.volunteer_id == p.id, Room.status == RoomStatus.ACTIVE,
                        Escalation.status != EscalationStatus.RESOLVED))).all()]
        else:
            return []
        return [{"type": "escalation", **e, "event": "updated"} for e in escs]
