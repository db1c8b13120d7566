"""Session 25, lead, from the post-merge audit: a long passage is quoted around the sentence its
point rests on, not around the first place a cue word occurs. A cue such as "GHG" or 温室气体
recurs in an accounting note earlier in the paragraph than the verification sentence; the
window of its first occurrence quoted the note, and the reviewer saw no verification."""

from __future__ import annotations

from cnsr.assess.points import excerpt

EN = ("Our operational greenhouse gas emissions come from natural gas in staff canteens, fuel for "
      "company cars and purchased electricity at the head office and all 36 branches. We account "
      "for them under the GHG Protocol Corporate Standard, using the operational control approach; "
      "scope 2 uses the provincial grid emission factors published by the Ministry of Ecology and "
      "Environment, and refrigerant top-ups are estimated from maintenance records. In 2023 our GHG "
      "emissions data were verified by an independent third party to a limited level of assurance.")

ZH = ("本行温室气体排放主要来自总行及各分支机构的外购电力、食堂天然气和公务用车燃油。本行参照"
      "《温室气体核算体系》及《金融机构碳核算技术指南（试行）》，按运营控制权法核算总行及36家分行的"
      "范围一和范围二排放，外购电力采用生态环境部公布的区域电网平均排放因子，制冷剂逸散按维保记录估算，"
      "营业网点的用电数据由物业按月抄表汇总，个别租赁网点按面积分摊。2023年，本行委托第三方机构对"
      "温室气体排放数据开展核查，并出具有限保证的核查声明。")


def test_the_window_holds_the_sentence_with_most_of_the_cues() -> None:
    quote = excerpt(EN, ["GHG", "emissions data", "verified by", "assurance"], 160)
    assert "verified by an independent third party" in quote
    assert quote.startswith("…")
    quote = excerpt(ZH, ["温室气体", "核查"], 90)
    assert "委托第三方机构对" in quote and "核查声明" in quote


def test_one_window_holding_every_cue_keeps_the_first_cue_first() -> None:
    # every cue inside the first cue's window: the window opens as it always did
    text = "公司温室气体排放总量为12.6万吨二氧化碳当量，同比下降4.1%。" + "其余为员工关爱与社区公益内容。" * 20
    quote = excerpt(text, ["温室气体", "排放总量"], 60)
    assert quote.startswith("公司温室气体排放总量为12.6万吨")


def test_a_short_passage_and_a_passage_without_its_cues_are_quoted_from_the_start() -> None:
    assert excerpt("范围一排放31,860吨。", ["范围一"], 300) == "范围一排放31,860吨。"
    long = "董事会审议通过年度报告。" * 40
    assert excerpt(long, ["核查"], 50) == long[:50] + "…"
