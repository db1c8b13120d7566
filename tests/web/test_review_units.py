"""The pure override logic, the review store, the message catalog and the `cnsr users` CLI."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))
from rank_factory import make_rating  # noqa: E402

from cnsr.cli import serve, users  # noqa: E402
from cnsr.methodology.load import LoadedMethodology  # noqa: E402
from cnsr.store.effective_reads import effective_ratings, effective_summaries  # noqa: E402
from cnsr.store.repository import Store  # noqa: E402
from cnsr.store.review_workflow import Override, ReviewStore  # noqa: E402
from cnsr.web import i18n  # noqa: E402
from cnsr.web.overrides import apply_overrides, assessment_of, check, current_value  # noqa: E402
from cnsr.web.security import Throttle, hash_password, verify_password  # noqa: E402


def _o(target: str, value: str) -> Override:
    from datetime import UTC, datetime

    return Override(target=target, value=value, reason="r", user_name="u",
                    created_at=datetime.now(UTC))


def test_apply_overrides_matches_build_rating(m: LoadedMethodology) -> None:
    base = make_rating(m, "甲", stage=2, disclose={"I03": 0.5, "I06": 1})
    same = make_rating(m, "甲", stage=2, disclose={"I03": 0.5, "I06": 1},
                       points={"I03.1": 1.0}, dims={"I06": {"trend": "B5"}})
    got = apply_overrides(m, base, [_o("point:I03.1", "1"), _o("band:I06.trend", "B5")])
    assert got.total == same.total and got.stage == 2
    assert got.provenance.produced_by == "override"
    assert base.indicator("I03").points[0].rating == 0.5  # the input is not changed
    assert apply_overrides(m, base, []) is base
    staged = apply_overrides(m, base, [_o("stage", "3")])
    assert staged.stage == 3 and staged.maximum == 100


def test_assessment_round_trip(m: LoadedMethodology) -> None:
    r = make_rating(m, "乙", stage=3, disclose={"I11": 1, "I01": 0.5},
                    dims={"I11": {"comparison": "B4"}})
    from cnsr.rating import Provenance, build_rating

    again = build_rating(m, r.company, assessment_of(r), Provenance(methodology=m.label,
                                                                    produced_by="expert"))
    assert again == r


def test_check_values(m: LoadedMethodology) -> None:
    assert check(m, "point:I01.1", "1.0") == "1"
    assert check(m, "point:I01.1", "0.50") == "0.5"
    assert check(m, "stage", "02") == "2"
    for target, value in (("point:I01.1", "2"), ("band:I01.size", "B1"), ("stage", "x")):
        with pytest.raises(ValueError):
            check(m, target, value)


def test_current_value(m: LoadedMethodology) -> None:
    r = make_rating(m, "丙", stage=1, points={"I02.2": 0.5})
    assert current_value(r, "point:I02.2") == "0.5"
    assert current_value(r, "band:I02.trend") == "B0"
    assert current_value(r, "stage") == "1"


def test_effective_ratings_prefer_signed_off(m: LoadedMethodology, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.sqlite")
    a = make_rating(m, "甲", stage=2, code="600001.SH", year=2023, disclose={"I06": 0.5})
    b = make_rating(m, "乙", stage=2, code="600002.SH", year=2023, disclose={"I06": 1})
    store.save_rating(a, documents=[])
    store.save_rating(b, documents=[])
    review = ReviewStore(store)
    reviewed = apply_overrides(m, a, [_o("point:I06.1", "1"), _o("stage", "3")])
    review.sign_off(reviewed, base_fingerprint="f", overrides=2, user="ana", note="ok")
    got = {e.rating.company.key: e for e in effective_ratings(store, 2023)}
    assert got[a.company.key].reviewed and got[a.company.key].rating.stage == 3
    assert not got[b.company.key].reviewed
    assert [e.rating.company.key for e in effective_ratings(store, 2023, stage=2)] == \
        [b.company.key]
    cheap = {e.rating.company.key: e for e in effective_summaries(store, 2023, "D44", "large",
                                                                   m.label)}
    assert cheap[a.company.key].rating.total == reviewed.total
    assert store.rating(a.company.key) == a  # the automatic rating is untouched
    assert [e.action for e in review.audit()] == ["signoff"]
    store.close()


def test_passwords_and_throttle() -> None:
    h = hash_password("correct horse")
    assert h.startswith("$argon2id$") and verify_password(h, "correct horse")
    assert not verify_password(h, "wrong") and not verify_password(None, "x")
    with pytest.raises(ValueError):
        hash_password("short")
    t = Throttle(limit=2, window=60)
    t.failed("a")
    assert t.retry_after({"a": 2}) == 0
    t.failed("a")
    assert t.retry_after({"a": 2, "b": 2}) > 0 and t.retry_after({"b": 2}) == 0
    assert t.retry_after({"a": 3}) == 0  # each key has its own limit
    t.succeeded("a")
    assert t.retry_after({"a": 2}) == 0


def test_catalog_has_every_key_in_both_languages() -> None:
    catalog = i18n.catalog()
    assert all(set(v) == {"zh", "en"} and all(v.values()) for v in catalog.values())
    folder = resources.files("cnsr.web").joinpath("templates")
    used: set[str] = set()
    for f in folder.iterdir():
        used |= set(re.findall(r"\bt\('([a-z_]+)'", f.read_text(encoding="utf-8")))
    assert {k for k in used if not k.endswith("_")} - set(catalog) == set(), "missing keys"


def test_cli_users_add(tmp_path: Path) -> None:
    import typer

    cli = typer.Typer()  # the commands as cli/main.py registers them
    cli.command("serve")(serve.serve)
    cli.add_typer(users.app, name="users")
    db = str(tmp_path / "u.sqlite")
    runner = CliRunner()
    r = runner.invoke(cli, ["users", "add", "root", "--role", "admin", "--db", db,
                            "--password-stdin"], input="a-long-password\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["users", "add", "root", "--db", db, "--password-stdin"],
                      input="a-long-password\n")
    assert r.exit_code != 0 and "exists" in r.output
    r = runner.invoke(cli, ["users", "add", "x", "--db", db, "--password-stdin"], input="s\n")
    assert r.exit_code != 0 and "8 characters" in r.output
    r = runner.invoke(cli, ["users", "list", "--db", db])
    assert "root\tadmin\tactive" in r.output
    assert runner.invoke(cli, ["serve", "--help"]).exit_code == 0
    r = runner.invoke(cli, ["users", "add", "bo", "--role", "reviewer", "--db", db,
                            "--password-stdin"], input="bo-password-1\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["users", "set", "bo", "--disable", "--db", db])
    assert r.exit_code == 0, r.output
    assert "bo\treviewer\tdisabled" in runner.invoke(cli, ["users", "list", "--db", db]).output
    r = runner.invoke(cli, ["users", "set", "bo", "--enable", "--role", "analyst",
                            "--password-stdin", "--db", db], input="bo-password-2\n")
    assert r.exit_code == 0, r.output
    with Store.open(db) as store:
        bo = ReviewStore(store).user("bo")
        assert bo is not None and bo.active and bo.role == "analyst"
        assert verify_password(bo.password_hash, "bo-password-2")
    r = runner.invoke(cli, ["users", "set", "nobody", "--disable", "--db", db])
    assert r.exit_code != 0 and "no user 'nobody'" in r.output
    r = runner.invoke(cli, ["users", "set", "bo", "--role", "root", "--db", db])
    assert r.exit_code != 0


def test_review_tables_are_in_the_models_metadata() -> None:
    """review_schema.py declares the review tables; migrations/env.py and the schema test see
    them through `models_metadata()`."""
    from cnsr.store.migrate import models_metadata

    assert {"users", "overrides", "signoffs", "audit_log", "upload_jobs"} <= set(
        models_metadata().tables)


def test_signed_in_user_is_cached_until_changed(tmp_path: Path) -> None:
    from cnsr.web.state import WebState

    store = Store.open(tmp_path / "u.sqlite")
    review = ReviewStore(store)
    uid = review.add_user("eve", hash_password("eve-pass-123"), "viewer", by="t").id
    web = WebState(store=store, review=review, m=None, upload_dir=tmp_path)  # type: ignore[arg-type]
    user = web.user(uid)
    assert user is not None and user.role == "viewer"
    review.update_user("eve", "t", role="analyst")  # as `cnsr users` from another process
    cached = web.user(uid)
    assert cached is not None and cached.role == "viewer"  # for at most user_ttl seconds
    web.users_changed()  # what the admin page calls
    changed = web.user(uid)
    assert changed is not None and changed.role == "analyst"
    web.user_ttl = 0
    review.update_user("eve", "t", active=False)
    gone = web.user(uid)
    assert gone is not None and not gone.active
    assert web.user(424242) is None
    store.close()


def test_rating_cache_follows_a_re_rating(m: LoadedMethodology, tmp_path: Path) -> None:
    """Parsed ratings are cached by stored row: the same row gives the same object, a batch
    re-rating (a new row) is read afresh."""
    from cnsr.store.review_reads import RatingCache, automatic_rating_by_id

    store = Store.open(tmp_path / "c.sqlite")
    first = make_rating(m, "甲", stage=2, disclose={"I03": 0.5})
    store.save_rating(first, documents=[])
    cache = RatingCache(size=4)
    cy_id = 1  # the store's only company-year
    a = automatic_rating_by_id(store, cy_id, m.label, cache=cache)
    b = automatic_rating_by_id(store, cy_id, m.label, cache=cache)
    assert a and b and a[1] and b[1] and a[1][0] is b[1][0] and a[1][0] == first
    second = make_rating(m, "甲", stage=2, disclose={"I03": 1})
    assert second.total != first.total
    store.save_rating(second, documents=[])
    c = automatic_rating_by_id(store, cy_id, m.label, cache=cache)
    assert c and c[1] and c[1][0] == second
    assert automatic_rating_by_id(store, 4242, m.label, cache=cache) is None
    assert automatic_rating_by_id(store, cy_id, "other@1", cache=cache) == (a[0], None)
    store.close()
