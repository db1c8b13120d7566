"""KPI tables as real reports print them, for the table reading tests: a unit column, units in
the header or in a caption line, aligned text without rules (one text run per line, or cells
set close together), a table crossing a page break without repeating its header, a unit cell
before the figures with no 单位 heading, an English table. Companies and figures invented."""

from __future__ import annotations

from pathlib import Path

from ingest_samples import _STYLE, render_pdf

UNIT_COLUMN = [
    ["指标", "单位", "2021年", "2022年", "2023年"],
    ["范围一温室气体排放量", "万吨二氧化碳当量", "6,512.4", "6,398.0", "6,287.1"],
    ["范围二温室气体排放量", "万吨二氧化碳当量", "23.9", "22.4", "21.6"],
    ["温室气体排放总量", "万吨二氧化碳当量", "6,536.3", "6,420.4", "6,308.7"],
    ["综合能源消费量", "万吨标准煤", "2,410.6", "2,377.2", "2,330.9"],
]
HEADER_UNITS = [
    ["指标", "2021年", "2022年", "2023年"],
    ["碳排放量（单位：千克）", "1,203,566", "1,150,220", "1,098,431"],
    ["温室气体释放量总计（千公吨二氧化碳）", "45.2", "43.8", "41.0"],
    ["范围一温室气体排放量 t[CO2e]", "18,220", "17,905", "17,110"],
]
CAPTIONED = [  # printed under the caption line "单位：万吨"
    ["项目", "2022年度", "2023年度"],
    ["二氧化碳排放总量", "312.6", "298.4"],
    ["其中：燃料燃烧排放", "287.0", "275.1"],
]
UNIT_FIRST = [  # the unit cell has no 单位 heading
    ["项目", "", "2022年度", "2023年度"],
    ["二氧化碳排放", "万吨", "1,021.5", "998.2"],
    ["单位产品碳排放强度", "吨二氧化碳/吨", "1.82", "1.77"],
    ["外购电力", "万千瓦时", "35,120", "34,660"],
]
ENGLISH = [
    ["Indicator", "Unit", "FY2021", "FY2022", "FY2023"],
    ["Scope 1 emissions", "tCO2e", "48,210", "46,905", "45,330"],
    ["Scope 2 emissions (location-based)", "tCO2e", "31,004", "29,870", "28,115"],
    ["Energy consumption", "MWh", "210,400", "205,300", "199,800"],
]
# A long table that starts low on a page and goes on, without its header, on the next one.
FLEET = [["船队", "单位", "2021年", "2022年", "2023年"]] + [
    [f"第{n}船队燃油消耗", "吨", f"{41_000 + 37 * n:,}", f"{40_200 + 29 * n:,}",
     f"{39_100 + 31 * n:,}"] for n in range(1, 25)
] + [
    ["船队范围一温室气体排放量", "万吨二氧化碳当量", "412.7", "405.3", "396.8"],
    ["船队碳排放强度", "克二氧化碳/吨海里", "6.21", "6.02", "5.87"],
]

PROSE = ("本集团坚持绿色低碳发展，持续推进节能降碳和清洁能源替代，"
         "下表列示近三年主要环境绩效指标。")


def table_html(rows: list[list[str]], style: str = "ruled", cell_style: str = "") -> str:
    cls = style if style in ("ruled", "open") else ""
    td = f" style='{cell_style}'" if cell_style else ""
    body = "".join("<tr>" + "".join(f"<td{td}>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table class='{cls}'>{body}</table>"


def aligned_text(rows: list[list[str]]) -> str:
    """Rows printed as one text run each, columns made with spaces (no table at all)."""
    widths = [max(_width(row[j]) for row in rows) + 4 for j in range(len(rows[0]))]
    lines = ["".join(cell + " " * (widths[j] - _width(cell)) for j, cell in enumerate(row))
             .rstrip() for row in rows]
    return "<pre class='aligned'>" + "\n".join(lines) + "</pre>"


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _page(body: str) -> str:
    style = _STYLE + " pre.aligned { font-family: 'Noto Sans Mono CJK SC'; font-size: 9pt }"
    return (f"<html><head><meta charset='utf-8'><style>{style}</style></head>"
            f"<body>{body}</body></html>")


def kpi_report_html() -> str:
    """Page 1: unit column (ruled), header units with a caption line, unit-first (no rules).
    Page 2: English (no rules), aligned text, cells set close. Pages 3-4: the fleet table."""
    page1 = (f"<div class='page'><h2>一、环境关键绩效</h2><p>{PROSE}</p>"
             f"{table_html(UNIT_COLUMN)}<p>注：排放量按企业温室气体排放核算指南计算。</p>"
             f"{table_html(HEADER_UNITS)}<p>{PROSE}</p>"
             f"<p>单位：万吨</p>{table_html(CAPTIONED, 'open')}"
             f"<p>{PROSE}</p>{table_html(UNIT_FIRST, 'open')}</div>")
    page2 = (f"<div class='page'><h2>Key environmental performance</h2>"
             "<p>Our greenhouse gas inventory covers all operated sites.</p>"
             f"{table_html(ENGLISH, 'open')}<p>{PROSE}</p>{aligned_text(UNIT_FIRST)}"
             f"<p>{PROSE}</p>"
             f"{table_html(UNIT_COLUMN, 'plain', 'padding: 0 3pt')}</div>")
    filler = "".join(f"<p>{PROSE}{PROSE}</p>" for _ in range(9))
    page3 = f"<div><h2>二、船队能耗与排放</h2>{filler}{table_html(FLEET)}</div>"
    return _page(page1 + page2 + page3)


def write_kpi_pdf(path: Path) -> Path:
    return render_pdf(kpi_report_html(), path)


def kpi_html_document() -> str:
    """The same tables as a web page: a `<caption>` with the unit, a unit paragraph before a
    table, the unit-first table."""
    captioned = table_html(CAPTIONED).replace("<table class='ruled'>",
                                              "<table><caption>表2 二氧化碳排放（单位：万吨）</caption>")
    return ("<html><head><meta charset='utf-8'></head><body>"
            f"<h2>环境关键绩效</h2><p>{PROSE}</p>{table_html(UNIT_COLUMN)}"
            f"{captioned}<p>单位：千公吨二氧化碳当量</p>"
            f"{table_html([['指标', '2022', '2023'], ['范围一排放', '52.4', '50.9']])}"
            f"{table_html(UNIT_FIRST)}</body></html>")


def write_kpi_docx(path: Path) -> Path:
    """A Word report: prose, the unit-column table, a unit paragraph over a table, the
    unit-first table, the English table."""
    import docx

    document = docx.Document()
    document.add_heading("环境关键绩效", level=2)
    document.add_paragraph(PROSE)

    def add(rows: list[list[str]]) -> None:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell

    add(UNIT_COLUMN)
    document.add_paragraph("单位：万吨")
    add(CAPTIONED)
    add(UNIT_FIRST)
    add(ENGLISH)
    document.save(str(path))
    return path
