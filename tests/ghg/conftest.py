"""Shared helpers: write activity rows to a real .xlsx and compute its inventory."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from cnsr.ghg.inventory import compute_inventory
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.model import Inventory, InventoryOptions
from cnsr.ghg.template import write_workbook
from cnsr.ghg.workbook import read_activity

Rows = Mapping[str, Sequence[Mapping[str, Any]]]


@pytest.fixture(scope="session")
def lib() -> FactorLibrary:
    return FactorLibrary.load()


@pytest.fixture
def workbook(tmp_path: Path, lib: FactorLibrary) -> Callable[..., Path]:
    """Write rows (and entity fields) to a template-shaped workbook, examples included."""

    def make(rows: Rows, entity: Mapping[str, Any] | None = None, name: str = "a.xlsx") -> Path:
        return write_workbook(tmp_path / name, lib, entity or {"name": "Test Co."}, rows)

    return make


@pytest.fixture
def inventory_of(workbook: Callable[..., Path], lib: FactorLibrary) -> Callable[..., Inventory]:
    """Rows → workbook on disk → read back → inventory (the whole user path)."""

    def run(rows: Rows, entity: Mapping[str, Any] | None = None, **options: Any) -> Inventory:
        data = read_activity(workbook(rows, entity))
        return compute_inventory(data, lib, InventoryOptions(**options))

    return run
