"""Which cart belongs to this browser: its id lives in the session."""

from __future__ import annotations

from django.http import HttpRequest

from passerelle.checkout.models import Cart
from passerelle.checkout.services import cart_create, cart_set_currency

SESSION_KEY = "cart_id"


def session_cart(request: HttpRequest, *, create: bool = False) -> Cart | None:
    cart = None
    if cart_id := request.session.get(SESSION_KEY):
        cart = Cart.objects.filter(pk=cart_id, checked_out_at__isnull=True).first()
    if cart is None and create:
        cart = cart_create(currency=request.buyer.currency, buyer=request.user)  # type: ignore[attr-defined]
        request.session[SESSION_KEY] = str(cart.pk)
    if cart is not None and cart.currency != request.buyer.currency:  # type: ignore[attr-defined]
        cart_set_currency(cart=cart, currency=request.buyer.currency)  # type: ignore[attr-defined]
    return cart


def session_cart_forget(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)
