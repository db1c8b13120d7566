"""Session 23 (speed): `cnsr rate` imports rich for its progress bar only when stderr may be a
terminal (rich's own answer decides then); `-f json` into a pipe imports no rich at all."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

import cnsr
from cnsr.cli import rate

ENV = ("TTY_COMPATIBLE", "FORCE_COLOR")


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize(("tty", "compatible", "force"), list(itertools.product(
    [False, True], [None, "", "0", "1"], [None, "", "0", "1"])))
def test_no_terminal_only_where_rich_sees_none(monkeypatch: pytest.MonkeyPatch, tty: bool,
                                               compatible: str | None, force: str | None
                                               ) -> None:
    for name, value in zip(ENV, (compatible, force), strict=True):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stderr", _Stream(tty))
    if not rate._stderr_may_be_terminal():
        assert not Console(stderr=True).is_terminal


def test_a_pipe_is_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "stderr", _Stream(False))
    assert not rate._stderr_may_be_terminal()
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert rate._stderr_may_be_terminal()


PROBE = """
import json, sys
out, args = sys.argv[1], sys.argv[2:]
sys.argv = ["cnsr", *args]
from cnsr.cli.main import app
try:
    app()
except SystemExit as stop:
    code = stop.code
json.dump({"code": code, "rich": sorted(m for m in sys.modules if m.split(".")[0] == "rich")},
          open(out, "w"))
"""


def test_rating_into_a_pipe_as_json_imports_no_rich(tmp_path: Path) -> None:
    report = tmp_path / "海川能源2023年度ESG报告.txt"
    report.write_text("公司2023年范围一温室气体排放量为1.2万吨二氧化碳当量，较上年下降5%。\n"
                      "公司已制定碳达峰行动方案，计划于2030年前实现碳达峰。\n", encoding="utf-8")
    out = tmp_path / "probe.json"
    env = {k: v for k, v in os.environ.items() if k not in ENV}
    env["PYTHONPATH"] = str(Path(cnsr.__file__).parents[1])
    env["CNSR_CACHE_DIR"] = "off"
    subprocess.run([sys.executable, "-c", PROBE, str(out), "rate", str(report), "-f", "json"],
                   cwd=tmp_path, env=env, check=True, capture_output=True, timeout=300)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["code"] in (0, None)
    assert data["rich"] == []
