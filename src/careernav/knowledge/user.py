"""A user's own resources (YAML or CSV) -> the local user catalogue.

CSV columns: title, url, format, level, hours, free, skills (skills separated by ";" or ","),
optionally provider, price, description, topics. YAML: a list of rows with the same keys
(or a mapping with a ``resources`` list). Every bad row is reported, with its number.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from careernav.config import Settings, get_settings
from careernav.errors import DataSourceError
from careernav.knowledge.model import CatalogueAbout, Resource
from careernav.knowledge.rows import ResourceRow, row_to_resource
from careernav.knowledge.store import CATALOGUE_VERSION, merge_local, user_resources_path
from careernav.taxonomy import Taxonomy, load_taxonomy

CSV_COLUMNS = ("title", "url", "format", "level", "hours", "free", "skills")
USER_SOURCE = "your own list"
USER_LICENCE = "yours"


class UserResourcesError(DataSourceError):
    """Some rows of a user's resource list are invalid; ``problems`` lists them."""

    code = "bad_user_resources"

    def __init__(self, path: Path, problems: list[str]) -> None:
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            f"{path.name}: {len(problems)} invalid row(s); nothing was added.\n{shown}{more}",
            hint="Each row needs title, url, format, level, hours, free and skills "
            "(taxonomy ids or names, e.g. 'python; sql@Expert').",
        )
        self.problems = problems


@dataclass(frozen=True)
class AddSummary:
    path: Path
    added: int
    file: Path


def _read_yaml(path: Path) -> list[dict[str, object]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise DataSourceError(f"{path.name} is not valid YAML: {error}") from None
    if isinstance(data, dict):
        data = data.get("resources")
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise DataSourceError(
            f"{path.name} should hold a list of resources.",
            hint="Write one '- title: ...' entry per resource, or a 'resources:' list.",
        )
    return data


def _read_csv(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise DataSourceError(
                f"{path.name} has no column {', '.join(repr(c) for c in missing)}.",
                hint=f"The columns are: {', '.join(CSV_COLUMNS)}.",
            )
        return [{k: v for k, v in row.items() if k and v not in (None, "")} for row in reader]


def read_rows(path: Path) -> list[dict[str, object]]:
    if not path.is_file():
        raise DataSourceError(f"File not found: {path}.")
    if path.suffix.lower() in {".yaml", ".yml"}:
        return _read_yaml(path)
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    raise DataSourceError(
        f"{path.name}: unsupported file type.", hint="Use a .yaml, .yml or .csv file."
    )


def _problem(number: int, raw: dict[str, object], message: str) -> str:
    title = str(raw.get("title", "")).strip()[:50]
    return f"row {number}{f' ({title!r})' if title else ''}: {message}"


def validate_rows(path: Path, raws: list[dict[str, object]], taxonomy: Taxonomy) -> list[Resource]:
    """Resources for every row, or UserResourcesError listing each bad row (numbered from 1)."""
    resources: list[Resource] = []
    problems: list[str] = []
    for number, raw in enumerate(raws, start=1):
        try:
            row = ResourceRow.model_validate(raw)
            resources.append(row_to_resource(
                row, taxonomy, id_prefix="user", method="curated",
                source=f"{USER_SOURCE} ({path.name})", licence=USER_LICENCE,
            ))  # fmt: skip
        except ValidationError as error:
            for issue in error.errors():
                field = ".".join(str(part) for part in issue["loc"]) or "row"
                problems.append(_problem(number, raw, f"{field}: {issue['msg']}"))
        except ValueError as error:
            problems.append(_problem(number, raw, str(error)))
    if problems:
        raise UserResourcesError(path, problems)
    return resources


def add_user_resources(file: Path, settings: Settings | None = None) -> AddSummary:
    """Validate a user's resource list and add it to the local user catalogue (all or none)."""
    settings = settings or get_settings()
    resources = validate_rows(file, read_rows(file), load_taxonomy())
    about = CatalogueAbout(
        name="CareerNav user resources",
        version=CATALOGUE_VERSION,
        sources=[f"{USER_SOURCE} ({file.name})"],
        licence=USER_LICENCE,
    )
    target = user_resources_path(settings)
    merge_local(target, resources, about, replace_source=None)
    return AddSummary(path=file, added=len(resources), file=target)
