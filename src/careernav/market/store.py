"""Where role benchmarks come from: the shipped file, or one built with `market build`."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import process

from careernav.config import Settings, get_settings
from careernav.errors import UnknownRoleError
from careernav.market.model import BenchmarkFile, RoleBenchmark

SHIPPED_BENCHMARKS = "role_benchmarks.json"


def built_benchmarks_path(settings: Settings) -> Path:
    return settings.data_dir / "role_benchmarks.json"


def save_benchmarks(data: BenchmarkFile, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data.model_dump_json(indent=1, exclude_none=True) + "\n", encoding="utf-8")


@lru_cache(maxsize=2)
def _load(path: Path | None) -> BenchmarkFile:
    if path is not None:
        raw = path.read_bytes()
    else:
        raw = resources.files("careernav.data").joinpath(SHIPPED_BENCHMARKS).read_bytes()
    return BenchmarkFile.model_validate(json.loads(raw))


def load_benchmarks(settings: Settings | None = None) -> BenchmarkFile:
    """Benchmarks built locally with `careernav market build`, else the shipped ones."""
    settings = settings or get_settings()
    built = built_benchmarks_path(settings)
    return _load(built if built.exists() else None)


def find_role(name: str, settings: Settings | None = None) -> RoleBenchmark:
    """The benchmark of a role by name, case-insensitive; unknown names suggest close ones."""
    roles = {b.role.lower(): b for b in load_benchmarks(settings).roles}
    found = roles.get(name.strip().lower())
    if found is not None:
        return found
    suggestions = [m[0] for m in process.extract(name, [b.role for b in roles.values()], limit=3)]
    raise UnknownRoleError(
        f"No benchmark for the role {name!r}.",
        hint=f"Did you mean {', '.join(map(repr, suggestions))}? `careernav roles` lists all.",
    )
