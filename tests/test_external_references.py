"""AnyStyle's labelled reference sets (../shared/external/anystyle, BSD) as a
robustness corpus: 12,000 general reference strings in many styles. Every
one parses without an exception, and every export of them is valid."""
from __future__ import annotations

import json

import pytest

from nkcite import parse_citation
from nkcite.formats import render
from nkcite.model import Graph

from .conftest import SHARED

ANYSTYLE = SHARED / "external" / "anystyle"
pytestmark = pytest.mark.skipif(not ANYSTYLE.exists(), reason="../shared (AnyStyle sets) is absent")


@pytest.fixture(scope="module")
def anystyle_graph() -> Graph:
    from lxml import etree
    works = []
    for name in ("core", "gold", "good", "bad", "ugly"):
        for sequence in etree.parse(str(ANYSTYLE / f"{name}.xml")).getroot().iter("sequence"):
            text = " ".join("".join(sequence.itertext()).split())
            works.append({"id": f"{name}{len(works)}", **parse_citation(text).work})
    return Graph(documents=[], references=works)


def test_every_reference_parses_to_a_typed_work(anystyle_graph):
    assert len(anystyle_graph.references) > 10_000
    assert all(work.get("type") for work in anystyle_graph.references)


def test_csl_json_of_every_reference_is_valid(anystyle_graph):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SHARED / "schemas" / "csl-data.json").read_text(encoding="utf-8"))
    items = json.loads(render(anystyle_graph, "csl-json"))
    assert [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(items)][:5] == []


@pytest.mark.parametrize("fmt", ["biblatex", "bibtex"])
def test_bib_of_every_reference_reads_back(anystyle_graph, fmt):
    from pybtex.database import parse_string
    entries = parse_string(render(anystyle_graph, fmt), "bibtex").entries
    assert list(entries) == [w["id"] for w in anystyle_graph.references]


def test_chicago_renders_a_sample(anystyle_graph):
    sample = Graph(documents=[], references=anystyle_graph.references[::60])
    lines = render(sample, "chicago").splitlines()
    assert len(lines) == len(sample.references) and all(line.strip() for line in lines)
