"""One app per test module over the real core; the semantic layer off unless a test asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import make_client


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("careernav-data")


@pytest.fixture(scope="module")
def client(data_dir: Path) -> TestClient:
    return make_client(data_dir)
