"""A student cannot see, read or post into another's room; nobody learns it exists."""

from __future__ import annotations

from tests.chat.test_resume import chatting
from tests.helpers import make_school, make_staff, make_student, ws_client


async def test_another_student_cannot_touch_the_room(server):
    school = await make_school(server)
    async with chatting(server, school) as (alice, vws, vol, room):
        mallory = await make_student(server, school)
        auth = {"Authorization": f"Bearer {mallory['token']}"}
        async with ws_client(server, mallory["token"], resume={room: 0}) as ws:
            welcome = await ws.expect("welcome")
            assert welcome["rooms"] == []
            err = await ws.expect("error", ref=room)
            assert err["code"] == "not_found"
            await ws.send({"type": "send", "room_id": room, "client_msg_id": "x",
                           "text": "let me in"})
            assert (await ws.expect("error", ref="x"))["code"] == "not_found"
            await ws.send({"type": "typing", "room_id": room})
            assert (await ws.expect("error", ref="typing"))["code"] == "not_found"
            await ws.send({"type": "end_chat", "room_id": room})
            assert (await ws.expect("error", ref="end_chat"))["code"] == "not_found"
            assert not ws.untaken("message")
        t = await server.http.get(f"/api/v1/rooms/{room}/transcript", headers=auth)
        missing = await server.http.get("/api/v1/rooms/doesnotexist/transcript", headers=auth)
        # The answer for someone else's room is the answer for no room at all.
        assert t.status_code == missing.status_code == 404
        assert t.json() == missing.json()
        fb = await server.http.post(f"/api/v1/rooms/{room}/feedback", headers=auth,
                                    json={"rating": 5, "mood_after": 5})
        assert fb.status_code == 404
        # Nothing Mallory did reached the room.
        assert not [f for f in await vws.quiet(0.2) if f.get("type") in ("message", "typing")]


async def test_other_volunteers_and_admins_cannot_read_the_transcript(server):
    school = await make_school(server)
    async with chatting(server, school) as (alice, vws, vol, room):
        other = await make_staff(server, school)
        admin = await make_staff(server, school, "admin", on_shift=False)
        r = await server.http.get(f"/api/v1/rooms/{room}/transcript",
                                  headers={"Authorization": f"Bearer {other['token']}"})
        assert r.status_code == 404
        r = await server.http.get(f"/api/v1/rooms/{room}/transcript",
                                  headers={"Authorization": f"Bearer {admin['token']}"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        r = await server.http.get(f"/api/v1/rooms/{room}/transcript",
                                  headers={"Authorization": f"Bearer {vol['token']}"})
        assert r.status_code == 200


async def test_a_staff_member_of_another_school_sees_nothing(server):
    school = await make_school(server)
    await make_school(server, "west", "West High")
    async with chatting(server, school) as (alice, vws, vol, room):
        outsider = await make_staff(server, "west", "counselor")
        r = await server.http.get(f"/api/v1/rooms/{room}/transcript",
                                  headers={"Authorization": f"Bearer {outsider['token']}"})
        assert r.status_code == 404


async def test_feedback_rules(server):
    school = await make_school(server)
    async with chatting(server, school) as (alice, vws, vol, room):
        auth = {"Authorization": f"Bearer {alice['token']}"}
        early = await server.http.post(f"/api/v1/rooms/{room}/feedback", headers=auth,
                                       json={"rating": 5, "mood_after": 5})
        assert early.status_code == 409 and early.json()["error"]["code"] == "room_active"
        await vws.send({"type": "end_chat", "room_id": room})
        await vws.expect("room_closed", room_id=room)
        bad = await server.http.post(f"/api/v1/rooms/{room}/feedback", headers=auth,
                                     json={"rating": 6, "mood_after": 5})
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid"
        by_vol = await server.http.post(f"/api/v1/rooms/{room}/feedback",
                                        headers={"Authorization": f"Bearer {vol['token']}"},
                                        json={"rating": 5, "mood_after": 5})
        assert by_vol.status_code == 403
        ok = await server.http.post(f"/api/v1/rooms/{room}/feedback", headers=auth,
                                    json={"rating": 4, "mood_after": 3, "comment": "thanks"})
        assert ok.status_code == 201
