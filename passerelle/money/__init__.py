"""Pure money: Money, ISO 4217 currencies, allocate(), FX rate tables; imports no Django."""

from .currencies import UnknownCurrencyError, check_currency, minor_units, quantum
from .ecb import EcbFormatError, parse_eurofxref
from .format import format_money, format_rate_date
from .fx import MissingRateError, RateTable
from .money import CurrencyMismatchError, Money, allocate, sum_money

__all__ = [
    "CurrencyMismatchError",
    "EcbFormatError",
    "MissingRateError",
    "Money",
    "RateTable",
    "UnknownCurrencyError",
    "allocate",
    "check_currency",
    "format_money",
    "format_rate_date",
    "minor_units",
    "parse_eurofxref",
    "quantum",
    "sum_money",
]
