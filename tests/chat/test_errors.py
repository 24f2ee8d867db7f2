"""Every error path of PROTOCOL.md: bad frames never kill the socket; close codes."""

from __future__ import annotations

import asyncio
import json

import pytest
from websockets.exceptions import ConnectionClosed

from tests.conftest import make_settings
from tests.helpers import make_school, make_staff, make_student, start_server, ws_client


async def _closed_with(ws, code: int) -> None:
    with pytest.raises(ConnectionClosed) as info:
        for _ in range(100):
            await asyncio.wait_for(ws.conn.recv(), 5)
    assert info.value.rcvd is not None and info.value.rcvd.code == code


async def test_bad_frames_get_error_frames_and_the_socket_stays_open(server):
    school = await make_school(server)
    student = await make_student(server, school)
    async with ws_client(server, student["token"]) as ws:
        await ws.expect("welcome")
        await ws.conn.send("this is not json")
        err = await ws.expect("error")
        assert err["code"] == "bad_json" and err["ref"] is None
        await ws.conn.send(json.dumps([1, 2, 3]))
        assert (await ws.expect("error"))["code"] == "bad_frame"
        await ws.send({"type": "dance"})
        err = await ws.expect("error")
        assert err["code"] == "unknown_type" and err["ref"] == "dance"
        await ws.send({"type": "send", "room_id": "r", "client_msg_id": "c1", "text": "   "})
        err = await ws.expect("error")
        assert err["code"] == "invalid_frame" and err["ref"] == "c1"
        await ws.send({"type": "send", "room_id": "r", "client_msg_id": "c2",
                       "text": "x" * 2001})
        assert (await ws.expect("error"))["ref"] == "c2"
        await ws.send({"type": "send", "room_id": "r", "client_msg_id": "c" * 65, "text": "x"})
        assert (await ws.expect("error"))["code"] == "invalid_frame"
        await ws.send({"type": "send", "room_id": "r", "text": "no id"})
        err = await ws.expect("error")
        assert err["code"] == "invalid_frame" and err["ref"] == "send"
        await ws.send({"type": "request_chat", "mood": 9})
        assert (await ws.expect("error"))["ref"] == "request_chat"
        await ws.send({"type": "request_chat", "message": "hi without id"})
        assert (await ws.expect("error"))["code"] == "invalid_frame"
        await ws.send({"type": "set_status", "status": "available"})
        err = await ws.expect("error")
        assert err["code"] == "not_allowed" and err["ref"] == "set_status"
        await ws.send({"type": "cancel_request"})
        assert (await ws.expect("error"))["code"] == "not_queued"
        await ws.send({"type": "send", "room_id": "nope", "client_msg_id": "c3", "text": "hi"})
        err = await ws.expect("error")
        assert err["code"] == "not_found" and err["ref"] == "c3"
        await ws.send({"type": "hello", "token": student["token"]})
        assert (await ws.expect("error"))["code"] == "bad_frame"
        await ws.send({"type": "ping"})
        await ws.expect("pong")


async def test_staff_frames_are_refused_to_the_wrong_role(server):
    school = await make_school(server)
    counselor = await make_staff(server, school, "counselor")
    async with ws_client(server, counselor["token"]) as ws:
        await ws.expect("welcome")
        await ws.send({"type": "request_chat"})
        assert (await ws.expect("error"))["code"] == "not_allowed"
        await ws.send({"type": "set_status", "status": "available"})
        assert (await ws.expect("error"))["code"] == "not_allowed"


@pytest.mark.parametrize("hello", [
    {"type": "hello", "token": "hss_not-a-real-token"},
    {"type": "hello"},
    {"type": "ping"},
])
async def test_bad_or_missing_token_closes_4401(server, hello):
    async with ws_client(server, None, hello=False) as ws:
        await ws.send(hello)
        await _closed_with(ws, 4401)


async def test_logged_out_staff_token_closes_4401(server):
    school = await make_school(server)
    vol = await make_staff(server, school)
    r = await server.http.post("/api/v1/auth/logout",
                               headers={"Authorization": f"Bearer {vol['token']}"})
    assert r.status_code == 204
    async with ws_client(server, vol["token"]) as ws:
        await _closed_with(ws, 4401)


async def test_no_hello_in_time_closes_4408(db_url):
    async with start_server(make_settings(db_url, ws_hello_timeout_s=0.3)) as server:
        async with ws_client(server, None, hello=False) as ws:
            await _closed_with(ws, 4408)


async def test_frame_too_large_closes_1008(server):
    school = await make_school(server)
    student = await make_student(server, school)
    async with ws_client(server, student["token"]) as ws:
        await ws.expect("welcome")
        await ws.send({"type": "ping", "pad": "x" * 16 * 1024})
        await _closed_with(ws, 1008)


async def test_a_16_kib_frame_is_accepted(server):
    school = await make_school(server)
    student = await make_student(server, school)
    async with ws_client(server, student["token"]) as ws:
        await ws.expect("welcome")
        frame = {"type": "ping", "pad": ""}
        frame["pad"] = "x" * (16 * 1024 - len(json.dumps(frame)))
        assert len(json.dumps(frame)) == 16 * 1024
        await ws.send(frame)
        await ws.expect("pong")


async def test_twenty_frames_a_second_are_fine_but_a_flood_closes_4429(server):
    school = await make_school(server)
    student = await make_student(server, school)
    async with ws_client(server, student["token"]) as ws:
        await ws.expect("welcome")
        for _ in range(3):
            for _ in range(20):
                await ws.send({"type": "ping"})
            for _ in range(20):
                await ws.expect("pong")
            await asyncio.sleep(1.0)
        for _ in range(400):
            await ws.send({"type": "ping"})
        await _closed_with(ws, 4429)


def test_frame_rate_is_a_moving_window_per_socket():
    from app.chat.hub import Connection, FrameRate

    rate = FrameRate(per_second=2, window_s=5)  # 10 frames in any 5 s
    a, b = Connection(None, "n"), Connection(None, "n")  # type: ignore[arg-type]
    assert all(rate.allow(a, now=100.0 + i * 0.1) for i in range(10))
    assert not rate.allow(a, now=101.0)  # an 11th inside the window
    assert rate.allow(b, now=101.0)  # another socket has its own window
    assert not rate.allow(a, now=104.9)
    assert rate.allow(a, now=105.05)  # the first frame (t=100.0) has left the window
    assert not rate.allow(a, now=105.06)
