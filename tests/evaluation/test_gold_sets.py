"""The shipped gold sets: each loads, and each evidence quote is in the document it labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careernav.evaluation.gold import load_gold, read_gold_document

REPO_ROOT = Path(__file__).resolve().parents[2]

GOLD_SETS = {
    "devsets": (29, 31),
    "devsets-second": (29, 31),
    "devsets-more": (12, 12),
    "devsets-pdf": (12, 0),
    "heldout": (18, 18),
}


def _squashed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gold_set_sizes(name: str) -> None:
    documents = load_gold(REPO_ROOT / "evaluation" / name)
    resumes = sum(1 for d in documents if d.kind == "resume")
    jobs = sum(1 for d in documents if d.kind == "job")
    assert (resumes, jobs) == GOLD_SETS[name]
    assert all(d.skills for d in documents)


def test_heldout_documents_are_not_in_the_development_sets() -> None:
    def keys(name: str) -> set[tuple[str, str]]:
        return {(d.source.file, d.source.key) for d in load_gold(REPO_ROOT / "evaluation" / name)}

    development = keys("devsets") | keys("devsets-second") | keys("devsets-more")
    assert not keys("heldout") & (development | keys("devsets-pdf"))
    assert not keys("devsets-more") & keys("devsets")
    pdf_ids = {key for _, key in keys("devsets-pdf")}
    assert not pdf_ids & {key for _, key in development | keys("heldout")}


@pytest.mark.parametrize("name", ["heldout", "devsets-more", "devsets-pdf"])
def test_evidence_is_quoted_from_the_document(name: str, shared_data: Path) -> None:
    missing = []
    for gold in load_gold(REPO_ROOT / "evaluation" / name):
        text = _squashed(read_gold_document(gold, shared_data).text)
        missing += [(gold.id, s.evidence) for s in gold.skills if _squashed(s.evidence) not in text]
    assert not missing, missing[:5]
