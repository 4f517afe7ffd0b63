"""Data for the demo generator: category tree, product families (title/description templates, options, HS codes) and seller profiles."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

# --- Shapes of the data ---------------------------------------------------------------


@dataclass(frozen=True)
class OptionValue:
    label: str
    code: str  # SKU segment, unique within its axis
    price_factor: float = 1.0
    weight_factor: float = 1.0


@dataclass(frozen=True)
class OptionAxis:
    """One option a buyer picks (size, grind...). The first value is always offered."""

    name: str
    values: tuple[OptionValue, ...]


@dataclass(frozen=True)
class ProductFamily:
    """A kind of product: its category, HS code, price range and the words its listings are written from.

    Templates use str.format slots: the family's own `slots`, the seller's `places` as {place},
    and {brand}/{city}. Every slot also exists as {slot_lower} (title-case words lowered).
    """

    code: str  # SKU segment
    category_slug: str
    hs_code: str
    usd_price: tuple[float, float]  # base variant, before option factors
    weight_grams: int  # shipped weight of the base variant
    axes: tuple[OptionAxis, ...]
    titles: tuple[str, ...]
    slots: Mapping[str, tuple[str, ...]]
    leads: tuple[str, ...]  # first sentence of the description
    body: tuple[str, ...]  # 1-3 of these follow
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class SellerProfile:
    slug: str
    name: str
    brand: str
    country: str
    currency: str
    city: str
    headcount: int
    families: tuple[str, ...]
    places: tuple[str, ...]
    story: str
    description: str
    slot_overrides: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    registration_pattern: str | None = None  # overrides the country's pattern


# slot_overrides keys are "slot" (all of the seller's families) or "family.slot" (that family only).


def _axis(name: str, *values: tuple[str, str] | tuple[str, str, float, float]) -> OptionAxis:
    return OptionAxis(name, tuple(OptionValue(*value) for value in values))


def _slots(**words: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType(words)


# --- Category tree: (slug, name, parent_slug) -------------------------------------------

CATEGORIES: tuple[tuple[str, str, str | None], ...] = (
    ("coffee", "Coffee", None),
    ("coffee-whole-bean", "Whole bean", "coffee"),
    ("coffee-ground", "Ground", "coffee"),
    ("coffee-green", "Green beans", "coffee"),
    ("tea", "Tea", None),
    ("tea-black", "Black", "tea"),
    ("tea-green", "Green", "tea"),
    ("tea-herbal", "Herbal", "tea"),
    ("ginseng-herbs", "Ginseng & herbs", None),
    ("ginseng-roots", "Ginseng roots", "ginseng-herbs"),
    ("ginseng-slices-powder", "Ginseng slices & powder", "ginseng-herbs"),
    ("honey-syrups", "Honey & syrups", None),
    ("honey", "Honey", "honey-syrups"),
    ("maple-syrup", "Maple syrup", "honey-syrups"),
    ("bee-products", "Bee products", "honey-syrups"),
    ("wine", "Wine", None),
    ("wine-red", "Red", "wine"),
    ("wine-white", "White", "wine"),
    ("wine-sparkling", "Sparkling", "wine"),
    ("wine-dessert", "Dessert & ice wine", "wine"),
    ("olive-oil-pantry", "Olive oil & pantry", None),
    ("olive-oil", "Olive oil", "olive-oil-pantry"),
    ("pantry-preserves", "Olives & preserves", "olive-oil-pantry"),
    ("skin-care", "Skin care", None),
    ("skin-care-face", "Face", "skin-care"),
    ("skin-care-body", "Body & soap", "skin-care"),
    ("skin-care-oils", "Natural oils & butters", "skin-care"),
    ("leather-goods", "Leather goods", None),
    ("handbags", "Handbags", "leather-goods"),
    ("wallets", "Wallets", "leather-goods"),
    ("belts", "Belts", "leather-goods"),
    ("watches", "Watches", None),
    ("watches-automatic", "Automatic", "watches"),
    ("watches-hand-wound", "Hand-wound", "watches"),
    ("watch-straps", "Straps", "watches"),
    ("apparel", "Apparel", None),
    ("apparel-t-shirts", "T-shirts", "apparel"),
    ("apparel-knitwear", "Knitwear", "apparel"),
    ("apparel-dresses", "Dresses", "apparel"),
    ("apparel-shirts", "Shirts", "apparel"),
    ("apparel-scarves", "Scarves & shawls", "apparel"),
    ("crafts-home", "Crafts & home", None),
    ("baskets", "Baskets", "crafts-home"),
    ("carvings", "Carvings", "crafts-home"),
    ("tableware", "Ceramics & tableware", "crafts-home"),
    ("home-textiles", "Home textiles", "crafts-home"),
    ("clocks", "Clocks", "crafts-home"),
    ("toys", "Toys", None),
    ("wooden-toys", "Wooden toys", "toys"),
    ("festive-ornaments", "Festive ornaments", "toys"),
    ("jewellery", "Jewellery", None),
    ("jewellery-silver", "Silver", "jewellery"),
    ("jewellery-beadwork", "Beadwork", "jewellery"),
    ("chocolate-snacks", "Chocolate & snacks", None),
    ("chocolate", "Chocolate", "chocolate-snacks"),
    ("dried-fruit", "Dried fruit", "chocolate-snacks"),
    ("nuts", "Nuts", "chocolate-snacks"),
    ("spices", "Spices", None),
    ("vanilla", "Vanilla", "spices"),
    ("pepper-chillies", "Pepper & chillies", "spices"),
    ("whole-spices", "Saffron & whole spices", "spices"),
    ("spice-blends", "Spice blends", "spices"),
)

# --- Registration numbers: '#' is a digit, '%' a digit 1-9, '@' an uppercase letter -----

REGISTRATION_PATTERNS: Mapping[str, str] = MappingProxyType({
    "US": "EIN ##-#######",
    "KE": "PVT-@@@####@",
    "ET": "TIN 00########",
    "CO": "NIT 900.###.###-#",
    "PE": "RUC 20#########",
    "MX": "RFC @@@1#0%1#@@#",
    "BR": "CNPJ ##.###.###/0001-##",
    "IT": "P.IVA IT0##########",
    "FR": "SIRET ### ### ### 000##",
    "CH": "CHE-###.###.###",
    "DE": "HRB #####",
    "IN": "CIN U#####@@201#PTC######",
    "ZA": "201#/######/07",
    "NG": "RC %######",
    "GH": "CS#########",
    "ES": "CIF B########",
    "GR": "GEMI ############",
    "MA": "ICE 00#############",
    "NZ": "NZBN 9429#########",
    "CA": "BN #########RC0001",
})

# --- Option axes ------------------------------------------------------------------------

COFFEE_SIZE = _axis("size", ("250 g", "250G"), ("500 g", "500G", 1.85, 1.93), ("1 kg", "1KG", 3.4, 3.8))
COFFEE_GRIND_WITH_BEANS = _axis("grind", ("Whole bean", "WB"), ("Espresso", "ES"), ("Filter", "FI"), ("French press", "FP"))
COFFEE_GRIND = _axis("grind", ("Filter", "FI"), ("Espresso", "ES"), ("French press", "FP"), ("Moka pot", "MK"))
COFFEE_SIZE_GROUND = _axis("size", ("250 g", "250G"), ("500 g", "500G", 1.85, 1.93))
GREEN_COFFEE_SIZE = _axis("size", ("1 kg", "1KG"), ("5 kg", "5KG", 4.6, 4.9), ("10 kg", "10KG", 8.8, 9.7))
TEA_SIZE = _axis("size", ("100 g", "100G"), ("250 g", "250G", 2.2, 2.3), ("500 g", "500G", 4.0, 4.4))
GINSENG_SIZE = _axis("size", ("2 oz (57 g)", "2OZ"), ("4 oz (113 g)", "4OZ", 1.9, 1.7), ("8 oz (227 g)", "8OZ", 3.6, 3.1))
JAR_SIZE = _axis("size", ("250 g", "250G"), ("500 g", "500G", 1.8, 1.85), ("1 kg", "1KG", 3.2, 3.5))
SMALL_JAR_SIZE = _axis("size", ("50 g", "50G"), ("100 g", "100G", 1.8, 1.6), ("250 g", "250G", 4.0, 3.4))
MANUKA_GRADE = _axis("grade", ("UMF 10+", "U10"), ("UMF 15+", "U15", 1.7, 1.0), ("UMF 20+", "U20", 3.0, 1.0))
MANUKA_SIZE = _axis("size", ("250 g", "250G"), ("500 g", "500G", 1.8, 1.85))
MAPLE_SIZE = _axis("size", ("250 ml", "250ML"), ("500 ml", "500ML", 1.75, 1.7), ("1 L", "1L", 3.1, 3.2))
WINE_PACK = _axis("format", ("750 ml", "750ML"), ("6 × 750 ml case", "6X750", 5.6, 6.4))
DESSERT_WINE_PACK = _axis("format", ("375 ml", "375ML"), ("6 × 375 ml case", "6X375", 5.7, 6.3))
OIL_SIZE = _axis("size", ("500 ml", "500ML"), ("750 ml", "750ML", 1.4, 1.4), ("3 L tin", "3L", 4.8, 4.2))
PRESERVE_SIZE = _axis("size", ("180 g jar", "180G"), ("500 g jar", "500G", 2.3, 2.4))
CREAM_SIZE = _axis("size", ("50 ml", "50ML"), ("100 ml", "100ML", 1.7, 1.7))
SOAP_PACK = _axis("pack", ("1 bar", "1"), ("3 bars", "3", 2.7, 2.9), ("6 bars", "6", 5.0, 5.7))
OIL_BOTTLE = _axis("size", ("10 ml", "10ML"), ("30 ml", "30ML", 2.4, 1.6), ("100 ml", "100ML", 6.5, 3.2))
COSMETIC_OIL = _axis("size", ("30 ml", "30ML"), ("50 ml", "50ML", 1.5, 1.4), ("100 ml", "100ML", 2.6, 2.3))
BUTTER_SIZE = _axis("size", ("100 g", "100G"), ("250 g", "250G", 2.1, 2.2), ("500 g", "500G", 3.7, 4.1))
LEATHER_COLOUR = _axis("colour", ("Cognac", "COG"), ("Black", "BLK"), ("Tan", "TAN"), ("Oxblood", "OXB"), ("Natural", "NAT"))
BELT_LENGTH = _axis("length", ("85 cm", "85"), ("90 cm", "90"), ("95 cm", "95"), ("100 cm", "100"), ("105 cm", "105"))
WATCH_STRAP = _axis("strap", ("Leather strap", "LTH"), ("Steel bracelet", "STL", 1.14, 1.5))
STRAP_WIDTH = _axis("width", ("18 mm", "18"), ("20 mm", "20"), ("22 mm", "22"))
APPAREL_SIZE = _axis("size", ("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL"))
BASKET_SIZE = _axis("size", ("Small (20 cm)", "S"), ("Medium (30 cm)", "M", 1.6, 1.7), ("Large (40 cm)", "L", 2.4, 2.6))
CARVING_SIZE = _axis("size", ("Small (10 cm)", "S"), ("Medium (20 cm)", "M", 2.2, 2.5), ("Large (30 cm)", "L", 4.0, 4.5))
TABLEWARE_SET = _axis("set", ("Single piece", "1"), ("Set of 4", "4", 3.6, 4.1))
POUF_SIZE = _axis("size", ("45 cm", "45"), ("55 cm", "55", 1.35, 1.3))
RING_SIZE = _axis("ring size", ("52", "52"), ("54", "54"), ("56", "56"), ("58", "58"), ("60", "60"))
BAR_PACK = _axis("pack", ("1 bar", "1"), ("Box of 5", "5", 4.5, 4.8))
PRALINE_BOX = _axis("box", ("9 pieces", "9"), ("16 pieces", "16", 1.7, 1.6), ("24 pieces", "24", 2.4, 2.3))
SNACK_SIZE = _axis("size", ("100 g", "100G"), ("250 g", "250G", 2.2, 2.3), ("1 kg", "1KG", 7.5, 8.5))
NUT_SIZE = _axis("size", ("250 g", "250G"), ("500 g", "500G", 1.85, 1.9), ("1 kg", "1KG", 3.4, 3.7))
VANILLA_PACK = _axis("pack", ("2 pods", "2"), ("5 pods", "5", 2.2, 1.5), ("10 pods", "10", 4.0, 2.5))
EXTRACT_SIZE = _axis("size", ("60 ml", "60ML"), ("120 ml", "120ML", 1.8, 1.7), ("250 ml", "250ML", 3.4, 3.1))
SPICE_SIZE = _axis("size", ("50 g", "50G"), ("100 g", "100G", 1.8, 1.7), ("250 g", "250G", 4.0, 3.8))
SAFFRON_SIZE = _axis("size", ("1 g", "1G"), ("2 g", "2G", 1.9, 1.05), ("5 g", "5G", 4.5, 1.2))

# --- Shared sentences -------------------------------------------------------------------

COFFEE_BODY = (
    "Expect notes of {note} in the cup.",
    "Cherries are hand-picked at peak ripeness and sorted twice before drying on raised beds.",
    "Every bag carries its lot number, so you can trace it back to the washing station.",
    "Roasted in small batches and packed in valved bags that keep the beans fresh for months.",
    "It shines as a pour-over and keeps its sweetness with milk.",
)
COFFEE_BULLETS = (
    "<strong>Varietal:</strong> {varietal}",
    "<strong>Process:</strong> {process}",
    "<strong>Altitude:</strong> {altitude} m",
    "<strong>Tasting notes:</strong> {note}",
    "<strong>Roast:</strong> {roast}",
)
WINE_BODY = (
    "Hand-harvested, fermented in small lots and bottled at the estate.",
    "On the palate: {note}.",
    "Ready to drink now and will reward a few more years in the cellar.",
    "Serve with {pairing}.",
    "Shipped in protective moulded packaging, temperature-checked before dispatch.",
)
WINE_BULLETS = (
    "<strong>Grape:</strong> {varietal}",
    "<strong>Vintage:</strong> {vintage}",
    "<strong>Tasting notes:</strong> {note}",
    "<strong>Food pairing:</strong> {pairing}",
)
TEA_BODY = (
    "Brew at 85–95 °C for three minutes; the leaves give a second infusion.",
    "Packed in resealable foil-lined pouches within weeks of plucking.",
    "Expect {note} in the cup.",
    "Grown by smallholders who deliver green leaf to our factory every morning.",
)
SKIN_BODY = (
    "Made in small batches with no synthetic fragrance, parabens or mineral oil.",
    "Not tested on animals; packed in glass and recycled card.",
    "Suitable for daily use; patch-test first if your skin is reactive.",
    "Every batch is numbered and carries its production date.",
)
LEATHER_BODY = (
    "Cut, stitched and edge-painted by hand in our own workshop.",
    "The leather darkens and softens with use and wears in rather than out.",
    "Brass hardware, waxed linen thread and a lifetime repair promise.",
    "Each piece is signed by the artisan who made it.",
)
CRAFT_BODY = (
    "Every piece is made by hand, so sizes and patterns vary slightly — that is the point.",
    "The maker's name is written on the tag, and the price pays a fair day's wage.",
    "Wrapped in recycled paper and shipped in a double-walled box.",
    "Dust with a dry cloth; keep out of direct sun to preserve the colours.",
)
FOOD_BODY = (
    "Packed at origin, with a best-before date at least twelve months out.",
    "No additives, no colourings — just the ingredient, carefully handled.",
    "Store in a cool, dry place away from light once opened.",
    "Each lot is tested by an accredited laboratory before export.",
)
KNIT_BODY = (
    "Hand-wash cold and dry flat.",
    "Each piece is knitted by one person, whose name is on the label.",
    "Fits true to size; size up for a relaxed fit.",
)
APPAREL_BODY = (
    "Machine-wash cold inside out; dry flat to keep the shape.",
    "Fits true to size; size up for a relaxed fit.",
    "Sewn in our own workshop by tailors paid above the local living wage.",
    "Small-batch dyed, so each piece is subtly different.",
)

# --- Product families -------------------------------------------------------------------

_COFFEE_SLOTS = _slots(
    varietal=("Bourbon", "Typica", "Caturra", "Catuai", "Geisha"),
    grade=("AA", "Microlot", "Estate", "Peaberry"),
    process=("Washed", "Natural", "Honey", "Anaerobic Natural"),
    roast=("Light", "Medium-light", "Medium", "Dark"),
    note=("blackcurrant and hibiscus", "milk chocolate and hazelnut", "bergamot and jasmine", "red apple and caramel",
          "stone fruit and brown sugar", "dark cherry and cocoa", "citrus zest and honey", "toffee and roasted almond"),
    altitude=("1,500", "1,650", "1,750", "1,850", "1,950"),
    harvest=("2025 harvest", "2025/26 harvest", "2026 early harvest"),
)
_WINE_SLOTS = _slots(
    varietal=("Merlot", "Cabernet Sauvignon", "Syrah"),
    cuvee=("Reserve", "Estate", "Old Vine", "Single Vineyard"),
    vintage=("2019", "2020", "2021", "2022", "2023"),
    style=("Brut", "Extra Brut", "Blanc de Blancs", "Rosé"),
    note=("blackberry, cedar and fine tannins", "cherry, violet and a long mineral finish",
          "plum, tobacco leaf and cocoa", "redcurrant, spice and silky tannins", "black olive, thyme and dark fruit"),
    pairing=("roast lamb", "aged cheeses", "grilled fish", "mushroom risotto", "duck breast", "oysters",
             "Peking duck", "dim sum", "blue cheese and fruit tarts", "wagyu beef"),
)
_LEATHER_SLOTS = _slots(
    leather=("Vegetable-tanned Calf", "Pebbled Calfskin", "Smooth Calfskin", "Suede", "Goatskin"),
    bag=("Tote", "Crossbody Bag", "Bucket Bag", "Shoulder Bag", "Clutch", "Doctor Bag", "Satchel"),
    small=("Bifold Wallet", "Card Holder", "Zip Wallet", "Coin Purse", "Passport Cover", "Long Wallet"),
    belt=("Dress Belt", "Jeans Belt", "Braided Belt", "Reversible Belt"),
    width=("30 mm", "35 mm", "40 mm"),
)
_APPAREL_SLOTS = _slots(
    print=("Adire", "Ankara", "Indigo Resist", "Hand Block-print"),
    colour=("Indigo", "Rust", "Ochre", "Cream", "Black", "Forest Green"),
    dress=("Wrap Dress", "Maxi Dress", "Shirt Dress", "Kaftan", "Midi Dress"),
    shirt=("Camp-collar Shirt", "Long-sleeve Shirt", "Short-sleeve Shirt", "Band-collar Shirt"),
    cut=("Crew Neck", "Oversized", "Boxy", "V-neck"),
    fibre=("Baby Alpaca", "Royal Alpaca", "Suri Alpaca"),
    knit=("Crew Sweater", "Cardigan", "Turtleneck", "Cable-knit Sweater", "Poncho"),
    wrap=("Scarf", "Wrap", "Snood", "Shawl"),
    pattern=("Chevron", "Herringbone", "Ribbed", "Plain", "Striped"),
    hat=("Beanie", "Pom-pom Beanie", "Ear-flap Hat", "Chullo"),
)
_CRAFT_SLOTS = _slots(
    pattern=("Zigzag", "Lightning", "Triangle", "Diamond", "Concentric"),
    dye=("Natural", "Indigo-dyed", "Earth-dyed", "Two-tone"),
    basket=("Lidded Basket", "Bowl Basket", "Wall Basket", "Storage Basket", "Fruit Basket"),
    creature=("Jaguar", "Armadillo", "Owl", "Hummingbird", "Dragon", "Iguana", "Turtle", "Coyote"),
    palette=("Zapotec", "Night Sky", "Sunset", "Cochineal Red", "Jungle"),
    mask=("Jaguar Mask", "Devil Mask", "Sun Mask", "Old Man Mask", "Moon Mask"),
    piece=("Dinner Plate", "Serving Bowl", "Mug", "Salad Plate", "Pitcher", "Platter"),
    decor=("Vase", "Planter", "Tile Set", "Decorative Plate", "Candle Holder", "Wall Sun"),
    motif=("Blue Flower", "Puebla Star", "Mariposa", "Granada", "Rosette"),
    glaze=("Cobalt", "Multicolour", "Yellow & Blue", "Green & Terracotta"),
    linen=("Tablecloth", "Table Runner", "Napkin Set", "Placemat Set"),
    clock=("Chalet", "Traditional Carved", "Hunter's", "Vine Leaf", "Black Forest House"),
    movement=("1-Day", "8-Day"),
    feature=("with Music Box", "with Dancers", "with Moving Woodchopper", "with Waterwheel", ""),
    colour=("Indigo", "Rust", "Ochre", "Cream", "Black"),
)
_JEWELLERY_SLOTS = _slots(
    ring=("Filigree Ring", "Signet Ring", "Stacking Ring", "Band", "Turquoise Ring", "Obsidian Ring"),
    jewel=("Drop Earrings", "Hoop Earrings", "Pendant Necklace", "Cuff Bracelet", "Brooch", "Chain Bracelet"),
    finish=("Oxidised", "Polished", "Hammered", "Brushed"),
    motif=("Aztec Sun", "Xochitl Flower", "Quetzal", "Pyramid", "Jaguar", "Eagle"),
    beads=("Collar Necklace", "Bracelet Set", "Earrings", "Anklet", "Choker", "Wrap Bracelet"),
    colours=("Red & Blue", "Rainbow", "Black & White", "Ocean Blue", "Sunset", "Green & Gold"),
)
_SKIN_SLOTS = _slots(
    cream=("Day Cream", "Night Cream", "Eye Balm", "Face Serum", "Hydrating Mask", "Cleansing Balm"),
    key=("Lavender", "Immortelle", "Rosehip", "Olive Leaf", "Calendula"),
    skin=("for Dry Skin", "for Sensitive Skin", "for All Skin Types", "for Mature Skin"),
    soap=("Marseille Soap", "Cold-process Soap", "Savon de Provence", "Castile Soap"),
    scent=("Unscented", "Lightly Scented", "Exfoliating", "Extra Mild"),
    oil=("True Lavender", "Lavandin Grosso", "Rosemary", "Clary Sage", "Immortelle", "Thyme"),
    grade=("Organic", "Wild-harvested", "Fine", "Single-origin"),
    butter=("Body Butter", "Body Balm", "Hand Cream", "Foot Balm"),
)
_SPICE_SLOTS = _slots(
    process=("Sun-dried", "Steam-sterilised", "Organic", "Hand-sorted"),
    heat=("Mild", "Medium", "Hot"),
    blend=("Garam Masala", "Curry Powder", "Ras el Hanout"),
    style=("Stone-ground", "Small-batch", "Freshly Ground"),
)

FAMILIES: Mapping[str, ProductFamily] = MappingProxyType({
    "coffee_whole_bean": ProductFamily(
        "CF", "coffee-whole-bean", "090121", (12, 22), 280, (COFFEE_SIZE, COFFEE_GRIND_WITH_BEANS),
        ("{place} {grade} {varietal} – {roast} Roast", "{place} {process} {varietal} Whole Bean Coffee",
         "{place} {grade}, {process}, {roast} Roast", "{varietal} {process} Single Origin – {place}"),
        _COFFEE_SLOTS,
        ("{process} {varietal} from family farms around {place}, roasted to a {roast_lower} profile.",
         "Grown at {altitude} m above sea level around {place} and roasted within days of shipping."),
        COFFEE_BODY, COFFEE_BULLETS),
    "coffee_ground": ProductFamily(
        "CG", "coffee-ground", "090121", (11, 20), 280, (COFFEE_SIZE_GROUND, COFFEE_GRIND),
        ("{place} {roast} Roast Ground Coffee", "{place} {grade} {varietal}, Ground",
         "{varietal} {process} Ground Coffee – {place}", "{place} House Blend, {roast} Roast, Ground"),
        _COFFEE_SLOTS,
        ("{place} coffee ground to order for your brewer and packed the same day.",
         "A {roast_lower} roast of {process_lower} {varietal} from {place}, ground fresh for everyday brewing."),
        COFFEE_BODY, COFFEE_BULLETS),
    "coffee_green": ProductFamily(
        "GC", "coffee-green", "090111", (9, 16), 1050, (GREEN_COFFEE_SIZE,),
        ("{place} {grade} {varietal} Green Coffee", "Green Beans – {place} {process} {varietal}",
         "{place} {process} Green Coffee, {grade}"),
        _COFFEE_SLOTS,
        ("Unroasted {process_lower} {varietal} for home and micro-roasters, from smallholders around {place}.",
         "Green {grade} beans from the {harvest} at {place}, screened and hand-sorted for roasters."),
        ("Moisture is kept between 10 and 11.5 % and every lot is cupped before release.",
         "Shipped in hermetic liners inside jute sacks to protect the beans in transit.",
         "Expect notes of {note} once roasted."),
        ("<strong>Varietal:</strong> {varietal}", "<strong>Process:</strong> {process}",
         "<strong>Altitude:</strong> {altitude} m", "<strong>Crop:</strong> {harvest}")),
    "tea_black": ProductFamily(
        "TK", "tea-black", "090230", (7, 20), 140, (TEA_SIZE,),
        ("{place} {style} Black Tea, {grade}", "{place} {grade} {style}", "{place} {cut} Black Tea – {style}"),
        _slots(style=("Orthodox", "First Flush", "Second Flush", "Autumnal", "CTC"),
               grade=("FTGFOP1", "TGFOP", "GFOP", "BOP", "FBOP"), cut=("Loose Leaf", "Whole Leaf", "Golden Tips"),
               note=("muscatel and ripe apricot", "malt and dark honey", "stone fruit and toasted bread",
                     "cocoa and dried fig", "brisk citrus and caramel")),
        ("{style} black tea from {place}, plucked two leaves and a bud and rolled the same day.",
         "Graded {grade}, this {style_lower} tea from {place} brings notes of {note}."),
        TEA_BODY, ("<strong>Grade:</strong> {grade}", "<strong>Style:</strong> {style}", "<strong>Cup:</strong> {note}")),
    "tea_green": ProductFamily(
        "TG", "tea-green", "090210", (8, 24), 140, (TEA_SIZE,),
        ("{place} {style} Green Tea", "{place} {style} Green Tea – {cut}", "{cut} {style} Green Tea from {place}"),
        _slots(style=("Steamed", "Pan-fired", "Jade", "Spring"),
               cut=("Loose Leaf", "Hand-rolled", "Whole Leaf", "Tippy"),
               note=("fresh-cut grass and sweet pea", "chestnut and orchid", "honeydew and meadow flowers",
                     "toasted rice and seaweed")),
        ("{style} tea from the high gardens of {place}, withered slowly and fired by hand.",
         "A delicate {cut_lower} tea from {place} with notes of {note}."),
        TEA_BODY, ("<strong>Style:</strong> {style}", "<strong>Cup:</strong> {note}")),
    "tea_herbal": ProductFamily(
        "TH", "tea-herbal", "121190", (5, 10), 140, (TEA_SIZE,),
        ("{place} {base} – {flavour}", "{flavour} {base} Infusion", "Organic {base}, {flavour}"),
        _slots(base=("Rooibos", "Green Rooibos", "Honeybush", "Rooibos Superior"),
               flavour=("Pure", "Vanilla", "Buchu & Citrus", "Cinnamon", "Cape Fynbos", "Ginger"),
               note=("honey, vanilla and dried apricot", "caramel and warm wood", "citrus peel and fynbos")),
        ("{flavour} {base_lower}: caffeine-free, grown in the sandy soils around {place}.",
         "{base} from {place}, cut, bruised and sun-fermented on open yards."),
        ("Steep in boiling water for five minutes; it never turns bitter.", "Expect {note} in the cup.",
         "Naturally low in tannin and rich in antioxidants."),
        ("<strong>Caffeine:</strong> none", "<strong>Cup:</strong> {note}")),
    "ginseng_root": ProductFamily(
        "GR", "ginseng-roots", "121120", (45, 110), 95, (GINSENG_SIZE,),
        ("{cultivation} {grade} Ginseng Root, {age}", "{place} {age} Ginseng Root – {grade}",
         "{cultivation} American Ginseng, {grade} {age}"),
        _slots(cultivation=("Shade-grown", "Woods-grown", "Wild-simulated"),
               grade=("Long Prong", "Short Prong", "Medium Prong", "Jumbo", "Hand-selected Small", "Fibrous Tips"),
               age=("3-Year", "4-Year", "5-Year")),
        ("{cultivation} American ginseng (Panax quinquefolius), dug by hand in {place} as a {age_lower} root.",
         "Whole dried {grade_lower} roots from our gardens near {place}, graded by hand for shape and ring density."),
        ("Roots are washed gently and air-dried slowly for four weeks, never kiln-forced.",
         "Registered with the Wisconsin Department of Agriculture and shipped with a certificate of origin.",
         "A favourite for simmering in soups or steeping as a daily tea."),
        ("<strong>Botanical name:</strong> Panax quinquefolius", "<strong>Age:</strong> {age}",
         "<strong>Grade:</strong> {grade}")),
    "ginseng_slices": ProductFamily(
        "GS", "ginseng-slices-powder", "121120", (30, 70), 80, (GINSENG_SIZE,),
        ("{place} {form} American Ginseng, {age}", "{form} Ginseng for Tea, {age} {cultivation}",
         "{cultivation} Ginseng {form}"),
        _slots(cultivation=("Shade-grown", "Woods-grown"), form=("Sliced", "Thin-sliced", "Powdered", "Cut & Sifted", "Tea-cut"),
               age=("3-Year", "4-Year", "5-Year")),
        ("{form} {age_lower} American ginseng from {place}, ready for tea, soups or smoothies.",),
        ("Sliced from whole roots the week they are packed, never from broken tails.",
         "Steep five slices in hot water for ten minutes, then chew the softened slices.",
         "Packed in nitrogen-flushed pouches to keep the aroma."),
        ("<strong>Form:</strong> {form}", "<strong>Age:</strong> {age}")),
    "honey_raw": ProductFamily(
        "HN", "honey", "040900", (8, 16), 420, (JAR_SIZE,),
        ("{place} {texture} {floral} Honey", "{floral} Honey from {place}, {texture}", "{texture} {floral} Honey – {harvest}"),
        _slots(floral=("Wildflower", "Basswood", "Clover", "Buckwheat", "Orange Blossom", "Eucalyptus"),
               texture=("Raw", "Creamed", "Cold-extracted", "Unfiltered"),
               harvest=("Spring Harvest", "Summer Harvest", "Late-summer Harvest", "Autumn Harvest")),
        ("{texture} {floral_lower} honey from hives around {place}, extracted cold and never heated above hive temperature.",
         "{floral} honey from the {harvest_lower} at {place}, strained once and jarred by hand."),
        ("Honey crystallises naturally; warm the jar gently to make it liquid again.",
         "Our beekeepers move hives by season so the bees follow the bloom.",
         "Tested for residues and moisture by an accredited laboratory.", "Not suitable for infants under 12 months."),
        ("<strong>Floral source:</strong> {floral}", "<strong>Harvest:</strong> {harvest}")),
    "honey_manuka": ProductFamily(
        "MN", "honey", "040900", (28, 40), 420, (MANUKA_GRADE, MANUKA_SIZE),
        ("{place} {source} Honey", "{source} Honey – {harvest}", "{texture} {source} Honey from {place}"),
        _slots(source=("Mānuka", "Wild Mānuka", "East Cape Mānuka", "Multifloral Mānuka", "Bush Mānuka"),
               texture=("Raw", "Creamed", "Cold-packed"),
               harvest=("Spring Harvest", "Summer Harvest", "Late-summer Harvest")),
        ("{source} honey from hives in the {place} bush, tested and certified under the UMF grading system.",),
        ("Every jar carries a batch number you can check against its independent lab test.",
         "Mānuka flowers for only a few weeks a year, which is why grade and origin matter.",
         "Take a spoonful straight from the jar or stir into warm, not boiling, water."),
        ("<strong>Origin:</strong> New Zealand", "<strong>Harvest:</strong> {harvest}")),
    "bee_products": ProductFamily(
        "BE", "bee-products", "041090", (10, 22), 120, (SMALL_JAR_SIZE,),
        ("{place} {product}", "{quality} {product} from {place}", "{product}, {quality}"),
        _slots(product=("Bee Pollen", "Raw Propolis", "Propolis Granules", "Fresh-frozen Bee Bread"),
               quality=("Wild-harvested", "Sun-dried", "Hand-cleaned", "Organic")),
        ("{quality} {product_lower} collected from our hives around {place}.",),
        ("Collected with pollen traps for a few days at a time so colonies never go short.", *FOOD_BODY[:2]),
        ()),
    "maple_syrup": ProductFamily(
        "MS", "maple-syrup", "170220", (9, 14), 560, (MAPLE_SIZE,),
        ("{place} Maple Syrup – {grade}", "{method} Maple Syrup, {grade}", "{method} {place} Maple Syrup"),
        _slots(grade=("Golden, Delicate Taste", "Amber, Rich Taste", "Dark, Robust Taste", "Very Dark, Strong Taste"),
               method=("Wood-fired", "Organic", "Early-season", "Late-season", "Single-bush")),
        ("Pure maple syrup from our sugar bush near {place}, graded {grade_lower}.",
         "{method} maple syrup boiled down from sap of the sugar maples of {place}."),
        ("It takes about forty litres of sap to make one litre of syrup.",
         "Certified organic; no additives, nothing but maple.", "Keep refrigerated once opened."),
        ("<strong>Grade:</strong> Grade A {grade}", "<strong>Ingredients:</strong> 100 % pure maple syrup")),
    "maple_confection": ProductFamily(
        "MC", "maple-syrup", "170220", (8, 15), 200, (_axis("size", ("150 g", "150G"), ("300 g", "300G", 1.8, 1.8)),),
        ("{place} {product}", "{method} {product}", "{product} – {method}"),
        _slots(product=("Maple Butter", "Maple Sugar", "Maple Flakes", "Maple Sugar Cubes", "Maple Taffy"),
               method=("Wood-fired", "Organic", "Early-season", "Late-season")),
        ("{product} made from nothing but pure maple syrup boiled on our farm near {place}.",),
        ("Spread it on toast, stir it into coffee or use it in place of white sugar.", *FOOD_BODY[:2]),
        ()),
    "wine_red": ProductFamily(
        "WR", "wine-red", "220421", (14, 60), 1350, (WINE_PACK,),
        ("{cuvee} {place} {vintage}", "{place} {varietal} {vintage}", "{brand} {cuvee} {varietal} {vintage}"),
        _WINE_SLOTS,
        ("{varietal} from our vineyards in {place}, vintage {vintage}, aged in French oak.",
         "Our {cuvee_lower} red from {place}: {note}."),
        WINE_BODY, WINE_BULLETS),
    "wine_white": ProductFamily(
        "WW", "wine-white", "220421", (12, 40), 1350, (WINE_PACK,),
        ("{cuvee} {place} {varietal} {vintage}", "{place} {varietal} {vintage}", "{brand} {varietal} {cuvee} {vintage}"),
        _slots(**{**_WINE_SLOTS, "varietal": ("Chardonnay", "Sauvignon Blanc", "Riesling"),
                  "note": ("citrus, white flowers and wet stone", "ripe pear, almond and a saline finish",
                           "green apple, lime zest and slate", "white peach, honeysuckle and fine acidity")}),
        ("{varietal} from {place}, vintage {vintage}, fermented cool to keep its freshness.",
         "A {cuvee_lower} white from {place} with {note}."),
        WINE_BODY, WINE_BULLETS),
    "wine_sparkling": ProductFamily(
        "SW", "wine-sparkling", "220410", (30, 80), 1450, (WINE_PACK,),
        ("{brand} {style} {vintage}", "{place} {style}", "{style} {cuvee} {vintage}"),
        _slots(**{**_WINE_SLOTS, "varietal": ("Chardonnay & Pinot Noir", "Chardonnay", "Pinot Noir"),
                  "note": ("ripe pear, brioche and fine bubbles", "lemon curd, toasted almond and chalk",
                           "wild strawberry, pastry and a creamy mousse", "green apple, hazelnut and a long finish")}),
        ("{style} sparkling wine made by the traditional method in {place} from {varietal}.",
         "Our {cuvee_lower} {style_lower} from {place}: {note}."),
        ("Aged on its lees for at least thirty months before disgorgement.", *WINE_BODY[1:]),
        ("<strong>Style:</strong> {style}", "<strong>Grapes:</strong> {varietal}", "<strong>Food pairing:</strong> {pairing}")),
    "wine_dessert": ProductFamily(
        "DW", "wine-dessert", "220421", (35, 70), 800, (DESSERT_WINE_PACK,),
        ("{place} {varietal} {dessert} {vintage}", "{brand} {dessert} {vintage}", "{varietal} {dessert}, {cuvee}"),
        _slots(**{**_WINE_SLOTS, "varietal": ("Vidal", "Riesling", "Cabernet Franc"),
                  "dessert": ("Icewine", "Late Harvest", "Select Late Harvest"),
                  "note": ("apricot, honey and bright acidity", "candied pineapple, lychee and citrus peel",
                           "peach, marmalade and a clean finish", "strawberry jam, rhubarb and spice")}),
        ("{varietal} {dessert_lower} from {place}, made from grapes left on the vine long after the main harvest.",),
        ("Intensely sweet, balanced by lively acidity.", "Serve well chilled in small glasses.",
         "Grapes are picked by hand, for icewine frozen on the vine at −10 °C and pressed before dawn.", *WINE_BODY[1:2]),
        WINE_BULLETS),
    "olive_oil": ProductFamily(
        "OO", "olive-oil", "150920", (14, 28), 900, (OIL_SIZE,),
        ("{place} {harvest} Extra Virgin Olive Oil", "{cultivar} Monocultivar EVOO – {style}",
         "{style} {cultivar} Extra Virgin Olive Oil, {harvest}"),
        _slots(cultivar=("Frantoio", "Moraiolo", "Leccino", "Pendolino", "Coratina"),
               harvest=("Early Harvest", "Olio Nuovo", "Late Harvest", "Hand-picked"),
               style=("Unfiltered", "Filtered", "Organic", "PDO"),
               note=("green almond and artichoke", "fresh-cut grass and a peppery finish", "ripe tomato leaf and rocket")),
        ("{harvest} extra virgin olive oil from {cultivar} trees around {place}, milled within six hours of picking.",
         "{style} {cultivar} oil from {place} with {note}."),
        ("Acidity below 0.3 %, well under the 0.8 % the EU allows for extra virgin.",
         "Bottled in dark glass to protect it from light.", *FOOD_BODY[2:]),
        ("<strong>Cultivar:</strong> {cultivar}", "<strong>Flavour:</strong> {note}", "<strong>Harvest:</strong> {harvest}")),
    "table_olives": ProductFamily(
        "OL", "pantry-preserves", "200570", (6, 10), 480, (PRESERVE_SIZE,),
        ("{place} {olive} Olives {prep}", "{olive} Olives {prep}", "{brand} {olive} Olives, {prep}"),
        _slots(olive=("Kalamata", "Green Halkidiki", "Cracked Green", "Throuba", "Black Kalamon"),
               prep=("in Brine", "in Red Wine Vinegar", "with Oregano", "Stuffed with Almonds", "with Lemon & Thyme")),
        ("{olive} olives from {place}, cured slowly the traditional way and packed {prep_lower}.",),
        FOOD_BODY, ()),
    "pantry_sauce": ProductFamily(
        "PS", "pantry-preserves", "210390", (5, 10), 260, (PRESERVE_SIZE,),
        ("{place} {spread}", "{spread} – {style}", "{style} {spread}"),
        _slots(spread=("Artichoke Spread", "Black Olive Pâté", "Sun-dried Tomato Pesto", "Wild Fennel Pesto",
                       "Pecorino & Walnut Pesto", "Tomato Passata"),
               style=("Organic", "Traditional Recipe", "Small-batch", "Farmhouse")),
        ("{spread} made on the farm near {place} with our own extra virgin olive oil.",),
        ("Stir into pasta, spread on bruschetta or serve with cheese.", *FOOD_BODY), ()),
    "face_cream": ProductFamily(
        "FC", "skin-care-face", "330499", (18, 45), 160, (CREAM_SIZE,),
        ("{key} {cream} {skin}", "{place} {key} {cream}", "{brand} {cream} – {key}"),
        _SKIN_SLOTS,
        ("A {cream_lower} with {key_lower} grown near {place}, made {skin_lower}.",
         "{key} {cream_lower} formulated and filled in our workshop in {city}."),
        SKIN_BODY, ("<strong>Key ingredient:</strong> {key}", "<strong>Skin type:</strong> {skin}")),
    "natural_soap": ProductFamily(
        "SO", "skin-care-body", "340111", (6, 12), 130, (SOAP_PACK,),
        ("{key} {soap}", "{place} {soap} – {key}", "{soap} with {key}, {scent}"),
        _SKIN_SLOTS,
        ("{soap} with {key_lower}, cured for six weeks on wooden racks in {city}.",),
        ("Saponified by hand in small cauldrons; the glycerine stays in the bar.", *SKIN_BODY),
        ("<strong>Scent:</strong> {scent}", "<strong>Weight:</strong> 100 g per bar")),
    "essential_oil": ProductFamily(
        "EO", "skin-care-oils", "330129", (10, 22), 70, (OIL_BOTTLE,),
        ("{oil} Essential Oil – {grade}", "{place} {oil} Essential Oil", "{grade} {oil} Oil, {place}"),
        _SKIN_SLOTS,
        ("{grade} {oil_lower} essential oil, steam-distilled from plants grown on the slopes around {place}.",),
        ("Dilute before applying to skin; a few drops in a diffuser are enough for a room.",
         "Distilled in copper stills the week the plants are cut.", *SKIN_BODY[1:3]),
        ("<strong>Plant:</strong> {oil}", "<strong>Extraction:</strong> steam distillation")),
    "body_butter": ProductFamily(
        "BB", "skin-care-body", "330499", (12, 22), 260, (CREAM_SIZE,),
        ("{key} {butter}", "{place} {key} {butter}", "{butter} – {key}, {scent}"),
        _SKIN_SLOTS,
        ("Rich {butter_lower} whipped from {key_lower} butter sourced around {place}.",),
        SKIN_BODY, ("<strong>Key ingredient:</strong> {key}",)),
    "argan_oil": ProductFamily(
        "AR", "skin-care-oils", "151590", (14, 26), 150, (COSMETIC_OIL,),
        ("{grade} {form}", "{place} {form} – {grade}", "{form}, {grade}"),
        _slots(form=("Cosmetic Argan Oil", "Argan Oil with Rose", "Argan Oil with Prickly Pear Seed",
                     "Argan Hair Oil", "Argan & Orange Blossom Oil"),
               grade=("Cold-pressed", "Organic", "Virgin", "Deodorised")),
        ("{grade} argan oil, the kernels cracked by hand by the women of our cooperative near {place}.",),
        ("It takes about thirty kilos of argan fruit for one litre of oil.",
         "Certified organic and traceable to the cooperative's own trees.", *SKIN_BODY[1:3]),
        ("<strong>INCI:</strong> Argania spinosa kernel oil", "<strong>Extraction:</strong> cold-pressed")),
    "beauty_water": ProductFamily(
        "RW", "skin-care-face", "330499", (8, 14), 260, (CREAM_SIZE,),
        ("{place} {product}", "{product} – {grade}", "{grade} {product}"),
        _slots(product=("Damask Rose Water", "Orange Blossom Water", "Rhassoul Clay Mask", "Rose & Rhassoul Mask",
                        "Argan & Rose Night Cream"),
               grade=("Organic", "Pure", "Steam-distilled", "Hand-blended")),
        ("{grade} {product_lower} prepared by our cooperative near {place}.",), SKIN_BODY, ()),
    "shea_butter": ProductFamily(
        "SB", "skin-care-oils", "151590", (6, 12), 130, (BUTTER_SIZE,),
        ("{grade} {form} – {scent}", "{place} {form}, {grade}", "{form} with {addition}"),
        _slots(grade=("Unrefined Grade A", "Ivory", "Golden", "Organic"),
               form=("Shea Butter", "Shea Butter Block", "Whipped Shea Butter"),
               scent=("Unscented", "Lemongrass", "Baobab", "Moringa"),
               addition=("Baobab Oil", "Moringa Oil", "Cocoa Butter", "Lemongrass", "Neem")),
        ("{grade} shea butter, hand-processed from wild shea nuts gathered by the women of our cooperative around {place}.",),
        ("Kernels are roasted, ground and kneaded by hand the way it has been done for generations.",
         "Certified fair trade; every kilo pays a premium to the collectors.", *SKIN_BODY[1:3]),
        ("<strong>INCI:</strong> Butyrospermum parkii butter", "<strong>Grade:</strong> {grade}")),
    "handbag_leather": ProductFamily(
        "HB", "handbags", "420221", (180, 480), 1100, (LEATHER_COLOUR,),
        ("{place} {bag}", "{leather} {bag} – {place}", "{bag} in {leather}"),
        _LEATHER_SLOTS,
        ("A {bag_lower} in {leather_lower}, cut and stitched by hand in our {city} workshop.",
         "The {place} {bag_lower}: {leather_lower}, lined in cotton, with an inside zip pocket."),
        LEATHER_BODY, ("<strong>Leather:</strong> {leather}", "<strong>Lining:</strong> cotton twill")),
    "wallet_leather": ProductFamily(
        "WL", "wallets", "420231", (45, 120), 160, (LEATHER_COLOUR,),
        ("{place} {small}", "{small} in {leather}", "{leather} {small} – {place}"),
        _LEATHER_SLOTS,
        ("A slim {small_lower} in {leather_lower}, made in {city}.",), LEATHER_BODY,
        ("<strong>Leather:</strong> {leather}",)),
    "belt_leather": ProductFamily(
        "BT", "belts", "420330", (50, 110), 260, (BELT_LENGTH,),
        ("{place} {belt}, {width}", "{leather} {belt}", "{belt} – {place}, {width}"),
        _LEATHER_SLOTS,
        ("A {width} {belt_lower} in {leather_lower}, finished by hand in {city}.",), LEATHER_BODY,
        ("<strong>Width:</strong> {width}", "<strong>Leather:</strong> {leather}")),
    "bag_textile": ProductFamily(
        "TX", "handbags", "420222", (45, 120), 450, (),
        ("{place} {bag}", "{pattern} {bag}", "{bag} – {pattern}, {palette}"),
        _slots(bag=("Mochila", "Shoulder Bag", "Tote", "Crossbody Mochila", "Mini Mochila"),
               pattern=("Kanaas", "Striped", "Geometric", "Diamond", "Serpent"),
               palette=("Sunset", "Desert", "Caribbean", "Earth", "Night")),
        ("A {bag_lower} crocheted by hand in a {pattern_lower} pattern, the work of one weaver over two to three weeks.",),
        CRAFT_BODY, ("<strong>Pattern:</strong> {pattern}", "<strong>Colours:</strong> {palette}")),
    "leather_pouf": ProductFamily(
        "PF", "crafts-home", "940490", (90, 180), 1300, (POUF_SIZE,),
        ("{design} Leather Pouf – {colour}", "{place} {design} Pouf", "{colour} {design} Pouf"),
        _slots(design=("Embroidered", "Woven", "Patchwork", "Plain-dyed", "Geometric"),
               colour=("Kano Red", "Indigo", "Saffron", "Natural", "Black & White")),
        ("A {design_lower} pouf in hand-dyed goatskin, shipped unstuffed to keep it light.",),
        CRAFT_BODY, ("<strong>Filling:</strong> not included — stuff with old textiles or foam",)),
    "watch_automatic": ProductFamily(
        "WA", "watches-automatic", "910221", (1400, 3800), 340, (WATCH_STRAP,),
        ("{line} {complication} {case}, {dial} Dial", "{line} Automatic {case} – {dial}", "{brand} {line} {complication}"),
        _slots(line=("Doubs", "Chasseral", "Gruère", "Clos du Doubs", "Montfaucon", "Franches"),
               complication=("Three-Hand", "Date", "Small Seconds", "Moonphase", "GMT"),
               dial=("Salmon", "Anthracite", "Opaline Silver", "Midnight Blue", "Forest Green", "Enamel White"),
               case=("38 mm", "39 mm", "40 mm", "41 mm"),
               reserve=("42", "56", "68", "80")),
        ("A {case} automatic watch, assembled, regulated and cased by hand in our {city} workshop.",
         "The {line} {complication_lower}: a {dial_lower} dial, sapphire crystal and a {reserve}-hour power reserve."),
        ("Every movement is regulated in five positions and tested for a week before it leaves the bench.",
         "Water-resistant to 100 m, with a screw-down case back engraved with its serial number.",
         "Delivered with a five-year warranty and a numbered certificate."),
        ("<strong>Case:</strong> {case} stainless steel", "<strong>Power reserve:</strong> {reserve} h",
         "<strong>Dial:</strong> {dial}")),
    "watch_hand_wound": ProductFamily(
        "WM", "watches-hand-wound", "910229", (1800, 4500), 320, (WATCH_STRAP,),
        ("{line} Manual {case} – {dial}", "{line} Hand-wound {complication}", "{brand} {line} Calibre {calibre}"),
        _slots(line=("Doubs", "Chasseral", "Gruère", "Montfaucon", "Franches"),
               complication=("Small Seconds", "Pulsometer", "Two-Hand", "Sector Dial"),
               dial=("Salmon", "Anthracite", "Grand Feu Enamel", "Midnight Blue", "Sector Silver"),
               case=("36 mm", "38 mm", "39 mm"), calibre=("FM-01", "FM-02", "FM-07", "FM-11")),
        ("A hand-wound {case} watch whose movement is finished with Côtes de Genève and hand-bevelled bridges.",
         "The {line} with a {dial_lower} dial, wound by hand each morning — a ritual, not a chore."),
        ("Display case back so you can watch the balance beat at 21,600 vibrations per hour.",
         "Made in a numbered series of fifty pieces.", "Delivered with a five-year warranty and a numbered certificate."),
        ("<strong>Case:</strong> {case} stainless steel", "<strong>Dial:</strong> {dial}")),
    "watch_strap": ProductFamily(
        "ST", "watch-straps", "911390", (60, 140), 60, (STRAP_WIDTH,),
        ("{leather} {style} Strap – {colour}", "{style} Watch Strap, {colour}", "{colour} {leather} Strap"),
        _slots(leather=("Vegetable-tanned Calf", "Vintage Calf", "Suede", "Alligator-grain Calf"),
               colour=("Cognac", "Black", "Havana", "Olive", "Midnight Blue"),
               style=("Rally", "Tapered", "Padded", "Flat", "Two-piece")),
        ("A {style_lower} strap in {leather_lower}, cut and stitched by hand in {city} with quick-release bars.",),
        LEATHER_BODY[:2], ()),
    "tshirt_cotton": ProductFamily(
        "TS", "apparel-t-shirts", "610910", (18, 35), 210, (APPAREL_SIZE,),
        ("{print} {cut} T-shirt", "{colour} {print} Tee – {cut}", "{place} {cut} Tee, {colour}"),
        _APPAREL_SLOTS,
        ("A {cut_lower} T-shirt in heavy organic cotton with a hand-dyed {print} design, made in {city}.",),
        APPAREL_BODY, ("<strong>Fabric:</strong> 100 % cotton jersey, 220 g/m²",)),
    "dress_cotton": ProductFamily(
        "DR", "apparel-dresses", "620442", (60, 140), 380, (APPAREL_SIZE,),
        ("{print} {dress} – {colour}", "{place} {dress}", "{colour} {print} {dress}"),
        _APPAREL_SLOTS,
        ("A {dress_lower} in {print} cotton, cut and sewn in our {city} studio.",
         "Our {place} {dress_lower}: {colour_lower} hand-printed cotton with side pockets."),
        APPAREL_BODY, ("<strong>Fabric:</strong> 100 % woven cotton", "<strong>Print:</strong> {print}")),
    "shirt_cotton": ProductFamily(
        "SH", "apparel-shirts", "620520", (40, 90), 290, (APPAREL_SIZE,),
        ("{print} {shirt}", "{colour} {shirt} – {place}", "{place} {print} {shirt}"),
        _APPAREL_SLOTS,
        ("A {shirt_lower} in {print} cotton with mother-of-pearl buttons, made in {city}.",),
        APPAREL_BODY, ("<strong>Fabric:</strong> 100 % woven cotton",)),
    "scarf_cotton": ProductFamily(
        "SC", "apparel-scarves", "621490", (25, 70), 180, (),
        ("{print} {wrap} – {colour}", "{place} {wrap}", "{colour} {print} {wrap}"),
        _APPAREL_SLOTS,
        ("A {wrap_lower} in {print} cotton, made by hand in {city}.",), APPAREL_BODY[2:], ()),
    "knit_alpaca": ProductFamily(
        "KA", "apparel-knitwear", "611019", (90, 220), 480, (APPAREL_SIZE,),
        ("{fibre} {knit} – {colour}", "{place} {knit}, {fibre}", "{pattern} {fibre} {knit}"),
        _APPAREL_SLOTS,
        ("A {knit_lower} hand-knitted from {fibre_lower} by the knitters of our cooperative around {place}.",),
        ("Alpaca is warmer than sheep's wool, lighter, and contains no lanolin.", *KNIT_BODY),
        ("<strong>Fibre:</strong> 100 % {fibre_lower}", "<strong>Care:</strong> hand-wash cold, dry flat")),
    "knit_scarf": ProductFamily(
        "KF", "apparel-scarves", "611710", (35, 90), 200, (),
        ("{fibre} {wrap} – {pattern}", "{place} {pattern} {wrap}", "{colour} {fibre} {wrap}"),
        _APPAREL_SLOTS,
        ("A {pattern_lower} {wrap_lower} knitted from {fibre_lower} near {place}.",), KNIT_BODY[:2],
        ("<strong>Fibre:</strong> {fibre}",)),
    "knit_hat": ProductFamily(
        "KH", "apparel-knitwear", "650500", (25, 45), 120, (),
        ("{fibre} {hat} – {colour}", "{place} {hat}", "{pattern} {hat}, {fibre}"),
        _APPAREL_SLOTS,
        ("A {hat_lower} knitted by hand from {fibre_lower} around {place}.",), KNIT_BODY[:2], ()),
    "knit_merino": ProductFamily(
        "KM", "apparel-knitwear", "611011", (120, 260), 450, (APPAREL_SIZE,),
        ("{fibre} {knit} – {colour}", "{place} {knit}, {fibre}", "{pattern} {fibre} {knit}"),
        _slots(**{**_APPAREL_SLOTS, "fibre": ("Merino", "Fine Merino", "Merino-Possum"),
                  "colour": ("Tussock Gold", "Charcoal", "Oatmeal", "Navy", "Fiordland Green")}),
        ("A {knit_lower} knitted in Dunedin from {fibre_lower} grown on high-country stations around {place}.",),
        ("Merino breathes, resists odour and stays warm when damp.", *KNIT_BODY[::2]),
        ("<strong>Fibre:</strong> {fibre}", "<strong>Traceability:</strong> ZQ-certified farms")),
    "merino_tee": ProductFamily(
        "MT", "apparel-t-shirts", "610990", (55, 85), 180, (APPAREL_SIZE,),
        ("{fibre} {cut} Tee – {colour}", "{place} {fibre} Tee", "{colour} {cut} {fibre} Tee"),
        _slots(**{**_APPAREL_SLOTS, "fibre": ("Merino", "Fine Merino", "Merino 190"),
                  "colour": ("Tussock Gold", "Charcoal", "Oatmeal", "Navy", "Fiordland Green")}),
        ("A {cut_lower} T-shirt in lightweight {fibre_lower} jersey, made in New Zealand.",), APPAREL_BODY, ()),
    "kente_cloth": ProductFamily(
        "KC", "home-textiles", "520849", (80, 260), 700, (),
        ("{pattern} Kente Cloth – {colours}", "{place} Kente, {pattern}", "{colours} {pattern} Kente Strip"),
        _slots(pattern=("Adweneasa", "Sika Futoro", "Emaa Da", "Oyokoman", "Fathia Fata Nkrumah", "Kyeretwie"),
               colours=("Gold & Green", "Red & Gold", "Black & Gold", "Blue & Gold")),
        ("Hand-woven {pattern} kente on a narrow-strip loom in {place}, each strip about ten centimetres wide.",),
        ("Every pattern has a name and a meaning; the weaver's card explains this one.", *CRAFT_BODY[1:3]),
        ("<strong>Pattern:</strong> {pattern}", "<strong>Size:</strong> 2 × 1.2 m, 12 strips")),
    "kente_stole": ProductFamily(
        "KT", "apparel-scarves", "621490", (35, 80), 160, (),
        ("{pattern} Kente Stole", "{place} Graduation Stole – {colours}", "{colours} {pattern} Stole"),
        _slots(pattern=("Adweneasa", "Sika Futoro", "Emaa Da", "Oyokoman", "Kyeretwie"),
               colours=("Gold & Green", "Red & Gold", "Black & Gold", "Blue & Gold")),
        ("A kente stole hand-woven in {place} in the {pattern} pattern.",), CRAFT_BODY[:3], ()),
    "table_linen": ProductFamily(
        "TL", "home-textiles", "630251", (25, 70), 400, (),
        ("{print} {linen} – {colour}", "{place} {linen}", "{colour} {print} {linen}"),
        _slots(**{**_CRAFT_SLOTS, "print": ("Dabu", "Sanganeri Floral", "Bagru", "Indigo", "Wayuu Stripe")}),
        ("A {linen_lower} in {print} cotton, made by hand in our workshop in {city}.",), CRAFT_BODY, ()),
    "basket_woven": ProductFamily(
        "BK", "baskets", "460219", (25, 60), 380, (BASKET_SIZE,),
        ("{place} {basket} – {pattern}", "{dye} {pattern} {basket}", "Ilala Palm {basket}, {dye}"),
        _CRAFT_SLOTS,
        ("A {basket_lower} coiled by hand from ilala palm, {dye_lower} with plant dyes around {place}.",),
        ("A medium basket takes one weaver about two weeks.", *CRAFT_BODY), ("<strong>Pattern:</strong> {pattern}",)),
    "carving_alebrije": ProductFamily(
        "AL", "carvings", "442090", (40, 220), 420, (CARVING_SIZE,),
        ("{creature} Alebrije – {palette}", "{palette} {creature}", "{place} {creature} Alebrije"),
        _CRAFT_SLOTS,
        ("A {creature_lower} carved from copal wood and painted in the {palette} palette in {place}.",),
        ("Carving and painting take one family up to three weeks.", *CRAFT_BODY), ()),
    "carving_mask": ProductFamily(
        "MK", "carvings", "442090", (60, 180), 600, (),
        ("{mask} – {palette}", "{place} {mask}", "{palette} {mask}"),
        _CRAFT_SLOTS,
        ("A carved {mask_lower} in the tradition of the {place} dances, painted in {palette_lower} tones.",),
        CRAFT_BODY, ()),
    "talavera_tableware": ProductFamily(
        "TT", "tableware", "691200", (18, 60), 700, (TABLEWARE_SET,),
        ("Talavera {piece} – {motif}", "{motif} {piece}, {glaze}", "{place} {glaze} {piece}"),
        _CRAFT_SLOTS,
        ("A Talavera {piece_lower} thrown, tin-glazed and hand-painted in {glaze_lower} in {city}.",),
        ("Made under the Talavera denomination of origin; the maker's mark is on the base.", *CRAFT_BODY[1:3]),
        ("<strong>Motif:</strong> {motif}", "<strong>Care:</strong> hand-wash recommended")),
    "talavera_decor": ProductFamily(
        "TD", "tableware", "691390", (30, 120), 900, (),
        ("Talavera {decor} – {motif}", "{glaze} {motif} {decor}", "{place} {decor}, {glaze}"),
        _CRAFT_SLOTS,
        ("A {decor_lower} in {glaze_lower} Talavera with the {motif} motif, painted by hand in {city}.",),
        CRAFT_BODY, ()),
    "cuckoo_mechanical": ProductFamily(
        "CK", "clocks", "910529", (180, 900), 2200, (),
        ("{clock} Cuckoo Clock, {movement} {feature}", "{place} {movement} Cuckoo Clock", "{brand} {clock} {feature}"),
        _CRAFT_SLOTS,
        ("A mechanical {movement} cuckoo clock, carved from lime wood in {city} and certified by the Black Forest Clock Association.",),
        ("Weights and pendulum drive a movement made in the Black Forest.", *CRAFT_BODY[1:3]), ()),
    "cuckoo_quartz": ProductFamily(
        "CQ", "clocks", "910521", (120, 300), 1600, (),
        ("{clock} Quartz Cuckoo Clock", "{place} Cuckoo Clock – Quartz, {colour}", "{brand} {clock} Quartz"),
        _CRAFT_SLOTS,
        ("A battery-powered cuckoo clock with a night-off sensor, hand-carved in {city}.",), CRAFT_BODY[:3], ()),
    "wooden_toy": ProductFamily(
        "TY", "wooden-toys", "950300", (20, 90), 600, (),
        ("{finish} {toy}", "{place} {toy} – {finish}", "{toy}, Ages {age}"),
        _slots(toy=("Noah's Ark", "Stacking Tower", "Pull-along Duck", "Marble Run", "Spinning Top Set", "Wooden Train",
                    "Building Blocks", "Dollhouse Family", "Shape Sorter", "Animal Puzzle"),
               finish=("Hand-painted", "Natural Beech", "Oiled Maple", "Colourful"), age=("1+", "2+", "3+", "4+")),
        ("{toy}: turned and painted in {city} from local beech, finished with saliva-proof water-based paint.",),
        ("Tested to EN 71 for children of {age} years.", "Built to be handed down to the next child.", *CRAFT_BODY[1:3]),
        ("<strong>Age:</strong> {age}", "<strong>Material:</strong> solid beech")),
    "festive_ornament": ProductFamily(
        "OR", "festive-ornaments", "950590", (12, 45), 300, (),
        ("{item} – {finish}", "{place} {item}", "Erzgebirge {item}, {finish}"),
        _slots(item=("Christmas Pyramid", "Angel & Miner Pair", "Tree Ornament Set", "Nativity Figures", "Star Ornaments",
                     "Miniature Village"), finish=("Hand-painted", "Natural Wood", "Red & Gold", "White & Silver")),
        ("{item}, turned and painted in the Ore Mountains, where this craft has lived for three centuries.",),
        CRAFT_BODY[:3], ()),
    "nutcracker_figure": ProductFamily(
        "NF", "carvings", "442090", (45, 180), 700, (),
        ("{figure} {style}", "{place} {figure} – {finish}", "{finish} {figure} {style}"),
        _slots(figure=("King", "Forester", "Night Watchman", "Miner", "Chimney Sweep", "Toymaker", "Postman"),
               style=("Nutcracker", "Incense Smoker"), finish=("Hand-painted", "Natural Wood", "Glazed")),
        ("A {figure_lower} {style_lower} turned and assembled by hand in {city}, in the Ore Mountains tradition.",),
        CRAFT_BODY[:3], ()),
    "silver_ring": ProductFamily(
        "RG", "jewellery-silver", "711311", (45, 140), 60, (RING_SIZE,),
        ("{finish} {motif} {ring}", "{place} {ring}", "{ring} – {motif}, {finish}"),
        _JEWELLERY_SLOTS,
        ("A .925 sterling silver {ring_lower} with the {motif} motif, hand-worked in {city}.",),
        ("Hallmarked .925; comes in a gift box with a polishing cloth.", *CRAFT_BODY[1:3]),
        ("<strong>Metal:</strong> .925 sterling silver", "<strong>Finish:</strong> {finish}")),
    "silver_jewellery": ProductFamily(
        "SJ", "jewellery-silver", "711311", (40, 200), 80, (),
        ("{finish} {motif} {jewel}", "{place} {jewel}", "{jewel} – {motif}, {finish}"),
        _JEWELLERY_SLOTS,
        ("{finish} .925 sterling silver {jewel_lower} with the {motif} motif, made by hand in {city}.",),
        ("Hallmarked .925; comes in a gift box with a polishing cloth.", *CRAFT_BODY[1:3]),
        ("<strong>Metal:</strong> .925 sterling silver",)),
    "jewellery_beadwork": ProductFamily(
        "BW", "jewellery-beadwork", "711790", (12, 45), 80, (),
        ("{colours} Beaded {beads}", "{place} {beads} – {colours}", "Beaded {beads}, {colours}"),
        _JEWELLERY_SLOTS,
        ("A {beads_lower} beaded by hand in {place}; every colour carries a meaning in the maker's tradition.",),
        ("Glass seed beads on waxed thread, finished with a brass clasp.", *CRAFT_BODY[1:3]), ()),
    "chocolate_bar": ProductFamily(
        "CB", "chocolate", "180632", (5, 9), 100, (BAR_PACK,),
        ("{place} {percentage} Chocolate {inclusion}", "{percentage} {inclusion} – {origin}", "{origin} {percentage} Bar"),
        _slots(percentage=("70 % Dark", "75 % Dark", "85 % Dark", "100 % Cacao", "48 % Milk", "55 % Dark Milk"),
               inclusion=("with Sea Salt", "with Cocoa Nibs", "with Dried Mango", "with Ginger", "with Coffee", ""),
               origin=("Single Estate", "Single Origin", "Bean-to-bar", "Stone-ground"),
               cacao_region=("Ashanti", "Piura", "Manabí")),
        ("{origin} chocolate roasted and conched in {city} from cacao bought directly from farmers in {cacao_region}.",),
        ("Made with only cacao, cane sugar and, for milk bars, whole milk powder.",
         "The cacao is bought directly at a premium over the market price.", *FOOD_BODY[2:3]),
        ("<strong>Cocoa:</strong> {percentage}", "<strong>Weight:</strong> 70 g per bar")),
    "chocolate_pralines": ProductFamily(
        "PR", "chocolate", "180690", (18, 32), 200, (PRALINE_BOX,),
        ("{flavour} {box}", "{place} {box} – {flavour}", "{brand} {box}, {flavour}"),
        _slots(box=("Truffle Box", "Praline Assortment", "Gianduja Squares", "Ganache Selection", "Alpine Pralines"),
               flavour=("Alpine Herbs", "Salted Caramel", "Hazelnut", "Raspberry", "Appenzeller Honey", "Kirsch")),
        ("Hand-dipped {box_lower} made fresh in {city} with Swiss cream and butter.",),
        ("Best enjoyed within four weeks; shipped in insulated packaging.", *FOOD_BODY[1:3]), ()),
    "dried_mango": ProductFamily(
        "DM", "dried-fruit", "080450", (4, 8), 120, (SNACK_SIZE,),
        ("{style} {variety} Mango {cut}", "{place} Dried Mango {cut}", "{variety} Mango {cut} – {style}"),
        _slots(variety=("Kent", "Keitt", "Palmer", "Amelie"), cut=("Slices", "Cheeks", "Strips", "Chunks"),
               style=("Sun-dried", "Solar-dried", "Unsweetened", "Organic")),
        ("{style} {variety} mango from orchards around {place}, sliced and dried within a day of picking.",),
        ("Nothing added: no sugar, no sulphites.", *FOOD_BODY[:3]), ()),
    "nuts_roasted": ProductFamily(
        "NU", "nuts", "200819", (7, 18), 280, (NUT_SIZE,),
        ("{place} {style} {nut}", "{style} {nut}, {nut_grade}", "{nut} – {style}"),
        _slots(nut=("Cashews", "Cashew Kernels"), nut_grade=("W180", "W240", "W320"),
               style=("Dry-roasted", "Roasted & Salted", "Honey-roasted", "Chilli-lime", "Suya-spiced")),
        ("{style} {nut_lower} from trees around {place}, shelled and roasted by our own team.",),
        FOOD_BODY, ("<strong>Grade:</strong> {nut_grade}",)),
    "vanilla_beans": ProductFamily(
        "VB", "vanilla", "090510", (6, 12), 40, (VANILLA_PACK,),
        ("{place} Vanilla Beans – {grade}, {length}", "{cure} {grade} Vanilla Pods", "{grade} Vanilla, {length}"),
        _slots(grade=("Gourmet Grade A", "Extract Grade B", "Black Gourmet", "Split"),
               length=("14–16 cm", "16–18 cm", "18–20 cm"), cure=("Sweat-cured", "Slow-cured", "Sun-cured")),
        ("{cure} vanilla pods (Vanilla planifolia) from {place}, where vanilla was first cultivated.",),
        ("Each flower is pollinated by hand and the pods cure for five months.", *FOOD_BODY[:3]),
        ("<strong>Length:</strong> {length}", "<strong>Grade:</strong> {grade}")),
    "vanilla_extract": ProductFamily(
        "VX", "vanilla", "130219", (10, 18), 180, (EXTRACT_SIZE,),
        ("{place} {strength} Vanilla Extract", "{base} Vanilla Extract, {strength}", "{strength} {base} Vanilla Extract"),
        _slots(strength=("Single-fold", "Double-fold"), base=("Pure", "Organic", "Cane-spirit")),
        ("{base} {strength_lower} extract of Papantla vanilla pods, macerated for six months.",), FOOD_BODY[:3], ()),
    "chillies_dried": ProductFamily(
        "CH", "pepper-chillies", "090421", (4, 8), 90, (SPICE_SIZE,),
        ("{place} {chilli} Chillies", "Whole Dried {chilli}, {process}", "{chilli} Chillies – {process}"),
        _slots(**{**_SPICE_SLOTS, "chilli": ("Ancho", "Guajillo", "Pasilla", "Chipotle Morita", "Árbol", "Mulato")}),
        ("{process} {chilli} chillies from the hills around {place}.",), FOOD_BODY[:3], ()),
    "pepper": ProductFamily(
        "PE", "pepper-chillies", "090411", (4, 8), 80, (SPICE_SIZE,),
        ("{pepper} Pepper – {grade}", "{place} {pepper} Peppercorns", "{process} {pepper} Pepper, {grade}"),
        _slots(**{**_SPICE_SLOTS, "pepper": ("Tellicherry Black", "Malabar Black", "Wayanad Black", "White"),
                  "grade": ("TGSEB", "TGEB", "MG1", "Bold")}),
        ("{process} {pepper} peppercorns from vines grown under the shade trees of {place}.",),
        FOOD_BODY[:3], ("<strong>Grade:</strong> {grade}",)),
    "cardamom": ProductFamily(
        "CA", "whole-spices", "090831", (6, 12), 80, (SPICE_SIZE,),
        ("{place} Green Cardamom, {grade}", "{grade} Cardamom – {process}", "{process} Cardamom Pods, {grade}"),
        _slots(**{**_SPICE_SLOTS, "grade": ("8 mm Bold", "7 mm Extra", "6 mm Select", "Extra Bold")}),
        ("{process} green cardamom from the cardamom hills around {place}, sorted by size.",), FOOD_BODY[:3], ()),
    "turmeric": ProductFamily(
        "TU", "whole-spices", "091030", (4, 8), 80, (SPICE_SIZE,),
        ("{variety} Turmeric {form}", "{place} Turmeric – {form}, {curcumin}", "{form} Turmeric, {curcumin}"),
        _slots(variety=("Alleppey", "Erode", "Salem"), form=("Powder", "Whole Fingers", "Slices"),
               curcumin=("5 % curcumin", "7 % curcumin", "9 % curcumin")),
        ("{variety} turmeric from {place}, boiled and sun-dried before packing as {form_lower}.",), FOOD_BODY[:3], ()),
    "saffron": ProductFamily(
        "SA", "whole-spices", "091020", (9, 16), 30, (SAFFRON_SIZE,),
        ("{place} Saffron {form} – {grade}", "{grade} Saffron {form}", "Saffron {form}, {grade}"),
        _slots(form=("Threads", "Ground"), grade=("Coupe", "Mancha Selecto", "La Mancha PDO", "Category I")),
        ("Saffron {form_lower} from crocuses picked at dawn and toasted over embers in {place}.",),
        ("Each gram is the stigmas of about 150 flowers.", *FOOD_BODY[:3]), ()),
    "paprika": ProductFamily(
        "PA", "pepper-chillies", "090422", (4, 8), 90, (SPICE_SIZE,),
        ("Pimentón {type} – {style}", "{place} {type} Paprika", "{style} Pimentón {type}"),
        _slots(type=("Dulce", "Picante", "Agridulce"), style=("Oak-smoked", "Unsmoked", "Stone-ground")),
        ("{style} pimentón {type_lower}, the paprika of Spanish cooking, packed in tins in {city}.",), FOOD_BODY[:3], ()),
    "spice_blend": ProductFamily(
        "BL", "spice-blends", "091091", (5, 10), 90, (SPICE_SIZE,),
        ("{blend} – {heat}", "{place} {blend}", "{style} {blend}, {heat}"),
        _SPICE_SLOTS,
        ("{style} {blend} mixed to a family recipe in {city}.",),
        ("Whole spices are toasted and ground in small batches every week.", *FOOD_BODY[:3]), ()),
})

# --- Sellers ----------------------------------------------------------------------------

_KENYA_COFFEE = _slots(varietal=("SL28", "SL34", "Ruiru 11", "Batian"), grade=("AA", "AB", "PB", "AA Plus"),
                       process=("Washed", "Double-fermented Washed", "Natural"),
                       altitude=("1,550", "1,600", "1,700", "1,800"))

SELLERS: tuple[SellerProfile, ...] = (
    SellerProfile(
        "ruiru-highlands-coffee-cooperative", "Ruiru Highlands Coffee Cooperative", "Ruiru Highlands", "KE", "KES",
        "Ruiru", 46, ("coffee_whole_bean", "coffee_ground", "coffee_green"),
        ("Ruiru", "Gatundu", "Juja", "Githunguri", "Kiambu", "Thika"),
        "Ruiru Highlands pools the cherry of 1,900 smallholder members around the foothills of the Aberdares. "
        "Selling roasted coffee straight to buyers in Shanghai and Seoul lets the cooperative keep the margin "
        "that used to go to the Nairobi auction. Its 46 staff, most of them members' daughters and sons, run the "
        "washing station, the dry mill and a small roastery.",
        "Farmer-owned Kenyan cooperative roasting SL28 and SL34 from the Kiambu highlands.",
        _KENYA_COFFEE, "CS/#####"),
    SellerProfile(
        "horlogerie-franches-montagnes", "Horlogerie des Franches-Montagnes", "Franches-Montagnes", "CH", "CHF",
        "Saignelégier", 14, ("watch_automatic", "watch_hand_wound", "watch_strap"),
        ("Saignelégier", "Le Noirmont", "Les Breuleux", "Montfaucon", "Les Bois"),
        "Founded by two watchmakers who trained in Le Noirmont, the workshop assembles and regulates every "
        "movement on the Jura plateau. Collectors in Hong Kong, Singapore and Tokyo buy most of its small series, "
        "so exporting directly is the whole business. It employs fourteen people, including three apprentices.",
        "Independent Jura watchmaker building small series of mechanical watches by hand.",
        _slots()),
    SellerProfile(
        "wausau-ridge-ginseng-farm", "Wausau Ridge Ginseng Farm", "Wausau Ridge", "US", "USD", "Wausau", 18,
        ("ginseng_root", "ginseng_slices", "honey_raw"), ("Marathon County", "Wausau", "Rib Mountain", "Edgar", "Hatley"),
        "Three generations of the Vang and Schultz families have grown ginseng under shade cloth in Marathon "
        "County. Buyers in Hong Kong and Guangzhou have long prized Wisconsin roots, but middlemen took most of "
        "the price. The farm now sells its graded roots directly and employs eighteen people at harvest.",
        "Family ginseng farm in Marathon County, Wisconsin, growing shade and woods-grown roots.",
        _slots(floral=("Basswood", "Clover", "Wildflower", "Buckwheat"))),
    SellerProfile(
        "holualoa-kona-coffee-farm", "Holualoa Kona Coffee Farm", "Holualoa", "US", "USD", "Holualoa", 9,
        ("coffee_whole_bean", "coffee_ground", "nuts_roasted"), ("Holualoa", "Kainaliu", "Hōnaunau", "Kealakekua"),
        "A nine-person farm on the slopes of Hualālai growing 100 % Kona coffee and macadamias. Japanese and "
        "Taiwanese buyers visit every season, and selling online lets them reorder between trips.",
        "Small farm on Hawaiʻi Island growing and roasting 100 % Kona coffee.",
        _slots(varietal=("Kona Typica", "Red Catuai", "Mokka", "Geisha"), grade=("Extra Fancy", "Fancy", "Peaberry No. 1"),
               altitude=("450", "600", "750", "850"), nut=("Macadamias", "Macadamia Nuts"),
               nut_grade=("Style 0", "Style 1", "Style 2"),
               style=("Dry-roasted", "Sea-salted", "Honey-glazed", "Kona Coffee-glazed"))),
    SellerProfile(
        "kericho-highlands-tea-growers", "Kericho Highlands Tea Growers", "Kericho Highlands", "KE", "KES", "Kericho", 62,
        ("tea_black", "tea_green"), ("Kericho", "Litein", "Kapkatet", "Sotik", "Nandi Hills"),
        "Kericho Highlands runs a small orthodox factory fed by 2,400 smallholder growers. Most Kenyan tea leaves "
        "as anonymous CTC through Mombasa; selling finished orthodox and purple teas to Asian buyers earns growers "
        "three times the auction price. The factory employs 62 people, over half of them women.",
        "Smallholder tea factory in Kericho making orthodox black, green and purple teas.",
        _slots(**{"tea_black.style": ("Orthodox", "CTC", "Purple Leaf", "Highland"), "grade": ("BP1", "PF1", "FOP", "OP"),
                  "tea_green.style": ("Purple Leaf", "Pan-fired", "Steamed", "Highland"),
                  "cut": ("Loose Leaf", "Whole Leaf", "Twisted Leaf")})),
    SellerProfile(
        "narok-maasai-beadwork-collective", "Narok Maasai Beadwork Collective", "Enkanasa", "KE", "KES", "Narok", 120,
        ("jewellery_beadwork", "belt_leather"), ("Narok", "Ololulunga", "Mara", "Nairegie Enkare"),
        "The collective brings together 120 Maasai women who bead in their homesteads around Narok. Exporting "
        "means their income no longer depends on the tourist season at the Mara gates. Each piece carries the "
        "name of the woman who made it.",
        "Maasai women's collective making hand-beaded jewellery and belts.",
        _slots(belt=("Beaded Belt", "Beaded Leather Belt", "Warrior Belt"), leather=("Cowhide", "Goatskin"),
               colours=("Red & Blue", "Maasai Red", "Rainbow", "Black & White", "Blue & Green")), "CS/#####"),
    SellerProfile(
        "yirgacheffe-highlands-coffee-union", "Yirgacheffe Highlands Coffee Union", "Yirgacheffe Highlands", "ET", "USD",
        "Dilla", 85, ("coffee_whole_bean", "coffee_ground", "coffee_green"),
        ("Yirgacheffe", "Kochere", "Gedeb", "Wenago", "Konga", "Idido"),
        "The union federates 23 primary cooperatives in the Gedeo zone. Since the ECX rules changed it can sell "
        "traceable lots directly, and buyers in Korea and China pay a premium for washed Yirgacheffe. It employs "
        "85 people at its Dilla warehouse and cupping lab.",
        "Union of Gedeo smallholder cooperatives exporting washed and natural Yirgacheffe.",
        _slots(varietal=("Heirloom", "Kurume", "Wolisho", "Dega"), grade=("Grade 1", "Grade 2", "Grade 1 Micro"),
               process=("Washed", "Natural", "Honey"), altitude=("1,900", "2,000", "2,100", "2,200"))),
    SellerProfile(
        "harenna-forest-honey", "Harenna Forest Honey", "Harenna", "ET", "USD", "Robe", 32,
        ("honey_raw", "bee_products", "spice_blend"), ("Harenna", "Bale", "Dello Mena", "Rira"),
        "Beekeepers in the Harenna forest have hung log hives in the canopy for generations. The company buys "
        "their honey at double the local market price, processes it in Robe and ships it to specialty grocers in "
        "Asia. Thirty-two people work in the processing house, among them the women who blend the berbere.",
        "Wild forest honey from the Bale Mountains, plus berbere from the Robe market.",
        _slots(floral=("White Forest", "Canopy Forest", "Schefflera", "Vernonia", "Wild Coffee Blossom"),
               blend=("Berbere", "Mitmita", "Korerima Blend", "Shiro Spice"))),
    SellerProfile(
        "huila-cumbre-coffee-growers", "Huila Cumbre Coffee Growers", "Cumbre", "CO", "USD", "Pitalito", 27,
        ("coffee_whole_bean", "coffee_ground", "coffee_green"),
        ("Pitalito", "Acevedo", "La Plata", "Garzón", "San Agustín", "Isnos"),
        "Cumbre was founded by forty farming families in southern Huila who wanted to sell their best lots "
        "under their own names. Direct sales to cafés in Taipei and Shenzhen fund their shared drying house. "
        "The association employs 27 people, including two Q-graders.",
        "Association of Huila families selling traceable micro-lots of Colombian coffee.",
        _slots(varietal=("Castillo", "Caturra", "Pink Bourbon", "Geisha", "Colombia"),
               grade=("Supremo", "Excelso", "Microlot"), altitude=("1,600", "1,700", "1,800", "1,900"))),
    SellerProfile(
        "wayuu-mochila-weavers", "Wayuu Mochila Weavers", "Süchon", "CO", "USD", "Riohacha", 75,
        ("bag_textile", "table_linen"), ("La Guajira", "Riohacha", "Uribia", "Manaure", "Maicao"),
        "Seventy-five Wayuu weavers from rancherías across La Guajira crochet the bags in their homes. Selling "
        "abroad directly gives them steady orders through the dry season, when there is little other work.",
        "Wayuu women's association crocheting mochila bags in La Guajira.",
        _slots(print=("Wayuu Stripe", "Kanaas", "Serpent"))),
    SellerProfile(
        "cusco-alpaca-knitters", "Cusco Alpaca Knitters", "Awana", "PE", "USD", "Cusco", 140,
        ("knit_alpaca", "knit_scarf", "knit_hat"), ("Cusco", "Chinchero", "Pisac", "Ollantaytambo", "Urubamba"),
        "Awana connects 140 knitters in Sacred Valley communities with buyers who value hand-knitted alpaca. "
        "Exporting gives the knitters work all year, not only in the tourist months. Fibre is bought from herders "
        "in Puno at a guaranteed price.",
        "Andean knitting cooperative making hand-knitted baby alpaca garments.",
        _slots(pattern=("Chakana", "Andean Stripe", "Chevron", "Llama", "Plain"),
               colour=("Natural Fawn", "Charcoal", "Andean Red", "Oatmeal", "Llama Brown"))),
    SellerProfile(
        "chanchamayo-coffee-cooperative", "Chanchamayo Coffee Cooperative", "Chanchamayo", "PE", "USD", "La Merced", 38,
        ("coffee_whole_bean", "coffee_ground", "chocolate_bar"),
        ("Chanchamayo", "Villa Rica", "Oxapampa", "Pichanaki", "Perené"),
        "A cooperative of 600 Asháninka and settler families in the central jungle, growing organic coffee and "
        "cacao. Exporting finished coffee and chocolate rather than raw beans doubles what members earn per hectare.",
        "Organic coffee and cacao cooperative from Peru's central jungle.",
        _slots(varietal=("Typica", "Bourbon", "Catimor", "Geisha"), grade=("SHB", "Organic SHB", "Microlot"),
               altitude=("1,300", "1,450", "1,600", "1,750"), cacao_region=("Chanchamayo", "Satipo", "Pichanaki"))),
    SellerProfile(
        "talavera-casa-puebla", "Talavera Casa Puebla", "Casa Puebla", "MX", "MXN", "Puebla", 34,
        ("talavera_tableware", "talavera_decor"), ("Puebla", "Cholula", "Atlixco", "San Pablo del Monte"),
        "A certified Talavera workshop in the historic centre of Puebla, run by the same family since 1962. Asian "
        "interior designers discovered its tiles on social media, and direct export now keeps 34 potters and "
        "painters busy all year.",
        "Family Talavera workshop in Puebla making tin-glazed tableware and decor.",
        _slots()),
    SellerProfile(
        "tilcajete-alebrije-workshop", "Tilcajete Alebrije Workshop", "Tilcajete", "MX", "MXN",
        "San Martín Tilcajete", 12, ("carving_alebrije", "carving_mask"), ("Tilcajete", "Oaxaca", "Ocotlán", "Zaachila"),
        "Three related families in San Martín Tilcajete carve copal wood into alebrijes and paint them with "
        "natural pigments. Exporting lets them replant the copal trees they use and employ twelve carvers and painters.",
        "Zapotec family workshop carving and painting alebrijes in Oaxaca.",
        _slots()),
    SellerProfile(
        "papantla-vanilla-growers", "Papantla Vanilla Growers", "Xanath", "MX", "MXN", "Papantla", 22,
        ("vanilla_beans", "vanilla_extract", "chillies_dried"), ("Papantla", "Gutiérrez Zamora", "Tecolutla", "Totonacapan"),
        "Totonac growers in Papantla have cured vanilla since before the conquest. Selling cured pods and extract "
        "to bakeries in Japan and Korea pays far better than selling green pods to brokers. Twenty-two people cure, "
        "sort and pack.",
        "Totonac growers curing and packing vanilla from Papantla, Veracruz.",
        _slots()),
    SellerProfile(
        "plateria-taxco", "Platería Taxco Ruiz", "Taxco Ruiz", "MX", "MXN", "Taxco", 16,
        ("silver_ring", "silver_jewellery"), ("Taxco", "Guerrero"),
        "The Ruiz family has worked silver in Taxco since the 1940s. Export orders through the marketplace keep "
        "sixteen silversmiths employed between the town's silver fairs.",
        "Third-generation silversmiths hand-making .925 jewellery in Taxco.",
        _slots()),
    SellerProfile(
        "apiario-serra-da-mantiqueira", "Apiário Serra da Mantiqueira", "Mantiqueira", "BR", "BRL", "Gonçalves", 15,
        ("honey_raw", "bee_products"), ("Mantiqueira", "Gonçalves", "Sapucaí-Mirim", "Campos do Jordão"),
        "A beekeeping family keeping 900 hives in the Atlantic forest of the Serra da Mantiqueira. Their "
        "green propolis is prized in Japan and Korea, and direct export pays for the hives' upkeep. Fifteen people "
        "work the apiaries and extraction room.",
        "Atlantic-forest beekeepers producing raw honey and green propolis.",
        _slots(floral=("Orange Blossom", "Eucalyptus", "Wildflower", "Aroeira", "Assa-peixe"),
               product=("Green Propolis", "Bee Pollen", "Raw Propolis", "Propolis Granules"))),
    SellerProfile(
        "fazenda-cerrado-alto", "Fazenda Cerrado Alto", "Cerrado Alto", "BR", "BRL", "Patrocínio", 41,
        ("coffee_whole_bean", "coffee_ground", "coffee_green"),
        ("Cerrado Mineiro", "Patrocínio", "Monte Carmelo", "Serra do Salitre", "Araxá"),
        "A mid-size family farm in the Cerrado Mineiro designation of origin. Roasting its own naturals for "
        "buyers in China lets it capture value the commodity market never paid. It employs 41 people year-round.",
        "Family coffee farm in the Cerrado Mineiro producing naturals and pulped naturals.",
        _slots(varietal=("Yellow Bourbon", "Mundo Novo", "Catuaí", "Arara"), grade=("Fine Cup", "Estate", "Microlot"),
               process=("Natural", "Pulped Natural", "Fermented Natural"), altitude=("950", "1,050", "1,150", "1,250"))),
    SellerProfile(
        "amazonia-botanicals", "Amazônia Botanicals", "Amazônia", "BR", "BRL", "Belém", 28,
        ("face_cream", "body_butter", "natural_soap"), ("Belém", "Marajó", "Abaetetuba", "Cametá"),
        "Amazônia Botanicals buys cupuaçu, andiroba and murumuru from riverside communities in Pará and turns "
        "them into skin care in Belém. Export sales to Asia fund a fixed price for the collectors. Twenty-eight "
        "people work in the lab and packing room.",
        "Skin care made in Belém from Amazon butters bought from riverside communities.",
        _slots(key=("Cupuaçu", "Açaí", "Andiroba", "Buriti", "Murumuru"))),
    SellerProfile(
        "frantoio-colle-senese", "Frantoio Colle Senese", "Colle Senese", "IT", "EUR", "Castelnuovo Berardenga", 11,
        ("olive_oil", "pantry_sauce"), ("Chianti", "Castelnuovo Berardenga", "Val d'Orcia", "Crete Senesi"),
        "A small olive mill in the hills east of Siena that presses for 200 local growers. Selling its own "
        "bottled oil abroad keeps the mill open beyond the three months of the harvest. It employs eleven people.",
        "Tuscan olive mill bottling early-harvest extra virgin olive oil.",
        _slots(**{"olive_oil.style": ("Unfiltered", "Filtered", "Organic", "IGP Toscano")})),
    SellerProfile(
        "pelletteria-santa-croce", "Pelletteria Santa Croce", "Santa Croce", "IT", "EUR", "Florence", 23,
        ("handbag_leather", "wallet_leather", "belt_leather"), ("Santa Croce", "Oltrarno", "San Frediano", "Boboli"),
        "A Florentine leather workshop founded in 1978 in the Santa Croce district. Buyers in Seoul and Shanghai "
        "used to reach it through agents; selling directly lets it keep 23 artisans on permanent contracts.",
        "Florentine workshop making vegetable-tanned leather bags and small goods.",
        _slots(leather=("Vegetable-tanned Calf", "Pebbled Calfskin", "Smooth Calfskin", "Tuscan Suede"))),
    SellerProfile(
        "cantine-serralunga", "Cantine Serralunga", "Serralunga", "IT", "EUR", "Serralunga d'Alba", 13,
        ("wine_red", "wine_white"), ("Barolo", "Langhe", "Barbera d'Alba", "Serralunga d'Alba"),
        "A family estate of twelve hectares in the Langhe hills. Exporting directly to collectors in Hong Kong "
        "and Singapore lets the family sell older vintages it could never place with distributors. It employs thirteen.",
        "Family wine estate in the Langhe making Barolo and Barbera.",
        _slots(**{"wine_red.varietal": ("Nebbiolo", "Barbera", "Dolcetto"), "wine_white.varietal": ("Arneis", "Nascetta", "Chardonnay"),
                  "cuvee": ("Riserva", "Bricco", "Vigna Vecchia", "Classico")})),
    SellerProfile(
        "savonnerie-des-alpilles", "Savonnerie des Alpilles", "Alpilles", "FR", "EUR", "Saint-Rémy-de-Provence", 19,
        ("natural_soap", "face_cream", "essential_oil"), ("Alpilles", "Saint-Rémy", "Luberon", "Valensole", "Haute-Provence"),
        "The soap works has made Marseille-style soap in Saint-Rémy since 1924. Provençal skin care sells well in "
        "Chinese cross-border e-commerce, and exporting directly keeps nineteen people employed through winter.",
        "Provençal soap works making olive-oil soaps, creams and lavender oils.",
        _slots()),
    SellerProfile(
        "chateau-belcier-rivaud", "Château Belcier-Rivaud", "Château Belcier-Rivaud", "FR", "EUR", "Saint-Émilion", 16,
        ("wine_red", "wine_white"), ("Saint-Émilion Grand Cru", "Castillon Côtes de Bordeaux", "Bordeaux Supérieur"),
        "A family château of 24 hectares on the limestone plateau of Saint-Émilion. Selling directly to private "
        "buyers in China and Taiwan replaced an importer that went bankrupt. It employs sixteen people.",
        "Family Bordeaux estate making Merlot-led reds on the Saint-Émilion limestone.",
        _slots(**{"wine_red.varietal": ("Merlot", "Cabernet Franc", "Merlot & Cabernet Franc"),
                  "wine_white.varietal": ("Sauvignon Blanc", "Sémillon", "Sauvignon Blanc & Sémillon"),
                  "cuvee": ("Grand Vin", "Second Vin", "Cuvée Prestige", "Vieilles Vignes")})),
    SellerProfile(
        "champagne-dervin-filles", "Champagne Dervin & Filles", "Dervin & Filles", "FR", "EUR", "Épernay", 8,
        ("wine_sparkling",), ("Épernay", "Cumières", "Hautvillers", "Mardeuil", "Dizy"),
        "A grower-producer of eight people farming five hectares of premier cru vineyards. The two sisters who "
        "run it export directly to restaurants in Singapore and Tokyo.",
        "Grower Champagne house in the Marne valley.",
        _slots(style=("Brut", "Extra Brut", "Brut Nature", "Blanc de Blancs", "Rosé", "Demi-Sec"),
               cuvee=("Premier Cru", "Réserve", "Millésime", "Vieilles Vignes"), vintage=("NV", "2016", "2018", "2019"),
               varietal=("Chardonnay, Pinot Noir, Meunier", "Chardonnay", "Pinot Noir & Meunier"))),
    SellerProfile(
        "confiserie-saentisblick", "Confiserie Säntisblick", "Säntisblick", "CH", "CHF", "Appenzell", 21,
        ("chocolate_pralines", "chocolate_bar"), ("Appenzell", "Säntis", "Alpstein", "Gais"),
        "A village confiserie in Appenzell making pralines with local cream and alpine herbs. Visitors from Asia "
        "kept asking for delivery home; now 21 confectioners ship to them directly.",
        "Appenzell confiserie making pralines and bars with Swiss cream.",
        _slots(cacao_region=("Ecuador's Manabí coast", "Ghana's Ashanti region", "Peru's Piura valley"))),
    SellerProfile(
        "holzwerkstatt-seiffen", "Holzwerkstatt Seiffen", "Seiffen", "DE", "EUR", "Seiffen", 26,
        ("wooden_toy", "festive_ornament", "nutcracker_figure"), ("Seiffen", "Erzgebirge", "Olbernhau", "Deutschneudorf"),
        "A woodturning workshop in Seiffen, the Ore Mountains toy village, with 26 turners and painters. Demand "
        "from China and Japan for Erzgebirge craft grew fast, and direct export keeps the workshop's apprenticeships going.",
        "Ore Mountains workshop turning wooden toys, nutcrackers and Christmas ornaments.",
        _slots()),
    SellerProfile(
        "uhrenmanufaktur-triberg", "Uhrenmanufaktur Triberg", "Triberg", "DE", "EUR", "Triberg im Schwarzwald", 17,
        ("cuckoo_mechanical", "cuckoo_quartz"), ("Triberg", "Schonach", "Black Forest", "Furtwangen"),
        "A cuckoo clock maker in Triberg, carving lime wood and assembling Black Forest movements since 1951. "
        "Cuckoo clocks are a favourite gift in China and Korea; direct orders employ seventeen carvers and fitters.",
        "Black Forest cuckoo clock maker carving every case by hand.",
        _slots()),
    SellerProfile(
        "weingut-moselschleife", "Weingut Moselschleife", "Moselschleife", "DE", "EUR", "Bernkastel-Kues", 10,
        ("wine_white", "wine_sparkling", "wine_dessert"), ("Mosel", "Bernkastel", "Graach", "Wehlen", "Ürzig"),
        "A family estate on the steep slate slopes of the middle Mosel. Riesling has a devoted following in "
        "Japan and Taiwan, and exporting directly lets the family sell its sweeter Prädikat wines.",
        "Mosel Riesling estate farming steep slate slopes by hand.",
        _slots(**{"varietal": ("Riesling", "Pinot Blanc", "Elbling"),
                  "wine_white.cuvee": ("Kabinett", "Spätlese", "Trocken", "Feinherb", "Grosses Gewächs"),
                  "wine_dessert.dessert": ("Eiswein", "Beerenauslese", "Auslese"),
                  "wine_sparkling.style": ("Riesling Sekt Brut", "Sekt Extra Brut", "Sekt Brut Nature")})),
    SellerProfile(
        "kanchan-darjeeling-tea-estate", "Kanchan Darjeeling Tea Estate", "Kanchan", "IN", "INR", "Kurseong", 230,
        ("tea_black", "tea_green"), ("Kurseong", "Mirik", "Upper Kurseong", "Rungbong Valley", "Darjeeling"),
        "A 180-hectare estate near Kurseong employing 230 pluckers and factory workers. Exporting finished "
        "Darjeeling directly to tea houses in Taiwan and China brings in far more than the Kolkata auction.",
        "Darjeeling tea estate making first and second flush orthodox teas.",
        _slots(**{"tea_black.style": ("First Flush", "Second Flush", "Autumnal", "Monsoon Flush"),
                  "tea_green.style": ("First Flush", "Spring", "Himalayan", "Hand-rolled"),
                  "grade": ("SFTGFOP1", "FTGFOP1", "TGFOP1"),
                  "tea_black.note": ("muscatel and ripe apricot", "fresh flowers and green mango", "stone fruit and toasted bread")}),
        "CIN U01132WB201#PTC######"),
    SellerProfile(
        "brahmaputra-assam-tea-company", "Brahmaputra Assam Tea Company", "Brahmaputra", "IN", "INR", "Dibrugarh", 180,
        ("tea_black", "spice_blend"), ("Dibrugarh", "Upper Assam", "Doom Dooma", "Tinsukia", "Moran"),
        "A family-run garden on the south bank of the Brahmaputra that also buys leaf from 300 small growers. "
        "It exports malty orthodox Assam and its own masala chai blends, and employs 180 people.",
        "Assam tea garden making malty orthodox teas and masala chai.",
        _slots(**{"tea_black.style": ("Orthodox", "Second Flush", "CTC", "Golden Tips"), "grade": ("TGFOP", "GFOP", "BOP", "BP1"),
                  "blend": ("Chai Masala", "Garam Masala", "Ginger Chai Masala", "Cardamom Chai")}),
        "CIN U01132AS201#PTC######"),
    SellerProfile(
        "idukki-spice-growers", "Idukki Spice Growers", "Idukki Spice", "IN", "INR", "Kumily", 44,
        ("pepper", "cardamom", "turmeric"), ("Idukki", "Kumily", "Vandanmedu", "Munnar", "Kattappana"),
        "A producer company owned by 800 spice farmers in the Western Ghats. It grades and packs pepper and "
        "cardamom locally instead of selling it loose to traders, and employs 44 people.",
        "Farmer-owned producer company packing Kerala pepper, cardamom and turmeric.",
        _slots(), "CIN U01119KL201#PTC######"),
    SellerProfile(
        "sanganer-block-print-studio", "Sanganer Block Print Studio", "Sanganer", "IN", "INR", "Jaipur", 58,
        ("dress_cotton", "scarf_cotton", "table_linen"), ("Sanganer", "Bagru", "Jaipur"),
        "Fifty-eight printers, dyers and tailors hand-block-print cotton in Sanganer with carved teak blocks and "
        "natural dyes. Exporting directly means the studio can pay printers by the month, not by the piece.",
        "Hand block-printing studio in Jaipur making cotton dresses, scarves and linen.",
        _slots(print=("Dabu", "Sanganeri Floral", "Bagru", "Indigo Dabu"),
               dress=("Kurta Dress", "Tiered Maxi", "Wrap Dress", "Shirt Dress", "Anarkali"),
               wrap=("Stole", "Dupatta", "Scarf", "Sarong")), "CIN U17299RJ201#PTC######"),
    SellerProfile(
        "cederberg-rooibos-estate", "Cederberg Rooibos Estate", "Cederberg", "ZA", "ZAR", "Clanwilliam", 37,
        ("tea_herbal", "face_cream"), ("Cederberg", "Clanwilliam", "Wupperthal", "Citrusdal"),
        "A family rooibos farm in the Cederberg that also buys from the Wupperthal small-farmer cooperative. "
        "Rooibos is hugely popular in Japan; exporting packed tea rather than bulk keeps 37 people employed.",
        "Cederberg rooibos farm packing organic rooibos and honeybush.",
        _slots(key=("Rooibos", "Buchu", "Marula", "Honeybush"))),
    SellerProfile(
        "helderberg-ridge-wines", "Helderberg Ridge Wines", "Helderberg Ridge", "ZA", "ZAR", "Stellenbosch", 29,
        ("wine_red", "wine_white", "wine_sparkling"), ("Stellenbosch", "Helderberg", "Simonsberg", "Polkadraai Hills"),
        "A black-owned family winery in Stellenbosch, founded by a former cellar master. Chinese and Korean buyers "
        "discovered its Pinotage at trade fairs; direct export now employs 29 people.",
        "Stellenbosch family winery known for Pinotage, Chenin Blanc and Cap Classique.",
        _slots(**{"wine_red.varietal": ("Pinotage", "Cabernet Sauvignon", "Syrah", "Cape Blend"),
                  "wine_white.varietal": ("Chenin Blanc", "Sauvignon Blanc", "Chardonnay"),
                  "cuvee": ("Reserve", "Single Vineyard", "Bush Vine", "Old Vine"),
                  "wine_sparkling.style": ("Cap Classique Brut", "Cap Classique Rosé", "Blanc de Blancs", "Brut Nature")})),
    SellerProfile(
        "hlabisa-basket-weavers", "Hlabisa Basket Weavers", "Hlabisa", "ZA", "ZAR", "Hlabisa", 90,
        ("basket_woven", "jewellery_beadwork"), ("Hlabisa", "Hluhluwe", "Zululand", "Mtubatuba"),
        "Ninety Zulu weavers in northern KwaZulu-Natal coil ilala palm into baskets dyed with roots and bark. "
        "Export orders give them cash income without leaving their homesteads.",
        "Zulu women weaving ilala palm baskets and beadwork in KwaZulu-Natal.",
        _slots(beads=("Love Letter Pendant", "Collar Necklace", "Bracelet Set", "Earrings", "Choker"))),
    SellerProfile(
        "adire-lagos-fashion-house", "Adire Lagos Fashion House", "Adire Lagos", "NG", "NGN", "Lagos", 34,
        ("dress_cotton", "shirt_cotton", "tshirt_cotton"), ("Lagos", "Abeokuta", "Yaba", "Ikoyi"),
        "A Lagos fashion house working with adire dyers in Abeokuta and tailors in Yaba. Nigerian fashion has a "
        "growing audience in Asia, and selling directly lets the house pay its 34 staff in naira on time.",
        "Lagos fashion house making adire and ankara clothing.",
        _slots(print=("Adire", "Ankara", "Adire Eleko", "Aso Oke Trim"),
               dress=("Wrap Dress", "Maxi Dress", "Kaftan", "Boubou", "Midi Dress"),
               shirt=("Dashiki Shirt", "Camp-collar Shirt", "Long-sleeve Shirt", "Short-sleeve Shirt"))),
    SellerProfile(
        "kano-leather-works", "Kano Leather Works", "Kano Leather", "NG", "NGN", "Kano", 41,
        ("handbag_leather", "wallet_leather", "leather_pouf"), ("Kano", "Sokoto", "Kurmi", "Dala"),
        "Kano Leather Works tans Sokoto red goatskin with acacia pods and dyes it at the Kofar Mata pits. Export "
        "sales support 41 tanners, dyers and leatherworkers.",
        "Kano tannery and workshop making bags and poufs from hand-dyed goatskin.",
        _slots(leather=("Red Goatskin", "Hand-dyed Goatskin", "Indigo Goatskin", "Embossed Goatskin"),
               bag=("Tote", "Saddle Bag", "Messenger Bag", "Clutch", "Bucket Bag"))),
    SellerProfile(
        "oke-ogun-cashew-processors", "Oke-Ogun Cashew Processors", "Oke-Ogun", "NG", "NGN", "Saki", 65,
        ("nuts_roasted", "dried_mango"), ("Oke-Ogun", "Saki", "Iseyin", "Ogbomoso"),
        "Most Nigerian cashews leave raw for processing in Asia; this factory shells and roasts them at home. "
        "It employs 65 people, mostly women, and buys from 1,200 farmers.",
        "Oyo State factory shelling and roasting Nigerian cashews.",
        _slots(variety=("Peter", "Julie", "Kent", "Keitt"))),
    SellerProfile(
        "tamale-shea-womens-cooperative", "Tamale Shea Women's Cooperative", "Tamale Shea", "GH", "GHS", "Tamale", 210,
        ("shea_butter", "natural_soap", "body_butter"), ("Tamale", "Savelugu", "Tolon", "Kumbungu"),
        "Over 200 women collect shea nuts in the savannah around Tamale and process them into butter at the "
        "cooperative's centre. Exporting finished butter and soap pays them several times the price of raw nuts.",
        "Women's cooperative in northern Ghana making unrefined shea butter and black soap.",
        _slots(**{"soap": ("African Black Soap", "Shea Soap", "Liquid Black Soap"),
                  "natural_soap.key": ("Shea & Cocoa Pod", "Plantain Ash", "Palm Kernel Oil", "Baobab"),
                  "body_butter.key": ("Shea & Baobab", "Shea & Moringa", "Shea & Coconut", "Whipped Shea")})),
    SellerProfile(
        "bonwire-kente-weavers", "Bonwire Kente Weavers", "Bonwire", "GH", "GHS", "Bonwire", 48,
        ("kente_cloth", "kente_stole", "bag_textile"), ("Bonwire", "Ashanti", "Kumasi", "Adanwomase"),
        "Forty-eight weavers in Bonwire, the home of kente, weave on narrow-strip looms. Selling directly to "
        "buyers in Asia means they can refuse cheap printed imitations and keep the craft alive.",
        "Kente weavers' association in Bonwire, Ashanti.",
        _slots(pattern=("Adweneasa", "Sika Futoro", "Emaa Da", "Oyokoman"), palette=("Gold & Green", "Red & Gold", "Black & Gold"))),
    SellerProfile(
        "ahotor-bean-to-bar", "Ahotor Bean-to-Bar Chocolate", "Ahotor", "GH", "GHS", "Kumasi", 24,
        ("chocolate_bar", "dried_mango"), ("Ashanti", "Kumasi", "Juaso", "Offinso"),
        "Ghana grows some of the world's best cacao but makes little chocolate; Ahotor makes bars in Kumasi from "
        "beans bought directly from farmers at a premium. It employs 24 people, most under thirty.",
        "Kumasi bean-to-bar chocolate maker using Ashanti cacao.",
        _slots(cacao_region=("Ashanti", "Offinso", "Juaso"))),
    SellerProfile(
        "azafranes-de-consuegra", "Azafranes de Consuegra", "Consuegra", "ES", "EUR", "Consuegra", 12,
        ("saffron", "paprika"), ("La Mancha", "Consuegra", "Madridejos", "Toledo"),
        "A family saffron house in Consuegra that grows, toasts and packs La Mancha saffron. Chinese chefs and "
        "traditional medicine buyers pay well for PDO saffron, and export keeps twelve people employed.",
        "La Mancha saffron grower and packer in Consuegra.",
        _slots()),
    SellerProfile(
        "messinia-grove-olive-oil", "Messinia Grove Olive Oil", "Messinia Grove", "GR", "EUR", "Kalamata", 14,
        ("olive_oil", "table_olives", "honey_raw"), ("Messinia", "Kalamata", "Mani", "Taygetos", "Koroni"),
        "Three cousins who returned to their grandparents' groves near Kalamata mill, bottle and export their "
        "own oil. Selling directly to Asia pays for organic certification and employs fourteen people.",
        "Organic Koroneiki olive oil and Kalamata olives from Messinia.",
        _slots(cultivar=("Koroneiki", "Manaki", "Athinolia"), style=("Unfiltered", "Organic", "PDO Kalamata", "Filtered"),
               floral=("Thyme", "Pine", "Heather", "Wildflower", "Orange Blossom"))),
    SellerProfile(
        "cooperative-tafraout-argan", "Coopérative Féminine Tafraout Argan", "Tafraout Argan", "MA", "EUR", "Tafraout", 60,
        ("argan_oil", "beauty_water", "natural_soap"), ("Tafraout", "Anti-Atlas", "Ammeln Valley", "Tiznit"),
        "Sixty Amazigh women crack argan kernels by hand and press them at the cooperative in Tafraout. Selling "
        "abroad directly, invoiced in euros, lets the cooperative pay members monthly and fund literacy classes.",
        "Amazigh women's cooperative pressing argan oil in the Anti-Atlas.",
        _slots(soap=("Savon Beldi", "Black Olive Soap", "Argan Soap"),
               key=("Eucalyptus", "Argan", "Rose", "Orange Blossom"))),
    SellerProfile(
        "kaimai-manuka-honey", "Kaimai Mānuka Honey", "Kaimai", "NZ", "NZD", "Tauranga", 22,
        ("honey_manuka", "bee_products"), ("Kaimai", "Bay of Plenty", "East Cape", "Coromandel"),
        "A Māori-owned beekeeping business with hives on iwi land in the Kaimai Range. Most of its honey goes to "
        "China and Japan; selling directly keeps the value with the land's owners and 22 staff.",
        "Māori-owned beekeepers producing UMF-certified mānuka honey.", _slots()),
    SellerProfile(
        "otago-merino-knitwear", "Otago Merino Knitwear", "Otago Merino", "NZ", "NZD", "Dunedin", 31,
        ("knit_merino", "knit_scarf", "merino_tee"), ("Otago", "Maniototo", "Central Otago", "Waitaki"),
        "A Dunedin knitting mill that buys merino from high-country stations in Central Otago. Exporting finished "
        "knitwear to Korea and Japan keeps 31 machinists and finishers employed in a city that lost most of its mills.",
        "Dunedin mill knitting merino from Central Otago stations.",
        _slots(fibre=("Merino", "Fine Merino", "Merino-Possum"),
               colour=("Tussock Gold", "Charcoal", "Oatmeal", "Navy", "Fiordland Green"))),
    SellerProfile(
        "erabliere-des-appalaches", "Érablière des Appalaches", "Appalaches", "CA", "CAD", "Saint-Georges", 12,
        ("maple_syrup", "maple_confection"), ("Beauce", "Saint-Georges", "Appalaches", "Chaudière"),
        "A sugar bush of 14,000 taps in the Beauce, run by the Poulin family. Maple syrup sells strongly in China "
        "and Japan, and direct export lets the family pay twelve seasonal workers year-round.",
        "Beauce family sugar bush making organic maple syrup.", _slots()),
    SellerProfile(
        "vinemount-ridge-estate", "Vinemount Ridge Estate Winery", "Vinemount Ridge", "CA", "CAD", "Jordan", 20,
        ("wine_dessert", "wine_white", "wine_sparkling"), ("Niagara Peninsula", "Vinemount Ridge", "Twenty Mile Bench", "Beamsville Bench"),
        "A Niagara estate picking Vidal and Riesling frozen on the vine each January. Icewine is a prized gift in "
        "China and Korea, and direct sales let the winery sell to families rather than duty-free shops. It employs twenty.",
        "Niagara estate making VQA icewine, Riesling and sparkling wine.",
        _slots(**{"cuvee": ("Reserve", "Estate", "Barrel Select", "VQA"),
                  "wine_dessert.dessert": ("Icewine", "Late Harvest", "Select Late Harvest", "Sparkling Icewine"),
                  "wine_sparkling.style": ("Traditional Method Brut", "Blanc de Blancs", "Rosé Brut")})),
)
