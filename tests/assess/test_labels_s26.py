"""Session 26, label sweeps by the guide (docs/judging.md 1.6 §13): the borders the labels were
swept to, as the reader reads single passages. Sentences written for these tests.

- §13.7: a statement that the report is published in English, or its English edition or
  appendix, is the "English report" the method counts as international voice: I10.3 at 0.5; a
  product document in two languages is not.
- §13.1: an own GHG inventory carried out is an I13.1 mention; one planned or under way is not.
- §13.2: energy or emission data asked of suppliers is I10.2.
"""

from __future__ import annotations

import pytest

from evidence.tagged import points_of


@pytest.mark.parametrize(("text", "expected"), [
    # the report in English: a mention of international voice
    ("本报告以中、英文两种文字发布，如两种文本有不一致之处，以中文版本为准。", {"I10.3": 0.5}),
    ("本報告以繁體中文及英文刊發，可於香港聯交所網站及本公司網站下載。", {"I10.3": 0.5}),
    ("本报告以简体中文、繁体中文及英文三种文字发布。", {"I10.3": 0.5}),
    ("报告的简体中文版与英文版如有歧义，以简体中文版为准。", {"I10.3": 0.5}),
    ("主要环境绩效数据另见本报告英文附录。", {"I10.3": 0.5}),
    ("This report is published in Chinese and English; in case of discrepancy the Chinese version prevails.",
     {"I10.3": 0.5}),
    ("The Chinese and English versions of this report are published at the same time.", {"I10.3": 0.5}),
    ("This English edition is an abridged translation of the Chinese report.", {"I10.3": 0.5}),
    # near misses: bilingual product or service documents, a language named alone
    ("公司为全部出口产品提供中英文化学品安全技术说明书（SDS）和安全标签。", {"I10.3": 0}),
    ("门店提供中英文双语导购服务，方便外籍顾客。", {"I10.3": 0}),
    ("产品说明书英文版已随货附送海外客户。", {"I10.3": 0}),
    ("公司修订信息安全管理制度，并同步发布其英文版。", {"I10.3": 0}),
    ("手机银行新增英文版本界面，方便外籍客户办理业务。", {"I10.3": 0}),
    ("We provide safety data sheets in Chinese and English for all 126 products.", {"I10.3": 0}),
    ("Staff attended 24 hours of English training on average.", {"I10.3": 0}),
])
def test_the_report_in_english_is_a_mention_of_international_voice(
        text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the company's own inventory, carried out: an MRV mention (§13.1)
    ("公司自2020年起每年对四个生产基地开展温室气体盘查。", {"I13.1": 0.5}),
    ("2023年，公司首次对总部及各分支机构办公场所的碳排放开展统计核算。", {"I13.1": 0.5}),
    ("Since 2018 we have compiled an annual carbon inventory of our three mills.", {"I13.1": 0.5}),
    ("公司自2017年起每年开展温室气体盘查，依据《中国化工生产企业温室气体排放核算方法与报告指南（试行）》，核算范围为两个基地。",
     {"I13.1": 0.5}),
    ("2022年，公司首次按照《温室气体核算体系》和ISO 14064-1对自身运营开展温室气体排放核算。", {"I13.1": 0.5}),
    # planned or under way: no mention (§3.8)
    ("公司计划于2025年聘请第三方机构开展首次温室气体盘查。", {"I13.1": 0}),
    ("We will carry out our first greenhouse gas inventory next year.", {"I13.1": 0}),
    # a note on how the figures were computed: the standard (I12.2), no inventory practice
    ("注1：按《中国水泥生产企业温室气体排放核算方法与报告指南（试行）》测算，2022年熟料单位排放约0.86吨。",
     {"I13.1": 0, "I12.2": 1}),
    ("各厂区碳排放数据依照《中国造纸和纸制品生产企业温室气体排放核算方法与报告指南（试行）》进行核算。",
     {"I13.1": 0, "I12.2": 1}),
    ("我们依据《温室气体核算体系：企业核算与报告标准》及ISO 14064-1，采用运营控制权法核算温室气体排放。",
     {"I13.1": 0, "I12.2": 1}),
    ("本集团依据温室气体核算体系（GHG Protocol）核算排放，范围二采用区域电网排放因子。", {"I13.1": 0}),
    ("公司依据《温室气体核算体系》和ISO 14064-1，按运营控制权法对6个厂区及办公楼进行核算。", {"I13.1": 0}),
    ("3. 温室气体核算参照联交所《如何准备环境、社会及管治报告》附录二。", {"I13.1": 0}),
    ("Emissions are calculated under the GHG Protocol Corporate Standard with the equity share approach.",
     {"I13.1": 0, "I12.2": 1}),
    ("We account for our emissions following the GHG Protocol and ISO 14064-1.", {"I13.1": 0}),
])
def test_an_own_inventory_carried_out_is_an_mrv_mention(
        text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # energy or emission data asked of suppliers: influence on them (§13.2)
    ("公司要求主要包装材料供应商每年报送能源消耗和温室气体排放数据。", {"I10.2": 1}),
    ("2023年，公司向前50家原料供应商发放碳排放数据调查问卷，回收有效问卷42份。", {"I10.2": 1}),
    ("In 2023 we asked our 60 largest suppliers to report their energy use and emissions.", {"I10.2": 1}),
    # a customer asking the company: the company is the supplier
    ("下游整车客户要求公司提供产品碳足迹数据。", {"I10.2": 0}),
])
def test_data_asked_of_suppliers_is_influence_on_them(
        text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an amount of clean energy generated for own use or bought: a figure of the point (§13.4)
    ("厂区屋顶光伏全年发电620万千瓦时，全部自发自用。", {"I03.5": 1}),
    ("本年度公司购买绿色电力1,200万千瓦时，用于两个生产基地。", {"I03.5": 1}),
    ("Rooftop solar at our three plants generated 13.6 GWh in 2023, all used on site.", {"I03.5": 1}),
    # a share stays a figure; clean energy named without a figure stays a mention
    ("2023年公司可再生能源使用比例达到32%。", {"I03.5": 1}),
    ("公司积极使用清洁能源，推进绿色运营。", {"I03.5": 0.5}),
    # a capacity alone is no amount used
    ("公司在两个基地建成屋顶光伏合计5.2兆瓦。", {"I03.5": 0}),
    # a generator's output sold whole to the grid is its product, no energy it uses
    ("沉陷区光伏电站2023年发电9.8亿千瓦时，全部上网销售。", {"I03.5": 0}),
    ("Our wind farms generated 2.1 TWh in 2023, all sold to the grid.", {"I03.5": 0}),
    ("厂区光伏采用自发自用、余电上网模式，全年发电420万千瓦时。", {"I03.5": 1}),
])
def test_an_amount_of_clean_energy_is_a_figure(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected
