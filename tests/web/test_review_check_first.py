"""The review page points the reviewer at the scored points to check first (report/check_first:
a reader's 0.5 on one passage with no figure read), and a reviewer's own value takes the mark
away."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cnsr.methodology.load import load_methodology
from cnsr.rating import Evidence, Rating
from cnsr.store.repository import Store
from cnsr.store.schema import CompanyYear
from conftest import company_id

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))
from rank_factory import make_rating  # noqa: E402

NAME = "澄河化工"


def _ev(passage: str, page: int, quantities: list[str] | None = None) -> Evidence:
    return Evidence(file="reports/chenghe-2023.pdf", page=page, passage=passage,
                    quantities=quantities or [])


def reader_rating() -> Rating:
    """A stage-3 chemicals maker as the reader rates it: two 0.5s on one passage without a
    figure (to check), a 0.5 on a passage with its figure, a 0.5 on two passages, a 1 on one."""
    m = load_methodology()
    evidence = {
        "I03.4": [_ev("公司持续推进节能降耗工作，鼓励各生产基地开展技术改造。", 5)],
        "I08.2": [_ev("集团积极探索绿色低碳发展路径，关注可再生能源的应用前景。", 7)],
        "I03.2": [_ev("2023年外购电力18.6万兆瓦时，天然气2,410万立方米。", 5,
                      ["18.6万兆瓦时", "2,410万立方米"])],
        "I06.1": [_ev("公司支持国家碳达峰、碳中和目标，将研究制定自身路线图。", 3),
                  _ev("董事会审议了气候相关议题，并要求管理层评估转型影响。", 3)],
        "I11.1": [_ev("2023年范围一排放量为42.7万吨二氧化碳当量。", 6, ["42.7万吨"])],
    }
    points = {"I03.4": 0.5, "I08.2": 0.5, "I03.2": 0.5, "I06.1": 0.5, "I11.1": 1.0}
    rating = make_rating(m, NAME, stage=3, code="609377.SH", year=2023, points=points,
                         evidence=evidence)
    indicators = [ind.model_copy(update={"points": [p.model_copy(update={"source": "reader"})
                                                    for p in ind.points]})
                  for ind in rating.indicators]
    provenance = rating.provenance.model_copy(update={"produced_by": "reader"})
    return rating.model_copy(update={"indicators": indicators, "provenance": provenance})


@pytest.fixture(scope="module")
def cid(seeded: Store) -> int:
    """The company page's id (a low total: the study page lists only the top rows)."""
    seeded.save_rating(reader_rating(), documents=[])
    with seeded.engine.connect() as conn:
        return int(conn.execute(select(CompanyYear.id).where(
            CompanyYear.key == "609377.SH/2023")).scalar_one())


def _listed(html: str) -> list[str]:
    block = html.split('class="to-check"', 1)
    if len(block) < 2:
        return []
    return re.findall(r"#pt-(I\d\d\.\d+)\"", block[1].split("</p>", 1)[0])


def test_the_page_lists_the_points_to_check_first(login: Callable[[str], Any], cid: int) -> None:
    client = login("rev")
    page = client.get(f"/company/{cid}?lang=en&open=I03").text
    assert _listed(page) == ["I03.4", "I08.2"]
    assert "2 to check first" in page
    detail = page.split('id="pt-I03.4"', 1)[1].split("</tr>", 1)[0]
    assert "check first" in detail and "no figure read for the point" in detail
    with_figure = page.split('id="pt-I03.2"', 1)[1].split("</tr>", 1)[0]
    assert "check first" not in with_figure
    zh = client.get(f"/company/{cid}?lang=zh").text
    assert "2 项优先核实" in zh and "约三分之一有误" in zh


def test_expert_ratings_carry_no_mark(login: Callable[[str], Any]) -> None:
    client = login("rev")
    page = client.get(f"/company/{company_id(client, '靖海电力')}?lang=en").text
    assert _listed(page) == [] and "to check first" not in page  # its 0.5s are an expert's


def test_a_reviewers_value_is_no_longer_to_check(login: Callable[[str], Any], cid: int) -> None:
    client = login("ana")
    r = client.post(f"/company/{cid}/override",
                    data={"target": "point:I08.2", "value": "0.5", "reason": "核对原文，属实"})
    assert r.status_code == 303
    assert _listed(client.get(f"/company/{cid}?lang=en").text) == ["I03.4"]
    client.post(f"/company/{cid}/override",
                data={"target": "point:I08.2", "value": "", "reason": "undo", "revert": "1"})
    assert _listed(client.get(f"/company/{cid}?lang=en").text) == ["I03.4", "I08.2"]
