"""CSRF, headers, cookies, upload limits and what never reaches the disk."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import csrf_token, demo_resume, make_client, start_journey


def test_security_headers_and_cookie(client: TestClient) -> None:
    fresh = make_client(Path(tempfile.mkdtemp()))
    page = fresh.get("/")
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "same-origin"
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert len(cookie.split(";")[0].split("=", 1)[1]) < 100  # an opaque signed id, no state


def test_post_without_csrf_token_is_rejected(client: TestClient) -> None:
    start_journey(client)
    no_token = client.post("/analysis/skills/level", data={"skill_id": "python", "level": "Basic"})
    assert no_token.status_code == 403
    wrong = client.post(
        "/roadmap/progress",
        data={"key": "x@Basic", "status": "done"},
        headers={"X-CSRF-Token": "forged"},
    )
    assert wrong.status_code == 403
    profile = client.post(
        "/profile", data={"target": "Data Scientist", "hours": "6", "resume_text": demo_resume()}
    )
    assert profile.status_code == 403


def test_corrupt_pdf_shows_the_core_message_and_keeps_the_values(client: TestClient) -> None:
    answer = client.post(
        "/profile",
        data={
            "csrf_token": csrf_token(client),
            "target": "Data Scientist",
            "hours": "7",
            "current_role": "Chemist",
        },
        files={"resume": ("cv.pdf", b"%PDF-1.7\n garbage that is no pdf", "application/pdf")},
    )
    assert answer.status_code == 400
    assert 'role="alert"' in answer.text
    assert 'value="Chemist"' in answer.text and 'value="7"' in answer.text


def test_oversized_upload_shows_the_core_message(tmp_path: Path) -> None:
    small = make_client(tmp_path, max_upload_bytes=4000)
    answer = start_journey(small, text=demo_resume() + "x" * 5000)
    assert answer.status_code == 400
    assert "the limit is 4 KB" in answer.text


def test_body_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    small = make_client(tmp_path, max_upload_bytes=4000)
    small.app.state.services.web.form_overhead_bytes = 0  # the middleware read it at start
    huge = "x" * (4000 + 512 * 1024 + 10)
    answer = small.post("/api/v1/analyze", data={"target": "Data Scientist", "text": huge})
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "request_too_large"


def test_unknown_role_in_the_form_suggests_roles(client: TestClient) -> None:
    answer = start_journey(client, target="Data Scientst")
    assert answer.status_code == 400 and "Data Scientist" in answer.text


MARKER = "ZQXJ-MARKER-7741-PRIVATE"


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_uploaded_resume_never_reaches_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, temp = tmp_path / "data", tmp_path / "tmp"
    data_dir.mkdir()
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # where spooled uploads would go
    app_client = make_client(data_dir, max_upload_bytes=1024 * 1024)
    answer = start_journey(app_client, text=demo_resume() + f"\nSkills: Python, {MARKER}\n")
    assert answer.status_code == 303
    for path in ("/analysis", "/gap", "/roadmap", "/roadmap/export.md", "/api/v1/roadmap"):
        assert app_client.get(path).status_code == 200
    # Over 1 MB: a spooling form parser would roll it over to a temporary file.
    big = f"{MARKER}\n" + "Python and SQL.\n" * 70_000
    refused = start_journey(app_client, text=big)
    assert refused.status_code == 400 and "the limit is 1 MB" in refused.text
    assert _files_containing(tmp_path, MARKER.encode()) == []
    services = app_client.app.state.services
    session_id = services.cookie.read(app_client.cookies[services.web.cookie_name])
    session = services.sessions.get(session_id)
    assert MARKER not in repr(session.profile) and not hasattr(session, "document")
