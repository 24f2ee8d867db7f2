"""The message writer on the embedded default: written on the event loop's thread when the
database is free, handed to the writer's thread when another connection holds the lock —
and the loop keeps serving meanwhile (app/chat/writer.py)."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import fields

import pytest

from app.chat.messages import Posted, PostRequest, StoredMessage
from app.chat.models import Message
from tests.chat.test_resume import chatting
from tests.helpers import make_school


# SQLite's write lock only: PostgreSQL writes through the async session.
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_locked_database_waits_on_the_writer_thread_not_the_loop(server, db_url):
    writer = server.services.chat.writer
    school = await make_school(server)
    async with chatting(server, school) as (_student, vws, _vol, room):
        # Free: written on the loop's thread (unless the janitor or matching happened to
        # hold the lock at that instant: then on the writer's thread, which is also right).
        for i in range(1, 6):
            await vws.send({"type": "send", "room_id": room, "client_msg_id": f"free{i}",
                            "text": "nobody else is writing"})
            assert (await vws.expect("sent", client_msg_id=f"free{i}"))["seq"] == i
        assert writer.inline_batches >= 1, (writer.inline_batches, writer.thread_batches)
        handed = writer.thread_batches

        # Another process holds the write lock (a CLI command, a backup tool...).
        # Taken on a thread of its own, as that other process would: the server shares this
        # test's event loop, and a server transaction that holds the lock at this instant
        # (the janitor, matching) needs the loop to commit. Waiting for the lock on the
        # loop's thread would deadlock with it until sqlite3's 5 s timeout.
        other = sqlite3.connect(db_url.split(":///", 1)[1], isolation_level=None,
                                timeout=30, check_same_thread=False)
        await asyncio.to_thread(other.execute, "BEGIN IMMEDIATE")
        try:
            await vws.send({"type": "send", "room_id": room, "client_msg_id": "locked",
                            "text": "written once the lock is gone"})
            # The loop is not stuck behind the lock: pings are answered meanwhile.
            for _ in range(3):
                await vws.send({"type": "ping"})
                await vws.expect("pong", timeout=1.0)
            await asyncio.sleep(0.3)
            assert not vws.untaken("sent")
            assert writer.thread_batches == handed + 1
        finally:
            other.execute("ROLLBACK")
            other.close()
        sent = await vws.expect("sent", client_msg_id="locked")
        assert sent["seq"] == 6


# The embedded writer stores through plain sqlite3 statements (messages._SqliteStatements);
# the rest of Haven reads through the ORM. Both must see the same values.
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_the_sqlite_statements_store_and_read_what_the_orm_does(server, db_url):
    writer = server.services.chat.writer
    school = await make_school(server)
    async with chatting(server, school) as (_student, _vws, vol, room):
        verdict = {"risk": "low", "categories": {"distress": 0.52}, "signals": ["ds_low:sad"],
                   "reason": None}
        req = PostRequest(room, vol["id"], "same-values", "hello, é and 💊 too",
                          verdict=verdict)
        first = (await writer._post_many([req]))[0]
        again = (await writer._post_many([req]))[0]  # a retried send
        assert isinstance(first, Posted) and isinstance(again, Posted)
        assert first.created and not again.created
        assert again.message == first.message  # read back by the plain statements
        async with server.services.sessions() as s:
            row = await s.get(Message, first.message.id)
        assert row is not None
        stored = {f.name: getattr(first.message, f.name) for f in fields(StoredMessage)}
        assert {name: getattr(row, name) for name in stored} == stored
        assert row.sent_at.tzinfo is not None and row.verdict == verdict
        assert row.whisper is False and row.withheld is False and row.seq == 1
