"""Browser tests: the real server (serving frontend/ itself) on a copy of the migrated
SQLite template, driven by Debian's headless Chromium through Playwright's Python package.

Chromium must be /usr/bin/chromium (`apt-get install -y chromium`); Playwright's own browser
download is never used. Without it these tests skip loudly, and fail under CI=true.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_settings
from tests.helpers import RunningServer, make_school, start_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"width": 360, "height": 640}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SCHOOL = "east"


def require_chromium() -> None:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install -y chromium)")
    if importlib.util.find_spec("playwright") is None:
        missing.append("the playwright package (pip install playwright)")
    if not missing:
        return
    reason = "browser tests need " + " and ".join(missing)
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}, and CI=true: they must run", pytrace=False)
    pytest.skip(f"SKIPPING: {reason} -- these tests did NOT run")


@pytest.fixture
async def web(request: pytest.FixtureRequest, sqlite_template: Path,
              tmp_path: Path) -> AsyncIterator[RunningServer]:
    """A real server on SQLite with the school "east" (its crisis line included). Settings
    overrides come by indirect parametrization: parametrize("web", [{...}], indirect=True)."""
    path = tmp_path / "haven.db"
    shutil.copy(sqlite_template, path)
    overrides = getattr(request, "param", {})
    async with start_server(make_settings(f"sqlite+aiosqlite:///{path}", **overrides)) as running:
        await make_school(running, SCHOOL, "East High")
        yield running


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    require_chromium()
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            await chromium.close()


@dataclass
class Tab:
    """A page in its own browser context, with what it did that a test may check."""

    context: Any
    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        """Requests that left the school's server (there must be none)."""
        host = self.base.split("://", 1)[1]
        return [u for u in self.requests
                if not (u.startswith(("http://", "ws://"))
                        and u.split("://", 1)[1].startswith(host + "/"))
                and not u.startswith("data:")]


@pytest.fixture
async def open_tab(browser: Any, web: RunningServer) -> AsyncIterator[Any]:
    """open_tab(path) -> Tab: a fresh phone-sized context (own storage) at that path."""
    tabs: list[Tab] = []

    async def _open(path: str, **context_args: Any) -> Tab:
        args = {"viewport": PHONE, "is_mobile": True, "has_touch": True,
                "reduced_motion": "reduce", **context_args}
        context = await browser.new_context(**args)
        context.set_default_timeout(10_000)
        page = await context.new_page()
        tab = Tab(context, page, web.base)
        page.on("request", lambda r: tab.requests.append(r.url))
        page.on("websocket", lambda ws: tab.requests.append(ws.url))
        page.on("pageerror", lambda e: tab.errors.append(str(e)))

        async def _dialog(d: Any) -> None:
            tab.dialogs.append(d.message)
            await d.dismiss()

        page.on("dialog", _dialog)
        tabs.append(tab)
        await page.goto(web.base + path)
        return tab

    yield _open
    for tab in tabs:
        await tab.context.close()
    for tab in tabs:
        assert not tab.errors, f"JavaScript errors: {tab.errors}"
        assert not tab.dialogs, f"dialogs opened: {tab.dialogs}"
        assert not tab.foreign_requests(), f"third-party requests: {tab.foreign_requests()}"


async def screenshot(tab: Tab, name: str) -> None:
    """Refresh docs/screenshots/<name> when HAVEN_SCREENSHOTS=1 (so that ordinary test runs
    leave the working tree alone); otherwise still render it, to catch a page that fails to."""
    if os.environ.get("HAVEN_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await tab.page.screenshot(path=str(SCREENSHOTS / name))
    else:
        await tab.page.screenshot()
