"""KPI tiles cut apart: a highlights page's run of tiles ("累计减排二氧化碳 12.6 万吨 光伏装机
35 兆瓦 …", session 13), also glued with no space ("光伏装机12.6兆瓦减排二氧化碳1.1万吨…") or in
English, figure first ("12.6 MW rooftop solar 31% renewable …", session 14), is cut into one
sentence per tile (`split_tiles`, called by `match.analyse`), so that a tile's words meet
neither the next tile's figure nor the prose after the run. Words and thresholds:
data/text/nav_prose.yaml (`tile*`); the banner over such a run is navigation
(`evidence.nav_prose`).
"""

from __future__ import annotations

import re
from functools import cache

from cnsr.evidence.nav_prose_data import NavProseData, bundled_nav_prose

TILE_LABEL = r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}"
"""A KPI tile's label or a banner's cell: Chinese, no punctuation, starting after a non-Chinese
character (the look-behind keeps a search from trying every character of a Chinese run)."""
_TILE_GATE = re.compile(r"[\u4e00-\u9fff] \d")
"""A label, a space and a figure: what every KPI tile holds (a quick test before the run)."""
_LATIN_FIGURE = re.compile(r"\d\s?%?\s?[A-Za-z]")
"""A figure before Latin words: what an English tile holds (a quick test before the run)."""


class KpiTiles:
    """The compiled tile patterns of one nav_prose.yaml."""

    def __init__(self, data: NavProseData) -> None:
        self.data = data
        self.tile = re.compile(data.tile)
        # a run of tiles may hold a label without its figure between them ("新能源车辆占比")
        # (only before a tile: the last tile's label is no label without its figure, session 14)
        self.tiles = re.compile(rf"(?:{data.tile}\s?(?:{TILE_LABEL}\s(?={data.tile}))?)"
                                rf"{{{data.tile_min},}}")
        self.cell = re.compile(rf"{data.tile}|{TILE_LABEL}(?=\s|$)")
        # the same tiles glued together (session 14): "光伏装机12.6兆瓦减排二氧化碳1.1万吨…"; the
        # first label may hold the page's heading ("2023年度亮点光伏装机")
        figure = rf"\d[\d,]*(?:\.\d+)?(?:{data.tile_units})"
        self.glued_figure = re.compile(figure)
        self.glued = re.compile(rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{2,30}}?{figure}"
                                rf"(?:[\u4e00-\u9fff]{{2,12}}{figure}){{{data.tile_glued_min - 1},}}")
        # what every such run holds, a unit glued to the next label and its figure ("兆瓦减排二氧
        # 化碳1"): one search that opens with a class (`re` skips to its characters in C), where
        # the run's pattern, opening with a look-behind, is tried at every position (session 15)
        self.glued_gate = re.compile(rf"[\d,](?:{data.tile_units})[\u4e00-\u9fff]{{2,12}}\d")
        # an English highlights page, figure first: "12.6 MW rooftop solar 31% renewable …"
        stop = "|".join(re.escape(w) for w in data.tile_en_stop)
        word = rf"(?!(?:{stop})\b)[A-Za-z][A-Za-z0-9-]*"
        en_tile = rf"{data.tile_en_figure}\s+{word}(?:\s+[A-Za-z][A-Za-z0-9-]*){{0,7}}"
        self.en_tile = re.compile(en_tile, re.I)
        self.en_tiles = re.compile(rf"{data.tile_en_lead}((?:{en_tile}\s+)"
                                   rf"{{{data.tile_glued_min - 1},}}{en_tile})", re.I)

    def tile_ends(self, text: str) -> list[int]:
        """Where each KPI tile of a run of at least `tile_min` ends ("光伏装机 35 兆瓦"): a
        sentence ends there, so that a tile's words meet neither the next tile's figure nor
        the prose after the run."""
        out = []
        for run in self.tiles.finditer(text):
            out += [t.end() for t in self.cell.finditer(text, run.start(), run.end())]
        return out

    def glued_tile_ends(self, text: str) -> list[int]:
        """Where each tile of a run without spaces ends: after each figure's unit in a Chinese
        run ("…12.6兆瓦|减排二氧化碳1.1万吨|…"), before each figure and at the run's end in an
        English one ("12.6 MW rooftop solar |31% renewable electricity |…") (session 14)."""
        out = []
        for run in self.glued.finditer(text) if self.glued_gate.search(text) else ():
            out += [f.end() for f in self.glued_figure.finditer(text, run.start(), run.end())]
        if _LATIN_FIGURE.search(text):
            for run in self.en_tiles.finditer(text):
                starts = [t.start() for t in self.en_tile.finditer(text, run.start(1), run.end(1))]
                out += starts + [run.end(1)]
        return sorted(set(out))


_BAR_YEAR = re.compile(r"(?:19|20)\d\d\s*(?:年度|年|FY)?")
_BAR_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BAR_SENTENCE_END = re.compile(r"[。；;！？!?]|，|, ")
_BAR_LABEL = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z]{3,}")


def bar_tile_cuts(text: str, data: NavProseData) -> list[int]:
    """Where the tiles of a strip of highlights divided by bars end (session 29): at each bar
    of a line whose cells after the first (a banner, "2023年亮点") are at least `tile_bar_min`
    short cells, each a figure with a label of its own ("专利授权 312件 | 绿色电力 8.4亿千瓦时"),
    the labels differing from cell to cell (a table row read as text repeats its unit, or
    holds figures alone, or pairs each column's header with its value by "=", and is left
    whole)."""
    out: list[int] = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if line.count("|") < data.tile_bar_min:
            continue
        cells = line.split("|")
        if len(cells[0].strip()) > data.tile_bar_chars or _BAR_SENTENCE_END.search(cells[0]):
            continue
        labels = set()
        for cell in cells[1:]:
            body = cell.strip()
            if not body or len(body) > data.tile_bar_chars or _BAR_SENTENCE_END.search(body) \
                    or "=" in body:  # "营业收入=38.4亿元": a table row as the reader writes it
                break
            rest = _BAR_YEAR.sub("", body)
            label = _BAR_FIGURE.sub(" ", rest)
            if not _BAR_FIGURE.search(rest) or not _BAR_LABEL.search(label):
                break
            labels.add(" ".join(label.split()))
        else:
            if len(labels) >= data.tile_bar_min:
                pos = start
                for cell in cells[:-1]:
                    pos += len(cell)
                    out.append(pos)
                    pos += 1
    return out


@cache
def kpi_tiles() -> KpiTiles:
    return KpiTiles(bundled_nav_prose())


def tile_cuts(text: str) -> list[int]:
    """Where the KPI tiles of `text` end (spaced, glued or English runs), sorted."""
    ends = kpi_tiles().tile_ends(text) if _TILE_GATE.search(text) else []
    if "|" in text:  # a strip of highlights divided by bars (session 29)
        ends += bar_tile_cuts(text, kpi_tiles().data)
    return sorted(set(ends + kpi_tiles().glued_tile_ends(text)))


def split_tiles(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`sentences` cut after each KPI tile of a run (`KpiTiles.tile_ends`): a highlights
    page's tiles glued to each other and to the prose after them (session 13), also with no
    space at all, and an English page's tiles, figure first (`glued_tile_ends`, session 14)."""
    ends = tile_cuts(text)
    if not ends:
        return sentences
    out = []
    for a, b in sentences:
        for p in ends:
            if a < p < b:
                out.append((a, p))
                a = p
        out.append((a, b))
    return out
