"""Stage 0: every format fixture of both bundled papers (tests/fixtures/formats, made by tools/make_fixtures.py).

Each fixture must give the bundled paper's notes with their exact text
(modulo the `*` emphasis a format keeps or loses). The few notes a fixture
cannot give exactly are listed in KNOWN with the reason; the test fails if
any other note differs, or if a listed one starts to match (then the list
is out of date).
"""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from nkcite.notes import extract_notes
from nkcite.pipeline import build_paper
from nkcite.read import read_bytes, read_paper

from .conftest import FIXTURES, MIYAMOTO

FORMATS = FIXTURES / "formats"
SUFFIXES = [".md", ".docx", ".odt", ".html", ".tei.xml", ".epub", ".tex", ".pdf", "-endnotes.pdf",
            "-libreoffice.pdf", ".pdftotext.txt", ".pdftotext-layout.txt"]
HANGUL_AT_SPACE = "TeX broke a Korean line at a space; a TeX PDF's Hangul line breaks are read as inside words"
CJK_GAPS = "the typeset CJK text shows gaps no space stands for (pdftotext, or pdfium in fallback fonts)"
KNOWN = {
    ("young-2019", ".pdftotext.txt"): {
        2: "pdftotext dehyphenated the range 22-23 into 2223",
        6: "pdftotext put note 7's mark after its text", 7: "pdftotext put note 7's mark after its text",
        20: "pdftotext put note 21's mark after its text", 21: "pdftotext put note 21's mark after its text",
        24: "pdftotext put note 24's mark on the next page"},
    ("miyamoto-2024", ".pdf"): {28: HANGUL_AT_SPACE},
    ("miyamoto-2024", "-endnotes.pdf"): {12: HANGUL_AT_SPACE, 64: HANGUL_AT_SPACE,
                                         48: "Kwang-sam is hyphenated at a line end and written nowhere else"},
    ("miyamoto-2024", "-libreoffice.pdf"): dict.fromkeys([12, 13, 20, 26, 27, 38, 49, 62, 64, 65, 67], CJK_GAPS),
    ("miyamoto-2024", ".pdftotext-layout.txt"): {
        20: CJK_GAPS, 26: CJK_GAPS, 27: CJK_GAPS, 28: HANGUL_AT_SPACE,
        21: "pdftotext -layout cut a URL running past the margin"},
    ("miyamoto-2024", ".pdftotext.txt"): dict.fromkeys(
        [20, 21, 22, 24, 26, 27, 28, 31, 32, 33, 37, 38, 39, 45, 46, 53, 54, 83, 92, 93, 94, 115, 116],
        "pdftotext's own dehyphenation, reading order and CJK gaps"),
}


@pytest.fixture(scope="module")
def expected(young_gold):
    miyamoto = {n.number: n.text for n in extract_notes(MIYAMOTO.read_text(encoding="utf-8"))[0]}
    young = {n["number"]: n["text"] for n in young_gold["documents"][0]["notes"]}
    return {"young-2019": young, "miyamoto-2024": miyamoto}


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


def notes_of(path: Path):
    paper = read_paper(path)
    return paper.notes if paper.notes is not None else extract_notes(paper.text)[0]


@pytest.mark.parametrize("stem", ["young-2019", "miyamoto-2024"])
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_every_fixture_gives_the_papers_notes(expected, stem, suffix):
    got = {n.number: n.text for n in notes_of(FORMATS / f"{stem}{suffix}")}
    want = expected[stem]
    assert set(got) <= set(want)
    differing = {k for k in want if k not in got or _plain(got[k]) != _plain(want[k])}
    assert differing == set(KNOWN.get((stem, suffix), {}))


@pytest.mark.parametrize("suffix", [".md", ".docx", ".odt", ".html", ".tei.xml", ".epub", ".tex"])
def test_structured_formats_keep_the_emphasis(expected, suffix):
    got = {n.number: n.text for n in notes_of(FORMATS / f"young-2019{suffix}")}
    assert got == {k: re.sub(r"\s+", " ", v) for k, v in expected["young-2019"].items()}


@pytest.mark.parametrize("suffix, first_id", [
    pytest.param(".docx", "footnote", id="Word footnote ids"),
    pytest.param(".odt", "ftn", id="ODT note ids"),
    pytest.param(".html", "fn", id="HTML note ids"),
])
def test_structured_notes_carry_their_id(suffix, first_id):
    notes = read_paper(FORMATS / f"young-2019{suffix}").notes
    assert all(n.source_id and n.source_id.startswith(first_id) for n in notes)
    assert len({n.source_id for n in notes}) == len(notes)


@pytest.mark.parametrize("suffix", [".pdf", "-libreoffice.pdf", ".pdftotext-layout.txt"])
def test_notes_carry_their_page(suffix):
    pages = [n.page for n in notes_of(FORMATS / f"young-2019{suffix}")]
    assert all(pages) and pages == sorted(pages) and len(set(pages)) > 5


def test_provenance_is_written_only_where_known(young_text):
    docx = build_paper(read_paper(FORMATS / "young-2019.docx"), "young-2019", "young-2019.docx").to_json()
    text = build_paper(read_bytes(young_text.encode(), "young.txt"), "young-2019", "young.txt").to_json()
    assert docx["notes"][0]["source_id"].startswith("footnote ") and "page" not in docx["notes"][0]
    assert "source_id" not in text["notes"][0] and "page" not in text["notes"][0]


@pytest.mark.parametrize("suffix, name, kind", [
    pytest.param(".docx", "paper.txt", "docx", id="Word under a .txt name"),
    pytest.param(".html", "paper.dat", "html", id="HTML without extension"),
    pytest.param(".tex", "paper", "latex", id="LaTeX without extension"),
    pytest.param(".tei.xml", "paper.xml", "tei", id="TEI as .xml"),
    pytest.param(".pdf", "paper.docx", "pdf", id="PDF under a .docx name"),
    pytest.param(".epub", "paper.zip", "epub", id="EPUB as .zip"),
])
def test_the_reader_is_picked_by_content(suffix, name, kind):
    assert read_bytes((FORMATS / f"young-2019{suffix}").read_bytes(), name).format == kind


def _embedded_items(path: Path) -> list[dict]:
    """The CSL items of every Zotero field, read with the standard library (not nkcite's reader)."""
    xml = zipfile.ZipFile(path).read("word/footnotes.xml").decode("utf-8")
    items = []
    for note in re.findall(r"<w:footnote w:id=\"\d+\">(.*?)</w:footnote>", xml, re.S):
        code = "".join(re.findall(r"<w:instrText[^>]*>(.*?)</w:instrText>", note, re.S))
        code = code.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        if "CSL_CITATION" in code:
            items += json.loads(code[code.index("{"):].strip())["citationItems"]
    return items


def test_zotero_fields_give_their_works_exactly():
    from nkcite.pipeline import build_graph
    path = FORMATS / "young-2019-zotero.docx"
    doc = build_paper(read_paper(path), "young-2019", path.name)
    graph = build_graph([doc])
    refs = {r["id"]: {k: v for k, v in r.items() if k != "id"} for r in graph.references}
    cited = [refs[c.ref] for _, _, c in doc.citations()]
    embedded = [{k: v for k, v in item["itemData"].items() if k != "id"} for item in _embedded_items(path)]
    assert cited == embedded and len(cited) == 39
    assert [c.locator for _, _, c in doc.citations()] == [i.get("locator") for i in _embedded_items(path)]


def test_zotero_notes_keep_their_text(expected):
    notes = read_paper(FORMATS / "young-2019-zotero.docx").notes
    assert {n.number: n.text for n in notes} == expected["young-2019"]


NOTE_A = "Ann Smith, <i>A History of Salt</i> (Paris: Seuil, 1999), 12."
NOTE_B = "Ibid., 14."
HTML_LAYOUTS = [
    pytest.param(f'<p>Body.<a href="#n1"><sup>1</sup></a> More.<a href="#n2"><sup>2</sup></a></p>'
                 f'<div class="notes"><p><a id="n1" href="#r1">1.</a> {NOTE_A}</p>'
                 f'<p><a id="n2" href="#r2">2.</a> {NOTE_B} <a href="#r2">[BACK]</a></p></div>',
                 id="anchors inside note paragraphs, [BACK] links"),
    pytest.param(f'<p>Body.<a epub:type="noteref" href="#fa">1</a> More.<a href="#fb">2</a></p>'
                 f'<aside id="fa" epub:type="footnote">{NOTE_A}</aside><aside id="fb">{NOTE_B}</aside>',
                 id="EPUB asides"),
    pytest.param(f"<p>Body.<sup>1</sup> More.<sup>2</sup></p><h2>Notes</h2><ol><li>{NOTE_A}</li><li>{NOTE_B}</li></ol>",
                 id="ordered list without links"),
    pytest.param(f"<p>Body.[1] More.[2]</p><p>[1] {NOTE_A}</p><p>[2] {NOTE_B}</p>", id="bracketed numbers as text"),
]


@pytest.mark.parametrize("html", HTML_LAYOUTS)
def test_html_note_layouts(html):
    paper = read_bytes(f"<html><body>{html}</body></html>".encode(), "page.html")
    notes = paper.notes if paper.notes is not None else extract_notes(paper.text)[0]
    assert [(n.number, n.text) for n in notes] == [
        (1, "Ann Smith, *A History of Salt* (Paris: Seuil, 1999), 12."), (2, "Ibid., 14.")]


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: str, footnotes: str) -> bytes:
    import io
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("word/document.xml", f"<w:document {W_NS}><w:body>{body}</w:body></w:document>")
        package.writestr("word/footnotes.xml", f"<w:footnotes {W_NS}>{footnotes}</w:footnotes>")
    return data.getvalue()


def test_mendeley_fields_in_a_simple_field_give_their_works():
    work = {"type": "chapter", "title": "Market Women and the Colonial State", "container-title":
            "Gender and Empire in West Africa", "author": [{"family": "Adeyemi", "given": "Ruth"}],
            "issued": {"date-parts": [[2009]]}}
    field = json.dumps({"citationItems": [{"id": "ITEM-1", "itemData": {"id": "ITEM-1", **work}, "locator": "112"}],
                        "mendeley": {"formattedCitation": "Adeyemi, 112."}, "properties": {"noteIndex": 1}})
    instr = ("ADDIN CSL_CITATION " + field).replace("&", "&amp;").replace('"', "&quot;")
    footnotes = (f'<w:footnote w:id="4"><w:p><w:r><w:footnoteRef/></w:r><w:fldSimple w:instr="{instr}">'
                 '<w:r><w:t>Adeyemi, “Market Women,” 112.</w:t></w:r></w:fldSimple></w:p></w:footnote>')
    paper = read_bytes(_docx('<w:p><w:r><w:t>Body.</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r></w:p>',
                             footnotes), "m.docx")
    note, = paper.notes
    assert (note.number, note.text, note.source_id, paper.text) == (1, "Adeyemi, “Market Women,” 112.",
                                                                    "footnote 4", "Body.¹")
    citation, = note.citations
    assert (citation.work, citation.locator, citation.label, citation.work_given) == (work, "112", "page", True)


def test_a_field_whose_json_is_broken_is_a_diagnostic_and_the_text_is_parsed():
    footnotes = ('<w:footnote w:id="1"><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>'
                 'ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems": [</w:instrText></w:r><w:r>'
                 '<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Ibid., 3.</w:t></w:r><w:r>'
                 '<w:fldChar w:fldCharType="end"/></w:r></w:p></w:footnote>')
    paper = read_bytes(_docx('<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>', footnotes), "z.docx")
    assert paper.notes[0].text == "Ibid., 3." and paper.notes[0].citations == []
    assert [d.kind for d in paper.diagnostics] == ["citation-field"]


def test_zotero_reference_marks_in_odt_give_their_works():
    import io
    work = {"type": "book", "title": "Markets", "author": [{"family": "Okafor", "given": "Paul"}]}
    mark = "ZOTERO_ITEM CSL_CITATION " + json.dumps({"citationItems": [{"itemData": work, "locator": "4"}]}) \
        + " RNDa1b2c3"
    mark = mark.replace("&", "&amp;").replace('"', "&quot;")
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        '<text:p>Body.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        f'<text:note-body><text:p><text:reference-mark-start text:name="{mark}"/>Okafor, Markets, 4.'
        f'<text:reference-mark-end text:name="{mark}"/></text:p></text:note-body></text:note></text:p>'
        "</office:text></office:body></office:document-content>")
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content)
    note, = read_bytes(data.getvalue(), "z.odt").notes
    citation, = note.citations
    assert (note.text, note.source_id, citation.work, citation.locator) == ("Okafor, Markets, 4.", "ftn1", work, "4")
