"""The signed-in user's own shop, or nothing."""

from __future__ import annotations

from typing import Any

from passerelle.core.errors import NotFound

from .models import Seller


def access_seller_for_user(user: Any) -> Seller:
    if not user or not user.is_authenticated:
        raise NotFound("seller: sign in with a seller account", field="seller")
    seller = Seller.objects.filter(owner=user).first()
    if seller is None:
        raise NotFound("seller: this account has no shop", field="seller")
    return seller
