"""Session 28, lead: guide §14.2 (ETS compliance) and the offsets a sentence denies. "未使用国家核证自愿
减排量" beside a compliance figure vetoed the whole sentence's ETS point, because the denial of offsets
sat in `negated_cue`, which I14.1 and I12.5 also refuse; it now denies the offset points only
(`no_offsets_used`)."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize("text", [
    "2021年12月，公司按期完成2019—2020年度配额清缴，履约率100%，未使用国家核证自愿减排量。",
    "热电分公司完成2022年度配额清缴，履约率100%，本年度未购买CCER。",
    "熱電廠按期完成2023年度配額清繳，履約率100%，未使用核證自願減排量。",
])
def test_compliance_with_a_rate_is_not_denied_by_no_offsets(text: str) -> None:
    got = points(text)
    assert got.get("I14.1") == 1.0 and "I14.2" not in got, got


def test_compliance_in_words_is_a_mention() -> None:
    got = points("自备电厂纳入全国碳市场，已完成2021—2022年度配额清缴，未使用核证自愿减排量。")
    assert got.get("I14.1") == 0.5 and "I14.2" not in got, got


@pytest.mark.parametrize("text", [
    "公司未使用国家核证自愿减排量抵消排放。",
    "We did not use any CCERs in 2023.",
    "We do not rely on carbon offsets to meet our targets.",
    "公司不以购买碳信用替代实际减排。",
])
def test_offsets_denied_earn_no_offset_point(text: str) -> None:
    got = points(text)
    assert not {"I14.2", "I08.6"} & set(got), got


def test_a_sink_not_used_to_offset_is_no_offset() -> None:
    got = points("林场碳汇项目尚未开展核证，也不用于抵消集团的排放。")
    assert "I08.6" not in got and "I14.2" not in got, got


def test_an_unverified_figure_is_still_denied() -> None:
    """The verification denial stays in negated_cue: I12.5 and I14.1 keep refusing it."""
    got = points("上述排放数据未经第三方核查。")
    assert "I12.5" not in got, got


@pytest.mark.parametrize("text", [
    "Our Yanqing plant in the Beijing pilot ETS surrendered 41,260 allowances for 2023.",
    "In 2023 we surrendered 18,420 EU allowances for flights within the EEA.",
    "The refinery was allocated 1.2 million free allowances for 2023.",
    "公司燃机电厂获分配免费配额120万个，已全部清缴。",
    "2023年，热电公司清缴配额共计35.2万个。",
    "For 2023 the plant surrendered 2,022 allowances.",
])
def test_allowances_counted_are_a_figure_of_the_ets_duty(text: str) -> None:
    got = points(text)
    assert got.get("I14.1") == 1.0, got
    assert not {"I11.1", "I11.4"} & set(got), got


@pytest.mark.parametrize("text", [
    "The group opened 3 allowances trading accounts with the exchange.",
    "Our 11 plants are covered by the national ETS.",
    "Our two cement plants surrendered their 2022 allowances on time.",
])
def test_other_counts_near_allowances_are_no_figure(text: str) -> None:
    assert points(text).get("I14.1") == 0.5, points(text)


@pytest.mark.parametrize("text", [
    "註：溫室氣體按《溫室氣體核算體系》及聯交所《如何編備環境、社會及管治報告》附錄二計算；範圍二採用全國電網平均排放因子0.5703噸二氧化碳／兆瓦時。",
    "注：温室气体按《温室气体核算体系》计算，范围二采用区域电网平均排放因子。",
])
def test_a_note_computed_by_a_standard_is_no_mrv_process(text: str) -> None:
    """The post-merge audit's seed 2801: a calculation note is I12.x, not I13.1 (guide §13.1)."""
    got = points(text)
    assert got.get("I12.2") == 1.0 and "I13.1" not in got, got


@pytest.mark.parametrize(("text", "level"), [
    ("上述温室气体排放数据经独立第三方进行有限保证。", 1.0),
    ("數據經獨立第三方進行有限保證。", 0.5),
])
def test_assurance_named_by_its_level_is_verification(text: str, level: float) -> None:
    assert points(text).get("I12.5") == level, points(text)


@pytest.mark.parametrize("text", [
    "内部控制只能为实现上述目标提供合理保证。",
    "公司保证供电可靠率达到99.9%。",
])
def test_other_assurances_are_no_verification(text: str) -> None:
    assert "I12.5" not in points(text), points(text)


def test_own_waste_heat_power_converted_by_a_factor_stays_own_saving() -> None:
    got = points("余热发电量4.1亿千瓦时，按全国电网平均排放因子测算，相当于节约标准煤12.6万吨。")
    assert got.get("I03.4") == 1.0, got
