"""create_app(settings): the FastAPI app, with services wired in its lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI, WebSocket
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

from app import gcwatch
from app.api import errors
from app.api.routes import auth, health, metrics, rooms, schools
from app.api.routes import escalations as escalations_routes
from app.chat.broker import make_broker
from app.chat.events import Events
from app.chat.hub import Hub
from app.chat.screening import Cascade
from app.chat.service import ChatService
from app.config import Settings
from app.db import make_engine, make_sessionmaker
from app.escalation.service import EscalationService
from app.moderation import Moderator
from app.moderation.detoxify_backend import DetoxifyBackend
from app.moderation.worker import DetoxifyArgs, ModerationProcess
from app.services import Services
from app.tasks import cancel_and_wait

log = logging.getLogger(__name__)
FRONTEND = Path(__file__).resolve().parent.parent / "frontend"
HOUSEKEEPING_S = 5.0


def _limiter_storage(settings: Settings) -> Storage:
    if settings.broker_url.startswith("redis"):
        storage = storage_from_string("async+" + settings.broker_url, implementation="redispy")
        assert isinstance(storage, Storage)
        return storage
    return MemoryStorage()


async def _close_storage(storage: Storage) -> None:
    """limits has no close(); its redis-py bridge keeps the client as `bridge.storage`."""
    client = getattr(getattr(storage, "bridge", None), "storage", None)
    if client is not None and hasattr(client, "aclose"):
        await client.aclose()


async def _housekeeping(services: Services) -> None:
    while True:
        await asyncio.sleep(min(HOUSEKEEPING_S, services.settings.presence_heartbeat_s))
        try:
            await services.chat.housekeeping()
        except Exception:
            log.warning("housekeeping round failed; retrying", exc_info=True)


@functools.cache
def shared_moderator(confirm: bool = True) -> Moderator:
    """One moderator per process and confirm setting: its models load once, however many
    apps (tests) run."""
    return Moderator.default(confirm=confirm)


async def _escalation_timers(settings: Settings, escalations: EscalationService) -> None:
    """Fire due escalation steps every tick; every 10th tick also audit and sweep pages."""
    n = 0
    while True:
        await asyncio.sleep(settings.escalation_tick_s)
        n += 1
        try:
            if n % 10 == 0:
                await escalations.audit_overdue()
            else:
                await escalations.tick()
        except Exception:
            log.warning("escalation timer round failed; retrying", exc_info=True)


def detoxify_args(settings: Settings) -> DetoxifyArgs:
    """The optional detoxify backend's settings, for this process and the moderation child."""
    return settings.detoxify_checkpoint, settings.detoxify_config_dir, settings.detoxify_sha256


@functools.cache
def shared_moderation_process(detoxify: DetoxifyArgs) -> ModerationProcess:
    """One moderation child per process and configuration, however many apps (tests) run."""
    return ModerationProcess(detoxify)


async def start_cascade(settings: Settings, moderator: Moderator) -> Cascade | None:
    """Load the embedding model before serving (loading it on the first risky-looking
    message would hold things up for seconds in the middle of live chats): in the moderation
    child process, or, when that is off or cannot start, in this process for its thread."""
    if settings.moderation_process:
        worker = shared_moderation_process(detoxify_args(settings))
        try:
            await worker.warm()
            return worker.assess
        except Exception:
            log.exception("moderation process could not start; the cascade runs in-process")
    await asyncio.to_thread(moderator.warm)
    return None


def moderator_for(settings: Settings) -> Moderator:
    """The process-wide moderator, or one with the school's detoxify backend if configured."""
    backend = DetoxifyBackend.from_settings(*detoxify_args(settings))
    confirm = settings.moderation_confirm
    # (the moderation child needs no such setting: with the step off the inline verdict has
    # already escalated, and the cascade only ever raises a level)
    return (shared_moderator(confirm) if backend is None
            else Moderator.default(backend, confirm=confirm))


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url)
        sessions = make_sessionmaker(engine)
        broker = make_broker(settings.broker_url, settings.node_id)
        await broker.connect()
        events = Events(broker)
        escalations = EscalationService(settings, sessions, events)
        # Overdue pages first: a node restarted after a crash fires the steps that fell due
        # while it was down before it loads the moderation model (seconds on a slow host),
        # not after — a counselor's missed acknowledgement does not wait on stage 2.
        timers = asyncio.create_task(_escalation_timers(settings, escalations),
                                     name="escalation-timers")
        moderator = moderator_for(settings)
        try:
            cascade = await start_cascade(settings, moderator)
        except BaseException:
            await cancel_and_wait([timers])
            raise
        # The libraries (and the model, if loaded here) are up to ~460k long-lived objects:
        # a full collection of them took ~280 ms, a stall of every live chat each time one
        # ran under load. Frozen, the collector leaves them alone (they are never garbage).
        gc.collect()
        gc.freeze()
        gcwatch.watch()
        gc_thresholds = gcwatch.tune()
        chat = ChatService(settings, sessions, events, moderator, escalations, cascade)
        hub = Hub(settings, sessions, broker, chat, escalations)
        storage = _limiter_storage(settings)
        services = Services(settings, engine, sessions, broker, chat, hub,
                            MovingWindowRateLimiter(storage), storage, escalations)
        app.state.services = services
        janitor = asyncio.create_task(_housekeeping(services), name="housekeeping")
        log.info("haven node %s started", settings.node_id)
        try:
            yield
        finally:
            await cancel_and_wait([janitor, timers])
            await chat.stop()
            await escalations.notifier.stop()
            await broker.disconnect()
            await _close_storage(storage)
            await engine.dispose()
            gc.set_threshold(*gc_thresholds)

    app = FastAPI(title="Haven", version="0.1.0", lifespan=lifespan)
    errors.install(app)
    for module in (health, schools, auth, rooms, escalations_routes, metrics):
        app.include_router(module.router)

    @app.websocket("/ws")
    async def ws_endpoint(websocket: WebSocket) -> None:
        await app.state.services.hub.serve(websocket)

    if FRONTEND.is_dir():
        @app.get("/s/{slug}", include_in_schema=False)
        async def student_page(slug: str) -> FileResponse:
            # The student page reads the school from this path.
            return FileResponse(FRONTEND / "index.html")

        app.mount("/", StaticFiles(directory=FRONTEND, html=True), name="frontend")
    return app
