"""Duties-paid checkout: quote each parcel (sub-order) to the shipping country, refuse what the rules refuse,
and count China's yearly CBEC allowance per buyer identity (consumed on payment, restored on refund)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from passerelle.core.errors import Conflict, InvalidInput
from passerelle.money import MissingRateError, Money, RateTable

from .display import convert_money, reason_text
from .engine import QuoteInputError, QuoteLine, QuoteRequest, RuleDataError, landed_cost_quote, load_rulebook, supported_destinations
from .engine.request import BuyerQuota
from .models import CbecQuotaEntry


@dataclass(frozen=True)
class ParcelLine:
    description: str
    hs_code: str
    origin: str
    quantity: int
    unit_price: Money  # in the seller's currency
    weight_grams: int


@dataclass(frozen=True)
class ParcelDuties:
    regime: str
    duties: Money  # in the order's currency
    quote: dict[str, Any]  # as computed, for the audit trail
    cbec_amount: Decimal | None  # CNY counted against the yearly CBEC allowance


def cbec_quota_used(identity_hash: str, year: int) -> Decimal:
    used = CbecQuotaEntry.objects.filter(identity_hash=identity_hash, year=year, status=CbecQuotaEntry.Status.CONSUMED).aggregate(total=Sum("amount"))["total"]
    return used or Decimal(0)


# A parcel that stays inside one customs territory crosses no border: no import duty or import VAT.
EU_CUSTOMS_UNION = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())


def same_customs_territory(ship_from: str, destination: str) -> bool:
    return ship_from == destination or (ship_from in EU_CUSTOMS_UNION and destination in EU_CUSTOMS_UNION)


def parcels_duties(
    *, parcels: list[tuple[str, str, list[ParcelLine]]], destination: str, order_currency: str, table: RateTable | None,
    identity_hash: str, today: datetime.date,
) -> list[ParcelDuties | None]:
    """One quote per parcel (seller name, seller country, lines). None where the destination has no rules yet
    (duties on delivery). Raises InvalidInput or Conflict, in words the buyer understands, when the rules refuse a parcel."""
    used = cbec_quota_used(identity_hash, today.year) if identity_hash else None
    results: list[ParcelDuties | None] = []
    for seller_name, ship_from, lines in parcels:
        if same_customs_territory(ship_from, destination):
            results.append(ParcelDuties(regime="domestic", duties=Money.zero(order_currency), quote={}, cbec_amount=None))
            continue
        if destination not in supported_destinations():
            results.append(None)
            continue
        currency = lines[0].unit_price.currency
        request = QuoteRequest(
            destination=destination, date=today, currency=currency,
            lines=tuple(QuoteLine(description=l.description, hs_code=l.hs_code, origin=l.origin, quantity=l.quantity,
                                  unit_price=l.unit_price, weight_grams=l.weight_grams) for l in lines),
            shipping=Money.zero(currency), insurance=Money.zero(currency),
            buyer=BuyerQuota(cbec_used_this_year=Money(used, "CNY").quantize() if used is not None else None),
        )
        try:
            quote = landed_cost_quote(request, rates=table)
        except (RuleDataError, QuoteInputError) as error:
            raise InvalidInput(
                # Translators: %(destination)s is a country's name; %(reason)s comes from the customs rules, in English.
                _("cart: duties for %(seller)s's parcel to %(destination)s cannot be calculated (%(reason)s)")
                % {"seller": seller_name, "destination": load_rulebook(destination).name, "reason": error.message},
                field="cart", code="no_landed_cost",
            ) from None
        if not quote.allowed:
            # Each reason after the first is another way the parcel fails (one per channel tried).
            first, *others = [reason_text(reason).rstrip(".") + "." for reason in quote.reasons]
            # Translators: %(reason)s is a further reason from the customs rules, ending with a full stop.
            why = " ".join([first, *(_("Otherwise: %(reason)s") % {"reason": other} for other in others)])
            raise Conflict(
                # Translators: %(reasons)s are the customs rules' reasons, already translated.
                _("cart: %(seller)s's parcel cannot be delivered: %(reasons)s") % {"seller": seller_name, "reasons": why},
                field="cart",
                code=quote.reasons[0].code,
            )
        extra = quote.total - quote.goods - quote.shipping - quote.insurance
        try:
            duties = convert_money(extra, order_currency, table)
        except MissingRateError:
            raise InvalidInput(
                _("currency: no exchange rate to show %(from_currency)s duties in %(to_currency)s; choose another currency")
                % {"from_currency": extra.currency, "to_currency": order_currency},
                field="currency",
                code="no_fx_rate",
            ) from None
        cbec_amount = quote.quota_used.amount if quote.regime == "cn-cbec" and quote.quota_used is not None else None
        if cbec_amount is not None and used is not None:
            used += cbec_amount  # the next parcel of the same order counts this one too
        results.append(ParcelDuties(regime=quote.regime, duties=duties, quote=quote.as_dict(), cbec_amount=cbec_amount))
    return results


def cbec_quota_consume(*, order: Any, on: datetime.date | None = None) -> int:
    """On payment: record each CBEC parcel against the buyer's yearly allowance. Idempotent per sub-order."""
    if not order.cbec_identity_hash:
        return 0
    year = (on or timezone.localdate()).year
    count = 0
    for sub_order in order.sub_orders.filter(customs_regime="cn-cbec"):
        amount = Decimal(sub_order.landed_cost.get("cbec_quota_used", "0"))
        _entry, created = CbecQuotaEntry.objects.get_or_create(
            sub_order=sub_order, defaults={"identity_hash": order.cbec_identity_hash, "year": year, "amount": amount}
        )
        count += created
    return count


def cbec_quota_restore(*, sub_order: Any) -> bool:
    """On refund: give the parcel's amount back to the buyer's yearly allowance."""
    return bool(
        CbecQuotaEntry.objects.filter(sub_order=sub_order, status=CbecQuotaEntry.Status.CONSUMED)
        .update(status=CbecQuotaEntry.Status.RESTORED, restored_at=timezone.now())
    )


def cbec_quota_check_for_payment(*, order: Any) -> None:
    """Two orders placed side by side could each fit the allowance but not together: check again before charging."""
    if not order.cbec_identity_hash:
        return
    amounts = [Decimal(s.landed_cost.get("cbec_quota_used", "0")) for s in order.sub_orders.filter(customs_regime="cn-cbec")]
    if not amounts:
        return
    today = timezone.localdate()
    limit = load_rulebook("CN").get("cn.cbec.annual_limit", today).decimal
    used = cbec_quota_used(order.cbec_identity_hash, today.year)
    if used + sum(amounts) > limit:
        raise Conflict(
            _(
                "order: China's CNY %(limit)s yearly cross-border limit for this buyer was reached since the order was placed "
                "(CNY %(left)s left); the order cannot be paid"
            )
            % {"limit": format(limit, ","), "left": format(max(limit - used, Decimal(0)), ",")},
            field="order", code="cbec_annual_limit",
        )
