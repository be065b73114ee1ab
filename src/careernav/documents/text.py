"""Plain text: decode bytes, then normalise what every extractor hands over.

Normalising means: one kind of line break, ligatures and typographic quotes and dashes folded
to ASCII, invisible characters dropped, common mojibake (UTF-8 read as Windows-1252) repaired,
bullet glyphs removed from the start of lines (items joined by bullets on one line are split
into lines), words hyphenated across a line break joined, and runs of spaces collapsed.
"""

from __future__ import annotations

import codecs
import re

from careernav.errors import UnsupportedFormatError

_CHAR_MAP = str.maketrans(
    {
        # ligatures
        "ﬀ": "ff",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ﬅ": "ft",
        "ﬆ": "st",
        # quotes and primes
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        # dashes and minus
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "…": "...",
        # spaces
        "\t": " ",
        "\u00a0": " ",
        "\u2000": " ",
        "\u2001": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u2007": " ",
        "\u2008": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u205f": " ",
        "\u3000": " ",
        # invisible
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\ufffd": None,
        # line breaks
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\f": "\n",
        "\v": "\n",
        "\x85": "\n",
    }
)

BULLETS = "•●▪■□◦○◆◇►▸▹‣⁃∙✓✔✗➢➤➔→❖⦿⚫"
_LEADING_BULLET = re.compile(rf"^\s*(?:[{BULLETS}·]+|[-*+>]+(?=\s)|o(?=\s+[A-Z]))\s*")
# (?<!\s): start only where a whitespace run starts, so long runs of spaces stay linear
_INLINE_BULLET = re.compile(rf"(?<!\s)\s+[{BULLETS}]\s+|(?<!\s)\s+·\s+")
_BULLET_GLYPH = re.compile(rf"[{BULLETS}·]")
# The characters _CHAR_MAP folds, found in one pass (faster than translating every character).
_MAPPED = re.compile("[" + "".join(re.escape(chr(code)) for code in _CHAR_MAP) + "]")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r" {2,}")
# Control characters that do not occur in text files (tab, CR and form feed do).
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# UTF-8 bytes that were decoded as Windows-1252: a lead byte then one to three continuations.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
    "\u203a\u0153\u017e\u0178]"
    "|[\u00e0-\u00ef][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
    "\u203a\u0153\u017e\u0178]{2}"
)
# Left-overs of mojibake whose last byte was lost: a stray "Â" before a space, "ï¼" alone.
_MOJIBAKE_RESIDUE = re.compile(r"Â(?=\s|$)|ï¼")
_HYPHEN_AT_BREAK = re.compile(r"- *\n")
_HYPHEN_BREAK = re.compile(r"\b([A-Za-z]*[a-z])- *\n *(?=[a-z])")
# First halves of compounds whose hyphen is kept when they are split across lines.
_COMPOUND_HEADS = frozenset(
    {
        "self", "well", "cross", "full", "part", "high", "long", "short", "low", "real",
        "hands", "team", "detail", "results", "client", "customer", "data", "end", "fast",
        "front", "back", "multi", "non", "co",
    }
)  # fmt: skip


def decode_bytes(data: bytes) -> str:
    """Decode text bytes: a BOM wins, then UTF-8, then Windows-1252, then Latin-1."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data:
        raise _binary()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    sample = text[:4096]
    if len(_BINARY_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise _binary()
    return text


def _binary() -> UnsupportedFormatError:
    return UnsupportedFormatError(
        "This file holds binary data, not text, and is not a format CareerNav reads.",
        hint="Upload a PDF, DOCX, HTML or TXT file, or paste the text.",
    )


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def repair_mojibake(text: str) -> str:
    """Turn 'â€™' back into '’' and similar: UTF-8 that was read as Windows-1252."""

    def fix(match: re.Match[str]) -> str:
        chunk = match.group(0)
        try:
            return chunk.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return chunk

    if text.isascii():  # mojibake is made of non-ASCII characters
        return text
    if not _MOJIBAKE.search(text) and not _MOJIBAKE_RESIDUE.search(text):
        return text
    return _MOJIBAKE_RESIDUE.sub(" ", _MOJIBAKE.sub(fix, text))


def _join_hyphenated(match: re.Match[str]) -> str:
    head = match.group(1)
    return f"{head}-" if head.lower() in _COMPOUND_HEADS else head


def _mapped_to(match: re.Match[str]) -> str:
    return _CHAR_MAP[ord(match.group(0))] or ""


def clean_line(line: str) -> str:
    """One line without leading bullets, control characters or repeated spaces."""
    line = _CONTROL.sub("", line)
    line = _LEADING_BULLET.sub("", line)
    return _SPACES.sub(" ", line).strip()


def normalise_text(text: str) -> str:
    """Text with clean lines; blank lines kept (one at most) as paragraph breaks."""
    text = text.replace("\r\n", "\n")
    text = _MAPPED.sub(_mapped_to, repair_mojibake(text))
    if _HYPHEN_AT_BREAK.search(text):
        text = _HYPHEN_BREAK.sub(_join_hyphenated, text)
    lines: list[str] = []
    for raw in text.split("\n"):
        parts = _INLINE_BULLET.split(raw) if _BULLET_GLYPH.search(raw) else (raw,)
        for part in parts:
            line = clean_line(part)
            if line or (lines and lines[-1]):
                lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)
