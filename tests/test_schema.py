"""The schema the migrations build is the one the models describe, and the message writer's
per-post lookups are served by indexes on the embedded default (app/chat/messages.py)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from app.chat import messages
from app.db import make_engine
from app.models import metadata


async def test_migrations_build_what_the_models_describe(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        async with engine.connect() as conn:
            diffs = await conn.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c), metadata))
    finally:
        await engine.dispose()
    assert diffs == [], diffs


def _plan(url: str, stmt: object, **params: object) -> str:
    """SQLite's plan for one of the writer's statements, bound to `params`."""
    engine = create_engine(url.replace("sqlite+aiosqlite", "sqlite+pysqlite", 1))
    try:
        with engine.connect() as conn:
            compiled = stmt.params(**params).compile(  # type: ignore[attr-defined]
                dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
            args = tuple("x" for _ in compiled.positiontup)
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, args).all()
    finally:
        engine.dispose()
    return " | ".join(row[-1] for row in rows)


# Each post looks up its client_msg_id (a retried send) and counts its sender's recent withheld
# messages (the mute): both must search an index on every column they constrain, or a post
# costs time in proportion to the room's or the sender's history.
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_writers_lookups_search_indexes_not_history(db_url: str) -> None:
    known = _plan(db_url, messages._KNOWN, room_ids=["r1", "r2"], sender_ids=["s1"],
                  client_msg_ids=["c1", "c2"])
    assert "(room_id=? AND sender_id=? AND client_msg_id=?)" in known, known
    strikes = _plan(db_url, messages._STRIKES, sender_ids=["s1", "s2"], since=None)
    assert "USING INDEX ix_messages_withheld_sender (sender_id=? AND sent_at>?)" in strikes, \
        strikes
    assert "SCAN" not in known + strikes, (known, strikes)
