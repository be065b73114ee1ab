"""The ESCO importer on the real ESCO 1.1.1 export (skipped when the shared data is absent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from careernav.config import Settings
from careernav.errors import DataSourceError
from careernav.taxonomy.esco import EscoSummary, EscoTaxonomy, import_esco, load_esco

EMBEDDED_IN_TESTS = 200


@pytest.fixture(scope="module")
def esco_dir(shared_data: Path) -> Path:
    path = shared_data / "taxonomy" / "esco-1.1.1"
    if not path.is_dir():
        pytest.skip(f"ESCO export not found at {path}")
    return path


@pytest.fixture(scope="module")
def imported(
    esco_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[EscoSummary, Settings]:
    """One import per module, embedding only a few skills to keep the run short."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("esco-data"))
    summary = import_esco(esco_dir, settings, embed_limit=EMBEDDED_IN_TESTS)
    return summary, settings


@pytest.fixture(scope="module")
def esco(imported: tuple[EscoSummary, Settings]) -> EscoTaxonomy:
    taxonomy = load_esco(imported[1])
    assert taxonomy is not None
    return taxonomy


def test_import_counts_every_record(imported: tuple[EscoSummary, Settings]) -> None:
    summary, settings = imported
    assert summary.skills == 13_896
    assert summary.occupations == 3_007
    assert summary.relations == 123_855
    assert summary.relations_without_occupation == 67
    assert summary.skill_relations == 5_899
    assert summary.embedded_skills == EMBEDDED_IN_TESTS
    assert summary.folder == settings.imported_dir / "esco"


def test_loaded_taxonomy_holds_everything(esco: EscoTaxonomy) -> None:
    assert len(esco.skills) == 13_896
    assert len(esco.occupations) == 3_007
    attached = sum(len(o.essential) + len(o.optional) for o in esco.occupations)
    assert attached == 123_855 - 67


def test_label_embeddings_are_unit_rows(esco: EscoTaxonomy) -> None:
    vectors = esco.label_embeddings
    assert vectors.shape == (EMBEDDED_IN_TESTS, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert esco.embedded_count == EMBEDDED_IN_TESTS


def test_load_is_cached(imported: tuple[EscoSummary, Settings], esco: EscoTaxonomy) -> None:
    assert load_esco(imported[1]) is esco


def test_load_without_import_is_none(tmp_settings: Settings) -> None:
    assert load_esco(tmp_settings) is None


def test_data_scientist_essential_skills(esco: EscoTaxonomy) -> None:
    occupation = esco.occupation("Data Scientist")
    assert occupation is not None
    assert occupation.label == "data scientist"
    essential = {esco.skill(uri).label for uri in occupation.essential}  # type: ignore[union-attr]
    assert {"data mining", "statistics", "perform data cleansing"} <= essential
    assert len(occupation.essential) == 54
    assert len(occupation.optional) == 21


def test_occupation_found_by_alternative_label(esco: EscoTaxonomy) -> None:
    occupation = esco.occupation("head of technical department")
    assert occupation is not None
    assert occupation.label == "technical director"


def test_skill_lookups(esco: EscoTaxonomy) -> None:
    python = esco.skill_by_label("python")
    assert python is not None
    assert python.label == "Python (computer programming)"
    assert esco.skill(python.uri) is python
    assert python.skill_type == "knowledge"
    assert "Python3" in python.alt_labels
    assert esco.skill_by_label("no such skill at all") is None


def test_skill_relations_are_kept(esco: EscoTaxonomy) -> None:
    related = esco.related_skills(
        "http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2"
    )
    assert [(r.related_uri.rsplit("/", 1)[1], r.relation) for r in related] == [
        ("d4a0744a-508b-4a5e-97a5-ad1fc7f55e6e", "optional")
    ]


def test_missing_directory_is_reported(tmp_settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(DataSourceError, match="ESCO folder not found") as caught:
        import_esco(tmp_path / "nowhere", tmp_settings)
    assert "skills_en.csv" in str(caught.value)


def test_missing_file_is_named(tmp_settings: Settings, tmp_path: Path, esco_dir: Path) -> None:
    partial = tmp_path / "esco"
    partial.mkdir()
    shutil.copy(esco_dir / "broaderRelationsSkillPillar.csv", partial)
    with pytest.raises(DataSourceError, match=r"ESCO file missing: skills_en\.csv"):
        import_esco(partial, tmp_settings)


def test_missing_column_is_named(tmp_settings: Settings, tmp_path: Path, esco_dir: Path) -> None:
    broken = tmp_path / "esco"
    broken.mkdir()
    shutil.copy(esco_dir / "broaderRelationsSkillPillar.csv", broken)
    (broken / "skills_en.csv").write_text(
        "conceptUri,preferredLabel,altLabels,description,skillType\n"
        "http://example.org/s1,do things,,Doing things.,skill/competence\n",
        encoding="utf-8",
    )
    with pytest.raises(DataSourceError, match=r"skills_en\.csv has no column 'reuseLevel'"):
        import_esco(broken, tmp_settings)
    assert not (tmp_settings.imported_dir / "esco").exists()
