"""The HTTP translators against a local server that speaks each provider's protocol, as documented by the provider."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from passerelle.translation.translators import DeepL, LibreTranslate, TranslatorError, translator_from_settings


class FakeProvider:
    """Records each request; answers like LibreTranslate (/translate) or DeepL (/v2/translate)."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.fail_with: int | None = None
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                provider.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                if provider.fail_with:
                    self.send_response(provider.fail_with)
                    self.end_headers()
                    self.wfile.write(b'{"error": "quota exceeded"}')
                    return
                if self.path == "/translate":
                    answer = {"translatedText": [f"[{body['target']}] {text}" for text in body["q"]]}
                else:
                    answer = {"translations": [{"detected_source_language": "EN", "text": f"[{body['target_lang']}] {text}"} for text in body["text"]]}
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


@pytest.fixture
def provider() -> Iterator[FakeProvider]:
    fake = FakeProvider()
    yield fake
    fake.server.shutdown()


def test_libretranslate_sends_the_texts_in_one_request(provider: FakeProvider) -> None:
    translator = LibreTranslate(url=provider.url, api_key="k-123")
    assert translator.translate(["Kenya AA", "<p>Bright.</p>"], source="en", target="zh-hans", html=True) == ["[zh-Hans] Kenya AA", "[zh-Hans] <p>Bright.</p>"]
    assert provider.requests[0]["body"] == {"q": ["Kenya AA", "<p>Bright.</p>"], "source": "en", "target": "zh-Hans", "format": "html", "api_key": "k-123"}


def test_deepl_authenticates_with_its_header_and_uses_deepl_codes(provider: FakeProvider) -> None:
    translator = DeepL(auth_key="abc:fx", url=provider.url)
    assert translator.translate(["Coffee"], source="en", target="zh-hans") == ["[ZH-HANS] Coffee"]
    request = provider.requests[0]
    assert request["path"] == "/v2/translate"
    assert request["headers"]["Authorization"] == "DeepL-Auth-Key abc:fx"
    assert request["body"] == {"text": ["Coffee"], "source_lang": "EN", "target_lang": "ZH-HANS"}
    assert DeepL(auth_key="abc:fx").endpoint == "https://api-free.deepl.com/v2/translate"
    assert DeepL(auth_key="abc").endpoint == "https://api.deepl.com/v2/translate"


def test_a_provider_error_says_what_the_provider_answered(provider: FakeProvider) -> None:
    provider.fail_with = 429
    with pytest.raises(TranslatorError, match="HTTP 429.*quota exceeded"):
        LibreTranslate(url=provider.url).translate(["Coffee"], source="en", target="ja")


def test_an_unreachable_provider_is_a_translator_error() -> None:
    with pytest.raises(TranslatorError, match="127.0.0.1:9"):
        LibreTranslate(url="http://127.0.0.1:9", timeout=2).translate(["Coffee"], source="en", target="ja")


def test_settings_name_one_translator_or_none() -> None:
    assert translator_from_settings("", {}) is None
    assert translator_from_settings("none", {}) is None
    assert isinstance(translator_from_settings("libretranslate", {"LIBRETRANSLATE_URL": "http://lt:5000"}), LibreTranslate)
    with pytest.raises(TranslatorError, match="LIBRETRANSLATE_URL"):
        translator_from_settings("libretranslate", {})
    with pytest.raises(TranslatorError, match="DEEPL_AUTH_KEY"):
        translator_from_settings("deepl", {})
    with pytest.raises(TranslatorError, match="expected libretranslate, deepl, argos or none"):
        translator_from_settings("babelfish", {})
