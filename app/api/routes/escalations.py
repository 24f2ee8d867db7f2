"""Escalations over HTTP: the open list, acknowledge, resolve (PROTOCOL.md)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, StringConstraints

from app.accounts.models import Role
from app.api.deps import ServicesDep, Staff
from app.api.errors import ApiError
from app.chat.messages import ChatError
from app.escalation.service import EscalationError

router = APIRouter(prefix="/api/v1/escalations", tags=["escalations"])


class Resolve(BaseModel):
    note: Annotated[str, StringConstraints(min_length=1, max_length=4000)]


def _http(e: ChatError) -> ApiError:
    if isinstance(e, EscalationError):
        return ApiError(409, e.code, e.message)
    if e.code == "not_allowed":
        return ApiError(403, "forbidden", e.message)
    return ApiError(404, "not_found", e.message)


@router.get("")
async def list_escalations(
    caller: Staff, services: ServicesDep,
    status: Literal["open", "acknowledged", "joined", "resolved"] | None = None,
) -> list[dict[str, Any]]:
    if caller.role not in (Role.COUNSELOR, Role.ADMIN):
        raise ApiError(403, "forbidden", "Escalations are for counselors and admins.")
    return await services.escalations.list_for(caller, status)


@router.post("/{escalation_id}/ack")
async def acknowledge(escalation_id: str, caller: Staff, services: ServicesDep) -> dict[str, Any]:
    try:
        return await services.escalations.acknowledge(caller, escalation_id)
    except ChatError as e:
        raise _http(e) from None


@router.post("/{escalation_id}/resolve")
async def resolve(escalation_id: str, body: Resolve, caller: Staff,
                  services: ServicesDep) -> dict[str, Any]:
    try:
        return await services.escalations.resolve(caller, escalation_id, body.note)
    except ChatError as e:
        raise _http(e) from None
