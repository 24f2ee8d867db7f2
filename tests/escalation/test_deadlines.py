"""Re-escalation along the chain when nobody acknowledges; the chain is a snapshot; a
step never fires before its deadline; exhausted escalations stay visible."""

from __future__ import annotations

import contextlib
from datetime import datetime

from app.accounts import service as accounts
from tests.chat.test_resume import chatting
from tests.conftest import make_settings
from tests.helpers import make_school, make_staff, start_server, ws_client


def ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def test_unacknowledged_page_moves_along_the_chain_then_repeats_then_exhausts(db_url):
    settings = make_settings(db_url, escalation_ack_high_s=1, escalation_tick_s=0.1,
                             escalation_rounds=2)
    async with start_server(settings) as server:
        school = await make_school(server)
        first = await make_staff(server, school, "counselor")
        second = await make_staff(server, school, "counselor")
        admin = await make_staff(server, school, "admin", on_shift=False)
        async with ws_client(server, admin["token"]) as aws, \
                chatting(server, school) as (student, vws, vol, room):
            await aws.expect("welcome")
            await vws.send({"type": "escalate", "room_id": room, "reason": "plan mentioned"})
            opened = await aws.expect("escalation", event="opened")
            assert opened["paged_user_ids"] == [first["id"]]
            # A shift added after opening does not change the page under way.
            late = await make_staff(server, school, "counselor")
            seen = [opened]
            for step, rnd, paged in ((2, 1, [second["id"]]), (3, 1, [admin["id"]]),
                                     (1, 2, [first["id"]]), (2, 2, [second["id"]]),
                                     (3, 2, [admin["id"]])):
                frame = await aws.expect("escalation", timeout=5, event="reescalated")
                assert (frame["step"], frame["round"], frame["paged_user_ids"]) == \
                    (step, rnd, paged)
                assert late["id"] not in frame["paged_user_ids"]
                # Never early: the previous deadline had passed when this step was made.
                assert ts(frame["deadline"]) >= ts(seen[-1]["deadline"])
                seen.append(frame)
            done = await aws.expect("escalation", timeout=5, event="updated", exhausted=True)
            assert done["status"] == "open" and done["deadline"] is None
            await server.services.escalations.audit_overdue()
            metrics = (await server.http.get("/metrics")).text
            assert "haven_escalations_exhausted 1.0" in metrics
            assert 'haven_notification_attempts_total{channel="dashboard",result="triggered"}' \
                in metrics
            # Still visible to the school's admins, and acknowledging still works.
            listed = await server.http.get("/api/v1/escalations",
                                           headers={"Authorization": f"Bearer {admin['token']}"})
            assert [e["status"] for e in listed.json()] == ["open"]
            r = await server.http.post(f"/api/v1/escalations/{opened['id']}/ack",
                                       headers={"Authorization": f"Bearer {first['token']}"})
            assert r.status_code == 200


async def test_acknowledging_stops_the_chain(db_url):
    settings = make_settings(db_url, escalation_ack_high_s=1, escalation_tick_s=0.1)
    async with start_server(settings) as server:
        school = await make_school(server)
        first = await make_staff(server, school, "counselor")
        await make_staff(server, school, "counselor")
        async with ws_client(server, first["token"]) as cws, \
                chatting(server, school) as (student, vws, vol, room):
            await cws.expect("welcome")
            await vws.send({"type": "escalate", "room_id": room, "reason": "worried"})
            page = await cws.expect("escalation", event="opened")
            r = await server.http.post(f"/api/v1/escalations/{page['id']}/ack",
                                       headers={"Authorization": f"Bearer {first['token']}"})
            assert r.status_code == 200 and r.json()["deadline"] is None
            frames = await cws.quiet(2.0)
            assert not [f for f in frames if f.get("event") == "reescalated"]


async def test_medium_risk_waits_longer_and_rises_to_high(db_url):
    settings = make_settings(db_url, escalation_ack_high_s=1, escalation_ack_medium_s=60,
                             escalation_tick_s=0.1)
    async with start_server(settings) as server:
        school = await make_school(server)
        counselor = await make_staff(server, school, "counselor")
        async with contextlib.AsyncExitStack() as stack:
            cws = await stack.enter_async_context(ws_client(server, counselor["token"]))
            await cws.expect("welcome")
            student, vws, vol, room = await stack.enter_async_context(chatting(server, school))
            sws = await stack.enter_async_context(ws_client(server, student["token"]))
            await sws.expect("welcome")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "m",
                            "text": "istg if one more thing goes wrong im done with life"})
            page = await cws.expect("escalation", event="opened")
            assert page["level"] == "medium"
            assert (ts(page["deadline"]) - ts(page["created_at"])).total_seconds() >= 59
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "h",
                            "text": "i have the pills in my hand, tonight im ending it"})
            raised = await cws.expect("escalation", event="updated")
            assert raised["level"] == "high" and raised["id"] == page["id"]
            assert (ts(raised["deadline"]) - ts(page["created_at"])).total_seconds() < 5


async def test_no_one_on_call_pages_the_admins(server):
    school = await make_school(server)
    admin = await make_staff(server, school, "admin", on_shift=False)
    off = await make_staff(server, school, "counselor", on_shift=False)
    async with server.services.sessions.begin() as s:
        await accounts.add_shift(s, email=off["email"], hours=1, on_call=True,
                                 starts_in_minutes=30)  # not yet on call
    async with ws_client(server, admin["token"]) as aws, \
            chatting(server, school) as (student, vws, vol, room):
        await aws.expect("welcome")
        await vws.send({"type": "escalate", "room_id": room, "reason": "worried"})
        page = await aws.expect("escalation", event="opened")
        assert page["paged_user_ids"] == [admin["id"]]
