"""HTML -> text: one line per block element, headings marked with '#' for the section splitter."""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, PageElement, ProcessingInstruction

from careernav.documents.text import decode_bytes

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "nav", "iframe"})
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "ul", "ol",
        "li", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre", "form",
        "fieldset", "address", "figure", "figcaption", "hr", "br", "body", "html",
    }
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def html_text(data: bytes | str) -> str:
    """Visible text of an HTML page in document order."""
    markup = decode_bytes(data) if isinstance(data, bytes) else data
    soup = BeautifulSoup(markup, "lxml")
    parts: list[str] = []
    # An explicit stack, not recursion: pages can nest deeper than Python's recursion limit.
    stack: list[PageElement | str] = [soup]
    while stack:
        item = stack.pop()
        if isinstance(item, str) and not isinstance(item, NavigableString):
            parts.append(item)
        elif isinstance(item, Comment | Doctype | ProcessingInstruction | Declaration):
            continue
        elif isinstance(item, NavigableString):
            parts.append(str(item).replace("\n", " "))
        elif isinstance(item, Tag):
            stack.extend(reversed(_expand(item)))
    return "".join(parts)


def _expand(tag: Tag) -> list[PageElement | str]:
    """What a tag contributes, in order: separators as plain strings, then its children."""
    if tag.name in _SKIP:
        return []
    if tag.name in _HEADINGS:
        heading = tag.get_text(" ", strip=True)
        return [f"\n# {heading}\n"] if heading else []
    block = tag.name in _BLOCK
    items: list[PageElement | str] = ["\n"] if block else []
    if tag.name == "li":
        items.append("- ")
    items.extend(tag.children)
    if tag.name in {"td", "th"}:
        items.append(" ")
    if block:
        items.append("\n")
    return items
