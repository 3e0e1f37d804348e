"""CSL-JSON and Zotero-flavoured CSL-JSON, validated against the official schema."""
from __future__ import annotations

import json

import pytest

from nkcite.formats import csljson, render
from nkcite.formats.csljson import ZOTERO_TYPES

from .conftest import SHARED

SCHEMA = SHARED / "schemas" / "csl-data.json"
needs_schema = pytest.mark.skipif(not SCHEMA.exists(), reason="../shared (CSL schema) is absent")


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


@needs_schema
@pytest.mark.parametrize("fmt", ["csl-json", "zotero"])
def test_corpus_is_valid_csl_json(corpus_graph, validator, fmt):
    items = json.loads(render(corpus_graph, fmt))
    assert [e.message for e in validator.iter_errors(items)] == []
    assert [i["id"] for i in items] == [w["id"] for w in corpus_graph.references]


def test_csl_json_is_the_references(corpus_graph):
    assert json.loads(render(corpus_graph, "csl-json")) == corpus_graph.references


def test_zotero_keeps_only_zotero_types_and_loses_nothing(corpus_graph):
    items = json.loads(render(corpus_graph, "zotero"))
    for work, item in zip(corpus_graph.references, items):
        assert item["type"] in ZOTERO_TYPES or item["type"] == csljson.ZOTERO_FALLBACK_TYPE
        assert item["citation-key"] == work["id"]
        fields, roles = ZOTERO_TYPES.get(work["type"], csljson.ZOTERO_FALLBACK)
        extra = item.get("note", "").split("\n")
        for variable, value in work.items():
            if variable in ("id", "type", "note"):
                continue
            if variable in item:
                assert item[variable] == csljson._integer_dates(value)
            elif variable in csljson.NAME_VARIABLES:
                assert all(f"{variable}: {csljson._name_line(n)}" in extra for n in value)
            else:
                assert f"{variable}: {csljson._extra_value(value)}" in extra, (work["id"], variable)
        if work.get("note"):
            assert item["note"].endswith(work["note"])


@pytest.mark.parametrize("work, moved", [
    # magazine articles have no publisher or place in Zotero
    ({"id": "k", "type": "article-magazine", "title": "Amid Warm Welcome", "container-title": "Korea Today",
      "publisher": "DPRK Foreign Languages Publishing House", "publisher-place": "Pyongyang"},
     ["publisher-place: Pyongyang", "publisher: DPRK Foreign Languages Publishing House"]),
    # original titles and archive places have no Zotero field anywhere
    ({"id": "m", "type": "manuscript", "title": "Report", "archive": "State Central Archive",
      "archive-place": "Prague", "original-title": "Zpráva", "issued": {"date-parts": [[1965, 5, 27]]},
      "recipient": [{"literal": "SecState"}]},
     ["archive-place: Prague", "original-title: Zpráva", "recipient: SecState"]),
])
def test_zotero_moves_unsupported_variables_to_extra(work, moved):
    item = csljson.zotero_item(work)
    assert item["note"].split("\n") == moved
    assert all(line.split(":")[0] not in item for line in moved)


def test_zotero_dates_are_integers():
    item = csljson.zotero_item({"id": "x", "type": "book", "issued": {"date-parts": [["1965", "3"]]}})
    assert item["issued"] == {"date-parts": [[1965, 3]]}


@pytest.mark.parametrize("season, name", [pytest.param(1, "Spring", id="spring"), pytest.param(3, "Autumn", id="autumn")])
def test_zotero_keeps_a_season_by_name(season, name):
    """Zotero writes `season year` as the item's date: `Spring 2002`, where 1 gave `1 2002` (day 1)."""
    item = csljson.zotero_item({"id": "x", "type": "article-journal",
                                "issued": {"date-parts": [[2002]], "season": season}})
    assert item["issued"] == {"date-parts": [[2002]], "season": name}
