"""Session 15 (speed): searches made cheaper without changing what they find.

- `KpiTiles.glued_gate`: a passage without a unit glued to a label and its figure holds no
  run of glued KPI tiles, so the run's pattern (opening with a look-behind, tried at every
  position) is not searched there.
- `emission_markers._union`: each marker union behind a look-ahead of the characters its
  matches start with (`scan_index.start_guard`), so `re` skips to them in C.
Both must find exactly what the unguarded patterns find.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from cnsr.evidence.emission_markers import load_markers
from cnsr.evidence.kpi_tiles import kpi_tiles, tile_cuts

GLUED = [
    "2023年度亮点光伏装机12.6兆瓦减排二氧化碳1.1万吨绿电占比31%",
    "年度绩效分布式光伏8.5兆瓦节约标煤3,200吨减少碳排放8,000吨",
    "环保投入5,120万元节能改造26项绿色采购比例45%",
    "年度亮点风电装机48兆瓦绿色电力消费2.3亿千瓦时减排二氧化碳17万吨",
]
PROSE = [
    "公司全年温室气体排放总量为12.6万吨，同比下降5%，其中范围一排放3.2万吨。",
    "本年度新增光伏装机12兆瓦，年发电量约1,300万千瓦时。",
    "2023年，我们持续推进节能降碳，减少二氧化碳排放约4,500吨。",
    "Scope 1 emissions were 12,400 tCO2e in 2023, down 8% from 2022.",
    "Highlights 12.6 MW rooftop solar 31% renewable electricity 1.1 kt CO2e avoided",
    "",
    "光伏装机 12.6 兆瓦 减排二氧化碳 1.1 万吨 绿电占比 31%",
]


def _ungated_ends(text: str) -> list[int]:
    n = kpi_tiles()
    out = [f.end() for run in n.glued.finditer(text)
           for f in n.glued_figure.finditer(text, run.start(), run.end())]
    return out


@pytest.mark.parametrize("text", GLUED)
def test_glued_runs_pass_the_gate(text: str) -> None:
    n = kpi_tiles()
    assert n.glued.search(text) is not None
    assert n.glued_gate.search(text) is not None
    assert set(_ungated_ends(text)) <= set(tile_cuts(text))


@pytest.mark.parametrize("text", PROSE)
def test_prose_the_gate_and_the_run_agree(text: str) -> None:
    n = kpi_tiles()
    if n.glued_gate.search(text) is None:
        assert n.glued.search(text) is None
    gated = [p for p in n.glued_tile_ends(text)]
    assert set(_ungated_ends(text)) <= set(gated)


SENTENCES = [
    "投资组合的融资排放约为386万吨，加权平均碳强度为每百万元营业收入162吨。",
    "客户使用产品产生的碳排放约为1,250万吨二氧化碳当量。",
    "供应商温室气体排放合计为52.7万吨。",
    "华南地区陶瓷产业年碳排放约3,600万吨，公司范围一排放为12.3万吨。",
    "香港2022年的温室气体排放总量约为3,390万公吨。",
    "Financed emissions of our lending portfolio were 1.2 MtCO2e in 2023.",
    "Emissions from the use of sold products amounted to 820,000 tCO2e.",
    "Our peers reported 0.71 t per unit, while our Scope 1 emissions were 45,000 tCO2e.",
    "Hong Kong's total greenhouse gas emissions were about 33.9 Mt in 2022.",
    "The carbon footprint of our modules is 450 kg CO2e per kW.",
    "公司碳排放配额为120万吨，CCER交易量3万吨。",
    "通过节能改造减少二氧化碳排放4.2万吨，范围二排放降至8.1万吨。",
    "We avoided 12,400 tCO2e through rooftop solar and captured 3,000 t of CO2.",
    "ＣＯ２排放　合计 5,000 t",
]


def _plain(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.I)


def test_marker_unions_find_what_the_plain_unions_find() -> None:
    mk = load_markers()
    d = mk.data
    unions = {f"kinds.{k}": (mk.kinds[k], getattr(d.kinds, k))
              for k in ("own", "financed", "customers", "suppliers", "sector")}
    unions |= {"skip": (mk.kinds["skip"], d.skip), "total": (mk.total, d.total_words),
               "parts": (mk.parts, d.parts), "sources": (mk.sources, d.sources),
               "per_unit": (mk.per_unit, d.per_unit), "level_before": (mk.level_before,
                                                                       d.level_before),
               "skip_sentence": (mk.skip_sentence, d.skip_sentence)}
    guarded = 0
    for name, (rx, patterns) in unions.items():
        plain = _plain(patterns)
        guarded += rx.pattern != plain.pattern
        for text in SENTENCES:
            for pos in range(0, len(text), 7):
                assert [m.span() for m in rx.finditer(text, pos)] == \
                    [m.span() for m in plain.finditer(text, pos)], (name, text, pos)
                got, want = rx.match(text, pos), plain.match(text, pos)
                assert (got and got.span()) == (want and want.span()), (name, text, pos)
    # the kinds, searched before every GHG figure, are all guarded
    assert all(mk.kinds[k].pattern.startswith("(?=[")
               for k in ("own", "financed", "customers", "suppliers", "sector", "skip"))
    assert guarded >= 6


# -- the tail of `cnsr rate`: work done while the forked child ranks the evidence ------------

def test_meanwhile_runs_and_the_rating_is_the_serial_one(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    import os

    from cnsr.assess.rate import rate_documents
    from cnsr.cli.rate import _warm_table
    from cnsr.ingest import parallel
    from cnsr.ingest.document import Document, Page
    from cnsr.methodology import load_methodology
    from cnsr.rating import Company

    if not hasattr(os, "fork"):
        pytest.skip("no fork on this platform")
    m = load_methodology()
    texts = [
        ["公司范围一温室气体排放量为8.4万吨二氧化碳当量，范围二排放量为12.1万吨二氧化碳当量。",
         "供应商温室气体排放合计约为52.7万吨，公司将推动供应链减排。"],
        ["我们新建屋顶光伏共31兆瓦，全年自发自用绿电约2,980万千瓦时，减少二氧化碳排放1.7万吨。",
         "Scope 1 emissions were 84,000 tCO2e in 2024, down from 90,500 tCO2e in 2023."],
        ["公司制定了2030年前碳达峰的路线图，由董事会每季度审议进展。"],
    ]
    doc = Document(path="hexi-2024.pdf", sha256="0" * 64, kind="pdf",
                   pages=[Page(number=i + 1, text="\n\n".join(t)) for i, t in enumerate(texts)])
    company = Company(name="和溪能源股份有限公司", year=2024)
    serial = rate_documents([doc], company, m)
    limits = parallel.parallel_limits()
    monkeypatch.setattr(parallel, "parallel_limits",
                        lambda: dataclasses.replace(limits, fork_relevance_passages=1))
    called: list[int] = []

    def meanwhile() -> None:
        called.append(1)
        _warm_table()

    forked = rate_documents([doc], company, m, fork=True, meanwhile=meanwhile)
    assert called == [1]
    assert forked.model_dump() == serial.model_dump()
    assert serial.emissions  # the figures really count
    assert capsys.readouterr().out == ""  # the warm-up prints nothing


def test_a_failing_meanwhile_still_waits_for_the_forked_child(monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """An error in `meanwhile` reaches the caller, after the child ranking the evidence has
    been waited for (no child left behind)."""
    import os

    from cnsr import forked as forked_module
    from cnsr.assess.rate import rate_documents
    from cnsr.ingest import parallel
    from cnsr.ingest.document import Document, Page
    from cnsr.methodology import load_methodology
    from cnsr.rating import Company

    if not hasattr(os, "fork"):
        pytest.skip("no fork on this platform")
    doc = Document(path="lanxi-2024.pdf", sha256="1" * 64, kind="pdf", pages=[Page(
        number=1, text="公司2024年范围一温室气体排放量为3.2万吨二氧化碳当量，较上年下降6%。\n\n"
                       "公司制定了2030年前碳达峰的行动方案，由董事会战略委员会监督执行。")])
    limits = parallel.parallel_limits()
    monkeypatch.setattr(parallel, "parallel_limits",
                        lambda: dataclasses.replace(limits, fork_relevance_passages=1))
    waited: list[int] = []
    result = forked_module.Forked.result

    def counted(self: forked_module.Forked[object]) -> object:
        waited.append(1)
        return result(self)

    monkeypatch.setattr(forked_module.Forked, "result", counted)

    def meanwhile() -> None:
        raise RuntimeError("printer unavailable")

    with pytest.raises(RuntimeError, match="printer unavailable"):
        rate_documents([doc], Company(name="兰溪电力股份有限公司", year=2024),
                       load_methodology(), fork=True, meanwhile=meanwhile)
    assert waited == [1]
