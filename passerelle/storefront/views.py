"""Buyer pages: browse, search, product, shop, cart, checkout, pay, order status. Thin: services decide."""

from __future__ import annotations

from django.contrib import messages
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from passerelle.catalog.models import Category, Product
from passerelle.catalog.selectors import (
    ProductFilters, category_tree, fetch_product_detail, listed_products, localized_texts, product_cards, product_page,
)
from passerelle.checkout.selectors import cart_duties_estimate, fetch_cart
from passerelle.checkout.services import cart_add_line, cart_set_line_quantity, checkout_place_order
from passerelle.core.countries import country_name
from passerelle.core.errors import NotFound, ServiceError
from passerelle.fx.selectors import current_rate_table
from passerelle.money import RateTable
from passerelle.orders.access import access_order_by_token
from passerelle.orders.models import Order
from passerelle.payments.services import order_pay
from passerelle.search.selectors import PER_PAGE, SearchRequest, products_in_order, search_products
from passerelle.sellers.models import Seller
from passerelle.sellers.selectors import shop_description
from passerelle.sellers.services import HOME_SELLERS_CACHE_KEY
from passerelle.core.languages import active_locale

from .cart_session import session_cart, session_cart_forget
from .duties import ddp_for_cards, ddp_for_variants
from .forms import AddToCartForm, CheckoutForm, ListingFilterForm, PaymentForm, PreferencesForm
from .preferences import COOKIE_MAX_AGE, COUNTRY_COOKIE, CURRENCY_COOKIE


def home(request: HttpRequest) -> HttpResponse:
    table = current_rate_table()
    _, cards = product_page(ProductFilters(), request.buyer.currency, table, 1, per_page=12)  # type: ignore[attr-defined]
    ddp = ddp_for_cards(request, cards, table)
    sellers = cache.get(HOME_SELLERS_CACHE_KEY)
    if sellers is None:
        sellers = list(Seller.objects.filter(status=Seller.Status.ACTIVE).order_by("-headcount")[:8])
        cache.set(HOME_SELLERS_CACHE_KEY, sellers, 300)
    return render(request, "storefront/home.html", {"cards": cards, "ddp": ddp, "categories": category_tree(), "sellers": sellers, "rates": table})


def _origin_choices() -> list[tuple[str, str]]:
    """Countries products come from, named and sorted in the page's language."""
    codes = cache.get("storefront:origins")
    if codes is None:
        codes = sorted(set(listed_products().values_list("origin_country", flat=True).distinct()))
        cache.set("storefront:origins", codes, 300)
    locale = active_locale()
    return sorted(((code, country_name(code, locale)) for code in codes), key=lambda pair: pair[1])


def _listing(request: HttpRequest, *, template: str, category: Category | None = None, seller: Seller | None = None, extra: dict | None = None) -> HttpResponse:
    form = ListingFilterForm(request.GET or None, origins=_origin_choices())
    data: dict = {}
    if form.is_bound:
        form.is_valid()  # a bad field is shown next to itself; cleaned_data keeps the valid ones
        data = form.cleaned_data
    if category is None and data.get("category"):
        category = Category.objects.filter(slug=data["category"]).first()
    filters = ProductFilters(
        query=(data.get("q") or "").strip(),
        category=category,
        origin=data.get("origin") or None,
        price_low=data.get("price_min"),
        price_high=data.get("price_max"),
        seller=seller,
        sort=data.get("sort") or ("relevance" if data.get("q") else "newest"),
    )
    table = current_rate_table()
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "category": category, "seller": seller, "filters": filters, "categories": category_tree(),
               "querystring": query.urlencode(), "rates": table, **(extra or {})}
    if filters.query:
        context.update(_search_results(request, filters, table, query))
    else:
        context["page"], context["cards"] = product_page(filters, request.buyer.currency, table, request.GET.get("page", 1))  # type: ignore[attr-defined]
    context["ddp"] = ddp_for_cards(request, context["cards"], table)
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "results":
        return render(request, "storefront/_results.html", context)
    return render(request, template, context)


def _search_results(request: HttpRequest, filters: ProductFilters, table: RateTable | None, query: QueryDict) -> dict:
    """The search service's page, as the listing templates show it, with facets as links that keep the other filters."""
    try:
        page_number = int(request.GET.get("page", 1))
    except ValueError:
        page_number = 1
    results = search_products(SearchRequest(
        query=filters.query, currency=request.buyer.currency, category=filters.category,  # type: ignore[attr-defined]
        seller_id=filters.seller.pk if filters.seller else None, origin=filters.origin,
        price_low=filters.price_low, price_high=filters.price_high, page=page_number, sort=filters.sort,
    ), table)
    cards = product_cards(products_in_order(results.product_ids), request.buyer.currency, table)  # type: ignore[attr-defined]
    by_id = {category.pk: category for top, subs in category_tree() for category in (top, *subs)}

    def link(**changes: str) -> str:
        linked = query.copy()
        for key, value in changes.items():
            linked.pop(key, None)
            if value:
                linked[key] = value
        return "?" + linked.urlencode()

    return {
        "page": Paginator(range(results.total), PER_PAGE).get_page(results.page),
        "cards": cards,
        "results": results,
        "facet_categories": [(by_id[int(f.value)], f.count, link(category=by_id[int(f.value)].slug))
                             for f in results.facets.categories if int(f.value) in by_id],
        "facet_origins": [(f.value, f.count, link(origin=f.value)) for f in results.facets.origins],
        "facet_prices": [(band, link(price_min=str(band.low.amount) if band.low else "", price_max=str(band.high.amount) if band.high else ""))
                         for band in results.facets.price_bands],
        "clear_category": link(category="") if filters.category else "",
    }


def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    return _listing(request, template="storefront/category.html", category=category)


def product_list(request: HttpRequest) -> HttpResponse:
    """All products, and the search page: the same listing with a query."""
    return _listing(request, template="storefront/search.html")


def seller_shop(request: HttpRequest, slug: str) -> HttpResponse:
    seller = get_object_or_404(Seller, slug=slug, status=Seller.Status.ACTIVE)
    return _listing(request, template="storefront/shop.html", seller=seller, extra={"shop_text": shop_description(seller, get_language())})


def search_suggest(request: HttpRequest) -> HttpResponse:
    """Autocomplete for the search box: up to eight product titles in the buyer's language, as <option>s."""
    results = search_products(SearchRequest(query=request.GET.get("q", ""), currency=request.buyer.currency, per_page=8, autocomplete=True), None)  # type: ignore[attr-defined]
    products = products_in_order(results.product_ids)
    texts = localized_texts(products, get_language())
    return render(request, "storefront/_suggestions.html", {"titles": list(dict.fromkeys(texts[p.pk].title for p in products))})


def product_detail(request: HttpRequest, product_id: int, slug: str = "") -> HttpResponse:
    table = current_rate_table()
    try:
        detail = fetch_product_detail(product_id, request.buyer.currency, table, get_language())  # type: ignore[attr-defined]
    except NotFound:
        raise Http404(_("No such product")) from None
    if slug != detail.product.slug:
        return redirect("storefront:product", product_id=product_id, slug=detail.product.slug, permanent=True)
    default_variant_id = next((variant.id for variant in detail.variants if variant.stock), None)
    ddp = ddp_for_variants(request, detail, table)
    context = {"detail": detail, "default_variant_id": default_variant_id, "ddp": ddp, "ddp_first": ddp.get(default_variant_id or -1)}
    return render(request, "storefront/product.html", context)


def cart_view(request: HttpRequest) -> HttpResponse:
    cart = session_cart(request)
    view = fetch_cart(cart, current_rate_table()) if cart else None
    return render(request, "storefront/cart.html", {"cart": view})


@require_POST
def cart_add(request: HttpRequest) -> HttpResponse:
    form = AddToCartForm(request.POST)
    back = request.POST.get("next") or reverse("storefront:cart")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("storefront:cart")
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(request, f"{form.fields[field].label or field}: {' '.join(errors)}" if field in form.fields else ' '.join(errors))
        return HttpResponseRedirect(back)
    cart = session_cart(request, create=True)
    try:
        line = cart_add_line(cart=cart, variant_id=form.cleaned_data["variant_id"], quantity=form.cleaned_data["quantity"])  # type: ignore[arg-type]
    except ServiceError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(back)
    messages.success(request, _("Added to your cart: %(title)s × %(quantity)s") % {
        "title": localized_texts([line.variant.product], get_language())[line.variant.product_id].title, "quantity": form.cleaned_data["quantity"]})
    return redirect("storefront:cart")


@require_POST
def cart_update(request: HttpRequest) -> HttpResponse:
    cart = session_cart(request)
    if cart is None:
        return redirect("storefront:cart")
    try:
        cart_set_line_quantity(cart=cart, variant_id=request.POST.get("variant_id"), quantity=request.POST.get("quantity", ""))
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("storefront:cart")


def checkout(request: HttpRequest) -> HttpResponse:
    cart = session_cart(request)
    if cart is None or not cart.lines.exists():
        messages.info(request, _("Your cart is empty."))
        return redirect("storefront:cart")
    initial = {"country": request.buyer.country, "email": request.user.email if request.user.is_authenticated else ""}  # type: ignore[attr-defined]
    form = CheckoutForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            identity = {"name": data["id_name"], "id_number": data["id_number"]}
            order = checkout_place_order(cart=cart, email=data["email"], shipping_address=data, buyer=request.user, cbec_identity=identity)
        except ServiceError as error:
            field = (error.field or "").split(".")[-1]
            field = {"name": "id_name"}.get(field, field) if (error.field or "").startswith("cbec_identity") else field
            form.add_error(field if field in form.fields else None, error.message)
        else:
            session_cart_forget(request)
            return redirect("storefront:order_pay", order_id=order.pk, token=order.token)
    table = current_rate_table()
    view = fetch_cart(cart, table)
    destination = (form.data.get("country") if form.is_bound else None) or request.buyer.country  # type: ignore[attr-defined]
    estimate = cart_duties_estimate(cart, str(destination).upper()[:2], table)
    return render(request, "storefront/checkout.html", {"form": form, "cart": view, "estimate": estimate, "destination": destination})


def _order_or_404(order_id: int, token: str) -> Order:
    try:
        return access_order_by_token(order_id=order_id, token=token)
    except NotFound:
        raise Http404(_("No such order")) from None


def order_pay_view(request: HttpRequest, order_id: int, token: str) -> HttpResponse:
    order = _order_or_404(order_id, token)
    if order.status == "paid":
        return redirect("storefront:order", order_id=order.pk, token=order.token)
    form = PaymentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            order_pay(order=order, gateway=form.cleaned_data["gateway"], card_number=form.cleaned_data["card_number"])
        except ServiceError as error:
            form.add_error("card_number" if error.field == "card_number" else None, error.message)
        else:
            return redirect(reverse("storefront:order", kwargs={"order_id": order.pk, "token": order.token}) + "?confirmed=1")
    return render(request, "storefront/pay.html", {"order": _order_context(order), "form": form}, status=200 if not form.errors else 422)


def _order_context(order: Order) -> Order:
    return Order.objects.prefetch_related("sub_orders__lines", "sub_orders__seller", "sub_orders__shipment", "payments").get(pk=order.pk)


def order_detail(request: HttpRequest, order_id: int, token: str) -> HttpResponse:
    order = _order_or_404(order_id, token)
    return render(request, "storefront/order.html", {"order": _order_context(order), "confirmed": request.GET.get("confirmed") == "1"})


@require_POST
def preferences(request: HttpRequest) -> HttpResponse:
    form = PreferencesForm(request.POST)
    back = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "/"
    response = HttpResponseRedirect(back)
    if form.is_valid():
        response.set_cookie(CURRENCY_COOKIE, form.cleaned_data["currency"], max_age=COOKIE_MAX_AGE, samesite="Lax")
        response.set_cookie(COUNTRY_COOKIE, form.cleaned_data["country"], max_age=COOKIE_MAX_AGE, samesite="Lax")
    else:
        messages.error(request, "; ".join(f"{f}: {' '.join(e)}" for f, e in form.errors.items()))
    return response


def product_redirect(request: HttpRequest, product_id: int) -> HttpResponse:
    product = get_object_or_404(Product, pk=product_id)
    return redirect("storefront:product", product_id=product.pk, slug=product.slug)
