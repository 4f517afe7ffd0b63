"""Seller dashboard: shop profile, products and variants, stock, orders and shipping. Own shop only."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from passerelle.accounts.tokens import api_token_create, api_token_revoke
from passerelle.catalog.access import access_product_for_seller, access_variant_for_seller
from passerelle.catalog.models import Product, ProductTranslation, Variant
from passerelle.catalog.selectors import product_translation_states
from passerelle.catalog.services import (
    product_archive, product_create, product_image_add, product_translation_delete, product_translation_set, product_update, variant_create,
    variant_update,
)
from passerelle.core.errors import NotFound, ServiceError
from passerelle.crossborder.hs import hs_suggest
from passerelle.money import Money
from passerelle.money.format import format_money
from passerelle.fulfillment.paperwork import commercial_invoice_pdf, customs_declaration
from passerelle.fulfillment.services import sub_order_ship
from passerelle.orders.access import access_sub_order_for_seller
from passerelle.orders.models import SubOrder
from passerelle.payments.services import sub_order_refund
from passerelle.sellers.access import access_seller_for_user
from passerelle.sellers.models import SellerTranslation
from passerelle.sellers.services import PROFILE_FIELDS, seller_signup, seller_translation_delete, seller_translation_set, seller_update_profile
from passerelle.translation.services import products_missing_translations, translator_name
from passerelle.core.languages import active_locale

from .forms import (
    ImageForm, NewProductForm, ProductForm, ProductTranslationForm, SellerSignupForm, ShipForm, ShopProfileForm, ShopTranslationsForm, StockForm,
    VariantForm,
)



def seller_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Resolve request.seller from the signed-in user; others go to sign-in."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            request.seller = access_seller_for_user(request.user)  # type: ignore[attr-defined]
        except NotFound:
            messages.info(request, _("This account has no shop yet. Open one below."))
            return redirect("dashboard:signup")
        try:
            return view(request, *args, **kwargs)
        except NotFound as error:
            raise Http404(error.message) from None

    return wrapper


def _form_error(form: forms.Form, error: ServiceError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)


def signup(request: HttpRequest) -> HttpResponse:
    form = SellerSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            seller = seller_signup(email=data["email"], password=data["password"], profile={f: data[f] for f in PROFILE_FIELDS})
        except ServiceError as error:
            _form_error(form, error)
        else:
            login(request, seller.owner, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome, %(name)s! Add your first product.") % {"name": seller.name})
            return redirect("dashboard:product_new")
    return render(request, "dashboard/signup.html", {"form": form})


@seller_required
def home(request: HttpRequest) -> HttpResponse:
    seller = request.seller  # type: ignore[attr-defined]
    to_ship = SubOrder.objects.filter(seller=seller, status="paid").select_related("order").order_by("created_at")[:20]
    counts = {status: Product.objects.filter(seller=seller, status=status).count() for status in Product.Status.values}
    return render(request, "dashboard/home.html", {
        "seller": seller, "to_ship": to_ship, "counts": counts,
        "missing_translations": products_missing_translations(seller.pk), "translator_name": translator_name(),
    })


@seller_required
def profile(request: HttpRequest) -> HttpResponse:
    seller = request.seller  # type: ignore[attr-defined]
    form = ShopProfileForm(request.POST or None, initial={f: getattr(seller, f) for f in PROFILE_FIELDS})
    if request.method == "POST" and form.is_valid():
        try:
            seller_update_profile(seller=seller, profile=form.cleaned_data)
        except ServiceError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("Shop profile saved."))
            return redirect("dashboard:profile")
    return render(request, "dashboard/profile.html", {"form": form, "seller": seller, "translations_form": _shop_translations_form(seller)})


def _shop_translations_form(seller: Any, data: Any = None) -> ShopTranslationsForm:
    stored = dict(SellerTranslation.objects.filter(seller=seller).values_list("language", "description"))
    return ShopTranslationsForm(data, seller_language=seller.language, initial={f"description_{code}": text for code, text in stored.items()})


@seller_required
@require_POST
def profile_translations(request: HttpRequest) -> HttpResponse:
    """Save the shop description in every language at once: a filled field is stored, an emptied one removed."""
    seller = request.seller  # type: ignore[attr-defined]
    form = _shop_translations_form(seller, request.POST)
    if form.is_valid():
        with transaction.atomic():
            for name, text in form.cleaned_data.items():
                language = name.removeprefix("description_")
                if text.strip():
                    seller_translation_set(seller=seller, language=language, description=text)
                else:
                    seller_translation_delete(seller=seller, language=language)
        messages.success(request, _("Shop description translations saved."))
        return redirect("dashboard:profile")
    profile_form = ShopProfileForm(initial={f: getattr(seller, f) for f in PROFILE_FIELDS})
    return render(request, "dashboard/profile.html", {"form": profile_form, "seller": seller, "translations_form": form}, status=422)


@seller_required
def product_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "active")
    products = Product.objects.filter(seller=request.seller).prefetch_related("variants").order_by("-updated_at")  # type: ignore[attr-defined]
    if status in Product.Status.values:
        products = products.filter(status=status)
    page = Paginator(products, 50).get_page(request.GET.get("page"))
    return render(request, "dashboard/products.html", {"page": page, "status": status, "statuses": Product.Status.choices})


@seller_required
def product_new(request: HttpRequest) -> HttpResponse:
    seller = request.seller  # type: ignore[attr-defined]
    form = NewProductForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                product = product_create(
                    seller=seller,
                    data={f: data[f] for f in ("title", "category", "hs_code", "origin_country", "brand", "description")},
                    variants=[form.variant_data()],
                )
                if data.get("image"):
                    product_image_add(product=product, upload=data["image"])
        except ServiceError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("Product “%(title)s” is live.") % {"title": product.title})
            return redirect("dashboard:product_edit", product_id=product.pk)
    return render(request, "dashboard/product_new.html", {"form": form, "seller": seller})


@seller_required
def product_translation_edit(request: HttpRequest, product_id: int, language: str) -> HttpResponse:
    """The product's title and description in one buyer language, written (or checked) by the seller."""
    product = access_product_for_seller(seller=request.seller, product_id=product_id)  # type: ignore[attr-defined]
    if language not in dict(settings.LANGUAGES) or language == product.seller.language:
        raise Http404(_("No such language for this product"))
    existing = ProductTranslation.objects.filter(product=product, language=language).first()
    initial = {"title": existing.title, "description": existing.description} if existing else {}
    form = ProductTranslationForm(request.POST or None, initial=initial)
    if request.method == "POST" and request.POST.get("delete"):
        product_translation_delete(product=product, language=language)
        messages.success(request, _("Translation removed."))
        return redirect("dashboard:product_edit", product_id=product.pk)
    if request.method == "POST" and form.is_valid():
        try:
            product_translation_set(product=product, language=language, **form.cleaned_data)
        except ServiceError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("Translation saved."))
            return redirect("dashboard:product_edit", product_id=product.pk)
    context = {"product": product, "form": form, "language": language, "existing": existing}
    return render(request, "dashboard/product_translation.html", context, status=422 if form.errors else 200)


@seller_required
def product_edit(request: HttpRequest, product_id: int) -> HttpResponse:
    seller = request.seller  # type: ignore[attr-defined]
    product = access_product_for_seller(seller=seller, product_id=product_id)
    initial = {f: getattr(product, f) for f in ("title", "category", "hs_code", "origin_country", "brand", "description")}
    form = ProductForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            product_update(product=product, data=form.cleaned_data)
        except ServiceError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("Product saved."))
            return redirect("dashboard:product_edit", product_id=product.pk)
    return _product_page(request, product, form=form)


def _stock_form(variant: Variant) -> StockForm:
    price = Money(variant.price, variant.currency).quantize().amount  # 1550, not 1550.0000
    initial = {"price": price, "stock": variant.stock, "stock_seen": variant.stock, "weight_grams": variant.weight_grams, "is_active": variant.is_active}
    return StockForm(initial=initial, prefix=f"v{variant.pk}")


def _product_page(request: HttpRequest, product: Product, **forms_: Any) -> HttpResponse:
    variants = list(product.variants.all())
    context = {
        "product": product,
        "form": forms_.get("form") or ProductForm(initial={f: getattr(product, f) for f in ("title", "category", "hs_code", "origin_country", "brand", "description")}),
        "variant_form": forms_.get("variant_form") or VariantForm(),
        "image_form": forms_.get("image_form") or ImageForm(),
        "stock_forms": [(v, forms_.get(f"stock_{v.pk}") or _stock_form(v)) for v in variants],
        "images": product.images.all(),
        "translations": product_translation_states(product),
        "translator_name": translator_name(),
    }
    status = 422 if any(isinstance(f, forms.Form) and f.errors for f in forms_.values()) else 200
    return render(request, "dashboard/product_edit.html", context, status=status)


@seller_required
@require_POST
def variant_add(request: HttpRequest, product_id: int) -> HttpResponse:
    product = access_product_for_seller(seller=request.seller, product_id=product_id)  # type: ignore[attr-defined]
    form = VariantForm(request.POST)
    if form.is_valid():
        try:
            variant_create(product=product, data=form.variant_data())
        except ServiceError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("Variant added."))
            return redirect("dashboard:product_edit", product_id=product.pk)
    return _product_page(request, product, variant_form=form)


@seller_required
@require_POST
def variant_save(request: HttpRequest, variant_id: int) -> HttpResponse:
    variant = access_variant_for_seller(seller=request.seller, variant_id=variant_id)  # type: ignore[attr-defined]
    form = StockForm(request.POST, prefix=f"v{variant.pk}")
    if form.is_valid():
        data = dict(form.cleaned_data)
        seen = data.pop("stock_seen")
        if data["stock"] == seen:
            del data["stock"]  # unchanged on the page: leave whatever orders did to it alone
        try:
            variant_update(variant=variant, data=data, expected_stock=seen)
        except ServiceError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("%(sku)s saved.") % {"sku": variant.sku})
            return redirect("dashboard:product_edit", product_id=variant.product_id)
    return _product_page(request, variant.product, **{f"stock_{variant.pk}": form})


@seller_required
@require_POST
def image_add(request: HttpRequest, product_id: int) -> HttpResponse:
    product = access_product_for_seller(seller=request.seller, product_id=product_id)  # type: ignore[attr-defined]
    form = ImageForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            product_image_add(product=product, upload=form.cleaned_data["image"])
        except ServiceError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("Photo added."))
            return redirect("dashboard:product_edit", product_id=product.pk)
    return _product_page(request, product, image_form=form)


@seller_required
@require_POST
def product_archive_view(request: HttpRequest, product_id: int) -> HttpResponse:
    product = access_product_for_seller(seller=request.seller, product_id=product_id)  # type: ignore[attr-defined]
    if request.POST.get("restore"):
        product_update(product=product, data={"status": Product.Status.ACTIVE})
        messages.success(request, _("“%(title)s” is listed again.") % {"title": product.title})
    else:
        product_archive(product=product)
        messages.success(request, _("“%(title)s” is archived and no longer listed.") % {"title": product.title})
    return redirect("dashboard:products")


@seller_required
def order_list(request: HttpRequest) -> HttpResponse:
    sub_orders = SubOrder.objects.filter(seller=request.seller).select_related("order").order_by("-created_at")  # type: ignore[attr-defined]
    status = request.GET.get("status", "")
    if status:
        sub_orders = sub_orders.filter(status=status)
    page = Paginator(sub_orders, 50).get_page(request.GET.get("page"))
    return render(request, "dashboard/orders.html", {"page": page, "status": status})


@seller_required
def order_detail(request: HttpRequest, sub_order_id: int) -> HttpResponse:
    sub_order = access_sub_order_for_seller(seller=request.seller, sub_order_id=sub_order_id)  # type: ignore[attr-defined]
    form = ShipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sub_order_ship(sub_order=sub_order, **form.cleaned_data)
        except ServiceError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("Marked as shipped. The buyer can now see the tracking number."))
            return redirect("dashboard:order", sub_order_id=sub_order.pk)
    lines = sub_order.lines.all()
    context = {"sub_order": sub_order, "order": sub_order.order, "lines": lines, "form": form}
    return render(request, "dashboard/order.html", context, status=422 if form.errors else 200)


@seller_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    """Create (shown once) and revoke personal tokens for the seller API."""
    new_token = None
    if request.method == "POST":
        if revoke := request.POST.get("revoke"):
            if api_token_revoke(user=request.user, token_id=int(revoke) if revoke.isdigit() else -1):  # type: ignore[arg-type]
                messages.success(request, _("Token revoked."))
            return redirect("dashboard:api_tokens")
        new_token = api_token_create(user=request.user, name=(request.POST.get("name") or "API").strip()[:80])  # type: ignore[arg-type]
    tokens = request.user.api_tokens.filter(revoked_at__isnull=True).order_by("-created_at")  # type: ignore[union-attr]
    return render(request, "dashboard/api_tokens.html", {"tokens": tokens, "new_token": new_token})


@seller_required
def hs_suggest_view(request: HttpRequest) -> HttpResponse:
    """Suggested HS headings for a title: a fragment for htmx under the product form, a page without JS."""
    title = (request.GET.get("title") or "").strip()[:200]
    suggestions = hs_suggest(title) if len(title) >= 2 else []
    template = "dashboard/_hs_suggestions.html" if request.headers.get("HX-Request") else "dashboard/hs_suggest.html"
    return render(request, template, {"title": title, "suggestions": suggestions})


@seller_required
def order_invoice_pdf(request: HttpRequest, sub_order_id: int) -> HttpResponse:
    sub_order = access_sub_order_for_seller(seller=request.seller, sub_order_id=sub_order_id)  # type: ignore[attr-defined]
    if sub_order.status not in {"paid", "shipped"}:
        raise Http404(_("Paperwork is available once the order is paid"))
    response = HttpResponse(commercial_invoice_pdf(sub_order), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="invoice-{sub_order.number}.pdf"'
    return response


@seller_required
def order_customs_json(request: HttpRequest, sub_order_id: int) -> HttpResponse:
    sub_order = access_sub_order_for_seller(seller=request.seller, sub_order_id=sub_order_id)  # type: ignore[attr-defined]
    if sub_order.status not in {"paid", "shipped"}:
        raise Http404(_("Paperwork is available once the order is paid"))
    response = JsonResponse(customs_declaration(sub_order).as_dict(), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="cn23-{sub_order.number}.json"'
    return response


@seller_required
@require_POST
def order_refund(request: HttpRequest, sub_order_id: int) -> HttpResponse:
    sub_order = access_sub_order_for_seller(seller=request.seller, sub_order_id=sub_order_id)  # type: ignore[attr-defined]
    try:
        refund = sub_order_refund(sub_order=sub_order, reason=request.POST.get("reason", ""))
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Refunded %(amount)s to the buyer.") % {"amount": format_money(Money(refund.amount, refund.currency), active_locale())})
    return redirect("dashboard:order", sub_order_id=sub_order.pk)
