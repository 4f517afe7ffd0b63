"""Entry point: a landed-cost (duties-paid) quote for a request, on a date, with the rules of that date."""

from __future__ import annotations

from decimal import Decimal

from passerelle.money import Money, RateTable

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
    outcomes = [china.REGIMES[channel](book, request, basket, fx) for channel in channels]
    # Compare channels on their totals; only the chosen one is apportioned to lines (the costly part).
    totals = [basket.cif.amount + sum((c.amount.amount for c in o.components), Decimal(0)) for o in outcomes]
    allowed = [i for i, o in enumerate(outcomes) if o.allowed]
    chosen = min(allowed, key=lambda i: totals[i]) if allowed else 0
    alternatives = [
        {"regime": o.regime, "allowed": o.allowed, "total": str(Money(totals[i], basket.currency).quantize().amount),
         "reasons": [r.as_dict() for r in o.reasons]}
        for i, o in enumerate(outcomes) if i != chosen
    ]
    outcome = outcomes[chosen]
    if not allowed and len(outcomes) > 1:
        # Every consumer channel refused: say why for each, so the buyer knows what would work.
        outcome.reasons = [reason for o in outcomes for reason in o.reasons]
    return _with(assemble(outcome, basket, fx, "CN"), alternatives=alternatives)


def _with(quote: Quote, **changes: object) -> Quote:
    from dataclasses import replace

    return replace(quote, **changes)  # type: ignore[arg-type]


__all__ = ["QuoteInputError", "Reason", "RuleDataError", "landed_cost_quote"]
