"""passerelle release-reservations: give back the stock held by unpaid orders past their hold."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from passerelle.orders.services import orders_release_expired_reservations


class Command(BaseCommand):
    help = "Release stock held by unpaid orders whose reservation has expired (run every few minutes)."

    def handle(self, *args: Any, **options: Any) -> None:
        released = orders_release_expired_reservations()
        self.stdout.write(f"Released the stock of {released} expired unpaid order(s).")
