"""Emission factors, GWPs, coal equivalents, grid regions and units, each row with its source."""
