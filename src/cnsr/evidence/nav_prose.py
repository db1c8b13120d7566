"""Navigation glued into prose: reference lines, stakeholder tables, label lists and chapter
bands flattened into the text of a page of prose.

Whole navigation pages, titled passages and index-table passages are left out by layout
(`evidence.navigation`). On a real PDF, though, text extraction often flattens a navigation
block into the lines of a prose page or a sentence of the yardstick: a stakeholder table
("利益相关方 关注议题 沟通方式 政府 … 节能减排 …"), a materiality list ("高度重要议题 应对气候变化
能源管理 …"), an SDG response box ("本章回应 SDG 7 经济适用的清洁能源 SDG 13 气候行动"), a GRI /
HKEX line ("GRI 305-1 GRI 305-2 HKEX A1.1"), an HKEX index row ("层面A3环境及天然资源一般披露…
管理方针第41页"), a chapter band ("环境篇 E 绿色低碳 … 23"). Their topic names earned points the page has not
disclosed (session 12). `spans(text)` finds such blocks in a passage's normalised text by
structure, not by sentence: framework codes close together or next to an index marker, table
header words side by side, a list heading followed by short cells without a figure or a
sentence, a chapter marker with its page number; `match.analyse` drops the cues inside them.
A code cited in a sentence ("按照GRI 305-1和305-2的要求核算…") or a coded line with its figure
stays evidence. `label_run(text)` says whether a whole passage is such cells (the rows of a
stakeholder table after its header passage). Words and thresholds: data/text/nav_prose.yaml.

A highlights page runs into its prose the same way (session 13): a banner's slogan of parallel
cells at a passage's start ("擘画双碳蓝图 共建零碳未来") is navigation too (`slogan_span`), and
a run of KPI tiles ("累计减排二氧化碳 12.6 万吨 光伏装机 35 兆瓦 …") is cut into one sentence per
tile (`split_tiles`, called by `match.analyse`), so that a tile's words meet neither the next
tile's figure nor the prose after the run.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import bundled_name, check_patterns, load_bundled, load_text

NAV_PROSE_FILE = "nav_prose.yaml"
_SENTENCE_END = re.compile(r"[。！？；!?;]|\.(?:\s|$)")
_PUNCT = re.compile(r"[。！？；!?;，,、：:（）()“”\"]|\.(?:\s|$)")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z][A-Za-z'&-]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CELL_HEAD = re.compile(r"[^\d。！？；!?;，,、：:]+")
_LABEL = r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}"
"""A KPI tile's label or a banner's cell: Chinese, no punctuation, starting after a non-Chinese
character (the look-behind keeps a search from trying every character of a Chinese run)."""
_TILE_GATE = re.compile(r"[\u4e00-\u9fff] \d")
_LATIN_FIGURE = re.compile(r"\d\s?%?\s?[A-Za-z]")
"""A figure before Latin words: what an English tile holds (a quick test before the run)."""
"""A label, a space and a figure: what every KPI tile holds (a quick test before the run)."""


class NavProseData(BaseModel):
    """data/text/nav_prose.yaml."""

    model_config = ConfigDict(extra="forbid")

    version: int
    source: str
    codes: list[str]
    code_gate: str
    band_words: list[str]
    pages: list[str]
    code_gap_chars: int = Field(ge=1)
    min_codes: int = Field(ge=2)
    alone: list[str] = []
    markers: list[str]
    marker_chars: int = Field(ge=1)
    tail_chars: int = Field(ge=0)
    tail_stop: str
    cites: list[str]
    cite_chars: int = Field(ge=0)
    leads: list[str]
    lead_chars: int = Field(ge=0)
    measure: str
    table_headers: list[list[str]] = Field(min_length=2)
    header_gap: int = Field(ge=0)
    headings: list[str]
    min_cells: int = Field(ge=2)
    cell_chars: int = Field(ge=1)
    min_words: int = Field(ge=2)
    capital_share: float = Field(gt=0, le=1)
    bands: list[str]
    slogan_lead: str
    slogan_chars: tuple[int, int]
    slogan_min_cells: int = Field(ge=2)
    tile: str
    tile_min: int = Field(ge=2)
    tile_units: str
    tile_glued_min: int = Field(ge=2)
    tile_en_lead: str
    tile_en_figure: str
    tile_en_stop: list[str] = Field(min_length=1)


def _literals(words: list[str]) -> re.Pattern[str]:
    """The words as literals, each in its case forms: a fast search for any of them."""
    forms = dict.fromkeys(f for w in words for f in (w, w.lower(), w.upper(), w.capitalize(),
                                                      w.title()))
    return re.compile("|".join(re.escape(f) for f in forms))


def _phrase(word: str) -> str:
    """A word or phrase; ASCII words bounded as words, spaces matching any whitespace."""
    if word.isascii():
        return r"\b" + r"\s+".join(re.escape(p) for p in word.split()) + r"\b"
    return re.escape(word)


class NavProse:
    """The compiled cues of one nav_prose.yaml."""

    def __init__(self, data: NavProseData) -> None:
        self.data = data
        self.code = re.compile("|".join(f"(?:{p})" for p in data.codes + data.pages))
        self.page = re.compile("|".join(f"(?:{p})" for p in data.pages))
        self.alone = re.compile("|".join(f"(?:{p})" for p in data.alone)) if data.alone else None
        self.marker = re.compile("|".join(f"(?:{p})" for p in data.markers), re.I)
        self.cite = re.compile("|".join(_phrase(w) for w in data.cites), re.I)
        self.lead = re.compile("|".join(_phrase(w) for w in data.leads), re.I)
        self.measure = re.compile(data.measure, re.I)
        self.tail_stop = re.compile(data.tail_stop)
        self.headers = [re.compile("|".join(_phrase(w) for w in sorted(g, key=len, reverse=True)),
                                   re.I) for g in data.table_headers]
        self.heading = re.compile("|".join(_phrase(w) for w in sorted(data.headings, key=len,
                                                                       reverse=True)), re.I)
        self.bands = [re.compile(p, re.I) for p in data.bands]
        low, high = data.slogan_chars
        self.slogan = re.compile(rf"({data.slogan_lead})((?:[\u4e00-\u9fff]{{{low},{high}}}"
                                 rf"(?:\s+|$)){{{data.slogan_min_cells},}})", re.I)
        self.tile = re.compile(data.tile)
        # a run of tiles may hold a label without its figure between them ("新能源车辆占比")
        # (only before a tile: the last tile's label is no label without its figure, session 14)
        self.tiles = re.compile(rf"(?:{data.tile}\s?(?:{_LABEL}\s(?={data.tile}))?)"
                                rf"{{{data.tile_min},}}")
        self.cell = re.compile(rf"{data.tile}|{_LABEL}(?=\s|$)")
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
        self.over_tiles = re.compile(rf"({data.slogan_lead})({_LABEL})\s+(?={data.tile}\s?"
                                     rf"(?:{_LABEL}\s)?{data.tile})", re.I)
        # a few searches decide whether a passage needs a closer look: the codes' gate, and
        # the words as literals with their case forms (`re` skips fast to a literal's first
        # character; re.IGNORECASE over Chinese text would cost ~30x)
        self.code_gate = re.compile(data.code_gate)
        self.header_gate = _literals(data.table_headers[0])
        self.heading_gate = _literals(data.headings)
        self.band_gate = _literals(data.band_words)

    def gate(self, text: str) -> bool:
        """Whether `text` may hold navigation: a few quick searches."""
        return any(g.search(text) is not None for g in (self.code_gate, self.header_gate,
                                                        self.heading_gate, self.band_gate))

    # --- spans -----------------------------------------------------------------------------

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where navigation sits in `text` (normalised): sorted, possibly overlapping."""
        if not text:
            return []
        out = self.code_spans(text) if self.code_gate.search(text) else []
        if self.header_gate.search(text):
            out += self.header_spans(text)
        if self.heading_gate.search(text):
            out += self.heading_spans(text)
        if self.band_gate.search(text):
            for rx in self.bands:
                out += [m.span() for m in rx.finditer(text)]
        slogan = self.slogan_span(text)
        if slogan is not None:
            out.append(slogan)
        return sorted(out)

    def slogan_span(self, text: str) -> tuple[int, int] | None:
        """A slogan at the start of a passage (after a page number or a highlights heading):
        at least `slogan_min_cells` cells of Chinese of one length ("擘画双碳蓝图 共建零碳未来"),
        the parallel phrasing of a banner; prose does not break into equal runs at spaces."""
        m = self.slogan.match(text)
        if m is None:
            return self._over_tiles(text)
        cells = m.group(2).split()
        lengths = [len(c) for c in cells]
        run = 1
        while run < len(lengths) and lengths[run] == lengths[0]:
            run += 1
        if run < self.data.slogan_min_cells:
            return self._over_tiles(text)
        end = m.start(2)
        for cell in cells[:run]:
            end = text.index(cell, end) + len(cell)
        return (m.start(), end)

    def _over_tiles(self, text: str) -> tuple[int, int] | None:
        """A banner over a run of KPI tiles ("携手迈向碳中和 环保投入 5,120 万元 …"): the
        passage's first cell, right before the tiles."""
        m = self.over_tiles.match(text)
        return (m.start(), m.end(2)) if m else None

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

    def code_spans(self, text: str) -> list[tuple[int, int]]:
        """Runs of framework codes (at least `min_codes`, or one next to an index marker),
        with the lead-in before them and the label after the last; not when a citing word
        comes right before the run, nor when a figure sits among the codes (a KPI line)."""
        d = self.data
        codes = list(self.code.finditer(text))
        if not codes:
            return []
        runs: list[list[re.Match[str]]] = [[codes[0]]]
        for m in codes[1:]:
            gap = text[runs[-1][-1].end():m.start()]
            if len(gap) <= d.code_gap_chars and not _SENTENCE_END.search(gap) \
                    and not self.measure.search(gap):
                runs[-1].append(m)
            else:
                runs.append([m])
        out = []
        for i, run in enumerate(runs):
            a, b = run[0].start(), run[-1].end()
            # a code that is an index entry by itself (SASB's "EM-CM-110a.1"): its row runs to
            # the line's end or the next code (session 15)
            alone = len(run) < d.min_codes and self.alone is not None \
                and self.alone.fullmatch(run[0].group()) is not None
            if len(run) < d.min_codes and not alone and not self._marked(text, a, b):
                continue
            if self.cite.search(text, max(0, a - d.cite_chars), a):
                continue
            if alone:
                limit = runs[i + 1][0].start() if i + 1 < len(runs) else len(text)
                line = text.find("\n", b, limit)
                tail = text[b:line if line >= 0 else limit]
            else:
                tail = text[b:b + d.tail_chars]
            for stop in (_SENTENCE_END, self.tail_stop):
                end = stop.search(tail)
                tail = tail[:end.start()] if end else tail
            figure = self.measure.search(tail)
            if figure is not None:
                if len(run) < d.min_codes:  # "KPI A1.2 温室气体排放 12,480吨": a data line
                    continue
                tail = tail[:figure.start()]
            start = self._label_start(text, a) if self.page.fullmatch(run[0].group()) \
                else self._lead_start(text, a)
            out.append((start, b + len(tail)))
        return out

    def _marked(self, text: str, a: int, b: int) -> bool:
        k = self.data.marker_chars
        return bool(self.marker.search(text[max(0, a - k):a])
                    or self.marker.search(text[b:b + k]))

    def _label_start(self, text: str, a: int) -> int:
        """The start of an index row's label before its page reference ("废水排放量 P52"):
        back to a sentence end or a year, at most `tail_chars` characters."""
        start = max(0, a - self.data.tail_chars)
        for stop in (_SENTENCE_END, self.tail_stop):
            for m in stop.finditer(text, start, a):
                start = m.end()
        return start

    def _lead_start(self, text: str, a: int) -> int:
        """The start of a lead-in ("本章回应的实质性议题 …", "对应指标") within `lead_chars` before a
        code run, with no sentence end between; else the run's own start."""
        start = max(0, a - self.data.lead_chars)
        for end in _SENTENCE_END.finditer(text, start, a):
            start = end.end()
        m = self.lead.search(text, start, a)
        return m.start() if m else a

    def header_spans(self, text: str) -> list[tuple[int, int]]:
        """A stakeholder table's header (one word of each group, side by side) to the next
        sentence end or the end of the passage: the rows that follow it."""
        out = []
        gap = self.data.header_gap
        for first in self.headers[0].finditer(text):
            at = first.end()
            for rx in self.headers[1:]:
                m = rx.search(text, at, at + gap + 40)
                if m is None or len(text[at:m.start()].strip()) > gap \
                        or _PUNCT.search(text, at, m.start()):
                    break
                at = m.end()
            else:
                end = _SENTENCE_END.search(text, at)
                out.append((first.start(), end.start() if end else len(text)))
        return out

    def heading_spans(self, text: str) -> list[tuple[int, int]]:
        """A list heading and the short cells after it (Chinese: space-separated cells of at
        most `cell_chars`, no figure, no punctuation; English: a run of words, mostly
        capitalised, without a sentence end)."""
        out = []
        for m in self.heading.finditer(text):
            end = self._cells_end(text, m.end())
            if end is not None:
                out.append((m.start(), end))
        return out

    def _cells_end(self, text: str, at: int) -> int | None:
        d = self.data
        rest = text[at:]
        stop = _SENTENCE_END.search(rest)
        rest = rest[:stop.start()] if stop else rest
        if _CJK.search(rest[:d.cell_chars * 2]) is None:
            return self._words_end(rest, at)
        cells, pos = 0, 0
        for token in re.finditer(r"\S+", rest):
            word = token.group()
            if len(word) <= d.cell_chars and not _PUNCT.search(word) \
                    and not _DIGIT.search(word):
                cells, pos = cells + 1, token.end()
                continue
            if _DIGIT.search(word):  # labels over their figures: a KPI table, data
                return None
            if cells >= d.min_cells and token.start() == pos + 1:
                # the last cell glued to the text after it: its first characters
                head = _CELL_HEAD.match(word, 0, d.cell_chars)
                if head:
                    pos = token.start() + head.end()
            break
        return at + pos if cells >= d.min_cells else None

    def _words_end(self, rest: str, at: int) -> int | None:
        words = _WORD.findall(rest)
        if len(words) < self.data.min_words or self.measure.search(rest):
            return None
        if _PUNCT.search(rest.rstrip()):
            return None
        capital = sum(1 for w in words if w[0].isupper())
        if capital < self.data.capital_share * len(words):
            return None
        return at + len(rest.rstrip())

    # --- whole passages -------------------------------------------------------------------

    def opens_list(self, text: str) -> bool:
        """Whether `text` ends in a table header or a list heading whose cells run on into
        the next passage."""
        text = text.strip()
        if not text or not self.gate(text):
            return False
        if self.heading.fullmatch(text):  # "关键绩效" alone over its cells
            return True
        return any(b >= len(text) - 1
                   for _, b in self.header_spans(text) + self.heading_spans(text))

    def label_run(self, text: str) -> bool:
        """A passage of cells only: Chinese cells separated by spaces (at least `min_cells`,
        each short, no figure, no punctuation), or English words without a sentence end,
        mostly capitalised."""
        text = text.strip()
        if not text or self.measure.search(text) or _SENTENCE_END.search(text):
            return False
        if _CJK.search(text):
            tokens = text.split()
            short = [t for t in tokens if len(t) <= self.data.cell_chars
                     and not _PUNCT.search(t)]
            return len(tokens) >= self.data.min_cells and len(short) >= len(tokens) - 1
        return self._words_end(text, 0) is not None


def load_nav_prose(text: str, source: str = NAV_PROSE_FILE) -> NavProseData:
    return _checked(load_text(NavProseData, text, source), source)


def _checked(data: NavProseData, source: str) -> NavProseData:
    check_patterns(source, "codes", data.codes + data.pages + [data.code_gate], flags=0)
    check_patterns(source, "markers", data.markers)
    check_patterns(source, "measure", [data.measure, data.tail_stop])
    check_patterns(source, "bands", data.bands + [data.slogan_lead, data.tile])
    return data


@cache
def nav_prose() -> NavProse:
    return NavProse(_checked(load_bundled(NavProseData, "cnsr.data.text", NAV_PROSE_FILE),
                             bundled_name("cnsr.data.text", NAV_PROSE_FILE)))


def spans(text: str) -> list[tuple[int, int]]:
    """Navigation glued into `text` (normalised), by the bundled cues."""
    return nav_prose().spans(text)


def tile_cuts(text: str) -> list[int]:
    """Where the KPI tiles of `text` end (spaced, glued or English runs), sorted."""
    ends = nav_prose().tile_ends(text) if _TILE_GATE.search(text) else []
    return sorted(set(ends + nav_prose().glued_tile_ends(text)))


def split_tiles(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`sentences` cut after each KPI tile of a run (`NavProse.tile_ends`): a highlights
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
