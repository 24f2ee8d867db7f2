"""Bare WebSocket relay: the baseline for bench/chat_bench.py.

A minimal FastAPI app with no persistence, no auth, no moderation and no queue.
It speaks just enough of Haven's frame shapes (PROTOCOL.md) that the same load
client drives both servers; only the setup differs:

    client -> relay
        {"type":"hello","token":any}
    relay -> client
        {"type":"welcome","role":"relay","handle":...,"rooms":[]}

    client -> relay (relay only, instead of Haven's queue)
        {"type":"join","room_id":R}
    relay -> both members, once the second one has joined
        {"type":"matched","room_id":R,"peer_handle":...,"role":"peer"}

    client -> relay
        {"type":"send","room_id","client_msg_id","text"}
    relay -> the peer
        {"type":"message","room_id","seq","sender_role","sender_handle","text","sent_at"}
    relay -> the sender
        {"type":"sent","room_id","client_msg_id","seq"}

    {"type":"ping"} -> {"type":"pong"}

A socket may join any number of rooms (a volunteer's socket serves several rooms
in Haven too). Each frame is parsed as JSON (the relay has to read room_id to
route it) and answered with freshly serialised frames, so the baseline pays the
same per-frame JSON cost as any real server and nothing more.

Run: .venv/bin/uvicorn bench.bare_relay:app --host 127.0.0.1 --port 8001
"""

from __future__ import annotations

import contextlib
import itertools
import json
from datetime import UTC, datetime

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI(title="bare relay")

_handles = itertools.count(1)


class Room:
    __slots__ = ("members", "seq")

    def __init__(self) -> None:
        self.members: list[WebSocket] = []
        self.seq = 0


rooms: dict[str, Room] = {}


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


async def _error(ws: WebSocket, code: str, ref: str | None) -> None:
    await ws.send_text(json.dumps({"type": "error", "code": code, "message": code, "ref": ref}))


@app.websocket("/ws")
async def ws_endpoint(ws: WebSocket) -> None:
    await ws.accept()
    handle = f"relay-{next(_handles)}"
    joined: list[str] = []
    try:
        while True:
            raw = await ws.receive_text()
            try:
                frame = json.loads(raw)
                kind = frame["type"]
            except (ValueError, KeyError, TypeError):
                await _error(ws, "bad_frame", None)
                continue
            if kind == "send":
                room = rooms.get(frame.get("room_id"))
                if room is None or ws not in room.members:
                    await _error(ws, "not_in_room", frame.get("client_msg_id"))
                    continue
                room.seq += 1
                seq = room.seq
                out = json.dumps(
                    {
                        "type": "message",
                        "room_id": frame["room_id"],
                        "seq": seq,
                        "sender_role": "peer",
                        "sender_handle": handle,
                        "text": frame.get("text"),
                        "sent_at": _now(),
                    }
                )
                for member in room.members:
                    if member is not ws:
                        # a peer that is gone just misses it: the relay keeps nothing
                        with contextlib.suppress(WebSocketDisconnect, RuntimeError, OSError):
                            await member.send_text(out)
                await ws.send_text(
                    json.dumps(
                        {
                            "type": "sent",
                            "room_id": frame["room_id"],
                            "client_msg_id": frame.get("client_msg_id"),
                            "seq": seq,
                        }
                    )
                )
            elif kind == "hello":
                await ws.send_text(
                    json.dumps({"type": "welcome", "role": "relay", "handle": handle, "rooms": []})
                )
            elif kind == "join":
                room_id = str(frame.get("room_id"))
                room = rooms.setdefault(room_id, Room())
                if ws in room.members:
                    continue
                if len(room.members) >= 2:
                    await _error(ws, "room_full", room_id)
                    continue
                room.members.append(ws)
                joined.append(room_id)
                if len(room.members) == 2:
                    for member in room.members:
                        await member.send_text(
                            json.dumps(
                                {
                                    "type": "matched",
                                    "room_id": room_id,
                                    "peer_handle": "peer",
                                    "role": "peer",
                                }
                            )
                        )
            elif kind == "ping":
                await ws.send_text('{"type":"pong"}')
            else:
                await _error(ws, "unknown_type", kind if isinstance(kind, str) else None)
    except WebSocketDisconnect:
        pass
    finally:
        for room_id in joined:
            room = rooms.get(room_id)
            if room is None:
                continue
            if ws in room.members:
                room.members.remove(ws)
            if not room.members:
                rooms.pop(room_id, None)
