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
