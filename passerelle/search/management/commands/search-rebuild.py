"""Rebuild the search index of every product (after editing category names or their translations, say)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from passerelle.search.services import search_index_all


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        indexed = search_index_all()
        self.stdout.write(f"indexed {indexed} products in {time.perf_counter() - started:.1f} s")
