"""Tests for cnsr.evidence.quantities (with units.py and numbers.py).

Speed (CPU time of one core, Python 3.11, measured on the shared 2-core build machine while
other jobs were running; MB = UTF-8 bytes of text):

- narrative report text, passage by passage: 17–19 MB/s, ~1.6 numbers per KB. Measured by
  calling extract_quantities on every non-empty line of the Chinese carbon-neutrality report
  in /work/shared/seed (78 KB, repeated 20 times) and dividing its UTF-8 bytes by
  time.process_time().
- KPI-dense passages (every passage a disclosure sentence or table row full of figures,
  ~17 numbers per KB: the corpus `test_speed` builds and prints with
  `.venv/bin/pytest tests/evidence/test_quantities.py -k speed -s`): 2.7–3.4 MB/s, about
  15–20 µs per number found.

So the 5 MB/s target holds for running text but not for pages that are nothing but figures;
either way it is several times faster than pypdfium2 reads the text (~113 pages/s).
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnsr.errors import InputError
from cnsr.evidence.numbers import normalize, parse_chinese
from cnsr.evidence.quantities import (
    Quantity,
    Series,
    extract_quantities,
    extract_years,
    series_in_text,
    to_unit,
)
from cnsr.evidence.series import direction, extract_series, relative_change


def only(text: str) -> Quantity:
    """The single quantity with a unit in `text`."""
    qs = extract_quantities(text, bare=False)
    assert len(qs) == 1, qs
    return qs[0]


def units_of(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.raw, q.value, q.unit) for q in extract_quantities(text, bare=False)]


# --- values and units --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "raw", "value", "unit", "dimension"), [
    ("2023年公司温室气体排放总量为52万吨二氧化碳当量。", "52万吨二氧化碳当量", 520_000, "tCO2e",
     "emissions"),
    ("范围二排放量达到3,456.7 tCO₂e，主要来自外购电力。", "3,456.7 tCO₂e", 3456.7, "tCO2e",
     "emissions"),
    ("全年光伏发电量1.2亿千瓦时。", "1.2亿千瓦时", 120_000_000, "kWh", "electricity"),
    ("外购电力消耗为86,500 MWh", "86,500 MWh", 86_500_000, "kWh", "electricity"),
    ("新能源发电量约为3.2GWh", "3.2GWh", 3_200_000, "kWh", "electricity"),
    ("节约用电450万千瓦时", "450万千瓦时", 4_500_000, "kWh", "electricity"),
    ("年节电1.2亿度", "1.2亿度", 120_000_000, "kWh", "electricity"),
    ("综合能源消费量为18.6万吨标准煤", "18.6万吨标准煤", 186_000, "tce", "energy"),
    ("能源消耗总量 532,100 吨标煤", "532,100 吨标煤", 532_100, "tce", "energy"),
    ("蒸汽消耗折合 12,345 GJ", "12,345 GJ", 12_345, "GJ", "energy"),
    ("天然气热值合计2.5 TJ", "2.5 TJ", 2_500, "GJ", "energy"),
    ("Waste generated reached 3.5 Mt", "3.5 Mt", 3_500_000, "t", "mass"),
    ("新增光伏装机容量120万千瓦", "120万千瓦", 1_200_000, "kW", "power"),
    ("installed 1.5 GW of wind capacity", "1.5 GW", 1_500_000, "kW", "power"),
    ("循环水用量12.5万立方米", "12.5万立方米", 125_000, "m3", "volume"),
    ("天然气消耗3,456万方", "3,456万方", 34_560_000, "m3", "volume"),
    ("water withdrawal of 1,250 m³", "1,250 m³", 1_250, "m3", "volume"),
    ("累计植树造林3000亩", "3000亩", 3_000, "mu", "area"),
    ("屋顶光伏面积2.4万平方米", "2.4万平方米", 24_000, "m2", "area"),
    ("投入环保资金人民币3.2亿元", "3.2亿元", 320_000_000, "CNY", "money"),
    ("绿色信贷余额1,234.56万元", "1,234.56万元", 12_345_600, "CNY", "money"),
    ("可再生能源占比为35.6%", "35.6%", 35.6, "%", "ratio"),
    ("单位产品能耗同比下降１２.５％", "１２.５％", 12.5, "%", "ratio"),
    ("上升了1.8个百分点", "1.8个百分点", 1.8, "pp", "ratio"),
    ("千分之五的泄漏率", "千分之五", 0.5, "%", "ratio"),
    ("甲烷逃逸率为3‰", "3‰", 0.3, "%", "ratio"),
    ("碳排放强度为0.35吨二氧化碳当量/万元营业收入", "0.35吨二氧化碳当量/万元营业收入", 0.35,
     "tCO2e/万元", "intensity"),
    ("单位产值能耗0.45吨标准煤/万元产值", "0.45吨标准煤/万元产值", 0.45, "tce/万元",
     "intensity"),
    ("供电煤耗305.5克标准煤/千瓦时", "305.5克标准煤/千瓦时", 305.5, "gce/kWh", "intensity"),
    ("供电煤耗 298 gce/kWh", "298 gce/kWh", 298, "gce/kWh", "intensity"),
    ("the grid factor of 0.5703 tCO2/MWh", "0.5703 tCO2/MWh", 0.5703, "kgCO2/kWh",
     "intensity"),
    ("吨钢综合能耗560千克标准煤/吨钢", "560千克标准煤/吨钢", 560, "kgce/t", "intensity"),
    ("全国碳市场收盘价79.42元/吨", "79.42元/吨", 79.42, "CNY/t", "price"),
    ("项目建设期三年", "三年", 3, "year", "duration"),
])
def test_values_units_and_dimensions(text: str, raw: str, value: float, unit: str,
                                     dimension: str) -> None:
    q = only(text)
    assert (q.raw, q.unit, q.dimension) == (raw, unit, dimension)
    assert q.value == pytest.approx(value, rel=1e-12)
    assert text[q.start:q.end] == q.raw


def test_english_multipliers_and_currency_prefixes() -> None:
    text = ("Scope 3 emissions totalled 1.2 million tonnes CO2e; green bonds of RMB 5.2 billion "
            "and US$ 300 mn were issued, plus HK$1.5bn.")
    assert units_of(text) == [
        ("1.2 million tonnes CO2e", 1_200_000, "tCO2e"),
        ("5.2 billion", 5_200_000_000, "CNY"),
        ("300 mn", 300_000_000, "USD"),
        ("1.5bn", 1_500_000_000, "HKD"),
    ]


def test_kt_is_kilotonnes_not_knots() -> None:
    q = only("Scope 1 emissions: 45.2 ktCO2e")
    assert (q.value, q.unit) == (45_200, "tCO2e")
    q = only("waste of 3 kt")
    assert (q.value, q.unit) == (3_000, "t")
    assert to_unit(q, "kt") == 3


def test_multipliers_never_leave_float_noise() -> None:
    assert only("发电量1.1亿千瓦时").value == 110_000_000
    assert only("排放0.07万吨二氧化碳").value == 700
    assert only("3.3万吨标准煤").value == 33_000


def test_thousands_separators_ascii_and_fullwidth() -> None:
    assert only("排放总量1,234,567吨二氧化碳当量").value == 1_234_567
    assert only("排放总量1，234.5吨").value == 1234.5  # a fraction: one number
    assert only("排放总量1，234，567吨").value == 1_234_567  # two groups: one number
    assert only("排放总量1，234吨").value == 1234  # a unit right after: one number
    # a full-width comma between numbers in a list separates clauses
    qs = extract_quantities("三个厂区分别为120，115和108吨")
    assert [(q.value, q.unit) for q in qs] == [(120, "t"), (115, "t"), (108, "t")]


def test_negative_numbers_and_signs() -> None:
    assert [q.value for q in extract_quantities("同比变化：−5.2%，－3%，+2.1%，-0.5%")] == [
        -5.2, -3, 2.1, -0.5]


def test_fullwidth_digits_subscripts_and_kangxi_radicals() -> None:
    # ⽓ is the Kangxi radical U+2F53 some PDFs emit for 气
    text = "温室\u2f53体排放总量为１２３，４５６吨ＣＯ₂ｅ"
    q = only(text)
    assert (q.value, q.unit, q.raw) == (123_456, "tCO2e", "１２３，４５６吨ＣＯ₂ｅ")
    assert normalize(text) != text and len(normalize(text)) == len(text)


# --- ranges and qualifiers ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("力争到2030年降低3-5%", 3, 5, "%"),
    ("每年减排3至5万吨二氧化碳", 30_000, 50_000, "tCO2"),
    ("reduce intensity by 10%–15% by 2030", 10, 15, "%"),
    ("项目年发电量2000-3000万千瓦时", 20_000_000, 30_000_000, "kWh"),
    ("目标区间为3%~5%", 3, 5, "%"),
])
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.high, q.unit, q.is_range) == (low, high, unit, True)


def test_a_decrease_is_not_a_range() -> None:
    qs = extract_quantities("排放量由120万吨降至108万吨")
    assert [(q.value, q.high) for q in qs] == [(1_200_000, None), (1_080_000, None)]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("年减排约5.2万吨", "approx"),
    ("累计减排超过120万吨", "at_least"),
    ("植树造林3000余亩", "at_least"),
    ("节约用水1.2万多吨", "at_least"),
    ("可再生能源占比30%以上", "at_least"),
    ("碳排放强度下降18%左右", "approx"),
    ("能耗不超过5万吨标准煤", "at_most"),
    ("emissions of approximately 12,000 tCO2e", "approx"),
    ("more than 35% renewable electricity", "at_least"),
    ("cut emissions by up to 40%", "at_most"),
    ("a turnover 5 t rise", None),  # "over" inside "turnover" is not a qualifier
    ("排放量为52万吨", None),
])
def test_qualifiers(text: str, qualifier: str | None) -> None:
    assert only(text).qualifier == qualifier


# --- Chinese numerals -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("力争三年内实现", 3, "year"),
    ("减排比例达百分之三十", 30, "%"),
    ("比例为百分之三点五", 3.5, "%"),
    ("年处理一千二百万吨", 12_000_000, "t"),
    ("年发电十二亿千瓦时", 1_200_000_000, "kWh"),
    ("节电三点五万千瓦时", 35_000, "kWh"),
    ("可再生能源占七成", 70, "%"),
    ("提高两个百分点", 2, "pp"),
    ("持续十个月", 10, "month"),
])
def test_chinese_numerals(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("numeral", "value"), [
    ("三", 3), ("十", 10), ("十二", 12), ("二十三", 23), ("一百零五", 105), ("两千", 2000),
    ("一千二百万", 12_000_000), ("一亿二千万", 120_000_000), ("十二亿", 1_200_000_000),
    ("一万亿", 10**12), ("二〇二三", 2023), ("二零六零", 2060), ("三点五", Decimal("3.5")),
    ("壹佰贰拾", 120),
])
def test_parse_chinese(numeral: str, value: int | Decimal) -> None:
    assert parse_chinese(numeral) == value


def test_chinese_numerals_without_a_unit_are_not_quantities() -> None:
    text = "第三章 统一管理一次能源，落实十四五规划，第一年开展三项行动"
    assert extract_quantities(text) == []


# --- things that are not quantities ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "公司股票代码：601991，证券简称：大唐发电",
    "Stock code: 00700",
    "A股代码601991.SH，H股代码00991.HK",
    "本报告依据GB/T 32150-2015《工业企业温室气体排放核算和报告通则》编制",
    "通过ISO 14001:2015、ISO 14064-1:2018及ISO 50001认证",
    "参照GRI 305-1、SDG 13及HJ 1172-2021",
    "联系电话：010-88008800，传真：(021) 12345678，手机 13812345678",
    "Tel: +86 10 8800 8800, hotline 400-123-4567",
    "详见第12页、表3及图5",
    "see page 12, p. 15, Section 3.2, No. 5 and Table 3",
    "（1）加强能源管理；1、建立碳管理体系",
    "1.2.3 碳排放核算边界",
    "发布日期：2024年3月31日，报告期2023-01-01至2023-12-31，更新于10:30",
    "PM2.5、SF6、N2O、CO2、5G基站、R22制冷剂",
    "- 12 -",
])
def test_not_quantities(text: str) -> None:
    assert extract_quantities(text) == [], extract_quantities(text)


def test_scope_numbers_are_not_quantities_but_their_values_are() -> None:
    text = "Scope 1 and 2 emissions: 1,234 t；范围1和范围2排放量分别为12.3万吨和45.6万吨"
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [
        (1234, "tCO2e"), (123_000, "tCO2e"), (456_000, "tCO2e")]


def test_headings_and_list_markers_at_line_start() -> None:
    text = "1.2 碳排放管理\n3. 能源管理\n（2）节能减排成效显著，节约标准煤2.3万吨"
    assert units_of(text) == [("2.3万吨", 23_000, "tce")]
    assert [q.raw for q in extract_quantities(text)] == ["2.3万吨"]


# --- years ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "years"), [
    ("2023年，公司持续推进节能降碳", [2023]),
    ("二〇二三年度环境、社会及治理报告", [2023]),
    ("力争2030年前碳达峰、2060年前碳中和", [2030, 2060]),
    ("FY2023 emissions fell; FY22 was a record year", [2023, 2022]),
    ("2021-2023年累计减排", [2021, 2023]),
    ("2021—2025年规划期", [2021, 2025]),
    ("in 2023, compared with 2019", [2023, 2019]),
    ("截至2023年12月31日", [2023]),
    ("公司成立于1985年", []),  # outside YEAR_MIN..YEAR_MAX
    ("依据GB/T 32150-2015及ISO 14064-1:2018", []),
    ("员工2000名", []),
])
def test_extract_years(text: str, years: list[int]) -> None:
    assert extract_years(text) == years


def test_extract_years_expands_ranges_on_request() -> None:
    assert extract_years("2021-2023年", expand_ranges=True) == [2021, 2022, 2023]


def test_years_are_not_quantities_but_a_number_with_a_unit_is() -> None:
    assert extract_quantities("2060年前实现碳中和，2023年度报告") == []
    assert only("2030吨").value == 2030
    assert extract_quantities("in 2023 the company") == []


def test_year_attached_from_the_sentence_and_base_year() -> None:
    text = "2023年，公司二氧化碳排放总量为52万吨，较2022年下降5.2%。2024年目标为50万吨。"
    a, b, c = extract_quantities(text)
    assert (a.value, a.unit, a.year, a.base_year) == (520_000, "tCO2", 2023, None)
    assert (b.value, b.unit, b.year, b.base_year) == (5.2, "%", 2023, 2022)
    assert (c.value, c.year) == (500_000, 2024)


def test_year_and_base_year_after_the_number_in_english() -> None:
    text = "Scope 1 emissions were 3.5 Mt CO2e in FY2023, about 12% lower than 2020 levels."
    a, b = extract_quantities(text)
    assert (a.value, a.unit, a.year) == (3_500_000, "tCO2e", 2023)
    assert (b.value, b.qualifier, b.year, b.base_year) == (12, "approx", 2023, 2020)


def test_the_amount_of_a_comparison_year_is_that_years_figure() -> None:
    # "较2022年的…": the figure is 2022's; "较2022年下降" still compares with 2022
    a, b, c = extract_quantities("2023年综合能源消费量为18.4万吨标准煤，较2022年的19.2万吨标准煤"
                                 "下降4.2%。")
    assert (a.year, a.base_year) == (2023, None)
    assert (b.value, b.year, b.base_year) == (192_000, 2022, None)
    assert (c.value, c.year, c.base_year) == (4.2, 2023, 2022)


def test_respectively_pairs_years_when_only_the_last_figure_names_co2() -> None:
    a, b = extract_quantities("2023年与2022年，公司范围一排放量分别为8.15万吨和8.62万吨二氧化碳当量。")
    assert (a.value, a.year) == (81_500, 2023)
    assert (b.value, b.year) == (86_200, 2022)


def test_a_year_labelling_the_next_figure_is_not_the_previous_ones() -> None:
    a, b = extract_quantities("年内用水总量约为63.5万立方米（2022年：66.1万立方米）。")
    assert (a.value, a.year) == (635_000, None)
    assert (b.value, b.year) == (661_000, 2022)


def test_target_sentence_years() -> None:
    text = "以2020年为基准年，到2030年单位产值碳排放强度下降30%。"
    q = only(text)
    assert (q.value, q.year, q.base_year) == (30, 2030, 2020)


def test_year_does_not_cross_sentences() -> None:
    qs = extract_quantities("2022年排放52万吨。公司另有减排量3万吨。")
    assert [q.year for q in qs] == [2022, None]


# --- context and lists ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit", "dimension"), [
    ("二氧化碳排放总量为52万吨", "tCO2", "emissions"),
    ("温室气体排放量：12,000吨", "tCO2e", "emissions"),
    ("Scope 1 emissions were 5,000 tonnes", "tCO2e", "emissions"),
    ("全年综合能耗12.3万吨", "tce", "energy"),
    ("节约标准煤3.5万吨", "tce", "energy"),
    ("废水排放量120万吨", "t", "mass"),
    ("二氧化硫排放5.2吨", "t", "mass"),
    ("减少二氧化碳排放52万吨，回收废钢10万吨", "t", "mass"),  # the last clause decides
    ("年产水泥300万吨", "t", "mass"),
])
def test_plain_tonnes_read_from_context(text: str, unit: str, dimension: str) -> None:
    q = extract_quantities(text, bare=False)[-1]
    assert (q.unit, q.dimension) == (unit, dimension)
    assert q.unit_inferred is (unit != "t")


def test_unit_spreads_over_a_list() -> None:
    qs = extract_quantities("三家电厂排放量分别为1.2、1.5和2万吨二氧化碳当量")
    assert [(q.value, q.unit, q.unit_inferred) for q in qs] == [
        (12_000, "tCO2e", True), (15_000, "tCO2e", True), (20_000, "tCO2e", False)]
    qs = extract_quantities("energy use was 120, 115 and 108 GWh")
    assert [q.value for q in qs] == [120e6, 115e6, 108e6]


def test_annual_rates() -> None:
    a, b, c = extract_quantities("产能50万吨/年，年减排5,000 tCO2e per year，节约10 t/a")
    assert (a.value, a.unit, a.annual) == (500_000, "t", True)
    assert (b.value, b.unit, b.annual) == (5_000, "tCO2e", True)
    assert c.annual


@given(st.text(alphabet="0123456789,.，、 万亿吨%年二〇三十百千-—至第表ISO/T:tCO2eMWh元\n。",
               max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_consistent_offsets(text: str) -> None:
    for q in extract_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.raw
        assert (q.unit is None) == (q.dimension is None)
    extract_years(text)
    series_in_text(text)


# --- property tests: formatting and reading back --------------------------------------------

@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_separated_integers_read_back(n: int) -> None:
    q = only(f"排放量为{n:,}吨二氧化碳当量")
    assert (q.value, q.unit) == (n, "tCO2e")


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False,
                   allow_infinity=False))
def test_wan_and_yi_multipliers_read_back(d: Decimal) -> None:
    assert only(f"减排{d}万吨二氧化碳").value == float(d * 10_000)
    assert only(f"发电{d}亿千瓦时").value == float(d * 100_000_000)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_separated_decimals_with_wan_read_back(whole: int, cents: int) -> None:
    text = f"营业收入{whole:,}.{cents:02d}万元"
    assert only(text).value == float(Decimal(f"{whole}.{cents:02d}") * 10_000)


_FULLWIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=9))
def test_fullwidth_numbers_read_like_ascii(whole: int, tenth: int) -> None:
    ascii_text = f"占比{whole:,}.{tenth}%"
    assert only(ascii_text.translate(_FULLWIDTH)).value == only(ascii_text).value


def _chinese(n: int) -> str:
    """Write 1 ≤ n < 10^12 as a Chinese numeral (the test's own writer)."""
    digits = "零一二三四五六七八九"

    def below_10000(x: int) -> str:
        out, zero = "", False
        for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // value % 10
            if d:
                out += ("零" if zero and out else "") + digits[d] + name
                zero = False
            elif out:
                zero = True
        return out

    parts: list[str] = []
    for big, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = n // big % 10_000
        if chunk:
            text = below_10000(chunk)
            if parts and chunk < 1000:
                text = "零" + text
            parts.append(text + name)
    return "".join(parts)


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_read_back(n: int) -> None:
    assert parse_chinese(_chinese(n)) == n
    q = only(f"年处理{_chinese(n)}吨")
    assert q.value == n


@given(st.integers(min_value=1990, max_value=2100))
def test_every_year_reads_as_a_year(year: int) -> None:
    text = f"{year}年公司持续推进减排"
    assert extract_years(text) == [year]
    assert extract_quantities(text) == []


# --- conversion -----------------------------------------------------------------------------

def test_to_unit_conversions() -> None:
    coal = only("节约标准煤3.5万吨标准煤")
    assert to_unit(coal, "GJ") == pytest.approx(35_000 * 29.3076)
    assert to_unit(coal, "万吨标准煤") == 3.5
    assert to_unit(coal, "吨标煤") == 35_000
    assert to_unit(coal, "kgce") == 35_000_000
    power = only("发电量1.2亿千瓦时")
    assert to_unit(power, "万千瓦时") == 12_000
    assert to_unit(power, "MWh") == 120_000
    assert to_unit(power, "GWh") == 120
    assert to_unit(power, "GJ") == pytest.approx(432_000)
    assert to_unit(only("节电1万千瓦时"), "MWh") == 10
    ghg = only("排放52万吨二氧化碳当量")
    assert to_unit(ghg, "ktCO2e") == 520
    assert to_unit(ghg, "万吨二氧化碳当量") == 52
    assert to_unit(only("排放52万吨二氧化碳"), "tCO2e") == 520_000  # GWP of CO2 is 1
    assert to_unit(only("植树造林15亩"), "m2") == pytest.approx(10_000)
    assert to_unit(only("供电煤耗305.5克标准煤/千瓦时"), "tce/MWh") == pytest.approx(0.3055)
    assert to_unit(only("强度0.52吨二氧化碳当量/万元"), "kgCO2e/元") == pytest.approx(0.052)
    assert to_unit(only("占比35%"), "dimensionless") == pytest.approx(0.35)


@pytest.mark.parametrize(("text", "unit", "message"), [
    ("排放52万吨二氧化碳当量", "t", "cannot convert tCO2e (emissions) to 't' (mass)"),
    ("发电量1.2亿千瓦时", "tCO2e", "cannot convert kWh"),
    ("排放52万吨二氧化碳当量", "furlong", "unknown unit 'furlong'"),
    ("排放52万吨二氧化碳当量", "t//", "unknown unit 't//'"),
    ("投入3亿元", "USD", "cannot convert CNY"),
])
def test_to_unit_errors(text: str, unit: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        to_unit(only(text), unit)


def test_to_unit_needs_a_unit() -> None:
    bare = extract_quantities("共计120")[0]
    with pytest.raises(InputError, match="has no unit"):
        to_unit(bare, "t")


# --- series ---------------------------------------------------------------------------------

def test_series_years_across_the_header() -> None:
    rows = [
        ["指标", "2021年", "2022年", "2023年"],
        ["二氧化碳排放总量（万吨）", "1,234.5", "1,198.0", "1,150.2"],
        ["综合能耗（万吨标准煤）", "560", "548", "530"],
        ["可再生能源占比", "12.5%", "15.0%", "18.2%"],
        ["碳排放强度(吨二氧化碳当量/万元)", "0.52", "0.49", "—"],
        ["备注", "—", "—", "—"],
    ]
    s = extract_series(rows)
    assert [x.label for x in s] == ["二氧化碳排放总量", "综合能耗", "可再生能源占比", "碳排放强度"]
    assert s[0] == Series("二氧化碳排放总量", "tCO2", "emissions",
                          [(2021, 12_345_000.0), (2022, 11_980_000.0), (2023, 11_502_000.0)],
                          raw_unit="万吨")
    assert (s[1].unit, s[1].points[-1]) == ("tce", (2023, 5_300_000.0))
    assert (s[2].unit, s[2].points) == ("%", [(2021, 12.5), (2022, 15.0), (2023, 18.2)])
    assert (s[3].unit, s[3].points) == ("tCO2e/万元", [(2021, 0.52), (2022, 0.49)])


def test_series_years_down_the_first_column() -> None:
    rows = [
        ["年份", "范围一排放 (tCO2e)", "Scope 2 electricity (MWh)", "用水量"],
        ["2021", "12,000", "3,400", "100万吨"],
        ["2022", "11,500", "3,500", "98万吨"],
        ["2023", "11,000", "3,500", "95万吨"],
    ]
    scope1, scope2, water = extract_series(rows)
    assert (scope1.label, scope1.unit, scope1.points) == (
        "范围一排放", "tCO2e", [(2021, 12_000.0), (2022, 11_500.0), (2023, 11_000.0)])
    assert (scope2.unit, scope2.points[0]) == ("kWh", (2021, 3_400_000.0))
    assert (water.unit, water.points[-1]) == ("t", (2023, 950_000.0))


def test_series_with_a_unit_column_and_fiscal_years() -> None:
    rows = [
        ["类别", "指标", "单位", "FY2022", "FY2023", "2030年目标"],
        ["排放", "范围1排放", "万吨二氧化碳当量", "45.6", "40.1", "30"],
        ["能源", "外购电力", "MWh", "1,200", "1,100", ""],
    ]
    s1, s2 = extract_series(rows)
    assert s1 == Series("范围1排放", "tCO2e", "emissions", [(2022, 456_000.0), (2023, 401_000.0)],
                        raw_unit="万吨二氧化碳当量")
    assert (s2.label, s2.unit, s2.points) == ("外购电力", "kWh",
                                             [(2022, 1_200_000.0), (2023, 1_100_000.0)])


def test_series_unit_in_the_corner_cell() -> None:
    rows = [["单位：万吨标准煤", "2022年", "2023年"],
            ["煤炭", "12.1", "11.4"],
            ["天然气", "3.2", "3.6"]]
    coal, gas = extract_series(rows)
    assert (coal.unit, coal.points) == ("tce", [(2022, 121_000.0), (2023, 114_000.0)])
    assert direction(gas) == "up"


def test_no_series_without_years_or_values() -> None:
    assert extract_series([]) == []
    assert extract_series([["指标", "数值"], ["排放", "12"]]) == []
    assert extract_series([["指标", "2023年"], ["排放", "12"]]) == []  # one year only


def test_series_in_text_chinese_range() -> None:
    (s,) = series_in_text("2021—2023年，公司温室气体排放总量分别为120、115和108万吨。")
    assert s == Series("温室气体排放总量", "tCO2e", "emissions",
                       [(2021, 1_200_000.0), (2022, 1_150_000.0), (2023, 1_080_000.0)],
                       raw_unit="万吨")


def test_series_in_text_chinese_year_list() -> None:
    (s,) = series_in_text("公司2022年、2023年综合能耗分别为12.5万吨标准煤和11.8万吨标准煤")
    assert (s.label, s.unit, s.points) == ("综合能耗", "tce",
                                          [(2022, 125_000.0), (2023, 118_000.0)])


def test_series_in_text_english_respectively() -> None:
    text = "Scope 1 emissions were 120, 115 and 108 ktCO2e in 2021, 2022 and 2023 respectively."
    (s,) = series_in_text(text)
    assert (s.label, s.unit) == ("Scope 1 emissions", "tCO2e")
    assert s.points == [(2021, 120_000.0), (2022, 115_000.0), (2023, 108_000.0)]
    assert [q.year for q in extract_quantities(text)] == [2021, 2022, 2023]


def test_series_in_text_needs_matching_counts() -> None:
    assert series_in_text("2022年、2023年排放量分别为120万吨") == []
    assert series_in_text("2023年排放量为120万吨") == []


# --- trends ---------------------------------------------------------------------------------

def _series(*values: float) -> Series:
    return Series("x", "t", "mass", [(2020 + i, v) for i, v in enumerate(values)])


def test_direction_and_relative_change() -> None:
    assert direction(_series(120, 115, 108)) == "down"
    assert relative_change(_series(120, 115, 108)) == pytest.approx(-0.1)
    assert direction(_series(100, 130)) == "up"
    assert direction(_series(100, 100.5)) == "flat"
    assert direction(_series(100, 100.5), tolerance=0.001) == "up"
    assert relative_change(_series(0, 5)) is None
    assert direction(_series(0, 5)) == "up"
    assert direction(_series(0, 0)) == "flat"
    unordered = Series("x", "t", "mass", [(2023, 80.0), (2021, 100.0)])
    assert direction(unordered) == "down"


def test_direction_needs_two_points() -> None:
    with pytest.raises(InputError, match="a trend needs two"):
        direction(_series(5))


# --- speed ----------------------------------------------------------------------------------

_KPI_SENTENCES = [
    "2023年，公司温室气体排放总量为52.3万吨二氧化碳当量，较2022年下降5.2%。",
    "范围1排放12.3万吨，范围2排放40.0万吨，单位营业收入碳排放强度0.35吨二氧化碳当量/万元。",
    "全年综合能耗18.6万吨标准煤，光伏发电量1.2亿千瓦时，节约标准煤约3.5万吨。",
    "到2030年，单位产值能耗较2020年下降18%，2060年前实现碳中和；近三年累计投入人民币12亿元。",
    "二氧化碳排放总量（万吨） | 1,234.5 | 1,198.0 | 1,150.2",
    "In FY2023, Scope 1 and 2 emissions were 1.2 million tCO2e, 12% below the 2019 baseline.",
    "本报告依据GB/T 32150-2015及ISO 14064-1:2018编制，股票代码601991.SH。",
    "公司坚持绿色发展理念，持续完善环境管理体系，推动生产经营全过程的节能降碳与资源循环利用，"
    "积极参与全国碳排放权交易市场建设，并开展员工低碳培训与社区环保公益活动。",
]


def test_speed(capsys: pytest.CaptureFixture[str]) -> None:
    passages = [_KPI_SENTENCES[i % len(_KPI_SENTENCES)] for i in range(4000)]
    size = sum(len(p.encode()) for p in passages)
    t0 = time.process_time()  # CPU time: steadier than wall time on a shared machine
    found = sum(len(extract_quantities(p)) for p in passages)
    seconds = time.process_time() - t0
    rate = size / 1e6 / seconds
    with capsys.disabled():
        print(f"\nquantities: {size / 1e6:.2f} MB of KPI-dense passages, {found} numbers, "
              f"{rate:.1f} MB/s")
    assert rate > 0.3  # a generous floor: this catches an accidental quadratic, not noise


def test_quantities_in_sentence_matches_whole_text() -> None:
    """The reader reads only the sentences with a quantitative cue; after 。!?; a sentence
    read alone gives exactly what the whole passage gives for it."""
    from cnsr.evidence.normalize import normalize, sentence_spans
    from cnsr.evidence.quantities import extract_quantities, quantities_in_sentence

    text = normalize("2023年公司温室气体排放量为52万吨二氧化碳当量，较2020年下降12%。"
                     "约3.5万吨标准煤；范围一、二排放分别为120、115和108万吨!"
                     "依据ISO 14001认证。2021—2023年用水量分别为1.2、1.1和0.9万立方米。")
    whole = extract_quantities(text)
    for a, b in sentence_spans(text):
        if a == 0 or text[a - 1] in "。!?;":
            assert quantities_in_sentence(text, a, b) == [x for x in whole if a <= x.start < b]


def test_freight_turnover_is_not_a_mass() -> None:
    """吨公里 (tonne-kilometres) is transport work: 1,286亿吨公里 is not 1,286亿 t, and
    8.7克/吨公里 is an intensity per tonne-kilometre, not grams per tonne."""
    from cnsr.evidence.quantities import extract_quantities

    turnover = extract_quantities("全年完成货物周转量1,286亿吨公里，同比增长4.2%。")[0]
    assert (turnover.unit, turnover.dimension) == ("tkm", "transport")
    intensity = extract_quantities("单位周转量二氧化碳排放8.7克/吨公里。")[0]
    assert intensity.dimension == "intensity" and intensity.unit.endswith("/tkm")
    en = extract_quantities("Fleet carbon intensity was 6.1 gCO2 per tonne-km in 2023.")[0]
    assert en.unit == "tCO2/tkm"


def test_a_shareholding_after_a_subsidiary_is_not_a_share() -> None:
    from cnsr.evidence.quantities import extract_quantities

    assert extract_quantities("控股的风电子公司（69%）全年发电量18.2亿千瓦时。")[0].dimension \
        == "electricity"
    assert [q.raw for q in extract_quantities("新能源公司（持股51%）")] == []
    assert [q.raw for q in extract_quantities("可再生能源发电量占比达到36.5%。")] == ["36.5%"]


def test_hectolitres_of_beverage_make_volumes_and_intensities() -> None:
    # brewers and beverage makers state volumes and intensities per hectolitre (session 6)
    q = only("energy use of 38.7 kWh/hl")
    assert q.dimension == "intensity"
    q = only("全年啤酒产量612万百升")
    assert (q.dimension, q.value) == ("volume", pytest.approx(612_000))


@pytest.mark.parametrize(("text", "unit", "value"), [
    # English-language reports state intensities per million of their currency
    ("3.2 tCO2e per RMB million of revenue", "tCO2e/万元", 0.032),
    ("14.6 tCO2e/RMB million", "tCO2e/万元", 0.146),
    ("0.85 tCO2e/HK$ million revenue", "tCO2e/HK$ million", 0.85),
    ("0.85吨二氧化碳当量/百万港元收入", "tCO2e/HK$ million", 0.85),
    ("41.7 tCO2e per US$ million", "tCO2e/US$ million", 41.7),
])
def test_intensities_per_million_of_a_currency(text: str, unit: str, value: float) -> None:
    [x] = extract_quantities(text)
    assert (x.dimension, x.unit) == ("intensity", unit) and x.value == pytest.approx(value)
