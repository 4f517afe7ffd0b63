"""Storefront forms: filters, add-to-cart, checkout address, payment. Services do the real checking."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from passerelle.core.countries import country_choices
from passerelle.core.languages import active_locale


class ListingFilterForm(forms.Form):
    q = forms.CharField(required=False, label=_("Search"))
    category = forms.SlugField(required=False, widget=forms.HiddenInput)  # a category facet picked on the search page
    origin = forms.ChoiceField(required=False, label=_("Origin"))
    price_min = forms.DecimalField(required=False, min_value=0, max_digits=14, decimal_places=2, label=_("Min price"))
    price_max = forms.DecimalField(required=False, min_value=0, max_digits=14, decimal_places=2, label=_("Max price"))
    sort = forms.ChoiceField(
        required=False,
        choices=[("relevance", _("Best match")), ("newest", _("Newest")), ("price_asc", _("Price: low to high")), ("price_desc", _("Price: high to low"))],
    )

    def __init__(self, *args: object, origins: list[tuple[str, str]] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["origin"].choices = [("", _("Any origin"))] + (origins or [])

    def clean_q(self) -> str:
        # A pasted paragraph is cut, not refused: the first 200 characters still find products.
        return " ".join(str(self.cleaned_data.get("q") or "").split())[:200]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        low, high = data.get("price_min"), data.get("price_max")
        if low is not None and high is not None and low > high:
            self.add_error("price_max", _("Max price must be at least the min price."))
        return data


class AddToCartForm(forms.Form):
    variant_id = forms.IntegerField(min_value=1)
    quantity = forms.IntegerField(min_value=1, max_value=999, initial=1)


class CheckoutForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    name = forms.CharField(max_length=200, label=_("Full name"))
    line1 = forms.CharField(max_length=200, label=_("Address line 1"))
    line2 = forms.CharField(max_length=200, required=False, label=_("Address line 2"))
    city = forms.CharField(max_length=120, label=_("City"))
    region = forms.CharField(max_length=120, required=False, label=_("Province / region"))
    postal_code = forms.CharField(max_length=20, required=False, label=_("Postal code"))
    country = forms.ChoiceField(label=_("Destination country"))
    phone = forms.CharField(max_length=32, required=False, label=_("Phone"))
    id_name = forms.CharField(max_length=60, required=False, label=_("Name on your ID card (mainland China)"),
                              help_text=_("For cross-border e-commerce (CBEC) clearance, usually the cheapest way into China. Stored only as a keyed hash."))
    id_number = forms.CharField(max_length=20, required=False, label=_("Resident ID number (mainland China)"))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["country"].choices = country_choices(active_locale())  # named and sorted in the buyer's language


class PaymentForm(forms.Form):
    gateway = forms.ChoiceField(choices=[("test", _("Test card"))], label=_("Payment method"), initial="test")
    card_number = forms.CharField(max_length=23, label=_("Card number"), widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "cc-number"}))


class PreferencesForm(forms.Form):
    currency = forms.ChoiceField()
    country = forms.ChoiceField(label=_("Ship to"))
    next = forms.CharField(required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["currency"].choices = [(c, c) for c in settings.BUYER_CURRENCIES]
        self.fields["country"].choices = country_choices(active_locale())
