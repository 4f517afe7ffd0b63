"""Writes to the search index: one SearchDocument per product, rebuilt from the catalog after commit."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from django.conf import settings
from django.db import transaction

from passerelle.catalog.models import Category, CategoryTranslation, Product, ProductTranslation
from passerelle.core.countries import country_name
from passerelle.core.tasks import run_after_commit
from passerelle.sellers.models import Seller

from .backends import current_backend
from .models import SearchDocument, SearchTerm
from .text import MIN_TYPO_WORD_LENGTH, index_terms

INDEX_BATCH = 500
_TAG = re.compile(r"<[^>]+>")
_VOCABULARY_TERM = re.compile(r"^[^\d\W]\w{%d,63}$" % (MIN_TYPO_WORD_LENGTH - 1))


def _plain_text(description_html: str) -> str:
    return html.unescape(_TAG.sub(" ", description_html))


@lru_cache(maxsize=512)
def _country_names(code: str) -> str:
    """The country's name in every storefront language, so `ケニア` and `Kenya` both find Kenyan products."""
    from django.utils.translation import to_locale

    return " ".join(dict.fromkeys(country_name(code, to_locale(language)) for language, _ in settings.LANGUAGES))


def _category_names() -> dict[int, str]:
    """Each category's name and its parent's, in every language."""
    names: dict[int, list[str]] = defaultdict(list)
    categories = {category.pk: category for category in Category.objects.all()}
    for category in categories.values():
        names[category.pk].append(category.name)
    for translation in CategoryTranslation.objects.all():
        names[translation.category_id].append(translation.name)
    return {
        pk: " ".join(names[pk] + (names[category.parent_id] if category.parent_id else []))
        for pk, category in categories.items()
    }


def search_documents_for(product_ids: Iterable[int], category_names: dict[int, str] | None = None) -> list[SearchDocument]:
    ids = list(product_ids)
    products = Product.objects.filter(pk__in=ids).select_related("seller")
    translations: dict[int, list[ProductTranslation]] = defaultdict(list)
    for translation in ProductTranslation.objects.filter(product_id__in=ids):
        translations[translation.product_id].append(translation)
    category_names = category_names if category_names is not None else _category_names()
    documents = []
    for product in products:
        titles = [product.title, product.brand] + [t.title for t in translations[product.pk]]
        bodies = [_plain_text(product.description)] + [_plain_text(t.description) for t in translations[product.pk]]
        bodies += [category_names.get(product.category_id, ""), product.seller.name, _country_names(product.origin_country)]
        documents.append(SearchDocument(
            product_id=product.pk,
            title_terms=" ".join(index_terms(" ".join(titles))),
            body_terms=" ".join(index_terms(" ".join(bodies))),
            listed=(product.status == Product.Status.ACTIVE and product.seller.status == Seller.Status.ACTIVE
                    and product.price_min is not None),
            category_id=product.category_id,
            seller_id=product.seller_id,
            origin_country=product.origin_country,
            currency=product.currency,
            price_min=product.price_min,
            popularity=product.popularity,
        ))
    return documents


def _vocabulary(documents: list[SearchDocument]) -> set[str]:
    words: set[str] = set()
    for document in documents:
        words.update(document.title_terms.split())
        words.update(document.body_terms.split())
    return {word for word in words if _VOCABULARY_TERM.match(word)}


@transaction.atomic
def search_index_products(product_ids: Iterable[int]) -> int:
    """(Re)index these products; ids of deleted products drop out of the index. Idempotent."""
    ids = list(dict.fromkeys(product_ids))
    indexed = 0
    category_names = _category_names()  # small, and the same for every batch
    for start in range(0, len(ids), INDEX_BATCH):
        batch = ids[start:start + INDEX_BATCH]
        documents = search_documents_for(batch, category_names)
        current_backend().write_documents(documents)
        SearchDocument.objects.filter(product_id__in=set(batch) - {d.product_id for d in documents}).delete()
        SearchTerm.objects.bulk_create([SearchTerm(term=term) for term in sorted(_vocabulary(documents))], ignore_conflicts=True)
        indexed += len(documents)
    return indexed


def search_index_all() -> int:
    return search_index_products(Product.objects.order_by("pk").values_list("pk", flat=True))


def search_reindex_later(product_ids: Iterable[int]) -> None:
    """Reindex after the current transaction commits (a rolled-back change never reaches the index)."""
    ids = list(product_ids)
    if ids:
        run_after_commit(search_index_products, ids)


def search_reindex_seller_later(seller: Seller) -> None:
    search_reindex_later(seller.products.values_list("pk", flat=True))
