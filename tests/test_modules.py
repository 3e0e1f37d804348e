"""The package's modules: each top-level name is bound once (a second binding silently replaces the first)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "nkcite"


def top_level_names(path: Path) -> Counter:
    """How many times each name is bound at a module's top level (assignments and definitions)."""
    names: Counter = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


@pytest.mark.parametrize("path", sorted(SOURCE.rglob("*.py")), ids=lambda p: str(p.relative_to(SOURCE)))
def test_each_name_is_bound_once(path):
    """Found in session 25: `REPRINT_WORDS`, `REPOSITORY_WORDS`, `NUMBER_WORDS` and `CLOSING_QUOTES` were each
    defined twice in `parse/repair.py`, and the rules written for the first definition read the second."""
    twice = {name for name, count in top_level_names(path).items() if count > 1}
    assert not twice
