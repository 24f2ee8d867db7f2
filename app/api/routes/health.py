"""Liveness and readiness."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app.api.deps import ServicesDep

router = APIRouter(tags=["health"])
log = logging.getLogger(__name__)


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(services: ServicesDep) -> JSONResponse:
    database = "ok"
    try:
        async with services.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception:
        log.warning("readiness: database check failed", exc_info=True)
        database = "error"
    broker = "ok" if await services.broker.ping() else "error"
    ok = database == "ok" and broker == "ok"
    return JSONResponse(
        {"status": "ok" if ok else "unavailable", "database": database, "broker": broker},
        status_code=200 if ok else 503,
    )
