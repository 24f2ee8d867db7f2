"""Transcripts and feedback."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, Field, StringConstraints
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.accounts.models import Role
from app.api.deps import Caller, SessionDep
from app.api.errors import ApiError
from app.audit import record
from app.chat import messages, rooms
from app.chat.models import Feedback, Room, RoomStatus
from app.escalation.service import room_escalated

router = APIRouter(prefix="/api/v1/rooms", tags=["rooms"])


class NewFeedback(BaseModel):
    rating: int = Field(ge=1, le=5)
    mood_after: int = Field(ge=1, le=5)
    comment: Annotated[str, StringConstraints(max_length=2000)] | None = None


def _hidden() -> ApiError:
    return ApiError(404, "not_found", "No such room.")


@router.get("/{room_id}/transcript")
async def transcript(room_id: str, caller: Caller, session: SessionDep) -> dict[str, Any]:
    room = await session.get(Room, room_id)
    if room is None or room.school_id != caller.school_id:
        raise _hidden()
    member = await rooms.membership(session, room_id, caller.id)
    if caller.role == Role.ADMIN:
        raise ApiError(403, "forbidden", "Admins never read transcripts.")
    counselor = caller.role == Role.COUNSELOR
    if member is None and not (counselor and await room_escalated(session, room_id)):
        raise _hidden()  # nobody learns whether someone else's room exists
    if counselor:
        record(session, "transcript.read", "room", room_id, actor_id=caller.id,
               actor_role=caller.role, school_id=caller.school_id)
        await session.commit()
    items = await messages.transcript(session, room_id, with_whispers=not caller.is_student,
                                      member_id=caller.id)
    return {"room_id": room_id, "messages": items}


@router.post("/{room_id}/feedback", status_code=201)
async def feedback(room_id: str, body: NewFeedback, caller: Caller,
                   session: SessionDep) -> dict[str, Any]:
    room = await session.get(Room, room_id)
    if room is None or not caller.is_student or room.student_id != caller.id:
        if not caller.is_student and room is not None and room.school_id == caller.school_id:
            raise ApiError(403, "forbidden", "Only the student of the chat gives feedback.")
        raise _hidden()
    if room.status != RoomStatus.CLOSED:
        raise ApiError(409, "room_active", "Feedback comes after the chat has ended.")
    if await session.scalar(select(Feedback.id).where(Feedback.room_id == room_id)):
        raise ApiError(409, "feedback_exists", "Feedback for this chat was already given.")
    row = Feedback(room_id=room_id, rating=body.rating, mood_after=body.mood_after,
                   comment=body.comment)
    session.add(row)
    try:
        await session.commit()
    except IntegrityError:
        raise ApiError(409, "feedback_exists",
                       "Feedback for this chat was already given.") from None
    return {"room_id": room_id, "rating": row.rating, "mood_after": row.mood_after}
