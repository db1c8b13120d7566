"""What one passage earns, as `cnsr tag` reads it: the point ratings most precision tests
assert on (a point the passage does not earn is absent)."""

from __future__ import annotations

from cnsr.evidence.tag import tag_passage


def points(text: str) -> dict[str, float]:
    return {p["point"]: p["rating"] for p in tag_passage(text)["points"]}
