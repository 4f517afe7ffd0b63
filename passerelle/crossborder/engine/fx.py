"""Exchange rates inside a quote: pinned pairs first, then the reference table; every rate used is recorded."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext

from passerelle.money import MissingRateError, Money, RateTable

from .errors import RuleDataError


@dataclass(frozen=True)
class FxUse:
    pair: str  # "USD/IDR": 1 USD = rate IDR
    rate: Decimal
    source: str
    rates_date: datetime.date | None

    def as_dict(self) -> dict[str, object]:
        return {"pair": self.pair, "rate": str(self.rate), "source": self.source,
                "date": self.rates_date.isoformat() if self.rates_date else None}


@dataclass
class FxContext:
    pins: dict[tuple[str, str], Decimal]
    table: RateTable | None
    used: dict[str, FxUse] = field(default_factory=dict)

    def rate(self, from_currency: str, to_currency: str) -> Decimal:
        if from_currency == to_currency:
            return Decimal(1)
        pair = f"{from_currency}/{to_currency}"
        if pair in self.used:
            return self.used[pair].rate
        if (from_currency, to_currency) in self.pins:
            rate = self.pins[(from_currency, to_currency)]
            self.used.setdefault(pair, FxUse(pair, rate, "pinned in the request", None))
            return rate
        if (to_currency, from_currency) in self.pins:
            with localcontext() as context:
                context.prec = 28
                rate = Decimal(1) / self.pins[(to_currency, from_currency)]
            self.used.setdefault(pair, FxUse(pair, rate, f"inverse of the pinned {to_currency}/{from_currency}", None))
            return rate
        if self.table is None:
            raise RuleDataError("fx_rates", f"no exchange rate for {pair}: none loaded for the quote date; pin it in fx_rates")
        try:
            rate = self.table.rate(from_currency, to_currency)
        except MissingRateError:
            raise RuleDataError("fx_rates", f"no exchange rate for {pair} on {self.table.rates_date}; pin it in fx_rates") from None
        self.used.setdefault(pair, FxUse(pair, rate, self.table.source, self.table.rates_date))
        return rate

    def convert(self, money: Money, to_currency: str) -> Money:
        """Exact conversion, rounded half-up to the target's minor unit."""
        if money.currency == to_currency:
            return money
        return Money(money.amount * self.rate(money.currency, to_currency), to_currency).quantize(ROUND_HALF_UP)

    def exact(self, money: Money, to_currency: str) -> Decimal:
        """Unrounded, for comparing a value with a threshold in another currency."""
        return money.amount * self.rate(money.currency, to_currency)
