"""The reader's data cache (`cnsr.data_cache`): a second load reads what the first built, gives
the same lexicon and methodology, and every way the cache can be wrong (stale data or code,
damaged entries, a folder that cannot be written, turned off) ends in a correct build."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from cnsr import data_cache
from cnsr.evidence import lexicon as lexicon_module
from cnsr.evidence.lexicon import Lexicon, data_dir
from cnsr.evidence.scanning import scan
from cnsr.methodology import load as methodology_load
from cnsr.methodology.load import default_path

TEXT = ("报告期内，公司温室气体排放总量为52.3万吨二氧化碳当量，较2022年下降4.1%；范围一排放"
        "41.2万吨。公司成立碳达峰碳中和工作领导小组，完成年度碳排放配额清缴履约。"
        "Total Scope 1 emissions were 1.2 MtCO2e in FY2023, down 6% from the 2019 baseline; "
        "42% renewable electricity.")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(data_cache.ENV, str(folder))
    return folder


def _lexicon(directory: Path | None = None) -> Lexicon:
    """A load past the per-process memo, so the disk cache is what is exercised."""
    return lexicon_module._load.__wrapped__(str(directory or data_dir()))  # type: ignore[attr-defined]


def _hits(lex: Lexicon, text: str = TEXT) -> list[tuple[str, int, int]]:
    return [(h.concept, h.start, h.end) for h in scan(text, lex)]


def _no_build(*args: object, **kwargs: object) -> None:
    raise AssertionError("built again although the cache holds it")


def _lexicon_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(data_dir(), folder)
    return folder


def test_second_load_is_read_from_the_cache_and_scans_alike(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = _lexicon()
    entries = sorted(p.name for p in cache.iterdir())
    assert [n.split("-")[0] for n in entries] == ["lexicon"]
    monkeypatch.setattr(lexicon_module, "_build", _no_build)
    loaded = _lexicon()
    assert loaded is not built
    assert loaded.names == built.names and loaded.patterns == built.patterns
    assert loaded.rules == built.rules
    assert _hits(loaded) == _hits(built)
    assert {"ghg_total", "scope1", "ets_duty"} <= {c for c, _, _ in _hits(loaded)}
    # ...and every compiled pattern is the one re.compile makes (same source, flags, code)
    patterns = {match.__self__ for tables in (loaded.index.tables, loaded.index.gated)
                for bucket in (*tables.three.values(), *tables.two.values())
                for _, match in bucket}
    assert len(patterns) > 1000
    for rx in patterns:
        assert rx == re.compile(rx.pattern, rx.flags)
    assert sorted(p.name for p in cache.iterdir()) == entries


def test_methodology_second_load_is_read_from_the_cache(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(default_path())
    built = methodology_load._load.__wrapped__(path)  # type: ignore[attr-defined]
    monkeypatch.setattr(methodology_load, "_build", _no_build)
    loaded = methodology_load._load.__wrapped__(path)  # type: ignore[attr-defined]
    assert loaded.spec == built.spec and loaded.label == built.label
    assert {i: w.points for i, w in loaded.weights.items()} == \
        {i: w.points for i, w in built.weights.items()}


def test_an_edited_concept_file_is_read_not_the_cached_one(cache: Path, tmp_path: Path) -> None:
    folder = _lexicon_copy(tmp_path)
    text = "本集团推进焦炉煤气综合利用项目，全年回收余热折合标准煤3.2万吨。"
    before = _lexicon(folder)
    assert "coke_gas_reuse" not in before.names
    zh = folder / "zh.yaml"
    zh.write_text(zh.read_text(encoding="utf-8") + "\n  coke_gas_reuse:\n    - 焦炉煤气综合利用\n",
                  encoding="utf-8")
    after = _lexicon(folder)
    assert "coke_gas_reuse" in after.names
    assert ("coke_gas_reuse", 5, 13) in _hits(after, text)
    assert len(list(cache.iterdir())) == 1  # the entry of that folder was replaced


def test_an_edited_methodology_file_is_read_not_the_cached_one(
        cache: Path, methodology_variant) -> None:  # type: ignore[no-untyped-def]
    def retitle(data: dict) -> None:  # type: ignore[type-arg]
        data["title_en"] = "Edited title"

    path = methodology_variant(retitle)
    first = methodology_load._load.__wrapped__(str(path))  # type: ignore[attr-defined]
    text = path.read_text(encoding="utf-8").replace("Edited title", "Edited again")
    path.write_text(text, encoding="utf-8")
    second = methodology_load._load.__wrapped__(str(path))  # type: ignore[attr-defined]
    assert (first.spec.title_en, second.spec.title_en) == ("Edited title", "Edited again")


def test_a_changed_builder_module_rebuilds(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "reader_code.py"
    source.write_text("VERSION = 1\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("reader_code", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = tmp_path / "terms.txt"
    data.write_text("碳排放\n", encoding="utf-8")
    calls: list[int] = []

    def build() -> list[str]:
        calls.append(1)
        return data.read_text(encoding="utf-8").split()

    for _ in range(2):
        assert data_cache.cached("terms", [data], build, code=[module]) == ["碳排放"]
    assert len(calls) == 1
    source.write_text("VERSION = 2\n", encoding="utf-8")  # what the builder does changed
    assert data_cache.cached("terms", [data], build, code=[module]) == ["碳排放"]
    assert len(calls) == 2


def test_a_file_saved_again_during_the_build_is_not_stored_under_the_old_key(
        cache: Path, tmp_path: Path) -> None:
    # session 24: two runs sharing a cache while the lexicon was edited printed the ratings
    # of the old lexicon; a build that reads the file after it was saved again must not be
    # stored under the key of the bytes hashed before it
    data = tmp_path / "terms.txt"
    data.write_text("碳排放\n", encoding="utf-8")
    calls: list[int] = []

    def build_while_edited() -> list[str]:
        calls.append(1)
        data.write_text("温室气体\n", encoding="utf-8")  # the editor saves mid-build
        return data.read_text(encoding="utf-8").split()

    assert data_cache.cached("terms", [data], build_while_edited) == ["温室气体"]
    assert not list(cache.glob("*.pickle"))
    data.write_text("碳排放\n", encoding="utf-8")  # back to the bytes first hashed

    def build() -> list[str]:
        calls.append(1)
        return data.read_text(encoding="utf-8").split()

    assert data_cache.cached("terms", [data], build) == ["碳排放"]
    assert data_cache.cached("terms", [data], build) == ["碳排放"]
    assert len(calls) == 2 and len(list(cache.glob("*.pickle"))) == 1


@pytest.mark.parametrize("damage", ["garbage", "truncated", "bit flipped", "empty",
                                    "other key"])
def test_a_damaged_entry_is_rebuilt_and_replaced(cache: Path, damage: str) -> None:
    expected = _hits(_lexicon())
    (entry,) = cache.iterdir()
    data = entry.read_bytes()
    if damage == "garbage":
        entry.write_bytes(b"\x80\x05not a pickle at all" * 10)
    elif damage == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "bit flipped":
        entry.write_bytes(data[:-100] + bytes([data[-100] ^ 0x01]) + data[-99:])
    elif damage == "empty":
        entry.write_bytes(b"")
    else:  # a valid entry written for other files or code
        entry.write_bytes(data[:13] + bytes(32) + data[45:])
    assert _hits(_lexicon()) == expected
    assert entry.read_bytes() == data  # rewritten whole


def test_an_unwritable_cache_folder_is_skipped(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(data_cache.ENV, str(blocker / "cache"))
    lex = _lexicon()
    assert "ghg_total" in {c for c, _, _ in _hits(lex)}
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_read_only_home_without_settings_still_works(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home-is-a-file"
    home.write_text("", encoding="utf-8")
    monkeypatch.delenv(data_cache.ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(home))
    assert data_cache.cache_dir() == home / ".cache" / "cnsr"
    assert "ghg_total" in {c for c, _, _ in _hits(_lexicon())}


def test_xdg_cache_home_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(data_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _lexicon()
    assert [p.name.split("-")[0] for p in (tmp_path / "xdg" / "cnsr").iterdir()] == ["lexicon"]


def test_turned_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(data_cache.ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert data_cache.cache_dir() is None
    assert "ghg_total" in {c for c, _, _ in _hits(_lexicon())}
    assert not (tmp_path / "xdg").exists()


def test_a_cold_methodology_load_writes_one_entry(cache: Path) -> None:
    """The whole loaded methodology is the entry; the bare file was cached beside it once,
    written at every cold start and never read."""
    methodology_load._load.__wrapped__(str(default_path()))  # type: ignore[attr-defined]
    assert [path.name.split("-")[0] for path in cache.glob("*.pickle")] == ["methodology"]


def test_clear_deletes_the_entries(cache: Path) -> None:
    _lexicon()
    methodology_load._load.__wrapped__(str(default_path()))  # type: ignore[attr-defined]
    made = list(cache.glob("*.pickle"))
    assert {"lexicon", "methodology"} <= {path.name.split("-")[0] for path in made}
    assert data_cache.clear() == len(made)
    assert list(cache.iterdir()) == []


def test_a_bad_file_is_reported_and_not_cached(cache: Path, tmp_path: Path) -> None:
    from cnsr.errors import DataError

    folder = _lexicon_copy(tmp_path)
    (folder / "en.yaml").write_text("language: en\nconcepts:\n  broken: ['(unclosed']\n",
                                    encoding="utf-8")
    with pytest.raises(DataError, match="bad pattern"):
        _lexicon(folder)
    assert not cache.exists() or list(cache.iterdir()) == []


def test_segmenters_skip_rjiebas_default_dictionary() -> None:
    """Loaded in a fresh process: cnsr's segmenters cut like rjieba's and never build the
    package's module-level default segmenter (a whole dictionary load)."""
    import subprocess

    probe = ("import sys\n"
             "from cnsr.evidence.jieba_load import new_segmenter\n"
             "words = new_segmenter().cut('公司推进减污降碳协同增效', False)\n"
             "print('rjieba' in sys.modules, 'rjieba.rjieba' in sys.modules, '|'.join(words))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=120,
                         env={"PYTHONPATH": str(Path(data_cache.__file__).parents[1]),
                              "PATH": "/usr/bin:/bin"}).stdout.split()
    import rjieba

    assert out[:2] == ["False", "True"]
    assert out[2] == "|".join(rjieba.Jieba().cut("公司推进减污降碳协同增效", False))


def test_compiled_patterns_are_keyed_by_their_source(cache: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    units = [("(?P<u>万吨二氧化碳当量|吨标准煤|tCO2e|MWh)", re.I), (r"[ \t]?(?:/|每|(?i:per)\s)", 0)]
    expected = [re.compile(p, f) for p, f in units]
    assert data_cache.compile_patterns("test-units", units) == expected

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again although the cache holds it")

    monkeypatch.setattr(data_cache.re, "compile", refuse)
    again = data_cache.compile_patterns("test-units", units)
    assert again == expected
    found = again[0].search("排放量12.3万吨二氧化碳当量")
    assert found is not None and found.group("u") == "万吨二氧化碳当量"
    refused = ""
    try:  # other sources are compiled (re.compile is the module's: no pytest.raises here)
        data_cache.compile_patterns("test-units", [("(?P<u>千瓦时|kWh)", re.I)])
    except AssertionError as err:
        refused = str(err)
    monkeypatch.undo()
    assert refused.startswith("compiled again")


def test_package_stamp_changes_when_the_package_changes(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "fakelib"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "t2s.txt").write_text("發 发\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = data_cache.package_stamp("fakelib")
    (package / "t2s.txt").write_text("發 发\n後 后\n", encoding="utf-8")
    assert data_cache.package_stamp("fakelib") != before
    assert data_cache.package_stamp("no_such_package_here").endswith("not installed")


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file owners")
def test_an_entry_owned_by_another_user_is_not_loaded(cache: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A pickle runs code when loaded: an entry someone else wrote (a shared CNSR_CACHE_DIR)
    is rebuilt, never read."""
    _lexicon()
    (entry,) = cache.iterdir()
    monkeypatch.setattr(os, "getuid", lambda: entry.stat().st_uid + 1)  # "we" are someone else
    calls: list[int] = []
    real = lexicon_module._build

    def counted(*args: str) -> Lexicon:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(lexicon_module, "_build", counted)
    assert "ghg_total" in {c for c, _, _ in _hits(_lexicon())}
    assert calls == [1]
