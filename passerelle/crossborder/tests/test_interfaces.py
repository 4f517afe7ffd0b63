"""The quote through HTTP (POST /api/v1/quotes) and the console (`passerelle quote`): same engine, same answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

REQUEST: dict[str, Any] = {
    "destination": "CN", "date": "2026-11-26", "channel": "cbec", "currency": "CNY",
    "lines": [{"description": "Face cream", "hs_code": "330499", "origin": "FR", "quantity": 1, "unit_price": "800.00",
               "weight_grams": 250, "duty_rate": None, "vat_rate": None, "consumption_tax_rate": None}],
    "shipping": "40.00", "insurance": "0.00", "buyer": {"cbec_used_this_year": "0.00"}, "fx_rates": {},
}


def post(body: Any) -> Any:
    return Client().post("/api/v1/quotes", body, content_type="application/json")


def test_api_answers_the_issue_example() -> None:
    response = post(REQUEST)
    assert response.status_code == 200
    body = response.json()
    assert (body["allowed"], body["regime"], body["total"], body["taxes"]) == (True, "cn-cbec", "916.44", [{"kind": "vat", "amount": "76.44"}])


def test_api_refusal_is_200_with_reasons() -> None:
    body = post({**REQUEST, "channel": None, "lines": [{**REQUEST["lines"][0], "quantity": 2, "unit_price": "3000.00"}]}).json()
    assert body["allowed"] is False
    assert body["reasons"][0]["code"] == "cbec_order_over_limit"


@pytest.mark.parametrize(
    "change, field",
    [
        ({"destination": "XX"}, "destination"),
        ({"currency": "ABC"}, "currency"),
        ({"date": "2009-01-01"}, "date"),
        ({"lines": [{**REQUEST["lines"][0], "hs_code": "33"}]}, "lines[0].hs_code"),
        ({"lines": [{**REQUEST["lines"][0], "unit_price": 800.5}]}, "lines[0].unit_price"),
        ({"lines": [{**REQUEST["lines"][0], "unit_price": "-1"}]}, "lines[0].unit_price"),
        ({"shipping": "abc"}, "shipping"),
        ({"buyer": None}, "buyer.cbec_used_this_year"),
    ],
)
def test_api_bad_input_is_422_naming_the_field(change: dict[str, Any], field: str) -> None:
    response = post({**REQUEST, **change})
    assert response.status_code == 422
    assert response.json()["field"] == field


def test_api_uses_the_rate_table_of_the_quote_date(fx_rates: None) -> None:
    # Demo snapshot 2026-11-25: 1 EUR = 1.1612 USD = 8.2390 CNY; USD 100 → CNY 709.52 (HALF_UP).
    body = post({**REQUEST, "currency": "USD", "shipping": "0.00", "lines": [{**REQUEST["lines"][0], "unit_price": "100.00"}]}).json()
    assert body["goods"] == "709.52"
    assert body["fx"][0]["pair"] == "USD/CNY" and body["fx"][0]["date"] == "2026-11-25"


def test_openapi_documents_quotes_with_examples() -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    assert "/api/v1/quotes" in schema["paths"]
    assert schema["components"]["schemas"]["QuoteIn"]["examples"][0]["destination"] == "CN"


def _run_cli(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PASSERELLE_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/cli.sqlite3"}
    passerelle = Path(sys.executable).with_name("passerelle")
    subprocess.run([str(passerelle), "migrate", "-v", "0"], env=env, check=True, capture_output=True)
    return subprocess.run([str(passerelle), "quote", *args], env=env, input=stdin, capture_output=True, text=True)


def test_cli_exit_codes_allowed_refused_and_bad_input(tmp_path: Path) -> None:
    request_file = tmp_path / "request.json"
    request_file.write_text(json.dumps(REQUEST))
    allowed = _run_cli(tmp_path, "--file", str(request_file))
    assert allowed.returncode == 0, allowed.stderr
    assert json.loads(allowed.stdout)["total"] == "916.44"
    refused = _run_cli(tmp_path, stdin=json.dumps({**REQUEST, "channel": None, "lines": [{**REQUEST["lines"][0], "quantity": 2, "unit_price": "3000.00"}]}))
    assert refused.returncode == 3
    assert json.loads(refused.stdout)["reasons"][0]["code"] == "cbec_order_over_limit"
    bad = _run_cli(tmp_path, stdin='{"destination": "CN", "lines": [{"unit_price": 12.5}]}')
    assert bad.returncode == 2
    assert json.loads(bad.stderr)["field"] == "currency"
    not_json = _run_cli(tmp_path, stdin="{destination")
    assert (not_json.returncode, json.loads(not_json.stderr)["field"]) == (2, "body")
