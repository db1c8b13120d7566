"""A check result in the form the store keeps (`StoredCheck`): the bundle's id, a version
that changes whenever one of its files or the scheme it reads with changes, and the names of
its levels and items, so the study workbook and the web app show a stored check without
loading the bundle (which may have moved or changed since)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from cnsr.frameworks.checklist import Checklist, stamps
from cnsr.frameworks.results import CheckResult, StoredCheck, Text

VERSION_CHARS = 12


def checklist_version(checklist: Checklist) -> str:
    """sha256 over bundle.yaml, items, rules and concepts (in that order) and the label of the
    rating scheme it reads with: a batch re-checks a company-year when any of them changes."""
    return _digest(stamps(checklist.files), checklist.scheme.label)


@cache
def _digest(stamps: tuple[tuple[str, int, int], ...], scheme: str) -> str:
    """Keyed on the files' paths, times and sizes: an edited bundle gets a new version."""
    digest = hashlib.sha256(scheme.encode("utf-8"))
    for path, _time, _size in stamps:
        digest.update(b"\0" + Path(path).read_bytes())
    return digest.hexdigest()[:VERSION_CHARS]


def checklist_label(checklist: Checklist) -> str:
    return f"{checklist.id}@{checklist_version(checklist)}"


def stored_check(checklist: Checklist, result: CheckResult) -> StoredCheck:
    return StoredCheck(
        framework=checklist.id, version=checklist_version(checklist), title=checklist.title,
        levels={lv.id: Text(zh=lv.zh, en=lv.en) for lv in checklist.items.levels},
        names={i.id: Text(zh=i.zh, en=i.en) for i in checklist.items.items}, result=result)
