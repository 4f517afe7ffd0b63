"""HS nomenclature: loading with a per-row report, and suggestions for a seller's product title."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from passerelle.crossborder.hs import hs_load_csv, hs_suggest
from passerelle.crossborder.models import HsCode

pytestmark = pytest.mark.django_db

SAMPLE = """section,hscode,description,parent,level
II,09,"Coffee, tea, mate and spices",TOTAL,2
II,0901,"Coffee, whether or not roasted or decaffeinated; coffee husks and skins; coffee substitutes containing coffee in any proportion",09,4
II,090121,"Coffee; roasted, not decaffeinated",0901,6
II,0902,"Tea, whether or not flavoured",09,4
VIII,42,"Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)",TOTAL,2
VIII,4202,"Trunks, suit-cases, vanity-cases, executive-cases, brief-cases, school satchels, spectacle cases, binocular cases, camera cases, musical instrument cases, gun cases, holsters and similar containers; travelling-bags, handbags, wallets",42,4
VIII,420221,"Handbags; whether or not with shoulder strap, including those without handle, with outer surface of leather or of composition leather",4202,6
XI,61,"Apparel and clothing accessories; knitted or crocheted",TOTAL,2
XI,6109,"T-shirts, singlets and other vests; knitted or crocheted",61,4
"""


def test_load_creates_then_updates_and_reports_bad_rows() -> None:
    report = hs_load_csv(SAMPLE)
    assert (report.created, report.updated, report.errors) == (9, 0, [])
    assert HsCode.objects.get(code="0901").parent == "09"
    assert HsCode.objects.get(code="09").parent == ""
    bad = SAMPLE + 'II,09A1,"Broken",09,4\nII,0903,"Maté",09,5\nII,0904,"",09,4\nII,0910,"Ginger",08,4\n'
    again = hs_load_csv(bad)
    assert (again.created, again.updated) == (0, 9)
    assert again.errors == [
        "row 11: hscode '09A1' is not 2, 4 or 6 to 10 digits",
        "row 12: level '5' is not 2, 4 or 6",
        "row 13: hscode 0904 has no description",
        "row 14: parent '08' is not a prefix of 0910",
    ]
    assert HsCode.objects.count() == 9  # nothing saved was lost, nothing bad was added


def test_load_refuses_a_file_with_other_columns() -> None:
    with pytest.raises(ValueError, match="header: expected section,hscode,description,parent,level"):
        hs_load_csv("code,description\n0901,Coffee\n")


def test_suggestions_for_seller_titles() -> None:
    hs_load_csv(SAMPLE)
    assert [s.code for s in hs_suggest("Kenya AA roasted coffee beans")][:2] == ["090121", "0901"]
    assert hs_suggest("Tuscan leather handbag")[0].code == "420221"
    assert hs_suggest("Organic cotton T-shirt")[0].code == "6109"
    assert hs_suggest("Tuscan leather handbag")[0].chapter.startswith("Articles of leather")
    assert hs_suggest("the and of") == []


def test_suggest_api_and_its_bad_input() -> None:
    hs_load_csv(SAMPLE)
    response = Client().get("/api/v1/hs-codes/suggest", {"title": "green tea"})
    assert response.status_code == 200
    assert response.json()[0] == {"code": "0902", "description": "Tea, whether or not flavoured", "chapter": "Coffee, tea, mate and spices"}
    bad = Client().get("/api/v1/hs-codes/suggest", {"title": "x"})
    assert (bad.status_code, bad.json()["field"]) == (422, "title")


def test_dashboard_suggestions_fragment_and_page(seller_client: Client) -> None:
    hs_load_csv(SAMPLE)
    fragment = seller_client.get("/dashboard/hs-suggest/", {"title": "leather wallet"}, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    assert 'data-hs-code="4202"' in fragment.content.decode()
    assert "<html" not in fragment.content.decode()
    page = seller_client.get("/dashboard/hs-suggest/", {"title": "leather wallet"})
    assert "<html" in page.content.decode() and 'data-hs-code="4202"' in page.content.decode()


def test_the_demo_nomenclature_file_loads_cleanly() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "hs2022-demo.csv"
    report = hs_load_csv(path.read_text(encoding="utf-8"))
    assert report.errors == []
    assert HsCode.objects.filter(level=2).count() >= 20
    for code in ("0901", "090121", "4202", "420221", "6109", "9102", "3304", "2204"):
        assert HsCode.objects.filter(code=code).exists(), code


def test_hs_load_command_exit_codes(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "PASSERELLE_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/hs.sqlite3"}
    passerelle = str(Path(sys.executable).with_name("passerelle"))
    subprocess.run([passerelle, "migrate", "-v", "0"], env=env, check=True, capture_output=True)
    good = tmp_path / "hs.csv"
    good.write_text(SAMPLE)
    ok = subprocess.run([passerelle, "hs-load", str(good)], env=env, capture_output=True, text=True)
    assert (ok.returncode, ok.stdout.strip()) == (0, "HS codes: 9 created, 0 updated, 0 row(s) skipped.")
    partly = tmp_path / "partly.csv"
    partly.write_text(SAMPLE + 'II,09A1,"Broken",09,4\n')
    some = subprocess.run([passerelle, "hs-load", str(partly)], env=env, capture_output=True, text=True)
    assert some.returncode == 3
    assert "row 11: hscode '09A1'" in some.stderr
    missing = subprocess.run([passerelle, "hs-load", str(tmp_path / "nope.csv")], env=env, capture_output=True, text=True)
    assert missing.returncode == 2 and "file: cannot read" in missing.stderr
