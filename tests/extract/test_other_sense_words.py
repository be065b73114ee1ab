"""A name beside words of another trade means that trade's thing, and new duty phrasings."""

from __future__ import annotations

import pytest

from careernav.documents import document_from_text
from careernav.extract import extract_skills
from careernav.extract.context import other_sense_shown
from careernav.taxonomy.load import load_taxonomy


def found(text: str) -> set[str]:
    document = document_from_text(f"EXPERIENCE\nTeller, First Bank, 2015 to 2018\n{text}")
    return {s.id for s in extract_skills(document, "resume", semantic=False)}


def test_an_atm_beside_a_vault_and_a_drawer_is_a_cash_machine() -> None:
    skills = found("Daily balancing of my drawer, the ATM, vault and total branch balancing.")
    assert "atm-networking" not in skills


def test_atm_networking_keeps_its_own_context() -> None:
    assert "atm-networking" in found("Configured ATM and frame relay circuits on the WAN.")
    atm = load_taxonomy().get("atm-networking")
    assert atm is not None
    # a context word outweighs a word of the other sense in the same sentence
    assert not other_sense_shown("ATM switches in the branch WAN", atm)
    assert other_sense_shown("Refilled the ATM and counted the vault", atm)


def test_foreign_exchange_is_not_microsoft_exchange() -> None:
    assert "microsoft-exchange" not in found("Skills: Equity, Finance, Foreign Exchange, Funds")
    assert "microsoft-exchange" in found("Skills: Exchange 2010, Active Directory, Outlook")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Opened accounts, solved problems and cross-sold financial products.", "account-opening"),
        ("Opened accounts, solved problems and cross-sold financial products.", "upselling"),
        ("Worked in several departments to provide quality care for patients.", "patient-care"),
        ("Developed and directed strategy for launch of new product.", "product-launch"),
        ("Skills: Budgeting, Cold Calling, Computer Proficient", "computer-literacy"),
        ("Planned board meetings, took minutes and booked travel.", "minute-taking"),
    ],
)
def test_duties_written_as_done(text: str, skill: str) -> None:
    assert skill in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Certified by the National Academy of Sports Medicine, California",
        "Member of the Project Management Institute since 2012",
        "Advised the Strength and Conditioning Council on its budget",
    ],
)
def test_a_name_inside_an_institution_s_name_is_the_institution(text: str) -> None:
    skills = found(text)
    assert not skills & {"sports-medicine", "project-management", "strength-and-conditioning"}


def test_the_same_names_outside_an_institution_s_name_are_skills() -> None:
    skills = found("Skills: Project Management, Sports Medicine, Strength and Conditioning")
    assert {"project-management", "sports-medicine", "strength-and-conditioning"} <= skills


@pytest.mark.parametrize(
    "text",
    [
        "Used the auction sales data to verify calculation accuracy.",
        "Prepared weekly reports listing sales figures and client records.",
    ],
)
def test_figures_about_sales_are_not_selling(text: str) -> None:
    assert "sales" not in found(text)


def test_selling_is_still_sales() -> None:
    assert "sales" in found("Sales and customer service for a busy store.")
