"""Emission figures of the fourth round of unseen documents (session 8, issue #12): English
prose that dates a figure only after it ("… tCO2e in FY2022."), a scope named clauses before
the figure, and a table whose years run down the first column with a note beside a year
("FY2021 (baseline)") and scope columns whose brackets name a basis, not a unit. Text written
for these tests (invented company and numbers)."""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence.quantities import extract_quantities
from cnsr.evidence.tables import table_text
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company


def _own(pages: list[list[object]], m: LoadedMethodology) -> set[tuple[str, int | None, float]]:
    r = rate_documents([make_doc(pages)], Company(name="Harbourline Foods", year=2023), m)
    return {(e.scope, e.year, e.value) for e in r.emissions if e.kind == "own"}


def test_a_fiscal_year_closing_the_sentence_dates_its_figure() -> None:
    found = extract_quantities("Water use fell to 8.2 million m3 in FY2023, from 8.9 million m3 in FY2022.")
    assert [q.year for q in found] == [2023, 2022]


def test_a_scope_named_clauses_before_governs_the_figure(m: LoadedMethodology) -> None:
    text = ("Direct emissions, chiefly from refrigerant top-ups and the diesel fleet, came to "
            "6,310 tCO2e in FY2023, against 6,920 tCO2e in FY2022. We also estimate Scope 3 "
            "emissions from purchased ingredients and packaging, which reached 182,500 tCO2e "
            "in FY2023.")
    own = _own([[text]], m)
    assert ("scope1", 2023, 6310) in own and ("scope1", 2022, 6920) in own
    assert ("scope3", 2023, 182500) in own
    assert not any(scope == "total" for scope, _, _ in own)


def test_years_down_with_a_baseline_note_and_basis_columns() -> None:
    rows = [["Emissions by scope (tCO2e)", "", "", ""],
            ["Year", "Scope 1", "Scope 2 (location-based)", "Scope 2 (market-based)"],
            ["2021 (baseline)", "7,020", "31,400", "24,900"],
            ["2022", "6,920", "32,150", "22,300"],
            ["2023", "6,310", "31,870", "18,640"]]
    text = table_text(rows)
    assert "Scope 2 (market-based) | 2021=24,900 tCO2e | 2022=22,300 tCO2e | 2023=18,640 tCO2e" in text
    assert "location-based |" not in text.replace("Scope 2 (location-based) |", "")


def test_years_down_table_gives_both_bases(m: LoadedMethodology) -> None:
    rows = [["Emissions by scope (tCO2e)", "", "", ""],
            ["Year", "Scope 1", "Scope 2 (location-based)", "Scope 2 (market-based)"],
            ["2021 (baseline)", "7,020", "31,400", "24,900"],
            ["2022", "6,920", "32,150", "22,300"],
            ["2023", "6,310", "31,870", "18,640"]]
    own = _own([[rows]], m)
    assert ("scope2_market", 2021, 24900) in own and ("scope2_location", 2023, 31870) in own
    assert ("scope1", 2022, 6920) in own


def test_a_cue_inside_the_company_name_is_no_disclosure(m: LoadedMethodology) -> None:
    text = "青禾物流承诺2030年前实现自身运营碳达峰。"
    r = rate_documents([make_doc([[text]])], Company(name="青禾物流股份有限公司", year=2023), m)
    got = {p.point: p.rating for ind in r.indicators for p in ind.points}
    assert got["I06.1"] == 1 and got["I08.5"] == 0
    r = rate_documents([make_doc([["公司推动物流承运商降低碳排放。"]])],
                       Company(name="青禾物流股份有限公司", year=2023), m)
    assert {p.point: p.rating for ind in r.indicators for p in ind.points}["I08.5"] > 0
