"""The `careernav` command line: thin commands over the same core the web app uses."""

from __future__ import annotations

import json
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from careernav.config import Settings, get_settings
from careernav.errors import CareerNavError
from careernav.models import DocumentKind

app = typer.Typer(help="CareerNav: from your skills to the role you want, step by step.",
                  no_args_is_help=True, pretty_exceptions_enable=False)  # fmt: skip
taxonomy_app = typer.Typer(help="Skill taxonomies: the shipped one, ESCO and O*NET.")
market_app = typer.Typer(help="Role benchmarks built from job postings.")
eval_app = typer.Typer(help="Measure quality on the labelled development sets.")
app.add_typer(taxonomy_app, name="taxonomy")
app.add_typer(market_app, name="market")
app.add_typer(eval_app, name="eval")

console = Console()
errors = Console(stderr=True)


def _fail(error: CareerNavError) -> typer.Exit:
    errors.print(f"[bold red]{error.message}[/]" + (f"\n{error.hint}" if error.hint else ""))
    return typer.Exit(code=2)


def _print_json(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")


def _stage_reporter() -> tuple[Progress, object]:
    progress = Progress(TextColumn("{task.description}"), TimeElapsedColumn(), console=errors)
    task = progress.add_task("Starting", total=None)

    def report(message: str) -> None:
        progress.update(task, description=message)

    return progress, report


@app.command()
def skills(
    paths: Annotated[
        list[Path], typer.Argument(help="Resumes or job postings (PDF, DOCX, HTML, TXT).")
    ],
    kind: Annotated[str, typer.Option(help="resume or job")] = "resume",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    semantic: Annotated[bool, typer.Option(help="Use the semantic layer.")] = True,
) -> None:
    """Extract skills with level, confidence and evidence from documents."""
    from careernav.documents import read_path
    from careernav.extract import extract_skills
    from careernav.render import skills_table

    if kind not in ("resume", "job"):
        raise _fail(
            CareerNavError(f"Unknown kind {kind!r}.", hint="Use --kind resume or --kind job.")
        )
    doc_kind: DocumentKind = "resume" if kind == "resume" else "job"
    results: list[dict[str, object]] = []
    failed = False
    for path in paths:
        try:
            document = read_path(path, kind=doc_kind)
            found = extract_skills(document, doc_kind, semantic=semantic)
        except CareerNavError as error:
            failed = True
            results.append({"path": str(path), "kind": kind, "error": error.code,
                            "message": str(error), "skills": []})  # fmt: skip
            if not as_json:
                errors.print(f"[red]{path}: {error}[/]")
            continue
        results.append({"path": str(path), "kind": kind, "skills": [s.to_json() for s in found]})
        if not as_json:
            console.print(skills_table(f"{path.name} ({kind}): {len(found)} skills", found))
    if as_json:
        _print_json(results)
    if failed:
        raise typer.Exit(code=2)


@app.command()
def roles(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List the roles that have a benchmark, with their posting counts."""
    from careernav.market.store import load_benchmarks
    from careernav.render import roles_table

    benchmarks = load_benchmarks().roles
    if as_json:
        _print_json([{"role": b.role, "postings": b.postings, "method": b.method,
                      "sources": b.sources} for b in benchmarks])  # fmt: skip
    else:
        console.print(roles_table(benchmarks))


@app.command()
def gap(
    path: Annotated[Path, typer.Argument(help="Your resume (PDF, DOCX, HTML, TXT).")],
    target: Annotated[str, typer.Option(help="Target role, e.g. 'Data Scientist'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    semantic: Annotated[bool, typer.Option(help="Use the semantic layer.")] = True,
) -> None:
    """Compare a resume with a role: gaps, transferable skills and readiness."""
    from careernav.documents import read_path
    from careernav.pipeline import analyse
    from careernav.render import print_gap_report, skills_table

    try:
        analysis = analyse(read_path(path, kind="resume"), target, semantic=semantic)
    except CareerNavError as error:
        raise _fail(error) from None
    assert analysis.gaps is not None
    if as_json:
        _print_json({"path": str(path), "skills": [s.to_json() for s in analysis.skills],
                     **analysis.gaps.to_json()})  # fmt: skip
        return
    console.print(skills_table(f"Your skills ({len(analysis.skills)})", analysis.skills))
    print_gap_report(console, analysis.gaps)


@app.command()
def link(
    file: Annotated[Path, typer.Argument(help="Text file, one sentence per line.")],
    k: Annotated[int, typer.Option(help="Skills per sentence.")] = 10,
    taxonomy: Annotated[str, typer.Option(help="Taxonomy to link to (esco).")] = "esco",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = True,
) -> None:
    """Link each sentence to the k best ESCO skills, ranked."""
    from careernav.taxonomy.linking import link_sentences

    if not file.is_file():
        raise _fail(CareerNavError(f"No file at {file}."))
    sentences = [
        line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    try:
        linked = link_sentences(sentences, k=k, taxonomy=taxonomy)
    except CareerNavError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(linked)
    else:
        for sentence, labels in linked.items():
            console.print(f"[bold]{sentence}[/]\n  " + "; ".join(labels))


@taxonomy_app.command("import")
def taxonomy_import(
    source: Annotated[str, typer.Argument(help="esco or onet")],
    directory: Annotated[Path, typer.Argument(help="Folder of the official release.")],
) -> None:
    """Import an official release (ESCO CSV export or O*NET text release)."""
    settings = get_settings()
    progress, report = _stage_reporter()
    try:
        with progress:
            if source == "esco":
                from careernav.taxonomy.esco import import_esco

                summary = import_esco(directory, settings, progress=report)
            elif source == "onet":
                from careernav.taxonomy.onet import import_onet

                summary = import_onet(directory, settings, progress=report)
            else:
                raise CareerNavError(f"Unknown source {source!r}.", hint="Use esco or onet.")
    except CareerNavError as error:
        raise _fail(error) from None
    console.print(f"[green]Imported {source}[/]: {summary}")


@taxonomy_app.command("stats")
def taxonomy_stats() -> None:
    """Counts of the shipped taxonomy by type and category."""
    from collections import Counter

    from careernav.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    console.print(f"{taxonomy.about.name} {taxonomy.about.version}: {len(taxonomy)} skills")
    for category, count in Counter(s.category for s in taxonomy).most_common():
        console.print(f"  {category:<32} {count:>5}")


@market_app.command("build")
def market_build(
    files: Annotated[list[Path], typer.Argument(help="Job-posting corpora (CSV or JSONL).")],
    out: Annotated[Path | None, typer.Option(help="Where to write the benchmarks.")] = None,
) -> None:
    """Build role benchmarks from job postings; they then replace the shipped ones."""
    from careernav.market.assemble import assemble_benchmarks
    from careernav.market.corpus import read_postings
    from careernav.market.store import built_benchmarks_path, save_benchmarks

    settings = get_settings()
    target = out or built_benchmarks_path(settings)
    try:
        postings = [p for path in files for p in read_postings(path)]
    except CareerNavError as error:
        raise _fail(error) from None
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=errors) as progress:
        task = progress.add_task("Reading postings", total=len(postings))
        data, unrecognised = assemble_benchmarks(
            postings, settings, on_posting=lambda: progress.advance(task),
            sources=[f.name for f in files], built=date.today().isoformat(),
        )  # fmt: skip
    save_benchmarks(data, target)
    console.print(f"[green]Wrote {len(data.roles)} role benchmarks[/] to {target}")
    if unrecognised:
        count = sum(unrecognised.values())
        console.print(f"{count} postings had titles no role rule matched, e.g. "
                      + ", ".join(repr(t) for t, _ in unrecognised.most_common(5)))  # fmt: skip


@eval_app.command("extraction")
def eval_extraction(
    devsets: Annotated[
        Path, typer.Option(help="Folder with resumes/ and jobs/ gold files.")
    ] = Path("evaluation/devsets"),
    semantic: Annotated[bool, typer.Option(help="Use the semantic layer.")] = True,
    sweep: Annotated[bool, typer.Option(help="Sweep the semantic threshold.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Precision, recall and F1 (hard and all skills), level and required-flag accuracy."""
    from careernav.evaluation.extraction import evaluate_extraction, print_report, sweep_threshold

    settings = get_settings()
    try:
        if sweep:
            sweep_threshold(devsets, settings.shared_data, console)
            return
        report = evaluate_extraction(devsets, settings.shared_data, semantic=semantic)
    except CareerNavError as error:
        raise _fail(error) from None
    linking = _linking_if_imported(settings)
    if as_json:
        _print_json({**report.to_json(), "esco_linking": linking})
        return
    print_report(console, report)
    if linking is None:
        console.print("ESCO linking: not measured (run `careernav taxonomy import esco DIR`).")
    else:
        overall = linking["overall"]
        console.print(f"ESCO linking R-Precision@5 {overall['rp@5']:.3f} "
                      f"({overall['sentences']} validation sentences)")  # fmt: skip


@eval_app.command("agreement")
def eval_agreement(
    first: Annotated[Path, typer.Argument(help="A folder of gold files.")] = Path(
        "evaluation/devsets"
    ),
    second: Annotated[Path, typer.Argument(help="Another labelling of the same documents.")] = Path(
        "evaluation/devsets-second"
    ),
) -> None:
    """Inter-annotator agreement of two labellings: hard-skill F1, level and must-have agreement."""
    from careernav.evaluation.agreement import measure_agreement

    try:
        report = measure_agreement(first, second)
    except CareerNavError as error:
        raise _fail(error) from None
    _print_json(report.to_json())


def _linking_if_imported(settings: Settings) -> dict[str, dict[str, float]] | None:
    from careernav.evaluation.linking import evaluate_linking
    from careernav.taxonomy.esco import load_esco

    data = settings.shared_data / "benchmarks" / "esco_linking"
    if load_esco(settings) is None or not data.is_dir():
        return None
    return evaluate_linking(data, k=5)


@eval_app.command("linking")
def eval_linking(k: Annotated[int, typer.Option(help="Cut-off K.")] = 5) -> None:
    """R-Precision@K of ESCO linking on the esco_linking validation sets."""
    from careernav.evaluation.linking import evaluate_linking

    settings = get_settings()
    data = settings.shared_data / "benchmarks" / "esco_linking"
    try:
        result = evaluate_linking(data, k=k)
    except CareerNavError as error:
        raise _fail(error) from None
    _print_json(result)


@app.command()
def demo(
    target: Annotated[str, typer.Option(help="Target role.")] = "Data Scientist",
) -> None:
    """Analyse the shipped demo resume (a fictional business analyst moving to data science)."""
    from careernav.documents import document_from_text
    from careernav.pipeline import analyse
    from careernav.render import print_gap_report, skills_table

    text = resources.files("careernav.data").joinpath("demo_resume.txt").read_text(encoding="utf-8")
    console.print(
        "[bold]Demo:[/] Alex Rivera, business analyst with a chemical-engineering degree."
    )
    try:
        analysis = analyse(document_from_text(text, "demo_resume.txt"), target)
    except CareerNavError as error:
        raise _fail(error) from None
    assert analysis.gaps is not None
    console.print(skills_table(f"Skills found ({len(analysis.skills)})", analysis.skills))
    print_gap_report(console, analysis.gaps)


def _mount_more_commands() -> None:
    """The learning side (catalogue, recommendations, roadmap) and the web server live in
    their own modules."""
    from careernav.knowledge.commands import kb_app
    from careernav.learning_cli import register
    from careernav.store.cli import register_store
    from careernav.web.cli import register_web

    app.add_typer(kb_app, name="kb")
    register(app, eval_app)
    register_web(app)
    register_store(app)


_mount_more_commands()
