"""Buyer order API: read an order with its secret token, pay it."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Status, Router, Schema

from passerelle.api.schemas import AddressOut, ErrorOut, MoneyOut, SellerOut
from passerelle.money import Money
from passerelle.payments.models import Payment
from passerelle.payments.services import order_pay

from .access import access_order_by_token
from .models import Order, SubOrder

router = Router(tags=["orders"])


class OrderLineOut(Schema):
    product_id: int
    title: str
    sku: str
    options: dict[str, str]
    hs_code: str
    origin_country: str
    quantity: int
    weight_grams: int
    unit_price: MoneyOut
    line_total: MoneyOut
    seller_unit_price: MoneyOut


class ShipmentOut(Schema):
    carrier: str
    tracking_number: str
    shipped_at: str


class SubOrderOut(Schema):
    id: int
    number: str
    seller: SellerOut
    status: str
    subtotal: MoneyOut
    duties: MoneyOut
    customs_regime: str
    seller_subtotal: MoneyOut
    lines: list[OrderLineOut]
    shipment: ShipmentOut | None


class TotalsOut(Schema):
    subtotal: MoneyOut
    duties: MoneyOut
    total: MoneyOut


class OrderOut(Schema):
    id: int
    number: str
    token: str
    status: str
    email: str
    currency: str
    totals: TotalsOut
    fx_rates_date: str | None
    shipping_address: AddressOut
    sub_orders: list[SubOrderOut]
    created_at: str
    paid_at: str | None


class PaymentIn(Schema):
    gateway: str = "test"
    card_number: str


class PaymentOut(Schema):
    id: int
    status: str
    gateway: str
    amount: MoneyOut
    card_last4: str
    reference: str


class PaymentResultOut(Schema):
    payment: PaymentOut
    order: OrderOut


def _money(amount: object, currency: str) -> MoneyOut:
    money = Money(amount, currency).quantize()  # type: ignore[arg-type]
    return MoneyOut(amount=str(money.amount), currency=currency)


def sub_order_out(sub: SubOrder, currency: str) -> SubOrderOut:
    shipment = getattr(sub, "shipment", None) if hasattr(sub, "shipment") else None
    return SubOrderOut(
        id=sub.pk, number=sub.number, status=sub.status,
        seller=SellerOut(id=sub.seller.pk, slug=sub.seller.slug, name=sub.seller.name, country=sub.seller.country),
        subtotal=_money(sub.subtotal, currency), seller_subtotal=_money(sub.seller_subtotal, sub.seller_currency),
        duties=_money(sub.duties, currency), customs_regime=sub.customs_regime,
        lines=[
            OrderLineOut(
                product_id=line.product_id_snapshot, title=line.product_title, sku=line.sku, options=line.options, hs_code=line.hs_code,
                origin_country=line.origin_country, quantity=line.quantity, weight_grams=line.weight_grams,
                unit_price=_money(line.unit_price, currency), line_total=_money(line.line_total, currency),
                seller_unit_price=_money(line.seller_unit_price, line.seller_currency),
            )
            for line in sub.lines.all()
        ],
        shipment=ShipmentOut(carrier=shipment.carrier, tracking_number=shipment.tracking_number, shipped_at=shipment.shipped_at.isoformat()) if shipment else None,
    )


def order_out(order: Order) -> OrderOut:
    order = Order.objects.prefetch_related("sub_orders__lines", "sub_orders__seller", "sub_orders__shipment").get(pk=order.pk)
    return OrderOut(
        id=order.pk, number=order.number, token=order.token, status=order.status, email=order.email, currency=order.currency,
        totals=TotalsOut(subtotal=_money(order.subtotal, order.currency), duties=_money(order.duties_total, order.currency),
                         total=_money(order.total, order.currency)),
        fx_rates_date=order.fx_rates_date.isoformat() if order.fx_rates_date else None,
        shipping_address=AddressOut(**{f: getattr(order, f"shipping_{f}") for f in AddressOut.model_fields}),
        sub_orders=[sub_order_out(sub, order.currency) for sub in order.sub_orders.all()],
        created_at=order.created_at.isoformat(), paid_at=order.paid_at.isoformat() if order.paid_at else None,
    )


def payment_out(payment: Payment) -> PaymentOut:
    return PaymentOut(id=payment.pk, status=payment.status, gateway=payment.gateway, amount=_money(payment.amount, payment.currency),
                      card_last4=payment.card_last4, reference=payment.reference)


@router.get("/orders/{order_id}", response={200: OrderOut, 404: ErrorOut}, summary="An order, with its secret token")
def get_order(request: HttpRequest, order_id: int, token: str) -> OrderOut:
    return order_out(access_order_by_token(order_id=order_id, token=token))


@router.post(
    "/orders/{order_id}/payments",
    response={201: PaymentResultOut, 402: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="Pay an order (test gateway: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined)",
)
def pay_order(request: HttpRequest, order_id: int, token: str, payload: PaymentIn) -> Status[PaymentResultOut]:
    order = access_order_by_token(order_id=order_id, token=token)
    payment = order_pay(order=order, gateway=payload.gateway, card_number=payload.card_number)
    return Status(201, PaymentResultOut(payment=payment_out(payment), order=order_out(order)))
