"""The privacy rule, end to end: an uploaded resume and its text reach neither the database nor
the disk, on SQLite and PostgreSQL; delete-my-data removes every row of the user; refused
uploads say why."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from account_helpers import api_headers, first_item, make_app, session_info, sign_up
from fastapi.testclient import TestClient
from sqlalchemy import make_url
from web_helpers import csrf_token, demo_resume

from careernav.config import Settings
from databases import all_rows, postgres_database

MARKER = "QZVX-PRIVATE-MARKER-5518"
EMAIL = "private.person@example.org"
USER_TABLES = (
    "users",
    "web_sessions",
    "profiles",
    "profile_skills",
    "roadmap_items",
    "skill_feedback",
    "analysis_feedback",
)


def resume_text() -> str:
    # The marker sits in a sentence that becomes the evidence quote of two skills.
    return demo_resume() + f"\n- Built Tableau dashboards for the {MARKER} programme.\n"


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


UPLOADS = {
    "txt": lambda: ("resume.txt", resume_text().encode("utf-8"), "text/plain"),
    "docx": lambda: (
        "resume.docx",
        docx_bytes(resume_text()),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
}


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    if request.param == "sqlite":
        yield None  # the default: careernav.db in the data folder
        return
    with postgres_database() as url:
        yield url


def _database_text(settings: Settings) -> str:
    """Every row of every table, and for PostgreSQL a pg_dump of the data as well."""
    text = repr(all_rows(settings.database))
    if settings.database_url and shutil.which("pg_dump"):
        plain = make_url(settings.database_url).set(drivername="postgresql")
        dump = subprocess.run(
            ["pg_dump", "--data-only", plain.render_as_string(hide_password=False)],
            capture_output=True,
            text=True,
            check=True,
        )
        text += dump.stdout
    return text


def _files_containing(root: Path, needles: list[bytes]) -> list[Path]:
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and any(needle in p.read_bytes() for needle in needles)
    ]


def _whole_journey(client: TestClient, upload: tuple[str, bytes, str]) -> None:
    fields = {"target": "Data Scientist", "hours": "6", "current_role": "Business analyst"}
    answer = client.post(
        "/profile",
        data={"csrf_token": csrf_token(client), **fields},
        files={"resume": upload},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert MARKER in client.get("/analysis").text  # the quote was shown, from memory
    assert sign_up(client, EMAIL).status_code == 303
    htmx = {**api_headers(client), "HX-Request": "true"}
    for path, data in (
        ("/analysis/skills/level", {"skill_id": "tableau", "level": "Expert"}),
        ("/analysis/skills/add", {"name": "pandas", "level": "Intermediate"}),
        ("/analysis/skills/remove", {"skill_id": "sql"}),
        ("/analysis/feedback", {"text": "The dashboards line was read well."}),
        ("/roadmap/progress", {"key": first_item(client), "status": "done"}),
        ("/roadmap/replace", {"key": first_item(client)}),
    ):
        assert client.post(path, data=data, headers=htmx).status_code == 200, path
    for path in ("/gap", "/roadmap", "/explain", "/account", "/roadmap/export.md"):
        assert client.get(path).status_code == 200, path
    # The same file through the API: analysed, shown, not kept.
    api = client.post(
        "/api/v1/analyze",
        data={"target": "Data Analyst"},
        files={"file": upload},
        headers=api_headers(client),
    )
    assert api.status_code == 200 and MARKER in api.text


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_the_uploaded_resume_reaches_neither_database_nor_disk(
    kind: str, database_url: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, temp = tmp_path / "data", tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # where spooled uploads would go
    app = make_app(data_dir, database_url=database_url)
    settings = app.state.services.settings
    client = TestClient(app)
    upload = UPLOADS[kind]()
    _whole_journey(client, upload)
    assert len(client.get("/api/v1/profiles").json()) == 2

    stored = _database_text(settings)
    assert EMAIL in stored and "Tableau" in stored and "dashboards line" in stored
    assert MARKER not in stored
    assert "Built executive dashboards" not in stored  # nor any other resume sentence
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), upload[1][200:264]]
    assert _files_containing(tmp_path, needles) == []

    kept = client.post(
        "/account/delete", data={"csrf_token": csrf_token(client)}, follow_redirects=False
    )
    assert kept.status_code == 400 and "Nothing was deleted" in kept.text
    gone = client.post(
        "/account/delete",
        data={"csrf_token": csrf_token(client), "confirm": "yes"},
        follow_redirects=False,
    )
    assert gone.status_code == 200 and "Your data was deleted" in gone.text
    assert 'careernav_session=""' in gone.headers["set-cookie"]
    rows = all_rows(settings.database)
    assert {table: rows[table] for table in USER_TABLES} == {table: [] for table in USER_TABLES}
    assert EMAIL not in _database_text(settings)
    if database_url is None:
        assert _files_containing(tmp_path, [EMAIL.encode(), b"dashboards line"]) == []
    assert not session_info(client)["logged_in"]
    assert client.get("/analysis", follow_redirects=False).status_code == 303


def test_anonymous_delete_my_data_removes_the_session_and_its_analysis(tmp_path: Path) -> None:
    client = TestClient(make_app(tmp_path))
    client.post(
        "/profile",
        data={"csrf_token": csrf_token(client), "target": "Data Scientist", "hours": "6"},
        files={"resume": UPLOADS["txt"]()},
    )
    gone = client.post("/account/delete", data={"csrf_token": csrf_token(client), "confirm": "yes"})
    assert gone.status_code == 200
    rows = all_rows(app_database(client))
    assert {table: rows[table] for table in USER_TABLES} == {table: [] for table in USER_TABLES}


def app_database(client: TestClient) -> str:
    return client.app.state.services.settings.database


@pytest.mark.parametrize(
    ("name", "payload", "code", "message"),
    [
        ("cv.docx", b"PK\x03\x04 this zip is broken", "corrupt_document", "DOCX"),
        ("cv.pdf", b"%PDF-1.7\n not really a pdf", "corrupt_document", "PDF"),
        ("cv.txt", b"Python and SQL.\n" * 400, "file_too_large", "the limit is 4 KB"),
    ],
)
def test_refused_uploads_say_why_and_leave_nothing(
    tmp_path: Path, name: str, payload: bytes, code: str, message: str
) -> None:
    client = TestClient(make_app(tmp_path, max_upload_bytes=4000))
    answer = client.post(
        "/api/v1/analyze", data={"target": "Data Scientist"}, files={"file": (name, payload)}
    )
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == code and message in error["message"] and error["hint"]
    assert all(
        not rows for table, rows in all_rows(app_database(client)).items() if table == "profiles"
    )
