"""Student sessions, staff login/logout, and who-am-I."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Response
from limits import parse
from pydantic import BaseModel, Field, StringConstraints

from app.accounts import service as accounts
from app.api.deps import Caller, ServicesDep, SessionDep
from app.api.errors import ApiError
from app.chat.hub import COOKIE

router = APIRouter(prefix="/api/v1", tags=["auth"])


class NewSession(BaseModel):
    school: Annotated[str, StringConstraints(min_length=1, max_length=64)]


class Login(BaseModel):
    email: Annotated[str, StringConstraints(min_length=1, max_length=320)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    remember_cookie: bool = Field(False, description="also set the HttpOnly cookie")


@router.post("/students/sessions", status_code=201)
async def new_student_session(body: NewSession, session: SessionDep) -> dict[str, str]:
    token, student, school = await accounts.create_student_session(session, body.school.lower())
    await session.commit()
    return {"token": token, "handle": student.handle, "school": school.slug}


@router.post("/auth/login")
async def login(body: Login, session: SessionDep, services: ServicesDep,
                response: Response) -> dict[str, Any]:
    item = parse(services.settings.login_rate_limit)
    key = body.email.strip().lower()
    if not await services.limiter.hit(item, "login", key):
        raise ApiError(429, "rate_limited", "Too many sign-in attempts; wait a minute.")
    ttl = timedelta(hours=services.settings.token_ttl_hours)
    result = await accounts.login(session, body.email, body.password, ttl)
    if result is None:
        raise ApiError(401, "invalid_credentials", "That e-mail and password do not match.")
    token, principal = result
    await session.commit()
    if body.remember_cookie:
        response.set_cookie(COOKIE, token, max_age=int(ttl.total_seconds()), httponly=True,
                            samesite="strict", secure=services.settings.environment == "production",
                            path="/")
    return {"token": token, "user": principal.user_json()}


@router.post("/auth/logout", status_code=204)
async def logout(caller: Caller, session: SessionDep, services: ServicesDep,
                 response: Response) -> Response:
    if caller.is_student:
        raise ApiError(403, "forbidden", "Students have no login to end.")
    await accounts.logout(session, caller)
    await session.commit()
    response.delete_cookie(COOKIE, path="/")
    response.status_code = 204
    return response


@router.get("/me")
async def me(caller: Caller) -> dict[str, Any]:
    if caller.is_student:
        return {"kind": "student", "handle": caller.handle, "school": caller.school_slug}
    return {"kind": "staff", "user": caller.user_json()}
