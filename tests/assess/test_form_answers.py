"""Template questions answered with checkboxes (`evidence/form_answers.py`): every A-share annual
report prints "在报告期内为减少其碳排放所采取的措施及效果 □适用 √不适用" and the like, so the
question's words are no disclosure. Before session 8 a report answering 不适用 everywhere was
put at stage 2 by the question's own "减少其碳排放所采取的措施". Passages written for these tests
(an invented machinery maker)."""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence.form_answers import form_questions
from cnsr.evidence.normalize import normalize, sentence_spans
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating

NAME = "澄川机械股份有限公司"

# the template's questions, each on its line, as PDF lines joined into one passage
NOT_APPLICABLE = ("公司及其子公司是否属于环境保护部门公布的重点排污单位 □是 √否 "
                  "报告期内因环境问题受到行政处罚的情况 □适用 √不适用 "
                  "参照重点排污单位披露的其他环境信息 □适用 √不适用 "
                  "在报告期内为减少其碳排放所采取的措施及效果 □适用 √不适用")
SOCIAL = "公司依法为员工缴纳社会保险和住房公积金，全年组织安全生产培训32场。"


def _points(r: Rating) -> dict[str, float]:
    return {p.point: p.rating for i in r.indicators for p in i.points if p.rating > 0}


def test_questions_answered_not_applicable_earn_nothing(m: LoadedMethodology) -> None:
    r = rate_documents([make_doc([[NOT_APPLICABLE, SOCIAL]])], Company(name=NAME, year=2023), m)
    assert r.stage == 0
    assert not any(c.met for c in r.criteria.values())
    assert not [p for p in _points(r) if p[:3] in {"I01", "I02", "I03", "I06", "I07", "I08"}]


def test_the_answer_ends_the_question_and_the_disclosure_after_it_counts(
        m: LoadedMethodology) -> None:
    measures = ("在报告期内为减少其碳排放所采取的措施及效果 ☑适用 ☐不适用 公司在总装车间屋顶建成"
                "分布式光伏电站，装机容量3.1兆瓦，全年发电326万千瓦时，减少二氧化碳排放约1,860吨；"
                "对空压站实施变频节能改造，年节约用电84万千瓦时。")
    r = rate_documents([make_doc([[measures]])], Company(name=NAME, year=2023), m)
    assert r.criteria["carbon_awareness"].met
    quote = r.criteria["carbon_awareness"].evidence[0]
    assert "屋顶" in quote.passage or "空压站" in quote.passage
    text = normalize(measures)
    questions = form_questions(text, sentence_spans(text))
    assert len(questions) == 1 and text[slice(*questions[0])].rstrip().endswith("☐不适用")
    assert _points(r).get("I08.3") == 1.0  # the rooftop plant's own disclosure
    # ... quoted without the template question before it
    quoted = next(p for i in r.indicators for p in i.points if p.point == "I08.3").evidence[0]
    assert quoted.passage.startswith("公司在总装车间屋顶建成")


def test_tick_glyphs_and_a_lone_tick() -> None:
    for answer in ("■是 □否", "√ 是 □ 否", "□有 √无", "○适用 ●不适用"):
        text = normalize(f"是否存在因环境问题受到处罚的情况 {answer} 公司全年未发生环境污染事故。")
        questions = form_questions(text, sentence_spans(text))
        assert len(questions) == 1, answer
        assert "事故" not in text[slice(*questions[0])]
    # a checklist tick before ordinary text, and two ticks, are no template answer
    for plain in ("√ 完成全部生产基地的碳盘查；√ 建成能源管理中心。",
                  "整改完成情况：√是 √否均已复核。"):
        text = normalize(plain)
        assert form_questions(text, sentence_spans(text)) == [], plain


def test_a_question_answered_on_a_line_apart(m: LoadedMethodology) -> None:
    # the answer printed as a passage of its own below the question
    doc = make_doc([["在报告期内为减少其碳排放所采取的措施及效果", "□适用　√不适用", SOCIAL]])
    r = rate_documents([doc], Company(name=NAME, year=2023), m)
    assert not r.criteria["carbon_awareness"].met and r.stage == 0
    # a heading above ordinary text is still read
    doc = make_doc([["节能降碳", "公司完成锅炉烟气余热回收改造，年减少二氧化碳排放约1,350吨。"]])
    r = rate_documents([doc], Company(name=NAME, year=2023), m)
    assert r.criteria["carbon_awareness"].met


# The template's headings (session 10): numbered, on their own line or glued after the
# sentence before them, with the company's own text under them.
HEADINGS = ("一、环境信息情况\n"
            "（一）属于环境保护部门公布的重点排污单位的公司及其主要子公司的环境信息\n"
            "详见下文。"
            "（二）参照重点排污单位披露其他环境信息\n"
            "三、报告期内为减少其碳排放所采取的措施及效果\n")


def test_template_headings_earn_nothing_and_the_text_under_them_counts(
        m: LoadedMethodology) -> None:
    bare = rate_documents([make_doc([[HEADINGS, SOCIAL]])], Company(name=NAME, year=2023), m)
    assert "I01.4" not in _points(bare)
    assert not [p for p in _points(bare) if p[:3] in {"I06", "I08"}]
    below = HEADINGS + "公司在两处装配基地屋顶建成分布式光伏4.6兆瓦，2023年发电486万千瓦时，全部自用。"
    r = rate_documents([make_doc([[below, SOCIAL]])], Company(name=NAME, year=2023), m)
    assert _points(r).get("I08.2") == 1


def test_rows_answered_not_applicable_earn_nothing(m: LoadedMethodology) -> None:
    table = [["项目", "本期"], ["报告期内投入环保资金（单位：万元）", "不适用"],
             ["报告期内缴纳环境保护税（单位：万元）", "—"]]
    spaced = "报告期内投入环保资金（单位：万元）  不适用"
    for page in ([table, SOCIAL], [spaced, SOCIAL]):  # a table, and cells only spaced apart
        r = rate_documents([make_doc([page])], Company(name=NAME, year=2023), m)
        assert "I05.1" not in _points(r)
    given = [row if row[1] != "不适用" else [row[0], "312.6"] for row in table]
    r = rate_documents([make_doc([[given, SOCIAL]])], Company(name=NAME, year=2023), m)
    assert _points(r).get("I05.1", 0) > 0
