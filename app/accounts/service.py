"""Accounts: schools, staff, shifts, logins and anonymous student sessions.

Callers pass an AsyncSession and commit; nothing here publishes events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import tokens
from app.accounts.handles import random_handle
from app.accounts.models import (
    STAFF_ROLES,
    AuthToken,
    CrisisResource,
    Role,
    School,
    Shift,
    StudentSession,
    User,
    VolunteerStatus,
)
from app.accounts.passwords import hash_password, verify_password
from app.types import utcnow


class AccountError(ValueError):
    """A request that cannot be carried out; code is the error object's code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is speaking: an anonymous student session or a staff member."""

    kind: str  # "student" | "staff"
    id: str
    role: str
    handle: str
    school_id: str
    school_slug: str
    token_id: str | None = None  # staff token row, for logout

    @property
    def is_student(self) -> bool:
        return self.kind == "student"

    def user_json(self) -> dict[str, str]:
        return {"id": self.id, "role": self.role, "display_name": self.handle,
                "school": self.school_slug}


async def school_by_slug(session: AsyncSession, slug: str) -> School | None:
    return await session.scalar(select(School).where(School.slug == slug))


async def create_school(session: AsyncSession, slug: str, name: str) -> School:
    slug = slug.strip().lower()
    if not slug or not slug.replace("-", "").isalnum() or len(slug) > 64:
        raise AccountError("invalid_slug", "A school slug is 1-64 letters, digits or dashes.")
    if await school_by_slug(session, slug):
        raise AccountError("school_exists", f"A school with slug {slug!r} already exists.")
    school = School(slug=slug, name=name.strip() or slug)
    session.add(school)
    await session.flush()
    return school


async def add_crisis_resource(
    session: AsyncSession, school: School, name: str, contact: str, hours: str, url: str | None
) -> CrisisResource:
    count = len((await session.scalars(
        select(CrisisResource.id).where(CrisisResource.school_id == school.id))).all())
    res = CrisisResource(school_id=school.id, position=count, name=name, contact=contact,
                         hours=hours, url=url)
    session.add(res)
    return res


async def create_user(
    session: AsyncSession,
    *,
    school_slug: str,
    role: str,
    email: str,
    password: str,
    display_name: str | None = None,
    certified: bool = False,
    max_chats: int = 2,
) -> User:
    school = await school_by_slug(session, school_slug)
    if school is None:
        raise AccountError("school_not_found", f"No school with slug {school_slug!r}.")
    if role not in {r.value for r in STAFF_ROLES}:
        raise AccountError("invalid_role", "Role must be volunteer, counselor or admin.")
    email = email.strip().lower()
    if "@" not in email or len(email) > 320:
        raise AccountError("invalid_email", "That does not look like an e-mail address.")
    if len(password) < 8:
        raise AccountError("weak_password", "A password needs at least 8 characters.")
    if not 1 <= max_chats <= 50:
        raise AccountError("invalid_max_chats", "--max-chats must be between 1 and 50.")
    if await session.scalar(select(User.id).where(User.email == email)):
        raise AccountError("user_exists", f"A user with e-mail {email} already exists.")
    user = User(
        school_id=school.id,
        email=email,
        password_hash=hash_password(password),
        role=role,
        display_name=(display_name or email.split("@")[0]).strip(),
        certified=certified,
        max_chats=max_chats,
        status=VolunteerStatus.AWAY.value,
    )
    session.add(user)
    await session.flush()
    return user


async def add_shift(
    session: AsyncSession, *, email: str, hours: float, on_call: bool, starts_in_minutes: float
) -> Shift:
    user = await session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        raise AccountError("user_not_found", f"No user with e-mail {email}.")
    if not 0 < hours <= 24 * 14:
        raise AccountError("invalid_hours", "--hours must be more than 0 and at most 336.")
    if on_call and user.role not in (Role.COUNSELOR, Role.ADMIN):
        raise AccountError("invalid_shift", "On-call shifts are for counselors.")
    if not on_call and user.role != Role.VOLUNTEER:
        raise AccountError("invalid_shift", "Chat shifts are for volunteers; use --on-call.")
    starts = utcnow() + timedelta(minutes=starts_in_minutes)
    shift = Shift(school_id=user.school_id, user_id=user.id, starts_at=starts,
                  ends_at=starts + timedelta(hours=hours), on_call=on_call)
    session.add(shift)
    await session.flush()
    return shift


async def create_student_session(
    session: AsyncSession, school_slug: str
) -> tuple[str, StudentSession, School]:
    school = await school_by_slug(session, school_slug)
    if school is None:
        raise AccountError("school_not_found", "No school with that address.")
    token = tokens.new_token(tokens.STUDENT_PREFIX)
    student = StudentSession(school_id=school.id, handle=random_handle(),
                             token_hash=tokens.digest(token))
    session.add(student)
    await session.flush()
    return token, student, school


async def login(
    session: AsyncSession, email: str, password: str, ttl: timedelta
) -> tuple[str, Principal] | None:
    user = await session.scalar(select(User).where(User.email == email.strip().lower()))
    if not verify_password(user.password_hash if user else None, password) or user is None:
        return None
    token = tokens.new_token(tokens.STAFF_PREFIX)
    row = AuthToken(user_id=user.id, token_hash=tokens.digest(token),
                    expires_at=utcnow() + ttl)
    session.add(row)
    await session.flush()
    school = await session.get(School, user.school_id)
    assert school is not None
    return token, _staff_principal(user, school, row.id)


async def logout(session: AsyncSession, principal: Principal) -> None:
    if principal.token_id is None:
        return
    await session.execute(
        update(AuthToken).where(AuthToken.id == principal.token_id).values(revoked_at=utcnow())
    )
    if principal.role == Role.VOLUNTEER:
        await session.execute(
            update(User).where(User.id == principal.id).values(status=VolunteerStatus.AWAY.value)
        )


async def resolve_token(session: AsyncSession, token: str | None,
                        now: datetime | None = None) -> Principal | None:
    if not token or len(token) > 200:
        return None
    now = now or utcnow()
    digest = tokens.digest(token)
    if token.startswith(tokens.STUDENT_PREFIX):
        row = (await session.execute(
            select(StudentSession, School.slug)
            .join(School, School.id == StudentSession.school_id)
            .where(StudentSession.token_hash == digest)
        )).first()
        if row is None:
            return None
        student, slug = row
        return Principal("student", student.id, Role.STUDENT.value, student.handle,
                         student.school_id, slug)
    if token.startswith(tokens.STAFF_PREFIX):
        row2 = (await session.execute(
            select(AuthToken, User, School)
            .join(User, User.id == AuthToken.user_id)
            .join(School, School.id == User.school_id)
            .where(AuthToken.token_hash == digest)
        )).first()
        if row2 is None:
            return None
        tok, user, school = row2
        if tok.revoked_at is not None or tok.expires_at <= now:
            return None
        return _staff_principal(user, school, tok.id)
    return None


def _staff_principal(user: User, school: School, token_id: str | None) -> Principal:
    return Principal("staff", user.id, user.role, user.display_name, school.id, school.slug,
                     token_id)
