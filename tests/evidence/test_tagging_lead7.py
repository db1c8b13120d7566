"""Evidence the reader gave wrongly on an audit of the report-style corpus (session 7, issue
#12): a point that is only "not yet" done, peak wording without the word peak, customers'
violations, electricity made for the company's own use, a training session on a topic.
Passages written for these tests, in other words than the demo corpus."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize(("text", "point", "rating"), [
    # "not yet" is no commitment, even for points a plan discloses (I06.1 plans_count)
    ("We have not yet committed to a net zero date; the Board will review it next year.",
     "I06.1", 0.5),
    ("集团尚未制定碳达峰、碳中和目标，将在完成碳盘查后研究确定。", "I06.1", 0.5),
    ("集团计划于2025年制定碳中和路线图。", "I06.1", 1.0),
    # a peak in other words
    ("We will stop the growth of our absolute Scope 1 and 2 emissions by 2027.", "I06.1", 1.0),
    ("Our operational emissions will peak no later than 2026.", "I06.1", 1.0),
    # the company's own record, not its borrowers'
    ("2023年公司未发生环境违法违规行为，未受到生态环境部门行政处罚。", "I01.3", 1.0),
    ("对存在环境违法违规记录的借款企业，本行一律暂停新增授信。", "I01.3", 0.0),
    # clean power sold to the grid avoids emissions for others; power made for own use does not
    ("光伏电站全年上网电量4.6亿千瓦时，相当于减少二氧化碳排放约37万吨。", "I09.3", 1.0),
    ("屋顶光伏所发电量全部自用，相当于减少外购电力对应的碳排放2,100吨。", "I09.3", 0.0),
    # a risk, not a training session about risks
    ("持续高温和干旱可能降低水电出力，是公司面临的主要物理风险。", "I13.2", 1.0),
    ("全年举办气候风险专题培训18场，覆盖员工3,400人次。", "I13.2", 0.0),
])
def test_reading(text: str, point: str, rating: float) -> None:
    assert points(text).get(point, 0.0) == rating
