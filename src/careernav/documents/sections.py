"""Lines -> sections, by a lexicon of headings for resumes and for job postings.

A line is a heading when it names a known section and is shaped like a heading (a short
line in ALL CAPS or Title Case, a line ending with ':', or one marked with '#'). A line in
any case that is exactly a phrase of several words ("what you will do") counts too. A Title
Case line must match the lexicon exactly; the others may add words ("TECHNICAL SKILLS
SUMMARY"). A marked
heading that is not in the lexicon starts a section of the previous kind ("other" when
there is none). Other unknown lines stay text. Text before the first heading is
"summary" for a resume (its leading name, email and phone lines are "contact") and
"about" for a job posting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careernav.documents.roles import dated_roles, join_fragments
from careernav.models import DocumentKind, Section, SectionKind

_RESUME: dict[SectionKind, tuple[str, ...]] = {
    "summary": ("summary", "profile", "objective", "career objective", "professional summary",
                "career summary", "executive summary", "summary of experience", "about me",
                "professional profile", "career overview", "executive profile", "overview",
                "personal statement", "introduction"),
    "skills": ("skills", "technical skills", "core competencies", "competencies", "highlights",
               "qualifications", "summary of qualifications", "key skills", "skill highlights",
               "areas of expertise", "expertise", "core strengths", "strengths",
               "skills and abilities", "computer skills", "technical proficiencies",
               "tools and technologies", "technologies", "abilities", "key qualifications",
               "professional skills", "capabilities", "skill set", "skillset"),
    "experience": ("experience", "work experience", "work history", "professional experience",
                   "employment", "employment history", "career history", "relevant experience",
                   "experience summary", "professional background", "work background",
                   "internships", "internship", "military experience", "positions held"),
    "education": ("education", "education and training", "academic background",
                  "academic qualifications", "educational background", "academics",
                  "education background", "degrees"),
    "certifications": ("certifications", "certification", "certificates", "licenses",
                       "licenses and certifications", "certifications and licenses",
                       "licensure", "credentials", "training", "coursework",
                       "professional development"),
    "projects": ("projects", "personal projects", "key projects", "selected projects",
                 "academic projects", "project experience", "portfolio"),
    "other": ("accomplishments", "achievements", "awards", "honors", "honors and awards",
              "interests", "hobbies", "languages", "references", "volunteer",
              "volunteer experience", "volunteer work", "activities", "affiliations",
              "professional affiliations", "memberships", "publications",
              "additional information", "personal information", "personal details",
              "presentations", "community involvement"),
}  # fmt: skip

_JOB: dict[SectionKind, tuple[str, ...]] = {
    "about": ("about", "about us", "company", "overview", "company overview", "about the company",
              "who we are", "about the role", "about the job", "job description",
              "the opportunity", "position summary", "job summary", "our mission", "summary",
              "description", "position overview", "role overview", "the team", "about the team"),
    "responsibilities": ("responsibilities", "duties", "what you will do", "what you'll do",
                         "role", "the role", "your role", "key responsibilities",
                         "job responsibilities", "duties and responsibilities",
                         "main responsibilities", "your responsibilities", "what you will be doing",
                         "what you'll be doing", "day to day", "your impact", "the job",
                         "essential functions", "roles and responsibilities"),
    "requirements": ("requirements", "qualifications", "what we are looking for",
                     "what we're looking for", "must have", "must haves", "basic qualifications",
                     "minimum qualifications", "you have", "skills required", "required skills",
                     "who you are", "what you bring", "what you'll bring", "job requirements",
                     "required qualifications", "skills", "experience", "education",
                     "skills and experience", "key skills", "requirements and qualifications",
                     "skills and qualifications", "about you", "your profile", "profile"),
    "preferred": ("preferred", "nice to have", "nice to haves", "bonus", "bonus points",
                  "preferred qualifications", "pluses", "preferred skills", "desired skills",
                  "desired qualifications", "it's a plus", "good to have", "additional skills",
                  "preferred experience", "extra credit"),
    "benefits": ("benefits", "perks", "what we offer", "perks and benefits", "benefits and perks",
                 "why join us", "compensation", "salary", "what's in it for you", "we offer",
                 "why work with us", "compensation and benefits"),
    "other": ("how to apply", "equal opportunity", "eeo statement", "location", "apply"),
}  # fmt: skip


def _index(lexicon: dict[SectionKind, tuple[str, ...]]) -> dict[str, SectionKind]:
    return {phrase: kind for kind, phrases in lexicon.items() for phrase in phrases}


_LEXICON: dict[DocumentKind, dict[str, SectionKind]] = {
    "resume": _index(_RESUME),
    "job": _index(_JOB),
}
_MAX_HEADING_WORDS = 6
_MARK = re.compile(r"^#{1,6}\s*")
# A line longer than this is prose, never a heading by shape (headings stay under 60
# characters and lexicon phrases far shorter), whatever its padding.
_LONGEST_HEADING_LINE = 120
_INLINE_HEADING_REACH = 49  # the inline pattern's longest head; only spaces may follow it
_NOT_KEY_CHARS = re.compile(r"[^a-z' ]+")
_INLINE = re.compile(r"^([A-Za-z][A-Za-z '&/]{1,48}?)\s*:\s*(\S.*)$")
_CONTACT = re.compile(
    r"@|https?://|www\.|linkedin|github\.com|\+?\d[\d\s().-]{7,}\d|\b\d{5}(?:-\d{4})?\b", re.I
)


@dataclass(frozen=True, slots=True)
class Heading:
    kind: SectionKind | None  # None: marked as a heading but not in the lexicon
    text: str
    rest: str = ""  # text after "Heading:" on the same line


def heading_key(text: str) -> str:
    """Lower case, '&' as 'and', punctuation and extra spaces removed: the lexicon's form."""
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = _NOT_KEY_CHARS.sub(" ", text)
    return " ".join(text.split())


def classify_heading(line: str, kind: DocumentKind) -> Heading | None:
    """The heading this line is, or None when it is ordinary text."""
    lexicon = _LEXICON[kind]
    marked = line.startswith("#")
    if not marked and len(line) > _LONGEST_HEADING_LINE:
        return _inline_heading(line, lexicon)  # prose: only "Heading: text" can open a section
    text = _MARK.sub("", line).strip().rstrip(":").strip()
    key = heading_key(text)
    if not key:
        return None
    if key in lexicon and (marked or " " in key or _heading_shaped(line, text)):
        return Heading(lexicon[key], text)
    shaped = _heading_shaped(line, text)
    if marked or (shaped and (text.isupper() or line.rstrip().endswith(":"))):
        found = _longest_phrase(key, lexicon)
        if found is not None:
            return Heading(lexicon[found], text)
        return Heading(None, text) if marked else None
    return _inline_heading(line, lexicon)


def _inline_heading(line: str, lexicon: dict[str, SectionKind]) -> Heading | None:
    """'Requirements: 3 years of SQL': a heading with its first line after the colon."""
    colon = line.find(":")
    if colon < 0 or line[_INLINE_HEADING_REACH:colon].strip():
        return None  # no colon, or more than a heading's words before it
    inline = _INLINE.match(line)
    if inline is None:
        return None
    key = heading_key(inline.group(1))
    return (
        Heading(lexicon[key], inline.group(1).strip(), inline.group(2)) if key in lexicon else None
    )


def _heading_shaped(line: str, text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or len(text) > 60 or text[-1] in ".,;":
        return False
    if line.rstrip().endswith(":") or text.isupper():
        return True
    small = {"and", "of", "the", "to", "for", "in", "a", "an", "&", "with", "you", "we", "at"}
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in small for w in words)


def _longest_phrase(key: str, lexicon: dict[str, SectionKind]) -> str | None:
    padded = f" {key} "
    matches = [phrase for phrase in lexicon if f" {phrase} " in padded]
    return max(matches, key=len) if matches else None


def split_sections(lines: list[str], kind: DocumentKind) -> tuple[Section, ...]:
    """Sections of a document, in order; experience sections carry their dated roles.

    Within a section, pieces of one line that were broken apart (a date range, "City",
    ",", "State") are put back together.
    """
    preamble: list[str] = []
    opened: list[tuple[SectionKind, str, list[str]]] = []
    for line in lines:
        heading = classify_heading(line, kind)
        if heading is None or (heading.kind is None and not opened):
            target = opened[-1][2] if opened else preamble
            target.append(_MARK.sub("", line) if heading else line)
            continue
        section_kind = heading.kind or opened[-1][0]
        opened.append((section_kind, heading.text, [heading.rest] if heading.rest else []))
    # Broken-apart dates and places matter for a resume's dated roles, not for a posting.
    join = join_fragments if kind == "resume" else list
    sections = [*_preamble_sections(join(preamble), kind)]
    for section_kind, heading_text, fragments in opened:
        body = join(fragments)
        roles = dated_roles(body) if section_kind == "experience" and kind == "resume" else ()
        sections.append(Section(section_kind, heading_text, tuple(body), roles))
    return tuple(sections)


def _preamble_sections(lines: list[str], kind: DocumentKind) -> list[Section]:
    if not lines:
        return []
    if kind == "job":
        return [Section("about", "", tuple(lines))]
    split = 0
    while split < len(lines) and _contact_like(lines[split]):
        split += 1
    sections: list[Section] = []
    if split:
        sections.append(Section("contact", "", tuple(lines[:split])))
    if split < len(lines):
        sections.append(Section("summary", "", tuple(lines[split:])))
    return sections


def _contact_like(line: str) -> bool:
    """A name, headline, email, phone, address or profile link; not a sentence."""
    if _CONTACT.search(line):
        return True
    words = line.split()
    return len(words) <= 6 and len(line) <= 50 and not line.rstrip().endswith(".")
