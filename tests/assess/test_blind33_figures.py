"""Own emission figures met in blind round 33 (session 25), not read, misread or spurious before,
with text written fresh for these tests: a GHG table whose caption and header row end one page and
whose rows open the next without a header (one header row is no table, so no header was carried
over and the rows lost their years and unit); a shipping company's own ships' CO2 ("船舶二氧化碳
排放（范围一）") read as the customers' (the marker meant for ships at a port's berth); one gas's
level reached ("甲烷排放量由…降至2023年的0.76万吨") read as the company's total; and the CO2
equivalent of fuel saved ("saved … tonnes of fuel, equal to … tonnes of CO2") read as an own total."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cnsr.ingest.document import Table
from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.tables import continue_table, header_at_foot
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def _line(*cells: str, y: float = 700.0) -> Line:
    out, x = [], 50.0
    for c in cells:
        out.append(Cell(c, x, x + 8 * len(c)))
        x += 120
    return Line("  ".join(cells), 50.0, y, out[-1].x1, y + 10, tuple(out))


def test_a_header_alone_at_a_page_foot_is_carried_to_the_next_page() -> None:
    lines = [_line("公司持续推进节能降碳工作，排放强度逐年下降。", y=600),
             _line("温室气体排放（单位：万吨二氧化碳当量）", y=680),
             _line("指标", "2021年", "2022年", "2023年", y=700)]
    found = header_at_foot(lines, 0)
    assert found is not None and found[0] == 2
    assert found[1].rows[0][0] == "温室气体排放（单位：万吨二氧化碳当量）"
    rows = Table(rows=[["范围一排放", "61.2", "60.1", "58.6"], ["范围二排放", "10.5", "10.2", "9.9"]])
    joined = continue_table(found[1], rows)
    assert joined is not None and joined.rows[1] == ["指标", "2021年", "2022年", "2023年"]
    assert joined.rows[2][0] == "范围一排放"


@pytest.mark.parametrize("last", [
    ["指标", "2022年", "12.6", "2023年"],   # a figure among the years: a body row
    ["指标", "单位", "说明"],               # no year
    ["公司2023年排放总量12.6万吨。"],         # prose
], ids=["figure_in_row", "no_years", "prose"])
def test_other_last_lines_are_no_header_at_the_foot(last: list[str]) -> None:
    assert header_at_foot([_line("上文。", y=600), _line(*last)], 0) is None


def _cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    return "Noto Sans CJK" in out


@pytest.mark.skipif(not _cjk_font(), reason="needs a CJK font to render the PDF")
def test_rows_after_a_page_break_keep_the_header_years_and_unit(tmp_path: Path, m: LoadedMethodology) -> None:
    import weasyprint

    from cnsr.assess.rate import rate_documents
    from cnsr.ingest import read_document
    from cnsr.rating import Company

    filler = "".join(f"<p>公司坚持安全第一，全年开展隐患排查和应急演练第{i}轮，员工培训覆盖率百分之百。</p>" for i in range(34))
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:'Noto Sans CJK SC'} td,th{padding:3px}"
            ".p{break-after:page}</style></head><body>"
            "<div class='p'><p>公司承诺2030年前实现碳达峰，持续推进节能降碳。</p>" + filler +
            "<p>单位：万吨二氧化碳当量</p><table>"
            "<tr><th>指标</th><th>2021年</th><th>2022年</th><th>2023年</th></tr></table></div>"
            "<table><tr><td>范围一排放</td><td>61.2</td><td>60.1</td><td>58.6</td></tr>"
            "<tr><td>范围二排放</td><td>10.5</td><td>10.2</td><td>9.9</td></tr>"
            "<tr><td>排放总量</td><td>71.7</td><td>70.3</td><td>68.5</td></tr></table></body></html>")
    path = tmp_path / "split.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    r = rate_documents([read_document(path)], Company(name="测试石化", year=2023), m)
    own = {(e.scope, e.year, round(e.value)) for e in r.emissions if e.kind == "own"}
    assert {("scope1", 2021, 612000), ("scope1", 2023, 586000), ("total", 2022, 703000)} <= own


@pytest.mark.parametrize("text", [
    "2023年公司船舶二氧化碳排放312.5万吨，岸基范围二排放0.21万吨二氧化碳当量。",
    "船队船舶二氧化碳排放（范围一） | 2022年=298.6万吨 | 2023年=312.5万吨",
], ids=["prose", "row"])
def test_a_shipping_companys_ships_are_its_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, "公司承诺2050年实现船队净零排放。\n" + text + "\n"))
    assert any(v == 3125000 for _, _, v, _ in got), got
    assert not _figures(_rate(tmp_path, m, "公司承诺2050年实现船队净零排放。\n" + text + "\n"), "customers")


def test_ships_at_a_ports_berth_stay_the_shipping_lines(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "公司承诺2030年前实现运营碳达峰。\n本集团估算2023年靠港船舶在泊排放约为18.6万吨二氧化碳当量，不计入本集团排放总量。\n"
    assert not any(v == 186000 for _, _, v, _ in _figures(_rate(tmp_path, m, text)))


@pytest.mark.parametrize("text", [
    "经测算，集团甲烷排放量由2021年的0.81万吨降至2023年的0.76万吨。",
    "公司氧化亚氮排放由2022年的126吨下降至2023年的98吨。",
], ids=["methane_zh", "n2o_zh"])
def test_one_gas_level_reached_is_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, "公司承诺2030年前实现碳达峰。\n" + text + "\n"))
    assert not any(s == "total" for s, _, _, _ in got), got


def test_a_total_falling_to_a_level_stays_the_total(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _figures(_rate(tmp_path, m, "公司承诺2030年前实现碳达峰。\n公司温室气体排放总量由2022年的13.2万吨二氧化碳当量降至2023年的12.6万吨二氧化碳当量。\n"))
    assert ("total", 2023, 126000.0, "tCO2e") in got, got


@pytest.mark.parametrize("text", [
    "Our fuel efficiency programme saved 18,400 tonnes of fuel in 2023, equal to 58,000 tonnes of CO2.",
    "Single-engine taxiing saved 2,100 tonnes of jet fuel, equal to about 6,600 tonnes of CO2.",
], ids=["equal_to", "equal_to_about"])
def test_the_co2_equal_to_fuel_saved_is_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, "We aim to reach net zero by 2060.\n" + text + "\n"))
    assert not any(v in (58000, 6600) for _, _, v, _ in got), got
