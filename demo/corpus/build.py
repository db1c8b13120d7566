"""Regenerate the cnsr demo corpus (fictional disclosure documents) from demo/corpus/src/.

    /work/main/.venv/bin/python demo/corpus/build.py            # build everything + check labels
    /work/main/.venv/bin/python demo/corpus/build.py d01 d06    # only documents whose id starts so
    /work/main/.venv/bin/python demo/corpus/build.py --check    # only check labels / manifest

Every ``src/<doc_id>.html`` becomes ``<doc_id>.pdf`` next to this script (WeasyPrint; fonts
"Noto Sans CJK SC" / "Noto Serif CJK SC" from Debian fonts-noto-cjk). Each source declares
its pages as ``<section class="page">`` elements (``data-pages="2"`` on a section whose
table runs on over a page break); a page count that differs is an error,
because the labels and the README cite page numbers. A source with
``<meta name="cnsr-scan" content="1">`` is rasterised (pypdfium2, 150 dpi) and rebuilt as an
image-only PDF without a text layer. A source with ``<meta name="cnsr-format" content="docx">``
is delivered as a DOCX only (``<doc_id>.docx``, merged cells kept). Two variants for non-PDF ingestion tests are written:
a DOCX of one document and a standalone HTML of another (see VARIANTS).

All documents, companies, codes and numbers are fictional.
"""
from __future__ import annotations

import datetime as _dt
import io
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
CSS = SRC / "report.css"
SCAN_DPI = 150
FIXED_DATE = _dt.datetime(2024, 4, 26, 9, 0, 0)

# doc_id of the source -> (variant file name, kind)
VARIANTS = {
    "d10_chengyue_chem_2023": ("d10_chengyue_chem_2023-docx.docx", "docx"),
    "d12_xinwei_elec_2023": ("d12_xinwei_elec_2023-web.html", "html"),
    "d35_senhe_furniture_2023": ("d35_senhe_furniture_2023-docx.docx", "docx"),
}

N_POINTS = 68


def _meta(html: str, name: str) -> str | None:
    m = re.search(rf'<meta\s+name="{re.escape(name)}"\s+content="([^"]*)"', html)
    return m.group(1) if m else None


def render_pdf(src: Path) -> bytes:
    from weasyprint import HTML

    return HTML(filename=str(src), base_url=str(SRC)).write_pdf(
        pdf_identifier=("cnsr-demo-" + src.stem).encode(),
        uncompressed_pdf=False,
    )


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def scanify(pdf: bytes, doc_id: str) -> bytes:
    """Rasterise every page and rebuild an image-only PDF that looks scanned."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(doc_id)  # deterministic "noise"
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=SCAN_DPI / 72).to_pil().convert("RGB")
        # paper tone, slight blur, a small skew and some speckles, like an office scanner
        tone = (0.90, 0.89, 0.85)
        img = Image.merge("RGB", [band.point(lambda v, t=t: int(v * t + 12))
                                  for band, t in zip(img.split(), tone, strict=False)])
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        angle = rng.uniform(-0.6, 0.6)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(236, 234, 225))
        px = img.load()
        w, h = img.size
        for _ in range(1400):
            x, y = rng.randrange(w), rng.randrange(h)
            g = rng.randrange(120, 200)
            px[x, y] = (g, g, g)
        pages.append(img)
    doc.close()
    buf = io.BytesIO()
    # JPEG-compressed pages keep the file small; no text layer is written.
    jpgs = []
    for img in pages:
        b = io.BytesIO()
        img.save(b, "JPEG", quality=72, optimize=True)
        jpgs.append(Image.open(io.BytesIO(b.getvalue())))
    jpgs[0].save(
        buf, "PDF", save_all=True, append_images=jpgs[1:], resolution=SCAN_DPI,
        title="scan", producer="cnsr demo scanner", creator="cnsr demo scanner",
        creationDate=FIXED_DATE.timetuple(), modDate=FIXED_DATE.timetuple(),
    )
    return buf.getvalue()


def build_docx(src: Path, out: Path) -> None:
    """A plain DOCX rendering of a source (headings, paragraphs, lists, tables, page breaks)."""
    from bs4 import BeautifulSoup, NavigableString, Tag
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    soup = BeautifulSoup(src.read_text(encoding="utf-8"), "lxml")
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    cp = d.core_properties
    cp.title = soup.title.get_text(strip=True) if soup.title else src.stem
    cp.author = "cnsr demo corpus"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "cnsr demo corpus"
    cp.revision = 1

    def text(el) -> str:
        return re.sub(r"\s+", " ", el.get_text(" ", strip=True)).strip()

    def emit(el) -> None:
        if isinstance(el, NavigableString):
            t = str(el).strip()
            if t:
                d.add_paragraph(t)
            return
        if not isinstance(el, Tag):
            return
        cls = el.get("class") or []
        if "runhead" in cls:
            return
        name = el.name
        if name in ("h1", "h2", "h3"):
            d.add_heading(text(el), level={"h1": 1, "h2": 2, "h3": 3}[name])
        elif name == "p":
            t = text(el)
            if t:
                d.add_paragraph(t)
        elif name in ("ul", "ol"):
            style = "List Bullet" if name == "ul" else "List Number"
            for li in el.find_all("li", recursive=False):
                d.add_paragraph(text(li), style=style)
        elif name == "table":
            cap = el.find("caption")
            if cap:
                p = d.add_paragraph()
                p.add_run(text(cap)).bold = True
            rows = el.find_all("tr")
            # lay the cells on a grid first: a rowspan cell occupies the rows below it
            grid: dict[tuple[int, int], tuple[object, int, int]] = {}
            taken: set[tuple[int, int]] = set()
            for i, r in enumerate(rows):
                j = 0
                for c in r.find_all(["td", "th"]):
                    while (i, j) in taken:
                        j += 1
                    span, down = int(c.get("colspan", 1)), int(c.get("rowspan", 1))
                    grid[(i, j)] = (c, span, down)
                    taken.update((i + a, j + b) for a in range(down) for b in range(span))
                    j += span
            ncol = max(j for _, j in taken) + 1
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for (i, j), (c, span, down) in sorted(grid.items(), key=lambda kv: kv[0]):
                cell = t.cell(i, j)
                if span > 1 or down > 1:
                    cell = cell.merge(t.cell(min(i + down - 1, len(rows) - 1),
                                             min(j + span - 1, ncol - 1)))
                cell.text = text(c)
                if c.name == "th":
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        elif name in ("div", "section", "span", "b", "strong"):
            if "row" in cls and el.find(class_="lbl"):
                d.add_paragraph(text(el))
                return
            if "kpi" in cls:
                d.add_paragraph(text(el))
                return
            for ch in el.children:
                emit(ch)
        elif name == "br":
            return
        else:
            t = text(el)
            if t:
                d.add_paragraph(t)

    sections = soup.select("section.page")
    for i, sec in enumerate(sections):
        for ch in sec.children:
            emit(ch)
        if i < len(sections) - 1:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilding gives the same bytes
    import zipfile

    src_zip = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src_zip.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src_zip.read(info.filename))


def build_html(src: Path, out: Path) -> None:
    """A standalone web-page version: stylesheet inlined, print-only rules dropped."""
    html = src.read_text(encoding="utf-8")
    css = CSS.read_text(encoding="utf-8")
    css = re.sub(r"@page[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)  # drop @page blocks
    css += "\nbody{max-width:190mm;margin:10mm auto;} section.page{border-bottom:1px dashed #aaa;padding-bottom:8mm;margin-bottom:8mm;} section.cover{height:auto;min-height:0;}"
    css += " .cover .band,.cover .band2{display:none;} .cover .title,.cover .co,.cover .co2,.cover .code{position:static;color:#333;width:auto;}\n"
    html = re.sub(r'<link rel="stylesheet" href="report.css">', "<style>\n" + css + "</style>", html)
    out.write_text(html, encoding="utf-8")


def build(selected: list[str]) -> int:
    errors = 0
    for src in sorted(SRC.glob("*.html")):
        doc_id = src.stem
        if selected and not any(doc_id.startswith(s) for s in selected):
            continue
        html = src.read_text(encoding="utf-8")
        # a section may declare that it runs over several printed pages (a long table)
        want = sum(int(n or 1) for n in re.findall(
            r'<section class="page[^"]*"(?:\s+data-pages="(\d+)")?', html))
        if _meta(html, "cnsr-format") == "docx":
            # delivered as a Word file only (no PDF): the DOCX is the document
            build_docx(src, HERE / f"{doc_id}.docx")
            print(f"{doc_id}.docx  (DOCX only)")
            continue
        pdf = render_pdf(src)
        n = page_count(pdf)
        status = "ok"
        if want and n != want:
            status = f"PAGE COUNT {n} != declared {want}"
            errors += 1
        if _meta(html, "cnsr-scan") == "1":
            pdf = scanify(pdf, doc_id)
            status += " (image-only)"
        (HERE / f"{doc_id}.pdf").write_bytes(pdf)
        print(f"{doc_id}.pdf  {n} pages  {len(pdf) / 1024:.0f} KiB  {status}")
        if doc_id in VARIANTS:
            name, kind = VARIANTS[doc_id]
            if kind == "docx":
                build_docx(src, HERE / name)
            else:
                build_html(src, HERE / name)
            print(f"  + {name}")
    return errors


def check_labels() -> int:
    """Check label files against the methodology and the manifest."""
    import csv

    import yaml

    meth = HERE.parent.parent / "src" / "cnsr" / "data" / "methodology" / "cnsr-default.yaml"
    points = [p["id"] for ind in yaml.safe_load(meth.read_text(encoding="utf-8"))["indicators"]
              for p in ind["points"]]
    assert len(points) == N_POINTS, len(points)
    errors = 0
    labelled: set[str] = set()
    for lf in sorted(HERE.glob("*.label.yaml")):
        lab = yaml.safe_load(lf.read_text(encoding="utf-8"))
        files = lab.get("files") or [lab.get("file")]
        for f in files:
            if not (HERE / f).exists():
                print(f"{lf.name}: missing file {f}")
                errors += 1
            labelled.add(f)
        pts = lab.get("points") or {}
        if list(pts) != points:
            print(f"{lf.name}: points differ from the methodology ({len(pts)} given)")
            errors += 1
        bad = {k: v for k, v in pts.items() if v not in (0, 0.5, 1)}
        if bad:
            print(f"{lf.name}: bad values {bad}")
            errors += 1
        c = lab["criteria"]
        stage = (3 if c["carbon_awareness"] and c["quantified_emissions"] else
                 2 if c["carbon_awareness"] else 1 if c["environmental_awareness"] else 0)
        if stage != lab["stage"]:
            print(f"{lf.name}: stage {lab['stage']} but criteria give {stage}")
            errors += 1
    by_file = {}
    for lf in HERE.glob("*.label.yaml"):
        lab = yaml.safe_load(lf.read_text(encoding="utf-8"))
        for f in lab.get("files") or [lab.get("file")]:
            by_file[f] = (lf.name, lab)
    rows = []
    for manifest in ("manifest.csv", "manifest-formats.csv"):
        with open(HERE / manifest, newline="", encoding="utf-8") as fh:
            rows += list(csv.DictReader(fh))
    for r in rows:
        if not (HERE / r["path"]).exists():
            print(f"manifest: missing {r['path']}")
            errors += 1
        if r["path"] not in by_file:
            print(f"manifest: no label for {r['path']}")
            errors += 1
            continue
        name, lab = by_file[r["path"]]
        for key in ("company", "code", "industry", "size", "year"):
            if str(lab[key]) != r[key]:
                print(f"{name}: {key} {lab[key]!r} != manifest {r[key]!r}")
                errors += 1
    print(f"labels checked: {len(list(HERE.glob('*.label.yaml')))} files, "
          f"{len(rows)} manifest rows, {errors} problem(s)")
    return errors


if __name__ == "__main__":
    args = sys.argv[1:]
    err = 0
    if "--check" not in args:
        err += build(args)
    err += check_labels()
    sys.exit(1 if err else 0)
