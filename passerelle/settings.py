"""Django settings, read from the environment (12-factor); SQLite under var/ when DATABASE_URL is unset."""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(os.environ.get("PASSERELLE_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: expected true/false, 1/0, yes/no or on/off")


def read_secret_key() -> str:
    """SECRET_KEY from the environment; else a key generated once into var/ (never committed)."""
    if key := os.environ.get("SECRET_KEY"):
        return key
    key_file = VAR_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    from django.core.management.utils import get_random_secret_key

    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key = get_random_secret_key()
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = read_secret_key()
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "ninja",
    "passerelle.core",
    "passerelle.accounts",
    "passerelle.fx",
    "passerelle.sellers",
    "passerelle.catalog",
    "passerelle.crossborder",
    "passerelle.checkout",
    "passerelle.orders",
    "passerelle.payments",
    "passerelle.fulfillment",
    "passerelle.search",
    "passerelle.translation",
    "passerelle.storefront",
    "passerelle.dashboard",
    "passerelle.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "passerelle.storefront.language.BuyerLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "passerelle.storefront.middleware.BuyerPreferencesMiddleware",
]

ROOT_URLCONF = "passerelle.urls"
WSGI_APPLICATION = "passerelle.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "passerelle.storefront.context_processors.buyer_preferences",
            ],
        },
    }
]

DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'passerelle.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # Keep SQLite connections open: reopening per request re-runs the PRAGMAs, re-reads the schema and
    # makes the last closer delete the -wal/-shm files for the next request to recreate (bench/RESULTS.md).
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # WAL lets readers run while a checkout writes; IMMEDIATE takes the write lock at BEGIN
    # so two checkouts queue instead of failing with "database is locked" mid-transaction.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "storefront:home"

LANGUAGE_CODE = "en"
# The ten storefront languages: from the URL prefix (/ja/...), then the django_language cookie, then Accept-Language.
LANGUAGES = [
    ("en", "English"), ("zh-hans", "简体中文"), ("ja", "日本語"), ("ko", "한국어"), ("th", "ไทย"),
    ("vi", "Tiếng Việt"), ("id", "Bahasa Indonesia"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
try:  # WhiteNoise warns on every start when collectstatic has not run yet
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
except OSError:
    pass
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# The embedded default serves uploaded images itself; behind a proxy, let the proxy do it.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies" if env_bool("COOKIE_SESSIONS", False) else "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

if redis_url := os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Passerelle <orders@passerelle.test>")
# Absolute links in emails (the order page link) are built from this.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
PRODUCT_IMAGE_MAX_BYTES = 5 * 1024 * 1024

# Buyer-facing currencies offered by the picker (any currency in the FX table converts).
BUYER_CURRENCIES = ["CNY", "JPY", "KRW", "HKD", "SGD", "USD", "EUR", "TWD", "THB", "VND", "IDR", "MYR", "PHP", "INR", "AUD", "GBP"]
DEFAULT_BUYER_CURRENCY = "USD"
DEFAULT_DESTINATION = "CN"
# The ship-to picker offers the markets we serve first; checkout accepts any ISO country.
SHIP_TO_COUNTRIES = ["CN", "HK", "MO", "TW", "JP", "KR", "SG", "MY", "TH", "VN", "ID", "PH", "IN", "AU", "NZ", "AE", "SA", "US", "CA", "GB", "FR", "DE", "IT", "ES", "NL", "CH", "KE", "NG", "ZA", "BR", "MX"]
# Key for hashing CBEC buyer identities (name + ID number); keep it stable and out of the database.
IDENTITY_HASH_KEY = os.environ.get("IDENTITY_HASH_KEY", "")
# An unpaid order holds its stock this long; passerelle release-reservations frees it after.
ORDER_RESERVATION_MINUTES = 30

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

if not DEBUG:
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"

# Machine translation of product content: none by default. "libretranslate" (LIBRETRANSLATE_URL,
# LIBRETRANSLATE_API_KEY), "deepl" (DEEPL_AUTH_KEY, DEEPL_API_URL) or "argos" (offline, an optional extra).
TRANSLATOR = os.environ.get("PASSERELLE_TRANSLATOR", "")
TRANSLATOR_OPTIONS = {
    key: os.environ.get(key, "") for key in ("LIBRETRANSLATE_URL", "LIBRETRANSLATE_API_KEY", "DEEPL_AUTH_KEY", "DEEPL_API_URL")
}
