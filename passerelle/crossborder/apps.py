from django.apps import AppConfig


class CrossborderConfig(AppConfig):
    name = "passerelle.crossborder"
