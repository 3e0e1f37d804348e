"""RIS export, read back by rispy (an independent reader)."""
from __future__ import annotations

import pytest
import rispy

from nkcite.formats import render, ris
from nkcite.model import Graph


@pytest.fixture(scope="module")
def records(corpus_graph):
    return rispy.loads(render(corpus_graph, "ris"))


def test_one_record_per_work_in_order(corpus_graph, records):
    assert [r["id"] for r in records] == [w["id"] for w in corpus_graph.references]


def test_every_variable_reads_back(corpus_graph, records):
    """Each value is under its tag or, for a variable without one, an `N1` line."""
    by_key = {value: key for key, value in rispy.TAG_KEY_MAPPING.items()}
    checked = 0
    for work, record in zip(corpus_graph.references, records):
        notes = record.get("notes", [])
        for variable, value in work.items():
            if variable in ("id", "type") or not isinstance(value, str):
                continue
            tag = ris.TEXT_TAGS.get(variable)
            field = rispy.TAG_KEY_MAPPING.get(tag)
            got = record.get(field)
            if variable == "note":
                assert " ".join(value.split()) in notes, work["id"]
            elif variable == "page":
                assert "-".join(filter(None, (record.get("start_page"), record.get("end_page")))) == value
            elif got == value or (isinstance(got, list) and value in got):
                checked += 1
            else:
                assert f"{variable}: {value}" in notes, (work["id"], variable, by_key.get(field))
        for role, tag in ris.NAME_TAGS.items():
            names = record.get(rispy.TAG_KEY_MAPPING[tag], [])
            assert all(ris._name(n) in names for n in work.get(role, [])), (work["id"], role)
    assert checked > 500


@pytest.mark.parametrize("work, tags", [
    pytest.param({"id": "t", "type": "manuscript", "title": "Telegram", "archive": "NARA II",
                  "archive_location": "Box 2262", "issued": {"date-parts": [[1967, 11, 14]]}},
                 {"type_of_reference": "MANSCPT", "name_of_database": "NARA II", "accession_number": "Box 2262",
                  "year": "1967", "date": "1967/11/14"}, id="an archival record"),
    pytest.param({"id": "s", "type": "article-journal", "title": "T", "page": "58-67",
                  "issued": {"date-parts": [[2002]], "season": 1}},
                 {"type_of_reference": "JOUR", "start_page": "58", "end_page": "67", "date": "2002///Spring"},
                 id="a season and a page range"),
    pytest.param({"id": "w", "type": "webpage", "title": "T\nwrapped", "URL": "https://example.org/a%20b#c",
                  "accessed": {"date-parts": [[2013, 3, 21]]}},
                 {"type_of_reference": "ELEC", "title": "T wrapped", "urls": ["https://example.org/a%20b#c"],
                  "access_date": "2013/03/21"}, id="a web page"),
    pytest.param({"id": "c", "type": "legal_case", "title": "Carver v. Lusk Mills Co.", "container-title": "Mass.",
                  "volume": "118", "page": "402", "issued": {"date-parts": [[1875]]}},
                 {"type_of_reference": "CASE", "title": "Carver v. Lusk Mills Co.", "volume": "118",
                  "start_page": "402"}, id="a law report"),
    pytest.param({"id": "h", "type": "hearing", "container-title": "HC Deb", "volume": "206",
                  "issued": {"date-parts": [[1871, 5, 3]]}},
                 {"type_of_reference": "HEAR", "volume": "206", "date": "1871/05/03"}, id="a debate"),
    pytest.param({"id": "r", "type": "song", "title": "Sea Songs", "publisher": "Decca", "number": "SXL 6123",
                  "issued": {"date-parts": [[1964]]}},
                 {"type_of_reference": "SOUND", "title": "Sea Songs", "publisher": "Decca"}, id="a recording"),
])
def test_records(work, tags):
    [record] = rispy.loads(render(Graph([], [work]), "ris"))
    assert {k: record.get(k) for k in tags} == tags
