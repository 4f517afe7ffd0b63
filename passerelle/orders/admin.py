from django.contrib import admin

from .models import Order, OrderLine, SubOrder


class SubOrderInline(admin.TabularInline):
    model = SubOrder
    extra = 0
    fields = ["seller", "status", "seller_subtotal", "seller_currency", "subtotal", "shipped_at"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ["number", "email", "status", "total", "currency", "shipping_country", "created_at", "paid_at"]
    list_filter = ["status", "currency", "shipping_country", "created_at"]
    search_fields = ["=id", "email", "shipping_name", "sub_orders__seller__name"]
    date_hierarchy = "created_at"
    readonly_fields = ["token", "subtotal", "total", "currency", "fx_rates_date", "fx_source", "paid_at", "created_at", "updated_at"]
    raw_id_fields = ["buyer"]
    inlines = [SubOrderInline]


class OrderLineInline(admin.TabularInline):
    model = OrderLine
    extra = 0
    fields = ["product_title", "sku", "hs_code", "origin_country", "quantity", "seller_unit_price", "seller_currency", "unit_price", "line_total"]
    readonly_fields = fields
    can_delete = False


@admin.register(SubOrder)
class SubOrderAdmin(admin.ModelAdmin):
    list_display = ["__str__", "seller", "status", "seller_subtotal", "seller_currency", "created_at"]
    list_filter = ["status", "seller__country"]
    search_fields = ["=order__id", "seller__name", "order__email"]
    list_select_related = ["seller", "order"]
    raw_id_fields = ["order", "seller"]
    inlines = [OrderLineInline]
    actions = ["refund_sub_orders"]

    @admin.action(description="Refund selected sub-orders in full (goods + duties)")
    def refund_sub_orders(self, request, queryset):  # type: ignore[no-untyped-def]
        from passerelle.core.errors import ServiceError
        from passerelle.payments.services import sub_order_refund

        for sub_order in queryset:
            try:
                sub_order_refund(sub_order=sub_order, reason=f"Refunded by the operator ({request.user})")
            except ServiceError as error:
                self.message_user(request, f"{sub_order}: {error.message}", level="error")
