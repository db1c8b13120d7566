"""Score a filled expert sheet: every row through the methodology engine."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cnsr.batch.industries import industries, size_classes
from cnsr.expert.read import read_sheet
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Provenance, Rating, build_rating


def score_sheet(m: LoadedMethodology, path: Path) -> list[Rating]:
    rows = read_sheet(m, path, industries=set(industries()), sizes=set(size_classes()))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    provenance = Provenance(methodology=m.label, produced_by="expert",
                            inputs=[{"file": path.name, "sha256": digest}])
    return [build_rating(m, row.company, row.assessment, provenance) for row in rows]
