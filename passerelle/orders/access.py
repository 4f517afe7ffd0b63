"""Getting an order on someone's behalf: the buyer by secret token, a seller only their sub-orders."""

from __future__ import annotations

from typing import Any

from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from passerelle.core.errors import NotFound
from passerelle.sellers.models import Seller

from .models import Order, SubOrder


def access_order_by_token(*, order_id: Any, token: str) -> Order:
    try:
        pk = int(order_id)
    except (TypeError, ValueError):
        pk = -1
    order = Order.objects.filter(pk=pk).first()
    # Same 404 for a wrong id and a wrong token, so neither can be probed.
    if order is None or not constant_time_compare(order.token, token or ""):
        raise NotFound(_("order: no order with this id and token"), field="order_id")
    return order


def access_sub_order_for_seller(*, seller: Seller, sub_order_id: Any) -> SubOrder:
    try:
        pk = int(sub_order_id)
    except (TypeError, ValueError):
        pk = -1
    sub_order = SubOrder.objects.filter(pk=pk, seller=seller).select_related("order").first()
    if sub_order is None:
        raise NotFound(_("order: no order %(id)s for your shop") % {"id": sub_order_id}, field="sub_order_id")
    return sub_order
