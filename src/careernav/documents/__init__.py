"""Documents stage: bytes of a PDF, DOCX, HTML or text file -> a ``Document`` with sections.

The format is read from the bytes, never from the name alone. Everything happens in memory;
nothing about an upload is written to disk. Problems raise a ``DocumentError`` subclass whose
message says what is wrong and what to do.
"""

from __future__ import annotations

from pathlib import Path

from careernav.config import get_settings
from careernav.documents.docx import docx_text
from careernav.documents.formats import DOCX, HTML, PDF, sniff_media_type
from careernav.documents.html import html_text
from careernav.documents.pdf import pdf_text
from careernav.documents.sections import split_sections
from careernav.documents.text import decode_bytes, normalise_text
from careernav.errors import EmptyDocumentError, FileTooLargeError
from careernav.models import Document, DocumentKind

__all__ = ["document_from_text", "read_document", "read_path"]

_MB = 1024 * 1024


def read_document(
    data: bytes,
    filename: str,
    *,
    kind: DocumentKind = "resume",
    media_type: str | None = None,
    max_bytes: int | None = None,
) -> Document:
    """Read an uploaded file. ``media_type`` is the type the sender declared: a hint only."""
    limit = get_settings().max_upload_bytes if max_bytes is None else max_bytes
    if len(data) > limit:
        raise FileTooLargeError(
            f"The file is {_size(len(data))}; the limit is {_size(limit)}.",
            hint="Upload a shorter version, export it again without images, or paste the text.",
        )
    if not data.strip():
        raise EmptyDocumentError(
            f"The file {filename} is empty." if filename else "The file is empty.",
            hint="Check that you picked the right file, or paste the text instead.",
        )
    detected = sniff_media_type(data, filename, media_type)
    if detected == PDF:
        raw = pdf_text(data)
    elif detected == DOCX:
        raw = docx_text(data)
    elif detected == HTML:
        raw = html_text(data)
    else:
        raw = decode_bytes(data)
    return _document(raw, filename, detected, kind)


def document_from_text(text: str, name: str = "text", *, kind: DocumentKind = "resume") -> Document:
    """A document from text already in hand (pasted into a form, for instance)."""
    return _document(text, name, "text/plain", kind)


def read_path(path: Path, *, kind: DocumentKind = "resume") -> Document:
    """Read a file from disk (for the command line); the upload limit applies."""
    return read_document(path.read_bytes(), path.name, kind=kind)


def _document(raw: str, name: str, media_type: str, kind: DocumentKind) -> Document:
    text = normalise_text(raw)
    lines = [line for line in text.split("\n") if line]
    if not lines:
        raise EmptyDocumentError(
            "There is no text in this document.",
            hint="Check that you picked the right file, or paste the text instead.",
        )
    return Document(
        name=name, media_type=media_type, text=text, sections=split_sections(lines, kind)
    )


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < _MB:
        return f"{size / 1024:.0f} KB"
    value = size / _MB
    return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
