"""Shared fixtures: the bundled papers, their notes, the Young gold graph."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from nkcite import extract_notes
from nkcite.pipeline import bundled_papers

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"
YOUNG = ROOT / "references" / "papers" / "young-2019-nkidp-wp7.txt"
MIYAMOTO = ROOT / "references" / "papers" / "miyamoto-2024-nk-vietnam-war.txt"


@pytest.fixture(scope="session")
def young_text() -> str:
    return YOUNG.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def miyamoto_text() -> str:
    return MIYAMOTO.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def young_notes(young_text):
    return {n.number: n for n in extract_notes(young_text)[0]}


@pytest.fixture(scope="session")
def miyamoto_notes(miyamoto_text):
    return {n.number: n for n in extract_notes(miyamoto_text)[0]}


@pytest.fixture(scope="session")
def young_gold() -> dict:
    return json.loads((FIXTURES / "young-2019.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def papers():
    return bundled_papers()


@pytest.fixture(scope="session")
def corpus_graph():
    """Both bundled papers parsed together (the exported corpus)."""
    from nkcite import parse_files
    return parse_files()
