"""Agreement between two labellings of the same documents (inter-annotator agreement).

Skills are paired one to one as the extraction score pairs them (a shared name or alias, or
the same taxonomy skill); F1 of one labelling against the other is symmetric, so it reads as
an agreement figure: how far a careful second annotator gets. Level and must-have agreement
are counted over the pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from careernav.errors import DataSourceError
from careernav.evaluation.extraction import gold_names
from careernav.evaluation.gold import GoldDocument, GoldSkill, load_gold
from careernav.models import DocumentKind
from careernav.taxonomy import Taxonomy, load_taxonomy


@dataclass
class Agreement:
    documents: int = 0
    first: int = 0  # hard skills in the first labelling
    second: int = 0
    paired: int = 0  # hard skills paired
    level_same: int = 0
    required_same: int = 0
    required_pairs: int = 0
    pairs: int = 0

    @property
    def f1(self) -> float:
        total = self.first + self.second
        return 2 * self.paired / total if total else 0.0

    def to_json(self) -> dict[str, float | int | None]:
        return {
            "documents": self.documents,
            "hard_first": self.first,
            "hard_second": self.second,
            "hard_f1": round(self.f1, 4),
            "level_agreement": round(self.level_same / self.pairs, 4) if self.pairs else None,
            "required_agreement": (  # postings only
                round(self.required_same / self.required_pairs, 4) if self.required_pairs else None
            ),
        }


@dataclass
class AgreementReport:
    by_kind: dict[DocumentKind, Agreement] = field(default_factory=dict)

    def to_json(self) -> dict[str, dict[str, float | int | None]]:
        return {kind: agreement.to_json() for kind, agreement in self.by_kind.items()}


def pair_skills(
    first: list[GoldSkill], second: list[GoldSkill], taxonomy: Taxonomy
) -> list[tuple[int, int]]:
    """One-to-one (first index, second index) pairs of the same skill."""
    keys = [gold_names(skill, taxonomy) for skill in first]
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for j, skill in enumerate(second):
        names, ids = gold_names(skill, taxonomy)
        for i, (other_names, other_ids) in enumerate(keys):
            if i not in taken and (names & other_names or ids & other_ids):
                pairs.append((i, j))
                taken.add(i)
                break
    return pairs


def _add(
    agreement: Agreement, first: GoldDocument, second: GoldDocument, taxonomy: Taxonomy
) -> None:
    agreement.documents += 1
    agreement.first += sum(1 for s in first.skills if s.type == "hard")
    agreement.second += sum(1 for s in second.skills if s.type == "hard")
    for i, j in pair_skills(first.skills, second.skills, taxonomy):
        a, b = first.skills[i], second.skills[j]
        agreement.paired += a.type == "hard" and b.type == "hard"
        agreement.pairs += 1
        agreement.level_same += a.level == b.level
        if a.required is not None and b.required is not None:
            agreement.required_pairs += 1
            agreement.required_same += a.required == b.required


def measure_agreement(first: Path, second: Path) -> AgreementReport:
    """Agreement of two folders of gold files over the documents both label."""
    taxonomy = load_taxonomy()
    others = {doc.id: doc for doc in load_gold(second)}
    report = AgreementReport()
    shared = [doc for doc in load_gold(first) if doc.id in others]
    if not shared:
        raise DataSourceError(
            f"{first} and {second} label no document in common.",
            hint="Give two labellings of the same documents (matching ids).",
        )
    for doc in shared:
        _add(report.by_kind.setdefault(doc.kind, Agreement()), doc, others[doc.id], taxonomy)
    return report
