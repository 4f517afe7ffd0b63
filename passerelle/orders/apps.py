from django.apps import AppConfig


class OrdersConfig(AppConfig):
    name = "passerelle.orders"
