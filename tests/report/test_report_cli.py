"""`cnsr rank` and `cnsr card` end to end, from JSON files and from the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rank_factory import demo_ratings
from typer.testing import CliRunner

from cnsr.cli.main import app
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Rating

runner = CliRunner()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, m: LoadedMethodology) -> Path:
    """Four companies over two years and one stage-0 company, as JSON files."""
    out = tmp_path_factory.mktemp("ratings")
    for r in demo_ratings(m, companies=4):
        (out / f"{r.company.key.replace('/', '-')}.json").write_text(r.model_dump_json(),
                                                                    encoding="utf-8")
    return out


def test_rank_from_files(folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["rank", "--ratings", str(folder), "--year", "2021",
                                 "--out", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "In 2021, 5 companies were rated" in result.output
    assert ("Stage 3: quantified emissions · industry D44 Production and supply of electric "
            "power and heat power · size large") in result.output
    assert (tmp_path / "study-2021.xlsx").stat().st_size > 10_000
    assert (tmp_path / "study-2021.json").exists()
    assert (tmp_path / "charts" / "ranking-D44-large-en.svg").exists()
    assert (tmp_path / "charts" / "stages-en.png").exists()


def test_rank_needs_one_source(folder: Path) -> None:
    result = runner.invoke(app, ["rank"])
    assert result.exit_code == 2
    assert "give either --db URL or --ratings" in result.output
    assert "Traceback" not in result.output


def test_card_from_files(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.html"
    result = runner.invoke(app, ["card", "600000.SH", "--rating", str(folder),
                                 "--out", str(out), "--lang", "zh"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "大唐国际发电" in html and "同组排名" in html and "第 " not in html[:100]
    bad = runner.invoke(app, ["card", "600000.SH", "--rating", str(folder),
                              "--out", str(tmp_path / "card.txt")])
    assert bad.exit_code == 2 and "written as .pdf or .html" in bad.output


def test_rank_and_card_from_store(demo: list[Rating], m: LoadedMethodology,
                                  tmp_path: Path) -> None:
    store_mod = pytest.importorskip("cnsr.store")
    db = tmp_path / "cnsr.db"
    with store_mod.Store.open(db) as store:
        for r in demo:
            store.save_rating(r)
    result = runner.invoke(app, ["rank", "--db", str(db), "--year", "2021", "--lang", "zh"])
    assert result.exit_code == 0, result.output
    assert "2021年共评价13家企业" in result.output
    out = tmp_path / "card.html"
    result = runner.invoke(app, ["card", "600000.SH/2021", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "较2020年" in html  # previous year came from the store too


def _store_with_failures(demo: list[Rating], tmp_path: Path) -> Path:
    """The demo ratings plus two company-years whose documents failed, and a killed run."""
    from cnsr.rating import Company
    from cnsr.store import DocumentInput, Store

    db = tmp_path / "failures.db"
    with Store.open(db) as store:
        for r in demo:
            store.save_rating(r)
        killed = store.start_run("/data/corpus-2021.csv", "m", "local")
        store.mark_interrupted(killed + 1)
        for code, name, error in (
                ("601001.SH", "澄江能源", "docs/601001.pdf: encrypted and needs a password"),
                ("601002.SH", "临海钢铁", "docs/601002.pdf: no text found in the document")):
            company = Company(name=name, code=code, industry="D44", size="L", year=2021)
            doc = DocumentInput(path=error.split(":")[0], sha256=code.ljust(64, "0"))
            store.record_failure(company, [doc], error, path=doc.path, run_id=killed)
    return db


def test_rank_says_how_many_failed_and_why(demo: list[Rating], tmp_path: Path) -> None:
    db = _store_with_failures(demo, tmp_path)
    result = runner.invoke(app, ["rank", "--db", str(db), "--year", "2021", "--lang", "zh"])
    assert result.exit_code == 1, result.output  # listed, and the exit code says so
    assert "另有 2 家企业-年度评价失败，未参加排名：" in result.output
    assert "601001.SH/2021（澄江能源）：docs/601001.pdf: encrypted and needs a password" \
        in result.output
    assert "未完成（被终止或崩溃）" in result.output
    english = runner.invoke(app, ["rank", "--db", str(db), "--year", "2021", "--lang", "en"])
    assert "2 more company-year(s) failed and are not ranked:" in english.output


def test_card_for_a_failed_key_says_why(demo: list[Rating], tmp_path: Path) -> None:
    db = _store_with_failures(demo, tmp_path)
    result = runner.invoke(app, ["card", "601002.SH/2021", "--db", str(db), "--lang", "en",
                                 "--out", str(tmp_path / "c.html")])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: no rating for '601002.SH/2021': rating it failed — docs/601002.pdf: no text "
        "found in the document (run 1); fix the document and run cnsr batch again")
