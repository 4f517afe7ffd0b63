"""Seller dashboard forms. They shape the input; the services check it and name the bad field."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from passerelle.catalog.models import Category
from passerelle.core.countries import country_choices
from passerelle.core.languages import active_locale, language_display_name


def _currency_choices() -> list[tuple[str, str]]:
    codes = sorted(set(settings.BUYER_CURRENCIES) | {"CHF", "KES", "NGN", "GHS", "MXN", "BRL", "ZAR", "NZD", "CAD", "EUR", "USD", "GBP", "INR"})
    return [(c, c) for c in codes]


class ShopProfileForm(forms.Form):
    name = forms.CharField(max_length=160, label=_("Shop name"))
    country = forms.ChoiceField(label=_("Country of registration"))
    city = forms.CharField(max_length=120, required=False, label=_("City"))
    currency = forms.ChoiceField(label=_("Pricing currency"))
    registration_number = forms.CharField(max_length=64, required=False, label=_("Business registration number"))
    headcount = forms.IntegerField(min_value=1, max_value=1_000_000, initial=1, label=_("People employed"))
    description = forms.CharField(max_length=300, required=False, label=_("One-line description"))
    story = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=5000, label=_("Your story"))
    language = forms.ChoiceField(choices=settings.LANGUAGES, initial="en", required=False, label=_("Language you write in"),
                                 help_text=_("Buyers reading another language see a translation when there is one, else your text with a note."))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["country"].choices = country_choices(active_locale())
        self.fields["currency"].choices = _currency_choices()
        # Named in the page's language: a Japanese page offers 英語, ベトナム語...
        self.fields["language"].choices = [(code, language_display_name(code, active_locale())) for code, _ in settings.LANGUAGES]


class SellerSignupForm(ShopProfileForm):
    email = forms.EmailField(label=_("Email"))
    password = forms.CharField(widget=forms.PasswordInput, label=_("Password"), help_text=_("At least 10 characters"))

    field_order = ["email", "password", "name", "country", "city", "currency", "registration_number", "headcount", "description", "story", "language"]


class ProductForm(forms.Form):
    # Typing a title asks for HS suggestions (htmx); without JS the HS code help links to the same suggestions.
    title = forms.CharField(max_length=200, widget=forms.TextInput(attrs={
        "hx-get": reverse_lazy("dashboard:hs_suggest"), "hx-trigger": "keyup changed delay:400ms", "hx-target": "#hs-suggestions",
    }), label=_("Title"))
    category = forms.ModelChoiceField(queryset=Category.objects.select_related("parent"), label=_("Category"))
    hs_code = forms.CharField(max_length=14, label=_("HS code"), help_text=_("6 to 10 digits, e.g. 090121. Suggestions appear below as you type the title."))
    origin_country = forms.ChoiceField(label=_("Country of origin"))
    brand = forms.CharField(max_length=120, required=False, label=_("Brand"))
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), required=False, label=_("Description"), help_text=_("Basic HTML allowed: paragraphs, lists, bold"))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["origin_country"].choices = country_choices(active_locale())


class VariantForm(forms.Form):
    sku = forms.CharField(max_length=64, label=_("SKU"))
    option_name = forms.CharField(max_length=40, required=False, label=_("Option (e.g. size)"))
    option_value = forms.CharField(max_length=80, required=False, label=_("Value (e.g. 500 g)"))
    price = forms.DecimalField(max_digits=16, decimal_places=4, label=_("Price"))
    weight_grams = forms.IntegerField(min_value=1, label=_("Weight (g)"))
    stock = forms.IntegerField(min_value=0, initial=0, label=_("Stock"))

    def variant_data(self) -> dict[str, object]:
        data = dict(self.cleaned_data)
        name, value = data.pop("option_name", ""), data.pop("option_value", "")
        data["options"] = {name: value} if name and value else {}
        return data


class NewProductForm(ProductForm, VariantForm):
    image = forms.FileField(required=False, label=_("Photo"), help_text=_("JPEG, PNG, WebP or GIF, up to 5 MB"))


class StockForm(forms.Form):
    price = forms.DecimalField(max_digits=16, decimal_places=4, label=_("Price"))
    stock = forms.IntegerField(min_value=0, label=_("Stock"))
    # The stock the seller saw: a save only changes stock if no order took units meanwhile.
    stock_seen = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    weight_grams = forms.IntegerField(min_value=1, label=_("Weight (g)"))
    is_active = forms.BooleanField(required=False, label=_("On sale"))


class ImageForm(forms.Form):
    image = forms.FileField(label=_("Photo"))


class ShipForm(forms.Form):
    carrier = forms.CharField(max_length=80, initial="DHL Express", label=_("Carrier"))
    tracking_number = forms.CharField(max_length=64, label=_("Tracking number"))


class ProductTranslationForm(forms.Form):
    title = forms.CharField(max_length=200, label=_("Title"))
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), required=False, label=_("Description"),
                                  help_text=_("Basic HTML allowed: paragraphs, lists, bold"))


class ShopTranslationsForm(forms.Form):
    """The one-line shop description in every buyer language but the shop's own; an empty field removes it."""

    def __init__(self, *args: object, seller_language: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        locale = active_locale()
        for code, _name in settings.LANGUAGES:
            if code != seller_language:
                self.fields[f"description_{code}"] = forms.CharField(
                    max_length=300, required=False, label=language_display_name(code, locale),
                    widget=forms.TextInput(attrs={"lang": code, "dir": "rtl" if code == "ar" else "ltr"}),
                )
