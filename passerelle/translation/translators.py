"""Machine translators behind one interface: argos-translate (offline), LibreTranslate and DeepL (HTTP).

None is enabled by default: settings.TRANSLATOR names one (PASSERELLE_TRANSLATOR in the environment).
A translator is only ever called from a background task, never while a request waits.
No Django here: the HTTP providers use the standard library, so they can be tested against a local server.
"""

from __future__ import annotations

import importlib.util
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Protocol


class TranslatorError(Exception):
    """The provider refused or failed; the message says which and why."""


class Translator(Protocol):
    name: str

    def supports(self, source: str, target: str) -> bool: ...

    def translate(self, texts: list[str], *, source: str, target: str, html: bool = False) -> list[str]:
        """One translation per text, in order. Language codes are the storefront's (en, zh-hans, ja...)."""
        ...


def _post_json(url: str, payload: dict[str, Any], headers: dict[str, str], timeout: float) -> Any:
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json", **headers}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (the URL comes from the operator's settings)
            return json.loads(response.read().decode())
    except urllib.error.HTTPError as error:
        detail = error.read().decode(errors="replace")[:300]
        raise TranslatorError(f"{url} answered HTTP {error.code}: {detail}") from None
    except (urllib.error.URLError, TimeoutError, ValueError) as error:
        raise TranslatorError(f"{url}: {error}") from None


# LibreTranslate (Argos models) spells Simplified Chinese "zh-Hans" since 1.6; DeepL wants upper case.
_LIBRETRANSLATE_CODES = {"zh-hans": "zh-Hans"}
_DEEPL_CODES = {"zh-hans": "ZH-HANS", "en": "EN"}
_DEEPL_TARGETS = {"ar", "zh-hans", "ja", "ko", "id", "fr", "es", "vi", "th", "en"}


@dataclass(frozen=True)
class LibreTranslate:
    """A LibreTranslate server (self-hosted or libretranslate.com): POST /translate with a list of texts."""

    url: str
    api_key: str = ""
    timeout: float = 30.0
    name: str = "LibreTranslate"

    def supports(self, source: str, target: str) -> bool:
        return source != target

    def translate(self, texts: list[str], *, source: str, target: str, html: bool = False) -> list[str]:
        if not texts:
            return []
        payload = {"q": texts, "source": _LIBRETRANSLATE_CODES.get(source, source), "target": _LIBRETRANSLATE_CODES.get(target, target),
                   "format": "html" if html else "text"}
        if self.api_key:
            payload["api_key"] = self.api_key
        body = _post_json(self.url.rstrip("/") + "/translate", payload, {}, self.timeout)
        translated = body.get("translatedText") if isinstance(body, dict) else None
        if not isinstance(translated, list) or len(translated) != len(texts) or not all(isinstance(t, str) for t in translated):
            raise TranslatorError(f"LibreTranslate: expected {len(texts)} translations in translatedText, got {str(body)[:200]}")
        return translated


@dataclass(frozen=True)
class DeepL:
    """DeepL's v2 API; free-plan keys (ending ":fx") go to api-free.deepl.com."""

    auth_key: str
    url: str = ""
    timeout: float = 30.0
    name: str = "DeepL"

    @property
    def endpoint(self) -> str:
        base = self.url or ("https://api-free.deepl.com" if self.auth_key.endswith(":fx") else "https://api.deepl.com")
        return base.rstrip("/") + "/v2/translate"

    def supports(self, source: str, target: str) -> bool:
        return source != target and target in _DEEPL_TARGETS

    def translate(self, texts: list[str], *, source: str, target: str, html: bool = False) -> list[str]:
        if not texts:
            return []
        payload: dict[str, Any] = {"text": texts, "source_lang": _DEEPL_CODES.get(source, source.upper()).split("-")[0],
                                   "target_lang": _DEEPL_CODES.get(target, target.upper())}
        if html:
            payload["tag_handling"] = "html"
        body = _post_json(self.endpoint, payload, {"Authorization": f"DeepL-Auth-Key {self.auth_key}"}, self.timeout)
        translations = body.get("translations") if isinstance(body, dict) else None
        if not isinstance(translations, list) or len(translations) != len(texts):
            raise TranslatorError(f"DeepL: expected {len(texts)} translations, got {str(body)[:200]}")
        return [str(item.get("text", "")) for item in translations]


# argos-translate names Simplified Chinese "zh".
_ARGOS_CODES = {"zh-hans": "zh"}


@dataclass(frozen=True)
class Argos:
    """argos-translate, offline, when it and its language models are installed (`pip install passerelle[argos]`)."""

    name: str = "argos-translate"

    @staticmethod
    def installed() -> bool:
        return importlib.util.find_spec("argostranslate") is not None

    def _translation(self, source: str, target: str) -> Any:
        from argostranslate import translate  # heavy (torch): imported only when used

        languages = {language.code: language for language in translate.get_installed_languages()}
        source_language = languages.get(_ARGOS_CODES.get(source, source))
        target_language = languages.get(_ARGOS_CODES.get(target, target))
        if source_language is None or target_language is None:
            return None
        return source_language.get_translation(target_language)

    def supports(self, source: str, target: str) -> bool:
        return source != target and self.installed() and self._translation(source, target) is not None

    def translate(self, texts: list[str], *, source: str, target: str, html: bool = False) -> list[str]:
        translation = self._translation(source, target) if self.installed() else None
        if translation is None:
            raise TranslatorError(f"argos-translate: no installed model from {source} to {target}")
        return [translation.translate(text) for text in texts]


def translator_from_settings(name: str, options: dict[str, str]) -> Translator | None:
    """The configured translator, or None. `options` are the environment-style settings (URLs, keys)."""
    name = (name or "").strip().lower()
    if not name or name == "none":
        return None
    if name == "libretranslate":
        if not options.get("LIBRETRANSLATE_URL"):
            raise TranslatorError("PASSERELLE_TRANSLATOR=libretranslate needs LIBRETRANSLATE_URL")
        return LibreTranslate(url=options["LIBRETRANSLATE_URL"], api_key=options.get("LIBRETRANSLATE_API_KEY", ""))
    if name == "deepl":
        if not options.get("DEEPL_AUTH_KEY"):
            raise TranslatorError("PASSERELLE_TRANSLATOR=deepl needs DEEPL_AUTH_KEY")
        return DeepL(auth_key=options["DEEPL_AUTH_KEY"], url=options.get("DEEPL_API_URL", ""))
    if name == "argos":
        if not Argos.installed():
            raise TranslatorError("PASSERELLE_TRANSLATOR=argos but argostranslate is not installed (pip install 'passerelle[argos]')")
        return Argos()
    raise TranslatorError(f"PASSERELLE_TRANSLATOR={name!r}: expected libretranslate, deepl, argos or none")
