"""The JSON API: shapes, validation, errors with codes and suggestions."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from web_helpers import demo_resume, make_client


def test_analyze_then_gap_roadmap_progress(client: TestClient) -> None:
    answer = client.post(
        "/api/v1/analyze",
        data={"target": "Data Scientist", "hours_per_week": "6"},
        files={"file": ("cv.txt", demo_resume().encode(), "text/plain")},
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert {"csrf_token", "skills", "report"} <= body.keys()
    assert body["report"]["role"] == "Data Scientist" and 0 <= body["report"]["readiness"] <= 100
    assert {"id", "level", "evidence"} <= body["skills"][0].keys()
    token = {"X-CSRF-Token": body["csrf_token"]}

    gap = client.get("/api/v1/gap").json()
    assert gap["postings"] > 0 and gap["gaps"][0]["priority_label"] in ("High", "Medium", "Low")
    plan = client.get("/api/v1/roadmap").json()
    assert plan["items"] and plan["progress"]["remaining_weeks"] >= 1
    assert plan["total_hours"] == pytest.approx(sum(i["hours"] for i in plan["items"]), abs=0.5)
    assert plan["later"], "the demo profile has optional gaps outside the route"
    route = {i["key"].split("@")[0] for i in plan["items"]}
    assert all(later["skill_id"] not in route for later in plan["later"])
    key = plan["items"][0]["key"]
    refused = client.post("/api/v1/progress", json={"key": key, "status": "done"})
    assert refused.status_code == 403
    marked = client.post("/api/v1/progress", json={"key": key, "status": "done"}, headers=token)
    assert marked.status_code == 200 and marked.json()["items"][0]["status"] == "done"
    unknown = client.post(
        "/api/v1/progress", json={"key": "nope@Basic", "status": "done"}, headers=token
    )
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "unknown_roadmap_item"


def test_analyze_json_body_and_unknown_role(tmp_path: Path) -> None:
    api = make_client(tmp_path)
    unknown = api.post("/api/v1/analyze", json={"target": "Data Scientst", "text": "Python"})
    assert unknown.status_code == 404
    error = unknown.json()["error"]
    assert error["code"] == "unknown_role" and "Data Scientist" in error["hint"]
    ok = api.post("/api/v1/analyze", json={"target": "Data Scientist", "text": demo_resume()})
    assert ok.status_code == 403  # the session exists now: later POSTs need its token


def test_malformed_requests_get_422_with_clear_messages(tmp_path: Path) -> None:
    api = make_client(tmp_path)
    missing = api.post("/api/v1/analyze", data={"text": "Python"})
    assert missing.status_code == 422
    assert "target" in missing.json()["error"]["message"]
    bad_level = api.get("/api/v1/recommend", params={"skill": "pandas", "level": "Guru"})
    assert bad_level.status_code == 422 and "level" in bad_level.json()["error"]["message"]


def test_bad_document_is_400_with_code(tmp_path: Path) -> None:
    api = make_client(tmp_path)
    answer = api.post(
        "/api/v1/analyze",
        data={"target": "Data Scientist"},
        files={"file": ("cv.pdf", b"%PDF-1.4 broken", "application/pdf")},
    )
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] in ("corrupt_document", "document_unreadable")


def test_recommend_shape_and_unknown_skill(client: TestClient) -> None:
    answer = client.get(
        "/api/v1/recommend", params={"skill": "pandas", "level": "Basic", "style": "video", "k": 3}
    )
    body = answer.json()
    assert answer.status_code == 200 and body["skill"] == "pandas" and len(body["results"]) <= 3
    assert "relevance" in body["results"][0]["components"]
    unknown = client.get("/api/v1/recommend", params={"skill": "pandsa", "level": "Basic"})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "unknown_skill"


def test_gap_before_analysis_is_409(tmp_path: Path) -> None:
    assert make_client(tmp_path).get("/api/v1/gap").status_code == 409


def test_openapi_page(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    sources = [urlsplit(url) for url in re.findall(r'(?:src|href)="([^"]+)"', page.text)]
    assert sources, "the page loads Swagger UI"
    for source in sources:  # every script and style from this server, none from a CDN
        assert source.netloc in ("", "testserver") and source.path.startswith("/static/")
        assert client.get(source.path).status_code == 200
    assert "'unsafe-inline'" not in page.headers["content-security-policy"].split("script-src")[1]
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/v1/analyze",
        "/api/v1/gap",
        "/api/v1/recommend",
        "/api/v1/roadmap",
        "/api/v1/progress",
    } <= paths.keys()


def test_skill_corrections_through_the_api_change_the_gaps(tmp_path: Path) -> None:
    api = make_client(tmp_path)
    body = api.post(
        "/api/v1/analyze", json={"target": "Data Scientist", "text": demo_resume()}
    ).json()
    token = {"X-CSRF-Token": body["csrf_token"]}
    skills = {s["id"]: s for s in api.get("/api/v1/skills").json()}
    assert "sql" in skills and "machine-learning" not in skills

    found = skills["sql"]["level"]
    other = "Basic" if found != "Basic" else "Intermediate"
    assert api.put("/api/v1/skills/sql", json={"level": other}).status_code == 403
    changed = api.put("/api/v1/skills/sql", json={"level": other}, headers=token)
    assert changed.status_code == 200
    sql = next(s for s in changed.json() if s["id"] == "sql")
    assert sql["level"] == other and sql["corrected_from"] == found

    added = api.post(
        "/api/v1/skills", json={"name": "Machine Learning", "level": "Expert"}, headers=token
    )
    assert added.status_code == 201
    assert any(s["id"] == "machine-learning" and s["added_by_you"] for s in added.json())
    gaps = {g["skill_id"]: g for g in api.get("/api/v1/gap").json()["gaps"]}
    assert gaps["machine-learning"]["your_level"] == "Expert"  # used at once

    assert api.delete("/api/v1/skills/sql", headers=token).status_code == 204
    assert "sql" not in {s["id"] for s in api.get("/api/v1/skills").json()}
    unknown = api.put("/api/v1/skills/cobol", json={"level": "Basic"}, headers=token)
    assert unknown.status_code == 404
    bad = api.put("/api/v1/skills/python", json={"level": "Guru"}, headers=token)
    assert bad.status_code == 422
