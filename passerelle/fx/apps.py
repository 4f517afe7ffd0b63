from django.apps import AppConfig


class FxConfig(AppConfig):
    name = "passerelle.fx"
