"""The whole journey in the browser's shoes: wizard, skills, gaps, roadmap, progress, exports."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from web_helpers import start_journey

HTMX = {"HX-Request": "true"}


def _token(client: TestClient) -> dict[str, str]:
    found = re.search(r'"X-CSRF-Token": "([^"]+)"', client.get("/analysis").text)
    assert found
    return {**HTMX, "X-CSRF-Token": found.group(1)}


def test_landing_page_explains_the_upload_is_not_kept(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "read in memory and discarded" in page.text
    assert '<option value="Data Scientist">' in page.text  # role autocomplete
    assert "postings</option>" in page.text
    assert "/static/htmx.min.js" in page.text
    assert "cdn" not in page.text.lower()


def test_journey_from_wizard_to_exports(client: TestClient) -> None:
    answer = start_journey(client)
    assert answer.status_code == 303 and answer.headers["location"] == "/analysis"
    headers = _token(client)

    analysis = client.get("/analysis").text
    assert "<details>" in analysis and "Python" in analysis

    # Correct a level: the row comes back as a partial, and the gap table follows at once.
    row = client.post(
        "/analysis/skills/level", data={"skill_id": "python", "level": "Expert"}, headers=headers
    )
    assert row.status_code == 200
    assert row.text.lstrip().startswith("<tr") and "you changed it from" in row.text
    gaps = client.get("/api/v1/gap").json()
    python = next(g for g in gaps["gaps"] if g["skill_id"] == "python")
    assert python["your_level"] == "Expert" and python["gap"] == 0

    added = client.post(
        "/analysis/skills/add", data={"name": "tableau", "level": "Basic"}, headers=headers
    )
    assert added.status_code == 200 and "Tableau" in added.text
    removed = client.post("/analysis/skills/remove", data={"skill_id": "tableau"}, headers=headers)
    assert removed.status_code == 200 and removed.text == ""

    gap_page = client.get("/gap").text
    assert "<svg" in gap_page and "readiness" in gap_page and "Skills that carry over" in gap_page

    roadmap_page = client.get("/roadmap").text
    assert "Why this?" in roadmap_page and "Replace" in roadmap_page
    plan = client.get("/api/v1/roadmap").json()
    first = next(i for i in plan["items"] if i["alternatives"])
    replaced = client.post("/roadmap/replace", data={"key": first["key"]}, headers=headers)
    assert replaced.status_code == 200 and replaced.text.lstrip().startswith(
        '<div id="roadmap-body"'
    )
    after = {i["key"]: i for i in client.get("/api/v1/roadmap").json()["items"]}
    assert after[first["key"]]["resource"]["id"] == first["alternatives"][0]["resource"]["id"]

    before = plan["progress"]["eta"]
    biggest = max(plan["items"], key=lambda i: i["resource"]["hours"])
    assert biggest["resource"]["hours"] >= plan["hours_per_week"]
    done = client.post(
        "/roadmap/progress", data={"key": biggest["key"], "status": "done"}, headers=headers
    )
    assert done.status_code == 200 and "<progress" in done.text
    progress = client.get("/api/v1/roadmap").json()["progress"]
    assert progress["eta"] < before and progress["done_hours"] > 0

    markdown = client.get("/roadmap/export.md")
    assert markdown.headers["content-disposition"].endswith('.md"')
    assert markdown.text.startswith("# Learning roadmap: Data Scientist")
    calendar = client.get("/roadmap/export.ics")
    assert (
        calendar.text.startswith("BEGIN:VCALENDAR")
        and "text/calendar" in calendar.headers["content-type"]
    )
    explain = client.get("/explain").text
    assert "How resources were ranked" in explain and "job postings" in explain


def test_corrections_are_recorded_as_feedback(client: TestClient) -> None:
    start_journey(client)
    headers = _token(client)
    client.post(
        "/analysis/skills/level", data={"skill_id": "sql", "level": "Basic"}, headers=headers
    )
    log = client.app.state.services.feedback
    events = [e for e in log.events() if e.skill_id == "sql"]
    assert events and events[-1].action == "level_changed"


def test_skill_suggestions_come_from_the_taxonomy(client: TestClient) -> None:
    options = client.get("/analysis/skills/suggest", params={"name": "pan"}).text
    assert '<option value="pandas">' in options.lower() or "pandas" in options.lower()


def test_pages_before_any_analysis_lead_to_the_form(data_dir) -> None:
    from web_helpers import make_client

    fresh = make_client(data_dir)
    for path in ("/analysis", "/gap", "/roadmap", "/explain"):
        answer = fresh.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/"


def test_demo_profile_runs_the_whole_journey(client: TestClient) -> None:
    from web_helpers import csrf_token

    token = csrf_token(client)
    refused = client.post("/demo", data={}, follow_redirects=False)
    assert refused.status_code == 403
    started = client.post("/demo", data={"csrf_token": token}, follow_redirects=False)
    assert started.status_code == 303 and started.headers["location"] == "/analysis"
    analysis = client.get("/analysis").text
    assert "Power BI" in analysis and "Aspen HYSYS" in analysis
    gap = client.get("/gap").text
    assert "Data Scientist" in gap and "<svg" in gap
