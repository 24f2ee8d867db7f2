"""One settings object, read once from HAVEN_* variables and passed down (docs/architecture.md)."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = {"", "changeme", "change-me", "secret", "placeholder", "dev"}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HAVEN_", extra="ignore")

    environment: Literal["development", "production", "test"] = "development"
    database_url: str = "sqlite+aiosqlite:///./haven.db"
    broker_url: str = "memory://"
    secret_key: str = ""
    escalation_ack_high_s: int = Field(120, ge=1)
    escalation_ack_medium_s: int = Field(600, ge=1)
    retention_days: int = Field(30, ge=1)
    smtp_url: str | None = None

    # Not part of the contract, documented in docs/protocol.md.
    token_ttl_hours: int = Field(12, ge=1)
    login_rate_limit: str = "10/minute"
    ws_max_frame_bytes: int = 16 * 1024
    ws_frames_per_second: int = 30
    ws_hello_timeout_s: float = 10.0
    volunteer_grace_s: int = Field(30, ge=1)
    volunteer_room_grace_s: int = Field(180, ge=1)
    presence_heartbeat_s: float = 10.0
    replay_limit: int = Field(1000, ge=1)
    allowed_origins: list[str] = []
    node_id: str = Field(default_factory=lambda: secrets.token_hex(4))
    escalation_rounds: int = Field(3, ge=1)
    escalation_tick_s: float = Field(1.0, gt=0)
    webhook_retries: int = Field(4, ge=0)
    webhook_backoff_s: float = Field(0.5, ge=0)
    webhook_timeout_s: float = Field(5.0, gt=0)
    smtp_from: str = "haven@localhost"
    public_url: str = "http://127.0.0.1:8000"
    # How long the moderation cascade waits to batch messages after the first (seconds).
    cascade_linger_s: float = Field(0.1, ge=0, le=2)
    # The share of wall time the cascade may keep the model busy: after a batch that took t
    # seconds it rests t * (1 - duty) / duty, so on a small machine under a flood of messages
    # the chat keeps its CPU (docs/moderation.md). 1 = no rest.
    cascade_duty: float = Field(0.5, gt=0, le=1)
    # While the event loop wakes more than cascade_lag_target_ms late during a batch, the duty
    # halves after it, down to cascade_min_duty; it grows back when the loop is on time.
    cascade_min_duty: float = Field(0.05, gt=0, le=1)
    cascade_lag_target_ms: float = Field(10.0, gt=0)
    # Run the embedding cascade in a child process (off the server's GIL); false: a thread.
    moderation_process: bool = True
    # The confirm step (docs/moderation.md, "Session 29"): a stage-1 escalation that rests
    # only on words with everyday senses waits for the cascade, which may spare the page when
    # the model is all but certain the message is ordinary. false: every stage-1 page at once.
    moderation_confirm: bool = True
    # Optional detoxify toxicity backend: all three or none (docs/moderation.md).
    detoxify_checkpoint: str | None = None
    detoxify_config_dir: str | None = None
    detoxify_sha256: str | None = None

    @model_validator(mode="after")
    def _secret(self) -> Settings:
        if self.secret_key.strip().lower() in PLACEHOLDER_SECRETS:
            if self.environment == "production":
                raise ValueError(
                    "HAVEN_SECRET_KEY is unset or a placeholder; set a long random value"
                )
            self.secret_key = _embedded_secret(self.database_url)
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def sqlite_path(database_url: str) -> Path | None:
    """The file behind a sqlite URL, or None for in-memory/other databases."""
    if not database_url.startswith("sqlite"):
        return None
    _, _, rest = database_url.partition(":///")
    if not rest or rest.startswith(":memory:"):
        return None
    return Path(rest.split("?")[0])


def _embedded_secret(database_url: str) -> str:
    """A secret generated once and kept beside the embedded database (PROTOCOL.md)."""
    db = sqlite_path(database_url)
    if db is None:
        return secrets.token_urlsafe(32)
    path = db.with_name(db.name + ".secret")
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    path.write_text(value)
    path.chmod(0o600)
    return value
