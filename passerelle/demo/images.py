"""Offline demo pictures drawn with Pillow: product images (JPEG) and seller logos (PNG), same input -> same bytes."""

from __future__ import annotations

import colorsys
import functools
import io
import random
import unicodedata
import zlib
from typing import Callable

from PIL import Image, ImageDraw, ImageFont

from passerelle.demo.catalog_words import CATEGORIES
from passerelle.demo.generator import DemoProduct, DemoSeller

Colour = tuple[int, int, int]
# A pictogram draws inside the square (left, top, side) with an ink, an accent and a paper colour.
Pictogram = Callable[[ImageDraw.ImageDraw, float, float, float, Colour, Colour, Colour], None]

SUPERSAMPLING = 2  # draw at twice the size, then reduce: smooth edges without an antialiasing API
JPEG_QUALITY = 80
_PARENT_OF = {slug: parent for slug, _name, parent in CATEGORIES}
_ASCII_REPLACEMENTS = str.maketrans({"×": "x", "–": "-", "—": "-", "’": "'", "‘": "'", "−": "-", "ʻ": "'"})
_LOGO_SKIPPED_WORDS = {"de", "des", "du", "da", "do", "la", "le", "of", "the", "and", "&"}


def render_product_image(product: DemoProduct, size: int = 480) -> bytes:
    """A square JPEG: a gradient in the category's colour, a pictogram of the product family, the title."""
    top_level = _top_level_category(product.category_slug)
    hue_degrees, pictogram = _CATEGORY_LOOKS.get(top_level, (210.0, _draw_box))
    rng = random.Random(product.image_seed)
    hue = ((hue_degrees + rng.uniform(-14, 14)) % 360) / 360
    canvas = size * SUPERSAMPLING
    image = _vertical_gradient(canvas, _hls(hue, 0.92, 0.55), _hls(hue, 0.78, 0.45))
    draw = ImageDraw.Draw(image)
    ink, accent, paper = _hls(hue, 0.30, 0.45), _hls((hue + 0.08) % 1, 0.55, 0.60), _hls(hue, 0.96, 0.40)
    side = canvas * 0.46
    pictogram(draw, (canvas - side) / 2, canvas * 0.08, side, ink, accent, paper)
    _draw_title(draw, product.title, canvas, ink)
    output = io.BytesIO()
    image.reduce(SUPERSAMPLING).save(output, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return output.getvalue()


def render_seller_logo(seller: DemoSeller, size: int = 160) -> bytes:
    """A PNG: the seller's initials in white on a circle whose colour comes from the slug."""
    hue = (zlib.crc32(seller.slug.encode()) % 360) / 360
    canvas = size * SUPERSAMPLING
    image = Image.new("RGBA", (canvas, canvas), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, canvas - 1, canvas - 1), fill=_hls(hue, 0.40, 0.55))
    font = _font(int(canvas * 0.40))
    draw.text((canvas / 2, canvas / 2), _initials(seller.name), font=font, fill=(255, 255, 255), anchor="mm")
    output = io.BytesIO()
    image.reduce(SUPERSAMPLING).save(output, format="PNG", optimize=True)
    return output.getvalue()


def ascii_title(text: str) -> str:
    """Pillow's built-in font only has ASCII glyphs: 'Mānuka – 6 × 750 ml' -> 'Manuka - 6 x 750 ml'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_REPLACEMENTS))
    return decomposed.encode("ascii", "ignore").decode()


def _top_level_category(slug: str) -> str:
    while _PARENT_OF.get(slug):
        slug = _PARENT_OF[slug] or slug
    return slug


def _initials(name: str) -> str:
    words = [word for word in ascii_title(name).replace("-", " ").split() if word.lower() not in _LOGO_SKIPPED_WORDS]
    return "".join(word[0] for word in words[:2]).upper() or "?"


@functools.lru_cache(maxsize=16)
def _font(pixels: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=pixels)


def _hls(hue: float, lightness: float, saturation: float) -> Colour:
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return round(red * 255), round(green * 255), round(blue * 255)


def _vertical_gradient(side: int, top: Colour, bottom: Colour) -> Image.Image:
    """Colour a one-pixel column from top to bottom, then stretch it: far cheaper than compositing a square."""
    column = Image.linear_gradient("L").crop((0, 0, 1, 256))
    channels = [column.point([round(start + (end - start) * level / 255) for level in range(256)])
                for start, end in zip(top, bottom)]
    column = Image.merge("RGB", channels).resize((1, side), Image.Resampling.BILINEAR)
    return column.resize((side, side), Image.Resampling.NEAREST)


def _draw_title(draw: ImageDraw.ImageDraw, title: str, canvas: int, ink: Colour) -> None:
    """The title on a light panel in the lower third, wrapped to at most three lines."""
    margin = canvas * 0.06
    panel = (margin, canvas * 0.64, canvas - margin, canvas - margin)
    draw.rounded_rectangle(panel, radius=canvas * 0.03, fill=(255, 255, 255))
    text = ascii_title(title)
    width = panel[2] - panel[0] - 2 * margin
    for pixels in (canvas // 15, canvas // 18, canvas // 22):
        font = _font(pixels)
        lines = _wrap(text, font, width)
        if len(lines) <= 3:
            break
    lines = lines[:3]
    line_height = pixels * 1.25
    top = (panel[1] + panel[3]) / 2 - line_height * (len(lines) - 1) / 2
    for index, line in enumerate(lines):
        draw.text((canvas / 2, top + index * line_height), line, font=font, fill=ink, anchor="mm")


def _wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


# --- Pictograms: simple shapes, one per top-level category -----------------------------


def _draw_bag(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.polygon([(x + s * 0.22, y + s * 0.18), (x + s * 0.78, y + s * 0.18), (x + s * 0.86, y + s), (x + s * 0.14, y + s)], fill=ink)
    draw.rectangle((x + s * 0.2, y + s * 0.06, x + s * 0.8, y + s * 0.2), fill=accent)
    draw.ellipse((x + s * 0.36, y + s * 0.42, x + s * 0.64, y + s * 0.82), fill=paper)
    draw.arc((x + s * 0.42, y + s * 0.44, x + s * 0.58, y + s * 0.8), 260, 100, fill=ink, width=max(2, int(s * 0.03)))


def _draw_cup(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    line = max(2, int(s * 0.05))
    draw.ellipse((x + s * 0.05, y + s * 0.86, x + s * 0.95, y + s), fill=accent)
    draw.ellipse((x + s * 0.64, y + s * 0.46, x + s * 0.92, y + s * 0.74), outline=ink, width=line)
    draw.chord((x + s * 0.12, y + s * 0.1, x + s * 0.76, y + s * 0.94), 0, 180, fill=ink)
    for offset in (0.28, 0.44, 0.6):
        draw.arc((x + s * (offset - 0.05), y, x + s * (offset + 0.05), y + s * 0.3), 100, 260, fill=ink, width=line // 2 + 1)


def _draw_root(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    line = max(2, int(s * 0.04))
    draw.line((x + s * 0.5, y + s * 0.1, x + s * 0.5, y + s * 0.45), fill=accent, width=line)
    for left in (0.18, 0.5):
        draw.ellipse((x + s * left, y, x + s * (left + 0.32), y + s * 0.16), fill=accent)
    draw.polygon([(x + s * 0.38, y + s * 0.42), (x + s * 0.62, y + s * 0.42), (x + s * 0.52, y + s), (x + s * 0.46, y + s)], fill=ink)
    draw.line((x + s * 0.46, y + s * 0.6, x + s * 0.22, y + s * 0.9), fill=ink, width=line)
    draw.line((x + s * 0.54, y + s * 0.55, x + s * 0.8, y + s * 0.86), fill=ink, width=line)


def _draw_jar(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.rounded_rectangle((x + s * 0.18, y + s * 0.22, x + s * 0.82, y + s), radius=s * 0.12, fill=ink)
    draw.rectangle((x + s * 0.24, y + s * 0.08, x + s * 0.76, y + s * 0.24), fill=accent)
    draw.rectangle((x + s * 0.18, y + s * 0.48, x + s * 0.82, y + s * 0.74), fill=paper)
    draw.ellipse((x + s * 0.44, y + s * 0.52, x + s * 0.56, y + s * 0.7), fill=accent)


def _draw_bottle(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.rectangle((x + s * 0.3, y, x + s * 0.42, y + s * 0.3), fill=ink)
    draw.rounded_rectangle((x + s * 0.18, y + s * 0.26, x + s * 0.54, y + s), radius=s * 0.08, fill=ink)
    draw.rectangle((x + s * 0.18, y + s * 0.55, x + s * 0.54, y + s * 0.78), fill=paper)
    draw.chord((x + s * 0.62, y + s * 0.3, x + s * 0.94, y + s * 0.7), 0, 180, fill=accent)
    draw.line((x + s * 0.78, y + s * 0.5, x + s * 0.78, y + s * 0.96), fill=ink, width=max(2, int(s * 0.03)))
    draw.line((x + s * 0.66, y + s * 0.97, x + s * 0.9, y + s * 0.97), fill=ink, width=max(2, int(s * 0.04)))


def _draw_oil(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.rectangle((x + s * 0.36, y, x + s * 0.46, y + s * 0.2), fill=accent)
    draw.polygon([(x + s * 0.34, y + s * 0.18), (x + s * 0.48, y + s * 0.18), (x + s * 0.6, y + s), (x + s * 0.22, y + s)], fill=ink)
    draw.ellipse((x + s * 0.62, y + s * 0.62, x + s * 0.86, y + s * 0.94), fill=accent)
    draw.ellipse((x + s * 0.66, y + s * 0.4, x + s * 0.96, y + s * 0.56), fill=ink)


def _draw_cream(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.rounded_rectangle((x + s * 0.08, y + s * 0.5, x + s * 0.92, y + s), radius=s * 0.1, fill=ink)
    draw.rounded_rectangle((x + s * 0.04, y + s * 0.36, x + s * 0.96, y + s * 0.54), radius=s * 0.05, fill=accent)
    draw.rectangle((x + s * 0.2, y + s * 0.66, x + s * 0.8, y + s * 0.84), fill=paper)
    draw.polygon([(x + s * 0.5, y), (x + s * 0.6, y + s * 0.2), (x + s * 0.4, y + s * 0.2)], fill=accent)
    draw.ellipse((x + s * 0.4, y + s * 0.12, x + s * 0.6, y + s * 0.3), fill=accent)


def _draw_handbag(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.arc((x + s * 0.28, y + s * 0.02, x + s * 0.72, y + s * 0.62), 180, 360, fill=ink, width=max(3, int(s * 0.06)))
    draw.rounded_rectangle((x + s * 0.08, y + s * 0.32, x + s * 0.92, y + s), radius=s * 0.1, fill=ink)
    draw.rectangle((x + s * 0.08, y + s * 0.32, x + s * 0.92, y + s * 0.5), fill=accent)
    draw.rounded_rectangle((x + s * 0.44, y + s * 0.44, x + s * 0.56, y + s * 0.58), radius=s * 0.02, fill=paper)


def _draw_watch(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.rounded_rectangle((x + s * 0.36, y, x + s * 0.64, y + s), radius=s * 0.05, fill=accent)
    draw.ellipse((x + s * 0.16, y + s * 0.18, x + s * 0.84, y + s * 0.82), fill=ink)
    draw.rectangle((x + s * 0.84, y + s * 0.45, x + s * 0.9, y + s * 0.55), fill=ink)
    draw.ellipse((x + s * 0.23, y + s * 0.25, x + s * 0.77, y + s * 0.79), fill=paper)
    line = max(2, int(s * 0.03))
    draw.line((x + s * 0.5, y + s * 0.52, x + s * 0.5, y + s * 0.32), fill=ink, width=line)
    draw.line((x + s * 0.5, y + s * 0.52, x + s * 0.64, y + s * 0.6), fill=ink, width=line)


def _draw_shirt(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    points = [(0.32, 0.06), (0.42, 0.1), (0.58, 0.1), (0.68, 0.06), (0.96, 0.26), (0.84, 0.42), (0.76, 0.36),
              (0.76, 1.0), (0.24, 1.0), (0.24, 0.36), (0.16, 0.42), (0.04, 0.26)]
    draw.polygon([(x + s * px, y + s * py) for px, py in points], fill=ink)
    draw.chord((x + s * 0.4, y - s * 0.02, x + s * 0.6, y + s * 0.2), 0, 180, fill=accent)
    draw.rectangle((x + s * 0.24, y + s * 0.7, x + s * 0.76, y + s * 0.76), fill=accent)


def _draw_basket(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.arc((x + s * 0.2, y, x + s * 0.8, y + s * 0.7), 180, 360, fill=ink, width=max(3, int(s * 0.05)))
    draw.polygon([(x + s * 0.06, y + s * 0.36), (x + s * 0.94, y + s * 0.36), (x + s * 0.8, y + s), (x + s * 0.2, y + s)], fill=ink)
    for row in range(4):
        top = y + s * (0.46 + row * 0.14)
        draw.line((x + s * 0.12, top, x + s * 0.88, top), fill=accent if row % 2 else paper, width=max(2, int(s * 0.03)))


def _draw_blocks(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    for left, top, colour in ((0.06, 0.54, ink), (0.5, 0.54, accent), (0.28, 0.1, accent)):
        draw.rounded_rectangle((x + s * left, y + s * top, x + s * (left + 0.44), y + s * (top + 0.44)), radius=s * 0.05, fill=colour)
    draw.ellipse((x + s * 0.18, y + s * 0.66, x + s * 0.38, y + s * 0.86), fill=paper)
    draw.polygon([(x + s * 0.5, y + s * 0.2), (x + s * 0.62, y + s * 0.42), (x + s * 0.38, y + s * 0.42)], fill=paper)


def _draw_ring(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.ellipse((x + s * 0.14, y + s * 0.28, x + s * 0.86, y + s), outline=ink, width=max(4, int(s * 0.08)))
    draw.polygon([(x + s * 0.36, y + s * 0.12), (x + s * 0.64, y + s * 0.12), (x + s * 0.74, y + s * 0.22),
                  (x + s * 0.5, y + s * 0.4), (x + s * 0.26, y + s * 0.22)], fill=accent)
    draw.line((x + s * 0.26, y + s * 0.22, x + s * 0.74, y + s * 0.22), fill=paper, width=max(2, int(s * 0.02)))


def _draw_bar(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.rounded_rectangle((x + s * 0.18, y, x + s * 0.82, y + s), radius=s * 0.04, fill=ink)
    for row in range(3):
        for column in range(2):
            left, top = x + s * (0.24 + column * 0.3), y + s * (0.05 + row * 0.16)
            draw.rounded_rectangle((left, top, left + s * 0.24, top + s * 0.12), radius=s * 0.02, outline=paper, width=max(1, int(s * 0.015)))
    draw.rectangle((x + s * 0.16, y + s * 0.54, x + s * 0.84, y + s), fill=accent)


def _draw_mortar(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.polygon([(x + s * 0.56, y), (x + s * 0.68, y + s * 0.04), (x + s * 0.5, y + s * 0.6), (x + s * 0.4, y + s * 0.56)], fill=accent)
    draw.chord((x + s * 0.06, y + s * 0.2, x + s * 0.94, y + s), 0, 180, fill=ink)
    draw.rectangle((x + s * 0.02, y + s * 0.56, x + s * 0.98, y + s * 0.64), fill=ink)
    for left in (0.3, 0.48, 0.64):
        draw.ellipse((x + s * left, y + s * 0.72, x + s * (left + 0.08), y + s * 0.8), fill=paper)


def _draw_box(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink: Colour, accent: Colour, paper: Colour) -> None:
    draw.rectangle((x + s * 0.1, y + s * 0.3, x + s * 0.9, y + s), fill=ink)
    draw.rectangle((x + s * 0.04, y + s * 0.16, x + s * 0.96, y + s * 0.34), fill=accent)
    draw.rectangle((x + s * 0.44, y + s * 0.16, x + s * 0.56, y + s), fill=paper)


# Hue in degrees and pictogram for each top-level category of catalog_words.CATEGORIES.
_CATEGORY_LOOKS: dict[str, tuple[float, Pictogram]] = {
    "coffee": (28, _draw_bag),
    "tea": (105, _draw_cup),
    "ginseng-herbs": (80, _draw_root),
    "honey-syrups": (42, _draw_jar),
    "wine": (340, _draw_bottle),
    "olive-oil-pantry": (70, _draw_oil),
    "skin-care": (300, _draw_cream),
    "leather-goods": (18, _draw_handbag),
    "watches": (215, _draw_watch),
    "apparel": (250, _draw_shirt),
    "crafts-home": (190, _draw_basket),
    "toys": (0, _draw_blocks),
    "jewellery": (275, _draw_ring),
    "chocolate-snacks": (12, _draw_bar),
    "spices": (8, _draw_mortar),
}
