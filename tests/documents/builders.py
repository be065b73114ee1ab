"""Small documents built in memory for the documents-stage tests."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from pypdf import PdfReader, PdfWriter

PAGE_WIDTH = 612
PAGE_HEIGHT = 792

# (x from the left, y from the top, text), in points
Placed = tuple[float, float, str]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(words: Sequence[Placed], size: float, image: bool) -> bytes:
    ops = []
    for x, y, text in words:
        ops.append(f"BT /F1 {size} Tf {x} {PAGE_HEIGHT - y} Td ({_escape(text)}) Tj ET")
    if image:
        ops.append("q 100 0 0 100 50 600 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x00\xff\xff\x00 EI Q")
    return "\n".join(ops).encode("latin-1")


def make_pdf(pages: Sequence[Sequence[Placed]], *, size: float = 10, image: bool = False) -> bytes:
    """A PDF with Helvetica text at the given places, one list of words per page."""
    objects: list[bytes] = [b"", b""]  # catalog and page tree are filled in below
    page_ids: list[int] = []
    font_id = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for words in pages:
        stream = _content(words, size, image)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, content_id, font_id)
        )
        page_ids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def encrypt_pdf(data: bytes, password: str = "secret") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def lines_pdf(
    lines: Sequence[str], *, x: float = 72, top: float = 72, leading: float = 14
) -> bytes:
    """A one-page PDF with one line of text under another."""
    return make_pdf([[(x, top + i * leading, line) for i, line in enumerate(lines)]])


def make_docx(paragraphs: Sequence[tuple[str, str | None]], header: str | None = None) -> bytes:
    """A DOCX of (text, style) paragraphs; style None is the normal style."""
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
