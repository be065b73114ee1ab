"""Quality of use: a phone-sized screen, the keyboard alone, and no JavaScript beyond htmx."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from e2e_helpers import PAGES, PHONE, PROFILE, axe_violations, describe, shoot
from playwright.sync_api import BrowserContext, Page, StorageState, expect

pytestmark = pytest.mark.e2e

HTMX = "/static/htmx.min.js"
# A short resume typed with the keyboard (a file chooser is not keyboard-testable headless).
TYPED_RESUME = (
    "Finance Manager, 2014 to 2024. Built budgeting and forecasting models in Excel, "
    "reported monthly results in Tableau and wrote SQL queries against the ledger."
)


@pytest.mark.parametrize("name", list(PAGES))
def test_page_fits_a_phone_screen(
    open_context: Callable[..., BrowserContext], analysed_state: StorageState, name: str
) -> None:
    page = open_context(viewport=PHONE, storage_state=analysed_state).new_page()
    page.goto(PAGES[name])
    width = page.evaluate("document.scrollingElement.scrollWidth")
    # The roadmap is dozens of screens long: its first screen is enough to look at.
    shoot(page, f"phone-{name}", at=page.locator("main h1") if name == "roadmap" else None)
    violations = axe_violations(page)  # what scrolls on a small screen must be reachable
    assert width <= PHONE["width"], f"{name} is {width} px wide on a {PHONE['width']} px screen"
    assert violations == [], describe(violations)


def _focused(page: Page) -> str:
    """What has the keyboard focus: its id, else its name or text."""
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return e.id || e.getAttribute('name') || e.textContent.trim(); }"
    )


def _focus_is_visible(page: Page) -> bool:
    return page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }"
    )


def test_keyboard_alone_fills_in_the_wizard_and_submits(page: Page) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert _focused(page) == "Skip to content"
    expect(page.get_by_role("link", name="Skip to content")).to_be_in_viewport()
    page.keyboard.press("Enter")  # skips the header: the next Tab is in the form
    typed = {
        "current_role": PROFILE.current_role,
        "education": PROFILE.education,
        "target": PROFILE.target,
        "hours": PROFILE.hours,
    }
    visited = []
    for _ in range(12):
        page.keyboard.press("Tab")
        field = _focused(page)
        visited.append(field)
        assert _focus_is_visible(page), f"{field} shows where the focus is"
        if field in typed:
            page.keyboard.press("Control+A")
            page.keyboard.type(typed[field])
        elif field == "style":
            page.keyboard.press("ArrowLeft")  # from "No preference" to "Hands-on"
        elif field == "resume_text":
            page.keyboard.type(TYPED_RESUME)
        elif field == "Analyse my resume":
            break
    assert visited == [
        "current_role",
        "education",
        "target",
        "hours",
        "style",
        "free_only",
        "resume",
        "resume_text",
        "Analyse my resume",
    ]
    expect(page.get_by_role("radio", name="Hands-on")).to_be_checked()
    page.keyboard.press("Enter")
    page.wait_for_url("**/analysis")
    found = page.locator("#skill-rows th[scope=row]").all_inner_texts()
    assert {"Budgeting", "Forecasting", "Microsoft Excel", "Tableau", "SQL"} <= set(found)

    # A level changes from the keyboard too: htmx sends the select's change.
    level = page.get_by_label("Level of SQL")
    before = level.input_value()
    level.focus()
    page.keyboard.press("ArrowDown" if before != "Expert" else "ArrowUp")
    row = page.locator("tr.skill").filter(has=page.get_by_role("rowheader", name="SQL", exact=True))
    expect(row.locator(".note")).to_have_text(f"you changed it from {before}")


def test_pages_load_no_script_but_htmx(analysed_page: Page, app_url: str) -> None:
    page = analysed_page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for name, path in PAGES.items():
        answer = page.goto(path)
        assert answer and "script-src 'self'" in answer.headers["content-security-policy"]
        scripts = page.locator("script").evaluate_all(
            "all => all.map(s => [s.getAttribute('src'), s.textContent.trim()])"
        )
        assert scripts == [[app_url + HTMX, ""]], f"{name} loads htmx alone"
        handlers = page.evaluate(
            "() => [...document.querySelectorAll('*')].flatMap("
            "e => [...e.attributes].map(a => a.name).filter(n => n.startsWith('on')))"
        )
        assert handlers == [], f"{name} has no inline event handlers"
    assert requested and all(url.startswith(app_url) for url in requested), "nothing external"


def test_journey_works_with_javascript_off(open_context: Callable[..., BrowserContext]) -> None:
    """Plain forms and links do every step; htmx only saves page loads."""
    page = open_context(javascript=False).new_page()
    page.goto("/")
    page.get_by_role("button", name="Try the demo profile").click()
    page.wait_for_url("**/analysis")

    page.get_by_label("Level of Python").select_option("Expert")
    row = page.locator("tr.skill").filter(has=page.get_by_label("Level of Python"))
    row.get_by_role("button", name="Save").click()
    page.wait_for_url("**/analysis")
    expect(page.get_by_label("Level of Python")).to_have_value("Expert")

    page.goto("/roadmap")
    step = page.locator("li.step").filter(has=page.get_by_role("button", name="Replace")).first
    key = step.locator('input[name="key"]').first.get_attribute("value")
    before = step.locator("p.resource a").inner_text()
    step.get_by_role("button", name="Replace").click()
    page.wait_for_url("**/roadmap")
    card = page.locator("li.step").filter(has=page.locator(f'input[name="key"][value="{key}"]'))
    expect(card.locator("p.resource a")).not_to_have_text(before)

    eta = page.locator("#eta-date").inner_text()
    card.get_by_role("button", name=re.compile(r"^Mark done")).click()
    page.wait_for_url("**/roadmap")
    expect(card.locator("h3 .tag")).to_have_text("done")
    assert page.locator("#eta-date").inner_text() <= eta
    expect(page.locator("label[for=progress-bar]")).not_to_contain_text("Done: 0 of")
    shoot(page, "no-javascript-roadmap", at=card)
