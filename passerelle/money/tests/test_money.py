"""Money: construction, rounding, minor units, arithmetic, sum_money and allocate."""

from __future__ import annotations

import dataclasses
import pickle
import subprocess
import sys
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passerelle.money import CurrencyMismatchError, Money, UnknownCurrencyError, allocate, sum_money


def usd(amount: str) -> Money:
    return Money(amount, "USD")


# Construction


@pytest.mark.parametrize("amount", ["12.34", 12, Decimal("12.34")])
def test_accepts_str_int_and_decimal(amount: object) -> None:
    money = Money(amount, "usd")  # type: ignore[arg-type]
    assert isinstance(money.amount, Decimal)
    assert money.amount == Decimal(str(amount))
    assert money.currency == "USD"


def test_refuses_float_and_says_what_to_use() -> None:
    with pytest.raises(TypeError, match=r"0\.1.*use Decimal or str"):
        Money(0.1, "USD")  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [True, None, [1], b"1"])
def test_refuses_other_types(amount: object) -> None:
    with pytest.raises(TypeError, match="must be a Decimal, int or str"):
        Money(amount, "USD")  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", ["abc", "", "1,50"])
def test_refuses_text_that_is_not_a_number(amount: str) -> None:
    with pytest.raises(ValueError, match=f"{amount!r} is not a number"):
        Money(amount, "USD")


@pytest.mark.parametrize("amount", ["NaN", "Infinity", "-Infinity", Decimal("sNaN")])
def test_refuses_nan_and_infinity(amount: object) -> None:
    with pytest.raises(ValueError, match="finite"):
        Money(amount, "USD")  # type: ignore[arg-type]


def test_refuses_unknown_currency() -> None:
    with pytest.raises(UnknownCurrencyError, match="'DOLLARS'"):
        Money("1", "dollars")


@pytest.mark.parametrize("amount", ["1e999999999", "1" + "0" * 40, "-1e40"])
def test_refuses_absurdly_large_amounts_before_any_work(amount: str) -> None:
    with pytest.raises(ValueError, match="too large: at most 40 digits before the point"):
        Money(amount, "USD")


@pytest.mark.parametrize("amount", ["0E+999999999", "-0E+5", "0E-999999999", "1E-999999999"])
def test_extreme_exponents_stay_cheap(amount: str) -> None:
    money = Money(amount, "USD")
    assert str(money) == "0.00 USD"
    assert money.is_quantized is money.amount.is_zero()


def test_is_not_rounded_on_construction() -> None:
    assert Money("12.345", "USD").amount == Decimal("12.345")


def test_negative_zero_has_no_sign() -> None:
    assert str(Money("-0.00", "USD")) == "0.00 USD"


def test_is_frozen_picklable_and_replaceable() -> None:
    money = usd("12.34")
    with pytest.raises(dataclasses.FrozenInstanceError):
        money.amount = Decimal(1)  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(money)) == money
    assert dataclasses.replace(money, currency="eur") == Money("12.34", "EUR")


# Rounding and minor units


@pytest.mark.parametrize(
    ("amount", "currency", "rounding", "expected"),
    [
        ("2.675", "USD", ROUND_HALF_UP, "2.68"),
        ("2.665", "USD", ROUND_HALF_EVEN, "2.66"),
        ("2.679", "USD", ROUND_DOWN, "2.67"),
        ("-2.675", "USD", ROUND_HALF_UP, "-2.68"),
        ("1234.5", "JPY", ROUND_HALF_UP, "1235"),
        ("1.2345", "KWD", ROUND_HALF_UP, "1.235"),
        ("12", "USD", ROUND_HALF_UP, "12.00"),
    ],
)
def test_of_quantizes_with_the_given_rounding(amount: str, currency: str, rounding: str, expected: str) -> None:
    money = Money.of(amount, currency, rounding)
    assert str(money.amount) == expected
    assert money.quantize(rounding) == money


def test_quantize_defaults_to_half_up_and_keeps_huge_amounts_exact() -> None:
    assert str(usd("0.125").quantize().amount) == "0.13"
    huge = Money("9" * 40 + ".005", "USD").quantize()
    assert str(huge.amount) == "9" * 40 + ".01"


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [("12.3", "USD", True), ("12.30", "USD", True), ("12.340", "USD", True), ("12", "USD", True),
     ("1E+3", "USD", True), ("12.345", "USD", False), ("0.0001", "USD", False),
     ("12.5", "JPY", False), ("12", "JPY", True), ("1.234", "KWD", True), ("1.2345", "KWD", False)],
)  # fmt: skip
def test_is_quantized_means_a_whole_number_of_minor_units(amount: str, currency: str, expected: bool) -> None:
    assert Money(amount, currency).is_quantized is expected


@pytest.mark.parametrize(
    ("amount", "currency", "units"),
    [("12.34", "USD", 1234), ("12.3", "USD", 1230), ("-12.34", "USD", -1234), ("1234", "JPY", 1234),
     ("1.234", "KWD", 1234), ("0", "USD", 0), ("1E+30", "USD", 10**32)],
)  # fmt: skip
def test_minor_units(amount: str, currency: str, units: int) -> None:
    assert Money(amount, currency).minor_units == units


def test_minor_units_refuses_an_unquantized_amount() -> None:
    with pytest.raises(ValueError, match=r"12\.345 USD is not a whole number of minor units.*12\.35 USD"):
        usd("12.345").minor_units  # noqa: B018


@pytest.mark.parametrize(
    ("units", "currency", "expected"),
    [(1234, "USD", "12.34"), (-5, "USD", "-0.05"), (0, "USD", "0.00"), (1234, "JPY", "1234"), (1234, "KWD", "1.234")],
)
def test_from_minor_units(units: int, currency: str, expected: str) -> None:
    assert str(Money.from_minor_units(units, currency).amount) == expected


@pytest.mark.parametrize("units", [1.5, True, "12"])
def test_from_minor_units_refuses_non_int(units: object) -> None:
    with pytest.raises(TypeError, match="must be an int"):
        Money.from_minor_units(units, "USD")  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**39), max_value=10**39), st.sampled_from(["USD", "JPY", "KWD"]))
def test_minor_units_round_trip(units: int, currency: str) -> None:
    assert Money.from_minor_units(units, currency).minor_units == units


def test_zero() -> None:
    zero = Money.zero("usd")
    assert zero == usd("0")
    assert str(zero) == "0.00 USD"
    assert not zero


# Arithmetic and comparison


def test_add_sub_neg() -> None:
    assert usd("10.10") + usd("0.015") == usd("10.115")
    assert usd("10.10") - usd("20") == usd("-9.90")
    assert -usd("1.5") == usd("-1.5")


def test_add_refuses_another_currency_with_a_teaching_message() -> None:
    with pytest.raises(CurrencyMismatchError) as caught:
        usd("1") + Money("1", "EUR")
    assert str(caught.value) == (
        "Cannot add an amount in 'USD' to an amount in 'EUR'; convert one of them with RateTable.convert() first"
    )


def test_sub_refuses_another_currency() -> None:
    with pytest.raises(CurrencyMismatchError, match="Cannot subtract an amount in 'EUR' from an amount in 'USD'"):
        usd("1") - Money("1", "EUR")


def test_add_refuses_a_bare_number() -> None:
    with pytest.raises(TypeError):
        usd("1") + 1  # type: ignore[operator]


@pytest.mark.parametrize("factor", [3, Decimal("3"), Decimal("3.000")])
def test_multiply_by_int_or_decimal(factor: int | Decimal) -> None:
    assert usd("19.99") * factor == usd("59.97")
    assert factor * usd("19.99") == usd("59.97")


def test_multiply_keeps_the_exact_product() -> None:
    assert (usd("19.99") * Decimal("0.075")).amount == Decimal("1.49925")


def test_multiply_refuses_float_and_says_what_to_use() -> None:
    with pytest.raises(TypeError, match=r"float 0\.2; use Decimal\('0\.2'\)"):
        usd("1") * 0.2  # type: ignore[operator]


@pytest.mark.parametrize("factor", [True, "2"])
def test_multiply_refuses_other_types(factor: object) -> None:
    with pytest.raises(TypeError):
        usd("1") * factor  # type: ignore[operator]


def test_multiply_refuses_money_by_money() -> None:
    with pytest.raises(TypeError):
        usd("1") * usd("2")  # type: ignore[operator]


def test_comparisons() -> None:
    assert usd("1") < usd("1.01") <= usd("1.010") < usd("2")
    assert usd("2") > usd("1.99") >= usd("1.990")
    assert not usd("1") > usd("1")


def test_comparison_refuses_another_currency() -> None:
    with pytest.raises(CurrencyMismatchError, match="Cannot compare an amount in 'USD' with an amount in 'EUR'"):
        usd("1") < Money("2", "EUR")  # noqa: B015


def test_comparison_refuses_a_bare_number() -> None:
    with pytest.raises(TypeError):
        usd("1") < 2  # type: ignore[operator]  # noqa: B015


def test_equality_is_numeric_and_includes_the_currency() -> None:
    assert usd("1.0") == usd("1.00")
    assert hash(usd("1.0")) == hash(usd("1.00"))
    assert len({usd("1.0"), usd("1.00"), usd("1")}) == 1
    assert usd("1") != Money("1", "EUR")
    assert usd("1") != Decimal(1)


def test_bool() -> None:
    assert usd("0.01")
    assert usd("-0.01")
    assert not usd("0.000")


@pytest.mark.parametrize(
    ("money", "expected"),
    [(usd("12.34"), "12.34 USD"), (usd("12.345"), "12.35 USD"), (usd("-0.5"), "-0.50 USD"),
     (Money("1234.5", "JPY"), "1235 JPY"), (Money("1.2", "KWD"), "1.200 KWD"),
     (usd("1E+20"), "100000000000000000000.00 USD")],
)  # fmt: skip
def test_str_is_the_quantized_amount_and_code(money: Money, expected: str) -> None:
    assert str(money) == expected


# sum_money


def test_sum_money() -> None:
    assert sum_money((usd(x) for x in ["1.10", "2.20", "0.005"]), "usd") == usd("3.305")


def test_sum_money_of_nothing_is_a_typed_zero() -> None:
    assert sum_money([], "JPY") == Money("0", "JPY")


def test_sum_money_refuses_mixed_currencies() -> None:
    with pytest.raises(CurrencyMismatchError, match="item 1, an amount in 'EUR', into a total in 'USD'"):
        sum_money([usd("1"), Money("1", "EUR")], "USD")


def test_sum_money_refuses_non_money() -> None:
    with pytest.raises(TypeError, match="item 0 is Decimal"):
        sum_money([Decimal(1)], "USD")  # type: ignore[list-item]


# allocate


@pytest.mark.parametrize(
    ("total", "weights", "expected"),
    [
        (usd("100.00"), [1, 1, 1], ["33.34", "33.33", "33.33"]),
        (usd("0.05"), [1, 1, 1], ["0.02", "0.02", "0.01"]),
        (usd("1.00"), [1, 2], ["0.33", "0.67"]),  # largest remainder, not first index
        (usd("10.00"), [3, 1], ["7.50", "2.50"]),
        (usd("10"), [Decimal("0.5"), Decimal("0.25"), 0], ["6.67", "3.33", "0.00"]),
        (usd("10.00"), [0, 0], ["5.00", "5.00"]),
        (usd("0.00"), [1, 2], ["0.00", "0.00"]),
        (usd("-0.05"), [1, 1, 1], ["-0.02", "-0.02", "-0.01"]),
        (usd("7.00"), [5], ["7.00"]),
        (Money("1000", "JPY"), [1, 1, 1], ["334", "333", "333"]),
        (Money("1.000", "KWD"), [1, 1, 1], ["0.334", "0.333", "0.333"]),
    ],
)
def test_allocate(total: Money, weights: list[int | Decimal], expected: list[str]) -> None:
    parts = allocate(total, weights)
    assert [str(part.amount) for part in parts] == expected
    assert all(part.currency == total.currency for part in parts)
    assert sum_money(parts, total.currency) == total


def test_allocate_refuses_empty_weights() -> None:
    with pytest.raises(ValueError, match="at least one weight"):
        allocate(usd("1.00"), [])


def test_allocate_refuses_a_negative_weight() -> None:
    with pytest.raises(ValueError, match=r"weights\[1\] = -1 is negative"):
        allocate(usd("1.00"), [1, -1])


@pytest.mark.parametrize("weight", [0.5, True, "1"])
def test_allocate_refuses_weights_that_are_not_int_or_decimal(weight: object) -> None:
    with pytest.raises(TypeError, match=r"weights\[0\]"):
        allocate(usd("1.00"), [weight])  # type: ignore[list-item]


def test_allocate_refuses_an_unquantized_total() -> None:
    with pytest.raises(ValueError, match=r"quantized total; 12\.345 USD"):
        allocate(usd("12.345"), [1, 1])


weights_strategy = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=10**6),
        st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False, allow_infinity=False),
    ),
    min_size=1,
    max_size=20,
)


@given(
    units=st.integers(min_value=-(10**15), max_value=10**15),
    currency=st.sampled_from(["USD", "JPY", "KWD"]),
    weights=weights_strategy,
)
def test_allocate_properties(units: int, currency: str, weights: list[int | Decimal]) -> None:
    total = Money.from_minor_units(units, currency)
    parts = allocate(total, weights)

    assert len(parts) == len(weights)
    assert sum(part.minor_units for part in parts) == units
    assert sum_money(parts, currency) == total
    fractions = [Fraction(w) for w in weights]
    if sum(fractions) == 0:
        fractions = [Fraction(1)] * len(weights)
    for part, weight in zip(parts, fractions, strict=True):
        exact_share = Fraction(units) * weight / sum(fractions)
        assert abs(part.minor_units - exact_share) < 1
        if units >= 0:
            assert part.minor_units >= 0


def test_the_package_imports_no_django() -> None:
    code = "import sys, passerelle.money; print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
