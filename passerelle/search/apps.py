from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "passerelle.search"
    default_auto_field = "django.db.models.BigAutoField"
