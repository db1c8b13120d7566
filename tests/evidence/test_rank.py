"""BM25 relevance: counting only the query terms gives the same scores as counting every
token (find_evidence counts only the cue tokens, for speed)."""

from __future__ import annotations

import pytest

from cnsr.evidence.rank import BM25

# Token lists as the segmenter gives them for disclosure passages (Chinese and English).
DOCS = [
    ["公司", "温室气体", "排放", "总量", "为", "52.3", "万吨", "二氧化碳当量", "较", "上年",
     "下降", "4.1%", "范围一", "排放", "占", "八成"],
    ["报告期内", "公司", "新建", "分布式", "光伏", "电站", "12", "座", "可再生能源", "使用",
     "比例", "提升"],
    ["董事会", "下设", "可持续发展", "委员会", "负责", "审议", "气候", "相关", "风险"],
    ["scope", "1", "emissions", "fell", "to", "48,210", "tco2e", "scope", "2", "emissions",
     "were", "21,600", "tco2e"],
    ["温室气体", "排放", "排放", "核算", "依据", "温室气体", "核算", "体系"],
]
QUERIES = [["温室气体", "排放"], ["范围一", "排放"], ["光伏", "可再生能源"],
           ["scope", "emissions", "tco2e"], ["气候", "风险", "董事会"], ["碳中和"]]


def test_scores_with_query_terms_only_equal_full_counts() -> None:
    full = BM25(DOCS)
    terms = {t for q in QUERIES for t in q}
    restricted = BM25(DOCS, terms)
    for i in range(len(DOCS)):
        for query in QUERIES:
            assert restricted.score(i, query) == full.score(i, query)


def test_restricted_counts_keep_document_lengths() -> None:
    """Lengths (and so the average) stay those of the whole token lists: a long passage
    that mentions 排放 once ranks below a short one that repeats it."""
    restricted = BM25(DOCS, {"排放"})
    assert restricted.length == [len(d) for d in DOCS]
    assert restricted.score(4, ["排放"]) > restricted.score(0, ["排放"]) > 0
    assert restricted.score(2, ["排放"]) == 0
    assert restricted.df["排放"] == 2
    assert "公司" not in restricted.df


@pytest.mark.parametrize("query", [["排放"], ["scope", "tco2e"]])
def test_unknown_terms_score_nothing(query: list[str]) -> None:
    assert BM25(DOCS, {"碳中和"}).score(0, query) == 0
