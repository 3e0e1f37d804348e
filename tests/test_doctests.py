"""The examples in the docstrings (real footnotes) are run as tests."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import nkcite

MODULES = sorted(m.name for m in pkgutil.walk_packages(nkcite.__path__, "nkcite."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
