"""Figures in forms met in blind round 5 (session 9), each read wrong or not at all before:
English "1.2m tCO2e" and a KPI cell "1 262 480" (thousands grouped by spaces), an amount
followed by "avoided" (English puts the reduction word after it), a prior-year figure dated
by "a year earlier" after it, and a Chinese list after a header unit whose items "；" splits
into sentences ("温室气体排放（万吨二氧化碳当量）：范围一 12.3；范围二 45.6；合计 57.9")."""

from __future__ import annotations

from pathlib import Path

from cnsr.assess.rate import rate_documents
from cnsr.evidence.normalize import clean_rows
from cnsr.evidence.quantities import extract_quantities
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(tmp_path: Path, m: LoadedMethodology, text: str, name: str, suffix: str = ".txt",
          year: int = 2023) -> Rating:
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    return rate_documents([read_document(path)], Company(name=name, year=year), m)


def _own(rating: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value_t or 0.0)) for e in rating.emissions
            if e.kind == "own"}


def test_a_glued_million_before_a_unit() -> None:
    got = {q.raw: q.value for q in extract_quantities(
        "Direct emissions were 2.4m tCO2e, and our screening puts Scope 3 at 0.37m tonnes "
        "of CO2e; the stack is 85m tall.")}
    assert got.get("2.4m tCO2e") == 2_400_000
    assert got.get("0.37m tonnes of CO2e") == 370_000
    assert "85m" not in " ".join(got)  # a height, no unit after it


def test_space_grouped_cells_are_one_figure() -> None:
    rows = [["Indicator", "Unit", "2022", "2023"],
            ["Scope 1 emissions", "tCO2e", "2 315 760", "2 208 415"],
            ["Diesel", "thousand litres", "36 480", "35 910"]]
    cleaned = clean_rows(rows)
    assert cleaned[1][2:] == ["2,315,760", "2,208,415"]
    assert cleaned[2][2:] == ["36,480", "35,910"]
    assert cleaned[0] == rows[0]  # years stay years


def test_a_space_grouped_kpi_table_gives_own_figures(tmp_path: Path,
                                                     m: LoadedMethodology) -> None:
    html = ("<html><body><h1>Sustainability 2023</h1><p>Harlow Paper Group reports its "
            "greenhouse gas emissions under the GHG Protocol.</p><table>"
            "<tr><th>Indicator</th><th>Unit</th><th>2022</th><th>2023</th></tr>"
            "<tr><td>Scope 1 emissions</td><td>tCO2e</td><td>2 315 760</td><td>2 208 415</td></tr>"
            "<tr><td>Scope 2 emissions</td><td>tCO2e</td><td>418 300</td><td>402 950</td></tr>"
            "</table></body></html>")
    own = _own(_rate(tmp_path, m, html, "Harlow Paper Group", ".html"))
    assert ("scope1", 2023, 2_208_415) in own and ("scope2", 2022, 418_300) in own
    assert not any(value < 1000 for _, _, value in own)  # no "315" or "760" alone


def test_an_amount_followed_by_avoided_is_not_own(tmp_path: Path,
                                                  m: LoadedMethodology) -> None:
    text = ("Harlow Paper Group at a glance. 0.64 million tonnes of CO2 avoided by readers "
            "switching to our recycled board. Our Scope 1 emissions were 2.2m tCO2e in 2023.")
    rating = _rate(tmp_path, m, text, "Harlow Paper Group")
    kinds = {(e.kind, round(e.value_t or 0.0)) for e in rating.emissions}
    assert ("avoided", 640_000) in kinds
    assert ("own", 640_000) not in kinds
    assert ("scope1", 2023, 2_200_000) in _own(rating)


def test_a_prior_year_after_the_figure_and_a_scope_clauses_before(
        tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("Scope 1 emissions, mostly from the gas boilers of our two mills, fell to 2.2m "
            "tCO2e in 2023 from 2.3m tCO2e a year earlier.")
    own = _own(_rate(tmp_path, m, text, "Harlow Paper Group"))
    assert own == {("scope1", 2023, 2_200_000), ("scope1", 2022, 2_300_000)}


def test_a_list_after_a_header_unit(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("第五节 环境和社会责任\n公司每年开展温室气体盘查。\n"
            "温室气体排放（吨二氧化碳当量）：直接排放（范围一）8,460；间接排放（范围二）"
            "31,250；合计 39,710。\n"
            "上年同口径（吨二氧化碳当量）：范围一 8,910；范围二 32,040；合计 40,950。\n")
    rating = _rate(tmp_path, m, text, "江北精密机械股份有限公司")
    own = _own(rating)
    assert ("scope2", None, 31_250) in own
    assert ("scope2", 2022, 32_040) in own and ("scope1", 2022, 8_910) in own
    assert any(scope in ("total", "scope1_2") and value == 39_710 for scope, _, value in own)
    points = {p.point: p.rating for ind in rating.indicators for p in ind.points}
    assert points["I11.2"] == 1


def test_a_figure_without_its_own_actor_is_the_previous_figures(
        tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("截至2023年末，本行对公贷款组合的融资排放约为1,240万吨二氧化碳当量，"
            "加权平均碳强度为每百万元营业收入86吨二氧化碳当量。"
            "本行自身运营温室气体排放总量为21,860吨二氧化碳当量。")
    rating = _rate(tmp_path, m, text, "南浦农村商业银行股份有限公司")
    kinds = {(e.kind, e.scope) for e in rating.emissions}
    assert ("financed", "intensity") in kinds
    assert ("own", "intensity") not in kinds
    assert ("total", 2023, 21_860) in _own(rating) or ("total", None, 21_860) in _own(rating)


def test_a_table_quote_for_a_total_is_the_total_row() -> None:
    from cnsr.assess.points import table_excerpt

    rows = [["指标", "单位", "2022年", "2023年"],
            ["单位面积用水量", "立方米/平方米", "1.52", "1.47"],
            ["用水总量", "万立方米", "208.4", "201.9"]]
    cues = ["用水量", "用水总量"]
    assert table_excerpt(rows, cues, 300, intensity=False).endswith("用水总量 | 万立方米 | 208.4 | 201.9")
    assert table_excerpt(rows, cues, 300, intensity=True).endswith("单位面积用水量 | 立方米/平方米 | 1.52 | 1.47")


def test_a_rated_table_quotes_the_total_row(tmp_path: Path, m: LoadedMethodology) -> None:
    html = ("<html><body><h1>2023年环境、社会及公司治理报告</h1>"
            "<p>本集团持有物业的能源与资源数据如下。</p><table>"
            "<tr><th>指标</th><th>单位</th><th>2022年</th><th>2023年</th></tr>"
            "<tr><td>单位面积用水量</td><td>立方米/平方米</td><td>1.52</td><td>1.47</td></tr>"
            "<tr><td>用水总量</td><td>万立方米</td><td>208.4</td><td>201.9</td></tr>"
            "<tr><td>单位面积温室气体排放</td><td>千克二氧化碳当量/平方米</td><td>71.2</td>"
            "<td>66.8</td></tr>"
            "<tr><td>温室气体排放总量</td><td>吨二氧化碳当量</td><td>98,410</td><td>93,260</td></tr>"
            "</table></body></html>")
    rating = _rate(tmp_path, m, html, "岭南置地集团股份有限公司", ".html")
    first = {p.point: p.evidence[0].passage for ind in rating.indicators for p in ind.points
             if p.evidence}
    assert first["I04.1"].endswith("用水总量 | 万立方米 | 208.4 | 201.9")
    assert "温室气体排放总量" in first["I11.4"]
