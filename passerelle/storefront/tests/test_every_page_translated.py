"""Every buyer and seller page, rendered in every language, with no untranslated interface text.

Two checks, because each catches what the other cannot:
- every gettext lookup made while rendering must find a translation (a string marked for translation
  but missing from, or empty in, the catalogue fails here, in all nine languages);
- in the languages that do not use the Latin alphabet, the visible text must hold no English words
  besides the data the test itself put in (names, titles, SKUs) and a short list of codes (a string
  someone forgot to mark for translation fails here).
Text inside an element with its own `lang` (a product shown in its seller's language, a rule's legal
source) is the content's language, not the interface's, and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.utils.translation import trans_real

from passerelle.accounts.services import buyer_signup
from passerelle.catalog.models import Category, Product
from passerelle.conftest import place_order
from passerelle.core.translations import read_catalogue
from passerelle.fulfillment.models import Shipment
from passerelle.fulfillment.services import sub_order_ship
from passerelle.orders.models import Order, SubOrder
from passerelle.sellers.models import Seller
from passerelle.storefront.cart_session import SESSION_KEY

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing", "fx_rates")]

TRANSLATED = [code for code, _ in settings.LANGUAGES if code != "en"]
NON_LATIN = ("zh-hans", "ja", "ko", "th", "ar")
# Codes and names that read the same in every language.
# Codes (currencies, countries, file types: any word in capitals) read the same in every language too.
ALLOWED_WORDS = {
    "Passerelle", "Bearer", "Authorization", "WebP", "kg", "ml", "mm", "cm",
    # HS descriptions are English-only, so the HS helper's examples stay English in every language.
    "coffee", "handbag",
}
CODE = re.compile(r"^[A-Z0-9]{2,5}$")


@pytest.fixture
def marketplace(coffee: Product, watch: Product, address: dict[str, str], kenya_coffee: Seller) -> dict[str, Any]:
    buyer = buyer_signup(email="li.wei@example.com", password="a long test passphrase")
    paid = place_order([(coffee, "RUI-AA-250", 1)], address, paid=True)
    Order.objects.filter(pk=paid.pk).update(buyer=buyer)
    shipped = place_order([(coffee, "RUI-AA-1KG", 1)], address, paid=True)
    sub_order_ship(sub_order=SubOrder.objects.get(order=shipped), carrier="DHL Express", tracking_number="JD014600006281230704")
    pending = place_order([(watch, "JUR-AUTO-1", 1)], address, paid=False)
    return {"coffee": coffee, "watch": watch, "seller": kenya_coffee, "buyer": buyer, "paid": paid, "shipped": shipped, "pending": pending,
            "sub_order": SubOrder.objects.get(order=paid)}


def _pages(m: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(who, path, name): who is "buyer" (cart filled, signed in) or "seller"."""
    coffee, paid, pending, shipped = m["coffee"], m["paid"], m["pending"], m["shipped"]
    return [
        ("buyer", "/", "home"), ("buyer", "/products/", "all products"), ("buyer", "/search/?q=kenya", "search"),
        ("buyer", "/search/?q=zzzzqq", "search, nothing found"), ("buyer", "/c/coffee/", "category"),
        ("buyer", f"/p/{coffee.pk}/{coffee.slug}/", "product"), ("buyer", f"/shops/{m['seller'].slug}/", "shop"),
        ("buyer", "/cart/", "cart"), ("buyer", "/checkout/", "checkout"),
        ("buyer", f"/orders/{pending.pk}/{pending.token}/pay/", "pay"), ("buyer", f"/orders/{paid.pk}/{paid.token}/?confirmed=1", "order"),
        ("buyer", f"/orders/{shipped.pk}/{shipped.token}/", "shipped order"), ("buyer", "/accounts/orders/", "my orders"),
        ("anonymous", "/accounts/login/", "sign in"), ("anonymous", "/accounts/signup/", "buyer sign-up"), ("anonymous", "/cart/", "empty cart"),
        ("anonymous", "/dashboard/signup/", "seller sign-up"),
        ("seller", "/dashboard/", "dashboard"), ("seller", "/dashboard/products/", "seller products"),
        ("seller", f"/dashboard/products/{coffee.pk}/", "product editor"), ("seller", f"/dashboard/products/{coffee.pk}/translations/ja/", "translation editor"),
        ("seller", "/dashboard/products/new/", "new product"), ("seller", "/dashboard/orders/", "seller orders"),
        ("seller", f"/dashboard/orders/{m['sub_order'].pk}/", "order to ship"), ("seller", "/dashboard/profile/", "shop profile"),
        ("seller", "/dashboard/api-tokens/", "API tokens"), ("seller", "/dashboard/hs-suggest/?title=coffee", "HS suggestions"),
    ]


class _VisibleText(HTMLParser):
    """Text a reader sees (and placeholder / aria-label attributes), outside elements marked with another `lang`."""

    SKIPPED = {"script", "style", "code", "datalist"}
    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}

    def __init__(self, page_language: str) -> None:
        super().__init__()
        self.page_language = page_language
        self.stack: list[bool] = []  # per open element: is its text skipped?
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        skipped = bool(self.stack and self.stack[-1]) or tag in self.SKIPPED or (
            "lang" in attributes and tag != "html" and attributes["lang"] != self.page_language)
        if not skipped:
            self.chunks += [value for name, value in attrs if name in ("placeholder", "aria-label", "title") and value]
        if tag not in self.VOID:
            self.stack.append(skipped)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.chunks.append(data)


def _data_words() -> set[str]:
    """Every word of the data the fixtures stored: it is content, shown as written."""
    words: set[str] = set()
    texts: list[str] = []
    for product in Product.objects.all():
        texts += [product.title, product.brand, product.slug, product.hs_code, product.description, *product.variants.values_list("sku", flat=True)]
        texts += [str(value) for variant in product.variants.all() for value in variant.options.values()]
    for seller in Seller.objects.all():
        texts += [seller.name, seller.city, seller.description, seller.story, seller.slug, seller.owner.email]
    texts += list(Category.objects.values_list("name", flat=True))
    for order in Order.objects.all():
        texts += [order.number, order.email, order.shipping_name, order.shipping_line1, order.shipping_city, order.shipping_region]
    texts += list(Shipment.objects.values_list("carrier", flat=True)) + list(Shipment.objects.values_list("tracking_number", flat=True))
    texts.append("zzzzqq")  # the test's own search
    for text in texts:
        words.update(re.findall(r"[A-Za-z]+", text or ""))
    return words


@pytest.fixture
def gettext_misses() -> Iterator[set[tuple[str, str]]]:
    """(language, message) for every lookup that came back untranslated although our catalogue should have it."""
    catalogues = {
        language: {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in read_catalogue(po) if m.id}
        for language in TRANSLATED
        for po in [Path(settings.LOCALE_PATHS[0]) / trans_real.to_locale(language) / "LC_MESSAGES" / "django.po"]
    }
    misses: set[tuple[str, str]] = set()
    original_gettext, original_ngettext = trans_real.DjangoTranslation.gettext, trans_real.DjangoTranslation.ngettext

    def gettext(self: Any, message: str) -> str:
        result = original_gettext(self, message)
        _note(self, message.split("\x04")[-1], result == message)
        return result

    def ngettext(self: Any, singular: str, plural: str, number: int) -> str:
        result = original_ngettext(self, singular, plural, number)
        _note(self, singular.split("\x04")[-1], result in (singular, plural))
        return result

    def _note(translation: Any, message: str, unchanged: bool) -> None:
        language = translation.language()
        if language in catalogues and unchanged and re.search("[A-Za-z]{2}", message):
            known = catalogues[language].get(message)
            if known is None or not (known if isinstance(known, str) else all(known)) or known != message:
                misses.add((language, message))

    trans_real.DjangoTranslation.gettext = gettext  # type: ignore[method-assign]
    trans_real.DjangoTranslation.ngettext = ngettext  # type: ignore[method-assign]
    try:
        yield misses
    finally:
        trans_real.DjangoTranslation.gettext = original_gettext  # type: ignore[method-assign]
        trans_real.DjangoTranslation.ngettext = original_ngettext  # type: ignore[method-assign]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_page_is_fully_translated(language: str, marketplace: dict[str, Any], gettext_misses: set[tuple[str, str]]) -> None:
    clients = {"anonymous": Client(), "buyer": Client(), "seller": Client()}
    clients["buyer"].force_login(marketplace["buyer"])
    clients["buyer"].post(f"/{language}/cart/add/", {"variant_id": marketplace["coffee"].variants.get(sku="RUI-AA-250").pk, "quantity": 2})
    assert clients["buyer"].session.get(SESSION_KEY)
    clients["seller"].force_login(marketplace["seller"].owner)
    allowed = ALLOWED_WORDS | _data_words()
    english_left: dict[str, list[str]] = {}
    for who, path, name in _pages(marketplace):
        response = clients[who].get(f"/{language}{path}")
        assert response.status_code == 200, (language, name, response.status_code)
        html = response.content.decode()
        assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html, (language, name)
        if language in NON_LATIN:
            parser = _VisibleText(language)
            parser.feed(html)
            words = {word for chunk in parser.chunks for word in re.findall(r"[A-Za-z][A-Za-z']+", chunk) if not CODE.match(word)} - allowed
            if words:
                english_left[name] = sorted(words)
    assert not english_left, f"English left on {language} pages: {english_left}"
    assert not sorted(gettext_misses), f"untranslated messages: {sorted(gettext_misses)[:40]}"
