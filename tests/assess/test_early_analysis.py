"""Passages analysed page by page while a report is read (`evidence/early.py`, what `cnsr rate`
does) give the rating the reader gives when it analyses them after the last page, including
when the report year, learnt from the document afterwards, turns future-year cues into
history."""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence.early import EarlyAnalysis
from cnsr.evidence.find import find_evidence
from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.subject import subject_for
from cnsr.ingest.document import Document, Page
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

NAME = "青屿新材料股份有限公司"
# In a 2025 report "2025年" and "2024年" are history; before the year is known they read as
# future years (the zh lexicon's future_year cue starts at 2024).
HISTORY = ("2025年，公司范围一温室气体排放量为3.26万吨二氧化碳当量，较2024年下降4.1%，"
           "范围二排放量为5.87万吨二氧化碳当量。")
SOLAR = "截至2025年底，青屿新材料已建成分布式光伏电站12座，装机容量合计46兆瓦。"
TARGET = "公司承诺2030年前实现碳达峰、2055年前实现碳中和，并将减排目标纳入管理层绩效考核。"
KPI = [["指标", "单位", "2023年", "2024年", "2025年"],
       ["综合能源消耗量", "吨标准煤", "52,310", "50,870", "48,960"],
       ["用水总量", "万吨", "186.4", "179.2", "171.5"]]
SOCIAL = "全年开展安全生产培训46场，员工培训覆盖率100%，未发生重大安全生产事故。"


def _report() -> Document:
    return make_doc([["2025年度可持续发展报告"], [TARGET, SOCIAL], [HISTORY, KPI], [SOLAR]],
                    path="qingyu-2025.pdf")


def _read_early(doc: Document, m: LoadedMethodology, year: int | None) -> EarlyAnalysis:
    """The document's pages analysed one by one, as `cnsr rate` does while reading."""
    early = EarlyAnalysis(m.lexicon(), subject_for(NAME, year))
    for page in doc.pages:
        early.add(page)
    return early


def test_early_analysis_gives_the_rating_of_the_reader(m: LoadedMethodology) -> None:
    doc = _report()
    company = Company(name=NAME, year=2025)
    serial = rate_documents([doc], company, m)
    for known in (None, 2025):  # the year learnt after reading, or given (--year)
        early = _read_early(doc, m, known)
        rating = rate_documents([doc], company, m, early=[early])
        assert rating.model_dump() == serial.model_dump()
    assert serial.indicator("I11").points  # the history sentence really counts


def test_passages_the_report_year_changes_are_analysed_again(
        m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    early = _read_early(doc, m, None)
    subject = subject_for(NAME, 2025)
    kept = early.for_subject(lex, subject)
    # the passages naming 2024 or 2025 (title, history, KPI header, solar) are left out; the
    # page whose years are all after 2025 is kept
    assert len(early.passages) == 6 and set(kept) == {(2, 0), (2, 1)}
    # ... and rightly: taken as they were analysed, the history figures would be targets
    stale = find_evidence([doc], lex, subject, [early.passages])
    fresh = find_evidence([doc], lex, subject, [kept])
    assert fresh.best("I11.1") == 1.0 and stale.best("I11.1") == 0.5
    assert fresh.points.keys() == find_evidence([doc], lex, subject).points.keys()


def test_other_names_or_lexicon_use_nothing(m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    early = _read_early(doc, m, 2025)
    assert early.for_subject(lex, subject_for(NAME, 2025)) is early.passages
    assert early.for_subject(lex, subject_for("澄江环保科技股份有限公司", 2025)) == {}
    assert early.for_subject(lex, subject_for(NAME, 2024)) == {}  # a year given, then changed
    other = load_lexicon(rules=None)
    if other is not lex:
        assert early.for_subject(other, subject_for(NAME, 2025)) == {}


def test_a_passage_changed_after_its_analysis_is_analysed_again(
        m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    subject = subject_for(NAME, 2025)
    early = _read_early(doc, m, 2025)
    # the page as finally read differs from the one analysed: its text is what counts
    page = doc.pages[1]
    passages = [p.model_copy(update={"text": SOCIAL}) if p.index == 0 else p
                for p in page.passages]
    changed = Document(path=doc.path, sha256=doc.sha256, kind=doc.kind,
                       pages=[doc.pages[0], Page(number=2, text=SOCIAL, passages=passages),
                              *doc.pages[2:]])
    found = find_evidence([changed], lex, subject, [early.for_subject(lex, subject)])
    assert found.points.keys() == find_evidence([changed], lex, subject).points.keys()
    assert "I06.2" not in found.points  # the target sentence is gone with its text


def test_a_table_edited_in_place_after_its_analysis_is_analysed_again(
        m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    subject = subject_for(NAME, 2025)
    early = _read_early(doc, m, 2025)
    table = doc.pages[2].passages[1].table
    assert table is not None
    table.rows[1][4] = "47,120"  # the same row list, changed after the page was analysed
    found = find_evidence([doc], lex, subject, [early.for_subject(lex, subject)])
    kpi = next(loc for loc in found.passages if loc.page == 3 and loc.rows is not None)
    assert "47,120" in kpi.analysis.text and "48,960" not in kpi.analysis.text


# Figures dated by the report year (上年同期, "(2022年：…)") and a lead-in whose base year the
# target list after it takes: both depend on more than the passage's own text. A 2023 report,
# so no year in them is a future-year cue before the year is known.
PRIOR = ("报告期内，公司温室气体排放总量为8.42万吨二氧化碳当量；上年同期为8.97万吨二氧化碳当量。"
         "单位产值碳排放0.31吨/万元（2022年：0.34吨/万元）。")
LEAD = "以2020年为基准年，公司设定以下减排目标："
ITEM = "到2030年，单位产值二氧化碳排放下降35%。"


def test_year_dated_figures_and_lead_in_context_match_the_reader(m: LoadedMethodology) -> None:
    doc = make_doc([["2023年度可持续发展报告"], [PRIOR, SOCIAL], [LEAD, ITEM]],
                   path="qingyu-2023.pdf")
    company = Company(name=NAME, year=2023)
    serial = rate_documents([doc], company, m)
    assert {(e.year, e.value_t) for e in serial.emissions if e.scope == "total"} == {
        (2023, 84_200), (2022, 89_700)}
    for known in (None, 2023):
        rating = rate_documents([doc], company, m, early=[_read_early(doc, m, known)])
        assert rating.model_dump() == serial.model_dump()
