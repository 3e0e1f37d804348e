"""Stage 4: ibid. and short forms point to the work they repeat (Miyamoto paper)."""
from __future__ import annotations

import pytest

from nkcite import parse_files


@pytest.fixture(scope="module")
def graph(papers):
    return parse_files(papers)


def cites(graph, doc_id, number):
    doc = next(d for d in graph.documents if d.id == doc_id)
    note = next(n for n in doc.notes if n.number == number)
    return [(c.form, c.ref, c.locator) for c in note.citations]


def ref_of(graph, doc_id, number, index=0):
    return cites(graph, doc_id, number)[index][1]


@pytest.mark.parametrize("short, full, full_index", [
    pytest.param(90, 48, 1, id="KIM Hyok-mo short title -> note 48's book"),
    pytest.param(41, 29, 2, id="'Vietnam took advantage of support' -> the second book"),
    pytest.param(42, 29, 1, id="'Vietnam took advantage of military aid' -> the first book"),
    pytest.param(45, 20, 1, id="Miyamoto part (2) -> part (2)"),
    pytest.param(37, 20, 0, id="Miyamoto part (1) -> part (1)"),
])
def test_short_forms_resolve(graph, short, full, full_index):
    form, ref, _ = cites(graph, "miyamoto-2024", short)[0] if short != 90 else cites(graph, "miyamoto-2024", 90)[1]
    assert form == "short"
    assert ref == ref_of(graph, "miyamoto-2024", full, full_index)


def test_ibid_picks_the_source_whose_pages_hold_the_pinpoint(graph):
    assert cites(graph, "miyamoto-2024", 63) == [("ibid", ref_of(graph, "miyamoto-2024", 62, 1), "262")]


def test_title_and_date_repeat_is_short(graph):
    assert cites(graph, "young-2019", 19)[0][:2] == ("short", ref_of(graph, "young-2019", 16))


def test_bare_newspaper_repeat_is_short(graph):
    assert cites(graph, "miyamoto-2024", 44) == [
        ("short", ref_of(graph, "miyamoto-2024", 10, 0), None), ("short", ref_of(graph, "miyamoto-2024", 10, 1), None)]
