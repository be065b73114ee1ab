"""Web load: the real app under uvicorn, a bounded concurrent load on loopback.

Run: `python benchmarks/web.py [--sessions 20] [--duration 30] [--workers 1]`. Starts
`careernav serve` in a child process on a free loopback port with a throwaway data directory.
First every one of ``--sessions`` browser-like sessions opens the landing page and starts the
demo profile (a whole analysis: extraction with the semantic layer, benchmark, gaps), all at
once: the set-up figures. Then, for ``--duration`` seconds, the sessions load the analysis, gap
and roadmap pages in turn, concurrently, as people reading them would: the load figures.
Prints requests per second, p50/p95/p99 latency per page and overall, the error count (which
must be zero) and the server's peak resident memory.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from _shared import percentile

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
READING_PAGES = ("/analysis", "/gap", "/roadmap")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(port: int, data_dir: str, workers: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "CAREERNAV_DATA_DIR": data_dir,
        "HF_HUB_OFFLINE": "1",
        # Every simulated person comes from 127.0.0.1: lift the per-address analysis limit.
        "CAREERNAV_WEB_ANALYSIS_RATE_LIMIT": "10000/minute",
    }
    careernav = Path(sys.executable).with_name("careernav")
    command = [str(careernav), "serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers > 1:
        command += ["--workers", str(workers)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 180) -> float:
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base) as client:
        while time.perf_counter() - started < timeout:
            if server.poll() is not None:
                stderr = server.stderr.read().decode() if server.stderr else ""
                sys.exit(f"The server stopped before it was ready:\n{stderr[-2000:]}")
            try:
                if (await client.get("/")).status_code == 200:
                    return time.perf_counter() - started
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.25)
    sys.exit(f"The server was not ready after {timeout:.0f} s.")


class Tally:
    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)

    def add(self, page: str, seconds: float, ok: bool) -> None:
        self.latencies[page].append(seconds)
        if not ok:
            self.errors[page] += 1


async def timed(client: httpx.AsyncClient, tally: Tally, method: str, page: str, **kw) -> str:
    started = time.perf_counter()
    try:
        response = await client.request(method, page, **kw)
        ok = response.status_code < 400
        text = response.text
    except httpx.HTTPError:
        ok, text = False, ""
    tally.add(page, time.perf_counter() - started, ok)
    return text


class Visitor:
    """One browser: its own cookies, its own session."""

    def __init__(self, base: str) -> None:
        self.client = httpx.AsyncClient(base_url=base, timeout=120, follow_redirects=False)

    async def start(self, tally: Tally) -> bool:
        landing = await timed(self.client, tally, "GET", "/")
        token = CSRF.search(landing)
        if token is None:
            return False
        await timed(self.client, tally, "POST", "/demo", data={"csrf_token": token.group(1)})
        return True

    async def read(self, deadline: float, tally: Tally, turn: int) -> None:
        while time.perf_counter() < deadline:
            await timed(self.client, tally, "GET", READING_PAGES[turn % len(READING_PAGES)])
            turn += 1


def peak_rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else None


def report(title: str, tally: Tally, elapsed: float, sessions: int) -> int:
    every = [value for values in tally.latencies.values() for value in values]
    errors = sum(tally.errors.values())
    print(f"\n{title}: {sessions} concurrent sessions, {elapsed:.1f} s")
    print(f"{'page':<12}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    rows = [*sorted(tally.latencies.items()), ("all", every)]
    for page, values in rows:
        page_errors = errors if page == "all" else tally.errors.get(page, 0)
        print(
            f"{page:<12}{len(values):>9}{percentile(values, 0.5) * 1000:>9.0f}"
            f"{percentile(values, 0.95) * 1000:>9.0f}{percentile(values, 0.99) * 1000:>9.0f}"
            f"{page_errors:>8}"
        )
    print(f"requests per second: {len(every) / elapsed:.1f}")
    print(f"errors: {errors}")
    return errors


async def run(args: argparse.Namespace) -> int:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="careernav-web-bench-") as data_dir:
        server = start_server(port, data_dir, args.workers)
        try:
            ready = await wait_ready(base, server)
            print(f"server ready in {ready:.1f} s (pid {server.pid}, {args.workers} worker(s))")
            visitors = [Visitor(base) for _ in range(args.sessions)]
            setup, load = Tally(), Tally()
            started = time.perf_counter()
            ready_sessions = await asyncio.gather(*(v.start(setup) for v in visitors))
            errors = report("set-up", setup, time.perf_counter() - started, args.sessions)
            errors += ready_sessions.count(False)
            started = time.perf_counter()
            deadline = started + args.duration
            await asyncio.gather(*(v.read(deadline, load, i) for i, v in enumerate(visitors)))
            errors += report("load", load, time.perf_counter() - started, args.sessions)
            await asyncio.gather(*(v.client.aclose() for v in visitors))
            rss = peak_rss_mb(server.pid)
            if rss is not None:
                print(f"\nserver peak resident memory: {rss:.0f} MB")
            print(f"errors in all: {errors}")
            return 1 if errors else 0
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent sessions")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    args = parser.parse_args()
    if args.sessions < 1 or args.duration <= 0:
        parser.error("--sessions must be at least 1 and --duration positive")
    sys.exit(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
