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
cells at a passage's start ("擘画双碳蓝图 共建零碳未来") is navigation too (`slogan_span`); its
run of KPI tiles is cut into one sentence per tile by `evidence.kpi_tiles`.
"""

from __future__ import annotations

import re
from functools import cache

from cnsr.evidence.kpi_tiles import TILE_LABEL
from cnsr.evidence.nav_prose_data import NavProseData, bundled_nav_prose

_SENTENCE_END = re.compile(r"[。！？；!?;]|\.(?:\s|$)")
_PUNCT = re.compile(r"[。！？；!?;，,、：:（）()“”\"]|\.(?:\s|$)")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z][A-Za-z'&-]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CELL_HEAD = re.compile(r"[^\d。！？；!?;，,、：:]+")


def _literals(words: list[str]) -> re.Pattern[str]:
    """The words as literals, each in its case forms: a fast search for any of them."""
    forms = dict.fromkeys(f for w in words for f in (w, w.lower(), w.upper(), w.capitalize(),
                                                      w.title()))
    return re.compile("|".join(re.escape(f) for f in forms))


def _phrase(word: str) -> str:
    """A word or phrase; ASCII words bounded as words, spaces matching any whitespace; in any
    case where it has letters with case ("GRI", "ESG报告"). The phrases are compiled without
    re.IGNORECASE: over Chinese characters it only costs compiling time (~3x), never a match."""
    if word.isascii():
        return r"(?i:\b" + r"\s+".join(re.escape(p) for p in word.split()) + r"\b)"
    if word.lower() != word.upper():
        return f"(?i:{re.escape(word)})"
    return re.escape(word)


class NavProse:
    """The compiled navigation cues of one nav_prose.yaml."""

    def __init__(self, data: NavProseData) -> None:
        self.data = data
        self.code = re.compile("|".join(f"(?:{p})" for p in data.codes + data.pages))
        self.page = re.compile("|".join(f"(?:{p})" for p in data.pages))
        self.alone = re.compile("|".join(f"(?:{p})" for p in data.alone)) if data.alone else None
        self.marker = re.compile("|".join(f"(?:{p})" for p in data.markers), re.I)
        self.cite = re.compile("|".join(_phrase(w) for w in data.cites))
        self.lead = re.compile("|".join(_phrase(w) for w in data.leads))
        self.measure = re.compile(data.measure, re.I)
        self.tail_stop = re.compile(data.tail_stop)
        self.headers = [re.compile("|".join(_phrase(w) for w in sorted(g, key=len, reverse=True)))
                        for g in data.table_headers]
        self.heading = re.compile("|".join(_phrase(w) for w in sorted(data.headings, key=len,
                                                                       reverse=True)))
        # two or more list headings alone, side by side: a bilingual caption (session 24)
        self.heading_row = re.compile(rf"(?:{self.heading.pattern})(?:\s+(?:{self.heading.pattern}))+")
        self.bands = [re.compile(p) for p in data.bands]  # Latin words: (?i:…) in the data
        low, high = data.slogan_chars
        # without re.IGNORECASE: it costs ~20 ms of compiling for the Chinese classes, which
        # have no case; the data's Latin words carry their own (?i:…)
        self.slogan = re.compile(rf"({data.slogan_lead})((?:[\u4e00-\u9fff]{{{low},{high}}}"
                                 rf"(?:\s+|$)){{{data.slogan_min_cells},}})")
        self.over_tiles = re.compile(rf"({data.slogan_lead})({TILE_LABEL})\s+(?={data.tile}\s?"
                                     rf"(?:{TILE_LABEL}\s)?{data.tile})")
        # a few searches decide whether a passage needs a closer look: the codes' gate, and
        # the words as literals with their case forms (`re` skips fast to a literal's first
        # character; re.IGNORECASE over Chinese text would cost ~30x)
        self.code_gate = re.compile(data.code_gate)
        self.header_gate = _literals(data.table_headers[0])
        self.heading_gate = _literals(data.headings)
        self.band_gate = _literals(data.band_words)
        # a materiality table's header of levels alone ("高度重要 中度重要 一般重要")
        level = "|".join(_phrase(w) for w in sorted(data.levels, key=len, reverse=True)) or "(?!)"
        self.level_row = re.compile(rf"(?:{level})(?:\s+(?:{level}))+")
        self.level_gate = _literals(data.levels) if data.levels else re.compile("(?!)")

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
                limit = min(limit, b + d.alone_chars)  # at most an index row's length
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
        if self.levels_only(text):  # a materiality table's levels over its topics
            return True
        if not text or not self.gate(text):
            return False
        if self.heading.fullmatch(text):  # "关键绩效" alone over its cells
            return True
        if self.heading_row.fullmatch(text):
            # a list heading with its translation ("重要性议题 Material Topics"), a table's caption
            # over its topic cells (blind round 28, session 24)
            return True
        return any(b >= len(text) - 1
                   for _, b in self.header_spans(text) + self.heading_spans(text))

    def levels_only(self, text: str) -> bool:
        """A materiality table's header of levels alone ("高度重要 中度重要 一般重要")."""
        return self.level_row.fullmatch(text.strip()) is not None

    def label_run(self, text: str) -> bool:
        """A passage of cells only: Chinese cells separated by spaces (at least `min_cells`,
        each short, no figure, no punctuation), or English words without a sentence end,
        mostly capitalised."""
        text = text.strip()
        if not text or self.measure.search(text) or _SENTENCE_END.search(text):
            return False
        if _CJK.search(text):
            tokens = text.split()
            short = [t for t in tokens if all(
                item and len(item) <= self.data.cell_chars and not _PUNCT.search(item)
                for item in t.split("、"))]
            return len(tokens) >= self.data.min_cells and len(short) >= len(tokens) - 1
        return self._words_end(text, 0) is not None


@cache
def nav_prose() -> NavProse:
    return NavProse(bundled_nav_prose())


def spans(text: str) -> list[tuple[int, int]]:
    """Navigation glued into `text` (normalised), by the bundled cues."""
    return nav_prose().spans(text)
