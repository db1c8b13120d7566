"""The issue's "done when" for a user's bundle, with a guideline check beside it: a corpus
(a report PDF and a text report, listed relative to the manifest) rated with the water-energy
bundle and checked against the exchange guideline in one `cnsr batch`, ranked into the study
workbook, carded, and reviewed in the web app with the bundle's stages and bands: evidence and
check items link to the stored pages, a band override uses the bundle's band names, a reviewer
signs off, and the ranking follows. No code knows this bundle."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cnsr.cli.main import app
from cnsr.methodology.load import load_framework
from cnsr.store import Store

ROOT = Path(__file__).parents[2]
BUNDLE = Path(__file__).parent / "data" / "water-energy"
PDF = ROOT / "demo" / "corpus" / "d01_jinghai_power_2023.pdf"
TEXT = Path(__file__).parent / "data" / "qinghe-2024.txt"
TOKEN = re.compile(r'name="csrf" value="([^"]+)"')
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch-built store: paths stored relative to the manifest, evidence cites them
    absolute (as the reader read them)."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "docs").mkdir()
    shutil.copy(PDF, root / "docs" / PDF.name)
    shutil.copy(TEXT, root / "docs" / TEXT.name)
    manifest = root / "manifest.csv"
    manifest.write_text("path,company,code,industry,size,year\n"
                        f"docs/{PDF.name},靖海电力,609101.SH,D44,L,2023\n"
                        f"docs/{TEXT.name},青禾新材料,688001.SH,C26,L,2024\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(manifest), "--db", str(root / "s.sqlite"),
                                 "--framework", str(BUNDLE), "--check",
                                 "exchange-2024-climate", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "rated 2" in result.stdout and "checked 2 (exchange-2024-climate)" in result.stdout
    return root


def test_batch_stores_ratings_of_the_bundle_and_checks(corpus: Path) -> None:
    with Store.open(corpus / "s.sqlite") as store:
        ratings = {r.company.code: r for r in store.ratings()}
        checks = {c.result.company.code: c for c in store.checks()}
    assert {r.provenance.methodology for r in ratings.values()} == {"water-energy-test@1"}
    assert set(checks) == {"609101.SH", "688001.SH"}
    jinghai = {r.item: r for r in checks["609101.SH"].result.items}
    assert jinghai["CLM.SCOPE1"].status == "met"
    assert jinghai["CLM.SCOPE1"].evidence[0].file.endswith(f"docs/{PDF.name}")
    # the check reads with its own scheme (cnsr-default), whatever the batch rates with
    assert checks["609101.SH"].result.rated_with != "water-energy-test@1"


def test_rank_workbook_and_card(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "study"
    result = runner.invoke(app, ["rank", "--db", str(corpus / "s.sqlite"), "--framework",
                                 str(BUNDLE), "--year", "2023", "--out", str(out)])
    assert result.exit_code == 0, result.output
    book = load_workbook(out / "study-2023.xlsx")
    assert "就绪度 exchange-2024-climate" in book.sheetnames
    ws = book["就绪度 exchange-2024-climate"]
    assert [c.value for c in ws[3]][:2] == ["靖海电力", "609101.SH"] and ws.max_row == 3
    bands = {c.value for row in book["指标得分 Indicators"].iter_rows(min_row=3)
             for c in row[14:17]}
    assert bands <= {"weak", "fair", "good", "strong"}
    card = tmp_path / "card.html"
    result = runner.invoke(app, ["card", "609101.SH/2023", "--db", str(corpus / "s.sqlite"),
                                 "--framework", str(BUNDLE), "--out", str(card), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Water and energy disclosure test scheme" in card.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def web(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from cnsr.store.review_workflow import ReviewStore
    from cnsr.web.app import create_app
    from cnsr.web.security import hash_password

    store = Store.open(corpus / "s.sqlite")
    review = ReviewStore(store)
    review.add_user("ana", hash_password("analyst-pass-1"), "analyst", by="test")
    review.add_user("rev", hash_password("reviewer-pass-1"), "reviewer", by="test")
    application = create_app(store, load_framework(BUNDLE), secret_key="k",
                             upload_dir=tmp_path_factory.mktemp("up"), job_workers="thread")
    yield application
    application.state.web.jobs.shutdown()
    store.close()


def _client(web: Any, name: str, password: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    client = TestClient(web, follow_redirects=False)
    found = TOKEN.search(client.get("/login").text)
    assert found
    r = client.post("/login", data={"name": name, "password": password,
                                    "csrf": found.group(1), "next": "/studies"})
    assert r.status_code == 303, r.text
    found = TOKEN.search(client.get("/studies").text)
    assert found
    client.headers["X-CSRF-Token"] = found.group(1)
    return client


def _company(client: Any, name: str, year: int) -> int:
    found = re.search(r'href="/company/(\d+)">' + name + "<",
                      client.get(f"/studies/{year}").text)
    assert found
    return int(found.group(1))


def _total(page: str) -> float:
    found = re.search(r'id="total">([\d.]+)<', page)
    assert found
    return float(found.group(1))


def test_web_app_with_the_bundle(web: Any) -> None:
    ana = _client(web, "ana", "analyst-pass-1")
    cy = _company(ana, "靖海电力", 2023)
    page = ana.get(f"/company/{cy}?lang=en&open=all").text
    assert "Water withdrawal" in page and 'id="stage">emissions<' in page
    assert '<option value="3"' not in page  # the stage override offers this scheme's 0-2
    shown = set(re.findall(r"<strong>(\w+)</strong>", page))
    assert shown & {"weak", "fair", "good", "strong"} and not shown & {"B0", "B1", "B2", "B3"}
    # the evidence of a batch-stored PDF (stored relative to the manifest) shows its page
    image = re.search(r'src="(/documents/\d+/pages/\d+\.png\?[^"]+)"', page)
    assert image, "no page image for the stored PDF"
    png = ana.get(unescape(image.group(1)))
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"

    # the guideline check: readiness on the page, items by htmx with page links
    assert 'id="checks"' in page and "Readiness: " not in page
    items = ana.get(f"/company/{cy}/checks/exchange-2024-climate?lang=en",
                    headers={"HX-Request": "true"}).text
    row = re.search(r'id="ck-exchange-2024-climate-CLM.SCOPE1"(.*?)</tr>', items, re.S)
    assert row and ">met<" in row.group(1)
    link = re.search(r'href="(/documents/\d+/pages/\d+\?[^"]+)"', row.group(1))
    assert link
    assert ana.get(unescape(link.group(1))).status_code == 200

    # a band override offers and takes this scheme's band names
    assert re.search(r'name="target" value="band:E1.trend".*?<option value="strong"', page,
                     re.S)
    r = ana.post(f"/company/{cy}/override", data={
        "target": "band:E1.trend", "value": "strong", "reason": "第7页给出了三年能耗趋势"})
    assert r.status_code == 303
    after = ana.get(f"/company/{cy}?lang=en").text
    summary = re.search(r'id="ind-E1".*?</summary>', after, re.S)
    assert summary and "trend <strong>strong</strong>" in summary.group(0)
    total = _total(after)
    r = ana.post(f"/company/{cy}/override", data={
        "target": "point:E1.2", "value": "0", "reason": "可再生能源占比未单独披露"})
    assert r.status_code == 303
    assert _total(ana.get(f"/company/{cy}?lang=en").text) < total
    bad = ana.post(f"/company/{cy}/override", data={
        "target": "band:E1.trend", "value": "B3", "reason": "默认体系的档次"})
    assert bad.status_code == 422 and "a band is one of weak, fair, good, strong" in bad.text

    rev = _client(web, "rev", "reviewer-pass-1")
    r = rev.post(f"/company/{cy}/signoff", data={"note": "已核对"})
    assert r.status_code == 303
    ranking = rev.get("/studies/2023/ranking.csv?lang=en").text
    assert "靖海电力" in ranking and ",90.0,0.9,reviewed" in ranking  # 100 before the review

