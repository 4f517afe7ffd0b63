"""A seller ships a paid sub-order: carrier and tracking number recorded, status moves to shipped."""

from __future__ import annotations

import re

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from passerelle.core.errors import Conflict, InvalidInput
from passerelle.orders.models import SubOrder
from passerelle.orders.states import SubOrderStatus

from .models import Shipment


@transaction.atomic
def sub_order_ship(*, sub_order: SubOrder, carrier: str, tracking_number: str) -> Shipment:
    carrier = (carrier or "").strip()
    tracking_number = re.sub(r"\s+", "", tracking_number or "")
    if not carrier or len(carrier) > 80:
        raise InvalidInput(_("carrier: name the carrier (up to 80 characters), e.g. 'DHL Express'"), field="carrier")
    if not re.fullmatch(r"[A-Za-z0-9\-]{4,64}", tracking_number):
        raise InvalidInput(_("tracking_number: 4 to 64 letters, digits or '-'"), field="tracking_number")
    # Conditional update: two clicks on "ship" cannot create two shipments.
    moved = SubOrder.objects.filter(pk=sub_order.pk, status=SubOrderStatus.PAID).update(status=SubOrderStatus.SHIPPED, shipped_at=timezone.now())
    if not moved:
        sub_order.refresh_from_db(fields=["status"])
        raise Conflict(
            # Translators: %(status)s is the status code in English words, e.g. 'pending payment'.
            _("sub_order: a sub-order that is %(status)s cannot be shipped") % {"status": sub_order.status.replace("_", " ")},
            field="sub_order",
            code="not_shippable",
        )
    sub_order.refresh_from_db()
    return Shipment.objects.create(sub_order=sub_order, carrier=carrier, tracking_number=tracking_number)
