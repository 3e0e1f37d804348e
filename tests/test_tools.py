"""The citeproc-js comparison (runs where node and tools/node_modules/citeproc exist)."""
from __future__ import annotations

import shutil
import sys

import pytest

from .conftest import ROOT

needs_citeproc_js = pytest.mark.skipif(
    not (shutil.which("node") and (ROOT / "tools" / "node_modules" / "citeproc").exists()),
    reason="node or citeproc-js absent (npm install --prefix tools citeproc)")


@needs_citeproc_js
def test_chicago_output_matches_citeproc_js():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import compare_citeproc_js
    finally:
        sys.path.pop(0)
    results = compare_citeproc_js.report(show=0)
    for kind, (same, total) in results.items():
        assert same / total >= 0.95, kind
