"""Why a quote request cannot be answered: bad input names its field; missing rule data says which rule."""

from __future__ import annotations


class QuoteInputError(ValueError):
    """The request is malformed: `field` is a JSON path such as "lines[0].hs_code"."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = f"{field}: {message}"


class RuleDataError(LookupError):
    """The rule data cannot answer: a rate is missing or the date is outside every version of a rule.

    The engine never guesses: a missing rate is an error, not zero.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = f"{field}: {message}"
