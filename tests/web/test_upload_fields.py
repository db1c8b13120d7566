"""The upload form checks industry, size and year with the same rule as `cnsr rate` and the
batch manifest (cnsr.company_fields): unknown codes refused, size words stored as L / M / S."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from cnsr.store.repository import Store

PDF = ("files", ("报告.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"))


def test_unknown_industry_and_size_are_refused(login: Callable[[str], Any]) -> None:
    client = login("ana")
    r = client.post("/uploads", data={"name": "北辰化纤", "industry": "Z99", "size": "XYZ",
                                      "year": "2023"}, files=[PDF])
    assert r.status_code == 422
    assert "&#39;Z99&#39; is not a CSRC 2012 industry code" in r.text
    assert "&#39;XYZ&#39; is not a size class" in r.text
    r = client.post("/uploads", data={"name": "北辰化纤", "industry": "D4", "year": "1850"},
                    files=[PDF])
    assert r.status_code == 422 and "year 1850 is not between 1990 and 2100" in r.text


def test_size_word_and_lower_case_code_are_stored_normalised(login: Callable[[str], Any],
                                                             seeded: Store) -> None:
    client = login("ana")
    r = client.post("/uploads", data={"name": "东岭电力", "industry": "d44", "size": "大型",
                                      "year": "2022"}, files=[PDF])
    assert r.status_code == 303, r.text
    for _ in range(100):
        if "done" in client.get(f"{r.headers['location']}/status?lang=en").text:
            break
        time.sleep(0.05)
    stored = [x for x in seeded.ratings(2022) if x.company.name == "东岭电力"]
    assert [(x.company.industry, x.company.size) for x in stored] == [("D44", "L")]
