"""Shared fixtures: the bundled methodology and a way to write variants of it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from cnsr.methodology import LoadedMethodology, load_methodology
from cnsr.methodology.load import default_path


@pytest.fixture(scope="session")
def m() -> LoadedMethodology:
    return load_methodology()


@pytest.fixture
def methodology_variant(tmp_path: Path) -> Callable[[Callable[[dict[str, Any]], None]], Path]:
    """Write the default methodology changed by `edit` to a file and return its path."""
    base = yaml.safe_load(default_path().read_text(encoding="utf-8"))

    def make(edit: Callable[[dict[str, Any]], None]) -> Path:
        data = copy.deepcopy(base)
        edit(data)
        path = tmp_path / f"variant-{len(list(tmp_path.iterdir()))}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return path

    return make
