"""Cart and checkout API: the same services as the storefront pages."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Status, Router, Schema

from passerelle.api.schemas import AddressIn, ErrorOut, MoneyOut, money_out
from passerelle.fx.selectors import current_rate_table
from passerelle.orders.api import OrderOut, order_out

from .selectors import fetch_cart
from .services import cart_add_line, cart_create, cart_get, cart_set_line_quantity, checkout_place_order

router = Router(tags=["checkout"])


class CartIn(Schema):
    currency: str = "USD"


class CartLineIn(Schema):
    variant_id: int
    quantity: int = 1


class CartLineOut(Schema):
    variant_id: int
    product_id: int
    title: str
    sku: str
    quantity: int
    unit_price: MoneyOut
    line_total: MoneyOut


class CartOut(Schema):
    id: str
    currency: str
    lines: list[CartLineOut]
    total: MoneyOut | None
    checked_out: bool


class CbecIdentityIn(Schema):
    name: str
    id_number: str


class CheckoutIn(Schema):
    email: str
    shipping_address: AddressIn
    cbec_identity: CbecIdentityIn | None = Field(
        None, description="Mainland China only: the name and resident ID number for cross-border e-commerce (CBEC); stored only as a keyed hash"
    )


def cart_out(cart_id: object) -> CartOut:
    cart = cart_get(cart_id=cart_id)
    view = fetch_cart(cart, current_rate_table())
    return CartOut(
        id=str(cart.pk), currency=cart.currency, checked_out=cart.checked_out_at is not None,
        total=money_out(view.total) if view.total is not None else None,
        lines=[
            CartLineOut(variant_id=line.variant_id, product_id=line.product_id, title=line.title, sku=line.sku, quantity=line.quantity,
                        unit_price=money_out(line.unit_price.shown), line_total=money_out(line.line_total))
            for group in view.groups for line in group.lines
        ],
    )


@router.post("/carts", response={201: CartOut, 422: ErrorOut}, summary="Create a cart priced in a currency")
def create_cart(request: HttpRequest, payload: CartIn) -> Status[CartOut]:
    cart = cart_create(currency=payload.currency, buyer=request.user)
    return Status(201, cart_out(cart.pk))


@router.get("/carts/{cart_id}", response={200: CartOut, 404: ErrorOut})
def get_cart(request: HttpRequest, cart_id: str) -> CartOut:
    return cart_out(cart_id)


@router.post("/carts/{cart_id}/lines", response={201: CartOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}, summary="Add a variant to a cart")
def add_line(request: HttpRequest, cart_id: str, payload: CartLineIn) -> Status[CartOut]:
    cart_add_line(cart=cart_get(cart_id=cart_id), variant_id=payload.variant_id, quantity=payload.quantity)
    return Status(201, cart_out(cart_id))


@router.put("/carts/{cart_id}/lines/{variant_id}", response={200: CartOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}, summary="Set a line's quantity (0 removes it)")
def set_line(request: HttpRequest, cart_id: str, variant_id: int, quantity: int) -> CartOut:
    cart_set_line_quantity(cart=cart_get(cart_id=cart_id), variant_id=variant_id, quantity=quantity)
    return cart_out(cart_id)


@router.post("/carts/{cart_id}/checkout", response={201: OrderOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}, summary="Place the order: one sub-order per seller, stock reserved")
def checkout(request: HttpRequest, cart_id: str, payload: CheckoutIn) -> Status[OrderOut]:
    order = checkout_place_order(
        cart=cart_get(cart_id=cart_id), email=payload.email, shipping_address=payload.shipping_address.model_dump(), buyer=request.user,
        cbec_identity=payload.cbec_identity.model_dump() if payload.cbec_identity else None,
    )
    return Status(201, order_out(order))
