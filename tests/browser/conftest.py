"""Browser fixtures: Debian's Chromium driven by Playwright, over the seed site served and unzipped.

No browser is ever downloaded: the tests launch /usr/bin/chromium. Without it (or without
Playwright) they skip with the reason, unless BRIEFING_REQUIRE_BROWSER=1 (CI), where they fail.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(os.environ.get("BRIEFING_SHOTS", Path(tempfile.gettempdir()) / "shots"))
"""Where the reading tests leave screenshots for a person to look at (/tmp/shots)."""


def _unavailable(reason: str) -> None:
    """Skip with ``reason``, or fail when the environment requires the browser tests."""
    if os.environ.get("BRIEFING_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}; BRIEFING_REQUIRE_BROWSER=1 requires the browser tests")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, launched once per session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install playwright)")
    if not CHROMIUM.is_file():
        _unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def tab(browser):
    """A fresh page in its own context, with its requests and console errors recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.requests = []
    opened.errors = []
    opened.on("request", lambda request: opened.requests.append(request.url))
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.on("console", lambda message: _record_console_error(opened.errors, message))
    opened.on(
        "response",
        lambda response: (
            opened.errors.append(f"HTTP {response.status} {response.url}")
            if response.status >= 400
            else None
        ),
    )
    yield opened
    context.close()


def _record_console_error(errors: list[str], message) -> None:
    """Keep console errors; failed loads are recorded, with their URL, from the responses."""
    # Chromium's own favicon.ico probe logs a 404 that no page asked for: not the site's fault.
    if message.type == "error" and not message.text.startswith("Failed to load resource"):
        errors.append(message.text)


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serve files without logging every request to stderr."""

    def log_message(self, format, *args):  # noqa: A002 -- the name the base class uses
        """Stay quiet."""


@pytest.fixture(scope="session")
def served_site(seed_site):
    """The built output/ served over HTTP on 127.0.0.1 at a free port; its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(seed_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def bundle_url(seed_bundle) -> str:
    """The file:// address of the unzipped offline bundle's folder."""
    return seed_bundle.resolve().as_uri()


@pytest.fixture(scope="session")
def seed_urls(seed_site) -> dict[str, str]:
    """Seed file name prefix (``000``, ``001``...) → site-relative URL of its article page."""
    data = json.loads((seed_site / "briefing.json").read_text(encoding="utf-8"))
    return {Path(a["seed"]).name[:3]: a["url"] for a in data["articles"]}


@pytest.fixture(scope="session")
def shots() -> Path:
    """The screenshot folder, created."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
