#!/usr/bin/env python3
"""Chat benchmark: N rooms of real WebSocket clients chatting through a running server.

Starts the server under test itself (Haven via `haven serve` on a fresh embedded
database, and/or the bare relay of bench/bare_relay.py as the baseline), sets up
the rooms through the server's own contract, drives a fixed aggregate message
rate from both sides of every room and prints:

  * delivered messages/s (sustained, over the measurement window),
  * send -> receive latency p50/p99 (send = just before the client writes the
    `send` frame; receive = the peer's `message` frame is read),
  * messages lost (acknowledged with `sent` but never delivered to the peer),
  * server memory (RSS of the server process tree) before connecting, with all
    sockets idle in their rooms, and under load -> KB per idle connection,
  * the Haven/baseline ratio of each figure when both targets run.

Results also go to bench/results/chat-<time>.json (gitignored), and the server
log of each target beside it.

Run (from the project root):
    .venv/bin/python bench/chat_bench.py                  # both: 500 rooms, 1000 msg/s, 20 s
    .venv/bin/python bench/chat_bench.py --quick          # smoke run: 20 rooms, 40 msg/s, 5 s
    .venv/bin/python bench/chat_bench.py --target relay   # the baseline alone
See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import faulthandler
import json
import math
import multiprocessing as mp
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
RESULTS_DIR = ROOT / "bench" / "results"
CLK_TCK = os.sysconf("SC_CLK_TCK")

# Ordinary messages: Haven's moderation must deliver them with risk "none" (each was checked
# with `haven moderate`), so the benchmark measures the plain message path; messages that
# raise risk alerts or escalations are a different workload.
PHRASES = [
    "thanks for listening, it really helps to talk this through",
    "my sister and I cooked pasta for dinner yesterday",
    "the music class was fun, we learned a new song",
    "my friend and I went for a walk after class today",
    "I think I understand what you mean, tell me more",
    "the weekend was fine, we watched a movie together",
]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- /proc


def _proc_children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        rest = stat[stat.rfind(")") + 2 :].split()
        children[int(rest[1])].append(int(entry))
    return children


def proc_tree(pid: int) -> list[int]:
    children = _proc_children()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, ()))
    return out


def rss_kb(pid: int) -> int:
    """VmRSS of the process and all its descendants, in KiB."""
    total = 0
    for p in proc_tree(pid):
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


def cpu_seconds(pid: int) -> float:
    """utime+stime of the process tree, in seconds."""
    ticks = 0
    for p in proc_tree(pid):
        try:
            with open(f"/proc/{p}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        rest = stat[stat.rfind(")") + 2 :].split()
        ticks += int(rest[11]) + int(rest[12])
    return ticks / CLK_TCK


def machine_busy_seconds() -> float:
    """CPU seconds spent busy by the whole machine (all cores) since boot."""
    with open("/proc/stat") as fh:
        fields = [int(x) for x in fh.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / CLK_TCK


def raise_nofile() -> tuple[int, int]:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(sorted_vals: list[float], p: float) -> float | None:
    if not sorted_vals:
        return None
    k = max(0, min(len(sorted_vals) - 1, math.ceil(p / 100 * len(sorted_vals)) - 1))
    return sorted_vals[k]


# --------------------------------------------------------------------------- load worker
# Runs in a child process (one per --procs). The parent talks to it over a Pipe:
# it sends (command, kwargs) and gets ("ok", result) or ("err", traceback).


class Conn:
    __slots__ = (
        "ctrl",
        "idx",
        "key",
        "last_seq",
        "reader",
        "reconnecting",
        "role",
        "rooms",
        "token",
        "ws",
    )

    def __init__(self, idx: int, role: str, key: str, token: str = "") -> None:
        self.idx = idx
        self.role = role
        self.key = key
        self.token = token
        self.ws = None
        self.rooms: list[str] = []
        self.ctrl: asyncio.Queue = asyncio.Queue()
        self.reader: asyncio.Task | None = None
        self.last_seq: dict[str, int] = {}  # highest seq seen per room, for resume
        self.reconnecting = False


class Driver:
    def __init__(self, wid: int) -> None:
        self.wid = wid
        self.url = ""
        self.conns: list[Conn] = []
        self.setup = True
        self.frames: Counter = Counter()
        self.sends: list[tuple] = []  # (n, room_id, t_send_ns, sender_key)
        self.acks: list[tuple] = []  # (client_msg_id, seq, room_id, t_ns)
        self.recv: list[
            tuple
        ] = []  # (room_id, seq, src_wid, n, t_send_ns, t_recv_ns, receiver_key)
        self.recv_keys: set = set()
        self.foreign: list[dict] = []  # message frames that are not ours
        self.errors: list[tuple] = []  # (t_ns, conn key, frame)
        self.error_refs: set = set()
        self.closes: list[tuple] = []  # (conn key, role, code, reason, during_setup)
        self.send_failures = 0  # sends into a socket the server had closed (retried later)
        self.pending: dict[str, tuple[Conn, str]] = {}  # client_msg_id -> (conn, frame), no ack yet
        self.ack_ids: set = set()
        self.reconnect = True
        self.closing = False
        self.reconnects: list[dict] = []
        self.retried = 0
        self.own_copies = 0
        self._tasks: set[asyncio.Task] = set()
        self.lag_ns: list[int] = []
        self.cpu = 0.0

    # -- connections -------------------------------------------------------

    async def _open(self, conn: Conn, assign: bool = True):
        from websockets.asyncio.client import connect

        ws = await connect(
            self.url,
            compression=None,
            ping_interval=None,
            open_timeout=30,
            close_timeout=2,
            max_queue=1024,
            proxy=None,
        )
        if assign:
            conn.ws = ws
        conn.reader = asyncio.get_running_loop().create_task(self._reader(conn, ws))
        return ws

    async def _reader(self, conn: Conn, ws) -> None:
        from websockets.exceptions import ConnectionClosed

        loads = json.loads
        mono = time.monotonic_ns
        last_seq = conn.last_seq
        try:
            async for raw in ws:
                t = mono()
                try:
                    f = loads(raw)
                    typ = f.get("type")
                except (ValueError, AttributeError):
                    self.frames["<unparseable>"] += 1
                    continue
                if typ == "message":
                    self.frames[typ] += 1
                    room, seq = f.get("room_id"), f.get("seq")
                    if isinstance(seq, int) and seq > last_seq.get(room, 0):
                        last_seq[room] = seq
                    if f.get("client_msg_id"):
                        # a copy of one's own message (Haven sends those to the sender's other
                        # devices, and replays them on resume): not a delivery to the peer
                        self.own_copies += 1
                        continue
                    text = f.get("text") or ""
                    try:
                        tag = text[text.rindex("[") + 1 : -1]
                        swid, n, ts = tag.split(":")
                        rec = (
                            f.get("room_id"),
                            f.get("seq"),
                            int(swid),
                            int(n),
                            int(ts),
                            t,
                            conn.key,
                        )
                    except ValueError:
                        if len(self.foreign) < 50:
                            self.foreign.append(f)
                        continue
                    self.recv.append(rec)
                    self.recv_keys.add((rec[2], rec[3]))
                elif typ == "sent":
                    self.frames[typ] += 1
                    cmid, seq, room = f.get("client_msg_id"), f.get("seq"), f.get("room_id")
                    self.acks.append((cmid, seq, room, t))
                    self.ack_ids.add(cmid)
                    self.pending.pop(cmid, None)
                    if isinstance(seq, int) and seq > last_seq.get(room, 0):
                        last_seq[room] = seq
                else:
                    self.frames[typ] += 1
                    if typ == "matched":
                        conn.rooms.append(f["room_id"])
                    elif typ == "error":
                        self.errors.append((t, conn.key, f))
                        if f.get("ref"):
                            self.error_refs.add(f.get("ref"))
                            self.pending.pop(f.get("ref"), None)
                    if self.setup or conn.reconnecting:
                        conn.ctrl.put_nowait(f)
        except ConnectionClosed as exc:
            rcvd = exc.rcvd
            code, reason = (rcvd.code, rcvd.reason) if rcvd else (None, "no close frame")
            self._closed(conn, ws, code, reason)
        except Exception as exc:  # noqa: BLE001 - recorded in the report, not fatal
            self._closed(conn, ws, None, repr(exc))

    def _closed(self, conn: Conn, ws, code, reason: str) -> None:
        if self.closing:
            return
        t = time.monotonic_ns()
        self.closes.append((conn.key, conn.role, code, reason, self.setup, t))
        if self.setup or not self.reconnect or ws is not conn.ws or conn.reconnecting:
            return
        # what a real client does: reconnect, resume from the last seq seen, retry unacked sends
        task = asyncio.get_running_loop().create_task(self._reconnect(conn, t))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _reconnect(self, conn: Conn, t_closed: int) -> None:
        conn.reconnecting = True
        event = {"conn": conn.key, "t_closed": t_closed, "ok": False, "attempts": 0}
        self.reconnects.append(event)
        try:
            for attempt in range(1, 6):
                event["attempts"] = attempt
                if self.closing:
                    return
                ws = None
                try:
                    while not conn.ctrl.empty():
                        conn.ctrl.get_nowait()
                    ws = await self._open(conn, assign=False)
                    resume = {r: conn.last_seq[r] for r in conn.rooms if r in conn.last_seq}
                    await ws.send(
                        json.dumps({"type": "hello", "token": conn.token, "resume": resume})
                    )
                    await self._expect(conn, {"welcome"}, 30)
                    mine = [(cmid, fr) for cmid, (c, fr) in self.pending.items() if c is conn]
                    for _cmid, frame in mine:  # same client_msg_id: the server must not twin it
                        await ws.send(frame)
                    self.retried += len(mine)
                    conn.ws = ws
                    event.update(ok=True, retried=len(mine), resume=len(resume))
                    event["t_back"] = time.monotonic_ns()
                    return
                except Exception as exc:  # noqa: BLE001 - recorded; the next attempt follows
                    event["error"] = repr(exc)[:300]
                    if ws is not None:
                        with contextlib.suppress(Exception):
                            await asyncio.wait_for(ws.close(), 2)
                    await asyncio.sleep(min(5.0, 0.5 * attempt))
        finally:
            conn.reconnecting = False

    async def _expect(self, conn: Conn, types: set[str], wait_s: float) -> dict:
        deadline = time.monotonic() + wait_s
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{conn.key}: no {sorted(types)} within {wait_s}s")
            f = await asyncio.wait_for(conn.ctrl.get(), left)
            if f.get("type") in types:
                return f
            if f.get("type") == "error":
                raise RuntimeError(f"{conn.key}: error frame during setup: {json.dumps(f)}")

    async def cmd_connect(
        self,
        url: str,
        role: str,
        tokens: list[str],
        indices: list[int],
        concurrency: int,
        mode: str,
    ) -> dict:
        """Open one socket per token, say hello; volunteers (Haven) also go available."""
        self.url = url
        sem = asyncio.Semaphore(concurrency)
        new: list[Conn] = []

        async def one(i: int, token: str) -> None:
            conn = Conn(indices[i], role, f"{self.wid}:{role[0]}{indices[i]}", token)
            async with sem:
                await self._open(conn)
                await conn.ws.send(json.dumps({"type": "hello", "token": token}))
                await self._expect(conn, {"welcome"}, 30)
                if role == "volunteer" and mode == "haven":
                    await conn.ws.send(json.dumps({"type": "set_status", "status": "available"}))
                    f = await self._expect(conn, {"status"}, 30)
                    if f.get("status") != "available":
                        raise RuntimeError(f"{conn.key}: set_status answered {json.dumps(f)}")
            new.append(conn)

        await asyncio.gather(*(one(i, t) for i, t in enumerate(tokens)))
        new.sort(key=lambda c: c.idx)
        self.conns.extend(new)
        return {"connected": len(new)}

    async def cmd_warmup(self, url: str, token: str) -> dict:
        """One throw-away socket: hello, ping/pong, close (first-use imports off the books)."""
        self.url = url
        conn = Conn(-1, "warmup", f"{self.wid}:warmup")
        await self._open(conn)
        await conn.ws.send(json.dumps({"type": "hello", "token": token}))
        await self._expect(conn, {"welcome"}, 30)
        await conn.ws.send('{"type":"ping"}')
        await self._expect(conn, {"pong"}, 30)
        await conn.ws.close()
        await conn.reader
        return {}

    async def cmd_pair_haven(self, concurrency: int, wait_s: float) -> dict:
        """Every student sends request_chat and waits for `matched`."""
        sem = asyncio.Semaphore(concurrency)
        failures: list[str] = []

        async def one(conn: Conn) -> None:
            async with sem:
                await conn.ws.send(
                    json.dumps({"type": "request_chat", "topic": "other", "mood": 3})
                )
                try:
                    await self._expect(conn, {"matched"}, wait_s)
                except (TimeoutError, RuntimeError) as exc:
                    failures.append(str(exc))

        t = time.monotonic()
        await asyncio.gather(*(one(c) for c in self.conns if c.role == "student"))
        return {
            "failures": failures[:10],
            "n_failures": len(failures),
            "seconds": time.monotonic() - t,
        }

    async def cmd_pair_relay(self, n_volunteers: int, wait_s: float) -> dict:
        """Room i = student i + volunteer i % n_volunteers (the relay has no queue)."""
        expected: dict[str, int] = {}
        for conn in self.conns:
            if conn.role == "student":
                rooms = [f"r{conn.idx}"]
            else:
                rooms = [f"r{i}" for i in range(conn.idx, self._n_rooms, n_volunteers)]
            expected[conn.key] = len(rooms)
            for r in rooms:
                await conn.ws.send(json.dumps({"type": "join", "room_id": r}))
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if all(len(c.rooms) >= expected[c.key] for c in self.conns):
                break
            await asyncio.sleep(0.05)
        missing = sum(expected[c.key] - len(c.rooms) for c in self.conns)
        return {"n_failures": missing, "failures": []}

    async def cmd_set_rooms(self, n_rooms: int) -> dict:
        self._n_rooms = n_rooms
        return {}

    async def cmd_counts(self) -> dict:
        return {
            "sockets": len(self.conns),
            "student_rooms": sum(len(c.rooms) for c in self.conns if c.role == "student"),
            "volunteer_rooms": sum(len(c.rooms) for c in self.conns if c.role == "volunteer"),
            "slots": sum(len(c.rooms) for c in self.conns),
            "sent": len(self.sends),
            "acked": len(self.ack_ids),
            "received": len(self.recv_keys),
            "errors": len(self.errors),
            "error_refs": len(self.error_refs),
            "closed": len(self.closes),
            "pending": len(self.pending),
            "reconnecting": sum(1 for c in self.conns if c.reconnecting),
        }

    async def cmd_load(
        self, t0_ns: int, seconds: float, rate: float, seed: int, reconnect: bool = True
    ) -> dict:
        """Send at `rate` msg/s from t0 for `seconds`, spread over every (socket, room).

        Each socket's rooms are spaced evenly inside the sending period so a
        volunteer socket that serves K rooms sends at an even K x per-room rate
        instead of in bursts.
        """
        from websockets.exceptions import ConnectionClosed

        self.setup = False
        self.reconnect = reconnect
        rng = random.Random(seed)
        slots = []
        for conn in self.conns:
            k = len(conn.rooms)
            u = rng.random()
            for j, room in enumerate(conn.rooms):
                slots.append(((j + u) / k, conn, room))
        slots.sort(key=lambda s: s[0])
        order = [(c, r) for _, c, r in slots]
        if not order or rate <= 0:
            return {"sent": 0, "cpu_s": 0.0}
        period = 1e9 / rate
        total = int(rate * seconds)
        mono = time.monotonic_ns
        dumps = json.dumps
        wid = self.wid
        lag = self.lag_ns
        n_slots = len(order)
        cpu0 = sum(os.times()[:2])
        await asyncio.sleep(max(0.0, (t0_ns - mono()) / 1e9))
        i = 0
        next_note = t0_ns + 5_000_000_000
        while i < total:
            now = mono()
            if now >= next_note:
                next_note += 5_000_000_000
                log(
                    f"worker {wid}: sent {i}/{total}, acked {len(self.acks)}, "
                    f"delivered here {len(self.recv)}"
                )
            due = min(total, int((now - t0_ns) / period) + 1)
            burst = 0
            while i < due and burst < 200:
                conn, room = order[i % n_slots]
                t = mono()
                lag.append(t - (t0_ns + int(i * period)))
                cmid = f"b{wid}.{i}"
                frame = dumps(
                    {
                        "type": "send",
                        "room_id": room,
                        "client_msg_id": cmid,
                        "text": f"{PHRASES[i % len(PHRASES)]} [{wid}:{i}:{t}]",
                    }
                )
                self.sends.append((i, room, t, conn.key))
                self.pending[cmid] = (conn, frame)
                try:
                    await conn.ws.send(frame)
                except ConnectionClosed:
                    self.send_failures += 1  # stays pending: retried after the reconnect
                i += 1
                burst += 1
            wait = (t0_ns + i * period - mono()) / 1e9
            await asyncio.sleep(max(0, wait))
        self.cpu = sum(os.times()[:2]) - cpu0
        return {"sent": len(self.sends), "cpu_s": self.cpu}

    async def cmd_results(self) -> dict:
        self.cpu_total = sum(os.times()[:2])
        return {
            "wid": self.wid,
            "sends": self.sends,
            "acks": self.acks,
            "recv": self.recv,
            "errors": self.errors,
            "closes": self.closes,
            "frames": dict(self.frames),
            "foreign": self.foreign,
            "send_failures": self.send_failures,
            "reconnects": self.reconnects,
            "retried": self.retried,
            "own_copies": self.own_copies,
            "lag_ns": self.lag_ns,
            "cpu_load_s": self.cpu,
            "sockets": len(self.conns),
        }

    async def cmd_close(self) -> dict:
        self.closing = True
        for task in list(self._tasks):
            task.cancel()

        async def one(c: Conn) -> None:
            with contextlib.suppress(Exception):  # closing anyway; its outcome is not a figure
                await asyncio.wait_for(c.ws.close(), 3)
            if c.reader:
                c.reader.cancel()

        await asyncio.gather(*(one(c) for c in self.conns))
        self.conns.clear()
        return {}


async def _worker_main(wid: int, pipe) -> None:
    loop = asyncio.get_running_loop()
    driver = Driver(wid)
    inbox: asyncio.Queue = asyncio.Queue()

    # A thread blocks on the pipe (loop.add_reader would make the pipe non-blocking,
    # and then a large pipe.send of the results fails half-way).
    def pump() -> None:
        while True:
            try:
                msg = pipe.recv()
            except (EOFError, OSError):
                msg = ("exit", {})
            loop.call_soon_threadsafe(inbox.put_nowait, msg)
            if msg[0] == "exit":
                return

    threading.Thread(target=pump, daemon=True).start()
    while True:
        cmd, kwargs = await inbox.get()
        if cmd == "exit":
            pipe.send(("ok", None))
            return
        try:
            result = await getattr(driver, f"cmd_{cmd}")(**kwargs)
            pipe.send(("ok", result))
        except Exception:  # noqa: BLE001 - sent to the parent with its traceback
            pipe.send(("err", traceback.format_exc()))


def worker_entry(wid: int, pipe) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    faulthandler.register(signal.SIGUSR1)  # kill -USR1 <pid> dumps the stacks
    try:
        import uvloop

        uvloop.run(_worker_main(wid, pipe))
    except ImportError:
        asyncio.run(_worker_main(wid, pipe))


class WorkerHandle:
    def __init__(self, wid: int, ctx) -> None:
        self.wid = wid
        self.pipe, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker_entry, args=(wid, child), daemon=True)
        self.proc.start()
        child.close()
        self.lock = asyncio.Lock()

    async def call(self, cmd: str, **kwargs):
        async with self.lock:
            self.pipe.send((cmd, kwargs))
            status, result = await asyncio.get_running_loop().run_in_executor(None, self.pipe.recv)
        if status != "ok":
            raise RuntimeError(f"worker {self.wid} {cmd} failed:\n{result}")
        return result

    async def stop(self) -> None:
        with contextlib.suppress(Exception):  # killed below if it does not exit
            await asyncio.wait_for(self.call("exit"), 5)
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)


# --------------------------------------------------------------------------- servers


RUNNING: list[Server] = []  # stopped at exit whatever happens


class Server:
    def __init__(self, name: str, argv: list[str], env: dict, log_path: Path) -> None:
        self.name = name
        self.argv = argv
        self.env = env
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self) -> None:
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - lives as long as the server
        self.proc = subprocess.Popen(
            self.argv,
            env=self.env,
            cwd=ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        RUNNING.append(self)
        log(f"{self.name}: started pid {self.proc.pid}: {' '.join(self.argv)}")

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    async def wait_healthy(self, base: str, wait_s: float) -> None:
        import httpx

        deadline = time.monotonic() + wait_s
        last = None
        async with httpx.AsyncClient(timeout=2) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    rc = self.proc.returncode
                    raise RuntimeError(f"{self.name} exited with {rc}; log:\n{self.log_tail()}")
                try:
                    r = await client.get(f"{base}/healthz")
                    if r.status_code == 200:
                        return
                    last = f"HTTP {r.status_code}"
                except httpx.HTTPError as exc:
                    last = repr(exc)
                await asyncio.sleep(0.25)
        raise TimeoutError(
            f"{self.name}: /healthz not OK in {wait_s}s ({last}); log:\n{self.log_tail()}"
        )

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            for sig, wait in ((signal.SIGINT, 15), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        if self._log:
            self._log.close()
            self._log = None
        if self in RUNNING:
            RUNNING.remove(self)
        return self.proc.returncode


@dataclass
class Plan:
    mode: str  # "haven" | "relay"
    url: str
    server: Server
    volunteer_tokens: list[str]
    student_tokens: list[str]
    warmup_token: str
    setup_s: dict = field(default_factory=dict)
    cleanup: list = field(default_factory=list)
    http_base: str = ""  # Haven's HTTP root (for /metrics); empty for the relay


def base_env() -> dict:
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    env["PATH"] = f"{VENV_BIN}:{env.get('PATH', '')}"
    env["PYTHONUNBUFFERED"] = "1"
    return env


async def prepare_relay(args, stamp: str) -> Plan:
    port = free_port()
    server = Server(
        "relay",
        [
            str(VENV_BIN / "python"),
            "-m",
            "uvicorn",
            "bench.bare_relay:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        base_env(),
        RESULTS_DIR / f"chat-{stamp}-relay.log",
    )
    t = time.monotonic()
    server.start()
    await server.wait_healthy(f"http://127.0.0.1:{port}", 30)
    n_vol = math.ceil(args.rooms / args.chats_per_volunteer)
    return Plan(
        mode="relay",
        url=f"ws://127.0.0.1:{port}/ws",
        server=server,
        volunteer_tokens=[f"v{i}" for i in range(n_vol)],
        student_tokens=[f"s{i}" for i in range(args.rooms)],
        warmup_token="w",
        setup_s={"server_start": time.monotonic() - t},
    )


async def _run_cli_many(env: dict, commands: list[list[str]]) -> None:
    proc = await asyncio.create_subprocess_exec(
        str(VENV_BIN / "python"),
        str(ROOT / "bench" / "cli_many.py"),
        env=env,
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    lines = "".join(json.dumps(c) + "\n" for c in commands).encode()
    _, err = await proc.communicate(lines)
    if proc.returncode != 0:
        raise RuntimeError(f"bench/cli_many.py -> rc {proc.returncode}\n{err.decode()[-2000:]}")


async def _post_json(client, url: str, body: dict, expect: int, what: str) -> dict:
    """POST with patience for 429 (rate limits are part of the server, not a failure of it)."""
    deadline = time.monotonic() + 300
    while True:
        r = await client.post(url, json=body)
        if r.status_code == expect or (expect == 200 and r.status_code == 201):
            return r.json()
        if r.status_code == 429 and time.monotonic() < deadline:
            wait = float(r.headers.get("retry-after") or 1)
            log(f"haven: {what} rate limited (429), retrying in {wait:.0f}s: {r.text[:200]}")
            await asyncio.sleep(min(max(wait, 0.5), 30))
            continue
        raise RuntimeError(f"{what}: HTTP {r.status_code} {r.text[:500]}")


async def prepare_haven(args, stamp: str) -> Plan:
    import httpx

    tmp = Path(tempfile.mkdtemp(prefix="haven-bench-"))
    env = base_env()
    env.update(
        HAVEN_DATABASE_URL=f"sqlite+aiosqlite:///{tmp}/bench.db",
        HAVEN_BROKER_URL="memory://",
        HAVEN_ENVIRONMENT="development",
    )
    n_vol = math.ceil(args.rooms / args.chats_per_volunteer)
    password = "bench-password-123"
    timings = {}

    t = time.monotonic()
    log(f"haven: database {tmp}/bench.db; creating school and {n_vol} volunteers via the CLI")
    await _run_cli_many(env, [["migrate"], ["create-school", "--slug", "bench", "--name", "Bench"]])

    def volunteer(i: int) -> list[list[str]]:
        email = f"v{i}@bench.test"
        return [
            ["create-user", "--school", "bench", "--role", "volunteer", "--email", email,
             "--password", password, "--certified", "--display-name", f"Volunteer {i}",
             "--max-chats", str(args.chats_per_volunteer)],
            ["add-shift", "--email", email, "--hours", "2"],
        ]

    # the same CLI commands, run by `bench/cli_many.py` in a few interpreters rather than one
    # process each (a thousand interpreter starts were ten minutes of setup)
    jobs = max(1, args.cli_jobs)
    await asyncio.gather(
        *(_run_cli_many(env, [cmd for i in range(j, n_vol, jobs) for cmd in volunteer(i)])
          for j in range(jobs))
    )
    timings["cli"] = time.monotonic() - t

    port = free_port()
    argv = [str(VENV_BIN / "haven"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    if args.profile:
        # cProfile around the whole server; the figures of such a run are not for the record
        prof = RESULTS_DIR / f"chat-{stamp}-haven.prof"
        argv = [str(VENV_BIN / "python"), "-m", "cProfile", "-o", str(prof), *argv]
        log(f"haven: profiling into {prof.relative_to(ROOT)}")
    server = Server(
        "haven",
        argv,
        env,
        RESULTS_DIR / f"chat-{stamp}-haven.log",
    )
    t = time.monotonic()
    server.start()
    plan = Plan(
        mode="haven",
        url=f"ws://127.0.0.1:{port}/ws",
        server=server,
        volunteer_tokens=[],
        student_tokens=[],
        warmup_token="",
        setup_s=timings,
        http_base=f"http://127.0.0.1:{port}",
    )
    if not args.keep_tmp:
        plan.cleanup.append(lambda: shutil.rmtree(tmp, ignore_errors=True))
    else:
        log(f"haven: keeping {tmp}")
    await server.wait_healthy(f"http://127.0.0.1:{port}", 60)
    timings["server_start"] = time.monotonic() - t

    t = time.monotonic()
    api = f"http://127.0.0.1:{port}/api/v1"
    limits = httpx.Limits(max_connections=args.http_concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        r = await client.get(f"{api}/schools/bench")
        log(f"haven: GET /schools/bench -> {r.status_code} {r.text[:300]}")
        logins = []
        for i in range(n_vol):  # sequential: login attempts are rate limited by design
            body = await _post_json(
                client,
                f"{api}/auth/login",
                {"email": f"v{i}@bench.test", "password": password},
                200,
                "login",
            )
            logins.append(body["token"])
        plan.volunteer_tokens = logins
        hsem = asyncio.Semaphore(args.http_concurrency)

        async def session() -> str:
            async with hsem:
                body = await _post_json(
                    client, f"{api}/students/sessions", {"school": "bench"}, 201, "student session"
                )
                return body["token"]

        tokens = await asyncio.gather(*(session() for _ in range(args.rooms + 1)))
        plan.warmup_token, plan.student_tokens = tokens[0], list(tokens[1:])
    timings["http_setup"] = time.monotonic() - t
    return plan


# --------------------------------------------------------------------------- one target


async def cascade_lag(base: str, wait_s: float = 120.0) -> dict:
    """Haven's moderation cascade (stage 2) after the load: wait until its backlog is empty
    (up to wait_s), then read from /metrics how long messages waited for its verdict — how
    much later a risk that only stage 2 recognises is escalated under this load."""
    import httpx
    from prometheus_client.parser import text_string_to_metric_families

    t = time.monotonic()
    out: dict = {}
    async with httpx.AsyncClient(timeout=5) as client:
        while True:
            families = {f.name: f for f in text_string_to_metric_families(
                (await client.get(f"{base}/metrics")).text)}
            backlog = families.get("haven_moderation_cascade_backlog")
            left = int(backlog.samples[0].value) if backlog and backlog.samples else 0
            if left == 0 or time.monotonic() - t > wait_s:
                break
            await asyncio.sleep(0.5)
    out["backlog_wait_s"] = time.monotonic() - t
    out["backlog_left"] = left
    lag = families.get("haven_moderation_cascade_lag_seconds")
    buckets = sorted((float(s.labels["le"]), s.value) for s in (lag.samples if lag else [])
                     if s.name.endswith("_bucket"))
    n = buckets[-1][1] if buckets else 0
    out["screened"] = int(n)
    # the server's garbage-collector pauses over the whole run (app/gcwatch.py)
    gc_pause = families.get("haven_gc_pause_seconds")
    for s in gc_pause.samples if gc_pause else []:
        if s.name.endswith("_bucket") and s.labels["generation"] == "2":
            if s.labels["le"] == "0.05":
                out["gc2_under_50ms"] = int(s.value)
            elif s.labels["le"] == "+Inf":
                out["gc2_total"] = int(s.value)
        elif s.name.endswith("_sum"):
            out["gc_pause_s"] = out.get("gc_pause_s", 0.0) + s.value
    if "gc2_total" in out:
        out["gc2_over_50ms"] = out["gc2_total"] - out.pop("gc2_under_50ms", 0)
    if n:
        out["within_1s_pct"] = 100 * next(v for le, v in buckets if le >= 1.0) / n
        out["p99_le_s"] = next(le for le, v in buckets if v >= 0.99 * n)
    return out


async def run_target(name: str, args, stamp: str) -> dict:
    res: dict = {"target": name, "ok": False}
    plan: Plan | None = None
    workers: list[WorkerHandle] = []
    ctx = mp.get_context("spawn")
    try:
        t_setup = time.monotonic()
        plan = await (prepare_haven(args, stamp) if name == "haven" else prepare_relay(args, stamp))
        res["server_log"] = str(plan.server.log_path.relative_to(ROOT))
        pid = plan.server.pid
        workers = [WorkerHandle(w, ctx) for w in range(args.procs)]
        await asyncio.gather(*(w.call("set_rooms", n_rooms=args.rooms) for w in workers))

        await workers[0].call("warmup", url=plan.url, token=plan.warmup_token)
        await asyncio.sleep(1.0)
        mem = {"base_kb": rss_kb(pid)}

        # volunteers first (they must be available before students ask), round-robin over workers
        P = args.procs
        t = time.monotonic()
        await asyncio.gather(
            *(
                _connect_share(
                    w,
                    plan,
                    "volunteer",
                    plan.volunteer_tokens[w.wid :: P],
                    list(range(len(plan.volunteer_tokens)))[w.wid :: P],
                    args,
                )
                for w in workers
            )
        )
        await asyncio.gather(
            *(
                _connect_share(
                    w,
                    plan,
                    "student",
                    plan.student_tokens[w.wid :: P],
                    list(range(len(plan.student_tokens)))[w.wid :: P],
                    args,
                )
                for w in workers
            )
        )
        res.setdefault("setup_s", plan.setup_s)["connect"] = time.monotonic() - t
        counts = await asyncio.gather(*(w.call("counts") for w in workers))
        sockets = sum(c["sockets"] for c in counts)
        await asyncio.sleep(1.0)
        mem["connected_kb"] = rss_kb(pid)

        t = time.monotonic()
        if plan.mode == "haven":
            pair = await asyncio.gather(
                *(
                    w.call(
                        "pair_haven", concurrency=args.match_concurrency, wait_s=args.match_timeout
                    )
                    for w in workers
                )
            )
        else:
            pair = await asyncio.gather(
                *(
                    w.call(
                        "pair_relay",
                        n_volunteers=len(plan.volunteer_tokens),
                        wait_s=args.match_timeout,
                    )
                    for w in workers
                )
            )
        # the volunteer's `matched` may arrive after the student's: wait for both sides
        deadline = time.monotonic() + 30
        while True:
            counts = await asyncio.gather(*(w.call("counts") for w in workers))
            s_rooms = sum(c["student_rooms"] for c in counts)
            v_rooms = sum(c["volunteer_rooms"] for c in counts)
            if v_rooms >= s_rooms or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.2)
        res["setup_s"]["match"] = time.monotonic() - t
        res["pairing_failures"] = sum(p["n_failures"] for p in pair)
        res["pairing_failure_samples"] = [f for p in pair for f in p["failures"]][:5]
        if res["pairing_failures"]:
            n_fail, samples = res["pairing_failures"], res["pairing_failure_samples"]
            log(f"{name}: {n_fail} rooms did not open: {samples}")
        res["rooms_open"] = s_rooms
        res["volunteer_side_rooms"] = v_rooms
        res["sockets"] = sockets
        res["volunteers"] = len(plan.volunteer_tokens)
        res["students"] = len(plan.student_tokens)
        log(
            f"{name}: {sockets} sockets, {s_rooms} rooms open (volunteer side sees {v_rooms}) "
            f"in {res['setup_s']['match']:.1f}s"
        )
        if s_rooms == 0:
            raise RuntimeError("no room opened")

        await asyncio.sleep(args.idle)
        idle_samples = []
        for _ in range(3):
            idle_samples.append(rss_kb(pid))
            await asyncio.sleep(0.3)
        mem["idle_kb"] = sorted(idle_samples)[1]
        res["setup_s"]["total"] = time.monotonic() - t_setup

        # ---- load
        slots = [c["slots"] for c in counts]
        total_slots = sum(slots)
        duration = args.warmup + args.seconds
        t0 = time.monotonic_ns() + 500_000_000
        log(
            f"{name}: load {args.rate:g} msg/s over {s_rooms} rooms ({total_slots} senders) for "
            f"{args.warmup:g}s warm-up + {args.seconds:g}s measured"
        )
        peak = {"kb": 0}
        stop_sampling = asyncio.Event()
        samples = []

        async def sample() -> None:
            while not stop_sampling.is_set():
                kb = rss_kb(pid)
                samples.append(((time.monotonic_ns() - t0) / 1e9, kb))
                peak["kb"] = max(peak["kb"], kb)
                try:
                    await asyncio.wait_for(stop_sampling.wait(), 0.5)
                except TimeoutError:
                    pass

        sampler = asyncio.create_task(sample())
        res["loadavg_before_load"] = os.getloadavg()[0]
        busy0 = machine_busy_seconds()
        cpu0 = cpu_seconds(pid)
        await asyncio.gather(
            *(
                w.call(
                    "load",
                    t0_ns=t0,
                    seconds=duration,
                    rate=args.rate * s / total_slots,
                    seed=1000 + w.wid,
                    reconnect=not args.no_reconnect,
                )
                for w, s in zip(workers, slots, strict=True)
                if s
            )
        )
        t_end_send = time.monotonic_ns()
        server_cpu = cpu_seconds(pid) - cpu0
        machine_cpu = machine_busy_seconds() - busy0
        mem["load_end_kb"] = rss_kb(pid)

        # ---- drain: until every sent message is answered and every acked one reached the
        # peer; a server still working through a backlog gets time as long as it makes
        # progress (up to --drain-max), one that stalls gets --drain seconds.
        hard = time.monotonic() + args.drain_max
        stall = time.monotonic() + args.drain
        last = None
        while True:
            counts = await asyncio.gather(*(w.call("counts") for w in workers))
            sent = sum(c["sent"] for c in counts)
            acked = sum(c["acked"] for c in counts)
            received = sum(c["received"] for c in counts)
            refs = sum(c["error_refs"] for c in counts)
            if received >= acked and acked + refs >= sent:
                break
            now = time.monotonic()
            busy = sum(c["reconnecting"] for c in counts)
            if (acked, received, refs) != last or busy:
                last = (acked, received, refs)
                stall = now + args.drain
            if now > stall or now > hard:
                break
            await asyncio.sleep(0.2)
        res["drain_s"] = (time.monotonic_ns() - t_end_send) / 1e9
        if res["drain_s"] > 2:
            log(f"{name}: drained for {res['drain_s']:.1f}s after the last send")
        stop_sampling.set()
        await sampler
        mem["load_peak_kb"] = peak["kb"]
        mem["after_drain_kb"] = rss_kb(pid)

        if plan.http_base:
            res["cascade"] = await cascade_lag(plan.http_base)
        raw = await asyncio.gather(*(w.call("results") for w in workers))
        res.update(analyse(raw, t0, args))
        load_s = (t_end_send - t0) / 1e9
        res["server_cpu_pct_load"] = 100 * server_cpu / load_s
        gen_cpu = sum(r["cpu_load_s"] for r in raw)
        # everything else on the machine (other users' builds and tests) during the load
        res["other_cpu_pct_load"] = max(0.0, 100 * (machine_cpu - server_cpu - gen_cpu) / load_s)
        res["memory"] = mem
        res["memory"]["rss_samples_load"] = samples
        res["kb_per_idle_conn"] = (mem["idle_kb"] - mem["base_kb"]) / max(1, sockets)
        res["kb_per_conn_before_rooms"] = (mem["connected_kb"] - mem["base_kb"]) / max(1, sockets)
        res["ok"] = True
    except Exception as exc:  # noqa: BLE001 - one target failing must not lose the other's figures
        res["error"] = f"{type(exc).__name__}: {exc}"
        res["traceback"] = traceback.format_exc()
        log(f"{name}: FAILED: {res['error']}")
    finally:
        for w in workers:
            with contextlib.suppress(Exception):  # the worker is stopped next in any case
                await asyncio.wait_for(w.call("close"), 20)
            await w.stop()
        if plan is not None:
            rc = plan.server.stop()
            res["server_exit"] = rc
            res["server_log_problems"] = scan_log(plan.server.log_path)
            for fn in plan.cleanup:
                fn()
    return res


async def _connect_share(
    w: WorkerHandle, plan: Plan, role: str, tokens: list[str], indices: list[int], args
) -> None:
    if tokens:
        await w.call(
            "connect",
            url=plan.url,
            role=role,
            tokens=tokens,
            indices=indices,
            concurrency=args.connect_concurrency,
            mode=plan.mode,
        )


def scan_log(path: Path) -> dict:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return {}
    bad = [ln for ln in lines if any(k in ln for k in ("Traceback", "ERROR", "Error", "Exception"))]
    return {"lines": len(lines), "problem_lines": len(bad), "samples": bad[:15]}


# --------------------------------------------------------------------------- analysis


def analyse(raw: list[dict], t0: int, args) -> dict:
    w0 = t0 + int(args.warmup * 1e9)
    w1 = w0 + int(args.seconds * 1e9)
    sends = {}  # (wid, n) -> (room, t_send, sender_key)
    for r in raw:
        for n, room, t, key in r["sends"]:
            sends[(r["wid"], n)] = (room, t, key)
    acks = {}
    bad_acks = 0
    for r in raw:
        for cmid, seq, room, t in r["acks"]:
            try:
                wid, n = cmid[1:].split(".")
                acks[(int(wid), int(n))] = (seq, room, t)
            except (TypeError, ValueError, AttributeError):
                bad_acks += 1
    first_recv = {}
    dups = 0
    order_violations = 0
    last_seq: dict = {}
    for r in raw:
        for room, seq, swid, n, ts, tr, rkey in sorted(r["recv"], key=lambda x: x[5]):
            k = (swid, n)
            if k in first_recv:
                dups += 1
                continue
            first_recv[k] = (room, seq, ts, tr, rkey)
            lk = (rkey, room)
            if isinstance(seq, int):
                if lk in last_seq and seq <= last_seq[lk]:
                    order_violations += 1
                last_seq[lk] = max(seq, last_seq.get(lk, 0))

    error_refs = set()
    err_codes: Counter = Counter()
    err_samples = []
    for r in raw:
        for _t, key, f in r["errors"]:
            err_codes[f.get("code")] += 1
            error_refs.add(f.get("ref"))
            if len(err_samples) < 10:
                err_samples.append({"conn": key, "frame": f})

    lat = []
    ack_lat = []
    sent_window = 0
    undelivered_window = 0
    by_role: dict = defaultdict(list)  # sender role -> latencies
    for k, (_room, ts, key) in sends.items():
        if w0 <= ts < w1:
            sent_window += 1
            role = "volunteer" if key.split(":")[1].startswith("v") else "student"
            if k in first_recv:
                ms = (first_recv[k][3] - ts) / 1e6
            elif f"b{k[0]}.{k[1]}" not in error_refs:
                # never delivered (and not refused with an error frame): counts as infinitely
                # late, so a server that falls behind cannot flatter its percentiles
                ms = math.inf
                undelivered_window += 1
            else:
                continue
            lat.append(ms)
            by_role[role].append(ms)
            if k in acks:
                ack_lat.append((acks[k][2] - ts) / 1e6)
    lat.sort()
    ack_lat.sort()
    buckets = Counter()
    delivered_window = 0
    for *_, tr, _rkey in first_recv.values():
        if w0 <= tr < w1:
            delivered_window += 1
            buckets[int((tr - w0) // 1_000_000_000)] += 1
    per_sec = [buckets.get(i, 0) for i in range(int(args.seconds))]

    lost = [k for k in acks if k not in first_recv]
    unacked = [k for k in sends if k not in acks and f"b{k[0]}.{k[1]}" not in error_refs]
    unacked_delivered = sum(1 for k in unacked if k in first_recv)

    # seq integrity per room: acks (sender side) + deliveries (receiver side)
    by_room: dict = defaultdict(dict)
    seq_conflicts = 0
    for k, (seq, room, _) in acks.items():
        if seq is None:
            continue
        prev = by_room[room].get(seq)
        if prev is not None and prev != k:
            seq_conflicts += 1
        by_room[room][seq] = k
    for k, (room, seq, *_) in first_recv.items():
        if seq is None:
            continue
        prev = by_room[room].get(seq)
        if prev is not None and prev != k:
            seq_conflicts += 1
        by_room[room][seq] = k
    gaps = 0
    for m in by_room.values():
        gaps += max(m) - len(m) if m else 0

    lag = sorted(x / 1e6 for r in raw for x in r["lag_ns"])
    frames: Counter = Counter()
    for r in raw:
        frames.update(r["frames"])
    closes = [c for r in raw for c in r["closes"]]
    return {
        "sent_total": len(sends),
        "acked_total": len(acks),
        "delivered_total": len(first_recv),
        "sent_per_s": sent_window / args.seconds,
        "delivered_per_s": delivered_window / args.seconds,
        "delivered_per_s_min_1s": min(per_sec) if per_sec else 0,
        "delivered_per_s_max_1s": max(per_sec) if per_sec else 0,
        "delivered_per_second": per_sec,
        "latency_ms": {
            "n": len(lat),
            "undelivered": undelivered_window,
            "p50": pct(lat, 50),
            "p90": pct(lat, 90),
            "p99": pct(lat, 99),
            "p999": pct(lat, 99.9),
            "max": lat[-1] if lat else None,
        },
        "latency_ms_by_sender": {
            role: {"n": len(v), "p50": pct(sorted(v), 50), "p99": pct(sorted(v), 99)}
            for role, v in sorted(by_role.items())
        },
        "ack_latency_ms": {
            "n": len(ack_lat),
            "p50": pct(ack_lat, 50),
            "p99": pct(ack_lat, 99),
            "max": ack_lat[-1] if ack_lat else None,
        },
        "lost": len(lost),
        "lost_samples": [list(k) + [sends.get(k, (None,))[0]] for k in lost[:10]],
        "unacked": len(unacked),
        "unacked_but_delivered": unacked_delivered,
        "duplicates": dups,
        "order_violations": order_violations,
        "seq_conflicts": seq_conflicts,
        "seq_gaps": gaps,
        "bad_acks": bad_acks,
        "errors": dict(err_codes),
        "error_samples": err_samples,
        "closes": [
            {
                "conn": c[0],
                "role": c[1],
                "code": c[2],
                "reason": c[3],
                "during_setup": c[4],
                "at_s": (c[5] - t0) / 1e9,
            }
            for c in closes[:20]
        ],
        "close_codes": dict(Counter(f"{c[2]} {c[3]}" for c in closes)),
        "reconnects": [
            {
                **{k: v for k, v in e.items() if not k.startswith("t_")},
                "at_s": (e["t_closed"] - t0) / 1e9,
                "down_s": (e["t_back"] - e["t_closed"]) / 1e9 if "t_back" in e else None,
            }
            for r in raw
            for e in r["reconnects"]
        ][:20],
        "reconnects_ok": sum(1 for r in raw for e in r["reconnects"] if e["ok"]),
        "reconnects_failed": sum(1 for r in raw for e in r["reconnects"] if not e["ok"]),
        "retried_sends": sum(r["retried"] for r in raw),
        "own_copies": sum(r["own_copies"] for r in raw),
        "n_closes": len(closes),
        "foreign_messages": [f for r in raw for f in r["foreign"]][:10],
        "frames": dict(frames),
        "send_failures": sum(r["send_failures"] for r in raw),
        "generator_lag_ms": {
            "p50": pct(lag, 50),
            "p99": pct(lag, 99),
            "max": lag[-1] if lag else None,
        },
        "generator_cpu_pct": [100 * r["cpu_load_s"] / (args.warmup + args.seconds) for r in raw],
    }


# --------------------------------------------------------------------------- report


def _f(v, fmt="{:.1f}") -> str:
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    try:
        return fmt.format(v)
    except (ValueError, TypeError):
        return str(v)


def report(results: dict, args) -> str:
    names = [n for n in ("relay", "haven") if n in results]
    rows: list[tuple[str, list[str], str]] = []

    def get(r, path):
        cur = r
        for p in path.split("."):
            if not isinstance(cur, dict) or p not in cur:
                return None
            cur = cur[p]
        return cur

    def row(label, path, fmt="{:.1f}", ratio=True, scale=1.0):
        vals = []
        for n in names:
            v = get(results[n], path) if results[n].get("ok") or path in ("sockets",) else None
            if scale != 1.0 and isinstance(v, (int, float)) and not isinstance(v, bool):
                v = v * scale
            vals.append(v)
        rt = ""
        numeric = all(isinstance(v, (int, float)) and math.isfinite(v) for v in vals)
        if ratio and len(names) == 2 and numeric and vals[0]:
            rt = f"{vals[1] / vals[0]:.2f}x"
        rows.append((label, [_f(v, fmt) for v in vals], rt))

    for n in names:
        r = results[n]
        if r.get("ok"):
            r["_integrity"] = f"{r['duplicates']} / {r['order_violations']} / {r['seq_gaps']}"
            r["_errors"] = ", ".join(f"{k}={v}" for k, v in r["errors"].items()) or "0"
            r["_gencpu"] = "/".join(f"{x:.0f}" for x in r["generator_cpu_pct"])
            r["_reconn"] = f"{r['reconnects_ok']} / {r['reconnects_failed']} / {r['retried_sends']}"
            r["_moderation"] = " / ".join(
                str(r["frames"].get(k, 0)) for k in ("withheld", "risk_alert", "escalation")
            )
    row("rooms open", "rooms_open", "{:d}", ratio=False)
    row("sockets (students + volunteers)", "sockets", "{:d}", ratio=False)
    row(f"sent msg/s (target {args.rate:g})", "sent_per_s")
    row("delivered msg/s (sustained)", "delivered_per_s")
    row("  slowest 1 s bucket", "delivered_per_s_min_1s", "{:d}")
    row("latency p50 ms", "latency_ms.p50", "{:.2f}")
    row("latency p90 ms", "latency_ms.p90", "{:.2f}")
    row("latency p99 ms", "latency_ms.p99", "{:.2f}")
    row("latency max ms", "latency_ms.max", "{:.1f}")
    row("  p99 of students' messages ms", "latency_ms_by_sender.student.p99", "{:.2f}")
    row("  p99 of volunteers' messages ms", "latency_ms_by_sender.volunteer.p99", "{:.2f}")
    row("sent-ack p50 ms", "ack_latency_ms.p50", "{:.2f}")
    row("sent-ack p99 ms", "ack_latency_ms.p99", "{:.2f}")
    row("messages sent (all, incl. warm-up)", "sent_total", "{:d}", ratio=False)
    row("lost (acked, never delivered)", "lost", "{:d}", ratio=False)
    row("unacked (no sent, no error)", "unacked", "{:d}", ratio=False)
    row("drain s after the last send", "drain_s", "{:.1f}", ratio=False)
    row("duplicates / order / seq gaps", "_integrity", ratio=False)
    row("error frames", "_errors", ratio=False)
    row("withheld / risk_alert / escalation frames", "_moderation", ratio=False)
    row("cascade: messages screened", "cascade.screened", "{:d}", ratio=False)
    row("gc: full collections (generation 2)", "cascade.gc2_total", "{:d}", ratio=False)
    row("gc: full collections >= 50 ms", "cascade.gc2_over_50ms", "{:d}", ratio=False)
    row("gc: time paused in all collections s", "cascade.gc_pause_s", "{:.2f}", ratio=False)
    row("cascade: verdict within 1 s %", "cascade.within_1s_pct", "{:.1f}", ratio=False)
    row("cascade: verdict p99 <= s (bucket)", "cascade.p99_le_s", "{:g}", ratio=False)
    row("cascade: s to empty its backlog after load", "cascade.backlog_wait_s", "{:.1f}",
        ratio=False)
    row("sockets closed by server", "n_closes", "{:d}", ratio=False)
    row("  reconnected / failed / sends retried", "_reconn", ratio=False)
    row("RSS before connecting MB", "memory.base_kb", "{:.1f}", scale=1 / 1024)
    row("RSS all sockets idle MB", "memory.idle_kb", "{:.1f}", scale=1 / 1024)
    row("RSS under load (peak) MB", "memory.load_peak_kb", "{:.1f}", scale=1 / 1024)
    row("KB per idle connection", "kb_per_idle_conn", "{:.1f}")
    row("  of which before rooms open", "kb_per_conn_before_rooms", "{:.1f}")
    row("server CPU % under load", "server_cpu_pct_load", "{:.0f}")
    row("generator CPU % (per process)", "_gencpu", ratio=False)
    row("other processes' CPU % (of 1 core)", "other_cpu_pct_load", "{:.0f}", ratio=False)
    row("generator send lag p99 ms", "generator_lag_ms.p99", "{:.1f}", ratio=False)
    row("setup s (CLI+HTTP+sockets+match)", "setup_s.total", "{:.1f}", ratio=False)

    w0 = max(len(r[0]) for r in rows) + 2
    head = ["bare relay" if n == "relay" else "haven" for n in names]
    if len(names) == 2:
        head.append("haven/relay")
    out = []
    out.append(
        f"chat benchmark: {args.rooms} rooms, {args.rate:g} msg/s target, "
        f"{args.seconds:g}s measured after {args.warmup:g}s warm-up, "
        f"{args.chats_per_volunteer} rooms per volunteer socket, {args.procs} load process(es)"
    )
    out.append("".ljust(w0) + "".join(h.rjust(14) for h in head))
    out.append("-" * (w0 + 14 * len(head)))
    for label, vals, rt in rows:
        line = label.ljust(w0) + "".join(v.rjust(14) for v in vals)
        if len(names) == 2:
            line += rt.rjust(14)
        out.append(line)
    for n in names:
        r = results[n]
        if not r.get("ok"):
            out.append(f"\n{n}: FAILED: {r.get('error')}")
        if r.get("close_codes"):
            out.append(f"{n} close codes: {json.dumps(r['close_codes'])}")
        for k in ("error_samples", "closes", "reconnects", "foreign_messages", "lost_samples"):
            if r.get(k):
                out.append(f"{n} {k}: {json.dumps(r[k][:5])[:1500]}")
        if r.get("server_log_problems", {}).get("problem_lines"):
            p = r["server_log_problems"]
            out.append(
                f"{n} server log {r.get('server_log')}: {p['problem_lines']} error lines, e.g."
            )
            out.extend("    " + s[:300] for s in p["samples"][:5])
    noisy = [n for n in names if (results[n].get("other_cpu_pct_load") or 0) > 25]
    if noisy:
        out.append(
            f"\nwarning: other processes used a lot of CPU during the load of {', '.join(noisy)}; "
            f"this is a {os.cpu_count()}-core machine, so the figures are pessimistic. "
            "Rerun on a quiet machine for the record."
        )
    h = results.get("haven")
    if h and h.get("ok") and args.rooms >= 500 and args.rate >= 1000:
        checks = [
            ("1000 msg/s sustained", h["delivered_per_s"] >= 0.99 * 1000),
            ("p99 <= 50 ms", (h["latency_ms"]["p99"] or 1e9) <= 50),
            ("nothing lost", h["lost"] == 0 and h["unacked"] == 0),
            ("<= 50 KB per idle connection", h["kb_per_idle_conn"] <= 50),
        ]
        out.append(
            "\nissue targets (Haven): "
            + "; ".join(f"{k}: {'PASS' if v else 'FAIL'}" for k, v in checks)
        )
    return "\n".join(out)


# --------------------------------------------------------------------------- main


def parse_args(argv=None):
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter
    )
    p.add_argument("--target", choices=["haven", "relay", "both"], default="both")
    p.add_argument("--rooms", type=int, default=500)
    p.add_argument("--rate", type=float, default=1000.0, help="aggregate messages/s, both sides")
    p.add_argument("--seconds", type=float, default=20.0, help="measured window")
    p.add_argument("--warmup", type=float, default=3.0, help="load before the measured window")
    p.add_argument(
        "--drain",
        type=float,
        default=10.0,
        help="after the last send, give up waiting for acks/deliveries after this "
        "many seconds without progress",
    )
    p.add_argument(
        "--drain-max", type=float, default=120.0, help="and after this many seconds in any case"
    )
    p.add_argument("--idle", type=float, default=2.0, help="settle time before the idle RSS")
    p.add_argument("--quick", action="store_true", help="smoke run: 20 rooms, 40 msg/s, 5 s")
    p.add_argument(
        "--chats-per-volunteer",
        type=int,
        default=10,
        help="rooms per volunteer (--max-chats); one socket per volunteer",
    )
    p.add_argument("--procs", type=int, default=1, help="load-generator processes")
    p.add_argument("--connect-concurrency", type=int, default=50)
    p.add_argument(
        "--match-concurrency",
        type=int,
        default=50,
        help="students with an outstanding request_chat at once",
    )
    p.add_argument("--match-timeout", type=float, default=60.0)
    p.add_argument("--http-concurrency", type=int, default=20)
    p.add_argument(
        "--cli-jobs", type=int, default=2,
        help="parallel interpreters running the `haven` CLI commands at setup",
    )
    p.add_argument(
        "--no-reconnect",
        action="store_true",
        help="a socket the server closes under load stays closed (default: reconnect with "
        "resume and retry unacknowledged sends, as a real client does)",
    )
    p.add_argument("--keep-tmp", action="store_true", help="keep Haven's temporary database")
    p.add_argument(
        "--profile",
        action="store_true",
        help="run Haven under cProfile (bench/results/chat-<time>-haven.prof); slows it down",
    )
    p.add_argument("--json", type=Path, default=None, help="results file (default bench/results/)")
    args = p.parse_args(argv)
    if args.quick:
        defaults = {"rooms": 500, "rate": 1000.0, "seconds": 20.0, "warmup": 3.0}
        if args.rooms == defaults["rooms"]:
            args.rooms = 20
        if args.rate == defaults["rate"]:
            args.rate = 2.0 * args.rooms
        if args.seconds == defaults["seconds"]:
            args.seconds = 5.0
        if args.warmup == defaults["warmup"]:
            args.warmup = 1.0
    return args


async def amain(args) -> int:
    soft, hard = raise_nofile()
    need = args.rooms + math.ceil(args.rooms / args.chats_per_volunteer) + 100
    if soft < need:
        log(f"warning: RLIMIT_NOFILE is {soft}, this run needs about {need} descriptors")
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    targets = ["relay", "haven"] if args.target == "both" else [args.target]
    results = {}
    for name in targets:
        log(f"=== {name}")
        results[name] = await run_target(name, args, stamp)
        await asyncio.sleep(1)
    text = report(results, args)
    print(text)
    out = args.json or RESULTS_DIR / f"chat-{stamp}.json"
    meta = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "machine": {
            "cpus": os.cpu_count(),
            "nofile": [soft, hard],
            "python": sys.version.split()[0],
        },
    }
    if (
        "relay" in results
        and "haven" in results
        and results["relay"].get("ok")
        and results["haven"].get("ok")
    ):
        r, h = results["relay"], results["haven"]

        def ratio(a, b):
            return a / b if a is not None and b else None

        meta["ratio_haven_over_relay"] = {
            "delivered_per_s": ratio(h["delivered_per_s"], r["delivered_per_s"]),
            "latency_p50": ratio(h["latency_ms"]["p50"], r["latency_ms"]["p50"]),
            "latency_p99": ratio(h["latency_ms"]["p99"], r["latency_ms"]["p99"]),
            "kb_per_idle_conn": ratio(h["kb_per_idle_conn"], r["kb_per_idle_conn"]),
        }
    for res in results.values():
        for k in ("_integrity", "_errors", "_gencpu", "_reconn", "_moderation"):
            res.pop(k, None)
    out.write_text(json.dumps(_finite({**meta, "results": results}), indent=1, default=str))
    print(f"\nresults: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    ok = all(r.get("ok") for r in results.values())
    clean = all(r.get("lost", 1) == 0 for r in results.values() if r.get("ok"))
    return 0 if ok and clean else 1


def _finite(obj):
    """JSON has no Infinity: an undelivered message's latency is written as "inf"."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return "inf"
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def _on_sigterm(signum, frame) -> None:
    raise KeyboardInterrupt


def _stop_all() -> None:
    for server in RUNNING:
        server.stop()


def main(argv=None) -> int:
    args = parse_args(argv)
    faulthandler.register(signal.SIGUSR1)
    signal.signal(signal.SIGTERM, _on_sigterm)
    atexit.register(_stop_all)
    return asyncio.run(amain(args))


if __name__ == "__main__":
    sys.exit(main())
