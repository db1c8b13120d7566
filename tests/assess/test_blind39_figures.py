"""Own emission figures met in blind round 39 (session 27), misread or spurious before, with text
written fresh for these tests:

- a carrier's shippers (货主 / 托运人, "shippers", "cargo owners") whose transport emissions it
  reports through its calculator were read as the carrier's own total;
- emissions others manage on the company's platform, named by a pronoun ("the emissions they
  managed on the platform totalled 48 MtCO2e", "这些企业在平台上管理的排放") were read as own;
- a fleet's AER per deadweight tonne-nautical mile written in Chinese ("克二氧化碳/载重吨海里") was
  read as a total of a few grams.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import found_figures

LEAD = "公司自2019年起开展温室气体核算。\n"
LEAD_EN = "We have accounted our greenhouse gas emissions since 2019.\n"


def _found(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".txt", kind: str = "own"
           ) -> set[tuple[str, int | None, float]]:
    return found_figures(tmp_path, m, text, kind, suffix)


# -- shippers' and platform users' emissions are theirs ----------------------------------------

@pytest.mark.parametrize("text", [
    "公司在线订舱平台为货主测算货物运输排放，2023年为1,420家货主出具运输碳排放报告，涉及货主运输排放约286万吨二氧化碳当量。",
    "全年共为托运人核算海运段碳排放，托运人货物运输排放合计约54.2万吨二氧化碳当量。",
    "物流子公司向主要发货人提供碳足迹报告，发货人运输环节排放约12.8万吨二氧化碳当量。",
    "Our booking portal calculates shipment emissions for shippers: in 2023 it issued 3,100 reports, and shippers' "
    "transport emissions covered totalled about 2.9 million tCO2e.",
    "By year end 1,860 companies used the dashboard, and the emissions they managed on the platform totalled about "
    "36 million tCO2e.",
    "截至年末，共有980家企业使用公司碳管理平台，这些企业在平台上管理的碳排放合计约2,150万吨二氧化碳当量。",
], ids=["huozhu_zh", "tuoyunren_zh", "fahuoren_zh", "shippers_en", "they_managed_en", "zhexie_zh"])
def test_shippers_and_users_are_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, LEAD + text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("2023年公司船队二氧化碳排放量为1,346.8万吨，其中为货主提供的生物燃料航次减少排放另行披露。",
     {("total", 2023, 13468000.0)}),
    ("In 2023 our fleet emitted 13.2 million tCO2e while serving more than 4,000 shippers.",
     {("total", 2023, 13200000.0)}),
    ("Our Scope 1 emissions were 18,420 tCO2e in 2023; they are reported in Table 7.1.",
     {("scope1", 2023, 18420.0)}),
], ids=["fleet_zh", "fleet_en", "they_no_owner_en"])
def test_own_fleet_totals_stay_own(tmp_path: Path, m: LoadedMethodology, text: str, want: set) -> None:
    assert _found(tmp_path, m, LEAD + text) == want


# -- AER per deadweight tonne-nautical mile -----------------------------------------------------

def _fleet_html(unit: str) -> str:
    return ("<html><body><p>集团按IMO DCS核算船队温室气体排放。</p><table><caption>船队碳排放</caption>"
            "<tr><th>指标</th><th>2022年</th><th>2023年</th><th>单位</th></tr>"
            "<tr><td>船舶二氧化碳排放量（范围一）</td><td>1,392.5</td><td>1,346.8</td><td>万吨</td></tr>"
            f"<tr><td>年度能效比（AER）</td><td>6.18</td><td>5.87</td><td>{unit}</td></tr>"
            "</table></body></html>")


@pytest.mark.parametrize("unit", ["克二氧化碳/载重吨海里", "克二氧化碳/载重吨·海里", "gCO2/载重吨海里"],
                         ids=["zh", "zh_dot", "mixed"])
def test_aer_per_dwt_mile_is_no_total(tmp_path: Path, m: LoadedMethodology, unit: str) -> None:
    got = _found(tmp_path, m, _fleet_html(unit), ".html")
    assert {f for f in got if f[0] != "intensity"} == {("scope1", 2022, 13925000.0), ("scope1", 2023, 13468000.0)}
    assert {f[:2] for f in got if f[0] == "intensity"} == {("intensity", 2022), ("intensity", 2023)}


def test_aer_in_prose_is_no_total(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "2023年船队温室气体排放总量为862.4万吨二氧化碳当量，年度能效比（AER）降至4.96克二氧化碳/载重吨海里。"
    got = _found(tmp_path, m, LEAD + text)
    assert {f for f in got if f[0] != "intensity"} == {("total", 2023, 8624000.0)}
    assert {f[:2] for f in got if f[0] == "intensity"} == {("intensity", 2023)}
