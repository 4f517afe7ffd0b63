from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("signup/", views.signup, name="signup"),
    path("profile/", views.profile, name="profile"),
    path("profile/translations/", views.profile_translations, name="profile_translations"),
    path("products/", views.product_list, name="products"),
    path("products/new/", views.product_new, name="product_new"),
    path("products/<int:product_id>/", views.product_edit, name="product_edit"),
    path("products/<int:product_id>/variants/", views.variant_add, name="variant_add"),
    path("products/<int:product_id>/images/", views.image_add, name="image_add"),
    path("products/<int:product_id>/archive/", views.product_archive_view, name="product_archive"),
    path("products/<int:product_id>/translations/<str:language>/", views.product_translation_edit, name="product_translation"),
    path("variants/<int:variant_id>/", views.variant_save, name="variant_save"),
    path("orders/", views.order_list, name="orders"),
    path("orders/<int:sub_order_id>/", views.order_detail, name="order"),
    path("orders/<int:sub_order_id>/invoice.pdf", views.order_invoice_pdf, name="order_invoice"),
    path("orders/<int:sub_order_id>/cn23.json", views.order_customs_json, name="order_customs"),
    path("orders/<int:sub_order_id>/refund/", views.order_refund, name="order_refund"),
    path("api-tokens/", views.api_tokens, name="api_tokens"),
    path("hs-suggest/", views.hs_suggest_view, name="hs_suggest"),
]
