from django.contrib import admin

from .models import Shipment


@admin.register(Shipment)
class ShipmentAdmin(admin.ModelAdmin):
    list_display = ["sub_order", "carrier", "tracking_number", "shipped_at"]
    search_fields = ["tracking_number", "carrier", "sub_order__seller__name"]
    raw_id_fields = ["sub_order"]
