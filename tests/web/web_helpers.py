"""Helpers for the web tests: an app over the real core, the wizard filled in."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from fastapi.testclient import TestClient

from careernav.config import Settings
from careernav.knowledge.retrieval import RetrievalConfig, Retriever
from careernav.knowledge.store import load_catalogue
from careernav.ranking import Ranker
from careernav.taxonomy import load_taxonomy
from careernav.web.app import create_app
from careernav.web.settings import WebSettings

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def demo_resume() -> str:
    return resources.files("careernav.data").joinpath("demo_resume.txt").read_text("utf-8")


def tag_ranker(settings: Settings) -> Callable[[], Ranker]:
    """The core ranker over tag retrieval alone: no vector index to build for the tests."""

    def load() -> Ranker:
        config = RetrievalConfig(runs=("tags",))
        return Ranker(Retriever(load_catalogue(settings), load_taxonomy(), None, config), settings)

    return load


def make_client(data_dir: Path, **overrides: object) -> TestClient:
    settings = Settings(data_dir=data_dir, **{"semantic_layer": False, **overrides})
    app = create_app(settings, web=WebSettings(secret_key="test"), ranker=tag_ranker(settings))
    return TestClient(app)


def csrf_token(client: TestClient) -> str:
    found = CSRF.search(client.get("/").text)
    assert found, "the form carries a CSRF token"
    return found.group(1)


def start_journey(client: TestClient, text: str | None = None, **fields: str):
    """Fill in the wizard with the demo resume (or ``text``) as a TXT upload."""
    data = {
        "csrf_token": csrf_token(client),
        "target": "Data Scientist",
        "hours": "6",
        "style": "video",
        "current_role": "Business analyst",
        **fields,
    }
    upload = (text or demo_resume()).encode("utf-8")
    return client.post(
        "/profile",
        data=data,
        files={"resume": ("resume.txt", upload, "text/plain")},
        follow_redirects=False,
    )
