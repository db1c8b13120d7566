"""The rating's tables printed into a pipe or a file without rich's layout (session 29):
byte for byte what rich prints, the oracle, for ratings of every shape (stage 0, no
evidence, long Chinese / mixed / unbreakable quotes, many emission figures, a long name)
in Chinese and English at the widths people print at."""

from __future__ import annotations

import io
import sys

import pytest
from rank_factory import make_rating
from rich.console import Console

from cnsr.assess.rate import rate_documents
from cnsr.ingest.document import Document, Page
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, EmissionFigure, Evidence, Rating
from cnsr.report import plain_table
from cnsr.report.rating_table import rating_tables, rating_text

WIDTHS = (80, 100, 120, 160, 200)


def rich_prints(r: Rating, m: LoadedMethodology, lang: str, width: int,
                colour: bool = False) -> str:
    out = io.StringIO()
    Console(file=out, width=width, force_terminal=colour or None,
            color_system="standard" if colour else None).print(rating_tables(r, m, lang))
    return out.getvalue()


PAGES = [
    ["公司2023年范围一温室气体排放量为8.4万吨二氧化碳当量，范围二排放量为12.1万吨二氧化碳当量，"
     "合计较2022年下降6.2%，单位产值排放强度为0.32吨二氧化碳当量/万元。",
     "公司制定了2030年前碳达峰、2060年前碳中和的路线图，由董事会可持续发展委员会每季度审议进展。"],
    ["我们新建屋顶光伏共31兆瓦，全年自发自用绿电约2,980万千瓦时，减少二氧化碳排放1.7万吨。",
     "Scope 1 emissions were 84,000 tCO2e in 2023, down from 90,500 tCO2e in 2022; Scope 2 "
     "(market-based) emissions were 121,000 tCO2e."],
    ["温室气体排放数据经第三方机构依据ISO 14064-3进行有限保证核查，核算方法参照《工业企业温室"
     "气体排放核算和报告通则》（GB/T 32150-2015）。",
     "供应商温室气体排放合计约为52.7万吨，公司将推动供应链减排，并参与全国碳排放权交易市场履约。"],
]


@pytest.fixture(scope="module")
def read(m: LoadedMethodology) -> Rating:
    """A rating through the reader, from text written for this test."""
    doc = Document(path="reports/澄江能源-2023.pdf", sha256="2" * 64, kind="pdf",
                   pages=[Page(number=i + 3, text="\n\n".join(t)) for i, t in enumerate(PAGES)])
    return rate_documents([doc], Company(name="澄江能源股份有限公司", code="600455.SH",
                                         industry="D44", size="L", year=2023), m)


def _edge_cases(m: LoadedMethodology) -> dict[str, Rating]:
    file = "/srv/reports/2023/岚山化工-2023年度可持续发展报告（环境、社会及管治）.pdf"
    long_zh = Evidence(file=file, page=17, page_label="15", passage=(
        "报告期内，公司持续推进节能降碳改造，完成三台燃煤锅炉的清洁能源替代，"
        "新建余热回收装置两套，全年节约标准煤约1.2万吨，减少二氧化碳排放约3.1万吨，"
        "单位产品综合能耗较上年下降4.8%，提前完成“十四五”节能目标的阶段性任务。"))
    mixed = Evidence(file=file, page=31, passage=(
        "公司采用 GHG Protocol Corporate Standard 与 ISO 14064-1:2018 核算温室气体排放，"
        "Scope 3 Category 1 (Purchased goods and services) 排放为 231,400 tCO2e；"
        "数据见 https://www.example-lanshan-chem.com.cn/esg/2023/ghg-inventory-detailed-report-final.pdf"))
    unbroken = Evidence(file="a-very-long-file-name-without-any-break-points-for-the-"
                             "terminal-table-to-use-2023.pdf", page=2, passage=(
        "Supercalifragilisticexpialidociouslylongunbreakabletokenwithoutspacesthatmustbefolded"
        "acrossseverallinesbytheterminaltable and then ordinary words follow it."))
    table_quote = Evidence(file=file, page=44, passage=(
        "指标 单位 2021年 2022年 2023年\n范围一排放 tCO2e 98,120 90,530 84,000\n"
        "范围二排放 tCO2e 130,200 125,900 121,000"))
    brackets = Evidence(file=file, page=12, passage=(
        "温室气体排放量见附表[b]，范围一排放量为18,240吨二氧化碳当量[i]：另见[bold]附注[/bold]。"))
    en = Evidence(file="reports/Lanshan Chemical 2023 ESG Report.pdf", page=9, page_label="vii",
                  passage="Our Scope 1 and 2 emissions fell 7% to 205,000 tCO2e, verified to "
                          "limited assurance by an independent third party.")
    full = make_rating(m, "岚山化工集团股份有限公司（Lanshan Chemical Group Co., Ltd.）"
                          "暨其下属全资及控股子公司合并报告范围", code="600888.SH", stage=3,
                       industry="C26", size="L", year=2023,
                       disclose={"I03": 1, "I06": 1, "I08": 0.5, "I11": 1, "I12": 0.5, "I13": 1},
                       dims={"I11": {"trend": "B3", "comparison": "B2"}},
                       evidence={"I03.1": [long_zh], "I08.1": [mixed], "I11.1": [table_quote],
                                 "I11.2": [unbroken], "I12.1": [brackets], "I06.1": [en],
                                 "I13.1": [long_zh, mixed]})
    figures = []
    for i, (scope, kind, value, unit, written) in enumerate([
        ("scope1", "own", 84000.0, "tCO2e", "8.4万吨二氧化碳当量"),
        ("scope2", "own", 121000.0, "tCO2e", "12.1万吨二氧化碳当量"),
        ("scope3", "suppliers", 527000.0, "tCO2e", "52.7万吨"),
        ("intensity", "own", 0.32, "tCO2e/万元", "0.32吨二氧化碳当量/万元"),
        ("scope1", "part", 3120.5, "tCO2e", "其中：工艺排放3,120.5吨二氧化碳当量（含逸散排放及"
                                            "污水处理过程产生的甲烷折算量）"),
        ("scope1", "avoided", 17000.0, "tCO2e", "减少二氧化碳排放1.7万吨"),
        ("scope2", "own", 125900.0, "tCO2e", "125,900 tCO2e (market-based, restated)"),
        ("scope3", "customers", 2.5e6, "tCO2e", "2.5 million tonnes from products sold"),
        ("scope1", "financed", 9.1e5, "tCO2e", "financed emissions of 910 ktCO2e"),
        ("scope1", "sector", 1.2e9, "tCO2e", "全国化工行业排放约12亿吨"),
        ("scope1", "own", 90530.0, "tCO2e", "90,530"),
        ("scope2", "own", 130200.0, "tCO2e", "130,200"),
        ("scope1", "own", 98120.0, "tCO2e", "98,120 tCO2e"),
        ("scope3", "own", 231400.0, "tCO2e", "231,400 tCO2e"),
    ]):
        figures.append(EmissionFigure(scope=scope, kind=kind, year=None if i == 9 else 2021 + i % 3,
                                      value=value, unit=unit, written=written,
                                      evidence=Evidence(file=file, page=44 + i, passage=written)))
    many = full.model_copy(update={"emissions": figures})
    few = full.model_copy(update={"emissions": figures[:3]})
    bare = make_rating(m, "北辰热电", code="600322.SH", stage=2, industry="D44", size="M",
                       year=2023, disclose={"I06": 0.5})
    zero = make_rating(m, "东岭纺织", code="", stage=0, industry="C17", size="S", year=2023)
    one = make_rating(m, "Harbour Ferry Ltd", code="600689.SH", stage=1, industry="G55", size="S",
                      year=2022, disclose={"I01": 1}, evidence={"I01.1": [en]})
    return {"full": full, "many_figures": many, "few_figures": few, "no_evidence": bare,
            "stage_0": zero, "stage_1_en": one}


@pytest.fixture(scope="module")
def ratings(m: LoadedMethodology, read: Rating, demo: list[Rating]) -> dict[str, Rating]:
    out = {"read": read, **_edge_cases(m)}
    out.update({f"demo_{i}": r for i, r in enumerate(demo[:4])})
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_plain_tables_are_rich_byte_for_byte(ratings: dict[str, Rating],
                                                 m: LoadedMethodology, lang: str) -> None:
    for name, r in ratings.items():
        for width in WIDTHS:
            printed = rating_text(r, m, lang, width)
            assert printed is not None, (name, width)
            assert printed == rich_prints(r, m, lang, width), (name, lang, width)
        for width in (40, 60):  # narrower than people print at: rich's, or the same bytes
            printed = rating_text(r, m, lang, width)
            assert printed in (None, rich_prints(r, m, lang, width)), (name, lang, width)


def test_the_edge_cases_are_there(ratings: dict[str, Rating], m: LoadedMethodology) -> None:
    """What the byte-for-byte test covers: a caption of more figures, a stage-0 headline of
    two lines, a wrapped name, folded quotes and ellipsis-cut columns."""
    many = rating_text(ratings["many_figures"], m, "zh", 80) or ""
    assert "另有 2 项（见 JSON / Excel）" in many
    zero = rating_text(ratings["stage_0"], m, "zh", 80) or ""
    assert "不评分" in zero and "证据摘录" not in zero and "排放数据" not in zero
    narrow = rating_text(ratings["full"], m, "en", 80) or ""
    assert "…" in narrow and "Evidence" in narrow
    assert all(len(line) <= 80 for line in narrow.splitlines())
    full = rating_text(ratings["full"], m, "en", 200) or ""
    assert "Supercalifragilistic" in full and "…" in full
    assert "[b]" in full and "[bold]" in full  # report text is literal
    read = rating_text(ratings["read"], m, "zh", 120) or ""
    assert "排放数据" in read and "澄江能源-2023.pdf" in read


def test_markup_in_a_table_cell_is_left_to_rich(m: LoadedMethodology) -> None:
    """A plain-string cell is rich markup (an emoji code, a [style]): only rich knows what
    it prints, so the printer declines and the caller prints with rich."""
    for name in ("Kettle:smile:Works", "Kettle [bold]Works[/bold]"):
        r = make_rating(m, name, code="600100.SH", stage=1, year=2023, disclose={"I01": 1})
        assert rating_text(r, m, "zh", 80) is not None  # the name is literal text
    r = make_rating(m, "Kettle Works", code="600100.SH", stage=1, year=2023, disclose={"I01": 1},
                    evidence={"I01.1": [Evidence(file="k.pdf", page=3, page_label="ii:3",
                                                 passage="环境管理体系通过ISO 14001认证。")]})
    assert rating_text(r, m, "zh", 80) is None  # the page label sits in a markup cell
    assert "p" in rich_prints(r, m, "zh", 80)


def test_colour_is_rich(ratings: dict[str, Rating], m: LoadedMethodology) -> None:
    """On a colour terminal rich prints as before: the plain text is the same, less the
    escape codes."""
    import re

    coloured = rich_prints(ratings["full"], m, "zh", 120, colour=True)
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == rating_text(ratings["full"], m, "zh", 120)


class _Out(io.StringIO):
    def __init__(self, tty: bool, encoding: str = "utf-8") -> None:
        super().__init__()
        self._tty, self._encoding = tty, encoding

    def isatty(self) -> bool:
        return self._tty

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


@pytest.mark.parametrize(("tty", "env", "encoding"), [
    (False, {}, "utf-8"),
    (False, {"COLUMNS": "132"}, "utf-8"),
    (False, {"COLUMNS": "wide"}, "utf-8"),
    (False, {"FORCE_COLOR": "1"}, "utf-8"),
    (False, {"FORCE_COLOR": ""}, "utf-8"),
    (False, {"TTY_COMPATIBLE": "1"}, "utf-8"),
    (True, {"TTY_COMPATIBLE": "0", "COLUMNS": "100"}, "utf-8"),
    (True, {}, "utf-8"),
    (True, {"NO_COLOR": "1"}, "utf-8"),
    (False, {}, "ascii"),
    (False, {"COLUMNS": "12"}, "utf-8"),
])
def test_the_plain_printer_runs_where_rich_would_write_no_escape_code(
        monkeypatch: pytest.MonkeyPatch, tty: bool, env: dict[str, str], encoding: str) -> None:
    for name in ("COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", _Out(tty, encoding))
    width = plain_table.plain_console_width()
    console = Console()
    plain = (not console.is_terminal and console.color_system is None
             and not console.options.ascii_only and console.width >= 20)
    assert (width is not None) == plain, (env, tty, encoding)
    if width is not None:
        assert width == console.width


def test_cnsr_rate_prints_the_plain_tables(monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str],
                                           ratings: dict[str, Rating],
                                           m: LoadedMethodology) -> None:
    """`cnsr rate` into a pipe: the same bytes as rich's console printed before."""
    from cnsr.cli.rate import Format, _emit

    monkeypatch.setenv("COLUMNS", "120")
    _emit(ratings["read"], m, Format.table, None, "zh")
    assert capsys.readouterr().out == rich_prints(ratings["read"], m, "zh", 120)
