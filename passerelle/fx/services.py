"""Loading reference rates (ECB XML) into the rate table."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction

from passerelle.money import RateTable
from passerelle.money.ecb import parse_eurofxref

from .models import FxRate
from .selectors import RATE_TABLE_CACHE_KEY


@dataclass(frozen=True)
class FxLoadResult:
    days: int
    rates: int
    newest_date: str


@transaction.atomic
def fx_rates_store(*, tables: list[RateTable]) -> FxLoadResult:
    """Upsert every rate of every table; re-loading the same file changes nothing."""
    count = 0
    for table in tables:
        for currency, rate in table.rates.items():
            FxRate.objects.update_or_create(
                rates_date=table.rates_date,
                base=table.base,
                currency=currency,
                defaults={"rate": rate, "source": table.source[:200]},
            )
            count += 1
    transaction.on_commit(lambda: cache.delete(RATE_TABLE_CACHE_KEY))
    newest = max(t.rates_date for t in tables)
    return FxLoadResult(days=len(tables), rates=count, newest_date=newest.isoformat())


def fx_update_from_ecb_xml(*, xml: bytes) -> FxLoadResult:
    """Parse (raises EcbFormatError on a malformed file, before anything is written), then store."""
    return fx_rates_store(tables=parse_eurofxref(xml))
