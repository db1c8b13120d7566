"""`cnsr batch --check`: checklist results stored beside the rating, from one reading of the
documents, resumable per checklist, several frameworks per company-year."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from batch_fakes import InlineExecutor
from typer.testing import CliRunner

import cnsr.ingest
from cnsr.batch.checks import plan_checks
from cnsr.batch.manifest import read_manifest, write_manifest
from cnsr.batch.runner import Summary, default_rater, run_batch
from cnsr.cli.main import app
from cnsr.frameworks.bundle import bundled_dir
from cnsr.frameworks.check import check_documents
from cnsr.frameworks.checklist import load_checklist
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company
from cnsr.store import Store

HENGRUN = Path(__file__).parents[1] / "frameworks" / "data" / "hengrun-2025.txt"
# A cement maker's short report: period, governance, scope 1 in a KPI table, a target; no
# index, no scenario analysis, no scope 3.
DONGLING = """东岭建材股份有限公司 2025年度环境、社会及治理报告

报告说明
本报告时间范围为2025年1月1日至2025年12月31日，覆盖公司及下属六家水泥工厂。

应对气候变化
公司董事会ESG委员会负责监督气候相关风险，每年审议碳减排工作。
公司识别的主要气候相关风险为碳排放配额收紧带来的转型风险。

关键绩效
指标 | 单位 | 2023年 | 2024年 | 2025年
范围一温室气体排放量 | 万吨二氧化碳当量 | 512.6 | 498.3 | 471.9
范围二温室气体排放量 | 万吨二氧化碳当量 | 38.2 | 36.5 | 35.1
吨熟料二氧化碳排放 | 千克 | 842 | 835 | 821

减排目标
公司计划到2030年吨熟料二氧化碳排放较2020年下降15%，2025年已累计下降6.3%。
"""


def _corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(HENGRUN, root / "hengrun-2025.txt")
    (root / "dongling-2025.txt").write_text(DONGLING, encoding="utf-8")
    manifest = root / "manifest.csv"
    write_manifest(manifest, [
        {"path": "hengrun-2025.txt", "company": "恒润化工股份有限公司", "code": "600001.SH",
         "industry": "C26", "size": "L", "year": 2025},
        {"path": "dongling-2025.txt", "company": "东岭建材股份有限公司", "code": "600002.SH",
         "industry": "C30", "size": "L", "year": 2025}])
    return manifest


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every document the reader parses (the inline executor runs workers in this process)."""
    seen: list[str] = []
    real = cnsr.ingest.read_document

    def counting(path: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(cnsr.ingest, "read_document", counting)
    return seen


def _batch(manifest: Path, db: str, m: LoadedMethodology, checks: list[str]) -> Summary:
    with Store.open(db) as store:
        return run_batch(read_manifest(manifest), store, InlineExecutor(),
                         rate=default_rater(), methodology=m.label,
                         checks=plan_checks(checks, None) if checks else None)


def _copy_bundle(tmp: Path, new_id: str) -> Path:
    """A user's checklist: the exchange bundle under another id, in its own folder."""
    folder = tmp / new_id
    shutil.copytree(bundled_dir() / "exchange-2024-climate", folder)
    spec = yaml.safe_load((folder / "bundle.yaml").read_text(encoding="utf-8"))
    spec["id"] = new_id
    (folder / "bundle.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True),
                                        encoding="utf-8")
    return folder


def test_rating_and_check_from_one_reading(tmp_path: Path, db_url: str, m: LoadedMethodology,
                                           reads: list[str]) -> None:
    manifest = _corpus(tmp_path / "c")
    summary = _batch(manifest, db_url, m, ["exchange-2024-climate"])
    assert (summary.rated, summary.checked, summary.failed) == \
        (2, {"exchange-2024-climate": 2}, 0)
    assert sorted(reads) == ["dongling-2025.txt", "hengrun-2025.txt"]  # each parsed once

    # the stored check is what `cnsr check` finds in the same documents
    checklist = load_checklist("exchange-2024-climate")
    company = Company(name="东岭建材股份有限公司", code="600002.SH", industry="C30", size="L",
                      year=2025)
    doc = cnsr.ingest.read_document(tmp_path / "c" / "dongling-2025.txt")
    _, direct = check_documents([doc], company, checklist)
    with Store.open(db_url) as store:
        (stored,) = store.checks(key="600002.SH/2025")
        plain = _batch_without_checks(manifest, tmp_path, m)
        assert store.ratings() == plain  # the check changes nothing in the rating
    assert stored.result == direct
    status = {r.item: r.status for r in stored.result.items}
    assert status["CLM.SCOPE1"] == "met" and status["GEN.INDEX"] == "missing"
    scope1 = next(r for r in stored.result.items if r.item == "CLM.SCOPE1")
    assert "范围一" in scope1.evidence[0].passage
    assert stored.name("CLM.SCOPE1", "zh") != "CLM.SCOPE1"
    assert stored.version and stored.label == f"exchange-2024-climate@{stored.version}"


def _batch_without_checks(manifest: Path, tmp: Path, m: LoadedMethodology) -> list[Any]:
    db = f"sqlite:///{tmp / 'plain.sqlite'}"
    _batch(manifest, db, m, [])
    with Store.open(db) as store:
        return store.ratings()


def test_checks_resume_per_checklist(tmp_path: Path, m: LoadedMethodology,
                                     reads: list[str]) -> None:
    manifest = _corpus(tmp_path / "c")
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    first = _batch(manifest, db, m, [])
    assert (first.rated, first.checked) == (2, {})
    with Store.open(db) as store:
        ratings = store.ratings()

    reads.clear()  # rated before: read again for the check only, not re-rated
    checked = _batch(manifest, db, m, ["exchange-2024-climate"])
    assert (checked.rated, checked.skipped, checked.checked) == \
        (0, 0, {"exchange-2024-climate": 2})
    assert len(reads) == 2

    reads.clear()  # everything done: nothing read
    again = _batch(manifest, db, m, ["exchange-2024-climate"])
    assert (again.rated, again.skipped, again.checked, reads) == (0, 2, {}, [])

    # a second framework: only it runs; each company-year then carries both
    mine = _copy_bundle(tmp_path, "my-climate-list")
    both = _batch(manifest, db, m, ["exchange-2024-climate", str(mine)])
    assert both.checked == {"my-climate-list": 2}
    with Store.open(db) as store:
        assert [c.framework for c in store.checks(key="600001.SH/2025")] == [
            "exchange-2024-climate", "my-climate-list"]
        assert store.ratings() == ratings

    # a changed bundle is a new version: its checks are done again, the other's are not
    items = mine / "items.yaml"
    items.write_text(items.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    changed = _batch(manifest, db, m, ["exchange-2024-climate", str(mine)])
    assert changed.checked == {"my-climate-list": 2}
    with Store.open(db) as store:
        versions = {c.framework: c.version for c in store.checks(key="600002.SH/2025")}
    assert len(set(versions.values())) == 2


def test_a_failing_check_keeps_the_rating(tmp_path: Path, m: LoadedMethodology,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import cnsr.frameworks.check

    def broken(*_args: Any) -> Any:
        raise KeyError("CLM.SCOPE9")

    manifest = _corpus(tmp_path / "c")
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    monkeypatch.setattr(cnsr.frameworks.check, "check_documents", broken)
    summary = _batch(manifest, db, m, ["exchange-2024-climate"])
    assert (summary.rated, summary.checked, summary.check_failed) == (2, {}, 2)
    assert summary.failures[0][0].endswith("[exchange-2024-climate]")
    assert "internal error: KeyError" in summary.failures[0][1]
    monkeypatch.undo()
    retried = _batch(manifest, db, m, ["exchange-2024-climate"])
    assert (retried.rated, retried.checked) == (0, {"exchange-2024-climate": 2})


@pytest.mark.parametrize(("extra", "message"), [
    (["--check", "no-such-list"], "no-such-list: no such framework bundle"),
    (["--check", "exchange-2024-climate", "--rater", "batch_fakes:fake_rate"],
     "--check reads the documents with the document reader"),
    (["--check", "cnsr-default"], "a rating bundle is not a checklist"),
])
def test_bad_check_options_are_one_line(tmp_path: Path, extra: list[str], message: str,
                                        capsys: Callable[..., Any]) -> None:
    manifest = _corpus(tmp_path / "c")
    result = CliRunner().invoke(app, ["batch", str(manifest), "--db",
                                      str(tmp_path / "s.sqlite"), *extra])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "s.sqlite").exists()  # refused before the store was touched
