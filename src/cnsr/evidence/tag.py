"""Tag one passage with the disclosure points it supports (the library side of `cnsr tag`)."""

from __future__ import annotations

from typing import Any

from cnsr.evidence.boundaries import cues_are_words
from cnsr.evidence.furniture import spread_head, without_tabs
from cnsr.evidence.lexicon import Lexicon, load_lexicon
from cnsr.evidence.match import analyse
from cnsr.evidence.run_in import without_run_in


def tag_passage(text: str, lexicon: Lexicon | None = None) -> dict[str, Any]:
    """`{"passage", "points": [{point, indicator, rating, matched, quantities}],
    "quantitative", "quantities"}` for one passage; points sorted by id. `quantitative`: the
    passage gives a figure (a measured quantity, or a count, share, rank or zero-incident
    statement: rules.yaml `figures`; a duration alone is not a figure). A passage carrying a doubled running head with facing
    page numbers (`furniture.spread_head`) keeps only full disclosures: its mentions may come
    from the chapter titles glued to the head; the side tab itself after chapter numbers or a
    spread's page numbers is not read (`furniture.without_tabs`); nor is a content index or a
    materiality matrix run into the passage (`run_in.without_run_in`, session 10)."""
    lex = lexicon or load_lexicon()
    a = analyse(without_run_in(without_tabs(text)), lex, all_numbers=True)
    hits = [(pid, hit) for pid, hit in sorted(a.points.items())
            if cues_are_words(a.text, hit.sentence, hit.matched, [(h.start, h.end) for h in a.hits])]
    if hits and any(hit.rating < 1 for _, hit in hits) and spread_head(a.text):
        hits = [(pid, hit) for pid, hit in hits if hit.rating >= 1]
    points = [{"point": pid, "indicator": pid.split(".")[0], "rating": hit.rating,
               "matched": hit.matched, "quantities": [n.raw for n in hit.quantities]}
              for pid, hit in hits]
    measured = [n for n in a.numbers if n.dimension]
    return {
        "passage": text,
        "points": points,
        "quantitative": any(n.dimension not in lex.figure_ignore for n in measured)
        or lex.gives_figure(a.text),
        "quantities": [{"raw": n.raw, "value": n.value, "unit": n.unit,
                        "dimension": n.dimension} for n in measured],
        "carbon_awareness": bool(a.awareness),
    }
