"""`cnsr rank --db` beside stored checklist results (`cnsr batch --check`): a readiness column
per framework and a summary line in zh and en, nothing when the store holds no check; and its
exit code when company-years failed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cnsr.cli.main import app
from cnsr.rating import Company, Rating

runner = CliRunner()
WIDE = {"COLUMNS": "260"}  # every column on one line: the cells are asserted whole

# Two of the demo companies' 2021 reports (rank_factory's names and codes). The first states
# the period, governance, risks, scope 1 and 2 with the accounting standard, a target and its
# progress; the second only mentions climate risk in passing.
FULL = """大唐国际发电股份有限公司2021年度社会责任报告
报告时间范围为2021年1月1日至2021年12月31日，报告范围涵盖公司及所属全资、控股企业。
公司董事会战略委员会负责监督气候相关事项，每年审议应对气候变化工作计划。
公司识别的气候相关风险包括极端天气导致的实体风险，以及碳价上涨带来的转型风险。
温室气体排放按《温室气体核算体系：企业核算与报告标准》及《中国发电企业温室气体排放核算方法与报告指南》核算。
2021年，公司范围一温室气体排放量为9,860.4万吨二氧化碳当量，范围二温室气体排放量为18.7万吨二氧化碳当量。
公司目标到2025年单位供电二氧化碳排放较2020年下降8%，2021年已较2020年下降2.3%。
"""
THIN = """华能国际电力股份有限公司2021年社会责任报告
公司关注气候变化带来的风险，持续做好安全生产、员工关爱与社区公益。
"""


def _stored_check(tmp: Path, rating: Rating, text: str):  # noqa: ANN202 - StoredCheck
    from cnsr.frameworks.check import check_documents
    from cnsr.frameworks.checklist import load_checklist
    from cnsr.frameworks.stored import stored_check
    from cnsr.ingest import read_document

    doc = tmp / f"{rating.company.code}.txt"
    doc.write_text(text, encoding="utf-8")
    checklist = load_checklist("exchange-2024-climate")
    _, result = check_documents([read_document(doc)], rating.company, checklist)
    return stored_check(checklist, result)


@pytest.fixture(scope="module")
def checked_store(demo: list[Rating], tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The demo ratings in a store, two 2021 company-years checked against the guideline."""
    store_mod = pytest.importorskip("cnsr.store")
    tmp = tmp_path_factory.mktemp("checked")
    db = tmp / "cnsr.db"
    by_name = {r.company.name: r for r in demo if r.company.year == 2021}
    checks = {name: _stored_check(tmp, by_name[name], text)
              for name, text in (("大唐国际发电", FULL), ("华能国际电力", THIN))}
    with store_mod.Store.open(db) as store:
        for r in demo:
            store.save_rating(r)
        for name, check in checks.items():
            store.save_checks(by_name[name].company, [(check, f"test-{name}")])
    return db, checks


def _row(output: str, name: str) -> str:
    return next(line for line in output.splitlines() if name in line)


def _last_header(output: str, sep: str) -> str:
    """The first table's last column header, its wrapped lines joined with `sep`."""
    lines = output.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("┏"))
    end = next(i for i, line in enumerate(lines) if line.startswith("┡"))
    parts = [line.rstrip().rstrip("┃").rsplit("┃", 1)[1].strip() for line in lines[top + 1:end]]
    return sep.join(p for p in parts if p)


def test_rank_shows_readiness_beside_each_checked_company(checked_store) -> None:  # noqa: ANN001
    db, checks = checked_store
    full, thin = checks["大唐国际发电"], checks["华能国际电力"]
    musts = [r for r in thin.result.items if r.level == "must"]
    assert all(r.status == "missing" for r in musts)  # the thin report meets no must item
    missed = {r.item for r in full.result.items if r.level == "must" and r.status == "missing"}
    assert "CLM.SCOPE1" not in missed and len(missed) < len(musts)
    zh = runner.invoke(app, ["rank", "--db", str(db), "--year", "2021", "--lang", "zh"],
                       env=WIDE)
    assert zh.exit_code == 0, zh.output
    # the column is headed by the guideline's name in the reader's language, not its id
    assert _last_header(zh.output, "") == f"{full.title.zh}就绪度，必披露缺项"
    assert f"{100 * full.share():.0f}%，缺 {len(missed)}/{len(musts)} 项" in _row(zh.output, "大唐国际发电")
    assert f"{100 * thin.share():.0f}%，缺 {len(musts)}/{len(musts)} 项" in _row(zh.output, "华能国际电力")
    assert "—" in _row(zh.output, "国电电力")  # rated, not checked
    flat = zh.output.replace("\n", "")  # the summary line may wrap
    mean = 100 * (full.share() + thin.share()) / 2
    both = sorted(missed)[:3]  # missed by both: the thin report misses every must item
    named = "、".join(f"{i} {full.name(i, 'zh')}（2 家）" for i in both)
    assert (f"（exchange-2024-climate）：已检查 2 家企业-年度，平均就绪度 {mean:.0f}%，"
            f"2 家缺必披露条目；缺得最多：{named}") in flat

    en = runner.invoke(app, ["rank", "--db", str(db), "--year", "2021", "--lang", "en"],
                       env=WIDE)
    assert en.exit_code == 0, en.output
    assert _last_header(en.output, " ") == f"{full.title.en} readiness, must missing"
    assert f"{100 * thin.share():.0f}%, {len(musts)} of {len(musts)} missing" in _row(en.output, "华能国际电力")
    assert "2 company-year(s) checked, mean readiness" in en.output
    assert "most often missing: " in en.output


def test_rank_without_checks_shows_no_readiness(demo: list[Rating], tmp_path: Path) -> None:
    store_mod = pytest.importorskip("cnsr.store")
    db = tmp_path / "plain.db"
    with store_mod.Store.open(db) as store:
        for r in demo:
            store.save_rating(r)
    for lang, word in (("zh", "就绪度"), ("en", "readiness")):
        result = runner.invoke(app, ["rank", "--db", str(db), "--year", "2021", "--lang", lang],
                               env=WIDE)
        assert result.exit_code == 0, result.output
        assert word not in result.output and "exchange-2024-climate" not in result.output


def test_rank_exits_1_when_company_years_failed(demo: list[Rating], tmp_path: Path) -> None:
    """The tables, the failure listing and the files come out as before; the exit code tells
    a script the ranking is incomplete. Another year without failures exits 0."""
    from cnsr.store import DocumentInput, Store

    db = tmp_path / "failed.db"
    with Store.open(db) as store:
        for r in demo:
            store.save_rating(r)
        company = Company(name="澄江能源", code="601001.SH", industry="D44", size="L", year=2021)
        doc = DocumentInput(path="docs/601001.pdf", sha256="e" * 64)
        store.record_failure(company, [doc], "docs/601001.pdf: encrypted and needs a password",
                             path=doc.path)
    out = tmp_path / "study"
    result = runner.invoke(app, ["rank", "--db", str(db), "--year", "2021", "--lang", "en",
                                 "--out", str(out)], env=WIDE)
    assert result.exit_code == 1, result.output
    assert "1 more company-year(s) failed and are not ranked:" in result.output
    assert "601001.SH/2021 (澄江能源): docs/601001.pdf: encrypted" in result.output
    assert "In 2021, 13 companies were rated" in result.output
    assert (out / "study-2021.xlsx").exists()
    earlier = runner.invoke(app, ["rank", "--db", str(db), "--year", "2020", "--lang", "en"],
                            env=WIDE)
    assert earlier.exit_code == 0, earlier.output
    assert "failed" not in earlier.output
