from __future__ import annotations

import csv
import difflib
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from careernav.documents import read_document
from careernav.documents.pdf import pdf_text
from careernav.documents.text import normalise_text
from careernav.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ImageOnlyDocumentError,
)
from documents.builders import encrypt_pdf, lines_pdf, make_pdf

LEFT = ["Skills", "Python", "SQL", "Tableau", "Excel", "Statistics"]
RIGHT = ["Experience", "Analyst at Acme", "2015 - 2020", "Built dashboards", "Wrote reports"]


def test_single_column_lines_in_order() -> None:
    assert pdf_text(lines_pdf(["Jane Doe", "Summary", "Analyst."])) == "Jane Doe\nSummary\nAnalyst."


def test_two_columns_are_read_left_then_right() -> None:
    words = [(72, 150 + 14 * i, text) for i, text in enumerate(LEFT)]
    words += [(320, 152 + 14 * i, text) for i, text in enumerate(RIGHT)]
    words += [(72, 100, "JANE DOE - a full width headline that runs across both of the columns")]
    words += [(72, 300, "A footer line that also runs across the page from one side to the other")]
    text = pdf_text(make_pdf([words]))
    assert text.split("\n") == [
        "JANE DOE - a full width headline that runs across both of the columns",
        *LEFT,
        *RIGHT,
        "A footer line that also runs across the page from one side to the other",
    ]


def test_rows_of_a_two_column_list_are_read_column_by_column() -> None:
    rows = [("Python", "Leadership"), ("SQL", "Mentoring"), ("Excel", "Writing")]
    words = [(72, 100, "Skills")]
    for i, (left, right) in enumerate(rows):
        words += [(90, 120 + 14 * i, left), (300, 120 + 14 * i, right)]
    text = pdf_text(make_pdf([words]))
    assert text.split("\n") == [
        "Skills",
        "Python",
        "SQL",
        "Excel",
        "Leadership",
        "Mentoring",
        "Writing",
    ]


def test_right_aligned_dates_stay_on_their_line() -> None:
    words = [
        (72, 100, "Senior Analyst"), (470, 100, "2015 - 2020"),
        (72, 114, "Built dashboards for the sales team and the finance team"),
        (72, 128, "Analyst"), (462, 128, "2011 - 2015"),
    ]  # fmt: skip
    assert pdf_text(make_pdf([words])).split("\n") == [
        "Senior Analyst 2015 - 2020",
        "Built dashboards for the sales team and the finance team",
        "Analyst 2011 - 2015",
    ]


def test_pages_follow_each_other() -> None:
    data = make_pdf([[(72, 72, "Page one")], [(72, 72, "Page two")]])
    assert pdf_text(data) == "Page one\n\nPage two"


# Helvetica advance widths (thousandths of the font size) of the glyphs drawn one by one below.
HELVETICA = {" ": 278, "d": 556, "e": 556, "f": 278, "h": 556, "n": 556, "o": 556, "t": 278}


def _glyph_by_glyph(text: str, x: float, y: float, space: float) -> list[tuple[float, float, str]]:
    """Each character drawn on its own, a space ``space`` times its usual width (10 pt)."""
    placed = []
    for char in text:
        placed.append((x, y, char))
        x += HELVETICA[char] / 100 * (space if char == " " else 1.0)
    return placed


@pytest.mark.parametrize("space", [1.0, 0.6])
def test_spaces_drawn_on_their_own_separate_words(space: float) -> None:
    # Some PDF writers draw every glyph, spaces too, as a text object of its own; with a
    # tight space PDFium drops the blank object and puts no space in its place.
    data = make_pdf([_glyph_by_glyph("of the end", 72, 100, space)])
    assert pdf_text(data) == "of the end"


def test_reading_from_many_threads_gives_the_same_text() -> None:
    words = [(72, 150 + 14 * i, text) for i, text in enumerate(LEFT)]
    words += [(320, 152 + 14 * i, text) for i, text in enumerate(RIGHT)]
    documents = [make_pdf([words]), lines_pdf(["Jane Doe", "Analyst"]), make_pdf([[]])]
    expected = [pdf_text(documents[0]), pdf_text(documents[1]), None]

    def read(data: bytes) -> str | None:
        try:
            return pdf_text(data)
        except EmptyDocumentError:
            return None

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(read, documents * 40))
    assert results == expected * 40


def test_encrypted_pdf() -> None:
    with pytest.raises(EncryptedDocumentError) as caught:
        read_document(encrypt_pdf(lines_pdf(["Secret resume"])), "resume.pdf")
    assert "password" in str(caught.value)


def test_image_only_pdf() -> None:
    with pytest.raises(ImageOnlyDocumentError) as caught:
        read_document(make_pdf([[]], image=True), "scan.pdf")
    assert "no text layer" in str(caught.value)
    assert "paste the text" in str(caught.value)


def test_blank_pdf_is_empty() -> None:
    with pytest.raises(EmptyDocumentError, match="no text or images"):
        read_document(make_pdf([[]]), "blank.pdf")


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_corrupt(cut: float) -> None:
    data = lines_pdf(["Jane Doe", "Analyst"])
    with pytest.raises(CorruptDocumentError) as caught:
        read_document(data[: int(len(data) * cut)], "resume.pdf")
    assert "damaged or incomplete" in str(caught.value)


def test_garbage_after_a_pdf_header_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError, match="damaged"):
        read_document(b"%PDF-1.7\n" + bytes(range(256)) * 8, "resume.pdf")


# Real resumes whose PDFs lay some lists out in two columns; the shared CSV holds their text
# in reading order (each column in full).
TWO_COLUMN_IDS = {"23522150": "AUTOMOBILE", "28035460": "INFORMATION-TECHNOLOGY",
                  "10839851": "INFORMATION-TECHNOLOGY"}  # fmt: skip


def _reference_texts(shared_data: Path, ids: set[str]) -> dict[str, str]:
    csv.field_size_limit(sys.maxsize)
    path = shared_data / "resumes" / "livecareer_resumes.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["ID"]: row["Resume_str"] for row in csv.DictReader(handle) if row["ID"] in ids}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalise_text(text).lower())


def test_real_two_column_resumes_read_like_their_published_text(shared_data: Path) -> None:
    references = _reference_texts(shared_data, set(TWO_COLUMN_IDS))
    for resume_id, category in TWO_COLUMN_IDS.items():
        pdf = shared_data / "resumes" / "pdf" / category / f"{resume_id}.pdf"
        ours = _words(pdf_text(pdf.read_bytes()))
        theirs = _words(references[resume_id])
        similarity = difflib.SequenceMatcher(None, ours, theirs, autojunk=False).ratio()
        assert similarity > 0.99, resume_id


def test_real_two_column_list_keeps_each_column_whole(shared_data: Path) -> None:
    pdf = shared_data / "resumes" / "pdf" / "AUTOMOBILE" / "23522150.pdf"
    lines = pdf_text(pdf.read_bytes()).split("\n")
    start = lines.index("Core Strengths")
    assert lines[start + 1 : start + 13] == [
        "Microsoft Office proficiency", "Telecommunication skills",
        "Telephone inquiries specialist", "Customer service expert", "Strong work ethic",
        "Good written communication", "Self-directed", "Excellent communication skills",
        "Persuasive communication expertise", "Goal-oriented", "Professional and mature",
        "Meticulous attention to detail",
    ]  # fmt: skip
