"""Messages: durable before acknowledged, numbered per room without gaps, idempotent by
client_msg_id, replayed from the database on resume. docs/chat.md#messages."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from app.chat.models import WITHHELD_UNMUTED, Message, Room, RoomMember, RoomStatus
from app.db import for_update
from app.types import UTCDateTime, iso, new_id, utcnow


class ChatError(Exception):
    """A frame that cannot be carried out; becomes an `error` frame with this code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


NOT_FOUND = ("not_found", "No such room, or you are not in it.")


def not_found() -> ChatError:
    return ChatError(*NOT_FOUND)


async def lock_room(session: AsyncSession, room_id: str) -> Room | None:
    """The room row, locked on PostgreSQL (SQLite holds the write lock already)."""
    return await session.scalar(for_update(session, select(Room).where(Room.id == room_id)))


async def active_member_ids(session: AsyncSession, room_id: str) -> list[str]:
    return list((await session.scalars(
        select(RoomMember.member_id).where(RoomMember.room_id == room_id,
                                           RoomMember.left_at.is_(None))
    )).all())


@dataclass(slots=True)
class PostRequest:
    room_id: str
    sender_id: str
    client_msg_id: str
    text: str
    verdict: dict[str, Any] | None = None
    #: Set when moderation holds the message back: it is stored without a seq.
    withheld_reason: str | None = None
    #: A message with risk is never withheld, not even from a muted sender.
    risky: bool = False
    whisper: bool = False


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """A row of `messages` as the writer stored or found it (a plain record, not an ORM
    instance: the writer works in Core statements, which cost a third of the ORM's)."""

    id: str
    room_id: str
    seq: int | None
    sender_id: str
    sender_role: str
    sender_handle: str
    client_msg_id: str
    text: str
    sent_at: datetime
    whisper: bool
    withheld: bool
    withheld_reason: str | None
    muted: bool
    verdict: dict[str, Any] | None


_MESSAGES = Message.__table__
_COLUMNS = tuple(f.name for f in fields(StoredMessage))


@dataclass(frozen=True, slots=True)
class Posted:
    """The answer to a PostRequest: the stored message (the first one for a retried
    client_msg_id), the room's current members as (id, role), and whether it was new."""

    message: StoredMessage
    members: list[tuple[str, str]]
    created: bool

    @property
    def member_ids(self) -> list[str]:
        return [m for m, _ in self.members]


@dataclass(frozen=True, slots=True)
class MutePolicy:
    """Repeat offenders: `strikes` messages withheld for content within `window_s` mute
    the sender (their risk-free messages are withheld) until that no longer holds."""

    strikes: int = 3
    window_s: float = 600.0


MUTED_REASON = ("You have been muted for a few minutes because several of your messages "
                "were held back. If you are in danger, say so: that always gets through.")

# The writer's statements, built once: executing a prepared Core statement skips building
# and coercing the expression on every batch (the ORM path cost ~1 ms a batch of one; this
# one ~0.35 ms, against ~0.1 ms of SQLite work). Measured in docs/benchmarks.md.
# the Core statements serve PostgreSQL only (SQLite: _SqliteStatements), hence the row lock
_ROOMS_LOCKED = (select(Room.id, Room.status, Room.last_seq)
                 .where(Room.id.in_(bindparam("room_ids", expanding=True))).order_by(Room.id)
                 .with_for_update())
_MEMBERS = select(RoomMember.room_id, RoomMember.member_id, RoomMember.role,
                  RoomMember.handle, RoomMember.left_at
                  ).where(RoomMember.room_id.in_(bindparam("room_ids", expanding=True)))
# Constrains all three columns of uq_messages_client_id: without sender_id the index served
# room_id alone and every post scanned its room's whole history (a 300-message room: ~1 ms).
_KNOWN = select(*(_MESSAGES.c[c] for c in _COLUMNS)).where(
    _MESSAGES.c.room_id.in_(bindparam("room_ids", expanding=True)),
    _MESSAGES.c.sender_id.in_(bindparam("sender_ids", expanding=True)),
    _MESSAGES.c.client_msg_id.in_(bindparam("client_msg_ids", expanding=True)))
_STRIKES = (select(Message.sender_id, func.count())
            .where(Message.sender_id.in_(bindparam("sender_ids", expanding=True)),
                   Message.withheld.is_(True), Message.muted.is_(False),
                   Message.sent_at >= bindparam("since", type_=UTCDateTime()))
            .group_by(Message.sender_id))
_INSERT = insert(_MESSAGES)
_ROOM_SEQ = (update(Room.__table__).where(Room.__table__.c.id == bindparam("room_id"))
             .values(last_seq=bindparam("last_seq")))


class _CoreStatements:
    """The writer's statements through SQLAlchemy Core (PostgreSQL, row locks on rooms)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def rooms(self, room_ids: list[str]) -> list[tuple[str, str, int]]:
        return [tuple(r) for r in  # type: ignore[misc]
                self.conn.execute(_ROOMS_LOCKED, {"room_ids": room_ids})]

    def members(self, room_ids: list[str]) -> list[Any]:
        return list(self.conn.execute(_MEMBERS, {"room_ids": room_ids}))

    def known(self, room_ids: list[str], sender_ids: list[str],
              client_msg_ids: list[str]) -> list[StoredMessage]:
        return [StoredMessage(*row) for row in self.conn.execute(_KNOWN, {
            "room_ids": room_ids, "sender_ids": sender_ids, "client_msg_ids": client_msg_ids})]

    def strikes(self, sender_ids: list[str], since: datetime) -> list[tuple[str, int]]:
        return [tuple(r) for r in self.conn.execute(  # type: ignore[misc]
            _STRIKES, {"sender_ids": sender_ids, "since": since})]

    def insert(self, msgs: list[StoredMessage]) -> None:
        self.conn.execute(_INSERT, [{c: getattr(m, c) for c in _COLUMNS} for m in msgs])

    def set_seqs(self, seqs: list[tuple[str, int]]) -> None:
        self.conn.execute(_ROOM_SEQ, [{"room_id": r, "last_seq": n} for r, n in seqs])


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class _SqliteStatements:
    """The same statements as plain sqlite3 calls on the transaction's own connection, for
    the embedded default, whose writer runs on the event loop's thread: SQLAlchemy's
    execution machinery (compiling the cached statement, expanding the IN lists, building a
    result) cost ~3/4 of a batch there, the SQLite work ~1/4 (py-spy under the chat
    benchmark). Values cross with the columns' own SQLAlchemy type processors, so what is
    stored and read back is what the Core path stores and reads (tests/chat/test_writer.py);
    tests/test_schema.py checks that SQLite serves the lookups from their indexes."""

    def __init__(self, conn: Connection) -> None:
        self.cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        self._bind, self._result = _sqlite_processors(conn.dialect)

    def _run(self, sql: str, params: Sequence[Any], many: bool = False) -> list[Any]:
        try:
            if many:
                self.cur.executemany(sql, params)
                return []
            return self.cur.execute(sql, params).fetchall()
        except sqlite3.Error as exc:  # as SQLAlchemy raises it (the writer reads .orig)
            raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc

    def rooms(self, room_ids: list[str]) -> list[tuple[str, str, int]]:
        return self._run(f"SELECT id, status, last_seq FROM rooms WHERE id IN "
                         f"({_marks(len(room_ids))}) ORDER BY id", room_ids)

    def members(self, room_ids: list[str]) -> list[Any]:
        return [_Member(*row) for row in self._run(
            f"SELECT room_id, member_id, role, handle, left_at FROM room_members "
            f"WHERE room_id IN ({_marks(len(room_ids))})", room_ids)]

    def known(self, room_ids: list[str], sender_ids: list[str],
              client_msg_ids: list[str]) -> list[StoredMessage]:
        rows = self._run(sqlite_known_sql(len(room_ids), len(sender_ids), len(client_msg_ids)),
                         [*room_ids, *sender_ids, *client_msg_ids])
        return [StoredMessage(*(p(v) if p else v for p, v in zip(self._result, row,
                                                                  strict=True)))
                for row in rows]

    def strikes(self, sender_ids: list[str], since: datetime) -> list[tuple[str, int]]:
        return self._run(sqlite_strikes_sql(len(sender_ids)),
                         [*sender_ids, self._bind[_SENT_AT](since)])

    def insert(self, msgs: list[StoredMessage]) -> None:
        self._run(_SQLITE_INSERT, [tuple(p(getattr(m, c)) if p else getattr(m, c)
                                         for c, p in zip(_COLUMNS, self._bind, strict=True))
                                   for m in msgs], many=True)

    def set_seqs(self, seqs: list[tuple[str, int]]) -> None:
        self._run("UPDATE rooms SET last_seq = ? WHERE id = ?", [(n, r) for r, n in seqs],
                  many=True)


def sqlite_known_sql(rooms: int, senders: int, client_msg_ids: int) -> str:
    """_KNOWN for sqlite3: all three columns of uq_messages_client_id (tests/test_schema.py
    checks that SQLite searches that index with each)."""
    return (f"SELECT {', '.join(_COLUMNS)} FROM messages WHERE room_id IN ({_marks(rooms)}) "
            f"AND sender_id IN ({_marks(senders)}) "
            f"AND client_msg_id IN ({_marks(client_msg_ids)})")


def sqlite_strikes_sql(senders: int) -> str:
    """_STRIKES for sqlite3, its WHERE written as the partial index's so SQLite uses it."""
    return (f"SELECT sender_id, count(*) FROM messages WHERE sender_id IN ({_marks(senders)}) "
            f"AND {WITHHELD_UNMUTED['sqlite']} AND sent_at >= ? GROUP BY sender_id")


@dataclass(frozen=True, slots=True)
class _Member:
    room_id: str
    member_id: str
    role: str
    handle: str
    left_at: Any  # only ever compared with None


_SENT_AT = _COLUMNS.index("sent_at")
_SQLITE_INSERT = (f"INSERT INTO messages ({', '.join(_COLUMNS)}) "
                  f"VALUES ({_marks(len(_COLUMNS))})")


@functools.lru_cache(maxsize=4)
def _sqlite_processors(dialect: Any) -> tuple[list[Any], list[Any]]:
    """Per column of StoredMessage: the bind and result processors SQLAlchemy itself applies
    (datetimes to SQLite's text form and back as UTC, booleans, JSON)."""
    cols = [_MESSAGES.c[c].type.dialect_impl(dialect) for c in _COLUMNS]
    return ([t.bind_processor(dialect) for t in cols],
            [t.result_processor(dialect, None) for t in cols])


def post_many(db: Session | Connection, reqs: list[PostRequest],
              mute: MutePolicy = MutePolicy()) -> list[Posted | ChatError]:
    """Store a batch of messages in the caller's transaction, each delivered one with its
    room's next seq (withheld ones and whispers take none). A few statements per batch,
    not per message (app/chat/writer.py groups them)."""
    conn = db.connection() if isinstance(db, Session) else db
    q = _SqliteStatements(conn) if conn.dialect.name == "sqlite" else _CoreStatements(conn)
    room_ids = sorted({r.room_id for r in reqs})
    rooms = {rid: [status, last] for rid, status, last in q.rooms(room_ids)}
    members: dict[str, list[Any]] = {}
    for row in q.members(room_ids):
        members.setdefault(row.room_id, []).append(row)
    known: dict[tuple[str, str, str], StoredMessage] = {
        (m.room_id, m.sender_id, m.client_msg_id): m
        for m in q.known(room_ids, sorted({r.sender_id for r in reqs}),
                         sorted({r.client_msg_id for r in reqs}))
    }
    now = utcnow()
    candidates = sorted({r.sender_id for r in reqs if not r.risky
                         and r.withheld_reason is None and not r.whisper})
    muted: set[str] = set()
    if candidates:
        since = now - timedelta(seconds=mute.window_s)
        muted = {sender for sender, count in q.strikes(candidates, since)
                 if count >= mute.strikes}
    out: list[Posted | ChatError] = []
    stored: list[StoredMessage] = []
    touched: set[str] = set()
    for req in reqs:
        room = rooms.get(req.room_id)
        roster = members.get(req.room_id, [])
        me = next((m for m in roster if m.member_id == req.sender_id), None)
        if room is None or me is None:
            out.append(not_found())
            continue
        current = [(m.member_id, m.role) for m in roster if m.left_at is None]
        key = (req.room_id, req.sender_id, req.client_msg_id)
        if key in known:
            out.append(Posted(known[key], current, False))
            continue
        if room[0] != RoomStatus.ACTIVE or me.left_at is not None:
            out.append(ChatError("room_closed", "This chat has ended."))
            continue
        is_muted = req.sender_id in muted and req.withheld_reason is None
        withheld = req.withheld_reason is not None or is_muted
        seq = None
        if not withheld and not req.whisper:
            room[1] += 1
            seq = room[1]
            touched.add(req.room_id)
        msg = StoredMessage(
            id=new_id(), room_id=req.room_id, seq=seq, sender_id=req.sender_id,
            sender_role=me.role, sender_handle=me.handle, client_msg_id=req.client_msg_id,
            text=req.text, sent_at=now, whisper=req.whisper, withheld=withheld,
            withheld_reason=MUTED_REASON if is_muted else req.withheld_reason,
            muted=is_muted, verdict=req.verdict)
        known[key] = msg
        stored.append(msg)
        out.append(Posted(msg, current, True))
    if stored:
        q.insert(stored)
    if touched:
        q.set_seqs([(rid, rooms[rid][1]) for rid in sorted(touched)])
    return out


def message_frame(msg: Message | StoredMessage, *, own: bool) -> dict[str, Any]:
    frame: dict[str, Any] = {
        "type": "message",
        "room_id": msg.room_id,
        "seq": msg.seq,
        "sender_role": msg.sender_role,
        "sender_handle": msg.sender_handle,
        "text": msg.text,
        "sent_at": iso(msg.sent_at),
    }
    if own:
        frame["client_msg_id"] = msg.client_msg_id
    return frame


async def replay(
    session: AsyncSession, room_id: str, member_id: str, after_seq: int, limit: int
) -> list[dict[str, Any]] | None:
    """Delivered messages of the room after `after_seq`, as frames; None when the gap is
    larger than `limit` or no longer held (the client reloads the transcript)."""
    room = await session.get(Room, room_id)
    if room is None or after_seq >= room.last_seq:
        return []
    if room.last_seq - after_seq > limit:
        return None
    rows = (await session.scalars(
        select(Message)
        .where(Message.room_id == room_id, Message.seq > after_seq, Message.seq.is_not(None))
        .order_by(Message.seq)
    )).all()
    if len(rows) != room.last_seq - after_seq:
        return None  # some were deleted by retention
    return [message_frame(m, own=m.sender_id == member_id) for m in rows]


async def transcript(
    session: AsyncSession, room_id: str, *, with_whispers: bool, member_id: str | None
) -> list[dict[str, Any]]:
    stmt = select(Message).where(Message.room_id == room_id, Message.withheld.is_(False))
    if not with_whispers:
        stmt = stmt.where(Message.whisper.is_(False))
    rows = (await session.scalars(stmt.order_by(Message.sent_at, Message.seq))).all()
    items = []
    for m in rows:
        item = message_frame(m, own=m.sender_id == member_id)
        del item["type"]
        if m.whisper:
            item["seq"] = None
            item["whisper"] = True
        items.append(item)
    return items
