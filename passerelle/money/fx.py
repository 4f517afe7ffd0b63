"""One day's exchange rates against a base currency, with their source; convert Money with it."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal

from .currencies import check_currency
from .money import Money

# 28 significant digits: far beyond the 4-6 digits a published rate carries.
RATE_CONTEXT = Context(prec=28)


class MissingRateError(LookupError):
    """The table has no rate for one side of the pair on its date."""


@dataclass(frozen=True)
class RateTable:
    """Rates as units of each currency per 1 base (ECB: 1 EUR = 1.1612 USD); the base is implicitly 1.

    Record rates_date and source next to every amount converted with this table.
    """

    base: str
    rates_date: datetime.date
    # hash=False: a dict cannot be hashed; a plain dict (not a mappingproxy) keeps the table picklable for caches.
    rates: Mapping[str, Decimal] = field(hash=False)
    source: str

    def __post_init__(self) -> None:
        base = check_currency(self.base)
        clean: dict[str, Decimal] = {}
        for code, value in self.rates.items():
            currency = check_currency(code)
            rate = value if isinstance(value, Decimal) else None
            if rate is None or not rate.is_finite() or rate <= 0:
                raise ValueError(f"rates[{code!r}] = {value!r} must be a positive Decimal (units per 1 {base})")
            if currency == base and rate != 1:
                raise ValueError(f"rates[{code!r}] = {value!r}: the base {base} is 1 by definition")
            if currency in clean:
                raise ValueError(f"rates has {currency!r} twice (as {code!r})")
            if currency != base:
                clean[currency] = rate
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "rates", clean)

    @property
    def currencies(self) -> frozenset[str]:
        return frozenset(self.rates) | {self.base}

    def has(self, currency: str) -> bool:
        return isinstance(currency, str) and currency.strip().upper() in self.currencies

    def _units_per_base(self, currency: str, pair: tuple[str, str]) -> Decimal:
        if currency == self.base:
            return Decimal(1)
        try:
            return self.rates[currency]
        except KeyError:
            raise MissingRateError(
                f"No {pair[0]}->{pair[1]} rate on {self.rates_date.isoformat()}: {currency} is not in the "
                f"{self.base} table from {self.source!r} (it has {', '.join(sorted(self.currencies))})"
            ) from None

    def rate(self, from_currency: str, to_currency: str) -> Decimal:
        """Units of to_currency per 1 from_currency, crossed through the base."""
        source, target = check_currency(from_currency), check_currency(to_currency)
        if source == target:
            return Decimal(1)
        from_rate = self._units_per_base(source, (source, target))
        to_rate = self._units_per_base(target, (source, target))
        return RATE_CONTEXT.divide(to_rate, from_rate)

    def convert(self, money: Money, to_currency: str, rounding: str = ROUND_HALF_UP) -> Money:
        """The amount in to_currency, rounded to its minor unit with the given rounding."""
        rate = self.rate(money.currency, to_currency)
        # Exact product (enough digits for both operands); the only rounding is the quantize.
        digits = len(money.amount.as_tuple().digits) + len(rate.as_tuple().digits)
        amount = Context(prec=max(28, digits)).multiply(money.amount, rate)
        return Money(amount, to_currency).quantize(rounding)
