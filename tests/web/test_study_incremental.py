"""After a sign-off the year's study is updated, not rebuilt (#13 item 1): only the peer groups
the signed-off company-year reaches are ranked again, and the result equals the study built
from the parsed published ratings — also when the sign-off moves a company between groups or
changes last year's ranking that this year's entries quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from seed import seed
from test_ranking_load import _client, _same_study

from cnsr.web import study_data as sd
from cnsr.web.app import create_app
from conftest import company_id


def test_sign_offs_update_the_study_in_place(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    store = seed(tmp_path / "web.sqlite")
    app = create_app(store, secret_key="k", upload_dir=tmp_path / "up", job_workers="thread")
    web = app.state.web
    ana, rev = _client(app, "ana"), _client(app, "rev")
    first = sd.study_data(web, 2023)
    assert first is not None
    before = {e.key: e for g in first.study.groups for e in g.entries}

    full_build = sd.build_study

    def no_full_build(ratings, m, year, *rest):  # type: ignore[no-untyped-def]
        assert year != 2023, "the whole year was rebuilt"
        return full_build(ratings, m, year, *rest)  # another year, cold: built once

    monkeypatch.setattr(sd, "build_study", no_full_build)
    full_reads: list[tuple[int, ...]] = []
    read_all = sd.published_chosen

    def counted(store_, years, methodology):  # type: ignore[no-untyped-def]
        full_reads.append(tuple(years))
        return read_all(store_, years, methodology)

    monkeypatch.setattr(sd, "published_chosen", counted)

    def sign(name: str, year: int, target: str, value: str, reason: str) -> sd.StudyData:
        cid = company_id(ana, name, year)
        r = ana.post(f"/company/{cid}/override",
                     data={"target": target, "value": value, "reason": reason})
        assert r.status_code == 303, r.text
        assert rev.post(f"/company/{cid}/signoff", data={"note": "复核"}).status_code == 303
        data = sd.study_data(web, 2023, fresh=True)
        assert data is not None
        _same_study(store, data, 2023)
        return data

    # 国电电力 moves from stage 2 to stage 3: out of one group, into another
    moved = sign("国电电力", 2023, "stage", "3", "报告第8页披露了全口径排放量")
    entry = next(e for g in moved.study.groups for e in g.entries if e.name == "国电电力")
    assert entry.group.stage == 3 and before[entry.key].group.stage == 2
    # last year's 中国电力 becomes stage 3: this year's stage-3 entries quote a new previous
    # rank, though 中国电力 itself stays in this year's stage-1 group
    quoted = sign("中国电力", 2022, "stage", "3", "2022年报告补充披露了碳排放核算")
    s3 = [e for g in quoted.study.groups for e in g.entries
          if g.key.stage == 3 and g.key.size == "large" and e.change]
    assert any(e.change != moved.study.position(e.key).change for e in s3)  # type: ignore[union-attr]
    assert (2022, 2023) not in full_reads  # only the rows added by each sign-off were read
    # signed off again at once: the reviewed row is deleted and inserted again, and SQLite
    # gives it the same id (the newest row): the rows are read again, the study still right
    again = sign("中国电力", 2022, "stage", "2", "复核后改为第二阶段")
    assert (2022, 2023) in full_reads
    assert next(e for e in again.study.groups[0].entries if e.change) is not None
    store.close()


def test_company_page_ranks_among_the_studys_peers_as_among_the_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the year's study built, the company page takes the peers from it (no query);
    the position is the one ranking the store's published rows gives, also for a rating
    with an unpublished override."""
    from cnsr.web import views

    store = seed(tmp_path / "web.sqlite")
    app = create_app(store, secret_key="k", upload_dir=tmp_path / "up", job_workers="thread")
    web = app.state.web
    ana = _client(app, "ana")
    cid = company_id(ana, "华能国际电力")
    assert ana.post(f"/company/{cid}/override", data={
        "target": "point:I01.1", "value": "0", "reason": "第12页未见相关披露"}).status_code == 303
    data = sd.study_data(web, 2023, fresh=True)
    assert data is not None
    keys = [e.key for g in data.study.groups for e in g.entries]
    ids = {e.key: e for g in data.study.groups for e in g.entries}
    views_current = [views.current(web, i) for i in sorted(set(data.ids.values()))]
    from_study = {c.key: views.peer_position(web, c.rating) for c in views_current}
    assert sum(1 for p in from_study.values() if p is not None) == len(keys) == len(ids)
    calls = []
    monkeypatch.setattr(views, "study_peers", lambda *a: calls.append(a))  # → None: store
    from_store = {c.key: views.peer_position(web, c.rating) for c in views_current}
    assert calls and from_study == from_store
    overridden = next(c for c in views_current if c.overrides)
    assert from_study[overridden.key] != ids[overridden.key]  # ranked as overridden
    store.close()


def test_ranking_body_is_rendered_once_per_study_and_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The groups and tables are the same for every reader: rendered once per study and
    language, while each reader's frame (name, token) is their own; a sign-off's new study
    renders afresh."""
    from cnsr.web.routes import studies

    store = seed(tmp_path / "web.sqlite")
    app = create_app(store, secret_key="k", upload_dir=tmp_path / "up", job_workers="thread")
    rendered: list[str] = []
    real = studies.fragment

    def counting(name: str, lang: str, **context: object) -> object:
        rendered.append(lang)
        return real(name, lang, **context)

    monkeypatch.setattr(studies, "fragment", counting)
    ana, rev = _client(app, "ana"), _client(app, "rev")
    a, r = ana.get("/studies/2023?lang=zh").text, rev.get("/studies/2023?lang=zh").text
    assert rendered == ["zh"]
    assert "ana" in a and "rev" in r  # each reader's own frame
    body = a[a.index("<h1>"):a.index("</main>")]
    assert body == r[r.index("<h1>"):r.index("</main>")] and "华能国际电力" in body
    assert "Industry" in ana.get("/studies/2023?lang=en").text and rendered == ["zh", "en"]
    cid = company_id(ana, "华能国际电力")
    assert ana.post(f"/company/{cid}/override", data={
        "target": "stage", "value": "1", "reason": "仅披露环境管理"}).status_code == 303
    assert rev.post(f"/company/{cid}/signoff", data={"note": "复核"}).status_code == 303
    sd.study_data(app.state.web, 2023, fresh=True)
    after = ana.get("/studies/2023?lang=zh").text
    assert rendered == ["zh", "en", "zh"] and after != a
    store.close()
