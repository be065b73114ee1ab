"""A role with too few postings takes ESCO's essential and optional skills, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from careernav.config import Settings
from careernav.market.assemble import assemble_benchmarks
from careernav.market.corpus import Posting
from careernav.models import Level
from careernav.taxonomy.esco import import_esco


@pytest.fixture(scope="module")
def esco_settings(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = shared_data / "taxonomy" / "esco-1.1.1"
    if not folder.is_dir():
        pytest.skip(f"ESCO export not found at {folder}")
    settings = Settings(data_dir=tmp_path_factory.mktemp("esco"), min_role_postings=3)
    import_esco(folder, settings, embed_limit=10)
    return settings


def posting(title: str, text: str) -> Posting:
    return Posting(title=title, company="Acme", description=text, posted=None, source="test")


def test_thin_role_falls_back_to_esco(esco_settings: Settings) -> None:
    postings = [posting("Data Scientist", "Requirements\n- Python and SQL")] * 3
    postings.append(posting("Business Analyst", "Requirements\n- Microsoft Excel"))
    data, _ = assemble_benchmarks(postings, esco_settings, sources=["test"], built="2026-01-01")
    roles = {b.role: b for b in data.roles}
    assert roles["Data Scientist"].method == "postings"
    analyst = roles["Business Analyst"]
    assert (analyst.method, analyst.postings, analyst.esco_occupation) == (
        "esco",
        1,
        "business analyst",
    )
    assert analyst.note is not None and "Only 1 job postings" in analyst.note
    essential = [s for s in analyst.skills if s.required_share == 1.0]
    assert essential and all(s.required_level is Level.INTERMEDIATE for s in essential)
    assert any("ESCO" in source for source in data.about.sources)


def test_without_esco_a_thin_role_keeps_its_postings_with_a_note(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, min_role_postings=3)
    postings = [posting("Business Analyst", "Requirements\n- Microsoft Excel")]
    data, _ = assemble_benchmarks(postings, settings, sources=["test"], built="2026-01-01")
    analyst = next(b for b in data.roles if b.role == "Business Analyst")
    assert analyst.method == "postings" and analyst.note is not None
    assert "Import ESCO" in analyst.note
