"""A seller's orders through the dashboard: only their sub-orders, shipping a paid one, refusing an unpaid one."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from passerelle.catalog.models import Product, Variant
from passerelle.fulfillment.models import Shipment
from passerelle.orders.models import Order, SubOrder

from passerelle.conftest import place_order

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing", "fx_rates")]


def _seller_section(page: str, seller_name: str) -> str:
    """The buyer's order page has one <section> per shop."""
    sections = [s for s in re.findall(r'<section class="panel">.*?</section>', page, flags=re.S) if f"<h2>{seller_name} " in s]
    assert len(sections) == 1, page
    return sections[0]


@pytest.fixture
def two_shop_order(coffee: Product, watch: Product, address: dict[str, str]) -> Order:
    return place_order([(coffee, "RUI-AA-250", 2), (watch, "JUR-AUTO-1", 1)], address, paid=True)


def test_orders_list_shows_only_own_sub_orders(seller_client: Client, two_shop_order: Order, coffee: Product, watch: Product) -> None:
    mine, theirs = two_shop_order.sub_orders.get(seller=coffee.seller), two_shop_order.sub_orders.get(seller=watch.seller)
    page = seller_client.get("/dashboard/orders/").content.decode()
    assert f'<a href="/dashboard/orders/{mine.pk}/">{mine.number}</a>' in page
    assert theirs.number not in page
    assert "$25.00" in page  # the seller's own subtotal, in the shop's currency
    assert mine.number in seller_client.get("/dashboard/orders/?status=paid").content.decode()
    assert mine.number not in seller_client.get("/dashboard/orders/?status=shipped").content.decode()


def test_order_page_shows_what_to_pack(seller_client: Client, two_shop_order: Order, coffee: Product) -> None:
    mine = two_shop_order.sub_orders.get(seller=coffee.seller)
    page = seller_client.get(f"/dashboard/orders/{mine.pk}/").content.decode()
    assert "Li Wei<br>88 Century Avenue<br>200120 Shanghai, Shanghai<br>China<br>+86 21 5555 0000" in page
    assert "Kenya AA whole bean" in page and "RUI-AA-250" in page and "Automatic watch" not in page
    assert "Mark shipped" in page


def test_ship_form_marks_shipped_and_the_buyer_sees_carrier_and_tracking(seller_client: Client, two_shop_order: Order, coffee: Product, watch: Product) -> None:
    mine = two_shop_order.sub_orders.get(seller=coffee.seller)
    response = seller_client.post(f"/dashboard/orders/{mine.pk}/", {"carrier": "DHL Express", "tracking_number": "JD01 4600 0012"})
    assert (response.status_code, response["Location"]) == (302, f"/dashboard/orders/{mine.pk}/")
    mine.refresh_from_db()
    assert mine.status == "shipped" and mine.shipped_at is not None
    assert list(Shipment.objects.values_list("sub_order_id", "carrier", "tracking_number")) == [(mine.pk, "DHL Express", "JD0146000012")]
    assert "with DHL Express, tracking JD0146000012." in seller_client.get(f"/dashboard/orders/{mine.pk}/").content.decode()
    assert SubOrder.objects.get(order=two_shop_order, seller=watch.seller).status == "paid"

    buyer_page = Client().get(f"/orders/{two_shop_order.pk}/{two_shop_order.token}/").content.decode()
    coffee_section = _seller_section(buyer_page, "Ruiru Highlands Coffee Cooperative")
    assert "with <strong>DHL Express</strong>, tracking number <strong>JD0146000012</strong>." in coffee_section
    assert 'class="badge shipped"' in coffee_section
    watch_section = _seller_section(buyer_page, "Atelier Horloger du Jura")
    assert "tracking number" not in watch_section
    assert 'class="badge paid"' in watch_section


def test_shipping_twice_is_refused_on_the_page(seller_client: Client, two_shop_order: Order, coffee: Product) -> None:
    mine = two_shop_order.sub_orders.get(seller=coffee.seller)
    seller_client.post(f"/dashboard/orders/{mine.pk}/", {"carrier": "DHL Express", "tracking_number": "JD0146000012"})
    again = seller_client.post(f"/dashboard/orders/{mine.pk}/", {"carrier": "UPS", "tracking_number": "1Z999AA1"})
    assert again.status_code == 422
    assert "sub_order: a sub-order that is shipped cannot be shipped" in again.content.decode()
    assert list(Shipment.objects.values_list("carrier", flat=True)) == ["DHL Express"]


def test_shipping_an_unpaid_sub_order_shows_an_error_and_records_nothing(seller_client: Client, coffee: Product, address: dict[str, str]) -> None:
    order = place_order([(coffee, "RUI-AA-250", 1)], address, paid=False)
    sub = order.sub_orders.get()
    page = seller_client.get(f"/dashboard/orders/{sub.pk}/").content.decode()
    assert "Waiting for the buyer's payment." in page and "Mark shipped" not in page
    response = seller_client.post(f"/dashboard/orders/{sub.pk}/", {"carrier": "DHL Express", "tracking_number": "JD0146000012"})
    assert response.status_code == 422
    assert response.context["form"].non_field_errors() == ["sub_order: a sub-order that is pending payment cannot be shipped"]
    assert "sub_order: a sub-order that is pending payment cannot be shipped" in response.content.decode()
    assert (SubOrder.objects.get(pk=sub.pk).status, SubOrder.objects.get(pk=sub.pk).shipped_at, Shipment.objects.count()) == ("pending_payment", None, 0)


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"carrier": "", "tracking_number": "JD0146000012"}, "carrier", "This field is required."),
        ({"carrier": "DHL Express", "tracking_number": "#12"}, "tracking_number", "tracking_number: 4 to 64 letters, digits or &#x27;-&#x27;"),
    ],
)
def test_ship_form_errors_are_named_per_field(seller_client: Client, two_shop_order: Order, coffee: Product, data: dict[str, str], field: str, message: str) -> None:
    mine = two_shop_order.sub_orders.get(seller=coffee.seller)
    response = seller_client.post(f"/dashboard/orders/{mine.pk}/", data)
    assert response.status_code == 422
    assert list(response.context["form"].errors) == [field]
    assert message in response.content.decode()
    assert (SubOrder.objects.get(pk=mine.pk).status, Shipment.objects.count()) == ("paid", 0)


def test_orders_list_query_count_is_the_same_for_2_and_20_orders(seller_client: Client, coffee: Product, address: dict[str, str]) -> None:
    Variant.objects.filter(sku="RUI-AA-250").update(stock=100)
    for _ in range(2):
        place_order([(coffee, "RUI-AA-250", 1)], address, paid=True)
    with CaptureQueriesContext(connection) as two:
        assert len(re.findall(r'<a href="/dashboard/orders/\d+/">', seller_client.get("/dashboard/orders/").content.decode())) == 2
    for _ in range(18):
        place_order([(coffee, "RUI-AA-250", 1)], address, paid=True)
    with CaptureQueriesContext(connection) as twenty:
        assert len(re.findall(r'<a href="/dashboard/orders/\d+/">', seller_client.get("/dashboard/orders/").content.decode())) == 20
    assert len(two) == len(twenty)
