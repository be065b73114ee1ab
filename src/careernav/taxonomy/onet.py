"""O*NET: import the tab-separated text release once, then load it quickly.

``import_onet`` reads occupations, their alternate titles, the technology skills (software
and tools, with Hot Technology and In Demand flags) and related occupations from the O*NET
database text files (release 29.x). ``load_onet`` returns the stored data, cached per
process, or None when O*NET was never imported.

Source: O*NET Resource Center (https://www.onetcenter.org), CC BY 4.0.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from careernav.config import Settings
from careernav.errors import DataSourceError
from careernav.taxonomy.imported import (
    ProgressCallback,
    read_records,
    read_table,
    records_path,
    replacing_folder,
    report,
    require_directory,
    write_records,
)
from careernav.taxonomy.model import normalise_name

SOURCE = "O*NET"
FOLDER = "onet"
FORMAT_VERSION = 1

OCCUPATIONS_FILE = "Occupation Data.txt"
TECHNOLOGY_FILE = "Technology Skills.txt"
ALTERNATE_TITLES_FILE = "Alternate Titles.txt"
RELATED_FILE = "Related Occupations.txt"

CODE = "O*NET-SOC Code"
OCCUPATION_COLUMNS = (CODE, "Title", "Description")
TECHNOLOGY_COLUMNS = (
    CODE,
    "Example",
    "Commodity Code",
    "Commodity Title",
    "Hot Technology",
    "In Demand",
)
ALTERNATE_TITLE_COLUMNS = (CODE, "Alternate Title", "Short Title")
RELATED_COLUMNS = (CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index")


@dataclass(frozen=True, slots=True)
class OnetTechnology:
    example: str  # "Python", "Microsoft Excel"
    commodity_code: str  # UNSPSC code, "43232405"
    commodity_title: str  # "Object or component oriented development software"
    hot: bool  # Hot Technology: frequently named in employers' job postings
    in_demand: bool  # In Demand for this occupation


@dataclass(frozen=True, slots=True)
class RelatedOccupation:
    code: str
    tier: str  # "Primary-Short", "Primary-Long" or "Supplemental"
    rank: int  # 1 is the most related


@dataclass(frozen=True, slots=True)
class OnetOccupation:
    code: str  # O*NET-SOC code, "15-2051.00"
    title: str
    description: str
    alternate_titles: tuple[str, ...]
    technologies: tuple[OnetTechnology, ...]
    related: tuple[RelatedOccupation, ...]


@dataclass(frozen=True)
class OnetSummary:
    """What ``import_onet`` stored, and how long it took."""

    folder: Path
    occupations: int
    alternate_titles: int
    technology_skills: int
    related_occupations: int
    seconds: float


@dataclass
class OnetTaxonomy:
    """Imported O*NET occupations, indexed by code and by every title."""

    folder: Path
    about: dict[str, str]
    occupations: tuple[OnetOccupation, ...]
    _by_code: dict[str, OnetOccupation] = field(default_factory=dict, repr=False)
    _by_title: dict[str, OnetOccupation] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_code = {occupation.code: occupation for occupation in self.occupations}
        # Official titles win over alternate titles shared by several occupations.
        for occupation in self.occupations:
            self._by_title[normalise_name(occupation.title)] = occupation
        for occupation in self.occupations:
            for title in occupation.alternate_titles:
                self._by_title.setdefault(normalise_name(title), occupation)

    def occupation(self, code: str) -> OnetOccupation | None:
        return self._by_code.get(code)

    def occupation_by_title(self, title: str) -> OnetOccupation | None:
        """The occupation with this title or alternate title (case-insensitive)."""
        return self._by_title.get(normalise_name(title))

    def technologies(self, code: str) -> tuple[OnetTechnology, ...]:
        """Software and tools O*NET lists for the occupation ``code``."""
        occupation = self._by_code.get(code)
        return occupation.technologies if occupation else ()


def import_onet(
    directory: Path, settings: Settings, progress: ProgressCallback | None = None
) -> OnetSummary:
    """Import the O*NET text release in ``directory`` into ``settings.imported_dir / "onet"``."""
    started = time.perf_counter()
    require_directory(directory, SOURCE, OCCUPATIONS_FILE)

    def table(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
        report(progress, f"Reading {name}")
        return read_table(directory / name, columns, delimiter="\t", source=SOURCE)

    occupation_rows = table(OCCUPATIONS_FILE, OCCUPATION_COLUMNS)
    codes = {row[CODE] for row in occupation_rows}
    titles: dict[str, list[str]] = {}
    for row in table(ALTERNATE_TITLES_FILE, ALTERNATE_TITLE_COLUMNS):
        for title in (row["Alternate Title"], row["Short Title"]):
            if title and title != "n/a" and title not in titles.setdefault(row[CODE], []):
                titles[row[CODE]].append(title)
    technologies: dict[str, list[list[str | bool]]] = {}
    for row in table(TECHNOLOGY_FILE, TECHNOLOGY_COLUMNS):
        technologies.setdefault(row[CODE], []).append(
            [
                row["Example"],
                row["Commodity Code"],
                row["Commodity Title"],
                row["Hot Technology"] == "Y",
                row["In Demand"] == "Y",
            ]
        )
    related: dict[str, list[list[str | int]]] = {}
    for row in table(RELATED_FILE, RELATED_COLUMNS):
        related.setdefault(row[CODE], []).append(
            [row["Related O*NET-SOC Code"], row["Relatedness Tier"], int(row["Index"] or 0)]
        )
    if not occupation_rows:
        raise DataSourceError(f"{SOURCE} file {OCCUPATIONS_FILE} in {directory} is empty.")

    payload = {
        "format": FORMAT_VERSION,
        "about": {
            "source": str(directory.resolve()),
            "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "licence": "O*NET Resource Center, CC BY 4.0",
        },
        "occupations": [
            [
                row[CODE],
                row["Title"],
                row["Description"],
                titles.get(row[CODE], []),
                technologies.get(row[CODE], []),
                related.get(row[CODE], []),
            ]
            for row in occupation_rows
        ],
    }
    target = settings.imported_dir / FOLDER
    report(progress, f"Writing {target}")
    with replacing_folder(target) as staging:
        write_records(records_path(staging, FOLDER), payload)
    return OnetSummary(
        folder=target,
        occupations=len(occupation_rows),
        alternate_titles=sum(len(v) for k, v in titles.items() if k in codes),
        technology_skills=sum(len(v) for k, v in technologies.items() if k in codes),
        related_occupations=sum(len(v) for k, v in related.items() if k in codes),
        seconds=time.perf_counter() - started,
    )


def load_onet(settings: Settings) -> OnetTaxonomy | None:
    """The imported O*NET data, loaded once per import; None when O*NET was never imported."""
    folder = settings.imported_dir / FOLDER
    path = records_path(folder, FOLDER)
    if not path.is_file():
        return None
    return _load(folder, path.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _load(folder: Path, stamp: int) -> OnetTaxonomy:
    """``stamp`` (the records file's mtime) makes a re-import load afresh."""
    payload = read_records(
        records_path(folder, FOLDER), format_version=FORMAT_VERSION, source=SOURCE
    )
    occupations = tuple(
        OnetOccupation(
            code=code,
            title=title,
            description=description,
            alternate_titles=tuple(alternates),
            technologies=tuple(OnetTechnology(*tech) for tech in techs),
            related=tuple(RelatedOccupation(*rel) for rel in rels),
        )
        for code, title, description, alternates, techs, rels in payload["occupations"]
    )
    return OnetTaxonomy(folder, payload["about"], occupations)
