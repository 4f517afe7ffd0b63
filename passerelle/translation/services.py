"""Machine translation of product content: fills the languages a product lacks, in the background.

Seller-written ("reviewed") translations are never overwritten; a machine translation is replaced when
the seller changes the original text. Without a configured translator nothing runs, and the dashboard
lists what is missing instead.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q

from passerelle.catalog.models import Product, ProductTranslation
from passerelle.catalog.sanitize import sanitize_description
from passerelle.core.languages import language_codes
from passerelle.core.models import TranslationStatus
from passerelle.core.tasks import run_after_commit
from passerelle.search.services import search_reindex_later

from .translators import Translator, TranslatorError, translator_from_settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def current_translator() -> Translator | None:
    return translator_from_settings(settings.TRANSLATOR, settings.TRANSLATOR_OPTIONS)


def translator_name() -> str | None:
    translator = current_translator()
    return translator.name if translator else None


def product_translate_later(product: Product) -> None:
    """Queue machine translation of the product's missing languages, if a translator is configured."""
    if current_translator() is not None:
        run_after_commit(product_translate_missing, product.pk, background=True)


def product_forget_machine_translations(product: Product) -> None:
    """The seller changed the original: machine translations of the old text are wrong now."""
    ProductTranslation.objects.filter(product=product, status=TranslationStatus.MACHINE).delete()


def product_translate_missing(product_id: int) -> list[str]:
    """Translate title and description into every storefront language the product lacks; returns those filled."""
    translator = current_translator()
    product = Product.objects.select_related("seller").filter(pk=product_id).first()
    if translator is None or product is None:
        return []
    source = product.seller.language
    have = set(product.translations.values_list("language", flat=True))
    filled = []
    for language in language_codes():
        if language == source or language in have or not translator.supports(source, language):
            continue
        try:
            title, = translator.translate([product.title], source=source, target=language)
            description, = translator.translate([product.description], source=source, target=language, html=True) if product.description else ("",)
        except TranslatorError as error:
            logger.warning("machine translation of product %s into %s failed: %s", product_id, language, error)
            continue
        with transaction.atomic():
            # A seller may have written this language meanwhile: theirs wins.
            _, created = ProductTranslation.objects.get_or_create(
                product=product, language=language,
                defaults={"title": title.strip()[:200] or product.title, "description": sanitize_description(description), "status": TranslationStatus.MACHINE},
            )
            if created:
                filled.append(language)
    if filled:
        with transaction.atomic():
            search_reindex_later([product.pk])
    return filled


def products_missing_translations(seller_id: int) -> int:
    """How many of the shop's live products lack a title in at least one storefront language."""
    wanted = len(language_codes()) - 1
    return (
        Product.objects.filter(seller_id=seller_id).exclude(status=Product.Status.ARCHIVED)
        .annotate(translated=Count("translations", filter=~Q(translations__title="")))
        .filter(translated__lt=wanted).count()
    )
