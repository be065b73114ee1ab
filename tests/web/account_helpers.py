"""Helpers for the account, authorization and privacy tests: apps with chosen web settings,
sign-up and log-in through the forms, the session's CSRF token from the API."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from web_helpers import csrf_token, tag_ranker

from careernav.config import Settings
from careernav.web.app import create_app
from careernav.web.settings import WebSettings

PASSWORD = "correct horse battery staple"


def make_app(data_dir: Path, web: dict | None = None, **settings: object) -> FastAPI:
    """The app over the real core and a database in ``data_dir`` (or ``database_url``)."""
    found = Settings(data_dir=data_dir, **{"semantic_layer": False, **settings})
    web_settings = WebSettings(**{"secret_key": "test", **(web or {})})
    return create_app(found, web=web_settings, ranker=tag_ranker(found))


def sign_up(client: TestClient, email: str, password: str = PASSWORD) -> Response:
    data = {"csrf_token": csrf_token(client), "email": email, "password": password}
    return client.post("/signup", data=data, follow_redirects=False)


def log_in(client: TestClient, email: str, password: str = PASSWORD) -> Response:
    data = {"csrf_token": csrf_token(client), "email": email, "password": password}
    return client.post("/login", data=data, follow_redirects=False)


def session_info(client: TestClient) -> dict:
    return client.get("/api/v1/session").json()


def api_headers(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": session_info(client)["csrf_token"]}


def first_item(client: TestClient) -> str:
    return client.get("/api/v1/roadmap").json()["items"][0]["key"]
