"""The first evidence of every scored point of the labelled corpus, under the current order.

Session 22 (task s22-order): which passage a point quotes first is decided by
`evidence/evidence_order.py`. Judging a change of that order needs every passage a point
ranks, not the three a rating keeps, and the label's pages; reading 132 PDFs for each try
costs minutes. So `dump` reads and analyses every labelled company-year once (the passages,
their analyses, the BM25 scores and the emission figures, pickled per label into a folder of
your choice, under /tmp), and `first` ranks them with the order of the code it runs under
and writes, per (label, point) scored by both the reader and the label, the first evidence
(page, passage, on a labelled page or not) and every ranked passage below it. Ranking is
`find.rank` and the rating's own steps after it (`drop_others_figures`, `Findings.verified`),
so the first evidence is the rating's (`cnsr evaluate` counts the same "first evidence on the
labelled page"). `diff` compares two `first` outputs: per blind round (the round of each
document from `benchmarks/unseen/unseen.jsonl`; the rest of the corpus is "other"), the first
evidences moved onto and off the labelled page, and every moved first evidence for judging by
hand.

    CNSR_CACHE_DIR=/tmp/cache-x PYTHONPATH=src .venv/bin/python scripts/first_evidence.py dump /tmp/fe
    PYTHONPATH=src .venv/bin/python scripts/first_evidence.py first /tmp/fe /tmp/fe/after.json
    PYTHONPATH=src .venv/bin/python scripts/first_evidence.py diff /tmp/fe/before.json /tmp/fe/after.json

A dump holds the analyses of the code that made it: after a change of the lexicon, rules or
analysis (anything but the order), dump again.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

from cnsr.assess.emissions import drop_others_figures
from cnsr.assess.evaluate import load_labels
from cnsr.evidence.emission_figures import find_emissions, load_markers
from cnsr.evidence.find import locate, rank, relevance
from cnsr.evidence.subject import subject_for
from cnsr.ingest import read_document
from cnsr.methodology.load import load_methodology

ROOT = Path(__file__).resolve().parents[1]


def dump(out: Path, corpus: Path) -> None:
    m = load_methodology()
    lex = m.lexicon()
    out.mkdir(parents=True, exist_ok=True)
    for path, label in load_labels(corpus):
        stem = path.name[: -len(".label.yaml")]
        docs = [read_document(corpus / f) for f in label.paths]
        findings = locate(docs, lex, subject_for(label.company, label.year))
        scores = relevance(findings)
        figures = find_emissions(findings, load_markers(lex.source))
        findings.lexicon = None  # type: ignore[assignment]
        with (out / f"{stem}.pkl").open("wb") as fh:
            pickle.dump((findings, scores, figures), fh, protocol=pickle.HIGHEST_PROTOCOL)
        print(stem, file=sys.stderr)


def first(folder: Path, out: Path, corpus: Path) -> None:
    m = load_methodology()
    lex = m.lexicon()
    markers = load_markers(lex.source)
    keep = lex.rules.evidence.max_per_point
    pids = [p.id for ind in m.spec.indicators for p in ind.points]
    result: dict[str, dict[str, dict]] = {}
    for path, label in load_labels(corpus):
        stem = path.name[: -len(".label.yaml")]
        with (folder / f"{stem}.pkl").open("rb") as fh:
            findings, scores, figures = pickle.load(fh)
        findings.lexicon = lex
        rank(findings, scores)
        drop_others_figures(findings, figures, set(markers.data.points.values()),
                            markers.data.points.get("scope3"),
                            frozenset(markers.data.value_chain))
        paged = all(f.lower().endswith(".pdf") for f in label.paths)
        doc: dict[str, dict] = {}
        for pid in pids:
            ranked = findings.verified(pid, keep)
            want = label.points.get(pid, 0.0)
            if not ranked or want <= 0:
                continue
            pages = sorted(label.pages.get(pid, ())) if paged else []
            rest = [r for r in findings.points[pid][1:]]
            doc[pid] = {
                "rating": ranked[0].hit.rating, "label": want, "pages": pages,
                "first": _item(ranked[0], pages),
                "rest": [_item(r, pages) for r in rest],
            }
        result[stem] = doc
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    checked = sum(1 for d in result.values() for p in d.values() if p["pages"])
    on = sum(1 for d in result.values() for p in d.values() if p["pages"] and p["first"]["on"])
    print(f"first evidence on the labelled page: {on} / {checked} = {on / checked:.4f}")


def _item(r, pages: list[int]) -> dict:  # type: ignore[no-untyped-def]
    return {"page": r.where.page, "on": r.where.page in pages, "rating": r.hit.rating,
            "table": r.where.rows is not None, "rel": r.relevance, "order": r.where.order,
            "q": [n.raw for n in r.hit.quantities], "cues": list(r.hit.matched),
            "text": r.where.analysis.text[r.hit.sentence[0]: r.hit.sentence[1]][:300],
            "passage": r.where.raw[:300]}


def rounds() -> dict[str, int]:
    out: dict[str, int] = {}
    with (ROOT / "benchmarks" / "unseen" / "unseen.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out[rec["doc"]] = rec["round"]
    return out


def diff(before: Path, after: Path, show: bool) -> None:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    rnd = rounds()
    onto: Counter[str] = Counter()
    off: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    on_b: Counter[str] = Counter()
    on_a: Counter[str] = Counter()
    for stem in sorted(b):
        key = str(rnd.get(stem, "other"))
        for pid, pb in b[stem].items():
            pa = a.get(stem, {}).get(pid)
            if pb["pages"]:
                checked[key] += 1
                on_b[key] += pb["first"]["on"]
                on_a[key] += bool(pa and pa["first"]["on"])
            if pa is None:
                continue
            fa, fb = pa["first"], pb["first"]
            if (fa["page"], fa["passage"]) == (fb["page"], fb["passage"]):
                continue
            moved[key] += 1
            if pb["pages"] and fb["on"] and not fa["on"]:
                onto[key] += 1
            if pb["pages"] and fa["on"] and not fb["on"]:
                off[key] += 1
            if show:
                print(f"## {stem} {pid} r{key} rating={pb['rating']} label={pb['label']} "
                      f"pages={pb['pages']}")
                print(f"  before p{fa['page']}{'*' if fa['on'] else ''} {fa['passage'][:200]}")
                print(f"  after  p{fb['page']}{'*' if fb['on'] else ''} {fb['passage'][:200]}")
    keys = sorted(checked, key=lambda k: (k == "other", int(k) if k != "other" else 0))
    print("| round | checked | on page before | after | moved | onto | off |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for k in keys:
        print(f"| {k} | {checked[k]} | {on_a[k]} | {on_b[k]} | {moved[k]} | {onto[k]} | {off[k]} |")
    print(f"| all | {sum(checked.values())} | {sum(on_a.values())} | {sum(on_b.values())} | "
          f"{sum(moved.values())} | {sum(onto.values())} | {sum(off.values())} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("folder", type=Path)
    f = sub.add_parser("first")
    f.add_argument("folder", type=Path)
    f.add_argument("out", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", action="store_true", help="print every moved first evidence")
    for p in (d, f):
        p.add_argument("--corpus", type=Path, default=ROOT / "demo" / "corpus")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.folder, args.corpus)
    elif args.cmd == "first":
        first(args.folder, args.out, args.corpus)
    else:
        diff(args.before, args.after, args.show)


if __name__ == "__main__":
    main()
