"""Webhook: a JSON POST signed with HMAC-SHA256, retried with exponential backoff.

Headers: `X-Haven-Timestamp` (unix seconds) and `X-Haven-Signature: sha256=<hex>` where
the HMAC key is the school's webhook secret and the message is `<timestamp>.<body>`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time

import httpx

from app.escalation.notify.base import Channel, DeliveryError, Page


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


class Webhook(Channel):
    name = "webhook"

    def __init__(self, retries: int, backoff_s: float, timeout_s: float) -> None:
        self.retries = retries
        self.backoff_s = backoff_s
        self.timeout_s = timeout_s

    def wanted(self, page: Page) -> bool:
        return bool(page.webhook_url)

    async def send(self, page: Page, recipient: dict[str, str] | None) -> int:
        assert page.webhook_url
        body = json.dumps({
            "event": page.event,
            "escalation": page.escalation,
            "school": {"slug": page.school_slug, "name": page.school_name},
            "paged": [{"id": r["id"], "display_name": r["display_name"]}
                      for r in page.recipients],
        }, separators=(",", ":")).encode()
        last = "no attempt"
        async with httpx.AsyncClient(timeout=self.timeout_s) as client:
            for attempt in range(1, self.retries + 2):
                ts = str(int(time.time()))
                headers = {"Content-Type": "application/json", "X-Haven-Timestamp": ts,
                           "X-Haven-Signature": sign(page.webhook_secret or "", ts, body)}
                try:
                    r = await client.post(page.webhook_url, content=body, headers=headers)
                    if r.status_code < 300:
                        return attempt
                    last = f"HTTP {r.status_code}"
                except httpx.HTTPError as e:
                    last = type(e).__name__
                if attempt <= self.retries:
                    await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
        raise DeliveryError(f"webhook failed after {self.retries + 1} tries: {last}",
                            tries=self.retries + 1)
