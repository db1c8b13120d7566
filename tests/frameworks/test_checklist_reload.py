"""A long-running process (the web app, a notebook) sees an edited checklist without a restart:
`load_checklist` keeps a loaded bundle only while its files keep their modification times and
sizes, and a batch's stored version follows the edit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

import cnsr.frameworks.checklist as checklist_mod
from cnsr.errors import MethodologyError
from cnsr.frameworks.bundle import bundled_dir
from cnsr.frameworks.check import check_documents
from cnsr.frameworks.checklist import load_checklist
from cnsr.frameworks.stored import checklist_version
from cnsr.ingest import read_document
from cnsr.rating import Company

REPORT = """东岭水泥股份有限公司2023年度环境、社会及治理报告
报告时间范围为2023年1月1日至2023年12月31日。
2023年公司范围一温室气体排放量为412.6万吨二氧化碳当量，范围二排放量为28.3万吨二氧化碳当量。
公司持续推进余热发电与替代燃料项目。
"""


def _edit_items(folder: Path, item: str, **changes: str) -> None:
    path = folder / "items.yaml"
    stat = path.stat()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(i for i in data["items"] if i["id"] == item)
    entry.update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # a coarse file-system clock must not hide the edit: move the time on by a second
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "my-climate-list"
    shutil.copytree(bundled_dir() / "exchange-2024-climate", folder)
    return folder


def test_unchanged_bundle_is_not_read_again(bundle: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_checklist(bundle)
    loads = []
    real = checklist_mod._load
    monkeypatch.setattr(checklist_mod, "_load", lambda name: loads.append(name) or real(name))
    assert load_checklist(bundle) is first
    assert load_checklist(bundle / "bundle.yaml") is first
    assert loads == []


def test_edited_items_are_reloaded_and_checked_with(bundle: Path, tmp_path: Path) -> None:
    doc = tmp_path / "东岭水泥2023年ESG报告.txt"
    doc.write_text(REPORT, encoding="utf-8")
    company = Company(name="东岭水泥", code="600978.SH", industry="C30", size="L", year=2023)
    before = load_checklist(bundle)
    old_version = checklist_version(before)
    _, result = check_documents([read_document(doc)], company, before)
    scope3 = next(r for r in result.items if r.item == "CLM.SCOPE3")
    assert scope3.level == "encouraged"
    status = scope3.status

    # the company's own list makes scope 3 required and renames it
    _edit_items(bundle, "CLM.SCOPE3", level="must", zh="范围三排放（本公司要求）")
    after = load_checklist(bundle)
    assert after is not before
    assert next(i for i in after.items.items if i.id == "CLM.SCOPE3").zh == "范围三排放（本公司要求）"
    assert checklist_version(after) != old_version  # a batch re-checks with the edit
    _, result = check_documents([read_document(doc)], company, after)
    scope3 = next(r for r in result.items if r.item == "CLM.SCOPE3")
    assert scope3.level == "must" and scope3.status == status  # same reading, new level
    must = next(lv for lv in result.readiness if lv.level == "must")
    assert must.items == sum(i.level == "must" for i in before.items.items) + 1


def test_a_broken_edit_is_an_error_then_the_fix_loads(bundle: Path) -> None:
    good = load_checklist(bundle)
    rules = bundle / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text + "\n  CLM.NOPE:\n    match: [[scope3]]\n", encoding="utf-8")
    with pytest.raises(MethodologyError, match="points.CLM.NOPE: no such item in items.yaml"):
        load_checklist(bundle)  # never the stale, valid one
    rules.write_text(text, encoding="utf-8")
    stat = rules.stat()
    os.utime(rules, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    again = load_checklist(bundle)
    assert again is not good and [i.id for i in again.items.items] == \
        [i.id for i in good.items.items]
