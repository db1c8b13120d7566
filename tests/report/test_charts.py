"""Charts: files written in both formats, not trivial, Chinese drawn with a CJK font."""

from __future__ import annotations

import struct
import warnings
from pathlib import Path

import pytest

from cnsr.rank.study import Study
from cnsr.rating import Rating
from cnsr.report import chart_style, charts


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, study: Study,
            demo: list[Rating]) -> list[Path]:
    out = tmp_path_factory.mktemp("charts")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # a missing glyph warns: fail on it
        return charts.write_charts(study, demo, out, "zh")


def test_every_chart_in_png_and_svg(written: list[Path], study: Study) -> None:
    names = {p.name for p in written}
    assert "ranking-D44-large-zh.png" in names and "ranking-D44-large-zh.svg" in names
    assert "stages-zh.png" in names and "stages-zh.svg" in names
    heatmaps = [n for n in names if n.startswith("heatmap-") and n.endswith(".png")]
    assert len(heatmaps) == len(study.groups)
    for path in written:
        assert path.exists() and path.stat().st_size > 20_000, path
        if path.suffix == ".svg":
            assert path.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_ranking_chart_grows_with_companies(written: list[Path], study: Study) -> None:
    large = next(p for p in written if p.name == "ranking-D44-large-zh.png")
    small = next(p for p in written if p.name == "ranking-D44-small-zh.png")
    n_large = sum(len(g.entries) for g in study.groups if g.key.size == "large")
    n_small = sum(len(g.entries) for g in study.groups if g.key.size == "small")
    assert n_large > n_small
    (w1, h1), (_w2, h2) = _png_size(large), _png_size(small)
    assert h1 > h2 and w1 > 800


def test_cjk_font_found() -> None:
    chart_style.cjk_font.cache_clear()
    font = chart_style.cjk_font()
    if font is None:  # pragma: no cover - fonts-noto-cjk missing on this machine
        pytest.skip("no CJK font installed")
    assert font in chart_style.CJK_FONTS


def test_missing_cjk_font_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chart_style, "CJK_FONTS", ("No Such Font CJK",))
    chart_style.cjk_font.cache_clear()
    try:
        with pytest.warns(chart_style.FontWarning, match="fonts-noto-cjk"):
            assert chart_style.cjk_font() is None
    finally:
        chart_style.cjk_font.cache_clear()


def test_svg_is_reproducible(tmp_path: Path, study: Study) -> None:
    group = study.groups[0]
    a = chart_style.save(charts.ranking_figure(study, "en", group.key.industry, group.key.size),
                    tmp_path / "a")
    b = chart_style.save(charts.ranking_figure(study, "en", group.key.industry, group.key.size),
                    tmp_path / "b")
    assert a[1].read_bytes() == b[1].read_bytes()
    assert a[0].read_bytes() == b[0].read_bytes()
