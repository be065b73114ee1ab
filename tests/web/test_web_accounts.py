"""Accounts in the browser's shoes: sign-up keeps the anonymous journey, the session id
changes at login, log-out, sessions that survive a restart, rate limits and cookie flags."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from account_helpers import (
    api_headers,
    first_item,
    log_in,
    make_app,
    session_info,
    sign_up,
)
from fastapi.testclient import TestClient
from web_helpers import csrf_token, start_journey

COOKIE = "careernav_session"


def _mark_first_done(client: TestClient) -> str:
    key = first_item(client)
    answer = client.post(
        "/api/v1/progress", json={"key": key, "status": "done"}, headers=api_headers(client)
    )
    assert answer.status_code == 200
    return key


def _status(client: TestClient, key: str) -> str:
    items = client.get("/api/v1/roadmap").json()["items"]
    return next(i["status"] for i in items if i["key"] == key)


def test_sign_up_keeps_the_journey_and_rotates_the_session(tmp_path: Path) -> None:
    client = TestClient(make_app(tmp_path))
    assert start_journey(client).status_code == 303
    key = _mark_first_done(client)
    before = client.cookies[COOKIE]
    old_token = session_info(client)["csrf_token"]

    answer = sign_up(client, "ada@example.org")
    assert answer.status_code == 303 and answer.headers["location"] == "/account"
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert client.cookies[COOKIE] != before
    info = session_info(client)
    assert info["logged_in"] and info["email"] == "ada@example.org"
    assert info["csrf_token"] != old_token

    account = client.get("/account").text
    assert (
        "Logged in as <strong>ada@example.org</strong>" in account and "Data Scientist" in account
    )
    assert client.get("/analysis").status_code == 200
    assert _status(client, key) == "done"

    stale = TestClient(client.app, cookies={COOKIE: before})  # the id from before login
    assert not session_info(stale)["logged_in"]
    assert stale.get("/analysis", follow_redirects=False).status_code == 303


def test_log_out_then_log_in_elsewhere_restores_profile_and_progress(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    client = TestClient(app)
    start_journey(client)
    sign_up(client, "ada@example.org")
    key = _mark_first_done(client)

    refused = client.post("/logout", follow_redirects=False)
    assert refused.status_code == 403
    out = client.post("/logout", data={"csrf_token": csrf_token(client)}, follow_redirects=False)
    assert out.status_code == 303 and 'careernav_session=""' in out.headers["set-cookie"]
    assert client.get("/analysis", follow_redirects=False).headers["location"] == "/"

    other = TestClient(app)  # another browser
    assert log_in(other, "ada@example.org").status_code == 303
    assert "Python" in other.get("/analysis").text
    assert _status(other, key) == "done"


def test_form_errors_say_what_to_fix(tmp_path: Path) -> None:
    client = TestClient(make_app(tmp_path))
    short = sign_up(client, "ada@example.org", "short")
    assert short.status_code == 400 and "at least 10 characters" in short.text
    assert 'value="ada@example.org"' in short.text
    sign_up(client, "ada@example.org")
    again = sign_up(TestClient(client.app), "ADA@example.org")
    assert again.status_code == 400 and "already an account" in again.text
    wrong = log_in(TestClient(client.app), "ada@example.org", "not my password")
    assert wrong.status_code == 400 and "Wrong email or password" in wrong.text


def test_login_rate_limit_answers_429(tmp_path: Path) -> None:
    client = TestClient(make_app(tmp_path, web={"login_rate_limit": "3/minute"}))
    sign_up(client, "ada@example.org")
    visitor = TestClient(client.app)
    for _ in range(2):
        assert log_in(visitor, "ada@example.org", "guess number one").status_code == 400
    limited = log_in(visitor, "ada@example.org")  # even the right password, once over
    assert limited.status_code == 429
    assert "Too many sign-in attempts" in limited.text and 'role="alert"' in limited.text
    assert 1 <= int(limited.headers["retry-after"]) <= 60


def test_analysis_rate_limit_answers_429(tmp_path: Path) -> None:
    client = TestClient(make_app(tmp_path, web={"analysis_rate_limit": "2/minute"}))
    assert [start_journey(client).status_code for _ in range(2)] == [303, 303]
    page = start_journey(client)
    assert page.status_code == 429 and "Too many analyses" in page.text
    api = client.post("/api/v1/analyze", json={"target": "Data Scientist", "text": "SQL"})
    assert api.status_code == 429 and api.json()["error"]["code"] == "rate_limited"
    assert client.get("/analysis").status_code == 200  # reading is not limited


def _redis_url() -> str:
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/0"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.ConnectionError as error:
        pytest.skip(f"Redis is not reachable at {url}: {error}")
    return url


def test_rate_limits_kept_in_redis_are_shared_by_processes(tmp_path: Path) -> None:
    web = {"login_rate_limit": "2/minute", "rate_limit_storage": _redis_url()}
    address = (f"198.51.100.{uuid.uuid4().int % 250}-{uuid.uuid4().hex[:8]}", 50000)
    first = TestClient(make_app(tmp_path / "a", web=web), client=address)
    second = TestClient(make_app(tmp_path / "b", web=web), client=address)
    assert log_in(first, "ada@example.org", "wrong password one").status_code == 400
    assert log_in(second, "ada@example.org", "wrong password two").status_code == 400
    assert log_in(first, "ada@example.org", "wrong password three").status_code == 429


def test_secure_cookie_setting(tmp_path: Path) -> None:
    client = TestClient(make_app(tmp_path, web={"cookie_secure": True}))
    assert "Secure" in client.get("/").headers["set-cookie"]


def test_anonymous_sessions_survive_a_restart(tmp_path: Path) -> None:
    # No secret_key configured: the cookie key is generated once and kept in the database.
    before = TestClient(make_app(tmp_path, web={"secret_key": None}))
    start_journey(before)
    key = _mark_first_done(before)
    cookie = before.cookies[COOKIE]
    after = TestClient(make_app(tmp_path, web={"secret_key": None}), cookies={COOKIE: cookie})
    assert after.get("/analysis").status_code == 200
    assert _status(after, key) == "done"


def test_feedback_box_keeps_the_note_with_the_analysis(tmp_path: Path) -> None:
    client = TestClient(make_app(tmp_path))
    start_journey(client)
    page = client.get("/analysis").text
    assert 'action="/analysis/feedback"' in page
    headers = {**api_headers(client), "HX-Request": "true"}
    thanks = client.post(
        "/analysis/feedback", data={"text": "Excel is underrated."}, headers=headers
    )
    assert thanks.status_code == 200 and "saved with this analysis" in thanks.text
    profile_id = session_info(client)["profile_id"]
    notes = client.get(f"/api/v1/profiles/{profile_id}/feedback").json()["notes"]
    assert [n["text"] for n in notes] == ["Excel is underrated."]
