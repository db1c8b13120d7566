"""Manifest reading: grouping into company-years and errors that name file, row, column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from cnsr.batch.manifest import ManifestError, read_manifest
from cnsr.errors import SheetError

HEADER = "path,company,code,industry,size,year\n"


def _write(tmp_path: Path, body: str, files: tuple[str, ...] = ("a.pdf", "b.pdf", "c.pdf")
           ) -> Path:
    for name in files:
        (tmp_path / name).write_bytes(b"%PDF")
    path = tmp_path / "corpus.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_groups_documents_by_code_and_year(tmp_path: Path) -> None:
    manifest = read_manifest(_write(tmp_path, (
        "a.pdf,大唐国际发电,601991.sh,D44,L,2023\n"
        "b.pdf,大唐国际发电,601991.SH,d44,L,2023\n"
        "\n"
        "c.pdf,大唐国际发电,601991.SH,D44,L,2022\n")))
    assert [i.key for i in manifest.items] == ["601991.SH/2023", "601991.SH/2022"]
    first = manifest.items[0]
    assert first.documents == ((tmp_path / "a.pdf").resolve(), (tmp_path / "b.pdf").resolve())
    assert first.rows == (2, 3)
    assert first.company.industry == "D44"
    assert manifest.document_count == 3


def test_unlisted_company_is_keyed_by_name(tmp_path: Path) -> None:
    manifest = read_manifest(_write(tmp_path, "a.pdf,某某热电有限公司,,D44,S,2023\n"))
    assert manifest.items[0].key == "某某热电有限公司/2023"


def test_chinese_headers_and_bom(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    path = tmp_path / "清单.csv"
    path.write_text("\ufeff文件,公司,代码,行业,规模,年份\na.pdf,国电电力,600795.SH,D44,L,2023\n",
                    encoding="utf-8")
    assert read_manifest(path).items[0].key == "600795.SH/2023"


@pytest.mark.parametrize(("row", "column", "message"), [
    ("a.pdf,X,60199.SH,D44,L,2023", "code", "six digits"),
    ("a.pdf,X,601991.SH,D99,L,2023", "industry", "not a CSRC 2012 industry code"),
    ("a.pdf,X,601991.SH,D44,XL,2023", "size", "not a size class"),
    ("a.pdf,X,601991.SH,D44,L,二〇二三", "year", "not a whole number"),
    ("a.pdf,X,601991.SH,D44,L,1800", "year", "year 1800 is not between 1990 and 2100"),
    ("missing.pdf,X,601991.SH,D44,L,2023", "path", "not found"),
    ("a.pdf,,601991.SH,D44,L,2023", "company", "empty cell"),
])
def test_bad_cell_names_file_row_and_column(tmp_path: Path, row: str, column: str,
                                            message: str) -> None:
    path = _write(tmp_path, "b.pdf,Y,600795.SH,D44,L,2023\n" + row + "\n")
    with pytest.raises(SheetError) as err:
        read_manifest(path)
    text = str(err.value)
    assert text.startswith(f"sheet 'corpus.csv', row 3, column '{column}'"), text
    assert message in text
    assert (err.value.row, err.value.column) == (3, column)


def test_every_problem_is_collected_and_shown(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.pdf,X,601991.SH,D99,L,2023\nb.pdf,Y,600795.SH,D44,Q,2023\n"
                            "c.pdf,Z,600011.SH,XYZ,huge,二〇二三\n")
    with pytest.raises(ManifestError) as err:
        read_manifest(path)
    assert [(p.row, p.column) for p in err.value.problems] == [
        (2, "industry"), (3, "size"), (4, "industry"), (4, "size"), (4, "year")]
    lines = str(err.value).splitlines()
    assert lines[0] == "corpus.csv: 5 problems"
    assert "more problem" not in str(err.value)
    assert lines[1:] == [f"  {p}" for p in err.value.problems]
    assert "row 4, column 'year': year '二〇二三' is not a whole number" in lines[5]


def test_size_words_are_stored_as_the_class_id(tmp_path: Path) -> None:
    manifest = read_manifest(_write(tmp_path, "a.pdf,华能清洁能源,600011.SH,D44,large,2023\n"
                                              "b.pdf,东海小水电,,D44,小微,2023\n"))
    assert [i.company.size for i in manifest.items] == ["L", "S"]


def test_rows_of_one_company_year_must_agree(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.pdf,大唐,601991.SH,D44,L,2023\nb.pdf,大唐,601991.SH,C26,L,2023\n"
                            "a.pdf,大唐,601991.SH,D44,L,2023\n")
    with pytest.raises(ManifestError) as err:
        read_manifest(path)
    problems = [(p.row, p.column) for p in err.value.problems]
    assert problems == [(3, "industry"), (4, "path")]
    assert "differs from row 2" in str(err.value)


def test_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("path,company,year\n", encoding="utf-8")
    with pytest.raises(SheetError, match="row 1: missing column 'industry'"):
        read_manifest(path)


def test_other_file_kinds(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="not found"):
        read_manifest(tmp_path / "none.csv")
    (tmp_path / "m.json").write_text("{}")
    with pytest.raises(SheetError, match=r"must be \.csv or \.xlsx"):
        read_manifest(tmp_path / "m.json")
    (tmp_path / "gbk.csv").write_bytes(HEADER.encode() + "公司".encode("gbk"))
    with pytest.raises(SheetError, match="not UTF-8"):
        read_manifest(tmp_path / "gbk.csv")


def test_excel_manifest(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.pdf").write_bytes(b"%PDF")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "语料"
    sheet.append(["公司", "代码", "行业", "规模", "年份", "文件"])
    sheet.append(["国电电力", "600795.SH", "D44", "L", 2023, "docs/a.pdf"])
    sheet.append(["国电电力", "600795.SH", "D44", "L", 2023.0, "docs/b.pdf"])
    path = tmp_path / "corpus.xlsx"
    book.save(path)
    with pytest.raises(SheetError, match=r"sheet 'corpus.xlsx\[语料\]', row 3, column 'path'"):
        read_manifest(path)
    sheet.delete_rows(3)
    book.save(path)
    assert read_manifest(path).items[0].company.year == 2023


def test_dangling_symlink_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").symlink_to(tmp_path / "moved-away.pdf")
    path = tmp_path / "corpus.csv"
    path.write_text(HEADER + "a.pdf,华南电力,600020.SH,D44,L,2023\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="row 2, column 'path': document 'a.pdf' is a "
                                            "symbolic link to a missing file"):
        read_manifest(path)


def test_symlinked_document_is_followed(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "r.pdf").write_bytes(b"%PDF")
    (tmp_path / "link.pdf").symlink_to(tmp_path / "store" / "r.pdf")
    path = tmp_path / "corpus.csv"
    path.write_text(HEADER + "link.pdf,华南电力,600020.SH,D44,L,2023\n", encoding="utf-8")
    assert read_manifest(path).items[0].documents == ((tmp_path / "store" / "r.pdf").resolve(),)


def test_xlsx_manifest_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    import zipfile

    book = Workbook()
    book.active.append(["path", "company", "code", "industry", "size", "year"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    bomb = tmp_path / "corpus.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (24 << 20))
            out.writestr(info.filename, data)
    with pytest.raises(SheetError, match=r"^corpus.xlsx: archive member "
                                         r"xl/worksheets/sheet1.xml is compressed \d+:1"):
        read_manifest(bomb)
