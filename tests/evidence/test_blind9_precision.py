"""Evidence precision on forms met in blind round 9 (session 13), each rated wrong before, with
text written fresh for these tests: suppliers' staff trained read as staff training and a
supplier scorecard as carbon appraisal, a partner asked for an emissions certificate read as
the company's air pollutants, a foundation's planting (also in traditional characters) read
as afforestation (a mention at most) and offsets, a risk that may affect a portfolio read as influence on an
industry, charging for travellers' cars read as an own-operations measure, a sector entering
the carbon market read as ETS coverage, and scope 3 "not yet accounted" read as a mention."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import rate_text as _rate
from .tagged import rated_points as _points

# Each case: a small report and the ratings it must earn; the id says why.
CASES = [
    pytest.param(
        "In 2023 we trained 260 supplier employees on product carbon footprints. "
        "Emissions performance weighs 15% in our supplier scorecard.\n",
        {"I10.1": 0, "I07.4": 0}, id="suppliers_staff_trained_are_no_staff_training"),
    pytest.param(
        "公司要求合作汽车维修厂提供挥发性有机物排放检测合格证明。\n",
        {"I02.1": 0}, id="a_partner_asked_for_an_emissions_certificate_is_the_partner_s"),
    pytest.param(
        "晨光公益基金會在戈壁邊緣開展防沙造林，2023年植樹8萬株；基金會為獨立慈善機構，"
        "其林地碳匯不用於抵銷公司排放。\n",
        {"I05.3": 0.5, "I08.6": 0}, id="a_foundation_s_planting_in_traditional_characters"),
    pytest.param(
        "青禾公益基金会在黄河滩区开展护岸植树项目，全年种植乔木5万株；基金会为独立慈善机构。\n",
        {"I05.2": 0, "I05.3": 0.5}, id="a_foundation_s_tree_planting_is_a_mention_at_most"),
    pytest.param(
        "转型风险方面，高碳行业资产估值下跌可能影响公司投资组合的价值。\n",
        {"I10.2": 0}, id="a_risk_that_may_affect_a_portfolio_is_no_influence"),
    pytest.param(
        "公司在24对服务区建设充电站，配置充电桩310个，全年为新能源汽车充电1,320万千瓦时。\n",
        {"I08.4": 0, "I09.2": 1}, id="charging_travellers_cars_is_a_service_not_own_operations"),
    pytest.param(
        "转型风险方面，航运业纳入碳市场后，燃油成本与船公司的航线选择可能改变。\n",
        {"I14.1": 0}, id="a_sector_entering_the_carbon_market_is_no_coverage"),
    pytest.param(
        "公司尚未核算范围三排放。\n",
        {"I11.3": 0, "I12.1": 0}, id="scope_3_not_yet_accounted_is_no_mention"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_points_of_a_small_report(tmp_path: Path, m: LoadedMethodology, text: str,
                                  expected: dict[str, float]) -> None:
    pts = _points(_rate(tmp_path, m, text))
    assert {pid: pts[pid] for pid in expected} == expected


# What must still count beside them.
KEEP = [
    pytest.param("公司组织全体员工参加碳排放核算与节能降碳培训，覆盖3,400人次。\n", "I10.1",
                 id="own_staff_training"),
    pytest.param("公司在厂区及周边荒山植树造林120公顷。\n", "I05.3", id="own_afforestation"),
    pytest.param("公司尚未核算范围三排放，计划于2024年完成范围三排放筛查。\n", "I11.3",
                 id="a_scope_3_plan_stays_a_mention"),
    pytest.param("公司下属两家热电厂纳入全国碳排放权交易市场，2023年完成配额清缴。\n", "I14.1",
                 id="own_ets_coverage"),
    pytest.param("公司总部办公楼完成LED照明改造，年节电约86万千瓦时。\n", "I08.4",
                 id="an_office_retrofit"),
]


@pytest.mark.parametrize(("text", "point"), KEEP)
def test_what_still_counts(tmp_path: Path, m: LoadedMethodology, text: str, point: str) -> None:
    assert _points(_rate(tmp_path, m, text))[point] > 0
