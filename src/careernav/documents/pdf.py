"""PDF -> text in reading order, from pdfplumber's words and their positions.

Words are grouped into lines by their top edge, and a line is cut into segments where a
gap is wider than a couple of character heights. A run of lines that a vertical gutter
separates into a left-aligned right column and a left column (a sidebar layout, or a skills
list in two columns) is read column by column: the left column fully, then the right. The
rule is applied again inside each column, so three columns work too. The idea is the
recursive X-Y cut of Nagy and Seth (1984), restricted to cuts that real resumes need.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from careernav.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ImageOnlyDocumentError,
)

# What pdfminer raises on malformed input besides its own PSException family: it parses
# untrusted bytes with plain Python, so damage surfaces as these built-in errors too.
_MALFORMED = (PSException, MalformedPDFException, ValueError, KeyError, IndexError, TypeError,
              AttributeError, AssertionError, OverflowError, ZeroDivisionError, RecursionError,
              EOFError, OSError)  # fmt: skip
_CID = re.compile(r"\(cid:\d+\)")


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
    text = _CID.sub("", "\n\n".join(t for t in texts if t.strip()))
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
    """Words per page, and how many images and vector paths the pages hold."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages: list[list[dict[str, object]]] = []
            pictures = 0
            for page in pdf.pages:
                pages.append(page.extract_words(keep_blank_chars=False, use_text_flow=False))
                if not pages[-1]:
                    pictures += len(page.images) + len(page.curves)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise _encrypted() from exc
        raise _corrupt() from exc
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise _encrypted() from exc
    except _MALFORMED as exc:
        raise _corrupt() from exc
    return pages, pictures


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
