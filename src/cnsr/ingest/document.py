"""The in-memory form of a read document, shared by every later stage."""

from __future__ import annotations

from pydantic import BaseModel, Field

BBox = tuple[float, float, float, float]
"""(x0, y0, x1, y1) in PDF points from the page's top-left corner; y grows downwards."""


class Table(BaseModel):
    """A table as rows of cell strings; the first row is usually the header."""

    rows: list[list[str]]

    def as_text(self) -> str:
        return "\n".join(" | ".join(cell.strip() for cell in row) for row in self.rows)


class Passage(BaseModel):
    """A paragraph-sized piece of text, or one table, located on a page.

    `text` is kept raw for citations; matching normalises it (NFKC) separately. Line wraps
    inside a paragraph are joined (without a space between Chinese characters).
    """

    page: int = Field(ge=1, description="1-based page number in the source file")
    index: int = Field(ge=0, description="order of the passage on its page")
    text: str
    table: Table | None = None
    bbox: BBox | None = Field(
        default=None, description="where the passage sits on a PDF page, for highlighting")


class Page(BaseModel):
    number: int = Field(ge=1)
    label: str | None = Field(default=None, description="the PDF's label of the page (the "
                              "number a reader looks up), when the PDF gives one")
    text: str = Field(description="the page's raw text, lines separated by newlines")
    ocr: bool = Field(default=False, description="text came from OCR of the page image")
    passages: list[Passage] = []


class Document(BaseModel):
    path: str
    sha256: str
    kind: str = Field(description="pdf, docx, html or txt")
    pages: list[Page]
    warnings: list[str] = Field(
        default=[], description="problems that did not stop reading, e.g. OCR skipped")

    @property
    def passages(self) -> list[Passage]:
        return [p for page in self.pages for p in page.passages]

    @property
    def ocr_pages(self) -> list[int]:
        """Numbers of the pages whose text came from OCR."""
        return [page.number for page in self.pages if page.ocr]
