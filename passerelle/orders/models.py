"""Orders: one per checkout, split into one sub-order per seller, with price snapshots per line."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from passerelle.catalog.models import Variant
from passerelle.core.models import TimestampedModel, currency_field, money_field
from passerelle.sellers.models import Seller

from .states import OrderStatus, SubOrderStatus


def new_order_token() -> str:
    return secrets.token_urlsafe(24)  # 192 bits: the order page link cannot be guessed


# What buyers and sellers read for each status (the values are the state machine's, in orders/states.py).
STATUS_LABELS = {
    "pending_payment": _("pending payment"), "payment_processing": _("payment processing"), "paid": _("paid"),
    "shipped": _("shipped"), "refunded": _("refunded"), "cancelled": _("cancelled"),
}


class Order(TimestampedModel):
    token = models.CharField(max_length=64, unique=True, default=new_order_token, editable=False)
    buyer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="orders")
    email = models.EmailField()
    status = models.CharField(max_length=24, choices=[(s.value, STATUS_LABELS[s.value]) for s in OrderStatus], default=OrderStatus.PENDING_PAYMENT, db_index=True)
    currency = currency_field(help_text="The buyer's currency: what the buyer is charged in")
    subtotal = money_field()
    duties_total = money_field(default=0, help_text="Import duty, taxes and fees of every sub-order, in the order's currency")
    total = money_field()
    cbec_identity_hash = models.CharField(max_length=64, blank=True, help_text="Keyed hash of the CBEC buyer's name and ID number")
    fx_rates_date = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=8, default="en", help_text="The buyer's page language at checkout: emails are written in it")
    fx_source = models.CharField(max_length=200, blank=True)
    shipping_name = models.CharField(max_length=200)
    shipping_line1 = models.CharField(max_length=200)
    shipping_line2 = models.CharField(max_length=200, blank=True)
    shipping_city = models.CharField(max_length=120)
    shipping_region = models.CharField(max_length=120, blank=True)
    shipping_postal_code = models.CharField(max_length=20, blank=True)
    shipping_country = models.CharField(max_length=2)
    shipping_phone = models.CharField(max_length=32, blank=True)
    # Stock is taken when the order is placed and given back if payment is declined or the hold expires.
    stock_reserved = models.BooleanField(default=True)
    reserved_until = models.DateTimeField(null=True, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "reserved_until"], name="order_reservation_idx")]

    def __str__(self) -> str:
        return self.number

    @property
    def number(self) -> str:
        return f"P{self.pk:07d}"


class SubOrder(TimestampedModel):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="sub_orders")
    seller = models.ForeignKey(Seller, on_delete=models.PROTECT, related_name="sub_orders")
    status = models.CharField(max_length=24, choices=[(s.value, STATUS_LABELS[s.value]) for s in SubOrderStatus], default=SubOrderStatus.PENDING_PAYMENT, db_index=True)
    seller_currency = currency_field()
    seller_subtotal = money_field(help_text="In the seller's currency")
    subtotal = money_field(help_text="In the order's (buyer's) currency")
    duties = money_field(default=0, help_text="Import duty, taxes and fees for this parcel, in the order's currency")
    customs_regime = models.CharField(max_length=32, blank=True)
    # The landed-cost quote as computed at checkout, kept unchanged for audit (rules, sources, rates).
    landed_cost = models.JSONField(default=dict, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["order", "seller"], name="sub_order_one_per_seller")]
        indexes = [models.Index(fields=["seller", "status", "-created_at"], name="sub_order_seller_idx")]

    def __str__(self) -> str:
        return f"{self.order.number}-{self.seller_id}"

    @property
    def number(self) -> str:
        return f"P{self.order_id:07d}-{self.pk}"


class OrderLine(models.Model):
    sub_order = models.ForeignKey(SubOrder, on_delete=models.CASCADE, related_name="lines")
    variant = models.ForeignKey(Variant, null=True, on_delete=models.SET_NULL, related_name="order_lines")
    product_id_snapshot = models.BigIntegerField()
    product_title = models.CharField(max_length=200)
    sku = models.CharField(max_length=64)
    options = models.JSONField(default=dict, blank=True)
    hs_code = models.CharField(max_length=10)
    origin_country = models.CharField(max_length=2)
    weight_grams = models.PositiveIntegerField()
    quantity = models.PositiveIntegerField()
    seller_unit_price = money_field()
    seller_currency = currency_field()
    unit_price = money_field(help_text="Converted to the order's currency at the order's rate date")
    line_total = money_field()

    class Meta:
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=models.Q(quantity__gte=1), name="order_line_quantity_positive")]
