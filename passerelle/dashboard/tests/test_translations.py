"""Sellers see which languages each product is in, and write or correct a translation from the dashboard."""

from __future__ import annotations

import pytest
from django.test import Client

from passerelle.catalog.models import Product, ProductTranslation
from passerelle.catalog.services import product_translation_set
from passerelle.core.models import TranslationStatus

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]


def test_the_product_page_lists_every_language_with_its_status(seller_client: Client, coffee: Product) -> None:
    product_translation_set(product=coffee, language="ja", title="ケニア AA コーヒー豆")
    product_translation_set(product=coffee, language="fr", title="Kenya AA en grains", status=TranslationStatus.MACHINE)
    html = seller_client.get(f"/dashboard/products/{coffee.pk}/").content.decode()
    assert html.count('class="badge out">missing<') == 7
    assert 'class="badge">machine<' in html and 'class="badge paid">reviewed<' in html
    assert "No machine translator is set up" in html
    assert f"/dashboard/products/{coffee.pk}/translations/ko/" in html
    assert f"/dashboard/products/{coffee.pk}/translations/en/" not in html  # the shop's own language


def test_saving_a_machine_translation_makes_it_reviewed(seller_client: Client, coffee: Product) -> None:
    product_translation_set(product=coffee, language="fr", title="Kenya AA en grain", status=TranslationStatus.MACHINE)
    page = seller_client.get(f"/dashboard/products/{coffee.pk}/translations/fr/")
    assert "This is a machine translation" in page.content.decode()
    response = seller_client.post(f"/dashboard/products/{coffee.pk}/translations/fr/", {"title": "Kenya AA en grains", "description": "<p>Vif.</p>"})
    assert response.status_code == 302
    translation = ProductTranslation.objects.get(product=coffee, language="fr")
    assert (translation.title, translation.description, translation.status) == ("Kenya AA en grains", "<p>Vif.</p>", TranslationStatus.REVIEWED)


def test_an_empty_title_is_refused_and_nothing_changes(seller_client: Client, coffee: Product) -> None:
    product_translation_set(product=coffee, language="ko", title="케냐 AA 원두")
    response = seller_client.post(f"/dashboard/products/{coffee.pk}/translations/ko/", {"title": "", "description": ""})
    assert response.status_code == 422
    assert ProductTranslation.objects.get(product=coffee, language="ko").title == "케냐 AA 원두"


def test_remove_and_unknown_languages(seller_client: Client, coffee: Product) -> None:
    product_translation_set(product=coffee, language="ko", title="케냐 AA 원두")
    assert seller_client.post(f"/dashboard/products/{coffee.pk}/translations/ko/", {"delete": "1"}).status_code == 302
    assert not ProductTranslation.objects.filter(product=coffee).exists()
    assert seller_client.get(f"/dashboard/products/{coffee.pk}/translations/tlh/").status_code == 404
    assert seller_client.get(f"/dashboard/products/{coffee.pk}/translations/en/").status_code == 404


def test_another_shops_product_is_404(seller_client: Client, watch: Product) -> None:
    assert seller_client.get(f"/dashboard/products/{watch.pk}/translations/ja/").status_code == 404


def test_the_overview_counts_products_missing_a_language(seller_client: Client, coffee: Product) -> None:
    assert "1 product title is not translated into every storefront language yet." in seller_client.get("/dashboard/").content.decode()


def test_the_shop_description_is_written_in_every_language_from_the_profile(seller_client: Client, kenya_coffee) -> None:
    from passerelle.sellers.models import SellerTranslation

    page = seller_client.get("/dashboard/profile/").content.decode()
    assert 'name="description_ja"' in page and 'name="description_en"' not in page  # the shop writes in English
    response = seller_client.post("/dashboard/profile/translations/", {"description_ja": "ケニアの農家の協同組合", "description_fr": " "})
    assert response.status_code == 302
    assert dict(SellerTranslation.objects.filter(seller=kenya_coffee).values_list("language", "description")) == {"ja": "ケニアの農家の協同組合"}
    seller_client.post("/dashboard/profile/translations/", {"description_ja": ""})
    assert not SellerTranslation.objects.filter(seller=kenya_coffee).exists()
    refused = seller_client.post("/dashboard/profile/translations/", {"description_ko": "x" * 301})
    assert refused.status_code == 422 and not SellerTranslation.objects.exists()
