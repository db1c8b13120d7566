"""Hostile files are refused by their limits, quickly and in one line: a DOCX zip bomb before
anything is inflated, an HTML page nested far too deep before the walker runs out of stack."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import docx
import pytest

from cnsr.errors import DocumentError
from cnsr.file_limits import ArchiveLimits, LimitExceeded, check_archive, file_limits
from cnsr.ingest import read_document


def _report_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("华澜化工2023年范围一排放量为12.6万吨二氧化碳当量，较上年下降4.1%。")
    document.save(str(path))
    return path


def _bomb(tmp_path: Path, inflated_mb: int = 48) -> Path:
    """A real DOCX whose document.xml is padded with whitespace: ~83 KB on disk, 48 MB inflated."""
    source = _report_docx(tmp_path / "source.docx")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                head, _, tail = data.partition(b"<w:body>")
                data = head + b" " * (inflated_mb << 20) + b"<w:body>" + tail
            out.writestr(info.filename, data, compresslevel=9)
    return bomb


def test_docx_zip_bomb_is_refused_before_inflation(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path)
    assert bomb.stat().st_size < 200_000
    start = time.perf_counter()
    with pytest.raises(DocumentError) as info:
        read_document(bomb)
    assert time.perf_counter() - start < 1.0
    message = str(info.value)
    assert message.startswith(f"{bomb}: archive member word/document.xml is compressed")
    assert "refused before inflating" in message and "\n" not in message


def test_ordinary_docx_passes_the_limits(tmp_path: Path) -> None:
    path = _report_docx(tmp_path / "ok.docx")
    check_archive(path)
    assert "12.6万吨" in read_document(path).pages[0].text


@pytest.mark.parametrize(("change", "words"), [
    ({"max_members": 5}, "members, more than the limit of 5"),
    ({"max_member_bytes": 1000}, "per member"),
    ({"max_total_bytes": 5000}, "in all"),
])
def test_each_archive_limit_names_itself(tmp_path: Path, change: dict[str, int],
                                         words: str) -> None:
    path = _report_docx(tmp_path / "ok.docx")
    limits = file_limits().archive.model_copy(update=change)
    if "max_member_bytes" in change:
        limits = limits.model_copy(update={"max_total_bytes": 10**9})
    with pytest.raises(LimitExceeded, match=words):
        check_archive(path, ArchiveLimits.model_validate(limits.model_dump()))


def test_deeply_nested_html_gets_a_depth_error_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    depth = 100_000
    path.write_text("<html><body>" + "<div>" * depth + "碳中和目标" + "</div>" * depth
                    + "</body></html>", encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        read_document(path)
    limit = file_limits().markup.max_html_depth
    assert info.value.reason == (f"the page nests elements more than {limit} levels deep "
                                 "(the limit for HTML; a malformed or hostile page)")


def test_html_nested_up_to_the_limit_is_read(tmp_path: Path) -> None:
    depth = file_limits().markup.max_html_depth - 4  # html, body and the walk's root
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * depth + "公司2023年温室气体排放总量下降8%。"
                    + "</div>" * depth + "</body></html>", encoding="utf-8")
    assert "下降8%" in read_document(path).pages[0].text
