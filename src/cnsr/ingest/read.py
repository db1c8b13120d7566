"""Entry points: check a file, pick its reader by content, and read it page by page.

Every failure a user can cause (missing, empty, too large, wrong type, encrypted, corrupt,
no text) ends as one `DocumentError` line naming the file; parsers' own exceptions never
reach the user as a traceback.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from cnsr.errors import DocumentError
from cnsr.file_limits import LimitExceeded, check_archive
from cnsr.gc_pause import cyclic_gc_paused
from cnsr.ingest.document import Document, Page
from cnsr.ingest.options import MAX_BYTES, MAX_PAGES, Progress, ReadOptions, TableMode
from cnsr.ingest.sniff import HEAD_BYTES, Kind, UnsupportedKind, sniff

if TYPE_CHECKING:
    from cnsr.ingest.parallel import PageFetch

_T = TypeVar("_T")
_SUFFIXES: dict[Kind, tuple[str, ...]] = {
    "pdf": ("pdf",), "docx": ("docx", "docm"), "html": ("html", "htm", "xhtml", "shtml"),
    "txt": ("txt", "text", "md", "csv"),
}


def read_document(path: Path, *, max_bytes: int = MAX_BYTES, max_pages: int = MAX_PAGES,
                  ocr: bool = True, tables: TableMode = "auto", workers: int = 1,
                  progress: Progress | None = None) -> Document:
    """Read a PDF, DOCX, HTML or text file (recognised by content) into a `Document`.

    `progress(done, total)` is called after each page; `workers` > 1 lets a long PDF be read
    by that many processes (same result). Raises `DocumentError` for a file that cannot be
    read or holds no text.
    """
    options = ReadOptions(max_bytes=max_bytes, max_pages=max_pages, ocr=ocr, tables=tables,
                          workers=workers)
    with PendingDocument(path, options) as pending:
        return pending.read(progress)


class PendingDocument:
    """A document whose reading has begun: checked (limits, type), and a long PDF's pages
    already being read by worker processes, while the caller does something else (`cnsr
    rate` loads the reader). A file that fails its checks raises its `DocumentError` from
    `read`, not here, so the caller reports errors in its own order. Close it (or use `with`):
    that stops the workers if the document is never read. `fetch`: page workers already
    started for this file and `options` (`parallel.start_early`), adopted by the PDF reader
    or stopped."""

    def __init__(self, path: Path | str, options: ReadOptions,
                 fetch: PageFetch | None = None) -> None:
        self.path = path  # as given: the Document records it so
        self._error: DocumentError | None = None
        self._stream: PageStream | None = None
        try:
            self._stream = PageStream(Path(path), options, fetch)
        except DocumentError as err:
            self._error = err
        finally:
            if fetch is not None and self._stream is None:
                fetch.close()

    def read(self, progress: Progress | None = None,
             each_page: Callable[[Page], None] | None = None) -> Document:
        """The document; `each_page(page)` is called with every page as it is read (`cnsr
        rate` analyses its passages while later pages are still being read)."""
        if self._stream is None:
            assert self._error is not None
            raise self._error
        stream, ocr = self._stream, self._stream.options.ocr
        with cyclic_gc_paused():
            pages: list[Page] = []
            for page in stream:
                pages.append(page)
                if each_page is not None:
                    each_page(page)
                if progress is not None:
                    progress(len(pages), stream.total)
            if not any(page.text.strip() for page in pages):
                raise DocumentError(str(self.path), _no_text_reason(stream.kind, ocr))
            return Document(path=str(self.path), sha256=stream.sha256, kind=stream.kind,
                            pages=pages, warnings=stream.warnings)

    def all_extracted(self) -> bool:
        """Whether the pages still to come only need finishing (`PdfPages.all_extracted`)."""
        return self._stream is not None and self._stream.all_extracted()

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
            self._error = DocumentError(str(self.path), "closed before it was read")

    def __enter__(self) -> PendingDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_pages(path: Path, *, max_bytes: int = MAX_BYTES, max_pages: int = MAX_PAGES,
               ocr: bool = True, tables: TableMode = "auto") -> Iterator[Page]:
    """Yield pages one by one (memory stays flat on long files); same checks as
    `read_document` except that a text-less file yields empty pages instead of failing.
    For a progress bar with a total, use `PageStream` directly."""
    options = ReadOptions(max_bytes=max_bytes, max_pages=max_pages, ocr=ocr, tables=tables)
    with PageStream(Path(path), options) as stream:
        yield from stream


class _Reader(Protocol):
    total: int

    def __iter__(self) -> Iterator[Page]: ...

    def all_extracted(self) -> bool: ...

    def close(self) -> None: ...


class _ListReader:
    """Formats parsed whole (DOCX, HTML, text) behind the same interface as `PdfPages`."""

    def __init__(self, pages: list[Page]) -> None:
        self.pages = pages
        self.total = len(pages)

    def __iter__(self) -> Iterator[Page]:
        return iter(self.pages)

    def all_extracted(self) -> bool:
        return False  # parsed whole, in this process: nothing is read ahead

    def close(self) -> None:
        self.pages = []


class PageStream:
    """An opened document read lazily: `total` pages; iterate to read them one by one.

    Use it as a context manager so the PDF is closed. `kind`, `sha256` and `warnings`
    describe the file; warnings grow while pages are read.
    """

    def __init__(self, path: Path, options: ReadOptions,
                 fetch: PageFetch | None = None) -> None:
        self.path = path
        self.options = options
        self.warnings: list[str] = []
        head = _check_file(path, options.max_bytes)
        try:
            self.kind: Kind = sniff(path, head)
        except UnsupportedKind as err:
            raise DocumentError(str(path), f"unsupported file type: the content is {err}"
                                ) from None
        suffix = path.suffix.lower().lstrip(".")
        if suffix == "pdf" and self.kind != "pdf":
            # A report that is not what its name says is usually a failed download or an
            # error page saved under the report's name: refuse it rather than rate it.
            raise DocumentError(str(path), f"named .pdf but it is not a PDF (the content is "
                                           f"{self.kind}); check the download")
        if suffix and suffix not in _SUFFIXES[self.kind]:
            self.warnings.append(f"named .{suffix} but the content is {self.kind}; "
                                 f"read as {self.kind}")
        if self.kind == "docx":
            self._guard(lambda: check_archive(path))  # before python-docx inflates anything
        self._reader: _Reader = self._guard(
            lambda: _open_reader(path, self.kind, options, self.warnings, fetch))
        self.total = self._reader.total
        if self.total > options.max_pages:
            self.close()
            raise DocumentError(str(path), f"the document has {self.total} pages, more than "
                                           f"the limit of {options.max_pages} (raise max_pages)")


    @cached_property
    def sha256(self) -> str:
        """The file's hash, made when first asked for (once its pages are read): a long PDF's
        page workers start without waiting for it (~2 ms a megabyte)."""
        return _sha256(self.path)

    def all_extracted(self) -> bool:
        return self._reader.all_extracted()

    def __iter__(self) -> Iterator[Page]:
        iterator = iter(self._reader)
        while True:
            page = self._guard(lambda: next(iterator, None))
            if page is None:
                return
            yield page

    def _guard(self, step: Callable[[], _T]) -> _T:
        """Run a parser step, turning any parser exception into a one-line DocumentError."""
        try:
            return step()
        except (DocumentError, KeyboardInterrupt, MemoryError):
            raise
        except LimitExceeded as err:
            raise DocumentError(str(self.path), str(err)) from None
        except Exception as err:  # parsers raise anything on malformed input
            detail = " ".join(str(err).split())[:200]
            raise DocumentError(str(self.path), f"cannot read this {self.kind} file "
                                                f"({type(err).__name__}: {detail})") from err

    def close(self) -> None:
        reader = getattr(self, "_reader", None)
        if reader is not None:
            reader.close()

    def __enter__(self) -> PageStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_file(path: Path, max_bytes: int) -> bytes:
    """Return the file's first bytes after checking it exists, is not empty or too big."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DocumentError(str(path), "is a directory, not a document")
        if size == 0:
            raise DocumentError(str(path), "the file is empty (0 bytes)")
        if size > max_bytes:
            raise DocumentError(str(path), f"the file is {_mb(size)}, more than the limit of "
                                           f"{_mb(max_bytes)} (raise max_bytes)")
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except FileNotFoundError:
        raise DocumentError(str(path), "file not found") from None
    except PermissionError:
        raise DocumentError(str(path), "permission denied") from None
    except OSError as err:
        raise DocumentError(str(path), f"cannot be opened ({err.strerror or err})") from None


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _open_reader(path: Path, kind: Kind, options: ReadOptions, warnings: list[str],
                 fetch: PageFetch | None = None) -> _Reader:
    if kind == "pdf":
        from cnsr.ingest.pdf import PdfPages

        return PdfPages(path, options, warnings, fetch)
    if fetch is not None:
        fetch.close()
    if kind == "docx":
        from cnsr.ingest.docx import docx_pages

        return _ListReader(docx_pages(path))
    if kind == "html":
        from cnsr.ingest.html import html_pages

        return _ListReader(html_pages(path.read_bytes()))
    from cnsr.ingest.txt import txt_pages

    return _ListReader(txt_pages(path.read_bytes(), warnings))


def _no_text_reason(kind: Kind, ocr: bool) -> str:
    if kind != "pdf":
        return "no text found in the document"
    if ocr:
        return "no text found: the pages are blank or images OCR could not read"
    return "no text layer found and OCR is off (turn OCR on to read scanned pages)"
