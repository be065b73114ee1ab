"""Link checks against a real HTTP server on localhost, and what the ranker makes of them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careernav.cli import app
from careernav.config import Settings
from careernav.knowledge.links import (
    check_links,
    link_status_path,
    link_statuses,
    save_link_records,
    verdict,
)
from careernav.knowledge.model import Resource, TaughtSkill
from careernav.models import Level

TODAY = date(2026, 11, 26)


class _Pages(BaseHTTPRequestHandler):
    """/ok 200, /gone 404, /moved -> /ok, /no-head 405 to HEAD but 200 to GET, /busy 503."""

    def _answer(self, head: bool) -> None:
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/no-head" and head:
            self.send_response(405)
        else:
            codes = {"/ok": 200, "/gone": 404, "/no-head": 200, "/busy": 503}
            self.send_response(codes.get(self.path, 404))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _resource(resource_id: str, url: str) -> Resource:
    return Resource(
        id=resource_id, title=resource_id, url=url, provider="test", format="article",
        level=Level.BASIC, hours=1, free=True,
        skills=[TaughtSkill(skill_id="sql", level=Level.BASIC, method="curated")],
        source="test", licence="test",
    )  # fmt: skip


def test_verdicts() -> None:
    assert verdict(200) is True and verdict(301) is True
    assert verdict(404) is False and verdict(410) is False
    # A refusal, a rate limit or a server error says nothing about the page.
    assert verdict(403) is None and verdict(429) is None and verdict(503) is None
    assert verdict(None) is None


def test_check_links_records_alive_and_dead_only(site: str) -> None:
    paths = ("ok", "gone", "moved", "no-head", "busy")
    resources = [_resource(f"t:{p}", f"{site}/{p}") for p in paths]
    resources.append(_resource("t:closed", "http://127.0.0.1:9/nothing-listens"))
    done = []
    records, summary = check_links(
        resources, today=TODAY, timeout=2, workers=3, on_done=lambda: done.append(1)
    )
    assert len(done) == 6
    assert {rid: (r.alive, r.status) for rid, r in records.items()} == {
        "t:ok": (True, 200),
        "t:moved": (True, 200),  # followed to /ok
        "t:no-head": (True, 200),  # asked again with GET
        "t:gone": (False, 404),
    }
    assert (summary.checked, summary.alive, summary.dead, summary.unknown) == (6, 3, 1, 2)
    assert summary.answers["no answer"] == 1 and summary.answers["503"] == 1


def test_records_merge_and_reach_the_ranker(site: str, tmp_settings: Settings) -> None:
    path = link_status_path(tmp_settings)
    first, _ = check_links([_resource("t:a", f"{site}/ok")], today=TODAY, timeout=2)
    save_link_records(path, first)
    later, _ = check_links([_resource("t:b", f"{site}/gone")], today=TODAY, timeout=2)
    save_link_records(path, later)
    statuses = link_statuses(tmp_settings)
    assert statuses["t:a"].alive and not statuses["t:b"].alive
    assert statuses["t:b"].checked == TODAY


def test_cli_checks_a_users_own_resources(site: str, tmp_settings: Settings) -> None:
    mine = Path(tmp_settings.data_dir) / "mine.csv"
    mine.write_text(
        "title,url,format,level,hours,free,skills\n"
        f"Alive drills,{site}/ok,article,Basic,1,yes,sql\n"
        f"Gone drills,{site}/gone,article,Basic,1,yes,sql\n",
        encoding="utf-8",
    )
    env = {"CAREERNAV_DATA_DIR": str(tmp_settings.data_dir)}
    runner = CliRunner()
    assert runner.invoke(app, ["kb", "add", str(mine)], env=env).exit_code == 0
    result = runner.invoke(app, ["kb", "check-links", "--only", "user:"], env=env)
    assert result.exit_code == 0, result.output
    assert "1 alive" in result.output and "1 dead" in result.output
    recorded = {s.alive for s in link_statuses(tmp_settings).values()}
    assert recorded == {True, False}


def test_cli_says_when_nothing_matches(tmp_settings: Settings) -> None:
    env = {"CAREERNAV_DATA_DIR": str(tmp_settings.data_dir)}
    result = CliRunner().invoke(app, ["kb", "check-links", "--only", "nothing:"], env=env)
    assert result.exit_code == 2
    assert "No resources to check" in result.output


def test_a_recorded_dead_link_sinks_in_recommendations(tmp_settings: Settings) -> None:
    from careernav.knowledge.links import LinkRecord
    from careernav.ranking import rank_resources

    before = rank_resources("sql", Level.BASIC, k=5)
    top = before[0]
    record = LinkRecord(url=str(top.resource.url), alive=False, status=404, checked=TODAY)
    save_link_records(link_status_path(tmp_settings), {top.resource.id: record})
    after = rank_resources("sql", Level.BASIC, k=5)
    assert top.resource.id not in [r.resource.id for r in after]
    assert after[0].score > 0 and before[0].components["freshness"] == 0.5


def test_recorded_links_follow_the_file_while_the_app_runs(tmp_settings: Settings) -> None:
    """A check run after the web app started reaches its ranker without a restart."""
    from careernav.knowledge.links import LinkRecord, RecordedLinks

    live = RecordedLinks(tmp_settings, recheck_seconds=0.0)
    assert len(live) == 0 and live.get("fpb:a") is None
    path = link_status_path(tmp_settings)
    save_link_records(path, {"fpb:a": LinkRecord(url="https://a.test/", status=404, alive=False,
                                                 checked=date(2026, 11, 1))})  # fmt: skip
    assert live["fpb:a"].alive is False
    save_link_records(path, {"fpb:b": LinkRecord(url="https://b.test/", status=200, alive=True,
                                                 checked=date(2026, 11, 2))})  # fmt: skip
    assert set(live) == {"fpb:a", "fpb:b"} and live["fpb:b"].alive is True
    held = RecordedLinks(tmp_settings, recheck_seconds=3600.0)
    assert len(held) == 2
