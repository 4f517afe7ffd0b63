"""Shipments: a seller sends a sub-order with a carrier and a tracking number."""

from __future__ import annotations

from django.db import models

from passerelle.orders.models import SubOrder


class Shipment(models.Model):
    sub_order = models.OneToOneField(SubOrder, on_delete=models.PROTECT, related_name="shipment")
    carrier = models.CharField(max_length=80)
    tracking_number = models.CharField(max_length=64)
    shipped_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.carrier} {self.tracking_number}"
