"""A (passage, point) pair model beside the rules: data, held-out evaluation, training (session 20).

    dump-corpus   rate every labelled company-year of the demo corpus and write, per point the
                  reader scores, every passage it ranks (text of our own corpus), the label's
                  rating and pages, to a JSON-lines file outside the project
`judged_rows` reads the judged real pairs (benchmarks/judged) with the current reader's analysis
of each sentence, in memory only: no sentence of the shared file is written anywhere.
`scripts/pair_model_eval.py` trains and measures the model held out.
See docs/reader-history.md "A pair model beside the rules (session 20)".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "judged"


def dump_corpus(out: Path, corpus: Path) -> None:
    from cnsr.assess.evaluate import _company, load_labels
    from cnsr.assess.rate import assess_findings
    from cnsr.evidence.find import find_evidence
    from cnsr.evidence.subject import subject_for
    from cnsr.ingest import read_document
    from cnsr.methodology.load import load_methodology

    m = load_methodology()
    lex = m.lexicon()
    with out.open("w", encoding="utf-8") as fh:
        for path, label in load_labels(corpus):
            print(path.name, file=sys.stderr, flush=True)
            docs = [read_document(corpus / f) for f in label.paths]
            company = _company(label)
            findings = find_evidence(docs, lex, subject_for(company.name, company.year))
            assessment = assess_findings(findings, m)
            paged = all(f.lower().endswith(".pdf") for f in label.paths)
            for pid, pr in sorted(assessment.points.items()):
                if pr.rating <= 0:
                    continue
                ranked = findings.verified(pid, 1 << 20)
                passages = []
                for r in ranked:
                    a = r.where.analysis
                    passages.append({
                        "page": r.where.page, "text": a.text, "sentence": list(r.hit.sentence),
                        "rating": r.hit.rating, "matched": list(r.hit.matched),
                        "quantities": [q.dimension for q in r.hit.quantities],
                        "concepts": sorted(a.concepts), "table": r.where.rows is not None,
                        "future": a.future, "relevance": r.relevance,
                        "order": r.where.order})
                fh.write(json.dumps({
                    "doc": path.name.removesuffix(".label.yaml"), "point": pid,
                    "rating": pr.rating, "label": label.points.get(pid, 0.0),
                    "pages": sorted(label.pages.get(pid, ())) if paged else None,
                    "first_page": pr.evidence[0].page if pr.evidence else None,
                    "passages": passages}, ensure_ascii=False) + "\n")


def judged_rows(sentences: Path, lex: Any) -> list[dict[str, Any]]:
    """Every judged pair the current reader still gives, with the pair's analysis: read from
    the shared file in memory; nothing of its text is written."""
    from cnsr.assess.judged import load_judged, sentence_key
    from cnsr.assess.sentence_eval import load_sentences
    from cnsr.evidence.furniture import without_tabs
    from cnsr.evidence.match import analyse
    from cnsr.evidence.run_in import without_run_in
    from cnsr.evidence.tag import tag_passage

    sets = {f.stem: load_judged(f) for f in sorted(JUDGED.glob("real_pairs*.yaml"))}
    keys = {p.key for js in sets.values() for p in js.pairs}
    text: dict[str, str] = {}
    for row in load_sentences(sentences):
        k = sentence_key(row.sentence)
        if k in keys:
            text.setdefault(k, row.sentence)
    out: list[dict[str, Any]] = []
    cache: dict[str, tuple[set[str], Any]] = {}
    for name, js in sets.items():
        for p in js.pairs:
            s = text.get(p.key)
            if s is None:
                continue
            if p.key not in cache:
                given = {q["point"] for q in tag_passage(s, lex)["points"]
                         if q["rating"] > 0}
                cache[p.key] = (given, analyse(without_run_in(without_tabs(s)), lex,
                                               all_numbers=True))
            given, a = cache[p.key]
            if p.point not in given:
                continue
            hit = a.points[p.point]
            out.append({"set": name, "key": p.key, "judge": p.judge, "point": p.point,
                        "verdict": p.verdict, "class": p.error_class,
                        "rating": hit.rating, "text": a.text,
                        "sentence": list(hit.sentence), "matched": list(hit.matched),
                        "quantities": [q.dimension for q in hit.quantities],
                        "concepts": sorted(a.concepts), "table": False,
                        "future": a.future})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump-corpus")
    d.add_argument("out", type=Path)
    d.add_argument("--corpus", type=Path, default=ROOT / "demo" / "corpus")
    args = ap.parse_args()
    if args.cmd == "dump-corpus":
        dump_corpus(args.out, args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
