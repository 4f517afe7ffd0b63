"""ISO 4217 currency codes and minor units: validate a code here before it reaches Money or a table."""

from __future__ import annotations

import functools
from decimal import Decimal

import pycountry
from babel.numbers import get_currency_precision

# ISO 4217 codes that are not money a buyer pays with: precious metals, bond-market and
# accounting units, SDR, test and "no currency" codes, and the "fund" codes (list one,
# column "Fund"). Circulating X-codes (XOF, XAF, XPF, XCD, XCG) stay accepted.
NON_MONEY_CODES: frozenset[str] = frozenset(
    {
        # Precious metals.
        "XAG", "XAU", "XPD", "XPT",
        # European bond-market units, SDR, ADB and Arab accounting units, SUCRE.
        "XBA", "XBB", "XBC", "XBD", "XDR", "XUA", "XAD", "XSU",
        # Testing and "no currency".
        "XTS", "XXX",
        # Funds codes.
        "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",
    }
)  # fmt: skip

# CLDR (which babel reads) gives 0 digits where the minor unit exists in ISO 4217 but is
# not used in everyday prices. Ledgers, payment providers and bank transfers follow
# ISO 4217, so we do too. Source: ISO 4217 list one, column "Minor unit" (SIX Group,
# the maintenance agency); tests pin every entry.
ISO_4217_MINOR_UNITS_OVERRIDES: dict[str, int] = {
    "AFN": 2,
    "ALL": 2,
    "IQD": 3,
    "IRR": 2,
    "KPW": 2,
    "LAK": 2,
    "LBP": 2,
    "MGA": 2,
    "MMK": 2,
    "RSD": 2,
    "SOS": 2,
    "SYP": 2,
    "YER": 2,
}


class UnknownCurrencyError(ValueError):
    """The code is not an ISO 4217 code for a currency we can price in."""

    def __init__(self, code: object) -> None:
        self.code = code
        super().__init__(f'{code!r} is not a currency we accept; it must be an ISO 4217 code such as "USD"')


def check_currency(code: str) -> str:
    """Return the normalized (stripped, upper-case) ISO 4217 code, or raise UnknownCurrencyError."""
    if not isinstance(code, str):
        raise UnknownCurrencyError(code)
    return _check_normalized(code.strip().upper())


@functools.lru_cache(maxsize=512)
def _check_normalized(code: str) -> str:
    # Cached: pycountry's lookup is a linear scan on first use and this runs for every Money.
    if len(code) != 3 or not code.isascii() or not code.isalpha() or code in NON_MONEY_CODES:
        raise UnknownCurrencyError(code)
    if pycountry.currencies.get(alpha_3=code) is None:
        raise UnknownCurrencyError(code)
    return code


@functools.lru_cache(maxsize=512)
def minor_units(code: str) -> int:
    """Digits after the decimal point in ISO 4217: JPY 0, USD 2, KWD 3."""
    normalized = check_currency(code)
    override = ISO_4217_MINOR_UNITS_OVERRIDES.get(normalized)
    if override is not None:
        return override
    return get_currency_precision(normalized)


@functools.lru_cache(maxsize=512)
def quantum(code: str) -> Decimal:
    """The smallest amount of the currency: Decimal('0.01') for USD, Decimal('1') for JPY."""
    return Decimal(1).scaleb(-minor_units(code))
