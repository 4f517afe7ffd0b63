"""Errors raised by services; pages show them next to the field, the API returns them as JSON."""

from __future__ import annotations


class ServiceError(Exception):
    """A refusal a person can act on: it names the field, the code and what would be accepted."""

    status_code = 400
    default_code = "invalid"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code or self.default_code

    def as_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "message": self.message, "field": self.field}


class InvalidInput(ServiceError):
    status_code = 422


class NotFound(ServiceError):
    status_code = 404
    default_code = "not_found"


class Conflict(ServiceError):
    """The request is well-formed but the current state refuses it (out of stock, already paid)."""

    status_code = 409
    default_code = "conflict"


class PaymentDeclined(ServiceError):
    status_code = 402
    default_code = "card_declined"
