"""Issue #13: documents are known by content. A corpus moved with its manifest is recognised
and not redone; files moved elsewhere get their stored paths updated; a changed document
supersedes its old row instead of staying 'rated' beside the new one."""

from __future__ import annotations

import shutil
from pathlib import Path

from batch_fakes import InlineExecutor, fake_rate, make_corpus

from cnsr.batch.manifest import read_manifest, write_manifest
from cnsr.batch.runner import Summary, run_batch
from cnsr.methodology import LoadedMethodology
from cnsr.store import Store


def _run(manifest: Path, db: str, m: LoadedMethodology) -> Summary:
    with Store.open(db) as store:
        return run_batch(read_manifest(manifest), store, InlineExecutor(), rate=fake_rate,
                         methodology=m.label)


def test_corpus_moved_with_its_manifest_is_not_redone(tmp_path: Path, db_url: str,
                                                     m: LoadedMethodology) -> None:
    _run(make_corpus(tmp_path / "2023-reports", 3), db_url, m)
    shutil.move(tmp_path / "2023-reports", tmp_path / "archive")
    again = _run(tmp_path / "archive" / "manifest.csv", db_url, m)
    assert (again.rated, again.skipped, again.relocated) == (0, 3, 0)
    with Store.open(db_url) as store:
        paths = {d.path for d in store.documents()}
    assert paths == {f"docs/{600000 + i:06d}.SH-{j}.pdf" for i in range(3) for j in range(2)}
    assert all((tmp_path / "archive" / p).is_file() for p in paths)


def test_documents_moved_elsewhere_get_their_paths_updated(tmp_path: Path, db_url: str,
                                                          m: LoadedMethodology) -> None:
    first = make_corpus(tmp_path / "c", 2)
    _run(first, db_url, m)
    shutil.move(tmp_path / "c" / "docs", tmp_path / "nas")
    elsewhere = tmp_path / "lists" / "manifest.csv"
    elsewhere.parent.mkdir()
    rows = [{"path": str(tmp_path / "nas" / f"{600000 + i:06d}.SH-{j}.pdf"),
             "company": f"公司{i}", "code": f"{600000 + i:06d}.SH",
             "industry": "D44" if i % 2 else "C26", "size": "L", "year": 2023}
            for i in range(2) for j in range(2)]
    write_manifest(elsewhere, rows)
    again = _run(elsewhere, db_url, m)
    assert (again.rated, again.skipped, again.relocated) == (0, 2, 4)
    with Store.open(db_url) as store:
        assert {d.path for d in store.documents()} == {r["path"] for r in rows}
        inputs = store.rating("600001.SH/2023").provenance.inputs  # type: ignore[union-attr]
    assert {i["path"] for i in inputs} == {str(tmp_path / "nas" / f"600001.SH-{j}.pdf")
                                           for j in range(2)}


def test_changed_document_supersedes_its_old_row(tmp_path: Path, db_url: str,
                                                 m: LoadedMethodology) -> None:
    manifest = make_corpus(tmp_path / "c", 2)
    _run(manifest, db_url, m)
    (tmp_path / "c" / "docs" / "600001.SH-1.pdf").write_bytes(b"%PDF corrected edition")
    assert _run(manifest, db_url, m).rated == 1
    with Store.open(db_url) as store:
        rows = [(d.path, d.status) for d in store.documents() if d.key == "600001.SH/2023"]
        assert len(store.ratings()) == 2
    assert sorted(rows) == [("docs/600001.SH-0.pdf", "rated"), ("docs/600001.SH-1.pdf", "rated"),
                            ("docs/600001.SH-1.pdf", "superseded")]
