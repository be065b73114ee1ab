"""The whole journey in Chromium with a real PDF resume: wizard, skills, a level edit, gaps and
their chart, roadmap, Replace, mark done, exports. A screenshot per step in test-output/e2e/."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from e2e_helpers import PROFILE, axe_violations, describe, fill_wizard, shoot
from icalendar import Calendar
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.e2e

# Tableau is on the resume (listed, so Basic) and asked for by Data Scientist postings.
EDITED_SKILL = "Tableau"
HOURS = re.compile(r"([\d.]+) h$")


def _step(page: Page, key: str) -> Locator:
    """The roadmap card of item ``key``: its forms carry the key."""
    return page.locator("li.step").filter(has=page.locator(f'input[name="key"][value="{key}"]'))


def _resource(step: Locator) -> str:
    return step.locator("p.resource a").inner_text()


def _hours(step: Locator) -> float:
    found = HOURS.match(step.locator("p.facts span").nth(1).inner_text())
    assert found
    return float(found.group(1))


def _eta(page: Page) -> tuple[str, str, str]:
    eta = page.locator("section.eta")
    return (
        eta.locator("#eta-weeks").inner_text(),
        eta.locator("#eta-date").inner_text(),
        eta.locator("label[for=progress-bar]").inner_text(),
    )


def _wizard(page: Page, resume: Path) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Where are you heading?")
    fill_wizard(page, PROFILE, resume)
    shoot(page, "01-wizard")
    page.get_by_role("button", name="Analyse my resume").click()
    page.wait_for_url("**/analysis")


def _analysis_and_level_edit(page: Page) -> None:
    rows = page.locator("#skill-rows tr.skill")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 20, "a two-page finance resume yields a few dozen skills"
    found = page.locator("#skill-rows th[scope=row]").all_inner_texts()
    assert {"Budgeting", "Forecasting", "Microsoft Excel", EDITED_SKILL} <= set(found)

    row = rows.filter(has=page.get_by_role("rowheader", name=EDITED_SKILL))
    row.locator("summary").click()
    quote = row.locator("ul.evidence q").first
    expect(quote).to_be_visible()
    assert EDITED_SKILL in quote.inner_text()
    shoot(page, "02-analysis-evidence")

    level = page.get_by_label(f"Level of {EDITED_SKILL}")
    expect(level).to_have_value("Basic")
    level.select_option("Intermediate")  # htmx posts the change and swaps the row
    expect(row.locator(".note")).to_have_text("you changed it from Basic")
    shoot(page, "03-level-edited")
    page.reload()
    expect(page.get_by_label(f"Level of {EDITED_SKILL}")).to_have_value("Intermediate")


def _gaps(page: Page) -> None:
    page.get_by_role("link", name=f"See your gaps to {PROFILE.target}").click()
    page.wait_for_url("**/gap")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"From {PROFILE.current_role} to {PROFILE.target}"
    )
    readiness = int(page.locator(".readiness .big").inner_text().split("/")[0])
    assert 0 < readiness < 100
    chart = page.get_by_role("img", name="Your level and the required level per skill")
    expect(chart).to_be_visible()
    bars = chart.locator("rect.bar.need")
    assert bars.count() == 20, "the chart draws the 20 highest-priority gaps"
    edited = page.locator("table.gaps tr").filter(
        has=page.get_by_role("rowheader", name=EDITED_SKILL, exact=True)
    )
    # The corrected level is the one compared: Tableau now meets the level postings ask for.
    share = re.compile(r"^\d+%$")
    expect(edited.locator("td")).to_have_text(["Intermediate", "Intermediate", share, share, "Met"])
    shoot(page, "04-gap")


def _replace(page: Page) -> str:
    """Replaces the first replaceable step's resource; returns the new resource's title."""
    step = page.locator("li.step").filter(has=page.get_by_role("button", name="Replace")).first
    key = step.locator('input[name="key"]').first.get_attribute("value")
    assert key
    before = _resource(step)
    step.get_by_role("button", name="Replace").click()
    card = _step(page, key)
    expect(card.locator("p.resource a")).not_to_have_text(before)
    after = _resource(card)
    assert after != before
    shoot(page, "06-replaced", at=card)
    return after


def _mark_done(page: Page) -> None:
    """Marks the longest step done: the progress and the ETA follow."""
    steps = page.locator("li.step")
    longest = max(range(steps.count()), key=lambda i: _hours(steps.nth(i)))
    step = steps.nth(longest)
    key = step.locator('input[name="key"]').first.get_attribute("value")
    assert key
    hours = _hours(step)
    assert hours >= float(PROFILE.hours), "the step is worth at least a week of study"
    weeks_before, date_before, done_before = _eta(page)
    assert done_before.startswith("Done: 0 of ")

    step.get_by_role("button", name=re.compile(r"^Mark done")).click()
    card = _step(page, key)
    expect(card).to_have_class(re.compile(r"\bdone\b"))
    expect(card.locator("h3 .tag")).to_have_text("done")
    weeks_after, date_after, done_after = _eta(page)
    assert done_after.startswith(f"Done: {hours:g} of ")
    assert date.fromisoformat(date_after) < date.fromisoformat(date_before)
    assert int(weeks_after.split()[0]) < int(weeks_before.split()[0])
    shoot(page, "07-marked-done-step", at=card)
    violations = axe_violations(page)  # a done step looks different, its text as readable
    assert violations == [], describe(violations)
    shoot(page, "07-marked-done-eta", at=page.locator("section.eta"))


def _exports(page: Page, output: Path, replaced: str) -> None:
    summary = page.locator("section.eta p").first.inner_text()  # "64 steps, 1856 h at 5 h/week."
    total = float(re.search(r"([\d.]+) h at", summary)[1])
    with page.expect_download() as markdown_download:
        page.get_by_role("link", name="Download Markdown").click()
    markdown_file = output / markdown_download.value.suggested_filename
    markdown_download.value.save_as(markdown_file)
    markdown = markdown_file.read_text("utf-8")
    assert markdown_file.name == "careernav-roadmap.md"
    assert markdown.startswith(f"# Learning roadmap: {PROFILE.target}\n")
    assert f"- Study time: {PROFILE.hours} h per week" in markdown
    assert f"[{replaced}](" in markdown, "the export follows the Replace"

    with page.expect_download() as calendar_download:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    calendar_file = output / calendar_download.value.suggested_filename
    calendar_download.value.save_as(calendar_file)
    assert calendar_file.name == "careernav-roadmap.ics"
    events = Calendar.from_ical(calendar_file.read_bytes()).walk("VEVENT")
    steps = page.locator("li.step").count()
    assert len(events) >= steps, "every step has at least one study block"
    studied = sum((e["DURATION"].dt for e in events), timedelta())
    assert abs(studied.total_seconds() / 3600 - total) < len(events) / 60, "rounded to minutes"
    first = min(e["DTSTART"].dt for e in events)
    assert first == datetime.combine(date.today(), datetime.min.time()).replace(hour=18)
    assert any(replaced in str(e["SUMMARY"]) for e in events)


def test_journey_with_a_pdf_resume(page: Page, resume: Path, output_dir: Path) -> None:
    _wizard(page, resume)
    _analysis_and_level_edit(page)
    _gaps(page)

    page.get_by_role("link", name="Plan my route").click()
    page.wait_for_url("**/roadmap")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Your route to {PROFILE.target}")
    assert page.locator("li.step").count() > 10
    shoot(page, "05-roadmap", at=page.locator("section.eta"))

    replaced = _replace(page)
    _mark_done(page)
    _exports(page, output_dir, replaced)

    page.get_by_role("link", name="How it works").click()
    page.wait_for_url("**/explain")
    expect(page.get_by_role("heading", name="How resources were ranked")).to_be_visible()
    shoot(page, "08-explain")
