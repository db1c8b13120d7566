"""Chart layout, checked on the drawn figures at the sizes they are saved at: cells that keep
their size, every text inside the figure, stage headers clear of the bars, industries named in
the legend with a colour each (issue #14, item 4)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from rank_factory import make_rating

from cnsr.methodology import LoadedMethodology
from cnsr.rank.study import Study, build_study
from cnsr.rating import Rating
from cnsr.report import chart_style, chart_text, charts

INDUSTRIES = ["D44", "C26", "B06", "C31", "C30", "G54", "K70", "C39", "D45", "C36", "N77", "I65"]


@pytest.fixture(scope="module")
def mixed(m: LoadedMethodology) -> tuple[Study, list[Rating]]:
    """Twelve industries with one company each (every group a one-company group), real size
    codes, long company names; stage 1 groups included."""
    ratings = [make_rating(m, f"华东新能源材料科技股份有限公司{i}", stage=1 + i % 3,
                           code=f"{600100 + i:06d}.SH", industry=code, size="LMS"[i % 3],
                           disclose={"I01": 0.5, "I02": 1, "I06": 0.5})
               for i, code in enumerate(INDUSTRIES)]
    ratings.append(make_rating(m, "某化工公司", stage=0, code="600999.SH", industry="C26",
                               size="L"))
    return build_study(ratings, m), ratings


def _drawn(fig: Figure) -> FigureCanvasAgg:
    fig.set_dpi(chart_style.DPI)
    canvas = FigureCanvasAgg(fig)
    with warnings.catch_warnings(), chart_style.chart_style():
        warnings.simplefilter("error")  # "constrained_layout not applied" fails the test
        canvas.draw()
    return canvas


def _texts_inside(fig: Figure) -> None:
    """Everything drawn (titles, labels, legend) lies inside the figure."""
    drawn = fig.get_tightbbox(fig.canvas.get_renderer())  # type: ignore[attr-defined]
    page = fig.bbox_inches
    assert drawn is not None
    assert drawn.x0 >= page.x0 - 0.01 and drawn.x1 <= page.x1 + 0.01, (drawn, page)
    assert drawn.y0 >= page.y0 - 0.01 and drawn.y1 <= page.y1 + 0.01, (drawn, page)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_heatmaps_keep_their_cells_and_titles(mixed: tuple[Study, list[Rating]],
                                              lang: str) -> None:
    study, ratings = mixed
    percents = charts.indicator_percents(ratings)
    for group in study.groups:
        fig = charts.heatmap_figure(group, study, lang, percents)
        _drawn(fig)
        ax = fig.axes[0]
        box = ax.get_window_extent()
        rows = len(group.entries) + 1
        # each row at least a quarter inch, each indicator column at least a third of one
        assert box.height >= rows * 0.25 * chart_style.DPI, (group.key, box.height)
        assert box.width >= len(group.indicators) * 0.33 * chart_style.DPI, (group.key, box.width)
        _texts_inside(fig)
        title = fig.get_suptitle()
        size = charts.size_label(group.key.size, lang)
        assert size in title.replace("\n", " ") or size in title.replace("\n", "")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ranking_headers_clear_of_bars(mixed: tuple[Study, list[Rating]], lang: str) -> None:
    study, _ = mixed
    group = study.groups[0]
    assert len(group.entries) == 1
    fig = charts.ranking_figure(study, lang, group.key.industry, group.key.size)
    canvas = _drawn(fig)
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    headers = [x for x in ax.texts if x.get_gid() == "stage-header"]
    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_width() > 0]
    assert headers and bars
    for header in headers:
        ext = header.get_window_extent(renderer)
        for bar in bars:
            assert not ext.overlaps(bar.get_window_extent(renderer)), header.get_text()
    _texts_inside(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_distribution_legend_names_industries(mixed: tuple[Study, list[Rating]],
                                              lang: str) -> None:
    study, ratings = mixed
    fig = charts.distribution_figure(study, lang, charts.stage_industry_counts(ratings, 2021))
    _drawn(fig)
    legend = fig.legends[0]
    labels = [x.get_text().replace("\n", " " if lang == "en" else "") for x in legend.texts]
    assert len(labels) == len(INDUSTRIES)
    name = "电力、热力生产和供应业" if lang == "zh" else "Production and supply of electric"
    assert any(label.startswith("D44") and name in label for label in labels), labels
    colours = {tuple(h.get_facecolor()) for h in legend.legend_handles}  # type: ignore[union-attr]
    assert len(colours) == len(INDUSTRIES)
    _texts_inside(fig)


def test_company_names_wrap_between_words() -> None:
    # a name breaks before its legal form or between words, never inside a word ("有\n限公司")
    assert chart_text.wrap_units("3. 北岭清源水电有限责任公司", 26) == "3. 北岭清源水电\n有限责任公司"
    lines = chart_text.wrap_units("1. 东岳丰泰电力集团股份有限公司", 26).split("\n")
    assert lines[-1].endswith("股份有限公司") and len(lines) == 2


def test_wrap_units_counts_cjk_double() -> None:
    assert chart_text.wrap_units("第一阶段：环保意识 · 行业", 10).split("\n")[0] == "第一阶段："
    assert chart_text.wrap_units("size Large enterprise", 12) == "size Large\nenterprise"


def test_charts_render_to_png(tmp_path: Path, mixed: tuple[Study, list[Rating]]) -> None:
    """Written files for a look: en and zh of a stage-1 heat map."""
    study, ratings = mixed
    group = next(g for g in study.groups if g.key.stage == 1)
    for lang in ("zh", "en"):
        fig = charts.heatmap_figure(group, study, lang, charts.indicator_percents(ratings))
        png = chart_style.save(fig, tmp_path / f"s1-{lang}")[0]
        assert png.stat().st_size > 10_000


def test_fold_industries_keeps_the_largest_and_every_company() -> None:
    # 15 industries: C26 has 5 companies, C31 4, the rest one each
    codes = ["C26"] * 5 + ["C31"] * 4 + [f"C{n}" for n in range(13, 26)]  # 15 codes
    by_stage: dict[int, dict[str, int]] = {}
    for k, code in enumerate(codes):
        per = by_stage.setdefault(k % 3 + 1, {})
        per[code] = per.get(code, 0) + 1
    folded = charts.fold_industries(by_stage, keep=6)
    names = {i for counts in folded.values() for i in counts}
    assert len(names) == 6 and {"C26", "C31", charts.OTHER} <= names
    assert {s: sum(c.values()) for s, c in folded.items()} == \
        {s: sum(c.values()) for s, c in by_stage.items()}
    assert charts.fold_industries(by_stage, keep=15) == by_stage


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_market_wide_distribution_names_the_largest_industries(m: LoadedMethodology,
                                                               lang: str) -> None:
    # a market-like study: 30 industries, D44 the largest; the legend stays readable
    codes = ["D44"] * 6 + ["C26"] * 3 + [f"C{n}" for n in range(13, 41) if n != 26]
    codes += ["B06"]
    ratings = [make_rating(m, f"示例公司{k}", stage=1 + k % 3, code=f"{600100 + k:06d}.SH",
                           industry=code, size="LMS"[k % 3], disclose={"I01": 0.5})
               for k, code in enumerate(codes)]
    study = build_study(ratings, m)
    fig = charts.distribution_figure(study, lang, charts.stage_industry_counts(ratings, 2021))
    _drawn(fig)
    labels = [x.get_text().replace("\n", " ") for x in fig.legends[0].texts]
    assert len(labels) == charts.LEGEND_INDUSTRIES
    assert any(label.startswith("D44") for label in labels)
    other = "其他 19 个行业" if lang == "zh" else "19 other industries"
    assert labels[-1] == other, labels
    colours = {tuple(h.get_facecolor()) for h in fig.legends[0].legend_handles}  # type: ignore[union-attr]
    assert len(colours) == charts.LEGEND_INDUSTRIES
    _texts_inside(fig)
