"""The `haven` command (PROTOCOL.md, CLI)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from app.config import Settings

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"

DEMO_PASSWORDS = {
    "admin@demo.haven": "demo-admin-pass",
    "volunteer1@demo.haven": "demo-volunteer-1",
    "volunteer2@demo.haven": "demo-volunteer-2",
    "counselor@demo.haven": "demo-counselor-pass",
}


def alembic_config(database_url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["database_url"] = database_url
    return cfg


def migrate(settings: Settings) -> None:
    from alembic import command

    command.upgrade(alembic_config(settings.database_url), "head")


async def _current_revision(settings: Settings) -> str | None:
    from alembic.runtime.migration import MigrationContext

    from app.db import make_engine

    engine = make_engine(settings.database_url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(
                lambda c: MigrationContext.configure(c).get_current_revision())
    finally:
        await engine.dispose()


def _head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("")).get_current_head()


async def _with_session(settings: Settings, fn: Callable[[Any], Awaitable[Any]]) -> Any:
    from app.db import make_engine, make_sessionmaker

    engine = make_engine(settings.database_url)
    try:
        async with make_sessionmaker(engine)() as session:
            result = await fn(session)
            await session.commit()
            return result
    finally:
        await engine.dispose()


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from app.logs import log_config
    from app.main import create_app

    if settings.is_sqlite:
        migrate(settings)
    elif asyncio.run(_current_revision(settings)) != _head():
        print("The database schema is not current: run `haven migrate` first.", file=sys.stderr)
        return 2
    uvicorn.run(
        create_app(settings),
        host=args.host,
        port=args.port,
        log_config=log_config(),
        access_log=False,
        ws_max_size=1024 * 1024,
        ws_ping_interval=20,
        ws_ping_timeout=20,
    )
    return 0


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    migrate(settings)
    print("database at head")
    return 0


def cmd_create_school(settings: Settings, args: argparse.Namespace) -> int:
    from app.accounts.service import create_school

    async def make(s: Any) -> Any:
        school = await create_school(s, args.slug, args.name)
        if args.webhook_url:
            school.webhook_url = args.webhook_url
            school.webhook_secret = args.webhook_secret
        return school

    if args.webhook_url and not args.webhook_secret:
        print("haven: --webhook-url needs --webhook-secret (pages are signed)", file=sys.stderr)
        return 2
    school = asyncio.run(_with_session(settings, make))
    print(json.dumps({"slug": school.slug, "name": school.name}))
    return 0


def cmd_create_user(settings: Settings, args: argparse.Namespace) -> int:
    from app.accounts.service import create_user

    user = asyncio.run(_with_session(settings, lambda s: create_user(
        s, school_slug=args.school, role=args.role, email=args.email, password=args.password,
        display_name=args.display_name, certified=args.certified, max_chats=args.max_chats)))
    print(json.dumps({"id": user.id, "email": user.email, "role": user.role}))
    return 0


def cmd_add_shift(settings: Settings, args: argparse.Namespace) -> int:
    from app.accounts.service import add_shift

    shift = asyncio.run(_with_session(settings, lambda s: add_shift(
        s, email=args.email, hours=args.hours, on_call=args.on_call,
        starts_in_minutes=args.starts_in_minutes)))
    print(json.dumps({"id": shift.id, "starts_at": shift.starts_at.isoformat(),
                      "ends_at": shift.ends_at.isoformat(), "on_call": shift.on_call}))
    return 0


async def seed_demo(session: Any) -> list[tuple[str, str, str]]:
    from app.accounts import service as acc

    school = await acc.school_by_slug(session, "demo")
    if school is None:
        school = await acc.create_school(session, "demo", "Demo High School")
        for name, contact, hours, url in (
            ("Emergency services", "Call 911", "24/7", None),
            ("988 Suicide & Crisis Lifeline", "Call or text 988", "24/7", "https://988lifeline.org"),
            ("Crisis Text Line", "Text HOME to 741741", "24/7", "https://www.crisistextline.org"),
            ("School counseling office", "Room 104, or ask any teacher", "Mon-Fri 8-16", None),
        ):
            await acc.add_crisis_resource(session, school, name, contact, hours, url)
        people = (
            ("admin@demo.haven", "admin", "Demo Admin", False),
            ("volunteer1@demo.haven", "volunteer", "Sam (volunteer)", True),
            ("volunteer2@demo.haven", "volunteer", "Alex (volunteer)", True),
            ("counselor@demo.haven", "counselor", "Ms. Rivera (counselor)", False),
        )
        for email, role, name, certified in people:
            await acc.create_user(session, school_slug="demo", role=role, email=email,
                                  password=DEMO_PASSWORDS[email], display_name=name,
                                  certified=certified)
    out = []
    for email in ("volunteer1@demo.haven", "volunteer2@demo.haven", "counselor@demo.haven"):
        await acc.add_shift(session, email=email, hours=24, on_call=email.startswith("counselor"),
                            starts_in_minutes=0)
    for email, password in DEMO_PASSWORDS.items():
        out.append((email, password, email.split("@")[0].rstrip("12")))
    return out


def cmd_seed_demo(settings: Settings, args: argparse.Namespace) -> int:
    logins = asyncio.run(_with_session(settings, seed_demo))
    print("Demo school 'demo' is ready (shifts for the next 24 hours). Logins:")
    for email, password, role in logins:
        print(f"  {role:<10} {email:<24} {password}")
    return 0


def cmd_moderate(settings: Settings, args: argparse.Namespace) -> int:
    """One JSON verdict a line, through the full cascade (PROTOCOL.md, `haven moderate`)."""
    from app.main import moderator_for

    if (args.text is None) == (args.jsonl is None):
        print("haven moderate: give TEXT or --jsonl FILE (one of them)", file=sys.stderr)
        return 2
    items: list[tuple[str, str]] = []
    if args.text is not None:
        items.append((args.text, args.role))
    else:
        source = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
        with source:
            for n, line in enumerate(source, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    text = row["text"]
                    if not isinstance(text, str):
                        raise TypeError
                except (ValueError, KeyError, TypeError):
                    print(f"haven moderate: line {n} is not a JSON object with a \"text\" "
                          "string", file=sys.stderr)
                    return 2
                items.append((text, str(row.get("role", args.role))))
    moderator = moderator_for(settings)
    for start in range(0, len(items), 256):
        for verdict in moderator.assess_cascade(items[start:start + 256]):
            print(json.dumps(verdict.to_json(), ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="haven", description="Haven peer-support chat")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="run the server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(fn=cmd_serve)

    sub.add_parser("migrate", help="alembic upgrade head").set_defaults(fn=cmd_migrate)
    sub.add_parser("seed-demo", help="the demo school").set_defaults(fn=cmd_seed_demo)

    p = sub.add_parser("create-school")
    p.add_argument("--slug", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--webhook-url", help="escalation pages are also POSTed here")
    p.add_argument("--webhook-secret", help="HMAC-SHA256 key for the X-Haven-Signature header")
    p.set_defaults(fn=cmd_create_school)

    p = sub.add_parser("create-user")
    p.add_argument("--school", required=True)
    p.add_argument("--role", required=True, choices=["volunteer", "counselor", "admin"])
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--certified", action="store_true")
    p.add_argument("--display-name")
    p.add_argument("--max-chats", type=int, default=2)
    p.set_defaults(fn=cmd_create_user)

    p = sub.add_parser("add-shift")
    p.add_argument("--email", required=True)
    p.add_argument("--hours", type=float, required=True)
    p.add_argument("--on-call", action="store_true")
    p.add_argument("--starts-in-minutes", type=float, default=0)
    p.set_defaults(fn=cmd_add_shift)

    p = sub.add_parser("moderate", help="print moderation verdicts as JSON lines")
    p.add_argument("text", nargs="?")
    p.add_argument("--jsonl", help="a file of {\"text\": ...} lines, or - for stdin")
    p.add_argument("--role", default="student", choices=["student", "volunteer", "counselor"])
    p.set_defaults(fn=cmd_moderate)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app.accounts.service import AccountError

    args = build_parser().parse_args(argv)
    settings = Settings()
    if args.command not in ("serve", "migrate", "moderate") and settings.is_sqlite:
        migrate(settings)  # the embedded database is made on first use
    try:
        return int(args.fn(settings, args))
    except AccountError as e:
        print(f"haven: {e.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
