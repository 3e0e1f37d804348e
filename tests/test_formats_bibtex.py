"""BibLaTeX/BibTeX exports read back by pybtex and by bibtexparser (+ pylatexenc)."""
from __future__ import annotations

import shutil
import subprocess

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
    assert expected in fields["note"]
    # pybtex reads the same entry back: the raw values are the ones written
    entry = parse_string(text, "bibtex").entries["w"]
    assert entry.fields["title"] == bib.escape_title(value, english=True, names=bib.name_words(work_with(value)))
    assert str(entry.persons["editor"][0]) == "{" + bib.escape_latex(value) + "}"
    family = entry.persons["author"][0].last_names
    assert DECODER.latex_to_text(" ".join(family)) == expected.split()[0] + ",x"
    assert DECODER.latex_to_text(" ".join(entry.persons["author"][0].first_names)) == "Given and Other"


def test_no_value_escapes_its_field():
    text = render(graph_of(work_with("x} @misc{evil, title={pwned}")), "biblatex")
    assert list(decoded_fields(text)) == ["w"]
    assert list(parse_string(text, "bibtex").entries) == ["w"]


@pytest.mark.parametrize("csl_type, field", [
    pytest.param("webpage", "howpublished", id="a web page: @misc howpublished"),
    pytest.param("article-newspaper", "note", id="a news site article: @article note (plain prints no howpublished)"),
    pytest.param("book", "note", id="a book: @book note"),
])
def test_classic_urls_print_in_a_field_the_entry_type_prints(csl_type, field):
    """`%` and `#` stay as they are inside `\\url` (it reads verbatim; `\\%` would print a backslash)."""
    work = {**work_with("x"), "type": csl_type}
    fields = parse_string(render(graph_of(work), "bibtex"), "bibtex").entries["w"].fields
    assert fields[field].endswith(r"\url{https://example.org/a_b%20c#frag~x}")


def test_urls_are_verbatim_in_biblatex():
    work = work_with("x")
    assert decoded_fields(render(graph_of(work), "biblatex"), decode=False)["w"]["url"] == work["URL"]


def test_a_byte_order_mark_inside_a_name_is_dropped():
    work = {**work_with("x"), "author": [{"family": "\ufeffKim", "given": "Il\ufeff-sung"}]}
    for dialect in ("biblatex", "bibtex"):
        assert "\ufeff" not in render(graph_of(work), dialect)


@pytest.fixture(scope="module")
def corpus_bib(corpus_graph):
    return {dialect: render(corpus_graph, dialect) for dialect in ("biblatex", "bibtex")}


@pytest.mark.parametrize("dialect", ["biblatex", "bibtex"])
def test_corpus_has_one_entry_per_work(corpus_graph, corpus_bib, dialect):
    ids = [w["id"] for w in corpus_graph.references]
    assert list(decoded_fields(corpus_bib[dialect])) == ids
    assert list(parse_string(corpus_bib[dialect], "bibtex").entries) == ids


def test_corpus_text_fields_read_back_equal(corpus_graph, corpus_bib):
    """Every text variable of every work is in the BibLaTeX entry, unchanged:
    in its field where biber keeps it, else labelled in `addendum`."""
    fields = decoded_fields(corpus_bib["biblatex"])
    verbatim = decoded_fields(corpus_bib["biblatex"], decode=False)
    checked = 0
    for work in corpus_graph.references:
        entry, entry_type = fields[work["id"]], bib.BIBLATEX.entry_type(work)[0]
        for variable, value in work.items():
            if variable in ("id", "type", "URL", "language", "note") or not isinstance(value, str):
                continue
            name = bib.BIBLATEX.field_name(variable, entry_type)
            value = f"{value} ed." if variable == "edition" and bib.YEAR_EDITION.fullmatch(value) else value
            if bib.BIBLATEX.accepts(entry_type, name) and entry.get(name) == value:
                checked += 1
            else:
                assert bib.labelled(name, value) in entry["addendum"], (work["id"], variable)
        if "URL" in work:
            assert verbatim[work["id"]]["url"] == work["URL"]
    assert checked > 400


@pytest.mark.parametrize("sentence, field, printed", [
    pytest.param("Name in original script: 朱建榮.", "nameaddon", "朱建榮", id="a name in its script"),
    pytest.param("Container title in original language: 이화사학연구.", "journaltitleaddon", "[이화사학연구]",
                 id="a journal's original title"),
    pytest.param("Also cited with URL: https://example.org/b.", "annotation",
                 "Also cited with URL: https://example.org/b.", id="a value dedupe set aside"),
])
def test_nkcites_own_notes_become_the_fields_they_describe(sentence, field, printed):
    work = {"id": "w", "type": "article-journal", "title": "T", "container-title": "J",
            "note": f"Obtained by Merle Pribbenow. {sentence}"}
    entry = decoded_fields(render(graph_of(work), "biblatex"))["w"]
    assert (entry[field], entry["note"]) == (printed, "Obtained by Merle Pribbenow.")


@pytest.mark.parametrize("work_id, entry_type, expected", [
    ("rodongsinmun1965choson", "article", {"entrysubtype": "newspaper", "langid": "korean",
                                                   "date": "1965-03-27", "journaltitle": "Rodong Sinmun"}),
    ("journal1957soviet", "misc", {"entrysubtype": "archival", "organization": "AVPRF", "date": "1957-08-01",
                                   "howpublished": "F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192",
                                   "editortype": "translator"}),
    ("pribbenow2011north", "report", {"urldate": "2017-07-26", "type": "NKIDP e-Dossier", "number": "2"}),
    ("kim2009white", "video", {"origtitle": "흰옥", "titleaddon": "[흰옥]", "langid": "korean"}),
    ("dong1967yearbook", "book", {"edition": "1967 ed."}),
    ("do2022red", "book", {"publisher": "Seoul National University Press and Culture Center"}),
    ("kim2002north", "article", {"date": "2002-21"}),
])
def test_biblatex_types_and_fields(corpus_bib, work_id, entry_type, expected):
    entry = parse_string(corpus_bib["biblatex"], "bibtex").entries[work_id]
    assert entry.type == entry_type
    fields = decoded_fields(corpus_bib["biblatex"])[work_id]
    assert {k: fields[k] for k in expected} == expected


def test_classic_bibtex_fields(corpus_bib):
    fields = decoded_fields(corpus_bib["bibtex"])
    assert {k: fields["rodongsinmun1965choson"][k] for k in ("journal", "year", "day")} == {
        "journal": "Rodong Sinmun", "year": "1965", "day": "27"}
    assert "    month = mar,\n" in corpus_bib["bibtex"]          # the style's macro keeps the day in Zotero
    assert parse_string(corpus_bib["bibtex"], "bibtex").entries["rodongsinmun1965choson"].fields["month"] == "March"
    assert fields["pribbenow2011north"]["note"].startswith("Accessed 2017-07-26.")
    assert fields["gills1996korea"]["address"] == "London"


@pytest.mark.parametrize("title, protected", [
    ("North Korean Pilots in the Skies over Vietnam", "{North Korean} Pilots in the Skies over {Vietnam}"),
    ("The DPRK and the Vietnam War (1)", "The {DPRK} and the {Vietnam War} (1)"),
    pytest.param("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 1 August 1957",
                 "Journal of {Soviet} Ambassador to the {DPRK A.M. Puzanov} for 1 {August} 1957", id="initials"),
    pytest.param("Mao's China and the Cold War", "{Mao's China} and the {Cold War}", id="a name's head noun"),
    pytest.param("The politics machine: On solidarity in East Germany and Namibia",
                 "The politics machine: On solidarity in {East Germany} and {Namibia}",
                 id="sentence case: every capitalised word inside a sentence"),
    pytest.param("North Korea's Military-Diplomatic Campaigns", "{North Korea's} Military-Diplomatic Campaigns",
                 id="a hyphenated title-case word is no acronym"),
    pytest.param("Russia (USSR) in Local Wars", "{Russia (USSR)} in Local Wars", id="parentheses inside a run"),
    pytest.param("Call for Resolute Action: Kim Ok Sun", "Call for Resolute Action: {Kim Ok Sun}",
                 id="a family name and its given syllables"),
    pytest.param("An Overview of North Korean-Southeast Asian Relations",
                 "An Overview of {North Korean-Southeast Asian} Relations", id="a compound of known names"),
    pytest.param("Battle between the Two Koreas", "Battle between the Two {Koreas}", id="a plural of a known name"),
    pytest.param("The Resistance War Against the United States", "The {Resistance War} Against the {United States}",
                 id="runs ending in head nouns"),
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
        written, _ = bib.BIBLATEX.persons(work, bib.BIBLATEX.entry_type(work)[0])
        fields = dict(zip((r for r in bib.NAME_ROLES if work.get(r)), written))   # role -> its field
        for role, field in fields.items():
            for name, person in zip(work.get(role, []), persons(entries[work["id"]], field)):
                last = DECODER.latex_to_text(" ".join(person.prelast_names + person.last_names))
                first = DECODER.latex_to_text(" ".join(person.first_names + person.middle_names))
                assert (last, first) == (name.get("family", name.get("literal")), name.get("given", "")), work["id"]
                checked += 1
            assert len(persons(entries[work["id"]], field)) == len(work.get(role, []))
    assert checked > 80


BIBER = shutil.which("biber")
TYPES_OUTSIDE_BIBERS_MODEL = ("video",)   # biblatex-chicago's own types: no fields in biblatex's default model


@pytest.mark.skipif(not BIBER, reason="biber not installed (apt-get install biber)")
def test_biber_keeps_every_field(corpus_bib, tmp_path):
    """`biber --tool --validate-datamodel`: no field ignored, none invalid for its entry type
    (missing mandatory fields are the sources' silence and are not counted)."""
    (tmp_path / "corpus.bib").write_text(corpus_bib["biblatex"], encoding="utf-8")
    done = subprocess.run([BIBER, "--tool", "--validate-datamodel", "--nolog", "corpus.bib",
                           "--outfile", "checked.bib"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stdout.splitlines() if "WARN" in line and "Missing mandatory" not in line
                and "one of 'date, year'" not in line and not line.rstrip().endswith(tuple(
                    f"entrytype '{t}'" for t in TYPES_OUTSIDE_BIBERS_MODEL))]
    assert [w for w in warnings if "WARNINGS:" not in w] == []
    assert "ERROR" not in done.stdout


CHICAGO_DOCUMENT = r"""\documentclass{article}
\usepackage{fontspec}
\usepackage[english]{babel}
\usepackage[notes,backend=biber]{biblatex-chicago}
\addbibresource{corpus.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""


def _has_biblatex_chicago() -> bool:
    """lualatex, biber, pdftotext and the biblatex-chicago package are installed."""
    if not all(shutil.which(t) for t in ("lualatex", "biber", "kpsewhich", "pdftotext")):
        return False
    return bool(subprocess.run(["kpsewhich", "biblatex-chicago.sty"], capture_output=True).stdout.strip())


@pytest.mark.skipif(not _has_biblatex_chicago(), reason="needs lualatex, biber, biblatex-chicago and pdftotext (apt-get install texlive-luatex "
                           "texlive-bibtex-extra biber poppler-utils)")
def test_biblatex_chicago_prints_every_archival_record_with_its_archive_and_shelf_mark(corpus_graph, corpus_bib,
                                                                                     tmp_path):
    (tmp_path / "corpus.bib").write_text(corpus_bib["biblatex"], encoding="utf-8")
    (tmp_path / "doc.tex").write_text(CHICAGO_DOCUMENT, encoding="utf-8")
    for command in (["lualatex", "-interaction=nonstopmode", "doc.tex"], ["biber", "doc"],
                    ["lualatex", "-interaction=nonstopmode", "doc.tex"], ["pdftotext", "doc.pdf"]):
        subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=600)
    log = (tmp_path / "doc.log").read_text(encoding="utf-8", errors="replace")
    assert [line for line in log.splitlines() if line.startswith("!")] == []
    printed = " ".join((tmp_path / "doc.txt").read_text(encoding="utf-8").split())
    printed = printed.replace("- ", "")                            # words hyphenated at line ends
    archival = [w for w in corpus_graph.references if w.get("archive")]
    assert len(archival) >= 15
    for work in archival:
        for variable in ("archive", "archive_location"):
            if work.get(variable):
                assert " ".join(work[variable].split()).replace("-", "")[:30] in printed.replace("-", ""), \
                    (work["id"], variable)
    assert "Container title in original language" not in printed and "Name in original script" not in printed
    assert "1967th" not in printed


@pytest.mark.parametrize("dialect, field", [("biblatex", "namea"), ("bibtex", "interviewer")])
def test_an_interviewer_is_a_name_list(dialect, field):
    """Found in session 16: an interviewer was written as a Python list of dicts."""
    work = {"id": "price2010", "type": "interview", "author": [{"family": "Price", "given": "Anne"}],
            "interviewer": [{"family": "Wells", "given": "Tom"}, {"literal": "the author"}],
            "issued": {"date-parts": [[2010, 5, 5]]}}
    entry = parse_string(render(graph_of(work), dialect), "bibtex").entries["price2010"]
    from pybtex.bibtex.utils import split_name_list
    assert split_name_list(entry.fields[field]) == ["Wells, Tom", "{the author}"]


@pytest.mark.parametrize("dialect", ["biblatex", "bibtex"])
def test_the_number_of_volumes_is_volumes(dialect):
    work = {"id": "voss1961geschichte", "type": "book", "title": "Geschichte der Hanse", "number-of-volumes": "2",
            "volume": "1", "issued": {"date-parts": [[1961]]}}
    entry = parse_string(render(graph_of(work), dialect), "bibtex").entries["voss1961geschichte"]
    assert (entry.fields["volumes"], entry.fields["volume"]) == ("2", "1")


@pytest.mark.parametrize("note, subtype, expected", [
    pytest.param("Carver v. Lusk Mills Co., 118 Mass. 402, 405 (1875).", "legal_case",
                 {"title": "Carver v. Lusk Mills Co.", "date": "1875",
                  "addendum": "Container title: Mass. Pages: 402. Volume: 118"},
                 id="a law report"),
    pytest.param("HC Deb 3 May 1871, vol 206, cols 101–4.", "hearing", {"date": "1871-05-03"}, id="a debate"),
])
def test_legal_citations_export_whole(note, subtype, expected):
    """A law report or debate parsed from a note reaches BibLaTeX as @misc with its subtype,
    every field kept (read back by bibtexparser)."""
    from nkcite import parse_texts
    graph = parse_texts([(f"Notes\n\n¹ {note}\n", "legal", "legal.txt")])
    text = render(graph, "biblatex")
    [fields] = decoded_fields(text).values()
    assert parse_string(text, "bibtex").entries[graph.references[0]["id"]].type == "misc"
    assert fields["entrysubtype"] == subtype
    assert {k: fields[k] for k in expected} == expected
    assert all(str(v) in text for k, v in graph.references[0].items() if k in ("volume", "page"))
