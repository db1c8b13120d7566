"""Draw an evidence audit: the first evidence passage of N random non-zero points.

Rates each document alone (`rate_documents`; the company and report year from its
`<doc>.label.yaml` when there is one, else `--year`), keeps every point rated above
0 with its first evidence, sorts them by (document, point) and prints `random.Random(seed)
.sample(points, n)` for judging by hand. The audits in docs/reader-history.md were drawn this way:

    .venv/bin/python scripts/audit_sample.py --seed 70 demo/corpus/d15*.pdf ...
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

from cnsr.assess.rate import rate_documents
from cnsr.ingest.read import read_document
from cnsr.methodology.load import load_methodology
from cnsr.rating import Company


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="+", type=Path)
    ap.add_argument("--seed", type=int, default=70)
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--year", type=int, default=2023)
    args = ap.parse_args()
    m = load_methodology()
    names = {p.id: p.en for ind in m.spec.indicators for p in ind.points}
    points = []
    for pdf in args.pdfs:
        label = pdf.with_name(pdf.stem + ".label.yaml")
        lab = yaml.safe_load(label.read_text(encoding="utf-8")) if label.exists() else {}
        company = Company(name=lab.get("company", pdf.stem), year=lab.get("year", args.year))
        r = rate_documents([read_document(pdf)], company, m)
        points += [(pdf.stem, p.point, p.rating, p.evidence[0].page, p.evidence[0].passage)
                   for ind in r.indicators for p in ind.points if p.rating > 0 and p.evidence]
    points.sort()
    drawn = sorted(random.Random(args.seed).sample(points, min(args.n, len(points))))
    for i, (doc, pid, rating, page, passage) in enumerate(drawn, 1):
        print(f"#{i} {doc} {pid}={rating} [{names.get(pid, '')}] p{page}: {passage}")
    print(f"{len(points)} non-zero points")


if __name__ == "__main__":
    main()
