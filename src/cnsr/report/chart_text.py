"""Label text of charts: wrapping by display width (a CJK character is two units) at word
boundaries, numbers without trailing zeros, file-name slugs."""

from __future__ import annotations

import re
import textwrap
from functools import cache

from cnsr.evidence.jieba_load import Segmenter, new_segmenter
from cnsr.evidence.subject import legal_forms


def wrap_chars(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width) for line in text.splitlines())


def char_units(ch: str) -> int:
    """Display width of a character: CJK and full-width forms take two units."""
    return 2 if ord(ch) >= 0x2E80 else 1


def wrap_units(text: str, units: int) -> str:
    """Wrap `text` to lines of at most `units` display units (a CJK character is two): at a
    space between English words, between Chinese words (rjieba), so a company name breaks as
    "靖海电力 / 股份有限公司", not inside a word; a word longer than a line is cut anywhere."""
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line, width = "", 0
        for token in _tokens(para):
            if token.isspace():
                if line:
                    line, width = line + " ", width + 1
                continue
            size = sum(map(char_units, token))
            if width + size > units and line.strip():
                lines.append(line.rstrip())
                line, width = "", 0
            for ch in token:
                if width + char_units(ch) > units and line:
                    lines.append(line.rstrip())
                    line, width = "", 0
                line, width = line + ch, width + char_units(ch)
        lines.append(line.rstrip())
    return "\n".join(lines)


_CLOSING = "，。、：；）)"


@cache
def _name_segmenter() -> Segmenter:
    """rjieba with the legal forms of company names as words ("股份有限公司" stays whole)."""
    seg = new_segmenter()
    for form in legal_forms():
        if not form.isascii() and not form.startswith(("（", "(")):
            seg.add_word(form, None, None)
    return seg


def _tokens(para: str) -> list[str]:
    """Words of `para`, spaces as their own tokens, closing punctuation kept with the word
    before it (a line never starts with "，" or "）")."""
    out: list[str] = []
    for piece in _name_segmenter().cut(para, True):
        if piece and piece in _CLOSING and out and not out[-1].isspace():
            out[-1] += piece
        else:
            out.append(piece)
    return out


def units_per_line(width_in: float, fontsize: float) -> int:
    """How many display units fit on a line `width_in` inches wide at `fontsize` (a unit is
    about 0.55 em in DejaVu / Noto Sans, bold included)."""
    return max(10, int(width_in * 72 / (fontsize * 0.6)))


def points_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text).strip("_") or "unspecified"
