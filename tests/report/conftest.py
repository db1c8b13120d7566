"""Report tests build ratings with tests/rank/rank_factory.py (through the scoring engine)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))

from rank_factory import demo_ratings  # noqa: E402

from cnsr.methodology import LoadedMethodology  # noqa: E402
from cnsr.rank.study import Study, build_study  # noqa: E402
from cnsr.rating import Rating  # noqa: E402


@pytest.fixture(scope="session")
def demo(m: LoadedMethodology) -> list[Rating]:
    return demo_ratings(m, companies=12)  # small: every chart is drawn twice per test run


@pytest.fixture(scope="session")
def study(demo: list[Rating], m: LoadedMethodology) -> Study:
    return build_study(demo, m)
