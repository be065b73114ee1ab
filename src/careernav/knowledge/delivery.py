"""How a course teaches, read from where it lives: video lectures, browser exercises or text.

A "course" on Udemy, Coursera or edX is a series of video lectures; one on Codecademy or
freeCodeCamp is exercises in the browser; most other course sites (a web tutorial, a lecture
notes site, a documentation learning path) are lessons to read. The ranker's style component
uses this to tell a course that suits a video learner from one that suits a reader.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from careernav.knowledge.providers import host_of

Delivery = Literal["lectures", "interactive", "text"]

# Platforms whose courses are video lectures (with quizzes and assignments around them).
LECTURE_HOSTS = frozenset(
    (
        "udemy.com",
        "coursera.org",
        "edx.org",
        "udacity.com",
        "futurelearn.com",
        "youtube.com",
        "khanacademy.org",
        "linkedin.com",
        "pluralsight.com",
        "skillshare.com",
        "classcentral.com",
        "cognitiveclass.ai",
        "jovian.ai",
        "deeplearning.ai",
        "ocw.mit.edu",
    )
)
# Platforms whose courses are exercises done in the browser.
INTERACTIVE_HOSTS = frozenset(
    (
        "codecademy.com",
        "freecodecamp.org",
        "datacamp.com",
        "kaggle.com",
        "sololearn.com",
        "exercism.org",
        "trailhead.salesforce.com",
        "learngitbranching.js.org",
        "sqlbolt.com",
        "brilliant.org",
    )
)


@lru_cache(maxsize=16384)
def course_delivery(url: str) -> Delivery:
    """Lectures or interactive for the platforms above (and their subdomains), else text."""
    parts = host_of(url).split(".")
    suffixes = {".".join(parts[i:]) for i in range(len(parts) - 1)}
    if suffixes & LECTURE_HOSTS:
        return "lectures"
    if suffixes & INTERACTIVE_HOSTS:
        return "interactive"
    return "text"
