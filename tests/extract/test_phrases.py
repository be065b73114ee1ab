"""Skills named by a duty: verb and object, work products, and spelling variants of names."""

from __future__ import annotations

import pytest

from careernav.extract.duties import duty_patterns
from careernav.extract.matcher import matcher_for
from careernav.extract.phrases import verb_object_patterns
from careernav.extract.surfaces import takes_plural
from careernav.taxonomy import load_taxonomy


def duty_ids(sentence: str) -> set[str]:
    return {hit.skill_id for hit in duty_patterns(load_taxonomy()).find(sentence)}


def phrase_ids(sentence: str) -> set[str]:
    return {hit.skill_id for hit in verb_object_patterns(load_taxonomy()).find(sentence)}


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
     # work products of duties
     ("Maintained three department budgets.", "budgeting"),
     ("Review client protocols and prepare proposals and quotations.", "proposal-writing"),
     ("Create and present compelling reports to stakeholders.", "reporting"),
     ("Development of departmental budgets.", "budgeting"),
     ("Budgeted and forecasted monthly operating expenses.", "forecasting"),
     # duties that name a skill by their verb
     ("Inputted customer data into company system.", "data-entry"),
     ("Processed and input course master files for all courses.", "data-entry"),
     ("processed insurance billing and typed patient reports for the Speech Therapist.",
      "typing"),
     ("Receipted incoming cash, credit cards, and checks.", "cash-handling"),
     ("Handled inventory and controlled cash.", "cash-handling"),
     ("Exceeds sales goals by following up on leads and monitoring market trends.",
      "market-research"),
     ("Reduced and controlled expenses by adhering to budgets.", "cost-control"),
     ("Manage technical support staff, contractors, energy providers.", "vendor-management"),
     ("Events (speech writing, managing service providers, drafting).", "vendor-management"),
     ("Coordinate and deliver annual HR conference with corporate HR team.", "event-planning"),
     ("Hired and trained new cashiers.", "recruiting"),
     # more duties and their work products
     ("Worked to reduce overall shrink in the store.", "loss-prevention"),
     ("Analyze financial data to identify trends, variances, and areas for improvement.",
      "variance-analysis"),
     ("Monitor competitor activities and pricing.", "competitive-analysis"),
     ("Generating detailed mechanical drawings.", "technical-drawing"),
     ("Created and implemented a developmentally appropriate curriculum.",
      "curriculum-development"),
     ("Coordinate orientations for new employees.", "onboarding"),
     ("Identify training needs for teams and individuals.", "training-needs-analysis"),
     ("Understanding client needs and offering solutions.", "needs-analysis"),
     ("Experience implementing and deploying statistics and machine learning models.",
      "model-deployment"),
     ("Directed strategic initiatives to achieve monthly sales goals.", "strategic-planning"),
     ("Lead technical projects to completion.", "project-management"),
     ("Examine risks and potentials for the business opportunities.", "risk-assessment"),
     ("Provide critical reporting, visualizations and analysis.", "data-visualization"),
     ("Cooked and cleaned at a food cart.", "cooking"),
     ("Billed and managed 100 client accounts a year.", "invoicing"),
     ("Architected a data platform for analysts.", "software-architecture"),
     # duties of analysts marketers and sellers
     ("Derive suitable analytics approaches and requirements.", "requirements-gathering"),
     ("Identify and prioritize potential clients and market segments.", "market-segmentation"),
     ("Promoting the brand and increasing productivity.", "branding"),
     ("Negotiated, purchased, and scheduled newspaper and radio advertising.", "media-planning"),
     ("Create a survey to evaluate the current product.", "survey-design"),
     ("Analyze revenue weekly to forecast expenditures and staffing needs.",
      "workforce-planning"),
     ("Researching potential leads through business directories.", "prospecting"),
     # duties of operations and planning
     ("Monitor sales and labor cost issues daily.", "cost-control"),
     ("Handling HR events and celebrations.", "event-planning"),
     ("Documented process flows and developed requirements.", "business-process-modeling"),
     ("Developed metrics used to determine inefficiencies.", "kpi-management"),
     ("Assess the feasibility and profitability of real estate projects.",
      "feasibility-study"),
     # duties of sellers clerks and engineers
     ("Responding to client requests for proposals.", "proposal-writing"),
     ("Inspected parts for customers against data plates.", "quality-inspection"),
     ("Preparing salary based on these records at the end of each month.", "payroll"),
     ("Installed and maintained Microsoft Windows server networks.", "networking"),
     ("Build software and repeatable processes to scale this work.", "software-development"),
     ("Reduce risks related to daily management of employees.", "risk-management"),
     ("Provided required weekly, monthly and quarterly reports.", "reporting"),
    ],
)  # fmt: skip
def test_work_products_of_duties(sentence: str, skill: str) -> None:
    assert skill in duty_ids(sentence)


def test_a_work_product_without_a_work_verb_is_no_duty() -> None:
    assert "reporting" not in duty_ids("The role reports to the finance director.")
    assert "budgeting" not in duty_ids("The budget for this project is large.")


def test_nouns_that_look_like_verbs_need_a_verbs_place() -> None:
    assert not phrase_ids("Co Own the financial plan of the business unit")
    assert not phrase_ids("You might create useful model features - including leveraging data")
    assert "production-planning" in phrase_ids("Plan and coordinate work with the Production team")
    assert "vendor-management" in phrase_ids("Managed vendor relationships for the region")


def test_a_capitalised_verb_inside_a_title_is_no_duty() -> None:
    hits = phrase_ids("Creating the calendar with the Managing Editor and Social Media team")
    assert "social-media-management" not in hits


@pytest.mark.parametrize(
    ("text", "skill"),
    [
     # spelling variants of names
     ("Power Point decks", "microsoft-powerpoint"),
     ("Worker's Compensation claims", "workers-compensation"),
     ("home healthcare standards", "home-health-care"),
     ("Oracle Financial, PeopleSoft", "oracle-erp"),
     ("a natural problem solver and team player", "teamwork"),
     # named products and techniques split from broader skills
     ("Software/Tools: IBM Maximo 7.6, SharePoint", "ibm-maximo"),
     ("Process Failure Mode and Effects Analysis (PFMEA)", "pfmea"),
     ("in compliance with FLSA", "flsa"),
     ("Essbase, Hyperion", "oracle-essbase"),
     ("schematic capture and PCB layout tools", "schematic-capture"),
     ("Upstream Process Development", "upstream-process-development"),
     ("Hazardous Materials and Hazardous Waste", "hazardous-waste-management"),
     ("Resolving complex employee relations issues and address grievances.",
      "grievance-handling"),
    ],
)  # fmt: skip
def test_spelling_variants_of_names(text: str, skill: str) -> None:
    assert skill in [m.skill_id for m in matcher_for(load_taxonomy()).find(text)]


@pytest.mark.parametrize(
    ("surface", "plural"),
    [("API", True), ("dashboard", True), ("Negotiation", True), ("Canva", False),
     ("GloVe", False), ("Data Pipeline", True)],
)  # fmt: skip
def test_which_names_take_a_plural(surface: str, plural: bool) -> None:
    assert takes_plural(surface) is plural


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [("Entered the data science field in 2015.", "data-entry"),
     ("4+ years experience in enterprise data management and Hadoop.", "data-entry"),
     ("Develop SQL queries to analyze the quality of key data elements.", "data-entry"),
     ("This role will lead the development of big data capabilities.", "data-entry"),
     ("Organizing the preparation of periodic financial reports.", "typing"),
     ("Managed cash flow for the company.", "cash-handling"),
     ("Was hired as a cashier in 2012.", "recruiting")],
)  # fmt: skip
def test_look_alike_duties_that_name_no_skill(sentence: str, skill: str) -> None:
    assert skill not in duty_ids(sentence)


def test_reviewing_a_work_product_names_its_skill() -> None:
    assert "code-review" in phrase_ids("Refine the architecture, developing, and reviewing code")


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
     # action verbs and their objects
     ("Interfacing with business customers, gather requirements for new datasets",
      "requirements-gathering"),
     ("Elicited requirements from stakeholders in workshops.", "requirements-gathering"),
     ("Interpret laboratory data and present findings.", "data-interpretation"),
     ("Mine large amounts of data to extract actionable insights.", "data-mining"),
     ("Mitigate risks across the supplier base.", "risk-management"),
     ("Identify risks in new product launches.", "risk-assessment"),
     # an action noun with of governs its object
     ("Administration of benefits including retirement and medical plans.",
      "benefits-administration"),
     ("Ensure the efficient management of assets and resources.", "asset-management"),
     ("Provide technical support on interpretation of laboratory data.", "data-interpretation"),
     # implementing software
     ("Oversaw the launch, training and implementation of new salon software.",
      "software-implementation"),
     ("Implemented new accounting software across three offices.", "software-implementation"),
     # extracting and designing experiments
     ("The ability to extract data from those systems.", "data-extraction"),
     ("The candidate will design experiments to meet specific criteria.",
      "experimental-design"),
    ],
)  # fmt: skip
def test_action_verbs_and_their_objects(sentence: str, skill: str) -> None:
    assert skill in phrase_ids(sentence)


def test_an_action_noun_in_a_title_governs_nothing() -> None:
    hits = phrase_ids("Comparative Analysis of the Factors Determining Motivation")
    assert "multivariate-analysis" not in hits


def test_identifying_a_target_is_no_drug_discovery() -> None:
    assert "drug-discovery" not in phrase_ids("Identify sales targets for each region.")


def test_deployed_people_are_no_models() -> None:
    assert "model-deployment" not in duty_ids("Deployed to Iraq with two fire crews.")
    assert "project-management" not in duty_ids("Projects include a new water plant.")


def test_regulatory_requirements_are_gathered_by_no_one() -> None:
    assert "requirements-gathering" not in duty_ids("Document regulatory requirements for audits.")


def test_objects_ending_in_y_also_in_their_ies_plural() -> None:
    assert "property-management" in phrase_ids("Managed multiple properties across the city.")


def test_a_strategy_after_a_verb_is_strategic_planning_only_when_bare() -> None:
    assert "strategic-planning" in phrase_ids("Led the development of strategies to meet them.")
    assert "strategic-planning" not in phrase_ids("Developing sales strategies for the region.")


def test_compound_and_vague_objects_name_nothing() -> None:
    hits = phrase_ids("Development and maintenance of machine learning models.")
    assert "equipment-troubleshooting" not in hits
    assert "resource-management" not in phrase_ids("Management of the Human Resources function.")
    assert "journalism" not in phrase_ids("Regular reporting of HR metrics like new hire cost.")
    hits = phrase_ids(
        "Developed, implemented and monitored programs to maximize customer satisfaction."
    )
    assert "customer-onboarding" not in hits
    hits = phrase_ids("Design, implement, and optimize manufacturing systems for renewable energy.")
    assert "software-implementation" not in hits


def test_personal_networks_are_no_computer_networks() -> None:
    assert "networking" not in duty_ids("Maintaining personal networks with industry peers.")


def test_watching_the_market_is_market_research_but_its_share_is_not() -> None:
    assert "market-research" in duty_ids(
        "Develop domain expertise and understand trends in the market."
    )
    assert "market-research" not in duty_ids("Analyze market share by region.")
