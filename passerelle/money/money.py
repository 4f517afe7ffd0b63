"""Money, a Decimal amount with an ISO 4217 currency; allocate() for every split that must sum exactly."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from .currencies import check_currency, quantum
from .currencies import minor_units as currency_minor_units

# Far above any real amount (a year of world output in VND is ~10^19), yet small enough that
# an input like "1e999999999" cannot make quantize() or str() build a billion-digit number.
MAX_AMOUNT_DIGITS = 40


class CurrencyMismatchError(ValueError):
    """Two amounts in different currencies met where one currency is required; convert one first."""


def _mismatch(operation: str, left: str, right: str) -> CurrencyMismatchError:
    phrase = {
        "add": f"add an amount in {left!r} to an amount in {right!r}",
        "subtract": f"subtract an amount in {right!r} from an amount in {left!r}",
        "compare": f"compare an amount in {left!r} with an amount in {right!r}",
    }[operation]
    return CurrencyMismatchError(f"Cannot {phrase}; convert one of them with RateTable.convert() first")


_WIDE = Context(prec=60)
_CHECKED_CODES: set[str] = set()  # codes check_currency() accepted, exactly as spelled


def _remember(code: str) -> str:
    _CHECKED_CODES.add(code)
    return code


def _to_decimal(amount: object) -> Decimal:
    # bool is an int subclass; True dollars is a bug, not an amount.
    if isinstance(amount, (float, bool)):
        raise TypeError(
            f"Money amount {amount!r} must be a Decimal, int or str, not {type(amount).__name__}: "
            f'use Decimal or str, e.g. Money("19.99", "USD"), because floats cannot hold cents exactly'
        )
    if isinstance(amount, Decimal):
        value = amount
    elif isinstance(amount, (int, str)):
        try:
            value = Decimal(amount)
        except InvalidOperation:
            raise ValueError(f'Money amount {amount!r} is not a number; write it like "19.99"') from None
    else:
        raise TypeError(f"Money amount {amount!r} must be a Decimal, int or str, not {type(amount).__name__}")
    if not value.is_finite():
        raise ValueError(f"Money amount {amount!r} must be a finite number, not NaN or Infinity")
    if value.is_zero():
        # No sign (-0 would print "-0.00") and no positive exponent (0E+999999999 is just 0).
        exponent = value.as_tuple().exponent
        return Decimal((0, (0,), min(exponent, 0) if isinstance(exponent, int) else 0))
    if value.adjusted() >= MAX_AMOUNT_DIGITS:
        raise ValueError(f"Money amount {amount!r} is too large: at most {MAX_AMOUNT_DIGITS} digits before the point")
    return value


def _whole_minor_units(amount: Decimal, places: int) -> int | None:
    """amount * 10**places as an int when exact, else None; digit arithmetic, so no context rounding."""
    sign, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)  # finite amounts only reach here
    coefficient = int("".join(map(str, digits)))
    shift = exponent + places
    if -shift > len(digits):
        # Every digit is below the minor unit: only zero is whole (and 10**-shift may be huge).
        return 0 if coefficient == 0 else None
    if shift >= 0:
        value: int = coefficient * 10**shift
    else:
        value, remainder = divmod(coefficient, 10**-shift)
        if remainder:
            return None
    return -value if sign else value


# init=False: our __init__ takes int | str | Decimal, so callers type-check, yet .amount is always Decimal.
@dataclass(frozen=True, slots=True, init=False)
class Money:
    """An amount in one currency. Not rounded on construction: call quantize() (or use of()) when it must be."""

    amount: Decimal
    currency: str

    def __init__(self, amount: Decimal | int | str, currency: str) -> None:
        # Fast path for the common case (a finite, non-zero Decimal in an already-checked code); same checks.
        if type(amount) is Decimal and amount.is_finite() and not amount.is_zero() and amount.adjusted() < MAX_AMOUNT_DIGITS:
            object.__setattr__(self, "amount", amount)
        else:
            object.__setattr__(self, "amount", _to_decimal(amount))
        object.__setattr__(self, "currency", currency if currency in _CHECKED_CODES else _remember(check_currency(currency)))

    @classmethod
    def _trusted(cls, amount: Decimal, currency: str) -> Money:
        """For results of arithmetic on valid Money: the currency is already checked and the amount finite."""
        if amount.adjusted() >= MAX_AMOUNT_DIGITS:
            raise ValueError(f"Money amount {amount} is too large: at most {MAX_AMOUNT_DIGITS} digits before the point")
        money = object.__new__(cls)
        object.__setattr__(money, "amount", amount if not amount.is_zero() else _to_decimal(amount))
        object.__setattr__(money, "currency", currency)
        return money

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls.from_minor_units(0, currency)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str, rounding: str = ROUND_HALF_UP) -> Money:
        """Build and round to the currency's minor unit in one step."""
        return cls(amount, currency).quantize(rounding)

    @classmethod
    def from_minor_units(cls, units: int, currency: str) -> Money:
        """Money.from_minor_units(1234, "USD") == Money("12.34", "USD")."""
        if not isinstance(units, int) or isinstance(units, bool):
            raise TypeError(f"minor units {units!r} must be an int, e.g. 1234 for 12.34 USD")
        places = currency_minor_units(currency)
        sign, digits, _ = Decimal(units).as_tuple()
        return cls._trusted(Decimal((sign, digits, -places)), check_currency(currency))

    def quantize(self, rounding: str = ROUND_HALF_UP) -> Money:
        """Round to the minor unit (0.01 USD, 1 JPY, 0.001 KWD); rounding is explicit, never implied."""
        places = currency_minor_units(self.currency)
        # Enough precision for any amount, so quantize never fails on a large number.
        digits = self.amount.adjusted() + places + 2
        context = _WIDE if digits <= _WIDE.prec else Context(prec=digits)
        return Money._trusted(self.amount.quantize(quantum(self.currency), rounding=rounding, context=context), self.currency)

    @property
    def is_quantized(self) -> bool:
        """True when the amount is a whole number of minor units (12.3 and 12.30 USD both are)."""
        return _whole_minor_units(self.amount, currency_minor_units(self.currency)) is not None

    @property
    def minor_units(self) -> int:
        """The amount in minor units: 1234 for 12.34 USD. Raises on an amount that is not quantized."""
        units = _whole_minor_units(self.amount, currency_minor_units(self.currency))
        if units is None:
            raise ValueError(
                f"{self.amount} {self.currency} is not a whole number of minor units; "
                f"call .quantize() first (it would give {self.quantize()})"
            )
        return units

    def _same_currency(self, other: Money, operation: str) -> None:
        if other.currency != self.currency:
            raise _mismatch(operation, self.currency, other.currency)

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "add")
        return Money._trusted(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "subtract")
        return Money._trusted(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money._trusted(-self.amount, self.currency)

    def __mul__(self, factor: int | Decimal) -> Money:
        if isinstance(factor, float):
            raise TypeError(f"Cannot multiply Money by the float {factor!r}; use Decimal({str(factor)!r})")
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        if isinstance(factor, Decimal) and not factor.is_finite():
            raise ValueError(f"Cannot multiply Money by {factor!r}; the factor must be finite")
        return Money._trusted(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount >= other.amount

    def __bool__(self) -> bool:
        return not self.amount.is_zero()

    def __str__(self) -> str:
        return f"{self.quantize().amount:f} {self.currency}"


def sum_money(items: Iterable[Money], currency: str) -> Money:
    """Sum amounts of one currency; the currency is required so an empty cart sums to a typed zero."""
    total = Money.zero(currency)
    for position, item in enumerate(items):
        if not isinstance(item, Money):
            raise TypeError(f"sum_money() item {position} is {item!r}; every item must be Money")
        if item.currency != total.currency:
            raise CurrencyMismatchError(
                f"Cannot sum item {position}, an amount in {item.currency!r}, into a total "
                f"in {total.currency!r}; convert it with RateTable.convert() first"
            )
        total = total + item
    return total


def allocate(total: Money, weights: Sequence[int | Decimal]) -> list[Money]:
    """Split a quantized total into parts proportional to weights that sum exactly to the total.

    Largest-remainder method in minor units: each part gets the floor of its exact share, then the
    leftover units go one each to the largest fractional remainders (ties: earliest index first).
    So every part is within one minor unit of its exact share. All-zero weights split equally.
    """
    if not weights:
        raise ValueError("allocate() needs at least one weight; got an empty sequence")
    if not total.is_quantized:
        raise ValueError(
            f"allocate() needs a quantized total; {total.amount} {total.currency} has more decimals "
            f"than {total.currency} allows, call .quantize() first"
        )
    for index, weight in enumerate(weights):
        if isinstance(weight, bool) or not isinstance(weight, (int, Decimal)):
            raise TypeError(f"weights[{index}] = {weight!r} must be an int or Decimal")
        if isinstance(weight, Decimal) and not weight.is_finite():
            raise ValueError(f"weights[{index}] = {weight!r} must be a finite number")
        if weight < 0:
            raise ValueError(f"weights[{index}] = {weight!r} is negative; weights must be zero or more")
    units = total.minor_units
    remaining = abs(units)
    if len(weights) == 1:
        return [total]
    if units == 0:
        return [total] * len(weights)
    # Scale every weight to an integer (exact for int and Decimal), so the shares are exact integer ratios.
    exponent = min((w.as_tuple().exponent for w in weights if isinstance(w, Decimal) and w), default=0)
    scale = 10 ** -int(exponent) if isinstance(exponent, int) and exponent < 0 else 1
    integers = [int(w * scale) for w in weights]
    weight_sum = sum(integers)
    if weight_sum == 0:
        integers, weight_sum = [1] * len(integers), len(integers)
    parts, remainders = [], []
    for weight in integers:
        part, remainder = divmod(remaining * weight, weight_sum)
        parts.append(part)
        remainders.append(remainder)
    leftover = remaining - sum(parts)
    by_remainder = sorted(range(len(parts)), key=lambda i: (-remainders[i], i))
    for index in by_remainder[:leftover]:
        parts[index] += 1

    sign = -1 if units < 0 else 1
    places = currency_minor_units(total.currency)
    return [Money._trusted(Decimal(sign * part).scaleb(-places), total.currency) for part in parts]
