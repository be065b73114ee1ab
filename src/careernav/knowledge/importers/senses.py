"""Skill names that mean something else in another trade's titles: drop the skill there.

The dictionary matcher finds a skill by any of its names, but some names are ordinary words of
another trade. "Selling" is an alias of Sales, yet in "Short Selling: Learn To Sell Stocks",
"Master The Art of Covered Calls Selling" or "Buying, Selling, and Storing Precious Metal" it
is a trade in securities or assets, not the work of a salesperson; "Sales & Purchases" in a
bookkeeping title names ledgers, not selling; "Filing" a tax return is not keeping records, and
a "Retail Investor" does not run a shop; "Coaching Bundle: Guitar for Music Educators" teaches
music, "VLSI CAD" designs chips and the "Unity User Manual" is a manual, not a lesson in
writing one. Each rule says which words of a title carry the other sense and which words of the
title show that other trade; a skill whose only mention in a title is in that sense is dropped.

"Networking" is Professional Networking in "Networking for Career Success" and computer
networking in "High Performance Browser Networking" or "Linux Networking": browsers, protocols,
sockets or routers in the title show the computer sense. In a catalogue of programming
resources (free-programming-books) the computer sense is the only one, so a topic label
"Networking" there names computer networking even where the title shows nothing more
("ZeroMQ Guide"); the resource is recorded as teaching Computer Networking instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careernav.knowledge.model import TaughtSkill


@dataclass(frozen=True)
class OtherSense:
    """A skill's ``surface`` words mean something else when ``context`` is in the title too,
    unless the title also names the skill by a word the rule does not cover (``unless``)."""

    skill_id: str
    surface: re.Pattern[str]
    context: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    # The other sense is computing's: a catalogue of programming resources means it alone.
    computing: bool = False
    # The taxonomy skill the words name in the other sense, recorded in place of ``skill_id``.
    instead: str | None = None
    # The context may also be a topic label the source files the resource under.
    in_labels: bool = False


_SALESPERSON = re.compile(r"\bsales(?:person|people|man|men|manship| teams?| reps?)\b", re.I)
OTHER_SENSES: tuple[OtherSense, ...] = (
    # Trading and investing: selling short, selling options or calls, selling assets.
    OtherSense(
        "sales",
        surface=re.compile(r"\bsell(?:s|ing)?\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:stocks?|shares|equit(?:y|ies)|options?|calls|puts|strangles|straddles|"
            r"short|trading|traders?|invest(?:s|ing|ors?|ments?)?|forex|crypto\w*|"
            r"bitcoin|precious metals?|gold|silver)\b",
            re.IGNORECASE,
        ),
        unless=re.compile(rf"\bsales\b(?!\s*(?:&|and)\s*purchases?)|{_SALESPERSON.pattern}", re.I),
    ),
    # Bookkeeping: sales and purchase ledgers, sales tax, cost of sales.
    OtherSense(
        "sales",
        surface=re.compile(r"\bsales\b", re.IGNORECASE),
        context=re.compile(
            r"\bsales\s*(?:&|and)\s*purchases?\b|\bsales (?:tax|ledger|invoices?|journal)\b|"
            r"\bcost of sales\b",
            re.IGNORECASE,
        ),
        unless=_SALESPERSON,
    ),
    # Filing a tax return or company accounts, not keeping a filing system.
    OtherSense(
        "records-management",
        surface=re.compile(r"\bfiling\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:tax(?:es)?|returns?|companies house|irs|vat|self assessment|annual accounts|"
            r"patents?|bankruptcy|lawsuits?)\b",
            re.IGNORECASE,
        ),
        unless=re.compile(r"\b(?:records?|documents?|archiv\w*|filing systems?)\b", re.I),
    ),
    # Retail investors and retail banking, not the running of shops.
    OtherSense(
        "retail-operations",
        surface=re.compile(r"\bretail\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:investors?|investing|investments?|trading|traders?|banking|forex|stocks?)\b",
            re.IGNORECASE,
        ),
        unless=re.compile(
            r"\b(?:stores?|shops?|merchandis\w*|retailers?|store operations)\b", re.I
        ),
    ),
    # Coaching a sport or teaching an instrument, not coaching people at work.
    OtherSense(
        "coaching",
        surface=re.compile(r"\bcoach(?:es|ing)?\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:guitar|piano|drums?|music\w*|rhythm|singing|vocal|football|soccer|"
            r"basketball|tennis|golf|swimming|fitness|yoga|athlet\w*|sports?)\b",
            re.IGNORECASE,
        ),
        unless=re.compile(
            r"\b(?:executive|leadership|career|business|employees?|managers?)\b", re.I
        ),
    ),
    # Chip design: VLSI and logic CAD are electronic design automation, not drafting.
    OtherSense(
        "cad",
        surface=re.compile(r"\bcad\b", re.IGNORECASE),
        context=re.compile(r"\b(?:vlsi|logic|circuits?|chips?|asic|fpga|eda)\b", re.IGNORECASE),
    ),
    # "Unity User Manual" is a manual to read, not a lesson in writing manuals.
    OtherSense(
        "technical-writing",
        surface=re.compile(r"\b(?:user manuals?|technical documentation)\b", re.IGNORECASE),
        context=re.compile(r"\b(?:user manuals?|technical documentation)\b", re.IGNORECASE),
        unless=re.compile(r"\b(?:writ\w*|authoring|documenting)\b", re.IGNORECASE),
    ),
    # Getting hired, not hiring: "The Investment Banking Recruitment Series".
    OtherSense(
        "recruiting",
        surface=re.compile(r"\brecruit(?:ment|ing)\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:investment banking|get(?:ting)? hired|land(?:ing)? (?:a|your) job|"
            r"job seekers?|your career)\b",
            re.IGNORECASE,
        ),
    ),
    # Storage, device and control systems: "Practical File System Design", "IoT System
    # Design" design one kind of system, not large-scale software systems.
    OtherSense(
        "system-design",
        surface=re.compile(r"\bsystems? design\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:file systems?|iot|embedded|control systems?|circuits?|vlsi|hvac)\b",
            re.IGNORECASE,
        ),
    ),
    # Accounting for loyalty schemes (IFRIC 13, IFRS), not keeping customers.
    OtherSense(
        "customer-retention",
        surface=re.compile(r"\b(?:customer )?loyalty\b", re.IGNORECASE),
        context=re.compile(r"\b(?:ifric|ifrs|ias|accounting for)\b", re.IGNORECASE),
    ),
    # Public and personal finances, not a company's.
    OtherSense(
        "corporate-finance",
        surface=re.compile(r"\bfinancial management\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:public|government|personal|household|municipal)\s+financial management\b",
            re.IGNORECASE,
        ),
        unless=re.compile(r"\bcorporate\b", re.IGNORECASE),
    ),
    # Editing text in a program or a website's pages, not editing copy: "The Craft of Text
    # Editing or Emacs", "Full Site Editing using Gutenberg Block Editor".
    OtherSense(
        "editing",
        surface=re.compile(r"\bedit(?:ing|or)\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:text edit(?:ing|ors?)|emacs|vim|site editing|block editor|gutenberg|"
            r"code editors?|video editing|photo editing|image editing)\b",
            re.IGNORECASE,
        ),
        unless=re.compile(r"\b(?:copy ?edit\w*|proofread\w*|manuscripts?|writers?)\b", re.I),
    ),
    # A browser's programming interfaces, not web services: "HTML5 APIs For JavaScript".
    OtherSense(
        "rest-apis",
        surface=re.compile(r"\bapis?\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:html5?|native javascript|browser|dom|web audio|canvas)\s+apis?\b",
            re.IGNORECASE,
        ),
        unless=re.compile(r"\brest(?:ful)?\b|\bweb services?\b", re.IGNORECASE),
    ),
    # Building a social network like Facebook, not marketing on it.
    OtherSense(
        "facebook",
        surface=re.compile(r"\bfacebook\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:like facebook|facebook clone|clone of facebook|social network(?:ing)? "
            r"(?:site|app|website))\b|\bsocial network like\b",
            re.IGNORECASE,
        ),
        unless=re.compile(r"\b(?:marketing|ads|advertis\w*|pages?)\b", re.IGNORECASE),
    ),
    # Appraising investments (capital budgeting), not planning a budget.
    OtherSense(
        "budgeting",
        surface=re.compile(r"\bbudget(?:ing|s)?\b", re.IGNORECASE),
        context=re.compile(r"\bcapital budgeting\b", re.IGNORECASE),
        unless=re.compile(r"(?<!capital )\bbudget(?:ing|s)?\b", re.IGNORECASE),
    ),
    # "SEO Blog App" in a web framework's title builds a site, it does not teach SEO.
    OtherSense(
        "seo",
        surface=re.compile(r"\bseo\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:laravel|php|django|flask|rails|mern|next\.?js|nuxt|gatsby)\b", re.IGNORECASE
        ),
        unless=re.compile(r"\b(?:search engine|marketing|rank\w*)\b", re.IGNORECASE),
    ),
    # "PHP Pandas" is a PHP library, not Python's pandas.
    OtherSense(
        "pandas",
        surface=re.compile(r"\bpandas\b", re.IGNORECASE),
        context=re.compile(r"\bphp\b", re.IGNORECASE),
        unless=re.compile(r"\bpython\b", re.IGNORECASE),
    ),
    # The programming language ML (Standard ML, SML), not machine learning.
    OtherSense(
        "machine-learning",
        surface=re.compile(r"\bml\b", re.IGNORECASE),
        context=re.compile(r"\bstandard ml\b|\bsml\b|\bml97\b|\bml programming language\b", re.I),
        unless=re.compile(r"\bmachine learning\b", re.IGNORECASE),
        in_labels=True,
    ),
    # Sage in a catalogue of programming resources is SageMath, not Sage accounting software.
    OtherSense(
        "sage-accounting",
        surface=re.compile(r"\bsage\b", re.IGNORECASE),
        context=re.compile(r"\bsagemath\b|\bmathemati\w*", re.IGNORECASE),
        unless=re.compile(r"\b(?:accounting|bookkeeping|payroll|50|100|300|intacct)\b", re.I),
        computing=True,
    ),
    # A programming language's style guide sets coding conventions, not house style for
    # prose: "Airbnb JavaScript Style Guide", "Google Shell Style Guide".
    OtherSense(
        "grammar",
        surface=re.compile(r"\bstyle ?guides?\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:code|coding|programming|javascript|python|java|ruby|rails|css|html|shell|"
            r"bash|lisp|clojure|angular(?:js)?|objective-c|swift|kotlin|php|coffeescript|"
            r"typescript|abap|sql|haskell|scala|elixir|rust|golang|c\+\+|c#)(?=\W|$)",
            re.IGNORECASE,
        ),
        unless=re.compile(r"\b(?:grammar|english|prose|writing|writers?|editorial)\b", re.I),
        computing=True,
        instead="clean-code",
    ),
    # Computer networking: browsers, protocols, sockets, routers, network engineering.
    OtherSense(
        "professional-networking",
        surface=re.compile(r"\bnetwork(?:ing|s)?\b", re.IGNORECASE),
        context=re.compile(
            r"\b(?:browsers?|tcp|udp|ip|ipv[46]|protocols?|network engineer(?:s|ing)?|"
            r"sockets?|packets?|routers?|routing|switch(?:es|ing)|lan|wan|wireless|wi-?fi|"
            r"ethernet|osi|https?|http/?2|dns|internet|linux|unix|windows|cisco|ccna|ccnp|"
            r"comptia|servers?|computers?|programming|distributed|firewalls?|vpn|sdn|"
            r"cyber\w*|security|data cent(?:er|re)s?|cloud|telecom\w*)\b",
            re.IGNORECASE,
        ),
        unless=re.compile(
            r"\b(?:business networking|networking events?|careers?|job (?:search|hunt)\w*|"
            r"relationships?|linkedin|social skills)\b",
            re.IGNORECASE,
        ),
        computing=True,
        instead="networking",
    ),
)


def holds_other_sense(
    title: str, rule: OtherSense, *, labels: tuple[str, ...] = (), computing: bool = False
) -> bool:
    """True when ``title`` (or a topic label) uses the rule's words in the other trade's sense
    only; ``computing`` when the catalogue holds programming resources only."""
    named = rule.surface.search(title) or any(rule.surface.search(label) for label in labels)
    context = rule.context.search(title) or (
        rule.in_labels and any(rule.context.search(label) for label in labels)
    )
    if not (named and (context or (rule.computing and computing))):
        return False
    return not (rule.unless and rule.unless.search(title))


def without_other_senses(
    title: str, skills: list[TaughtSkill], *, labels: tuple[str, ...] = (), computing: bool = False
) -> list[TaughtSkill]:
    """``skills`` less those a title or its topic ``labels`` name only in another trade's
    sense (see OTHER_SENSES), each replaced by the rule's ``instead`` skill where it has one;
    ``computing`` for a catalogue of programming resources."""
    held = [
        rule
        for rule in OTHER_SENSES
        if holds_other_sense(title, rule, labels=labels, computing=computing)
    ]
    dropped = {rule.skill_id for rule in held}
    kept = [s for s in skills if s.skill_id not in dropped]
    present = {s.skill_id for s in kept}
    for rule in held:
        taught = next((s for s in skills if s.skill_id == rule.skill_id), None)
        if taught is not None and rule.instead and rule.instead not in present:
            kept.append(taught.model_copy(update={"skill_id": rule.instead}))
            present.add(rule.instead)
    return kept
