"""Shared fixtures: the public reference data, and settings pointing at a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from careernav.config import Settings, get_settings

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_data_path() -> Path:
    """Where the shared reference data is: $CAREERNAV_SHARED_DATA, else ../shared/data."""
    configured = os.environ.get("CAREERNAV_SHARED_DATA")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session", autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test session gets its own empty data folder: nothing a user imported or built in
    ~/.careernav changes what the tests see, and the tests write nothing there."""
    folder = tmp_path_factory.mktemp("careernav-data")
    patch = pytest.MonkeyPatch()
    patch.setenv("CAREERNAV_DATA_DIR", str(folder))
    get_settings.cache_clear()
    yield folder
    patch.undo()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared reference data folder; skips the test when it is not available."""
    path = shared_data_path()
    if not path.is_dir():
        pytest.skip(
            f"shared reference data not found at {path}; "
            "set CAREERNAV_SHARED_DATA to the folder holding taxonomy/ and benchmarks/"
        )
    return path


@pytest.fixture
def tmp_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings whose data folder is this test's tmp_path, also seen by get_settings()."""
    monkeypatch.setenv("CAREERNAV_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()
