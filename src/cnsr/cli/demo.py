"""`cnsr demo`: the main job on the bundled demo data, end to end.

It strings together the commands a rating team runs on a corpus — expert sheet, batch rating,
peer ranking with charts, report cards, evaluation against the labels — so a newcomer sees the
whole product from one command. Each step is the real command, called as a function.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cnsr.cli import batch, card, check, evaluate, expert, rank
from cnsr.cli.common import Lang, fail_on_error
from cnsr.errors import InputError

CHECKED = ("d01_jinghai_power_2023.pdf", "d05_qianfan_software_2023_en.pdf")
"""Demo documents checked against the exchange guideline (their labels: <doc>.check.yaml)."""


def _step(title: str) -> None:
    typer.secho(f"\n== {title} ==", bold=True)


@fail_on_error
def demo(
    data: Annotated[Path, typer.Option(help="The demo folder of a cnsr checkout.")] = Path("demo"),
    out: Annotated[Path, typer.Option(help="Where results go.")] = Path("out/demo"),
    lang: Lang = "zh",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes for the batch.")] = 2,
) -> None:
    """Run the demo: expert sheet, batch rating of the demo corpus, ranking, charts, cards,
    evaluation (演示：专家评分、批量评价、排名、图表、评价报告卡、准确率)."""
    sheet, manifest = data / "expert-sheet.xlsx", data / "corpus" / "manifest.csv"
    for needed in (sheet, manifest):
        if not needed.exists():
            raise InputError(f"{needed} not found; run from the repository root or pass --data")
    out.mkdir(parents=True, exist_ok=True)
    db = str(out / "cnsr.sqlite")

    _step("1. 专家评分表 / expert sheet → " + str(out / "expert-results.xlsx"))
    expert.score(sheet, out=out / "expert-results.xlsx", methodology_file=None, lang=lang)

    _step(f"2. 批量评价演示语料并对照交易所指引检查 / batch-rate the demo corpus and check it "
          f"against the exchange guideline → {db}")
    try:
        batch.batch(manifest, db=db, workers=workers, engine="local", scheduler=None,
                    methodology_file=None, rater=None, check=["exchange-2024-climate"])
    except typer.Exit as stop:
        if stop.exit_code:
            typer.echo("some documents failed; they are listed above and the rest go on")

    _step("3. 同组排名与图表 / peer rankings and charts → " + str(out / "study"))
    try:
        rank.rank(db=db, ratings=None, year=_busiest_year(db), out=out / "study", lang=lang,
                  methodology_file=None, kind="effective")
    except typer.Exit as stop:  # failed company-years: listed under the tables, not ranked
        if stop.exit_code:
            typer.echo("部分企业-年度评价失败，已在上方列出，未参加排名 / some company-years "
                       "failed; they are listed above and not ranked")

    _step("4. 评价报告卡 / report cards → " + str(out / "cards"))
    _write_cards(db, _rated_keys(db), out / "cards", lang, workers)

    _step("5. 与人工标注对比 / reader vs hand labels")
    evaluate.evaluate(corpus=data / "corpus", fmt="text", methodology_file=None, lexicon=None)

    _step("6. 对照交易所可持续发展报告指引检查 / check against the exchange guideline → "
          + str(out / "check"))
    for name in CHECKED:
        doc = data / "corpus" / name
        stem = doc.stem
        check.check([doc], year=2023, format=check.Format.json,
                    out=out / "check" / f"{stem}.json",
                    card=out / "check" / f"{stem}-readiness-{lang}.pdf", lang=lang)
    evaluate.evaluate(corpus=data / "corpus", fmt="text", methodology_file=None, lexicon=None,
                      check=True)

    typer.secho(f"\nAll outputs are in {out}/", bold=True)


def _write_cards(db: str, keys: list[str], folder: Path, lang: Lang, workers: int) -> None:
    """One PDF card per company-year, `workers` at a time: rendering a card (WeasyPrint) is
    CPU-bound and the cards are independent, so processes share the work as the batch does."""
    jobs = [(key, folder / f"{key.replace('/', '-')}-{lang}.pdf", db, lang) for key in keys]
    if workers == 1 or len(jobs) < 2:
        for job in jobs:
            _card(job)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        for _ in pool.map(_card, jobs):
            pass


def _card(job: tuple[str, Path, str, Lang]) -> None:
    key, target, db, lang = job
    card.card(key, out=target, db=db, rating=None, peers=None, lang=lang,
              methodology_file=None, kind="effective")


def _busiest_year(db: str) -> int | None:
    """The demo corpus holds 2023 reports and two of 2024: the study is of 2023."""
    from cnsr.rank.study import busiest_year
    from cnsr.store import Store

    with Store.open(db) as store:
        ratings = store.ratings(kind="reader")
    return busiest_year(ratings) if ratings else None


def _rated_keys(db: str) -> list[str]:
    from cnsr.store import Store

    with Store.open(db) as store:
        return sorted(r.company.key for r in store.ratings(kind="reader"))
