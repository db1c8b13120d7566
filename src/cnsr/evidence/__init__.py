"""Evidence finding: normalise, scan cue concepts, extract numbers, rank passages per point."""
