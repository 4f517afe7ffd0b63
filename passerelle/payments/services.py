"""Paying an order: reserve, charge outside any transaction, then record the outcome."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from passerelle.catalog.stock import release_stock, reserve_stock
from passerelle.core.errors import Conflict, InvalidInput, PaymentDeclined
from passerelle.crossborder.checkout import cbec_quota_check_for_payment, cbec_quota_consume, cbec_quota_restore
from passerelle.money import Money
from passerelle.orders.models import Order, SubOrder
from passerelle.orders.services import order_mark_paid, order_release_reservation, order_stock_lines
from passerelle.orders.states import OrderStatus, SubOrderStatus

from . import sandbox_gateway
from .models import Payment, Refund

GATEWAYS = {"test"}


def _begin_payment(order: Order) -> None:
    """Claim the order for this attempt and make sure its stock is held, in one transaction."""
    with transaction.atomic():
        claimed = Order.objects.filter(pk=order.pk, status=OrderStatus.PENDING_PAYMENT).update(status=OrderStatus.PAYMENT_PROCESSING)
        if not claimed:
            order.refresh_from_db(fields=["status"])
            if order.status == OrderStatus.PAID:
                raise Conflict(_("order: this order is already paid"), field="order", code="already_paid")
            raise Conflict(
                # Translators: %(status)s is the status code in English words, e.g. 'pending payment'.
                _("order: an order that is %(status)s cannot be paid") % {"status": order.status.replace("_", " ")},
                field="order",
                code="not_payable",
            )
        cbec_quota_check_for_payment(order=order)
        # Read after the claim: an expiry sweep may have released the stock a moment ago.
        if not Order.objects.filter(pk=order.pk, stock_reserved=True).exists():
            # A declined card or an expired hold gave the stock back; take it again or refuse
            # (the Conflict rolls back the claim too, so the order stays payable).
            reserve_stock(order_stock_lines(order))
            Order.objects.filter(pk=order.pk).update(stock_reserved=True)
    order.refresh_from_db()


def order_pay(*, order: Order, gateway: str, card_number: str) -> Payment:
    """Charge the order's total. A decline returns the stock and leaves the order payable."""
    if gateway not in GATEWAYS:
        raise InvalidInput(
            _("gateway: %(value)s is not available; use one of %(gateways)s") % {"value": repr(gateway), "gateways": ", ".join(sorted(GATEWAYS))},
            field="gateway",
        )
    try:
        sandbox_gateway.normalize_card_number(card_number or "")
    except sandbox_gateway.CardNumberError as error:
        raise InvalidInput(str(error), field="card_number", code="invalid_card_number") from None
    _begin_payment(order)
    amount = Money(order.total, order.currency).quantize()
    try:
        result = sandbox_gateway.charge(amount, card_number)  # never inside a transaction or a lock
    except sandbox_gateway.CardNumberError as error:
        Order.objects.filter(pk=order.pk).update(status=OrderStatus.PENDING_PAYMENT)
        raise InvalidInput(str(error), field="card_number", code="invalid_card_number") from None
    with transaction.atomic():
        payment = Payment.objects.create(
            order=order, gateway=gateway, amount=amount.amount, currency=amount.currency,
            status=Payment.Status.SUCCEEDED if result.succeeded else Payment.Status.DECLINED,
            reference=result.reference, card_brand=result.card_brand, card_last4=result.card_last4, decline_code=result.decline_code,
        )
        if result.succeeded:
            order_mark_paid(order=order)
            cbec_quota_consume(order=order)
            return payment
        order_release_reservation(order=order, status=OrderStatus.PAYMENT_PROCESSING)
        Order.objects.filter(pk=order.pk).update(status=OrderStatus.PENDING_PAYMENT)
        order.status = OrderStatus.PENDING_PAYMENT
    raise PaymentDeclined(
        # Translators: %(reason)s is the gateway's decline code in English words, e.g. 'insufficient funds'.
        _("card_number: the card was declined (%(reason)s); the order is kept, try another card") % {"reason": result.decline_code.replace("_", " ")},
        field="card_number",
        code=result.decline_code,
    )


def sub_order_refund(*, sub_order: SubOrder, reason: str) -> Refund:
    """Refund one seller's parcel in full (goods + its duties and taxes). Units go back to stock if it had
    not shipped; China's CBEC allowance used by the parcel is given back to the buyer."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(_("reason: say why the order is refunded (the buyer sees it)"), field="reason")
    with transaction.atomic():
        shipped = sub_order.status == SubOrderStatus.SHIPPED
        moved = SubOrder.objects.filter(pk=sub_order.pk, status__in=[SubOrderStatus.PAID, SubOrderStatus.SHIPPED]).update(status=SubOrderStatus.REFUNDED)
        if not moved:
            sub_order.refresh_from_db(fields=["status"])
            raise Conflict(
                # Translators: %(status)s is the status code in English words, e.g. 'pending payment'.
                _("sub_order: a sub-order that is %(status)s cannot be refunded") % {"status": sub_order.status.replace("_", " ")},
                field="sub_order",
                code="not_refundable",
            )
        order = sub_order.order
        payment = order.payments.filter(status=Payment.Status.SUCCEEDED).first()
        if payment is None:
            raise Conflict(_("sub_order: the order has no successful payment to refund"), field="sub_order", code="not_refundable")
        amount = Money(sub_order.subtotal, order.currency).quantize() + Money(sub_order.duties, order.currency).quantize()
        refund = Refund.objects.create(
            payment=payment, sub_order=sub_order, amount=amount.amount, currency=amount.currency, reason=reason[:300],
            reference=sandbox_gateway.refund(payment.reference, amount), restocked=not shipped,
        )
        if not shipped:
            release_stock([(line.variant_id, line.quantity) for line in sub_order.lines.filter(variant__isnull=False)])
        cbec_quota_restore(sub_order=sub_order)
        if not order.sub_orders.exclude(status=SubOrderStatus.REFUNDED).exists():
            Order.objects.filter(pk=order.pk, status=OrderStatus.PAID).update(status=OrderStatus.REFUNDED)
    sub_order.refresh_from_db()
    return refund
