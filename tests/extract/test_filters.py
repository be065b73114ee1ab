"""Mentions that are not the person's or the role's skills: degrees, employers, notices, names."""

from __future__ import annotations

import pytest

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.extract.filters import (
    describes_company,
    hiring_notice,
    in_degree_field,
    names_degree_field,
)
from careernav.extract.matcher import matcher_for
from careernav.taxonomy import load_taxonomy


def found(text: str, kind: str = "resume") -> set[str]:
    document = document_from_text(text, kind=kind)
    return {s.id for s in extract_skills(document, kind, semantic=False)}


def ids_in(text: str) -> list[str]:
    return [m.skill_id for m in matcher_for(load_taxonomy()).find(text)]


@pytest.mark.parametrize(
    "sentence",
    ["Master of Science : Mechanical Engineering , 12/2019",
     "MS degree preferred in applied statistics, computer science or engineering."],
)  # fmt: skip
def test_degree_fields_are_not_skills(sentence: str) -> None:
    assert in_degree_field(sentence, sentence.rindex("ngineering") - 1)


@pytest.mark.parametrize(
    ("line", "field"),
    [("Computer Science", True), ("Liberal Arts", True),
     ("State University City , State Bachelor of Science Mathematics Computer Science", True),
     ("Coursework in International Finance, Statistics and Microeconomics", False),
     ("Human Factors Security Aviation Safety Occupational Safety and Health Air Traffic", False)],
)  # fmt: skip
def test_education_lines_that_only_name_a_field(line: str, field: bool) -> None:
    assert names_degree_field(line) is field


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
     # sentences about the employer
     ("Kroll is the premier global valuation and corporate finance advisor with expertise "
      "in complex valuation.", True),
     ("It also provides guidance on market entry and payroll administration.", True),
     ("Leveraging over 30 years of success, our expertise in IT staffing and consulting.", True),
     ("Python is a must for this role.", False),
     ("Experience with SQL is required.", False),
     # the employer doing its business
     ("As HFI, we manufacture fire safety products and solutions, and provide consultancy, "
      "training, and full technical support, so that you always have peace of mind.", True),
     ("The hub provides resources for market development, technical services, software "
      "development and engineering design.", True),
     ("In future, the hub will also support assembly and manufacturing services.", True),
     ("The Data technology team is an agile and dynamic group.", True),
     ("You will provide technical support to our customers.", False),
     # the employer working with or supporting others
     ("DSA works with all business units to implement the group's tech strategy.", True),
     ("Acme supports hospitals with scheduling software.", True),
    ],
)  # fmt: skip
def test_sentences_about_the_employer(sentence: str, company: bool) -> None:
    assert describes_company(sentence) is company


def test_hiring_notices_and_page_code() -> None:
    assert hiring_notice("Approved recruiting agencies must submit resumes to HR first.")
    assert hiring_notice("var ac = document.createElement('script');")
    assert not hiring_notice("Recruit and train new analysts.")


def test_short_names_glued_to_other_words() -> None:
    assert "r" not in ids_in("Worked with R&D, QA and manufacturing")
    assert "business-intelligence" not in ids_in("Bi-lingual in English and Spanish")


def test_product_names_take_no_plural() -> None:
    assert "canva" not in ids_in("an open canvas to paint")
    assert "canva" in ids_in("Designed posts in Canva")
    assert "negotiation" in ids_in("Led negotiations with suppliers")


def test_lower_case_acronym_words_outside_a_skills_list() -> None:
    assert "scaled-agile" not in found("Summary\nMaintained a safe work environment, daily.")


def test_an_ambiguous_tool_name_before_a_job_title() -> None:
    assert "microsoft-project" not in found("Skills\nProject Manager, Budgeting, Scheduling")


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
     # departments named as partners are not skills
     ("Work closely with Marketing and Sales teams", {"marketing"}),
     ("The role needs you to communicate clearly to various stakeholders of Product "
      "development, Engineering, Marketing, Sales & Leadership team.",
      {"product-development", "marketing", "sales"}),
     ("Work with sales and finance to make sure this product has a market.", {"sales"}),
     ("Work with marketing to help them understand the technical nuances.", {"marketing"}),
     # capitalised units a role works with
     ("This position will work closely with the Scientific Affairs, Proposals and Business "
      "Development to ensure high quality.", {"business-development"}),
     ("Working with external clients, R&D, Quality Control/ Quality Assurance and GMP "
      "Manufacturing, the scientist will design experiments.",
      {"quality-control", "quality-assurance"}),
    ],
)  # fmt: skip
def test_departments_named_as_partners_are_not_skills(sentence: str, units: set[str]) -> None:
    assert not units & found(sentence, kind="job")


def test_a_field_that_qualifies_tools_is_not_asked_for() -> None:
    skills = found("Data science tools such as R, Python", kind="job")
    assert {"r", "python"} <= skills
    assert "data-science" not in skills
    assert "data-visualization" in found("Experience with data visualization tools", kind="job")


@pytest.mark.parametrize(
    ("sentence", "skill", "named"),
    [
     # words of a name in their everyday sense
     ("He/she will be reporting to Bank reconciliation Team lead.", "reporting", False),
     ("Reporting to the Finance Director, you will own month-end.", "reporting", False),
     ("Ad hoc reporting to senior stakeholders using Excel.", "reporting", True),
     ("Developed work-flow charts to ensure production team compliance with client "
      "deadlines.", "regulatory-compliance", False),
     ("Ensure compliance with all regulations, policies, and procedures.",
      "regulatory-compliance", True),
     # audits the work supports are not audits performed
     ("Assist in preparing supporting materials for internal and external audits.",
      "external-audit", False),
     ("Maintained records for annual audits and SEC regulation compliance.", "auditing", False),
     ("Performed audits of domestic and international business units.", "auditing", True),
     # the work a duty supports
     ("Modelling data and metadata to support machine learning and AI.", "machine-learning",
      False),
     ("Build processes to support Salesforce users across the business.", "salesforce", True),
    ],
)  # fmt: skip
def test_words_of_a_name_in_their_everyday_sense(sentence: str, skill: str, named: bool) -> None:
    assert (skill in found(sentence, kind="job")) is named


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
     # a field before a job title or group of people
     ("Electrical Engineering Lab Technician", "electrical-engineering"),
     ("Mechanical Engineering graduate seeking an opportunity in design", "mechanical-engineering"),
     ("Ability to explain technical concepts to GTM folks and engineers", "google-analytics"),
     # a name inside a capitalised product or place name
     ("At Oracle Health Data & Analytics Platform, you will shape healthcare.", "data-analysis"),
     ("Create the Social Media Calendar with the Managing Editor.", "social-media-marketing"),
    ],
)  # fmt: skip
def test_a_field_before_a_job_title_or_group_of_people(sentence: str, skill: str) -> None:
    assert skill not in found(sentence, kind="job")


@pytest.mark.parametrize(
    "sentence",
    ["Build ingestion processes to support your industry leading data science applications.",
     "Help build out an entire data science roadmap for the product.",
     "Two years of experience, preferably in public sector or data science field"],
)  # fmt: skip
def test_a_field_that_qualifies_a_thing_is_not_asked_for(sentence: str) -> None:
    assert "data-science" not in found(sentence, kind="job")
    assert "data-science" in found("Two years of experience in data science", kind="job")


def test_working_with_tools_for_years_still_names_them() -> None:
    skills = found("5+ years working with SQL, Python, R, Tableau and other tools", kind="job")
    assert {"sql", "python", "tableau"} <= skills


@pytest.mark.parametrize(
    ("sentence", "named"),
    [("Healthcare data experience preferred along with knowledge of HIPAA/HITECH compliance",
      False),
     ("Participate in all activities that ensure compliance with GCP guidelines.", False),
     ("Manage life safety & building codes compliance for 150 buildings.", False),
     ("Ensure compliance with regulatory requirements and financial standards.", True)],
)  # fmt: skip
def test_compliance_with_one_named_rule_set(sentence: str, named: bool) -> None:
    assert ("regulatory-compliance" in found(sentence, kind="job")) is named


def test_a_long_list_of_fields_after_a_quantitative_background() -> None:
    sentence = (
        "Advanced degree (master's degree or PhD) with quantitative background (data science, "
        "applied mathematics or statistics, computer science, engineering, econometrics or "
        "another related field)"
    )
    assert in_degree_field(sentence, sentence.index("econometrics"))


def test_diversity_statements_are_hiring_notices() -> None:
    assert hiring_notice(
        "We build a workplace for everyone irrespective of their background, gender or race."
    )
    assert hiring_notice("We welcome applicants of any sexual orientation or gender identity.")


def test_a_field_of_study_after_an_institution() -> None:
    sentence = "B.E. from premier institution, preferably in Electronics / Electrical"
    assert in_degree_field(sentence, sentence.index("Electronics"))


def test_the_industry_of_a_previous_employer() -> None:
    sentence = "2-4 years of experience in accounting, preferably in a finance services company"
    assert "finance" not in found(sentence, kind="job")


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Use data from social media, online reviews and web traffic to find opportunities.",
      "social-media-marketing"),
     ("Record data pertaining to experimentation, research, or animal care.", "animal-care"),
     ("Supervised 100 firefighters in support of flight operations aboard the station.",
      "flight-operations")],
)  # fmt: skip
def test_where_data_comes_from_or_what_it_is_about(sentence: str, skill: str) -> None:
    assert skill not in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [("Delivering results in an agile, dynamic startup environment.", False),
     ("You thrive in an agile and fast-paced team.", False),
     ("Experience working in an agile environment with Scrum ceremonies.", True),
     ("Familiar with agile and scrum practices.", True)],
)  # fmt: skip
def test_agile_as_an_everyday_adjective(sentence: str, named: bool) -> None:
    assert ("agile" in found(sentence, kind="job")) is named


@pytest.mark.parametrize(
    ("sentence", "named"),
    [("Research, evaluate and recommend appropriate hardware and software for faculty.", False),
     ("Oversees analyzing hardware/software strategic information.", False),
     ("Installed and repaired hardware, printers and servers for 200 users.", True)],
)  # fmt: skip
def test_hardware_and_software_as_one_generic_pair(sentence: str, named: bool) -> None:
    assert ("computer-hardware" in found(sentence)) is named


def test_skill_words_naming_groups_of_staff() -> None:
    sentence = "Directed fleet managers, grounds and horticulture, shipping & receiving staff."
    skills = found(sentence)
    assert not {"horticulture", "shipping-and-receiving"} & skills


@pytest.mark.parametrize(
    ("sentence", "named"),
    [("Worked to reduce overall shrink in the retail aspect of the business.", False),
     ("Responsible for creating and executing the monthly retail calendar.", False),
     ("Skills: Retail, Merchandising, Customer Service", True)],
)  # fmt: skip
def test_retail_as_the_trade_a_business_is_in(sentence: str, named: bool) -> None:
    assert ("retail-operations" in found(sentence)) is named


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Working with software like Excel and SQL Server Reporting Services to produce reports.",
      "ssrs"),
     ("Partners with business and functional units to create and maintain the bank's Business "
      "Continuity, Disaster Recovery Plans, and Incident Response Plan.",
      "business-continuity-planning"),
     ("Outstanding analytical skill set: a clear expert in the Analytics/ Data Science field",
      "data-science")],
)  # fmt: skip
def test_tools_and_fields_the_role_itself_practises(sentence: str, skill: str) -> None:
    assert skill in found(sentence, kind="job")


def test_a_skill_a_degree_clause_asks_for_is_no_field_of_study() -> None:
    sentence = (
        "Advanced degree in Statistics/Mathematics/Computer Science/Economics or other fields "
        "that requires advanced training in data analytics."
    )
    assert not in_degree_field(sentence, sentence.index("data analytics"))
