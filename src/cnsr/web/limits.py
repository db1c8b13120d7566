"""Bounds on what one request may cost the server (pure ASGI middleware), and on how many
handlers run at once.

- A read (GET/HEAD) that runs over `REQUEST_SECONDS` is answered 503 and its handler
  cancelled; writes are never cut off halfway (their transaction finishes, then the answer).
- A read whose client hung up is cancelled: nothing more is rendered or sent for it. (A
  handler already running in a worker thread finishes its current call; the ranking's build
  is shared and cached, so that work serves the next reader.)
- `THREADS` handlers run at once (the rest wait for a thread): under the database pool's
  5 + 10 connections even when a request holds two, so no request fails on
  "QueuePool limit reached".
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_SECONDS = 20.0
THREADS = 7
BUSY = "服务器繁忙，请稍后重试。 / The server is busy; please try again.".encode()


def limit_threads(threads: int = THREADS) -> None:
    """Run at most `threads` sync handlers at once (anyio's default is 40)."""
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = threads


class RequestLimits:
    def __init__(self, app: ASGIApp, seconds: float = REQUEST_SECONDS) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        started = False
        gone = asyncio.Event()
        sent_body = False

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        async def app_receive() -> Message:
            """A read has no body: hand the app an empty one, then wait for the hang-up."""
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await gone.wait()
            return {"type": "http.disconnect"}

        async def watch() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    gone.set()
                    return

        handler = asyncio.ensure_future(self.app(scope, app_receive, tracked))
        watcher = asyncio.ensure_future(watch())
        try:
            done, _pending = await asyncio.wait({handler, watcher}, timeout=self.seconds,
                                                return_when=asyncio.FIRST_COMPLETED)
            if handler in done:
                handler.result()
                return
            handler.cancel()
            await asyncio.gather(handler, return_exceptions=True)
            if watcher not in done and not started:  # over time, client still there
                await _busy(send)
        finally:
            watcher.cancel()
            await asyncio.gather(watcher, return_exceptions=True)


async def _busy(send: Send) -> None:
    headers: list[Any] = [(b"content-type", b"text/plain; charset=utf-8"),
                          (b"retry-after", b"5"), (b"content-length", str(len(BUSY)).encode())]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": BUSY})
