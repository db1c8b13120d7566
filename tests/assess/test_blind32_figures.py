"""Own emission figures met in blind round 32 (session 25), missed or spurious before, with text
written fresh for these tests: a KPI table whose unit sits only in its caption in the thousands
notation ("Greenhouse gas emissions ('000 tCO2e)"): the caption's "000" was read as a total of 0 t
and the rows under it were not read at all; a product's cradle-to-gate footprint per tonne, named
after "of our", read as the company's intensity; and an association's or the world's average cited
for reference beside the company's figures read as its own intensity of that year."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence import quantities as q
from cnsr.ingest.text import table_caption_unit
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def _own(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".txt"
         ) -> set[tuple[str, int | None, float, str]]:
    return _figures(_rate(tmp_path, m, text + "\n", suffix))


def _captioned(caption: str, rows: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>" for label, a, b in rows)
    return (f"<html><body><p>Our greenhouse gas emissions are shown below.</p><table><caption>{caption}</caption>"
            f"<tr><th>Indicator</th><th>2022</th><th>2023</th></tr>{body}</table></body></html>")


@pytest.mark.parametrize("caption", [
    "Greenhouse gas emissions ('000 tCO2e)",
    "Greenhouse gas emissions (’000 tonnes CO2e)",
    "Table 5 GHG emissions (' 000 tCO2e)",
], ids=["apostrophe", "curly_tonnes", "spaced"])
def test_a_thousands_unit_in_the_caption_scales_the_rows(tmp_path: Path, m: LoadedMethodology, caption: str) -> None:
    html = _captioned(caption, [("Scope 1 emissions", "31,276", "30,352"), ("Scope 2 emissions", "3,318", "3,725")])
    got = _own(tmp_path, m, html, ".html")
    assert {(s, y, v) for s, y, v, _ in got} == {
        ("scope1", 2022, 31276000.0), ("scope1", 2023, 30352000.0),
        ("scope2", 2022, 3318000.0), ("scope2", 2023, 3725000.0)}


def test_a_plain_caption_unit_is_unchanged(tmp_path: Path, m: LoadedMethodology) -> None:
    html = _captioned("Greenhouse gas emissions (tCO2e)", [("Scope 1 emissions", "1,250", "1,180")])
    assert {(s, y, v) for s, y, v, _ in _own(tmp_path, m, html, ".html")} == {
        ("scope1", 2022, 1250.0), ("scope1", 2023, 1180.0)}


@pytest.mark.parametrize("text", [
    "Greenhouse gas emissions ('000 tCO2e)",
    "Energy consumption (’000 MWh)",
    "Revenue (RMB'000)",
], ids=["ghg", "energy", "money"])
def test_the_thousands_mark_is_no_figure(text: str) -> None:
    assert [x.raw for x in q.extract_quantities(text)] == []


@pytest.mark.parametrize(("text", "want"), [
    ("排放总量 1,000吨", ["1,000吨"]),
    ("In FY'23 we emitted 3,000 tonnes of CO2e.", ["3,000 tonnes of CO2e"]),
    ("“3060”目标", ["3060"]),
], ids=["thousand_tonnes", "fiscal_year_apostrophe", "quoted_number"])
def test_other_numbers_stay(text: str, want: list[str]) -> None:
    assert [x.raw for x in q.extract_quantities(text)] == want


def test_the_caption_names_the_unit() -> None:
    assert table_caption_unit("Greenhouse gas emissions ('000 tCO2e)") == "'000 tCO2e"
    assert table_caption_unit("Greenhouse gas emissions ('000 staff)") is None


@pytest.mark.parametrize("text", [
    "The cradle-to-gate footprint of our hot-rolled coil was 2.01 tCO2e per tonne.",
    "The carbon footprint of our galvanised sheet is about 2.4 tCO2e per tonne.",
    "公司完成热轧卷板生命周期评价，从摇篮到大门的热轧卷碳足迹为2.01吨二氧化碳当量/吨。",
], ids=["cradle_to_gate_en", "footprint_of_our_sheet_en", "cradle_to_gate_zh"])
def test_a_products_footprint_is_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _own(tmp_path, m, text) == set()


def test_the_footprint_of_our_operations_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _own(tmp_path, m, "The carbon footprint of our operations was 12,400 tCO2e in 2023.")
    assert {(s, y, v) for s, y, v, _ in got} == {("total", 2023, 12400.0)}


@pytest.mark.parametrize("text", [
    "Notes: (4) For reference, the worldsteel average was 1.91 tCO2 per tonne of crude steel cast in 2022.",
    "The association's average was 0.86 t CO2 per tonne of clinker in 2023.",
    "注：世界钢铁协会平均值为每吨粗钢1.91吨二氧化碳。",
    "据测算，协会会员企业平均吨钢二氧化碳排放约1.79吨。",
], ids=["worldsteel_average_en", "association_average_en", "worldsteel_average_zh", "association_average_zh"])
def test_an_average_cited_is_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _own(tmp_path, m, text) == set()


def test_the_company_beside_the_average_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _own(tmp_path, m, "注：世界钢铁协会平均值为每吨粗钢1.91吨二氧化碳。公司2023年吨钢二氧化碳排放1.83吨。")
    assert {(s, y, v) for s, y, v, _ in got} == {("intensity", 2023, 1.83)}
