"""Stable resource ids: a source prefix and a slug, with a short URL hash where titles repeat."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_TITLE_WORD = re.compile(r"[a-z0-9+#]+")
MAX_SLUG = 60


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, at most MAX_SLUG characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-") or "item"


def title_key(title: str) -> str:
    """A title's words, lower-cased, without punctuation (C++ and C# keep their signs): two
    addresses of one book compare equal by it."""
    return " ".join(_TITLE_WORD.findall(title.lower()))


def url_hash(url: str, length: int = 6) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:length]


def resource_id(prefix: str, title: str, url: str | None = None) -> str:
    """``prefix:slug`` or, with a URL, ``prefix:slug-hash`` (unique across equal titles)."""
    slug = slugify(title)
    return f"{prefix}:{slug}-{url_hash(url)}" if url else f"{prefix}:{slug}"
