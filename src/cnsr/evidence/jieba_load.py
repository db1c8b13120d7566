"""rjieba segmenters without rjieba's module-level default segmenter.

`import rjieba` builds a default segmenter at import (its 350,000-word dictionary, ~0.13 s of
CPU), which cnsr never uses: the reader builds its own, one per process (`plain_segmenter`). So the compiled extension inside the package is loaded
directly; where that is not possible (another layout, rjieba already imported) the package
is imported as usual.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from functools import cache
from pathlib import Path
from typing import Any, Protocol

EXTENSION = "rjieba.rjieba"


class Segmenter(Protocol):
    """What cnsr uses of `rjieba.Jieba`."""

    def cut(self, text: str, hmm: bool = True) -> list[str]: ...

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None: ...


def new_segmenter() -> Segmenter:
    """A new rjieba segmenter with rjieba's dictionary."""
    return jieba_class()()


@cache
def plain_segmenter() -> Segmenter:
    """The process's one segmenter with rjieba's own dictionary, never given words: each
    segmenter is a dictionary load (~0.13 s of CPU, holding the GIL), so the cue-boundary
    check (`boundaries`) and the relevance tokens (`segment`) share it. In `cnsr rate`, the
    one a process of its own built (`jieba_server`: the same cuts, through this process's own
    connection)."""
    from cnsr.evidence import jieba_server

    return jieba_server.served() or new_segmenter()


def cut_many(segmenter: Segmenter, texts: list[str], hmm: bool = True) -> list[list[str]]:
    """`segmenter.cut` of every text: one request to a segmenter served by another process
    (`jieba_server.Served.cut_many`), else one cut after another."""
    many = getattr(segmenter, "cut_many", None)
    if many is not None:
        cuts: list[list[str]] = many(texts, hmm)
        return cuts
    return [segmenter.cut(text, hmm) for text in texts]


@cache
def jieba_class() -> Any:
    module = sys.modules.get(EXTENSION)
    if module is None and "rjieba" not in sys.modules:
        try:
            module = _load_extension()
        except Exception:  # noqa: BLE001 - fall back to the package
            module = None
    if module is None:
        import rjieba
        return rjieba.Jieba
    return module.Jieba


def _load_extension() -> Any:
    """The package's compiled module, registered under its own name (a later `import rjieba`
    then reuses it), or None when it is not where it is expected."""
    spec = importlib.util.find_spec("rjieba")  # finds the package without running it
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            if not path.is_file():
                continue
            loader = importlib.machinery.ExtensionFileLoader(EXTENSION, str(path))
            found = importlib.util.spec_from_file_location(EXTENSION, path, loader=loader)
            if found is None:
                return None
            module = importlib.util.module_from_spec(found)
            loader.exec_module(module)
            sys.modules[EXTENSION] = module
            return module
    return None
