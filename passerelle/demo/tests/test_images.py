"""Tests for passerelle.demo.images: the pictures decode, have the asked size, stay small and are reproducible."""

from __future__ import annotations

import dataclasses
import io
import time

import pytest
from PIL import Image

from passerelle.demo.generator import DemoMarketplace, generate_marketplace
from passerelle.demo.images import ascii_title, render_product_image, render_seller_logo


@pytest.fixture(scope="module")
def marketplace() -> DemoMarketplace:
    return generate_marketplace()


def _one_product_per_category(marketplace: DemoMarketplace) -> list:
    products = {}
    for product in marketplace.products:
        products.setdefault(product.category_slug, product)
    return list(products.values())


def test_product_images_are_jpegs_of_the_requested_size(marketplace: DemoMarketplace) -> None:
    for product in _one_product_per_category(marketplace):
        data = render_product_image(product)
        assert len(data) <= 40_000, (product.title, len(data))
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "JPEG"
            assert image.size == (480, 480)
            image.load()


def test_product_image_honours_size(marketplace: DemoMarketplace) -> None:
    with Image.open(io.BytesIO(render_product_image(marketplace.products[0], size=200))) as image:
        assert image.size == (200, 200)


def test_product_image_bytes_are_deterministic(marketplace: DemoMarketplace) -> None:
    product = marketplace.products[3]
    assert render_product_image(product) == render_product_image(product)


def test_image_seed_changes_the_picture(marketplace: DemoMarketplace) -> None:
    product = marketplace.products[3]
    reseeded = dataclasses.replace(product, image_seed=product.image_seed + 1)
    assert render_product_image(reseeded) != render_product_image(product)


def test_seller_logos_are_pngs_of_the_requested_size(marketplace: DemoMarketplace) -> None:
    for seller in marketplace.sellers[:5]:
        data = render_seller_logo(seller)
        assert data == render_seller_logo(seller)
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "PNG"
            assert image.size == (160, 160)
    with Image.open(io.BytesIO(render_seller_logo(marketplace.sellers[0], size=64))) as image:
        assert image.size == (64, 64)


def test_titles_are_folded_to_ascii_for_the_builtin_font() -> None:
    assert ascii_title("Wild Mānuka Honey – 6 × 750 ml, Saint-Émilion") == "Wild Manuka Honey - 6 x 750 ml, Saint-Emilion"


def test_six_hundred_images_render_in_under_fifteen_seconds(marketplace: DemoMarketplace) -> None:
    started = time.perf_counter()
    for product in marketplace.products[:600]:
        render_product_image(product)
    assert time.perf_counter() - started < 15.0
