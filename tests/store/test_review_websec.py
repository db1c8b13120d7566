"""Web sessions and review versions in the store (migration 0003_websec), on SQLite and
PostgreSQL: sessions end for every copy of the cookie, two writers holding the same review
version cannot both write, and the sign-off knows who authored the changes it covers."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select
from store_factory import make_rating

from cnsr.methodology import load_methodology
from cnsr.store import Store
from cnsr.store.review_schema import SessionRow
from cnsr.store.review_workflow import Conflict, ReviewStore
from cnsr.store.sessions import SessionStore, token_id

HOURS = timedelta(hours=10)


def _users(store: Store) -> tuple[ReviewStore, int, int]:
    review = ReviewStore(store)
    ana = review.add_user("ana", "argon2-hash-a", "analyst", by="test")
    rev = review.add_user("rev", "argon2-hash-r", "reviewer", by="test")
    return review, ana.id, rev.id


def test_session_token_is_stored_hashed_and_ends(store: Store) -> None:
    _review, ana, _rev = _users(store)
    sessions = SessionStore(store)
    token = sessions.create(ana, HOURS)
    assert sessions.user_id(token) == ana
    with store.engine.connect() as conn:
        ids = list(conn.execute(select(SessionRow.id)).scalars())
    assert ids == [token_id(token)] and token not in ids  # a copy of the db holds no cookie
    sessions.end(token)
    assert sessions.user_id(token) is None
    assert sessions.user_id("made-up-token") is None


def test_expired_session_is_refused_and_purged(store: Store) -> None:
    _review, ana, _rev = _users(store)
    sessions = SessionStore(store)
    old = sessions.create(ana, timedelta(seconds=-1))
    assert sessions.user_id(old) is None
    sessions.create(ana, HOURS)  # a sign-in purges expired rows
    with store.engine.connect() as conn:
        assert token_id(old) not in set(conn.execute(select(SessionRow.id)).scalars())


@pytest.mark.parametrize("change", [{"password_hash": "argon2-new"}, {"active": False}])
def test_password_change_or_disabling_ends_every_session(store: Store,
                                                         change: dict[str, object]) -> None:
    review, ana, rev = _users(store)
    sessions = SessionStore(store)
    mine = [sessions.create(ana, HOURS) for _ in range(3)]  # three browsers
    other = sessions.create(rev, HOURS)
    review.update_user("ana", "admin", **change)  # type: ignore[arg-type]
    assert all(sessions.user_id(t) is None for t in mine)
    assert sessions.user_id(other) == rev
    review.update_user("rev", "admin", role="analyst")  # a role change keeps the session
    assert sessions.user_id(other) == rev


def test_stale_override_is_refused_with_who_and_when(store: Store) -> None:
    m = load_methodology()
    rating = make_rating(m)
    store.save_rating(rating)
    review, _a, _r = _users(store)
    key = rating.company.key
    assert review.version(key, m.label).version == 0
    v1 = review.set_override(key, m.label, "point:I01.1", "1", "年报第12页有环境管理体系认证",
                             "ana", before="0", after="1", expected=0)
    assert v1 == 1
    with pytest.raises(Conflict) as err:  # a form rendered before ana's change
        review.set_override(key, m.label, "point:I01.2", "0", "未见制度文件", "rev",
                            before="1", after="0", expected=0)
    assert err.value.current.user_name == "ana" and err.value.current.version == 1
    assert err.value.current.action == "override" and err.value.current.at is not None
    assert [o.target for o in review.overrides(key, m.label)] == ["point:I01.1"]
    assert review.set_override(key, m.label, "point:I01.2", "0", "未见制度文件", "rev",
                               before="1", after="0", expected=1) == 2
    with pytest.raises(Conflict):  # a stale sign-off publishes nothing
        review.sign_off(rating, base_fingerprint="f", overrides=2, user="rev", note="",
                        expected=1)
    assert review.signoff(key, m.label) is None
    assert review.sign_off(rating, base_fingerprint="f", overrides=2, user="rev", note="",
                           expected=2) == 3


@pytest.mark.parametrize("start", [0, 1])
def test_two_writers_on_one_version_one_wins(store: Store, start: int) -> None:
    """Eight threads send a change from the same version (the first one: all race to insert
    it; a later one: all race to update it): exactly one lands."""
    m = load_methodology()
    rating = make_rating(m)
    store.save_rating(rating)
    review, _a, _r = _users(store)
    key = rating.company.key
    if start:
        review.set_override(key, m.label, "stage", "2", "三年数据齐全", "ana", "1", "2",
                            expected=0)
    results: list[str] = []
    barrier = threading.Barrier(8)

    def write(n: int) -> None:
        barrier.wait()
        try:
            review.set_override(key, m.label, f"point:I0{n % 8 + 1}.1", "1", f"理由{n}",
                                f"user{n}", "0", "1", expected=start)
            results.append("ok")
        except Conflict:
            results.append("conflict")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["conflict"] * 7 + ["ok"]
    assert review.version(key, m.label).version == start + 1
    assert len(review.overrides(key, m.label)) == start + 1


def test_change_authors_cover_overrides_and_changes_since_sign_off(store: Store) -> None:
    m = load_methodology()
    rating = make_rating(m)
    store.save_rating(rating)
    review, _a, _r = _users(store)
    key = rating.company.key
    review.set_override(key, m.label, "point:I01.1", "1", "见第5页", "ana", "0", "1")
    review.set_override(key, m.label, "point:I02.1", "1", "见第7页", "dora", "0", "1")
    review.set_override(key, m.label, "point:I02.1", None, "撤回", "dora", "1", "0")
    assert review.change_authors(key, m.label) == {"ana", "dora"}
    review.sign_off(rating, base_fingerprint="f", overrides=1, user="rev", note="")
    # dora's reverted change was covered by rev's sign-off; ana's override is still in force
    assert review.change_authors(key, m.label) == {"ana"}
