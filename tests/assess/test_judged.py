"""The arithmetic of judged (sentence, point) pairs: precision, agreement, the recheck against
a later reader, the judged set's validation (synthetic keys only; no third-party text)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cnsr.assess.judged import (
    JudgedSet,
    Verdict,
    agreement,
    load_judged,
    precision,
    recheck,
    sentence_key,
)
from cnsr.errors import DataError

ROOT = Path(__file__).resolve().parents[2]
SCORES: dict[Verdict, float] = {"right": 1.0, "partly": 0.5, "wrong": 0.0}
CLASSES = ["navigation", "others", "background", "word-sense", "neighbour", "plan",
           "context", "quantity", "rating"]


def _set(pairs: list[dict[str, Any]], judges: tuple[str, ...] = ("j1",)) -> JudgedSet:
    return JudgedSet.model_validate({
        "source": "synthetic", "source_sha256": "0" * 64,
        "draw": {"script": "test", "seed": 1, "n": len(pairs), "pairs_in_population": 9,
                 "sentences_with_pairs": 5, "sentences_in_file": 20},
        "date": "2026-12-03", "guide": "docs/judging.md version 1", "reader": "test",
        "scores": SCORES, "classes": CLASSES, "judges": {j: "test" for j in judges},
        "pairs": pairs})


def _pair(key: str, point: str, verdict: str, judge: str = "j1", rating: float = 1.0,
          cls: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"key": key, "point": point, "rating": rating, "verdict": verdict,
                           "judge": judge}
    if verdict != "right":
        out["class"] = cls or "neighbour"
    return out


K1, K2, K3, K4 = "1" * 16, "2" * 16, "3" * 16, "4" * 16


def test_sentence_key_is_sha1_prefix_of_utf8() -> None:
    key = sentence_key("本公司2023年综合能耗为1.2万吨标准煤")
    assert len(key) == 16 and int(key, 16) >= 0
    assert key != sentence_key("本公司2023年综合能耗为1.3万吨标准煤")
    assert sentence_key("abc") == "a9993e364706816a"  # SHA-1("abc") = a9993e36 4706816a ...


def test_precision_strict_and_weighted() -> None:
    p = precision(["right", "right", "partly", "wrong"], SCORES)
    assert (p.n, p.right, p.partly, p.wrong) == (4, 2, 1, 1)
    assert p.strict == pytest.approx(0.5)
    assert p.weighted == pytest.approx(0.625)
    assert precision([], SCORES).strict == 0.0


def test_cohen_kappa_three_classes() -> None:
    a: list[Verdict] = ["right"] * 5 + ["partly"] * 2 + ["wrong"] * 3
    b: list[Verdict] = ["right"] * 4 + ["partly", "partly", "wrong", "wrong", "wrong", "right"]
    agr = agreement(a, b)
    assert (agr.n, agr.agreed) == (10, 7)
    assert agr.percent == pytest.approx(0.7)
    # p_e = (5*5 + 2*2 + 3*3) / 100 = 0.38; kappa = (0.70 - 0.38) / 0.62
    assert agr.kappa == pytest.approx(0.516129, abs=1e-6)
    assert agreement(["wrong"] * 3, ["wrong"] * 3).kappa is None
    assert agreement(["right", "wrong"], ["wrong", "right"]).kappa == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        agreement(["right"], [])


def test_recheck_kept_dropped_unjudged_and_two_judges() -> None:
    judged = _set([
        _pair(K1, "I03.1", "right"), _pair(K1, "I08.2", "wrong", cls="plan"),
        _pair(K2, "I11.1", "partly", cls="rating"), _pair(K3, "I05.2", "right"),
        _pair(K4, "I01.3", "wrong", cls="navigation"),
        _pair(K1, "I03.1", "right", judge="j2"), _pair(K1, "I08.2", "partly", judge="j2",
                                                         cls="plan"),
        _pair(K2, "I11.1", "partly", judge="j2", cls="rating"),
    ], judges=("j1", "j2"))
    current = {K1: {"I03.1": 1.0, "I03.2": 0.5},      # I08.2 dropped (a wrong pair: a gain)
               K2: {"I11.1": 0.5},                      # kept at another rating
               K3: {}}                                  # I05.2 dropped (a right pair: a loss)
    out = recheck(judged, current)                      # K4 is not in the file any more
    j1 = next(r for r in out.judges if r.judge == "j1")
    assert (j1.judged.right, j1.judged.partly, j1.judged.wrong) == (2, 1, 2)
    assert (j1.kept.n, j1.kept.right, j1.kept.partly) == (2, 1, 1)
    assert j1.kept.weighted == pytest.approx(0.75)
    assert j1.dropped == {"right": 1, "partly": 0, "wrong": 1}
    assert (j1.rating_changed, j1.missing) == (1, 1)
    assert j1.classes_judged == {"plan": 1, "rating": 1, "navigation": 1}
    assert j1.classes_kept == {"rating": 1}
    assert out.unjudged == [(K1, "I03.2", 0.5)]
    agr = out.agreements["j1/j2"]
    assert (agr.n, agr.agreed) == (3, 2)


@pytest.mark.parametrize("bad", [
    [_pair(K1, "I03.1", "wrong", cls="typo")],                  # class not in the list
    [{**_pair(K1, "I03.1", "right"), "class": "rating"}],       # a right pair has no class
    [_pair(K1, "I03.1", "right"), _pair(K1, "I03.1", "wrong")],  # judged twice by one judge
    [_pair(K1, "I03.1", "right", judge="j9")],                  # unknown judge
    [_pair("not-a-key", "I03.1", "right")],
    [{**_pair(K1, "I03.1", "right"), "regraded": "1.5"}],        # regraded without the old verdict
    [{**_pair(K1, "I03.1", "right"), "was": "wrong/others"}],    # old verdict without the version
    [{**_pair(K1, "I03.1", "right"), "regraded": "1.5", "was": "maybe"}],
])
def test_bad_sets_are_refused(bad: list[dict[str, Any]]) -> None:
    with pytest.raises(ValueError):
        _set(bad)


def test_regraded_pair_keeps_its_old_verdict() -> None:
    """A verdict updated under a later guide version (guide 1.5, session 20) names the version
    and the verdict it replaced; precision counts the new verdict."""
    judged = _set([{**_pair(K1, "I05.3", "right", rating=0.5), "regraded": "1.5",
                    "was": "wrong/others"},
                   _pair(K2, "I06.5", "partly", cls="rating")])
    assert judged.pairs[0].regraded == "1.5" and judged.pairs[0].was == "wrong/others"
    assert precision([p.verdict for p in judged.pairs], SCORES).strict == 0.5


def test_shipped_regrades_name_guide_15() -> None:
    """The sets regraded by guide 1.5 say so in their header and on each pair."""
    regraded = 0
    for path in sorted((ROOT / "benchmarks" / "judged").glob("real_pairs*.yaml")):
        judged = load_judged(path)
        pairs = [p for p in judged.pairs if p.regraded]
        assert bool(pairs) == bool(judged.regraded), path.name
        assert all(p.regraded == "1.5" and p.was and not p.was.startswith(p.verdict + "/")
                   for p in pairs)
        regraded += len(pairs)
    assert regraded == 23


def test_shipped_set_loads_and_keeps_no_text(tmp_path: Path) -> None:
    path = ROOT / "benchmarks" / "judged" / "real_pairs.yaml"
    judged = load_judged(path)
    assert judged.draw.n == len([p for p in judged.pairs if p.judge == "j1"])
    text = path.read_text(encoding="utf-8")
    # keys and ids only: no run of Chinese characters beyond what the header's words use
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("verdict: right", "verdict: maybe", 1), encoding="utf-8")
    with pytest.raises(DataError):
        load_judged(bad)


@pytest.mark.parametrize("path", sorted((ROOT / "benchmarks" / "judged").glob("real_pairs*.yaml")),
                         ids=lambda p: p.name)
def test_every_shipped_set_loads_and_keeps_no_text(path: Path) -> None:
    """Each judged set loads, names sentences by key only and holds at most its draw's n pairs
    per judge (seed 1801 drew the whole population left, 109 pairs, with n 150; session 19)."""
    judged = load_judged(path)
    for judge in judged.judges:
        assert 0 < len([p for p in judged.pairs if p.judge == judge]) <= judged.draw.n
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in path.read_text(encoding="utf-8"))


def test_script_skips_cleanly_without_the_shared_file(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "judged_precision.py"),
                           str(tmp_path / "absent.jsonl")], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src")}, check=False)
    assert done.returncode == 0
    assert "not found" in done.stderr
