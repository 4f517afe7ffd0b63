from django.urls import path

from . import views

app_name = "storefront"

urlpatterns = [
    path("", views.home, name="home"),
    path("products/", views.product_list, name="products"),
    path("search/", views.product_list, name="search"),
    path("search/suggest/", views.search_suggest, name="search_suggest"),
    path("c/<slug:slug>/", views.category_detail, name="category"),
    path("p/<int:product_id>/", views.product_redirect, name="product_short"),
    path("p/<int:product_id>/<slug:slug>/", views.product_detail, name="product"),
    path("shops/<slug:slug>/", views.seller_shop, name="shop"),
    path("cart/", views.cart_view, name="cart"),
    path("cart/add/", views.cart_add, name="cart_add"),
    path("cart/update/", views.cart_update, name="cart_update"),
    path("checkout/", views.checkout, name="checkout"),
    path("orders/<int:order_id>/<str:token>/", views.order_detail, name="order"),
    path("orders/<int:order_id>/<str:token>/pay/", views.order_pay_view, name="order_pay"),
    path("preferences/", views.preferences, name="preferences"),
]
