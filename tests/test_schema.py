"""The schema the migrations build is the one the models describe, and the message writer's
per-post lookups are served by indexes on the embedded default (app/chat/messages.py)."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

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


def _plan(url: str, sql: str) -> str:
    """SQLite's plan for one of the writer's statements."""
    conn = sqlite3.connect(url.split(":///", 1)[1])
    try:
        rows = conn.execute("EXPLAIN QUERY PLAN " + sql, ["x"] * sql.count("?")).fetchall()
    finally:
        conn.close()
    return " | ".join(row[-1] for row in rows)


# Each post looks up its client_msg_id (a retried send) and counts its sender's recent withheld
# messages (the mute): both must search an index on every column they constrain, or a post
# costs time in proportion to the room's or the sender's history.
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_writers_lookups_search_indexes_not_history(db_url: str) -> None:
    known = _plan(db_url, messages.sqlite_known_sql(2, 1, 2))
    assert "(room_id=? AND sender_id=? AND client_msg_id=?)" in known, known
    strikes = _plan(db_url, messages.sqlite_strikes_sql(2))
    assert "USING INDEX ix_messages_withheld_sender (sender_id=? AND sent_at>?)" in strikes, \
        strikes
    assert "SCAN" not in known + strikes, (known, strikes)
