"""A passage's analysis survives pickling whole, compiled or not: `cnsr rate` has part of a
document's passages analysed in a forked child that sends the analyses back (`evidence/early.py`)."""

from __future__ import annotations

import inspect
import pickle

import pytest

from cnsr.evidence import records
from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.match import analyse
from cnsr.evidence.records import Analysis, SeriesFound
from cnsr.evidence.subject import subject_for

NAME = "临江新材料股份有限公司"
PROSE = ("2024年，临江新材料范围一温室气体排放量为4.12万吨二氧化碳当量，较2023年下降6.8%；"
         "我们计划到2030年实现单位产品碳排放强度较2020年下降30%。")
ROWS = [["指标", "单位", "2022年", "2023年", "2024年"],
        ["综合能源消耗量", "吨标准煤", "38,410", "36,950", "35,120"],
        ["温室气体排放总量", "吨二氧化碳当量", "96,300", "92,870", "88,540"]]


def _analyses() -> list[Analysis]:
    lexicon, subject = load_lexicon(), subject_for(NAME, 2024)
    table = "\n".join(" ".join(row) for row in ROWS)
    return [analyse(PROSE, lexicon, subject=subject),
            analyse(table, lexicon, table_rows=ROWS, subject=subject)]


def test_an_analysis_comes_back_from_pickle_whole() -> None:
    prose, table = _analyses()
    # rich analyses, not empty ones: points with figures, trends, multi-year series
    assert prose.points and prose.measured and prose.trends
    assert len(table.series) == 2 and table.points
    for analysis in (prose, table):
        back = pickle.loads(pickle.dumps(analysis, pickle.HIGHEST_PROTOCOL))
        assert type(back) is Analysis
        assert back.__reduce__()[1] == analysis.__reduce__()[1]
        assert back.concepts == analysis.concepts


def test_the_pickled_state_names_every_attribute() -> None:
    """An attribute added to `Analysis.__init__` and left out of its pickled state would be
    lost in the child's analyses: the restoring function must take every one, in order."""
    fresh = Analysis("", [], [])
    if not hasattr(fresh, "__dict__"):
        pytest.skip("compiled: attribute names are checked on the source")
    taken = list(inspect.signature(records._restored).parameters)
    assert taken == list(vars(fresh))
    assert len(fresh.__reduce__()[1]) == len(taken)


def test_a_series_comes_back_from_pickle() -> None:
    series = SeriesFound("温室气体排放总量", "吨二氧化碳当量", "mass",
                         ((2022, 96300.0), (2024, 88540.0)), "down", ("I11.1",), (0, 12))
    assert pickle.loads(pickle.dumps(series)) == series
