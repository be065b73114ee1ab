"""Extraction speed: postings per second, resume latency p50/p95, CLI cold start.

Run: `make bench` or `python benchmarks/extraction.py [--resumes N]`.
Prints figures for the dictionary path alone and with the semantic layer.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _shared import percentile, read_csv, shared_data

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.taxonomy import load_taxonomy


def postings_per_second(texts: list[str], semantic: bool, passes: int) -> list[float]:
    """Rates of ``passes`` passes over the corpus, fastest first (a busy machine only slows)."""
    rates = []
    for _ in range(passes):
        start = time.perf_counter()
        for text in texts:
            extract_skills(document_from_text(text, kind="job"), "job", semantic=semantic)
        rates.append(len(texts) / (time.perf_counter() - start))
    return sorted(rates, reverse=True)


def resume_latencies(texts: list[str], semantic: bool) -> list[float]:
    timings = []
    for text in texts:
        start = time.perf_counter()
        extract_skills(document_from_text(text, kind="resume"), "resume", semantic=semantic)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def cold_start(sample: Path, semantic: bool) -> float:
    flag = "--semantic" if semantic else "--no-semantic"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "careernav", "skills", str(sample), "--json", flag],
                   check=True, capture_output=True)  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--resumes", type=int, default=200, help="resumes to time")
    parser.add_argument(
        "--semantic-postings", type=int, default=300, help="postings timed with the semantic layer"
    )
    parser.add_argument(
        "--passes", type=int, default=3, help="passes over the postings, dictionary path"
    )
    args = parser.parse_args()
    data = shared_data()
    postings = [r["Job Description"] for r in read_csv(data / "jobs/glassdoor_ds_2019.csv")]
    postings += [r["description"] for r in read_csv(data / "jobs/linkedin_india_2024.csv")]
    resumes = [r["Resume_str"] for r in read_csv(data / "resumes/livecareer_resumes.csv")]
    resumes = resumes[: args.resumes]

    started = time.perf_counter()
    load_taxonomy()
    extract_skills(document_from_text(resumes[0], kind="resume"), "resume", semantic=True)
    extract_skills(document_from_text(postings[0], kind="job"), "job", semantic=True)
    print(f"warm-up (taxonomy, matcher, model): {time.perf_counter() - started:.2f} s")

    for semantic in (False, True):
        label = "with semantic layer" if semantic else "dictionary only"
        sample = postings[: args.semantic_postings] if semantic else postings
        rates = postings_per_second(sample, semantic, 1 if semantic else args.passes)
        spread = f"; all passes {', '.join(f'{r:,.0f}' for r in rates)}" if len(rates) > 1 else ""
        print(f"postings/s, {label}: {rates[0]:,.0f} "
              f"({len(sample)} postings, one process, best of {len(rates)}{spread})")  # fmt: skip
        timings = resume_latencies(resumes, semantic)
        print(f"resume latency, {label}: p50 {percentile(timings, 0.5):.1f} ms, "
              f"p95 {percentile(timings, 0.95):.1f} ms ({len(timings)} resumes, warm)")  # fmt: skip

    sample = Path(__file__).parents[1] / "src/careernav/data/demo_resume.txt"
    for semantic in (False, True):
        label = "with semantic layer" if semantic else "dictionary only"
        print(f"CLI cold start, {label}: {cold_start(sample, semantic):.2f} s")


if __name__ == "__main__":
    main()
