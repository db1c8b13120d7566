"""An override, a sign-off and the audit trail survive a restart of the app (a new process
over the same store file), and the original automatic rating can still be shown."""

from __future__ import annotations

from pathlib import Path

from seed import seed

from cnsr.store.effective_reads import effective_ratings
from cnsr.store.repository import Store
from cnsr.web.app import create_app
from conftest import USERS, TestClient, company_id, token


def _signed_in(app: object, name: str) -> TestClient:
    client = TestClient(app, follow_redirects=False)
    client.post("/login", data={"name": name, "password": USERS[name][1],
                                "csrf": token(client), "next": "/studies"})
    client.headers["X-CSRF-Token"] = token(client, "/studies")
    return client


def test_review_survives_restart(tmp_path: Path) -> None:
    db = tmp_path / "web.sqlite"
    seed(db).close()

    first = create_app(Store.open(db), secret_key="k1", upload_dir=tmp_path / "up")
    ana = _signed_in(first, "ana")
    cid = company_id(ana, "中国电力")
    before = ana.get(f"/company/{cid}?lang=en").text
    r = ana.post(f"/company/{cid}/override",
                 data={"target": "point:I01.1", "value": "1", "reason": "see page 5"})
    assert r.status_code in (200, 303)
    rev = _signed_in(first, "rev")  # four eyes: a reviewer signs off ana's change
    assert rev.post(f"/company/{cid}/signoff", data={"note": "checked"}).status_code == 303
    reviewed_total = next(e.rating.total for e in effective_ratings(first.state.web.store, 2023)
                          if e.rating.company.name == "中国电力")
    first.state.web.store.close()

    # A new app over the same file, with another secret key: old sessions are gone.
    second = create_app(Store.open(db), secret_key="k2", upload_dir=tmp_path / "up")
    vic = _signed_in(second, "vic")
    page = vic.get(f"/company/{cid}?lang=en").text
    assert "see page 5" in vic.get(f"/company/{cid}?open=I01&lang=en").text
    assert "Signed off" in page or "signed off" in page
    audit = vic.get("/audit?lang=en").text
    assert "see page 5" in audit and "sign-off" in audit and "override" in audit
    store = second.state.web.store
    published = next(e for e in effective_ratings(store, 2023)
                     if e.rating.company.name == "中国电力")
    assert published.reviewed and published.signed_by == "rev"
    assert published.rating.total == reviewed_total
    automatic = store.rating(published.rating.company.key)
    assert automatic is not None and automatic.provenance.produced_by != "override"
    assert automatic.indicator("I01").points[0].rating != 1 or automatic.total != reviewed_total
    assert before != page
    store.close()
