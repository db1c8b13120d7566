"""The production wheel's mypyc list (pyproject.toml) names only modules mypyc can build: a
module defining a pydantic model fails the wheel's C compile (`CPyModule_pydantic___main`
undeclared, session 17), which only `scripts/build-wheel.sh` would show, minutes later in CI.
Such models live in a `*_data.py` module beside the compiled one (nav_prose_data.py,
boundaries_data.py)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _compiled() -> list[Path]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]["include"]
    return [ROOT / name for name in include]


def _pydantic_models(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
            and any((isinstance(b, ast.Name) and b.id == "BaseModel")
                    or (isinstance(b, ast.Attribute) and b.attr == "BaseModel")
                    for b in node.bases)]


def test_the_compiled_modules_exist() -> None:
    modules = _compiled()
    assert len(modules) > 30
    assert all(path.is_file() for path in modules), [p for p in modules if not p.is_file()]


def test_no_compiled_module_defines_a_pydantic_model() -> None:
    found = {path.name: names for path in _compiled() if (names := _pydantic_models(path))}
    assert found == {}


def test_the_check_sees_a_model(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import pydantic\nfrom pydantic import BaseModel\n"
                      "class A(BaseModel):\n    x: int\n"
                      "class B(pydantic.BaseModel):\n    y: int\n"
                      "class C:\n    z: int\n", encoding="utf-8")
    assert _pydantic_models(module) == ["A", "B"]
