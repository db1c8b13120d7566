"""`cnsr serve`: the review web app over a store (the one `cnsr batch` fills)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cnsr.cli.common import (
    FrameworkOption,
    MethodologyOption,
    existing_store,
    fail_on_error,
    load_scheme,
)

DEFAULT_DB = "cnsr.sqlite"
GRACE_SECONDS = 3
"""On SIGTERM, requests in flight get this long before the workers are killed and the
process ends (under 5 s in all)."""
KEEP_ALIVE_SECONDS = 30
"""An idle connection stays open this long (uvicorn's 5 s races with clients that pause a
few seconds between clicks: a request sent as the server closes fails)."""
MAX_CONNECTIONS = 200
"""Open connections beyond this are answered 503 at once instead of queueing."""


@fail_on_error
def serve(
    db: Annotated[str, typer.Option("--db", help="Store URL or SQLite file.")] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    uploads: Annotated[Path, typer.Option(help="Where uploaded documents are kept.")] = Path(
        "uploads"),
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="Mark cookies Secure (serve over HTTPS, e.g. behind a proxy)."
    )] = False,
) -> None:
    """Serve the review web app. Sessions are signed with $CNSR_SECRET_KEY (random if unset,
    so everyone signs in again after a restart). Add the first admin with `cnsr users add`
    (which makes the store); a --db that does not exist is an error, not a new database."""
    from cnsr.store.repository import Store
    from cnsr.web.app import create_app

    store = Store.open(existing_store(db))
    app = create_app(store, load_scheme(methodology_file, framework), upload_dir=uploads,
                     secure_cookies=secure_cookies)
    typer.echo(f"cnsr web app on http://{host}:{port}/  (store {db})")
    run(app, host, port, proxy_headers=secure_cookies)


def run(app: object, host: str, port: int, *, proxy_headers: bool = False,
        log_level: str = "info") -> None:
    """uvicorn, one worker, with a bounded shutdown and connection count (also used by the
    benchmark and the restart test, so they run what `cnsr serve` runs)."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=proxy_headers,  # type: ignore[arg-type]
                timeout_graceful_shutdown=GRACE_SECONDS, limit_concurrency=MAX_CONNECTIONS,
                timeout_keep_alive=KEEP_ALIVE_SECONDS,
                access_log=log_level == "info")
