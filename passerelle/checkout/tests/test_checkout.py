from __future__ import annotations

from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from passerelle.catalog.models import Product, Variant
from passerelle.checkout.services import cart_add_line, cart_create, cart_set_line_quantity, checkout_place_order
from passerelle.core.errors import Conflict, InvalidInput, NotFound, PaymentDeclined
from passerelle.orders.models import Order
from passerelle.payments.models import Payment
from passerelle.payments.services import order_pay
from passerelle.sellers.services import seller_suspend

pytestmark = pytest.mark.django_db


def _variant(product: Product, sku: str) -> Variant:
    return product.variants.get(sku=sku)


def test_cart_refuses_more_than_stock_and_keeps_existing_line(coffee: Product, fx_rates: None) -> None:
    cart = cart_create(currency="CNY")
    small = _variant(coffee, "RUI-AA-1KG")
    cart_add_line(cart=cart, variant_id=small.pk, quantity=3)
    with pytest.raises(Conflict) as error:
        cart_add_line(cart=cart, variant_id=small.pk, quantity=3)  # 6 > 5 in stock
    assert (error.value.field, error.value.code) == ("quantity", "insufficient_stock")
    assert cart.lines.get().quantity == 3


@pytest.mark.parametrize("quantity", [0, -1, "two", 1000])
def test_cart_refuses_bad_quantities(coffee: Product, quantity: object) -> None:
    cart = cart_create(currency="USD")
    with pytest.raises(InvalidInput) as error:
        cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=quantity)
    assert error.value.field == "quantity"
    assert not cart.lines.exists()


def test_cart_refuses_unknown_currency(db: None) -> None:
    with pytest.raises(InvalidInput) as error:
        cart_create(currency="ZZZ")
    assert (error.value.field, error.value.code) == ("currency", "unknown_currency")


def test_cart_quantity_zero_removes_line(coffee: Product) -> None:
    cart = cart_create(currency="USD")
    variant = _variant(coffee, "RUI-AA-250")
    cart_add_line(cart=cart, variant_id=variant.pk, quantity=2)
    cart_set_line_quantity(cart=cart, variant_id=variant.pk, quantity=0)
    assert not cart.lines.exists()


def test_suspended_sellers_variants_cannot_be_added(coffee: Product) -> None:
    seller_suspend(seller=coffee.seller, reason="test")
    with pytest.raises(NotFound):
        cart_add_line(cart=cart_create(currency="USD"), variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)


def _two_seller_order(coffee: Product, watch: Product, address: dict, currency: str = "CNY") -> Order:
    cart = cart_create(currency=currency)
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=2)
    cart_add_line(cart=cart, variant_id=_variant(watch, "JUR-AUTO-1").pk, quantity=1)
    return checkout_place_order(cart=cart, email="Li.Wei@Example.com", shipping_address=address)


def test_checkout_splits_per_seller_converts_and_reserves_stock(coffee: Product, watch: Product, address: dict, fx_rates: None) -> None:
    order = _two_seller_order(coffee, watch, address)
    # Demo snapshot: 1 EUR = 1.1612 USD = 0.9312 CHF = 8.2390 CNY.
    # 12.50 USD -> 12.50 * 8.2390 / 1.1612 = 88.6907... -> 88.69 CNY; 1450 CHF * 8.2390 / 0.9312 = 12829.1988... -> 12829.20 CNY
    subs = {sub.seller.currency: sub for sub in order.sub_orders.all()}
    assert set(subs) == {"USD", "CHF"}
    assert subs["USD"].seller_subtotal == Decimal("25.00")
    assert subs["USD"].subtotal == Decimal("177.38")
    assert subs["CHF"].seller_subtotal == Decimal("1450.00")
    assert subs["CHF"].subtotal == Decimal("12829.20")
    assert order.subtotal == Decimal("13006.58")
    # Duties per parcel, to China without a CBEC identity (so by post): the coffee's postal tax, 13% of
    # 177.38 = 23.06, is under the RMB 50 waiver; the CNY 12,829.20 watch (one high-end item) pays 50% = 6,414.60.
    assert (subs["USD"].customs_regime, subs["USD"].duties) == ("cn-postal", Decimal("0"))
    assert (subs["CHF"].customs_regime, subs["CHF"].duties) == ("cn-postal", Decimal("6414.60"))
    assert subs["CHF"].landed_cost["taxes"] == [{"kind": "postal_tax", "amount": "6414.60"}]
    assert order.duties_total == Decimal("6414.60")
    assert order.total == Decimal("19421.18")
    assert order.currency == "CNY"
    assert order.email == "li.wei@example.com"
    assert order.status == "pending_payment"
    assert _variant(coffee, "RUI-AA-250").stock == 38
    assert _variant(watch, "JUR-AUTO-1").stock == 2


@pytest.mark.parametrize(
    "field, value",
    [("country", "ZZ"), ("country", ""), ("name", ""), ("line1", ""), ("city", ""), ("postal_code", "x" * 21)],
)
def test_checkout_rejects_bad_address_and_takes_no_stock(coffee: Product, address: dict, field: str, value: str) -> None:
    cart = cart_create(currency="USD")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)
    address[field] = value
    with pytest.raises(InvalidInput) as error:
        checkout_place_order(cart=cart, email="buyer@example.com", shipping_address=address)
    assert error.value.field == f"shipping_address.{field}"
    assert _variant(coffee, "RUI-AA-250").stock == 40
    assert not Order.objects.exists()


def test_checkout_rejects_bad_email(coffee: Product, address: dict) -> None:
    cart = cart_create(currency="USD")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)
    with pytest.raises(InvalidInput) as error:
        checkout_place_order(cart=cart, email="not-an-email", shipping_address=address)
    assert error.value.field == "email"


def test_checkout_refuses_when_stock_ran_out_since_adding_and_rolls_back(coffee: Product, watch: Product, address: dict, fx_rates: None) -> None:
    cart = cart_create(currency="USD")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=2)
    cart_add_line(cart=cart, variant_id=_variant(watch, "JUR-AUTO-1").pk, quantity=3)
    Variant.objects.filter(sku="JUR-AUTO-1").update(stock=1)  # someone else bought two
    with pytest.raises(Conflict):
        checkout_place_order(cart=cart, email="buyer@example.com", shipping_address=address)
    assert _variant(coffee, "RUI-AA-250").stock == 40  # the coffee decrement was rolled back
    assert not Order.objects.exists()
    cart.refresh_from_db()
    assert cart.checked_out_at is None


def test_successful_payment_marks_paid_and_sends_confirmation_with_order_link(coffee: Product, watch: Product, address: dict, fx_rates: None, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    order = _two_seller_order(coffee, watch, address)
    with django_capture_on_commit_callbacks(execute=True):
        payment = order_pay(order=order, gateway="test", card_number="4242 4242 4242 4242")
    order.refresh_from_db()
    assert payment.status == "succeeded"
    assert payment.amount == order.total
    assert payment.card_last4 == "4242"
    assert order.status == "paid"
    assert set(order.sub_orders.values_list("status", flat=True)) == {"paid"}
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["li.wei@example.com"]
    assert f"/orders/{order.pk}/{order.token}/" in mail.outbox[0].body
    with pytest.raises(Conflict) as error:
        order_pay(order=order, gateway="test", card_number="4242424242424242")
    assert error.value.code == "already_paid"
    assert Payment.objects.count() == 1


def test_declined_payment_restores_stock_and_order_can_be_paid_later(coffee: Product, watch: Product, address: dict, fx_rates: None) -> None:
    order = _two_seller_order(coffee, watch, address)
    with pytest.raises(PaymentDeclined) as error:
        order_pay(order=order, gateway="test", card_number="4000 0000 0000 0002")
    assert (error.value.field, error.value.code) == ("card_number", "card_declined")
    order.refresh_from_db()
    assert order.status == "pending_payment"
    assert order.stock_reserved is False
    assert _variant(coffee, "RUI-AA-250").stock == 40
    assert _variant(watch, "JUR-AUTO-1").stock == 3
    assert Payment.objects.get().status == "declined"
    order_pay(order=order, gateway="test", card_number="4242424242424242")
    order.refresh_from_db()
    assert order.status == "paid"
    assert _variant(coffee, "RUI-AA-250").stock == 38
    assert _variant(watch, "JUR-AUTO-1").stock == 2


def test_retry_after_decline_is_refused_if_stock_was_sold_meanwhile(coffee: Product, watch: Product, address: dict, fx_rates: None) -> None:
    order = _two_seller_order(coffee, watch, address)
    with pytest.raises(PaymentDeclined):
        order_pay(order=order, gateway="test", card_number="4000000000000002")
    Variant.objects.filter(sku="JUR-AUTO-1").update(stock=0)
    with pytest.raises(Conflict):
        order_pay(order=order, gateway="test", card_number="4242424242424242")
    order.refresh_from_db()
    assert order.status == "pending_payment"
    assert _variant(coffee, "RUI-AA-250").stock == 40
    assert Payment.objects.filter(status="succeeded").count() == 0


@pytest.mark.parametrize("card", ["1234", "4242 4242 4242 4241", "4111111111111111", ""])
def test_invalid_or_non_test_cards_are_refused_without_charging(coffee: Product, address: dict, card: str) -> None:
    cart = cart_create(currency="USD")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)
    order = checkout_place_order(cart=cart, email="buyer@example.com", shipping_address=address)
    with pytest.raises(InvalidInput) as error:
        order_pay(order=order, gateway="test", card_number=card)
    assert error.value.field == "card_number"
    order.refresh_from_db()
    assert order.status == "pending_payment"
    assert not Payment.objects.exists()


def test_unknown_gateway_is_refused(coffee: Product, address: dict) -> None:
    cart = cart_create(currency="USD")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)
    order = checkout_place_order(cart=cart, email="buyer@example.com", shipping_address=address)
    with pytest.raises(InvalidInput) as error:
        order_pay(order=order, gateway="paypal", card_number="4242424242424242")
    assert error.value.field == "gateway"


def test_checked_out_cart_cannot_change(coffee: Product, address: dict) -> None:
    cart = cart_create(currency="USD")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)
    checkout_place_order(cart=cart, email="buyer@example.com", shipping_address=address)
    with pytest.raises(Conflict):
        cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)
    with pytest.raises(Conflict):
        checkout_place_order(cart=cart, email="buyer@example.com", shipping_address=address)
    assert Order.objects.count() == 1


def test_expired_hold_gives_stock_to_the_next_buyer_and_old_order_must_reserve_again(watch: Product, address: dict) -> None:
    import datetime

    from django.utils import timezone

    from passerelle.orders.services import orders_release_expired_reservations

    variant = _variant(watch, "JUR-AUTO-1")
    address["country"] = "DE"  # three watches are too many for a parcel to China without a CBEC identity
    first = cart_create(currency="CHF")
    cart_add_line(cart=first, variant_id=variant.pk, quantity=3)
    abandoned = checkout_place_order(cart=first, email="slow@example.com", shipping_address=address)
    assert _variant(watch, "JUR-AUTO-1").stock == 0
    assert orders_release_expired_reservations() == 0  # still within its hold

    Order.objects.filter(pk=abandoned.pk).update(reserved_until=timezone.now() - datetime.timedelta(minutes=1))
    second = cart_create(currency="CHF")
    cart_add_line(cart=second, variant_id=variant.pk, quantity=2)
    checkout_place_order(cart=second, email="fast@example.com", shipping_address=address)  # sweeps the expired hold
    assert _variant(watch, "JUR-AUTO-1").stock == 1
    abandoned.refresh_from_db()
    assert abandoned.stock_reserved is False
    with pytest.raises(Conflict):
        order_pay(order=abandoned, gateway="test", card_number="4242424242424242")
    abandoned.refresh_from_db()
    assert (abandoned.status, abandoned.stock_reserved) == ("pending_payment", False)
    assert _variant(watch, "JUR-AUTO-1").stock == 1



def _identity() -> dict[str, str]:
    # A made-up number with a valid GB 11643 check character.
    return {"name": "李伟", "id_number": "11010519491231002X"}


def test_cbec_identity_lets_a_parcel_use_cbec_and_its_quota_is_consumed_on_payment(coffee: Product, address: dict) -> None:
    from passerelle.crossborder.checkout import cbec_quota_restore, cbec_quota_used
    from passerelle.crossborder.models import CbecQuotaEntry

    cart = cart_create(currency="CNY")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-1KG").pk, quantity=5)  # 5 × 276.71 = 1,383.55 CNY
    order = checkout_place_order(cart=cart, email="li.wei@example.com", shipping_address=address, cbec_identity=_identity())
    sub = order.sub_orders.get()
    # CBEC: 1,383.55 × 13% × 70% = 125.90 (postal would be 13% = 179.86): CBEC is cheaper and chosen.
    assert (sub.customs_regime, sub.duties, order.total) == ("cn-cbec", Decimal("125.90"), Decimal("1509.45"))
    assert len(order.cbec_identity_hash) == 64 and "11010519491231002X" not in str(order.__dict__)
    assert not CbecQuotaEntry.objects.exists()  # counted only once paid
    order_pay(order=order, gateway="test", card_number="4242424242424242")
    # Customs count the declared value converted as a whole: USD 195.00 → CNY 1,383.5687… = 1,383.57
    # (the buyer's price is 5 × the converted unit price, 1,383.55).
    assert cbec_quota_used(order.cbec_identity_hash, timezone.localdate().year) == Decimal("1383.57")
    assert cbec_quota_restore(sub_order=sub) is True  # a refund gives it back
    assert cbec_quota_used(order.cbec_identity_hash, timezone.localdate().year) == Decimal("0")


def test_a_two_item_rmb_6000_order_is_refused_at_checkout_and_takes_no_stock(kenya_coffee, categories, address) -> None:  # type: ignore[no-untyped-def]
    from passerelle.conftest import make_product

    product = make_product(kenya_coffee, categories["coffee"], "Geisha micro-lot", [{"sku": "GEI-1", "price": "423.00", "weight_grams": 300, "stock": 5}])
    cart = cart_create(currency="CNY")
    cart_add_line(cart=cart, variant_id=_variant(product, "GEI-1").pk, quantity=2)  # 2 × CNY 3,001.48 ≈ 6,003
    with pytest.raises(Conflict) as error:
        checkout_place_order(cart=cart, email="li.wei@example.com", shipping_address=address, cbec_identity=_identity())
    assert error.value.code == "cbec_order_over_limit"
    assert "per-order cross-border limit" in error.value.message and "holds 2 items" in error.value.message
    assert _variant(product, "GEI-1").stock == 5
    assert not Order.objects.exists()


@pytest.mark.parametrize("identity, field", [
    ({"name": "李伟", "id_number": "110105194912310021"}, "cbec_identity.id_number"),  # wrong check character
    ({"name": "李伟", "id_number": "12345"}, "cbec_identity.id_number"),
    ({"name": "", "id_number": "11010519491231002X"}, "cbec_identity.name"),
])
def test_bad_cbec_identity_is_refused_naming_the_field(coffee: Product, address: dict, identity: dict, field: str) -> None:
    cart = cart_create(currency="CNY")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)
    with pytest.raises(InvalidInput) as error:
        checkout_place_order(cart=cart, email="li.wei@example.com", shipping_address=address, cbec_identity=identity)
    assert error.value.field == field
    assert not Order.objects.exists()


def test_domestic_and_unsupported_destinations(watch: Product, coffee: Product, address: dict) -> None:
    cart = cart_create(currency="CHF")
    cart_add_line(cart=cart, variant_id=_variant(watch, "JUR-AUTO-1").pk, quantity=1)
    order = checkout_place_order(cart=cart, email="a@example.ch", shipping_address={**address, "country": "CH"})
    assert (order.sub_orders.get().customs_regime, order.duties_total) == ("domestic", Decimal("0"))
    cart = cart_create(currency="USD")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=1)
    order = checkout_place_order(cart=cart, email="a@example.br", shipping_address={**address, "country": "BR"})
    assert order.sub_orders.get().customs_regime == "duties-on-delivery"


def test_end_to_end_checkout_to_japan_and_germany(coffee: Product, watch: Product, address: dict) -> None:
    # Japan, in JPY: 2 × USD 12.50 of coffee. Customs value 60% × ¥3,842 = ¥2,305 ≤ ¥10,000: no duty, no tax.
    cart = cart_create(currency="JPY")
    cart_add_line(cart=cart, variant_id=_variant(coffee, "RUI-AA-250").pk, quantity=2)
    to_japan = checkout_place_order(cart=cart, email="sato@example.jp", shipping_address={**address, "country": "JP", "city": "Osaka"})
    sub = to_japan.sub_orders.get()
    assert (sub.customs_regime, sub.duties, to_japan.total) == ("jp-import", Decimal("0"), Decimal("3842"))
    # Germany, in EUR: a CHF 1,450 watch = €1,557.13 > €150: duty 5% (default) = 77.86; VAT 19% × 1,634.99 = 310.65.
    cart = cart_create(currency="EUR")
    cart_add_line(cart=cart, variant_id=_variant(watch, "JUR-AUTO-1").pk, quantity=1)
    to_germany = checkout_place_order(cart=cart, email="anna@example.de", shipping_address={**address, "country": "DE", "city": "Berlin"})
    sub = to_germany.sub_orders.get()
    assert (sub.customs_regime, sub.duties) == ("de-import", Decimal("388.51"))
    assert {t["kind"]: t["amount"] for t in sub.landed_cost["taxes"]} == {"vat": "310.65"} and sub.landed_cost["duty"] == "77.86"
    assert to_germany.total == Decimal("1557.13") + Decimal("388.51")
    order_pay(order=to_germany, gateway="test", card_number="4242424242424242")
    to_germany.refresh_from_db()
    assert to_germany.status == "paid"
