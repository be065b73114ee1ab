"""axe-core (WCAG 2.x A/AA rules and best practices) on every page of the journey, with every
disclosure opened, and on the error pages: no violations of any impact."""

from __future__ import annotations

import pytest
from e2e_helpers import PAGES, PROFILE, axe_violations, describe, shoot
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def _open_disclosures(page: Page) -> None:
    """Opens every <details> so that axe also checks the evidence and explanations."""
    page.locator("details").evaluate_all("all => all.forEach(d => { d.open = true; })")


@pytest.mark.parametrize("name", list(PAGES))
def test_journey_page_has_no_axe_violations(analysed_page: Page, name: str) -> None:
    page = analysed_page
    answer = page.goto(PAGES[name])
    assert answer and answer.status == 200
    _open_disclosures(page)
    violations = axe_violations(page)
    assert violations == [], f"{name}:\n{describe(violations)}"


def test_wizard_with_an_error_has_no_axe_violations(page: Page) -> None:
    page.goto("/")
    page.get_by_label("Target role").fill(PROFILE.target)
    page.get_by_role("button", name="Analyse my resume").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Add your resume")
    expect(page.get_by_label("Target role")).to_have_value(PROFILE.target)
    shoot(page, "error-wizard")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_error_page_has_no_axe_violations(page: Page) -> None:
    """A form sent after its session ended (here: the cookie is gone) gets the error page."""
    page.goto("/")
    page.context.clear_cookies()
    page.get_by_role("button", name="Try the demo profile").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("That did not work")
    expect(page.get_by_role("alert")).to_contain_text("This form has expired")
    shoot(page, "error-page")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


# Swagger UI's own markup: a summary button holding a copy button, tag headings below h1 that
# skip a level, the info block outside its <main>. Everything else (contrast, labels) passes.
SWAGGER_UI_MARKUP = {"nested-interactive", "heading-order", "region"}


def test_api_docs_page_passes_contrast_and_labels(page: Page) -> None:
    page.goto("/docs")
    expect(page.locator(".opblock").first).to_be_visible()
    assert page.locator(".opblock").count() >= 10  # every JSON API operation is listed
    shoot(page, "api-docs")
    violations = [v for v in axe_violations(page) if v["id"] not in SWAGGER_UI_MARKUP]
    assert violations == [], describe(violations)
