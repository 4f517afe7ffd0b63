"""Customs paperwork for a shipment: the commercial invoice (PDF) and the CN23 declaration data.

The PDF is drawn by WeasyPrint (Pango and HarfBuzz shape Chinese, Japanese, Thai and Arabic, with
fontconfig falling back to the installed Noto CJK, Thai and DejaVu fonts). It needs the Pango system
library, which Debian installs with `libpango-1.0-0` (Chromium pulls it in too).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from passerelle.core.countries import country_name
from passerelle.money import Money, sum_money
from passerelle.orders.models import SubOrder


@dataclass(frozen=True)
class DeclaredItem:
    description: str
    quantity: int
    hs_code: str
    origin_country: str
    unit_value: str
    value: str
    net_weight_grams: int


@dataclass(frozen=True)
class CustomsDeclaration:
    """The contents of UPU form CN23 (valid at any value; CN22 only up to SDR 300)."""

    form: str
    category: str
    sender: dict[str, str]
    recipient: dict[str, str]
    items: list[DeclaredItem]
    currency: str
    total_value: str
    total_weight_grams: int
    invoice_number: str
    order_number: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def customs_declaration(sub_order: SubOrder) -> CustomsDeclaration:
    order, seller = sub_order.order, sub_order.seller
    lines = list(sub_order.lines.all())
    values = [Money(line.seller_unit_price, line.seller_currency).quantize() * line.quantity for line in lines]
    items = [
        DeclaredItem(
            description=line.product_title, quantity=line.quantity, hs_code=line.hs_code, origin_country=line.origin_country,
            unit_value=str(Money(line.seller_unit_price, line.seller_currency).quantize().amount), value=str(value.amount),
            net_weight_grams=line.weight_grams * line.quantity,
        )
        for line, value in zip(lines, values, strict=True)
    ]
    return CustomsDeclaration(
        form="CN23",
        category="Sale of goods",
        sender={"name": seller.name, "city": seller.city, "country": seller.country, "registration_number": seller.registration_number},
        recipient={
            "name": order.shipping_name, "line1": order.shipping_line1, "line2": order.shipping_line2, "city": order.shipping_city,
            "region": order.shipping_region, "postal_code": order.shipping_postal_code, "country": order.shipping_country, "phone": order.shipping_phone,
        },
        items=items,
        currency=sub_order.seller_currency,
        total_value=str(sum_money(values, sub_order.seller_currency).amount),
        total_weight_grams=sum(item.net_weight_grams for item in items),
        invoice_number=f"INV-{sub_order.number}",
        order_number=order.number,
    )


def commercial_invoice_pdf(sub_order: SubOrder) -> bytes:
    from weasyprint import HTML  # imported here: it needs the Pango system library, only for paperwork

    declaration = customs_declaration(sub_order)
    html = render_to_string("fulfillment/commercial_invoice.html", {
        "d": declaration, "sub_order": sub_order, "issued": timezone.localdate(),
        "sender_country": country_name(declaration.sender["country"]), "recipient_country": country_name(declaration.recipient["country"]),
        "total_weight_kg": (Decimal(declaration.total_weight_grams) / 1000).quantize(Decimal("0.001")),
    })
    return HTML(string=html).write_pdf()
