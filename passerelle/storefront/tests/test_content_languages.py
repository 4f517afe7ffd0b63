"""Buyers read products in their language, or in the seller's with a note saying so."""

from __future__ import annotations

import pytest
from django.test import Client

from passerelle.catalog.models import Product
from passerelle.catalog.services import product_translation_set
from passerelle.sellers.models import SellerTranslation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing", "fx_rates")]


def test_a_translated_product_page_reads_in_the_buyers_language(buyer: Client, coffee: Product) -> None:
    product_translation_set(product=coffee, language="ja", title="ケニア AA コーヒー豆", description="<p>明るい酸味。</p>")
    html = buyer.get(f"/ja/p/{coffee.pk}/{coffee.slug}/").content.decode()
    assert "<h1>ケニア AA コーヒー豆</h1>" in html and "<p>明るい酸味。</p>" in html
    assert "Kenya AA whole bean" not in html.split("<main")[1].split("</h1>")[0]
    assert 'class="muted lang-note"' not in html


def test_an_untranslated_product_shows_the_original_marked_with_its_language(buyer: Client, coffee: Product) -> None:
    html = buyer.get(f"/ko/p/{coffee.pk}/{coffee.slug}/").content.decode()
    assert '<h1 lang="en">Kenya AA whole bean</h1>' in html
    assert 'class="muted lang-note"' in html and "English" in html


def test_cards_in_listings_use_the_translation(buyer: Client, coffee: Product, watch: Product) -> None:
    product_translation_set(product=coffee, language="zh-hans", title="肯尼亚 AA 咖啡豆")
    html = buyer.get("/zh-hans/products/").content.decode()
    assert '<span class="title">肯尼亚 AA 咖啡豆</span>' in html
    assert '<span class="title" lang="en">Automatic watch, steel</span>' in html


def test_the_shop_description_follows_the_language(buyer: Client, coffee: Product) -> None:
    seller = coffee.seller
    seller.description = "Farmer-owned cooperative"
    seller.save()
    SellerTranslation.objects.create(seller=seller, language="ja", description="農家が所有する協同組合", status="reviewed")
    assert "農家が所有する協同組合" in buyer.get(f"/ja/shops/{seller.slug}/").content.decode()
    assert '<p lang="en">Farmer-owned cooperative</p>' in buyer.get(f"/th/shops/{seller.slug}/").content.decode()


def test_a_refusal_from_the_services_reads_in_the_buyers_language(buyer: Client, coffee: Product) -> None:
    """Errors name the field as the API does (quantity:) and explain in the page's language."""
    variant = coffee.variants.get(sku="RUI-AA-250")
    buyer.post("/ja/cart/add/", {"variant_id": variant.pk, "quantity": 1})
    page = buyer.post("/ja/cart/update/", {"variant_id": variant.pk, "quantity": "two"}, follow=True).content.decode()
    assert "quantity: &#x27;two&#x27; は整数ではありません" in page
    assert "is not a whole number" not in page


def test_a_translated_title_without_a_description_marks_the_description_as_the_sellers(buyer: Client, coffee: Product) -> None:
    product_translation_set(product=coffee, language="ja", title="ケニア AA コーヒー豆")
    html = buyer.get(f"/ja/p/{coffee.pk}/{coffee.slug}/").content.decode()
    assert '<div class="description" lang="en"><p>Good.</p></div>' in html


@pytest.mark.parametrize("query", ["", "\x00\x1b", "x" * 500, '"*NEAR(', "' OR 1=1 --"])
def test_the_autocomplete_answers_odd_input_with_an_empty_or_plain_list(buyer: Client, coffee: Product, query: str) -> None:
    response = buyer.get("/ja/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response.content.decode().strip() == ""  # no <option>: nothing matches these


def test_the_autocomplete_offers_titles_in_the_page_language(buyer: Client, coffee: Product, indexed: None) -> None:
    product_translation_set(product=coffee, language="ja", title="ケニア AA コーヒー豆")
    from passerelle.search.services import search_index_all

    search_index_all()
    assert buyer.get("/ja/search/suggest/", {"q": "ken"}).content.decode().strip() == '<option value="ケニア AA コーヒー豆">'
