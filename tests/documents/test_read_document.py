from __future__ import annotations

import builtins
import contextlib
import io
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careernav.documents import document_from_text, read_document, read_path
from careernav.documents.formats import DOCX, HTML, PDF, TEXT
from careernav.errors import (
    CorruptDocumentError,
    DocumentError,
    EmptyDocumentError,
    FileTooLargeError,
    UnsupportedFormatError,
)
from documents.builders import lines_pdf, make_docx

RESUME_LINES = ["Jane Doe", "Skills", "Python", "Experience", "Analyst", "2015 - 2020"]


def _kinds(document: Any) -> list[str]:
    return [section.kind for section in document.sections]


def test_pdf() -> None:
    document = read_document(lines_pdf(RESUME_LINES), "resume.pdf")
    assert document.media_type == PDF
    assert document.text.split("\n") == RESUME_LINES
    assert _kinds(document) == ["contact", "skills", "experience"]
    assert document.sections[2].roles[0].title == "Analyst"


def test_docx_with_header_headings_and_table() -> None:
    data = make_docx(
        [("Summary", "Heading 1"), ("Analyst moving into data.", None),
         ("My Toolbox", "Heading 1"), ("Python", "List Bullet"), ("Work History", "Heading 1"),
         ("Analyst", None), ("Jan 2015 - Present", None)],
        header="Jane Doe | jane@example.com",
    )  # fmt: skip
    document = read_document(data, "resume.docx")
    assert document.media_type == DOCX
    assert [(s.kind, s.heading) for s in document.sections] == [
        ("contact", ""), ("summary", "Summary"), ("summary", "My Toolbox"),
        ("experience", "Work History"),
    ]  # fmt: skip
    assert document.sections[0].lines == ("Jane Doe | jane@example.com",)
    assert document.sections[3].roles[0].current


def test_docx_table_cells_are_read() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Skills"
    table.cell(0, 1).text = "SQL"
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_document(buffer.getvalue(), "r.docx").text == "Skills\nSQL"


def test_html_job_posting() -> None:
    page = (
        b"<html><head><title>Job</title><script>var x = 1;</script></head><body>"
        b"<p>Acme builds tools.</p><h2>Responsibilities</h2><ul><li>Build models</li></ul>"
        b"<h3>Requirements</h3><ul><li>Python &amp; SQL</li></ul></body></html>"
    )
    document = read_document(page, "posting.html", kind="job")
    assert document.media_type == HTML
    assert [(s.kind, s.lines) for s in document.sections] == [
        ("about", ("Acme builds tools.",)),
        ("responsibilities", ("Build models",)),
        ("requirements", ("Python & SQL",)),
    ]
    assert "var x" not in document.text


def test_text_in_utf8_and_latin1() -> None:
    assert read_document("José\nSkills\nSQL".encode(), "r.txt").text == "José\nSkills\nSQL"
    assert read_document("José\nSkills".encode("latin-1"), "r.txt").text == "José\nSkills"
    assert read_document(b"Jane", "r.txt").media_type == TEXT


def test_mislabelled_files_are_read_by_content() -> None:
    docx_named_pdf = read_document(make_docx([("Jane Doe", None)]), "resume.pdf")
    assert (docx_named_pdf.media_type, docx_named_pdf.text) == (DOCX, "Jane Doe")
    text_named_pdf = read_document(b"Jane Doe\nSkills\nSQL", "resume.pdf")
    assert text_named_pdf.media_type == TEXT
    pdf_named_docx = read_document(lines_pdf(["Jane Doe"]), "resume.docx")
    assert pdf_named_docx.media_type == PDF


def test_png_named_pdf_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormatError) as caught:
        read_document(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "resume.pdf")
    assert "looks like a PNG image" in str(caught.value)
    assert "PDF, DOCX, HTML or TXT" in str(caught.value)


def test_binary_without_a_known_signature_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormatError, match="binary data"):
        read_document(bytes(range(1, 32)) * 50, "resume.txt")


def test_too_large() -> None:
    data = b"a" * int(12.3 * 1024 * 1024)
    with pytest.raises(FileTooLargeError) as caught:
        read_document(data, "big.pdf")
    assert str(caught.value).startswith("The file is 12.3 MB; the limit is 10 MB.")
    with pytest.raises(FileTooLargeError, match="The file is 3 bytes; the limit is 2 bytes"):
        read_document(b"abc", "small.txt", max_bytes=2)


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n", b"<html><body> </body></html>"])
def test_empty(data: bytes) -> None:
    with pytest.raises(EmptyDocumentError) as caught:
        read_document(data, "resume.txt")
    assert "empty" in str(caught.value) or "no text" in str(caught.value)


def test_empty_pasted_text() -> None:
    with pytest.raises(EmptyDocumentError, match="no text"):
        document_from_text("  \n \u200b ")


def test_docx_without_its_main_part_is_corrupt() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", "<styles/>")
    with pytest.raises(CorruptDocumentError, match="missing its main document part"):
        read_document(buffer.getvalue(), "resume.docx")


def test_docx_with_broken_xml_is_corrupt() -> None:
    data = make_docx([("Jane", None)])
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            content = source.read(item)
            archive.writestr(
                item, b"<w:document" if item.filename == "word/document.xml" else content
            )
    with pytest.raises(CorruptDocumentError, match="damaged or incomplete"):
        read_document(buffer.getvalue(), "resume.docx")


def test_read_path(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text("Jane Doe\nSkills\nSQL", encoding="utf-8")
    assert read_path(path).name == "resume.txt"


def test_reading_writes_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = [
        (lines_pdf(RESUME_LINES), "r.pdf"),
        (make_docx([("Jane", None)]), "r.docx"),
        (b"<p>Jane</p><p>x</p><br>", "r.html"),
        (b"Jane", "r.txt"),
    ]
    real_open = builtins.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"tried to write {file!r}")
        return real_open(file, mode, *args, **kwargs)

    def no_temp(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("tried to create a temporary file")

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    for name in ("NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "mkstemp"):
        monkeypatch.setattr(tempfile, name, no_temp)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    before = set(os.listdir(tmp_path))
    for data, name in inputs:
        read_document(data, name)
    assert set(os.listdir(tmp_path)) == before


_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.binary(max_size=4096), st.sampled_from(["r.pdf", "r.docx", "r.html", "r.txt", ""]))
def test_arbitrary_bytes_raise_only_document_errors(data: bytes, name: str) -> None:
    with contextlib.suppress(DocumentError):
        read_document(data, name)


@_SETTINGS
@given(st.binary(max_size=2048), st.integers(min_value=0, max_value=2000))
def test_damaged_pdfs_and_docx_raise_only_document_errors(noise: bytes, cut: int) -> None:
    for valid in (lines_pdf(RESUME_LINES), make_docx([("Jane", "Heading 1"), ("SQL", None)])):
        position = cut % len(valid)
        for damaged in (valid[:position] + noise, valid[:position] + noise + valid[position:]):
            with contextlib.suppress(DocumentError):
                read_document(damaged, "resume")


@_SETTINGS
@given(st.text(max_size=2000), st.sampled_from(["resume", "job"]))
def test_arbitrary_text_raises_only_document_errors(text: str, kind: str) -> None:
    with contextlib.suppress(DocumentError):
        document_from_text(text, kind=kind)  # type: ignore[arg-type]
    with contextlib.suppress(DocumentError):
        read_document(text.encode("utf-8", "surrogatepass"), "pasted.txt", kind=kind)  # type: ignore[arg-type]
