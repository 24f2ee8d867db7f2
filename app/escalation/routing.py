"""On-call routing: the chain snapshot and how a step moves along it (docs/escalation.md).

The chain is frozen when the escalation opens (grafana/oncall's escalation snapshot): the
school's on-call shifts running at that moment, in the order they were added, one person a
step, then all of the school's admins together as the last step. Later schedule edits do
not change a page under way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import Role, Shift, User
from app.config import Settings
from app.escalation.models import Escalation, Level


async def build_chain(session: AsyncSession, school_id: str, now: datetime) -> list[list[str]]:
    on_call = (await session.execute(
        select(Shift.user_id)
        .join(User, User.id == Shift.user_id)
        .where(Shift.school_id == school_id, Shift.on_call.is_(True), Shift.starts_at <= now,
               Shift.ends_at > now, User.role == Role.COUNSELOR)
        .order_by(Shift.created_at, Shift.id)
    )).scalars().all()
    steps: list[list[str]] = []
    for user_id in on_call:
        if [user_id] not in steps:
            steps.append([user_id])
    admins = (await session.scalars(
        select(User.id).where(User.school_id == school_id, User.role == Role.ADMIN)
        .order_by(User.created_at, User.id))).all()
    if admins:
        steps.append(list(admins))
    return steps


def ack_seconds(settings: Settings, level: str) -> int:
    return (settings.escalation_ack_high_s if level == Level.HIGH
            else settings.escalation_ack_medium_s)


def start(esc: Escalation, chain: list[list[str]], settings: Settings, now: datetime) -> None:
    """Page the first step of a fresh escalation."""
    esc.chain = chain
    esc.step = 1
    esc.round = 1
    esc.paged_user_ids = list(chain[0]) if chain else []
    esc.deadline = now + timedelta(seconds=ack_seconds(settings, esc.level))
    if not chain:
        esc.exhausted_at = now  # nobody to page: loudly visible at once


@dataclass(frozen=True, slots=True)
class StepResult:
    """What firing a due step did (oncall's StepExecutionResultData)."""

    event: str  # "reescalated" | "exhausted"
    paged_user_ids: list[str]


def advance(esc: Escalation, settings: Settings, now: datetime) -> StepResult:
    """Move an unacknowledged escalation to the next step; after the last step the chain
    starts again, at most `escalation_rounds` rounds, then it stays open and exhausted."""
    chain = esc.chain or []
    step, rnd = esc.step + 1, esc.round
    if step > len(chain):
        step, rnd = 1, rnd + 1
    if rnd > settings.escalation_rounds or not chain:
        esc.exhausted_at = now
        esc.deadline = None
        return StepResult("exhausted", [])
    esc.step, esc.round = step, rnd
    esc.paged_user_ids = list(chain[step - 1])
    esc.deadline = now + timedelta(seconds=ack_seconds(settings, esc.level))
    return StepResult("reescalated", list(esc.paged_user_ids))


def raise_level(esc: Escalation, level: Level, settings: Settings, now: datetime) -> bool:
    """A higher level shortens the current deadline to the new level's; returns changed."""
    if level.rank <= Level(esc.level).rank:
        return False
    esc.level = level.value
    if esc.deadline is not None:
        esc.deadline = min(esc.deadline, now + timedelta(seconds=ack_seconds(settings, level)))
    return True
