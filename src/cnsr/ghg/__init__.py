"""Greenhouse-gas inventory and target checks: a company's own path to stage 3.

Pipeline: activity workbook → `read_activity` → `compute_inventory` (with a `FactorLibrary`)
→ Inventory → summaries, reports, `check_target`, and `fill_points` (disclosure points for
the rating). Charts and PDF reports live in `charts`, `report` and `report_excel` and are not
imported here, so using the core does not load matplotlib or WeasyPrint.
"""

from cnsr.ghg.disclosure import PointFill, fill_points
from cnsr.ghg.inventory import compute_inventory
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.model import EmissionLine, Inventory, InventoryOptions
from cnsr.ghg.targets import Target, TargetCheck, check_target, load_target
from cnsr.ghg.workbook import read_activity

__all__ = [
    "EmissionLine",
    "FactorLibrary",
    "Inventory",
    "InventoryOptions",
    "PointFill",
    "Target",
    "TargetCheck",
    "check_target",
    "compute_inventory",
    "fill_points",
    "load_target",
    "read_activity",
]
