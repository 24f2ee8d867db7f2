"""Queue and matching: eligibility, fairness, positions, cancelling, and concurrency."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import defaultdict

from sqlalchemy import select

from app.chat.models import QueueEntry, Room
from tests.conftest import make_settings
from tests.helpers import (
    make_school,
    make_staff,
    make_student,
    online_volunteer,
    start_server,
    ws_client,
)


async def test_positions_update_and_cancel_moves_everyone_up(server):
    school = await make_school(server)
    students = [await make_student(server, school) for _ in range(3)]
    async with contextlib.AsyncExitStack() as stack:
        sockets = [await stack.enter_async_context(ws_client(server, s["token"]))
                   for s in students]
        for i, ws in enumerate(sockets):
            await ws.expect("welcome")
            await ws.send({"type": "request_chat", "topic": "friends"})
            q = await ws.expect("queued")
            assert q["position"] == i + 1
            assert q["estimated_wait_s"] is None  # nobody on shift: no honest estimate
        await sockets[0].send({"type": "cancel_request"})
        await sockets[0].expect("request_cancelled")
        assert (await sockets[1].expect("queued"))["position"] == 1
        assert (await sockets[2].expect("queued"))["position"] == 2
        # A reloaded page learns where it stands from the welcome.
        async with ws_client(server, students[2]["token"]) as again:
            welcome = await again.expect("welcome")
            assert welcome["queue"] == {"position": 2, "estimated_wait_s": None}
        # Asking twice while waiting is answered, not duplicated.
        await sockets[1].send({"type": "request_chat"})
        assert (await sockets[1].expect("queued"))["position"] == 1
        async with server.services.sessions() as s:
            waiting = (await s.scalars(select(QueueEntry).where(
                QueueEntry.status == "waiting"))).all()
        assert len(waiting) == 2
        # A volunteer with room for one arrives: the head is matched first.
        async with online_volunteer(server, school, max_chats=1) as (vol, vws):
            m = await sockets[1].expect("matched")
            assert (await vws.expect("matched"))["room_id"] == m["room_id"]
            assert (await sockets[2].expect("queued", timeout=5, position=1))


async def test_only_eligible_volunteers_are_matched(server):
    school = await make_school(server)
    uncertified = await make_staff(server, school, certified=False)
    off_shift = await make_staff(server, school, on_shift=False)
    away = await make_staff(server, school)
    offline = await make_staff(server, school)
    await server.http.post("/api/v1/auth/login",
                           json={"email": offline["email"], "password": offline["password"]})
    student = await make_student(server, school)
    async with contextlib.AsyncExitStack() as stack:
        for vol, status in ((uncertified, "available"), (off_shift, "available"),
                            (away, "away")):
            ws = await stack.enter_async_context(ws_client(server, vol["token"]))
            await ws.expect("welcome")
            await ws.send({"type": "set_status", "status": status})
            await ws.expect("status")
        sws = await stack.enter_async_context(ws_client(server, student["token"]))
        await sws.expect("welcome")
        await sws.send({"type": "request_chat"})
        await sws.expect("queued")
        await asyncio.sleep(0.5)
        assert not sws.untaken("matched")
        info = (await server.http.get(f"/api/v1/schools/{school}")).json()
        assert info["volunteers_available"] is False
        async with online_volunteer(server, school) as (good, gws):
            assert (await sws.expect("matched"))["peer_handle"] == good["handle"]


async def test_fewest_active_rooms_then_longest_idle(server):
    school = await make_school(server)
    async with online_volunteer(server, school, max_chats=3) as (a, aws):
        async with online_volunteer(server, school, max_chats=3) as (b, bws):
            got = []
            async with contextlib.AsyncExitStack() as stack:
                for _ in range(4):
                    st = await make_student(server, school)
                    ws = await stack.enter_async_context(ws_client(server, st["token"]))
                    await ws.expect("welcome")
                    await ws.send({"type": "request_chat"})
                    got.append((await ws.expect("matched"))["peer_handle"])
            # Both idle: one, then the other (fewest rooms); then the one idle longest,
            # then the one with fewer rooms.
            assert {got[0], got[1]} == {a["handle"], b["handle"]}
            assert got[2:] == got[:2]


async def test_sixty_students_eight_volunteers_each_matched_once_never_over_limit(db_url):
    """60 students and 8 volunteers (limit 2) arrive at once; volunteers end chats after a
    short talk, so rooms free up; every student is matched exactly once."""
    async with start_server(make_settings(db_url)) as server:
        school = await make_school(server)
        vols = [await make_staff(server, school, max_chats=2) for _ in range(8)]
        students = [await make_student(server, school) for _ in range(60)]
        matched: dict[str, list[str]] = defaultdict(list)  # student token -> room ids
        load: dict[str, int] = defaultdict(int)
        peak: dict[str, int] = defaultdict(int)
        done = asyncio.Event()
        rng = random.Random(7)

        async def volunteer(v: dict[str, str]) -> None:
            async with ws_client(server, v["token"]) as ws:
                await ws.expect("welcome")
                await ws.send({"type": "set_status", "status": "available"})
                ends: set[asyncio.Task[None]] = set()

                async def end_later(room_id: str) -> None:
                    await asyncio.sleep(rng.uniform(0.01, 0.08))
                    await ws.send({"type": "end_chat", "room_id": room_id})

                while not done.is_set():
                    # Frames in arrival order: a room counts from matched to room_closed.
                    try:
                        frame = await ws._receive(0.5)
                    except TimeoutError:
                        continue
                    if frame["type"] == "matched":
                        load[v["id"]] += 1
                        peak[v["id"]] = max(peak[v["id"]], load[v["id"]])
                        ends.add(asyncio.create_task(end_later(frame["room_id"])))
                    elif frame["type"] == "room_closed":
                        load[v["id"]] -= 1
                await asyncio.gather(*ends)

        async def student(s: dict[str, str]) -> None:
            async with ws_client(server, s["token"]) as ws:
                await ws.expect("welcome")
                await ws.send({"type": "request_chat"})
                frame = await ws.expect("matched", timeout=60)
                matched[s["token"]].append(frame["room_id"])
                await ws.expect("room_closed", timeout=60, room_id=frame["room_id"])
                extra = [f for f in await ws.quiet(0.05) if f.get("type") == "matched"]
                matched[s["token"]].extend(f["room_id"] for f in extra)

        vol_tasks = [asyncio.create_task(volunteer(v)) for v in vols]
        await asyncio.sleep(0.3)
        await asyncio.wait_for(asyncio.gather(*(student(s) for s in students)), 120)
        done.set()
        await asyncio.gather(*vol_tasks)

        assert len(matched) == 60
        assert all(len(rooms) == 1 for rooms in matched.values())
        assert max(peak.values()) <= 2
        # The database agrees: no volunteer ever had more than 2 rooms open at once.
        async with server.services.sessions() as s:
            rooms = (await s.scalars(select(Room))).all()
        assert len(rooms) == 60
        assert len({r.student_id for r in rooms}) == 60
        by_vol: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for r in rooms:
            assert r.closed_at is not None
            by_vol[r.volunteer_id].append((r.created_at.timestamp(), 1))
            by_vol[r.volunteer_id].append((r.closed_at.timestamp(), -1))
        for events in by_vol.values():
            open_now = 0
            for _, delta in sorted(events, key=lambda e: (e[0], e[1])):
                open_now += delta
                assert open_now <= 2
        assert len(by_vol) == 8  # every volunteer took chats


async def test_volunteers_see_the_queue_length(server):
    school = await make_school(server)
    async with online_volunteer(server, school, max_chats=1) as (vol, vws):
        welcome = vws.frames[0]
        assert welcome["type"] == "welcome" and welcome["queue_length"] == 0
        students = [await make_student(server, school) for _ in range(3)]
        async with contextlib.AsyncExitStack() as stack:
            for s in students:
                ws = await stack.enter_async_context(ws_client(server, s["token"]))
                await ws.expect("welcome")
                await ws.send({"type": "request_chat"})
                await ws.expect("queued")
            # One is matched at once (limit 1); two wait.
            await vws.expect("matched")
            lengths = [f["waiting"] for f in vws.frames if f.get("type") == "queue"]
            lengths += [f["waiting"] for f in await vws.quiet(0.3) if f.get("type") == "queue"]
            assert lengths[-1] == 2
            async with ws_client(server, vol["token"]) as again:
                assert (await again.expect("welcome"))["queue_length"] == 2
