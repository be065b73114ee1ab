"""One journey with the semantic layer on (loads MiniLM once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_helpers import make_client, start_journey


@pytest.mark.slow
def test_journey_with_the_semantic_layer(tmp_path: Path) -> None:
    client = make_client(tmp_path, semantic_layer=True)
    assert start_journey(client).status_code == 303
    assert client.get("/gap").status_code == 200
    assert client.get("/api/v1/gap").json()["readiness"] > 0
