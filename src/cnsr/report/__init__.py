"""Reports over ratings: terminal tables, charts, report cards, gap analysis, Excel export.

Reports read Ratings and never score; the gap analysis re-scores hypothetical disclosures
with the methodology engine (`methodology.scoring`), never with rules of its own.
"""
