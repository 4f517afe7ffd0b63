"""Seller API (token or session): own products, variants, stock, orders and shipping. Other shops' ids are 404."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import Status, Field, Router, Schema
from ninja.security import HttpBearer, django_auth

from passerelle.accounts.tokens import user_for_api_token
from passerelle.api.schemas import ErrorOut, MoneyOut
from passerelle.catalog.access import access_product_for_seller, access_variant_for_seller
from passerelle.catalog.models import Product, Variant
from passerelle.catalog.selectors import product_translation_states
from passerelle.catalog.services import (
    product_archive, product_create, product_translation_delete, product_translation_set, product_update, variant_create, variant_update,
)
from passerelle.fulfillment.services import sub_order_ship
from passerelle.money import Money
from passerelle.orders.access import access_sub_order_for_seller
from passerelle.orders.api import ShipmentOut, SubOrderOut, sub_order_out
from passerelle.orders.models import SubOrder
from passerelle.payments.services import sub_order_refund

from .access import access_seller_for_user
from .services import seller_translation_delete, seller_translation_set
from .models import Seller


class ApiTokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = user_for_api_token(token)
        if user is not None:
            request.user = user
        return user


router = Router(tags=["seller"], auth=[ApiTokenAuth(), django_auth])


def _seller(request: HttpRequest) -> Seller:
    return access_seller_for_user(request.user)


class VariantIn(Schema):
    sku: str
    price: str
    weight_grams: int
    stock: int = 0
    options: dict[str, str] = {}


class VariantPatch(Schema):
    sku: str | None = None
    price: str | None = None
    weight_grams: int | None = None
    stock: int | None = None
    stock_expected: int | None = Field(None, description="Set stock only if it still is this number (409 otherwise), so a sync never undoes orders placed meanwhile")
    options: dict[str, str] | None = None
    is_active: bool | None = None


class ProductIn(Schema):
    title: str
    category: str
    hs_code: str
    origin_country: str
    brand: str = ""
    description: str = ""
    variants: list[VariantIn] = []


class ProductPatch(Schema):
    title: str | None = None
    category: str | None = None
    hs_code: str | None = None
    origin_country: str | None = None
    brand: str | None = None
    description: str | None = None
    status: str | None = None


class SellerVariantOut(Schema):
    id: int
    sku: str
    options: dict[str, str]
    price: MoneyOut
    weight_grams: int
    stock: int
    is_active: bool


class SellerProductOut(Schema):
    id: int
    title: str
    status: str
    category: str
    hs_code: str
    origin_country: str
    brand: str
    description: str
    variants: list[SellerVariantOut]


def variant_out(variant: Variant) -> SellerVariantOut:
    price = Money(variant.price, variant.currency).quantize()
    return SellerVariantOut(id=variant.pk, sku=variant.sku, options=variant.options, price=MoneyOut(amount=str(price.amount), currency=price.currency),
                            weight_grams=variant.weight_grams, stock=variant.stock, is_active=variant.is_active)


def product_out(product: Product) -> SellerProductOut:
    return SellerProductOut(
        id=product.pk, title=product.title, status=product.status, category=product.category.slug, hs_code=product.hs_code,
        origin_country=product.origin_country, brand=product.brand, description=product.description,
        variants=[variant_out(v) for v in product.variants.all()],
    )


def _patch(payload: Schema) -> dict[str, Any]:
    return {k: v for k, v in payload.model_dump(exclude_unset=True).items() if v is not None}


@router.get("/products", response={200: list[SellerProductOut], 401: ErrorOut, 404: ErrorOut})
def my_products(request: HttpRequest, status: str | None = None) -> list[SellerProductOut]:
    products = Product.objects.filter(seller=_seller(request)).select_related("category").prefetch_related("variants").order_by("-id")
    if status:
        products = products.filter(status=status)
    return [product_out(p) for p in products[:500]]


@router.post("/products", response={201: SellerProductOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut})
def create_product(request: HttpRequest, payload: ProductIn) -> Status[SellerProductOut]:
    data = payload.model_dump()
    variants = data.pop("variants")
    product = product_create(seller=_seller(request), data=data, variants=variants)
    return Status(201, product_out(product))


@router.get("/products/{product_id}", response={200: SellerProductOut, 401: ErrorOut, 404: ErrorOut})
def my_product(request: HttpRequest, product_id: int) -> SellerProductOut:
    return product_out(access_product_for_seller(seller=_seller(request), product_id=product_id))


@router.patch("/products/{product_id}", response={200: SellerProductOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut})
def update_product(request: HttpRequest, product_id: int, payload: ProductPatch) -> SellerProductOut:
    product = access_product_for_seller(seller=_seller(request), product_id=product_id)
    return product_out(product_update(product=product, data=_patch(payload)))


@router.delete("/products/{product_id}", response={200: SellerProductOut, 401: ErrorOut, 404: ErrorOut}, summary="Archive a product (orders keep their history)")
def archive_product(request: HttpRequest, product_id: int) -> SellerProductOut:
    return product_out(product_archive(product=access_product_for_seller(seller=_seller(request), product_id=product_id)))


@router.post("/products/{product_id}/variants", response={201: SellerVariantOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut})
def add_variant(request: HttpRequest, product_id: int, payload: VariantIn) -> Status[SellerVariantOut]:
    product = access_product_for_seller(seller=_seller(request), product_id=product_id)
    return Status(201, variant_out(variant_create(product=product, data=payload.model_dump())))


@router.patch("/variants/{variant_id}", response={200: SellerVariantOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}, summary="Change price, stock, weight, options")
def update_variant(request: HttpRequest, variant_id: int, payload: VariantPatch) -> SellerVariantOut:
    variant = access_variant_for_seller(seller=_seller(request), variant_id=variant_id)
    data = _patch(payload)
    expected = data.pop("stock_expected", None)
    return variant_out(variant_update(variant=variant, data=data, expected_stock=expected))


class TranslationIn(Schema):
    title: str
    description: str = ""


class TranslationOut(Schema):
    language: str
    status: str  # missing, machine or reviewed
    title: str
    description: str


def _translations_out(product: Product) -> list[dict[str, str]]:
    stored = {t.language: t for t in product.translations.all()}
    return [
        {"language": state.language, "status": state.status, "title": state.title,
         "description": stored[state.language].description if state.language in stored else ""}
        for state in product_translation_states(product)
    ]


@router.get("/products/{product_id}/translations", response={200: list[TranslationOut], 401: ErrorOut, 404: ErrorOut},
            summary="The product in every buyer language: missing, machine or reviewed")
def product_translations(request: HttpRequest, product_id: int) -> list[dict[str, str]]:
    return _translations_out(access_product_for_seller(seller=_seller(request), product_id=product_id))


@router.put("/products/{product_id}/translations/{language}", response={200: TranslationOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
            summary="Write the title and description in one language (stored as reviewed)")
def put_product_translation(request: HttpRequest, product_id: int, language: str, payload: TranslationIn) -> dict[str, str]:
    product = access_product_for_seller(seller=_seller(request), product_id=product_id)
    translation = product_translation_set(product=product, language=language, title=payload.title, description=payload.description)
    return {"language": translation.language, "status": translation.status, "title": translation.title, "description": translation.description}


@router.delete("/products/{product_id}/translations/{language}", response={204: None, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
               summary="Remove one language's translation (buyers then see the original with a note)")
def delete_product_translation(request: HttpRequest, product_id: int, language: str) -> Status[None]:
    product_translation_delete(product=access_product_for_seller(seller=_seller(request), product_id=product_id), language=language)
    return Status(204, None)


class ShopTranslationIn(Schema):
    description: str


class ShopTranslationOut(Schema):
    language: str
    status: str  # missing, machine or reviewed
    description: str


@router.get("/profile/translations", response={200: list[ShopTranslationOut], 401: ErrorOut, 404: ErrorOut},
            summary="The shop's one-line description in every buyer language")
def shop_translations(request: HttpRequest) -> list[dict[str, str]]:
    seller = _seller(request)
    stored = {t.language: t for t in seller.translations.all()}
    return [
        {"language": code, "status": stored[code].status if code in stored else "missing", "description": stored[code].description if code in stored else ""}
        for code, _name in settings.LANGUAGES if code != seller.language
    ]


@router.put("/profile/translations/{language}", response={200: ShopTranslationOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
            summary="Write the shop description in one language (stored as reviewed)")
def put_shop_translation(request: HttpRequest, language: str, payload: ShopTranslationIn) -> dict[str, str]:
    translation = seller_translation_set(seller=_seller(request), language=language, description=payload.description)
    return {"language": translation.language, "status": translation.status, "description": translation.description}


@router.delete("/profile/translations/{language}", response={204: None, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut})
def delete_shop_translation(request: HttpRequest, language: str) -> Status[None]:
    seller_translation_delete(seller=_seller(request), language=language)
    return Status(204, None)


@router.get("/orders", response={200: list[SubOrderOut], 401: ErrorOut, 404: ErrorOut})
def my_orders(request: HttpRequest, status: str | None = None) -> list[SubOrderOut]:
    sub_orders = SubOrder.objects.filter(seller=_seller(request)).select_related("seller", "order").prefetch_related("lines", "shipment").order_by("-id")
    if status:
        sub_orders = sub_orders.filter(status=status)
    return [sub_order_out(sub, sub.order.currency) for sub in sub_orders[:200]]


@router.get("/orders/{sub_order_id}", response={200: SubOrderOut, 401: ErrorOut, 404: ErrorOut})
def my_order(request: HttpRequest, sub_order_id: int) -> SubOrderOut:
    sub = access_sub_order_for_seller(seller=_seller(request), sub_order_id=sub_order_id)
    return sub_order_out(sub, sub.order.currency)


class ShipIn(Schema):
    carrier: str
    tracking_number: str


@router.post("/orders/{sub_order_id}/shipment", response={201: ShipmentOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut})
def ship_order(request: HttpRequest, sub_order_id: int, payload: ShipIn) -> Status[ShipmentOut]:
    sub = access_sub_order_for_seller(seller=_seller(request), sub_order_id=sub_order_id)
    shipment = sub_order_ship(sub_order=sub, carrier=payload.carrier, tracking_number=payload.tracking_number)
    return Status(201, ShipmentOut(carrier=shipment.carrier, tracking_number=shipment.tracking_number, shipped_at=shipment.shipped_at.isoformat()))


class RefundIn(Schema):
    reason: str


class RefundOut(Schema):
    amount: MoneyOut
    reference: str
    restocked: bool


@router.post("/orders/{sub_order_id}/refund", response={201: RefundOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
             summary="Refund a paid or shipped order in full (goods + duties and taxes)")
def refund_order(request: HttpRequest, sub_order_id: int, payload: RefundIn) -> Status[RefundOut]:
    sub = access_sub_order_for_seller(seller=_seller(request), sub_order_id=sub_order_id)
    refund = sub_order_refund(sub_order=sub, reason=payload.reason)
    return Status(201, RefundOut(amount=MoneyOut(amount=str(Money(refund.amount, refund.currency).quantize().amount), currency=refund.currency),
                                 reference=refund.reference, restocked=refund.restocked))
