"""Durable timers across real processes: a page survives the process being killed, and
two app processes on one PostgreSQL fire each step exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from websockets.asyncio.client import connect

from app.accounts import service as accounts
from app.audit import AuditEvent
from app.db import make_engine, make_sessionmaker
from app.escalation.models import NotificationAttempt
from tests.services import REDIS_URL, require

HAVEN = str(Path(sys.executable).with_name("haven"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.asynccontextmanager
async def haven_process(db_url: str, **env: str
                        ) -> AsyncIterator[tuple[str, subprocess.Popen[bytes]]]:
    port = free_port()
    full_env = {**os.environ, "HAVEN_DATABASE_URL": db_url, "HAVEN_ENVIRONMENT": "test",
                "HAVEN_SECRET_KEY": "test-secret-key-for-processes", **env}
    proc = subprocess.Popen([HAVEN, "serve", "--port", str(port)], env=full_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient() as http:
            for _ in range(300):
                with contextlib.suppress(httpx.HTTPError):
                    if (await http.get(base + "/healthz")).status_code == 200:
                        break
                assert proc.poll() is None, "haven serve exited"
                await asyncio.sleep(0.1)
        yield base, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


async def seed(db_url: str) -> dict[str, str]:
    engine = make_engine(db_url)
    try:
        async with make_sessionmaker(engine).begin() as s:
            await accounts.create_school(s, "proc", "Process High")
            for email, role in (("c1@p.test", "counselor"), ("c2@p.test", "counselor"),
                                ("a@p.test", "admin"), ("v@p.test", "volunteer")):
                await accounts.create_user(s, school_slug="proc", role=role, email=email,
                                           password="password-123", certified=True)
                if role != "admin":
                    await accounts.add_shift(s, email=email, hours=1, on_call=role != "volunteer",
                                             starts_in_minutes=-1)
    finally:
        await engine.dispose()
    return {"counselor": "c1@p.test", "volunteer": "v@p.test"}


async def open_escalation(base: str) -> tuple[str, str]:
    """A volunteer and a student chat on the server at `base`; the volunteer escalates.
    Returns (escalation id, a counselor token)."""
    async with httpx.AsyncClient(base_url=base) as http:
        vol = (await http.post("/api/v1/auth/login", json={"email": "v@p.test",
                                                           "password": "password-123"})).json()
        cou = (await http.post("/api/v1/auth/login", json={"email": "c1@p.test",
                                                           "password": "password-123"})).json()
        student = (await http.post("/api/v1/students/sessions", json={"school": "proc"})).json()
        ws_url = base.replace("http", "ws") + "/ws"
        async with connect(ws_url) as vws, connect(ws_url) as sws:
            await vws.send(json.dumps({"type": "hello", "token": vol["token"]}))
            await vws.send('{"type":"set_status","status":"available"}')
            await sws.send(json.dumps({"type": "hello", "token": student["token"]}))
            await sws.send('{"type":"request_chat"}')
            room = None
            while room is None:
                frame = json.loads(await asyncio.wait_for(vws.recv(), 10))
                if frame["type"] == "matched":
                    room = frame["room_id"]
            await vws.send(json.dumps({"type": "escalate", "room_id": room, "reason": "test"}))
            for _ in range(100):
                r = await http.get("/api/v1/escalations",
                                   headers={"Authorization": f"Bearer {cou['token']}"})
                if r.json():
                    return r.json()[0]["id"], cou["token"]
                await asyncio.sleep(0.05)
    raise AssertionError("escalation did not open")


async def audit_rows(db_url: str, esc_id: str) -> list[Any]:
    engine = make_engine(db_url)
    try:
        async with make_sessionmaker(engine)() as s:
            return list((await s.scalars(select(AuditEvent).where(
                AuditEvent.subject_id == esc_id).order_by(AuditEvent.at))).all())
    finally:
        await engine.dispose()


async def test_a_page_survives_the_process_being_killed(tmp_path, sqlite_template):
    import shutil

    db = tmp_path / "haven.db"
    shutil.copy(sqlite_template, db)
    url = f"sqlite+aiosqlite:///{db}"
    await seed(url)
    env = {"HAVEN_ESCALATION_ACK_HIGH_S": "3", "HAVEN_ESCALATION_TICK_S": "0.2"}
    async with haven_process(url, **env) as (base, proc):
        esc_id, token = await open_escalation(base)
        async with httpx.AsyncClient(base_url=base) as http:
            esc = (await http.get("/api/v1/escalations",
                                  headers={"Authorization": f"Bearer {token}"})).json()[0]
        proc.send_signal(signal.SIGKILL)  # no shutdown, no goodbye
        proc.wait(10)
    deadline = datetime.fromisoformat(esc["deadline"].replace("Z", "+00:00"))
    assert esc["step"] == 1
    async with haven_process(url, **env) as (base, proc):
        async with httpx.AsyncClient(base_url=base) as http:
            for _ in range(200):
                now = (await http.get("/api/v1/escalations",
                                      headers={"Authorization": f"Bearer {token}"})).json()[0]
                if now["step"] >= 2:
                    break
                await asyncio.sleep(0.1)
    # The restarted node fires the overdue step before it loads the moderation model, so by
    # the time its API answers later steps (3 s each here) may have fired too: each once.
    assert now["step"] >= 2
    fired = [a for a in await audit_rows(url, esc_id) if a.action == "escalation.reescalated"]
    steps = [(a.detail["round"], a.detail["step"]) for a in fired]
    assert len(steps) == len(set(steps)), steps  # no step fired twice across the kill
    assert fired[0].detail["step"] == 2
    assert deadline <= fired[0].at <= deadline + timedelta(seconds=5)


@pytest.mark.postgres
@pytest.mark.redis
async def test_two_processes_fire_each_step_exactly_once(pg_url):
    require("Redis", "127.0.0.1", 6379)
    import asyncpg

    from tests.conftest import TABLES

    conn = await asyncpg.connect(pg_url.replace("postgresql+asyncpg", "postgresql"))
    await conn.execute(f"TRUNCATE {TABLES} CASCADE")
    await conn.close()
    await seed(pg_url)
    env = {"HAVEN_ESCALATION_ACK_HIGH_S": "1", "HAVEN_ESCALATION_TICK_S": "0.05",
           "HAVEN_ESCALATION_ROUNDS": "2", "HAVEN_BROKER_URL": REDIS_URL}
    async with haven_process(pg_url, **env) as (base_a, _), \
            haven_process(pg_url, **env) as (base_b, _):
        esc_id, token = await open_escalation(base_a)
        for _ in range(200):
            rows = await audit_rows(pg_url, esc_id)
            if any(a.action == "escalation.exhausted" for a in rows):
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # let any duplicate firing show itself
    rows = await audit_rows(pg_url, esc_id)
    actions = [a.action for a in rows]
    # 2 counselors + the admins = 3 steps a round, 2 rounds: 5 moves on, then exhausted.
    assert actions.count("escalation.reescalated") == 5
    assert actions.count("escalation.exhausted") == 1
    steps = [(a.detail["step"], a.detail["round"]) for a in rows
             if a.action == "escalation.reescalated"]
    assert steps == [(2, 1), (3, 1), (1, 2), (2, 2), (3, 2)]
    engine = make_engine(pg_url)
    try:
        async with make_sessionmaker(engine)() as s:
            per_fence = (await s.execute(
                select(NotificationAttempt.fence, func.count())
                .where(NotificationAttempt.escalation_id == esc_id,
                       NotificationAttempt.channel == "dashboard")
                .group_by(NotificationAttempt.fence))).all()
            statuses = set((await s.scalars(select(NotificationAttempt.status).where(
                NotificationAttempt.escalation_id == esc_id))).all())
    finally:
        await engine.dispose()
    assert len(per_fence) == 7 and all(n == 1 for _, n in per_fence)
    assert statuses == {"succeeded"}
