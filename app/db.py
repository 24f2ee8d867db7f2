"""Async engine, session factory and declarative Base.

SQLite (embedded default) runs in WAL mode with one pooled connection and BEGIN IMMEDIATE
transactions, so every transaction of the process is serialised: matching and sequence
numbering are atomic without row locks. PostgreSQL uses a normal pool and row locks
(see app/chat/matching.py and app/chat/messages.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, MetaData, Select, create_engine, event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Session

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _sqlite_transactions(sync_engine: Engine, *, busy_timeout_ms: int = 10000,
                         wal_autocheckpoint: bool = True) -> None:
    """WAL, and BEGIN IMMEDIATE for every transaction (the database write lock at once)."""

    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take over transaction control from the driver so BEGIN IMMEDIATE can be used.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if not wal_autocheckpoint:
            cur.execute("PRAGMA wal_autocheckpoint=0")
        cur.close()

    @event.listens_for(sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Readers (see `readers`) begin deferred: in WAL mode they neither take nor wait for
        # the write lock, so a periodic check does not hold up the message writer.
        if conn.get_execution_options().get("haven_read_only"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kw: Any) -> AsyncEngine:
    if url.startswith("sqlite"):
        engine = create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=60, **kw)
        _sqlite_transactions(engine.sync_engine)
        return engine
    return create_async_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True, **kw)


def make_sync_sqlite_engine(url: str, *, busy_timeout_ms: int = 10000,
                            wal_autocheckpoint: bool = True) -> Engine:
    """A synchronous engine on the same SQLite file, for work done in one hop
    (app/chat/writer.py): aiosqlite makes every cursor call a thread hop. With
    busy_timeout_ms=0 a locked database fails at once instead of waiting, which is what the
    event loop's own thread needs (it must never wait for a lock another of its tasks holds)."""
    engine = create_engine(url.replace("sqlite+aiosqlite", "sqlite+pysqlite", 1),
                           pool_size=1, max_overflow=0,
                           connect_args={"check_same_thread": False})
    _sqlite_transactions(engine, busy_timeout_ms=busy_timeout_ms,
                         wal_autocheckpoint=wal_autocheckpoint)
    return engine


def for_update(session: AsyncSession | Session, stmt: Select[Any], *, skip_locked: bool = False
               ) -> Select[Any]:
    """Row locks on PostgreSQL; on SQLite the transaction already holds the database's write
    lock (BEGIN IMMEDIATE), so the statement is returned as it is."""
    if session.bind.dialect.name == "sqlite":
        return stmt
    return stmt.with_for_update(skip_locked=skip_locked)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def readers(sessions: async_sessionmaker[AsyncSession]) -> async_sessionmaker[AsyncSession]:
    """Sessions for reading only, on the same engine and pool. On SQLite they begin deferred
    instead of taking the write lock (BEGIN IMMEDIATE) as every other transaction does: the
    once-a-second "is anything due?" checks then never make the message writer wait. Writing
    in one is a bug (on SQLite it may fail with "database is locked")."""
    engine = sessions.kw["bind"]
    return async_sessionmaker(engine.execution_options(haven_read_only=True),
                              expire_on_commit=False)
