"""A user's framework bundle end to end: a scheme with three stages, bands named weak / fair /
good / strong, a 10-point bonus for one dimension, rated through `rate`, `batch`, `rank`,
`card` and the web app with no code change; malformed bundles fail in one line."""

from __future__ import annotations

import json
import re
import shutil
import warnings
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cnsr.cli.main import app
from cnsr.errors import MethodologyError
from cnsr.methodology.load import load_framework, load_methodology
from cnsr.store import Store

DATA = Path(__file__).parent / "data"
BUNDLE = DATA / "water-energy"
DOC = DATA / "qinghe-2024.txt"
runner = CliRunner()


def test_rate_with_a_different_bundle() -> None:
    result = runner.invoke(app, ["rate", str(DOC), "--framework", str(BUNDLE), "--year", "2024",
                                 "--code", "688001.SH", "-f", "json"])
    assert result.exit_code == 0, result.output
    r = json.loads(result.stdout)
    assert r["provenance"]["methodology"] == "water-energy-test@1"
    assert set(r["criteria"]) == {"resources_disclosed", "emissions_counted"}
    assert r["stage"] == 2
    by_id = {i["indicator"]: i for i in r["indicators"]}
    # energy: total consumption with a number, no renewable share → 50 %, band fair; one
    # dimension (integration) reaches fair, and this scheme's bonus is 10 (the default's is 5)
    e1 = by_id["E1"]
    assert [p["rating"] for p in e1["points"]] == [1.0, 0.0]
    assert (e1["score"]["level"], e1["score"]["level_band"]) == (50, "fair")
    assert (e1["score"]["bonus"], e1["score"]["percent"]) == (10, 60)
    assert by_id["G2"]["score"]["level_band"] == "strong"
    bands = {i[d]["band"] for i in r["indicators"] for d in ("trend", "comparison", "integration")}
    assert bands <= {"weak", "fair", "good", "strong"}
    assert r["total"] == pytest.approx(25 * 0.6 + 25 + 25 + 25)
    assert {(e["scope"], e["value"]) for e in r["emissions"]} == {("scope1", 98000.0),
                                                                  ("scope2", 61000.0)}


def test_table_names_the_bundles_cap() -> None:
    result = runner.invoke(app, ["rate", str(DOC), "--framework", str(BUNDLE), "--year", "2024",
                                 "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Stage 2 · emissions" in result.stdout
    assert "capped at 20%" in result.stdout


def test_methodology_only_with_other_bands_does_not_crash(tmp_path: Path) -> None:
    """The issue's crash: the old code defaulted every dimension to 'B0'."""
    target = tmp_path / "m.yaml"
    shutil.copy(BUNDLE / "methodology.yaml", target)
    result = runner.invoke(app, ["rate", str(DOC), "--methodology", str(target), "--year",
                                 "2024", "-f", "json"])
    assert result.exit_code == 0, result.output
    r = json.loads(result.stdout)
    assert {i["trend"]["band"] for i in r["indicators"]} == {"weak"}


def test_default_bundle_is_the_default() -> None:
    assert load_framework("cnsr-default").label == load_methodology().label
    assert load_framework("cnsr-default").lexicon() is load_methodology().lexicon()
    result = runner.invoke(app, ["rate", str(DOC), "--framework", "cnsr-default", "--year",
                                 "2024", "-f", "json"])
    assert json.loads(result.stdout)["criteria"].keys() == {
        "environmental_awareness", "carbon_awareness", "quantified_emissions"}


def _broken(tmp_path: Path, edit: str, change: object) -> Path:
    folder = tmp_path / "b"
    shutil.copytree(BUNDLE, folder)
    rules = yaml.safe_load((folder / "rules.yaml").read_text(encoding="utf-8"))
    if edit == "drop":
        del rules["points"][change]
    elif edit == "add":
        rules["points"][change] = {"match": [["scope3"]]}
    elif edit == "band":
        rules["dimensions"]["trend"][0]["band"] = change
    (folder / "rules.yaml").write_text(yaml.safe_dump(rules, allow_unicode=True),
                                       encoding="utf-8")
    return folder


@pytest.mark.parametrize(("edit", "change", "message"), [
    ("drop", "E2.1", "rules.yaml: point E2.1 of methodology.yaml has no reader rule"),
    ("add", "G2.3", "rules.yaml: points.G2.3: no such point in methodology.yaml"),
    ("band", "B5", "rules.yaml: dimensions.trend: band B5 is not one of weak, fair, good, strong"),
])
def test_malformed_bundle_is_one_line(tmp_path: Path, edit: str, change: str,
                                      message: str) -> None:
    folder = _broken(tmp_path, edit, change)
    with pytest.raises(MethodologyError, match=re.escape(message)):
        load_framework(folder)
    result = runner.invoke(app, ["rate", str(DOC), "--framework", str(folder)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr and "Traceback" not in result.output


def test_unknown_bundle_and_both_options(tmp_path: Path) -> None:
    result = runner.invoke(app, ["rate", str(DOC), "--framework", "no-such-scheme"])
    assert result.exit_code == 2
    assert "no-such-scheme: no such framework bundle" in result.stderr
    result = runner.invoke(app, ["rate", str(DOC), "--framework", str(BUNDLE),
                                 "--methodology", str(BUNDLE / "methodology.yaml")])
    assert "give --methodology FILE or --framework BUNDLE, not both" in result.stderr


def test_batch_rank_card_and_web(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,company,code,industry,size,year\n"
                        f"{DOC},青禾新材料,688001.SH,C26,L,2024\n", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    result = runner.invoke(app, ["batch", str(manifest), "--db", str(db), "--framework",
                                 str(BUNDLE), "--workers", "1"])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        (stored,) = store.ratings()
    assert stored.provenance.methodology == "water-energy-test@1"
    assert stored.total == pytest.approx(90)

    out = tmp_path / "study"
    result = runner.invoke(app, ["rank", "--db", str(db), "--framework", str(BUNDLE), "--year",
                                 "2024", "--out", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "emissions" in result.stdout and (out / "study-2024.xlsx").exists()

    card = tmp_path / "card.html"
    result = runner.invoke(app, ["card", "688001.SH/2024", "--db", str(db), "--framework",
                                 str(BUNDLE), "--out", str(card), "--lang", "en"])
    assert result.exit_code == 0, result.output
    html = card.read_text(encoding="utf-8")
    assert "Water and energy disclosure test scheme" in html
    assert 'class="band band-2">fair<' in html  # fair is 2nd of 4 bands: shade round(5/3)

    from cnsr.store.review_workflow import ReviewStore
    from cnsr.web.app import create_app
    from cnsr.web.security import hash_password
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    store = Store.open(db)
    ReviewStore(store).add_user("ana", hash_password("analyst-pass-1"), "analyst", by="test")
    web = create_app(store, load_framework(BUNDLE), secret_key="k",
                     upload_dir=tmp_path / "up", job_workers="thread")
    try:
        client = TestClient(web, follow_redirects=False)
        login = client.get("/login").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', login)
        assert csrf
        r = client.post("/login", data={"name": "ana", "password": "analyst-pass-1",
                                        "csrf": csrf.group(1), "next": "/studies"})
        assert r.status_code == 303, r.text
        page = client.get("/studies/2024").text
        found = re.search(r'href="/company/(\d+)">青禾新材料<', page)
        assert found, page[:2000]
        company = client.get(f"/company/{found.group(1)}?open=all&lang=en").text
        assert "Water withdrawal" in company and "fair" in company
    finally:
        web.state.web.jobs.shutdown()
        store.close()


def test_methodology_and_template_take_a_bundle(tmp_path: Path) -> None:
    result = runner.invoke(app, ["methodology", "--framework", str(BUNDLE), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "water-energy-test" in result.stdout and "G2" in result.stdout
    sheet = tmp_path / "sheet.xlsx"
    result = runner.invoke(app, ["template", str(sheet), "--framework", str(BUNDLE)])
    assert result.exit_code == 0, result.output
    import openpyxl
    text = " ".join(str(c.value) for row in openpyxl.load_workbook(sheet).worksheets[0].iter_rows()
                    for c in row if c.value)
    assert "weak–strong" in text  # the band range names this scheme's bands
