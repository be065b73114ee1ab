"""`careernav eval extraction`: skill extraction measured on the labelled development sets.

A predicted skill matches a gold skill when its name equals the gold name or one of the gold
aliases (case-insensitive), or when the taxonomy resolves a gold name or alias to the predicted
skill id. Matching is one-to-one. Scores are micro-averaged over documents; MRR and MAP rank
predictions by confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from careernav.evaluation.gold import GoldSkill, load_gold, read_gold_document
from careernav.extract import extract_skills
from careernav.models import DocumentKind, ExtractedSkill
from careernav.taxonomy import Taxonomy, load_taxonomy
from careernav.taxonomy.model import normalise_name


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    matched_predicted: int = 0
    matched_gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "predicted": self.predicted,
                "gold": self.gold}  # fmt: skip


@dataclass
class KindReport:
    hard: Counts = field(default_factory=Counts)
    all: Counts = field(default_factory=Counts)
    level_hits: int = 0
    level_total: int = 0
    required_hits: int = 0
    required_total: int = 0
    reciprocal_ranks: list[float] = field(default_factory=list)
    average_precisions: list[float] = field(default_factory=list)
    documents: int = 0

    @property
    def level_accuracy(self) -> float:
        return self.level_hits / self.level_total if self.level_total else 0.0

    @property
    def required_accuracy(self) -> float:
        return self.required_hits / self.required_total if self.required_total else 0.0

    def to_json(self) -> dict[str, object]:
        mean = lambda xs: round(sum(xs) / len(xs), 4) if xs else 0.0  # noqa: E731
        return {
            "documents": self.documents,
            "hard": self.hard.to_json(),
            "all": self.all.to_json(),
            "level_accuracy": round(self.level_accuracy, 4),
            "required_accuracy": round(self.required_accuracy, 4) if self.required_total else None,
            "mrr": mean(self.reciprocal_ranks),
            "map": mean(self.average_precisions),
        }


@dataclass
class ExtractionReport:
    by_kind: dict[str, KindReport]
    misses: dict[str, list[str]] = field(default_factory=dict)
    extras: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {kind: report.to_json() for kind, report in self.by_kind.items()}


def gold_names(gold: GoldSkill, taxonomy: Taxonomy) -> tuple[set[str], set[str]]:
    """Names a prediction may carry to match ``gold``, and taxonomy ids it may have."""
    names = {normalise_name(n) for n in (gold.name, *gold.aliases)}
    ids = {skill.id for n in (gold.name, *gold.aliases) if (skill := taxonomy.resolve(n))}
    return names, ids


def match_document(
    predicted: Sequence[ExtractedSkill], gold: Sequence[GoldSkill], taxonomy: Taxonomy
) -> list[tuple[int, int]]:
    """One-to-one (prediction index, gold index) pairs: a maximum matching, so that a
    prediction that fits two gold skills ("Auditing" for "Internal Audit" and "Financial
    Auditing") does not take the one another prediction ("Internal Audit") alone fits."""
    keys = [gold_names(g, taxonomy) for g in gold]
    fits = [
        [j for j, (names, ids) in enumerate(keys) if normalise_name(p.name) in names or p.id in ids]
        for p in predicted
    ]
    owner: dict[int, int] = {}  # gold index -> prediction index
    for i in range(len(predicted)):
        _augment(i, fits, owner, set())
    return sorted((i, j) for j, i in owner.items())


def _augment(i: int, fits: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's augmenting path: give prediction ``i`` a gold skill, moving earlier owners."""
    for j in fits[i]:
        if j not in seen:
            seen.add(j)
            if j not in owner or _augment(owner[j], fits, owner, seen):
                owner[j] = i
                return True
    return False


def _score(report: KindReport, predicted: list[ExtractedSkill], gold: list[GoldSkill],
           pairs: list[tuple[int, int]], kind: DocumentKind) -> None:  # fmt: skip
    report.documents += 1
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    report.all.predicted += len(predicted)
    report.all.gold += len(gold)
    report.all.matched_predicted += len(matched_p)
    report.all.matched_gold += len(matched_g)
    report.hard.predicted += sum(1 for s in predicted if s.type == "hard")
    report.hard.gold += sum(1 for g in gold if g.type == "hard")
    report.hard.matched_predicted += sum(1 for i in matched_p if predicted[i].type == "hard")
    report.hard.matched_gold += sum(1 for j in matched_g if gold[j].type == "hard")
    for i, j in pairs:
        report.level_total += 1
        report.level_hits += predicted[i].level == gold[j].level
        if kind == "job" and gold[j].required is not None:
            report.required_total += 1
            report.required_hits += predicted[i].required == gold[j].required
    ranked = sorted(range(len(predicted)), key=lambda i: -predicted[i].confidence)
    hits, precisions, first = 0, [], 0.0
    for rank, i in enumerate(ranked, 1):
        if i in matched_p:
            hits += 1
            precisions.append(hits / rank)
            first = first or 1 / rank
    report.reciprocal_ranks.append(first)
    report.average_precisions.append(sum(precisions) / len(gold) if gold else 0.0)


def evaluate_extraction(
    devsets: Path, shared_data: Path, *, semantic: bool = True, threshold: float | None = None
) -> ExtractionReport:
    taxonomy = load_taxonomy()
    report = ExtractionReport(by_kind={"resume": KindReport(), "job": KindReport()})
    for gold in load_gold(devsets):
        document = read_gold_document(gold, shared_data)
        predicted = extract_skills(document, gold.kind, semantic=semantic, threshold=threshold)
        pairs = match_document(predicted, gold.skills, taxonomy)
        _score(report.by_kind[gold.kind], predicted, gold.skills, pairs, gold.kind)
        matched_g = {j for _, j in pairs}
        matched_p = {i for i, _ in pairs}
        report.misses[gold.id] = [g.name for j, g in enumerate(gold.skills) if j not in matched_g]
        report.extras[gold.id] = [p.name for i, p in enumerate(predicted) if i not in matched_p]
    return report


def print_report(console: Console, report: ExtractionReport) -> None:
    table = Table(title="Skill extraction on the development sets", title_justify="left")
    for column in ("Documents", "Scope", "P", "R", "F1", "Level", "Required", "MRR", "MAP"):
        table.add_column(column, justify="right" if column != "Scope" else "left")
    for kind, kind_report in report.by_kind.items():
        data = kind_report.to_json()
        for scope in ("hard", "all"):
            counts = getattr(kind_report, scope)
            required = data["required_accuracy"]
            table.add_row(
                f"{kind}s ({kind_report.documents})", scope,
                f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}",
                f"{kind_report.level_accuracy:.3f}",
                f"{required:.3f}" if isinstance(required, float) else "—",
                f"{data['mrr']:.3f}", f"{data['map']:.3f}",
            )  # fmt: skip
    console.print(table)
    console.print("P, R, F1: precision, recall, F1 of skills; Level: level accuracy and Required: "
                  "must-have flag accuracy on matched skills; MRR, MAP: predictions ranked by "
                  "confidence.")  # fmt: skip


def sweep_threshold(devsets: Path, shared_data: Path, console: Console) -> None:
    """Resume and posting hard-skill F1 for the dictionary alone and per semantic threshold."""
    table = Table(title="Semantic-layer threshold sweep", title_justify="left")
    for column in ("Threshold", "Resume P", "Resume R", "Resume F1", "Job F1", "All-skill F1"):
        table.add_column(column, justify="right")
    settings: list[tuple[str, bool, float | None]] = [("off", False, None)]
    settings += [(f"{t:.2f}", True, t) for t in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85)]
    for label, semantic, threshold in settings:
        report = evaluate_extraction(devsets, shared_data, semantic=semantic, threshold=threshold)
        resume, job = report.by_kind["resume"], report.by_kind["job"]
        total = Counts(
            predicted=resume.all.predicted + job.all.predicted, gold=resume.all.gold + job.all.gold,
            matched_predicted=resume.all.matched_predicted + job.all.matched_predicted,
            matched_gold=resume.all.matched_gold + job.all.matched_gold,
        )  # fmt: skip
        table.add_row(label, f"{resume.hard.precision:.3f}", f"{resume.hard.recall:.3f}",
                      f"{resume.hard.f1:.3f}", f"{job.hard.f1:.3f}", f"{total.f1:.3f}")  # fmt: skip
    console.print(table)
