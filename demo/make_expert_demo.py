"""Regenerate demo/expert-sheet.xlsx: a filled expert sheet for fictional companies.

Each company has a disclosure profile (how strong it is per stage block); point ratings and
bands follow from it with a fixed seed, so the sheet is reproducible. Run:
    python demo/make_expert_demo.py
"""

from __future__ import annotations

import random
from pathlib import Path

from cnsr.batch.industries import industries, size_classes
from cnsr.expert.template import write_template
from cnsr.methodology import load_methodology

# name, code, industry, size, year, criteria (env, carbon, quantified), strength per stage block
COMPANIES = [
    ("北辰清洁能源股份有限公司", "600901.SH", "D44", "L", 2023, (1, 1, 1), (0.9, 0.8, 0.6)),
    ("华岳电力集团股份有限公司", "600902.SH", "D44", "L", 2023, (1, 1, 1), (0.8, 0.6, 0.4)),
    ("东临热电股份有限公司", "000903.SZ", "D44", "L", 2023, (1, 1, 1), (0.7, 0.5, 0.3)),
    ("南湾水电开发股份有限公司", "600904.SH", "D44", "L", 2023, (1, 1, 0), (0.8, 0.6, 0.0)),
    ("西岭新能源股份有限公司", "300905.SZ", "D44", "L", 2023, (1, 1, 0), (0.6, 0.4, 0.0)),
    ("青石化工股份有限公司", "002906.SZ", "C26", "M", 2023, (1, 1, 0), (0.7, 0.3, 0.0)),
    ("长川钢铁股份有限公司", "600907.SH", "C31", "L", 2023, (1, 0, 0), (0.6, 0.1, 0.0)),
    ("远帆软件科技股份有限公司", "688908.SH", "I65", "S", 2023, (0, 0, 0), (0.0, 0.0, 0.0)),
]
BANDS = ["B0", "B1", "B2", "B3", "B4", "B5"]


def rows() -> list[dict[str, object]]:
    m = load_methodology()
    rng = random.Random(2021)
    out = []
    for name, code, industry, size, year, flags, strength in COMPANIES:
        row: dict[str, object] = {"name": name, "code": code, "industry": industry,
                                  "size": size, "year": year}
        for criterion, flag in zip(("environmental_awareness", "carbon_awareness",
                                    "quantified_emissions"), flags, strict=True):
            row[criterion] = "Y" if flag else "N"
        for ind in m.spec.indicators:
            level = strength[ind.stage - 1]
            for p in ind.points:
                draw = rng.random()
                row[p.id] = 1 if draw < level * 0.8 else 0.5 if draw < level * 1.1 else 0
            for dim in ("trend", "comparison", "integration"):
                band = min(5, max(0, round(level * 5 + rng.choice([-2, -1, 0, 1]))))
                row[f"{ind.id}:{dim}"] = BANDS[band] if level else None
        out.append(row)
    return out


if __name__ == "__main__":
    target = Path(__file__).with_name("expert-sheet.xlsx")
    write_template(load_methodology(), target, industries=list(industries()),
                   sizes=list(size_classes()), rows=rows())
    print(f"wrote {target}")
