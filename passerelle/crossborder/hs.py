"""HS codes for sellers: load the nomenclature CSV (with a per-row report) and suggest headings for a title."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from django.db import transaction

from .models import HsCode

COLUMNS = ["section", "hscode", "description", "parent", "level"]
WORD = re.compile(r"[a-z]+")
STOPWORDS = {
    "and", "or", "of", "the", "a", "an", "for", "with", "in", "on", "to", "from", "by", "our", "your", "new", "premium",
    "organic", "natural", "pure", "fine", "handmade", "classic", "small", "large", "set", "pack", "gift", "whether", "not",
    "other", "than", "including", "excluding", "nec", "heading", "chapter", "item", "no",
}
# Words sellers use that the nomenclature says differently.
SYNONYMS = {
    "tshirt": "t-shirts", "tee": "t-shirts", "bag": "handbags", "tote": "handbags", "purse": "handbags", "wallet": "wallets",
    "cream": "preparations skin", "serum": "preparations skin", "lotion": "preparations skin", "lipstick": "lip make-up",
    "perfume": "perfumes", "soap": "soap", "watch": "wrist-watches watches", "necklace": "jewellery", "ring": "jewellery",
    "earrings": "jewellery", "bracelet": "jewellery", "espresso": "coffee roasted", "beans": "coffee",
    "wine": "wine grapes", "chocolate": "chocolate cocoa", "toy": "toys", "doll": "dolls toys", "puzzle": "puzzles toys",
    "basket": "basketwork", "mug": "tableware ceramic", "sweater": "jerseys pullovers", "scarf": "shawls scarves",
    "shoes": "footwear", "sneakers": "footwear", "sandals": "footwear", "ginseng": "ginseng roots", "syrup": "maple sugar syrup",
}


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)  # "row 12: hscode '09A1' is not 2, 4 or 6+ digits"


def hs_load_csv(text: str) -> LoadReport:
    """Upsert every good row; a bad row is reported by line number and skipped, nothing saved is lost."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or [name.strip() for name in reader.fieldnames] != COLUMNS:
        raise ValueError(f"header: expected {','.join(COLUMNS)}, got {','.join(reader.fieldnames or [])!r}")
    report = LoadReport()
    rows: dict[str, dict[str, str]] = {}
    for line_number, row in enumerate(reader, start=2):
        if not any((value or "").strip() for value in row.values()):
            continue
        code = (row.get("hscode") or "").strip()
        description = " ".join((row.get("description") or "").split())
        level = (row.get("level") or "").strip()
        parent = (row.get("parent") or "").strip()
        if not re.fullmatch(r"\d{2}|\d{4}|\d{6,10}", code):
            report.errors.append(f"row {line_number}: hscode {code!r} is not 2, 4 or 6 to 10 digits")
        elif level not in {"2", "4", "6"}:
            report.errors.append(f"row {line_number}: level {level!r} is not 2, 4 or 6")
        elif not description:
            report.errors.append(f"row {line_number}: hscode {code} has no description")
        elif parent != "TOTAL" and not code.startswith(parent):
            report.errors.append(f"row {line_number}: parent {parent!r} is not a prefix of {code}")
        else:
            rows[code] = {"description": description, "level": level, "parent": "" if parent == "TOTAL" else parent, "section": (row.get("section") or "").strip()}
    with transaction.atomic():
        existing = set(HsCode.objects.filter(code__in=rows).values_list("code", flat=True))
        for code, values in rows.items():
            HsCode.objects.update_or_create(code=code, defaults={**values, "level": int(values["level"])})
        report.created = len(rows) - len(existing)
        report.updated = len(existing)
    return report


def _words(text: str) -> set[str]:
    words = set()
    for word in WORD.findall(text.lower().replace("t-shirt", "tshirt")):
        if word in STOPWORDS or len(word) < 3:
            continue
        words.add(word)
        words.update(SYNONYMS.get(word, "").split())
        if word.endswith("s") and len(word) > 4:
            words.add(word[:-1])
    return words


@dataclass(frozen=True)
class HsSuggestion:
    code: str
    description: str
    chapter: str
    score: int


def hs_suggest(title: str, *, limit: int = 6) -> list[HsSuggestion]:
    """Headings and subheadings whose descriptions share the most words with the title (subheadings first on ties)."""
    wanted = _words(title)
    if not wanted:
        return []
    chapters = dict(HsCode.objects.filter(level=2).values_list("code", "description"))
    scored = []
    for code, description in HsCode.objects.filter(level__in=[4, 6]).values_list("code", "description"):
        have = _words(description)
        score = len(wanted & have)
        if score:
            scored.append(HsSuggestion(code, description, chapters.get(code[:2], ""), score))
    scored.sort(key=lambda s: (-s.score, -len(s.code), s.code))
    return scored[:limit]
