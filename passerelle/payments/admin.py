from django.contrib import admin

from .models import Payment


@admin.register(Payment)
class PaymentAdmin(admin.ModelAdmin):
    list_display = ["reference", "order", "gateway", "status", "amount", "currency", "card_last4", "decline_code", "created_at"]
    list_filter = ["status", "gateway", "currency"]
    search_fields = ["reference", "=order__id", "order__email"]
    raw_id_fields = ["order"]
    readonly_fields = [f.name for f in Payment._meta.fields]
