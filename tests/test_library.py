"""The library: add, re-read, join, merge, split, edit, show; frozen ids; transactions."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nkcite import parse_files
from nkcite.errors import LibraryError
from nkcite.library import (add_paper, add_papers, edit, library_graph, merge, open_store, show, split)
from nkcite.library.store import SCHEMA_VERSION
from nkcite.output import graph_json

from .conftest import MIYAMOTO, YOUNG
from .varied_papers import paper_text, varied_paper

WEIS = ('Toni Weis, "The Politics Machine: On the Concept of Solidarity," '
        "*Journal of Southern African Studies* vol. 37, no. 2 (2011), {page}.")
CHEN = "Jian Chen, *Mao's China and the Cold War* (Chapel Hill: The University of North Carolina Press, 2001), {page}."


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "refs.sqlite") as opened:
        yield opened


def write(path: Path, notes: list[str]) -> Path:
    path.write_text(paper_text(notes), encoding="utf-8")
    return path


def refs_of(store) -> dict[tuple[str, int, int], str]:
    """(paper, note index, citation index) -> the id it cites."""
    graph = library_graph(store)
    return {(d.id, i, j): c.ref for d in graph.documents for i, j, c in d.citations()}


def ids(store) -> list[str]:
    return [r["id"] for r in library_graph(store).references]


def test_the_bundled_papers_give_the_same_graph_as_a_run_over_them(store):
    added = add_papers(store, [YOUNG, MIYAMOTO])
    assert [a.status for a in added] == ["added", "added"] and added[1].joined == 2
    library, run = json.loads(graph_json(library_graph(store))), json.loads(graph_json(parse_files()))
    assert [{k: v for k, v in r.items() if k != "id"} for r in library["references"]] == \
        [{k: v for k, v in r.items() if k != "id"} for r in run["references"]]
    assert library["documents"][0]["notes"][5]["text"] == run["documents"][0]["notes"][5]["text"]
    assert len(set(ids(store))) == 150


def test_a_paper_whose_text_did_not_change_is_not_read_again(store, tmp_path):
    add_paper(store, YOUNG)
    before = graph_json(library_graph(store))
    copy = tmp_path / "copy-of-young.txt"
    copy.write_bytes(YOUNG.read_bytes())
    assert add_paper(store, YOUNG).status == "unchanged"
    assert add_paper(store, copy).same_as == "young-2019"       # the same paper twice counts once
    assert graph_json(library_graph(store)) == before


def test_a_changed_paper_is_read_again_keeping_its_ids(store, tmp_path):
    paper = write(tmp_path / "essay.txt", [WEIS.format(page=364), CHEN.format(page=12), "Ibid., 13."])
    add_paper(store, paper)
    before = refs_of(store)
    write(paper, [WEIS.format(page=365), "*Rodong Sinmun*, March 27, 1965.", CHEN.format(page=12), "Ibid., 14."])
    assert add_paper(store, paper).status == "re-read"
    after = refs_of(store)
    assert after["essay", 0, 0] == before["essay", 0, 0] == "weis2011politics"
    assert after["essay", 2, 0] == after["essay", 3, 0] == before["essay", 1, 0] == "chen2001maos"
    write(paper, [CHEN.format(page=12)])
    add_paper(store, paper)
    assert ids(store) == ["chen2001maos"]                # Weis and the issue are cited no more


def test_new_citations_join_the_works_already_there(store, tmp_path):
    add_paper(store, write(tmp_path / "one.txt", [WEIS.format(page=364)]))
    other = write(tmp_path / "two.txt", [WEIS.format(page=370).replace("Solidarity", "Solidarity'"),
                                         CHEN.format(page=3)])
    assert add_paper(store, other).joined == 1
    assert ids(store) == ["weis2011politics", "chen2001maos"]
    assert "two, note 1 (full), at 370" in show(store, "weis2011politics")


def test_ids_never_reused_once_a_work_is_gone(store, tmp_path):
    paper = write(tmp_path / "essay.txt", [WEIS.format(page=1)])
    add_paper(store, paper)
    write(paper, [CHEN.format(page=1)])
    add_paper(store, paper)
    write(paper, [WEIS.format(page=1)])
    add_paper(store, paper)
    assert ids(store) == ["weis2011politicsmachine"]     # the old id is retired, not handed out again


def test_merge_keeps_the_old_id_as_an_alias_and_survives_a_re_read(store, tmp_path):
    paper = write(tmp_path / "essay.txt", [WEIS.format(page=1), CHEN.format(page=2)])
    add_paper(store, paper)
    assert merge(store, "weis2011politics", "chen2001maos") == "weis2011politics"
    assert library_graph(store).aliases == {"weis2011politics": ["chen2001maos"]}
    assert show(store, "chen2001maos").startswith("weis2011politics  (merged ids: chen2001maos)")
    write(paper, [WEIS.format(page=1), CHEN.format(page=2), "*Rodong Sinmun*, March 27, 1965."])
    add_paper(store, paper)
    assert len({r for r in refs_of(store).values()}) == 2          # still merged after the re-read
    with pytest.raises(LibraryError, match="already the same work"):
        merge(store, "weis2011politics", "chen2001maos")


def test_split_undoes_a_merge_and_later_runs_keep_it_split(store, tmp_path):
    paper = write(tmp_path / "essay.txt", [WEIS.format(page=1), CHEN.format(page=2)])
    add_paper(store, paper)
    merge(store, "weis2011politics", "chen2001maos")
    assert split(store, "weis2011politics") == ["weis2011politics", "chen2001maos"]
    assert ids(store) == ["weis2011politics", "chen2001maos"]
    with pytest.raises(LibraryError, match="nothing to split"):
        split(store, "chen2001maos")


def test_split_of_a_dedupe_merge_is_never_merged_again(store, tmp_path):
    typo = WEIS.replace("Politics", "Politcs")
    add_paper(store, write(tmp_path / "one.txt", [WEIS.format(page=1), typo.format(page=2)]))
    assert ids(store) == ["weis2011politics"]
    assert split(store, "weis2011politics") == ["weis2011politics", "weis2011politcs"]
    add_paper(store, write(tmp_path / "two.txt", [typo.format(page=5), WEIS.format(page=6)]))
    assert ids(store) == ["weis2011politics", "weis2011politcs"]
    refs = refs_of(store)
    assert (refs["two", 0, 0], refs["two", 1, 0]) == ("weis2011politcs", "weis2011politics")


def test_edits_are_kept_whatever_later_papers_bring(store, tmp_path):
    add_paper(store, write(tmp_path / "one.txt", [WEIS.format(page=1)]))
    edited = edit(store, "weis2011politics", ["title=The Politics Machine", "issued=2011-06",
                                              "author=Weis, Toni; Namibia Archive", "volume="])
    assert edited["issued"] == {"date-parts": [[2011, 6]]} and "volume" not in edited
    assert edited["author"] == [{"family": "Weis", "given": "Toni"}, {"literal": "Namibia Archive"}]
    add_paper(store, write(tmp_path / "two.txt", [WEIS.format(page=9)]))
    work = library_graph(store).references[0]
    assert (work["title"], work["id"], "volume" in work) == ("The Politics Machine", "weis2011politics", False)
    assert "edited by you: author, issued, title, volume" in show(store, "weis2011politics")


@pytest.mark.parametrize("assignment, message", [
    pytest.param("colour=red", "not a CSL variable", id="unknown field"),
    pytest.param("type=novel", "not a CSL type", id="unknown type"),
    pytest.param("title", "not FIELD=VALUE", id="no equals sign"),
])
def test_bad_edits_are_refused_whole(store, tmp_path, assignment, message):
    add_paper(store, write(tmp_path / "one.txt", [WEIS.format(page=1)]))
    before = graph_json(library_graph(store))
    with pytest.raises(LibraryError, match=message):
        edit(store, "weis2011politics", ["title=Changed", assignment])
    assert graph_json(library_graph(store)) == before


def test_ids_given_stay_as_papers_are_added_one_by_one(store, tmp_path):
    """The benchmark does this with 1,000 papers; here 12 of 60 notes."""
    seen: dict[tuple[str, int, int], str] = {}
    for k in range(12):
        path = tmp_path / f"varied-{k}.txt"
        path.write_text(varied_paper(k, size=60), encoding="utf-8")
        add_paper(store, path)
        refs = refs_of(store)
        assert {where: refs[where] for where in seen} == seen
        seen = refs
    assert len(set(ids(store))) == len(ids(store)) > 200


@pytest.mark.parametrize("content, message", [
    pytest.param(b"not a database at all, just text\n" * 40, "is not an nkcite library (not an SQLite file)",
                 id="a text file"),
    pytest.param(None, "is an SQLite file but not an nkcite library", id="another SQLite file"),
])
def test_a_file_that_is_not_a_library_is_refused(tmp_path, content, message):
    path = tmp_path / "refs.sqlite"
    if content is None:
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    else:
        path.write_bytes(content)
    with pytest.raises(LibraryError, match=re.escape(message)):
        open_store(path)
    assert content is None or path.read_bytes() == content          # never written to


def test_a_library_from_a_newer_nkcite_is_refused(tmp_path):
    path = tmp_path / "refs.sqlite"
    open_store(path).close()
    sqlite3.connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}").connection.close()
    with pytest.raises(LibraryError, match=f"library version {SCHEMA_VERSION + 1} is newer"):
        open_store(path)


def test_an_unknown_id_is_a_one_line_error(store):
    with pytest.raises(LibraryError, match="nosuch2000: no work with this id"):
        show(store, "nosuch2000")


KILLED_ADD = """
import sys, time
from nkcite.library import ingest, open_store
original = ingest._store_notes
def slow(*args):
    original(*args)                     # the citations are written, the transaction still open
    print("in transaction", flush=True)
    time.sleep(60)
ingest._store_notes = slow
with open_store(sys.argv[1]) as store:
    ingest.add_paper(store, sys.argv[2])
"""


def test_a_killed_add_leaves_the_library_readable_and_unchanged(tmp_path):
    library = tmp_path / "refs.sqlite"
    with open_store(library) as store:
        add_paper(store, YOUNG)
        before = graph_json(library_graph(store))
    child = subprocess.Popen([sys.executable, "-c", KILLED_ADD, str(library), str(MIYAMOTO)],
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    try:
        assert child.stdout.readline() == "in transaction\n"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with open_store(library) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert graph_json(library_graph(store)) == before
        assert add_paper(store, MIYAMOTO).status == "added"          # and it works on
