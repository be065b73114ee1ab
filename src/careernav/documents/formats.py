"""Tell what a file really is from its bytes; the name and the declared type are only hints."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from careernav.errors import CorruptDocumentError, UnsupportedFormatError

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
HTML = "text/html"
TEXT = "text/plain"
MediaType = Literal[
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/html",
    "text/plain",
]

ACCEPTED = "PDF, DOCX, HTML or TXT"

# (signature, offset, what the file looks like to a person)
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"ftyp", 4, "a video or HEIC photo"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an older Microsoft Office file (.doc or .xls)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"%!PS", 0, "a PostScript file"),
    (b"MZ", 0, "a Windows program"),
    (b"\x7fELF", 0, "a Linux program"),
    (b"\xcf\xfa\xed\xfe", 0, "a macOS program"),
    (b"\xca\xfe\xba\xbe", 0, "a Java class or macOS program"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg audio file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
)

_ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("xl/", "an Excel workbook (.xlsx)"),
    ("ppt/", "a PowerPoint presentation (.pptx)"),
    ("META-INF/manifest.xml", "an OpenDocument file (.odt, .ods or .odp)"),
    ("mimetype", "an OpenDocument or EPUB file"),
)

_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)", re.I
)
_HTML_TAG = re.compile(
    rb"<(?:html|head|body|div|p|br|li|ul|ol|h[1-6]|table|span|section|article|strong|b)\b[^>]*>",
    re.I,
)


def unsupported(what: str) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        f"This file looks like {what}, which CareerNav cannot read.",
        hint=f"Upload your document as {ACCEPTED} (or paste its text).",
    )


def sniff_media_type(data: bytes, filename: str = "", media_type: str | None = None) -> MediaType:
    """The media type the bytes really have; raises UnsupportedFormatError for other binaries.

    ``filename`` and ``media_type`` only break ties (HTML versus plain text); they never
    override what the bytes show.
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, filename)
    for signature, offset, what in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            raise unsupported(what)
    if _looks_like_html(data, filename, media_type):
        return HTML
    return TEXT


def _sniff_zip(data: bytes, filename: str) -> MediaType:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        if b"word/" in data or filename.lower().endswith(".docx"):
            raise CorruptDocumentError(
                "This DOCX file is damaged and cannot be opened (it may have been cut short "
                "while uploading or copying).",
                hint="Open it in Word or LibreOffice and save it again, or upload a PDF.",
            ) from exc
        raise unsupported("a damaged ZIP archive") from exc
    if "word/document.xml" in names:
        return DOCX
    if any(name.startswith("word/") for name in names):
        raise CorruptDocumentError(
            "This DOCX file is missing its main document part, so it cannot be read.",
            hint="Open it in Word or LibreOffice and save it again, or upload a PDF.",
        )
    for marker, what in _ZIP_KINDS:
        if any(name.startswith(marker) for name in names):
            raise unsupported(what)
    raise unsupported("a ZIP archive")


def _looks_like_html(data: bytes, filename: str, media_type: str | None) -> bool:
    sample = data[:8192]
    if _HTML_START.match(sample.lstrip(b"\xef\xbb\xbf")):
        return True
    tags = len(_HTML_TAG.findall(sample))
    hinted = (media_type or "").split(";")[0].strip().lower() in {HTML, "application/xhtml+xml"}
    hinted = hinted or filename.lower().endswith((".html", ".htm", ".xhtml"))
    return tags >= 3 or (hinted and tags >= 1)
