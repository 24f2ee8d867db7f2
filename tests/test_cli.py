"""The `haven` command as a user runs it: a real process on a fresh embedded database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HAVEN = str(Path(sys.executable).with_name("haven"))


def run(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HAVEN_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/cli.db",
           "HAVEN_ENVIRONMENT": "development"}
    return subprocess.run([HAVEN, *args], env=env, cwd=tmp_path, capture_output=True,
                          text=True, input=stdin, timeout=120)


def test_school_user_and_shift_commands(tmp_path):
    r = run(tmp_path, "create-school", "--slug", "north", "--name", "North High")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"slug": "north", "name": "North High"}
    r = run(tmp_path, "create-school", "--slug", "north", "--name", "Again")
    assert r.returncode == 2 and "already exists" in r.stderr
    r = run(tmp_path, "create-user", "--school", "north", "--role", "volunteer", "--email",
            "v@north.test", "--password", "long-enough", "--certified", "--max-chats", "3")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["role"] == "volunteer"
    r = run(tmp_path, "create-user", "--school", "nowhere", "--role", "volunteer", "--email",
            "x@north.test", "--password", "long-enough")
    assert r.returncode == 2 and "No school" in r.stderr
    r = run(tmp_path, "add-shift", "--email", "v@north.test", "--hours", "4")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["on_call"] is False
    r = run(tmp_path, "add-shift", "--email", "v@north.test", "--hours", "4", "--on-call")
    assert r.returncode == 2 and "counselors" in r.stderr
    assert (tmp_path / "cli.db.secret").exists()


def test_seed_demo_prints_logins_and_can_run_twice(tmp_path):
    first = run(tmp_path, "seed-demo")
    assert first.returncode == 0, first.stderr
    assert "volunteer1@demo.haven" in first.stdout and "counselor@demo.haven" in first.stdout
    assert run(tmp_path, "seed-demo").returncode == 0


def test_moderate_text_and_jsonl(tmp_path):
    r = run(tmp_path, "moderate", "i have the pills in my hand, tonight im ending it")
    assert r.returncode == 0, r.stderr
    verdict = json.loads(r.stdout)
    assert verdict["risk"] == "high" and verdict["escalate"] is True
    assert verdict["action"] == "deliver"
    assert set(verdict["categories"]) == {"self_harm", "abuse_disclosure", "harm_to_others",
                                          "distress", "toxicity"}
    lines = '{"text": "this homework is killing me"}\n{"text": "ur such a stupid idiot"}\n'
    r = run(tmp_path, "moderate", "--jsonl", "-", stdin=lines)
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [v["action"] for v in out] == ["deliver", "withhold"]
    assert out[0]["risk"] == "none"
    r = run(tmp_path, "moderate", "--jsonl", "-", stdin="not json\n")
    assert r.returncode == 2 and "line 1" in r.stderr
