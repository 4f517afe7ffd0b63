"""RateTable: cross rates through the base, conversion with explicit rounding, missing rates."""

from __future__ import annotations

import datetime
import pickle
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passerelle.money import MissingRateError, Money, RateTable, UnknownCurrencyError

DAY = datetime.date(2026, 11, 25)
RATES = {
    "USD": Decimal("1.1612"),
    "JPY": Decimal("178.45"),
    "GBP": Decimal("0.8803"),
    "CNY": Decimal("8.2390"),
    "KWD": Decimal("0.3567"),
    "IDR": Decimal("19335.00"),
    "VND": Decimal("30570"),
}


@pytest.fixture
def table() -> RateTable:
    return RateTable(base="EUR", rates_date=DAY, rates=dict(RATES), source="test rates")


def test_rate_from_the_base_is_the_published_rate(table: RateTable) -> None:
    assert table.rate("EUR", "USD") == Decimal("1.1612")


def test_rate_to_the_base_is_the_inverse_to_28_digits(table: RateTable) -> None:
    assert table.rate("usd", "eur") == Decimal("0.8611780916293489493627282122")


def test_cross_rate_goes_through_the_base(table: RateTable) -> None:
    assert table.rate("USD", "JPY") == Decimal("153.6772304512573200137788495")


def test_rate_of_a_currency_to_itself_is_one(table: RateTable) -> None:
    assert table.rate("XOF", "xof") == Decimal(1)


def test_missing_rate_names_the_pair_and_the_date(table: RateTable) -> None:
    with pytest.raises(MissingRateError) as caught:
        table.rate("USD", "XOF")
    message = str(caught.value)
    assert "No USD->XOF rate on 2026-11-25" in message
    assert "XOF is not in the EUR table from 'test rates'" in message
    assert isinstance(caught.value, LookupError)


def test_rate_refuses_an_unknown_code(table: RateTable) -> None:
    with pytest.raises(UnknownCurrencyError, match="'ZZZ'"):
        table.rate("ZZZ", "USD")


@pytest.mark.parametrize(
    ("money", "to_currency", "expected"),
    [
        (Money("100.00", "EUR"), "USD", Money("116.12", "USD")),
        (Money("100.00", "USD"), "JPY", Money("15368", "JPY")),
        (Money("100.00", "USD"), "GBP", Money("75.81", "GBP")),
        (Money("100.00", "USD"), "KWD", Money("30.718", "KWD")),
        (Money("19.99", "CNY"), "IDR", Money("46911.84", "IDR")),
        (Money("5", "USD"), "USD", Money("5.00", "USD")),
    ],
)
def test_convert(table: RateTable, money: Money, to_currency: str, expected: Money) -> None:
    converted = table.convert(money, to_currency)
    assert converted == expected
    assert converted.is_quantized


def test_convert_rounding_is_explicit() -> None:
    table = RateTable(base="EUR", rates_date=DAY, rates={"USD": Decimal("1.5")}, source="test")
    # 0.91 EUR * 1.5 = 1.365 USD exactly.
    assert table.convert(Money("0.91", "EUR"), "USD") == Money("1.37", "USD")
    assert table.convert(Money("0.91", "EUR"), "USD", ROUND_HALF_EVEN) == Money("1.36", "USD")
    assert table.convert(Money("0.91", "EUR"), "USD", ROUND_DOWN) == Money("1.36", "USD")


def test_convert_missing_rate(table: RateTable) -> None:
    with pytest.raises(MissingRateError, match="No JPY->THB rate on 2026-11-25"):
        table.convert(Money("1", "JPY"), "THB")


def test_has_and_currencies(table: RateTable) -> None:
    assert table.currencies == frozenset({"EUR", "USD", "JPY", "GBP", "CNY", "KWD", "IDR", "VND"})
    assert table.has("usd")
    assert table.has("EUR")
    assert not table.has("XOF")
    assert not table.has("not a code")


def test_codes_are_normalized_and_the_base_may_be_listed_as_one() -> None:
    table = RateTable(base="eur", rates_date=DAY, rates={"usd": Decimal("1.1"), "EUR": Decimal("1")}, source="t")
    assert table.base == "EUR"
    assert dict(table.rates) == {"USD": Decimal("1.1")}


@pytest.mark.parametrize(
    ("rates", "message"),
    [
        ({"USD": 1.16}, r"rates\['USD'\] = 1.16 must be a positive Decimal"),
        ({"USD": Decimal("0")}, r"rates\['USD'\] = Decimal\('0'\) must be a positive Decimal"),
        ({"USD": Decimal("-1")}, "must be a positive Decimal"),
        ({"USD": Decimal("NaN")}, "must be a positive Decimal"),
        ({"EUR": Decimal("2")}, "the base EUR is 1 by definition"),
        ({"USD": Decimal("1"), "usd": Decimal("1")}, "'USD' twice"),
    ],
)
def test_bad_rates_are_refused(rates: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RateTable(base="EUR", rates_date=DAY, rates=rates, source="t")  # type: ignore[arg-type]


def test_unknown_code_in_rates_is_refused() -> None:
    with pytest.raises(UnknownCurrencyError, match="'ZZZ'"):
        RateTable(base="EUR", rates_date=DAY, rates={"ZZZ": Decimal(1)}, source="t")


def test_table_is_hashable_and_picklable_for_caches(table: RateTable) -> None:
    assert pickle.loads(pickle.dumps(table)) == table
    assert hash(table) == hash(RateTable(base="EUR", rates_date=DAY, rates=dict(RATES), source="test rates"))


@given(
    units=st.integers(min_value=0, max_value=10**12),
    pair=st.permutations(["EUR", *RATES]).map(lambda codes: (codes[0], codes[1])),
)
def test_convert_round_trip_is_within_rounding(units: int, pair: tuple[str, str]) -> None:
    table = RateTable(base="EUR", rates_date=DAY, rates=dict(RATES), source="t")
    source, target = pair
    original = Money.from_minor_units(units, source)
    back = table.convert(table.convert(original, target), source)
    # One half-unit of rounding each way, the first carried back at the reverse rate.
    tolerance = (
        Decimal("0.5") * Money.from_minor_units(1, source).amount
        + Decimal("0.5") * Money.from_minor_units(1, target).amount * table.rate(target, source)
        + original.amount * Decimal("1e-25")
    )
    assert abs(back.amount - original.amount) <= tolerance
