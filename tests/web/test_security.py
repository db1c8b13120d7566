"""Security rules: sign-in required, roles, CSRF, throttling, uploads, escaping, cookies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from seed import XSS_NAME

from conftest import company_id, token

PAGES = ["/studies", "/studies/2023", "/studies/2023/chart.svg?industry=D44&size=large",
         "/studies/2023/ranking.csv", "/audit", "/audit.csv", "/audit.xlsx", "/uploads",
         "/admin/users", "/company/1", "/documents/1/pages/1.png", "/uploads/1",
         "/uploads/1/status"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_redirect_to_sign_in_without_session(anon: Any, path: str) -> None:
    r = anon.get(path)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login?next=")


@pytest.mark.parametrize("path", PAGES[:3])
def test_htmx_without_session_is_401(anon: Any, path: str) -> None:
    assert anon.get(path, headers={"HX-Request": "true"}).status_code == 401


@pytest.mark.parametrize("path", ["/company/1/override", "/company/1/signoff", "/uploads",
                                  "/admin/users", "/admin/users/ana"])
def test_writes_without_session_are_refused(anon: Any, path: str) -> None:
    data = {"csrf": token(anon), "target": "stage", "value": "1", "reason": "x", "name": "x",
            "password": "long-enough-1", "role": "admin", "year": "2023"}
    r = anon.post(path, data=data)
    assert r.status_code == 401


def test_missing_or_wrong_csrf_is_403(login: Callable[[str], Any]) -> None:
    client = login("ana")
    cid = company_id(client, "靖海电力")
    good = client.headers.pop("X-CSRF-Token")
    data = {"target": "point:I01.3", "value": "1", "reason": "test"}
    assert client.post(f"/company/{cid}/override", data=data).status_code == 403
    assert client.post(f"/company/{cid}/override", data={**data, "csrf": "forged"}
                       ).status_code == 403
    assert client.post(f"/company/{cid}/signoff", data={}).status_code == 403
    assert client.post("/logout").status_code == 403
    assert client.post("/logout", data={"csrf": good}).status_code == 303


def test_csrf_token_is_masked_per_response(login: Callable[[str], Any]) -> None:
    """Pages are gzipped: the token in them differs every time (BREACH), each one works."""
    client = login("ana")
    cid = company_id(client, "靖海电力")
    client.headers.pop("X-CSRF-Token")
    first, second = token(client, "/studies"), token(client, "/studies")
    assert first != second
    data = {"target": "point:I01.3", "value": "1", "reason": "test"}
    for good in (first, second):
        r = client.post(f"/company/{cid}/override", data={**data, "csrf": good})
        assert r.status_code == 303
    other = login("vic")  # a token of another session is refused
    assert client.post(f"/company/{cid}/override",
                       data={**data, "csrf": token(other, "/studies")}).status_code == 403
    client.post(f"/company/{cid}/override",
                data={**data, "revert": "1", "csrf": first})


def test_login_form_needs_csrf(anon: Any) -> None:
    r = anon.post("/login", data={"name": "ana", "password": "analyst-pass-1"})
    assert r.status_code == 403


def test_viewer_cannot_change_anything(login: Callable[[str], Any]) -> None:
    client = login("vic")
    cid = company_id(client, "靖海电力")
    r = client.post(f"/company/{cid}/override",
                    data={"target": "point:I01.3", "value": "1", "reason": "x"})
    assert r.status_code == 403
    assert client.post(f"/company/{cid}/signoff", data={}).status_code == 403
    assert client.get("/uploads").status_code == 403
    assert client.get("/admin/users").status_code == 403
    assert "修改" not in client.get(f"/company/{cid}?lang=zh").text.split("指标与披露要点")[1][:20]
    detail = client.get(f"/company/{cid}/indicators/I03?lang=zh", headers={"HX-Request": "true"})
    assert detail.status_code == 200 and 'id="pt-I03.2"' in detail.text
    assert "<form" not in detail.text and "修改档次" not in detail.text
    assert "<form" not in client.get(f"/company/{cid}?open=all").text.split('id="indicators"')[1]


def test_analyst_is_not_admin(login: Callable[[str], Any]) -> None:
    client = login("ana")
    assert client.get("/admin/users").status_code == 403
    r = client.post("/admin/users", data={"name": "eve", "password": "long-enough-1",
                                          "role": "admin"})
    assert r.status_code == 403


def test_login_throttled_after_repeated_failures(app: Any, anon: Any) -> None:
    app.state.web.throttle.succeeded("user:admin")
    for _ in range(5):
        r = anon.post("/login", data={"name": "admin", "password": "wrong", "csrf": token(anon)})
        assert r.status_code == 401
    r = anon.post("/login", data={"name": "admin", "password": "admin-pass-1",
                                  "csrf": token(anon)})
    assert r.status_code == 429
    app.state.web.throttle.succeeded("user:admin", "ip:testclient")


def test_session_cookie_flags(anon: Any) -> None:
    r = anon.post("/login", data={"name": "vic", "password": "viewer-pass-1",
                                  "csrf": token(anon)})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "content-security-policy" in r.headers


def test_open_redirect_refused(anon: Any) -> None:
    r = anon.post("/login", data={"name": "vic", "password": "viewer-pass-1",
                                  "csrf": token(anon), "next": "//evil.example/"})
    assert r.headers["location"] == "/studies"


def test_company_name_with_script_is_shown_as_text(login: Callable[[str], Any]) -> None:
    client = login("vic")
    page = client.get("/studies/2023").text
    assert XSS_NAME not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;绿能公司" in page
    import re

    cid = re.search(r'href="/company/(\d+)">&lt;script', page)
    assert cid
    company = client.get(f"/company/{cid.group(1)}").text
    assert "<script>alert" not in company and "&lt;script&gt;" in company


def test_override_reason_is_escaped(login: Callable[[str], Any]) -> None:
    client = login("ana")
    cid = company_id(client, "华能国际电力")
    reason = '<img src=x onerror="alert(1)">'
    r = client.post(f"/company/{cid}/override",
                    data={"target": "point:I01.1", "value": "0.5", "reason": reason})
    assert r.status_code == 303
    page = client.get(f"/company/{cid}").text
    assert reason not in page and "&lt;img src=x" in page


def _upload(client: Any, files: list[tuple[str, bytes]]) -> Any:
    data = {"name": "上传公司", "code": "", "industry": "D44", "size": "large", "year": "2023"}
    return client.post("/uploads", data=data,
                       files=[("files", (n, body, "application/pdf")) for n, body in files])


def test_upload_oversize_refused(login: Callable[[str], Any], app: Any) -> None:
    client = login("ana")
    big = b"%PDF-1.4\n" + b"0" * 210_000
    r = _upload(client, [("big.pdf", big)])
    assert r.status_code == 413
    assert not any(p.suffix == ".pdf" for p in app.state.web.upload_dir.iterdir())


def test_upload_request_body_over_total_limit_refused(login: Callable[[str], Any]) -> None:
    client = login("ana")
    r = _upload(client, [(f"f{i}.pdf", b"%PDF-1.4\n" + b"0" * 199_000) for i in range(4)])
    assert r.status_code == 413


@pytest.mark.parametrize("body", [b"\x89PNG\r\n\x1a\n" + b"\0" * 100, b"MZ\x90\x00" + b"\0" * 50,
                                  b"PK\x03\x04not really a zip", b""])
def test_upload_wrong_type_refused(login: Callable[[str], Any], body: bytes) -> None:
    client = login("ana")
    r = _upload(client, [("report.pdf", body)])
    assert r.status_code in (413, 415)
    assert "report.pdf" in r.text


def test_upload_file_name_never_used_as_path(login: Callable[[str], Any], app: Any) -> None:
    client = login("ana")
    r = _upload(client, [("../../etc/passwd.pdf", b"%PDF-1.4\n%%EOF\n")])
    assert r.status_code == 303
    names = [p.name for p in app.state.web.upload_dir.iterdir()]
    assert names and all(len(n.split(".")[0]) == 32 for n in names)
    assert not any("passwd" in n for n in names)


def test_form_body_limit(login: Callable[[str], Any]) -> None:
    client = login("ana")
    cid = company_id(client, "靖海电力")
    r = client.post(f"/company/{cid}/override",
                    data={"target": "stage", "value": "1", "reason": "x" * 70_000})
    assert r.status_code == 413
