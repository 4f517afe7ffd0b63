"""A seller's products through the dashboard pages: create with a photo, refusals that save nothing, stock, archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from passerelle.catalog.models import Category, Product, ProductImage, Variant
from passerelle.conftest import make_lot, png_upload
from passerelle.sellers.models import Seller


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]


def _new_product(categories: dict[str, Category], **changes: Any) -> dict[str, Any]:
    return {
        "title": "Kenya peaberry", "category": categories["whole-bean"].pk, "hs_code": "0901.21", "origin_country": "KE", "brand": "Ruiru",
        "description": "<p>Round beans.</p>", "sku": "RUI-PB-250", "option_name": "size", "option_value": "250 g", "price": "14.00",
        "weight_grams": "280", "stock": "12", "image": png_upload(), **changes,
    }


def _media_files() -> list[Path]:
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def _variant_form(variant: Variant, **changes: str) -> dict[str, str]:
    fields = {"price": str(variant.price), "stock": str(variant.stock), "stock_seen": str(variant.stock), "weight_grams": str(variant.weight_grams), "is_active": "on", **changes}
    return {f"v{variant.pk}-{name}": value for name, value in fields.items() if value is not None}


def test_create_a_product_with_a_photo(seller_client: Client, kenya_coffee: Seller, categories: dict[str, Category]) -> None:
    assert seller_client.get("/dashboard/products/new/").status_code == 200
    response = seller_client.post("/dashboard/products/new/", _new_product(categories))
    product = Product.objects.get()
    assert (response.status_code, response["Location"]) == (302, f"/dashboard/products/{product.pk}/")
    assert (product.seller, product.title, product.hs_code, product.origin_country, product.currency, str(product.price_min), product.status) == (
        kenya_coffee, "Kenya peaberry", "090121", "KE", "USD", "14.0000", "active",
    )
    assert list(product.variants.values_list("sku", "options", "stock")) == [("RUI-PB-250", {"size": "250 g"}, 12)]
    image = ProductImage.objects.get()
    assert (image.product, image.width, image.height) == (product, 6, 4)
    assert image.image.name.startswith("products/") and image.image.name.endswith(".png")
    assert len(_media_files()) == 1
    store = Client().get(f"/p/{product.pk}/{product.slug}/").content.decode()
    assert f'<img src="/media/{image.image.name}"' in store


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"hs_code": "09.01"}, "hs_code", "hs_code: '09.01' is not an HS code; give 6 to 10 digits, for example 090121 for roasted coffee"),
        ({"sku": "RUI-AA-250"}, "sku", "sku: 'RUI-AA-250' is already used by another of your variants"),
        ({"image": SimpleUploadedFile("photo.png", b"GIF89a not really", content_type="image/png")}, "image", "image: the file is not an image; upload a JPEG, PNG, WebP or GIF"),
        ({"image": SimpleUploadedFile("notes.txt", b"hello", content_type="text/plain")}, "image", "image: the file is not an image; upload a JPEG, PNG, WebP or GIF"),
        ({"price": "14.005"}, "price", "price: 14.005 has more decimals than USD allows (14.01 would be accepted)"),
        ({"stock": "-1"}, "stock", "Ensure this value is greater than or equal to 0."),
        ({"origin_country": "XX"}, "origin_country", "Select a valid choice. XX is not one of the available choices."),
    ],
    ids=["malformed-hs-code", "sku-clash", "fake-png", "text-file", "price-decimals", "negative-stock", "unknown-origin"],
)
def test_bad_product_input_shows_a_field_error_and_saves_nothing(
    seller_client: Client, coffee: Product, categories: dict[str, Category], changes: dict[str, Any], field: str, message: str
) -> None:
    response = seller_client.post("/dashboard/products/new/", _new_product(categories, **changes))
    assert response.status_code == 200
    assert response.context["form"].errors == {field: [message]}
    assert message.replace("'", "&#x27;") in response.content.decode()
    assert list(Product.objects.values_list("title", flat=True)) == ["Kenya AA whole bean"]
    assert sorted(Variant.objects.values_list("sku", flat=True)) == ["RUI-AA-1KG", "RUI-AA-250"]
    assert ProductImage.objects.count() == 0
    assert _media_files() == []


def test_edit_page_and_product_update(seller_client: Client, coffee: Product, categories: dict[str, Category]) -> None:
    page = seller_client.get(f"/dashboard/products/{coffee.pk}/").content.decode()
    assert "Save RUI-AA-250" in page and "Save RUI-AA-1KG" in page
    data = {"title": "Kenya AA, whole bean", "category": categories["coffee"].pk, "hs_code": "0901 21 00", "origin_country": "KE", "brand": "", "description": ""}
    response = seller_client.post(f"/dashboard/products/{coffee.pk}/", data)
    assert (response.status_code, response["Location"]) == (302, f"/dashboard/products/{coffee.pk}/")
    coffee.refresh_from_db()
    assert (coffee.title, coffee.slug, coffee.hs_code, coffee.category.slug) == ("Kenya AA, whole bean", "kenya-aa-whole-bean", "09012100", "coffee")


def test_variant_stock_edit(seller_client: Client, coffee: Product) -> None:
    large = coffee.variants.get(sku="RUI-AA-1KG")
    response = seller_client.post(f"/dashboard/variants/{large.pk}/", _variant_form(large, stock="25", price="37.50"))
    assert (response.status_code, response["Location"]) == (302, f"/dashboard/products/{coffee.pk}/")
    large.refresh_from_db()
    assert (large.stock, str(large.price)) == (25, "37.5000")


def test_stock_edit_refuses_to_undo_an_order_placed_since_the_page_loaded(seller_client: Client, coffee: Product) -> None:
    large = coffee.variants.get(sku="RUI-AA-1KG")  # the page shows 5
    form = _variant_form(large, stock="9")
    Variant.objects.filter(pk=large.pk).update(stock=3)  # a buyer's checkout took 2 meanwhile
    response = seller_client.post(f"/dashboard/variants/{large.pk}/", form)
    assert response.status_code == 422
    assert "stock: it changed from 5 to 3 since you loaded it" in response.content.decode()
    assert Variant.objects.get(pk=large.pk).stock == 3


def test_price_edit_leaves_stock_taken_by_orders_meanwhile(seller_client: Client, coffee: Product) -> None:
    large = coffee.variants.get(sku="RUI-AA-1KG")
    form = _variant_form(large, price="41.00")  # stock field left at the 5 the page showed
    Variant.objects.filter(pk=large.pk).update(stock=3)
    seller_client.post(f"/dashboard/variants/{large.pk}/", form)
    large.refresh_from_db()
    assert (large.stock, str(large.price)) == (3, "41.0000")


def test_deactivating_a_variant_updates_the_listing_price(seller_client: Client, coffee: Product) -> None:
    small = coffee.variants.get(sku="RUI-AA-250")
    seller_client.post(f"/dashboard/variants/{small.pk}/", _variant_form(small, is_active=None))  # checkbox left unticked
    coffee.refresh_from_db()
    assert (Variant.objects.get(pk=small.pk).is_active, str(coffee.price_min)) == (False, "39.0000")


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"stock": "-3"}, "stock", "Ensure this value is greater than or equal to 0."),
        ({"stock": "ten"}, "stock", "Enter a whole number."),
        ({"price": "12.505"}, "price", "price: 12.505 has more decimals than USD allows (12.51 would be accepted)"),
        ({"price": "0"}, "price", "price: must be greater than zero"),
    ],
)
def test_bad_variant_edit_is_refused_and_changes_nothing(seller_client: Client, coffee: Product, changes: dict[str, str], field: str, message: str) -> None:
    large = coffee.variants.get(sku="RUI-AA-1KG")
    before = Variant.objects.filter(pk=large.pk).values("price", "stock", "weight_grams", "is_active", "updated_at").get()
    response = seller_client.post(f"/dashboard/variants/{large.pk}/", _variant_form(large, **changes))
    assert response.status_code == 422
    forms = {variant.sku: form for variant, form in response.context["stock_forms"]}
    assert forms["RUI-AA-1KG"].errors == {field: [message]}
    assert forms["RUI-AA-250"].errors == {}
    assert message.replace("'", "&#x27;") in response.content.decode()
    assert Variant.objects.filter(pk=large.pk).values("price", "stock", "weight_grams", "is_active", "updated_at").get() == before


def test_add_a_variant_and_a_photo(seller_client: Client, coffee: Product) -> None:
    added = seller_client.post(f"/dashboard/products/{coffee.pk}/variants/", {"sku": "RUI-AA-5KG", "option_name": "size", "option_value": "5 kg", "price": "180.00", "weight_grams": "5100", "stock": "2"})
    assert added.status_code == 302
    assert list(coffee.variants.values_list("sku", flat=True)) == ["RUI-AA-250", "RUI-AA-1KG", "RUI-AA-5KG"]
    clash = seller_client.post(f"/dashboard/products/{coffee.pk}/variants/", {"sku": "RUI-AA-5KG", "price": "1.00", "weight_grams": "1", "stock": "1"})
    assert clash.status_code == 422
    assert clash.context["variant_form"].errors == {"sku": ["sku: 'RUI-AA-5KG' is already used by another of your variants"]}
    assert coffee.variants.count() == 3

    photo = seller_client.post(f"/dashboard/products/{coffee.pk}/images/", {"image": png_upload()})
    assert photo.status_code == 302
    not_a_photo = seller_client.post(f"/dashboard/products/{coffee.pk}/images/", {"image": SimpleUploadedFile("x.jpg", b"\xff\xd8 not jpeg")})
    assert not_a_photo.status_code == 422
    assert not_a_photo.context["image_form"].errors == {"image": ["image: the file is not an image; upload a JPEG, PNG, WebP or GIF"]}
    assert ProductImage.objects.filter(product=coffee).count() == 1


def test_archive_hides_the_product_and_restore_lists_it_again(seller_client: Client, coffee: Product) -> None:
    buyer = Client()
    response = seller_client.post(f"/dashboard/products/{coffee.pk}/archive/")
    assert (response.status_code, response["Location"]) == (302, "/dashboard/products/")
    assert Product.objects.get(pk=coffee.pk).status == "archived"
    assert buyer.get(f"/p/{coffee.pk}/{coffee.slug}/").status_code == 404
    row = f'<a href="/dashboard/products/{coffee.pk}/">Kenya AA whole bean</a>'
    assert row not in seller_client.get("/dashboard/products/").content.decode()
    assert row in seller_client.get("/dashboard/products/?status=archived").content.decode()

    seller_client.post(f"/dashboard/products/{coffee.pk}/archive/", {"restore": "1"})
    assert Product.objects.get(pk=coffee.pk).status == "active"
    assert buyer.get(f"/p/{coffee.pk}/{coffee.slug}/").status_code == 200


def test_archive_needs_a_post(seller_client: Client, coffee: Product) -> None:
    assert seller_client.get(f"/dashboard/products/{coffee.pk}/archive/").status_code == 405
    assert Product.objects.get(pk=coffee.pk).status == "active"


def test_product_list_query_count_is_the_same_for_2_and_20_products(seller_client: Client, kenya_coffee: Seller, categories: dict[str, Category]) -> None:
    def add(n: int) -> None:
        make_lot(kenya_coffee, categories["whole-bean"], n)

    for n in range(2):
        add(n)
    with CaptureQueriesContext(connection) as two:
        assert seller_client.get("/dashboard/products/").content.decode().count("Lot ") == 2
    for n in range(2, 20):
        add(n)
    with CaptureQueriesContext(connection) as twenty:
        assert seller_client.get("/dashboard/products/").content.decode().count("Lot ") == 20
    assert len(two) == len(twenty)
