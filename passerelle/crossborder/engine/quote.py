"""Entry point: a landed-cost (duties-paid) quote for a request, on a date, with the rules of that date."""

from __future__ import annotations

from passerelle.money import RateTable

from . import china
from .basket import build_basket
from .errors import QuoteInputError, RuleDataError
from .fx import FxContext
from .outcome import assemble
from .request import QuoteRequest
from .result import Quote, Reason
from .rules import load_rulebook, supported_destinations
from .standard import standard


def landed_cost_quote(request: QuoteRequest, *, rates: RateTable | None = None) -> Quote:
    """Duty, taxes and fees for delivering `request` duties-paid. China picks the cheapest consumer channel
    allowed unless the request names one; a refusal comes back as allowed=False with its reasons."""
    if request.destination not in supported_destinations():
        raise QuoteInputError("destination", f"no landed-cost rules for {request.destination}; supported: {', '.join(supported_destinations())}")
    book = load_rulebook(request.destination)
    fx = FxContext(dict(request.fx_rates), rates)
    basket = build_basket(request, book.currency, fx)
    if request.destination != "CN":
        return assemble(standard(book, request, basket, fx), basket, fx, request.destination)
    if request.channel is not None and request.channel not in china.REGIMES:
        raise QuoteInputError("channel", f"{request.channel!r} is not a channel into China; use cbec, postal or general")
    channels = (request.channel,) if request.channel else china.CONSUMER_CHANNELS
    quotes = [assemble(china.REGIMES[channel](book, request, basket, fx), basket, fx, "CN") for channel in channels]
    allowed = [q for q in quotes if q.allowed]
    chosen = min(allowed, key=lambda q: q.total.amount) if allowed else quotes[0]
    alternatives = [
        {"regime": q.regime, "allowed": q.allowed, "total": str(q.total.amount), "reasons": [r.as_dict() for r in q.reasons]}
        for q in quotes if q is not chosen
    ]
    if not allowed and len(quotes) > 1:
        # Every consumer channel refused: say why for each, so the buyer knows what would work.
        reasons = [reason for q in quotes for reason in q.reasons]
        chosen = _with(chosen, reasons=reasons)
    return _with(chosen, alternatives=alternatives)


def _with(quote: Quote, **changes: object) -> Quote:
    from dataclasses import replace

    return replace(quote, **changes)  # type: ignore[arg-type]


__all__ = ["QuoteInputError", "Reason", "RuleDataError", "landed_cost_quote"]
