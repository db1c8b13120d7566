"""Interface words in Chinese and English, read from the catalog `messages.yaml`.

Names of indicators, points, stages and bands come from the methodology file; report words
(chart titles, card labels) from `cnsr.report.labels`. The language is chosen by `?lang=`
(remembered in a cookie), else the cookie, else the browser's Accept-Language.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from starlette.requests import Request

LANGS = ("zh", "en")
COOKIE = "cnsr_lang"


@cache
def catalog() -> dict[str, dict[str, str]]:
    text = resources.files("cnsr.web").joinpath("messages.yaml").read_text(encoding="utf-8")
    data: dict[str, dict[str, str]] = yaml.safe_load(text)
    return data


def t(key: str, lang: str, /, **values: object) -> str:
    """The message `key` in `lang`; an unknown key shows as itself (a test finds those)."""
    entry = catalog().get(key)
    text = entry.get(lang) or entry.get("en") or key if entry else key
    return text.format(**values) if values else text


def choose(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return asked
    cookie = request.cookies.get(COOKIE)
    if cookie in LANGS:
        return cookie
    accept = request.headers.get("accept-language", "").lower()
    return "en" if accept.startswith("en") else "zh"
