"""Resume after a dropped connection, reloads, idempotent retries, the volunteer's grace."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import func, select

from app.chat.models import Message
from tests.conftest import make_settings
from tests.helpers import (
    WS,
    make_school,
    make_staff,
    make_student,
    online_volunteer,
    start_server,
    ws_client,
)


@contextlib.asynccontextmanager
async def chatting(server: Any, school: str) -> AsyncIterator[tuple[dict[str, str], WS,
                                                                    dict[str, str], str]]:
    async with online_volunteer(server, school) as (vol, vws):
        student = await make_student(server, school)
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "request_chat"})
            room = (await sws.expect("matched"))["room_id"]
            await vws.expect("matched", room_id=room)
            yield student, vws, vol, room


async def test_resume_replays_the_gap_in_order_then_goes_live(server):
    school = await make_school(server)
    async with online_volunteer(server, school) as (vol, vws):
        student = await make_student(server, school)
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "request_chat"})
            room = (await sws.expect("matched"))["room_id"]
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "a",
                            "text": "first"})
            await sws.expect("sent", client_msg_id="a")
        # The student's phone is in a tunnel: the volunteer keeps writing.
        for i in range(3):
            await vws.send({"type": "send", "room_id": room, "client_msg_id": f"v{i}",
                            "text": f"are you there? {i}"})
            await vws.expect("sent", client_msg_id=f"v{i}")
        async with ws_client(server, student["token"], resume={room: 1}) as sws:
            welcome = await sws.expect("welcome")
            assert welcome["rooms"] == [
                {"room_id": room, "peer_handle": vol["handle"], "status": "active",
                 "last_seq": 4, "topic": None}]
            replayed = [await sws.expect("message", room_id=room) for _ in range(3)]
            assert [m["seq"] for m in replayed] == [2, 3, 4]
            assert [m["text"] for m in replayed] == [f"are you there? {i}" for i in range(3)]
            # Replay comes right after welcome, before anything live.
            types = [f["type"] for f in sws.frames[:4]]
            assert types == ["welcome", "message", "message", "message"]
            await vws.send({"type": "send", "room_id": room, "client_msg_id": "live",
                            "text": "oh hi"})
            assert (await sws.expect("message", room_id=room))["seq"] == 5


async def test_reload_with_same_token_is_back_in_the_room(server):
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        async with ws_client(server, student["token"]) as second:
            welcome = await second.expect("welcome")
            assert [r["room_id"] for r in welcome["rooms"]] == [room]
            # Both of the student's sockets are live; each sees what the other sends.
            await second.send({"type": "send", "room_id": room, "client_msg_id": "from-2",
                               "text": "hello from the reloaded page"})
            assert (await second.expect("sent", client_msg_id="from-2"))["seq"] == 1
            msg = await vws.expect("message", room_id=room)
            assert msg["text"] == "hello from the reloaded page"


async def test_resume_of_a_too_large_gap_says_resume_unavailable(db_url):
    async with start_server(make_settings(db_url, replay_limit=2)) as server:
        school = await make_school(server)
        async with chatting(server, school) as (student, vws, vol, room):
            for i in range(3):
                await vws.send({"type": "send", "room_id": room, "client_msg_id": f"m{i}",
                                "text": f"msg {i}"})
                await vws.expect("sent", client_msg_id=f"m{i}")
            async with ws_client(server, student["token"], resume={room: 0}) as sws:
                err = await sws.expect("error", code="resume_unavailable")
                assert err["ref"] == room
                assert not sws.untaken("message")
            async with ws_client(server, student["token"], resume={room: 1}) as sws:
                assert [(await sws.expect("message"))["seq"] for _ in range(2)] == [2, 3]


async def test_retried_client_msg_id_gets_the_first_answer_never_a_twin(server):
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            frame = {"type": "send", "room_id": room, "client_msg_id": "same",
                     "text": "only once please"}
            await sws.send(frame)
            first = await sws.expect("sent", client_msg_id="same")
            await sws.send(frame)
            second = await sws.expect("sent", client_msg_id="same")
            assert first == second and first["seq"] == 1
            # A different text under the same id is still the first message.
            await sws.send({**frame, "text": "changed"})
            assert (await sws.expect("sent", client_msg_id="same"))["seq"] == 1
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "next",
                            "text": "next one"})
            assert (await sws.expect("sent", client_msg_id="next"))["seq"] == 2
        async with server.services.sessions() as s:
            count = await s.scalar(select(func.count()).select_from(Message)
                                   .where(Message.room_id == room))
        assert count == 2
        await vws.expect("message", seq=2)
        seqs = {m["seq"] for m in vws.frames if m.get("type") == "message"}
        assert seqs == {1, 2}


async def test_volunteer_blip_keeps_rooms_but_a_long_absence_expires_them(db_url):
    settings = make_settings(db_url, volunteer_grace_s=1, volunteer_room_grace_s=1,
                             presence_heartbeat_s=0.2)
    async with start_server(settings) as server:
        school = await make_school(server)
        vol = await make_staff(server, school)
        student = await make_student(server, school)
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            async with ws_client(server, vol["token"]) as vws:
                await vws.expect("welcome")
                await vws.send({"type": "set_status", "status": "available"})
                await sws.send({"type": "request_chat"})
                room = (await vws.expect("matched"))["room_id"]
            # Back within the grace period: the room is still there.
            async with ws_client(server, vol["token"]) as vws:
                welcome = await vws.expect("welcome")
                assert [r["room_id"] for r in welcome["rooms"]] == [room]
                assert not sws.untaken("room_closed")
            # Gone for longer than the grace period: the student is told.
            closed = await sws.expect("room_closed", timeout=10, room_id=room)
            assert closed["reason"] == "expired" and closed["by_role"] is None


async def test_retention_deletes_old_closed_transcripts_only(server):
    from datetime import timedelta

    from app.chat.models import Room
    from app.types import utcnow

    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, old_room):
        await vws.send({"type": "send", "room_id": old_room, "client_msg_id": "o",
                        "text": "old"})
        await vws.expect("sent", client_msg_id="o")
        await vws.send({"type": "end_chat", "room_id": old_room})
        await vws.expect("room_closed", room_id=old_room)
    async with chatting(server, school) as (student2, vws2, vol2, live_room):
        await vws2.send({"type": "send", "room_id": live_room, "client_msg_id": "l",
                         "text": "live"})
        await vws2.expect("sent", client_msg_id="l")
        async with server.services.sessions.begin() as s:
            room = await s.get(Room, old_room)
            assert room is not None
            room.closed_at = utcnow() - timedelta(days=server.settings.retention_days + 1)
        await server.services.chat.housekeeping()
        async with server.services.sessions() as s:
            left = {r: await s.scalar(select(func.count()).select_from(Message)
                                      .where(Message.room_id == r))
                    for r in (old_room, live_room)}
        assert left == {old_room: 0, live_room: 1}
        # The student resuming the purged room is told to reload, not shown a false gap.
        async with ws_client(server, student["token"], resume={old_room: 0}) as ws:
            err = await ws.expect("error", code="resume_unavailable")
            assert err["ref"] == old_room


async def test_presence_count_survives_reconnects_racing_closes(server):
    """A reconnect's socket_opened racing the old socket's socket_closed must not lose
    either: a lost decrement left a volunteer looking online (and matchable) for good."""
    from app.accounts.models import Presence
    from app.chat import presence

    school = await make_school(server)
    vol = await make_staff(server, school)
    node = "race-node"
    async with server.services.sessions.begin() as s:
        await presence.socket_opened(s, vol["id"], node)

    async def one(opened: bool) -> None:
        async with server.services.sessions.begin() as s:
            if opened:
                await presence.socket_opened(s, vol["id"], node)
            else:
                await presence.socket_closed(s, vol["id"], node)

    for _ in range(5):
        await asyncio.gather(*(one(i % 2 == 0) for i in range(20)))
    async with server.services.sessions() as s:
        row = await s.get(Presence, (vol["id"], node))
    assert row is not None and row.sockets == 1
