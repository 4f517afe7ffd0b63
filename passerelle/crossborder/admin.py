from django.contrib import admin

from .models import HsCode


@admin.register(HsCode)
class HsCodeAdmin(admin.ModelAdmin):
    list_display = ["code", "level", "description"]
    list_filter = ["level", "section"]
    search_fields = ["=code", "description"]
