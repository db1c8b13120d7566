"""`cnsr check` against the exchange-guideline climate checklist: items met, partly met and
missing with evidence or the reason, readiness by level, table / JSON / Excel, one reading
shared with the rating; malformed checklists fail in one line."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml
from typer.testing import CliRunner

from cnsr.assess.rate import rate_documents
from cnsr.cli.main import app
from cnsr.errors import MethodologyError
from cnsr.frameworks.bundle import bundled_dir
from cnsr.frameworks.check import check_documents
from cnsr.frameworks.checklist import load_checklist
from cnsr.ingest import read_document
from cnsr.rating import Company

DATA = Path(__file__).parent / "data"
ZH = DATA / "hengrun-2025.txt"
EN = DATA / "lanfeng-2025-en.txt"
runner = CliRunner()


def _status(result: dict) -> dict[str, str]:
    return {r["item"]: r["status"] for r in result["items"]}


def test_chinese_report_items_with_evidence_or_reason() -> None:
    out = runner.invoke(app, ["check", str(ZH), "--year", "2025", "-f", "json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.stdout)
    status = _status(result)
    assert status["CLM.SCOPE1"] == status["CLM.SCOPE2"] == "met"
    assert status["CLM.SCOPE3"] == "missing"
    assert status["GEN.PERIOD"] == status["GEN.MATERIALITY"] == "met"
    assert status["GEN.ASSURANCE"] == status["CLM.VERIFY"] == "met"
    assert status["CLM.GOV"] == status["CLM.RISKS"] == status["CLM.TARGETS"] == "met"
    assert status["GEN.INDEX"] == "missing" and status["CLM.SCENARIO"] == "missing"
    by_id = {r["item"]: r for r in result["items"]}
    scope1 = by_id["CLM.SCOPE1"]["evidence"][0]
    assert scope1["file"].endswith("hengrun-2025.txt") and scope1["page"] == 1
    assert "15.3万吨二氧化碳当量" in scope1["passage"]
    assert by_id["CLM.TARGETS"]["found_by"] == "I06.3"
    assert "2030年" in by_id["CLM.TARGETS"]["evidence"][0]["passage"]
    scope3 = by_id["CLM.SCOPE3"]
    assert scope3["evidence"] == [] and scope3["reason"]["en"].startswith("not found: scope 3")
    # ETS participation is disclosed "如有" (Article 27): the reason says so
    mechanisms = by_id["CLM.MECHANISMS"]["reason"]["zh"]
    assert mechanisms.startswith("未找到（如公司已有，应当披露）")
    # Article 23 says a transition plan shall be disclosed: a must item, not "if it exists"
    assert by_id["CLM.TRANSITION"]["level"] == "must"
    assert by_id["CLM.METHOD"]["status"] == "missing"  # no accounting standard named
    levels = {r["level"]: r for r in result["readiness"]}
    assert levels["must"]["items"] == 9 and levels["must"]["missing"] >= 1
    assert result["add_first"][0] == "GEN.INDEX"  # a missing "must" item comes first


def test_english_report() -> None:
    out = runner.invoke(app, ["check", str(EN), "--year", "2025", "-f", "json"])
    assert out.exit_code == 0, out.output
    status = _status(json.loads(out.stdout))
    assert status["CLM.SCOPE1"] == status["CLM.SCOPE2"] == status["CLM.SCOPE3"] == "met"
    assert status["CLM.SCENARIO"] == "met"
    assert status["CLM.TRANSITION"] == "met"
    assert status["GEN.PERIOD"] == "met"
    assert status["CLM.GOV"] in ("met", "partly")
    assert status["GEN.MATERIALITY"] == "missing" and status["CLM.TARGETS"] != "met"


def test_one_reading_gives_the_rating_too() -> None:
    doc = read_document(ZH)
    who = Company(name="恒润化工", year=2025)
    checklist = load_checklist("exchange-2024-climate")
    rating, result = check_documents([doc], who, checklist)
    alone = rate_documents([doc], who, checklist.scheme)
    assert (rating.stage, rating.total) == (alone.stage, alone.total)
    assert [p.rating for i in rating.indicators for p in i.points] == \
        [p.rating for i in alone.indicators for p in i.points]
    assert (result.rating_stage, result.rating_total) == (alone.stage, alone.total)


def test_table_and_excel(tmp_path: Path) -> None:
    out = runner.invoke(app, ["check", str(ZH), "--year", "2025", "--lang", "zh"])
    assert out.exit_code == 0, out.output
    assert "范围一温室气体排放量" in out.stdout and "披露就绪度" in out.stdout
    assert "优先补充：GEN.INDEX 议题索引表" in out.stdout
    target = tmp_path / "check.xlsx"
    out = runner.invoke(app, ["check", str(ZH), "--year", "2025", "-f", "excel", "-o",
                              str(target), "--lang", "en"])
    assert out.exit_code == 0, out.output
    wb = openpyxl.load_workbook(target)
    rows = list(wb["items"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Item", "Name", "Level", "Status")
    scope1 = next(r for r in rows if r[0] == "CLM.SCOPE1")
    assert scope1[3] == "met" and scope1[5] == 1 and "15.3万吨" in scope1[6]
    assert "Readiness" in wb.sheetnames


def test_every_item_cites_a_known_source_and_says_what_is_confirmed() -> None:
    checklist = load_checklist("exchange-2024-climate")
    for item in checklist.items.items:
        assert item.sources and all(s in checklist.items.documents for s in item.sources)
        assert item.article is None or item.article_confirmed is not None


def _broken(tmp_path: Path, edit: str) -> Path:
    folder = tmp_path / "c"
    shutil.copytree(bundled_dir() / "exchange-2024-climate", folder)
    (folder / "bundle.yaml").write_text((folder / "bundle.yaml").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    if edit == "rule":
        rules = yaml.safe_load((folder / "rules.yaml").read_text(encoding="utf-8"))
        rules["points"]["CLM.NOPE"] = {"match": [["scope3"]]}
        (folder / "rules.yaml").write_text(yaml.safe_dump(rules, allow_unicode=True),
                                           encoding="utf-8")
    else:
        items = yaml.safe_load((folder / "items.yaml").read_text(encoding="utf-8"))
        targets = next(i for i in items["items"] if i["id"] == "CLM.TARGETS")
        del targets["points"]
        (folder / "items.yaml").write_text(yaml.safe_dump(items, allow_unicode=True),
                                           encoding="utf-8")
    return folder


@pytest.mark.parametrize(("edit", "message"), [
    ("rule", "rules.yaml: points.CLM.NOPE: no such item in items.yaml"),
    ("item", "items.yaml: item CLM.TARGETS has no reader rule"),
])
def test_malformed_checklist_is_one_line(tmp_path: Path, edit: str, message: str) -> None:
    folder = _broken(tmp_path, edit)
    with pytest.raises(MethodologyError, match=re.escape(message)):
        load_checklist(folder)
    out = runner.invoke(app, ["check", str(ZH), "--framework", str(folder)])
    assert out.exit_code == 2 and message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_a_rating_bundle_is_not_a_checklist() -> None:
    out = runner.invoke(app, ["check", str(ZH), "--framework", "cnsr-default"])
    assert out.exit_code == 2
    assert "a rating bundle is not a checklist" in out.stderr


def test_cnsr_card_names_the_guideline_item_a_gap_also_meets(tmp_path: Path) -> None:
    rating = tmp_path / "r.json"
    out = runner.invoke(app, ["rate", str(ZH), "--year", "2025", "--code", "600999.SH",
                              "-f", "json", "-o", str(rating)])
    assert out.exit_code == 0, out.output
    card = tmp_path / "card.html"
    out = runner.invoke(app, ["card", "600999.SH", "--rating", str(rating), "--out", str(card)])
    assert out.exit_code == 0, out.output
    html = card.read_text(encoding="utf-8")
    # the scope 3 gap (I11.3) is also the guideline's encouraged scope 3 item
    assert "同时满足交易所指引条目：CLM.SCOPE3 范围三温室气体排放量" in html


def test_readiness_card(tmp_path: Path) -> None:
    card = tmp_path / "ready.html"
    out = runner.invoke(app, ["check", str(EN), "--year", "2025", "--lang", "en", "--card",
                              str(card), "-f", "json"])
    assert out.exit_code == 0, out.output
    html = card.read_text(encoding="utf-8")
    assert "Sustainability reporting readiness" in html
    assert "of 9 met" in html
    assert 'class="chip status-met">met<' in html and 'status-missing">missing<' in html
    assert "I11.1 1" in html  # the CNSR point the scope 1 item earns
    assert "article number not yet confirmed" in html
    bad = runner.invoke(app, ["check", str(EN), "--card", str(tmp_path / "ready.docx")])
    assert bad.exit_code == 2 and "written as .pdf or .html" in bad.stderr


def test_evaluate_check_on_the_demo_labels() -> None:
    corpus = Path(__file__).parents[2] / "demo" / "corpus"
    out = runner.invoke(app, ["evaluate", "--check", "--corpus", str(corpus), "--format",
                              "json"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    assert len(report["documents"]) >= 20  # every labelled demo document
    assert {s["item"] for s in report["items"]} >= {"CLM.SCOPE1", "GEN.PERIOD"}
    assert report["precision"] >= 0.9 and report["recall"] >= 0.9


def test_bad_check_label_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "x.check.yaml").write_text(
        "file: x.txt\nframework: exchange-2024-climate\ncompany: X\nyear: 2025\n"
        "items: {CLM.SCOPE1: done}\n", encoding="utf-8")
    out = runner.invoke(app, ["evaluate", "--check", "--corpus", str(tmp_path)])
    assert out.exit_code == 2 and ("x.check.yaml: items.CLM.SCOPE1: Input should be 'met'"
                                   in out.stderr)
