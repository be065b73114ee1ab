"""PDF -> text in reading order, from the characters PDFium finds and their positions.

Characters are joined into words (a space, a new line or a gap of more than a few points
ends a word). Words are grouped into lines by their top edge, and a line is cut into
segments where a gap is wider than a couple of character heights. A run of lines that a
vertical gutter separates into a left-aligned right column and a left column (a sidebar
layout, or a skills list in two columns) is read column by column: the left column fully,
then the right. The rule is applied again inside each column, so three columns work too.
The idea is the recursive X-Y cut of Nagy and Seth (1984), restricted to cuts that real
resumes need.

PDFium is not thread-safe, so every call into it holds one lock for the whole process.
"""

from __future__ import annotations

import ctypes
import itertools
import statistics
import threading
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from careernav.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ImageOnlyDocumentError,
)

_PDFIUM_LOCK = threading.Lock()
_PASSWORD_ERRORS = frozenset({pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY})
# Characters of one word sit at most this far apart and this far above or below each other
# (in points; the defaults of pdfplumber's word extraction).
_X_TOLERANCE = 3.0
_Y_TOLERANCE = 3.0
_BLANK_WIDTH = 0.01  # a text object narrower than this draws nothing visible


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float


@dataclass(frozen=True, slots=True)
class Segment:
    """Words on one line with no wide gap between them."""

    words: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class Line:
    segments: tuple[Segment, ...]

    @property
    def top(self) -> float:
        return min(w.top for s in self.segments for w in s.words)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    def crosses(self, x: float) -> bool:
        """True when a word spans x (a gutter may pass between two words of a segment)."""
        return any(s.x0 < x < s.x1 and any(w.x0 < x < w.x1 for w in s.words) for s in self.segments)

    def split(self, x: float) -> tuple[Line | None, Line | None]:
        left: list[Segment] = []
        right: list[Segment] = []
        for segment in self.segments:
            before = tuple(w for w in segment.words if w.x1 <= x)
            after = tuple(w for w in segment.words if w.x1 > x)
            if before:
                left.append(Segment(before))
            if after:
                right.append(Segment(after))
        return (Line(tuple(left)) if left else None, Line(tuple(right)) if right else None)

    def text(self) -> str:
        return " ".join(s.text() for s in self.segments)


def pdf_text(data: bytes) -> str:
    """Text of every page, in reading order, pages separated by a blank line."""
    pages, pictures = _read_words(data)
    texts = ["\n".join(line.text() for line in reading_order(lines_of(words))) for words in pages]
    text = "\n\n".join(t for t in texts if t.strip())
    if not text.strip():
        if pictures or any(pages):
            raise ImageOnlyDocumentError(
                "This PDF has no text layer: its pages are images (a scan or a photo), so "
                "there is no text to read.",
                hint="Export it again from your editor as a PDF with text, upload the DOCX, "
                "or paste the text instead.",
            )
        raise EmptyDocumentError(
            "This PDF has no text or images on its pages.",
            hint="Check that you picked the right file, or paste the text instead.",
        )
    return text


def _read_words(data: bytes) -> tuple[list[list[dict[str, object]]], int]:
    """Words per page, and how many images and curves the pages without words hold."""
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if exc.err_code in _PASSWORD_ERRORS:
                raise _encrypted() from exc
            raise _corrupt() from exc
        try:
            pages: list[list[dict[str, object]]] = []
            pictures = 0
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    pages.append(_page_words(page))
                    if not pages[-1]:
                        pictures += _pictures(page)
                finally:
                    page.close()
        except pdfium.PdfiumError as exc:
            raise _corrupt() from exc
        finally:
            pdf.close()
    return pages, pictures


def _page_words(page: pdfium.PdfPage) -> list[dict[str, object]]:
    """Words of a page with their boxes (x0, x1, top, bottom; top measured from the top).

    Characters come in the order the page draws them. Whitespace, a blank glyph between
    two characters, a jump to another line, a gap of more than ``_X_TOLERANCE`` or a step
    back left of the previous character ends a word. Characters without a Unicode value
    and invisible format characters (a soft hyphen) are dropped; other characters that
    cannot be printed end a word.
    """
    page_top = page.get_bbox()[3]
    blanks, blanks_before = _blanks(page, page_top)
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        rect = pdfium_c.FS_RECTF()
        get_unicode = pdfium_c.FPDFText_GetUnicode
        get_box = pdfium_c.FPDFText_GetLooseCharBox
        get_object = pdfium_c.FPDFText_GetTextObject
        words: list[dict[str, object]] = []
        chars: list[str] = []
        x0 = x1 = top = bottom = last_x0 = 0.0
        last_mark: int | None = None
        for i in range(pdfium_c.FPDFText_CountChars(raw)):
            code = get_unicode(raw, i)
            char = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else ""
            if not char or unicodedata.category(char) == "Cf":
                continue
            if char.isspace() or not char.isprintable() or not get_box(raw, i, rect):
                if chars:
                    words.append(_word(chars, x0, x1, top, bottom))
                    chars = []
                continue
            mark = blanks_before.get(_address(get_object(raw, i))) if blanks else None
            left, right = rect.left, rect.right
            char_top, char_bottom = page_top - rect.top, page_top - rect.bottom
            if chars and (
                left - x1 > _X_TOLERANCE
                or left < last_x0 - _X_TOLERANCE
                or abs(char_top - top) > _Y_TOLERANCE
                or (
                    mark != last_mark
                    and mark is not None
                    and last_mark is not None
                    and any(
                        last_x0 < x <= left + _X_TOLERANCE and char_top <= y <= char_bottom
                        for x, y in blanks[last_mark:mark]
                    )
                )
            ):
                words.append(_word(chars, x0, x1, top, bottom))
                chars = []
            if chars:
                x0 = left if left < x0 else x0
                x1 = right if right > x1 else x1
                top = char_top if char_top < top else top
                bottom = char_bottom if char_bottom > bottom else bottom
            else:
                x0, x1, top, bottom = left, right, char_top, char_bottom
            chars.append(char)
            last_x0, last_mark = left, mark
        if chars:
            words.append(_word(chars, x0, x1, top, bottom))
        return words
    finally:
        textpage.close()


def _blanks(
    page: pdfium.PdfPage, page_top: float
) -> tuple[list[tuple[float, float]], dict[int | None, int]]:
    """Where the page draws blank text objects, and how many it draws before each other one.

    A space drawn as a text object of its own has no width, and PDFium leaves it out of the
    page's characters without always putting a space in its place; so a blank object drawn
    between two characters, and placed between them, separates two words. Positions are
    (x, distance from the top of the page). Both are empty when the page has no blank.
    """
    blanks: list[tuple[float, float]] = []
    before: dict[int | None, int] = {}
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if right.value - left.value < _BLANK_WIDTH:
            blanks.append((left.value, page_top - bottom.value))
        else:
            before[_address(obj)] = len(blanks)
    return (blanks, before) if blanks else ([], {})


def _address(obj: ctypes._Pointer[ctypes.Structure]) -> int | None:
    """Where a PDFium object lives: its identity (None for a null pointer)."""
    return ctypes.addressof(obj.contents) if obj else None


def _word(chars: list[str], x0: float, x1: float, top: float, bottom: float) -> dict[str, object]:
    return {"text": "".join(chars), "x0": x0, "x1": x1, "top": top, "bottom": bottom}


def _pictures(page: pdfium.PdfPage) -> int:
    """Images and curved paths (text turned into outlines, drawings) on a page."""
    count = 0
    kinds = (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH)
    for obj in page.get_objects(filter=kinds):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE or _curved(obj):
            count += 1
    return count


def _curved(path: pdfium.PdfObject) -> bool:
    segments = pdfium_c.FPDFPath_CountSegments(path.raw)
    return any(
        pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(path.raw, i))
        == pdfium_c.FPDF_SEGMENT_BEZIERTO
        for i in range(max(segments, 0))
    )


def _encrypted() -> EncryptedDocumentError:
    return EncryptedDocumentError(
        "This PDF is protected with a password, so CareerNav cannot open it.",
        hint="Save or print it to a new PDF without a password, or paste the text instead.",
    )


def _corrupt() -> CorruptDocumentError:
    return CorruptDocumentError(
        "This PDF is damaged or incomplete and cannot be read (it may have been cut short "
        "while downloading or copying).",
        hint="Open it and save or export it again as PDF, or paste the text instead.",
    )


def lines_of(words: list[dict[str, object]]) -> list[Line]:
    """Group words into lines by their top edge, then cut each line at wide gaps."""
    if not words:
        return []
    ordered = sorted(words, key=lambda w: (float(w["top"]), float(w["x0"])))  # type: ignore[arg-type]
    heights = [float(w["bottom"]) - float(w["top"]) for w in ordered]  # type: ignore[arg-type]
    tolerance = max(1.0, 0.4 * statistics.median(heights))
    rows: list[list[dict[str, object]]] = [[ordered[0]]]
    row_top = float(ordered[0]["top"])  # type: ignore[arg-type]
    for word in ordered[1:]:
        top = float(word["top"])  # type: ignore[arg-type]
        if top - row_top <= tolerance:
            rows[-1].append(word)
        else:
            rows.append([word])
            row_top = top
    return [_segments(row) for row in rows]


def _segments(row: list[dict[str, object]]) -> Line:
    words = sorted(
        (Word(str(w["text"]), float(w["x0"]), float(w["x1"]), float(w["top"])) for w in row),  # type: ignore[arg-type]
        key=lambda w: w.x0,
    )
    height = max(float(w["bottom"]) - float(w["top"]) for w in row)  # type: ignore[arg-type]
    wide = max(8.0, 1.5 * height)
    groups: list[list[Word]] = [[words[0]]]
    for word in words[1:]:
        if word.x0 - groups[-1][-1].x1 > wide:
            groups.append([word])
        else:
            groups[-1].append(word)
    return Line(tuple(Segment(tuple(group)) for group in groups))


@dataclass(frozen=True, slots=True)
class ColumnBlock:
    start: int  # first line of the block
    end: int  # one past the last line
    gutter: float  # x that no line of the block crosses


def reading_order(lines: list[Line]) -> list[Line]:
    """Lines in the order a person reads them: columns one after the other."""
    block = find_column_block(lines)
    if block is None:
        return lines
    left: list[Line] = []
    right: list[Line] = []
    for line in lines[block.start : block.end]:
        left_part, right_part = line.split(block.gutter)
        if left_part:
            left.append(left_part)
        if right_part:
            right.append(right_part)
    return (
        reading_order(lines[: block.start])
        + reading_order(left)
        + reading_order(right)
        + reading_order(lines[block.end :])
    )


def find_column_block(
    lines: list[Line], align: float = 3.0, gap: float = 6.0, indent: float = 40.0
) -> ColumnBlock | None:
    """The longest run of lines split by a gutter into two columns, if there is one.

    Candidate gutters sit just left of segments that do not start a line, of words that
    follow a gap of ``gap`` points, and of lines that start more than ``indent`` points
    right of the leftmost line. A run qualifies
    when at least two lines have text right of the gutter, those texts start at the same x
    (a column is left-aligned; right-aligned dates are not), some line has text left of
    it, and the left text stays ``gap`` points clear of the right column.
    """
    if len(lines) < 3:
        return None
    margin = min(line.x0 for line in lines)
    candidates = {round(s.x0) for line in lines for s in line.segments[1:]}
    candidates.update(
        round(w.x0)
        for line in lines
        for s in line.segments
        for before, w in itertools.pairwise(s.words)
        if w.x0 - before.x1 >= gap
    )
    candidates.update(round(line.x0) for line in lines if line.x0 > margin + indent)
    best: ColumnBlock | None = None
    for x in sorted(candidates):
        gutter = x - align
        for block in _runs(lines, gutter, align, gap):
            if best is None or block.end - block.start > best.end - best.start:
                best = block
    return best


def _runs(lines: list[Line], gutter: float, align: float, gap: float) -> list[ColumnBlock]:
    """Column blocks among the runs of consecutive lines that do not cross the gutter."""
    blocks: list[ColumnBlock] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and not lines[j].crosses(gutter):
            j += 1
        right_rows = [k for k in range(i, j) if any(s.x0 >= gutter for s in lines[k].segments)]
        for cluster in _clusters(lines, right_rows):
            block = _column_block(lines, cluster, j, gutter, align, gap)
            if block is not None:
                blocks.append(block)
        i = j + 1
    return blocks


def _clusters(lines: list[Line], rows: list[int]) -> list[list[int]]:
    """Split rows where the vertical gap is over twice the usual one (separate tables)."""
    if len(rows) < 2:
        return []
    tops = [lines[k].top for k in rows]
    steps = [b - a for a, b in itertools.pairwise(tops)]
    usual = statistics.median(steps)
    clusters: list[list[int]] = [[rows[0]]]
    for row, step in zip(rows[1:], steps, strict=False):
        if step > 2.0 * usual and step > 0:
            clusters.append([row])
        else:
            clusters[-1].append(row)
    return [cluster for cluster in clusters if len(cluster) >= 2]


def _column_block(
    lines: list[Line], rows: list[int], limit: int, gutter: float, align: float, gap: float
) -> ColumnBlock | None:
    """The block spanned by ``rows`` (lines with text right of the gutter), or None."""
    starts = [next(s.x0 for s in lines[k].segments if s.x0 >= gutter) for k in rows]
    column_x = gutter + align
    if sum(abs(x - column_x) <= align for x in starts) < max(2, 0.6 * len(starts)):
        return None
    start, end = rows[0], rows[-1] + 1
    left_ends = [s.x1 for k in range(start, end) for s in lines[k].segments if s.x1 <= gutter]
    if not left_ends or max(left_ends) > column_x - gap:
        return None
    end = _extend_left_column(lines, start, end, limit, gutter)
    return ColumnBlock(start, end, gutter)


def _extend_left_column(lines: list[Line], start: int, end: int, limit: int, gutter: float) -> int:
    """Take in left-only lines just below the block that continue its left column."""
    left_rows = [lines[k] for k in range(start, end) if lines[k].x0 < gutter]
    if not left_rows:
        return end
    tops = [line.top for line in left_rows]
    pitches = [b - a for a, b in itertools.pairwise(tops) if b > a]
    pitch = statistics.median(pitches) if pitches else 0.0
    indents = {line.x0 for line in left_rows}
    last_top = tops[-1]
    while end < limit and pitch:
        line = lines[end]
        aligned = any(abs(line.x0 - x) <= 2.0 for x in indents)
        left_only = all(s.x1 <= gutter for s in line.segments)
        if not (aligned and left_only) or line.top - last_top > 2.0 * pitch:
            break
        last_top = line.top
        end += 1
    return end
