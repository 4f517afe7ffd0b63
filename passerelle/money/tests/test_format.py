"""Locale display of Money and rate dates (CLDR via babel), exact strings."""

from __future__ import annotations

import datetime

import pytest

from passerelle.money import Money, format_money, format_rate_date


@pytest.mark.parametrize(
    ("money", "locale", "expected"),
    [
        (Money("1234.5", "USD"), "en", "$1,234.50"),
        (Money("1234.5", "USD"), "zh_Hans", "US$1,234.50"),
        (Money("1234.5", "USD"), "zh-Hans", "US$1,234.50"),
        (Money("1234.5", "USD"), "ar", "\u200f1,234.50\xa0US$"),
        (Money("1234.5", "JPY"), "ja", "￥1,235"),
        (Money("1234.5", "JPY"), "en", "¥1,235"),
        (Money("-1234.5", "EUR"), "fr", "-1\u202f234,50\xa0€"),
        (Money("1234567.891", "CNY"), "zh_Hans", "¥1,234,567.89"),
        (Money("1234.5", "VND"), "vi", "1.235\xa0₫"),
        (Money("1234.5675", "KWD"), "en", "KWD1,234.568"),
        (Money("-12.345", "USD"), "en", "-$12.35"),
        # CLDR would show IQD with 0 digits; ISO 4217 (and the amount charged) has 3.
        (Money("1234.5", "IQD"), "en", "IQD1,234.500"),
    ],
)
def test_format_money(money: Money, locale: str, expected: str) -> None:
    assert format_money(money, locale) == expected


def test_format_money_defaults_to_english() -> None:
    assert format_money(Money("0.5", "GBP")) == "£0.50"


@pytest.mark.parametrize("locale", ["xx_YY", "", "not a locale"])
def test_format_money_refuses_an_unknown_locale(locale: str) -> None:
    with pytest.raises(ValueError, match=f"locale {locale!r} is not a CLDR locale"):
        format_money(Money("1", "USD"), locale)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Nov 25, 2026"),
        ("zh_Hans", "2026年11月25日"),
        ("zh-Hans", "2026年11月25日"),
        ("ja", "2026/11/25"),
        ("fr", "25 nov. 2026"),
        ("ar", "25\u200f/11\u200f/2026"),
    ],
)
def test_format_rate_date(locale: str, expected: str) -> None:
    assert format_rate_date(datetime.date(2026, 11, 25), locale) == expected
