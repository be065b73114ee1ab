"""A provider name for a resource URL: the platform for well-known hosts, else the host."""

from __future__ import annotations

from urllib.parse import urlsplit

KNOWN_HOSTS: dict[str, str] = {
    "coursera.org": "Coursera",
    "edx.org": "edX",
    "learning.edx.org": "edX",
    "udemy.com": "Udemy",
    "udacity.com": "Udacity",
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "ocw.mit.edu": "MIT OpenCourseWare",
    "openlearninglibrary.mit.edu": "MIT Open Learning Library",
    "mitxonline.mit.edu": "MITx Online",
    "github.com": "GitHub",
    "khanacademy.org": "Khan Academy",
    "freecodecamp.org": "freeCodeCamp",
    "kaggle.com": "Kaggle",
    "developer.mozilla.org": "MDN Web Docs",
    "deeplearning.ai": "DeepLearning.AI",
}
AUDIT_HOSTS = frozenset({"coursera.org", "edx.org", "learning.edx.org", "deeplearning.ai"})


def host_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def provider_for(url: str) -> str:
    """The platform name for well-known hosts (coursera.org -> Coursera), else the host."""
    host = host_of(url)
    return KNOWN_HOSTS.get(host, host or "unknown")


def is_audit_platform(url: str) -> bool:
    """True for platforms whose courses are free to audit with a paid certificate."""
    return host_of(url) in AUDIT_HOSTS
