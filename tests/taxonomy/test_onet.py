"""The O*NET importer on the real O*NET 29.2 release (skipped when the shared data is absent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careernav.config import Settings
from careernav.errors import DataSourceError
from careernav.taxonomy.onet import OnetSummary, OnetTaxonomy, import_onet, load_onet


@pytest.fixture(scope="module")
def onet_dir(shared_data: Path) -> Path:
    path = shared_data / "taxonomy" / "onet-29.2"
    if not path.is_dir():
        pytest.skip(f"O*NET release not found at {path}")
    return path


@pytest.fixture(scope="module")
def imported(
    onet_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[OnetSummary, Settings]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("onet-data"))
    return import_onet(onet_dir, settings), settings


@pytest.fixture(scope="module")
def onet(imported: tuple[OnetSummary, Settings]) -> OnetTaxonomy:
    taxonomy = load_onet(imported[1])
    assert taxonomy is not None
    return taxonomy


def test_import_counts(imported: tuple[OnetSummary, Settings]) -> None:
    summary, settings = imported
    assert summary.occupations == 1_016
    assert summary.technology_skills == 32_627
    assert summary.related_occupations == 18_460
    assert summary.alternate_titles > 55_000
    assert summary.folder == settings.imported_dir / "onet"


def test_occupation_by_title_and_alternate_title(onet: OnetTaxonomy) -> None:
    by_title = onet.occupation_by_title("data scientists")
    assert by_title is not None
    assert by_title.code == "15-2051.00"
    by_alternate = onet.occupation_by_title("Agency Owner")
    assert by_alternate is not None
    assert by_alternate.code == "11-1011.00"
    assert onet.occupation_by_title("no such job") is None


def test_technologies_with_flags(onet: OnetTaxonomy) -> None:
    technologies = {t.example: t for t in onet.technologies("15-2051.00")}
    assert len(technologies) > 50
    python = technologies["Python"]
    assert python.hot
    assert python.commodity_code == "43232405"
    assert onet.technologies("00-0000.00") == ()


def test_related_occupations_are_ranked(onet: OnetTaxonomy) -> None:
    chief = onet.occupation("11-1011.00")
    assert chief is not None
    assert chief.related[0].code == "11-1021.00"
    assert chief.related[0].tier == "Primary-Short"
    assert [r.rank for r in chief.related] == sorted(r.rank for r in chief.related)


def test_load_without_import_is_none(tmp_settings: Settings) -> None:
    assert load_onet(tmp_settings) is None


def test_missing_directory_is_reported(tmp_settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(DataSourceError, match=r"O\*NET folder not found"):
        import_onet(tmp_path / "nowhere", tmp_settings)


def test_missing_file_is_named(tmp_settings: Settings, tmp_path: Path, onet_dir: Path) -> None:
    partial = tmp_path / "onet"
    partial.mkdir()
    shutil.copy(onet_dir / "Occupation Data.txt", partial)
    with pytest.raises(DataSourceError, match=r"O\*NET file missing: Alternate Titles\.txt"):
        import_onet(partial, tmp_settings)


def test_missing_column_is_named(tmp_settings: Settings, tmp_path: Path, onet_dir: Path) -> None:
    broken = tmp_path / "onet"
    shutil.copytree(onet_dir, broken)
    (broken / "Technology Skills.txt").write_text(
        "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\n"
        "15-2051.00\tPython\t43232405\tObject or component oriented development software\tY\n",
        encoding="utf-8",
    )
    with pytest.raises(DataSourceError, match=r"Technology Skills\.txt has no column 'In Demand'"):
        import_onet(broken, tmp_settings)
