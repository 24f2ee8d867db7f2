"""Logging: ids, never text, never a client's address.

uvicorn's access log is off, and its connection lines ('%s - "WebSocket /ws" [accepted]')
pass through RedactAddresses, which replaces anything shaped like an IP address.
"""

from __future__ import annotations

import logging
import re
from typing import Any

_IP = re.compile(
    r"\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b"  # IPv4[:port]
    r"|\[?[0-9a-fA-F:]{2,}:[0-9a-fA-F:]+\]?(?::\d+)?"  # IPv6[:port]
)


def _redact(value: Any) -> Any:
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], int):
        return "[client]"
    if isinstance(value, str) and _IP.search(value):
        return _IP.sub("[client]", value)
    return value


class RedactAddresses(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_redact(a) for a in record.args)
        if isinstance(record.msg, str) and _IP.search(record.msg):
            record.msg = _IP.sub("[client]", record.msg)
        return True


def log_config(level: str = "INFO") -> dict[str, Any]:
    """A dictConfig for uvicorn and the app; every handler redacts addresses."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"redact": {"()": RedactAddresses}},
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "filters": ["redact"],
                "stream": "ext://sys.stderr",
            },
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "app": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
        "root": {"handlers": ["stderr"], "level": "WARNING"},
    }
