"""Helpers for the browser tests: the wizard filled in, screenshots, an axe-core run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Locator, Page, StorageState, ViewportSize

REPO_ROOT = Path(__file__).resolve().parents[2]
OUTPUT_DIR = REPO_ROOT / "test-output" / "e2e"
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 375, "height": 812}
# The pages of an analysed session, by the name their screenshots and parameters use.
PAGES = {
    "wizard": "/",
    "analysis": "/analysis",
    "gap": "/gap",
    "roadmap": "/roadmap",
    "explain": "/explain",
    "account": "/account",
    "login": "/login",
    "signup": "/signup",
}
# A finance manager (budgets, forecasting models, Excel, Tableau) heading for data science.
RESUME = Path("resumes/pdf/FINANCE/26231609.pdf")
# Analysing a resume with the semantic layer takes seconds; more on a busy machine.
ACTION_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class WizardAnswers:
    current_role: str
    target: str
    education: str
    hours: str
    style: str


PROFILE = WizardAnswers(
    current_role="Finance Manager",
    target="Data Scientist",
    education="MS Professional Accounting",
    hours="5",
    style="hands-on",
)


def new_context(
    browser: Browser,
    app_url: str,
    viewport: ViewportSize = DESKTOP,
    storage_state: StorageState | None = None,
    javascript: bool = True,
) -> BrowserContext:
    context = browser.new_context(
        base_url=app_url,
        viewport=viewport,
        accept_downloads=True,
        storage_state=storage_state,
        java_script_enabled=javascript,
    )
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    return context


def resume_pdf(shared_data: Path) -> Path:
    path = shared_data / RESUME
    assert path.is_file(), f"{path} is part of the shared resumes"
    return path


def fill_wizard(page: Page, answers: WizardAnswers, resume: Path) -> None:
    """Fill in the profile form as a person would; the target comes from the roles list."""
    page.get_by_label("Current role").fill(answers.current_role)
    page.get_by_label("Education").fill(answers.education)
    typed = answers.target[:6]
    target = page.get_by_label("Target role")
    target.fill(typed)
    roles = page.locator("#roles option").evaluate_all("options => options.map(o => o.value)")
    offered = [r for r in roles if r.lower().startswith(typed.lower())]
    assert answers.target in offered, f"the autocomplete offers {answers.target} for {typed!r}"
    target.fill(answers.target)
    page.get_by_label("Hours per week").fill(answers.hours)
    page.get_by_role("radio", name=answers.style.capitalize()).check()
    page.get_by_label("Upload a PDF").set_input_files(resume)


def shoot(page: Page, name: str, at: Locator | None = None) -> Path:
    """A screenshot in test-output/e2e/NAME.png: the whole page, or the window scrolled to
    ``at`` (the roadmap page is many screens long)."""
    path = OUTPUT_DIR / f"{name}.png"
    if at is not None:
        at.scroll_into_view_if_needed()
    page.screenshot(path=path, full_page=at is None)
    return path


def axe_violations(page: Page) -> list[dict]:
    """axe-core's violations on the page as it is now (WCAG 2.x A and AA rules and best
    practices), each with its impact and the offending nodes."""
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    return results.response["violations"]


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(n["target"]) for n in v["nodes"][:5])
        for v in violations
    )
