"""Module-level names are defined once: a second definition silently replaces the first for every reader
(two different _CLAUSE_END and _GROUP_WORD patterns once lived in assemble.py, and only the later one ran)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dataset"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_defined_twice(path: Path) -> None:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text()).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                lines[target.id].append(node.lineno)
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            lines[node.name].append(node.lineno)
    twice = {name: at for name, at in lines.items() if len(at) > 1}
    assert not twice, f"{path.name}: defined more than once: {twice}"
