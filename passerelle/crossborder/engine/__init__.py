"""The landed-cost engine: pure Python, no Django. Parse a request, quote it against dated, sourced rules."""

from .errors import QuoteInputError, RuleDataError
from .quote import landed_cost_quote
from .request import QuoteLine, QuoteRequest, parse_quote_request
from .result import Quote
from .rules import load_rulebook, supported_destinations

__all__ = [
    "Quote",
    "QuoteInputError",
    "QuoteLine",
    "QuoteRequest",
    "RuleDataError",
    "landed_cost_quote",
    "load_rulebook",
    "parse_quote_request",
    "supported_destinations",
]
