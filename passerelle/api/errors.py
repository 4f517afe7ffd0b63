"""One JSON error shape for the whole API: {"code", "message", "field"}."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError

from passerelle.core.errors import ServiceError


def _field_from_loc(loc: list[object] | tuple[object, ...]) -> str:
    # Drop the transport part ("body", "query", "path") and the schema argument name ninja adds.
    parts = [p for p in loc if p not in {"body", "query", "path", "form", "file"}]
    if len(parts) > 1 and parts[0] in {"payload", "data", "filters"}:
        parts = parts[1:]
    # "lines[0].unit_price", the same path the services and the quote engine name
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "body"


def install_error_handlers(api: NinjaAPI) -> None:
    @api.exception_handler(ServiceError)
    def service_error(request: HttpRequest, error: ServiceError) -> HttpResponse:
        return api.create_response(request, error.as_dict(), status=error.status_code)

    @api.exception_handler(ValidationError)
    def validation_error(request: HttpRequest, error: ValidationError) -> HttpResponse:
        first = error.errors[0] if error.errors else {}
        field = _field_from_loc(first.get("loc", ()))
        message = f"{field}: {first.get('msg', 'invalid value')}"
        return api.create_response(
            request,
            {"code": "invalid", "message": message, "field": field, "errors": [
                {"field": _field_from_loc(e.get("loc", ())), "message": e.get("msg", "")} for e in error.errors
            ]},
            status=422,
        )

    @api.exception_handler(AuthenticationError)
    def auth_error(request: HttpRequest, error: AuthenticationError) -> HttpResponse:
        return api.create_response(request, {"code": "unauthorized", "message": "Sign in or send 'Authorization: Bearer <token>'", "field": None}, status=401)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, error: Http404) -> HttpResponse:
        return api.create_response(request, {"code": "not_found", "message": str(error) or "Not found", "field": None}, status=404)
