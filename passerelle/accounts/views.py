"""Sign in and out for everyone; buyer sign-up and a buyer's order history."""

from __future__ import annotations

from django import forms
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from passerelle.core.errors import ServiceError

from .services import buyer_signup


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(label=_("Email"), widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}))


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm

    def get_default_redirect_url(self) -> str:
        user = self.request.user
        if hasattr(user, "seller"):
            return reverse("dashboard:home")
        if user.is_staff:
            return reverse("admin:index")
        return reverse("storefront:home")


class BuyerSignupForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    full_name = forms.CharField(max_length=200, required=False, label=_("Full name"))
    password = forms.CharField(widget=forms.PasswordInput, min_length=10, label=_("Password"))


def signup(request: HttpRequest) -> HttpResponse:
    form = BuyerSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = buyer_signup(**form.cleaned_data)
        except ServiceError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect("storefront:home")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def my_orders(request: HttpRequest) -> HttpResponse:
    orders = request.user.orders.order_by("-created_at")[:50]  # type: ignore[union-attr]
    return render(request, "accounts/orders.html", {"orders": orders})
