"""The year's ranking page under load (#13 item 1): built from indexed columns with the same
result as ranking the parsed ratings, kept across overrides (they publish nothing), rebuilt
after a sign-off, cut to the first rows of each group with the rest loaded on demand; reads
bounded in time and dropped when the client hangs up."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from seed import seed

from cnsr.methodology.load import load_methodology
from cnsr.rank.study import build_study
from cnsr.store.effective_reads import effective_ratings
from cnsr.store.repository import Store
from cnsr.web import study_data as sd
from cnsr.web.app import create_app
from cnsr.web.limits import RequestLimits
from conftest import USERS, TestClient, company_id, token


def _client(app: Any, name: str) -> TestClient:
    client = TestClient(app, follow_redirects=False)
    client.post("/login", data={"name": name, "password": USERS[name][1],
                                "csrf": token(client), "next": "/studies"})
    client.headers["X-CSRF-Token"] = token(client, "/studies")
    return client


def _same_study(store: Store, data: sd.StudyData, year: int) -> None:
    """The study built from indexed columns equals the one built from the parsed ratings."""
    m = load_methodology()
    slow = build_study([e.rating for y in (year - 1, year)
                        for e in effective_ratings(store, y, methodology=m.label)], m, year)
    fast = data.study
    assert [g.key for g in fast.groups] == [g.key for g in slow.groups]
    for f, s in zip(fast.groups, slow.groups, strict=True):
        assert [e.model_dump() for e in f.entries] == [e.model_dump() for e in s.entries]
        assert f.indicators == s.indicators and f.text_zh == s.text_zh
    assert fast.text_en == slow.text_en and fast.unranked == slow.unranked


def test_ranking_from_columns_overrides_keep_it_signoffs_rebuild(tmp_path: Path) -> None:
    store = seed(tmp_path / "web.sqlite")
    app = create_app(store, secret_key="k", upload_dir=tmp_path / "up", job_workers="thread")
    web = app.state.web
    ana = _client(app, "ana")
    page = ana.get("/studies/2023?lang=en").text
    chart = re.search(r'chart\.svg\?[^"]*v=(\w+)', page)
    assert chart
    first = sd.study_data(web, 2023)
    assert first is not None and sd.study_data(web, 2023, fresh=True) is first
    _same_study(store, first, 2023)

    cid = company_id(ana, "华能国际电力")
    r = ana.post(f"/company/{cid}/override",
                 data={"target": "point:I01.1", "value": "0", "reason": "页码核对：第12页"})
    assert r.status_code in (200, 303)
    assert sd.study_data(web, 2023) is first  # an override publishes nothing: no rebuild
    again = ana.get("/studies/2023?lang=en").text
    assert f"v={chart.group(1)}" in again  # the chart stays cached in the browser too

    rev = _client(app, "rev")  # four eyes: a reviewer other than the override's author
    assert rev.post(f"/company/{cid}/signoff", data={"note": "复核完毕"}).status_code == 303
    after = sd.study_data(web, 2023)  # a quick rebuild is waited for
    assert after is not None and after is not first
    assert sd.study_data(web, 2023, fresh=True) is after
    assert after is not None and after is not first
    _same_study(store, after, 2023)
    assert "华能国际电力" in {e.name for g in after.study.groups for e in g.entries}
    store.close()


def test_long_groups_show_their_first_rows_and_load_the_rest(tmp_path: Path,
                                                               monkeypatch: Any) -> None:
    monkeypatch.setattr(sd, "ROWS_SHOWN", 2)
    from cnsr.web.routes import studies

    monkeypatch.setattr(studies, "ROWS_SHOWN", 2)
    store = seed(tmp_path / "web.sqlite")
    app = create_app(store, secret_key="k", upload_dir=tmp_path / "up", job_workers="thread")
    vic = _client(app, "vic")
    page = vic.get("/studies/2023?lang=en").text
    data = sd.study_data(app.state.web, 2023)
    assert data is not None
    big = max(data.study.groups, key=lambda g: len(g.entries))
    assert len(big.entries) > 2
    shown = page.count('<a href="/company/')
    assert shown <= 2 * len(data.study.groups)
    more = re.search(r'hx-get="(/studies/2023/group\?[^"]+)"', page)
    assert more and f"Show all {len(big.entries)}" in page
    url = (f"/studies/2023/group?stage={big.key.stage}&industry={big.key.industry}"
           f"&size={big.key.size}&lang=en")
    rows = vic.get(url, headers={"HX-Request": "true"}).text
    assert rows.count("<tr>") == len(big.entries) and "Show all" not in rows
    full = vic.get("/studies/2023?full=1").text
    assert full.count('<a href="/company/') == sum(len(g.entries) for g in data.study.groups)
    assert vic.get("/studies/2023/group?stage=9&industry=X&size=Y").status_code == 404
    store.close()


def test_concurrent_cold_requests_build_once(tmp_path: Path, monkeypatch: Any) -> None:
    store = seed(tmp_path / "web.sqlite")
    app = create_app(store, secret_key="k", upload_dir=tmp_path / "up", job_workers="thread")
    builds: list[int] = []
    real = sd._build

    def counted(*args: Any) -> Any:
        builds.append(1)
        time.sleep(0.3)
        return real(*args)

    monkeypatch.setattr(sd, "_build", counted)
    threads = [threading.Thread(target=sd.study_data, args=(app.state.web, 2023))
               for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(builds) == 1
    store.close()


async def _slow_app(scope: Any, receive: Callable[..., Any], send: Callable[..., Any],
                    log: list[str]) -> None:
    try:
        await asyncio.sleep(5)
        log.append("finished")
    except asyncio.CancelledError:
        log.append("cancelled")
        raise


def _run(middleware: RequestLimits, method: str, hang_up_after: float | None
         ) -> tuple[list[dict[str, Any]], float]:
    sent: list[dict[str, Any]] = []

    async def main() -> float:
        calls = 0

        async def receive() -> dict[str, Any]:
            nonlocal calls
            calls += 1
            if calls == 1:
                return {"type": "http.request", "body": b"", "more_body": False}
            await asyncio.sleep(hang_up_after if hang_up_after is not None else 60)
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        started = time.monotonic()
        await middleware({"type": "http", "method": method, "path": "/"}, receive, send)
        return time.monotonic() - started

    return sent, asyncio.run(main())


def test_a_slow_read_is_answered_busy_and_cancelled() -> None:
    log: list[str] = []
    limits = RequestLimits(lambda s, r, w: _slow_app(s, r, w, log), seconds=0.2)
    sent, took = _run(limits, "GET", None)
    assert took < 2 and log == ["cancelled"]
    assert sent[0]["status"] == 503 and "busy" in sent[1]["body"].decode()


def test_a_read_whose_client_hung_up_is_cancelled() -> None:
    log: list[str] = []
    limits = RequestLimits(lambda s, r, w: _slow_app(s, r, w, log), seconds=30)
    sent, took = _run(limits, "GET", 0.1)
    assert took < 2 and log == ["cancelled"] and sent == []


def test_pages_get_the_last_study_while_a_slow_rebuild_runs(tmp_path: Path,
                                                            monkeypatch: Any) -> None:
    store = seed(tmp_path / "web.sqlite")
    app = create_app(store, secret_key="k", upload_dir=tmp_path / "up", job_workers="thread")
    web = app.state.web
    rev = _client(app, "rev")  # sign-off is a reviewer's
    first = sd.study_data(web, 2023)
    real = sd._build

    def slow(*args: Any) -> Any:
        time.sleep(2)
        return real(*args)

    monkeypatch.setattr(sd, "_build", slow)
    cid = company_id(rev, "华能国际电力")
    assert rev.post(f"/company/{cid}/signoff", data={"note": "ok"}).status_code == 303
    started = time.monotonic()
    assert sd.study_data(web, 2023) is first
    assert time.monotonic() - started < 1.5  # waited STALE_WAIT, not the whole rebuild
    fresh = sd.study_data(web, 2023, fresh=True)
    assert fresh is not None and fresh is not first
    store.close()


def test_score_cache_keeps_stores_apart(tmp_path: Path) -> None:
    """Two stores whose rating rows share ids: each gets its own indicator scores."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))
    from rank_factory import make_rating

    from cnsr.store.study_reads import ScoreCache

    m = load_methodology()
    cache = ScoreCache()
    got = []
    for name, value in (("a", 1.0), ("b", 0.0)):
        store = Store.open(tmp_path / f"{name}.sqlite")
        store.save_rating(make_rating(m, "同名电力", stage=1, year=2023,
                                      disclose={"I01": value}), documents=[])
        got.append(cache.scores(store, [1])[1]["I01"])
        store.close()
    assert got[0] != got[1] and got[0][0] > got[1][0]
