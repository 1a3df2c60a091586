"""Headless Chromium (Debian's /usr/bin/chromium, installed by `make test`) driven by
Playwright against a real `warta serve` on a free loopback port.

Screenshots of every page, at desktop and phone width, go to out/browser/ (ignored by git)."""

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).parent.parent.parent / "out" / "browser"
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def base_url(sample_store):
    """`warta serve` on the sample store, in a thread, for the whole session."""
    import uvicorn

    from warta.serve import create_app

    config = uvicorn.Config(create_app(sample_store), host="127.0.0.1", port=free_port(), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("warta serve did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{config.port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=list(SIZES))
def page(request, browser, base_url):
    """A fresh page at desktop or phone width; its console errors and dialogs are recorded."""
    context = browser.new_context(viewport=SIZES[request.param], base_url=base_url,
                                  is_mobile=request.param == "phone", locale="en-US")
    page = context.new_page()
    page.size = request.param
    page.errors, page.dialogs = [], []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


@pytest.fixture
def shoot(page):
    """shoot(name): a full-page screenshot out/browser/NAME-desktop.png (or -phone)."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = SHOTS / f"{name}-{page.size}.png"
        page.screenshot(path=str(path), full_page=True)
        return path
    return take
