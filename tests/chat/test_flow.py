"""The whole chat flow over real WebSocket connections against a running server."""

from __future__ import annotations

from tests.helpers import make_school, make_student, online_volunteer, ws_client


async def test_student_and_volunteer_chat_end_to_end(server):
    school = await make_school(server)
    async with online_volunteer(server, school) as (vol, vws):
        info = (await server.http.get(f"/api/v1/schools/{school}")).json()
        assert info["volunteers_available"] is True
        assert info["crisis_resources"][0]["contact"] == "Call 988"

        student = await make_student(server, school)
        async with ws_client(server, student["token"]) as sws:
            welcome = await sws.expect("welcome")
            assert welcome["role"] == "student" and welcome["handle"] == student["handle"]
            assert welcome["rooms"] == []
            await sws.send({"type": "request_chat", "topic": "school", "mood": 2,
                            "message": "hi, rough week", "client_msg_id": "intake-1"})
            sent = await sws.expect("sent", client_msg_id="intake-1")
            assert sent["room_id"] is None and sent["seq"] is None
            queued = await sws.expect("queued")
            assert queued["position"] == 1
            matched = await sws.expect("matched")
            room = matched["room_id"]
            assert matched["peer_handle"] == vol["handle"] and matched["role"] == "volunteer"
            vmatched = await vws.expect("matched", room_id=room)
            assert vmatched["peer_handle"] == student["handle"]
            assert vmatched["role"] == "student"

            intake = await vws.expect("message", room_id=room)
            assert (intake["seq"], intake["text"]) == (1, "hi, rough week")
            assert "client_msg_id" not in intake
            own = await sws.expect("message", room_id=room)
            assert own["seq"] == 1 and own["client_msg_id"] == "intake-1"

            await vws.send({"type": "send", "room_id": room, "client_msg_id": "v1",
                            "text": "Hi, I'm here. What happened?"})
            assert (await vws.expect("sent", client_msg_id="v1"))["seq"] == 2
            got = await sws.expect("message", room_id=room)
            assert got["seq"] == 2 and got["sender_role"] == "volunteer"
            assert got["sender_handle"] == vol["handle"]
            assert got["text"] == "Hi, I'm here. What happened?"
            assert got["sent_at"].endswith("Z")

            await sws.send({"type": "typing", "room_id": room})
            typing = await vws.expect("typing", room_id=room)
            assert typing["handle"] == student["handle"]

            await sws.send({"type": "send", "room_id": room, "client_msg_id": "s2",
                            "text": "exams and my parents"})
            assert (await sws.expect("sent", client_msg_id="s2"))["seq"] == 3
            assert (await vws.expect("message", room_id=room))["seq"] == 3
            # The sending socket gets no `message` for its own send.
            assert not [f for f in await sws.quiet(0.2) if f.get("type") == "message"]

            await sws.send({"type": "ping"})
            await sws.expect("pong")

            await sws.send({"type": "end_chat", "room_id": room})
            closed = await sws.expect("room_closed", room_id=room)
            assert closed["reason"] == "ended" and closed["by_role"] == "student"
            vclosed = await vws.expect("room_closed", room_id=room)
            assert vclosed["by_role"] == "student"

            auth = {"Authorization": f"Bearer {student['token']}"}
            t = await server.http.get(f"/api/v1/rooms/{room}/transcript", headers=auth)
            assert t.status_code == 200
            assert [m["seq"] for m in t.json()["messages"]] == [1, 2, 3]

            fb = await server.http.post(f"/api/v1/rooms/{room}/feedback", headers=auth,
                                        json={"rating": 5, "mood_after": 4})
            assert fb.status_code == 201
            again = await server.http.post(f"/api/v1/rooms/{room}/feedback", headers=auth,
                                           json={"rating": 1, "mood_after": 1})
            assert again.status_code == 409
            assert again.json()["error"]["code"] == "feedback_exists"
