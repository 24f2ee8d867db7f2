"""Paging channels against real receivers: an SMTP server (aiosmtpd) and an HTTP
webhook receiver that checks the HMAC signature and fails on purpose."""

from __future__ import annotations

import asyncio
import contextlib
import email
import hashlib
import hmac
import json
import socket
from collections.abc import AsyncIterator
from typing import Any

import uvicorn
from aiosmtpd.controller import Controller
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.accounts.models import School
from app.escalation.models import NotificationAttempt
from tests.chat.test_resume import chatting
from tests.conftest import make_settings
from tests.helpers import eventually, make_school, make_staff, start_server

SECRET = "webhook-secret-for-tests"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope)
        return "250 OK"


@contextlib.contextmanager
def smtp_server() -> Any:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()


@contextlib.asynccontextmanager
async def webhook_receiver(fail_first: int) -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
    """A real HTTP receiver: answers 503 to the first `fail_first` calls, then 200 when the
    signature is right (401 when it is not)."""
    calls: list[dict[str, Any]] = []

    async def hook(request: Request) -> JSONResponse:
        body = await request.body()
        ts = request.headers["x-haven-timestamp"]
        expected = "sha256=" + hmac.new(SECRET.encode(), ts.encode() + b"." + body,
                                        hashlib.sha256).hexdigest()
        good = hmac.compare_digest(expected, request.headers["x-haven-signature"])
        calls.append({"body": json.loads(body), "signature_ok": good})
        if len(calls) <= fail_first:
            return JSONResponse({"error": "try later"}, status_code=503)
        return JSONResponse({"ok": good}, status_code=200 if good else 401)

    app = Starlette(routes=[Route("/hook", hook, methods=["POST"])])
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}/hook", calls
    finally:
        server.should_exit = True
        await task


async def set_webhook(server: Any, slug: str, url: str) -> None:
    async with server.services.sessions.begin() as s:
        school = (await s.scalars(select(School).where(School.slug == slug))).one()
        school.webhook_url = url
        school.webhook_secret = SECRET


async def attempts(server: Any) -> list[NotificationAttempt]:
    async with server.services.sessions() as s:
        return list((await s.scalars(select(NotificationAttempt)
                                     .order_by(NotificationAttempt.created_at))).all())


async def test_email_page_reaches_a_real_smtp_server(db_url):
    with smtp_server() as (controller, inbox):
        settings = make_settings(db_url, smtp_url=f"smtp://127.0.0.1:{controller.port}")
        async with start_server(settings) as server:
            school = await make_school(server)
            counselor = await make_staff(server, school, "counselor")
            async with chatting(server, school) as (student, vws, vol, room):
                await vws.send({"type": "escalate", "room_id": room,
                                "reason": "a-private-reason"})

                async def delivered() -> bool:
                    return any(a.channel == "email" and a.status == "succeeded"
                               for a in await attempts(server))

                assert await eventually(delivered)
    assert len(inbox.messages) == 1
    envelope = inbox.messages[0]
    assert envelope.rcpt_tos == [counselor["email"]]
    mail = email.message_from_bytes(envelope.content)
    assert mail["Subject"] == "[Haven] HIGH escalation at East High: please acknowledge"
    body = mail.get_payload(decode=True).decode()
    assert "Acknowledge by" in body and "/counselor/" in body
    assert "a-private-reason" not in envelope.content.decode()  # nothing from the chat


async def test_webhook_is_signed_and_retried_until_it_succeeds(db_url):
    async with webhook_receiver(fail_first=2) as (url, calls):
        settings = make_settings(db_url, webhook_backoff_s=0.05)
        async with start_server(settings) as server:
            school = await make_school(server)
            await set_webhook(server, school, url)
            counselor = await make_staff(server, school, "counselor")
            async with chatting(server, school) as (student, vws, vol, room):
                await vws.send({"type": "escalate", "room_id": room, "reason": "plan"})

                async def finished() -> list[NotificationAttempt]:
                    rows = [a for a in await attempts(server) if a.channel == "webhook"]
                    return rows if rows and rows[0].status in ("succeeded", "failed") else []

                rows = await eventually(finished)
    assert [(a.status, a.tries) for a in rows] == [("succeeded", 3)]
    assert len(calls) == 3 and all(c["signature_ok"] for c in calls)
    body = calls[-1]["body"]
    assert body["event"] == "opened" and body["school"]["slug"] == "east"
    assert body["escalation"]["level"] == "high"
    assert body["paged"] == [{"id": counselor["id"], "display_name": counselor["handle"]}]


async def test_a_webhook_that_never_answers_is_recorded_as_failed(db_url):
    async with webhook_receiver(fail_first=100) as (url, calls):
        settings = make_settings(db_url, webhook_backoff_s=0.01, webhook_retries=2)
        async with start_server(settings) as server:
            school = await make_school(server)
            await set_webhook(server, school, url)
            await make_staff(server, school, "counselor")
            # The counters are the process's: an earlier test's server may have stopped
            # with a page still in flight (triggered, never finished), so compare deltas.
            before = (await server.http.get("/metrics")).text
            async with chatting(server, school) as (student, vws, vol, room):
                await vws.send({"type": "escalate", "room_id": room, "reason": "plan"})

                async def finished() -> list[NotificationAttempt]:
                    rows = await attempts(server)
                    return rows if rows and all(
                        a.status in ("succeeded", "failed") for a in rows) else []

                rows = await eventually(finished)
            after = (await server.http.get("/metrics")).text
    by_channel = {a.channel: (a.status, a.tries) for a in rows}
    assert by_channel == {"dashboard": ("succeeded", 1), "webhook": ("failed", 3)}
    assert len(calls) == 3
    assert "HTTP 503" in next(a.last_error for a in rows if a.channel == "webhook")

    def value(channel: str, result: str) -> float:
        key = f'haven_notification_attempts_total{{channel="{channel}",result="{result}"}}'

        def read(metrics: str) -> float:
            line = next((ln for ln in metrics.splitlines() if ln.startswith(key)), None)
            return float(line.split()[-1]) if line else 0.0

        return read(after) - read(before)

    # Every attempt this escalation triggered has ended as succeeded or failed.
    assert value("dashboard", "triggered") == value("dashboard", "succeeded") == 1
    assert value("webhook", "triggered") == value("webhook", "failed") == 1
    assert value("dashboard", "failed") == value("webhook", "succeeded") == 0
