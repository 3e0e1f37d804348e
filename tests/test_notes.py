"""Stage 1: footnote extraction from the real papers."""
from __future__ import annotations

import pytest

from nkcite import extract_notes
from nkcite.notes import is_unfinished


def test_young_has_36_notes_with_the_gold_texts(young_notes, young_gold):
    gold = {n["number"]: n["text"] for n in young_gold["documents"][0]["notes"]}
    assert sorted(young_notes) == list(range(1, 37))
    assert {k: v.text for k, v in young_notes.items()} == gold


def test_miyamoto_has_119_notes_in_order(miyamoto_text):
    notes, diagnostics = extract_notes(miyamoto_text)
    assert [n.number for n in notes] == list(range(1, 120))
    assert diagnostics == []


def test_front_matter_numbered_list_is_not_notes(young_text):
    notes, _ = extract_notes(young_text)
    assert not any("Juche" in n.text and "Armstrong" in n.text for n in notes)


def test_running_header_is_removed(miyamoto_notes):
    header = "North Korea and the Vietnam War: Air Force Deployment and Post-War Implications"
    assert not any(header in n.text for n in miyamoto_notes.values())


@pytest.mark.parametrize("number, ending", [
    pytest.param(33, "tap-the> 60-nam-o-ha-noi-3887895.html (Accessed on January 30, 2024) (Vietnamese).",
                 id="URL finished on the next page"),
    pytest.param(29, "pp.38-42 (Vietnamese).*", id="italic block finishes the note"),
    pytest.param(67, "(Accessed on February 27, 2024) (Vietnamese).", id="slug finished after body text"),
])
def test_note_continued_across_page_break(miyamoto_notes, number, ending):
    assert miyamoto_notes[number].text.endswith(ending)


def test_body_text_after_an_unfinished_note_is_not_joined(miyamoto_notes):
    assert miyamoto_notes[87].text.endswith('Operations in South Vietnam,"')


def test_numbering_gap_and_repeat_are_diagnosed_and_kept():
    text = ("Body.¹ More.³\n\n¹ *Rodong Sinmun*, March 27, 1965.\n\n"
            "³ *Rodong Sinmun*, May 21, 1965.\n\n³ *ibid.*\n")
    notes, diagnostics = extract_notes(text, "t")
    assert [n.number for n in notes] == [1, 3, 3]
    assert [d.kind for d in diagnostics] == ["note-gap", "note-repeated"]


@pytest.mark.parametrize("text, unfinished", [
    ("Nguyễn Văn Quyền,", True),
    ('Merle Pribbenow, "North Korean Psychological Warfare Operations in South Vietnam,"', True),
    ("*Rodong Sinmun*, March 27, 1965.", False),
    ("*The Yomiuri Shimbun*, March 27, 2000 (Japanese).", False),
])
def test_is_unfinished(text, unfinished):
    assert is_unfinished(text) is unfinished


# Every plain-text layout, each a made-up multi-page paper (tests/madeup.py).

from . import madeup  # noqa: E402
from .madeup import NOTES, N, endnotes, footnotes_per_page, sup, wrap  # noqa: E402

EXPECTED = [(n, madeup.plain(t)) for n, t in enumerate(NOTES, start=1)]


def _one_paragraph(n: int, text: str) -> str:
    return f"{n}. {text}"


def _number_alone() -> str:
    """pdftotext's footnotes: the number alone on its line, the text wrapped below it."""
    return endnotes(lambda n, t: f"{n}\n" + "\n".join(wrap(madeup.plain(t))))


def _run_together() -> str:
    """A PDF conversion that ran the notes into one paragraph."""
    notes = " ".join(f"{n}. {madeup.plain(t)}" for n, t in enumerate(NOTES, start=1))
    body = "\n\n".join(madeup.body_paragraphs(sup))
    return body + "\n\nNotes\n\n" + "\n".join(wrap(notes)) + "\n"


def _table() -> str:
    """A web page's notes table dumped as Markdown rows."""
    rows = "\n".join(f"| {n}. | {t} |" for n, t in enumerate(NOTES, start=1))
    return "\n\n".join(madeup.body_paragraphs(sup)) + "\n\n| No. | Note |\n|---|---|\n" + rows + "\n"


def _ebook() -> str:
    """An e-book's endnotes, each with a link back to the text."""
    return endnotes(lambda n, t: f"{n}. {t} [BACK]", blank_between=True)


def _stray_marks() -> str:
    """Footnotes under the body, some marked `^2`, `<sup>3</sup>`, `[4]`, `5.`, `(6)` or `1⁰`."""
    forms = {2: "^2 ", 3: "<sup>3</sup> ", 4: "[4] ", 5: "5. ", 6: "(6) ", 10: "1⁰ "}
    return footnotes_per_page(lambda n: forms.get(n, f"{sup(n)} "))


def _chapters() -> str:
    """Two chapters, each with its Notes numbered from 1."""
    half = N // 2
    def chapter(title: str, notes: list[str], offset: int) -> str:
        body = " ".join(f"Sentence {k}.{sup(k)}" for k in range(1, len(notes) + 1))
        section = "\n".join(f"{k}. {t}" for k, t in enumerate(notes, start=1))
        return f"{title}\n\n{body}\n\nNotes\n\n{section}\n"
    return chapter("Chapter One: Roads", NOTES[:half], 0) + "\f" + chapter("Chapter Two: Markets", NOTES[half:], half)


def _hyphenated() -> str:
    """Hard-wrapped endnotes with words split at the end of a line: `inter-`/`view`, `Il-`/`sung`."""
    notes = list(NOTES)
    notes[8] = notes[8].replace("interview", "inter-\nview")
    notes[14] = notes[14].replace("Kim Il-sung's", "Kim Il-\nsung's")
    notes[3] = notes[3].replace("Colonial State", "Colo-\nnial State")
    return endnotes(lambda n, t: f"{n}. {t}", notes=notes)


def _running_heads_inside_notes() -> str:
    """Endnotes with a page break inside a note and a journal title wrapped onto a line of its own."""
    notes = list(NOTES)
    notes[17] = notes[17].replace(" *Journal of Imperial History* ", "\n*Journal of Imperial History*\n")
    notes[19] = notes[19].replace(" *Journal of Imperial History* ", "\n*Journal of Imperial History*\n")
    text = endnotes(lambda n, t: f"{n}. {t}", per_page=30, notes=notes)
    cut = "Fonds Ministériels, Carton 412,"
    return text.replace(cut, cut + "\n\n436\n\fNOTES TO CHAPTER ONE\n\n", 1)


LAYOUTS = [
    pytest.param(footnotes_per_page, EXPECTED, id="superscripts under the body"),
    pytest.param(lambda: endnotes(_one_paragraph), EXPECTED, id="1. endnotes one per line"),
    pytest.param(lambda: endnotes(_one_paragraph, wrapped=True, blank_between=True), EXPECTED,
                 id="1. endnotes wrapped with blank lines between"),
    pytest.param(lambda: endnotes(lambda n, t: f"    {n}. " + "\n        ".join(wrap(t, 64))), EXPECTED,
                 id="indented 1. endnotes"),
    pytest.param(lambda: endnotes(lambda n, t: f"{n}) {t}", wrapped=True), EXPECTED, id="1) endnotes"),
    pytest.param(lambda: endnotes(lambda n, t: f"({n}) {t}", wrapped=True), EXPECTED, id="(1) endnotes"),
    pytest.param(lambda: endnotes(lambda n, t: f"[{n}] {t}", wrapped=True), EXPECTED, id="[1] endnotes"),
    pytest.param(lambda: endnotes(lambda n, t: f"{sup(n)} {t}", wrapped=True), EXPECTED,
                 id="superscript endnotes"),
    pytest.param(_number_alone, EXPECTED, id="number alone on a line, text below"),
    pytest.param(_run_together, EXPECTED, id="notes run together in one paragraph"),
    pytest.param(_table, EXPECTED, id="table dump"),
    pytest.param(_ebook, EXPECTED, id="e-book [BACK] links"),
    pytest.param(_stray_marks, EXPECTED, id="^2, <sup>3</sup>, [4], 5., (6), 1⁰ among superscripts"),
    pytest.param(_chapters, [(n if n <= N // 2 else n - N // 2, t) for n, t in EXPECTED],
                 id="Notes sections renumbered per chapter"),
    pytest.param(_hyphenated, EXPECTED, id="hard wraps with end-of-line hyphens"),
    pytest.param(_running_heads_inside_notes, EXPECTED, id="running head and page number inside a note"),
]


@pytest.mark.parametrize("make, expected", LAYOUTS)
def test_every_plain_text_layout(make, expected):
    notes, diagnostics = extract_notes(make(), "madeup")
    assert [(n.number, n.text.replace("*", "")) for n in notes] == expected
    assert not [d for d in diagnostics if d.kind in ("note-gap", "note-repeated", "note-out-of-order")]


def test_chapter_numbering_is_reported_as_the_layout_assumed():
    _, diagnostics = extract_notes(_chapters(), "madeup")
    assert [d.kind for d in diagnostics] == ["note-layout"]


def test_emphasis_survives_in_text_layouts():
    notes, _ = extract_notes(endnotes(_one_paragraph, wrapped=True), "madeup")
    assert notes[0].text == NOTES[0]


def _page_numbers_between_note_lines() -> str:
    """Endnotes copied without form feeds: each page's number, `436.`, `437.`, falls between two lines."""
    lines = [line for n, t in enumerate(NOTES, start=1) for line in wrap(f"{n}. {t}")]
    for k, at in enumerate(range(11, len(lines), 12)):
        lines.insert(at + k, f"{436 + k}.")
    return "\n\n".join(madeup.body_paragraphs(sup)) + "\n\nNotes\n\n" + "\n".join(lines) + "\n"


def test_page_numbers_between_note_lines_are_not_notes_nor_text():
    notes, diagnostics = extract_notes(_page_numbers_between_note_lines(), "madeup")
    assert [(n.number, n.text.replace("*", "")) for n in notes] == EXPECTED
    assert not [d for d in diagnostics if d.kind.startswith("note-")]


def test_a_number_out_of_sequence_in_a_note_is_reported():
    text = ("Body.¹ More.²\n\nNotes\n\n1. Ann Smith, *A History* (Paris: Seuil, 1999), p.\n"
            "36. See also Paul Okafor, *Markets* (Lagos: Iroko, 2004).\n2. Ibid., 14.\n")
    notes, diagnostics = extract_notes(text, "t")
    assert [n.number for n in notes] == [1, 2]
    assert notes[0].text.endswith("p. 36. See also Paul Okafor, *Markets* (Lagos: Iroko, 2004).")
    assert [(d.kind, d.note) for d in diagnostics] == [("note-marker-ignored", 36)]
