"""Link free text to ESCO skills: dense retrieval over skill labels, plus exact mentions.

A skill's dense score is the cosine similarity between the MiniLM embedding of its preferred
label (stored at import time) and the sentence; when the sentence has several clauses
(split at commas, brackets, "and", "or"), it is the mean of the whole-sentence similarity
and the best similarity of any clause, so a sentence listing several skills can reach each
of them. A skill whose preferred or alternative label occurs verbatim in the sentence, as
whole words, gets a fixed boost on top. Each choice was made on the validation splits of
the Decorte et al. ESCO linking benchmark (`careernav eval linking`, evaluation/linking.py)
and helped on both splits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from careernav.config import Settings, get_settings
from careernav.taxonomy.esco import EscoTaxonomy, require_esco

TAXONOMIES = ("esco",)
# Added to the cosine score of a skill named verbatim in the sentence.
LEXICAL_BOOST = 0.3
# Alternative labels shorter than this are too ambiguous to match verbatim ("C", "R").
MIN_SURFACE_CHARS = 2

_NON_WORD = re.compile(r"[^\w+#.\-/ ]+")
_CLAUSE_BREAK = re.compile(r"[,;:()/]| and | or |\. ")
# Clauses this short ("C", "a") carry no meaning of their own.
MIN_CLAUSE_CHARS = 3
_SENTENCES_PER_SLICE = 256


class LexicalMatcher:
    """Finds which skills a sentence names verbatim, by any label, as whole words."""

    def __init__(self, surfaces: dict[str, list[int]]) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        for surface, skills in surfaces.items():
            self._automaton.add_word(surface, (len(surface), tuple(skills)))
        self._automaton.make_automaton()

    @classmethod
    def for_esco(cls, esco: EscoTaxonomy) -> LexicalMatcher:
        surfaces: dict[str, list[int]] = {}
        for index, skill in enumerate(esco.skills):
            for label in (skill.label, *skill.alt_labels):
                surface = _normalise_text(label)
                if len(surface) >= MIN_SURFACE_CHARS:
                    owners = surfaces.setdefault(surface, [])
                    if index not in owners:
                        owners.append(index)
        return cls(surfaces)

    def matches(self, sentence: str) -> set[int]:
        """Indexes of the skills with a label that occurs in ``sentence`` as whole words."""
        text = f" {_normalise_text(sentence)} "
        found: set[int] = set()
        for end, (length, skills) in self._automaton.iter(text):
            start = end - length + 1
            if _is_boundary(text[start - 1]) and _is_boundary(text[end + 1]):
                found.update(skills)
        return found


def _normalise_text(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def _is_boundary(char: str) -> bool:
    # A trailing full stop ends a sentence; it does not continue a word ("in Python.").
    return char == " " or char == "."


def split_clauses(sentence: str) -> list[str]:
    """The clauses of a sentence listing several things; [] when it is a single clause."""
    parts = [part.strip() for part in _CLAUSE_BREAK.split(sentence)]
    clauses = [part for part in parts if len(part) >= MIN_CLAUSE_CHARS]
    return clauses if len(clauses) > 1 else []


class EscoLinker:
    """Ranks every ESCO skill for a sentence; built once per imported taxonomy."""

    def __init__(self, esco: EscoTaxonomy) -> None:
        self.esco = esco
        self.labels = [skill.label for skill in esco.skills]
        self.vectors = esco.label_embeddings
        self.matcher = LexicalMatcher.for_esco(esco)

    def scores(self, sentences: Sequence[str]) -> np.ndarray:
        """Sentence x skill scores: dense similarity plus the boost for verbatim mentions.

        Skills without an embedding (an import with ``embed_limit``) score by mention only.
        """
        scores = np.full((len(sentences), len(self.labels)), -1.0, dtype=np.float32)
        if len(self.vectors):
            scores[:, : len(self.vectors)] = self.dense_scores(sentences)
        for row, sentence in enumerate(sentences):
            mentioned = list(self.matcher.matches(sentence))
            scores[row, mentioned] = np.maximum(scores[row, mentioned], 0.0) + LEXICAL_BOOST
        return scores

    def dense_scores(self, sentences: Sequence[str]) -> np.ndarray:
        """Mean of whole-sentence and best-clause cosine similarity to each embedded skill."""
        from careernav.embeddings import encode

        clauses = [split_clauses(sentence) for sentence in sentences]
        owners = [row for row, parts in enumerate(clauses) for _ in parts]
        texts = [*sentences, *(part for parts in clauses for part in parts)]
        similarities = encode(texts) @ self.vectors.T
        whole = similarities[: len(sentences)]
        best = whole.copy()
        for offset, row in enumerate(owners):
            np.maximum(best[row], similarities[len(sentences) + offset], out=best[row])
        return (whole + best) / 2

    def rank(self, sentences: Sequence[str], k: int) -> list[list[str]]:
        """The ``k`` best skill preferred labels per sentence, best first."""
        k = min(k, len(self.labels))
        rankings: list[list[str]] = []
        # In slices, so the sentence x skill score matrix stays a few megabytes.
        for start in range(0, len(sentences), _SENTENCES_PER_SLICE):
            scores = self.scores(sentences[start : start + _SENTENCES_PER_SLICE])
            top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
            for row, candidates in enumerate(top):
                ordered = candidates[np.argsort(-scores[row, candidates], kind="stable")]
                rankings.append([self.labels[i] for i in ordered])
        return rankings


@lru_cache(maxsize=2)
def _linker_for(esco: EscoTaxonomy) -> EscoLinker:
    return EscoLinker(esco)


def get_linker(settings: Settings | None = None) -> EscoLinker:
    """The linker over the imported ESCO taxonomy; raises when ESCO was not imported."""
    return _linker_for(require_esco(settings or get_settings()))


def link_sentences(
    sentences: list[str], k: int, taxonomy: str = "esco", *, settings: Settings | None = None
) -> dict[str, list[str]]:
    """For each sentence, the ``k`` best-matching ESCO skill preferred labels, best first."""
    if taxonomy not in TAXONOMIES:
        raise ValueError(f"Unknown taxonomy {taxonomy!r}; choose one of {', '.join(TAXONOMIES)}")
    if k <= 0:
        raise ValueError(f"k must be positive, got {k}")
    unique = list(dict.fromkeys(sentences))
    rankings = get_linker(settings).rank(unique, k)
    return dict(zip(unique, rankings, strict=True))
