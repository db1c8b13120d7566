"""The evidence a user sees first (session 19, issue #12): the corpus audit of seeds 1901 and
1902 (docs/reader-history.md, "The first evidence shown, a corpus audit"). Each rule is read by
docs/judging.md (version 1.4) and paired with the near-miss it must leave alone. All passages
are written for these tests.
"""

from __future__ import annotations

import pytest

from cnsr.evidence.find import find_evidence
from cnsr.evidence.quotes import strip_heading

from .tagged import pages_document, points


def _first(pid: str, *pages: list[str]) -> str:
    found = find_evidence([pages_document(*pages)])
    ranked = found.verified(pid, 3)
    assert ranked, pid
    return ranked[0].where.raw


# ---- a share ranks after an amount on a point that measures an amount (guide §3.3) ---------
# I08.3 (energy saved), I04.1 (water), I03.3 (the intensity) measure an amount first: a
# passage whose only figure is a share ("占比38%", "同比下降1.8%") was quoted before the one
# giving the saving, the volume or the intensity

SHARE_THEN_AMOUNT = [
    ("I08.3", "公司完成办公楼照明节能改造，改造覆盖率达到85%。",
     "2023年公司完成2台空压机节能改造，全年节电约186万千瓦时。"),
    ("I08.3", "本集团推进冷却塔节能改造，改造项目占全部项目的40%。",
     "本集团完成3条产线余热回收改造，年节约标准煤1.2万吨。"),
    ("I04.1", "公司新鲜水用量同比下降6.5%。",
     "2023年公司新鲜水用量为412万立方米。"),
    ("I03.3", "通过精益生产，万元产值综合能耗同比下降2.3%。",
     "2023年万元产值综合能耗为0.0512吨标准煤/万元。"),
    ("I04.1", "Our water withdrawal fell 6.5% year on year.",
     "Our water withdrawal was 412,000 m3 in 2023."),
    ("I04.1", "Total water withdrawal decreased by 6.5% compared with 2022.",
     "Total water withdrawal was 412,000 cubic metres in 2023."),
]


@pytest.mark.parametrize(("pid", "share", "amount"), SHARE_THEN_AMOUNT)
def test_an_amount_is_quoted_before_a_share(pid: str, share: str, amount: str) -> None:
    # the share comes first in the document and would win on order or relevance alone
    assert _first(pid, [share], [amount]) == amount
    assert _first(pid, [amount], [share]) == amount


@pytest.mark.parametrize(("pid", "share", "amount"), SHARE_THEN_AMOUNT)
def test_a_share_alone_stays_the_evidence(pid: str, share: str, amount: str) -> None:
    assert _first(pid, ["公司董事会下设战略委员会。"], [share]) == share


SHARE_POINT = [
    # I03.5 measures a share first: its share is what the point asks and is not pushed back
    ("I03.5", "2023年公司可再生能源电力占总用电量的43.6%。",
     "公司屋顶光伏全年发电2,680万千瓦时，全部自用，可再生能源使用量持续增加。"),
]


@pytest.mark.parametrize(("pid", "share", "other"), SHARE_POINT)
def test_a_share_point_keeps_its_share_first(pid: str, share: str, other: str) -> None:
    assert _first(pid, [share], [other]) == share


# ---- "统计范围" is the data's boundary, not their monitoring (guide §3.10, §8) ----------------

STATISTICAL_SCOPE = [
    "注：1. 温室气体排放统计范围为集团及控股子公司的生产经营场所，不含参股公司。",
    "本报告温室气体排放统计范围涵盖公司全部自有工厂和仓库。",
    "碳排放数据统计口径为公司运营控制范围内的全部排放源。",
    "温室气体排放数据的统计边界为本集团拥有运营控制权的物业。",
]

MONITORING = [
    "公司按月统计各厂区温室气体排放数据，并由能源管理平台自动采集。",
    "各生产基地每月统计燃料消耗和外购电力，用于核算温室气体排放。",
    "集团建立碳排放数据台账，对燃煤采样和化验结果逐月统计。",
]


@pytest.mark.parametrize("text", STATISTICAL_SCOPE)
def test_statistical_scope_is_a_boundary_not_monitoring(text: str) -> None:
    got = points(text)
    assert "I12.4" not in got, text
    assert "I12.1" in got, text


@pytest.mark.parametrize("text", MONITORING)
def test_statistics_kept_keep_monitoring(text: str) -> None:
    assert "I12.4" in points(text), text


# ---- a company's own green bond is its financing, no product (guide §3.7) -------------------

OWN_BOND = [
    "2023年，公司发行可持续发展挂钩债券10亿元，将吨钢二氧化碳排放强度设为关键绩效指标。",
    "本集团于2023年成功发行绿色公司债券5亿元，募集资金用于光伏电站建设。",
    "公司首次发行碳中和中期票据3亿元。",
    "In 2023 the Group issued RMB 2 billion of sustainability-linked bonds tied to its carbon intensity.",
    "We issued our first green bonds of USD 500 million to refinance rooftop solar projects.",
]

BONDS_FOR_OTHERS = [
    "公司全年为客户承销绿色债券18只，承销金额92.4亿元。",
    "本公司协助发行人发行碳中和债券6只。",
    "公司作为主承销商，协助客户发行可持续发展挂钩债券4只。",
]


@pytest.mark.parametrize("text", OWN_BOND)
def test_own_bond_issued_is_financing_not_a_product(text: str) -> None:
    got = points(text)
    assert "I09.2" not in got, text
    assert "I15.4" in got, text


@pytest.mark.parametrize("text", BONDS_FOR_OTHERS)
def test_bonds_underwritten_for_clients_stay_a_service(text: str) -> None:
    assert "I09.2" in points(text), text


# ---- a heading cut never takes the cue that earned the point --------------------------------

def test_a_numbered_note_keeps_its_cue() -> None:
    note = "1. 温室气体排放统计范围为集团及控股子公司的生产经营场所，不含参股公司。"
    assert strip_heading(note, ["温室气体", "统计范围"]) == note
    item = "2. 外购电力排放因子采用全国电网平均排放因子0.5703吨二氧化碳/兆瓦时。"
    assert strip_heading(item, ["排放因子"]) == item


def test_a_heading_whose_cue_the_body_repeats_is_still_cut() -> None:
    text = "4.3 温室气体排放公司按照《企业温室气体排放核算与报告指南》开展年度核算。"
    assert strip_heading(text, ["温室气体排放", "核算与报告指南"]) == \
        "公司按照《企业温室气体排放核算与报告指南》开展年度核算。"
    text = "二、节能降碳报告期内，公司完成锅炉节能改造，年节约标准煤1.2万吨。"
    assert strip_heading(text, ["节能改造"]) == "报告期内，公司完成锅炉节能改造，年节约标准煤1.2万吨。"


# ---- a highlights run ranks after the sentences of the same rating (guide §8) ---------------
# labels and figures run together with no punctuation: a figure may stand beside the next
# tile's label; the sentence stating the same figure is quoted first

RUN_THEN_SENTENCE = [
    ("I03.4", "年度亮点 光伏装机86.4兆瓦 绿电交易3.6亿千瓦时 节电5.82亿千瓦时 可再生能源电力占比9.8%",
     "2023年公司推广基站智能关断和机房空调改造，全年节电5.82亿千瓦时。"),
    ("I03.4", "2,618 万千瓦时 LED照明改造年节电 3,460 万千瓦时 船舶岸电使用量 21.4 兆瓦 收费站光伏",
     "公司完成38座隧道LED照明改造，改造后年节电2,618万千瓦时。"),
    ("I08.2", "Highlights 126 MW rooftop solar 31% renewable electricity 1.2 Mt CO2 avoided",
     "Rooftop solar reached 126 MW and generated 118 GWh in 2023."),
]


@pytest.mark.parametrize(("pid", "run", "sentence"), RUN_THEN_SENTENCE)
def test_a_sentence_is_quoted_before_a_highlights_run(pid: str, run: str, sentence: str) -> None:
    assert _first(pid, [run], [sentence]) == sentence


@pytest.mark.parametrize(("pid", "run", "sentence"), RUN_THEN_SENTENCE)
def test_a_highlights_run_alone_stays_the_evidence(pid: str, run: str, sentence: str) -> None:
    assert _first(pid, ["公司董事会下设战略委员会。"], [run]) == run


def test_a_sentence_without_a_full_stop_is_no_run() -> None:
    # one clause, two figures, no stop at its end: a sentence cut at the line, not a run
    short = "2023年公司完成锅炉节能改造年节约标准煤1.2万吨"
    other = "公司持续推进节能改造，全年节约标准煤0.8万吨。"
    assert _first("I03.4", [short], [other]) == short
