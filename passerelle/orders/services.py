"""Order state changes: paid, reservation released, confirmation email."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from passerelle.catalog.stock import release_stock

from .models import Order, OrderLine, SubOrder
from .states import OrderStatus, SubOrderStatus, check_order_transition


def order_stock_lines(order: Order) -> list[tuple[int, int]]:
    return [
        (variant_id, quantity)
        for variant_id, quantity in OrderLine.objects.filter(sub_order__order=order, variant__isnull=False).values_list("variant_id", "quantity")
    ]


def order_link(order: Order) -> str:
    return settings.SITE_URL + reverse("storefront:order", kwargs={"order_id": order.pk, "token": order.token})


def order_mark_paid(*, order: Order) -> Order:
    check_order_transition(order.status, OrderStatus.PAID)
    order.status = OrderStatus.PAID
    order.paid_at = timezone.now()
    order.reserved_until = None
    order.save(update_fields=["status", "paid_at", "reserved_until", "updated_at"])
    SubOrder.objects.filter(order=order, status=SubOrderStatus.PENDING_PAYMENT).update(status=SubOrderStatus.PAID, updated_at=timezone.now())
    transaction.on_commit(lambda: order_send_confirmation(order_id=order.pk))
    return order


def order_release_reservation(*, order: Order, status: str) -> bool:
    """Give the order's units back to stock if it still holds them and is still in `status`.

    One conditional UPDATE decides, so an expiry sweep and a payment that just claimed the
    order cannot both act on it: whichever changes the row first wins.
    """
    released = Order.objects.filter(pk=order.pk, stock_reserved=True, status=status).update(stock_reserved=False, reserved_until=None)
    if released:
        release_stock(order_stock_lines(order))
        order.stock_reserved = False
        order.reserved_until = None
    return bool(released)


def orders_release_expired_reservations(*, now: datetime.datetime | None = None) -> int:
    """Unpaid orders past their hold give their stock back (also `passerelle release-reservations`)."""
    cutoff = now or timezone.now()
    released = 0
    for order in Order.objects.filter(status=OrderStatus.PENDING_PAYMENT, stock_reserved=True, reserved_until__lt=cutoff).only("pk"):
        with transaction.atomic():
            released += order_release_reservation(order=order, status=OrderStatus.PENDING_PAYMENT)
    return released


def order_send_confirmation(*, order_id: int) -> None:
    order = Order.objects.prefetch_related("sub_orders__lines", "sub_orders__seller").get(pk=order_id)
    with translation.override(order.language):  # the link, too, opens the order in the buyer's language
        context = {"order": order, "order_url": order_link(order)}
        send_mail(
            subject=translation.gettext("Passerelle order %(number)s confirmed") % {"number": order.number},
            message=render_to_string("orders/email/confirmation.txt", context),
            html_message=render_to_string("orders/email/confirmation.html", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[order.email],
        )
