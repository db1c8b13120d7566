"""Every kind of unreadable input ends as one clear `DocumentError` line, never a traceback."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image

from cnsr.errors import DocumentError
from cnsr.ingest import read_document


def _error(path: Path, **kwargs: object) -> str:
    with pytest.raises(DocumentError) as info:
        read_document(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert info.value.path == str(path)
    return info.value.reason


def _latin_pdf(path: Path, text: str, *, user: str | None = None,
               owner: str | None = None) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    if owner is not None:
        pdf.set_encryption(owner_password=owner, user_password=user or "")
    pdf.output(str(path))
    return path


def test_encrypted_pdf_needs_a_password(tmp_path: Path) -> None:
    path = _latin_pdf(tmp_path / "locked.pdf", "Scope 1 emissions", user="u", owner="o")
    assert "encrypted and needs a password" in _error(path)


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    """Permissions-only encryption (common on published reports) opens without a password."""
    path = _latin_pdf(tmp_path / "restricted.pdf", "Scope 1 emissions fell by 8%.", owner="o")
    assert read_document(path).passages[0].text == "Scope 1 emissions fell by 8%."


def test_truncated_pdf(tmp_path: Path, report_pdf: Path) -> None:
    data = report_pdf.read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert "truncated" in _error(path)


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    noise = random.Random(1).randbytes(4000)
    path.write_bytes(b"%PDF-1.7\n" + noise + b"\n%%EOF\n")
    assert "corrupt" in _error(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert _error(path) == "the file is empty (0 bytes)"


def test_pdf_without_pages(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    pdfium.PdfDocument.new().save(buffer)
    path = tmp_path / "no-pages.pdf"
    path.write_bytes(buffer.getvalue())
    assert _error(path) == "the PDF has no pages"


def test_blank_pages_have_no_text(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_page()
    path = tmp_path / "blank.pdf"
    pdf.output(str(path))
    assert "no text found" in _error(path)


def test_png_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    Image.new("RGB", (20, 20), "white").save(path, format="PNG")
    assert _error(path) == "unsupported file type: the content is a PNG image"


def test_zip_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("report.pdf", b"%PDF-1.7 inside")
    assert "a ZIP archive" in _error(path)


def test_legacy_word_file(tmp_path: Path) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "legacy or password-protected Office file" in _error(path)


def test_unknown_binary(tmp_path: Path) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(bytes(range(256)) * 8)
    assert "unknown type" in _error(path)


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<not xml")
    assert _error(path).startswith("cannot read this docx file")


def test_file_over_the_byte_limit(tmp_path: Path, report_pdf: Path) -> None:
    reason = _error(report_pdf, max_bytes=10_000)
    assert "more than the limit of 0.0 MB (raise max_bytes)" in reason


def test_document_over_the_page_limit(report_pdf: Path) -> None:
    assert _error(report_pdf, max_pages=3) == (
        "the PDF has 4 pages, more than the limit of 3 (raise max_pages)")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert _error(tmp_path / "missing.pdf") == "file not found"
    assert _error(tmp_path) == "is a directory, not a document"


def test_html_or_text_named_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>",
                    encoding="utf-8")
    assert _error(path) == "named .pdf but it is not a PDF (the content is html); check the download"
    path.write_text("范围一排放12,000吨。", encoding="utf-8")
    assert "named .pdf but it is not a PDF (the content is txt)" in _error(path)


def test_html_named_txt_is_read_as_html_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("<!DOCTYPE html><html><body><p>范围一排放12,000吨。</p></body></html>",
                    encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "html"
    assert doc.passages[0].text == "范围一排放12,000吨。"
    assert doc.warnings == ["named .txt but the content is html; read as html"]
