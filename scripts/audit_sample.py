"""Draw an evidence audit: the first evidence passage of N random non-zero points.

Rates each document alone (`rate_documents`; the company and report year from its
`<doc>.label.yaml`, or from a label that lists the document under `files:`, else `--year`),
keeps every point rated above 0 with its first evidence, sorts them by (document, point) and
prints `random.Random(seed).sample(points, n)` for judging by hand. The audits in
docs/reader-history.md were drawn this way:

    .venv/bin/python scripts/audit_sample.py --seed 70 demo/corpus/d15*.pdf ...

Any document the reader reads (PDF, DOCX, HTML, Markdown, text) may be given. `--all` prints
every evidence passage of each drawn point under its first (session 19: is a right passage
further down?); `--labelled` takes every document a label of the folder names.
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


def _labels(folder: Path) -> dict[str, dict]:
    """Each document name of the folder's labels -> its label (a `file:` or `files:`)."""
    out: dict[str, dict] = {}
    for path in sorted(folder.glob("*.label.yaml")):
        lab = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name in lab.get("files") or [lab.get("file")]:
            if name:
                out.setdefault(name, lab)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--seed", type=int, action="append",
                    help="the draw's seed (70 when none); repeat for several draws of one rating")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--year", type=int, default=2023)
    ap.add_argument("--all", action="store_true", help="print every evidence passage")
    ap.add_argument("--labelled", type=Path, default=None,
                    help="a corpus folder: take every document its labels name")
    args = ap.parse_args()
    m = load_methodology()
    names = {p.id: p.en for ind in m.spec.indicators for p in ind.points}
    docs = list(args.pdfs)
    if args.labelled is not None:
        docs += [args.labelled / name for name in sorted(_labels(args.labelled))]
    points = []
    for pdf in docs:
        label = pdf.with_name(pdf.stem + ".label.yaml")
        if label.exists():
            lab = yaml.safe_load(label.read_text(encoding="utf-8"))
        else:
            lab = _labels(pdf.parent).get(pdf.name, {})
        company = Company(name=lab.get("company", pdf.stem), year=lab.get("year", args.year))
        r = rate_documents([read_document(pdf)], company, m)
        points += [(pdf.stem, p.point, p.rating, p.evidence[0].page, p.evidence[0].passage,
                    [(e.page, e.passage) for e in p.evidence[1:]])
                   for ind in r.indicators for p in ind.points if p.rating > 0 and p.evidence]
    points.sort()
    for seed in args.seed or [70]:
        if len(args.seed or []) > 1:
            print(f"== seed {seed}")
        drawn = sorted(random.Random(seed).sample(points, min(args.n, len(points))))
        for i, (doc, pid, rating, page, passage, more) in enumerate(drawn, 1):
            print(f"#{i} {doc} {pid}={rating} [{names.get(pid, '')}] p{page}: {passage}")
            if args.all:
                for k, (p, text) in enumerate(more, 2):
                    print(f"    {k}. p{p}: {text}")
        print(f"{len(points)} non-zero points")


if __name__ == "__main__":
    main()
