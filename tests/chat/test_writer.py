"""The message writer on the embedded default: written on the event loop's thread when the
database is free, handed to the writer's thread when another connection holds the lock —
and the loop keeps serving meanwhile (app/chat/writer.py)."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

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
        other = sqlite3.connect(db_url.split(":///", 1)[1], isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
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
