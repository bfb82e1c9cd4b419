"""The pre-entry page in a real browser: Debian's Chromium, headless, driven by Playwright.

Playwright's own driver (in the Python wheel) starts ``/usr/bin/chromium`` with a fresh profile
per test; it never downloads a browser. The page is served by the real ``kiosk preentry serve``
server on loopback. Tests skip, saying why, only where Chromium is not installed
(``scripts/setup.sh`` installs it, so CI runs them).

A phone: 390 × 844 CSS pixels at device pixel ratio 3 (a common 6.1-inch phone), touch, mobile.
Screenshots go to ``test-artifacts/preentry/`` for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.preentry_web.server import PageServer
from kiosk.app.preentry_web.site import Site

CHROMIUM = Path(os.environ.get("KIOSK_TEST_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "preentry"

#: How the probe of this project's machines starts Chromium: headless, no sandbox (root in CI),
#: no GPU, and nothing that phones home (the test machines have no network but loopback).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

PHONE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}

#: BCP 47 locale of the phone for each page language.
LOCALES = {
    "ja": "ja-JP",
    "ja-easy": "ja-JP",
    "en": "en-US",
    "zh": "zh-CN",
    "ko": "ko-KR",
    "vi": "vi-VN",
    "pt": "pt-BR",
    "es": "es-ES",
    "fil": "fil-PH",
    "ne": "ne-NP",
}


def require_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium; scripts/setup.sh)")
    os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"
    pytest.importorskip("playwright.sync_api", reason="the dev extra's playwright is missing")


@pytest.fixture(scope="session")
def page_server() -> Iterator[PageServer]:
    """``kiosk preentry serve`` on a free loopback port, every language offered."""
    server = PageServer(("127.0.0.1", 0), Site(municipality="清瀬市"))
    server.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Any]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@dataclass
class Phone:
    """One phone: a page, every request it made, and its console errors."""

    page: Any
    requests: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    shots: Path = ARTIFACTS

    def shot(self, name: str) -> Path:
        """A full-page screenshot under ``test-artifacts/preentry/``."""
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def phone(
    playwright_driver: Any, page_server: PageServer, tmp_path: Path
) -> Iterator[Callable[[str], Phone]]:
    """``phone("vi")``: a fresh Chromium profile on a phone viewport, the page open in ``vi``."""
    contexts: list[Any] = []

    def open_phone(language: str) -> Phone:
        profile = tmp_path / f"profile-{language}-{len(contexts)}"
        context = playwright_driver.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            locale=LOCALES[language],
            timezone_id="Asia/Tokyo",
            **PHONE,
        )
        contexts.append(context)
        page = context.pages[0] if context.pages else context.new_page()
        page.set_default_timeout(15_000)
        phone = Phone(page)
        page.on("request", lambda r: phone.requests.append((r.method, r.url)))
        page.on("pageerror", lambda e: phone.errors.append(str(e)))
        page.on(
            "console",
            lambda m: phone.errors.append(m.text) if m.type == "error" else None,
        )
        page.goto(page_server.url + f"?lang={language}")
        page.wait_for_selector("html[data-ready='true']")
        return phone

    yield open_phone
    for context in contexts:
        context.close()
    shutil.rmtree(tmp_path, ignore_errors=True)
