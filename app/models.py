"""Every model imported in one place, so Alembic sees the whole metadata."""

from app.accounts.models import (  # noqa: F401
    AuthToken,
    CrisisResource,
    Presence,
    School,
    Shift,
    StudentSession,
    User,
)
from app.audit import AuditEvent  # noqa: F401
from app.chat.models import Feedback, Message, QueueEntry, Room, RoomMember  # noqa: F401
from app.db import Base
from app.escalation.models import Escalation, NotificationAttempt  # noqa: F401

metadata = Base.metadata
