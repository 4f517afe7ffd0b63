"""Foreign-exchange reference rates, one row per currency per day (units per 1 base currency)."""

from __future__ import annotations

from django.db import models


class FxRate(models.Model):
    rates_date = models.DateField(db_index=True)
    base = models.CharField(max_length=3, default="EUR")
    currency = models.CharField(max_length=3)
    rate = models.DecimalField(max_digits=20, decimal_places=8)
    source = models.CharField(max_length=200)
    loaded_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-rates_date", "currency"]
        constraints = [
            models.UniqueConstraint(fields=["rates_date", "base", "currency"], name="fx_rate_unique_per_day"),
            models.CheckConstraint(condition=models.Q(rate__gt=0), name="fx_rate_positive"),
        ]
        verbose_name = "FX rate"

    def __str__(self) -> str:
        return f"{self.rates_date} 1 {self.base} = {self.rate} {self.currency}"
