"""The unseen-state dataset's records and the few facts read from each (session 21; split out
of `unseen_signals.py` in session 23). A record is one (document, point) of a blind round rated
by its own pre-fix code: `scripts/unseen_rounds.py` writes them, `unseen_tables.py` describes
them and `unseen_signals.py` tries policies on them."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "unseen" / "unseen.jsonl"
Rec = dict


def load(path: Path = DATA) -> list[Rec]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def scored(records: list[Rec]) -> list[Rec]:
    return [r for r in records if r["level"] > 0]


def counts(records: list[Rec]) -> tuple[int, int, int]:
    c = Counter(r["outcome"] for r in records)
    return c["tp"], c["fp"], c["fn"]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def break_even(train: list[Rec]) -> float:
    tp, fp, fn = counts(train)
    return (tp + fp + fn) / (2 * tp + fp + fn)


def is_fp(r: Rec) -> bool:
    return r["outcome"] == "fp"


def n_ev(r: Rec) -> int:
    return len(r["evidence"])


def n_pages(r: Rec) -> int:
    return len({e["page"] for e in r["evidence"]})


def first(r: Rec) -> dict:
    return r["evidence"][0] if r["evidence"] else {"passage": "", "matched": [],
                                                      "quantities": [], "page": None}


def form(r: Rec) -> str:
    """The first evidence's form: a table row, a short heading-like line, a run of figures
    (highlight tiles, KPI runs), or prose."""
    p = first(r)["passage"]
    if " | " in p:
        return "table"
    if len(p) < 40 and not re.search(r"[。.;；]", p):
        return "heading"
    if len(re.findall(r"\d", p)) > 0.15 * max(len(p), 1):
        return "figures"
    return "prose"


# wording kinds the audits name again and again (session 21's look at the false positives):
# a thing said not done, others as actors, finance, a plan, a product
WORDING = {
    "negation": r"尚未|未有|没有|並無|并无|未曾|暂不|暫不|不属于|不屬於|不产生|不涉及|未开展|未制定"
                r"|未设定|未訂立|未订立|not yet|has not|have not|does not|do not|no plan",
    "others": r"客户|客戶|供应商|供應商|基金会|基金會|政府|国家|國家|行业|行業|customers?|suppliers?"
              r"|foundation|government|industry",
    "finance": r"贷款|貸款|债券|債券|承销|承銷|融资|融資|授信|投资|投資|基金|loans?|bonds?|financ"
               r"|underwr|invest",
    "plan": r"计划|計劃|将|將|拟|擬|力争|力爭|目标|目標|plan|will|aim|target",
    "product": r"产品|產品|products?",
}
WORDING_RX = {k: re.compile(v, re.I) for k, v in WORDING.items()}
