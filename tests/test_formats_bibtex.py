"""BibLaTeX/BibTeX exports read back by pybtex and by bibtexparser (+ pylatexenc)."""
from __future__ import annotations

import bibtexparser
import pytest
from bibtexparser.middlewares import LatexDecodingMiddleware
from pybtex.database import parse_string
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from nkcite.formats import bibtex as bib
from nkcite.formats import render
from nkcite.model import Graph

# pylatexenc's default table lacks LaTeX's \textbraceleft/\textbraceright and
# maps \textasciicircum to a modifier letter; teach it what LaTeX prints.
_CONTEXT = get_default_latex_context_db().filter_context()
_CONTEXT.add_context_category("latex-text-commands", prepend=True, macros=[
    MacroTextSpec("textbraceleft", "{"), MacroTextSpec("textbraceright", "}"),
    MacroTextSpec("textasciicircum", "^")])
DECODER = LatexNodes2Text(latex_context=_CONTEXT, math_mode="verbatim")

# Injection and special-character cases (issue 4 §3, issue 5 §2).
NASTY = [
    "Close } then { open",
    r"\input{/etc/passwd}",
    "@comment{ at sign",
    "100% of # and & with _ and $5 ~ and ^",
    "back\\slash and }unbalanced{",
    "line one\nline two",
    "dash -- and quotes ``x'' ?`",
    "조선민주주의인민공화국 대외관계사",
    "Nguyễn Văn Quyền, Việt Nam tranh thủ",
    "Советский Союз и Корея",
    "朝鮮民主主義人民共和国のベトナム派兵",
    "毛泽东与越南战争",
]


def graph_of(*works) -> Graph:
    return Graph(documents=[], references=list(works))


def work_with(value: str) -> dict:
    return {"id": "w", "type": "book", "title": value, "publisher": value, "note": value,
            "author": [{"family": value.split()[0] + ",x", "given": "Given and Other"}],
            "editor": [{"literal": value}], "URL": "https://example.org/a_b%20c#frag~x",
            "issued": {"date-parts": [[1965, 3, 27]]}}


def decoded_fields(text: str, decode: bool = True) -> dict[str, dict]:
    """Entries read by bibtexparser (with LaTeX decoding unless the fields are
    verbatim, like BibLaTeX's `url`): key -> field -> value."""
    middleware = [LatexDecodingMiddleware(decoder=DECODER)] if decode else []
    library = bibtexparser.parse_string(text, append_middleware=middleware)
    assert not library.failed_blocks
    return {e.key: {f.key: f.value for f in e.fields} for e in library.entries}


@pytest.mark.parametrize("value", NASTY)
@pytest.mark.parametrize("dialect", ["biblatex", "bibtex"])
def test_every_value_reads_back_as_written(value, dialect):
    text = render(graph_of(work_with(value)), dialect)
    expected = " ".join(value.split())          # whitespace runs become one space
    fields = decoded_fields(text)["w"]
    assert fields["title"] == expected
    assert fields["publisher"] == expected
    assert fields["note"].endswith(expected)
    # pybtex reads the same entry back: the raw values are the ones written
    entry = parse_string(text, "bibtex").entries["w"]
    assert entry.fields["title"] == bib.escape_title(value, english=True)
    assert str(entry.persons["editor"][0]) == "{" + bib.escape_latex(value) + "}"
    family = entry.persons["author"][0].last_names
    assert DECODER.latex_to_text(" ".join(family)) == expected.split()[0] + ",x"
    assert DECODER.latex_to_text(" ".join(entry.persons["author"][0].first_names)) == "Given and Other"


def test_no_value_escapes_its_field():
    text = render(graph_of(work_with("x} @misc{evil, title={pwned}")), "biblatex")
    assert list(decoded_fields(text)) == ["w"]
    assert list(parse_string(text, "bibtex").entries) == ["w"]


def test_urls_are_verbatim_in_biblatex_and_wrapped_in_classic():
    work = work_with("x")
    assert decoded_fields(render(graph_of(work), "biblatex"), decode=False)["w"]["url"] == work["URL"]
    raw = parse_string(render(graph_of(work), "bibtex"), "bibtex").entries["w"].fields["howpublished"]
    assert raw == r"\url{https://example.org/a_b\%20c\#frag~x}"


@pytest.fixture(scope="module")
def corpus_bib(corpus_graph):
    return {dialect: render(corpus_graph, dialect) for dialect in ("biblatex", "bibtex")}


@pytest.mark.parametrize("dialect", ["biblatex", "bibtex"])
def test_corpus_has_one_entry_per_work(corpus_graph, corpus_bib, dialect):
    ids = [w["id"] for w in corpus_graph.references]
    assert list(decoded_fields(corpus_bib[dialect])) == ids
    assert list(parse_string(corpus_bib[dialect], "bibtex").entries) == ids


def test_corpus_text_fields_read_back_equal(corpus_graph, corpus_bib):
    """Every text variable of every work is in the BibLaTeX entry, unchanged."""
    fields = decoded_fields(corpus_bib["biblatex"])
    verbatim = decoded_fields(corpus_bib["biblatex"], decode=False)
    checked = 0
    for work in corpus_graph.references:
        entry = fields[work["id"]]
        for variable, value in work.items():
            if variable in ("id", "type", "URL", "language") or not isinstance(value, str):
                continue
            name = bib.BIBLATEX.field_name(variable, bib.BIBLATEX.entry_type(work)[0])
            assert entry[name] == value, (work["id"], variable)
            checked += 1
        if "URL" in work:
            assert verbatim[work["id"]]["url"] == work["URL"]
    assert checked > 400


@pytest.mark.parametrize("work_id, entry_type, expected", [
    ("rodongsinmun1965chosoninminun", "article", {"entrysubtype": "newspaper", "langid": "korean",
                                                   "date": "1965-03-27", "journaltitle": "Rodong Sinmun"}),
    ("journal1957soviet", "unpublished", {"archive": "AVPRF", "date": "1957-08-01"}),
    ("pribbenow2011north", "report", {"urldate": "2017-07-26", "series": "NKIDP e-Dossier", "number": "2"}),
    ("kim2009white", "movie", {"origtitle": "흰옥", "langid": "korean"}),
    ("kim2002north", "article", {"date": "2002-21"}),
])
def test_biblatex_types_and_fields(corpus_bib, work_id, entry_type, expected):
    entry = parse_string(corpus_bib["biblatex"], "bibtex").entries[work_id]
    assert entry.type == entry_type
    fields = decoded_fields(corpus_bib["biblatex"])[work_id]
    assert {k: fields[k] for k in expected} == expected


def test_classic_bibtex_fields(corpus_bib):
    fields = decoded_fields(corpus_bib["bibtex"])
    assert {k: fields["rodongsinmun1965chosoninminun"][k] for k in ("journal", "year", "month", "day")} == {
        "journal": "Rodong Sinmun", "year": "1965", "month": "March", "day": "27"}
    assert fields["pribbenow2011north"]["note"].startswith("Accessed 2017-07-26.")
    assert fields["gills1996korea"]["address"] == "London"


@pytest.mark.parametrize("title, protected", [
    ("North Korean Pilots in the Skies over Vietnam", "{North Korean} Pilots in the Skies over {Vietnam}"),
    ("The DPRK and the Vietnam War (1)", "The {DPRK} and the {Vietnam} War (1)"),
    ("Comrade KIM Il-sung", "Comrade {KIM Il-sung}"),
    ("Amid Warm Welcome of Chinese and Vietnamese Friends",
     "Amid Warm Welcome of {Chinese} and {Vietnamese} Friends"),
])
def test_proper_nouns_braced_in_english_titles(title, protected):
    assert bib.escape_title(title, english=True) == protected
    assert bib.escape_title(title, english=False) == title


def test_corpus_names_read_back_equal(corpus_graph, corpus_bib):
    """Every personal and institutional name of the corpus, read back by pybtex."""
    from pybtex.bibtex.utils import split_name_list
    from pybtex.database import Person
    entries = parse_string(corpus_bib["biblatex"], "bibtex").entries

    def persons(entry, role):   # pybtex reads only author/editor as names; the rest as text
        if role in entry.persons:
            return entry.persons[role]
        return [Person(n) for n in split_name_list(entry.fields[role])] if role in entry.fields else []

    checked = 0
    for work in corpus_graph.references:
        for role in bib.NAME_ROLES:
            for name, person in zip(work.get(role, []), persons(entries[work["id"]], role)):
                last = DECODER.latex_to_text(" ".join(person.prelast_names + person.last_names))
                first = DECODER.latex_to_text(" ".join(person.first_names + person.middle_names))
                assert (last, first) == (name.get("family", name.get("literal")), name.get("given", "")), work["id"]
                checked += 1
            assert len(persons(entries[work["id"]], role)) == len(work.get(role, []))
    assert checked > 80
