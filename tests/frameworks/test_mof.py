"""The MOF climate standard as a checklist bundle next to the exchanges' guideline: the same
reading, the items where the two differ (scope 3 required, financed emissions), and article
numbers that count as confirmed only with the source their text was read in."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cnsr.cli.main import app
from cnsr.errors import MethodologyError
from cnsr.frameworks.bundle import bundled_dir
from cnsr.frameworks.checklist import load_checklist

DATA = Path(__file__).parent / "data"
ZH = DATA / "hengrun-2025.txt"
runner = CliRunner()

BANK = """江岸农商银行2025年度可持续发展报告（节选）

第三章 应对气候变化
本行董事会下设战略与可持续发展委员会，负责审议气候相关风险管理政策，每半年听取一次管理层汇报。
2025年本行自身运营范围一温室气体排放量为1,204吨二氧化碳当量，范围二温室气体排放量为8,736吨二氧化碳当量，
核算依据《温室气体核算体系》及《公共机构温室气体排放核算指南》。
本行参照PCAF方法测算了对公贷款组合的融资排放：电力、钢铁、水泥三个行业贷款对应的融资排放合计约312万吨二氧化碳当量，
占对公贷款融资排放的61%。该数据为借款企业的排放，不属于本行自身运营排放。
"""


def _check(path: Path, framework: str) -> dict[str, dict]:
    out = runner.invoke(app, ["check", str(path), "--year", "2025", "--framework", framework,
                              "-f", "json"])
    assert out.exit_code == 0, out.output
    return {r["item"]: r for r in json.loads(out.stdout)["items"]}


def test_scope3_is_required_by_the_standard_and_encouraged_by_the_exchanges() -> None:
    mof = _check(ZH, "mof-2025-climate")
    exchange = _check(ZH, "exchange-2024-climate")
    assert mof["MOF.SCOPE3"]["status"] == exchange["CLM.SCOPE3"]["status"] == "missing"
    assert mof["MOF.SCOPE3"]["level"] == "must"
    assert exchange["CLM.SCOPE3"]["level"] == "encouraged"
    # the same reading meets the same disclosures under both
    assert mof["MOF.SCOPE1"]["status"] == exchange["CLM.SCOPE1"]["status"] == "met"
    assert mof["MOF.GOV"]["status"] == exchange["CLM.GOV"]["status"]


def test_the_rating_card_names_only_the_exchange_guideline() -> None:
    from cnsr.frameworks.checklist import guideline_items
    scheme = load_checklist("mof-2025-climate").scheme.label
    named = {item.id for found in guideline_items(scheme).values() for _c, item in found}
    assert "CLM.SCOPE3" in named  # the card's label says "exchange guideline item"
    assert not any(i.startswith("MOF.") for i in named)


def test_financed_emissions_of_a_bank(tmp_path: Path) -> None:
    report = tmp_path / "jiangan-bank-2025.txt"
    report.write_text(BANK, encoding="utf-8")
    items = _check(report, "mof-2025-climate")
    financed = items["MOF.FINANCED"]
    assert financed["status"] == "met" and financed["found_by"] == "rule"
    assert "融资排放" in financed["evidence"][0]["passage"]
    assert items["MOF.METHOD"]["status"] == "met"  # 温室气体核算体系 named as the basis
    assert items["MOF.SCOPE2"]["status"] == "met"
    # a report without lending says nothing of financed emissions
    assert _check(ZH, "mof-2025-climate")["MOF.FINANCED"]["status"] == "missing"


def test_confirmed_articles_name_the_source_their_text_was_read_in() -> None:
    checklist = load_checklist("exchange-2024-climate")
    confirmed = {i.id: i for i in checklist.items.items if i.article_confirmed}
    assert {"CLM.SCOPE1", "CLM.SCOPE2", "CLM.SCOPE3", "CLM.VERIFY"} <= set(confirmed)
    assert confirmed["CLM.SCOPE1"].article == "24"
    assert all(i.article_source in checklist.items.documents for i in confirmed.values())
    # numbers only a secondary source gives stay unconfirmed
    assert not next(i for i in checklist.items.items if i.id == "GEN.MATERIALITY").article_confirmed
    assert not any(i.article_confirmed for i in load_checklist("mof-2025-climate").items.items)


def test_a_confirmed_article_without_its_source_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(bundled_dir() / "exchange-2024-climate", folder)
    items = yaml.safe_load((folder / "items.yaml").read_text(encoding="utf-8"))
    gov = next(i for i in items["items"] if i["id"] == "CLM.GOV")
    gov["article_confirmed"] = True
    (folder / "items.yaml").write_text(yaml.safe_dump(items, allow_unicode=True),
                                       encoding="utf-8")
    message = "item CLM.GOV: a confirmed article names its number and the source"
    with pytest.raises(MethodologyError, match=re.escape(message)):
        load_checklist(folder)
