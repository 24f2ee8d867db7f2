"""Which staff have an open socket, across nodes.

Each node keeps one row per (user, node) with its socket count, and a heartbeat refreshes
`seen_at` of rows with open sockets. A user is online while some row was seen within the
grace period: a dead node's rows simply age out, and a dropped socket counts as online for
the grace period so a volunteer reconnecting after a blip is still matched and keeps rooms.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, delete, exists, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from app.accounts.models import Presence, User
from app.types import utcnow


async def socket_opened(session: AsyncSession, user_id: str, node_id: str) -> None:
    """One more socket for (user, node), as one atomic upsert: a read-then-write here lost
    a concurrent socket_closed on PostgreSQL (a reconnect racing the old socket's close left
    the count at 1 for good, so the volunteer looked online forever)."""
    now = utcnow()
    dialect = session.bind.dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(Presence).values(user_id=user_id, node_id=node_id, sockets=1, seen_at=now)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=[Presence.user_id, Presence.node_id],
        set_={"sockets": Presence.sockets + 1, "seen_at": now},
    ))


async def socket_closed(session: AsyncSession, user_id: str, node_id: str) -> None:
    await session.execute(
        update(Presence)
        .where(Presence.user_id == user_id, Presence.node_id == node_id)
        .values(sockets=Presence.sockets - 1, seen_at=utcnow())
    )


async def heartbeat(session: AsyncSession, node_id: str) -> None:
    await session.execute(
        update(Presence)
        .where(Presence.node_id == node_id, Presence.sockets > 0)
        .values(seen_at=utcnow())
    )


async def release_node(session: AsyncSession, node_id: str) -> None:
    """A node stopping: its sockets are closed now, and the grace period starts (so a
    restart does not end anyone's chats); rows older than a day are dropped."""
    now = utcnow()
    await session.execute(
        update(Presence).where(Presence.node_id == node_id).values(sockets=0, seen_at=now)
    )
    await session.execute(delete(Presence).where(Presence.seen_at < now - timedelta(days=1)))


def online_clause(now: datetime, grace_s: float) -> ColumnElement[bool]:
    """SQL: the user (User.id) has had a socket open within the grace period."""
    return exists().where(
        and_(Presence.user_id == User.id, Presence.seen_at >= now - timedelta(seconds=grace_s))
    )

