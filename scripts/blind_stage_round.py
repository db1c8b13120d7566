"""Rate the blind stage round (tests/assess/blind_stage/): the stage confusion matrix and the
own emission figures read, missed and misread, against the hand labels (labels.yaml).

Each source is turned into the file a user hands in (PDF by WeasyPrint, DOCX by python-docx:
tests/assess/blind_stage_docs.py) and rated alone, as `cnsr rate FILE --company … --year …`
rates it. docs/reader-history.md "Blind stage round (session 12)" was measured this way:

    PYTHONPATH=src .venv/bin/python scripts/blind_stage_round.py

and round 2 (session 13, tests/assess/blind_stage2/) with `--round 2`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "assess"))

from blind_stage_docs import HERE, ROUND2, is_label, labels, materialize  # noqa: E402

from cnsr.assess.rate import rate_documents  # noqa: E402
from cnsr.ingest.read import read_document  # noqa: E402
from cnsr.methodology.load import load_methodology  # noqa: E402
from cnsr.rating import Company  # noqa: E402


def main() -> None:
    sources = ROUND2 if sys.argv[1:] == ["--round", "2"] else HERE
    m = load_methodology()
    matrix = [[0] * 4 for _ in range(4)]
    read = labelled = misread = 0
    with tempfile.TemporaryDirectory() as folder:
        for d in labels(sources):
            path = materialize(d["file"], Path(folder), sources)
            r = rate_documents([read_document(path)],
                               Company(name=d["company"], year=d["year"]), m)
            matrix[d["stage"]][r.stage] += 1
            own = [e for e in r.emissions if e.kind == "own"]
            wanted = d.get("own") or []
            found = [x for x in wanted if any(is_label(e, x) for e in own)]
            wrong = [e for e in own if not any(is_label(e, x) for x in wanted)]
            read, labelled, misread = read + len(found), labelled + len(wanted), misread + len(wrong)
            mark = "" if r.stage == d["stage"] else "   <-- wrong stage"
            print(f"{d['id']} label {d['stage']} rated {r.stage}  own figures "
                  f"{len(found)}/{len(wanted)} read, {len(wrong)} misread{mark}")
            for e in wrong:
                print(f"      misread: {e.scope} {e.year} {e.written} ({e.label})")
    right = sum(matrix[i][i] for i in range(4))
    print(f"\nstage right {right}/{sum(map(sum, matrix))}\nlabel \\ rated   0  1  2  3")
    for i, row in enumerate(matrix):
        print(f"{i:>13}  " + "".join(f"{n:>3}" for n in row))
    print(f"own figures: {read}/{labelled} read, {misread} misread")


if __name__ == "__main__":
    main()
