"""Linking sentences to ESCO skills, and the R-Precision@K metric used to evaluate it."""

from __future__ import annotations

from pathlib import Path

import pytest

from careernav.config import Settings
from careernav.evaluation.linking import (
    LinkingExample,
    evaluate_linking,
    mean_r_precision,
    r_precision_at_k,
    read_split,
    summary_table,
)
from careernav.taxonomy.esco import EscoNotImportedError, import_esco
from careernav.taxonomy.linking import LexicalMatcher, link_sentences

# Enough skills for a quick import; every skill is still matched by its labels.
EMBEDDED_IN_TESTS = 300


def test_r_precision_hand_computed() -> None:
    ranked = ["a", "x", "b", "y", "z", "c"]
    # 2 of 3 gold labels in the top 5: 2 / min(5, 3).
    assert r_precision_at_k(ranked, {"a", "b", "c"}, 5) == pytest.approx(2 / 3)
    # One gold label, found at rank 1: 1 / min(5, 1).
    assert r_precision_at_k(ranked, {"a"}, 5) == 1.0
    # Six gold labels, two in the top 2: 2 / min(2, 6).
    assert r_precision_at_k(ranked, {"a", "x", "b", "y", "z", "c"}, 2) == 1.0
    assert r_precision_at_k(ranked, {"q"}, 5) == 0.0
    assert r_precision_at_k(ranked, {"c"}, 5) == 0.0
    assert r_precision_at_k(ranked, {"c"}, 10) == 1.0


def test_mean_r_precision_averages_over_sentences() -> None:
    examples = [
        LinkingExample("s1", frozenset({"a", "b"})),
        LinkingExample("s2", frozenset({"c"})),
        LinkingExample("s3", frozenset({"d"})),
    ]
    rankings = {"s1": ["a", "q"], "s2": ["c"]}  # s3 has no ranking and scores 0
    assert mean_r_precision(examples, rankings, 1) == pytest.approx((1 + 1 + 0) / 3)
    assert mean_r_precision(examples, rankings, 5) == pytest.approx((0.5 + 1 + 0) / 3)


def test_r_precision_rejects_empty_gold_and_bad_k() -> None:
    with pytest.raises(ValueError, match="without gold labels"):
        r_precision_at_k(["a"], set(), 5)
    with pytest.raises(ValueError, match="k must be positive"):
        r_precision_at_k(["a"], {"a"}, 0)


def test_read_split_groups_spans_and_drops_non_skills(tmp_path: Path) -> None:
    path = tmp_path / "tech_validation_annotations.csv"
    path.write_text(
        "sentence,span,sub_span,label\n"
        "javascript java,javascript,,JavaScript\n"
        "javascript java,java,,Java (computer programming)\n"
        "javascript java,javascript,,JavaScript\n"
        "be smart,smart,,LABEL NOT PRESENT\n"
        "do stuff,stuff,,UNDERSPECIFIED\n",
        encoding="utf-8",
    )
    assert read_split(path) == [
        LinkingExample("javascript java", frozenset({"JavaScript", "Java (computer programming)"}))
    ]


def test_evaluate_linking_with_a_given_linker(tmp_path: Path) -> None:
    (tmp_path / "tech_validation_annotations.csv").write_text(
        "sentence,span,sub_span,label\ns1,x,,a\ns1,y,,b\ns2,z,,c\n", encoding="utf-8"
    )
    (tmp_path / "house_validation_annotations.csv").write_text(
        "sentence,span,sub_span,label\ns3,x,,d\n", encoding="utf-8"
    )
    fixed = {"s1": ["a", "q", "r", "s", "t", "b"], "s2": ["c"], "s3": ["q"]}

    def linker(sentences: list[str], k: int) -> dict[str, list[str]]:
        return {s: fixed[s][:k] for s in sentences}

    scores = evaluate_linking(tmp_path, k=5, linker=linker)
    assert scores["tech"] == {"sentences": 2, "rp@5": 0.75, "rp@10": 1.0}
    assert scores["house"] == {"sentences": 1, "rp@5": 0.0, "rp@10": 0.0}
    assert scores["overall"]["sentences"] == 3
    assert scores["overall"]["rp@5"] == pytest.approx((0.5 + 1 + 0) / 3, abs=1e-4)
    assert summary_table(scores).row_count == 3


def test_lexical_matcher_needs_whole_words() -> None:
    matcher = LexicalMatcher({"java": [0], "javascript": [1], "team work": [2]})
    assert matcher.matches("We use JavaScript and Java.") == {0, 1}
    assert matcher.matches("javascripting") == set()
    assert matcher.matches("Good team  work matters") == {2}


def test_linking_without_esco_says_how_to_import(tmp_settings: Settings) -> None:
    with pytest.raises(EscoNotImportedError, match="careernav taxonomy import esco DIR"):
        link_sentences(["Python programming"], k=5)


def test_unknown_taxonomy_is_rejected() -> None:
    with pytest.raises(ValueError, match="Unknown taxonomy 'onet'"):
        link_sentences(["Python"], k=5, taxonomy="onet")


@pytest.fixture(scope="module")
def esco_settings(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    esco_dir = shared_data / "taxonomy" / "esco-1.1.1"
    if not esco_dir.is_dir():
        pytest.skip(f"ESCO export not found at {esco_dir}")
    settings = Settings(data_dir=tmp_path_factory.mktemp("linking-data"))
    import_esco(esco_dir, settings, embed_limit=EMBEDDED_IN_TESTS)
    return settings


@pytest.mark.slow
def test_link_benchmark_sentences(esco_settings: Settings, shared_data: Path) -> None:
    benchmark = shared_data / "benchmarks" / "esco_linking"
    examples = read_split(benchmark / "tech_validation_annotations.csv")[:5]
    sentences = [e.sentence for e in examples]
    links = link_sentences(sentences, k=5, settings=esco_settings)
    assert list(links) == sentences
    for labels in links.values():
        assert len(labels) == 5
        assert len(set(labels)) == 5
    assert {"JavaScript", "Java (computer programming)"} <= set(links["javascript reactjs java"])


@pytest.mark.slow
def test_link_finds_a_skill_named_verbatim(esco_settings: Settings) -> None:
    sentence = "Experience with Python is required"
    links = link_sentences([sentence, sentence], k=5, settings=esco_settings)
    assert list(links) == [sentence]
    # Python is not among the skills embedded in this quick import: its alternative label
    # "Python" alone brings it into the top five.
    assert "Python (computer programming)" in links[sentence]
