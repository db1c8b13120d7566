"""Session fixtures: the sample report PDF and a scanned (image-only) copy of its first page."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from ingest_samples import CJK_FONT, has_cjk_font, render_pdf, report_html


@pytest.fixture(scope="session")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not has_cjk_font():
        pytest.skip(f"font {CJK_FONT} not installed (Debian fonts-noto-cjk)")
    return render_pdf(report_html(), tmp_path_factory.mktemp("pdf") / "report.pdf")


@pytest.fixture(scope="session")
def scanned_pdf(report_pdf: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The text part of page 1 of the report as an image-only PDF, like a scan (150 dpi, no
    text layer); cropped to the upper half to keep the OCR test short."""
    pdf = pdfium.PdfDocument(report_pdf)
    image = pdf[0].render(scale=150 / 72).to_pil().convert("RGB")
    image = image.crop((0, 0, image.width, image.height // 2))
    pdf.close()
    path = tmp_path_factory.mktemp("scan") / "scanned.pdf"
    image.save(path, resolution=150)
    return path
