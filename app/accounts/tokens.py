"""Opaque bearer tokens: random, shown once, stored only as a SHA-256 digest.

The prefix tells which table to look in (staff or student) without revealing anything.
"""

from __future__ import annotations

import hashlib
import secrets

STAFF_PREFIX = "hst_"
STUDENT_PREFIX = "hss_"


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
