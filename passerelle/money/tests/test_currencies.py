"""ISO 4217 validation and minor units, pinned value by value."""

from __future__ import annotations

from decimal import Decimal

import pycountry
import pytest
from babel.numbers import get_currency_precision

from passerelle.money import UnknownCurrencyError, check_currency, minor_units, quantum
from passerelle.money.currencies import ISO_4217_MINOR_UNITS_OVERRIDES, NON_MONEY_CODES


@pytest.mark.parametrize(("raw", "expected"), [("USD", "USD"), (" usd ", "USD"), ("eUr", "EUR"), ("xof", "XOF")])
def test_check_currency_normalizes(raw: str, expected: str) -> None:
    assert check_currency(raw) == expected


@pytest.mark.parametrize("code", ["XOF", "XAF", "XPF", "XCD", "CNY", "JPY", "KES", "VND"])
def test_check_currency_accepts_circulating_currencies(code: str) -> None:
    assert check_currency(code) == code


@pytest.mark.parametrize(
    "code",
    ["ZZZ", "US", "USDD", "", "   ", "U$D", "XAU", "XAG", "XDR", "XXX", "XTS", "XBA", "CLF", "USN", "BGN", "HRK"],
)
def test_check_currency_refuses_with_a_teaching_message(code: str) -> None:
    with pytest.raises(UnknownCurrencyError) as caught:
        check_currency(code)
    message = str(caught.value)
    assert repr(code.strip().upper()) in message
    assert 'it must be an ISO 4217 code such as "USD"' in message


def test_check_currency_refuses_non_strings() -> None:
    with pytest.raises(UnknownCurrencyError, match="840"):
        check_currency(840)  # type: ignore[arg-type]


def test_unknown_currency_error_is_a_value_error() -> None:
    assert issubclass(UnknownCurrencyError, ValueError)


@pytest.mark.parametrize(
    ("code", "digits"),
    [
        ("JPY", 0), ("KRW", 0), ("VND", 0), ("CLP", 0), ("ISK", 0), ("UGX", 0), ("XOF", 0),
        ("IDR", 2), ("HUF", 2), ("TWD", 2), ("KES", 2), ("NGN", 2), ("CNY", 2), ("USD", 2), ("EUR", 2),
        ("KWD", 3), ("BHD", 3), ("OMR", 3), ("JOD", 3), ("TND", 3), ("IQD", 3), ("LYD", 3),
        ("AFN", 2), ("ALL", 2), ("IRR", 2), ("RSD", 2),
    ],
)  # fmt: skip
def test_minor_units_follow_iso_4217(code: str, digits: int) -> None:
    assert minor_units(code) == digits
    assert minor_units(code.lower()) == digits


def test_every_override_is_needed_because_cldr_disagrees() -> None:
    # If CLDR is corrected, this fails and the override can be deleted.
    for code, digits in ISO_4217_MINOR_UNITS_OVERRIDES.items():
        assert get_currency_precision(code) != digits, code


def test_every_accepted_currency_has_0_2_or_3_minor_units() -> None:
    accepted = [c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in NON_MONEY_CODES]
    assert len(accepted) > 150
    assert {minor_units(code) for code in accepted} == {0, 2, 3}


def test_minor_units_refuses_unknown_currency() -> None:
    with pytest.raises(UnknownCurrencyError, match="'ABC'"):
        minor_units("ABC")


@pytest.mark.parametrize(
    ("code", "expected"), [("USD", "0.01"), ("JPY", "1"), ("KWD", "0.001"), ("IQD", "0.001"), ("vnd", "1")]
)
def test_quantum(code: str, expected: str) -> None:
    value = quantum(code)
    assert value == Decimal(expected)
    assert str(value) == expected
