"""The corpus store: parsed papers round-trip through SQLite; a store of another nkcite is emptied."""
from __future__ import annotations

import sqlite3

import pytest

from nkcite import parse_files
from nkcite.corpus.store import PaperStore, paper_key, paper_row
from nkcite.dedupe import candidates, profiles_of
from nkcite.pipeline import read_document

from .conftest import MIYAMOTO, YOUNG


key, parsed = paper_key, read_document


@pytest.fixture
def store(tmp_path):
    db = PaperStore(tmp_path / "run.sqlite")
    for path in (YOUNG, MIYAMOTO):
        db.put(key(path), paper_row(*parsed(path)))
    yield db
    db.close()


def test_documents_come_back_as_they_were_parsed(store):
    keys = [key(YOUNG), key(MIYAMOTO)]
    first = [parsed(p)[0] for p in (YOUNG, MIYAMOTO)]
    back = list(store.documents(keys))
    assert [d.to_json() for d in back] == [d.to_json() for d in first]
    for before, after in zip(first, back):
        assert [c for _, _, c in after.citations()] == [c for _, _, c in before.citations()]
        assert after.diagnostics == before.diagnostics


def test_profiles_and_works_come_back_in_paper_order(store):
    keys = [key(MIYAMOTO), key(YOUNG)]           # the order asked for, not the order stored
    first = [parsed(p)[0] for p in (MIYAMOTO, YOUNG)]
    assert list(store.profiles(keys)) == [p for doc in first for p in profiles_of(doc)]
    assert list(store.works(keys)) == [c.work for doc in first for c in candidates(doc)]
    assert store.totals(keys) == (155, 202)


def test_reading_diagnostics_are_kept_apart(tmp_path):
    latin = tmp_path / "latin-1999.txt"
    latin.write_bytes("Body.¹\n\n¹ *Rodong Sinmun*, March 27, 1965. Café.\n".encode("cp1252"))
    db = PaperStore(tmp_path / "run.sqlite")
    db.put(key(latin), paper_row(*parsed(latin)))
    assert [d.kind for d in db.diagnostics([key(latin)], "reading")] == ["encoding"]
    assert db.diagnostics([key(latin)], "diagnostics") == parse_files([latin]).diagnostics[1:]


def test_a_store_made_by_another_nkcite_is_emptied(store, tmp_path):
    assert len(store.keys()) == 2
    store.close()
    with sqlite3.connect(tmp_path / "run.sqlite") as db:
        db.execute("UPDATE meta SET value = '0 0.0.1' WHERE name = 'made-by'")
    db.close()
    assert PaperStore(tmp_path / "run.sqlite").keys() == set()


def test_a_changed_paper_has_another_key(tmp_path):
    paper = tmp_path / "kim-1998.txt"
    paper.write_text("Body.¹\n\n¹ *Rodong Sinmun*, March 27, 1965.\n", encoding="utf-8")
    before = key(paper)
    paper.write_text("Body.¹\n\n¹ *Rodong Sinmun*, March 28, 1965.\n", encoding="utf-8")
    assert key(paper) != before
    assert key(tmp_path / "missing.txt") != key(tmp_path / "missing.txt")   # read anew each time


def test_a_lone_surrogate_in_a_text_is_stored_as_it_is(tmp_path):
    """Text read from a broken file may hold one; the store must not be where it fails."""
    from nkcite.model import Citation, Document, Note
    note = Note(1, "Kim \ud800 Il-sung, *Works* (1965).", [Citation("Kim \ud800 Il-sung, *Works* (1965).",
                                                                  work={"title": "Works \ud800"})])
    db = PaperStore(tmp_path / "run.sqlite")
    db.put("k", paper_row(Document("kim-1965", "kim-1965.txt", [note]), []))
    assert next(db.documents(["k"])).notes[0].text == note.text
    assert list(db.works(["k"])) == [{"title": "Works \ud800"}]


def test_a_store_opens_where_the_package_metadata_cannot_be_read(tmp_path, monkeypatch):
    """Found in CI (session 17): run as nobody, with the package installed under umask 077,
    `importlib.metadata` found no nkcite, and the export failed; the version is read at import."""
    import importlib.metadata

    def unreadable(cls, name):
        raise importlib.metadata.PackageNotFoundError(name)
    monkeypatch.setattr(importlib.metadata.Distribution, "from_name", classmethod(unreadable))
    store = PaperStore(tmp_path / "run.sqlite")
    assert store.keys() == set()
    store.close()
