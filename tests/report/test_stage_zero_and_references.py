"""Stage 0 presented as stage 0 (not scored, what stage 1 needs), wider reference positions
for companies alone in their peer group, and workbook cells users can work with (issue #14,
items 6, 7 and 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from rank_factory import make_rating
from rich.console import Console

from cnsr.methodology import LoadedMethodology
from cnsr.rank.reference import place, references
from cnsr.rank.study import build_study
from cnsr.rating import Evidence, Provenance, Rating
from cnsr.report.card import render_html
from cnsr.report.evidence_text import relative_file
from cnsr.report.excel import write_study_excel
from cnsr.report.rating_table import rating_tables
from cnsr.report.tables import study_tables

CORPUS = "/srv/cnsr/corpus-2023"


def _with_inputs(r: Rating, *files: str) -> Rating:
    r.provenance = Provenance(methodology=r.provenance.methodology, produced_by="reader",
                              inputs=[{"file": f, "sha256": "0" * 64} for f in files])
    return r


@pytest.fixture(scope="module")
def market(m: LoadedMethodology) -> list[Rating]:
    """Stage-2 companies in three industries and two sizes: every peer group holds one or
    two companies; plus a stage-0 company."""
    ev = Evidence(file=f"{CORPUS}/power/青岚能源-2023.pdf", page=4, page_label="58",
                  passage="公司2023年外购电力消耗量为3,120万千瓦时，同比下降4.5%。")
    out = [
        make_rating(m, "青岚能源", code="600321.SH", stage=2, industry="D44", size="L",
                    year=2023, disclose={"I06": 1, "I03": 1}, evidence={"I03.1": [ev]}),
        make_rating(m, "北辰热电", code="600322.SH", stage=2, industry="D44", size="M",
                    year=2023, disclose={"I06": 0.5}),
        make_rating(m, "南岭电力", code="600323.SH", stage=2, industry="D44", size="M",
                    year=2023, disclose={"I06": 1}),
        make_rating(m, "东湖化工", code="600324.SH", stage=2, industry="C26", size="L",
                    year=2023, disclose={"I06": 1, "I07": 1, "I03": 1}),
        make_rating(m, "西山物流", code="600325.SH", stage=2, industry="G54", size="S",
                    year=2023, disclose={"I01": 0.5}),
        make_rating(m, "某未披露化工", code="600399.SH", stage=0, industry="C26", size="L",
                    year=2023),
    ]
    _with_inputs(out[0], f"{CORPUS}/power/青岚能源-2023.pdf", f"{CORPUS}/annual/青岚-年报.pdf")
    return out


def test_place_shares_ranks_and_percentiles() -> None:
    r = place(10.0, [12.0, 10.0, 10.0, 3.0], "market")
    assert (r.rank, r.size, r.tied, r.percentile) == (2, 4, True, pytest.approx(50.0))
    assert place(5.0, [5.0], "group").percentile is None


def test_alone_in_group_still_has_references(market: list[Rating],
                                              m: LoadedMethodology) -> None:
    study = build_study(market, m)
    refs = {r.scope: r for r in references(study, "600321.SH/2023")}
    assert refs["group"].size == 1 and refs["group"].percentile is None
    assert refs["industry"].size == 3 and refs["industry"].rank == 1
    assert refs["market"].size == 5  # same stage, all industries; stage 0 not counted
    assert references(study, "600399.SH/2023") == []


def test_card_and_rank_tables_show_references(market: list[Rating],
                                              m: LoadedMethodology) -> None:
    study = build_study(market, m)
    zh = render_html(market[0], m, "zh", study)
    assert "同行业（各规模）" in zh and "第 1 名 / 共 3 家" in zh
    assert "同阶段全部企业" in zh and "共 5 家" in zh
    en = render_html(market[0], m, "en", study)
    assert "Industry, all sizes" in en and "Market, same stage" in en
    console = Console(width=200, record=True)
    console.print(study_tables(study, "zh"))
    text = console.export_text()
    assert "同行业（各规模）" in text and "1/3" in text and "/5" in text


def test_rank_table_in_a_narrow_terminal_keeps_every_figure_whole(
        market: list[Rating], m: LoadedMethodology) -> None:
    """At 80 columns the headers wrap and names fold, but no score, code or rank is cut
    (rich ellipsised no-wrap columns: "59…" for 59.8)."""
    study = build_study(market, m)
    for lang in ("zh", "en"):
        console = Console(width=80, record=True)
        console.print(study_tables(study, lang))
        text = console.export_text()
        for g in study.groups:
            for e in g.entries:
                row = next(line for line in text.splitlines() if e.code in line)
                assert f"{100 * e.share:.1f}%" in row and "…" not in row


def test_stage_zero_card_is_not_scored(market: list[Rating], m: LoadedMethodology) -> None:
    study = build_study(market, m)
    html = render_html(market[-1], m, "zh", study)
    assert "0 / 0" not in html and "<small> / 0</small>" not in html and "0.0%" not in html
    assert "不评分" in html
    assert "进入第一阶段：环保意识需满足：环境保护意识及披露" in html
    en = render_html(market[-1], m, "en", study)
    assert "not scored" in en and "To reach Stage 1: environmental awareness" in en


def test_rate_table_shows_passages_and_stage_zero(market: list[Rating],
                                                  m: LoadedMethodology) -> None:
    console = Console(width=160, record=True)
    console.print(rating_tables(market[0], m, "zh"))
    text = console.export_text()
    assert "公司2023年外购电力消耗量为3,120万千瓦时" in text
    assert "第58页（文件第4页）" in text
    console = Console(width=160, record=True)
    console.print(rating_tables(market[-1], m, "zh"))
    text = console.export_text()
    assert "不评分" in text and "0.00 / 0" not in text and "环境保护意识及披露" in text


def test_rate_table_quotes_bracketed_report_text_verbatim(m: LoadedMethodology) -> None:
    """Brackets in a report's text are the report's, not terminal markup: "[b]" in an
    annual report's list of appendices or "[i]" as a note mark is shown, not eaten."""
    ev = Evidence(file="annual/临江港务-2023.pdf", page=12,
                  passage="温室气体排放量见附表[b]，范围一排放量为18,240吨二氧化碳当量[i]。")
    r = make_rating(m, "临江港务", code="600400.SH", stage=3, industry="G55", size="M",
                    year=2023, disclose={"I03": 1}, evidence={"I03.1": [ev]})
    console = Console(width=200, record=True)
    console.print(rating_tables(r, m, "zh"))
    assert "附表[b]，范围一排放量为18,240吨二氧化碳当量[i]" in console.export_text()


def test_workbook_lists_stage_zero_relative_paths_typed_gaps(
        market: list[Rating], m: LoadedMethodology, tmp_path: Path) -> None:
    study = build_study(market, m)
    book = load_workbook(write_study_excel(study, market, m, tmp_path / "s.xlsx"))
    ranking = book["排名 Ranking"]
    head = [c.value for c in ranking[2]]
    rows = [[c.value for c in row] for row in ranking.iter_rows(min_row=3)]
    zero = next(r for r in rows if r[head.index("Company")] == "某未披露化工")
    assert zero[head.index("Stage")] == 0 and zero[head.index("Rank")] is None
    assert "环境保护意识及披露" in zero[head.index("To reach the next stage (zh)")]
    first = next(r for r in rows if r[head.index("Company")] == "青岚能源")
    assert first[head.index("Rank in industry (all sizes)")] == 1
    assert first[head.index("Industry companies")] == 3
    assert first[head.index("Market companies")] == 5

    evidence = book["证据 Evidence"]
    head = [c.value for c in evidence[2]]
    files = {row[head.index("File")].value for row in evidence.iter_rows(min_row=3)}
    assert "power/青岚能源-2023.pdf" in files
    assert not any(str(f).startswith("/") for f in files)
    assert any(row[head.index("Printed page")].value == "58"
               for row in evidence.iter_rows(min_row=3))

    gaps = book["差距 Gaps"]
    head = [c.value for c in gaps[2]]
    values = [(row[head.index("Current")].value, row[head.index("Proposed")].value)
              for row in gaps.iter_rows(min_row=3)]
    numbers = [v for pair in values for v in pair if not str(v).startswith("B")]
    assert numbers and all(isinstance(v, int | float) for v in numbers), numbers[:5]


def test_relative_file() -> None:
    inputs = ["/srv/c/power/a.pdf", "/srv/c/annual/b.pdf"]
    assert relative_file("/srv/c/power/a.pdf", inputs) == "power/a.pdf"
    assert relative_file("/srv/c/power/a.pdf", ["/srv/c/power/a.pdf"]) == "a.pdf"
    assert relative_file("/elsewhere/x.pdf", ["/srv/c/a.pdf"]) == "x.pdf"
    assert relative_file("reports/x.pdf", []) == "reports/x.pdf"
    assert relative_file("C:\\\\data\\\\r\\\\x.pdf", ["C:\\\\data\\\\r\\\\x.pdf"]) == "x.pdf"
