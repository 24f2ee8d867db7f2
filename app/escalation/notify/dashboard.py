"""Dashboard push: the escalation frame to every counselor and admin socket of the school
(and to the room's volunteer), through the broker."""

from __future__ import annotations

from app.chat.events import Events
from app.escalation.notify.base import Channel, Page


class Dashboard(Channel):
    name = "dashboard"

    def __init__(self, events: Events) -> None:
        self.events = events

    async def send(self, page: Page, recipient: dict[str, str] | None) -> int:
        event = "updated" if page.event == "exhausted" else page.event
        frame = {"type": "escalation", **page.escalation, "event": event}
        await self.events.to_school_staff(page.school_id, frame)
        if page.room_volunteer_id:
            await self.events.to_member(page.room_volunteer_id, frame)
        return 1
