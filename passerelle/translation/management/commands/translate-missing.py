"""Machine-translate every product that lacks a storefront language (after configuring a translator, say)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from passerelle.catalog.models import Product
from passerelle.translation.services import current_translator, product_translate_missing
from passerelle.translation.translators import TranslatorError


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--seller", help="only this shop's products (its slug)")
        parser.add_argument("--limit", type=int, default=0, help="stop after this many products (0: all)")

    def handle(self, *args: Any, seller: str | None = None, limit: int = 0, **options: Any) -> None:
        try:
            translator = current_translator()
        except TranslatorError as error:
            raise CommandError(str(error)) from None
        if translator is None:
            raise CommandError("no machine translator is configured: set PASSERELLE_TRANSLATOR (libretranslate, deepl or argos)")
        products = Product.objects.exclude(status=Product.Status.ARCHIVED).order_by("pk")
        if seller:
            products = products.filter(seller__slug=seller)
            if not products.exists():
                raise CommandError(f"--seller: no products for a shop {seller!r}")
        filled_products = filled_languages = 0
        for count, product_id in enumerate(products.values_list("pk", flat=True).iterator(), 1):
            filled = product_translate_missing(product_id)
            filled_products += bool(filled)
            filled_languages += len(filled)
            if limit and count >= limit:
                break
        self.stdout.write(f"{translator.name}: {filled_languages} translations added to {filled_products} products")
