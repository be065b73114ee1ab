"""Build src/careernav/data/taxonomy.json from the curated YAML in taxonomy-src/.

Stages: load and validate the YAML -> merge (duplicate ids and shared names fail) -> drop
dangling prerequisite/related ids -> check the prerequisite graph is acyclic -> link to ESCO
and O*NET -> write one skill per line -> print counts.

Usage (from the repository root):
    .venv/bin/python scripts/build_taxonomy.py [--esco DIR] [--onet DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from careernav.taxonomy.model import SkillRecord, TaxonomyAbout, TaxonomyFile, normalise_name

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO_ROOT / "taxonomy-src"
OUTPUT_FILE = REPO_ROOT / "src" / "careernav" / "data" / "taxonomy.json"
TAXONOMY_VERSION = "1.0.0"
NO_LINK = "none"  # YAML value of esco_uri / onet that forbids an automatic link

ABOUT = TaxonomyAbout(
    name="CareerNav skill taxonomy",
    version=TAXONOMY_VERSION,
    sources=[
        "Curated skill names, aliases, categories, prerequisites, relations and descriptions:"
        " the CareerNav project (taxonomy-src/*.yaml)",
        "ESCO v1.1.1 (European Commission): concept URIs and descriptions; CC BY 4.0, attribution",
        "O*NET 29.2 Database (O*NET Resource Center, U.S. Department of Labor, Employment and"
        " Training Administration): Technology Skills commodity codes and titles; CC BY 4.0,"
        " attribution",
    ],
    licence="CC BY 4.0",
)

# Vendor prefixes of O*NET Technology Skills examples ("The MathWorks MATLAB" -> "MATLAB").
ONET_VENDORS = (
    "Adobe",
    "Amazon",
    "Apache",
    "Apple",
    "Atlassian",
    "Autodesk",
    "Bentley",
    "Cisco",
    "Dassault Systemes",
    "ESRI",
    "Google",
    "IBM",
    "Intuit",
    "Microsoft",
    "National Instruments",
    "Oracle",
    "PTC",
    "Qlik Tech",
    "Red Hat",
    "SAP",
    "Siemens",
    "StataCorp",
    "The MathWorks",
    "Trimble",
    "Wolfram Research",
    "Salesforce",
    "Hewlett Packard",
    "Corel",
    "Informatica",
    "Teradata",
    "Tableau",
    "Elastic",
    "Docker",
    "HashiCorp",
    "Meta",
    "Facebook",
)
_TRAILING_ACRONYM = re.compile(r"^(?P<long>.+?)\s+(?P<short>[A-Z][A-Z0-9/+#.&-]{1,})$")
_BRACKETED_QUALIFIER = re.compile(r"\s*\([^()]*\)$")


class TaxonomyBuildError(Exception):
    """The curated sources are inconsistent; the message lists what to fix."""


# --- load and merge -----------------------------------------------------------------------


def read_source_file(path: Path) -> list[SkillRecord]:
    """Skills of one YAML file: documents that are a list of skills or {defaults, skills}."""
    records: list[SkillRecord] = []
    errors: list[str] = []
    for number, document in enumerate(yaml.safe_load_all(path.read_text(encoding="utf-8"))):
        where = f"{path.name} (document {number + 1})"
        defaults: dict[str, object] = {}
        entries = document
        if isinstance(document, dict):
            defaults = document.get("defaults") or {}
            entries = document.get("skills") or []
        if not isinstance(entries, list):
            raise TaxonomyBuildError(f"{where}: expected a list of skills or a 'skills' key")
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                errors.append(f"{where}[{index}]: not a mapping: {entry!r}")
                continue
            merged = {**defaults, **entry}
            try:
                records.append(SkillRecord.model_validate(merged))
            except ValidationError as error:
                errors.append(f"{where}[{index}] {merged.get('id')!r}: {error}")
    if errors:
        raise TaxonomyBuildError("\n".join(errors))
    return records


def merge_sources(paths: Iterable[Path]) -> dict[str, SkillRecord]:
    """All skills by id; a duplicate id in two places is an error."""
    skills: dict[str, SkillRecord] = {}
    origin: dict[str, str] = {}
    duplicates: list[str] = []
    for path in paths:
        for record in read_source_file(path):
            if record.id in skills:
                where = f"{origin[record.id]} and {path.name}"
                duplicates.append(f"duplicate id {record.id!r}: {where}")
                continue
            skills[record.id] = record
            origin[record.id] = path.name
    if duplicates:
        raise TaxonomyBuildError("\n".join(duplicates))
    return skills


def find_surface_conflicts(skills: dict[str, SkillRecord]) -> list[str]:
    """Names or aliases (compared with normalise_name) that belong to more than one skill."""
    owners: dict[str, set[str]] = defaultdict(set)
    for skill in skills.values():
        for surface in (skill.name, *skill.aliases):
            owners[normalise_name(surface)].add(skill.id)
    return [
        f"{surface!r} is used by {', '.join(sorted(ids))}"
        for surface, ids in sorted(owners.items())
        if len(ids) > 1
    ]


def drop_dangling_references(skills: dict[str, SkillRecord]) -> list[str]:
    """Remove prerequisite/related ids that name no skill (and self-references)."""
    dropped: list[str] = []
    for skill in skills.values():
        for field_name in ("prerequisites", "related"):
            kept: list[str] = []
            for ref in getattr(skill, field_name):
                if ref in skills and ref != skill.id and ref not in kept:
                    kept.append(ref)
                elif ref not in skills:
                    dropped.append(f"{skill.id}.{field_name}: unknown id {ref!r}")
            setattr(skill, field_name, kept)
    return dropped


def find_prerequisite_cycle(skills: dict[str, SkillRecord]) -> list[str] | None:
    """One cycle in the prerequisite graph as a list of ids, or None when acyclic."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for start in skills:
        if start in state:
            continue
        path: list[str] = []
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(skills[start].prerequisites))]
        state[start] = 1
        path.append(start)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(child) == 1:
                return [*path[path.index(child) :], child]
            elif child not in state:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(skills[child].prerequisites)))
    return None


# --- ESCO and O*NET links ------------------------------------------------------------------


@dataclass
class EscoIndex:
    """Knowledge and skill concepts of ESCO by normalised preferred and alternative label."""

    preferred: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    alternative: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    descriptions: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, esco_dir: Path) -> EscoIndex:
        index = cls()
        with (esco_dir / "skills_en.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["skillType"] not in ("knowledge", "skill/competence"):
                    continue
                uri = row["conceptUri"]
                index.descriptions[uri] = " ".join(row["description"].split())
                for label in label_keys(row["preferredLabel"]):
                    index.preferred[label].append(uri)
                for alt in row["altLabels"].splitlines():
                    for label in label_keys(alt):
                        index.alternative[label].append(uri)
        return index

    def lookup(self, name: str, aliases: list[str]) -> str | None:
        """The one concept the skill names: preferred labels first, then alternative ones.

        Short upper-case aliases (acronyms such as "CTI") only count against preferred
        labels: as alternative labels they too often belong to another field.
        """
        plain_aliases = [a for a in aliases if not _is_short_acronym(a)]
        tiers = ((self.preferred, [name, *aliases]), (self.alternative, [name, *plain_aliases]))
        for table, surfaces in tiers:
            for surface in surfaces:
                uris = set(table.get(normalise_name(surface), ()))
                if len(uris) == 1:
                    return uris.pop()
        return None


def _is_short_acronym(text: str) -> bool:
    return len(text) <= 4 and text.isupper()


def label_keys(label: str) -> list[str]:
    """A label and, when it ends in a bracketed qualifier, the label without it."""
    if not label.strip():
        return []
    keys = [normalise_name(label)]
    bare = _BRACKETED_QUALIFIER.sub("", label)
    if bare != label and bare.strip():
        keys.append(normalise_name(bare))
    return keys


@dataclass
class OnetIndex:
    """How often each O*NET Technology Skills example is filed under each commodity."""

    exact: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    derived: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def read(cls, onet_dir: Path) -> OnetIndex:
        index = cls()
        path = onet_dir / "Technology Skills.txt"
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                example = row["Example"].strip()
                commodity = f"{row['Commodity Code']} {row['Commodity Title']}"
                index.exact[normalise_name(example)][commodity] += 1
                for variant in example_variants(example):
                    index.derived[normalise_name(variant)][commodity] += 1
        return index

    def lookup(self, name: str, aliases: list[str]) -> str | None:
        """The usual commodity of the most listed example equal to the name or an alias.

        Shortened examples (see example_variants) are only compared with the skill's name.
        """
        candidates = [
            self.exact[key] for key in map(normalise_name, (name, *aliases)) if key in self.exact
        ]
        if not candidates and normalise_name(name) in self.derived:
            candidates = [self.derived[normalise_name(name)]]
        if not candidates:
            return None
        best = max(candidates, key=lambda counts: counts.total())
        return best.most_common(1)[0][0]


def example_variants(example: str) -> list[str]:
    """Shorter forms of an O*NET example: no vendor, no trailing 'software', acronym alone."""
    variants: list[str] = []
    queue = [example]
    while queue:
        current = queue.pop()
        forms: list[str] = []
        if current.endswith(" software"):
            forms.append(current.removesuffix(" software"))
        for vendor in ONET_VENDORS:
            if current.startswith(vendor + " "):
                forms.append(current.removeprefix(vendor + " "))
        match = _TRAILING_ACRONYM.match(current)
        if match and " " in match["long"]:
            forms.extend([match["short"], match["long"]])
        for form in forms:
            if form and form not in variants and form != example:
                variants.append(form)
                queue.append(form)
    return variants


def link_skills(skills: dict[str, SkillRecord], esco: EscoIndex, onet: OnetIndex) -> None:
    """Fill esco_uri, onet and missing descriptions; 'none' in the YAML forbids a link."""
    for skill in skills.values():
        if skill.esco_uri == NO_LINK:
            skill.esco_uri = None
        elif skill.esco_uri is None:
            skill.esco_uri = esco.lookup(skill.name, skill.aliases)
        if skill.onet == NO_LINK:
            skill.onet = None
        elif skill.onet is None:
            skill.onet = onet.lookup(skill.name, skill.aliases)
        if not skill.description and skill.esco_uri:
            skill.description = esco.descriptions.get(skill.esco_uri, "")


# --- output ----------------------------------------------------------------------------------


def write_taxonomy(path: Path, skills: dict[str, SkillRecord]) -> None:
    """Validated TaxonomyFile JSON, one skill per line."""
    ordered = sorted(skills.values(), key=lambda s: (s.category, s.id))
    TaxonomyFile(about=ABOUT, skills=ordered)  # validates the whole file
    lines = [
        "{",
        f'"about": {json.dumps(ABOUT.model_dump(), ensure_ascii=False)},',
        '"skills": [',
    ]
    body = [
        json.dumps(s.model_dump(exclude_defaults=True), ensure_ascii=False, separators=(",", ":"))
        for s in ordered
    ]
    lines.append(",\n".join(body))
    lines.extend(["]", "}"])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def print_counts(skills: dict[str, SkillRecord]) -> None:
    values = list(skills.values())
    types = Counter(s.type for s in values)
    print(f"skills: {len(values)} (hard {types['hard']}, soft {types['soft']})")
    print(f"with ESCO URI: {sum(1 for s in values if s.esco_uri)}")
    print(f"with O*NET code: {sum(1 for s in values if s.onet)}")
    print(f"ambiguous: {sum(1 for s in values if s.ambiguous)}")
    print("per category:")
    for category, count in sorted(Counter(s.category for s in values).items()):
        print(f"  {count:5d}  {category}")


# --- command line ----------------------------------------------------------------------------


def default_shared_data() -> Path:
    env = os.environ.get("CAREERNAV_SHARED_DATA")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "data"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    shared = default_shared_data()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=SOURCE_DIR, help="folder of YAML sources")
    parser.add_argument("--esco", type=Path, default=shared / "taxonomy" / "esco-1.1.1")
    parser.add_argument("--onet", type=Path, default=shared / "taxonomy" / "onet-29.2")
    parser.add_argument("--out", type=Path, default=OUTPUT_FILE, help="taxonomy JSON to write")
    return parser.parse_args(argv)


def build(args: argparse.Namespace) -> dict[str, SkillRecord]:
    sources = sorted(args.src.glob("*.yaml"))
    if not sources:
        raise TaxonomyBuildError(f"no *.yaml files in {args.src}")
    print("sources: " + ", ".join(p.name for p in sources))
    skills = merge_sources(sources)
    conflicts = find_surface_conflicts(skills)
    if conflicts:
        raise TaxonomyBuildError("names or aliases shared by two skills:\n" + "\n".join(conflicts))
    for message in drop_dangling_references(skills):
        print(f"dropped {message}")
    cycle = find_prerequisite_cycle(skills)
    if cycle:
        raise TaxonomyBuildError("prerequisite cycle: " + " -> ".join(cycle))
    for folder in (args.esco, args.onet):
        if not folder.is_dir():
            raise TaxonomyBuildError(
                f"{folder} not found: pass --esco/--onet or set CAREERNAV_SHARED_DATA"
            )
    link_skills(skills, EscoIndex.read(args.esco), OnetIndex.read(args.onet))
    return skills


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        skills = build(args)
    except TaxonomyBuildError as error:
        print(f"taxonomy build failed:\n{error}", file=sys.stderr)
        return 1
    write_taxonomy(args.out, skills)
    print(f"wrote {args.out}")
    print_counts(skills)
    return 0


if __name__ == "__main__":
    sys.exit(main())
