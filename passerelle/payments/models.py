"""Payment attempts against an order, successful or not: the audit trail of every charge."""

from __future__ import annotations

from django.db import models

from passerelle.core.models import currency_field, money_field
from passerelle.orders.models import Order


class Payment(models.Model):
    class Status(models.TextChoices):
        SUCCEEDED = "succeeded", "Succeeded"
        DECLINED = "declined", "Declined"

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="payments")
    gateway = models.CharField(max_length=32)
    amount = money_field()
    currency = currency_field()
    status = models.CharField(max_length=16, choices=Status.choices)
    reference = models.CharField(max_length=64, unique=True)
    card_brand = models.CharField(max_length=24, blank=True)
    card_last4 = models.CharField(max_length=4, blank=True)
    decline_code = models.CharField(max_length=48, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.reference} {self.status}"


class Refund(models.Model):
    """Money given back for one seller's parcel: its goods and the duties and taxes charged with it."""

    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="refunds")
    sub_order = models.OneToOneField("orders.SubOrder", on_delete=models.PROTECT, related_name="refund")
    amount = money_field()
    currency = currency_field()
    reason = models.CharField(max_length=300)
    reference = models.CharField(max_length=64, unique=True)
    restocked = models.BooleanField(default=False, help_text="Units went back to stock (refunded before shipping)")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.reference} {self.amount} {self.currency}"
