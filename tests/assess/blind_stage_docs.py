"""The blind stage round's documents (session 12, tests/assess/blind_stage/): their labels and
a way to turn each source into the file a user would hand in. Sources ending ".pdf.html" are
rendered to PDF by WeasyPrint (as tests/ingest/ingest_samples.py does) and ".docx.md" sources
are built into a DOCX by python-docx (headings, paragraphs, pipe tables as Word tables), so
the round covers PDF, DOCX, HTML, Markdown and plain text without committing binaries."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent / "blind_stage"
ROUND2 = Path(__file__).parent / "blind_stage2"
_PDF_STYLE = ("<style>@page { size: A4; margin: 2cm } body { font-family: 'Noto Sans CJK SC'; "
              "font-size: 11pt; line-height: 1.5 } table { border-collapse: collapse } "
              "td, th { border: 0.6pt solid #333; padding: 2pt 6pt } "
              ".page { page-break-after: always }</style>")


def is_label(figure: Any, label: dict[str, Any]) -> bool:
    """A figure read is the labelled one: the same year and value (tonnes for amounts; an
    intensity in the printed unit or converted from kilograms to tonnes)."""
    if figure.year != label["year"]:
        return False
    if "value_t" in label:
        return figure.value_t is not None and abs(figure.value_t - label["value_t"]) \
            <= 0.001 * label["value_t"]
    return figure.scope == "intensity" and any(
        abs(figure.value * k - label["value"]) <= 1e-6 * max(1.0, label["value"])
        for k in (1, 1000))


def has_cjk_font() -> bool:
    """Whether WeasyPrint can render the Chinese PDFs (as tests/ingest/ingest_samples.py)."""
    if shutil.which("fc-list") is None:
        return False
    listing = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    return "Noto Sans CJK SC" in listing


def labels(folder: Path = HERE) -> list[dict[str, Any]]:
    """The hand labels of a round (round 1 by default, `ROUND2` for session 13's), written
    before any document was rated."""
    data = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))
    return list(data["documents"])


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _docx(source: str, path: Path) -> None:
    import docx

    document = docx.Document()
    lines = source.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = _cells(lines[i])
                if not all(set(cell) <= set("-: ") for cell in cells):
                    rows.append(cells)
                i += 1
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            document.add_heading(line.lstrip("#").strip(), level=min(level, 3))
        elif line:
            document.add_paragraph(line)
        i += 1
    document.save(str(path))


def materialize(name: str, folder: Path, sources: Path = HERE) -> Path:
    """The file for the source `name` in `sources`, written into `folder` (PDF, DOCX or a
    copy)."""
    source = sources / name
    if name.endswith(".pdf.html"):
        import weasyprint

        html = source.read_text(encoding="utf-8").replace("<head>", "<head>" + _PDF_STYLE, 1)
        out = folder / name.removesuffix(".html")
        weasyprint.HTML(string=html).write_pdf(out)
        return out
    if name.endswith(".docx.md"):
        out = folder / name.removesuffix(".md")
        _docx(source.read_text(encoding="utf-8"), out)
        return out
    out = folder / name
    shutil.copyfile(source, out)
    return out
