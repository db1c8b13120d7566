"""OCR of image-only pages (offline), and the layout of OCR boxes into lines."""

from __future__ import annotations

import socket
import unicodedata
from pathlib import Path

import pytest
from ingest_samples import CJK_FONT, EMISSIONS_SENTENCE, SECOND_PARAGRAPH, render_pdf

from cnsr.errors import DocumentError
from cnsr.ingest import read_document
from cnsr.ingest.ocr import Box, boxes_to_lines


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _no_network(*args: object, **kwargs: object) -> None:
    raise AssertionError("OCR tried to reach the network")


def test_image_only_page_is_read_by_ocr_offline(scanned_pdf: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)
    doc = read_document(scanned_pdf)
    assert doc.ocr_pages == [1]
    page = doc.pages[0]
    texts = [_nfkc(p.text) for p in page.passages]
    assert texts[:2] == ["示例能源股份有限公司2023年可持续发展报告", "一、应对气候变化"]
    assert any(_nfkc(EMISSIONS_SENTENCE) in text for text in texts)  # wrapped lines joined
    assert any(text.startswith(_nfkc(SECOND_PARAGRAPH)) for text in texts)
    assert len(texts) == 5 and texts[4].startswith("In 2023 our Scope 1")
    assert all(p.page == 1 for p in page.passages)


def test_image_only_page_without_ocr_is_a_clear_error(scanned_pdf: Path) -> None:
    with pytest.raises(DocumentError, match="OCR is off"):
        read_document(scanned_pdf, ocr=False)


def test_garbled_text_layer_is_flagged_for_ocr(tmp_path: Path) -> None:
    """Fonts without a Unicode map extract as private-use characters: such a page is sent to
    OCR (here off, so it is only reported)."""
    garbled = "".join(chr(0xE000 + i) for i in range(60))
    html = (f"<html><body style=\"font-family: '{CJK_FONT}'\"><p>{garbled}</p>"
            "<p>正常文字。</p></body></html>")
    doc = read_document(render_pdf(html, tmp_path / "garbled.pdf"), ocr=False)
    assert doc.warnings == ["page 1 has unreadable text (garbled font encoding); OCR is off"]


def _box(text: str, x0: float, y0: float, x1: float, height: float = 10) -> Box:
    return Box(text, x0, y0, x1, y0 + height)


def test_two_column_boxes_are_read_column_by_column() -> None:
    width = 600
    boxes = [_box("标题横跨两栏的大标题文字内容", 50, 40, 500, 16)]
    for row in range(4):
        y = 80 + 15 * row
        boxes.append(_box(f"左栏第{row}行", 50, y, 280))
        boxes.append(_box(f"右栏第{row}行", 320, y, 550))
    boxes.append(_box("页脚横跨两栏的说明文字内容", 50, 200, 550))
    texts = [line.text for line in boxes_to_lines(boxes, width)]
    assert texts == ["标题横跨两栏的大标题文字内容", *(f"左栏第{r}行" for r in range(4)),
                     *(f"右栏第{r}行" for r in range(4)), "页脚横跨两栏的说明文字内容"]


def test_table_row_boxes_become_one_line_with_cells() -> None:
    boxes = [_box("2023年", 300, 50, 340), _box("排放总量", 50, 51, 120),
             _box("125,300", 200, 49, 250)]
    [line] = boxes_to_lines(boxes, 600)
    assert line.text == "排放总量 125,300 2023年"
    assert [cell.text for cell in line.cells] == ["排放总量", "125,300", "2023年"]
