"""How well sentences are linked to ESCO skills: R-Precision@K on the Decorte et al. benchmark.

The benchmark (Decorte et al., "Design of negative sampling strategies for distantly
supervised skill extraction", RecSys-in-HR 2022) annotates job-posting sentences from
SkillSpan's TECH and HOUSE sets with ESCO skill preferred labels. Only the validation
splits are public here. A sentence's gold set is every label annotated on any of its spans,
"LABEL NOT PRESENT" and "UNDERSPECIFIED" excluded (they name no ESCO skill); sentences left
with no gold label are not scored.

R-Precision@K (as in Decorte et al. 2023, "Extreme multi-label skill extraction training
using large language models"): for one sentence, the number of gold labels among the top K
predictions divided by min(K, number of gold labels); averaged over sentences.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

from careernav.errors import DataSourceError

SPLITS = {
    "tech": "tech_validation_annotations.csv",
    "house": "house_validation_annotations.csv",
}
NOT_A_SKILL = frozenset({"LABEL NOT PRESENT", "UNDERSPECIFIED"})
BENCHMARK_SUBDIR = Path("benchmarks") / "esco_linking"
REPORTED_KS = (5, 10)

# Ranks labels for each sentence: (sentences, k) -> {sentence: [label, ...]}.
Linker = Callable[[list[str], int], dict[str, list[str]]]


@dataclass(frozen=True)
class LinkingExample:
    sentence: str
    gold: frozenset[str]


def r_precision_at_k(ranked: Sequence[str], gold: set[str] | frozenset[str], k: int) -> float:
    """Gold labels among the first ``k`` of ``ranked``, over min(k, number of gold labels)."""
    if k <= 0:
        raise ValueError(f"k must be positive, got {k}")
    if not gold:
        raise ValueError("R-Precision is undefined for a sentence without gold labels")
    hits = len(set(ranked[:k]) & gold)
    return hits / min(k, len(gold))


def mean_r_precision(
    examples: Sequence[LinkingExample], rankings: dict[str, list[str]], k: int
) -> float:
    """R-Precision@k averaged over ``examples``; a sentence without a ranking scores 0."""
    if not examples:
        return 0.0
    total = sum(r_precision_at_k(rankings.get(e.sentence, []), e.gold, k) for e in examples)
    return total / len(examples)


def read_split(path: Path) -> list[LinkingExample]:
    """One annotation file as sentences with their gold labels, in first-seen order."""
    if not path.is_file():
        raise DataSourceError(
            f"ESCO linking annotations missing: {path}",
            hint="Point to the esco_linking benchmark folder of the shared data.",
        )
    gold: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if not {"sentence", "label"} <= set(reader.fieldnames or []):
            raise DataSourceError(f"{path.name} needs the columns 'sentence' and 'label'.")
        for row in reader:
            labels = gold.setdefault(row["sentence"], set())
            if row["label"] and row["label"] not in NOT_A_SKILL:
                labels.add(row["label"])
    return [LinkingExample(s, frozenset(labels)) for s, labels in gold.items() if labels]


def benchmark_folder(data_dir: Path) -> Path:
    """The esco_linking folder, given either it or the shared-data root that contains it."""
    nested = data_dir / BENCHMARK_SUBDIR
    return nested if nested.is_dir() else data_dir


def evaluate_linking(
    data_dir: Path, k: int = 5, linker: Linker | None = None
) -> dict[str, dict[str, float]]:
    """Mean R-Precision@k and @10 per split ("tech", "house") and over all their sentences.

    Returns ``{"tech": {"sentences": 77, "rp@5": ..., "rp@10": ...}, "house": ...,
    "overall": ...}``, ready to print as JSON or with ``summary_table``. ``linker`` defaults
    to ``careernav.taxonomy.linking.link_sentences`` over the imported ESCO taxonomy.
    """
    if linker is None:
        from careernav.taxonomy.linking import link_sentences

        linker = link_sentences
    folder = benchmark_folder(data_dir)
    ks = sorted({k, *REPORTED_KS})
    splits = {name: read_split(folder / file) for name, file in SPLITS.items()}
    sentences = list(dict.fromkeys(e.sentence for examples in splits.values() for e in examples))
    rankings = linker(sentences, max(ks))
    splits["overall"] = [e for examples in splits.values() for e in examples]
    return {
        name: {
            "sentences": len(examples),
            **{f"rp@{n}": round(mean_r_precision(examples, rankings, n), 4) for n in ks},
        }
        for name, examples in splits.items()
    }


def summary_table(scores: dict[str, dict[str, float]]) -> Table:
    """The scores of ``evaluate_linking`` as a rich table, one row per split."""
    metrics = sorted(
        {key for row in scores.values() for key in row if key.startswith("rp@")},
        key=lambda key: int(key.removeprefix("rp@")),
    )
    table = Table(title="ESCO skill linking (validation splits), mean R-Precision@K")
    table.add_column("split")
    table.add_column("sentences", justify="right")
    for metric in metrics:
        table.add_column(f"R-P@{metric.removeprefix('rp@')}", justify="right")
    for split, row in scores.items():
        table.add_row(split, str(int(row["sentences"])), *(f"{row[m]:.3f}" for m in metrics))
    return table
