"""Session 24 (speed): the pydantic models that `cnsr rate` never validates (the data files'
models, read from the data cache; file limits, industries, weights, the bundle file) build
their validators on first use, and still validate as before."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError


def _deferred() -> list[type[BaseModel]]:
    from cnsr.batch.industries import Industry, SizeClass
    from cnsr.evidence.boundaries_data import BoundaryData
    from cnsr.evidence.form_answers_data import Forms
    from cnsr.evidence.nav_prose_data import NavProseData
    from cnsr.evidence.navigation_rules import NavigationData, Thresholds
    from cnsr.evidence.ocr_repair import OcrConfusions
    from cnsr.evidence.quotes import QuoteData
    from cnsr.evidence.relative_years import RelativeYears
    from cnsr.evidence.subject_data import NamesData
    from cnsr.file_limits import ArchiveLimits, FileLimits, MarkupLimits
    from cnsr.frameworks.bundle import BundleFile
    from cnsr.ingest.report_year import YearPattern, YearRules
    from cnsr.methodology.weights import Weight

    return [Industry, SizeClass, BoundaryData, Forms, NavProseData, NavigationData, Thresholds,
            OcrConfusions, QuoteData, RelativeYears, NamesData, ArchiveLimits, FileLimits,
            MarkupLimits, BundleFile, YearPattern, YearRules, Weight]


@pytest.mark.parametrize("model", _deferred(), ids=lambda m: m.__name__)
def test_data_models_build_their_validators_on_first_use(model: type[BaseModel]) -> None:
    assert model.model_config.get("defer_build") is True


def test_a_deferred_model_validates_as_before() -> None:
    from cnsr.evidence.subject_data import NamesData
    from cnsr.methodology.weights import Weight

    names = NamesData.model_validate({"version": 1, "source": "test", "legal_forms": ["有限公司"],
                                      "min_chars": 2, "generic": ["集团"]})
    assert names.min_chars == 2
    with pytest.raises(ValidationError):
        NamesData.model_validate({"version": 1, "source": "test", "legal_forms": [],
                                  "min_chars": 0, "generic": []})
    assert Weight(indicator="I01", row_sum=3.0, weight=0.1, points=10).points == 10
