"""One way to read a YAML data file: parse it, validate it with a pydantic model, and say in
one line what is wrong, naming the file and the field.

Every bundled data file (`src/cnsr/data/...`) and every user-supplied methodology, lexicon
or framework file goes through here, so a broken file reads the same everywhere:

    data/limits/parallel.yaml: min_pages: Input should be greater than or equal to 2
    data/text/ocr.yaml: not valid YAML (while parsing a block mapping)
    lexicon/en.yaml: lexicon file not found

The error class is the caller's (`DataError` for data, `MethodologyError` for methodology
and framework files), so the CLI's exit code and wording stay theirs. YAML is parsed with
libyaml's safe loader when PyYAML has it (the same documents as `yaml.safe_load`, several
times faster on the large lexicon files read at every start).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar, overload

from pydantic import AfterValidator, BaseModel, TypeAdapter, ValidationError

from cnsr.errors import CnsrError, DataError

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")



_SAME_AS_MODELS = {
    "unexpected_keyword_argument": "Extra inputs are not permitted",
    "missing_argument": "Field required",
}
"""A plain dataclass's (`plain_data`) errors in the words of a model's, so that every data
file says the same thing of an unknown or a missing key."""


def describe(err: ValidationError) -> str:
    """The first problem as `field.path: message`, and how many more there are (pydantic's
    own first line names only the model, not the field)."""
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = _SAME_AS_MODELS.get(first["type"], first["msg"]).removeprefix("Value error, ")
    more = f" (and {err.error_count() - 1} more problem(s))" if err.error_count() > 1 else ""
    return f"{where}: {message}{more}" if where else f"{message}{more}"


@cache
def _loader() -> Any:
    """libyaml's safe loader when PyYAML has it, refusing a key given twice in one mapping:
    YAML keeps the last silently, so a new lexicon concept named like an old one replaced
    its patterns (session 23: `recycled_input`, I04.2 lost on three documents)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[valid-type,misc]
        pass

    def mapping(loader: Any, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice "
                    f"(line {key_node.start_mark.line + 1})", key_node.start_mark)
            seen.add(key)
        return base.construct_mapping(loader, node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return Loader


def parse(text: str, source: str, *, error: type[CnsrError] = DataError,
          what: str | None = None) -> Any:
    """The YAML document in `text`; `error` naming `source` when it is not valid YAML, or,
    when `what` names the kind of file, when it is not a mapping."""
    import yaml  # here: a start-up whose data all comes from the data cache never needs it

    try:
        raw = yaml.load(text, Loader=_loader())  # noqa: S506 - a safe loader
    except yaml.YAMLError as err:
        raise error(f"{source}: not valid YAML ({_first_line(err)})") from err
    if what is not None and not isinstance(raw, dict):
        raise error(f"{source}: a {what} must be a YAML mapping")
    return raw


def read(path: Path | str, *, error: type[CnsrError] = DataError,
         what: str = "data file") -> Any:
    """The YAML document in the file at `path`, which must be a mapping; `error` naming the
    file when it is missing, unreadable, not valid YAML or not a mapping."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise error(f"{path}: {what} not found") from err
    except (OSError, UnicodeDecodeError) as err:
        raise error(f"{path}: cannot read {what} ({_first_line(err)})") from err
    return parse(text, str(path), error=error, what=what)


@overload
def validate(model: type[M], raw: Any, source: str, *,
             error: type[CnsrError] = DataError) -> M: ...
@overload
def validate(model: TypeAdapter[T], raw: Any, source: str, *,
             error: type[CnsrError] = DataError) -> T: ...
def validate(model: type[M] | TypeAdapter[T], raw: Any, source: str, *,
             error: type[CnsrError] = DataError) -> M | T:
    """`raw` validated as `model` (a pydantic model, or an adapter of the plain dataclasses
    of `plain_data`); `error` naming `source` and the first bad field."""
    try:
        if isinstance(model, TypeAdapter):
            return model.validate_python(raw)
        return model.model_validate(raw)
    except ValidationError as err:
        raise error(f"{source}: {describe(err)}") from err


@overload
def load_text(model: type[M], text: str, source: str, *,
              error: type[CnsrError] = DataError) -> M: ...
@overload
def load_text(model: TypeAdapter[T], text: str, source: str, *,
              error: type[CnsrError] = DataError) -> T: ...
def load_text(model: type[M] | TypeAdapter[T], text: str, source: str, *,
              error: type[CnsrError] = DataError) -> M | T:
    """The YAML `text` (read from `source`) validated as `model`."""
    return validate(model, parse(text, source, error=error), source, error=error)


def load_file(model: type[M], path: Path | str, *, error: type[CnsrError] = DataError,
              what: str = "data file") -> M:
    """The YAML file at `path` validated as `model`; read from the data cache when an
    earlier process validated the same bytes with the same model modules."""
    from cnsr import data_cache

    return data_cache.cached(
        f"file-{model.__name__}", [path],
        lambda: validate(model, read(path, error=error, what=what), str(path), error=error),
        code=[sys.modules[name] for name in model_modules(model)])


def model_modules(model: type[BaseModel]) -> list[str]:
    """The modules defining `model` and every model its fields hold, however nested
    (`dict[str, PointRule]`): a cached entry pickles them all, so a field added to any of
    them must miss the cache (session 23: a checklist's cached rules, keyed by the checklist
    module alone, loaded `PointRule`s without the new `plan_silent` field)."""
    import typing

    seen: set[type[BaseModel]] = set()
    stack: list[Any] = [model]
    while stack:
        t = stack.pop()
        if isinstance(t, type) and issubclass(t, BaseModel):
            if t not in seen:
                seen.add(t)
                stack.extend(f.annotation for f in t.model_fields.values())
        else:
            stack.extend(typing.get_args(t))
    return sorted({t.__module__ for t in seen})


_ESCAPED_TWICE = re.compile(r"\\\\[bBdDsSwW]")
"""Two backslashes before a class letter: a pattern escaped for a double-quoted string
written in single quotes."""


def pattern_problem(pattern: str, flags: int = 0) -> str | None:
    """Why `pattern`, a regex of a data file, cannot serve: it does not compile with `flags`,
    or a backslash is escaped twice; None when it can. Whether a pattern compiles does not
    depend on re.IGNORECASE, which only makes compiling Chinese classes ~3x dearer (~20 ms a
    `cnsr rate`); compiled with the flags its user compiles it with, the user's compile is
    `re`'s cached one."""
    try:
        re.compile(pattern, flags)
    except re.error as err:
        return str(err)
    if _ESCAPED_TWICE.search(pattern):
        # '\\b' in a single-quoted YAML string is a backslash then "b" to the regex
        # engine: the pattern compiles and never matches disclosure text
        return ("a backslash escaped twice: write \\b, \\d, \\s, \\w with one backslash in "
                "single quotes")
    return None


def check_patterns(source: str, where: str, patterns: Iterable[str], *,
                   error: type[CnsrError] = DataError, flags: int = 0) -> None:
    """Every one of `patterns` (regexes of a data file, at `where` in it) can serve
    (`pattern_problem`); else `error` naming the file, the place and the pattern."""
    for pattern in patterns:
        problem = pattern_problem(pattern, flags)
        if problem is not None:
            raise error(f"{source}: {where}: bad pattern {pattern!r} ({problem})")


def valid_patterns(values: list[str]) -> list[str]:
    """A data-file model's list of patterns, checked as its field is validated (`Patterns`):
    none blank, each can serve (`pattern_problem`); else a ValueError naming the pattern, which
    the loader reports with the file and the field."""
    for pattern in values:
        if not pattern.strip():
            raise ValueError("a blank pattern")
        problem = pattern_problem(pattern)
        if problem is not None:
            raise ValueError(f"bad pattern {pattern!r} ({problem})")
    return values


Patterns = Annotated[list[str], AfterValidator(valid_patterns)]
"""A model field holding a data file's regular expressions (plan-lists.yaml, relative-years.yaml)."""


@overload
def load_bundled(model: type[M], package: str, name: str) -> M: ...
@overload
def load_bundled(model: TypeAdapter[T], package: str, name: str) -> T: ...
def load_bundled(model: type[M] | TypeAdapter[T], package: str, name: str) -> M | T:
    """A data file shipped in `package` (e.g. `cnsr.data.limits`), validated as `model`; a
    problem is a `DataError` naming it as `data/limits/<name>`. Validated as a model, it is
    read from the data cache when an earlier process validated the same bytes with the same
    model modules: no YAML parsed at start-up (`plain_data` caches the adapters' own)."""
    source = bundled_name(package, name)
    resource = resources.files(package).joinpath(name)

    def build() -> M | T:
        try:
            text = resource.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:  # a broken installation
            raise DataError(f"{source}: cannot read data file ({_first_line(err)})") from err
        return load_text(model, text, source)

    if isinstance(model, TypeAdapter):
        return build()
    from cnsr import data_cache

    return data_cache.cached(f"bundled-{name}", [str(resource)], build,
                             code=[sys.modules[m] for m in model_modules(model)])


def bundled_name(package: str, name: str) -> str:
    """How a bundled file is named in messages: `cnsr.data.limits`, `x.yaml` ->
    `data/limits/x.yaml`."""
    folder = package.removeprefix("cnsr.").replace(".", "/")
    return f"{folder}/{name}"


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
