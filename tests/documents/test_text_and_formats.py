from __future__ import annotations

import pytest

from careernav.documents.formats import DOCX, HTML, PDF, TEXT, sniff_media_type
from careernav.documents.text import decode_bytes, normalise_text, repair_mojibake
from careernav.errors import CorruptDocumentError, UnsupportedFormatError
from documents.builders import lines_pdf, make_docx


def test_bullets_ligatures_quotes_and_spaces_are_normalised() -> None:
    raw = "• Built ﬁnancial models\n● Led “data” team’s work\n▪ Python\n-  SQL\n* Excel\u00a0 2019"
    assert normalise_text(raw).split("\n") == [
        "Built financial models",
        'Led "data" team\'s work',
        "Python",
        "SQL",
        "Excel 2019",
    ]


@pytest.mark.parametrize(
    ("char", "folded"),
    [("ﬃ", "ffi"), ("‘", "'"), ("„", '"'), ("−", "-"), ("…", "..."), ("\u2009", " "),
     ("\u00ad", ""), ("\ufeff", ""), ("\u2028", "\n"), ("\x85", "\n"), ("`", "'")],
)  # fmt: skip
def test_each_folded_character_is_replaced_where_it_stands(char: str, folded: str) -> None:
    assert normalise_text(f"ab{char}cd{char}") == f"ab{folded}cd{folded}".strip()


def test_ascii_text_with_hyphens_inside_lines_is_left_alone() -> None:
    assert normalise_text("state-of-the-art - tools") == "state-of-the-art - tools"


def test_inline_bullets_become_lines_and_hyphenated_breaks_join() -> None:
    assert normalise_text("Python • SQL • Tableau").split("\n") == ["Python", "SQL", "Tableau"]
    assert (
        normalise_text("managed the develop-\nment of tools") == "managed the development of tools"
    )
    assert normalise_text("a detail-\noriented analyst") == "a detail-oriented analyst"


def test_mojibake_from_utf8_read_as_cp1252_is_repaired() -> None:
    assert repair_mojibake("teamâ€™s") == "team’s"
    assert normalise_text("Payroll Assistance Â\nCompany Name ï¼\u200b City") == (
        "Payroll Assistance\nCompany Name City"
    )


def test_decoding_falls_back_from_utf8_to_cp1252() -> None:
    assert decode_bytes("café".encode()) == "café"
    assert decode_bytes("café".encode("cp1252")) == "café"
    assert decode_bytes("hi".encode("utf-16")) == "hi"
    assert decode_bytes("hello resume".encode("utf-16-le")) == "hello resume"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (lines_pdf(["Hello"]), PDF),
        (make_docx([("Hello", None)]), DOCX),
        (b"<html><body><p>Hi</p></body></html>", HTML),
        (b"<div><h2>Skills</h2><ul><li>SQL</li></ul></div>", HTML),
        (b"Jane Doe\nSkills: SQL, Python", TEXT),
        (b"I like <b> tags", TEXT),
    ],
)
def test_media_type_comes_from_the_bytes_not_the_name(data: bytes, expected: str) -> None:
    assert sniff_media_type(data, "resume.pdf") == expected
    assert sniff_media_type(data, "resume.txt") == expected


def test_declared_html_breaks_the_tie_for_a_fragment() -> None:
    assert sniff_media_type(b"Hello <b>world</b>", "posting.html") == HTML
    assert sniff_media_type(b"Hello <b>world</b>", "x", "text/html; charset=utf-8") == HTML


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "a PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "a JPEG image"),
        (b"MZ\x90\x00\x03" + b"\x00" * 20, "a Windows program"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "an older Microsoft Office file"),
        (b"{\\rtf1\\ansi hello}", "an RTF document"),
    ],
)
def test_known_binaries_are_named(data: bytes, phrase: str) -> None:
    with pytest.raises(UnsupportedFormatError) as caught:
        sniff_media_type(data, "resume.pdf")
    assert phrase in str(caught.value)
    assert "PDF, DOCX, HTML or TXT" in str(caught.value)


def test_zip_archives_that_are_not_docx_are_named() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormatError, match="Excel workbook"):
        sniff_media_type(buffer.getvalue(), "resume.docx")

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hi")
    with pytest.raises(UnsupportedFormatError, match="a ZIP archive"):
        sniff_media_type(buffer.getvalue(), "resume.zip")


def test_a_truncated_docx_is_corrupt() -> None:
    data = make_docx([("Hello", None)])
    with pytest.raises(CorruptDocumentError, match="damaged"):
        sniff_media_type(data[: len(data) // 2], "resume.docx")
