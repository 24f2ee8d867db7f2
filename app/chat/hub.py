"""The WebSocket hub at /ws: one reader loop and one writer task per socket.

Frames of a socket are handled in the order they arrive; a bad frame gets an `error` frame
and never closes the socket. Frames for a member arrive from the broker on the member's
channel and are queued on each of the member's sockets on this node.
docs/chat.md#the-hub.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from app.accounts.service import Principal, resolve_token
from app.chat import protocol as P
from app.chat.broker import Broker
from app.chat.events import member_channel, school_staff_channel, school_volunteers_channel
from app.chat.messages import ChatError
from app.chat.service import ChatService
from app.config import Settings
from app.escalation.service import EscalationService

log = logging.getLogger(__name__)

CLOSE_BAD_TOKEN = 4401
CLOSE_HELLO_TIMEOUT = 4408
CLOSE_TOO_MANY = 4429
CLOSE_TOO_LARGE = 1008
OUTBOX_LIMIT = 2000
COOKIE = "haven_token"

_conn_ids = itertools.count(1)


class FrameRate:
    """At most `per_second` frames a second from one socket, over a moving window of
    `window_s` seconds (bursts are fine, a sustained flood is not).

    Counted per connection in the connection itself: a socket's frames are only ever seen by
    its own node, so nothing needs sharing. (`limits`' async memory storage, used for this at
    first, expired its events with a thread hop per key, continuously: at 1,000 sockets that
    cost more of the event loop than the chat did; docs/benchmarks.md.)"""

    def __init__(self, per_second: int, window_s: float = 5.0) -> None:
        self.limit = per_second * window_s
        self.window_s = window_s

    def allow(self, conn: Connection, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        times = conn.frame_times
        while times and times[0] <= now - self.window_s:
            times.popleft()
        if len(times) >= self.limit:
            return False
        times.append(now)
        return True


class Connection:
    def __init__(self, ws: WebSocket, node_id: str) -> None:
        self.id = f"{node_id}-{next(_conn_ids)}"
        self.ws = ws
        self.principal: Principal | None = None
        self.rooms: set[str] = set()
        self.outbox: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(OUTBOX_LIMIT)
        self.ready = False
        self.early: list[dict[str, Any]] = []
        self.tail: asyncio.Task[None] | None = None  # the last pipelined send
        self.frame_times: deque[float] = deque()  # for FrameRate

    def deliver(self, frame: dict[str, Any]) -> None:
        """Queue a frame for this socket (never blocks). Before the welcome and replay are
        out, live frames wait so that they follow the replay."""
        ftype = frame.get("type")
        if ftype == "matched" or (ftype == "participant" and frame.get("self")):
            self.rooms.add(frame["room_id"])
        elif ftype == "room_closed":
            self.rooms.discard(frame["room_id"])
        if not self.ready:
            self.early.append(frame)
            return
        self._put(frame)

    def _put(self, frame: dict[str, Any] | None) -> None:
        try:
            self.outbox.put_nowait(frame)
        except asyncio.QueueFull:
            # A socket that reads nothing is closed; the client resumes from its last seq.
            log.warning("outbox full, closing conn=%s", self.id)
            self.outbox = asyncio.Queue(1)
            self.outbox.put_nowait(None)

    def open_after(self, replayed: dict[str, int]) -> None:
        """Flush live frames that arrived during the hello, skipping replayed seqs."""
        self.ready = True
        for frame in self.early:
            if frame.get("type") == "message" and frame.get("seq") is not None and \
                    frame["seq"] <= replayed.get(frame["room_id"], -1):
                continue
            self._put(frame)
        self.early.clear()


class Hub:
    def __init__(self, settings: Settings, sessions: async_sessionmaker[AsyncSession],
                 broker: Broker, chat: ChatService, escalations: EscalationService) -> None:
        self.settings = settings
        self.sessions = sessions
        self.broker = broker
        self.chat = chat
        self.escalations = escalations
        self.local: dict[str, set[Connection]] = {}
        self.school_staff: dict[str, set[Connection]] = {}  # counselors and admins
        self.school_volunteers: dict[str, set[Connection]] = {}
        self._rate = FrameRate(settings.ws_frames_per_second)
        broker.set_handler(self.on_broker)
        self._handlers: dict[str, Callable[[Connection, Any], Awaitable[list[dict[str, Any]]]]] = {
            "request_chat": self._request_chat,
            "cancel_request": self._cancel_request,
            "send": self._send,
            "typing": self._typing,
            "end_chat": self._end_chat,
            "set_status": self._set_status,
            "ping": self._ping,
            "escalate": self._escalate,
            "join": self._join,
            "whisper": self._whisper,
        }

    @property
    def socket_count(self) -> int:
        return sum(len(c) for c in self.local.values())

    async def on_broker(self, channel: str, envelope: dict[str, Any]) -> None:
        if channel.startswith("m:"):
            targets = self.local.get(channel[2:], ())
        elif channel.startswith("s:"):
            targets = self.school_staff.get(channel[2:], ())
        elif channel.startswith("q:"):
            targets = self.school_volunteers.get(channel[2:], ())
        else:
            return
        skip = envelope.get("skip")
        frame = envelope["f"]
        for conn in tuple(targets):
            if conn.id != skip:
                conn.deliver(frame)

    def _school_channels(self, p: Principal) -> list[tuple[str, dict[str, set[Connection]]]]:
        """The school-wide channels a socket of this role listens on."""
        if p.role in ("counselor", "admin"):
            return [(school_staff_channel(p.school_id), self.school_staff)]
        if p.role == "volunteer":
            return [(school_volunteers_channel(p.school_id), self.school_volunteers)]
        return []

    # --- socket lifecycle ------------------------------------------------------------

    async def serve(self, ws: WebSocket) -> None:
        await ws.accept()
        conn = Connection(ws, self.settings.node_id)
        writer = asyncio.create_task(self._writer(conn), name=f"ws-writer-{conn.id}")
        try:
            await self._run(conn)
        except WebSocketDisconnect:
            pass
        except Exception:
            log.exception("socket failed conn=%s", conn.id)
        finally:
            if conn.tail is not None:
                # What the client sent before it went away is still stored.
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(asyncio.shield(conn.tail), 30)
            await self._drop(conn)
            writer.cancel()
            try:
                await writer
            except (asyncio.CancelledError, Exception):
                pass

    async def _run(self, conn: Connection) -> None:
        ws = conn.ws
        try:
            first = await asyncio.wait_for(ws.receive(), self.settings.ws_hello_timeout_s)
        except TimeoutError:
            await self._close(conn, CLOSE_HELLO_TIMEOUT, "no hello in time")
            return
        text = self._text_of(first)
        if text is None:
            return
        hello = self._parse_hello(text)
        token = hello.token if hello else None
        if hello is not None and token is None:
            token = self._cookie_token(ws)
        async with self.sessions() as s:
            principal = await resolve_token(s, token)
        if hello is None or principal is None:
            await self._close(conn, CLOSE_BAD_TOKEN, "bad or missing token")
            return
        conn.principal = principal
        self.local.setdefault(principal.id, set()).add(conn)
        await self.broker.subscribe(member_channel(principal.id))
        for channel, index in self._school_channels(principal):
            index.setdefault(principal.school_id, set()).add(conn)
            await self.broker.subscribe(channel)
        log.info("hello conn=%s role=%s member=%s", conn.id, principal.role, principal.id)
        frames = await self.chat.connect(principal, dict(hello.resume))
        frames[1:1] = await self.escalations.welcome_frames(principal)
        replayed: dict[str, int] = {}
        for frame in frames:
            if frame["type"] == "welcome":
                conn.rooms.update(r["room_id"] for r in frame["rooms"])
            elif frame["type"] == "message":
                replayed[frame["room_id"]] = frame["seq"]
            conn._put(frame)
        conn.open_after(replayed)

        while True:
            msg = await ws.receive()
            text = self._text_of(msg)
            if text is None:
                return
            if len(text) > self.settings.ws_max_frame_bytes or \
                    len(text.encode()) > self.settings.ws_max_frame_bytes:
                await self._close(conn, CLOSE_TOO_LARGE, "frame too large")
                return
            if not self._rate.allow(conn):
                log.warning("rate limited conn=%s", conn.id)
                await self._close(conn, CLOSE_TOO_MANY, "too many frames")
                return
            for reply in await self._handle(conn, text):
                conn._put(reply)

    def _text_of(self, msg: dict[str, Any]) -> str | None:
        if msg["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(msg.get("code", 1000))
        if msg.get("text") is not None:
            return str(msg["text"])
        data = msg.get("bytes") or b""
        try:
            return data.decode()
        except UnicodeDecodeError:
            return "\x00"  # unparseable: answered with an error frame

    def _parse_hello(self, text: str) -> P.Hello | None:
        try:
            frame = P.client_frame.validate_json(text)
        except ValidationError:
            return None
        return frame if isinstance(frame, P.Hello) else None

    def _cookie_token(self, ws: WebSocket) -> str | None:
        origin = ws.headers.get("origin")
        if not origin:
            return None
        host = ws.headers.get("host", "")
        allowed = urlsplit(origin).netloc == host or origin in self.settings.allowed_origins
        return ws.cookies.get(COOKIE) if allowed else None

    async def _handle(self, conn: Connection, text: str) -> list[dict[str, Any]]:
        try:
            raw = json.loads(text)
        except ValueError:
            return [P.error("bad_json", "Frames are JSON objects.", None)]
        if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
            return [P.error("bad_frame", "A frame is a JSON object with a \"type\".", None)]
        ftype = raw["type"]
        ref = raw.get("client_msg_id") if isinstance(raw.get("client_msg_id"), str) else ftype
        if ftype not in P.CLIENT_TYPES or ftype == "hello":
            what = "hello was already said" if ftype == "hello" else f"unknown type {ftype!r}"
            return [P.error("unknown_type" if ftype != "hello" else "bad_frame",
                            f"Cannot handle this frame: {what}.", ref)]
        try:
            frame = P.client_frame.validate_python(raw)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(x) for x in first["loc"][1:]) or ftype
            return [P.error("invalid_frame", f"{where}: {first['msg']}", ref)]
        if isinstance(frame, P.Send):
            # Sends are pipelined: each is screened and queued for the writer in arrival
            # order at once, and the reader goes on to the next frame while it commits, so
            # one socket with many rooms is not held to one commit at a time. Their answers
            # leave in the same order (each waits for the one before).
            prev = conn.tail
            conn.tail = asyncio.create_task(self._send_in_order(conn, frame, ref, prev))
            return []
        if conn.tail is not None and not conn.tail.done() and ftype not in ("ping", "typing"):
            await conn.tail  # any other frame follows the sends before it
        return await self._guarded(conn, self._handlers[ftype](conn, frame), ftype, ref)

    async def _send_in_order(self, conn: Connection, f: P.Send, ref: str,
                             prev: asyncio.Task[None] | None) -> None:
        replies = await self._guarded(conn, self.chat.send(self._who(conn), f, conn.id),
                                      "send", ref)
        if prev is not None:
            await prev
        for reply in replies:
            conn._put(reply)

    async def _guarded(self, conn: Connection, work: Awaitable[list[dict[str, Any]]],
                       ftype: str, ref: str) -> list[dict[str, Any]]:
        """Run a frame's work; any failure becomes an error frame, never a dead socket."""
        try:
            return await work
        except ChatError as e:
            return [P.error(e.code, e.message, ref)]
        except (OperationalError, DBAPIError, ConnectionError, OSError):
            log.exception("storage unavailable conn=%s type=%s", conn.id, ftype)
            return [P.error("unavailable", "The service is having trouble; try again.", ref)]
        except Exception:
            log.exception("frame failed conn=%s type=%s", conn.id, ftype)
            return [P.error("internal", "Something went wrong on our side.", ref)]

    async def _writer(self, conn: Connection) -> None:
        while True:
            frame = await conn.outbox.get()
            if frame is None:
                await self._close(conn, 1013, "too slow")
                return
            try:
                await conn.ws.send_text(json.dumps(frame, separators=(",", ":")))
            except Exception:
                return

    async def _close(self, conn: Connection, code: int, reason: str) -> None:
        if conn.ws.application_state == WebSocketState.CONNECTED:
            try:
                await conn.ws.close(code, reason)
            except Exception:
                pass

    async def _drop(self, conn: Connection) -> None:
        p = conn.principal
        if p is None:
            return
        conns = self.local.get(p.id)
        if conns is not None:
            conns.discard(conn)
            if not conns:
                del self.local[p.id]
        try:
            for channel, index in self._school_channels(p):
                group = index.get(p.school_id)
                if group is not None and conn in group:
                    group.discard(conn)
                    if not group:
                        del index[p.school_id]
                    await self.broker.unsubscribe(channel)
            await self.broker.unsubscribe(member_channel(p.id))
            await self.chat.disconnect(p)
        except Exception:
            log.warning("cleanup after socket failed conn=%s", conn.id, exc_info=True)

    # --- frame handlers --------------------------------------------------------------

    def _who(self, conn: Connection) -> Principal:
        assert conn.principal is not None
        return conn.principal

    async def _request_chat(self, conn: Connection, f: P.RequestChat) -> list[dict[str, Any]]:
        return await self.chat.request_chat(self._who(conn), f)

    async def _cancel_request(self, conn: Connection, f: P.CancelRequest) -> list[dict[str, Any]]:
        await self.chat.cancel_request(self._who(conn))
        return []

    async def _send(self, conn: Connection, f: P.Send) -> list[dict[str, Any]]:
        return await self.chat.send(self._who(conn), f, conn.id)

    async def _typing(self, conn: Connection, f: P.Typing) -> list[dict[str, Any]]:
        if f.room_id not in conn.rooms:
            raise ChatError("not_found", "No such room, or you are not in it.")
        members = await self.chat.room_member_ids(f.room_id)
        await self.chat.typing(self._who(conn), f.room_id, members)
        return []

    async def _end_chat(self, conn: Connection, f: P.EndChat) -> list[dict[str, Any]]:
        return await self.chat.end_chat(self._who(conn), f.room_id)

    async def _set_status(self, conn: Connection, f: P.SetStatus) -> list[dict[str, Any]]:
        await self.chat.set_status(self._who(conn), f.status)
        return []

    async def _ping(self, conn: Connection, f: P.Ping) -> list[dict[str, Any]]:
        return [{"type": "pong"}]

    async def _escalate(self, conn: Connection, f: P.Escalate) -> list[dict[str, Any]]:
        await self.escalations.escalate_manual(self._who(conn), f.room_id, f.reason)
        return []

    async def _join(self, conn: Connection, f: P.Join) -> list[dict[str, Any]]:
        await self.escalations.join(self._who(conn), f.room_id)
        return []

    async def _whisper(self, conn: Connection, f: P.Whisper) -> list[dict[str, Any]]:
        return await self.chat.whisper(self._who(conn), f, conn.id)
