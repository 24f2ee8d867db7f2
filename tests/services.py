"""Real local services for tests: PostgreSQL and Redis on their standard ports.

On a laptop without them the tests that need them skip with a loud reason; under CI=true a
missing service fails the run instead (README, Testing).
"""

from __future__ import annotations

import os
import socket
import uuid

import pytest

PG_HOST, PG_PORT = "127.0.0.1", 5432
REDIS_URL = "redis://127.0.0.1:6379/0"


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def require(service: str, host: str, port: int) -> None:
    if _reachable(host, port):
        return
    reason = f"{service} is not reachable on {host}:{port}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}, and CI=true: tests that need it must run", pytrace=False)
    pytest.skip(f"SKIPPING: {reason} -- these tests did NOT run")


async def create_pg_database() -> str:
    """A fresh database for this test run; returns its SQLAlchemy URL."""
    import asyncpg

    name = f"haven_test_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user="postgres", database="postgres")
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"


async def drop_pg_database(url: str) -> None:
    import asyncpg

    name = url.rsplit("/", 1)[1]
    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user="postgres", database="postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
