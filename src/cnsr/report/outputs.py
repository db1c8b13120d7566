"""Everything `cnsr rank --out DIR` writes for a study: charts, the workbook, the study JSON."""

from __future__ import annotations

from pathlib import Path

from cnsr.frameworks.results import StoredCheck
from cnsr.methodology.load import LoadedMethodology
from cnsr.rank.study import Study
from cnsr.rating import Rating
from cnsr.report.charts import write_charts
from cnsr.report.excel import write_study_excel


def write_study_outputs(study: Study, ratings: list[Rating], m: LoadedMethodology, out: Path,
                        lang: str, checks: list[StoredCheck] | None = None) -> list[Path]:
    """charts/*.png|svg, study-<year>.xlsx (with the stored `checks`) and study-<year>.json
    under `out`."""
    out.mkdir(parents=True, exist_ok=True)
    written = write_charts(study, ratings, out / "charts", lang)
    written.append(write_study_excel(study, ratings, m, out / f"study-{study.year}.xlsx",
                                     checks))
    summary = out / f"study-{study.year}.json"
    summary.write_text(study.model_dump_json(indent=2), encoding="utf-8")
    written.append(summary)
    return written
