"""How cnsr's study charts look and are written: a CJK font, the stage colours, PNG + SVG
files that are equal on every run.

Chinese labels need a CJK font; `cjk_font()` picks the first installed one of `CJK_FONTS`
(Debian: fonts-noto-cjk) and warns once when none is found (Chinese then renders as boxes).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

CJK_FONTS = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans CJK JP",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC",
    "Heiti SC", "Arial Unicode MS",
)
STAGE_COLOURS = {0: "#9aa0a6", 1: "#d99a2b", 2: "#3f86c0", 3: "#1f7a5a"}
EXTRA_COLOURS = ("#8e5ea2", "#c0504d", "#4bacc6", "#7f7f7f")
FORMATS = ("png", "svg")
DPI = 150


class FontWarning(UserWarning):
    """No CJK font is installed; Chinese labels will not render."""


@cache
def cjk_font() -> str | None:
    available = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in available:
            return name
    warnings.warn("no CJK font found (install fonts-noto-cjk); Chinese labels will render as "
                  "boxes", FontWarning, stacklevel=2)
    return None


@contextmanager
def chart_style() -> Iterator[None]:
    font = cjk_font()
    families = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    with matplotlib.rc_context({
        "font.family": "sans-serif",
        "font.sans-serif": families,
        "axes.unicode_minus": False,
        "font.size": 9,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.hashsalt": "cnsr",
        "svg.fonttype": "path",
    }):
        yield


def stage_colour(stage: int) -> str:
    return STAGE_COLOURS.get(stage, EXTRA_COLOURS[stage % len(EXTRA_COLOURS)])


def save(fig: Figure, stem: Path) -> list[Path]:
    """Write `stem`.png and `stem`.svg; metadata without dates so reruns give equal files."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    paths = []
    with chart_style():
        for fmt in FORMATS:
            path = stem.with_suffix(f".{fmt}")
            metadata = {"Date": None} if fmt == "svg" else {"Software": None}
            fig.savefig(path, format=fmt, dpi=DPI, metadata=metadata)
            paths.append(path)
    return paths


def new_figure(width: float, height: float) -> Figure:
    """A figure laid out by constrained layout, with a margin of 0.1 in all round (the
    layout keeps every label inside, so saving needs no second 'tight' pass)."""
    return Figure(figsize=(width, height), layout=ConstrainedLayoutEngine(w_pad=0.1, h_pad=0.1))
