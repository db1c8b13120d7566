"""Readings of the fourth round of unseen documents (session 8, issue #12): years written in
Chinese numerals (Hong Kong reports), a target year after 致力于 / 旨在, a unit closing the
label when an index-code column comes first. Text written for these tests."""

from __future__ import annotations

import pytest

from cnsr.evidence.normalize import clean
from cnsr.evidence.tables import table_text

from .tagged import points


@pytest.mark.parametrize(("raw", "read"), [
    ("於二零二三年十二月三十一日", "于2023年十二月三十一日"),
    ("二〇三〇年前", "2030年前"),
    ("二○二二年度", "2022年度"),
])
def test_numeral_years_read_as_digits(raw: str, read: str) -> None:
    assert clean(raw) == read and len(clean(raw)) == len(raw)


@pytest.mark.parametrize("text", ["零碳園區", "十二零二三年", "一九九八年", "第二零一號倉庫"])
def test_other_numerals_stay(text: str) -> None:
    assert clean(text).replace("园区", "園區").replace("仓库", "倉庫").replace("号", "號") == text


def test_a_target_in_numeral_years_is_dated() -> None:
    got = points("本集團以二零二一年為基準年，目標於二零三零年前將範圍一及範圍二溫室氣體排放量減少35%。")
    assert got.get("I06.2") == 1 and got.get("I06.3") == 1


@pytest.mark.parametrize("text", [
    "公司致力于2040年前实现运营碳中和，并以2021年为基准年，力争到2030年单位产值二氧化碳排放下降40%。",
    "本公司旨在2035年前实现自身运营净零排放。",
])
def test_a_target_year_after_a_verb_ending_in_the_preposition(text: str) -> None:
    got = points(text)
    assert got.get("I06.2") == 1


def test_a_label_unit_after_an_index_code() -> None:
    rows = [["编号", "指标", "2023年", "2022年"],
            ["305-1", "直接温室气体排放（吨二氧化碳当量）", "8,412", "8,905"]]
    assert "2023年=8,412吨二氧化碳当量" in table_text(rows)


NOT_FOUND = [
    # the theme of a training is no low-carbon product
    ("全年举办“零碳园区”主题宣传活动12场，覆盖员工900余人次。", "I09.2"),
    # an internal shadow price is a rule, not a cost paid
    ("Capital projects are screened with a shadow carbon price of USD 60 per tonne.", "I15.1"),
    # a review by the company's own staff is no third-party verification
    ("碳排放数据由财务部于每季度末进行复核。", "I12.5"),
    # a market's demand named as an opportunity is no operations measure
    ("Growing demand for chargers for electric vehicles is a climate-related opportunity for us.", "I08.4"),
]


@pytest.mark.parametrize(("text", "point"), NOT_FOUND)
def test_not_found(text: str, point: str) -> None:
    assert point not in points(text)


FOUND = [
    ("全年举办低碳工厂建设经验交流会，并向园区企业推广零碳工厂解决方案。", "I09.2"),
    ("Capital projects are screened with an internal carbon price of USD 60 per tonne.", "I07.3"),
    ("公司制定《温室气体排放管理办法》，明确各部门职责。", "I07.3"),
    ("年度碳排放数据经第三方机构复核。", "I12.5"),
]


@pytest.mark.parametrize(("text", "point"), FOUND)
def test_still_found(text: str, point: str) -> None:
    assert point in points(text)


FOUND_S8 = [
    ("報告期內，本集團並無發現任何嚴重違反有關廢氣排放及有害廢棄物處置的法律及規例。", "I01.3", 1),
    ("There were no significant breaches of environmental laws or regulations during the year.", "I01.3", 1),
    ("通过窑炉燃烧优化，吨产品天然气单耗同比下降9%。", "I03.3", 1),
    ("冷凝水回收改造后全年节约蒸汽1.6万吨。", "I03.4", 1),
    ("2023年公司采购再生铜杆8,400吨，占铜材用量的19%。", "I04.2", 1),
    ("冲压边角料全部回炉重熔。", "I04.3", 0.5),
    ("全年组织低碳生产专题培训6期，班组长以上管理人员共310人次参训。", "I10.1", 1),
    ("公司向主要纸箱供应商发放碳足迹调查表，收集其碳排放数据。", "I10.2", 1),
    ("我们为合作种植户提供测土配方施肥培训，引导农户减少化肥使用带来的碳排放。", "I10.2", 1),
    ("Factors for refrigerants follow the IPCC 2006 Guidelines.", "I12.3", 1),
    ("Heat recovery on the kilns and optimisation of the chiller plant cut electricity use by 7%.", "I08.3", 1),
]


@pytest.mark.parametrize(("text", "point", "rating"), FOUND_S8)
def test_session8_wordings(text: str, point: str, rating: float) -> None:
    assert points(text).get(point) == rating


def test_scrap_handed_to_a_recycler_is_no_recycled_input() -> None:
    assert "I04.2" not in points("废铝屑全部交由再生铝企业回收。")


def test_own_retrofit_savings_enable_nobody() -> None:
    assert "I09.3" not in points("两台窑炉完成余热回收改造，年节约天然气85万立方米，相当于减少二氧化碳排放约1,840吨。")
    assert "I09.3" not in points("The boiler retrofits saved 2.1 GWh, equivalent to reducing emissions by 1,200 tCO2e.")
    assert points("风电场全年上网电量4.2亿千瓦时，相当于减少二氧化碳排放约33万吨。").get("I09.3") == 1


def test_energy_rules_are_half_a_carbon_rule() -> None:
    assert points("各分公司执行《能源管理制度》，按季度开展能耗统计。").get("I07.3") == 0.5
