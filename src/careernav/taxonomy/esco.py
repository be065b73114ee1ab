"""ESCO: import the official CSV export once, then load it in well under a second.

``import_esco`` reads skills, occupations, occupation-skill relations (essential/optional),
skill-skill relations and the skill hierarchy from the ESCO CSV export (English, v1.1.x),
and stores them with one embedding per skill for linking text to ESCO skills.
``load_esco`` returns the stored taxonomy, cached per process, or None when not imported.

Source: European Commission, ESCO classification (https://esco.ec.europa.eu), CC BY 4.0.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from careernav.config import Settings
from careernav.errors import CareerNavError, DataSourceError
from careernav.taxonomy.imported import (
    ProgressCallback,
    read_records,
    read_table,
    records_path,
    replacing_folder,
    report,
    require_directory,
    split_lines,
    write_records,
)
from careernav.taxonomy.model import normalise_name

SOURCE = "ESCO"
FOLDER = "esco"
FORMAT_VERSION = 1
EMBEDDINGS_FILE = "label_embeddings.npy"

SKILLS_FILE = "skills_en.csv"
OCCUPATIONS_FILE = "occupations_en.csv"
OCCUPATION_SKILLS_FILE = "occupationSkillRelations.csv"
SKILL_SKILLS_FILE = "skillSkillRelations.csv"
BROADER_SKILLS_FILE = "broaderRelationsSkillPillar.csv"

SKILL_COLUMNS = (
    "conceptUri",
    "preferredLabel",
    "altLabels",
    "description",
    "skillType",
    "reuseLevel",
)
OCCUPATION_COLUMNS = (
    "conceptUri",
    "preferredLabel",
    "altLabels",
    "iscoGroup",
    "code",
    "description",
)
OCCUPATION_SKILL_COLUMNS = ("occupationUri", "relationType", "skillUri")
SKILL_SKILL_COLUMNS = ("originalSkillUri", "relationType", "relatedSkillUri")
BROADER_COLUMNS = ("conceptUri", "broaderUri")

# What is embedded per skill, chosen with `careernav eval linking` on the validation splits
# of the Decorte et al. benchmark: the preferred label alone ranked gold skills better than
# label plus description, and better than adding the alternative labels (see linking.py).
EMBEDDED_TEXT = "preferred label"


@dataclass(frozen=True, slots=True)
class EscoSkill:
    uri: str
    label: str
    alt_labels: tuple[str, ...]
    description: str
    skill_type: str  # "skill/competence", "knowledge", or "" for a handful of skills
    reuse_level: str  # "transversal", "cross-sector", "sector-specific", "occupation-specific"
    broader: tuple[str, ...]  # URIs of broader skills or skill groups


@dataclass(frozen=True, slots=True)
class EscoOccupation:
    uri: str
    label: str
    alt_labels: tuple[str, ...]
    isco_group: str
    code: str
    description: str
    essential: tuple[str, ...]  # skill URIs
    optional: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SkillRelation:
    skill_uri: str
    related_uri: str
    relation: str  # "essential" or "optional"


@dataclass(frozen=True)
class EscoSummary:
    """What ``import_esco`` stored, and how long it took."""

    folder: Path
    skills: int
    occupations: int
    relations: int  # rows of occupationSkillRelations.csv
    relations_without_occupation: int  # rows naming an occupation not in occupations_en.csv
    skill_relations: int
    embedded_skills: int
    read_seconds: float
    embed_seconds: float


class EscoNotImportedError(CareerNavError):
    code = "esco_not_imported"


@dataclass(eq=False)
class EscoTaxonomy:
    """The imported ESCO skills and occupations; lookup indexes are built on first use."""

    folder: Path
    about: dict[str, str | int]
    skills: tuple[EscoSkill, ...]
    occupations: tuple[EscoOccupation, ...]
    skill_relations: tuple[SkillRelation, ...]

    @cached_property
    def _skill_by_uri(self) -> dict[str, EscoSkill]:
        return {skill.uri: skill for skill in self.skills}

    @cached_property
    def _skill_by_label(self) -> dict[str, EscoSkill]:
        # Preferred labels win over alternative labels that happen to coincide.
        index = {normalise_name(skill.label): skill for skill in self.skills}
        for skill in self.skills:
            for alt in skill.alt_labels:
                index.setdefault(normalise_name(alt), skill)
        return index

    @cached_property
    def _occupation_by_title(self) -> dict[str, EscoOccupation]:
        index = {normalise_name(o.label): o for o in self.occupations}
        for occupation in self.occupations:
            for alt in occupation.alt_labels:
                index.setdefault(normalise_name(alt), occupation)
        return index

    @cached_property
    def _related(self) -> dict[str, list[SkillRelation]]:
        index: dict[str, list[SkillRelation]] = {}
        for relation in self.skill_relations:
            index.setdefault(relation.skill_uri, []).append(relation)
        return index

    def skill(self, uri: str) -> EscoSkill | None:
        return self._skill_by_uri.get(uri)

    def skill_by_label(self, label: str) -> EscoSkill | None:
        """The skill whose preferred or alternative label is ``label`` (case-insensitive)."""
        return self._skill_by_label.get(normalise_name(label))

    def occupation(self, title: str) -> EscoOccupation | None:
        """The occupation titled ``title`` (preferred or alternative label, case-insensitive)."""
        return self._occupation_by_title.get(normalise_name(title))

    def related_skills(self, uri: str) -> list[SkillRelation]:
        """Skills ESCO marks as essential or optional for the skill ``uri``."""
        return self._related.get(uri, [])

    @cached_property
    def label_embeddings(self) -> np.ndarray:
        """Unit-length embeddings of the first ``embedded_count`` skills, one row per skill."""
        path = self.folder / EMBEDDINGS_FILE
        if not path.is_file():
            raise DataSourceError(
                f"The ESCO import at {self.folder} has no skill embeddings.",
                hint="Run `careernav taxonomy import esco DIR` again.",
            )
        return np.load(path)

    @property
    def embedded_count(self) -> int:
        return int(self.about.get("embedded_skills", 0))


def import_esco(
    directory: Path,
    settings: Settings,
    progress: ProgressCallback | None = None,
    *,
    embed_limit: int | None = None,
) -> EscoSummary:
    """Import the ESCO CSV export in ``directory`` into ``settings.imported_dir / "esco"``.

    ``embed_limit`` embeds only the first N skills (for quick tests); every skill is stored
    either way. With ``progress``, stage messages go to it and embedding shows a progress bar.
    """
    from careernav.embeddings import MODEL_NAME, encode

    started = time.perf_counter()
    require_directory(directory, SOURCE, SKILLS_FILE)
    report(progress, f"Reading {SKILLS_FILE}")
    skills = _read_skills(directory)
    report(progress, f"Reading {OCCUPATIONS_FILE} and {OCCUPATION_SKILLS_FILE}")
    occupations, relation_rows, orphans = _read_occupations(directory, skills)
    report(progress, f"Reading {SKILL_SKILLS_FILE}")
    skill_relations = _read_skill_relations(directory, skills)
    read_seconds = time.perf_counter() - started

    count = len(skills) if embed_limit is None else max(0, min(embed_limit, len(skills)))
    report(progress, f"Embedding {count:,} skills ({EMBEDDED_TEXT})")
    started = time.perf_counter()
    vectors = encode([embedding_text(s) for s in skills[:count]], progress=progress is not None)
    embed_seconds = time.perf_counter() - started

    index = {skill.uri: i for i, skill in enumerate(skills)}
    payload = {
        "format": FORMAT_VERSION,
        "about": {
            "source": str(directory.resolve()),
            "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "embedding_model": MODEL_NAME,
            "embedded_text": EMBEDDED_TEXT,
            "embedded_skills": count,
            "licence": "ESCO, European Commission, CC BY 4.0",
        },
        "skills": [
            [
                s.uri,
                s.label,
                list(s.alt_labels),
                s.description,
                s.skill_type,
                s.reuse_level,
                list(s.broader),
            ]
            for s in skills
        ],
        "occupations": [
            [
                o.uri,
                o.label,
                list(o.alt_labels),
                o.isco_group,
                o.code,
                o.description,
                [index[u] for u in o.essential],
                [index[u] for u in o.optional],
            ]
            for o in occupations
        ],
        "skill_relations": [
            [index[r.skill_uri], index[r.related_uri], r.relation] for r in skill_relations
        ],
    }
    target = settings.imported_dir / FOLDER
    report(progress, f"Writing {target}")
    with replacing_folder(target) as staging:
        np.save(staging / EMBEDDINGS_FILE, vectors)
        write_records(records_path(staging, FOLDER), payload)
    return EscoSummary(
        folder=target,
        skills=len(skills),
        occupations=len(occupations),
        relations=relation_rows,
        relations_without_occupation=orphans,
        skill_relations=len(skill_relations),
        embedded_skills=count,
        read_seconds=read_seconds,
        embed_seconds=embed_seconds,
    )


def embedding_text(skill: EscoSkill) -> str:
    """The text embedded for a skill (see EMBEDDED_TEXT)."""
    return skill.label


def _read_skills(directory: Path) -> list[EscoSkill]:
    broader: dict[str, list[str]] = {}
    for row in read_table(directory / BROADER_SKILLS_FILE, BROADER_COLUMNS, source=SOURCE):
        broader.setdefault(row["conceptUri"], []).append(row["broaderUri"])
    rows = read_table(directory / SKILLS_FILE, SKILL_COLUMNS, source=SOURCE)
    skills = [
        EscoSkill(
            uri=row["conceptUri"],
            label=row["preferredLabel"],
            alt_labels=tuple(
                a for a in split_lines(row["altLabels"]) if a != row["preferredLabel"]
            ),
            description=" ".join(row["description"].split()),
            skill_type=row["skillType"],
            reuse_level=row["reuseLevel"],
            broader=tuple(broader.get(row["conceptUri"], ())),
        )
        for row in rows
        if row["conceptUri"] and row["preferredLabel"]
    ]
    if not skills:
        raise DataSourceError(f"{SOURCE} file {SKILLS_FILE} in {directory} has no skills.")
    return skills


def _read_occupations(
    directory: Path, skills: list[EscoSkill]
) -> tuple[list[EscoOccupation], int, int]:
    """Occupations with their skills, the number of relation rows, and rows left unattached."""
    known_skills = {skill.uri for skill in skills}
    essential: dict[str, list[str]] = {}
    optional: dict[str, list[str]] = {}
    relation_rows = read_table(
        directory / OCCUPATION_SKILLS_FILE, OCCUPATION_SKILL_COLUMNS, source=SOURCE
    )
    for row in relation_rows:
        if row["skillUri"] not in known_skills:
            continue
        target = essential if row["relationType"] == "essential" else optional
        target.setdefault(row["occupationUri"], []).append(row["skillUri"])
    occupations = [
        EscoOccupation(
            uri=row["conceptUri"],
            label=row["preferredLabel"],
            alt_labels=tuple(
                a for a in split_lines(row["altLabels"]) if a != row["preferredLabel"]
            ),
            isco_group=row["iscoGroup"],
            code=row["code"],
            description=" ".join(row["description"].split()),
            essential=tuple(essential.get(row["conceptUri"], ())),
            optional=tuple(optional.get(row["conceptUri"], ())),
        )
        for row in read_table(directory / OCCUPATIONS_FILE, OCCUPATION_COLUMNS, source=SOURCE)
        if row["conceptUri"] and row["preferredLabel"]
    ]
    known_occupations = {occupation.uri for occupation in occupations}
    orphans = sum(1 for row in relation_rows if row["occupationUri"] not in known_occupations)
    return occupations, len(relation_rows), orphans


def _read_skill_relations(directory: Path, skills: list[EscoSkill]) -> list[SkillRelation]:
    known = {skill.uri for skill in skills}
    return [
        SkillRelation(row["originalSkillUri"], row["relatedSkillUri"], row["relationType"])
        for row in read_table(directory / SKILL_SKILLS_FILE, SKILL_SKILL_COLUMNS, source=SOURCE)
        if row["originalSkillUri"] in known and row["relatedSkillUri"] in known
    ]


def load_esco(settings: Settings) -> EscoTaxonomy | None:
    """The imported ESCO taxonomy, loaded once per import; None when ESCO was never imported."""
    folder = settings.imported_dir / FOLDER
    path = records_path(folder, FOLDER)
    if not path.is_file():
        return None
    return _load(folder, path.stat().st_mtime_ns)


def require_esco(settings: Settings) -> EscoTaxonomy:
    """The imported ESCO taxonomy; raises EscoNotImportedError, saying how to import it."""
    esco = load_esco(settings)
    if esco is None:
        raise EscoNotImportedError(
            f"ESCO has not been imported (looked in {settings.imported_dir / FOLDER}).",
            hint="Run `careernav taxonomy import esco DIR` first.",
        )
    return esco


@lru_cache(maxsize=2)
def _load(folder: Path, stamp: int) -> EscoTaxonomy:
    """``stamp`` (the records file's mtime) makes a re-import load afresh."""
    payload = read_records(
        records_path(folder, FOLDER), format_version=FORMAT_VERSION, source=SOURCE
    )
    skills = tuple(
        EscoSkill(uri, label, tuple(alts), description, skill_type, reuse, tuple(broader))
        for uri, label, alts, description, skill_type, reuse, broader in payload["skills"]
    )
    uris = [skill.uri for skill in skills]
    occupations = tuple(
        EscoOccupation(
            uri,
            label,
            tuple(alts),
            isco,
            code,
            description,
            tuple(uris[i] for i in essential),
            tuple(uris[i] for i in optional),
        )
        for uri, label, alts, isco, code, description, essential, optional in payload["occupations"]
    )
    relations = tuple(
        SkillRelation(uris[a], uris[b], relation) for a, b, relation in payload["skill_relations"]
    )
    return EscoTaxonomy(folder, payload["about"], skills, occupations, relations)
