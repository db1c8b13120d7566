"""Fixtures of the web tests: a seeded store (tests/web/seed.py), the app over it, and clients
signed in with each role."""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from seed import USERS, seed  # noqa: E402

from cnsr.store.repository import Store  # noqa: E402
from cnsr.web.app import create_app  # noqa: E402
from cnsr.web.state import Limits  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

TOKEN = re.compile(r'name="csrf" value="([^"]+)"')


def fake_rater(paths: list[str], company: dict[str, Any], methodology: str) -> dict[str, Any]:
    """Stands in for ingest + assess: a stage-1 rating citing the first uploaded file. A
    company named 读取失败… fails the way the reader does on a corrupt PDF: the message
    starts with the file's absolute path."""
    if company["name"].startswith("读取失败"):
        from cnsr.errors import DocumentError

        raise DocumentError(paths[0], "the PDF is corrupt and cannot be read")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))
    from rank_factory import make_rating

    from cnsr.methodology.load import load_methodology
    from cnsr.rating import Evidence

    m = load_methodology(methodology)
    ev = {"I01.1": [Evidence(file=paths[0], page=1, passage="环境管理体系")]}
    rating = make_rating(m, company["name"], stage=1, code=company["code"],
                         industry=company["industry"], size=company["size"],
                         year=company["year"], disclose={"I01": 1}, evidence=ev)
    return rating.model_dump(mode="json")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = seed(tmp_path_factory.mktemp("store") / "web.sqlite")
    yield store
    store.close()


@pytest.fixture(scope="module")
def app(seeded: Store, tmp_path_factory: pytest.TempPathFactory) -> Any:
    limits = Limits(upload_bytes=200_000, upload_files=3)
    application = create_app(seeded, secret_key="test-secret", limits=limits,
                             upload_dir=tmp_path_factory.mktemp("uploads"),
                             rater=fake_rater, job_workers="thread")
    yield application
    application.state.web.jobs.shutdown()


def token(client: TestClient, path: str = "/login") -> str:
    match = TOKEN.search(client.get(path).text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


@pytest.fixture
def anon(app: Any) -> TestClient:
    return TestClient(app, follow_redirects=False)


@pytest.fixture
def login(app: Any) -> Callable[[str], TestClient]:
    def make(name: str) -> TestClient:
        client = TestClient(app, follow_redirects=False)
        role_password = USERS[name][1]
        r = client.post("/login", data={"name": name, "password": role_password,
                                        "csrf": token(client), "next": "/studies"})
        assert r.status_code == 303, r.text
        client.headers["X-CSRF-Token"] = token(client, "/studies")
        return client

    return make


def company_id(client: TestClient, name: str, year: int = 2023) -> int:
    page = client.get(f"/studies/{year}").text
    match = re.search(r'href="/company/(\d+)">' + re.escape(name) + "<", page)
    assert match, f"{name} not linked on the {year} study page"
    return int(match.group(1))
