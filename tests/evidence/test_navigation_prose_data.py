"""The cues of navigation glued into prose (`evidence/nav_prose.py`, session 12): whole
passages of cells, and the data file's checks. Text written for these tests."""

from __future__ import annotations

from importlib import resources

import pytest

from cnsr.errors import DataError
from cnsr.evidence.nav_prose import nav_prose
from cnsr.evidence.nav_prose_data import NAV_PROSE_FILE, load_nav_prose


def test_labels_with_figures_are_no_rows() -> None:
    assert not nav_prose().label_run("温室气体排放总量 21,440吨 光伏装机 12.6兆瓦 绿电占比 35%")
    assert nav_prose().label_run("政府 节能降碳 绿色发展 专题汇报")


def test_the_data_file_is_checked() -> None:
    text = resources.files("cnsr.data.text").joinpath(NAV_PROSE_FILE).read_text(encoding="utf-8")
    assert load_nav_prose(text).min_codes >= 2
    with pytest.raises(DataError):
        load_nav_prose(text.replace("min_codes: 2", "min_codes: 1"))
    with pytest.raises(DataError):
        load_nav_prose(text.replace("bands:\n", "bands:\n  - '[unclosed'\n"))
