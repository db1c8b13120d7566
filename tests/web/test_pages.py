"""Page images under hostile input (#13 item 4) and the page viewer (#14 item 9): a page too
large to render is refused with a message in the reader's language, a render that overruns
is killed, an allocation bomb fails in its worker, and one slow render does not hold the
others; the viewer shows the page at a readable size with the passage highlighted."""

from __future__ import annotations

import hashlib
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import worker_calls  # noqa: E402

from cnsr.methodology.load import load_methodology
from cnsr.rating import Evidence
from cnsr.store.repository import DocumentInput, Store
from cnsr.web import pages
from cnsr.web.workers import WorkerFailed, WorkerPool, WorkerTimeout
from conftest import company_id

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))
from rank_factory import make_rating  # noqa: E402

PDF = Path(__file__).resolve().parents[2] / "demo" / "corpus" / "d01_jinghai_power_2023.pdf"


def tiny_pdf(width: float, height: float) -> bytes:
    """A one-page PDF of `width` × `height` points, a few hundred bytes long."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:g} {height:g}] >>".encode()]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1,
                                                                           xref)
    return bytes(out)


@pytest.fixture(scope="module")
def bomb(seeded: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 6000 × 6000 pt page (2.1 × 2.1 m), cited as evidence of a company in the store."""
    path = tmp_path_factory.mktemp("bomb") / "huge-page.pdf"
    path.write_bytes(tiny_pdf(6000, 6000))
    m = load_methodology()
    ev = {"I01.1": [Evidence(file=str(path), page=1, passage="环境管理体系")]}
    rating = make_rating(m, "巨页测试公司", stage=1, code="609999.SH", year=2023,
                         disclose={"I01": 1}, evidence=ev)
    seeded.save_rating(rating, documents=[DocumentInput(
        path=str(path), sha256=hashlib.sha256(path.read_bytes()).hexdigest())])
    return path


@pytest.fixture(autouse=True)
def fresh_renderers() -> Iterator[None]:
    pages._cache.clear()
    yield
    pages.close_renderers()


def _doc_url(client: Any, name: str, indicator: str) -> str:
    cid = company_id(client, name)
    html = client.get(f"/company/{cid}/indicators/{indicator}",
                      headers={"HX-Request": "true"}).text
    found = re.search(r'src="(/documents/\d+/pages/\d+)\.png', html)
    assert found, html[:500]
    return found.group(1)


def test_huge_page_is_refused_with_a_message(login: Callable[[str], Any], bomb: Path) -> None:
    assert len(bomb.read_bytes()) < 600
    client = login("vic")
    url = _doc_url(client, "巨页测试公司", "I01")
    started = time.monotonic()
    zh = client.get(f"{url}.png?lang=zh")
    assert time.monotonic() - started < 8  # the old code rendered it: 8.8 s, ~870 MB
    assert zh.status_code == 422 and zh.headers["content-type"].startswith("image/svg+xml")
    assert "该页面过大（212 × 212 厘米），无法显示。" in zh.text
    en = client.get(f"{url}.png?lang=en")
    assert "This page is too large to show (212 × 212 cm)." in en.text
    viewer = client.get(f"{url}?lang=en")
    assert viewer.status_code == 422 and "too large to show" in viewer.text
    assert "<img class=\"sheet-img\"" not in viewer.text


def test_a_page_within_the_budget_is_rendered_smaller() -> None:
    assert pages.fitted_scale(595, 842, 2.0) == 2.0
    scale = pages.fitted_scale(2384, 3370, 2.0)  # A0: shown, at a lower scale
    assert pages.MIN_SCALE < scale < 2.0
    assert 2384 * 3370 * scale * scale <= pages.PIXEL_BUDGET * 1.0001


def test_an_overrunning_render_is_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "RENDER_SECONDS", 0.01)
    with pytest.raises(pages.PageError) as err:
        pages.render_page(PDF, 4, scale=3.0)
    assert err.value.key == "page_too_slow" and err.value.status == 422
    assert pages.renderers().pids() == []  # the worker was killed, none left running


def test_one_slow_call_does_not_hold_the_others() -> None:
    pool = WorkerPool(2, name="test")
    try:
        assert pool.run(worker_calls.echo, ("warm",), timeout=30) == "warm"  # spawn one worker first
        outcome: list[BaseException] = []

        def stuck() -> None:
            try:
                pool.run(worker_calls.sleep, (30.0,), timeout=3)
            except WorkerTimeout as err:
                outcome.append(err)

        slow = threading.Thread(target=stuck)
        slow.start()
        time.sleep(0.2)
        started = time.monotonic()
        assert pool.run(worker_calls.echo, ("快",), timeout=30) == "快"
        assert time.monotonic() - started < 2.5  # did not wait for the slow one
        with pytest.raises(WorkerTimeout):
            pool.run(worker_calls.sleep, (30.0,), timeout=0.5)
        slow.join()
        assert len(outcome) == 1  # the stuck call was killed after its 3 s
    finally:
        pool.close()
    assert pool.pids() == []


def test_an_allocation_bomb_fails_inside_its_worker() -> None:
    pool = WorkerPool(1, max_bytes=768 * 1024 * 1024, name="test")
    try:
        with pytest.raises(WorkerFailed) as err:
            pool.run(worker_calls.allocate, (2048,), timeout=30)
        assert err.value.kind == "MemoryError"
        assert pool.run(worker_calls.allocate, (16,), timeout=30) == 16 * 1024 * 1024  # still serving
    finally:
        pool.close()


def test_viewer_shows_the_page_readable_with_the_passage(login: Callable[[str], Any]) -> None:
    client = login("vic")
    cid = company_id(client, "靖海电力")
    html = client.get(f"/company/{cid}/indicators/I06", headers={"HX-Request": "true"}).text
    link = re.search(r'href="(/documents/\d+/pages/4\?[^"]+)"', html)
    assert link, "the thumbnail links to the viewer"
    page = client.get(link.group(1).replace("&amp;", "&") + "&lang=en")
    assert page.status_code == 200
    img = re.search(r'<img class="sheet-img" width="(\d+)" height="(\d+)"[^>]*src="([^"]+)"',
                    page.text)
    assert img and int(img.group(1)) == 1191  # A4 at 144 dpi, not a 260 px thumbnail
    assert 'id="passage"' in page.text and "2060年前实现碳中和" in page.text
    assert re.search(r'zoom=3\.0[^"]*#passage"', page.text)
    png = client.get(img.group(3).replace("&amp;", "&"))
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")


def test_the_whole_passage_is_highlighted() -> None:
    """A passage wrapping onto a second line is highlighted on both lines."""
    found = pages.locate_page(PDF, 4, "公司承诺力争2028年实现碳排放达峰，2060年前实现碳中和。",
                              scale=1.0)
    assert len(found.boxes) == 2 and found.boxes[1][1] > found.boxes[0][1]
