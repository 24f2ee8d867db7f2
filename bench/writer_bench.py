"""The message writer's cost per post on the embedded default, as rooms fill up.

Stores messages through `app.chat.messages.post_many` (the writer's statements, on a
synchronous SQLite connection as the event loop's thread runs them) into 50 rooms of a
fresh, migrated database, in batches of 1, 4 and 16, and reports CPU µs per message at
three depths of history (messages already in each room). The baseline, measured in the same
run on the same file: one plain sqlite3 INSERT of the same row per transaction — what
storing a message costs with no lookups at all. A cost that grows with history is a lookup
scanning the room's or the sender's messages instead of searching an index.

    .venv/bin/python bench/writer_bench.py
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROOMS = 50
TEXT = "my sister and I cooked pasta for dinner yesterday"
VERDICT = {"risk": "none", "categories": {}, "action": "deliver", "escalate": False,
           "reason": None, "stage": "lexicon", "signals": []}


def main() -> None:
    from sqlalchemy.orm import sessionmaker

    from app.accounts.models import School, StudentSession, User
    from app.chat.messages import PostRequest, post_many
    from app.chat.models import Room, RoomMember
    from app.cli import migrate
    from app.config import Settings
    from app.db import make_sync_sqlite_engine
    from app.types import new_id

    folder = tempfile.mkdtemp(prefix="haven-writer-bench-")
    url = f"sqlite+aiosqlite:///{folder}/bench.db"
    migrate(Settings(database_url=url))
    engine = make_sync_sqlite_engine(url, busy_timeout_ms=0, wal_autocheckpoint=False)
    sessions = sessionmaker(engine, expire_on_commit=False)
    rooms: list[tuple[str, str, str]] = []
    with sessions.begin() as s:
        school = School(slug="bench", name="Bench")
        s.add(school)
        s.flush()
        for i in range(ROOMS):
            vol = User(school_id=school.id, email=f"v{i}@bench.test", password_hash="-",
                       role="volunteer", display_name=f"Volunteer {i}")
            stu = StudentSession(school_id=school.id, handle=f"Student {i}",
                                 token_hash=new_id() + new_id())
            s.add_all([vol, stu])
            s.flush()
            room = Room(school_id=school.id, student_id=stu.id, volunteer_id=vol.id)
            s.add(room)
            s.flush()
            s.add_all([RoomMember(room_id=room.id, member_id=stu.id, role="student",
                                  handle=stu.handle),
                       RoomMember(room_id=room.id, member_id=vol.id, role="volunteer",
                                  handle=vol.display_name)])
            rooms.append((room.id, stu.id, vol.id))
    counter = iter(range(10**9))

    def post(k: int) -> None:
        reqs = []
        for _ in range(k):
            n = next(counter)
            room, student, volunteer = rooms[n % ROOMS]
            reqs.append(PostRequest(room, student if n // ROOMS % 2 else volunteer, f"c{n}",
                                    TEXT, verdict=VERDICT))
        with sessions.begin() as s:
            post_many(s, reqs)

    def cpu_us_per_message(k: int, batches: int) -> float:
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            for _ in range(batches):
                post(k)
            best = min(best, time.process_time() - t0)
        return best / (batches * k) * 1e6

    raw = sqlite3.connect(f"{folder}/bench.db", isolation_level=None)
    raw.execute("CREATE TABLE baseline (id TEXT PRIMARY KEY, room_id TEXT, seq INTEGER, "
                "sender_id TEXT, client_msg_id TEXT, text TEXT, sent_at TEXT, verdict TEXT)")
    verdict = json.dumps(VERDICT)

    def baseline_us(n: int = 2000) -> float:
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            for i in range(n):
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("INSERT INTO baseline VALUES (?,?,?,?,?,?,?,?)",
                            (new_id(), "room", i, "sender", new_id(), TEXT,
                             "2026-11-28 20:00:00.000000", verdict))
                raw.execute("COMMIT")
            best = min(best, time.process_time() - t0)
        return best / n * 1e6

    print(f"writer benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {ROOMS} rooms, "
          f"load average {os.getloadavg()[0]:.2f}")
    stored = 0
    for depth in (0, 100, 400):
        while stored < depth * ROOMS:  # fill every room to about `depth` messages
            post(50)
            stored += 50
        base = baseline_us()
        figures = {k: cpu_us_per_message(k, max(100, 1200 // k)) for k in (1, 4, 16)}
        stored += sum(3 * max(100, 1200 // k) * k for k in figures)
        row = "  ".join(f"batch {k}: {v:5.0f} µs/msg ({v / base:4.1f}×)"
                        for k, v in figures.items())
        print(f"history {depth:4d} msgs/room  {row}  | baseline INSERT {base:.0f} µs")


if __name__ == "__main__":
    main()
