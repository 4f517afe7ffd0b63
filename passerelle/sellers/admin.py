from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from .models import Seller, SellerTranslation
from .services import seller_reinstate, seller_suspend


class SellerTranslationInline(admin.TabularInline):
    model = SellerTranslation
    extra = 0
    fields = ["language", "description", "status"]


@admin.register(Seller)
class SellerAdmin(admin.ModelAdmin):
    inlines = [SellerTranslationInline]
    list_display = ["name", "country", "currency", "headcount", "status", "created_at"]
    list_filter = ["status", "country", "currency"]
    search_fields = ["name", "slug", "owner__email", "registration_number"]
    readonly_fields = ["created_at", "updated_at"]
    raw_id_fields = ["owner"]
    actions = ["suspend_sellers", "reinstate_sellers"]

    @admin.action(description="Suspend selected sellers (hide their products)")
    def suspend_sellers(self, request: HttpRequest, queryset: QuerySet[Seller]) -> None:
        for seller in queryset:
            seller_suspend(seller=seller, reason=f"Suspended by {request.user}")
        self.message_user(request, f"Suspended {queryset.count()} seller(s).", messages.SUCCESS)

    @admin.action(description="Reinstate selected sellers")
    def reinstate_sellers(self, request: HttpRequest, queryset: QuerySet[Seller]) -> None:
        for seller in queryset:
            seller_reinstate(seller=seller)
        self.message_user(request, f"Reinstated {queryset.count()} seller(s).", messages.SUCCESS)
