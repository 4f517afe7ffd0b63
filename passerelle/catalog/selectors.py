"""Storefront reads: listed products with filters and pages, product detail, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Case, DecimalField, ExpressionWrapper, F, OuterRef, Q, QuerySet, Subquery, Value, When
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from passerelle.core.errors import NotFound
from passerelle.money import RateTable
from passerelle.sellers.models import Seller

from .models import Category, CategoryTranslation, Product, ProductImage, ProductTranslation, Variant
from .pricing import BuyerPrice, buyer_price

SORTS = {"newest": ("-created_at", "-id"), "price_asc": ("price_norm", "id"), "price_desc": ("-price_norm", "-id")}


@dataclass(frozen=True)
class ProductFilters:
    query: str = ""
    category: Category | None = None
    origin: str | None = None
    price_low: Decimal | None = None  # in the buyer's currency
    price_high: Decimal | None = None
    seller: Seller | None = None
    sort: str = "newest"


@dataclass(frozen=True)
class ProductCard:
    id: int
    title: str
    slug: str
    seller_id: int
    seller_name: str
    seller_slug: str
    seller_country: str
    origin_country: str
    category_id: int
    image_url: str | None
    price: BuyerPrice | None
    in_stock: bool
    hs_code: str = ""
    weight_grams: int = 0  # of the cheapest variant, the one the "from" price is for
    title_language: str = ""  # the language `title` is written in: the buyer's, or the seller's when not translated
    is_fallback: bool = False


@dataclass(frozen=True)
class VariantView:
    id: int
    sku: str
    options: dict[str, str]
    options_label: str
    stock: int
    weight_grams: int
    price: BuyerPrice


@dataclass(frozen=True)
class ProductDetail:
    product: Product
    seller: Seller
    category: Category
    image_urls: list[str]
    variants: list[VariantView] = field(default_factory=list)
    price: BuyerPrice | None = None
    title: str = ""  # in `content_language`
    description_html: str = ""
    content_language: str = ""
    description_language: str = ""
    is_fallback: bool = False  # the buyer's language has no translation: shown in the seller's


def listed_products() -> QuerySet[Product]:
    """Products a buyer may see: active, with at least one variant, from a shop that is not suspended."""
    return Product.objects.filter(status=Product.Status.ACTIVE, seller__status=Seller.Status.ACTIVE, price_min__isnull=False)


def category_tree() -> list[tuple[Category, list[Category]]]:
    categories = cache.get("catalog:category-tree")
    if categories is None:
        categories = list(Category.objects.all())
        cache.set("catalog:category-tree", categories, 300)
    children: dict[int | None, list[Category]] = {}
    for category in categories:
        children.setdefault(category.parent_id, []).append(category)
    return [(top, children.get(top.pk, [])) for top in children.get(None, [])]


def category_with_descendant_ids(category: Category) -> list[int]:
    ids = [category.pk]
    for top, subs in category_tree():
        if top.pk == category.pk:
            ids += [sub.pk for sub in subs]
    return ids


def _normalized_price(table: RateTable | None) -> Case | F:
    """price_min in the rate table's base currency, so products priced in different currencies sort together.

    One branch per currency of the rate table, so a shop's first product in a new currency sorts right at once.
    """
    if table is None:
        return F("price_min")
    output = DecimalField(max_digits=30, decimal_places=10)
    whens = [
        When(currency=currency, then=ExpressionWrapper(F("price_min") / Value(table.rate(table.base, currency)), output_field=output))
        for currency in sorted(table.currencies)
    ]
    return Case(*whens, default=F("price_min"), output_field=output)


def product_search(filters: ProductFilters, buyer_currency: str, table: RateTable | None) -> QuerySet[Product]:
    products = listed_products()
    if filters.query:
        words = filters.query.split()[:8]
        for word in words:
            products = products.filter(Q(title__icontains=word) | Q(brand__icontains=word) | Q(seller__name__icontains=word))
    if filters.category is not None:
        products = products.filter(category_id__in=category_with_descendant_ids(filters.category))
    if filters.origin:
        products = products.filter(origin_country=filters.origin)
    if filters.seller is not None:
        products = products.filter(seller=filters.seller)
    needs_price = filters.price_low is not None or filters.price_high is not None or filters.sort != "newest"
    if needs_price:
        products = products.annotate(price_norm=_normalized_price(table))
        for bound, lookup in ((filters.price_low, "gte"), (filters.price_high, "lte")):
            if bound is not None:
                in_base = bound / table.rate(table.base, buyer_currency) if table and table.has(buyer_currency) else bound
                products = products.filter(**{f"price_norm__{lookup}": in_base})
    return products.order_by(*SORTS.get(filters.sort, SORTS["newest"]))


@dataclass(frozen=True)
class LocalizedText:
    title: str
    description_html: str
    language: str  # of the title
    is_fallback: bool
    description_language: str = ""  # differs from `language` when a translation has a title but no description


def localized_texts(products: list[Product], language: str) -> dict[int, LocalizedText]:
    """Each product's title and description in `language`, or in its seller's language when not translated.

    One query for the whole page. Products must come with their seller (select_related).
    """
    wanted = [p.pk for p in products if p.seller.language != language]
    translations = {
        t.product_id: t for t in ProductTranslation.objects.filter(product_id__in=wanted, language=language).only("product_id", "title", "description")
    } if wanted else {}
    texts = {}
    for p in products:
        translation = translations.get(p.pk)
        if p.seller.language == language or translation is None:
            texts[p.pk] = LocalizedText(p.title, p.description, p.seller.language, is_fallback=p.seller.language != language,
                                        description_language=p.seller.language)
        else:
            texts[p.pk] = LocalizedText(translation.title, translation.description or p.description, language, is_fallback=False,
                                        description_language=language if translation.description else p.seller.language)
    return texts


def category_names(language: str) -> dict[int, str]:
    """Category names in `language`, falling back to the name the operator gave (English)."""
    key = f"catalog:category-names:{language}"
    names = cache.get(key)
    if names is None:
        names = dict(Category.objects.values_list("pk", "name"))
        names.update(CategoryTranslation.objects.filter(language=language).values_list("category_id", "name"))
        cache.set(key, names, 300)
    return names


def product_cards(products: list[Product], buyer_currency: str, table: RateTable | None, language: str | None = None) -> list[ProductCard]:
    """Cards for one page: one query for their first images and one for their translations, whatever the page size."""
    texts = localized_texts(products, language or get_language() or settings.LANGUAGE_CODE)
    first_image: dict[int, str] = {}
    for image in ProductImage.objects.filter(product_id__in=[p.pk for p in products]).order_by("product_id", "position", "id"):
        first_image.setdefault(image.product_id, image.image.url)
    return [
        ProductCard(
            id=p.pk, title=texts[p.pk].title, title_language=texts[p.pk].language, is_fallback=texts[p.pk].is_fallback, slug=p.slug, seller_id=p.seller_id, seller_name=p.seller.name, seller_slug=p.seller.slug,
            seller_country=p.seller.country, origin_country=p.origin_country, category_id=p.category_id,
            image_url=first_image.get(p.pk),
            price=buyer_price(p.price_min, p.currency, buyer_currency, table) if p.price_min is not None else None,
            in_stock=p.in_stock, hs_code=p.hs_code, weight_grams=getattr(p, "cheapest_weight", None) or 0,
        )
        for p in products
    ]


def product_page(filters: ProductFilters, buyer_currency: str, table: RateTable | None, page_number: int | str, per_page: int = 24) -> tuple[Page, list[ProductCard]]:
    # The cheapest variant's weight rides along in the page query: duties on a "from" price need it.
    cheapest = Variant.objects.filter(product=OuterRef("pk"), is_active=True).order_by("price", "id").values("weight_grams")[:1]
    products = product_search(filters, buyer_currency, table).select_related("seller").annotate(cheapest_weight=Subquery(cheapest))
    paginator = Paginator(products, per_page)
    page = paginator.get_page(page_number)
    return page, product_cards(list(page.object_list), buyer_currency, table)


def fetch_product_detail(product_id: int, buyer_currency: str, table: RateTable | None, language: str | None = None) -> ProductDetail:
    try:  # get(), not first(): no ORDER BY to compile and run for a primary-key lookup
        product = listed_products().select_related("seller", "category", "category__parent").get(pk=product_id)
    except Product.DoesNotExist:
        raise NotFound(_("product: no product %(id)s is for sale") % {"id": product_id}, field="product_id") from None
    variants = [
        VariantView(
            id=v.pk, sku=v.sku, options=v.options, options_label=v.options_label, stock=v.stock, weight_grams=v.weight_grams,
            price=buyer_price(v.price, v.currency, buyer_currency, table),
        )
        for v in Variant.objects.filter(product=product, is_active=True)
    ]
    text = localized_texts([product], language or get_language() or settings.LANGUAGE_CODE)[product.pk]
    return ProductDetail(
        title=text.title, description_html=text.description_html, content_language=text.language, is_fallback=text.is_fallback,
        description_language=text.description_language,
        product=product,
        seller=product.seller,
        category=product.category,
        image_urls=[image.image.url for image in product.images.all()],
        variants=variants,
        price=buyer_price(product.price_min, product.currency, buyer_currency, table) if product.price_min is not None else None,
    )


@dataclass(frozen=True)
class TranslationState:
    language: str
    status: str  # "missing", "machine" or "reviewed"
    title: str = ""


def product_translation_states(product: Product) -> list[TranslationState]:
    """Every storefront language but the seller's, with how far the product is translated into it."""
    stored = {t.language: t for t in ProductTranslation.objects.filter(product=product).only("language", "status", "title")}
    return [
        TranslationState(code, stored[code].status, stored[code].title) if code in stored else TranslationState(code, "missing")
        for code, _ in settings.LANGUAGES if code != product.seller.language
    ]
