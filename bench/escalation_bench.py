#!/usr/bin/env python3
"""Escalation benchmark: flagged message -> counselor's escalation frame, and how close to
its deadline a re-escalation fires. A script that prints figures, not a test.

Starts `haven serve` on a fresh embedded database, opens N rooms, has each student send a
high-risk message at a steady pace, and measures on a counselor's dashboard socket:
  * page latency: student's send -> the counselor's `escalation` frame (event opened);
  * re-escalation: the `reescalated` frame's arrival minus the step's deadline (never
    negative = never early), with HAVEN_ESCALATION_ACK_HIGH_S short so it happens here.
Targets (issue 4): page p99 <= 1 s on one node; re-escalation no earlier than the
deadline and p99 within 2 s after it.

    .venv/bin/python bench/escalation_bench.py [--rooms 50] [--ack 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import httpx
from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.accounts import service as accounts  # noqa: E402
from app.cli import migrate  # noqa: E402
from app.config import Settings  # noqa: E402
from app.db import make_engine, make_sessionmaker  # noqa: E402

RISK = "i have the pills in my hand, tonight im ending it"
PASSWORD = "bench-password-1"


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def seed(url: str, volunteers: int, per_volunteer: int) -> None:
    engine = make_engine(url)
    async with make_sessionmaker(engine).begin() as s:
        await accounts.create_school(s, "bench", "Bench High")
        for email in ("c1@bench.test", "c2@bench.test"):
            await accounts.create_user(s, school_slug="bench", role="counselor", email=email,
                                       password=PASSWORD)
            await accounts.add_shift(s, email=email, hours=2, on_call=True, starts_in_minutes=-1)
        for i in range(volunteers):
            email = f"v{i}@bench.test"
            await accounts.create_user(s, school_slug="bench", role="volunteer", email=email,
                                       password=PASSWORD, certified=True,
                                       max_chats=per_volunteer)
            await accounts.add_shift(s, email=email, hours=2, on_call=False,
                                     starts_in_minutes=-1)
    await engine.dispose()


async def recv_until(ws, pred, timeout: float = 30.0) -> dict:
    end = time.monotonic() + timeout
    while True:
        frame = json.loads(await asyncio.wait_for(ws.recv(), max(0.01, end - time.monotonic())))
        if pred(frame):
            return frame


async def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rooms", type=int, default=50)
    ap.add_argument("--ack", type=int, default=5, help="HAVEN_ESCALATION_ACK_HIGH_S")
    ap.add_argument("--pace", type=float, default=0.05, help="seconds between flagged sends")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="haven-esc-bench-"))
    url = f"sqlite+aiosqlite:///{tmp}/bench.db"
    await asyncio.to_thread(migrate, Settings(database_url=url, environment="test",
                                              secret_key="bench-secret-key"))
    per = 10
    volunteers = (args.rooms + per - 1) // per
    await seed(url, volunteers, per)
    port = free_port()
    env = {**os.environ, "HAVEN_DATABASE_URL": url, "HAVEN_ENVIRONMENT": "test",
           "HAVEN_SECRET_KEY": "bench-secret-key", "HAVEN_ESCALATION_ACK_HIGH_S": str(args.ack),
           "HAVEN_WS_FRAMES_PER_SECOND": "1000"}
    proc = subprocess.Popen([str(ROOT / ".venv/bin/haven"), "serve", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    ws_url = f"ws://127.0.0.1:{port}/ws"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            for _ in range(300):
                try:
                    if (await http.get("/healthz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    await asyncio.sleep(0.1)

            async def login(email: str) -> str:
                r = await http.post("/api/v1/auth/login", json={"email": email,
                                                                "password": PASSWORD})
                return r.json()["token"]

            counselor = await connect(ws_url, max_size=2**24)
            token = await login("c1@bench.test")
            await counselor.send(json.dumps({"type": "hello", "token": token}))
            await recv_until(counselor, lambda f: f["type"] == "welcome")
            vols = []
            for i in range(volunteers):
                ws = await connect(ws_url)
                await ws.send(json.dumps({"type": "hello",
                                          "token": await login(f"v{i}@bench.test")}))
                await ws.send(json.dumps({"type": "set_status", "status": "available"}))
                vols.append(ws)
            students = []
            for _ in range(args.rooms):
                token = (await http.post("/api/v1/students/sessions",
                                         json={"school": "bench"})).json()["token"]
                ws = await connect(ws_url)
                await ws.send(json.dumps({"type": "hello", "token": token}))
                await ws.send(json.dumps({"type": "request_chat"}))
                room = (await recv_until(ws, lambda f: f["type"] == "matched"))["room_id"]
                students.append((ws, room))

            sent_at: dict[str, float] = {}
            opened: dict[str, tuple[float, dict]] = {}
            reesc: dict[str, tuple[float, dict]] = {}

            async def watch() -> None:
                while len(reesc) < args.rooms:
                    frame = json.loads(await counselor.recv())
                    now = time.time()
                    if frame.get("type") != "escalation":
                        continue
                    if frame["event"] == "opened":
                        opened[frame["room_id"]] = (now, frame)
                    elif frame["event"] == "reescalated" and frame["room_id"] not in reesc:
                        reesc[frame["room_id"]] = (now, frame)

            watcher = asyncio.create_task(watch())
            for i, (ws, room) in enumerate(students):
                sent_at[room] = time.time()
                await ws.send(json.dumps({"type": "send", "room_id": room,
                                          "client_msg_id": f"risk-{i}", "text": RISK}))
                await asyncio.sleep(args.pace)
            await asyncio.wait_for(watcher, args.ack + 60)

        page = [(opened[r][0] - sent_at[r]) * 1000 for r in sent_at]
        late = []
        for room, (arrived, _frame) in reesc.items():
            deadline = datetime.fromisoformat(opened[room][1]["deadline"].replace("Z", "+00:00"))
            late.append(arrived - deadline.timestamp())
        print(f"rooms: {args.rooms}  flagged messages: {len(page)}  ack deadline: {args.ack} s")
        print(f"page latency (send -> counselor frame): p50 {pct(page, 50):.1f} ms, "
              f"p99 {pct(page, 99):.1f} ms, max {max(page):.1f} ms   (target p99 <= 1000 ms)")
        print(f"re-escalation after deadline: min {min(late):+.3f} s, p50 {pct(late, 50):.3f} s, "
              f"p99 {pct(late, 99):.3f} s, max {max(late):.3f} s   "
              f"(target: min >= 0, p99 <= 2 s)")
        print(f"fired early: {sum(1 for x in late if x < 0)}")
        return 0
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
