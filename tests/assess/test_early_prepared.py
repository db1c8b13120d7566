"""What `cnsr rate` makes ready while the pages are read besides the analyses (`EarlyAnalysis`:
each page's navigation passages, the passages' `Located`, relevance tokens and GHG figures),
so that less is left for after the last page: the rating is the reader's, and anything that
changed after it was made, or another run, is made again."""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence.early import EarlyAnalysis
from cnsr.evidence.emission_figures import find_emissions, load_markers
from cnsr.evidence.find import find_evidence
from cnsr.evidence.navigation import navigation_passages
from cnsr.evidence.subject import subject_for
from cnsr.ingest.document import Document, Page
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

NAME = "澜川新能源股份有限公司"
CONTENTS = ("目录\n董事长致辞 ......................... 3\n关于本报告 ......................... 4\n"
            "应对气候变化 ....................... 12\n绿色运营 ........................... 18\n"
            "社会责任 ........................... 26\n附录：指标索引 ..................... 40")
EMISSIONS = ("2023年，澜川新能源范围一温室气体排放量为2.14万吨二氧化碳当量，范围二排放量为"
             "4.62万吨二氧化碳当量，单位营业收入碳排放强度较上年下降6.3%。")
GHG_TABLE = [["指标", "单位", "2021年", "2022年", "2023年"],
             ["范围一排放量", "吨二氧化碳当量", "23,480", "22,010", "21,400"],
             ["范围二排放量", "吨二氧化碳当量", "49,120", "47,750", "46,200"]]
PLAN = "公司制定了碳达峰行动方案，计划于2028年前实现运营碳达峰，并逐年披露减排进展。"
PV = "年内新增屋顶分布式光伏装机18兆瓦，全年绿电使用比例提升至27%。"


def _report() -> Document:
    return make_doc([["2023年度环境、社会及治理报告"], [CONTENTS], [EMISSIONS, GHG_TABLE],
                     [PLAN, PV]], path="lanchuan-2023.pdf")


def _read_early(doc: Document, m: LoadedMethodology) -> EarlyAnalysis:
    early = EarlyAnalysis(m.lexicon(), subject_for(NAME, 2023))
    for page in doc.pages:
        early.add(page)
    return early


def test_made_while_reading_the_rating_is_the_readers(m: LoadedMethodology) -> None:
    doc = _report()
    company = Company(name=NAME, year=2023)
    early = _read_early(doc, m)
    assert (2, 0) in early.navigation[2][2]  # the contents page, known as it was read ...
    assert (2, 0) not in early.passages  # ... and never analysed
    assert early.figures and early.tokens and early.located  # the rest was made too
    rating = rate_documents([doc], company, m, early=[early])
    assert rating.model_dump() == rate_documents([doc], company, m).model_dump()
    assert rating.emissions  # the GHG figures really count


def test_the_figures_found_early_are_taken(m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    subject = subject_for(NAME, 2023)
    early = _read_early(doc, m)
    found = find_evidence([doc], lex, subject, [early.for_subject(lex, subject)],
                          [early.prepared(lex)])
    markers = load_markers(lex.source)
    taken = find_emissions(found, markers, early.figures)
    made = {id(f) for _, figures in early.figures.values() for f in figures}
    assert taken and all(id(f) in made for f in taken)
    # found afresh they are the same figures, quoted from the same passages
    again = find_emissions(found, markers)
    assert [(f.key, f.where, f.row) for f in again] == [(f.key, f.where, f.row) for f in taken]
    assert all(f.where.file == doc.path and f.where.order >= 0 for f in taken)


def test_a_page_changed_after_it_was_read_is_looked_at_again(m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    early = _read_early(doc, m)
    # the contents page as finally read is prose: its navigation found early no longer holds
    prose = make_doc([[PLAN]]).pages[0].passages
    changed = Document(path=doc.path, sha256=doc.sha256, kind=doc.kind,
                       pages=[doc.pages[0], Page(number=2, text=PLAN, passages=prose),
                              *doc.pages[2:]])
    assert navigation_passages(changed, early.navigation) == navigation_passages(changed)
    assert (2, 0) not in navigation_passages(changed, early.navigation)
    # a page edited in place (the same object) is looked at again too
    doc.pages[1].passages[0].text = PLAN
    doc.pages[1].text = PLAN
    assert navigation_passages(doc, early.navigation) == navigation_passages(doc) == set()
    subject = subject_for(NAME, 2023)
    found = find_evidence([doc], lex, subject, [early.for_subject(lex, subject)],
                          [early.prepared(lex)])
    assert any(loc.page == 2 for loc in found.passages)  # analysed after reading instead


def test_a_second_run_makes_its_own(m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    subject = subject_for(NAME, 2023)
    early = _read_early(doc, m)
    first = find_evidence([doc], lex, subject, [early.for_subject(lex, subject)],
                          [early.prepared(lex)])
    second = find_evidence([doc], lex, subject, [early.for_subject(lex, subject)],
                           [early.prepared(lex)])
    assert not {id(loc) for loc in first.passages} & {id(loc) for loc in second.passages}
    assert [loc.relevance for loc in first.passages] == \
        [loc.relevance for loc in second.passages]
    assert early.prepared(m.lexicon()) is not None
