"""Issue #13's web items: sessions that end for every copy of the cookie, optimistic
concurrency on overrides and sign-off, four-eyes sign-off, throttling by account and
address, same-origin writes, failed uploads without server paths; and issue #14's audit page
by company name and stage criteria quoted once."""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable
from typing import Any

import pytest

from cnsr.store.effective_reads import effective_ratings
from conftest import USERS, TestClient, company_id, token

Login = Callable[[str], Any]


def _form_state(html: str) -> dict[str, str]:
    """The review version and automatic-rating basis the page's forms carry."""
    version = re.search(r'name="version" value="(\d+)"', html)
    basis = re.search(r'name="basis" value="([0-9a-f]*)"', html)
    assert version and basis, "the forms carry no version"
    return {"version": version.group(1), "basis": basis.group(1)}


def _copy(app: Any, client: Any) -> TestClient:
    """Another client holding a copy of `client`'s cookies and CSRF header (a stolen or
    second-browser cookie)."""
    other = TestClient(app, follow_redirects=False)
    for name, value in client.cookies.items():
        other.cookies.set(name, value)
    if "X-CSRF-Token" in client.headers:
        other.headers["X-CSRF-Token"] = client.headers["X-CSRF-Token"]
    return other


# -- sessions --------------------------------------------------------------------------------
def test_logout_ends_every_copy_of_the_session(login: Login, app: Any) -> None:
    ana = login("ana")
    cid = company_id(ana, "京能电力")
    stolen = _copy(app, ana)
    assert stolen.get("/studies").status_code == 200  # the copy works while signed in
    assert ana.post("/logout").status_code == 303
    assert stolen.get("/studies").status_code == 303  # ... and not after sign-out
    r = stolen.post(f"/company/{cid}/override",
                    data={"target": "point:I01.1", "value": "1", "reason": "旧会话写入"})
    assert r.status_code == 401
    assert "旧会话写入" not in json.dumps([e.reason for e in app.state.web.review.audit()],
                                      ensure_ascii=False)


def test_cookie_carries_no_password_material(login: Login, app: Any) -> None:
    ana = login("ana")
    raw = ana.cookies["cnsr_session"]
    payload = json.loads(base64.b64decode(raw.split(".")[0] + "=="))
    assert set(payload) == {"sid"}
    stored = app.state.web.review.user("ana").password_hash
    assert not any(stored[i:i + 8] in raw for i in range(len(stored) - 8))
    assert app.state.web.sessions.store.user_id(payload["sid"]) is not None


def test_new_password_ends_sessions_and_old_password_fails(login: Login, app: Any) -> None:
    admin = login("admin")
    admin.post("/admin/users", data={"name": "li.na", "password": "li-na-pass-1",
                                     "role": "analyst"})
    lina = TestClient(app, follow_redirects=False)
    assert lina.post("/login", data={"name": "li.na", "password": "li-na-pass-1",
                                     "csrf": token(lina)}).status_code == 303
    second = _copy(app, lina)
    assert admin.post("/admin/users/li.na", data={"password": "li-na-pass-2"}).status_code == 303
    assert lina.get("/studies").status_code == 303 and second.get("/studies").status_code == 303
    fresh = TestClient(app, follow_redirects=False)
    assert fresh.post("/login", data={"name": "li.na", "password": "li-na-pass-1",
                                      "csrf": token(fresh)}).status_code == 401
    assert fresh.post("/login", data={"name": "li.na", "password": "li-na-pass-2",
                                      "csrf": token(fresh)}).status_code == 303


def test_disabling_from_another_process_ends_the_session(login: Login, app: Any,
                                                         seeded: Any) -> None:
    """`cnsr users set --disable` works on the store: the app sees it within its cache time
    (here 0 s)."""
    from cnsr.store.repository import Store
    from cnsr.store.review_workflow import ReviewStore

    web = app.state.web
    admin = login("admin")
    admin.post("/admin/users", data={"name": "wang.fang", "password": "wang-fang-1",
                                     "role": "viewer"})
    wf = TestClient(app, follow_redirects=False)
    wf.post("/login", data={"name": "wang.fang", "password": "wang-fang-1", "csrf": token(wf)})
    assert wf.get("/studies").status_code == 200
    other = Store.open(str(seeded.engine.url))  # another process's view of the same file
    ReviewStore(other).update_user("wang.fang", "cli", active=False)
    other.close()
    ttl = web.sessions.ttl, web.user_ttl
    web.sessions.ttl = web.user_ttl = 0
    try:
        assert wf.get("/studies").status_code == 303
    finally:
        web.sessions.ttl, web.user_ttl = ttl


# -- optimistic concurrency ------------------------------------------------------------------
def test_stale_override_is_refused_and_input_kept(login: Login, app: Any) -> None:
    ana, rev = login("ana"), login("rev")
    cid = company_id(ana, "长江电力")
    stale = _form_state(rev.get(f"/company/{cid}?open=I02").text)  # rev opens the page
    r = ana.post(f"/company/{cid}/override", data={
        **_form_state(ana.get(f"/company/{cid}").text),
        "target": "point:I02.1", "value": "1", "reason": "年报第9页列出碳排放管理制度"})
    assert r.status_code == 303
    # rev, still on the old page, changes another point of the same company-year
    r = rev.post(f"/company/{cid}/override?lang=zh", headers={"HX-Request": "true"}, data={
        **stale, "target": "point:I02.2", "value": "0.5", "reason": "仅有定性描述，无具体数字"})
    assert r.status_code == 409
    html = r.text
    assert html.lstrip().startswith('<div id="company-main">')
    assert "ana" in html and "已于" in html and "请核对后重新提交" in html
    # nothing lost: rev's reason and value are in the reopened form, sent with the new version
    form = re.search(r'<details class="edit" open>.*?</form>', html, re.S)
    assert form and 'value="point:I02.2"' in form.group(0)
    assert 'value="仅有定性描述，无具体数字"' in form.group(0)
    assert '<option value="0.5" selected>' in form.group(0)
    assert _form_state(form.group(0))["version"] == str(int(stale["version"]) + 1)
    assert "年报第9页列出碳排放管理制度" in html  # ana's change is shown
    overrides = app.state.web.review.overrides(_key(app, "长江电力"), app.state.web.m.label)
    assert [o.target for o in overrides] == ["point:I02.1"]
    en = rev.post(f"/company/{cid}/override?lang=en", data={
        **stale, "target": "point:I02.2", "value": "0.5", "reason": "qualitative only"})
    assert en.status_code == 409 and "ana changed this rating at" in en.text
    # sent again from the refreshed form: it lands
    again = rev.post(f"/company/{cid}/override", data={
        **_form_state(form.group(0)), "target": "point:I02.2", "value": "0.5",
        "reason": "仅有定性描述，无具体数字"})
    assert again.status_code == 303


def test_stale_sign_off_does_not_sign_a_later_change(login: Login, app: Any) -> None:
    ana, rev = login("ana"), login("rev")
    cid = company_id(ana, "华润电力")
    key = _key(app, "华润电力")
    ana.post(f"/company/{cid}/override",
             data={"target": "point:I01.1", "value": "1", "reason": "第4页有环境管理体系"})
    page = rev.get(f"/company/{cid}").text  # rev reviews this state ...
    ana.post(f"/company/{cid}/override",  # ... ana changes the stage meanwhile
             data={"target": "stage", "value": "2", "reason": "排放数据未经核实"})
    r = rev.post(f"/company/{cid}/signoff", data={**_form_state(page), "note": "已核对第4页"})
    assert r.status_code == 409 and 'value="已核对第4页"' in r.text
    assert app.state.web.review.signoff(key, app.state.web.m.label) is None
    published = next(e for e in effective_ratings(app.state.web.store, 2023)
                     if e.rating.company.key == key)
    assert not published.reviewed
    fresh = rev.get(f"/company/{cid}").text  # seen now: the sign-off covers the stage change
    assert rev.post(f"/company/{cid}/signoff",
                    data={**_form_state(fresh), "note": "已核对"}).status_code == 303
    published = next(e for e in effective_ratings(app.state.web.store, 2023)
                     if e.rating.company.key == key)
    assert published.reviewed and published.rating.stage == 2


def test_rerated_automatic_rating_makes_forms_stale(login: Login, app: Any) -> None:
    ana = login("ana")
    cid = company_id(ana, "申能股份")
    form = _form_state(ana.get(f"/company/{cid}").text)
    r = ana.post(f"/company/{cid}/override?lang=en", data={
        **form, "basis": "0" * 64, "target": "point:I01.1", "value": "1", "reason": "p. 3"})
    assert r.status_code == 409 and "re-rated" in r.text


# -- four eyes -------------------------------------------------------------------------------
def test_analyst_cannot_sign_off(login: Login) -> None:
    ana = login("ana")
    cid = company_id(ana, "福能股份")
    ana.post(f"/company/{cid}/override",
             data={"target": "point:I01.1", "value": "1", "reason": "见第6页"})
    page = ana.get(f"/company/{cid}?lang=zh").text
    assert 'id="signoff"' not in page and 'id="signoff-blocked"' in page
    assert ana.post(f"/company/{cid}/signoff", data={"note": "自己签"}).status_code == 403


def test_reviewer_cannot_sign_off_own_changes(login: Login, app: Any) -> None:
    rev, admin = login("rev"), login("admin")
    cid = company_id(rev, "深圳能源")
    rev.post(f"/company/{cid}/override",
             data={"target": "band:I03.trend", "value": "B4", "reason": "三年趋势完整"})
    page = rev.get(f"/company/{cid}?lang=en").text
    assert 'id="signoff"' not in page and "another reviewer signs it off" in page
    r = rev.post(f"/company/{cid}/signoff?lang=en", data={"note": "mine"})
    assert r.status_code == 403 and "another reviewer must sign it off" in r.text
    # reverting does not wash the authorship out: the revert is a change rev made too
    rev.post(f"/company/{cid}/override",
             data={"target": "band:I03.trend", "value": "", "reason": "撤回", "revert": "1"})
    assert rev.post(f"/company/{cid}/signoff", data={"note": "mine"}).status_code == 403
    assert 'id="signoff"' in admin.get(f"/company/{cid}").text
    assert admin.post(f"/company/{cid}/signoff", data={"note": "复核"}).status_code == 303
    signed = app.state.web.review.signoff(_key(app, "深圳能源"), app.state.web.m.label)
    assert signed is not None and signed.user_name == "admin"


# -- throttling ------------------------------------------------------------------------------
def _client_at(app: Any, address: str) -> TestClient:
    return TestClient(app, follow_redirects=False, client=(address, 40000))


def _try(client: TestClient, name: str, password: str) -> int:
    r = client.post("/login", data={"name": name, "password": password,
                                    "csrf": token(client)})
    return r.status_code


def test_failed_logins_block_the_address_not_the_account(app: Any) -> None:
    attacker, office = _client_at(app, "203.0.113.7"), _client_at(app, "198.51.100.20")
    for _ in range(5):
        assert _try(attacker, "vic", "guess-guess") == 401
    assert _try(attacker, "vic", USERS["vic"][1]) == 429  # that address waits ...
    assert _try(office, "vic", USERS["vic"][1]) == 303  # ... the real user elsewhere does not
    assert _try(attacker, "ana", USERS["ana"][1]) == 303  # other accounts from there: fine


def test_many_accounts_from_one_address_are_throttled(app: Any) -> None:
    sprayer = _client_at(app, "192.0.2.99")
    for n in range(20):
        assert _try(sprayer, f"user{n}", "password-1") == 401
    assert _try(sprayer, "rev", USERS["rev"][1]) == 429
    assert _try(_client_at(app, "192.0.2.100"), "rev", USERS["rev"][1]) == 303


# -- same-origin writes ----------------------------------------------------------------------
@pytest.mark.parametrize("headers", [{"Origin": "https://evil.example"},
                                     {"Origin": "null"},
                                     {"Origin": "http://testserver.evil.example"},
                                     {"Referer": "https://evil.example/page"}])
def test_cross_origin_writes_are_refused(login: Login, app: Any,
                                         headers: dict[str, str]) -> None:
    ana = login("ana")
    cid = company_id(ana, "粤电力A")
    r = ana.post(f"/company/{cid}/override?lang=en", headers=headers,
                 data={"target": "point:I01.1", "value": "0", "reason": "cross-site"})
    assert r.status_code == 403 and "another site" in r.text
    assert ana.post("/logout", headers=headers).status_code == 403


@pytest.mark.parametrize("headers", [{"Origin": "http://testserver"},
                                     {"Referer": "http://testserver/company/1"}, {}])
def test_same_origin_writes_pass(login: Login, headers: dict[str, str]) -> None:
    ana = login("ana")
    cid = company_id(ana, "三峡能源")
    r = ana.post(f"/company/{cid}/override", headers=headers,
                 data={"target": "point:I01.2", "value": "1", "reason": "同源请求"})
    assert r.status_code == 303


def test_sign_in_form_checks_origin_too(anon: Any) -> None:
    r = anon.post("/login", headers={"Origin": "https://evil.example"},
                  data={"name": "vic", "password": USERS["vic"][1], "csrf": token(anon)})
    assert r.status_code == 403


# -- uploads ---------------------------------------------------------------------------------
def test_failed_upload_hides_server_path_and_is_audited(login: Login, app: Any) -> None:
    ana = login("ana")
    r = ana.post("/uploads", data={"name": "读取失败能源", "code": "", "industry": "D44",
                                   "size": "large", "year": "2023"},
                 files=[("files", ("2023社会责任报告.pdf", b"%PDF-1.4\n%%EOF\n",
                                   "application/pdf"))])
    assert r.status_code == 303
    for _ in range(100):
        status = ana.get(f"{r.headers['location']}/status?lang=en").text
        if "failed" in status:
            break
        time.sleep(0.05)
    assert "failed" in status and "2023社会责任报告.pdf: the PDF is corrupt" in status
    upload_dir = str(app.state.web.upload_dir)
    assert upload_dir not in status and "/tmp" not in status
    assert upload_dir not in ana.get("/uploads").text
    entry = next(e for e in app.state.web.review.audit() if e.action == "upload_failed")
    assert entry.user_name == "ana" and entry.key == "读取失败能源/2023"
    assert entry.reason and upload_dir not in entry.reason and "2023社会责任报告.pdf" in entry.reason


def test_refused_upload_is_audited(login: Login, app: Any) -> None:
    ana = login("ana")
    r = ana.post("/uploads", data={"name": "拒收测试公司", "code": "", "industry": "D44",
                                   "size": "large", "year": "2023"},
                 files=[("files", ("年报.pdf", b"MZ\x90\x00" + b"\0" * 50, "application/pdf"))])
    assert r.status_code == 415
    entry = next(e for e in app.state.web.review.audit() if e.action == "upload_refused")
    assert entry.user_name == "ana" and "年报.pdf" in (entry.reason or "")


def test_public_message_cuts_paths() -> None:
    from pathlib import Path

    from cnsr.web.security import public_message

    up = Path("/srv/cnsr/uploads")
    line = "/srv/cnsr/uploads/ab12.pdf: bad xref; see /usr/lib/python3/x.py, 5 kg/t/a"
    shown = public_message(line, {"ab12.pdf": "年报.pdf"}, up)
    assert shown == "年报.pdf: bad xref; see x.py, 5 kg/t/a"


# -- issue #14 item 9 ------------------------------------------------------------------------
def test_audit_page_names_companies(login: Login) -> None:
    ana = login("ana")
    cid = company_id(ana, "湖北能源")
    ana.post(f"/company/{cid}/override",
             data={"target": "point:I01.1", "value": "1", "reason": "第2页"})
    page = ana.get("/audit?lang=zh").text
    assert f'<a href="/company/{cid}" title="600198.SH/2023">湖北能源</a>' in page
    one = ana.get("/audit", params={"key": "600198.SH/2023", "lang": "zh"}).text
    assert "<h1>审计记录 · 湖北能源 2023" in one
    assert "湖北能源 2023 的修改记录" in ana.get(f"/company/{cid}?lang=zh").text
    csv = ana.get("/audit.csv?lang=en").text
    assert "湖北能源 2023,600198.SH/2023" in csv


def test_stage_criteria_quote_a_passage_once(login: Login) -> None:
    vic = login("vic")
    page = vic.get(f"/company/{company_id(vic, '靖海电力')}").text
    block = page.split('<ul class="criteria">')[1].split("</ul>")[0]
    assert block.count("纳入发展战略全局") == 1


def test_distinct_passages() -> None:
    from cnsr.rating import Evidence
    from cnsr.web.render import distinct

    a = Evidence(file="r.pdf", page=4, passage="公司承诺力争2028年实现碳排放达峰。")
    b = Evidence(file="r.pdf", page=9, passage="公司承诺力争2028年 实现碳排放达峰。")
    c = Evidence(file="r.pdf", page=9, passage="力争2028年实现碳排放达峰")
    d = Evidence(file="r.pdf", page=5, passage="范围一排放11,872.3万吨")
    assert distinct([a, b, c, d]) == [a, d]
    assert distinct([a, d], limit=1) == [a]


def _key(app: Any, name: str, year: int = 2023) -> str:
    return next(e.rating.company.key for e in effective_ratings(app.state.web.store, year)
                if e.rating.company.name == name)
