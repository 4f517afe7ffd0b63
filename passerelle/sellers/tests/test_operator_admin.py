"""The operator's Django admin: changelists and searches load, and suspending a shop hides it from buyers."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from passerelle.accounts.models import User
from passerelle.catalog.models import Product
from passerelle.orders.models import Order
from passerelle.sellers.models import Seller

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator() -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("ops@example.com", "correct horse battery staple"))
    return client


def _page(client: Client, path: str, **params: str) -> str:
    response = client.get(path, params)
    assert response.status_code == 200, path
    return response.content.decode()


def test_seller_changelist_and_search(operator: Client, kenya_coffee: Seller, jura_watches: Seller) -> None:
    everyone = _page(operator, "/admin/sellers/seller/")
    assert "Ruiru Highlands Coffee Cooperative" in everyone and "Atelier Horloger du Jura" in everyone
    found = _page(operator, "/admin/sellers/seller/", q="ruiru")
    assert "Ruiru Highlands Coffee Cooperative" in found
    assert "Atelier Horloger du Jura" not in found
    assert "Atelier Horloger du Jura" in _page(operator, "/admin/sellers/seller/", q="watches@example.com")  # the owner's email


def test_product_changelist_and_search(operator: Client, coffee: Product, watch: Product) -> None:
    by_sku = _page(operator, "/admin/catalog/product/", q="JUR-AUTO-1")
    assert "Automatic watch, steel" in by_sku
    assert "Kenya AA whole bean" not in by_sku
    by_shop = _page(operator, "/admin/catalog/product/", q="ruiru")
    assert "Kenya AA whole bean" in by_shop
    assert "Automatic watch, steel" not in by_shop
    assert "Kenya AA whole bean" in _page(operator, f"/admin/catalog/product/{coffee.pk}/change/")


def test_order_changelist_and_search(operator: Client, paid_order: Order) -> None:
    assert paid_order.number in _page(operator, "/admin/orders/order/")
    assert paid_order.number in _page(operator, "/admin/orders/order/", q="li.wei@example.com")
    assert paid_order.number in _page(operator, "/admin/orders/order/", q=str(paid_order.pk))
    assert paid_order.number in _page(operator, "/admin/orders/order/", q="Atelier")  # a shop in the order
    assert paid_order.number not in _page(operator, "/admin/orders/order/", q="nobody@example.com")
    assert paid_order.number in _page(operator, f"/admin/orders/order/{paid_order.pk}/change/")


def test_fx_rate_changelist_and_search(operator: Client, fx_rates: None) -> None:
    found = _page(operator, "/admin/fx/fxrate/", q="CNY")
    assert "8.23900000" in found
    assert "1.16120000" not in found
    assert "36 FX rates" in _page(operator, "/admin/fx/fxrate/")


@pytest.mark.parametrize(
    "path",
    [
        "/admin/", "/admin/catalog/category/", "/admin/catalog/variant/?q=RUI", "/admin/orders/suborder/?q=ruiru",
        "/admin/payments/payment/?q=4242", "/admin/fulfillment/shipment/?q=DHL", "/admin/accounts/user/?q=coffee",
    ],
)
def test_other_operator_pages_load(operator: Client, paid_order: Order, path: str) -> None:
    assert operator.get(path).status_code == 200


def test_admin_is_closed_to_sellers(seller_client: Client) -> None:
    response = seller_client.get("/admin/sellers/seller/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_suspend_action_hides_the_shop_from_the_storefront(
    operator: Client, coffee: Product, watch: Product, fx_rates: None, django_capture_on_commit_callbacks: Any
) -> None:
    buyer = Client()
    assert buyer.get(f"/p/{coffee.pk}/{coffee.slug}/").status_code == 200
    assert "Ruiru Highlands Coffee Cooperative" in buyer.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = operator.post("/admin/sellers/seller/", {"action": "suspend_sellers", "_selected_action": [str(coffee.seller.pk)]})
    assert response.status_code == 302
    assert "Ruiru Highlands Coffee Cooperative" not in buyer.get("/").content.decode()

    seller = Seller.objects.get(pk=coffee.seller.pk)
    assert (seller.status, seller.suspended_reason) == ("suspended", "Suspended by ops@example.com")
    assert Seller.objects.get(pk=watch.seller.pk).status == "active"
    assert buyer.get(f"/p/{coffee.pk}/{coffee.slug}/").status_code == 404
    assert buyer.get(f"/shops/{seller.slug}/").status_code == 404
    listing = buyer.get("/products/").content.decode()
    assert "Kenya AA whole bean" not in listing
    assert "Automatic watch, steel" in listing
    assert "Kenya AA whole bean" not in buyer.get("/search/", {"q": "kenya"}).content.decode()
    assert [item["id"] for item in buyer.get("/api/v1/products").json()["items"]] == [watch.pk]

    operator.post("/admin/sellers/seller/", {"action": "reinstate_sellers", "_selected_action": [str(seller.pk)]})
    assert buyer.get(f"/p/{coffee.pk}/{coffee.slug}/").status_code == 200
