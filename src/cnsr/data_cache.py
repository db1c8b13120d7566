"""A per-user cache of what the reader builds from its data files at every start: the
lexicon's scan index with its ~1,800 compiled cue patterns and the validated methodology.
Built, they cost ~1 s of a `cnsr rate` process; loaded from the cache, milliseconds.

An entry is a pickle named by what it is built from (kind and source paths) and checked by a
key: the bytes of the data files, the source of the modules that build and define it, and the
versions of cnsr, Python, pydantic and the regex engine. A missing, stale, corrupt or
unreadable entry is rebuilt silently; a folder that cannot be written (read-only home) is
skipped and the process works as without a cache. Nothing is fetched from the network.

Compiled patterns are stored as the regex engine's code (`re.Pattern` would pickle as its
source and be compiled again on load, the cost the cache is for); a pattern whose code does
not give back an identical pattern is stored as its source.

Location: `$CNSR_CACHE_DIR`, else the user cache folder (`$XDG_CACHE_HOME/cnsr`, else
`~/.cache/cnsr`; `~/Library/Caches/cnsr` on macOS, `%LOCALAPPDATA%\\cnsr\\Cache` on Windows).
`CNSR_CACHE_DIR=off` turns the cache off. Deleting the folder is always safe.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import re
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

T = TypeVar("T")

ENV = "CNSR_CACHE_DIR"
OFF = frozenset({"", "0", "off", "none", "false", "no"})
_MAGIC = b"cnsr-cache 1\n"
_FORMAT = 1
"""Bumped when the entry layout (not its content) changes."""
built = 0
"""Entries this process built because none was stored (`regex_cache` does not store the
patterns of such a process: building compiles many that later processes never do)."""


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is turned off."""
    configured = os.environ.get(ENV)
    if configured is not None:
        return None if configured.strip().lower() in OFF else Path(configured).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "cnsr" / "Cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "cnsr"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache") / "cnsr"


def cached(kind: str, files: Iterable[Path | str], build: Callable[[], T],
           code: Iterable[ModuleType] = (), extra: Iterable[str] = (),
           plain: bool = False) -> T:
    """`build()`, or what an earlier process built from the same `files` (their bytes) with
    the same `code` (the source of the modules that build and define the result) and `extra`
    strings (e.g. `package_stamp` of a library the result comes from). Errors of `build`
    propagate; a result is stored only when built without error, and only when `files` and
    `code` hold the same bytes after the build as before it.

    The result is not cached when one of `code` is compiled (mypyc classes do not pickle
    faithfully) unless `plain` says it holds only built-in types and patterns."""
    folder = cache_dir()
    code = list(code)
    if folder is None or (not plain and any(not str(m.__file__).endswith(".py")
                                            for m in code)):
        return build()
    try:
        paths = [str(Path(f)) for f in files]
        key = _key(kind, paths, code, list(extra))
    except OSError:  # a data file is missing: let build() say so
        return build()
    entry = folder / f"{kind}-{_name(kind, paths)}.pickle"
    found = _read(entry, key)
    if found is not None:
        return found[0]
    global built
    built += 1
    value = build()
    with contextlib.suppress(OSError):
        # a data file saved again while `build()` read it: the value may come from bytes
        # the key does not hold, so it is used but not stored under either
        if _key(kind, paths, code, list(extra)) == key:
            _write(folder, entry, key, value)
    return value


def read_entry(kind: str, extra: Iterable[str] = ()) -> tuple[Any] | None:
    """What `write_entry` stored under `kind` and `extra` (in a 1-tuple), or None: for a
    value gathered over a run rather than built from files (`regex_cache`)."""
    folder = cache_dir()
    if folder is None:
        return None
    return _read(folder / f"{kind}-{_name(kind, [])}.pickle", _key(kind, [], [], list(extra)))


def write_entry(kind: str, value: Any, extra: Iterable[str] = ()) -> None:
    """Store `value` under `kind` and `extra`; silently nothing when the cache is off or
    cannot be written."""
    folder = cache_dir()
    if folder is not None:
        _write(folder, folder / f"{kind}-{_name(kind, [])}.pickle",
               _key(kind, [], [], list(extra)), value)


def compile_patterns(kind: str, sources: list[tuple[str, int]]) -> list[re.Pattern[str]]:
    """`re.compile(pattern, flags)` of each source, read from the cache when an earlier
    process compiled the same sources (keyed by the sources themselves: never stale). For
    the large patterns built at start-up (unit tries, character classes of thousands of
    characters), which cost tens of milliseconds each to compile."""
    digest = hashlib.sha256(repr(sources).encode()).hexdigest()
    return cached(kind, [], lambda: [re.compile(p, f) for p, f in sources], extra=[digest],
                  plain=True)


def package_stamp(name: str) -> str:
    """An installed package's identity without importing it: its files' names, sizes and
    modification times (a reinstall or upgrade changes it)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None:
        return f"{name}: not installed"
    roots = list(spec.submodule_search_locations or []) or [str(Path(str(spec.origin)).parent)]
    out = [name]
    for root in roots:
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for file in sorted(names):
                st = os.stat(os.path.join(folder, file))
                out.append(f"{os.path.relpath(os.path.join(folder, file), root)}:{st.st_size}:"
                           f"{st.st_mtime_ns}")
    return "\n".join(out)


def clear() -> int:
    """Delete every entry (what `rm -r` of the folder would do); returns how many."""
    folder = cache_dir()
    if folder is None or not folder.is_dir():
        return 0
    count = 0
    for path in folder.glob("*.pickle"):
        try:
            path.unlink()
            count += 1
        except OSError:
            pass
    return count


def _name(kind: str, paths: list[str]) -> str:
    """An entry's file name: what it is built from, and which installation of cnsr builds
    it (two installations sharing the folder, each with its own entries, do not overwrite
    each other's at every start)."""
    parts = [kind, *paths, str(Path(__file__).parent)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24]


def _key(kind: str, paths: list[str], code: Iterable[ModuleType], extra: list[str]) -> bytes:
    from cnsr import __version__

    h = hashlib.sha256()
    parts = [kind, str(_FORMAT), __version__, sys.version, sys.implementation.cache_tag or "",
             str(_engine_magic()), _pydantic_version(), *extra]
    for part in parts:
        h.update(part.encode() + b"\0")
    for path in paths:
        h.update(path.encode() + b"\0")
        h.update(hashlib.sha256(Path(path).read_bytes()).digest())
    for module in code:
        h.update(module.__name__.encode() + b"\0")
        h.update(hashlib.sha256(Path(str(module.__file__)).read_bytes()).digest())
    return h.digest()


def _pydantic_version() -> str:
    """pydantic's version file (its `VERSION`), read without importing pydantic (~0.1 s):
    entries read before the page workers are forked must not need it (`plain_data`)."""
    import importlib.util

    spec = importlib.util.find_spec("pydantic")
    if spec is None or spec.origin is None:
        return "pydantic: not installed"
    try:
        return (Path(spec.origin).parent / "version.py").read_text(encoding="utf-8")
    except OSError:
        return "pydantic: no version file"


def _read(entry: Path, key: bytes) -> tuple[Any] | None:
    """The entry's value (in a 1-tuple, so None can be cached), or None when it is missing,
    stale or unreadable in any way, or (POSIX) not owned by this user: a pickle runs code
    when loaded, so only the user's own entries are trusted."""
    try:
        with open(entry, "rb") as file:
            if hasattr(os, "getuid") and os.fstat(file.fileno()).st_uid != os.getuid():
                return None
            data = file.read()
    except OSError:
        return None
    head = len(_MAGIC) + 64
    if len(data) < head or not data.startswith(_MAGIC) or data[len(_MAGIC):len(_MAGIC) + 32] != key:
        return None
    payload = data[head:]
    if hashlib.sha256(payload).digest() != data[len(_MAGIC) + 32:head]:
        return None  # truncated or damaged
    try:
        return (pickle.loads(payload),)
    except Exception:  # noqa: BLE001 - any damage or a changed class: rebuild
        return None


def _write(folder: Path, entry: Path, key: bytes, value: Any) -> None:
    """Store `value` atomically (a concurrent reader sees the old entry or the new one);
    silently nothing when the folder cannot be written or the value cannot be pickled."""
    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        payload = buffer.getvalue()
    except Exception:  # noqa: BLE001 - not picklable: work without the cache
        return
    tmp = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=entry.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(_MAGIC + key + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, entry)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


# -- compiled patterns as engine code ----------------------------------------------------------

def _engine_magic() -> int:
    try:
        import _sre
        return int(_sre.MAGIC)
    except (ImportError, AttributeError):  # pragma: no cover - not CPython
        return 0


def restore_pattern(pattern: str, flags: int, code: bytes, groups: int,
                    groupindex: dict[str, int], indexgroup: tuple[str | None, ...]
                    ) -> re.Pattern[str]:
    """A compiled pattern from its engine code (what `re.compile` ends with), the code as
    the bytes of an array of engine words (loads far faster than a pickled list of ints)."""
    import _sre
    words = array(_WORD, code).tolist()
    return _sre.compile(pattern, flags, words, groups, groupindex, indexgroup)


def _word_type() -> str:
    """The array type code of the regex engine's code words."""
    try:
        import _sre
        return next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    except (ImportError, AttributeError, StopIteration):  # pragma: no cover - not CPython
        return ""


_WORD = _word_type()


def pattern_state(rx: re.Pattern[str]) -> tuple[Any, ...] | None:
    """The arguments that give `rx` back through `restore_pattern`, or None when this
    Python's regex internals do not (then the pattern is pickled as its source)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(rx.pattern, rx.flags)
        code = array(_WORD, _compiler._code(parsed, rx.flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        state = (rx.pattern, rx.flags | parsed.state.flags, code, parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        # Pattern equality compares the pattern, flags and engine code
        return state if restore_pattern(*state) == rx else None
    except Exception:  # noqa: BLE001 - other Python versions
        return None


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern and isinstance(obj.pattern, str):
            state = pattern_state(obj)
            if state is not None:
                return restore_pattern, state
        return NotImplemented
