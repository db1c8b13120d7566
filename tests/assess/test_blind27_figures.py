"""Own emission figures met in blind round 27 (session 24), taken from others before, with text
written fresh for these tests: an insurer's investee firms named without 被 ("重点投资企业…披露的
温室气体排放量合计约…") read as its own total; what customers accounted through the company's
carbon-management platform ("客户透过平台累计核算的温室气体排放量超过…") read as its own total;
international shipping's yearly emissions read as a shipping group's own total."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

OWN = "2023年公司温室气体排放总量为12,640吨二氧化碳当量。"


def _totals(tmp_path: Path, m: LoadedMethodology, text: str, kind: str = "own") -> set[float]:
    return {e[2] for e in _figures(_rate(tmp_path, m, text + "\n"), kind) if e[0] == "total"}


@pytest.mark.parametrize("text", [
    "公司投资组合中，重点投资企业2023年披露的温室气体排放量合计约2,460万吨二氧化碳当量，暂未纳入本报告。",
    "截至年末，主要投资公司披露的碳排放合计约860万吨二氧化碳当量。",
    "In 2023 our investee companies disclosed combined emissions of 24.6 million tCO2e.",
], ids=["key_investees_zh", "main_investees_zh", "investee_companies_en"])
def test_investees_figures_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert not _figures(r)
    assert r.stage < 3


@pytest.mark.parametrize("text", [
    "平台服务客户1,200家，客户透过平台累计核算的温室气体排放量超过1.6亿吨二氧化碳当量。",
    "截至年底，客户通过公司碳管理系统核算的碳排放量合计约9,800万吨。",
    "Our customers have accounted 160 million tCO2e of emissions on the platform so far.",
], ids=["clients_via_platform_zh", "clients_via_system_zh", "customers_accounted_en"])
def test_what_clients_accounted_on_a_platform_is_theirs(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert not _figures(r)
    assert r.stage < 3


@pytest.mark.parametrize("text", [
    "国际航运温室气体年排放约10亿吨，占全球人为排放的近3%。",
    "国际海运业每年排放二氧化碳约8亿吨。",
    "International shipping emits about 1 billion tonnes of CO2 a year, nearly 3% of the global total.",
], ids=["intl_shipping_zh", "intl_maritime_zh", "intl_shipping_en"])
def test_international_shipping_is_the_sector(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not _figures(_rate(tmp_path, m, text + "\n"))


def test_own_total_beside_others_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("重点投资企业2023年披露的温室气体排放量合计约2,460万吨二氧化碳当量。"
            "客户透过平台累计核算的温室气体排放量超过1.6亿吨二氧化碳当量。国际航运温室气体年排放约10亿吨。" + OWN)
    assert _totals(tmp_path, m, text) == {12640.0}


def test_own_international_shipping_business_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "2023年公司国际航运业务船队二氧化碳排放总量为386.4万吨。"
    assert _totals(tmp_path, m, text) == {3864000.0}
