"""Fixtures: a fresh database per test on SQLite and on PostgreSQL, a real server over
real sockets, and factories for schools, staff and students (CONVENTIONS.md 11)."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest

from app.config import Settings
from tests.helpers import RunningServer, start_server
from tests.services import PG_HOST, PG_PORT, create_pg_database, drop_pg_database, require

os.environ.setdefault("HAVEN_ENVIRONMENT", "test")
T = TypeVar("T")

TABLES = (
    "audit_events, notification_attempts, escalations, feedback, messages, room_members, "
    "rooms, queue_entries, presence, shifts, "
    "auth_tokens, student_sessions, users, crisis_resources, schools"
)


def _in_thread(fn: Callable[[], T]) -> T:
    """Run blocking set-up that itself calls asyncio.run, from inside a running loop."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result()


def _migrate(url: str) -> None:
    from app.cli import migrate

    _in_thread(lambda: migrate(Settings(database_url=url, environment="test",
                                        secret_key="test-secret")))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "haven.db"
    _migrate(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_url() -> AsyncIterator[str]:
    require("PostgreSQL", PG_HOST, PG_PORT)
    url = _in_thread(lambda: asyncio.run(create_pg_database()))
    _migrate(url)
    yield url
    _in_thread(lambda: asyncio.run(drop_pg_database(url)))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The database of one test: a copy of the migrated SQLite template, or the run's
    PostgreSQL database emptied before the test."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "haven.db"
        shutil.copy(template, path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    url: str = request.getfixturevalue("pg_url")
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        await conn.execute(f"TRUNCATE {TABLES} CASCADE")
    finally:
        await conn.close()
    yield url


def make_settings(db_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": db_url,
        "broker_url": "memory://",
        "environment": "test",
        "secret_key": "test-secret-key-not-for-production",
        "login_rate_limit": "1000/minute",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
async def server(db_url: str) -> AsyncIterator[RunningServer]:
    async with start_server(make_settings(db_url)) as running:
        yield running
