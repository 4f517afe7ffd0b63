"""The REST API, version 1: OpenAPI at /api/v1/openapi.json, docs at /api/v1/docs."""

from __future__ import annotations

from ninja import NinjaAPI

from passerelle.catalog.api import router as catalog_router
from passerelle.checkout.api import router as checkout_router
from passerelle.crossborder.api import router as crossborder_router
from passerelle.orders.api import router as orders_router
from passerelle.search.api import router as search_router
from passerelle.sellers.api import router as seller_router

from .errors import install_error_handlers

api = NinjaAPI(
    title="Passerelle API",
    version="1",
    description="Cross-border marketplace API. Amounts are decimal strings; errors are JSON with `code`, `message` and `field`.",
    urls_namespace="api-v1",
)
install_error_handlers(api)
api.add_router("/", catalog_router)
api.add_router("/", checkout_router)
api.add_router("/", orders_router)
api.add_router("/", crossborder_router)
api.add_router("/", search_router)
api.add_router("/seller", seller_router)
