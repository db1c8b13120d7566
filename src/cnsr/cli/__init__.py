"""Command line: one thin module per command group; logic lives in the library."""
