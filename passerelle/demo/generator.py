"""Deterministic, offline demo marketplace (sellers, categories, products) built from catalog_words; pure Python, no Django."""

from __future__ import annotations

import html
import itertools
import random
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Mapping

from babel.numbers import get_currency_precision

from passerelle.demo.content_translations import TRANSLATED_LANGUAGES, ContentTranslation, load_translation, translation_exists
from passerelle.demo.catalog_words import (
    CATEGORIES,
    FAMILIES,
    REGISTRATION_PATTERNS,
    SELLERS,
    OptionAxis,
    OptionValue,
    ProductFamily,
    SellerProfile,
)

# The two sellers whose owners get a demo login: the Kenyan coffee cooperative and the Jura watchmaker.
DEMO_SELLER_LOGIN_SLUGS = ("ruiru-highlands-coffee-cooperative", "horlogerie-franches-montagnes")

DEMO_EMAIL_DOMAIN = "demo.passerelle.test"
MAX_VARIANTS_PER_PRODUCT = 6
DEFAULT_PRODUCTS_PER_SELLER = (14, 16)

# Units of currency per US dollar, rounded, used ONLY to give demo prices a plausible size in each
# seller's currency. They are not exchange rates: real conversions go through passerelle.fx.
DEMO_UNITS_PER_USD: Mapping[str, Decimal] = {
    "USD": Decimal("1"), "EUR": Decimal("0.92"), "CHF": Decimal("0.88"), "GBP": Decimal("0.79"),
    "KES": Decimal("130"), "NGN": Decimal("1550"), "GHS": Decimal("15.5"), "MXN": Decimal("17.5"),
    "BRL": Decimal("5.4"), "INR": Decimal("84"), "ZAR": Decimal("18.5"), "NZD": Decimal("1.68"),
    "CAD": Decimal("1.37"), "JPY": Decimal("150"), "AUD": Decimal("1.52"),
}


@dataclass(frozen=True)
class DemoCategory:
    slug: str
    name: str
    parent_slug: str | None
    name_translations: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DemoVariant:
    sku: str
    options: dict[str, str]  # {} for a single-variant product
    price: Decimal  # seller's currency, quantized to its minor unit
    weight_grams: int  # shipped weight, packaging included
    stock: int


@dataclass(frozen=True)
class DemoProduct:
    seller_slug: str
    category_slug: str
    title: str
    description_html: str  # <p>, <ul><li>, <strong> only
    hs_code: str
    origin_country: str  # ISO 3166-1 alpha-2
    brand: str
    image_seed: int
    variants: tuple[DemoVariant, ...]
    # Hand-written translations, by language: (title, description_html). See content_translations.
    translations: Mapping[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class DemoSeller:
    slug: str
    name: str
    email: str
    country: str  # ISO 3166-1 alpha-2
    currency: str  # ISO 4217
    headcount: int
    registration_number: str
    story: str
    description: str
    city: str
    description_translations: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DemoMarketplace:
    categories: tuple[DemoCategory, ...]
    sellers: tuple[DemoSeller, ...]
    products: tuple[DemoProduct, ...]


def generate_marketplace(seed: int = 2026, products_per_seller: int | None = None) -> DemoMarketplace:
    """Build the whole demo marketplace; the same seed always gives the same marketplace.

    products_per_seller=None gives each seller between 14 and 16 products (chosen by the seed).
    """
    if products_per_seller is not None and products_per_seller < 1:
        raise ValueError(f"products_per_seller must be at least 1 (or None for 14-16), got {products_per_seller!r}")
    rng = random.Random(seed)
    translations = [load_translation(language) for language in TRANSLATED_LANGUAGES if translation_exists(language)]
    categories = tuple(
        DemoCategory(slug, name, parent, {t.language: t.get("categories", slug) or name for t in translations})
        for slug, name, parent in CATEGORIES
    )
    sellers: list[DemoSeller] = []
    products: list[DemoProduct] = []
    for profile in SELLERS:
        sellers.append(_build_seller(profile, rng, translations))
        count = products_per_seller or rng.randint(*DEFAULT_PRODUCTS_PER_SELLER)
        products.extend(_build_products(profile, count, rng, translations))
    return DemoMarketplace(categories=categories, sellers=tuple(sellers), products=tuple(products))


# --- Sellers ---------------------------------------------------------------------------


def _build_seller(profile: SellerProfile, rng: random.Random, translations: list[ContentTranslation]) -> DemoSeller:
    if profile.currency not in DEMO_UNITS_PER_USD:
        raise ValueError(
            f"Seller {profile.slug!r} uses currency {profile.currency!r}; demo currencies are {sorted(DEMO_UNITS_PER_USD)}"
        )
    pattern = profile.registration_pattern or REGISTRATION_PATTERNS[profile.country]
    return DemoSeller(
        slug=profile.slug,
        name=profile.name,
        email=f"{profile.slug}@{DEMO_EMAIL_DOMAIN}",
        country=profile.country,
        currency=profile.currency,
        headcount=profile.headcount,
        registration_number=_fill_pattern(pattern, rng),
        story=profile.story,
        description=profile.description,
        city=profile.city,
        description_translations={t.language: t.get("shops", profile.slug) or profile.description for t in translations},
    )


def _fill_pattern(pattern: str, rng: random.Random) -> str:
    """'#' becomes a digit, '%' a digit from 1 to 9, '@' an uppercase letter; everything else is kept."""
    characters = []
    for character in pattern:
        if character == "#":
            characters.append(str(rng.randint(0, 9)))
        elif character == "%":
            characters.append(str(rng.randint(1, 9)))
        elif character == "@":
            characters.append(chr(rng.randint(ord("A"), ord("Z"))))
        else:
            characters.append(character)
    return "".join(characters)


# --- Products --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Choices:
    """What the seed picked for one product, so every language renders the same product."""

    title_template: str
    words: dict[str, str]  # slot -> English value
    sentences: list[str]
    bullets: list[str]
    number_suffix: str  # " No. 7" when the English title was already taken


def _build_products(profile: SellerProfile, count: int, rng: random.Random, translations: list[ContentTranslation]) -> list[DemoProduct]:
    prefix = _sku_prefix(profile.brand)
    families = [(key, FAMILIES[key]) for key in profile.families]
    offset = rng.randrange(len(families))
    titles: set[str] = set()
    products = []
    for number in range(1, count + 1):
        family_key, family = families[(offset + number) % len(families)]
        words, template = _pick_unique_title(profile, family_key, family, titles, rng)
        title = _render_title(template, words)
        suffix = f" No. {number}" if title in titles else ""
        titles.add(title + suffix)
        choices = _Choices(template, words, *_pick_description(family, rng), number_suffix=suffix)
        products.append(DemoProduct(
            seller_slug=profile.slug,
            category_slug=family.category_slug,
            title=title + suffix,
            description_html=_render_description(choices, None),
            hs_code=family.hs_code,
            origin_country=profile.country,
            brand=profile.brand,
            image_seed=rng.randrange(2**31),
            variants=_build_variants(family, profile.currency, f"{prefix}-{family.code}-{number:04d}", rng),
            translations={t.language: (_render_title(template, words, t) + suffix, _render_description(choices, t)) for t in translations},
        ))
    return products


def _pick_words(profile: SellerProfile, family_key: str, family: ProductFamily, rng: random.Random) -> dict[str, str]:
    """One value per slot; the seller's overrides win ("family.slot" over "slot" over the family's own words)."""
    overrides = profile.slot_overrides
    words = {"place": rng.choice(profile.places), "city": profile.city, "brand": profile.brand}
    for slot, values in family.slots.items():
        chosen = overrides.get(f"{family_key}.{slot}") or overrides.get(slot) or values
        words[slot] = rng.choice(chosen)
    return words


def _with_lower(words: dict[str, str]) -> dict[str, str]:
    """Adds {slot}_lower for every slot: lowered common words in scripts with letter case."""
    return {**words, **{f"{slot}_lower": _lower_common_words(value) for slot, value in words.items()}}


def _translated_words(words: dict[str, str], translation: ContentTranslation | None) -> dict[str, str]:
    if translation is None:
        return words
    # The brand is a name: it reads the same in every language.
    return {slot: value if slot == "brand" else (translation.get("words", value) or value) for slot, value in words.items()}


def _lower_common_words(text: str) -> str:
    """'First Flush' -> 'first flush', '5-Year' -> '5-year', but 'CTC', 'SL28', 'V-neck' and 'UMF 10+' stay as written."""
    return " ".join(word if re.search(r"[A-Z]{2}|[A-Z]\d|^[A-Z]-", word) else word.lower() for word in text.split(" "))


def _render_title(template: str, words: dict[str, str], translation: ContentTranslation | None = None) -> str:
    pattern = (translation.get("titles", template) if translation else None) or template
    return " ".join(pattern.format(**_with_lower(_translated_words(words, translation))).split())


def _pick_unique_title(
    profile: SellerProfile, family_key: str, family: ProductFamily, taken: set[str], rng: random.Random
) -> tuple[dict[str, str], str]:
    """Draw words until the title is new for this seller; gives up (returning a taken title) after 40 draws."""
    for _attempt in range(40):
        words = _pick_words(profile, family_key, family, rng)
        template = rng.choice(family.titles)
        if _render_title(template, words) not in taken:
            break
    return words, template


def _pick_description(family: ProductFamily, rng: random.Random) -> tuple[list[str], list[str]]:
    sentences = [rng.choice(family.leads)]
    sentences += rng.sample(family.body, k=rng.randint(1, min(3, len(family.body))))
    bullets: list[str] = []
    if family.bullets and rng.random() < 0.6:
        bullets = rng.sample(family.bullets, k=rng.randint(min(2, len(family.bullets)), len(family.bullets)))
    return sentences, bullets


# Chinese and Japanese sentences end in "。" and follow each other without a space.
_NO_SPACE_BETWEEN_SENTENCES = ("zh-hans", "ja")


def _render_description(choices: _Choices, translation: ContentTranslation | None) -> str:
    words = _with_lower(_translated_words(choices.words, translation))
    escaped = {slot: html.escape(value, quote=False) for slot, value in words.items()}

    def text(template: str) -> str:
        return ((translation.get("sentences", template) if translation else None) or template).format(**escaped)

    separator = "" if translation and translation.language in _NO_SPACE_BETWEEN_SENTENCES else " "
    paragraphs = [f"<p>{separator.join(_capitalise_first(text(sentence)) for sentence in choices.sentences)}</p>"]
    if choices.bullets:
        paragraphs.append("<ul>" + "".join(f"<li>{text(bullet)}</li>" for bullet in choices.bullets) + "</ul>")
    return "".join(paragraphs)


def _capitalise_first(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _sku_prefix(brand: str) -> str:
    ascii_brand = unicodedata.normalize("NFKD", brand).encode("ascii", "ignore").decode()
    letters = re.sub(r"[^A-Za-z]", "", ascii_brand.removeprefix("Château ")).upper()
    return letters[:3]


# --- Variants and prices ---------------------------------------------------------------


def _build_variants(family: ProductFamily, currency: str, sku_stem: str, rng: random.Random) -> tuple[DemoVariant, ...]:
    base_usd = rng.uniform(*family.usd_price)
    base_weight = family.weight_grams * rng.uniform(0.96, 1.04)
    chosen_axes = _choose_option_values(family.axes, rng)
    variants = []
    for combination in itertools.product(*(values for _axis, values in chosen_axes)):
        price_factor = weight_factor = 1.0
        for value in combination:
            price_factor *= value.price_factor
            weight_factor *= value.weight_factor
        variants.append(DemoVariant(
            sku="-".join([sku_stem, *(value.code for value in combination)]),
            options={axis.name: value.label for (axis, _values), value in zip(chosen_axes, combination)},
            price=demo_price(base_usd * price_factor, currency),
            weight_grams=round(base_weight * weight_factor),
            stock=0 if rng.random() < 0.05 else rng.randint(3, 200),
        ))
    return tuple(variants)


def _choose_option_values(
    axes: tuple[OptionAxis, ...], rng: random.Random
) -> list[tuple[OptionAxis, tuple[OptionValue, ...]]]:
    """Pick which option values a product offers: always the first value of each axis, at least two
    variants when the family has options, never more than MAX_VARIANTS_PER_PRODUCT in total."""
    budget = MAX_VARIANTS_PER_PRODUCT
    chosen = []
    for position, axis in enumerate(axes):
        most = min(len(axis.values), budget)
        fewest = min(2, most) if position == 0 else 1
        count = rng.randint(fewest, most)
        extra = sorted(rng.sample(range(1, len(axis.values)), k=count - 1))
        chosen.append((axis, tuple(axis.values[index] for index in [0, *extra])))
        budget //= count
    return chosen


def demo_price(usd_amount: float, currency: str) -> Decimal:
    """A shop-window price for a USD-equivalent amount: converted with DEMO_UNITS_PER_USD, rounded to a
    step that suits its size (USD 14.99, KES 1,850, NGN 21,500), quantized to the currency's minor unit."""
    units_per_usd = DEMO_UNITS_PER_USD[currency]
    amount = Decimal(repr(usd_amount)) * units_per_usd
    minor_unit = Decimal(1).scaleb(-get_currency_precision(currency))
    if amount < 200 and units_per_usd < 50 and minor_unit < 1:
        # Small amounts in a currency whose cents matter end in .99 or .49, the way shops price them.
        halves = (amount * 2).to_integral_value(ROUND_HALF_UP)
        return max(halves / 2 - Decimal("0.01"), Decimal("0.99")).quantize(minor_unit)
    step = _nice_step(amount)
    rounded = (amount / step).to_integral_value(ROUND_HALF_UP) * step
    return max(rounded, step).quantize(minor_unit)


def _nice_step(amount: Decimal) -> Decimal:
    """1 below 100, then a twentieth of the order of magnitude: 5 for 100-999, 50 for 1,000-9,999..."""
    if amount < 100:
        return Decimal(1)
    return Decimal(10) ** (len(str(int(amount))) - 1) / 20
