"""A demo store for the web app's tests, screenshots and benchmark: the power-company ratings
of tests/rank/rank_factory.py (built through the methodology engine), one company whose
evidence cites real pages of demo/corpus/d01_jinghai_power_2023.pdf, one whose name holds
markup, and four users (one per role).

    python tests/web/seed.py out/web-demo.sqlite    # then: cnsr serve --db out/web-demo.sqlite
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests" / "rank"))

from rank_factory import demo_ratings, make_rating  # noqa: E402
from seed_checks import jinghai_check  # noqa: E402

from cnsr.methodology.load import LoadedMethodology, load_methodology  # noqa: E402
from cnsr.rating import EmissionFigure, Evidence, Rating  # noqa: E402
from cnsr.store.repository import DocumentInput, Store  # noqa: E402
from cnsr.store.review_workflow import ReviewStore  # noqa: E402
from cnsr.web.security import hash_password  # noqa: E402

PDF = ROOT / "demo" / "corpus" / "d01_jinghai_power_2023.pdf"
YEAR = 2023
USERS = {"admin": ("admin", "admin-pass-1"), "ana": ("analyst", "analyst-pass-1"),
         "rev": ("reviewer", "reviewer-pass-1"), "vic": ("viewer", "viewer-pass-1")}
XSS_NAME = "<script>alert('x')</script>绿能公司"
JINGHAI = [  # (point, page, passage as printed in the PDF)
    ("I03.1", 2, "全年完成发电量1,682亿千瓦时，同比增长3.1%"),
    ("I06.1", 4, "公司承诺力争2028年实现碳排放达峰，2060年前实现碳中和。"),
    ("I06.2", 4, "碳排放达峰 二氧化碳排放总量达到峰值 — 2028年 排放总量同比下降1.5%"),
    ("I06.3", 4, "排放强度 单位供电二氧化碳排放强度较基准年下降8% 2020年 2025年 已下降7.5%"),
    # a table, quoted as the reader quotes one: its header over the row holding the cue
    ("I03.5", 3, "项目 | 单位 | 2021年 | 2022年 | 2023年\n清洁能源装机占比 | % | 15.4 | 19.0 | 23.2"),
]


def jinghai(m: LoadedMethodology, year: int, pdf: Path) -> Rating:
    evidence = {pid: [Evidence(file=str(pdf), page=page, passage=text,
                               matched=[text.split("\n")[-1].split(" | ")[0][:4]])]
                for pid, page, text in JINGHAI}
    points = {pid: 1.0 for pid, _p, _t in JINGHAI}
    points.update({"I01.1": 1, "I01.2": 0.5, "I02.1": 1, "I03.2": 0.5, "I07.1": 1, "I11.1": 1,
                   "I11.2": 1, "I08.1": 0.5})
    rating = make_rating(m, "靖海电力", stage=3, code="609101.SH", year=year, points=points,
                         dims={"I03": {"trend": "B3", "comparison": "B2", "integration": "B3"}},
                         evidence=evidence)
    # the reader often cites one sentence for two reasons: the page must quote it once
    pledge = Evidence(file=str(pdf), page=2, matched=["碳中和"],
                      passage="公司将碳达峰、碳中和纳入发展战略全局，明确提出力争2028年实现碳排放达峰、"
                              "2060年前实现碳中和的目标")
    criteria = {**rating.criteria, "carbon_awareness": rating.criteria["carbon_awareness"]
                .model_copy(update={"evidence": [pledge, pledge.model_copy()]})}
    return rating.model_copy(update={"emissions": jinghai_emissions(pdf), "criteria": criteria})


def jinghai_emissions(pdf: Path) -> list[EmissionFigure]:
    """Scope 1 for three years from a KPI table row, and an avoided amount kept apart."""
    row = ("指标 | 单位 | 2021年 | 2022年 | 2023年\n"
           "范围一排放 | 万吨二氧化碳当量 | 12,186.4 | 12,051.7 | 11,872.3")
    out = [EmissionFigure(scope="scope1", kind="own", year=y, value=v * 1e4, unit="tCO2e",
                          written=f"{v:,}万吨二氧化碳当量", label="范围一排放",
                          evidence=Evidence(file=str(pdf), page=5, passage=row))
           for y, v in ((2021, 12186.4), (2022, 12051.7), (2023, 11872.3))]
    out.append(EmissionFigure(
        scope="total", kind="avoided", year=None, value=1.02e6, unit="tCO2", written="102万吨",
        label="相应减少二氧化碳排放",
        evidence=Evidence(file=str(pdf), page=4, passage="光伏发电相应减少二氧化碳排放102万吨")))
    return out


def seed(db: str | Path, *, pdf: Path = PDF) -> Store:
    m = load_methodology()
    store = Store.open(db)
    for rating in demo_ratings(m, year=YEAR):
        store.save_rating(rating, documents=[])
    doc = DocumentInput(path=str(pdf), sha256=hashlib.sha256(pdf.read_bytes()).hexdigest())
    rated = jinghai(m, YEAR, pdf)
    store.save_rating(rated, documents=[doc],
                      checks=[(jinghai_check(rated.company, pdf), "c" * 64)])
    store.save_rating(make_rating(m, XSS_NAME, stage=2, year=YEAR, disclose={"I06": 0.5}),
                      documents=[])
    review = ReviewStore(store)
    for name, (role, password) in USERS.items():
        review.add_user(name, hash_password(password), role, by="seed")
    return store


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "out/web-demo.sqlite")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    seed(target).close()
    print(f"demo store {target}; users: " + ", ".join(f"{n} / {p} ({r})"
                                                      for n, (r, p) in USERS.items()))
