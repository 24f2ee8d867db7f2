"""The services of one running app, built in main.py's lifespan and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.chat.broker import Broker
from app.chat.hub import Hub
from app.chat.service import ChatService
from app.config import Settings
from app.escalation.service import EscalationService


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    broker: Broker
    chat: ChatService
    hub: Hub
    limiter: MovingWindowRateLimiter
    limiter_storage: Storage
    escalations: EscalationService
