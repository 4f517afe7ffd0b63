from django.contrib import admin

from .models import Category, CategoryTranslation, Product, ProductImage, ProductTranslation, Variant


class CategoryTranslationInline(admin.TabularInline):
    """Category names are the operator's: translated here, one row per language."""

    model = CategoryTranslation
    extra = 0
    fields = ["language", "name", "status"]


class ProductTranslationInline(admin.StackedInline):
    model = ProductTranslation
    extra = 0
    fields = ["language", "title", "description", "status"]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    inlines = [CategoryTranslationInline]
    list_display = ["name", "parent", "slug", "position"]
    list_filter = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class VariantInline(admin.TabularInline):
    model = Variant
    extra = 0
    fields = ["sku", "options", "price", "currency", "weight_grams", "stock", "is_active"]
    readonly_fields = ["currency"]


class ImageInline(admin.TabularInline):
    model = ProductImage
    extra = 0
    fields = ["image", "alt", "position"]


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ["title", "seller", "category", "hs_code", "origin_country", "status", "price_min", "currency", "in_stock"]
    list_filter = ["status", "origin_country", "category", "seller__country", "in_stock"]
    search_fields = ["title", "hs_code", "brand", "seller__name", "variants__sku"]
    list_select_related = ["seller", "category", "category__parent"]
    raw_id_fields = ["seller"]
    readonly_fields = ["price_min", "currency", "in_stock", "created_at", "updated_at"]
    inlines = [VariantInline, ImageInline, ProductTranslationInline]
    actions = ["archive_products"]

    @admin.action(description="Archive selected products (hide from the storefront)")
    def archive_products(self, request, queryset):  # type: ignore[no-untyped-def]
        updated = queryset.update(status=Product.Status.ARCHIVED)
        self.message_user(request, f"Archived {updated} product(s).")


@admin.register(Variant)
class VariantAdmin(admin.ModelAdmin):
    list_display = ["sku", "product", "seller", "price", "currency", "stock", "weight_grams", "is_active"]
    list_filter = ["currency", "is_active"]
    search_fields = ["sku", "product__title", "seller__name"]
    list_select_related = ["product", "seller"]
    raw_id_fields = ["product", "seller"]
