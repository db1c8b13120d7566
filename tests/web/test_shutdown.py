"""A real server process stops cleanly on SIGTERM (#13 item 3): in under 5 s, with no upload
or render worker left behind holding the port, the interrupted upload marked failed, and the
next start on the same port works."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
from seed import USERS, seed

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
SERVER = """
import sys
from pathlib import Path
from cnsr.cli.serve import run
from cnsr.store.repository import Store
from cnsr.web.app import create_app
from worker_calls import slow_rater
db, port, uploads = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
app = create_app(Store.open(db), secret_key="restart-test", upload_dir=uploads,
                 rater=slow_rater, job_workers="process")
run(app, "127.0.0.1", port, log_level="warning")
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _start(db: Path, port: int, uploads: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE)])}
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port), str(uploads)],
                              env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if server.poll() is not None:
            raise AssertionError(f"the server exited with {server.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.kill()
    raise AssertionError("the server did not start")


def _signed_in(base: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    csrf = re.compile(r'name="csrf" value="([^"]+)"')
    found = csrf.search(client.get("/login").text)
    assert found
    r = client.post("/login", data={"name": name, "password": USERS[name][1],
                                    "csrf": found.group(1)})
    assert r.status_code == 303
    found = csrf.search(client.get("/uploads").text)
    assert found
    client.headers["X-CSRF-Token"] = found.group(1)
    return client


def test_sigterm_after_an_upload_stops_everything(tmp_path: Path) -> None:
    db, uploads, port = tmp_path / "web.sqlite", tmp_path / "uploads", _free_port()
    seed(db).close()
    base = f"http://127.0.0.1:{port}"
    server = _start(db, port, uploads)
    try:
        ana = _signed_in(base, "ana")
        try:
            r = ana.post("/uploads", data={"name": "停机测试电力", "code": "", "industry": "D44",
                                           "size": "large", "year": "2023"},
                         files={"files": ("年报.txt", "公司2023年温室气体排放总量为12万吨。".encode(),
                                          "text/plain")})
            assert r.status_code == 303, r.text
            job = r.headers["location"]
            workers: list[psutil.Process] = []
            for _ in range(300):  # the upload's worker process is rating
                workers = psutil.Process(server.pid).children(recursive=True)
                if workers and "status running" in ana.get(job + "/status").text:
                    break
                time.sleep(0.1)
            assert workers, "no worker process started"
        finally:
            ana.close()
        started = time.monotonic()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        assert time.monotonic() - started < 5
        gone, alive = psutil.wait_procs(workers, timeout=2)
        assert not alive, f"left running: {[p.pid for p in alive]}"
    finally:
        if server.poll() is None:
            server.kill()

    again = _start(db, port, uploads)  # the port is free: the same port works at once
    try:
        ana = _signed_in(base, "ana")
        status = ana.get(job + "/status?lang=en").text
        ana.close()
        assert "status failed" in status and "server was shut down" in status, status
    finally:
        again.send_signal(signal.SIGTERM)
        again.wait(timeout=10)
