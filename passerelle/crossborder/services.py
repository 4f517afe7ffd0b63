"""Quoting for the web and the CLI: parse the JSON request, take the FX rates of the quote's date, compute."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from passerelle.fx.selectors import current_rate_table, fetch_rate_table

from .engine import Quote, landed_cost_quote, parse_quote_request


def quote_from_json(data: Any, *, today: datetime.date | None = None) -> Quote:
    """Raises QuoteInputError (bad request) or RuleDataError (the rules or rates cannot answer)."""
    request = parse_quote_request(data, today=today or timezone.localdate())
    # Rates of the quote's date: the newest published on or before it (a back-dated quote is reproducible).
    rates = current_rate_table()
    if rates is None or rates.rates_date > request.date:
        rates = fetch_rate_table(on=request.date)
    return landed_cost_quote(request, rates=rates)
