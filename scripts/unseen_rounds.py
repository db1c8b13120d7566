"""The reader on every blind round in its unseen state, against today's hand labels (session 21).

Each blind round's documents were committed, with their hand labels, before any rating and on
top of the reader of the time: that commit is the round's *unseen state*. Two steps:

1. ``rate`` runs under the round's own code (a detached worktree of the round's commit) and
   rates each of the round's documents alone, as ``scripts/audit_sample.py`` does (company and
   year from the commit's label), writing every point with its evidence to a raw JSON file::

       git -C /work/main worktree add --detach /tmp/wt-r17 caba19a
       CNSR_CACHE_DIR=/tmp/cache-r17 PYTHONPATH=/tmp/wt-r17/src .venv/bin/python \\
           scripts/unseen_rounds.py rate --round 17 --tree /tmp/wt-r17 --out /tmp/unseen/r17.json

   The script imports only ``read_document``, ``load_methodology``, ``rate_documents`` and
   ``Company``, which every round since round 5 has.

2. ``build`` (today's code) joins the raw files with the hand labels at today's HEAD (labels
   were regraded since; the label is the truth) and writes one JSON line per (document,
   point) that the reader scored or the label scores::

       PYTHONPATH=src .venv/bin/python scripts/unseen_rounds.py build /tmp/unseen/r*.json \\
           --out benchmarks/unseen/unseen.jsonl

   With ``--records benchmarks/unseen/unseen.jsonl`` the rounds that no raw file holds are
   rebuilt from the committed records (`raw_from_records`; session 27, the raw files of rounds
   5-37 being lost) and joined with today's labels the same way: a new round needs only its own
   raw file, and a regraded label moves its records (a point the reader scored 0 that the label
   now scores is an fn record). With the labels unchanged, the rebuild is the file byte for byte::

       PYTHONPATH=src .venv/bin/python scripts/unseen_rounds.py build /tmp/unseen/r38.json \\
           --records benchmarks/unseen/unseen.jsonl --out benchmarks/unseen/unseen.jsonl

A record: round, commit, doc, form (language, traditional characters, annual report, stage,
file type), point, level (the reader's), label (the label's level), label_pages, outcome
(tp / fp / fn), and evidence: each item's page, passage, matched cues, quantities, relevance,
whether it reads as a table row, and whether its page is a labelled page. To add a round,
append it to ROUNDS and run both steps for it (the raw file keeps the round's own label,
used when today's corpus does not hold the document yet).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

import yaml

# round -> (commit holding the round's documents and labels, before any rating; first, last doc)
ROUNDS: dict[int, tuple[str, int, int]] = {
    5: ("485a505", 49, 54), 6: ("72a58cc", 55, 60), 7: ("91d905c", 61, 66),
    8: ("27842a1", 67, 72), 9: ("d19647e", 73, 78), 10: ("63bdb24", 79, 84),
    11: ("5aed45e", 85, 90), 12: ("f0a660c", 91, 96), 13: ("46778ff", 97, 102),
    14: ("fba0141", 103, 108), 15: ("7763d6a", 109, 114), 16: ("f354d7d", 115, 120),
    17: ("caba19a", 121, 126),
    # session 21's blind rounds (branches s21-blind18 / s21-blind19, their first commit); their
    # labels are the ones committed with them (not yet at HEAD)
    18: ("a5c5021", 127, 132), 19: ("7a012bc", 133, 138),
    # session 22's blind round 20 (branch s22-blind20, its first commit; labels committed with it)
    20: ("1a5f0aa", 139, 144),
    # session 22's blind round 21 (branch s22-blind21, its first commit; labels committed with it)
    21: ("aeed716", 145, 150),
    # session 23's blind round 22 (branch s23-blind22, its first commit after the rebase on main
    # 0241791; rated first at the pre-rebase 797f3d5 on 353368b: the same ratings, paths aside)
    22: ("3d3dfaf", 151, 156),
    # session 23's blind round 23 (branch s23-blind23, its first commit after the rebase onto main; labels committed with
    # it). r23.json was rated under the commit before the rebase, c665a97 on main 353368b; rated under df3b4db every point,
    # rating and passage is the same (only the files' paths differ)
    23: ("df3b4db", 157, 162),
    # session 23's blind round 24 (branch s23-blind24, its first commit on main 54d8c46; labels committed with it)
    24: ("19dec2b", 163, 168),
    # session 23's blind round 25 (branch s23-blind25, its first commit, on main 54d8c46; labels committed with it)
    25: ("d4bed12", 169, 174),
    # session 24's blind round 26 (branch s24-blind26, its first commit, on main 690559a; labels committed with it)
    26: ("9092264", 175, 180),
    # session 24's blind round 27 (branch s24-blind27, its first commit, on main 690559a; labels committed with it)
    27: ("dbf2fd1", 181, 186),
    # session 24's blind round 28 (branch s24-blind28, its first commit, on main 690559a; labels committed with it)
    28: ("beddf25", 187, 192),
    # session 24's blind round 29 (branch s24-blind29, its first commit, on main 690559a; labels committed with it)
    29: ("c7fffda", 193, 198),
    # session 24's blind round 30 (branch s24-blind30, its first commit, on f4ea492 with rounds 26-29's fixes; labels committed
    # with it)
    30: ("f7dee73", 199, 204),
    # session 24's blind round 31 (branch s24-blind31, its first commit, on f4ea492 with rounds 26-29 fixed; labels
    # committed with it)
    31: ("da53ad9", 205, 210),
    # session 25's blind round 32 (branch s25-blind32, its first commit, on main 6e6a66f; labels committed with it)
    32: ("9bb2ead", 211, 216),
    # session 25's blind round 33 (branch s25-blind33, its first commit, on main 6e6a66f; labels committed with it)
    33: ("3983be6", 217, 222),
    # session 25's blind round 34 (branch s25-blind34, its first commit, on main 6e6a66f; labels committed with it)
    34: ("810e26d", 223, 228),
    # session 26's blind round 35 (branch s26-blind35, its first commit, on main 4d33bff; labels committed with it)
    35: ("a6384e8", 229, 234),
    # session 26's blind round 36 (branch s26-blind36, its first commit, on main 4d33bff; labels committed with it)
    36: ("3e9c635", 235, 240),
    # session 26's blind round 37 (branch s26-blind37, its first commit, on main 4d33bff; labels committed with it)
    37: ("ffc2b7b", 241, 246),
    # session 27's blind round 38 (branch s27-blind38, its first commit, on main 6820b35; labels committed with it)
    38: ("5d93120", 247, 252),
    # session 27's blind round 39 (branch s27-blind39, its first commit, on main 6820b35; labels committed with it)
    39: ("2b35d4c", 253, 258),
    # session 27's blind round 40 (branch s27-blind40, its first commit, on main 6820b35; labels committed with it)
    40: ("4d35e04", 259, 264),
    # session 28's blind round 42 (branch s28-blind42, its first commit, on main 75b10e3; labels committed with it)
    42: ("0236f41", 271, 276),
    # session 28's blind round 43 (branch s28-blind43, its first commit, on main 75b10e3; labels committed with it)
    43: ("b8ab2c0", 277, 282),
    # session 28's blind round 41 (branch s28-blind41, its first commit, on main 75b10e3; labels committed with it)
    41: ("6b3bbd4", 265, 270),
    # session 29's blind round 44 (branch s29-blind44, its first commit, on main b2f1d0d; labels committed with it)
    44: ("20bab36", 283, 288),
    # session 29's blind round 45 (branch s29-blind45, its first commit, on main b2f1d0d; labels committed with it)
    45: ("5274b35", 289, 294),
    # session 29's blind round 46 (branch s29-blind46, its first commit, on main b2f1d0d; labels committed with it)
    46: ("2ab5748", 295, 300),
}
_DOC_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt", ".md")


class CompanyYear(NamedTuple):
    """One rated unit of a round: a label and the documents it names (`file:` or `files:`),
    rated together as `cnsr evaluate` rates them. `doc` names it in the records: the label's
    stem when that is a document's (dNN_…), else the documents' common dNN_ stem (session 29:
    d266's annual report and KPI appendix under the label 008892.SZ-2023.label.yaml are
    "d266_hengchuan_steel_2023")."""

    doc: str
    label: Path
    files: list[Path]


def _doc_number(name: str) -> int | None:
    m = re.match(r"d(\d+)_", name)
    return int(m.group(1)) if m else None


def company_years(corpus: Path, present: bool = True) -> list[CompanyYear]:
    """Every label of the corpus folder with its documents; with `present`, only the labels
    whose documents the folder holds."""
    out = []
    for label in sorted(corpus.glob("*.label.yaml")):
        lab = yaml.safe_load(label.read_text(encoding="utf-8")) or {}
        names = lab.get("files") or ([lab["file"]] if lab.get("file") else [])
        files = [corpus / n for n in names]
        if not files or not all(f.suffix.lower() in _DOC_SUFFIXES and (f.exists() or not present)
                                for f in files):
            continue
        stem = label.name[:-len(".label.yaml")]
        if _doc_number(stem) is None:
            common = os.path.commonprefix([f.stem for f in files]).rstrip("_")
            stem = common if re.match(r"d\d+_.", common) else files[0].stem
        out.append(CompanyYear(stem, label, files))
    return out


def round_documents(corpus: Path, first: int, last: int) -> list[CompanyYear]:
    """The round's company-years in the corpus folder: the labels whose documents are dNN_
    files with NN from `first` to `last`, in document order."""
    out = [cy for cy in company_years(corpus)
           if all(first <= (_doc_number(f.name) or 0) <= last for f in cy.files)]
    return sorted(out, key=lambda cy: (_doc_number(cy.doc + "_") or 0, cy.doc))


def rate(args: argparse.Namespace) -> None:
    from cnsr.assess.rate import rate_documents
    from cnsr.ingest.read import read_document
    from cnsr.methodology.load import load_methodology
    from cnsr.rating import Company

    commit, first, last = ROUNDS[args.round]
    m = load_methodology()
    docs = round_documents(args.tree / "demo" / "corpus", first, last)
    out: dict[str, Any] = {"round": args.round, "commit": commit, "documents": []}
    for cy in docs:
        label_text = cy.label.read_text("utf-8")
        lab = yaml.safe_load(label_text)
        company = Company(name=lab.get("company", cy.doc), year=lab.get("year", 2023))
        r = rate_documents([read_document(path) for path in cy.files], company, m)
        points = [{"point": p.point, "rating": p.rating,
                   "evidence": [e.model_dump() for e in p.evidence]}
                  for ind in r.indicators for p in ind.points]
        out["documents"].append({"doc": cy.doc, "file": cy.files[0].name,
                                 "files": [f.name for f in cy.files], "label": cy.label.name,
                                 "stage": r.stage, "label_text": label_text,
                                 "criteria": {k: c.met for k, c in r.criteria.items()},
                                 "points": points})
        print(f"r{args.round} {' + '.join(f.name for f in cy.files)}: stage {r.stage}, "
              f"{sum(p['rating'] > 0 for p in points)} scored", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


_TABLE = re.compile(r" \| |^\S[^|]{0,40}\|")


def is_table(passage: str) -> bool:
    """A passage the reader built from a table row ("label | 2023=12.3吨 | …")."""
    return bool(_TABLE.search(passage))


def doc_form(name: str, label: dict[str, Any]) -> dict[str, Any]:
    """A document's form; a company-year of several files (`files:`) is annual when one of
    them is an annual report, its type that of its first file."""
    files = label.get("files") or [label.get("file") or ""]
    return {"english": label.get("language") == "en" or "_en" in name,
            "traditional": name.endswith("_hk") or "_hk_" in name or "_hk." in name,
            "annual": "annual" in name or any("annual" in f for f in files),
            "stage": label.get("stage"),
            "type": Path(files[0]).suffix.lstrip(".") or "pdf"}


def raw_from_records(path: Path) -> list[dict[str, Any]]:
    """Each round's raw ratings rebuilt from the records of a built JSONL (session 27: the raw
    files of rounds 5-37 were lost with the machine that rated them). Per document: its file
    type, the stage found and every point the reader scored, with its level and evidence (page,
    passage, matched cues, quantities, relevance: what `build` keeps of an evidence item), and the
    label as the records hold it (level, label pages and form), used only when neither today's
    corpus nor the raw file holds the document's label. What the records cannot give back: the
    points the reader listed at level 0 (a point the label now scores is an fn record with no
    evidence, as a point the rating did not list) and the documents with no record at all (the
    reader scored nothing and the label nothing)."""
    rounds: dict[int, dict[str, Any]] = {}
    docs: dict[tuple[int, str], dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        raw = rounds.setdefault(rec["round"], {"round": rec["round"], "commit": rec["commit"],
                                               "documents": []})
        d = docs.get((rec["round"], rec["doc"]))
        if d is None:
            d = {"doc": rec["doc"], "file": f"{rec['doc']}.{rec['form']['type']}",
                 "stage": rec["stage_found"], "points": [],
                 "recorded_label": {"form": rec["form"], "points": {}, "pages": {}}}
            docs[(rec["round"], rec["doc"])] = d
            raw["documents"].append(d)
        d["recorded_label"]["points"][rec["point"]] = rec["label"]
        d["recorded_label"]["pages"][rec["point"]] = rec["label_pages"]
        if rec["level"] > 0:
            d["points"].append({"point": rec["point"], "rating": rec["level"], "evidence": [
                {k: e[k] for k in ("page", "passage", "matched", "quantities", "relevance")}
                for e in rec["evidence"]]})
    return [rounds[r] for r in sorted(rounds)]


def _label(d: dict[str, Any], labels: dict[str, Path]) -> tuple[dict[str, float],
                                                                dict[str, set[int]], dict[str, Any]]:
    """A document's label: its levels by point, its pages by point and its form. Today's label
    when the corpus holds it (`labels`: the corpus's labels by record name, `company_years`),
    else the one committed with the round (a raw file's), else the one its records hold
    (`raw_from_records`)."""
    from cnsr.assess.evaluate import label_pages

    label_path = labels.get(d["doc"])
    if label_path is not None or "label_text" in d:
        text = label_path.read_text(encoding="utf-8") if label_path is not None else d["label_text"]
        lab = yaml.safe_load(text)
        return ({k: float(v) for k, v in (lab.get("points") or {}).items()}, label_pages(text),
                doc_form(d["doc"], lab))
    recorded = d["recorded_label"]
    return ({k: float(v) for k, v in recorded["points"].items()},
            {k: set(v) for k, v in recorded["pages"].items() if v}, recorded["form"])


def build(args: argparse.Namespace) -> None:
    corpus = args.corpus
    raws = [json.loads(raw_path.read_text(encoding="utf-8")) for raw_path in args.raw]
    if args.records is not None:
        # the rounds no raw file holds, rebuilt from the records (read before --out is written)
        have = {raw["round"] for raw in raws}
        raws += [raw for raw in raw_from_records(args.records) if raw["round"] not in have]
    if not raws:
        raise SystemExit("build: no raw file and no --records")
    labels = ({cy.doc: cy.label for cy in company_years(corpus, present=False)}
              if corpus.is_dir() else {})
    lines = []
    for raw in raws:
        for d in raw["documents"]:
            want, pages, form = _label(d, labels)
            paged = all(f.lower().endswith(".pdf") for f in d.get("files") or [d["file"]])
            seen = set()
            for p in d["points"]:
                seen.add(p["point"])
                got = float(p["rating"])
                lv = want.get(p["point"], 0.0)
                if got <= 0 and lv <= 0:
                    continue
                lp = sorted(pages.get(p["point"], set())) if paged else []
                ev = [{"page": e.get("page"), "passage": e.get("passage", ""),
                       "matched": e.get("matched", []), "quantities": e.get("quantities", []),
                       "relevance": e.get("relevance", 0.0), "table": is_table(e.get("passage", "")),
                       "on_label_page": bool(lp) and e.get("page") in lp}
                      for e in p["evidence"]]
                outcome = "tp" if got > 0 and lv > 0 else "fp" if got > 0 else "fn"
                lines.append({"round": raw["round"], "commit": raw["commit"], "doc": d["doc"],
                              "form": form, "stage_found": d["stage"],
                              "point": p["point"], "level": got, "label": lv,
                              "label_pages": lp, "outcome": outcome, "evidence": ev})
            for pid, lv in want.items():  # a labelled point the rating does not list at all
                if lv > 0 and pid not in seen:
                    lines.append({"round": raw["round"], "commit": raw["commit"],
                                  "doc": d["doc"], "form": form, "stage_found": d["stage"],
                                  "point": pid, "level": 0.0, "label": lv,
                                  "label_pages": sorted(pages.get(pid, set())),
                                  "outcome": "fn", "evidence": []})
    lines.sort(key=lambda r: (r["round"], int(r["doc"][1:].split("_")[0]), r["point"]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(lines)} records -> {args.out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rate", help="rate one round's documents with the round's own code")
    r.add_argument("--round", type=int, required=True)
    r.add_argument("--tree", type=Path, required=True, help="the round commit's worktree")
    r.add_argument("--out", type=Path, required=True)
    b = sub.add_parser("build", help="join raw ratings with today's labels into a JSONL")
    b.add_argument("raw", nargs="*", type=Path)
    b.add_argument("--records", type=Path, default=None,
                   help="a built JSONL (benchmarks/unseen/unseen.jsonl): the rounds no raw file "
                        "holds are rebuilt from its records")
    b.add_argument("--corpus", type=Path, default=Path("demo/corpus"))
    b.add_argument("--out", type=Path, default=Path("benchmarks/unseen/unseen.jsonl"))
    args = ap.parse_args()
    rate(args) if args.cmd == "rate" else build(args)


if __name__ == "__main__":
    main()
