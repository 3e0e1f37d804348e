"""Stage 2: notes -> citation strings and prefixes, on real footnotes."""
from __future__ import annotations

import pytest

from nkcite import split_note


@pytest.mark.parametrize("paper, number, count, prefixes", [
    pytest.param("young", 1, 1, ["See"], id="commentary then See"),
    pytest.param("young", 2, 4, ["see", None, None, None], id="commentary, see, semicolons"),
    pytest.param("young", 11, 1, ["See"], id="quotation then See"),
    pytest.param("young", 23, 1, [None], id="telegram signature over several sentences"),
    pytest.param("miyamoto", 31, 2, [None, None], id="two newspaper issues"),
    pytest.param("miyamoto", 30, 2, [None, None], id="citation, prose with parenthetical citation"),
    pytest.param("miyamoto", 61, 1, [None], id="ibid then commentary"),
    pytest.param("miyamoto", 65, 1, [None], id="prose holding a citation"),
    pytest.param("miyamoto", 80, 0, [], id="author's own visit cites nothing"),
    pytest.param("miyamoto", 82, 0, [], id="conversation cites nothing"),
    pytest.param("miyamoto", 114, 2, [None, "Original book"], id="bracketed original book"),
    pytest.param("miyamoto", 29, 5, [None] * 5, id="italic block holding several citations"),
])
def test_split_real_notes(young_notes, miyamoto_notes, paper, number, count, prefixes):
    notes = young_notes if paper == "young" else miyamoto_notes
    citations = split_note(notes[number].text)
    assert len(citations) == count
    assert [c.prefix for c in citations] == prefixes


def test_commentary_is_not_in_citations(miyamoto_notes):
    raws = [c.raw for c in split_note(miyamoto_notes[8].text)]
    assert raws == ["*The Yomiuri Shimbun*, March 27, 2000 (Japanese)."]


@pytest.mark.parametrize("note, raws", [
    pytest.param('Toni Weis, "The Politics Machine," *Journal of Southern African Studies* 37, no. 2 (2011): 364. '
                 "Barry K. Gills, *Korea versus Korea* (London: Routledge, 1996), 110.",
                 ['Toni Weis, "The Politics Machine," *Journal of Southern African Studies* 37, no. 2 (2011): 364.',
                  "Barry K. Gills, *Korea versus Korea* (London: Routledge, 1996), 110."],
                 id="two sources in two sentences"),
    pytest.param("*Rodong Sinmun*, March 27, 1965. *Rodong Sinmun*, April 6, 1965.",
                 ["*Rodong Sinmun*, March 27, 1965.", "*Rodong Sinmun*, April 6, 1965."],
                 id="two issues in two sentences"),
    pytest.param("Telegram, From AmEmbassy, Moscow to SecState, Subject: North Korea, November 14, 1967. "
                 "Folder POL 7, KOR N, 1/1/67. Box 2262. NARA II.",
                 ["Telegram, From AmEmbassy, Moscow to SecState, Subject: North Korea, November 14, 1967. "
                  "Folder POL 7, KOR N, 1/1/67. Box 2262. NARA II."],
                 id="one archival signature over several sentences"),
])
def test_sentences_open_a_new_citation_only_after_a_complete_one(note, raws):
    assert [c.raw for c in split_note(note)] == raws
