"""The moderation child process (app/moderation/worker.py) never outlives its server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SERVER = """
import asyncio, os, sys
from app.moderation.worker import ModerationProcess

async def main():
    worker = ModerationProcess()
    await worker.warm()
    print(worker.pid(), flush=True)
    await asyncio.sleep(60)

if __name__ == "__main__":
    asyncio.run(main())
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead too: its parent (init) will reap it
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z")


def test_the_child_exits_when_the_server_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "server.py"
    script.write_text(SERVER)
    with subprocess.Popen([sys.executable, str(script)], cwd=ROOT, stdout=subprocess.PIPE,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}) as proc:
        assert proc.stdout is not None
        child = int(proc.stdout.readline())
        assert _alive(child)
        # the child yields the CPU to the server (HAVEN_MODERATION_NICE, default 10)
        assert os.getpriority(os.PRIO_PROCESS, child) - os.getpriority(os.PRIO_PROCESS, 0) == 10
        proc.send_signal(signal.SIGKILL)  # no exit hooks, no pool shutdown
        proc.wait(10)
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        outlived = _alive(child)
        if outlived:
            os.kill(child, signal.SIGKILL)  # do not leave it behind on this machine
        assert not outlived, "the moderation child outlived its server"
