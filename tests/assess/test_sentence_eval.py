"""`cnsr evaluate --sentences`: the reader's sentence tagging against labelled sentences."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cnsr.assess.sentence_eval import evaluate_sentences, half_of, load_sentences, split_half
from cnsr.cli.main import app
from cnsr.errors import DataError
from cnsr.evidence.lexicon import load_lexicon

# Written for this test (not taken from any dataset): two carbon sentences, one other
# environmental, two social or governance, one irrelevant.
ROWS = [
    {"sentence": "2023年公司范围一温室气体排放量为18.6万吨二氧化碳当量。", "topic": "碳排放",
     "quality": "定量文本"},
    {"sentence": "公司识别了台风、洪涝等极端天气对沿海工厂运营造成中断的实体风险。",
     "topic": "应对气候变化", "quality": "定性文本"},
    {"sentence": "全年危险废物产生量为412吨，全部委托有资质单位处置。", "topic": "废弃物管理",
     "quality": "定量文本"},
    {"sentence": "公司全年组织员工开展职业技能培训120场。", "topic": "员工", "quality": "定量文本"},
    {"sentence": "董事会下设审计委员会、提名委员会和薪酬与考核委员会。", "topic": "组织架构与运作",
     "quality": "定性文本"},
    {"sentence": "更多信息详见公司官网。", "topic": "无关文本", "quality": "无关文本"},
]
# The labelled sentences stay in the shared folder beside the checkout; a clone elsewhere (CI
# under /tmp) names them with CNSR_SENTENCES.
DEV = Path(os.environ.get("CNSR_SENTENCES") or Path(__file__).resolve().parents[3] / "shared"
           / "data" / "esg-sentences" / "dev.jsonl")


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_counts_each_group(tmp_path: Path) -> None:
    report = evaluate_sentences(load_sentences(write(tmp_path / "s.jsonl", ROWS)),
                                load_lexicon(), keep_misses=5)
    assert (report.carbon, report.carbon_tagged) == (2, 2)
    assert (report.environment, report.environment_tagged) == (1, 1)
    assert (report.social_governance, report.social_governance_tagged) == (2, 0)
    assert report.labelled_quality == 5
    assert report.quality_agreed == 5
    assert report.figures()["carbon_recall"] == 1.0
    assert report.by_topic["员工"] == (1, 0)


def test_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(ROWS[0], ensure_ascii=False) + '\n{"sentence": "x"}\n',
                    encoding="utf-8")
    with pytest.raises(DataError, match="line 2"):
        load_sentences(path)


def test_cli_prints_the_four_figures(tmp_path: Path) -> None:
    path = write(tmp_path / "s.jsonl", ROWS)
    result = CliRunner().invoke(app, ["evaluate", "--sentences", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["figures"]
    assert figures == {"carbon_recall": 1.0, "environment_recall": 1.0,
                       "social_governance_false_positives": 0.0, "quantitative_accuracy": 1.0}


@pytest.mark.skipif(not DEV.exists(), reason="labelled real-report sentences not present")
def test_real_sentences_hold_their_measured_floor() -> None:
    """On the third party's labelled sentences (read from the shared folder, never copied):
    the figures measured when this test was written, as floors against regressions. The
    issue's targets (carbon 0.85, other environment 0.7, false positives 0.05, quantitative
    0.9) are in docs/reader.md with how far the reader is from each."""
    report = evaluate_sentences(load_sentences(DEV), load_lexicon())
    # session 10: 0.912 (217/238) and 0.783 (556/710): the point-precision fixes took away the
    # only (wrong) points of a few sentences the third party files under carbon or environment
    # (a foundation's campaign, a journal reference, a regulator's rule, a navigation index)
    # session 12: 0.891 (212/238), 0.763 (542/710), 0.035 (108/3055): navigation glued into
    # prose (HKEX index rows and KPI definitions, a stakeholder table, a chapter's index box)
    # earns nothing; the third party files such rows under their topic. Blind round 8: 0.887
    # (211/238) — a risk that "may" hit clients and investees is no influence on them
    # (risk_modal vetoes I10.2), which was that sentence's only point. Session 13: the work
    # around a bank's green finance (a research report or white paper, the staff, a data
    # statistics rule, the board's oversight of the green-credit strategy) is no green product
    # or financing, combustible dust is a safety hazard, not an air pollutant, and a public
    # zero-waste campaign is no waste of the company's own (docs/judging.md §3.7, §3.10, §8);
    # those were the sentences' only (wrong) points: 0.752 (534/710)
    assert report.carbon_recall >= 0.885
    assert report.environment_recall >= 0.75
    assert report.false_positive_rate <= 0.036
    assert report.quantitative_accuracy >= 0.915  # session 9: 0.916 (3668/4003)


@pytest.mark.skipif(not DEV.exists(), reason="labelled real-report sentences not present")
@pytest.mark.parametrize("half", ["a", "b"])
def test_each_half_meets_the_issue_targets(half: str) -> None:
    """Issue #12 expects the same figures on a held-out file: each fixed half meets the
    targets on its own (session 8; half b's false positives were the closest, 0.049), and
    since session 9 with a margin: false positives at most 0.046 (a 0.035, b 0.044) and
    quantitative accuracy at least 0.915 (a 0.916, b 0.917) on each half."""
    report = evaluate_sentences(split_half(load_sentences(DEV), half), load_lexicon())
    assert report.carbon_recall >= 0.85
    assert report.environment_recall >= 0.70
    assert report.false_positive_rate <= 0.046
    assert report.quantitative_accuracy >= 0.915


def test_halves_split_by_text_not_order(tmp_path: Path) -> None:
    """The two halves partition the file, and a sentence stays in its half however the file
    is ordered, so figures on one half can check a rule tuned on the other."""
    rows = load_sentences(write(tmp_path / "s.jsonl", ROWS))
    a, b = split_half(rows, "a"), split_half(rows, "b")
    assert sorted(r.sentence for r in a + b) == sorted(r.sentence for r in rows)
    assert not {r.sentence for r in a} & {r.sentence for r in b}
    backwards = split_half(list(reversed(rows)), "a")
    assert {r.sentence for r in backwards} == {r.sentence for r in a}
    assert all(half_of(r.sentence) == "a" for r in a)
    with pytest.raises(DataError, match="half"):
        split_half(rows, "c")


def test_cli_evaluates_one_half(tmp_path: Path) -> None:
    path = write(tmp_path / "s.jsonl", ROWS)
    counts = {}
    for half in ("a", "b"):
        result = CliRunner().invoke(app, ["evaluate", "--sentences", str(path), "--half", half,
                                          "--format", "json"])
        assert result.exit_code == 0, result.output
        body = json.loads(result.output)
        assert body["half"] == half
        counts[half] = body["sentences"]
    assert counts["a"] + counts["b"] == len(ROWS)
    assert 0 < counts["a"] < len(ROWS)
