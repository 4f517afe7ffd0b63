"""Rate and threshold look-ups shared by the regimes, recording each rule they use."""

from __future__ import annotations

import datetime
from decimal import Decimal

from passerelle.money import Money

from .errors import RuleDataError
from .fx import FxContext
from .outcome import Outcome
from .request import QuoteRequest
from .rules import Rule, RuleBook


def hs_rate(book: RuleBook, outcome: Outcome, base_id: str, index: int, hs_code: str, day: datetime.date, given: Decimal | None = None) -> tuple[Decimal, str]:
    """A line's rate: the known rate the request carried wins (reported as "given"); else the most specific rule."""
    if given is not None:
        return given, "given"
    rule = book.by_hs(base_id, hs_code, day)
    if rule is None:
        raise RuleDataError(f"lines[{index}].hs_code", f"no {base_id} rate for HS {hs_code} in {book.destination}; give it as a known rate")
    outcome.use(rule)
    if rule.value == "required":
        # Goods with specific or variable duties (liquor, tobacco, listed goods): the data has no single rate.
        field = "duty_rate" if ".duty" in base_id else "vat_rate"
        raise RuleDataError(f"lines[{index}].{field}", f"HS {hs_code} has no single {base_id} rate in {book.destination} ({rule.note or rule.source}); give the known rate")
    return rule.decimal, rule.id


def figure(book: RuleBook, outcome: Outcome, rule_id: str, day: datetime.date) -> Rule:
    return outcome.use(book.get(rule_id, day))


def optional_figure(book: RuleBook, outcome: Outcome, rule_id: str, day: datetime.date) -> Rule | None:
    rule = book.find(rule_id, day)
    return outcome.use(rule) if rule is not None else None


def threshold_in(rule: Rule, currency: str, fx: FxContext) -> Decimal:
    """A threshold stated in its own currency (e.g. US$150 for Korea), in the quote's currency, exactly."""
    own = rule.currency or currency
    return fx.exact(Money(rule.decimal, own), currency) if own != currency else rule.decimal


def refuse_restricted(book: RuleBook, outcome: Outcome, request: QuoteRequest) -> bool:
    """Goods the destination prohibits, or admits only under a licence: `<cc>.restricted.hs.<prefix>`
    with value "prohibited" or "licence". Refuses the order, naming the line and the rule."""
    for index, line in enumerate(request.lines):
        rule = book.by_hs(f"{book.destination.lower()}.restricted", line.hs_code, request.date)
        if rule is None or rule.value == "allowed":
            continue
        outcome.use(rule)
        what = "cannot be imported into" if rule.value == "prohibited" else "needs an import licence for"
        outcome.refuse(f"restricted_{rule.value}", f"{line.description} (HS {line.hs_code}) {what} {book.name}: {rule.note or rule.source}",
                       item=line.description, hs_code=line.hs_code, destination=book.destination, why=rule.note or rule.source)
    return not outcome.allowed
