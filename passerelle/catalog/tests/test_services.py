from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from passerelle.catalog.models import Product, Variant
from passerelle.catalog.services import check_hs_code, product_image_add, product_update, variant_create, variant_update
from passerelle.conftest import make_product, png_upload
from passerelle.core.errors import InvalidInput

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("raw, expected", [("090121", "090121"), ("0901.21", "090121"), ("0901 21 00 10", "0901210010")])
def test_hs_code_accepts_six_to_ten_digits_with_separators(raw: str, expected: str) -> None:
    assert check_hs_code(raw) == expected


@pytest.mark.parametrize("raw", ["", "0901", "09012", "09012100101", "0901AB", "-90121"])
def test_hs_code_rejects_malformed_codes_naming_the_field(raw: str) -> None:
    with pytest.raises(InvalidInput) as error:
        check_hs_code(raw)
    assert error.value.field == "hs_code"
    assert "6 to 10 digits" in error.value.message


def test_product_create_sets_listing_summary(coffee: Product) -> None:
    assert coffee.price_min == Decimal("12.50")
    assert coffee.currency == "USD"
    assert coffee.in_stock is True
    assert list(coffee.variants.values_list("sku", flat=True)) == ["RUI-AA-250", "RUI-AA-1KG"]


def test_description_is_sanitized(kenya_coffee, categories) -> None:  # type: ignore[no-untyped-def]
    product = make_product(
        kenya_coffee, categories["coffee"], "Sanitized",
        [{"sku": "S-1", "price": "1.00", "weight_grams": 100, "stock": 1}],
        description='<p onclick="steal()">Fruity <strong>notes</strong></p><script>alert(1)</script><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>',
    )
    assert "<script" not in product.description
    assert "alert" not in product.description
    assert "onclick" not in product.description
    assert "javascript:" not in product.description
    assert "<strong>notes</strong>" in product.description


def test_sku_clash_within_a_seller_is_refused_and_nothing_is_saved(coffee: Product) -> None:
    with pytest.raises(InvalidInput) as error:
        variant_create(product=coffee, data={"sku": "RUI-AA-250", "price": "9.00", "weight_grams": 100, "stock": 1})
    assert error.value.field == "sku"
    assert error.value.code == "sku_taken"
    assert coffee.variants.count() == 2


def test_same_sku_is_allowed_for_another_seller(coffee: Product, watch: Product) -> None:
    variant = variant_create(product=watch, data={"sku": "RUI-AA-250", "price": "10.00", "weight_grams": 100, "stock": 1})
    assert variant.sku == "RUI-AA-250"


def test_database_refuses_negative_stock(coffee: Product) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Variant.objects.filter(product=coffee).update(stock=-1)


@pytest.mark.parametrize(
    "data, field",
    [
        ({"stock": -1}, "stock"),
        ({"stock": "many"}, "stock"),
        ({"price": "0"}, "price"),
        ({"price": "-3"}, "price"),
        ({"price": "12.345"}, "price"),
        ({"price": "abc"}, "price"),
        ({"price": "1e40"}, "price"),
        ({"weight_grams": 0}, "weight_grams"),
        ({"options": ["size"]}, "options"),
    ],
)
def test_variant_update_rejects_bad_values_and_keeps_the_old_ones(coffee: Product, data: dict, field: str) -> None:
    variant = coffee.variants.get(sku="RUI-AA-250")
    with pytest.raises(InvalidInput) as error:
        variant_update(variant=variant, data=data)
    assert error.value.field == field
    variant.refresh_from_db()
    assert (variant.stock, variant.price, variant.weight_grams) == (40, Decimal("12.50"), 280)


def test_zero_decimal_currency_refuses_cents(jura_watches, categories) -> None:  # type: ignore[no-untyped-def]
    jura_watches.currency = "JPY"
    jura_watches.save()
    with pytest.raises(InvalidInput) as error:
        make_product(jura_watches, categories["watches"], "Yen watch", [{"sku": "Y-1", "price": "1000.50", "weight_grams": 100, "stock": 1}])
    assert "JPY" in error.value.message
    assert not Product.objects.filter(title="Yen watch").exists()


def test_unknown_origin_country_is_refused(coffee: Product) -> None:
    with pytest.raises(InvalidInput) as error:
        product_update(product=coffee, data={"origin_country": "XX"})
    assert error.value.field == "origin_country"


def test_archiving_hides_from_listing_summary_but_keeps_row(coffee: Product) -> None:
    product_update(product=coffee, data={"status": "archived"})
    assert Product.objects.get(pk=coffee.pk).status == "archived"


def test_image_upload_accepts_real_images(coffee: Product) -> None:
    image = product_image_add(product=coffee, upload=png_upload("bag.png"))
    assert (image.width, image.height) == (6, 4)


def test_image_upload_rejects_non_images(coffee: Product) -> None:
    with pytest.raises(InvalidInput) as error:
        product_image_add(product=coffee, upload=SimpleUploadedFile("bag.png", b"<?php system($_GET[1]);", "image/png"))
    assert (error.value.field, error.value.code) == ("image", "not_an_image")
    assert coffee.images.count() == 0


def test_image_upload_rejects_oversized_files(coffee: Product, settings) -> None:  # type: ignore[no-untyped-def]
    settings.PRODUCT_IMAGE_MAX_BYTES = 20
    with pytest.raises(InvalidInput) as error:
        product_image_add(product=coffee, upload=png_upload("bag.png"))
    assert error.value.code == "image_too_large"
    assert coffee.images.count() == 0
