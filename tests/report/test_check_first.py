"""Points to check first (data/review/check_first.yaml): which scored points a reviewer should
look at before the others, and how the card shows them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from cnsr.methodology import LoadedMethodology
from cnsr.rating import Evidence, PointRating, Rating
from cnsr.report.card import render_html
from cnsr.report.check_first import CheckFirst, check_first_rules, check_reason, points_to_check

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))
from rank_factory import make_rating  # noqa: E402


def _point(rating: float, passages: list[tuple[str, list[str]]], source: str = "reader"
           ) -> PointRating:
    return PointRating(point="I08.2", rating=rating, source=source,  # type: ignore[arg-type]
                       evidence=[Evidence(file="r.pdf", page=4, passage=text, quantities=q)
                                 for text, q in passages])


VAGUE = ("公司积极探索可再生能源应用，推动能源结构持续优化。", [])
FIGURE = ("2023年自建屋顶光伏发电1,260万千瓦时，占总用电量的8.4%。", ["1,260万千瓦时", "8.4%"])
OTHER = ("We are assessing on-site solar at two of our plants.", [])


def test_the_bundled_rules_say_where_they_come_from() -> None:
    rules = check_first_rules()
    assert rules.year >= 2026 and "unseen" in rules.source
    rule = rules.rules[0]
    assert rule.measured.flagged_wrong / rule.measured.flagged \
        > 3 * rule.measured.other_wrong / rule.measured.other  # why the kind is worth a mark


@pytest.mark.parametrize(("point", "marked"), [
    (_point(0.5, [VAGUE]), True),
    (_point(0.5, []), True),                       # a partial point with nothing quoted
    (_point(0.5, [FIGURE]), False),                # its figure was read
    (_point(0.5, [VAGUE, OTHER]), False),          # two passages agree
    (_point(1.0, [VAGUE]), False),                 # a full point is another kind
    (_point(0.0, []), False),                      # nothing scored
    (_point(0.5, [VAGUE], source="override"), False),  # a reviewer's value is checked
    (_point(0.5, [VAGUE], source="expert"), False),
])
def test_which_points_are_marked(point: PointRating, marked: bool) -> None:
    assert (check_reason(point) is not None) is marked


def test_a_malformed_rule_is_refused() -> None:
    raw = check_first_rules().model_dump()
    raw["rules"][0]["max_passages"] = 0
    with pytest.raises(ValidationError, match="max_passages"):
        CheckFirst.model_validate(raw)
    raw["rules"] = []
    with pytest.raises(ValidationError, match="rules"):
        CheckFirst.model_validate(raw)


def _reader(m: LoadedMethodology, stage: int, points: dict[str, PointRating]) -> Rating:
    """A rating built by the scoring engine, its points marked as the reader's."""
    rating = make_rating(m, "澄河化工", stage=stage, code="609377.SH", year=2023,
                         points={k: p.rating for k, p in points.items()},
                         evidence={k: p.evidence for k, p in points.items()})
    indicators = [ind.model_copy(update={"points": [p.model_copy(update={"source": "reader"})
                                                    for p in ind.points]})
                  for ind in rating.indicators]
    return rating.model_copy(update={"indicators": indicators})


def test_only_counted_indicators_are_listed(m: LoadedMethodology) -> None:
    rating = _reader(m, 1, {"I01.2": _point(0.5, [VAGUE]), "I08.2": _point(0.5, [VAGUE])})
    assert [i.indicator for i in rating.indicators if i.counted] == ["I01", "I02", "I03",
                                                                     "I04", "I05"]
    assert list(points_to_check(rating)) == ["I01.2"]


def test_the_card_marks_the_points_and_counts_them(m: LoadedMethodology) -> None:
    rating = _reader(m, 3, {"I08.2": _point(0.5, [VAGUE]), "I03.2": _point(0.5, [FIGURE]),
                            "I11.1": _point(1.0, [FIGURE])})
    zh = render_html(rating, m, "zh")
    assert zh.count('class="check"') == 1 and "1 个得分点只有一段证据" in zh
    en = render_html(rating, m, "en")
    assert "1 scored point(s) rest on one passage" in en and ">check first<" in en
    clean = render_html(_reader(m, 3, {"I11.1": _point(1.0, [FIGURE])}), m, "en")
    assert ">check first<" not in clean and "check-note" not in clean.split("</style>")[1]


def test_the_workbook_has_a_check_first_column(m: LoadedMethodology, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from cnsr.rank.study import build_study
    from cnsr.report.excel import write_study_excel

    rating = _reader(m, 3, {"I08.2": _point(0.5, [VAGUE]), "I03.2": _point(0.5, [FIGURE])})
    path = write_study_excel(build_study([rating], m), [rating], m, tmp_path / "study.xlsx")
    ws = load_workbook(path)["披露要点 Points"]
    head = [c.value for c in ws[2]]
    point, check = head.index("Point") + 1, head.index("Check first") + 1
    marked = {ws.cell(r, point).value: ws.cell(r, check).value for r in range(3, ws.max_row + 1)}
    assert marked["I08.2"].startswith("仅一段证据") and "check first" in marked["I08.2"]
    assert marked["I03.2"] == "" or marked["I03.2"] is None
    assert sum(1 for v in marked.values() if v) == 1
