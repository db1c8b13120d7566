"""Checklist results in the store (migration 0005_checks), on SQLite and PostgreSQL: several
frameworks per company-year, read back unchanged, item rows for SQL, replaced per framework."""

from __future__ import annotations

from sqlalchemy import func, select
from store_factory import make_rating

from cnsr.frameworks.results import CheckResult, ItemResult, Readiness, StoredCheck, Text
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Evidence
from cnsr.store import Store
from cnsr.store.checks import CheckItemRow, CheckRow

COMPANY = Company(name="大唐国际发电", code="601991.SH", industry="D44", size="L", year=2023)


def _check(framework: str, version: str, statuses: dict[str, str]) -> StoredCheck:
    """A check of `statuses` (item → status); met and partly items cite a page of the report."""
    items = []
    for item, status in statuses.items():
        level = "must" if item.startswith("GEN") else "encouraged"
        evidence = [] if status == "missing" else [Evidence(
            file="reports/601991-2023-esg.pdf", page=41,
            passage="范围一温室气体排放量为 1,234.5 万吨二氧化碳当量，较上年下降 3.2%",
            matched=["范围一"])]
        reason = Text(zh="未找到：说明报告覆盖的期间", en="not found: the report states its "
                      "period") if status == "missing" else None
        items.append(ItemResult(item=item, level=level, pillar="general", status=status,
                                found_by="rule" if evidence else "", evidence=evidence,
                                reason=reason))
    must = [i for i in items if i.level == "must"]
    ready = [Readiness(level="must", items=len(must),
                       met=sum(i.status == "met" for i in must),
                       partly=sum(i.status == "partly" for i in must),
                       missing=sum(i.status == "missing" for i in must), share=0.5)]
    result = CheckResult(framework=framework, company=COMPANY, files=["601991-2023-esg.pdf"],
                         rated_with="cnsr@1.0", rating_stage=2, rating_total=41.5, items=items,
                         readiness=ready, add_first=[i.item for i in items
                                                     if i.status != "met"])
    return StoredCheck(framework=framework, version=version,
                       title=Text(zh="交易所指引", en="Exchange guideline"),
                       levels={"must": Text(zh="应当披露", en="must disclose")},
                       names={i: Text(zh=f"条目{i}", en=f"item {i}") for i in statuses},
                       result=result)


def _missing(store: Store, item: str) -> list[str]:
    """Company-years missing `item` in any framework: the SQL question the item rows serve."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(CheckRow.key, CheckRow.framework).join(CheckItemRow)
                            .where(CheckItemRow.item == item,
                                   CheckItemRow.status == "missing"))
        return sorted(f"{k} {f}" for k, f in rows)


def test_a_company_year_carries_several_frameworks(store: Store, m: LoadedMethodology) -> None:
    rating = make_rating(m)
    exchange = _check("exchange-2024-climate", "a1b2c3d4e5f6",
                      {"GEN.PERIOD": "met", "GEN.INDEX": "missing", "CLM.SCOPE3": "partly"})
    mof = _check("mof-climate-1", "0f9e8d7c6b5a", {"GEN.PERIOD": "missing", "CLM.SCOPE3": "met"})
    store.save_rating(rating, checks=[(exchange, "f" * 64), (mof, "e" * 64)])
    assert store.checks(key=COMPANY.key) == [exchange, mof]
    assert store.checks(framework="mof-climate-1") == [mof]
    assert store.checks(year=2022) == []
    assert _missing(store, "GEN.PERIOD") == ["601991.SH/2023 mof-climate-1"]
    assert store.done_check_fingerprints() == {"f" * 64, "e" * 64}
    with store.engine.connect() as conn:
        row = conn.execute(select(CheckRow.items, CheckRow.met, CheckRow.partly,
                                  CheckRow.missing, CheckRow.share, CheckRow.version)
                           .where(CheckRow.framework == "exchange-2024-climate")).one()
        detail = conn.execute(select(CheckItemRow.detail)
                              .where(CheckItemRow.item == "GEN.INDEX")).scalar_one()
    assert tuple(row) == (3, 1, 1, 1, 0.5, "a1b2c3d4e5f6")
    assert detail["evidence"] == [] and detail["reason"]["en"].startswith("not found")


def test_a_new_check_replaces_its_framework_only(store: Store, m: LoadedMethodology) -> None:
    store.save_rating(make_rating(m), checks=[
        (_check("exchange-2024-climate", "v1", {"GEN.PERIOD": "missing"}), "1" * 64),
        (_check("mof-climate-1", "v1", {"GEN.PERIOD": "missing"}), "2" * 64)])
    newer = _check("exchange-2024-climate", "v2", {"GEN.PERIOD": "met", "GEN.INDEX": "met"})
    store.save_checks(COMPANY, [(newer, "3" * 64)], run_id=None)
    stored = {c.framework: c for c in store.checks(key=COMPANY.key)}
    assert stored["exchange-2024-climate"] == newer
    assert stored["mof-climate-1"].version == "v1"
    assert store.done_check_fingerprints() == {"2" * 64, "3" * 64}
    with store.engine.connect() as conn:  # the replaced check's item rows went with it
        assert conn.execute(select(func.count()).select_from(CheckItemRow)).scalar_one() == 3
    assert _missing(store, "GEN.PERIOD") == ["601991.SH/2023 mof-climate-1"]


def test_checks_without_a_rating(store: Store) -> None:
    check = _check("exchange-2024-climate", "v1", {"GEN.PERIOD": "met"})
    store.save_checks(COMPANY, [(check, "4" * 64)])
    assert store.checks() == [check]
    assert store.ratings() == []
