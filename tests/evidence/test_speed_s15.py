"""Session 15 (speed): searches made cheaper without changing what they find.

- `NavProse.glued_gate`: a passage without a unit glued to a label and its figure holds no
  run of glued KPI tiles, so the run's pattern (opening with a look-behind, tried at every
  position) is not searched there.
- `emission_markers._union`: each marker union behind a look-ahead of the characters its
  matches start with (`scan_index.start_guard`), so `re` skips to them in C.
Both must find exactly what the unguarded patterns find.
"""

from __future__ import annotations

import re

import pytest

from cnsr.evidence.emission_markers import load_markers
from cnsr.evidence.nav_prose import nav_prose, tile_cuts

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
    n = nav_prose()
    out = [f.end() for run in n.glued.finditer(text)
           for f in n.glued_figure.finditer(text, run.start(), run.end())]
    return out


@pytest.mark.parametrize("text", GLUED)
def test_glued_runs_pass_the_gate(text: str) -> None:
    n = nav_prose()
    assert n.glued.search(text) is not None
    assert n.glued_gate.search(text) is not None
    assert set(_ungated_ends(text)) <= set(tile_cuts(text))


@pytest.mark.parametrize("text", PROSE)
def test_prose_the_gate_and_the_run_agree(text: str) -> None:
    n = nav_prose()
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
