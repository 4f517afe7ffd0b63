"""Rules as data: every figure is dated and sourced, and is looked up for the quote's date."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .errors import RuleDataError

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


@dataclass(frozen=True)
class Rule:
    """One version of one figure: a rate, a threshold, a basis or a switch."""

    id: str
    value: str
    effective_from: datetime.date
    effective_to: datetime.date | None
    source: str
    currency: str | None = None
    note: str = ""

    def applies_on(self, day: datetime.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    @cached_property
    def decimal(self) -> Decimal:
        return Decimal(self.value)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "value": self.value, "source": self.source,
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
        }
        if self.currency:
            data["currency"] = self.currency
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True)
class RuleBook:
    destination: str
    name: str
    currency: str
    rules: tuple[Rule, ...]
    by_id: dict[str, tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)
    # Memo of by_hs() and prefixes() answers: rule data never changes while the process runs.
    hs_cache: dict[tuple[object, ...], Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, list[Rule]] = {}
        for rule in self.rules:
            index.setdefault(rule.id, []).append(rule)
        object.__setattr__(self, "by_id", {rule_id: tuple(versions) for rule_id, versions in index.items()})

    def find(self, rule_id: str, day: datetime.date) -> Rule | None:
        """The version of `rule_id` in force on `day`, or None (no such rule, or none in force that day)."""
        return next((r for r in self.by_id.get(rule_id, ()) if r.applies_on(day)), None)

    def get(self, rule_id: str, day: datetime.date) -> Rule:
        """A figure the computation cannot do without: missing or out of date is an error, never a guess."""
        rule = self.find(rule_id, day)
        if rule is not None:
            return rule
        versions = self.by_id.get(rule_id, ())
        if not versions:
            raise RuleDataError("rules", f"{self.destination} has no rule {rule_id}")
        first = min(r.effective_from for r in versions)
        raise RuleDataError("date", f"{day.isoformat()} is outside the rule data for {rule_id} (it starts {first.isoformat()}); no rule is guessed")

    def by_hs(self, base_id: str, hs_code: str, day: datetime.date) -> Rule | None:
        """The most specific rule for an HS code: `base_id.hs.<prefix>` (longest prefix), else `base_id.default`."""
        key = (base_id, hs_code, day)
        if key not in self.hs_cache:  # a hot path: every line of every quote asks, mostly for the same codes
            self.hs_cache[key] = next(
                (rule for length in range(len(hs_code), 1, -1) if (rule := self.find(f"{base_id}.hs.{hs_code[:length]}", day)) is not None),
                self.find(f"{base_id}.default", day),
            )
        found: Rule | None = self.hs_cache[key]
        return found

    def prefixes(self, base_id: str, day: datetime.date) -> list[Rule]:
        """Every rule under `base_id.` in force on `day` (e.g. all restricted HS prefixes)."""
        key = ("prefixes", base_id, day)
        if key not in self.hs_cache:
            self.hs_cache[key] = [r for r in self.rules if r.id.startswith(base_id + ".") and r.applies_on(day)]
        result: list[Rule] = self.hs_cache[key]
        return result


def _date(value: Any, where: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RuleDataError("rules", f"{where}: {value!r} is not a date") from None


def rulebook_from_data(data: dict[str, Any]) -> RuleBook:
    rules = []
    for index, entry in enumerate(data["rules"]):
        where = f"{data['destination']} rule #{index} ({entry.get('id')})"
        if not entry.get("source"):
            raise RuleDataError("rules", f"{where}: every figure needs its source")
        rules.append(
            Rule(
                id=entry["id"], value=str(entry["value"]), effective_from=_date(entry["effective_from"], where),
                effective_to=_date(entry["effective_to"], where) if entry.get("effective_to") else None,
                source=entry["source"], currency=entry.get("currency"), note=entry.get("note", ""),
            )
        )
    return RuleBook(destination=data["destination"], name=data["name"], currency=data["currency"], rules=tuple(rules))


@lru_cache(maxsize=64)
def load_rulebook(destination: str) -> RuleBook:
    """The destination's rule file, `rules/<cc>.json`; an unknown destination is an input error upstream."""
    path = RULES_DIR / f"{destination.lower()}.json"
    if not path.exists():
        raise RuleDataError("destination", f"no landed-cost rules for {destination}; supported: {', '.join(supported_destinations())}")
    data = json.loads(path.read_text(encoding="utf-8"))
    if shared := data.get("include"):
        # Member states share a union's rules (rules/eu.json, ids "eu.…") under their own code; their own rules come first.
        common = json.loads((RULES_DIR / "shared" / f"{shared}.json").read_text(encoding="utf-8"))
        prefix = f"{destination.lower()}."
        data["rules"] = data["rules"] + [{**rule, "id": prefix + rule["id"].split(".", 1)[1]} for rule in common["rules"]]
    return rulebook_from_data(data)


@lru_cache(maxsize=1)
def supported_destinations() -> tuple[str, ...]:
    return tuple(sorted(p.stem.upper() for p in RULES_DIR.glob("*.json")))
