"""Every route of the web app, signed in, over the seeded store."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from csv import reader
from typing import Any

from openpyxl import load_workbook

from cnsr.store.effective_reads import effective_ratings
from conftest import company_id, token


def test_healthz_and_home(anon: Any, login: Callable[[str], Any]) -> None:
    assert anon.get("/healthz").text == "ok"
    assert anon.get("/").headers["location"] == "/login"
    assert login("vic").get("/").headers["location"] == "/studies"


def test_studies_and_study_page(login: Callable[[str], Any]) -> None:
    client = login("vic")
    years = client.get("/studies?lang=en").text
    assert "Ratings 2023" in years and "Ratings 2022" in years
    page = client.get("/studies/2023?lang=zh").text
    assert "2023年评价排名" in page and "大唐国际发电" in page
    assert "/studies/2023/chart.svg?industry=D44&amp;size=large&amp;lang=zh&amp;v=" in page
    # a group is headed by its industry's name, as the chart is, not the bare CSRC code
    assert "行业 D44 电力、热力生产和供应业" in page
    assert client.get("/studies/1999").status_code == 404


def test_chart_svg(login: Callable[[str], Any]) -> None:
    client = login("vic")
    r = client.get("/studies/2023/chart.svg", params={"industry": "D44", "size": "large"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in r.content[:500]
    assert client.get("/studies/2023/chart.svg", params={"industry": "X"}).status_code == 404


def test_ranking_exports(login: Callable[[str], Any]) -> None:
    client = login("vic")
    csv = client.get("/studies/2023/ranking.csv?lang=en")
    assert csv.status_code == 200 and "Basis" in csv.text and "automatic" in csv.text
    xlsx = client.get("/studies/2023/ranking.xlsx")
    ws = load_workbook(io.BytesIO(xlsx.content)).active
    assert ws is not None and ws.max_row > 10
    assert client.get("/studies/2023/ranking.pdf").status_code == 404


def test_company_page(login: Callable[[str], Any]) -> None:
    client = login("vic")
    cid = company_id(client, "靖海电力")
    page = client.get(f"/company/{cid}?lang=en").text
    for text in ("Stage 3: quantified emissions", "Share of maximum", "Peer position",
                 "I03 Energy use", "Compared with the previous year", "Open all",
                 "Industry D44 Production and supply of electric power and heat power"):
        assert text in page, text
    # the 16 indicators come collapsed; their points and evidence load when one is opened
    assert page.count('<details class="indicator') == 16
    assert f'hx-get="/company/{cid}/indicators/I06"' in page
    assert "公司承诺力争2028年实现碳排放达峰" not in page and 'id="pt-I03.1"' not in page
    detail = client.get(f"/company/{cid}/indicators/I06?lang=en",
                        headers={"HX-Request": "true"}).text
    assert "<html" not in detail and "I06.1" in detail
    for text in ("公司承诺力争2028年实现碳排放达峰", "p. 4"):
        assert text in detail, text
    assert re.search(r'/documents/\d+/pages/4\.png\?find=', detail)
    # without htmx: the page with that indicator open; ?open=all shows every indicator's points
    r = client.get(f"/company/{cid}/indicators/I06")
    assert r.status_code == 303 and r.headers["location"].endswith("?open=I06#ind-I06")
    opened = client.get(f"/company/{cid}?open=I06&lang=en").text
    assert "公司承诺力争2028年实现碳排放达峰" in opened and 'id="pt-I03.1"' not in opened
    full = client.get(f"/company/{cid}?open=all&lang=en").text
    for text in ("I03.1", "公司承诺力争2028年实现碳排放达峰", "p. 4", "全年完成发电量"):
        assert text in full, text
    assert len(page) < len(full) / 2
    assert client.get(f"/company/{cid}/indicators/I99", headers={"HX-Request": "true"}
                      ).status_code == 404
    assert client.get("/company/999999/indicators/I06", headers={"HX-Request": "true"}
                      ).status_code == 404
    assert client.get("/company/999999").status_code == 404
    gaps = client.get(f"/company/{cid}/gaps?lang=en", headers={"HX-Request": "true"}).text
    assert "Gap analysis" in gaps and "<html" not in gaps and "Disclose" in gaps
    assert gaps.lstrip().startswith("<h2>")  # no stray title text in the fragment
    assert "<html" in client.get(f"/company/{cid}/gaps").text


def test_company_page_shows_emissions(login: Callable[[str], Any]) -> None:
    client = login("vic")
    cid = company_id(client, "靖海电力")
    page = client.get(f"/company/{cid}?lang=en").text
    section = page[page.index('id="emissions"'):page.index("Compared with the previous year")]
    for text in ("Emissions", "Scope 1", "2021", "121,864,000", "118,723,000", "tCO2e",
                 "avoided", "1,020,000", "p. 5", "p. 4", "范围一排放 | 万吨二氧化碳当量"):
        assert text in section, text
    # own figures come first, the avoided amount after them and dimmed
    assert section.index("kind-own") < section.index("kind-avoided")
    assert 'class="kind-avoided muted"' in section
    zh = client.get(f"/company/{cid}?lang=zh").text
    assert "排放数据" in zh and "范围一" in zh and "减排/避免" in zh
    other = client.get(f"/company/{company_id(client, '华能国际电力')}?lang=en").text
    assert "No emission figures found" in other


def test_previous_year_comparison(login: Callable[[str], Any]) -> None:
    client = login("vic")
    cid = company_id(client, "华能国际电力")
    page = client.get(f"/company/{cid}?lang=en").text
    assert "2022:" in page and "points" in page


def test_page_image(login: Callable[[str], Any]) -> None:
    client = login("vic")
    cid = company_id(client, "靖海电力")
    url = re.search(r'src="(/documents/\d+/pages/4\.png\?[^"]+)"',
                    client.get(f"/company/{cid}/indicators/I06",
                               headers={"HX-Request": "true"}).text)
    assert url
    r = client.get(url.group(1).replace("&amp;", "&"))
    assert r.status_code == 200 and r.content.startswith(b"\x89PNG")
    doc = url.group(1).split("/")[2]
    assert client.get(f"/documents/{doc}/pages/99.png").status_code == 404
    assert client.get("/documents/424242/pages/1.png").status_code == 404
    boxed = client.get(f"/documents/{doc}/pages/1.png", params={"bbox": "50,50,200,80"})
    assert boxed.status_code == 200


def _total(html: str) -> float:
    match = re.search(r'id="total">([\d.]+)<', html)
    assert match
    return float(match.group(1))


def test_override_rescores_and_audits(login: Callable[[str], Any], app: Any) -> None:
    client = login("ana")
    cid = company_id(client, "国电电力")
    before = _total(client.get(f"/company/{cid}").text)
    r = client.post(f"/company/{cid}/override", headers={"HX-Request": "true"},
                    data={"target": "point:I06.1", "value": "0", "reason": "只提及国家政策"})
    assert r.status_code == 200 and r.text.lstrip().startswith('<div id="company-main">')
    after = _total(r.text)
    assert after <= before
    assert "只提及国家政策" in r.text and "复核中" in client.get(f"/company/{cid}?lang=zh").text
    r = client.post(f"/company/{cid}/override",
                    data={"target": "band:I06.trend", "value": "B5", "reason": "趋势数据齐全"})
    assert r.status_code == 303
    r = client.post(f"/company/{cid}/override",
                    data={"target": "stage", "value": "1", "reason": "not quantified"})
    page = client.get(f"/company/{cid}?lang=en").text
    assert "Stage 1: environmental awareness" in page and "of 16" in page
    client.post(f"/company/{cid}/override",
                data={"target": "stage", "value": "", "reason": "undo", "revert": "1"})
    page = client.get(f"/company/{cid}?lang=en").text
    assert "Stage 1: environmental awareness" not in page.split("Stage criteria")[0]
    audit = app.state.web.review.audit()
    actions = [(e.action, e.target) for e in audit[:4]]
    assert ("revert", "stage") in actions and ("override", "band:I06.trend") in actions


def test_override_keeps_open_indicators_open(login: Callable[[str], Any]) -> None:
    """htmx sends the open indicators (`open`); the re-rendered page keeps them open, with
    the changed one, and no other indicator's points."""
    client = login("ana")
    cid = company_id(client, "大唐国际发电")
    r = client.post(f"/company/{cid}/override", headers={"HX-Request": "true"},
                    data={"target": "band:I03.trend", "value": "B4", "reason": "趋势清楚",
                          "open": ["I06", "I99"]})
    assert r.status_code == 200
    assert 'id="ind-I03" open' in r.text and 'id="ind-I06" open' in r.text
    assert 'id="ind-I01" open' not in r.text and 'id="pt-I01.1"' not in r.text
    assert 'id="pt-I06.1"' in r.text and "趋势清楚" in r.text
    assert "1 overridden" in client.get(f"/company/{cid}?lang=en").text
    r = client.post(f"/company/{cid}/override",
                    data={"target": "band:I03.trend", "value": "", "reason": "undo", "revert": "1"})
    assert r.status_code == 303 and r.headers["location"] == f"/company/{cid}?open=I03#ind-I03"


def test_pages_gzipped_and_static_cached(login: Callable[[str], Any]) -> None:
    client = login("vic")
    cid = company_id(client, "靖海电力")
    r = client.get(f"/company/{cid}", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.headers["content-encoding"] == "gzip"
    assert "靖海电力" in r.text  # httpx decompresses
    css = re.search(r'href="(/static/app\.css\?v=[0-9a-f]+)"', r.text)
    assert css and re.search(r'src="/static/htmx\.min\.js\?v=[0-9a-f]+"', r.text)
    versioned = client.get(css.group(1))
    assert versioned.status_code == 200 and "immutable" in versioned.headers["cache-control"]
    assert client.get("/static/app.css").headers["cache-control"] == "no-cache"


def test_override_needs_reason_and_valid_value(login: Callable[[str], Any]) -> None:
    client = login("ana")
    cid = company_id(client, "华电国际")
    url = f"/company/{cid}/override"
    assert client.post(url, data={"target": "point:I01.1", "value": "1", "reason": " "}
                       ).status_code == 422
    for target, value in (("point:I01.1", "0.7"), ("band:I01.trend", "B9"), ("stage", "7"),
                          ("point:I99.1", "1"), ("drop table", "1")):
        r = client.post(url, data={"target": target, "value": value, "reason": "x"})
        assert r.status_code == 422, (target, value)


def test_signoff_publishes_reviewed_rating(login: Callable[[str], Any], app: Any) -> None:
    client = login("ana")
    cid = company_id(client, "中国电力")
    client.post(f"/company/{cid}/override",
                data={"target": "point:I01.1", "value": "1", "reason": "见第5页"})
    draft = _total(client.get(f"/company/{cid}").text)
    store = app.state.web.store
    published = {e.rating.company.key: e for e in effective_ratings(store, 2023)}
    key = next(k for k, e in published.items() if e.rating.company.name == "中国电力")
    assert not published[key].reviewed
    reviewer = login("rev")  # four eyes: not the author of the override
    r = reviewer.post(f"/company/{cid}/signoff", data={"note": "复核完成"})
    assert r.status_code == 303
    e = next(e for e in effective_ratings(store, 2023) if e.rating.company.key == key)
    assert e.reviewed and e.signed_by == "rev" and e.rating.total == draft
    assert e.rating.provenance.produced_by == "override"
    assert "已签核" in client.get(f"/company/{cid}?lang=zh").text
    time.sleep(0.01)
    table = list(reader(io.StringIO(client.get("/studies/2023/ranking.csv?lang=zh").text)))
    line = next(row for row in table if "中国电力" in row)
    assert line[table[0].index("依据")] == "已复核"
    automatic = store.rating(key)
    assert automatic is not None and automatic.provenance.produced_by == "expert"


def test_audit_pages_and_exports(login: Callable[[str], Any]) -> None:
    client = login("vic")
    page = client.get("/audit?lang=en").text
    assert "Audit trail" in page
    csv = client.get("/audit.csv?lang=en")
    assert csv.status_code == 200 and csv.text.startswith("\ufeffWhen,Who,Action")
    xlsx = client.get("/audit.xlsx")
    assert load_workbook(io.BytesIO(xlsx.content)).active is not None
    assert client.get("/audit.pdf").status_code == 404
    one = client.get("/audit", params={"key": "nothing/2023"}).text
    assert "No entries" in one or "暂无记录" in one


def test_admin_manages_users(login: Callable[[str], Any]) -> None:
    admin = login("admin")
    r = admin.post("/admin/users", data={"name": "dora", "password": "dora-pass-123",
                                         "role": "analyst"})
    assert r.status_code == 303
    assert admin.post("/admin/users", data={"name": "dora", "password": "dora-pass-123",
                                            "role": "analyst"}).status_code == 409
    assert admin.post("/admin/users", data={"name": "x", "password": "short",
                                            "role": "analyst"}).status_code == 422
    assert admin.post("/admin/users", data={"name": "y", "password": "long-enough-1",
                                            "role": "root"}).status_code == 422
    assert "dora" in admin.get("/admin/users").text
    from cnsr.web.auth import RANK

    assert "admin" in RANK
    dora = admin.__class__(admin.app, follow_redirects=False)
    dora.post("/login", data={"name": "dora", "password": "dora-pass-123",
                              "csrf": token(dora)})
    assert dora.get("/uploads").status_code == 200
    assert admin.post("/admin/users/dora", data={"active": "0"}).status_code == 303
    assert dora.get("/uploads").status_code == 303  # disabled: the session ends
    assert admin.post("/admin/users/nobody", data={"role": "viewer"}).status_code == 404


def test_upload_rates_in_background(login: Callable[[str], Any]) -> None:
    client = login("ana")
    assert "Upload a company" in client.get("/uploads?lang=en").text
    r = client.post("/uploads", data={"name": "新上传电力", "code": "600123.SH",
                                      "industry": "D44", "size": "large", "year": "2023"},
                    files=[("files", ("年报.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"))])
    assert r.status_code == 303
    job = r.headers["location"]
    assert "年报.pdf" in client.get(job).text
    for _ in range(100):
        status = client.get(f"{job}/status?lang=en").text
        if "done" in status or "failed" in status:
            break
        time.sleep(0.05)
    assert "done" in status, status
    assert "hx-trigger" not in status
    link = re.search(r'href="(/company/\d+)"', status)
    assert link and "新上传电力" in client.get(link.group(1)).text
    bad = client.post("/uploads", data={"name": "x", "code": "12", "year": "2023"},
                      files=[("files", ("a.pdf", b"%PDF-1.4\n", "application/pdf"))])
    assert bad.status_code == 422 and "six digits" in bad.text


def test_language_switch_sticks(login: Callable[[str], Any]) -> None:
    client = login("vic")
    assert "Studies" in client.get("/studies?lang=en").text
    assert "Ratings by year" in client.get("/studies").text
    assert "各年度排名" in client.get("/studies?lang=zh").text
    assert "各年度排名" in client.get("/studies").text
