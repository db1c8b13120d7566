"""`cnsr methodology` shows the computed points in both languages."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cnsr.cli.main import app

runner = CliRunner()


def test_json_gives_points_and_stage_maxima():
    result = runner.invoke(app, ["methodology", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["stage_maxima"] == {"0": 0, "1": 16, "2": 52, "3": 100}
    assert data["points"]["I06"] == 11 and data["points"]["I11"] == 12
    assert sum(data["points"].values()) == 100
    i03 = next(i for i in data["indicators"] if i["id"] == "I03")
    assert i03["zh"] == "能源使用情况" and len(i03["disclosure_points"]) == 5


def test_table_in_english_and_chinese():
    en = runner.invoke(app, ["methodology", "--lang", "en"], env={"COLUMNS": "160"})
    zh = runner.invoke(app, ["methodology", "--lang", "zh"], env={"COLUMNS": "160"})
    assert "Energy use" in en.output and "Stage maxima" in en.output
    assert "能源使用情况" in zh.output and "阶段满分" in zh.output


def test_bad_methodology_file_is_one_line(tmp_path):
    bad = tmp_path / "m.yaml"
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    result = runner.invoke(app, ["methodology", "--methodology", str(bad)])
    assert result.exit_code == 2
    assert "must be a YAML mapping" in result.output
    assert "Traceback" not in result.output
