"""Cart changes and order placement: stock is taken by a conditional UPDATE inside the order transaction."""

from __future__ import annotations

import datetime
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from passerelle.catalog.models import Product, Variant
from passerelle.catalog.stock import reserve_stock
from passerelle.core.countries import check_country
from passerelle.core.errors import Conflict, InvalidInput, NotFound
from passerelle.crossborder.checkout import ParcelLine, parcels_duties
from passerelle.crossborder.identity import cbec_identity_hash
from passerelle.fx.selectors import current_rate_table
from passerelle.money import MissingRateError, Money, RateTable, UnknownCurrencyError, check_currency, sum_money
from passerelle.orders.models import Order, OrderLine, SubOrder
from passerelle.orders.services import orders_release_expired_reservations
from passerelle.core.languages import supported_language

from .models import Cart, CartLine

MAX_LINE_QUANTITY = 999


@dataclass(frozen=True)
class ShippingAddress:
    name: str
    line1: str
    city: str
    country: str
    line2: str = ""
    region: str = ""
    postal_code: str = ""
    phone: str = ""


def check_currency_field(code: Any, field: str = "currency") -> str:
    try:
        return check_currency(str(code or ""))
    except UnknownCurrencyError as error:
        raise InvalidInput(f"{field}: {error}", field=field, code="unknown_currency") from None


def check_quantity(value: Any) -> int:
    try:
        quantity = int(str(value).strip())
    except (TypeError, ValueError):
        raise InvalidInput(_("quantity: %(value)s is not a whole number") % {"value": repr(value)}, field="quantity") from None
    if quantity < 1:
        raise InvalidInput(_("quantity: must be at least 1"), field="quantity")
    if quantity > MAX_LINE_QUANTITY:
        raise InvalidInput(_("quantity: at most %(limit)s per line") % {"limit": MAX_LINE_QUANTITY}, field="quantity")
    return quantity


def check_shipping_address(data: dict[str, Any]) -> ShippingAddress:
    limits = {"name": 200, "line1": 200, "line2": 200, "city": 120, "region": 120, "postal_code": 20, "phone": 32}
    clean: dict[str, str] = {}
    for field, limit in limits.items():
        value = str(data.get(field) or "").strip()
        if field in {"name", "line1", "city"} and not value:
            # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
            raise InvalidInput(_("%(field)s: required") % {"field": f"shipping_address.{field}"}, field=f"shipping_address.{field}")
        if len(value) > limit:
            raise InvalidInput(
                _("%(field)s: at most %(limit)s characters") % {"field": f"shipping_address.{field}", "limit": limit},
                field=f"shipping_address.{field}",
            )
        clean[field] = value
    country = check_country(data.get("country"), field="shipping_address.country")
    return ShippingAddress(country=country, **clean)


def _purchasable_variant(variant_id: Any) -> Variant:
    try:
        pk = int(variant_id)
    except (TypeError, ValueError):
        raise InvalidInput(_("variant_id: %(value)s is not a variant id") % {"value": repr(variant_id)}, field="variant_id") from None
    variant = (
        Variant.objects.select_related("product", "product__seller")
        .filter(pk=pk, is_active=True, product__status=Product.Status.ACTIVE, product__seller__status="active")
        .first()
    )
    if variant is None:
        raise NotFound(_("variant_id: no variant %(id)s is for sale") % {"id": pk}, field="variant_id")
    return variant


def cart_create(*, currency: str, buyer: Any = None) -> Cart:
    return Cart.objects.create(currency=check_currency_field(currency), buyer=buyer if buyer and buyer.is_authenticated else None)


def cart_get(*, cart_id: Any) -> Cart:
    try:
        key = uuid.UUID(str(cart_id))
    except ValueError:
        raise NotFound(_("cart: %(value)s is not a cart id") % {"value": repr(cart_id)}, field="cart_id") from None
    cart = Cart.objects.filter(pk=key).first()
    if cart is None:
        raise NotFound(_("cart: no such cart"), field="cart_id")
    return cart


def _check_open(cart: Cart) -> None:
    if cart.checked_out_at is not None:
        raise Conflict(_("cart: this cart has already been checked out"), field="cart_id", code="cart_checked_out")


def cart_set_currency(*, cart: Cart, currency: str) -> Cart:
    cart.currency = check_currency_field(currency)
    cart.save(update_fields=["currency", "updated_at"])
    return cart


@transaction.atomic
def cart_add_line(*, cart: Cart, variant_id: Any, quantity: Any) -> CartLine:
    """Add to (or increase) a line; the new total quantity must not exceed what is in stock."""
    _check_open(cart)
    quantity = check_quantity(quantity)
    variant = _purchasable_variant(variant_id)
    line = CartLine.objects.filter(cart=cart, variant=variant).first()
    wanted = quantity + (line.quantity if line else 0)
    _check_stock(variant, wanted)
    if line:
        line.quantity = wanted
        line.save(update_fields=["quantity"])
        return line
    return CartLine.objects.create(cart=cart, variant=variant, quantity=wanted)


def cart_set_line_quantity(*, cart: Cart, variant_id: Any, quantity: Any) -> CartLine | None:
    """Set a line's quantity; 0 removes it."""
    _check_open(cart)
    if str(quantity).strip() == "0":
        try:
            pk = int(variant_id)
        except (TypeError, ValueError):
            raise InvalidInput(_("variant_id: %(value)s is not a variant id") % {"value": repr(variant_id)}, field="variant_id") from None
        # variant__pk, not variant_id: Django turns an out-of-range id into "no match" only on the primary key's lookup.
        CartLine.objects.filter(cart=cart, variant__pk=pk).delete()
        return None
    quantity = check_quantity(quantity)
    variant = _purchasable_variant(variant_id)
    _check_stock(variant, quantity)
    line, _created = CartLine.objects.update_or_create(cart=cart, variant=variant, defaults={"quantity": quantity})
    return line


def _check_stock(variant: Variant, wanted: int) -> None:
    if wanted > variant.stock and orders_release_expired_reservations():
        variant.refresh_from_db(fields=["stock"])  # abandoned orders just gave units back
    if wanted > variant.stock:
        if variant.stock:
            message = _("quantity: %(wanted)s of %(sku)s requested, only %(stock)s left") % {"wanted": wanted, "sku": variant.sku, "stock": variant.stock}
        else:
            message = _("quantity: %(wanted)s of %(sku)s requested, out of stock") % {"wanted": wanted, "sku": variant.sku}
        raise Conflict(message, field="quantity", code="insufficient_stock")


def _rate_table_for(currencies: set[str], buyer_currency: str) -> RateTable | None:
    table = current_rate_table()
    if currencies <= {buyer_currency}:
        return table
    if table is None:
        raise InvalidInput(_("currency: exchange rates have not been loaded; pay in the seller's currency"), field="currency", code="no_fx_rates")
    return table


def checkout_place_order(
    *, cart: Cart, email: str, shipping_address: dict[str, Any], buyer: Any = None, cbec_identity: dict[str, str] | None = None
) -> Order:
    """One order, one sub-order per seller, prices converted at today's rate, duties and taxes quoted per
    parcel for the destination (refused when its rules refuse); stock reserved.

    `cbec_identity` (name, id_number) lets a parcel to mainland China use the CBEC channel; only its keyed
    hash is kept."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise InvalidInput(_("email: %(value)s is not a valid email address") % {"value": repr(email)}, field="email") from None
    address = check_shipping_address(shipping_address)
    identity_hash = ""
    if cbec_identity and (cbec_identity.get("name") or cbec_identity.get("id_number")) and address.country == "CN":
        identity_hash = cbec_identity_hash(cbec_identity.get("name", ""), cbec_identity.get("id_number", ""))
    # Unpaid orders past their hold give their stock back before anyone is told "sold out".
    orders_release_expired_reservations()
    with transaction.atomic():
        _check_open(cart)
        lines = list(cart.lines.select_related("variant__product__seller").order_by("variant_id"))
        if not lines:
            raise InvalidInput(_("cart: the cart is empty"), field="cart", code="empty_cart")
        for line in lines:
            product = line.variant.product
            if not (line.variant.is_active and product.status == Product.Status.ACTIVE and product.seller.is_active):
                raise Conflict(
                    _("cart: %(product)s is no longer for sale; remove it to continue") % {"product": product.title},
                    field="cart",
                    code="unavailable",
                )
        table = _rate_table_for({line.variant.currency for line in lines}, cart.currency)
        order = _create_order(cart, email, address, lines, table, buyer, identity_hash)
        reserve_stock([(line.variant_id, line.quantity) for line in lines])
        cart.checked_out_at = timezone.now()
        cart.order = order
        cart.save(update_fields=["checked_out_at", "order", "updated_at"])
    return order


def _create_order(cart: Cart, email: str, address: ShippingAddress, lines: list[CartLine], table: RateTable | None, buyer: Any, identity_hash: str) -> Order:
    currency = cart.currency
    by_seller: dict[int, list[CartLine]] = defaultdict(list)
    for line in lines:
        by_seller[line.variant.seller_id].append(line)
    order = Order.objects.create(
        buyer=buyer if buyer is not None and buyer.is_authenticated else None,
        email=email,
        currency=currency,
        subtotal=0,
        total=0,
        fx_rates_date=table.rates_date if table else None,
        fx_source=table.source[:200] if table else "",
        language=supported_language(get_language()),
        reserved_until=timezone.now() + datetime.timedelta(minutes=settings.ORDER_RESERVATION_MINUTES),
        **{f"shipping_{field}": value for field, value in address.__dict__.items()},
    )
    order_totals: list[Money] = []
    sub_orders: list[SubOrder] = []
    parcels: list[tuple[str, str, list[ParcelLine]]] = []
    for seller_id, seller_lines in sorted(by_seller.items()):
        seller_currency = seller_lines[0].variant.currency
        sub_order = SubOrder.objects.create(order=order, seller_id=seller_id, seller_currency=seller_currency, seller_subtotal=0, subtotal=0)
        seller_totals, buyer_totals = [], []
        order_lines = []
        for line in seller_lines:
            variant, product = line.variant, line.variant.product
            seller_unit = Money(variant.price, variant.currency).quantize()
            try:
                unit = seller_unit if seller_unit.currency == currency else table.convert(seller_unit, currency)  # type: ignore[union-attr]
            except MissingRateError:
                raise InvalidInput(
                    _("currency: no exchange rate from %(from_currency)s to %(to_currency)s; choose another currency")
                    % {"from_currency": seller_unit.currency, "to_currency": currency},
                    field="currency",
                    code="no_fx_rate",
                ) from None
            line_total = unit * line.quantity
            seller_totals.append(seller_unit * line.quantity)
            buyer_totals.append(line_total)
            order_lines.append(
                OrderLine(
                    sub_order=sub_order, variant=variant, product_id_snapshot=product.pk, product_title=product.title,
                    sku=variant.sku, options=variant.options, hs_code=product.hs_code, origin_country=product.origin_country,
                    weight_grams=variant.weight_grams, quantity=line.quantity, seller_unit_price=seller_unit.amount,
                    seller_currency=seller_unit.currency, unit_price=unit.amount, line_total=line_total.amount,
                )
            )
        OrderLine.objects.bulk_create(order_lines)
        sub_order.seller_subtotal = sum_money(seller_totals, seller_currency).amount
        sub_total = sum_money(buyer_totals, currency)
        sub_order.subtotal = sub_total.amount
        sub_order.save(update_fields=["seller_subtotal", "subtotal"])
        order_totals.append(sub_total)
        sub_orders.append(sub_order)
        seller = seller_lines[0].variant.product.seller
        parcels.append((
            seller.name, seller.country,
            [ParcelLine(description=ol.product_title, hs_code=ol.hs_code, origin=ol.origin_country, quantity=ol.quantity,
                        unit_price=Money(ol.seller_unit_price, ol.seller_currency), weight_grams=ol.weight_grams) for ol in order_lines],
        ))
    subtotal = sum_money(order_totals, currency)
    # Each seller's parcel clears customs on its own: one landed-cost quote per sub-order, kept with it.
    duties = parcels_duties(parcels=parcels, destination=address.country, order_currency=currency, table=table,
                            identity_hash=identity_hash, today=timezone.localdate())
    duties_total = Money.zero(currency)
    for sub_order, parcel in zip(sub_orders, duties, strict=True):
        if parcel is None:
            sub_order.customs_regime, sub_order.landed_cost = "duties-on-delivery", {"note": f"No landed-cost rules for {address.country} yet: duties are paid on delivery"}
        else:
            sub_order.duties, sub_order.customs_regime, sub_order.landed_cost = parcel.duties.amount, parcel.regime, parcel.quote
            duties_total += parcel.duties
        sub_order.save(update_fields=["duties", "customs_regime", "landed_cost"])
    order.subtotal = subtotal.amount
    order.duties_total = duties_total.amount
    order.total = (subtotal + duties_total).amount
    order.cbec_identity_hash = identity_hash
    order.save(update_fields=["subtotal", "duties_total", "total", "cbec_identity_hash"])
    return order
