"""Show Money and rate dates to people, in their locale (CLDR via babel); never parse these strings back."""

from __future__ import annotations

import copy
import datetime

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, get_currency_precision

from .currencies import minor_units
from .money import Money


def _parse_locale(locale: str) -> Locale:
    # Browsers and HTML say "zh-Hans"; CLDR says "zh_Hans".
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(
            f'locale {locale!r} is not a CLDR locale; use one such as "en", "zh_Hans", "ja", "ar"'
        ) from None


def format_money(money: Money, locale: str = "en") -> str:
    """'$1,234.50' (en), 'US$1,234.50' (zh_Hans); rounded half-up to the minor unit first."""
    babel_locale = _parse_locale(locale)
    shown = money.quantize()
    digits = minor_units(shown.currency)
    if digits == get_currency_precision(shown.currency):
        return format_currency(shown.amount, shown.currency, locale=babel_locale)
    # CLDR shows fewer digits than ISO 4217 for a few currencies (see currencies.py); show
    # the ISO minor unit so the price on screen is the amount charged.
    pattern = copy.copy(babel_locale.currency_formats["standard"])
    pattern.frac_prec = (digits, digits)
    return str(pattern.apply(shown.amount, babel_locale, currency=shown.currency, currency_digits=False))


def format_rate_date(d: datetime.date, locale: str = "en") -> str:
    """The date a rate applies to, medium length: 'Nov 25, 2026' (en), '2026年11月25日' (zh_Hans)."""
    return format_date(d, format="medium", locale=_parse_locale(locale))
