"""The console script as a user runs it: `cnsr rate` ends its process as soon as its output is
flushed (no interpreter teardown), with everything written and the command's exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "demo" / "corpus"
REPORT = DEMO / "d01_jinghai_power_2023.pdf"
SCRIPT = "import sys; sys.argv[0] = 'cnsr'; from cnsr.cli.launch import run; run()"
WHOLE_APP = "import sys; sys.argv[0] = 'cnsr'; from cnsr.cli.main import app; app()"


def _cnsr(*args: str, cwd: Path, script: str = SCRIPT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300, check=False)


def test_rate_output_is_complete_when_the_process_ends_early(tmp_path: Path) -> None:
    piped = _cnsr("rate", str(REPORT), "-f", "json", cwd=tmp_path)
    assert piped.returncode == 0, piped.stderr
    rating = json.loads(piped.stdout)  # all of it reached the pipe
    assert rating["company"]["year"] == 2023 and rating["stage"] >= 1
    out = tmp_path / "jinghai.json"
    written = _cnsr("rate", str(REPORT), "-f", "json", "-o", str(out), cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["stage"] == rating["stage"]
    # the stderr line that names the report year was flushed too
    assert "2023" in written.stderr


def test_rate_errors_keep_their_exit_status_and_message(tmp_path: Path) -> None:
    bad = _cnsr("rate", str(REPORT), "--year", "1850", cwd=tmp_path)
    assert bad.returncode == 2
    assert bad.stderr == "error: --year: year 1850 is not between 1990 and 2100\n"
    missing = _cnsr("rate", str(tmp_path / "nosuch.pdf"), cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "nosuch.pdf" in missing.stderr


def test_other_commands_exit_as_before(tmp_path: Path) -> None:
    version = _cnsr("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("cnsr ")
    unknown = _cnsr("nosuchcommand", cwd=tmp_path)
    assert unknown.returncode == 2 and "nosuchcommand" in unknown.stderr


def test_rate_alone_in_its_group_is_the_same_command(tmp_path: Path) -> None:
    """The console script runs `cnsr rate` on a group holding it alone (typer would build
    every command first): the help and the usage errors are the whole app's."""
    for args in (("rate", "--help"), ("rate", str(REPORT), "--size", "XL"),
                 ("rate", str(REPORT), "--year", "abc"), ("rate",)):
        alone = _cnsr(*args, cwd=tmp_path)
        whole = _cnsr(*args, cwd=tmp_path, script=WHOLE_APP)
        assert (alone.returncode, alone.stdout, alone.stderr) == \
            (whole.returncode, whole.stdout, whole.stderr), args


def test_rate_called_in_process_keeps_nothing_after_it(tmp_path: Path) -> None:
    """Only the console script's one-shot process holds `cnsr rate`'s results until it ends
    (`keep_until_exit`); a caller that goes on (a test, the web app) gets them freed."""
    from typer.testing import CliRunner

    from cnsr.cli import launch
    from cnsr.cli.main import app

    result = CliRunner().invoke(app, ["rate", str(REPORT), "-f", "json",
                                      "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["stage"] >= 1
    assert launch._kept == []
