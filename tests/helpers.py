"""A real server on a free port in the test's loop, a WebSocket client that waits for
frame types, and factories for schools, staff and students."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import uvicorn
from websockets.asyncio.client import ClientConnection, connect

from app.accounts import service as accounts
from app.config import Settings
from app.main import create_app
from app.services import Services

_ids = itertools.count(1)


@dataclass
class RunningServer:
    base: str
    ws_url: str
    settings: Settings
    services_holder: Any
    http: httpx.AsyncClient

    @property
    def services(self) -> Services:
        services: Services = self.services_holder.state.services
        return services


@contextlib.asynccontextmanager
async def start_server(settings: Settings) -> AsyncIterator[RunningServer]:
    app = create_app(settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                            lifespan="on", timeout_graceful_shutdown=1, access_log=False)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    # Start-up warms the moderation child (spawn, torch, the tuned encoder): a few seconds on a
    # quiet machine, several times that on a loaded one; errors surface at once via task.
    deadline = asyncio.get_running_loop().time() + 60
    while not server.started and asyncio.get_running_loop().time() < deadline:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    assert server.started, "server did not start within 60 s"
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(base_url=base, timeout=10) as http:
        try:
            yield RunningServer(base, f"ws://127.0.0.1:{port}/ws", settings, app, http)
        finally:
            server.should_exit = True
            await asyncio.wait_for(task, 15)


class WS:
    """A real WebSocket client that keeps every frame it receives. `expect` takes the first
    not-yet-taken frame that matches, so frames whose relative order the contract leaves
    open can be awaited in any order; `frames` keeps the arrival order."""

    def __init__(self, conn: ClientConnection) -> None:
        self.conn = conn
        self.frames: list[dict[str, Any]] = []
        self._taken: set[int] = set()

    async def send(self, frame: dict[str, Any]) -> None:
        await self.conn.send(json.dumps(frame))

    async def _receive(self, timeout: float) -> dict[str, Any]:
        raw = await asyncio.wait_for(self.conn.recv(), timeout)
        frame = json.loads(raw)
        self.frames.append(frame)
        return frame

    async def expect(self, ftype: str, timeout: float = 5.0, **match: Any) -> dict[str, Any]:
        """The first untaken frame of this type (and fields), waiting for it if needed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        checked = 0
        while True:
            for i in range(checked, len(self.frames)):
                frame = self.frames[i]
                if i not in self._taken and frame.get("type") == ftype and all(
                        frame.get(k) == v for k, v in match.items()):
                    self._taken.add(i)
                    return frame
            checked = len(self.frames)
            left = deadline - loop.time()
            try:
                if left <= 0:
                    raise TimeoutError
                await self._receive(left)
            except TimeoutError:
                raise TimeoutError(
                    f"no {ftype} {match} within {timeout}s; saw {self.frames}") from None

    def untaken(self, ftype: str | None = None) -> list[dict[str, Any]]:
        return [f for i, f in enumerate(self.frames)
                if i not in self._taken and (ftype is None or f.get("type") == ftype)]

    async def quiet(self, seconds: float = 0.3) -> list[dict[str, Any]]:
        """Frames that arrive within `seconds` (for asserting that nothing more comes)."""
        got = []
        with contextlib.suppress(TimeoutError):
            while True:
                got.append(await self._receive(seconds))
        return got

    async def close(self) -> None:
        await self.conn.close()


@contextlib.asynccontextmanager
async def ws_client(server: RunningServer, token: str | None, resume: dict[str, int] | None = None,
                    hello: bool = True) -> AsyncIterator[WS]:
    async with connect(server.ws_url, max_size=2**22) as conn:
        ws = WS(conn)
        if hello:
            frame: dict[str, Any] = {"type": "hello", "token": token}
            if resume is not None:
                frame["resume"] = resume
            await ws.send(frame)
        yield ws


# --- factories ---------------------------------------------------------------------------

async def make_school(server: RunningServer, slug: str = "east", name: str = "East High") -> str:
    async with server.services.sessions.begin() as s:
        school = await accounts.create_school(s, slug, name)
        await accounts.add_crisis_resource(s, school, "Crisis line", "Call 988", "24/7",
                                           "https://988lifeline.org")
    return slug


async def make_staff(
    server: RunningServer, school: str, role: str = "volunteer", *, certified: bool = True,
    max_chats: int = 2, on_shift: bool = True, name: str | None = None,
) -> dict[str, str]:
    n = next(_ids)
    email = f"{role}{n}@{school}.test"
    password = f"password-{n}"
    async with server.services.sessions.begin() as s:
        await accounts.create_user(s, school_slug=school, role=role, email=email,
                                   password=password, display_name=name or f"{role.title()} {n}",
                                   certified=certified, max_chats=max_chats)
        if on_shift:
            await accounts.add_shift(s, email=email, hours=2, on_call=role != "volunteer",
                                     starts_in_minutes=-1)
    r = await server.http.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert r.status_code == 200, r.text
    body = r.json()
    return {"token": body["token"], "id": body["user"]["id"], "email": email,
            "password": password, "handle": body["user"]["display_name"]}


async def make_student(server: RunningServer, school: str) -> dict[str, str]:
    r = await server.http.post("/api/v1/students/sessions", json={"school": school})
    assert r.status_code == 201, r.text
    return dict(r.json())


@contextlib.asynccontextmanager
async def online_volunteer(server: RunningServer, school: str, **kw: Any) -> AsyncIterator[
        tuple[dict[str, str], WS]]:
    vol = await make_staff(server, school, "volunteer", **kw)
    async with ws_client(server, vol["token"]) as ws:
        await ws.expect("welcome")
        await ws.send({"type": "set_status", "status": "available"})
        await ws.expect("status", status="available")
        yield vol, ws


async def eventually(check: Any, timeout: float = 5.0, interval: float = 0.05) -> Any:
    """Await `check()` until it returns a truthy value (for effects that follow a frame)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = await check()
        if result or loop.time() > deadline:
            return result
        await asyncio.sleep(interval)
