from django.apps import AppConfig


class TranslationConfig(AppConfig):
    name = "passerelle.translation"
    label = "machine_translation"  # "translation" would read as Django's own i18n
