"""Chicago notes and bibliography through citeproc-py, with nkcite's workarounds."""
from __future__ import annotations

import pytest

from nkcite.formats import chicago, render
from nkcite.model import Citation, Document, Graph, Note

PRIBBENOW = {"id": "pribbenow2011north", "type": "report", "title": "North Korean Pilots in the Skies over Vietnam",
             "author": [{"family": "Pribbenow", "given": "Merle"}], "collection-title": "NKIDP e-Dossier",
             "number": "2", "publisher": "Wilson Center", "issued": {"date-parts": [[2011, 11]]}}
RODONG = {"id": "rodong", "type": "article-newspaper", "container-title": "Rodong Sinmun",
          "issued": {"date-parts": [[1965, 3, 27]]}}
ARTICLE = {"id": "Weis2011", "type": "article-journal", "author": [{"family": "Weis", "given": "Toni"}],
           "title": "The Politics Machine", "container-title": "Journal of Southern African Studies",
           "volume": "37", "issue": "2", "issued": {"date-parts": [[2011]]}}
FILM = {"id": "film", "type": "motion_picture", "title": "White Jade",
        "director": [{"family": "Kim", "given": "Moon-son"}], "issued": {"date-parts": [[2009]]}}


def entries(*works):
    return dict(chicago.bibliography_entries(list(works)))


def test_given_names_are_not_initialised():
    # citeproc-py alone gives "Pribbenow, M."
    assert entries(PRIBBENOW)["pribbenow2011north"].startswith("Pribbenow, Merle. North Korean Pilots")


def test_no_label_for_an_empty_variable():
    # citeproc-py alone adds "Edition." after every newspaper issue
    assert "Edition" not in entries(RODONG)["rodong"]


def test_punctuation_inside_quotes_and_ids_kept():
    text = entries(ARTICLE)["Weis2011"]
    assert "“The Politics Machine.”" in text


def test_director_does_not_crash():
    assert entries(FILM)["film"].startswith("Kim, Moon-son, dir. White Jade.")


@pytest.mark.parametrize("text, expected", [
    ("“Title”. Mao's 'Solidarity'", "“Title.” Mao’s ‘Solidarity’"),
    ("‘Inner’”, next", "‘Inner,’” next"),
    ("http://example.org/it's", "http://example.org/it's"),
])
def test_typeset(text, expected):
    assert chicago.typeset(text) == expected


def _document(*cites):
    notes = [Note(number=i, text=raw, citations=[Citation(raw=raw, ref=ref, locator=loc, label="page" if loc else None)])
             for i, (raw, ref, loc) in enumerate(cites, 1)]
    return Document(id="d", source="d.txt", notes=notes)


def test_notes_full_then_short_and_same_page_repeat():
    document = _document(("Weis, 364.", "Weis2011", "364"), ("Weis, 364.", "Weis2011", "364"),
                         ("Rodong.", "rodong", None), ("Weis, 365.", "Weis2011", "365"))
    first, second, third, fourth = chicago.note_clusters(document, [ARTICLE, RODONG])
    assert first == ["Toni Weis, “The Politics Machine,” Journal of Southern African Studies 37, no. 2 (2011): 364."]
    assert "364" not in second[0] or "Ibid., 364" not in second[0]   # not "ibid., 364" for the same page
    assert fourth[0].startswith("Weis, “Politics Machine,” 365") or fourth[0].startswith("Weis, “The Politics")


def test_chicago_notes_keep_commentary():
    note = Note(number=1, text="For the background, see Toni Weis, The Politics Machine, 364. More follows.",
                citations=[Citation(raw="Toni Weis, The Politics Machine, 364", ref="Weis2011", locator="364",
                                    label="page")])
    graph = Graph(documents=[Document(id="d", source="d.txt", notes=[note])], references=[ARTICLE])
    text = render(graph, "chicago-notes")
    assert text.startswith("# d\n1. For the background, see Toni Weis, “The Politics Machine,”")
    assert text.rstrip().endswith("(2011): 364. More follows.")


def test_corpus_notes_one_line_per_note(corpus_graph):
    lines = render(corpus_graph, "chicago-notes").splitlines()
    numbered = [line for line in lines if line[:1].isdigit()]
    assert len(numbered) == sum(len(d.notes) for d in corpus_graph.documents) == 155
