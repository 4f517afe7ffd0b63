"""One shop can neither see nor change another shop's products, variants or orders: pages and API answer 404."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from passerelle.catalog.models import Product, ProductImage, Variant
from passerelle.fulfillment.models import Shipment
from passerelle.orders.models import Order, SubOrder

pytestmark = pytest.mark.django_db


def _png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (10, 20, 30)).save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def _jura_state(watch: Product, order: Order) -> dict[str, Any]:
    """Everything seller A might try to change on seller B's side."""
    sub = order.sub_orders.get(seller=watch.seller)
    return {
        "product": Product.objects.filter(pk=watch.pk).values("title", "status", "hs_code", "origin_country", "price_min", "in_stock", "updated_at").get(),
        "variants": list(Variant.objects.filter(product=watch).values("sku", "price", "stock", "weight_grams", "is_active", "updated_at")),
        "images": ProductImage.objects.filter(product=watch).count(),
        "sub_order": SubOrder.objects.filter(pk=sub.pk).values("status", "shipped_at", "updated_at").get(),
        "shipments": Shipment.objects.count(),
    }


# Each attack: (method, path, POST data) built from seller B's watch, its variant and B's sub-order.
Attack = Callable[[Product, Variant, SubOrder], tuple[str, str, dict[str, Any]]]

PAGE_ATTACKS: dict[str, Attack] = {
    "product-edit-page": lambda p, v, s: ("get", f"/dashboard/products/{p.pk}/", {}),
    "product-edit-post": lambda p, v, s: ("post", f"/dashboard/products/{p.pk}/", {"title": "Stolen", "category": p.category_id, "hs_code": "910211", "origin_country": "CH"}),
    "variant-save": lambda p, v, s: ("post", f"/dashboard/variants/{v.pk}/", {f"v{v.pk}-price": "1.00", f"v{v.pk}-stock": "0", f"v{v.pk}-weight_grams": "300", f"v{v.pk}-is_active": "on"}),
    "variant-add": lambda p, v, s: ("post", f"/dashboard/products/{p.pk}/variants/", {"sku": "FAKE-1", "price": "1.00", "weight_grams": "10", "stock": "1"}),
    "image-upload": lambda p, v, s: ("post", f"/dashboard/products/{p.pk}/images/", {"image": _png()}),
    "archive": lambda p, v, s: ("post", f"/dashboard/products/{p.pk}/archive/", {}),
    "sub-order-page": lambda p, v, s: ("get", f"/dashboard/orders/{s.pk}/", {}),
    "ship": lambda p, v, s: ("post", f"/dashboard/orders/{s.pk}/", {"carrier": "DHL Express", "tracking_number": "JD0146000012"}),
}

API_ATTACKS: dict[str, Attack] = {
    "get-product": lambda p, v, s: ("get", f"/api/v1/seller/products/{p.pk}", {}),
    "patch-product": lambda p, v, s: ("patch", f"/api/v1/seller/products/{p.pk}", {"title": "Stolen", "status": "archived"}),
    "delete-product": lambda p, v, s: ("delete", f"/api/v1/seller/products/{p.pk}", {}),
    "add-variant": lambda p, v, s: ("post", f"/api/v1/seller/products/{p.pk}/variants", {"sku": "FAKE-1", "price": "1.00", "weight_grams": 10, "stock": 1}),
    "patch-variant": lambda p, v, s: ("patch", f"/api/v1/seller/variants/{v.pk}", {"stock": 0, "price": "1.00"}),
    "get-order": lambda p, v, s: ("get", f"/api/v1/seller/orders/{s.pk}", {}),
    "ship": lambda p, v, s: ("post", f"/api/v1/seller/orders/{s.pk}/shipment", {"carrier": "DHL Express", "tracking_number": "JD0146000012"}),
}


@pytest.mark.parametrize("attack", PAGE_ATTACKS.values(), ids=PAGE_ATTACKS.keys())
def test_dashboard_pages_answer_404_for_another_shops_objects(seller_client: Client, watch: Product, paid_order: Order, attack: Attack) -> None:
    before = _jura_state(watch, paid_order)
    method, path, data = attack(watch, watch.variants.get(), paid_order.sub_orders.get(seller=watch.seller))
    response = getattr(seller_client, method)(path, data)
    assert response.status_code == 404
    assert _jura_state(watch, paid_order) == before
    assert Variant.objects.filter(sku="FAKE-1").count() == 0


@pytest.mark.parametrize("attack", API_ATTACKS.values(), ids=API_ATTACKS.keys())
def test_seller_api_answers_404_for_another_shops_objects(seller_token: str, watch: Product, paid_order: Order, attack: Attack) -> None:
    before = _jura_state(watch, paid_order)
    method, path, data = attack(watch, watch.variants.get(), paid_order.sub_orders.get(seller=watch.seller))
    response = getattr(Client(), method)(path, data, content_type="application/json", headers={"Authorization": f"Bearer {seller_token}"})
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert _jura_state(watch, paid_order) == before
    assert Variant.objects.filter(sku="FAKE-1").count() == 0


def test_another_shops_ids_answer_like_ids_that_do_not_exist(seller_token: str, watch: Product) -> None:
    """The same 404 for 'not yours' and 'no such id', so ids cannot be probed."""
    api = Client(headers={"Authorization": f"Bearer {seller_token}"})
    theirs = api.get(f"/api/v1/seller/products/{watch.pk}").json()
    missing = api.get("/api/v1/seller/products/999999").json()
    assert theirs == {"code": "not_found", "message": f"product: no product {watch.pk} in your shop", "field": "product_id"}
    assert missing == {"code": "not_found", "message": "product: no product 999999 in your shop", "field": "product_id"}


def test_own_lists_never_include_the_other_shop(seller_client: Client, seller_token: str, coffee: Product, watch: Product, paid_order: Order) -> None:
    api = Client(headers={"Authorization": f"Bearer {seller_token}"})
    coffee_sub, watch_sub = paid_order.sub_orders.get(seller=coffee.seller), paid_order.sub_orders.get(seller=watch.seller)
    assert [p["id"] for p in api.get("/api/v1/seller/products").json()] == [coffee.pk]
    assert [s["id"] for s in api.get("/api/v1/seller/orders").json()] == [coffee_sub.pk]
    page = seller_client.get("/dashboard/orders/").content.decode()
    assert coffee_sub.number in page
    assert watch_sub.number not in page
    products_page = seller_client.get("/dashboard/products/").content.decode()
    assert "Kenya AA whole bean" in products_page
    assert "Automatic watch" not in products_page


def test_signed_out_visitors_are_sent_to_sign_in(client: Client, watch: Product) -> None:
    response = client.get(f"/dashboard/products/{watch.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next=/dashboard/products/{watch.pk}/"
    archive = client.post(f"/dashboard/products/{watch.pk}/archive/")
    assert archive.status_code == 302
    assert Product.objects.get(pk=watch.pk).status == "active"
