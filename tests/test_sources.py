"""Finding the papers: files as given, directories walked in a fixed order."""
from __future__ import annotations

from pathlib import Path

import pytest

from nkcite import InputError, parse_files
from nkcite.output import graph_json
from nkcite.sources import find_papers

from .conftest import MIYAMOTO, YOUNG


def _tree(root, names):
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("Body.¹\n\n¹ *Rodong Sinmun*, March 27, 1965.\n", encoding="utf-8")
    return root


def test_a_directory_is_walked_oldest_first_then_by_path(tmp_path):
    _tree(tmp_path, ["b/lee-2003.txt", "kim-1998.TXT", "a/park-2003.md", "undated.txt", "notes.csv",
                     ".hidden/old-1901.txt", "b/.draft-1950.txt", "c/ri-2003.docx"])
    found = [p.relative_to(tmp_path).as_posix() for p in find_papers([tmp_path])]
    assert found == ["kim-1998.TXT", "a/park-2003.md", "b/lee-2003.txt", "c/ri-2003.docx", "undated.txt"]


def test_files_are_taken_as_given_and_in_that_order(tmp_path):
    given = [MIYAMOTO, tmp_path / "missing.txt", "-", YOUNG]
    assert find_papers(given) == [MIYAMOTO, tmp_path / "missing.txt", Path("-"), YOUNG]


def test_a_directory_without_papers_is_an_input_error(tmp_path):
    _tree(tmp_path, ["notes.csv"])
    with pytest.raises(InputError, match="is a directory without papers"):
        find_papers([tmp_path])


def test_parsing_a_directory_is_parsing_its_papers(tmp_path):
    for paper in (MIYAMOTO, YOUNG):
        (tmp_path / paper.name).write_bytes(paper.read_bytes())
    in_order = [tmp_path / YOUNG.name, tmp_path / MIYAMOTO.name]     # oldest first
    assert graph_json(parse_files([tmp_path])) == graph_json(parse_files(in_order))
