"""A skill name used in another trade's sense is dropped from an imported title."""

from __future__ import annotations

import pytest

from careernav.knowledge.importers.senses import without_other_senses
from careernav.knowledge.model import TaughtSkill
from careernav.models import Level


def _kept(title: str) -> bool:
    sales = TaughtSkill(skill_id="sales", level=Level.BASIC, method="dictionary")
    return bool(without_other_senses(title, [sales]))


@pytest.mark.parametrize(
    "title",
    [
        "Short Selling: Learn To Sell Stocks Before The Fall",
        "Investing in Stocks? Master The Art of Covered Calls Selling",
        "Option selling trading as income source. Beginners friendly",
        "Buying, Selling, and Storing Precious Metal",
        "Professional Bookkeeping & Accounting 1: Sales & Purchases",
    ],
)
def test_trading_and_bookkeeping_titles_do_not_teach_sales(title: str) -> None:
    assert not _kept(title)


@pytest.mark.parametrize(
    "title",
    [
        "Sell like a Pro: Insider Secrets of Successful Selling!",
        "Sales Training for Investment Advisors: Selling Funds",
        "Creating and Selling Mockups",
    ],
)
def test_selling_titles_still_teach_sales(title: str) -> None:
    assert _kept(title)


def _networking_kept(title: str, labels: tuple[str, ...] = (), computing: bool = False) -> bool:
    networking = TaughtSkill(
        skill_id="professional-networking", level=Level.BASIC, method="source-subject"
    )
    found = without_other_senses(title, [networking], labels=labels, computing=computing)
    return any(t.skill_id == "professional-networking" for t in found)


@pytest.mark.parametrize(
    "title",
    [
        "High Performance Browser Networking",
        "Linux Networking",
        "Computer Networking: Principles, Protocols and Practice",
        "TCP/IP Networking for Network Engineers",
    ],
)
def test_computer_networking_titles_do_not_teach_professional_networking(title: str) -> None:
    assert not _networking_kept(title)


def test_networking_label_in_a_programming_catalogue_is_computer_networking() -> None:
    assert not _networking_kept("ZeroMQ Guide", labels=("Networking",), computing=True)
    assert not _networking_kept("High-Performance Browser Networking", labels=("Networking",))
    # The same label elsewhere says nothing about the sense.
    assert _networking_kept("ZeroMQ Guide", labels=("Networking",))


@pytest.mark.parametrize(
    "title",
    [
        "Business English: Networking",
        "Networking for Career Success",
        "Using Email for Networking in English",
    ],
)
def test_professional_networking_titles_keep_it(title: str) -> None:
    assert _networking_kept(title)


def test_career_networking_is_kept_even_in_a_programming_catalogue() -> None:
    assert _networking_kept("Networking for Career Success", ("Networking",), computing=True)


def test_computer_networking_is_recorded_instead() -> None:
    networking = TaughtSkill(
        skill_id="professional-networking", level=Level.INTERMEDIATE, method="source-subject"
    )
    found = without_other_senses(
        "ZeroMQ Guide", [networking], labels=("Networking",), computing=True
    )
    assert [(t.skill_id, t.level, t.method) for t in found] == [
        ("networking", Level.INTERMEDIATE, "source-subject")
    ]


@pytest.mark.parametrize(
    ("skill_id", "title", "kept"),
    [
        ("records-management", "Filing with Companies House UK", False),
        ("records-management", "UK Self Assessment Tax Return Filing Online", False),
        ("records-management", "Filing Systems for Small Offices", True),
        ("retail-operations", "Learn Global Macro Trading & Investing for Retail Investor", False),
        ("retail-operations", "Retail Store Operations", True),
        ("coaching", "Coaching Bundle: Guitar for Music Educators: Part 1", False),
        ("coaching", "Coaching Skills for Managers", True),
        ("coaching", "Executive Coaching for Football Club Leaders", True),
        ("cad", "VLSI CAD Part I: Logic", False),
        ("cad", "AutoCAD and CAD Drafting Basics", True),
        ("technical-writing", "Unity User Manual", False),
        ("technical-writing", "SAP AWS Technical Documentation", False),
        ("technical-writing", "Writing User Manuals People Read", True),
        ("recruiting", "The Investment Banking Recruitment Series", False),
        ("recruiting", "Recruitment and Selection for HR Professionals", True),
        ("system-design", "Practical File System Design", False),
        ("system-design", "IoT System Design", False),
        ("system-design", "Grokking the System Design Interview", True),
        ("customer-retention", "IFRIC 13 Customer Loyalty Programmes", False),
        ("customer-retention", "Customer Loyalty and Retention Strategies", True),
        ("corporate-finance", "Public Financial Management", False),
        ("corporate-finance", "Corporate Financial Management", True),
        ("editing", "The Craft of Text Editing or Emacs for the Modern World", False),
        ("editing", "Gutenberg FSE - Full Site Editing using Gutenberg Block Editor", False),
        ("editing", "Copy Editing for Writers", True),
        ("rest-apis", "HTML5 APIs For JavaScript - A Course For Web Developers", False),
        ("rest-apis", "The Problem with Native JavaScript APIs", False),
        ("rest-apis", "Building RESTful APIs with Node", True),
        ("facebook", "Create a REAL Social Network like Facebook in PHP + MySQL", False),
        ("facebook", "Facebook Marketing 101", True),
        ("budgeting", "Fundamentals of Financial Mathematics and Capital Budgeting", False),
        ("budgeting", "Budgeting and Capital Budgeting", True),
        ("seo", "Learn Laravel PHP Framework Building Multi User SEO Blog APP", False),
        ("seo", "SEO for WordPress and PHP sites: rank higher", True),
        ("machine-learning", "Programming in Standard ML '97: An On-line Tutorial", False),
        ("machine-learning", "ML Ops: Machine Learning in Production", True),
        ("pandas", "PHP Pandas", False),
        ("pandas", "Python Pandas For Your Grandpa", True),
        ("sage-accounting", "Sage Tutorial for Mathematics", False),
        ("sage-accounting", "Sage 50 Accounting for Beginners", True),
    ],
)
def test_words_of_another_trade(skill_id: str, title: str, kept: bool) -> None:
    taught = TaughtSkill(skill_id=skill_id, level=Level.BASIC, method="dictionary")
    assert bool(without_other_senses(title, [taught])) == kept


def test_other_sense_read_from_a_topic_label() -> None:
    taught = TaughtSkill(skill_id="machine-learning", level=Level.BASIC, method="dictionary")
    title = "ML for the Working Programmer, 2nd Edition"
    assert without_other_senses(title, [taught], labels=("Standard ML",)) == []
    assert without_other_senses(title, [taught], labels=("Machine Learning",)) == [taught]


def test_sage_in_a_programming_catalogue_is_sagemath() -> None:
    taught = TaughtSkill(skill_id="sage-accounting", level=Level.BASIC, method="dictionary")
    assert without_other_senses("Sage Tutorial", [taught], computing=True) == []
    assert without_other_senses("Sage Tutorial", [taught]) == [taught]


@pytest.mark.parametrize(
    ("title", "computing", "skills"),
    [
        ("Airbnb JavaScript Style Guide", False, ["clean-code"]),
        ("Google Shell Style Guide", False, ["clean-code"]),
        ("Ruby Style Guide", True, ["clean-code"]),
        # In a programming catalogue a style guide is a coding one whatever the title says.
        ("Angular 1 Style Guide", True, ["clean-code"]),
        ("Mailchimp Content Style Guide", False, ["grammar"]),
        ("Google developer documentation style guide", False, ["grammar"]),
        ("A Style Guide for Writers of English Prose", True, ["grammar"]),
    ],
)
def test_a_programming_style_guide_teaches_coding_conventions(
    title: str, computing: bool, skills: list[str]
) -> None:
    grammar = TaughtSkill(skill_id="grammar", level=Level.BASIC, method="dictionary")
    found = without_other_senses(title, [grammar], computing=computing)
    assert [s.skill_id for s in found] == skills
