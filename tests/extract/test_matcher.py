"""Dictionary matching: boundaries, plurals, punctuation in names, ambiguity and negation."""

from __future__ import annotations

import pytest

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.extract.matcher import matcher_for
from careernav.extract.negation import is_negated
from careernav.extract.surfaces import irregular_plural
from careernav.taxonomy import load_taxonomy


def found(text: str, kind: str = "resume") -> set[str]:
    document = document_from_text(text, kind=kind)
    return {s.id for s in extract_skills(document, kind, semantic=False)}


def ids_in(text: str) -> list[str]:
    return [m.skill_id for m in matcher_for(load_taxonomy()).find(text)]


def test_word_boundaries_keep_java_out_of_javascript() -> None:
    assert ids_in("Wrote JavaScript daily") == ["javascript"]


@pytest.mark.parametrize(
    ("text", "skill"),
    [("Wrote C++ services", "cpp"), ("Maintained C# tools", "csharp"),
     ("Migrated apps to .NET Core", "dotnet"), ("APIs in Node.js", "nodejs"),
     ("REST APIs for partners", "rest-apis")],
)  # fmt: skip
def test_punctuation_in_names(text: str, skill: str) -> None:
    assert skill in ids_in(text)


def test_plural_forms_match() -> None:
    assert "rest-apis" in ids_in("Designed REST APIs for partners")


def test_negation_drops_the_skill() -> None:
    skills = found("I have no experience with Tableau, but I use SQL daily at work.")
    assert "tableau" not in skills
    assert "sql" in skills


def test_negation_scope_ends_at_clause() -> None:
    sentence = "No exposure to Hadoop; strong Python."
    assert is_negated(sentence, sentence.index("Hadoop"))
    assert not is_negated(sentence, sentence.index("Python"))


def test_excel_as_a_verb_is_not_microsoft_excel() -> None:
    assert "microsoft-excel" not in found(
        "Summary\nI excel at building relationships with clients."
    )
    assert "microsoft-excel" in found("Skills\nExcel, Word, PowerPoint")


@pytest.mark.parametrize(
    ("text", "present"),
    [("Skills: Python, R, SQL", True),
     ("Statistical analysis in R and Python", True),
     ("Managed the R&D budget and Section R of the report", False)],
)  # fmt: skip
def test_r_needs_context(text: str, present: bool) -> None:
    assert ("r" in found(text)) is present


def test_go_the_language_versus_go_the_verb() -> None:
    assert "go" in found("Skills\nGo, Python, Kubernetes")
    assert "go" not in found("Summary\nReady to go the extra mile for customers.")


def test_spark_needs_context() -> None:
    assert "apache-spark" in found("Built pipelines with Spark and Kafka on Hadoop")
    assert "apache-spark" not in found("Summary\nI spark conversations that lead to sales.")


@pytest.mark.parametrize(
    ("text", "skill", "named"),
    [
        ("Used SAP Success Factors for appraisals.", "sap-successfactors", True),
        ("Defined the critical success factors of the launch.", "sap-successfactors", False),
        ("Solved routing problems with OR-Tools.", "optimization", True),
        ("Repaired equipment, machinery or tools on site.", "optimization", False),
    ],
)
def test_a_product_name_written_apart_needs_its_capitals(
    text: str, skill: str, named: bool
) -> None:
    assert (skill in ids_in(text)) is named


@pytest.mark.parametrize(
    ("text", "skill", "named"),
    [
        (
            "Opened the new office in Rancho Cordova in 2015.",
            "cross-platform-mobile-development",
            False,
        ),
        ("Built hybrid mobile apps with Cordova.", "cross-platform-mobile-development", True),
        ("Tailoring solutions to each client's needs.", "sewing", False),
        ("Garment alterations and tailoring for bridal dresses.", "sewing", True),
        ("Drafting executive communications and speeches.", "technical-drawing", False),
        ("Drafting shop drawings in AutoCAD.", "technical-drawing", True),
        ("Upgraded the building's BMS to cut heating costs.", "battery-systems", False),
        ("Previous experience at a CMO or CRO is a plus.", "conversion-rate-optimization", False),
    ],
)
def test_words_that_name_a_skill_only_in_context(text: str, skill: str, named: bool) -> None:
    assert (skill in found(text)) is named


def test_a_name_is_not_its_own_context() -> None:
    # "arts" is an alias and a context word of Fine Arts; alone it proves nothing.
    assert "fine-arts" not in found("Managed venues for the performing arts and residential.")
    assert "fine-arts" in found("Taught studio art and painting at the gallery.")


def test_a_plural_noun_is_not_a_duty_verb() -> None:
    # "business plans" is a noun: it does not plan the press releases that follow.
    text = "Developed marketing and business plans, designed press releases."
    assert "release-management" not in found(text)
    assert "release-management" in found("Plans software releases for three products.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Conducts monthly variance analyses for the region.", "variance-analysis"),
        ("Develops social media strategies for three brands.", "social-media-marketing"),
    ],
)
def test_plurals_that_are_not_an_added_s(text: str, skill: str) -> None:
    assert skill in ids_in(text)


def test_irregular_plural_forms() -> None:
    assert irregular_plural("variance analysis") == "variance analyses"
    assert irregular_plural("social media strategy") == "social media strategies"
    assert irregular_plural("survey") is None  # a vowel before the "y": "surveys"
    assert irregular_plural("copy") is None  # too short to risk


def test_a_name_inside_a_hyphenated_word_is_not_the_skill() -> None:
    assert "sales" not in ids_in("Led pre-sales support for the region.")
    assert "customer-experience" not in ids_in("A full-service design and print partner.")
    # an upper-case prefix keeps the name: "MS-Excel", "T-SQL"
    assert {"microsoft-excel", "t-sql"} <= set(ids_in("Skills: MS-Excel, T-SQL"))


def test_gtm_needs_a_tag_manager_context() -> None:
    assert "google-analytics" not in found("Partner with Engineering, GTM and Sales leaders.")
    assert "google-analytics" in found("Set up conversion tracking tags in GTM and GA4.")


def test_drafting_text_and_a_country_are_not_skills() -> None:
    assert "technical-drawing" not in found("Drafting and editing documents (memos, letters).")
    assert "czech" not in found("Offices in Spain, Germany, Czech Republic and Ireland.")
    assert "czech" in found("Fluent in Czech and English.")


def test_negotiated_contracts_are_contract_negotiation_not_management() -> None:
    skills = found("Negotiate master service agreements and individual consulting contracts.")
    assert "contract-negotiation" in skills
    assert "contract-management" not in skills
    assert "contract-management" in found("Managed and administered vendor contracts.")


def test_markdown_next_to_prices_is_a_price_cut() -> None:
    assert "markdown" not in found("Handled Markdown/promotional procedures and merchandising.")
    assert "markdown" not in found("Executed weekly markdowns and pricing changes.")
    assert "markdown" in found("Wrote documentation in Markdown and HTML for GitHub READMEs.")


def test_an_acronym_spelt_out_as_something_else_is_not_the_skill() -> None:
    text = "Training at Entrepreneurship Development Institute of India (EDI), Ahmedabad."
    assert "edi" not in found(text)
    spelt = "Implemented Electronic Data Interchange (EDI) with suppliers."
    assert "edi" in found(spelt)
    assert "seo" in found("Ran Search Engine Optimisation (SEO) campaigns.")


def test_financial_and_accounting_reports_are_financial_reporting() -> None:
    skills = found("Organised the preparation of periodic financial reports.")
    assert "financial-reporting" in skills
    assert "reporting" not in skills
    assert "financial-reporting" in found("Prepare overall accounting reports each month.")
    assert "reporting" in found("Prepared weekly reports on KPIs for management.")


def test_names_in_a_list_of_organisations_are_organisations() -> None:
    text = "Worked with companies such as Advantage Mortgage, Progressive Nursing, Nortel Networks."
    assert not {"nursing", "networking"} & found(text)
    # a list of other things keeps its skills
    assert {"python", "sql"} <= found("Served clients such as banks on Python and SQL projects.")


def test_between_overlapping_names_of_as_many_words_the_leftmost_wins() -> None:
    skills = found("Developed data architecture design for the analysts.")
    assert "data-architecture" in skills
    assert "architectural-design" not in skills


def test_hiring_interviews_and_ordering_supplies_are_duties_with_a_skill() -> None:
    assert "interviewing" in found("Conducted interviews with candidates for open positions.")
    assert "interviewing" not in found("Conducted exit interviews and press interviews.")
    assert "procurement" in found("Ordered office supplies and materials for the department.")
