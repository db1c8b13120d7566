"""`cnsr.regex_cache`: the patterns one process compiled are in `re`'s cache of the next
before it compiles anything, identical to what `re.compile` gives; a process that built data
cache entries, or compiled only a few new patterns, writes nothing; a damaged entry costs
only the compiling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Patterns of the kind the reader compiles: CJK classes (the costly part), look-behinds,
# inline flags, named groups; each with text it must match and text it must not.
_SCRIPT = r'''
import json, re, sys, time
from cnsr import data_cache, regex_cache

PATTERNS = [
    (r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}\s\d[\d,]*(?:\.\d+)?", 0),
    (r"[\w\u3400-\u9fff]+(?:排放|能耗)", 0),
    (r"(?P<v>\d+(?:\.\d+)?)\s?(?:万吨|吨|(?i:tco2e))", 0),
    (r"(?:温室气体|碳)排放(?:总)?量", 0),
    (r"scope\s*[123]", re.IGNORECASE),
    (r"(?<=[\u2e80-\u9fff])\s*\n\s*(?=[\u2e80-\u9fff])", 0),
    (r"[^\t\n\r -~\u00a0-\ud7ff]", 0),
    (r"^(?:FY\s?)?(?:19|20)\d\d\s*(?:年度?|财年)?$", 0),
    (r"(?:减少|降低)[^。]{0,20}?(?:二氧化碳|CO2)", 0),
    (r"[（(](?:单位)[:：]\s*(?P<u>[^()（）]{1,24})[)）]", 0),
]
TEXTS = ["公司2023年温室气体排放总量为 52.3万吨，范围一 41.2 tCO2e", "Scope 2 emissions",
         "单位（单位：万吨）", "FY2023", "通过节能改造减少二氧化碳排放3.2万吨", "换\n行"]

preloaded = regex_cache.preload()
if len(sys.argv) > 1:
    data_cache.built = 1
compiled = [re.compile(p, f) for p, f in PATTERNS]
ready = sum(rx is re._cache.get((str, p, f)) and (p, f) in regex_cache._loaded
            for rx, (p, f) in zip(compiled, PATTERNS))
matches = [[bool(rx.search(t)) for t in TEXTS] for rx in compiled]
fresh = [re._compiler.compile(p, f) for p, f in PATTERNS]
print(json.dumps({"preloaded": preloaded, "ready": ready, "matches": matches,
                  "same": [a == b for a, b in zip(compiled, fresh)],
                  "new": regex_cache.save()}))
'''


def _run(cache: Path, *args: str) -> dict:
    env = {**os.environ, "CNSR_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *args], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def _entry(cache: Path) -> Path:
    return cache / "re-patterns.pickle"


def test_the_next_process_starts_with_the_patterns_compiled(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first["preloaded"] == 0 and first["ready"] == 0 and first["new"] >= 10
    written = _entry(tmp_path).stat().st_mtime_ns
    second = _run(tmp_path)
    assert second["preloaded"] >= 10 and second["ready"] == 10
    assert second["matches"] == first["matches"] and all(second["same"])
    assert any(any(row) for row in second["matches"])
    assert second["new"] < 8 and _entry(tmp_path).stat().st_mtime_ns == written  # no rewrite


def test_a_process_that_built_data_cache_entries_stores_nothing(tmp_path: Path) -> None:
    assert _run(tmp_path, "built")["new"] == 0
    assert not _entry(tmp_path).exists()
    assert _run(tmp_path)["new"] >= 10 and _entry(tmp_path).exists()


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", None])
def test_a_damaged_or_stale_entry_only_costs_the_compiling(tmp_path: Path,
                                                           damage: bytes | None) -> None:
    first = _run(tmp_path)
    entry = _entry(tmp_path)
    if damage is None:  # damaged after its checksum: the payload's bytes changed
        data = bytearray(entry.read_bytes())
        data[-20] ^= 0xFF
        entry.write_bytes(bytes(data))
    else:
        entry.write_bytes(damage)
    again = _run(tmp_path)
    assert again["preloaded"] == 0 and again["matches"] == first["matches"]
    assert all(again["same"]) and _run(tmp_path)["ready"] == 10  # rewritten, then used


def test_the_cache_turned_off_is_left_alone(tmp_path: Path) -> None:
    env = {**os.environ, "CNSR_CACHE_DIR": "off"}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, check=True,
                          capture_output=True, text=True, cwd=tmp_path)
    result = json.loads(done.stdout)
    assert result["preloaded"] == 0 and all(result["same"]) and not list(tmp_path.iterdir())
