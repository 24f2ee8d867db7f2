"""Paging on every configured channel; every attempt is a row with its result.

`plan()` writes pending attempt rows in the transaction that fires a step; `dispatch()`
claims and sends them after the commit; `sweep()` picks up attempts a dead node left
behind. attempts triggered = succeeded + failed (+ those still pending or sending).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from prometheus_client import Counter
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.accounts.models import School, User
from app.chat.events import Events
from app.config import Settings
from app.escalation.models import AttemptStatus, Escalation, NotificationAttempt
from app.escalation.notify.base import Channel, DeliveryError, Page
from app.escalation.notify.dashboard import Dashboard
from app.escalation.notify.webhook import Webhook
from app.types import utcnow

log = logging.getLogger(__name__)

ATTEMPTS = Counter("haven_notification_attempts_total",
                   "Escalation pages by channel and result (triggered/succeeded/failed)",
                   ["channel", "result"])


class Notifier:
    def __init__(self, settings: Settings, sessions: async_sessionmaker[AsyncSession],
                 events: Events) -> None:
        self.settings = settings
        self.sessions = sessions
        channels: list[Channel] = [
            Dashboard(events),
            Webhook(settings.webhook_retries, settings.webhook_backoff_s,
                    settings.webhook_timeout_s),
        ]
        if settings.smtp_url:
            from app.escalation.notify.smtp import Smtp

            channels.append(Smtp(settings.smtp_url, settings.smtp_from, settings.public_url))
        self.channels = {c.name: c for c in channels}
        self._tasks: set[asyncio.Task[None]] = set()

    async def plan(self, session: AsyncSession, esc: Escalation, event: str,
                   paged: list[str]) -> list[str]:
        """Pending attempts for one fired step; returns their ids. Caller commits."""
        school = await session.get(School, esc.school_id)
        assert school is not None
        rows = []
        for channel in self.channels.values():
            if channel.name == "webhook" and not school.webhook_url:
                continue
            targets = paged if channel.per_recipient else [""]
            for user_id in targets:
                rows.append(NotificationAttempt(
                    escalation_id=esc.id, school_id=esc.school_id, fence=esc.fence,
                    step=esc.step, round=esc.round, event=event, channel=channel.name,
                    user_id=user_id))
        session.add_all(rows)
        await session.flush()
        for row in rows:
            ATTEMPTS.labels(row.channel, "triggered").inc()
        return [r.id for r in rows]

    def dispatch(self, attempt_ids: list[str]) -> None:
        for attempt_id in attempt_ids:
            task = asyncio.create_task(self._deliver(attempt_id), name=f"page-{attempt_id}")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def sweep(self) -> None:
        """Attempts nobody is sending: left pending by a dead node, or stuck sending."""
        now = utcnow()
        stuck_after = timedelta(seconds=self.settings.webhook_timeout_s
                                * (self.settings.webhook_retries + 2) + 30)
        async with self.sessions.begin() as s:
            await s.execute(
                update(NotificationAttempt)
                .where(NotificationAttempt.status == AttemptStatus.SENDING,
                       NotificationAttempt.claimed_at < now - stuck_after)
                .values(status=AttemptStatus.PENDING.value))
            ids = (await s.scalars(select(NotificationAttempt.id).where(
                NotificationAttempt.status == AttemptStatus.PENDING,
                NotificationAttempt.created_at < now - timedelta(seconds=3)).limit(200))).all()
        self.dispatch(list(ids))

    async def _deliver(self, attempt_id: str) -> None:
        async with self.sessions.begin() as s:
            claimed = await s.execute(
                update(NotificationAttempt)
                .where(NotificationAttempt.id == attempt_id,
                       or_(NotificationAttempt.status == AttemptStatus.PENDING))
                .values(status=AttemptStatus.SENDING.value, claimed_at=utcnow()))
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                return
            att = await s.get(NotificationAttempt, attempt_id)
            assert att is not None
            page, recipient = await self._page(s, att)
        channel = self.channels.get(att.channel)
        status, error, tries = AttemptStatus.SUCCEEDED, None, 1
        try:
            if channel is None:
                raise DeliveryError(f"channel {att.channel} is not configured on this node")
            if att.channel == "email" and recipient is None:
                raise DeliveryError("no e-mail address for the paged user")
            tries = await channel.send(page, recipient)
        except DeliveryError as e:
            status, error, tries = AttemptStatus.FAILED, str(e), e.tries
        except Exception as e:  # a channel bug must not lose the record
            log.exception("page failed attempt=%s", attempt_id)
            status, error = AttemptStatus.FAILED, type(e).__name__
        async with self.sessions.begin() as s:
            await s.execute(update(NotificationAttempt)
                            .where(NotificationAttempt.id == attempt_id)
                            .values(status=status.value, last_error=error, tries=tries,
                                    finished_at=utcnow()))
        ATTEMPTS.labels(att.channel, status.value).inc()
        log.info("page escalation=%s channel=%s step=%d round=%d result=%s tries=%d",
                 att.escalation_id, att.channel, att.step, att.round, status.value, tries)

    async def _page(self, s: AsyncSession, att: NotificationAttempt
                    ) -> tuple[Page, dict[str, str] | None]:
        esc = await s.get(Escalation, att.escalation_id)
        school = await s.get(School, att.school_id)
        assert esc is not None and school is not None
        users = {u.id: u for u in (await s.scalars(
            select(User).where(User.id.in_(esc.paged_user_ids or [])))).all()}
        recipients = [{"id": u.id, "display_name": u.display_name, "email": u.email}
                      for u in users.values()]
        volunteer = None
        if esc.room_id:
            from app.chat.models import Room

            room = await s.get(Room, esc.room_id)
            volunteer = room.volunteer_id if room else None
        snapshot = esc.to_json()
        # The page shows the step it was fired for, even if the escalation moved on since.
        snapshot.update(step=att.step, round=att.round)
        page = Page(event=att.event, escalation=snapshot, school_id=school.id,
                    school_slug=school.slug, school_name=school.name,
                    room_volunteer_id=volunteer, recipients=recipients,
                    webhook_url=school.webhook_url, webhook_secret=school.webhook_secret)
        recipient = next((r for r in recipients if r["id"] == att.user_id), None)
        return page, recipient
