"""The notifier contract: a channel sends one page and raises if it could not.

A page carries the escalation object, never message text or anything about the student.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Page:
    event: str  # "opened" | "reescalated" | "exhausted"
    escalation: dict[str, Any]
    school_id: str
    school_slug: str
    school_name: str
    room_volunteer_id: str | None = None
    recipients: list[dict[str, str]] = field(default_factory=list)  # id, display_name, email
    webhook_url: str | None = None
    webhook_secret: str | None = None


class DeliveryError(Exception):
    """The channel tried and failed; the message says why (no personal data)."""

    def __init__(self, message: str, tries: int = 1) -> None:
        super().__init__(message)
        self.tries = tries


class Channel(ABC):
    name: str
    per_recipient: bool = False

    def wanted(self, page: Page) -> bool:
        return True

    @abstractmethod
    async def send(self, page: Page, recipient: dict[str, str] | None) -> int:
        """Deliver; return how many tries it took. Raise DeliveryError on failure."""
