"""Two app nodes on one PostgreSQL and one Redis: any node may hold any socket."""

from __future__ import annotations

import contextlib

import pytest

from tests.conftest import make_settings
from tests.helpers import make_school, make_staff, make_student, start_server, ws_client
from tests.services import REDIS_URL, require

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


async def test_student_on_one_node_chats_with_volunteer_on_another(pg_url):
    require("Redis", "127.0.0.1", 6379)
    import asyncpg

    from tests.conftest import TABLES

    conn = await asyncpg.connect(pg_url.replace("postgresql+asyncpg", "postgresql"))
    await conn.execute(f"TRUNCATE {TABLES} CASCADE")
    await conn.close()
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(start_server(
            make_settings(pg_url, broker_url=REDIS_URL, node_id="node-a")))
        b = await stack.enter_async_context(start_server(
            make_settings(pg_url, broker_url=REDIS_URL, node_id="node-b")))
        school = await make_school(a)
        vol = await make_staff(b, school)
        student = await make_student(a, school)
        vws = await stack.enter_async_context(ws_client(b, vol["token"]))
        await vws.expect("welcome")
        await vws.send({"type": "set_status", "status": "available"})
        await vws.expect("status")
        sws = await stack.enter_async_context(ws_client(a, student["token"]))
        await sws.expect("welcome")
        await sws.send({"type": "request_chat", "message": "hello?", "client_msg_id": "i1"})
        room = (await sws.expect("matched"))["room_id"]
        assert (await vws.expect("message", room_id=room))["text"] == "hello?"
        await vws.send({"type": "send", "room_id": room, "client_msg_id": "v1", "text": "hi!"})
        assert (await sws.expect("message", room_id=room, seq=2))["text"] == "hi!"
        # The student's second device on node B sees what the first device sends.
        second = await stack.enter_async_context(ws_client(b, student["token"]))
        await second.expect("welcome")
        await sws.send({"type": "send", "room_id": room, "client_msg_id": "s3", "text": "ok"})
        own = await second.expect("message", room_id=room, seq=3)
        assert own["client_msg_id"] == "s3"
        assert (await vws.expect("message", room_id=room, seq=3))["text"] == "ok"
        # Node A goes away: the student reconnects to node B and resumes from seq 3.
        await vws.send({"type": "send", "room_id": room, "client_msg_id": "v4",
                        "text": "still here"})
        await vws.expect("sent", client_msg_id="v4")
        resumed = await stack.enter_async_context(ws_client(b, student["token"],
                                                            resume={room: 3}))
        assert (await resumed.expect("message", room_id=room))["seq"] == 4
        r = await a.http.get("/readyz")
        assert r.json() == {"status": "ok", "database": "ok", "broker": "ok"}
