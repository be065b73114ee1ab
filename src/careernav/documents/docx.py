"""DOCX -> text: every paragraph in body order, including those in tables and text boxes.

Page headers come first (resumes often keep the name and contact details there). Paragraphs
styled as headings are marked with '#' for the section splitter.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator

import docx
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree

from careernav.errors import CorruptDocumentError

_P = qn("w:p")
_T = qn("w:t")
_TAB = qn("w:tab")
_BR = qn("w:br")
_CR = qn("w:cr")
_PSTYLE = qn("w:pStyle")
_PPR = qn("w:pPr")
_VAL = qn("w:val")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_text(data: bytes) -> str:
    try:
        document = docx.Document(io.BytesIO(data))
        parts = [section.header._element for section in document.sections]
        body = document.element.body
    except (zipfile.BadZipFile, KeyError, OpcError, etree.LxmlError, ValueError, EOFError) as exc:
        raise CorruptDocumentError(
            "This DOCX file is damaged or incomplete and cannot be read.",
            hint="Open it in Word or LibreOffice and save it again, or upload a PDF.",
        ) from exc
    lines: list[str] = []
    seen_header: set[str] = set()
    for line in _paragraph_lines(parts):
        if line not in seen_header:
            seen_header.add(line)
            lines.append(line)
    lines.extend(_paragraph_lines([body]))
    return "\n".join(lines)


def _paragraph_lines(roots: Iterable[etree._Element]) -> Iterator[str]:
    for root in roots:
        for paragraph in root.iter(_P):
            if _in_fallback(paragraph):
                continue  # text boxes are stored twice; the fallback copy is for old readers
            text = _paragraph_text(paragraph)
            if text.strip():
                yield f"# {text}" if _is_heading(paragraph) else text


def _paragraph_text(paragraph: etree._Element) -> str:
    pieces: list[str] = []
    for node in paragraph.iter(_T, _TAB, _BR, _CR):
        if _owner(node) is not paragraph:
            continue  # belongs to a text box nested in this paragraph; read on its own
        if node.tag == _T:
            pieces.append(node.text or "")
        elif node.tag == _TAB:
            pieces.append(" ")
        else:
            pieces.append("\n")
    return "".join(pieces)


def _owner(node: etree._Element) -> etree._Element | None:
    """The nearest enclosing paragraph, or None when the node is in a fallback copy."""
    for ancestor in node.iterancestors():
        if ancestor.tag == _P:
            return ancestor
        if ancestor.tag == _FALLBACK:
            return None
    return None


def _is_heading(paragraph: etree._Element) -> bool:
    properties = paragraph.find(_PPR)
    style = properties.find(_PSTYLE) if properties is not None else None
    name = (style.get(_VAL) or "") if style is not None else ""
    return name.lower().startswith(("heading", "title"))


def _in_fallback(paragraph: etree._Element) -> bool:
    return any(ancestor.tag == _FALLBACK for ancestor in paragraph.iterancestors())
