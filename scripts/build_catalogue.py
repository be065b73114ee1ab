"""Build src/careernav/data/resources.json from the public catalogues and catalogue-src/.

Stages: import each public catalogue (free-programming-books, OSSU, Udemy, edX, Coursera) with
the CareerNav importers -> keep English resources -> select, for every (skill, level), the
best PER_SOURCE of each source (by how directly and how exclusively the title names the
skill, then popularity) -> add the hand-curated resources of catalogue-src/*.yaml
(which win over imported ones with the same id or URL), after applying the hand-checked skill
and level corrections of catalogue-src/overrides/*.yaml to imported resources (which are then
always kept) -> check every skill id -> write one resource per line -> print counts and,
when role benchmarks exist, coverage.

Usage (from the repository root):
    .venv/bin/python scripts/build_catalogue.py [--shared DIR] [--out FILE] [--benchmarks FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml
from pydantic import ValidationError

from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.coverage import demanded_skill_coverage
from careernav.knowledge.focus import title_focus
from careernav.knowledge.identifiers import title_key
from careernav.knowledge.importers import SOURCES, read_source
from careernav.knowledge.model import CatalogueAbout, CatalogueFile, Resource, TaughtSkill
from careernav.knowledge.rows import ResourceRow, resolve_skill, row_to_resource
from careernav.knowledge.store import CATALOGUE_VERSION, write_catalogue
from careernav.market.model import BenchmarkFile
from careernav.models import Level
from careernav.taxonomy import Taxonomy, load_taxonomy

REPO_ROOT = Path(__file__).resolve().parents[1]
CURATED_DIR = REPO_ROOT / "catalogue-src"
OVERRIDES_DIR = CURATED_DIR / "overrides"
OUTPUT_FILE = REPO_ROOT / "src" / "careernav" / "data" / "resources.json"
BENCHMARKS_FILE = REPO_ROOT / "src" / "careernav" / "data" / "role_benchmarks.json"
PER_SOURCE = 8  # resources kept per source for each (skill, level)
MIN_MAPPING_SCORE = 0.6
CURATED_SOURCE = "CareerNav curated catalogue (catalogue-src/*.yaml)"
CURATED_LICENCE = "Apache-2.0 (CareerNav); facts about third-party resources"

# Source file of each importer, relative to the shared data folder.
SOURCE_FILES: dict[str, str] = {
    "free-programming-books": "learning/free_programming_books_en.csv",
    "ossu": "learning/ossu_courses.csv",
    "udemy": "learning/mooc/udemy_courses.csv",
    "edx": "learning/mooc/edx_courses.csv",
    "coursera": "learning/mooc/coursera_courses_with_rating_stats.csv",
}

ABOUT = CatalogueAbout(
    name="CareerNav learning-resource catalogue",
    version=CATALOGUE_VERSION,
    sources=[
        "Curated resources (official documentation, standard texts, free courses and guides),"
        " skill mappings and descriptions: the CareerNav project (catalogue-src/*.yaml)",
        "free-programming-books (EbookFoundation): titles, URLs, sections, formats;"
        " CC BY 4.0, attribution",
        "OSSU computer-science (MIT licence) and data-science (CC BY-SA 4.0) curricula:"
        " course names, URLs, durations and weekly effort",
        "Udemy, edX and Coursera course facts (titles, URLs, levels, durations, prices,"
        " subscribers, enrolments, review counts and mean ratings) from public Kaggle-derived"
        " tables; no licence, facts only, no descriptions",
    ],
    licence="Mixed: each resource names its source and licence; curated entries Apache-2.0",
)


def shared_data_dir(given: Path | None) -> Path:
    if given is not None:
        return given
    configured = os.environ.get("CAREERNAV_SHARED_DATA")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "data"


def quality(resource: Resource, score: float, focus: float) -> float:
    """Sort key within one source for one skill: how directly the resource names the skill
    (``score``), then whether it teaches rather than summarises (a cheat sheet does not),
    then how much of its title is about the skill (``focus``), then popularity where the
    source gives it (log counts and the mean rating, up to about 30)."""
    p = resource.popularity
    signal = math.log1p(p.learners or 0) + math.log1p(p.ratings or 0)
    if p.rating is not None:
        signal += 2 * p.rating
    teaches = 0.0 if resource.format == "article" else 1.0
    return score * 100 + teaches * 50 + focus * 20 + signal


def apply_overrides(
    resources: list[Resource], overrides: dict[str, dict[str, object]], taxonomy: Taxonomy
) -> set[str]:
    """Correct imported resources in place (level, extra skills); returns the ids changed."""
    changed: set[str] = set()
    for index, resource in enumerate(resources):
        override = overrides.get(resource.id)
        if override is None:
            continue
        level = Level.parse(str(override["level"])) if "level" in override else resource.level
        taught = {t.skill_id: t.model_copy(update={"level": level}) for t in resource.skills}
        for entry in override.get("skills", []):  # type: ignore[union-attr]
            skill_id, skill_level = resolve_skill(str(entry), level, taxonomy)
            taught[skill_id] = TaughtSkill(skill_id=skill_id, level=skill_level, method="curated")
        estimated = resource.level_estimated and "level" not in override
        resources[index] = resource.model_copy(
            update={"level": level, "skills": list(taught.values()), "level_estimated": estimated}
        )
        changed.add(resource.id)
    return changed


def read_overrides(folder: Path) -> dict[str, dict[str, object]]:
    """Every correction of every YAML file in ``folder``; an id may be corrected once."""
    rows = [
        row
        for path in sorted(folder.glob("*.yaml"))
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ]
    ids = Counter(str(row["id"]) for row in rows)
    if repeated := sorted(i for i, n in ids.items() if n > 1):
        raise SystemExit(f"{folder}: ids given more than once, merge them: {', '.join(repeated)}")
    return {str(row["id"]): row for row in rows}


def select(
    resources: list[Resource], per_source: int, keep: set[str], taxonomy: Taxonomy
) -> list[Resource]:
    """For each (skill, level), the ``per_source`` best resources that teach it by name,
    plus every resource in ``keep``."""
    groups: dict[tuple[str, str], list[tuple[float, Resource]]] = defaultdict(list)
    for resource in resources:
        for taught in resource.skills:
            skill = taxonomy.get(taught.skill_id)
            if taught.score >= MIN_MAPPING_SCORE and skill is not None:
                key = (taught.skill_id, taught.level.value)
                focus = title_focus(resource.title, skill)
                groups[key].append((quality(resource, taught.score, focus), resource))
    chosen: dict[str, Resource] = {r.id: r for r in resources if r.id in keep}
    for group in groups.values():
        for _, resource in sorted(group, key=lambda pair: -pair[0])[:per_source]:
            chosen.setdefault(resource.id, resource)
    return [r for r in resources if r.id in chosen]


def imported_resources(
    shared: Path, overrides: dict[str, dict[str, object]], taxonomy: Taxonomy
) -> Iterator[tuple[str, list[Resource]]]:
    for name in SOURCES:
        path = shared / SOURCE_FILES[name]
        result = read_source(name, path)
        english = [r for r in result.resources if r.language == "en"]
        summary = result.summary
        print(f"{name:<24} read {summary.read:>5}  mapped {summary.imported:>5}  "
              f"english {len(english):>5}", file=sys.stderr)  # fmt: skip
        corrected = apply_overrides(english, overrides, taxonomy)
        yield name, select(english, PER_SOURCE, corrected, taxonomy)


def curated_documents(directory: Path) -> Iterator[tuple[Path, dict[str, object]]]:
    """Every row of every YAML file, with the document's ``defaults`` applied."""
    for path in sorted(directory.glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if not document:
                continue
            rows = document if isinstance(document, list) else document.get("resources", [])
            defaults = {} if isinstance(document, list) else document.get("defaults", {})
            for row in rows:
                yield path, {**defaults, **row}


def curated_resources(directory: Path, taxonomy: Taxonomy) -> list[Resource]:
    resources: list[Resource] = []
    problems: list[str] = []
    for path, raw in curated_documents(directory):
        try:
            row = ResourceRow.model_validate(raw)
            resources.append(row_to_resource(
                row, taxonomy, id_prefix="curated", method="curated",
                source=CURATED_SOURCE, licence=CURATED_LICENCE,
            ))  # fmt: skip
        except (ValidationError, ValueError) as error:
            problems.append(f"{path.name}: {raw.get('title')!r}: {error}")
    if problems:
        sys.exit("Invalid curated resources:\n" + "\n".join(problems))
    return resources


def merge(curated: list[Resource], imported: Iterable[Resource]) -> list[Resource]:
    """Curated first; an imported resource is dropped when its id or URL is already in, when a
    curated resource of the same format has the same title of four words or more (the same
    book at another address: "Feature Engineering and Selection" on bookdown.org), or when a
    free-programming-books entry repeats the title and authors of one already in (two
    editions' addresses of "Python for you and me")."""
    merged: dict[str, Resource] = {}
    urls: set[str] = set()
    titles = {(title_key(r.title), r.format) for r in curated}
    authored: set[tuple[str, str]] = set()
    for resource in [*curated, *imported]:
        url = str(resource.url).rstrip("/").lower()
        if resource.id in merged or url in urls:
            if resource.source == CURATED_SOURCE:
                sys.exit(f"Duplicate curated resource: {resource.id} {resource.url}")
            continue
        key = title_key(resource.title)
        copy = len(key.split()) >= 4 and (key, resource.format) in titles
        if copy and resource.source != CURATED_SOURCE:
            continue
        if resource.id.startswith("fpb:"):
            if (key, resource.provider) in authored:
                continue
            authored.add((key, resource.provider))
        merged[resource.id] = resource
        urls.add(url)
    return list(merged.values())


def check_skills(resources: list[Resource], taxonomy: Taxonomy) -> None:
    unknown = {t.skill_id for r in resources for t in r.skills if t.skill_id not in taxonomy}
    if unknown:
        sys.exit(f"Unknown skill ids: {', '.join(sorted(unknown))}")


def report(resources: list[Resource], benchmarks: Path) -> None:
    names = {source.source: name for name, source in SOURCES.items()}
    names[CURATED_SOURCE] = "curated"
    by_source = Counter(names.get(r.source, r.source) for r in resources)
    print(f"{len(resources)} resources", file=sys.stderr)
    for label, counter in (
        ("source", by_source),
        ("level", Counter(r.level.value for r in resources)),
        ("format", Counter(r.format for r in resources)),
    ):
        print(f"  by {label}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()),
              file=sys.stderr)  # fmt: skip
    if not benchmarks.is_file():
        print(f"(no benchmarks at {benchmarks}; coverage not checked)", file=sys.stderr)
        return
    data = BenchmarkFile.model_validate(json.loads(benchmarks.read_bytes()))
    coverage = demanded_skill_coverage(Catalogue.from_resources(resources), data)
    missing = [c for c in coverage.values() if not c.meets_target]
    print(f"coverage: {len(coverage) - len(missing)}/{len(coverage)} demanded skills meet the "
          "target", file=sys.stderr)  # fmt: skip
    for item in sorted(missing, key=lambda c: c.skill_id):
        print(f"  {item.skill_id}: {'; '.join(item.shortfalls)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, help="shared data folder (default ../shared/data)")
    parser.add_argument("--out", type=Path, default=OUTPUT_FILE)
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS_FILE)
    args = parser.parse_args(argv)
    shared = shared_data_dir(args.shared)
    if not shared.is_dir():
        sys.exit(f"Shared data not found at {shared}; pass --shared DIR.")
    taxonomy = load_taxonomy()
    curated = curated_resources(CURATED_DIR, taxonomy)
    print(f"{'curated':<24} {len(curated):>5}", file=sys.stderr)
    overrides = read_overrides(OVERRIDES_DIR)
    imported = [
        r for _, resources in imported_resources(shared, overrides, taxonomy) for r in resources
    ]
    unused = set(overrides) - {r.id for r in imported}
    if unused:
        sys.exit(f"Overrides name no imported resource: {', '.join(sorted(unused))}")
    resources = merge(curated, imported)
    check_skills(resources, taxonomy)
    write_catalogue(CatalogueFile(about=ABOUT, resources=resources), args.out)
    print(f"Wrote {args.out}", file=sys.stderr)
    report(resources, args.benchmarks)


if __name__ == "__main__":
    main()
