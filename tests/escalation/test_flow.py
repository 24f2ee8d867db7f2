"""The escalation flow over real sockets: page, acknowledge, join, whisper, resolve."""

from __future__ import annotations

from sqlalchemy import select

from app.audit import AuditEvent
from app.escalation.models import NotificationAttempt
from tests.chat.test_resume import chatting
from tests.helpers import eventually, make_school, make_staff, ws_client

HIGH_RISK = "i have the pills in my hand, tonight im ending it"


def auth(user: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {user['token']}"}


async def test_flagged_message_pages_the_counselor_who_acks_joins_whispers_resolves(server):
    school = await make_school(server)
    counselor = await make_staff(server, school, "counselor", name="Ms Rivera")
    other = await make_staff(server, school, "counselor", name="Mr Chen")
    admin = await make_staff(server, school, "admin", on_shift=False)
    async with ws_client(server, counselor["token"]) as cws, \
            chatting(server, school) as (student, vws, vol, room):
        await cws.expect("welcome")
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "r",
                            "text": HIGH_RISK})
            page = await cws.expect("escalation", event="opened")
            assert page["room_id"] == room and page["level"] == "high"
            assert page["category"] == "self_harm" and page["source"] == "auto"
            assert page["status"] == "open" and (page["step"], page["round"]) == (1, 1)
            assert page["paged_user_ids"] == [counselor["id"]]
            assert page["deadline"] > page["created_at"]
            # The volunteer sees their room's escalation state.
            assert (await vws.expect("escalation", event="opened"))["id"] == page["id"]
            assert not [f for f in await sws.quiet(0.2) if f["type"] == "escalation"]

            listed = await server.http.get("/api/v1/escalations", headers=auth(counselor))
            assert [e["id"] for e in listed.json()] == [page["id"]]
            # Admins see the list; volunteers may not acknowledge.
            assert (await server.http.get("/api/v1/escalations",
                                          headers=auth(admin))).status_code == 200
            r = await server.http.post(f"/api/v1/escalations/{page['id']}/ack",
                                       headers=auth(vol))
            assert r.status_code == 403

            r = await server.http.post(f"/api/v1/escalations/{page['id']}/ack",
                                       headers=auth(counselor))
            assert r.status_code == 200
            assert r.json()["status"] == "acknowledged"
            assert r.json()["acknowledged_by"] == counselor["id"]
            assert r.json()["acknowledged_by_name"] == "Ms Rivera"
            assert (await cws.expect("escalation", event="acknowledged"))["id"] == page["id"]
            await vws.expect("escalation", event="acknowledged")
            second = await server.http.post(f"/api/v1/escalations/{page['id']}/ack",
                                            headers=auth(other))
            assert second.status_code == 409
            assert second.json()["error"] == {"code": "already_acknowledged",
                                              "message": "Ms Rivera already acknowledged this."}
            again = await server.http.post(f"/api/v1/escalations/{page['id']}/ack",
                                           headers=auth(counselor))
            assert again.status_code == 200

            await cws.send({"type": "join", "room_id": room})
            joined = await sws.expect("participant", room_id=room)
            assert joined == {"type": "participant", "room_id": room, "event": "joined",
                              "role": "counselor", "handle": "Ms Rivera"}
            await vws.expect("participant", room_id=room, event="joined")
            assert (await cws.expect("escalation", event="joined"))["status"] == "joined"

            await cws.send({"type": "send", "room_id": room, "client_msg_id": "c1",
                            "text": "Hi, I'm Ms Rivera, a counselor. I'm here with you."})
            assert (await cws.expect("sent", client_msg_id="c1"))["seq"] == 2
            got = await sws.expect("message", room_id=room, seq=2)
            assert got["sender_role"] == "counselor"

            await cws.send({"type": "whisper", "room_id": room, "client_msg_id": "w1",
                            "text": "Ask whether the pills are still within reach."})
            ack = await cws.expect("sent", client_msg_id="w1")
            assert ack["seq"] is None
            whisper = await vws.expect("whisper", room_id=room)
            assert whisper["text"] == "Ask whether the pills are still within reach."
            assert whisper["from_handle"] == "Ms Rivera"
            await sws.send({"type": "ping"})
            await sws.expect("pong")
            assert not [f for f in sws.frames if f["type"] == "whisper"]
            assert all("pills are still" not in str(f) for f in sws.frames)

        st = await server.http.get(f"/api/v1/rooms/{room}/transcript", headers=auth(student))
        assert all(not m.get("whisper") for m in st.json()["messages"])
        assert all("pills are still" not in m["text"] for m in st.json()["messages"])
        vt = await server.http.get(f"/api/v1/rooms/{room}/transcript", headers=auth(vol))
        whispers = [m for m in vt.json()["messages"] if m.get("whisper")]
        assert len(whispers) == 1 and whispers[0]["seq"] is None
        ot = await server.http.get(f"/api/v1/rooms/{room}/transcript", headers=auth(other))
        assert ot.status_code == 200  # any counselor of the school, once escalated
        at = await server.http.get(f"/api/v1/rooms/{room}/transcript", headers=auth(admin))
        assert at.status_code == 403

        r = await server.http.post(f"/api/v1/escalations/{page['id']}/resolve",
                                   headers=auth(counselor), json={"note": "safety plan made"})
        assert r.status_code == 200 and r.json()["status"] == "resolved"
        r = await server.http.post(f"/api/v1/escalations/{page['id']}/resolve",
                                   headers=auth(counselor), json={"note": "again"})
        assert r.status_code == 409
        assert (await server.http.get("/api/v1/escalations",
                                      headers=auth(counselor))).json() == []
        resolved = await server.http.get("/api/v1/escalations?status=resolved",
                                         headers=auth(counselor))
        assert [e["id"] for e in resolved.json()] == [page["id"]]

    async with server.services.sessions() as s:
        actions = [(a.action, a.actor_id) for a in (await s.scalars(
            select(AuditEvent).order_by(AuditEvent.at))).all()]
        attempts = (await s.scalars(select(NotificationAttempt))).all()
    assert ("escalation.opened", None) in actions
    assert ("escalation.acknowledged", counselor["id"]) in actions
    assert ("room.joined", counselor["id"]) in actions
    assert ("escalation.resolved", counselor["id"]) in actions
    assert sum(1 for a, who in actions if a == "transcript.read") == 1  # `other` read it
    assert [(a.channel, a.status) for a in attempts] == [("dashboard", "succeeded")]


async def test_join_acknowledges_an_open_escalation(server):
    school = await make_school(server)
    counselor = await make_staff(server, school, "counselor")
    async with ws_client(server, counselor["token"]) as cws, \
            chatting(server, school) as (student, vws, vol, room):
        await cws.expect("welcome")
        await vws.send({"type": "escalate", "room_id": room,
                        "reason": "student mentioned a plan"})
        page = await cws.expect("escalation", event="opened")
        assert (page["level"], page["category"], page["source"]) == ("high", "manual",
                                                                     "volunteer")
        assert page["reason"] == "student mentioned a plan"
        await cws.send({"type": "join", "room_id": room})
        joined = await cws.expect("escalation", event="joined")
        assert joined["acknowledged_by"] == counselor["id"] and joined["status"] == "joined"


async def test_a_student_can_ask_for_a_counselor_and_it_does_not_page_twice(server):
    school = await make_school(server)
    counselor = await make_staff(server, school, "counselor")
    async with ws_client(server, counselor["token"]) as cws, \
            chatting(server, school) as (student, vws, vol, room):
        await cws.expect("welcome")
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "escalate", "room_id": room,
                            "reason": "can i talk to a real counselor"})
            page = await cws.expect("escalation", event="opened")
            assert page["source"] == "student" and page["level"] == "high"
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "r",
                            "text": HIGH_RISK})
            await sws.expect("sent", client_msg_id="r")
            await vws.expect("risk_alert", room_id=room)
        frames = await cws.quiet(0.5)
        assert not [f for f in frames if f.get("event") == "opened"]
        listed = await server.http.get("/api/v1/escalations", headers=auth(counselor))
        assert len(listed.json()) == 1


async def test_counselor_reconnecting_gets_the_open_list(server):
    school = await make_school(server)
    counselor = await make_staff(server, school, "counselor")
    async with chatting(server, school) as (student, vws, vol, room):
        await vws.send({"type": "escalate", "room_id": room, "reason": "worried"})

        async def opened() -> bool:
            r = await server.http.get("/api/v1/escalations", headers=auth(counselor))
            return bool(r.json())

        assert await eventually(opened)
        async with ws_client(server, counselor["token"]) as cws:
            welcome = await cws.expect("welcome")
            esc = await cws.expect("escalation", event="updated")
            assert esc["room_id"] == room
            assert cws.frames.index(welcome) < cws.frames.index(esc)


async def test_authorisation_across_roles_and_schools(server):
    school = await make_school(server)
    await make_school(server, "west", "West High")
    counselor = await make_staff(server, school, "counselor")
    outsider = await make_staff(server, "west", "counselor")
    async with chatting(server, school) as (student, vws, vol, room):
        await vws.send({"type": "escalate", "room_id": room, "reason": "worried"})

        async def listed() -> list:
            r = await server.http.get("/api/v1/escalations", headers=auth(counselor))
            return r.json()

        esc_id = (await eventually(listed))[0]["id"]
        assert (await server.http.get("/api/v1/escalations",
                                      headers=auth(outsider))).json() == []
        r = await server.http.post(f"/api/v1/escalations/{esc_id}/ack", headers=auth(outsider))
        assert r.status_code == 404
        r = await server.http.get(f"/api/v1/rooms/{room}/transcript", headers=auth(outsider))
        assert r.status_code == 404
        async with ws_client(server, outsider["token"]) as ows:
            await ows.expect("welcome")
            assert not ows.untaken("escalation")
            await ows.send({"type": "join", "room_id": room})
            assert (await ows.expect("error", ref="join"))["code"] == "not_found"
        r = await server.http.get("/api/v1/escalations", headers=auth(vol))
        assert r.status_code == 403
        r = await server.http.get("/api/v1/escalations?status=bogus", headers=auth(counselor))
        assert r.status_code == 422
        student_auth = {"Authorization": f"Bearer {student['token']}"}
        r = await server.http.get("/api/v1/escalations", headers=student_auth)
        assert r.status_code == 403
        # A volunteer cannot whisper or join.
        await vws.send({"type": "whisper", "room_id": room, "client_msg_id": "w", "text": "x"})
        assert (await vws.expect("error", ref="w"))["code"] == "not_allowed"
        await vws.send({"type": "join", "room_id": room})
        assert (await vws.expect("error", ref="join"))["code"] == "not_allowed"
