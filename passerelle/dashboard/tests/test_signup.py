"""Opening a shop through the sign-up page: Argon2-hashed password, a shop, and refusals that create nothing."""

from __future__ import annotations

import pytest
from django.test import Client

from passerelle.accounts.models import User
from passerelle.sellers.models import Seller

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def _form(**changes: str) -> dict[str, str]:
    return {
        "email": "Ama@Example.com", "password": PASSWORD, "name": "Kumasi Cocoa Growers", "country": "GH", "city": "Kumasi",
        "currency": "GHS", "registration_number": "CS-2019-0042", "headcount": "14", "description": "Single-estate cocoa", "story": "",
        **changes,
    }


def test_signup_page_loads(client: Client) -> None:
    response = client.get("/dashboard/signup/")
    assert response.status_code == 200
    assert "Open your shop on Passerelle" in response.content.decode()


def test_signup_creates_an_argon2_user_and_a_shop_and_signs_in(client: Client) -> None:
    response = client.post("/dashboard/signup/", _form())
    assert (response.status_code, response["Location"]) == (302, "/dashboard/products/new/")
    user = User.objects.get()
    assert user.email == "ama@example.com"
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password(PASSWORD)
    seller = Seller.objects.get()
    assert (seller.owner, seller.slug, seller.name, seller.country, seller.city, seller.currency, seller.headcount, seller.status) == (
        user, "kumasi-cocoa-growers", "Kumasi Cocoa Growers", "GH", "Kumasi", "GHS", 14, "active",
    )
    assert client.get("/dashboard/").status_code == 200  # signed in


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"password": "1234567890"}, "password", "password: This password is too common. This password is entirely numeric."),
        ({"password": "kq7!zw"}, "password", "password: This password is too short. It must contain at least 10 characters."),
        ({"currency": "ZZZ"}, "currency", "Select a valid choice. ZZZ is not one of the available choices."),
        ({"country": "XX"}, "country", "Select a valid choice. XX is not one of the available choices."),
        ({"email": "ama@"}, "email", "Enter a valid email address."),
        ({"headcount": "0"}, "headcount", "Ensure this value is greater than or equal to 1."),
        ({"name": ""}, "name", "This field is required."),
    ],
)
def test_bad_signup_shows_a_field_error_and_creates_nothing(client: Client, changes: dict[str, str], field: str, message: str) -> None:
    response = client.post("/dashboard/signup/", _form(**changes))
    assert response.status_code == 200
    assert response.context["form"].errors == {field: [message]}
    assert message.replace("'", "&#x27;") in response.content.decode()
    assert (User.objects.count(), Seller.objects.count()) == (0, 0)


def test_signup_with_a_taken_email_creates_nothing(client: Client, kenya_coffee: Seller) -> None:
    response = client.post("/dashboard/signup/", _form(email="Coffee@Example.com"))
    assert response.status_code == 200
    assert response.context["form"].errors == {"email": ["email: an account with this email already exists; sign in instead"]}
    assert (User.objects.count(), Seller.objects.count()) == (1, 1)
    assert Seller.objects.get().name == "Ruiru Highlands Coffee Cooperative"


def test_a_second_shop_with_the_same_name_gets_its_own_slug(client: Client) -> None:
    client.post("/dashboard/signup/", _form())
    Client().post("/dashboard/signup/", _form(email="kofi@example.com", password="another horse battery staple"))
    assert list(Seller.objects.order_by("id").values_list("slug", flat=True)) == ["kumasi-cocoa-growers", "kumasi-cocoa-growers-2"]
