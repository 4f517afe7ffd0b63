from django.apps import AppConfig


class SellersConfig(AppConfig):
    name = "passerelle.sellers"
