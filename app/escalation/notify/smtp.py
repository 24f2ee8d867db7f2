"""E-mail pages over SMTP (aiosmtplib), when HAVEN_SMTP_URL is set."""

from __future__ import annotations

from email.message import EmailMessage
from urllib.parse import urlsplit

import aiosmtplib

from app.escalation.notify.base import Channel, DeliveryError, Page


class Smtp(Channel):
    name = "email"
    per_recipient = True

    def __init__(self, url: str, sender: str, public_url: str) -> None:
        parts = urlsplit(url)
        self.host = parts.hostname or "localhost"
        self.port = parts.port or 25
        self.username = parts.username
        self.password = parts.password
        self.tls = parts.scheme == "smtps"
        self.sender = sender
        self.public_url = public_url.rstrip("/")

    async def send(self, page: Page, recipient: dict[str, str] | None) -> int:
        assert recipient is not None
        esc = page.escalation
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = recipient["email"]
        msg["Subject"] = (f"[Haven] {esc['level'].upper()} escalation at {page.school_name}: "
                          "please acknowledge")
        msg.set_content(
            f"A {esc['level']} escalation ({esc['category']}) needs a counselor.\n\n"
            f"Step {esc['step']} of the on-call chain, round {esc['round']}.\n"
            f"Acknowledge by {esc['deadline']} or the next person is paged.\n\n"
            f"Open the dashboard: {self.public_url}/counselor/\n"
            f"Escalation id: {esc['id']}\n"
        )
        try:
            await aiosmtplib.send(msg, hostname=self.host, port=self.port,
                                  username=self.username, password=self.password,
                                  use_tls=self.tls, timeout=10)
        except (aiosmtplib.SMTPException, OSError) as e:
            raise DeliveryError(f"smtp failed: {type(e).__name__}") from e
        return 1
