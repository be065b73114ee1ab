"""The real app under `careernav serve` on a loopback port, driven by Debian's Chromium.

One server and one browser for the whole session; each test gets its own browser context
(its own cookies, so its own CareerNav session). Screenshots go to test-output/e2e/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_helpers import OUTPUT_DIR, PROFILE, fill_wizard, new_context, resume_pdf
from playwright.sync_api import Browser, BrowserContext, Page, StorageState, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
]
# Start-up loads the resource index; it builds it first when the shipped one is stale.
START_TIMEOUT_S = 600.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"careernav serve exited with {server.returncode}; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.25)
    pytest.fail(f"careernav serve did not answer {url} within {START_TIMEOUT_S:.0f} s; see {log}")


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """test-output/e2e/, emptied of the previous run's screenshots and downloads."""
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUTPUT_DIR.iterdir():
        if old.is_file():
            old.unlink()
    return OUTPUT_DIR


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory, output_dir: Path) -> Iterator[str]:
    """`careernav serve` (real pipeline, real ranker and embedding model) on a free port,
    over an empty data folder of its own (its database included)."""
    command = shutil.which("careernav", path=str(Path(sys.executable).parent))
    assert command, "the careernav command is installed beside this Python (pip install -e .)"
    port = _free_port()
    # Its own SQLite database in that folder, whatever database the environment names.
    env = {
        **{k: v for k, v in os.environ.items() if k != "CAREERNAV_DATABASE_URL"},
        "CAREERNAV_DATA_DIR": str(tmp_path_factory.mktemp("careernav-e2e-data")),
        "CAREERNAV_WEB_SECRET_KEY": "careernav-e2e-tests",
    }
    log = output_dir / "server.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(
            [command, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/", server, log)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Debian's Chromium at {CHROMIUM}. Install it with "
            "`apt-get update && apt-get install -y chromium` (.ci/run does this in CI), "
            "or deselect them with `-m 'not e2e'`.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_context(browser: Browser, app_url: str) -> Iterator[Callable[..., BrowserContext]]:
    """Opens browser contexts on the app (options as ``new_context``); closes them after."""
    opened: list[BrowserContext] = []

    def open_one(**options: Any) -> BrowserContext:
        opened.append(new_context(browser, app_url, **options))
        return opened[-1]

    yield open_one
    for context in opened:
        context.close()


@pytest.fixture
def page(open_context: Callable[..., BrowserContext]) -> Page:
    """A fresh page in a fresh context: a new CareerNav session."""
    return open_context().new_page()


@pytest.fixture(scope="session")
def resume(shared_data: Path) -> Path:
    return resume_pdf(shared_data)


@pytest.fixture(scope="session")
def analysed_state(browser: Browser, app_url: str, resume: Path) -> StorageState:
    """Cookies of a session whose wizard was filled in with the PDF resume; tests that only
    read pages share it."""
    context = new_context(browser, app_url)
    page = context.new_page()
    page.goto("/")
    fill_wizard(page, PROFILE, resume)
    page.get_by_role("button", name="Analyse my resume").click()
    page.wait_for_url("**/analysis")
    state = context.storage_state()
    context.close()
    return state


@pytest.fixture
def analysed_page(
    open_context: Callable[..., BrowserContext], analysed_state: StorageState
) -> Page:
    """A page in the shared analysed session (for tests that only read pages)."""
    return open_context(storage_state=analysed_state).new_page()
