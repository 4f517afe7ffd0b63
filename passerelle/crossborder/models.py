"""The Harmonized System nomenclature (chapters, headings, subheadings) sellers pick HS codes from."""

from __future__ import annotations

from django.db import models


class HsCode(models.Model):
    code = models.CharField(max_length=10, primary_key=True)
    description = models.TextField()
    level = models.PositiveSmallIntegerField(help_text="2 chapter, 4 heading, 6 subheading")
    parent = models.CharField(max_length=10, blank=True, help_text="The parent's code; empty for a chapter")
    section = models.CharField(max_length=8, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = "HS code"

    def __str__(self) -> str:
        return f"{self.code} {self.description[:60]}"


class CbecQuotaEntry(models.Model):
    """China's yearly CBEC allowance per buyer identity: consumed when an order is paid, restored on refund.

    The identity is kept only as a keyed hash of the name and ID number (crossborder.identity).
    """

    class Status(models.TextChoices):
        CONSUMED = "consumed", "Consumed"
        RESTORED = "restored", "Restored"

    identity_hash = models.CharField(max_length=64, db_index=True)
    year = models.PositiveSmallIntegerField()
    sub_order = models.OneToOneField("orders.SubOrder", on_delete=models.PROTECT, related_name="cbec_quota_entry")
    amount = models.DecimalField(max_digits=18, decimal_places=2, help_text="CNY counted against the yearly limit")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CONSUMED)
    created_at = models.DateTimeField(auto_now_add=True)
    restored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["identity_hash", "year", "status"], name="cbec_quota_lookup_idx")]
        verbose_name = "CBEC quota entry"
        verbose_name_plural = "CBEC quota entries"
