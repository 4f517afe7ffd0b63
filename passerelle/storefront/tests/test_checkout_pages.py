"""Cart, checkout and payment through the buyer's pages, with a browser session: the whole journey and its refusals."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client

from passerelle.catalog.models import Product, Variant
from passerelle.catalog.services import variant_update
from passerelle.checkout.models import Cart
from passerelle.orders.models import Order
from passerelle.payments.models import Payment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing", "fx_rates")]

DECLINED_CARD = "4000 0000 0000 0002"
OK_CARD = "4242 4242 4242 4242"


def _checkout_form(address: dict[str, str], **changes: str) -> dict[str, str]:
    return {"email": "li.wei@example.com", **address, **changes}


def _stock(*skus: str) -> list[int]:
    return [Variant.objects.get(sku=sku).stock for sku in skus]


@pytest.fixture
def filled_cart(buyer: Client, coffee: Product, watch: Product) -> Client:
    """Two bags of coffee and a watch, from two shops, in the buyer's session."""
    for variant, quantity in ((coffee.variants.get(sku="RUI-AA-250"), 2), (watch.variants.get(), 1)):
        response = buyer.post("/cart/add/", {"variant_id": variant.pk, "quantity": quantity, "next": f"/p/{variant.product_id}/x/"})
        assert (response.status_code, response["Location"]) == (302, "/cart/")
    return buyer


def test_cart_groups_lines_by_shop_in_the_buyers_currency(filled_cart: Client) -> None:
    page = filled_cart.get("/cart/").content.decode()
    assert "From <a href=\"/shops/ruiru-highlands-coffee-cooperative/\">Ruiru Highlands Coffee Cooperative</a>" in page
    assert "From <a href=\"/shops/atelier-horloger-du-jura/\">Atelier Horloger du Jura</a>" in page
    assert "CN¥177.38" in page  # 2 × 88.69
    assert "Total: CN¥13,006.58" in page
    assert "3 items." in page


def test_adding_more_than_in_stock_is_refused_with_a_message(buyer: Client, coffee: Product) -> None:
    large = coffee.variants.get(sku="RUI-AA-1KG")  # 5 in stock
    response = buyer.post("/cart/add/", {"variant_id": large.pk, "quantity": 6, "next": f"/p/{coffee.pk}/{coffee.slug}/"}, follow=True)
    assert response.redirect_chain == [(f"/p/{coffee.pk}/{coffee.slug}/", 302)]
    assert "quantity: 6 of RUI-AA-1KG requested, only 5 left" in response.content.decode()
    assert "Your cart is empty." in buyer.get("/cart/").content.decode()


def test_adding_with_an_off_site_next_goes_back_to_the_cart(buyer: Client, coffee: Product) -> None:
    response = buyer.post("/cart/add/", {"variant_id": 999999, "quantity": 1, "next": "https://evil.example/"})
    assert (response.status_code, response["Location"]) == (302, "/cart/")


def test_cart_update_changes_and_removes_lines(filled_cart: Client, coffee: Product) -> None:
    small = coffee.variants.get(sku="RUI-AA-250")
    filled_cart.post("/cart/update/", {"variant_id": small.pk, "quantity": 3})
    assert "CN¥266.07" in filled_cart.get("/cart/").content.decode()  # 3 × 88.69
    filled_cart.post("/cart/update/", {"variant_id": small.pk, "quantity": 0})
    page = filled_cart.get("/cart/").content.decode()
    assert "Kenya AA whole bean" not in page and "Total: CN¥12,829.20" in page


@pytest.mark.parametrize("variant_id", ["abc", "", str(10**20)])
def test_cart_update_with_a_malformed_variant_keeps_the_cart(filled_cart: Client, variant_id: str) -> None:
    response = filled_cart.post("/cart/update/", {"variant_id": variant_id, "quantity": "0"}, follow=True)
    assert response.redirect_chain == [("/cart/", 302)]
    page = response.content.decode()
    assert "Total: CN¥13,006.58" in page
    if variant_id != str(10**20):
        assert f"variant_id: &#x27;{variant_id}&#x27; is not a variant id" in page


def test_checkout_with_an_empty_cart_goes_back_to_the_cart(buyer: Client) -> None:
    response = buyer.get("/checkout/")
    assert (response.status_code, response["Location"]) == (302, "/cart/")


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"country": "XX"}, "country", "Select a valid choice. XX is not one of the available choices."),
        ({"city": ""}, "city", "This field is required."),
        ({"city": "   "}, "city", "This field is required."),
        ({"email": "li.wei@"}, "email", "Enter a valid email address."),
        ({"name": ""}, "name", "This field is required."),
    ],
)
def test_checkout_errors_are_named_per_field_and_nothing_is_created(
    filled_cart: Client, address: dict[str, str], changes: dict[str, str], field: str, message: str
) -> None:
    response = filled_cart.post("/checkout/", _checkout_form(address, **changes))
    assert response.status_code == 200
    assert response.context["form"].errors == {field: [message]}
    assert message in response.content.decode()
    assert Order.objects.count() == 0
    assert _stock("RUI-AA-250", "JUR-AUTO-1") == [40, 3]
    assert Cart.objects.get().checked_out_at is None


def test_checkout_when_stock_ran_out_meanwhile_shows_why_and_creates_nothing(filled_cart: Client, watch: Product, address: dict[str, str]) -> None:
    variant_update(variant=watch.variants.get(), data={"stock": 0})
    response = filled_cart.post("/checkout/", _checkout_form(address))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == ["quantity: not enough stock left for JUR-AUTO-1"]
    assert "quantity: not enough stock left for JUR-AUTO-1" in response.content.decode()
    assert Order.objects.count() == 0
    assert _stock("RUI-AA-250", "JUR-AUTO-1") == [40, 0]


def test_checkout_decline_then_pay_then_confirmation_email(filled_cart: Client, address: dict[str, str], django_capture_on_commit_callbacks: Any) -> None:
    form = filled_cart.get("/checkout/")
    assert form.context["form"]["country"].value() == "CN"  # from the ship-to preference

    placed = filled_cart.post("/checkout/", _checkout_form(address, email="Li.Wei@Example.com"))
    order = Order.objects.get()
    assert (placed.status_code, placed["Location"]) == (302, f"/orders/{order.pk}/{order.token}/pay/")
    assert (order.status, order.email, order.currency, str(order.total)) == ("pending_payment", "li.wei@example.com", "CNY", "19421.1800")
    assert [(sub.seller.name, str(sub.subtotal)) for sub in order.sub_orders.all()] == [
        ("Ruiru Highlands Coffee Cooperative", "177.3800"), ("Atelier Horloger du Jura", "12829.2000"),
    ]
    assert _stock("RUI-AA-250", "JUR-AUTO-1") == [38, 2]
    assert "Your cart is empty." in filled_cart.get("/cart/").content.decode()  # the session forgot the checked-out cart

    pay_url = placed["Location"]
    pay_page = filled_cart.get(pay_url).content.decode()
    assert "Amount: CN¥19,421.18" in pay_page

    declined = filled_cart.post(pay_url, {"gateway": "test", "card_number": DECLINED_CARD})
    assert declined.status_code == 422
    assert declined.context["form"].errors == {"card_number": ["card_number: the card was declined (card declined); the order is kept, try another card"]}
    assert "the card was declined" in declined.content.decode()
    order.refresh_from_db()
    assert (order.status, order.stock_reserved) == ("pending_payment", False)
    assert _stock("RUI-AA-250", "JUR-AUTO-1") == [40, 3]
    assert mail.outbox == []
    assert "Pay now" in filled_cart.get(f"/orders/{order.pk}/{order.token}/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        paid = filled_cart.post(pay_url, {"gateway": "test", "card_number": OK_CARD})
    assert (paid.status_code, paid["Location"]) == (302, f"/orders/{order.pk}/{order.token}/?confirmed=1")
    confirmation = filled_cart.get(paid["Location"]).content.decode()
    assert f"Thank you! Order {order.number} is confirmed." in confirmation
    order.refresh_from_db()
    assert order.status == "paid"
    assert _stock("RUI-AA-250", "JUR-AUTO-1") == [38, 2]
    assert list(Payment.objects.order_by("id").values_list("status", flat=True)) == ["declined", "succeeded"]

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    link = f"{settings.SITE_URL}/orders/{order.pk}/{order.token}/"
    assert (email.to, email.subject) == (["li.wei@example.com"], f"Passerelle order {order.number} confirmed")
    assert link in email.body
    assert "Total paid: CN¥19,421.18 (including import duty and taxes of CN¥6,414.60)" in email.body
    assert f'<a href="{link}">' in email.alternatives[0][0]

    stranger = Client()  # the link alone opens the order, no session needed
    order_page = stranger.get(link.removeprefix(settings.SITE_URL))
    assert order_page.status_code == 200
    assert f"Order {order.number}" in order_page.content.decode()
    wrong_token = order.token[:-2] + ("xx" if not order.token.endswith("xx") else "yy")
    assert stranger.get(f"/orders/{order.pk}/{wrong_token}/").status_code == 404
    assert stranger.get(f"/orders/{order.pk}/{wrong_token}/pay/").status_code == 404
    # Paying again only leads back to the order.
    again = stranger.post(pay_url, {"gateway": "test", "card_number": OK_CARD})
    assert (again.status_code, again["Location"]) == (302, f"/orders/{order.pk}/{order.token}/")
    assert Payment.objects.count() == 2


def test_pay_page_refuses_a_malformed_card_number(filled_cart: Client, address: dict[str, str]) -> None:
    pay_url = filled_cart.post("/checkout/", _checkout_form(address))["Location"]
    response = filled_cart.post(pay_url, {"gateway": "test", "card_number": "1234 5678"})
    assert response.status_code == 422
    assert response.context["form"].errors == {"card_number": ["card_number: not a valid card number"]}
    assert (Order.objects.get().status, Payment.objects.count()) == ("pending_payment", 0)


def test_checkout_page_names_a_bad_id_number_and_creates_nothing(coffee: Product, address: dict[str, str]) -> None:
    from passerelle.orders.models import Order

    buyer = Client()
    buyer.cookies["currency"] = "CNY"
    buyer.post("/cart/add/", {"variant_id": coffee.variants.get(sku="RUI-AA-250").pk, "quantity": 1})
    form = {"email": "li.wei@example.com", **address, "id_name": "李伟", "id_number": "110105194912310021"}
    response = buyer.post("/checkout/", form)
    assert response.status_code == 200
    assert "cbec_identity.id_number: the check character does not match" in response.content.decode()
    assert not Order.objects.exists()
    form["id_number"] = "11010519491231002X"
    placed = buyer.post("/checkout/", form)
    assert placed.status_code == 302
    assert Order.objects.get().sub_orders.get().customs_regime in {"cn-cbec", "cn-postal"}


def test_checkout_page_estimates_duties_per_parcel_and_warns_of_a_refusal(coffee: Product, watch: Product, address: dict[str, str]) -> None:
    buyer = Client()
    buyer.cookies["currency"] = "CNY"
    buyer.post("/cart/add/", {"variant_id": coffee.variants.get(sku="RUI-AA-250").pk, "quantity": 2})
    buyer.post("/cart/add/", {"variant_id": watch.variants.get(sku="JUR-AUTO-1").pk, "quantity": 1})
    page = buyer.get("/checkout/").content.decode()
    assert "Duties &amp; taxes to China" in page
    assert "CN¥6,414.60" in page and "China postal articles" in page  # the high-end watch, 50% by post
    buyer.post("/cart/update/", {"variant_id": watch.variants.get(sku="JUR-AUTO-1").pk, "quantity": 3})
    warned = buyer.get("/checkout/").content.decode()
    assert "Atelier Horloger du Jura&#x27;s parcel cannot be delivered" in warned
