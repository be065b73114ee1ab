"""The dense vector index of the catalogue: one MiniLM row per resource, persisted on disk.

Built when the catalogue is built or imported (``build_index``), never per request. Files in
``settings.index_dir``: ``resources.npy`` (float32, one unit row per resource), ``skills.npy``
(one row per taxonomy skill, the query side), ``neighbours.npy`` and
``neighbour_scores.npy`` (each skill's nearest resources, so a query reads them instead of
scanning every vector) and ``index.json`` (ids, skill ids and the hash
of the catalogue and taxonomy they were computed from). ``load_index`` returns None when the
files are missing or stale (the hash differs), so a caller can rebuild them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from importlib import resources as package_files
from pathlib import Path

import numpy as np

from careernav.config import get_settings
from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.model import Resource
from careernav.taxonomy import load_taxonomy
from careernav.taxonomy.model import SkillRecord, Taxonomy

INDEX_VERSION = 1
MODEL_ID = "all-MiniLM-L6-v2"
_META = "index.json"
_RESOURCES = "resources.npy"
_SKILLS = "skills.npy"
_NEIGHBOURS = "neighbours.npy"
_NEIGHBOUR_SCORES = "neighbour_scores.npy"
NEIGHBOURS = 200


@dataclass(frozen=True)
class VectorIndex:
    """Unit vectors for resources and for taxonomy skills, with their ids in row order."""

    resource_ids: tuple[str, ...]
    resource_vectors: np.ndarray
    skill_ids: tuple[str, ...]
    skill_vectors: np.ndarray
    fingerprint: str
    # For each skill, the rows of its NEIGHBOURS nearest resources and their cosines.
    neighbours: np.ndarray | None = None
    neighbour_scores: np.ndarray | None = None


def resource_text(resource: Resource) -> str:
    """What is embedded and searched for a resource: title, topics and description."""
    parts = [resource.title, *resource.topics]
    if resource.description:
        parts.append(resource.description)
    return ". ".join(parts)


def skill_text(skill: SkillRecord) -> str:
    """The query side of a skill: its name, aliases and description."""
    names = ", ".join([skill.name, *skill.aliases[:4]])
    return f"{names}. {skill.description}" if skill.description else names


def fingerprint(catalogue: Catalogue, taxonomy: Taxonomy) -> str:
    """Hash of everything the vectors depend on: texts, ids, taxonomy version and model."""
    digest = hashlib.sha256(f"{INDEX_VERSION}|{MODEL_ID}|{taxonomy.about.version}".encode())
    for resource in sorted(catalogue, key=lambda r: r.id):
        digest.update(f"\n{resource.id}\t{resource_text(resource)}".encode())
    digest.update(f"\nskills:{len(taxonomy)}".encode())
    return digest.hexdigest()


def nearest_resources(
    resource_vectors: np.ndarray, skill_vectors: np.ndarray, k: int = NEIGHBOURS
) -> tuple[np.ndarray, np.ndarray]:
    """Rows and cosines of the k nearest resources to each skill, best first (in chunks)."""
    k = min(k, len(resource_vectors))
    rows = np.zeros((len(skill_vectors), k), dtype=np.int32)
    scores = np.zeros((len(skill_vectors), k), dtype=np.float32)
    if k == 0:
        return rows, scores
    for start in range(0, len(skill_vectors), 64):
        block = skill_vectors[start : start + 64] @ resource_vectors.T
        top = np.argpartition(-block, k - 1, axis=1)[:, :k]
        values = np.take_along_axis(block, top, axis=1)
        order = np.argsort(-values, axis=1, kind="stable")
        rows[start : start + 64] = np.take_along_axis(top, order, axis=1)
        scores[start : start + 64] = np.take_along_axis(values, order, axis=1)
    return rows, scores


def with_neighbours(index: VectorIndex, k: int = NEIGHBOURS) -> VectorIndex:
    rows, scores = nearest_resources(index.resource_vectors, index.skill_vectors, k)
    return replace(index, neighbours=rows, neighbour_scores=scores)


def _paths(directory: Path) -> tuple[Path, Path, Path]:
    return directory / _META, directory / _RESOURCES, directory / _SKILLS


def save_index(index: VectorIndex, directory: Path, *, compact: bool = False) -> None:
    """Write the index; ``compact`` stores float16 vectors (the shipped copy), read back as
    float32."""
    directory.mkdir(parents=True, exist_ok=True)
    meta, resources, skills = _paths(directory)
    dtype = np.float16 if compact else np.float32
    np.save(resources, index.resource_vectors.astype(dtype))
    np.save(skills, index.skill_vectors.astype(dtype))
    if index.neighbours is not None and index.neighbour_scores is not None:
        np.save(directory / _NEIGHBOURS, index.neighbours.astype(np.int32))
        np.save(directory / _NEIGHBOUR_SCORES, index.neighbour_scores.astype(dtype))
    payload = {
        "version": INDEX_VERSION,
        "model": MODEL_ID,
        "fingerprint": index.fingerprint,
        "resource_ids": list(index.resource_ids),
        "skill_ids": list(index.skill_ids),
    }
    meta.write_text(json.dumps(payload), encoding="utf-8")


def read_index(directory: Path) -> VectorIndex | None:
    """The index stored in ``directory``, or None when there is none."""
    meta, resources, skills = _paths(directory)
    if not (meta.is_file() and resources.is_file() and skills.is_file()):
        return None
    payload = json.loads(meta.read_text(encoding="utf-8"))
    near, near_scores = directory / _NEIGHBOURS, directory / _NEIGHBOUR_SCORES
    has_neighbours = near.is_file() and near_scores.is_file()
    return VectorIndex(
        resource_ids=tuple(payload["resource_ids"]),
        resource_vectors=np.load(resources).astype(np.float32),
        skill_ids=tuple(payload["skill_ids"]),
        skill_vectors=np.load(skills).astype(np.float32),
        fingerprint=payload["fingerprint"],
        neighbours=np.load(near) if has_neighbours else None,
        neighbour_scores=np.load(near_scores).astype(np.float32) if has_neighbours else None,
    )


def load_index(catalogue: Catalogue, taxonomy: Taxonomy, directory: Path) -> VectorIndex | None:
    """The index stored in ``directory`` when it matches this catalogue and taxonomy; None
    when it is missing or stale."""
    index = read_index(directory)
    if index is None or index.fingerprint != fingerprint(catalogue, taxonomy):
        return None
    return index


def build_index(
    catalogue: Catalogue,
    taxonomy: Taxonomy | None = None,
    directory: Path | None = None,
    *,
    progress: bool = True,
) -> VectorIndex:
    """Embed every resource and skill with MiniLM (a progress bar on stderr) and save them in
    ``directory`` (default: ``settings.index_dir``)."""
    taxonomy = taxonomy or load_taxonomy()
    directory = directory or get_settings().index_dir
    from careernav.embeddings import encode

    resources = sorted(catalogue, key=lambda r: r.id)
    skills = sorted(taxonomy, key=lambda s: s.id)
    index = VectorIndex(
        resource_ids=tuple(r.id for r in resources),
        resource_vectors=encode([resource_text(r) for r in resources], progress=progress),
        skill_ids=tuple(s.id for s in skills),
        skill_vectors=encode([skill_text(s) for s in skills], progress=progress),
        fingerprint=fingerprint(catalogue, taxonomy),
    )
    index = with_neighbours(index)
    save_index(index, directory)
    return index


def ensure_index(
    catalogue: Catalogue, taxonomy: Taxonomy, directory: Path, *, progress: bool = True
) -> VectorIndex:
    """The index stored in ``directory``; else the copy shipped with the package when it
    matches (the catalogue as shipped); else one built now and saved in ``directory``."""
    return (
        load_index(catalogue, taxonomy, directory)
        or load_index(catalogue, taxonomy, shipped_index_dir())
        or build_index(catalogue, taxonomy, directory, progress=progress)
    )


def shipped_index_dir() -> Path:
    """The index built for the shipped catalogue and taxonomy, inside the package."""
    return Path(str(package_files.files("careernav.data").joinpath("index")))
