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
