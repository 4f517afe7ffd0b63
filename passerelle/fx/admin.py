from django.contrib import admin

from .models import FxRate


@admin.register(FxRate)
class FxRateAdmin(admin.ModelAdmin):
    list_display = ["rates_date", "base", "currency", "rate", "source"]
    list_filter = ["rates_date", "currency"]
    search_fields = ["currency"]
    date_hierarchy = "rates_date"
