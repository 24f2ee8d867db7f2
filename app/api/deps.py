"""Typed dependencies for routes: SessionDep, SettingsDep, ServicesDep, Caller, Staff."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.service import Principal, resolve_token
from app.api.errors import ApiError
from app.chat.hub import COOKIE
from app.config import Settings
from app.services import Services


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_settings(services: ServicesDep) -> Settings:
    return services.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_session(services: ServicesDep) -> AsyncIterator[AsyncSession]:
    """A session for one request. Routes that change data commit explicitly before they
    answer; anything not committed is rolled back when the session closes."""
    async with services.sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


def bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(COOKIE)


async def get_caller(request: Request, services: ServicesDep) -> Principal:
    async with services.sessions() as session:
        principal = await resolve_token(session, bearer(request))
    if principal is None:
        raise ApiError(401, "unauthorized", "Sign in again: the token is missing or invalid.")
    return principal


Caller = Annotated[Principal, Depends(get_caller)]


async def get_staff(caller: Caller) -> Principal:
    if caller.is_student:
        raise ApiError(403, "forbidden", "This is for staff only.")
    return caller


Staff = Annotated[Principal, Depends(get_staff)]
