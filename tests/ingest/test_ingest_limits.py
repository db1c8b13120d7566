"""Hostile files are refused by their limits, quickly and in one line: a DOCX zip bomb before
anything is inflated, an HTML page nested far too deep before the walker runs out of stack, a DOCX / XLSX part
nested far too deep (or declaring a DTD) before python-docx / openpyxl parse it."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
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


def _rewrite(source: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w",
                                                          zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            out.writestr(info.filename, change(data) if info.filename == part else data)
    return target


def _nested_tables(levels: int) -> Callable[[bytes], bytes]:
    """Tables inside table cells, `levels` deep, around a real paragraph: 3 elements a level."""
    cell = "<w:p><w:r><w:t>2023年单位产值碳排放强度为0.82吨/万元，同比下降6.3%。</w:t></w:r></w:p>"

    def change(xml: bytes) -> bytes:
        head, _, tail = xml.partition(b"<w:body>")
        nested = "<w:tbl><w:tr><w:tc>" * levels + cell + "</w:tc></w:tr></w:tbl>" * levels
        return head + b"<w:body>" + nested.encode() + tail
    return change


def test_deeply_nested_docx_is_refused_before_parsing(tmp_path: Path) -> None:
    source = _report_docx(tmp_path / "source.docx")
    deep = _rewrite(source, tmp_path / "deep.docx", "word/document.xml",
                    _nested_tables(20_000))  # 60,000 levels: 0.8 MB inflated, ~10 KB zipped
    assert deep.stat().st_size < 500_000
    start = time.perf_counter()
    with pytest.raises(DocumentError) as info:
        read_document(deep)
    assert time.perf_counter() - start < 2.0
    limit = file_limits().markup.max_xml_depth
    assert info.value.reason == (f"archive member word/document.xml nests elements more than "
                                 f"{limit} levels deep (refused before parsing it; a malformed "
                                 "or hostile file)")


def test_docx_with_tables_nested_a_few_deep_passes(tmp_path: Path) -> None:
    source = _report_docx(tmp_path / "source.docx")
    nested = _rewrite(source, tmp_path / "nested.docx", "word/document.xml", _nested_tables(12))
    check_archive(nested)  # 36 levels of tables and more around them: far below the limit
    assert "12.6万吨" in " ".join(p.text for p in read_document(nested).pages)


def test_xml_part_declaring_entities_is_refused(tmp_path: Path) -> None:
    source = _report_docx(tmp_path / "source.docx")

    def laughs(xml: bytes) -> bytes:
        head, _, rest = xml.partition(b"?>")
        dtd = (b'<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>')
        return head + b"?>" + dtd + rest
    bad = _rewrite(source, tmp_path / "dtd.docx", "word/document.xml", laughs)
    with pytest.raises(DocumentError, match="declares a DTD"):
        read_document(bad)


def test_deeply_nested_xlsx_is_refused_with_the_sheet_error(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from cnsr.errors import InputError
    from cnsr.ghg.workbook import read_activity

    book = Workbook()
    book.active.title = "fuels"
    book.active.append(["site", "fuel", "amount", "unit", "year"])
    book.active.append(["#2机组", "原煤", 125000, "t", 2023])
    source = tmp_path / "activity.xlsx"
    book.save(source)

    def deep(xml: bytes) -> bytes:
        head, _, tail = xml.partition(b"<sheetData>")
        return head + b"<extLst>" + b"<ext>" * 50_000 + b"</ext>" * 50_000 + b"</extLst>" \
            + b"<sheetData>" + tail
    bomb = _rewrite(source, tmp_path / "deep.xlsx", "xl/worksheets/sheet1.xml", deep)
    with pytest.raises(InputError) as info:
        read_activity(bomb)
    message = str(info.value)
    assert "xl/worksheets/sheet1.xml nests elements more than" in message
    assert "\n" not in message
