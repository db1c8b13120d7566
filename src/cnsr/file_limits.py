"""Limits on hostile input files, checked before anything is inflated or parsed deeply.

A DOCX or XLSX is a ZIP archive: its central directory states every member's compressed and
uncompressed size, so a zip bomb is recognised from a few kilobytes of directory, before a
byte is inflated (Python's zipfile never inflates a member past its declared size). Then the
archive's XML parts are streamed once through expat, which keeps only the current depth, so a
part nested beyond the limit (or declaring a DTD, which Office XML never does: entity
expansion) is refused before python-docx or openpyxl build a tree of it. HTML gets a
nesting-depth cap, checked while its tree is walked (lxml builds even a 100,000-deep tree in
about two seconds; the walk, which recurses per level, is what must stop). The numbers are
data (`data/limits/files.yaml`); callers turn `LimitExceeded` into their own one-line error
(DocumentError for reports, SheetError for workbooks).
"""

from __future__ import annotations

import zipfile
import zlib
from functools import cache
from pathlib import Path
from typing import IO
from xml.parsers import expat

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import load_bundled

LIMITS_FILE = "files.yaml"


class ArchiveLimits(BaseModel):
    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    max_members: int = Field(gt=0)
    max_member_bytes: int = Field(gt=0)
    max_total_bytes: int = Field(gt=0)
    max_ratio: float = Field(gt=1)
    ratio_floor_bytes: int = Field(ge=0)


class MarkupLimits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    max_html_depth: int = Field(gt=8, le=400)  # the page walker recurses twice per level
    max_xml_depth: int = Field(gt=8, le=10000)


class FileLimits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    source: str
    year: int
    archive: ArchiveLimits
    markup: MarkupLimits


class LimitExceeded(ValueError):
    """The file breaks a limit; `str()` is the one-line reason (without the file name)."""


@cache
def file_limits() -> FileLimits:
    return load_bundled(FileLimits, "cnsr.data.limits", LIMITS_FILE)


def check_archive(path: Path, limits: ArchiveLimits | None = None,
                  max_xml_depth: int | None = None) -> None:
    """Refuse a ZIP-based file whose directory promises a bomb: too many members, a member or
    the whole too large uncompressed, or a member compressed beyond any real document; then
    one whose XML parts nest deeper than `max_xml_depth` or declare a DTD (`check_xml`)."""
    lim = limits or file_limits().archive
    depth = max_xml_depth or file_limits().markup.max_xml_depth
    try:
        with zipfile.ZipFile(path) as archive:
            _check_directory(archive.infolist(), lim)
            for info in archive.infolist():
                if info.filename.lower().endswith(XML_SUFFIXES):
                    with archive.open(info) as stream:
                        check_xml(stream, info.filename, depth)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError):
        return  # not our business: the reader reports a damaged file in its own words


XML_SUFFIXES = (".xml", ".rels", ".vml")
"""Members parsed as XML by python-docx / openpyxl (every part of an Office file but media)."""


def check_xml(stream: IO[bytes], name: str, max_depth: int, chunk: int = 1 << 16) -> None:
    """Stream one XML part through expat, keeping only the current depth: refuse it at the
    first element deeper than `max_depth`, or at a DTD. Malformed XML passes (the reader
    reports it in its own words)."""
    parser = expat.ParserCreate()
    depth = 0

    def start(_name: str, _attrs: object) -> None:
        nonlocal depth
        depth += 1
        if depth > max_depth:
            raise LimitExceeded(f"archive member {name} nests elements more than {max_depth} "
                                "levels deep (refused before parsing it; a malformed or "
                                "hostile file)")

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    def doctype(*_args: object) -> None:
        raise LimitExceeded(f"archive member {name} declares a DTD, which Office XML never "
                            "does (entity expansion; refused before parsing it)")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = doctype
    try:
        while data := stream.read(chunk):
            parser.Parse(data, False)
        parser.Parse(b"", True)
    except expat.ExpatError:
        return


def _check_directory(members: list[zipfile.ZipInfo], lim: ArchiveLimits) -> None:
    if len(members) > lim.max_members:
        raise LimitExceeded(f"the archive has {len(members)} members, more than the limit of "
                            f"{lim.max_members} (a zip bomb or not an Office document)")
    total = 0
    for info in members:
        size = info.file_size
        total += size
        if size > lim.max_member_bytes:
            raise LimitExceeded(f"archive member {info.filename} would expand to {_mb(size)}, "
                                f"more than the limit of {_mb(lim.max_member_bytes)} per member "
                                "(refused before inflating; a zip bomb?)")
        ratio = size / max(info.compress_size, 1)
        if size > lim.ratio_floor_bytes and ratio > lim.max_ratio:
            raise LimitExceeded(f"archive member {info.filename} is compressed {ratio:.0f}:1 "
                                f"({_mb(info.compress_size)} -> {_mb(size)}), more than the "
                                f"limit of {lim.max_ratio:.0f}:1 (refused before inflating; "
                                "a zip bomb?)")
    if total > lim.max_total_bytes:
        raise LimitExceeded(f"the archive would expand to {_mb(total)}, more than the limit of "
                            f"{_mb(lim.max_total_bytes)} in all (refused before inflating)")


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
