"""Known misses by kind read from a document (session 19, issue #12). Boxes and passages
written for these tests (invented companies and figures):

- an infographic tile printed as separate positioned boxes, a bare figure, its unit and its
  label (label above the figure, or below its unit), becomes one passage "label：figure unit",
  and its figure is read as the company's own emissions; chart data labels, a figure without
  a label, long text and tables are left as they are;
- a verification statement pointing back at its paragraph's GHG data gives I12.5 in a rated
  document, a paragraph about water does not.
"""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.ingest.document import BBox, Passage, Table
from cnsr.ingest.tiles import join_tiles
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating


def _boxes(items: list[tuple[str, BBox]]) -> list[Passage]:
    return [Passage(page=3, index=i, text=t, bbox=b) for i, (t, b) in enumerate(items)]


def _rate(passages: list[str], m: LoadedMethodology) -> Rating:
    return rate_documents([make_doc([passages])], Company(name="示例置业", year=2023), m)


def test_a_label_first_tile_is_one_passage() -> None:
    got = join_tiles(_boxes([
        ("2023年环境绩效一览", (52, 69, 209, 85)),
        ("温室气体排放总量", (414, 115, 480, 123)),
        ("8.36", (430, 133, 464, 147)),
        ("万吨二氧化碳当量", (417, 156, 477, 163)),
    ]))
    assert [p.text for p in got] == ["2023年环境绩效一览", "温室气体排放总量：8.36万吨二氧化碳当量"]
    assert [p.index for p in got] == [0, 1]
    assert got[1].bbox == (414, 115, 480, 163)


def test_a_number_first_tile_is_one_passage() -> None:
    got = join_tiles(_boxes([
        ("1.42", (113, 234, 147, 247)),
        ("万吨二氧化碳当量", (99, 256, 160, 263)),
        ("范围一", (118, 268, 142, 276)),
        ("6.94", (283, 251, 317, 264)),
        ("万吨二氧化碳当量", (270, 273, 330, 280)),
        ("Scope 2", (288, 285, 312, 293)),
    ]))
    assert [p.text for p in got] == ["范围一：1.42万吨二氧化碳当量", "Scope 2：6.94万吨二氧化碳当量"]


def test_a_share_with_its_label_above() -> None:
    got = join_tiles(_boxes([("可再生电力占比", (257, 147, 304, 155)), ("36%", (267, 163, 294, 173))]))
    assert [p.text for p in got] == ["可再生电力占比：36%"]


def test_chart_labels_and_loose_figures_stay_apart() -> None:
    boxes = _boxes([
        # a bar chart's data labels above its year labels: no unit, the "label" is a figure
        ("9.12", (60, 200, 80, 210)), ("2021", (60, 214, 80, 222)),
        # a figure far from anything
        ("3.2", (300, 400, 320, 410)),
        # a figure under a sentence
        ("公司持续推进节能降碳工作，成效显著。", (50, 500, 300, 510)), ("12.6", (60, 514, 90, 524)),
        # side by side, not stacked
        ("范围三", (400, 600, 430, 610)), ("5.1", (440, 600, 460, 610)),
    ])
    assert [p.text for p in join_tiles(boxes)] == [p.text for p in boxes]


def test_tables_are_never_joined() -> None:
    table = Table(rows=[["指标", "2023"], ["排放总量", "8.36"]])
    boxes = [Passage(page=1, index=0, text="温室气体排放总量", bbox=(50, 100, 120, 110)),
             Passage(page=1, index=1, text=table.as_text(), table=table, bbox=(50, 112, 200, 150))]
    assert [p.text for p in join_tiles(boxes)] == [p.text for p in boxes]


def test_a_joined_tile_is_read_as_own_emissions(m: LoadedMethodology) -> None:
    r = _rate(["2023年环境绩效一览", "温室气体排放总量：8.36万吨二氧化碳当量",
               "范围一：1.42万吨二氧化碳当量", "范围二：6.94万吨二氧化碳当量"], m)
    own = {(e.scope, round(e.value)) for e in r.emissions if e.kind == "own"}
    assert ("total", 83_600) in own
    assert ("scope1", 14_200) in own
    assert ("scope2", 69_400) in own


def _point(r: Rating, pid: str) -> float:
    for ind in r.indicators:
        for p in ind.points:
            if p.point == pid:
                return p.rating
    return 0.0


def test_a_verification_of_the_paragraphs_ghg_data(m: LoadedMethodology) -> None:
    r = _rate(["集团按照ISO 14064-1开展温室气体盘查，核算边界为集团控制的全部工厂。2023年度数据经第三方"
               "机构核查并出具合理保证声明。"], m)
    assert _point(r, "I12.5") == 1.0


def test_a_verification_of_water_data_is_no_ghg_verification(m: LoadedMethodology) -> None:
    r = _rate(["公司持续推进节水，2023年取水量为120万吨。2023年度数据经第三方机构核查。"], m)
    assert _point(r, "I12.5") < 1.0


def test_a_label_wrapped_over_two_boxes_is_left_alone() -> None:
    boxes = _boxes([
        ("741.7", (340, 548, 376, 558)),
        ("单位供电碳排放（克二氧化", (311, 569, 404, 576)),
        ("碳当量/千瓦时）", (329, 584, 381, 592)),
        ("41%", (220, 381, 249, 392)),
        ("汽车电子及新能源板块收入占", (185, 402, 285, 410)),
        ("比", (232, 418, 238, 425)),
    ])
    assert [p.text for p in join_tiles(boxes)] == [p.text for p in boxes]
