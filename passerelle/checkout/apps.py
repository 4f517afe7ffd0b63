from django.apps import AppConfig


class CheckoutConfig(AppConfig):
    name = "passerelle.checkout"
