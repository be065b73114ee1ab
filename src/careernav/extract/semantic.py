"""The semantic layer: skills described without being named.

"Built executive dashboards for the sales team" names no tool but describes data
visualization. Each candidate sentence is embedded with the local MiniLM model and compared
with an embedding of every skill's name and description; a sentence whose best skill clears
the threshold (chosen on the development set) adds that skill, unless the dictionary
already found it. Skill embeddings are computed once per taxonomy and cached on disk.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from careernav.config import get_settings
from careernav.extract.mentions import Mention, split_sentences
from careernav.models import Document
from careernav.taxonomy.model import Taxonomy

_DESCRIBING_SECTIONS = {"summary", "experience", "projects", "responsibilities", "requirements",
                        "preferred", "about", "other"}  # fmt: skip
_MIN_WORDS = 3
_MAX_WORDS = 16
_MAX_CLAUSES = 48
_CLAUSE_BREAK = re.compile(r"[;,•()]|\s(?:and|or|including|such as)\s", re.IGNORECASE)


@dataclass(frozen=True)
class SemanticHit:
    skill_id: str
    similarity: float
    mention: Mention


def _skill_text(name: str, description: str) -> str:
    return f"{name}: {description}" if description else name


def _vectors_file_name(texts: list[str]) -> str:
    """Named after the texts embedded, so a changed taxonomy never reads stale vectors."""
    return f"skill-vectors-{hashlib.sha256(chr(10).join(texts).encode()).hexdigest()[:16]}.npy"


@dataclass(eq=False)
class SkillVectors:
    """Unit vectors for the skills that have a description, in taxonomy order."""

    skill_ids: list[str]
    matrix: np.ndarray  # (n_skills, dim), float32, rows L2-normalised

    @classmethod
    def build(cls, taxonomy: Taxonomy, cache_dir: Path | None) -> SkillVectors:
        from careernav.embeddings import encode

        skills = [s for s in taxonomy if s.description]
        texts = [_skill_text(s.name, s.description) for s in skills]
        name = _vectors_file_name(texts)
        shipped = Path(str(resources.files("careernav.data").joinpath("index", name)))
        cached = cache_dir / name if cache_dir else None
        if shipped.exists():  # built with the shipped taxonomy by scripts/build_index.py
            matrix = np.load(shipped).astype(np.float32)
        elif cached is not None and cached.exists():
            matrix = np.load(cached)
        else:
            matrix = encode(texts).astype(np.float32)
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                np.save(cached, matrix)
        return cls([s.id for s in skills], matrix)


def save_shipped_skill_vectors(taxonomy: Taxonomy, folder: Path) -> Path:
    """Store the skill vectors next to the shipped index (float16), for scripts/build_index.py."""
    vectors = SkillVectors.build(taxonomy, None)
    texts = [_skill_text(s.name, s.description) for s in taxonomy if s.description]
    path = folder / _vectors_file_name(texts)
    np.save(path, vectors.matrix.astype(np.float16))
    return path


@lru_cache(maxsize=2)
def skill_vectors(taxonomy: Taxonomy) -> SkillVectors:
    return SkillVectors.build(taxonomy, get_settings().data_dir / "cache")


def candidate_mentions(document: Document, named: Sequence[Mention] = ()) -> list[Mention]:
    """Short clauses of describing sections that name no skill already (those are covered)."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for mention in named:
        covered.setdefault(mention.sentence, []).append((mention.start, mention.end))
    found: list[Mention] = []
    for section in document.sections:
        if section.kind not in _DESCRIBING_SECTIONS:
            continue
        for line in section.lines:
            role = next((r for r in section.roles if line in r.lines), None)
            for sentence in split_sentences(line):
                spans = covered.get(sentence, [])
                for clause in _clauses(sentence):
                    start = sentence.find(clause)
                    end = start + len(clause)
                    if not any(start <= a < end for a, _ in spans):
                        found.append(Mention("", sentence, start, end, section, role))
    return found[:_MAX_CLAUSES]


def _clauses(sentence: str) -> list[str]:
    """Short stretches of a sentence that can each describe one skill."""
    parts = [p.strip(" .:-") for p in _CLAUSE_BREAK.split(sentence)]
    return [p for p in parts if _MIN_WORDS <= len(p.split()) <= _MAX_WORDS]


_STEM = 5  # characters of a word that make two words "the same" (deploy/deployment)
_WORDS = re.compile(r"[a-z][a-z-]{3,}")
_STOP = {"with", "from", "that", "this", "their", "into", "over", "using", "skills", "work"}


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in _WORDS.findall(text.lower()) if w not in _STOP}


@lru_cache(maxsize=2)
def _skill_stems(taxonomy: Taxonomy) -> dict[str, set[str]]:
    return {s.id: set().union(*(_stems(n) for n in (s.name, *s.aliases))) for s in taxonomy}


def semantic_hits(
    document: Document,
    taxonomy: Taxonomy,
    threshold: float,
    exclude: set[str],
    *,
    named: Sequence[Mention] = (),
    lexical_threshold: float | None = None,
) -> list[SemanticHit]:
    """Clauses whose closest skill clears ``threshold``, or ``lexical_threshold`` when the
    clause also shares a word stem with the skill's name; skills in ``exclude`` are skipped."""
    from careernav.embeddings import encode

    candidates = candidate_mentions(document, named)
    if not candidates:
        return []
    vectors = skill_vectors(taxonomy)
    stems = _skill_stems(taxonomy)
    lexical = threshold if lexical_threshold is None else lexical_threshold
    clause_matrix = encode([m.sentence[m.start : m.end] for m in candidates])
    similarity = clause_matrix @ vectors.matrix.T
    best = similarity.argmax(axis=1)
    hits: list[SemanticHit] = []
    for row, column in enumerate(best):
        score = float(similarity[row, column])
        skill_id = vectors.skill_ids[column]
        if skill_id in exclude or score < min(threshold, lexical):
            continue
        mention = candidates[row]
        clause = mention.sentence[mention.start : mention.end]
        if score >= threshold or _stems(clause) & stems.get(skill_id, set()):
            hits.append(SemanticHit(skill_id, score, Mention(skill_id, mention.sentence,
                mention.start, mention.end, mention.section, mention.role)))  # fmt: skip
    return hits


def closest_skills(
    targets: list[str], candidates: list[str], taxonomy: Taxonomy, threshold: float
) -> dict[str, tuple[str, float]]:
    """For each target skill, the most similar candidate skill by embedding, if close enough."""
    vectors = skill_vectors(taxonomy)
    row = {skill_id: i for i, skill_id in enumerate(vectors.skill_ids)}
    target_ids = [t for t in targets if t in row]
    candidate_ids = [c for c in candidates if c in row]
    if not target_ids or not candidate_ids:
        return {}
    similarity = (
        vectors.matrix[[row[t] for t in target_ids]]
        @ vectors.matrix[[row[c] for c in candidate_ids]].T
    )
    found: dict[str, tuple[str, float]] = {}
    for i, target in enumerate(target_ids):
        j = int(similarity[i].argmax())
        if similarity[i, j] >= threshold:
            found[target] = (candidate_ids[j], float(similarity[i, j]))
    return found
