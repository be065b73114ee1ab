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
