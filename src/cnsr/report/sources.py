"""Where the reports get their ratings: Rating JSON files (as `cnsr score`/`rate --format
json` print them) or the store. The edge of the report stage: reads, never scores."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import ValidationError

from cnsr.errors import InputError
from cnsr.rating import Rating

EFFECTIVE = "effective"


def read_rating_files(paths: Sequence[Path]) -> list[Rating]:
    """Ratings from files and folders. A file holds one Rating object, a JSON list of them, or
    JSON Lines (one per line); a folder is searched for *.json and *.jsonl, sorted by path."""
    ratings: list[Rating] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".json", ".jsonl"))
            if not files:
                raise InputError(f"{path}: no .json or .jsonl rating files in this folder")
        elif path.exists():
            files = [path]
        else:
            raise InputError(f"{path}: no such file or folder")
        for file in files:
            ratings += _read_file(file)
    return ratings


def _read_file(path: Path) -> list[Rating]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read ({err})") from err
    if path.suffix == ".jsonl":
        bodies = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
        return [_parse(path, body, n) for n, body in bodies]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"{path}: not valid JSON (line {err.lineno}: {err.msg})") from err
    if isinstance(data, list):
        return [_validate(path, item, n) for n, item in enumerate(data, start=1)]
    return [_validate(path, data, None)]


def _parse(path: Path, line: str, number: int) -> Rating:
    try:
        return _validate(path, json.loads(line), number)
    except json.JSONDecodeError as err:
        raise InputError(f"{path}: line {number}: not valid JSON ({err.msg})") from err


def _validate(path: Path, data: object, number: int | None) -> Rating:
    where = f"{path}" + (f": item {number}" if number is not None else "")
    try:
        return Rating.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "rating"
        raise InputError(f"{where}: not a rating ({loc}: {first['msg']})") from err


def ratings_from_store(url: str, *, years: Iterable[int] | None = None,
                       methodology: str | None = None, kind: str = EFFECTIVE,
                       industry: str | None = None, size: str | None = None) -> list[Rating]:
    """Stored ratings of `kind` for each of `years` (all years when None). The default,
    `effective`, is the signed-off reviewed rating where one exists, else the automatic one;
    a reviewed rating says so in its provenance (`produced_by: override`)."""
    from cnsr.store import Store  # imported here: SQLAlchemy is only needed with --db
    from cnsr.store.effective_reads import effective_ratings

    wanted: list[int | None] = [None] if years is None else [y for y in sorted(set(years))]
    out: list[Rating] = []
    with Store.open(url) as store:
        for year in wanted:
            if kind == EFFECTIVE:
                out += [e.rating for e in effective_ratings(store, year, industry, size=size,
                                                            methodology=methodology)]
            else:
                out += store.ratings(year, industry, size=size, methodology=methodology,
                                     kind=kind)
    return out


def stored_rating(url: str, key: str, *, methodology: str | None = None,
                  kind: str = EFFECTIVE) -> Rating:
    """The stored rating named by `key` (as `find_rating` takes it). A full company-year key
    ('600795.SH/2021') is read alone through the store's index, so one card costs the same
    in a store of 5,000 company-years as in one of 50; a code or name alone searches the
    year's (or every year's) ratings."""
    from cnsr.store import Store
    from cnsr.store.effective_reads import effective_ratings

    who, year = split_key(key.strip())
    if year is not None:
        with Store.open(url) as store:
            if kind == EFFECTIVE:
                found = [e.rating for e in effective_ratings(store, key=f"{who}/{year}",
                                                             methodology=methodology)]
            else:
                one = store.rating(f"{who}/{year}", kind=kind, methodology=methodology)
                found = [one] if one is not None else []
        if len(found) == 1:
            return found[0]
    pool = ratings_from_store(url, years=[year] if year else None, methodology=methodology,
                              kind=kind)
    return find_rating(pool, key)


def split_key(key: str) -> tuple[str, int | None]:
    """'600795.SH/2021' → ('600795.SH', 2021); '大唐国际发电' → ('大唐国际发电', None)."""
    head, sep, tail = key.rpartition("/")
    if sep and tail.isdigit():
        return head, int(tail)
    return key, None


def find_rating(ratings: Sequence[Rating], key: str, year: int | None = None) -> Rating:
    """The rating named by `key`: a Company.key ('code/year' or 'name/year'), or a stock code
    or name (then `year`, or the latest year found)."""
    who, key_year = split_key(key.strip())
    year = key_year if key_year is not None else year
    who_upper = who.upper()
    found = [r for r in ratings
             if who_upper in (r.company.code.upper(), r.company.name.upper())
             and (year is None or r.company.year == year)]
    if not found:
        known = ", ".join(sorted({r.company.key for r in ratings})[:8])
        more = "…" if len({r.company.key for r in ratings}) > 8 else ""
        raise InputError(f"no rating for '{key}'" + (f" in {year}" if year and not key_year else "")
                         + (f" (have: {known}{more})" if known else ""))
    latest = max(r.company.year for r in found)
    found = [r for r in found if r.company.year == latest]
    if len(found) > 1:
        keys = ", ".join(sorted({f'{r.company.key} ({r.company.name})' for r in found}))
        raise InputError(f"'{key}' names several ratings ({keys}); give the stock code")
    return found[0]
