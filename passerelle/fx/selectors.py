"""Reads of the rate table: the newest complete day as a pure RateTable."""

from __future__ import annotations

import datetime

from django.core.cache import cache

from passerelle.money import RateTable

from .models import FxRate

RATE_TABLE_CACHE_KEY = "fx:current-rate-table"
# Short, so every stateless worker picks up a newly loaded day within a minute.
RATE_TABLE_CACHE_SECONDS = 60


def fetch_rate_table(base: str = "EUR", on: datetime.date | None = None) -> RateTable | None:
    """The newest day's rates (on or before `on`, if given), or None when there are none."""
    days = FxRate.objects.filter(base=base)
    if on is not None:
        days = days.filter(rates_date__lte=on)
    newest = days.order_by("-rates_date").values_list("rates_date", flat=True).first()
    if newest is None:
        return None
    rows = list(FxRate.objects.filter(base=base, rates_date=newest).values_list("currency", "rate", "source"))
    return RateTable(base=base, rates_date=newest, rates={c: r for c, r, _ in rows}, source=rows[0][2])


def current_rate_table() -> RateTable | None:
    table = cache.get(RATE_TABLE_CACHE_KEY)
    if table is None:
        table = fetch_rate_table()
        if table is not None:
            cache.set(RATE_TABLE_CACHE_KEY, table, RATE_TABLE_CACHE_SECONDS)
    return table
