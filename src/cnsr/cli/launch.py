"""The `cnsr` console script: `cnsr rate`'s first PDF starts being read, then typer runs.

Kept apart from `main` (which imports typer and every command module) so that the reading can
start before those imports (`prefetch`); tests and other callers use `main.app` directly.
"""

from __future__ import annotations

import sys


def run() -> None:
    from cnsr.cli import prefetch

    prefetch.start(sys.argv[1:])
    try:
        from cnsr.cli.main import app

        app()
    finally:
        prefetch.discard()
