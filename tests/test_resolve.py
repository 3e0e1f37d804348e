"""Stage 4: ibid. and short forms point to the work they repeat (Miyamoto paper)."""
from __future__ import annotations

import pytest

from nkcite import parse_files

from .conftest import resolved_document


@pytest.fixture(scope="module")
def graph(papers):
    return parse_files(papers)


def cites(graph, doc_id, number):
    doc = next(d for d in graph.documents if d.id == doc_id)
    note = next(n for n in doc.notes if n.number == number)
    return [(c.form, c.ref, c.locator) for c in note.citations]


def ref_of(graph, doc_id, number, index=0):
    return cites(graph, doc_id, number)[index][1]


@pytest.mark.parametrize("short, full, full_index", [
    pytest.param(90, 48, 1, id="KIM Hyok-mo short title -> note 48's book"),
    pytest.param(41, 29, 2, id="'Vietnam took advantage of support' -> the second book"),
    pytest.param(42, 29, 1, id="'Vietnam took advantage of military aid' -> the first book"),
    pytest.param(45, 20, 1, id="Miyamoto part (2) -> part (2)"),
    pytest.param(37, 20, 0, id="Miyamoto part (1) -> part (1)"),
])
def test_short_forms_resolve(graph, short, full, full_index):
    form, ref, _ = cites(graph, "miyamoto-2024", short)[0] if short != 90 else cites(graph, "miyamoto-2024", 90)[1]
    assert form == "short"
    assert ref == ref_of(graph, "miyamoto-2024", full, full_index)


def test_ibid_picks_the_source_whose_pages_hold_the_pinpoint(graph):
    assert cites(graph, "miyamoto-2024", 63) == [("ibid", ref_of(graph, "miyamoto-2024", 62, 1), "262")]


def test_title_and_date_repeat_is_short(graph):
    assert cites(graph, "young-2019", 19)[0][:2] == ("short", ref_of(graph, "young-2019", 16))


def test_bare_newspaper_repeat_is_short(graph):
    assert cites(graph, "miyamoto-2024", 44) == [
        ("short", ref_of(graph, "miyamoto-2024", 10, 0), None), ("short", ref_of(graph, "miyamoto-2024", 10, 1), None)]


def _paper(notes: list[str]) -> str:
    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    return "Body.¹\n\n" + "\n\n".join(f"{str(n).translate(sup)} {t}" for n, t in enumerate(notes, 1)) + "\n"


BOOK = "Ann Smith, *Rice and Rails: Colonial Railways in Java* (Leiden: Brill, 1999), 12."


def test_an_ibid_chain_longer_than_ten_thousand_notes_keeps_every_reference():
    """Past 10,001 notes the chain used to be cut: `"ref": null` and a KeyError in chicago-notes."""
    from nkcite import parse_paper
    later = [f"Jan Kowalski, *Grain Markets of Galicia, {1800 + n}* (Kraków: Znak, 2004), 3." for n in range(5)]
    graph = parse_paper(_paper([BOOK] + ["Ibid., 14."] * 10_050 + later), "chain")
    refs = {r["id"] for r in graph.references}
    cited = [c.ref for _, _, c in graph.documents[0].citations()]
    assert None not in cited and set(cited) == refs and len(refs) == 6
    assert len({c for c in cited[1:10_051]}) == 1 and cited[1] == cited[0]


def test_root_follows_any_chain_and_shortens_it():
    from nkcite.model import Citation, Document, Note
    from nkcite.resolve import root
    notes = [Note(1, BOOK, [Citation(BOOK, work={"title": "Rice and Rails"})])]
    notes += [Note(n, "Ibid.", [Citation("Ibid.", form="ibid", antecedent=(n - 2, 0))]) for n in range(2, 20_002)]
    doc = Document("d", "d.txt", notes)
    last = notes[-1].citations[0]
    assert root(doc, last) is notes[0].citations[0]
    assert last.antecedent == (0, 0) and notes[5_000].citations[0].antecedent == (0, 0)


@pytest.mark.parametrize("notes, expected", [
    pytest.param([BOOK, "Ann Smith, *Rice and Harbours* (Leiden: Brill, 2003), 8.", "Smith, *Rice*, 40."],
                 [0, 1, 1], id="two works fit: the one cited last"),
    pytest.param([BOOK, "Ann Smith, *Rice and Harbours* (Leiden: Brill, 2003), 8.", "Ibid., 9.",
                  "Smith, *Rice and Rails*, 40."], [0, 1, 1, 0], id="the title decides"),
    pytest.param([BOOK, "Ann Smith, *Rice and Harbours* (Leiden: Brill, 2003), 8.", "Smith, *Rice and Rails*, 40.",
                  "Smith, *Rice*, 41."], [0, 1, 0, 0], id="cited last through its short form"),
    pytest.param(["Ann Smith, *The Long Road from the Paddy Fields of Central Java to the Docks* (Leiden: Brill, "
                  "1999), 12.", "Ann Smith, *The Long Road from the Paddy Fields of Central Java to the Mills* "
                  "(Leiden: Brill, 2001), 3.", "Smith, *The Long Road from the Paddy Fields of Central Java to the "
                  "Docks*, 5."], [0, 1, 0], id="a short title longer than the indexed words"),
    pytest.param(['"Rice Prices Rise," *Java Courant*, March 3, 1921.', '"Rice Prices Rise," *Java Courant*, '
                  'March 9, 1921.', '"Rice Prices Rise," *Java Courant*, March 3, 1921.'], [0, 1, 0],
                 id="same title, the date decides"),
    pytest.param(["*Java Courant*, March 3, 1921.", "*Java Courant*, March 9, 1921.", "*Java Courant*, March 3, 1921."],
                 [0, 1, 0], id="bare issues by periodical and date"),
    pytest.param(["T. R. Ashdown, The Colonial Office and the Gold Coast, 1890–1914 (Oxford, 1971), p. 12.",
                  "Ashdown, Colonial Office, p. 40."], [0, 0], id="the short title drops the first article"),
    pytest.param(["Lucie Vernet, *La Banlieue rouge et ses maires* (Paris: Seuil, 1988), 9.",
                  "Vernet, *Banlieue rouge*, 41."], [0, 0], id="a French short title drops La"),
    pytest.param(["Ann Smith, *The Long Road from the Paddy Fields of Central Java to the Docks* (Leiden: Brill, "
                  "1999), 12.", "Ann Smith, *The Long Road from the Paddy Fields of Central Java to the Mills* "
                  "(Leiden: Brill, 2001), 3.", "Smith, *Long Road from the Paddy Fields of Central Java to the "
                  "Docks*, 5."], [0, 1, 0], id="a short title longer than the indexed words, without its article"),
])
def test_a_repeat_finds_the_work_it_means(notes, expected):
    from nkcite import parse_paper
    graph = parse_paper(_paper(notes), "p")
    refs = [c.ref for _, _, c in graph.documents[0].citations()]
    first = {}
    assert [first.setdefault(r, len(first)) for r in refs] == expected


def test_id_repeats_the_work_of_the_note_before_as_a_short_form():
    from nkcite import parse_paper
    graph = parse_paper(_paper(["Ann Hale, *Our Common Sea* (Boston: Beacon, 1990), 3.", "Id., p. 9."]), "p")
    first, repeat = [c for _, _, c in graph.documents[0].citations()]
    assert (repeat.form, repeat.ref, repeat.locator) == ("short", first.ref, "9")
    assert not graph.diagnostics


@pytest.mark.parametrize("notes", [
    pytest.param(["Ann Hale, *Our Common Sea* (Boston: Beacon, 1990), 3.", "Idem, *The Port Cities* (London, 1994), 7."],
                 id="Idem and a new work"),
    pytest.param(["Kranz, Ulrike (2003): Häfen und Handel. Kiel: Ludwig, S. 3.",
                  "Dies. (2006): Der Speicher. Kiel: Ludwig, S. 9."], id="German Dies. and a new work"),
])
def test_idem_before_a_new_work_gives_it_the_author_before(notes):
    """Found in session 16: `Ders.`/`Idem` before a new work left the work without an author."""
    from nkcite import parse_paper
    graph = parse_paper(_paper(notes), "p")
    first, second = [c for _, _, c in graph.documents[0].citations()]
    assert second.form == "full" and second.ref != first.ref
    assert second.work["author"] == first.work["author"]


@pytest.mark.parametrize("repeat, locator", [
    pytest.param("Ebd., Bl. 7.", "7", id="German Ebd., Bl."),
    pytest.param("Ibid., fol. 4v.", "4v", id="ibid., fol."),
])
def test_ibid_with_a_leaf_repeats_the_record(repeat, locator):
    """Found in session 16: a leaf after ibid. was read as a signature, making a new record."""
    from nkcite import parse_paper
    graph = parse_paper(_paper(["Schreiben des Landrats, 4.6.1938, BArch, R 43/812, Bl. 5.", repeat]), "p")
    first, second = [c for _, _, c in graph.documents[0].citations()]
    assert (second.form, second.ref, second.locator) == ("ibid", first.ref, locator)


def test_ibid_before_a_new_document_is_a_record_of_the_same_archive():
    """`Ibid., ofício ..., Luanda, 2 de março de 1961` after a record of the AHU (found in set 15)."""
    notes = ["Arquivo Histórico Ultramarino, Lisboa (AHU), cx. 12, ofício do governador ao ministro, Luanda, "
             "9 de fevereiro de 1961.", "Ibid., ofício do governador ao ministro, Luanda, 2 de março de 1961."]
    doc = resolved_document(notes)
    second = doc.notes[1].citations[0]
    assert (second.form, second.work["type"], second.work["archive"]) == ("full", "manuscript", "Arquivo Histórico Ultramarino")
    assert second.work["issued"] == {"date-parts": [[1961, 3, 2]]} and second.antecedent is None   # a record of its own


def test_ebd_after_a_title_is_a_chapter_of_the_book_before():
    """`Roth, Kräne und Kais, ebd., S. 71–98, hier S. 80` after an edited book (found in set 14)."""
    notes = ["Vgl. Eva Lenz/Kai Born (Hrsg.), *Häfen im Wandel*, Kiel: Wachholtz 2001.",
             "Ute Roth, Kräne und Kais, ebd., S. 71–98, hier S. 80."]
    doc = resolved_document(notes)
    chapter = doc.notes[1].citations[0]
    assert (chapter.form, chapter.locator, chapter.antecedent) == ("full", "80", None)
    assert {k: chapter.work.get(k) for k in ("type", "container-title", "page", "publisher")} == {
        "type": "chapter", "container-title": "Häfen im Wandel", "page": "71–98", "publisher": "Wachholtz"}
    assert chapter.work["editor"] == [{"family": "Lenz", "given": "Eva"}, {"family": "Born", "given": "Kai"}]


def test_a_compound_surname_alone_before_ob_cit_finds_its_work():
    """`Pérez García, ob. cit., p. 60` after `Juan Pérez García, *Historia ...*` (a Spanish probe)."""
    notes = ["Juan Pérez García, *Historia de la minería*, México, FCE, 1985, p. 45.", "Ana Ruiz, *El puerto*, Sevilla, 1990.",
             "Pérez García, ob. cit., p. 60."]
    doc = resolved_document(notes)
    short = doc.notes[2].citations[0]
    assert (short.form, short.antecedent, short.locator) == ("short", (0, 0), "60")


@pytest.mark.parametrize("notes, title", [
    pytest.param(["Juan Pérez, *Historia de Cádiz*, Sevilla, 2001, p. 12.", "Íd., *El muelle*, Sevilla, 2003, p. 5."],
                 "El muelle", id="Spanish: Íd. before a new title"),
    pytest.param(["Jean Roux, *La ville*, Paris, 1980.", "Id., « Le quai », *Annales*, 1990, p. 3."],
                 "Le quai", id="French: Id. before a quoted title and its journal"),
])
def test_the_same_author_before_a_new_work(notes, title):
    second = resolved_document(notes).notes[1].citations[0]
    first = resolved_document(notes).notes[0].citations[0]
    assert (second.form, second.work["title"], second.work["author"]) == ("full", title, first.work["author"])


def test_a_letter_dated_in_brackets_in_a_collection():
    """`Ann Lee to Tom Hale, [3 May 1846], in *The Letters*`: the editor's dating is the letter's date."""
    letter = resolved_document(["Ann Lee to Tom Hale, [3 May 1846], in *The Letters of Ann Lee*, ed. Ruth Vane, 4 vols. "
                                "(Oxford: Clarendon Press, 1970), 2:45."]).notes[0].citations[0]
    assert letter.work["issued"] == {"date-parts": [[1846, 5, 3]]} and "Translated" not in letter.work.get("note", "")
