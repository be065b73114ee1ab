"""Per-user isolation by id and CSRF on every state change: user B can neither read nor change
user A's profile, roadmap or feedback, through the pages or the API."""

from __future__ import annotations

import pytest
from account_helpers import api_headers, first_item, make_app, session_info, sign_up
from fastapi.testclient import TestClient
from web_helpers import csrf_token, start_journey


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> dict[str, TestClient]:
    app = make_app(tmp_path_factory.mktemp("authz"))
    found = {}
    for name, target in (("ada", "Data Scientist"), ("bob", "Data Engineer")):
        client = TestClient(app)
        assert start_journey(client, target=target).status_code == 303
        assert sign_up(client, f"{name}@example.org").status_code == 303
        found[name] = client
    found["anonymous"] = TestClient(app)
    return found


def _ada_profile(people: dict[str, TestClient]) -> int:
    return session_info(people["ada"])["profile_id"]


@pytest.mark.parametrize("intruder", ["bob", "anonymous"])
def test_reading_another_users_profile_by_id_is_404(people, intruder: str) -> None:
    ada_id, client = _ada_profile(people), people[intruder]
    for path in ("", "/roadmap", "/feedback"):
        answer = client.get(f"/api/v1/profiles/{ada_id}{path}")
        assert answer.status_code == 404, path
        assert answer.json()["error"]["code"] == "profile_not_found"
    assert ada_id not in [p["id"] for p in client.get("/api/v1/profiles").json()]
    assert "Data Scientist" not in client.get("/account").text


@pytest.mark.parametrize("intruder", ["bob", "anonymous"])
def test_changing_another_users_profile_by_id_is_404(people, intruder: str) -> None:
    ada, client = people["ada"], people[intruder]
    ada_id, key = _ada_profile(people), first_item(ada)
    headers = api_headers(client)  # the intruder's own, valid token
    progress = client.post(
        f"/api/v1/profiles/{ada_id}/progress", json={"key": key, "status": "done"}, headers=headers
    )
    note = client.post(f"/api/v1/profiles/{ada_id}/feedback", json={"text": "x"}, headers=headers)
    opened = client.post(
        f"/account/profiles/{ada_id}/open",
        data={"csrf_token": csrf_token(client)},
        follow_redirects=False,
    )
    assert [progress.status_code, note.status_code, opened.status_code] == [404, 404, 404]
    assert "There is no saved profile" in opened.text
    # Nothing of ada's changed.
    roadmap = ada.get(f"/api/v1/profiles/{ada_id}/roadmap").json()
    assert next(i["status"] for i in roadmap["items"] if i["key"] == key) == "todo"
    assert ada.get(f"/api/v1/profiles/{ada_id}/feedback").json()["notes"] == []
    assert session_info(client)["profile_id"] != ada_id


def test_the_owner_reads_and_changes_their_profile_by_id(people) -> None:
    ada = people["ada"]
    ada_id, key = _ada_profile(people), first_item(ada)
    listed = ada.get("/api/v1/profiles").json()
    assert [(p["id"], p["target"]) for p in listed] == [(ada_id, "Data Scientist")]
    profile = ada.get(f"/api/v1/profiles/{ada_id}").json()
    assert profile["target"] == "Data Scientist" and profile["skills"]
    headers = api_headers(ada)
    done = ada.post(
        f"/api/v1/profiles/{ada_id}/progress",
        json={"key": key, "status": "skipped"},
        headers=headers,
    )
    assert done.status_code == 200
    assert next(i["status"] for i in done.json()["items"] if i["key"] == key) == "skipped"
    # The session works on the same saved profile, so its roadmap shows the change.
    assert (
        next(i for i in ada.get("/api/v1/roadmap").json()["items"] if i["key"] == key)["status"]
        == "skipped"
    )
    note = ada.post(f"/api/v1/profiles/{ada_id}/feedback", json={"text": "Good"}, headers=headers)
    assert note.status_code == 201
    level = ada.post(
        "/analysis/skills/level",
        data={"skill_id": "sql", "level": "Basic"},
        headers={**headers, "HX-Request": "true"},
    )
    assert level.status_code == 200
    feedback = ada.get(f"/api/v1/profiles/{ada_id}/feedback").json()
    assert [n["text"] for n in feedback["notes"]] == ["Good"]
    assert [(c["action"], c["skill_id"], c["new_level"]) for c in feedback["corrections"]] == [
        ("level_changed", "sql", "Basic")
    ]
    opened = ada.post(
        f"/account/profiles/{ada_id}/open",
        data={"csrf_token": csrf_token(ada)},
        follow_redirects=False,
    )
    assert opened.status_code == 303 and opened.headers["location"] == "/analysis"


FORMS = [
    ("/login", {"email": "ada@example.org", "password": "correct horse battery staple"}),
    ("/signup", {"email": "new@example.org", "password": "correct horse battery staple"}),
    ("/logout", {}),
    ("/account/delete", {"confirm": "yes"}),
    ("/analysis/feedback", {"text": "hello"}),
]


@pytest.mark.parametrize(("path", "fields"), FORMS)
def test_forms_without_the_csrf_token_are_refused(people, path: str, fields: dict) -> None:
    client = people["bob"]
    for token in (None, "forged"):
        data = fields if token is None else {**fields, "csrf_token": token}
        answer = client.post(path, data=data, follow_redirects=False)
        assert answer.status_code == 403, (path, token)
        assert "did not come from CareerNav" in answer.text
    assert session_info(client)["email"] == "bob@example.org"  # still logged in, not deleted


def test_api_changes_without_the_csrf_header_are_refused(people) -> None:
    bob = people["bob"]
    bob_id = session_info(bob)["profile_id"]
    key = first_item(bob)
    for headers in ({}, {"X-CSRF-Token": "forged"}, api_headers(people["ada"])):
        progress = bob.post(
            f"/api/v1/profiles/{bob_id}/progress",
            json={"key": key, "status": "done"},
            headers=headers,
        )
        note = bob.post(f"/api/v1/profiles/{bob_id}/feedback", json={"text": "x"}, headers=headers)
        assert [progress.status_code, note.status_code] == [403, 403]
        assert progress.json()["error"]["code"] == "csrf_failed"
    assert bob.get(f"/api/v1/profiles/{bob_id}/feedback").json()["notes"] == []
