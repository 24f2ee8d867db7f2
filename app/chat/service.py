"""Chat services: each method runs one transaction, commits, then publishes (CONVENTIONS 7).

The hub calls these for frames; routes call them for HTTP. They return the frames meant
for the calling socket only; everything for other sockets goes through Events.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.accounts.models import Role, User
from app.accounts.service import Principal
from app.chat import messages, presence, rooms
from app.chat import protocol as P
from app.chat.events import Events
from app.chat.matching import Match, match_once, waiting_schools
from app.chat.messages import ChatError, PostRequest, not_found
from app.chat.models import (
    CloseReason,
    Message,
    QueueEntry,
    QueueStatus,
    Room,
    RoomMember,
    RoomStatus,
)
from app.chat.protocol import RequestChat, Send, Whisper
from app.chat.queue import (
    QueueState,
    announcements,
    lock_school,
    waiting_count,
    waiting_entry,
)
from app.chat.screening import Cascade, Later, Screening, record, withheld_reason
from app.chat.writer import MessageWriter
from app.config import Settings
from app.db import readers
from app.escalation.models import Level, Source
from app.escalation.service import Change, EscalationService
from app.moderation import Action, Moderator, RiskLevel, Verdict
from app.moderation.policy import DEFAULT_REASON, GUIDANCE
from app.tasks import cancel_and_wait
from app.types import iso

log = logging.getLogger(__name__)
Frame = dict[str, Any]


class ChatService:
    def __init__(
        self, settings: Settings, sessions: async_sessionmaker[AsyncSession], events: Events,
        moderator: Moderator, escalations: EscalationService,
        cascade: Cascade | None = None,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.readers = readers(sessions)
        self.events = events
        self.escalations = escalations
        self.screening = Screening(moderator, self._raised_later,
                                   linger_s=settings.cascade_linger_s, cascade=cascade,
                                   duty=settings.cascade_duty,
                                   min_duty=settings.cascade_min_duty,
                                   lag_target_s=settings.cascade_lag_target_ms / 1000)
        self._matching: set[str] = set()
        self._again: set[str] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._queue_told: dict[str, int] = {}  # last queue length told to volunteers
        self.writer = MessageWriter(sessions)

    # --- queue -----------------------------------------------------------------------

    async def request_chat(self, p: Principal, f: RequestChat) -> list[Frame]:
        if not p.is_student:
            raise ChatError("not_allowed", "Only students can ask for a chat.")
        change, verdict = None, None
        async with self.sessions.begin() as s:
            await lock_school(s, p.school_id)
            entry = await waiting_entry(s, p.id)
            if entry is not None:
                if f.message is not None and f.client_msg_id != entry.intake_client_msg_id:
                    raise ChatError("already_queued", "You are already waiting for a chat.")
            else:
                in_room = await s.scalar(select(Room.id).where(
                    Room.student_id == p.id, Room.status == RoomStatus.ACTIVE).limit(1))
                if in_room is not None:
                    raise ChatError("already_in_room", "You are already in a chat.")
                verdict = self.screening.inline(f.message, p.role) if f.message else None
                withheld = withheld_reason(verdict) if verdict else None
                entry = QueueEntry(
                    school_id=p.school_id, student_id=p.id, topic=f.topic, mood=f.mood,
                    intake_text=None if withheld else f.message,
                    intake_client_msg_id=f.client_msg_id,
                    intake_verdict=record(verdict) if verdict else None,
                    # A risky intake moves the student up the queue (high before medium).
                    priority=verdict.risk.rank if verdict and verdict.escalate else 0,
                )
                s.add(entry)
                await s.flush()
                if verdict is not None and verdict.escalate:
                    change = await self.escalations.open_in(
                        s, school_id=p.school_id, student_id=p.id, room_id=None,
                        queue_entry_id=entry.id, level=Level(verdict.risk.value),
                        category=verdict.category or "distress", source=Source.AUTO)
            told = await announcements(s, p.school_id, self.settings.volunteer_grace_s,
                                       force_student=p.id)
            intake_id = entry.intake_client_msg_id
            intake_withheld = (entry.intake_verdict or {}).get("action") == "withhold"
        if verdict is not None and not verdict.settled and f.message is not None:
            self.screening.later(Later(None, None, f.message, p.role, verdict,
                                       queue_entry_id=entry.id))
        replies: list[Frame] = []
        if intake_id is not None and intake_withheld:
            reason = (entry.intake_verdict or {}).get("reason") or DEFAULT_REASON
            replies.append(P.withheld(None, intake_id, reason))
        elif intake_id is not None:
            replies.append(P.sent(None, intake_id, None))
        await self.escalations.publish(change)
        await self._announce(told)
        self.kick(p.school_id)
        return replies

    async def cancel_request(self, p: Principal) -> None:
        if not p.is_student:
            raise ChatError("not_allowed", "Only students have chat requests.")
        async with self.sessions.begin() as s:
            await lock_school(s, p.school_id)
            entry = await waiting_entry(s, p.id)
            if entry is None:
                raise ChatError("not_queued", "You are not waiting for a chat.")
            entry.status = QueueStatus(entry.status).to(QueueStatus.CANCELLED).value
            told = await announcements(s, p.school_id, self.settings.volunteer_grace_s)
        await self.events.to_member(p.id, {"type": "request_cancelled"})
        await self._announce(told)

    async def _announce(self, state: QueueState) -> None:
        for a in state.told:
            await self.events.to_member(
                a.student_id,
                P.queued(a.position, a.estimated_wait_s),
            )
        if self._queue_told.get(state.school_id) != state.waiting:
            self._queue_told[state.school_id] = state.waiting
            await self.events.to_school_volunteers(
                state.school_id, {"type": "queue", "waiting": state.waiting})

    # --- matching --------------------------------------------------------------------

    def kick(self, school_id: str) -> None:
        """Run matching for the school soon; concurrent kicks coalesce into one more round."""
        if school_id in self._matching:
            self._again.add(school_id)
            return
        self._matching.add(school_id)
        task = asyncio.create_task(self._match_loop(school_id), name=f"match-{school_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _match_loop(self, school_id: str) -> None:
        grace = self.settings.volunteer_grace_s
        try:
            while True:
                self._again.discard(school_id)
                while True:
                    async with self.sessions.begin() as s:
                        match = await match_once(s, school_id, grace)
                    if match is None:
                        break
                    await self._publish_match(match)
                async with self.sessions.begin() as s:
                    await lock_school(s, school_id)
                    told = await announcements(s, school_id, grace)
                await self._announce(told)
                if school_id not in self._again:
                    break
        except Exception:
            log.exception("matching failed for school %s; the janitor retries", school_id)
        finally:
            self._matching.discard(school_id)

    async def _publish_match(self, m: Match) -> None:
        log.info("matched room=%s volunteer=%s", m.room.id, m.volunteer_id)
        extra = {"topic": m.room.topic, "mood": m.room.mood_before}
        await self.events.to_member(m.student_id, {
            "type": "matched", "room_id": m.room.id, "peer_handle": m.volunteer_handle,
            "role": Role.VOLUNTEER.value})
        await self.events.to_member(m.volunteer_id, {
            "type": "matched", "room_id": m.room.id, "peer_handle": m.student_handle,
            "role": Role.STUDENT.value, **extra})
        if m.intake is not None:
            await self.events.to_member(m.student_id, messages.message_frame(m.intake, own=True))
            await self.events.to_member(m.volunteer_id,
                                        messages.message_frame(m.intake, own=False))
            verdict = m.intake.verdict or {}
            if verdict.get("risk", "none") != "none":
                await self.events.to_member(m.volunteer_id, P.risk_alert(
                    m.room.id, 1, verdict["risk"], verdict.get("category"),
                    guidance_for(verdict)))
        if m.escalation is not None:
            # The waiting student's escalation now has its room.
            await self.escalations.publish(Change(m.escalation, "updated", m.room.school_id,
                                                  m.volunteer_id))

    # --- messages --------------------------------------------------------------------

    async def send(self, p: Principal, f: Send, conn_id: str) -> list[Frame]:
        verdict = self.screening.inline(f.text, p.role)
        posted = await self.writer.post(PostRequest(
            f.room_id, p.id, f.client_msg_id, f.text, verdict=record(verdict),
            withheld_reason=withheld_reason(verdict), risky=verdict.risk is not RiskLevel.NONE))
        msg = posted.message
        if posted.created and p.is_student and not verdict.settled:
            # Delivered or withheld, the cascade looks at what stage 1 could not settle; in a
            # withheld message, risk it finds releases the message (_raised_later).
            self.screening.later(Later(msg.room_id, msg.seq, f.text, p.role, verdict,
                                       message_id=msg.id))
        if msg.withheld:
            if posted.created:
                log.info("withheld room=%s sender=%s muted=%s", msg.room_id, p.id, msg.muted)
            return [P.withheld(msg.room_id, msg.client_msg_id, msg.withheld_reason)]
        # Published on retries too: delivery is at least once and clients drop seen seqs.
        await self._deliver(msg, posted.member_ids, skip_conn=conn_id)
        if posted.created and p.is_student and msg.seq is not None:
            await self._on_verdict(posted.members, msg.room_id, msg.seq, verdict)
        return [P.sent(msg.room_id, msg.client_msg_id, msg.seq)]

    async def _deliver(self, msg: Message | messages.StoredMessage,
                       member_ids: list[str], skip_conn: str | None = None) -> None:
        """A stored message to every member: the sender's own devices get it with its
        client_msg_id (all but `skip_conn`, the socket that sent it and gets `sent`)."""
        others = messages.message_frame(msg, own=False)
        for member_id in member_ids:
            if member_id == msg.sender_id:
                await self.events.to_member(member_id, messages.message_frame(msg, own=True),
                                            skip_conn=skip_conn)
            else:
                await self.events.to_member(member_id, others)

    async def _on_verdict(self, members: list[tuple[str, str]], room_id: str, seq: int,
                          verdict: Verdict) -> None:
        """Risk reaches the room's staff as a risk_alert; medium/high opens an escalation."""
        if verdict.risk is RiskLevel.NONE:
            return
        log.info("risk room=%s seq=%d level=%s category=%s", room_id, seq, verdict.risk,
                 verdict.category)
        frame = P.risk_alert(room_id, seq, verdict.risk.value, verdict.category,
                                 verdict.guidance)
        await self.events.to_members((m for m, role in members if role != Role.STUDENT), frame)
        if verdict.escalate:
            await self.escalations.escalate_auto(room_id, seq, Level(verdict.risk.value),
                                                 verdict.category or "distress")

    async def _raised_later(self, item: Later, verdict: Verdict) -> None:
        """The cascade found more risk than the inline stage: store it and act on it. A
        message stage 1 withheld (as an insult, or from a muted sender) in which the cascade
        finds risk is released: risk is never withheld (DESIGN.md, Moderation). It takes
        the room's next seq and reaches every member, the sender's devices included."""
        if item.queue_entry_id is not None:
            await self._raised_intake(item, verdict)
            return
        assert item.room_id is not None and item.message_id is not None
        released = False
        async with self.sessions.begin() as s:
            room = await messages.lock_room(s, item.room_id)
            msg = await s.get(Message, item.message_id)
            if room is None or msg is None:
                return  # deleted by retention meanwhile
            if msg.withheld and verdict.action is Action.DELIVER:
                room.last_seq += 1
                msg.seq, msg.withheld, released = room.last_seq, False, True
            msg.verdict = record(verdict)
            members = [(m.member_id, m.role) for m in (await s.execute(
                select(RoomMember.member_id, RoomMember.role).where(
                    RoomMember.room_id == item.room_id, RoomMember.left_at.is_(None)))).all()]
        if msg.seq is None:
            return
        if released:
            log.info("released room=%s seq=%d: the cascade found risk in a withheld message",
                     item.room_id, msg.seq)
            await self._deliver(msg, [m for m, _ in members])
        await self._on_verdict(members, item.room_id, msg.seq, verdict)

    async def _raised_intake(self, item: Later, verdict: Verdict) -> None:
        """The cascade found more risk in an intake message than stage 1 did. Not matched
        yet: the entry's verdict changes, a withheld intake is released (it becomes the
        room's first message), a medium/high one moves the student up the queue and opens
        the escalation, as it would have at once. Matched meanwhile: as a room message."""
        change, told, room_id = None, None, None
        async with self.sessions.begin() as s:
            entry = await s.get(QueueEntry, item.queue_entry_id)
            if entry is None:
                return
            await lock_school(s, entry.school_id)
            await s.refresh(entry)
            school_id, student_id = entry.school_id, entry.student_id
            client_msg_id = entry.intake_client_msg_id
            if entry.status == QueueStatus.MATCHED and entry.room_id is not None:
                room_id = entry.room_id
            else:
                entry.intake_verdict = record(verdict)
                if entry.intake_text is None and verdict.action is Action.DELIVER:
                    entry.intake_text = item.text
                waiting = entry.status == QueueStatus.WAITING
                if verdict.escalate:
                    if waiting:
                        entry.priority = max(entry.priority, verdict.risk.rank)
                    # a student who gave up waiting is still paged for: the counselor sees
                    # what they wrote, and a new request attaches to the same escalation
                    change = await self.escalations.open_in(
                        s, school_id=school_id, student_id=student_id, room_id=None,
                        queue_entry_id=entry.id, level=Level(verdict.risk.value),
                        category=verdict.category or "distress", source=Source.AUTO)
                if waiting:
                    told = await announcements(s, school_id, self.settings.volunteer_grace_s)
        await self.escalations.publish(change)
        if told is not None:
            await self._announce(told)
        if room_id is None or client_msg_id is None:
            return
        async with self.readers() as s:
            message_id = await s.scalar(select(Message.id).where(
                Message.room_id == room_id, Message.sender_id == student_id,
                Message.client_msg_id == client_msg_id))
        if message_id is not None:  # delivered as the room's first message
            await self._raised_later(Later(room_id, None, item.text, item.role, item.first,
                                           message_id=message_id), verdict)
            return
        if verdict.action is not Action.DELIVER:
            return
        # withheld at intake, so never stored in the room: it joins the room now
        try:
            posted = await self.writer.post(PostRequest(
                room_id, student_id, client_msg_id, item.text, verdict=record(verdict),
                risky=True))
        except ChatError:  # the chat ended meanwhile; the counselor is still paged
            if verdict.escalate:
                await self.escalations.escalate_auto(room_id, None, Level(verdict.risk.value),
                                                     verdict.category or "distress")
            return
        if posted.created and posted.message.seq is not None:
            await self._deliver(posted.message, posted.member_ids)
            await self._on_verdict(posted.members, room_id, posted.message.seq, verdict)

    async def whisper(self, p: Principal, f: Whisper, conn_id: str) -> list[Frame]:
        """Coaching from a counselor in the room to the volunteer; the student never sees
        it, and it takes no seq (PROTOCOL.md)."""
        if p.role != Role.COUNSELOR:
            raise ChatError("not_allowed", "Only a counselor in the room can whisper.")
        posted = await self.writer.post(PostRequest(f.room_id, p.id, f.client_msg_id, f.text,
                                                    whisper=True))
        msg = posted.message
        me = next((role for m, role in posted.members if m == p.id), None)
        if me != Role.COUNSELOR or not msg.whisper:
            raise messages.not_found()
        frame = {"type": "whisper", "room_id": msg.room_id, "text": msg.text,
                 "from_handle": msg.sender_handle, "sent_at": iso(msg.sent_at)}
        for member_id, role in posted.members:
            if role == Role.VOLUNTEER:
                await self.events.to_member(member_id, frame)
            elif member_id == p.id:
                await self.events.to_member(member_id, frame, skip_conn=conn_id)
        return [P.sent(msg.room_id, msg.client_msg_id, None)]

    async def typing(self, p: Principal, room_id: str, room_members: list[str]) -> None:
        frame = {"type": "typing", "room_id": room_id, "handle": p.handle}
        await self.events.to_members((m for m in room_members if m != p.id), frame)

    async def room_member_ids(self, room_id: str) -> list[str]:
        async with self.sessions() as s:
            return await messages.active_member_ids(s, room_id)

    async def end_chat(self, p: Principal, room_id: str) -> list[Frame]:
        async with self.sessions.begin() as s:
            room = await messages.lock_room(s, room_id)
            member = await rooms.membership(s, room_id, p.id) if room else None
            if room is None or member is None:
                raise not_found()
            if room.status == RoomStatus.CLOSED:
                return [P.room_closed(room.id, room.closed_reason, room.closed_by_role)]
            told = await rooms.close(s, room, CloseReason.ENDED, p.role)
            school_id = room.school_id
        await self._publish_closed(room_id, told, CloseReason.ENDED, p.role)
        self.kick(school_id)
        return []

    async def _publish_closed(self, room_id: str, member_ids: list[str], reason: CloseReason,
                              by_role: str | None) -> None:
        log.info("room closed room=%s reason=%s by=%s", room_id, reason, by_role)
        await self.events.to_members(member_ids,
                                     P.room_closed(room_id, reason.value, by_role))

    # --- volunteers ------------------------------------------------------------------

    async def set_status(self, p: Principal, status: str) -> None:
        if p.role != Role.VOLUNTEER:
            raise ChatError("not_allowed", "Only volunteers have an availability status.")
        async with self.sessions.begin() as s:
            await s.execute(update(User).where(User.id == p.id).values(status=status))
        log.info("volunteer status user=%s status=%s", p.id, status)
        await self.events.to_member(p.id, {"type": "status", "status": status})
        self.kick(p.school_id)

    # --- connecting --------------------------------------------------------------------

    async def connect(self, p: Principal, resume: dict[str, int]) -> list[Frame]:
        """The welcome frame, then the replayed gaps and errors, for a socket saying hello."""
        out: list[Frame] = []
        async with self.sessions.begin() as s:
            if not p.is_student:
                await presence.socket_opened(s, p.id, self.settings.node_id)
            my_rooms = await rooms.member_rooms(s, p.id)
            welcome: Frame = {"type": "welcome", "role": p.role, "handle": p.handle,
                              "rooms": my_rooms}
            if p.is_student:
                entry = await waiting_entry(s, p.id)
                if entry is not None:
                    welcome["queue"] = {"position": entry.announced_position,
                                        "estimated_wait_s": entry.announced_wait_s}
            elif p.role == Role.VOLUNTEER:
                welcome["status"] = (await s.get(User, p.id)).status  # type: ignore[union-attr]
                welcome["queue_length"] = await waiting_count(s, p.school_id)
            out.append(welcome)
            for room_id, last_seq in resume.items():
                room = await s.get(Room, room_id)
                if room is None or await rooms.membership(s, room_id, p.id) is None:
                    out.append(P.error(*messages.NOT_FOUND, room_id))
                    continue
                frames = await messages.replay(s, room_id, p.id, last_seq,
                                               self.settings.replay_limit)
                if frames is None:
                    out.append(P.error("resume_unavailable", "Some messages can no longer be "
                                       "replayed; reload the transcript.", room_id))
                    continue
                out.extend(frames)
                if room.status == RoomStatus.CLOSED:
                    out.append(P.room_closed(room.id, room.closed_reason,
                                             room.closed_by_role))
        if p.role == Role.VOLUNTEER:
            self.kick(p.school_id)
        return out

    async def disconnect(self, p: Principal) -> None:
        if p.is_student:
            return
        async with self.sessions.begin() as s:
            await presence.socket_closed(s, p.id, self.settings.node_id)

    # --- housekeeping ----------------------------------------------------------------

    async def housekeeping(self) -> None:
        """One round of the janitor: heartbeat, expire abandoned rooms, retry matching."""
        async with self.sessions.begin() as s:
            await presence.heartbeat(s, self.settings.node_id)
        async with self.readers() as s:  # usually none: ask without the write lock
            expired = await rooms.abandoned_rooms(s, self.settings.volunteer_room_grace_s)
        closed = []
        if expired:
            async with self.sessions.begin() as s:
                # again under the lock: a volunteer may have come back meanwhile
                expired = await rooms.abandoned_rooms(s, self.settings.volunteer_room_grace_s)
                for room in expired:
                    closed.append((room.id, room.school_id,
                                   await rooms.close(s, room, CloseReason.EXPIRED, None)))
        for room_id, school_id, member_ids in closed:
            await self._publish_closed(room_id, member_ids, CloseReason.EXPIRED, None)
            self.kick(school_id)
        async with self.sessions.begin() as s:
            purged = await rooms.purge_expired_transcripts(s, self.settings.retention_days)
        await self.writer.checkpoint()
        if purged:
            log.info("retention: deleted %d messages of closed rooms", purged)
        async with self.readers() as s:
            schools = await waiting_schools(s)
        for school_id in schools:
            self.kick(school_id)

    async def stop(self) -> None:
        await self.screening.stop()
        await self.writer.stop()
        await cancel_and_wait(list(self._tasks))
        try:
            async with self.sessions.begin() as s:
                await presence.release_node(s, self.settings.node_id)
        except Exception:
            log.warning("could not clear this node's presence rows", exc_info=True)


def guidance_for(stored: dict[str, Any]) -> str | None:
    category, risk = stored.get("category"), stored.get("risk")
    if not category or not risk:
        return None
    return GUIDANCE.get((category, RiskLevel(risk)))

