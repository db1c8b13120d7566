"""The rating method as data: indicators, points, matrix, bands; weights and scoring rules."""

from cnsr.methodology.load import LoadedMethodology, load_methodology

__all__ = ["LoadedMethodology", "load_methodology"]
