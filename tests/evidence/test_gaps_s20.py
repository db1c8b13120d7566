"""Known misses and misreads by kind (session 20, issue #12; docs/judging.md v1.4). Passages
written for these tests (invented companies and figures).

- Electrification promoted among customers ("…电能替代项目…可减少用户二氧化碳排放", "helped
  customers switch to electric boilers") is theirs: no own energy structure (I08.2) or retrofit
  (I08.3); the company switching its own boilers stays.
- A sum of savings or cuts ("合计年节能约3.6万吨标准煤", "a total of 9.4 GWh saved") is no total
  row of energy use under an energy heading (I03.1); a total of energy used still is.
- A waste-treatment business's throughput (kitchen waste treated, the oil extracted from it) is
  no own material (I04.2); a cement kiln's co-processed waste fuel is not caught by it.
- A list of safety hazards naming equipment ("焚烧炉及余热锅炉承压设备") is no retrofit (I08.3).
- Inefficient equipment replaced with the verb first ("更换高耗能配电变压器") and a plant's steam
  parameters raised ("中温次高压参数改造") are own retrofits (I08.3).
- A paragraph broken by a page break is joined onto the page where it starts
  (`ingest/page_breaks.py`).
"""

from __future__ import annotations

import re

import pytest
import yaml

from cnsr.assess.rate import rate_documents
from cnsr.evidence.lexicon import data_dir
from cnsr.ingest.document import Page, Passage, Table
from cnsr.ingest.page_breaks import join_page_break
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company
from evidence.tagged import pages_document, points, rated_points


@pytest.mark.parametrize("text", [
    "推广电锅炉、电窑炉、港口岸电等电能替代项目65个，替代电量2.4亿千瓦时，据测算可减少用户二氧化碳排放约14万吨。",
    "公司帮助工商业用户实施电能替代，全年完成项目40个，替代电量1.2亿千瓦时。",
    "公司积极引导居民用户开展电能替代，推广电采暖1.6万户。",
    "We helped 320 industrial customers switch from coal boilers to electric boilers, adding 0.9 TWh of "
    "electricity sales.",
    "Electrification projects we promoted cut our customers' CO2 emissions by 120,000 tonnes.",
])
def test_customers_electrification_is_not_own_energy_structure(text: str) -> None:
    got = points(text)
    assert "I08.2" not in got
    assert "I08.3" not in got


@pytest.mark.parametrize("text", [
    "公司实施电能替代，将厂区2台燃煤锅炉改为电锅炉，年减少燃煤1.2万吨。",
    "Our energy-efficiency retrofit replaced the gas boilers of two terminals with heat pumps in 2023.",
])
def test_own_electrification_stays(text: str) -> None:
    got = points(text)
    assert "I08.2" in got or "I08.3" in got


@pytest.mark.parametrize(("heading", "saving", "total"), [
    ("能源管理", "年内完成的节能项目包括：空压机群控改造、窑炉余热回收，合计年节能约2.4万吨标准煤。",
     "2023年各基地能源消耗合计86.3万吨标准煤。"),
    ("能源使用", "各工厂通过照明改造和变频改造，累计节约标准煤3,150吨，总计节电620万千瓦时。",
     "全年综合能源消费量合计41.8万吨标准煤。"),
    ("Energy", "Efficiency projects completed in 2023 saved a total of 9.4 GWh.",
     "In total the sites used 1,218,300 GJ of energy."),
])
def test_a_sum_of_savings_is_no_total_energy_use(
        m: LoadedMethodology, heading: str, saving: str, total: str) -> None:
    doc = pages_document([heading, saving])
    r = rate_documents([doc], Company(name="测试公司", year=2023), m)
    assert rated_points(r).get("I03.1", 0.0) == 0.0
    doc = pages_document([heading, saving, total])
    r = rate_documents([doc], Company(name="测试公司", year=2023), m)
    ev = [p for ind in r.indicators for p in ind.points if p.point == "I03.1"][0]
    assert ev.rating == 1.0
    assert ev.evidence[0].passage == total


@pytest.mark.parametrize("text", [
    "公司3个餐厨垃圾处理项目2023年处理餐厨垃圾52.6万吨，产生沼气4,100万立方米，提取粗油脂1.9万吨交由有资质企业制取生物柴油。",
    "全年接收厨余垃圾31万吨，分拣出的废塑料1.2万吨交由再生资源企业回收利用。",
    "Our kitchen-waste plants treated 410,000 tonnes of food waste and extracted 15,000 tonnes of crude "
    "oil for biodiesel makers.",
])
def test_a_waste_business_throughput_is_no_own_material(text: str) -> None:
    assert "I04.2" not in points(text)


def test_a_cement_kilns_waste_fuel_is_not_taken_for_throughput() -> None:
    concepts = yaml.safe_load((data_dir() / "zh.yaml").read_text(encoding="utf-8"))["concepts"]
    text = "宜川基地全年协同处置生活垃圾和废轮胎等替代燃料12.4万吨，燃料替代率达到11.2%。"
    assert not any(re.search(p, text) for p in concepts["waste_throughput"])
    assert any(re.search(p, "2023年处理餐厨垃圾52.6万吨") for p in concepts["waste_throughput"])


@pytest.mark.parametrize("text", [
    "垃圾焚烧发电厂的安全风险主要包括垃圾池有限空间作业、焚烧炉及余热锅炉承压设备以及吊车起重作业。",
    "生产作业危险源集中在余热锅炉、汽轮机和高压配电室。",
    "Operational hazards include confined spaces, the waste heat boilers as pressure equipment and "
    "lifting work.",
])
def test_a_list_of_safety_hazards_is_no_retrofit(text: str) -> None:
    assert "I08.3" not in points(text)


@pytest.mark.parametrize("text", [
    "公司完成2台机组余热锅炉改造，年节约标准煤4,600吨。",
    "降损方面，公司年内更换高耗能配电变压器860台，综合线损率由6.10%降至5.74%。",
    "2023年公司完成4个项目的中温次高压参数改造，吨垃圾上网电量提高到351千瓦时。",
    "公司淘汰老旧高耗能电机320台，年节电410万千瓦时。",
])
def test_own_retrofits(text: str) -> None:
    assert points(text).get("I08.3", 0.0) >= 0.5


# -- a paragraph broken by a page break -------------------------------------------------------

def _page(number: int, *texts: str | Table) -> Page:
    passages = []
    for i, item in enumerate(texts):
        if isinstance(item, Table):
            passages.append(Passage(page=number, index=i, text=item.as_text(), table=item,
                                    bbox=(50, 100 + 40 * i, 500, 130 + 40 * i)))
        else:
            passages.append(Passage(page=number, index=i, text=item,
                                    bbox=(50, 100 + 40 * i, 500, 130 + 40 * i)))
    return Page(number=number, text="\n".join(p.text for p in passages), passages=passages)


@pytest.mark.parametrize(("end", "start"), [
    ("公司2023年温室气体排放总量为48.2万吨二氧化碳当量，其中范围一排放31.6万吨；2022年排放总量为46.9",
     "万吨，2021年为44.1万吨。单位产品排放较上年下降3.2%。"),
    ("报告期内，公司新增屋顶分布式光伏装机容量12.4兆瓦，全年光伏发电量",
     "1,320万千瓦时，全部自发自用，可再生能源电力占比提升至8.6%。"),
    ("报告期内，公司对全部12个生产基地开展能源审计，识别出空压系统、照明和",
     "循环水泵等节能潜力点32项，已完成整改27项。"),
    ("In 2023 our Scope 1 emissions were 30,170 tCO2e, down 4% from the previous year, and our Scope 2",
     "emissions were 86,440 tCO2e on a market basis."),
])
def test_a_sentence_broken_by_a_page_break_is_joined(end: str, start: str) -> None:
    first = _page(5, "应对气候变化", end)
    second = _page(6, start, "减排行动", "公司完成了多项节能改造。")
    assert join_page_break(first, second)
    joined = first.passages[-1]
    assert joined.page == 5 and joined.index == 1
    assert joined.text.startswith(end) and joined.text.endswith(start)
    assert [p.text for p in second.passages] == ["减排行动", "公司完成了多项节能改造。"]
    assert [p.index for p in second.passages] == [0, 1]


@pytest.mark.parametrize(("end", "start"), [
    # the page ends a sentence
    ("公司2023年温室气体排放总量为48.2万吨二氧化碳当量，较上年下降2.8%。", "万吨级项目的建设进展顺利，预计2024年投运。"),
    # a heading ends the page, a paragraph opens the next one
    ("应对气候变化与能源管理", "公司2023年温室气体排放总量为48.2万吨二氧化碳当量，较上年下降2.8%。"),
    # the next page opens a heading, a list item or a caption
    ("报告期内，公司对全部12个生产基地开展能源审计，识别出空压系统、照明和", "节能降碳"),
    ("报告期内，公司对全部12个生产基地开展能源审计，识别出空压系统、照明和", "（一）能源管理体系，全部基地已通过认证。"),
    ("报告期内，公司对全部12个生产基地开展能源审计，识别出空压系统、照明和", "图2 2023年能源消费结构，单位：万吨标准煤"),
    ("We audited the energy use of every site, and found savings in compressed air, lighting and",
     "Energy management, certified to ISO 50001."),
    # a short last line: a tile or a label, no prose
    ("范围一排放：31.6", "万吨，2021年为44.1万吨。"),
])
def test_no_join_without_a_broken_sentence(end: str, start: str) -> None:
    first = _page(5, "应对气候变化", end)
    second = _page(6, start, "公司完成了多项节能改造。")
    assert not join_page_break(first, second)
    assert first.passages[-1].text == end
    assert second.passages[0].text == start


def test_tables_are_not_joined_across_a_break() -> None:
    table = Table(rows=[["指标", "2023年"], ["排放总量", "48.2"]])
    first = _page(5, "报告期内，公司对全部12个生产基地开展能源审计，识别出空压系统、照明和")
    second = _page(6, table, "公司完成了多项节能改造。")
    assert not join_page_break(first, second)
    first = _page(5, "应对气候变化", table)
    second = _page(6, "万吨，2021年为44.1万吨。单位产品排放较上年下降3.2%。")
    assert not join_page_break(first, second)


@pytest.mark.parametrize("text", [
    "门店餐厨垃圾全部交由当地政府指定的收运单位处理，废弃油脂交由有资质的单位回收制成生物柴油原料。",
    "车间产生的废切削液委托有资质的企业回收再生。",
    "Used cooking oil from our kitchens is handed over to licensed collectors to be made into biodiesel.",
])
def test_own_waste_handed_over_is_no_material(text: str) -> None:
    assert "I04.2" not in points(text)


@pytest.mark.parametrize("text", [
    "外卖包装全部更换为可降解材料，停用一次性塑料吸管。",
    "公司使用再生塑料制成包装，2023年使用再生料1,200吨。",
])
def test_own_materials_stay(text: str) -> None:
    assert points(text).get("I04.2") == 1.0


def test_biogas_of_treated_kitchen_waste_is_no_own_energy_use() -> None:
    text = ("公司3个餐厨垃圾处理项目2023年处理餐厨垃圾52.6万吨，产生沼气4,100万立方米，全部送入焚烧厂掺烧或提纯为"
            "生物天然气。")
    assert "I03.2" not in points(text)
