"""Public school information: name, crisis resources, whether anyone can chat now."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import select

from app.accounts.models import CrisisResource
from app.accounts.service import school_by_slug
from app.api.deps import ServicesDep, SessionDep
from app.api.errors import ApiError
from app.chat.queue import capacity
from app.types import utcnow

router = APIRouter(prefix="/api/v1/schools", tags=["schools"])


@router.get("/{slug}")
async def school_info(slug: str, session: SessionDep, services: ServicesDep) -> dict[str, Any]:
    school = await school_by_slug(session, slug.lower())
    if school is None:
        raise ApiError(404, "not_found", "No school with that address.")
    resources = (await session.scalars(
        select(CrisisResource).where(CrisisResource.school_id == school.id)
        .order_by(CrisisResource.position)
    )).all()
    total, _free = await capacity(session, school.id, utcnow(),
                                  services.settings.volunteer_grace_s)
    return {
        "slug": school.slug,
        "name": school.name,
        "crisis_resources": [
            {"name": r.name, "contact": r.contact, "hours": r.hours, "url": r.url}
            for r in resources
        ],
        "volunteers_available": total > 0,
    }
