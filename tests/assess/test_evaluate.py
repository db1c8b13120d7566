"""`evaluate_corpus` and `cnsr evaluate` / `cnsr tag` on a small labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from passage_docs import make_doc
from typer.testing import CliRunner

from cnsr.assess.evaluate import evaluate_corpus, load_labels
from cnsr.cli.main import app
from cnsr.errors import DataError
from cnsr.ingest.document import Document
from cnsr.methodology import LoadedMethodology

DOCS = {
    "a.pdf": [["公司设立环境保护委员会，制定环境管理制度。",
               "所属工厂均通过ISO 14001环境管理体系认证。",
               "公司承诺2060年前实现碳中和。",
               "2023年范围一排放量为31.0万吨二氧化碳当量。"]],
    "b.pdf": [["公司设立环境保护委员会，制定环境管理制度。",
               "全年综合能源消费量为12.6万吨标准煤。"]],
}


def write_corpus(folder: Path, m: LoadedMethodology) -> None:
    zero = {pid: 0 for pid in m.spec.point_by_id}
    a = dict(zero, **{"I01.1": 1, "I01.2": 1, "I06.1": 1, "I06.2": 1, "I11.1": 1})
    b = dict(zero, **{"I01.1": 1, "I03.1": 1, "I03.2": 1})  # I03.2 is a deliberate miss
    labels = {
        "a.label.yaml": {"file": "a.pdf", "company": "甲公司", "year": 2023, "stage": 3,
                         "criteria": {"environmental_awareness": True,
                                      "carbon_awareness": True, "quantified_emissions": True},
                         "points": a},
        "b.label.yaml": {"files": ["b.pdf"], "company": "乙公司", "year": 2023, "stage": 1,
                         "criteria": {"environmental_awareness": True,
                                      "carbon_awareness": False, "quantified_emissions": False},
                         "points": b},
    }
    for name, data in labels.items():
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def reader(path: Path) -> Document:
    return make_doc(DOCS[path.name], path=path.name)


def test_metrics(tmp_path: Path, m: LoadedMethodology) -> None:
    write_corpus(tmp_path, m)
    report = evaluate_corpus(tmp_path, m, reader)
    assert report.stage_accuracy == 1.0
    b = next(d for d in report.documents if d.label == "b.label.yaml")
    assert b.fn >= 1 and b.wrong_points["I03.2"] == [1.0, 0.0]
    assert 0 < report.recall < 1
    assert report.f1 == pytest.approx(2 * report.precision * report.recall
                                      / (report.precision + report.recall), abs=1e-3)
    assert report.missing_evidence == 0
    assert report.score_mae >= 0


def test_bad_label_is_named(tmp_path: Path) -> None:
    (tmp_path / "x.label.yaml").write_text("company: 甲\nyear: 2023\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x\.label\.yaml: stage: Field required \(and 2 more"):
        load_labels(tmp_path)
    with pytest.raises(DataError, match="no \\*.label.yaml"):
        load_labels(tmp_path / "missing")


def test_tag_command_reads_stdin_and_files(tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["tag"], input="范围二排放量为5.2万吨二氧化碳当量。\n\n客户满意度95分。\n")
    assert out.exit_code == 0, out.output
    lines = [json.loads(line) for line in out.output.splitlines()]
    assert [p["point"] for p in lines[0]["points"]] == ["I11.2"]
    assert lines[1]["points"] == []
    f = tmp_path / "p.txt"
    f.write_text("全年环保投入3.4亿元。\n", encoding="utf-8")
    table = runner.invoke(app, ["tag", str(f), "--format", "table"])
    assert table.exit_code == 0 and "I05.1=1" in table.output


def test_evaluate_command_json(tmp_path: Path, m: LoadedMethodology,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path, m)
    import cnsr.ingest

    monkeypatch.setattr(cnsr.ingest, "read_document", reader)
    out = CliRunner().invoke(app, ["evaluate", "--corpus", str(tmp_path), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["stage_accuracy"] == 1.0 and len(data["documents"]) == 2
    bad = CliRunner().invoke(app, ["evaluate", "--corpus", str(tmp_path / "none")])
    assert bad.exit_code != 0 and "no *.label.yaml" in bad.output


def test_label_pages_are_read_from_comments() -> None:
    from cnsr.assess.evaluate import label_pages

    text = ("points:\n  I01.1: 1     # p4 环境方针, 安全环保部\n"
            "  I02.1: 1     # p4/p6 表2 SO2\n  I11.5: 0.5   # p5-7 两年数据\n"
            "  I05.3: 0.5   # 厂区绿化 only\n  I03.1: 0\n")
    assert label_pages(text) == {"I01.1": {4}, "I02.1": {4, 6}, "I11.5": {5, 6, 7}}
