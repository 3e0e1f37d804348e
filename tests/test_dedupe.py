"""Stage 5: one reference per work across notes and papers; never a wrong merge."""
from __future__ import annotations

import pytest

from nkcite import parse_citation, parse_files
from nkcite.dedupe import same_work


@pytest.fixture(scope="module")
def graph(papers):
    return parse_files(papers)


def refs_in(graph, doc_id, number):
    doc = next(d for d in graph.documents if d.id == doc_id)
    return [c.ref for n in doc.notes if n.number == number for c in n.citations]


def test_pribbenow_e_dossier_is_one_reference_across_papers(graph):
    young = refs_in(graph, "young-2019", 7)[0]
    assert refs_in(graph, "miyamoto-2024", 21)[0] == young
    assert refs_in(graph, "miyamoto-2024", 66)[0] == young


def test_protocol_agreement_is_one_reference_across_papers(graph):
    assert refs_in(graph, "miyamoto-2024", 67)[0] == refs_in(graph, "young-2019", 25)[0]


def test_merged_work_keeps_conflicting_values_in_note(graph):
    ref = next(r for r in graph.references if r["id"] == refs_in(graph, "young-2019", 7)[0])
    assert ref["URL"] == "https://www.wilsoncenter.org/publication/north-korean-pilots-the-skies-over-vietnam"
    assert "NKIDP_eDossier_2_North_Korean_Pilots_in_Vietnam_War.pdf" in ref["note"]


@pytest.mark.parametrize("a, b", [
    pytest.param("*Rodong Sinmun*, July 9, 1957.", "*Rodong Sinmun*, July 13, 1957.", id="different dates of one newspaper"),
    pytest.param('Satoru Miyamoto, "The DPRK and the Vietnam War (1)," *Bulletin*, No. 55 (March 2013), pp. 292-310.',
                 'Satoru Miyamoto, "The DPRK and the Vietnam War (2)," *Bulletin*, No. 57 (March 2014), pp. 211-237.',
                 id="parts (1) and (2)"),
    pytest.param('KIM Il-sung, "Talk," *The Complete Works of Kim Il Sung*, Vol. 37 (Pyongyang: WPK Publishing, 2001).',
                 'KIM Il-sung, "Talk," *The Complete Works of Kim Il Sung*, Vol. 38 (Pyongyang: WPK Publishing, 2001).',
                 id="different volumes"),
    pytest.param("Kham Vorapheth, *Laos* (Tokyo: Mekon, 2010) (Japanese).", "Kham Vorapheth, *Laos* (Paris: Les Indes Savantes, 2007).",
                 id="translation and original edition"),
    pytest.param("Jian Chen, *The Cold War* (London: Routledge, 2001).", "Wu Lengxi, *The Cold War* (London: Routledge, 2001).",
                 id="same title, different authors"),
])
def test_never_merge(a, b):
    assert not same_work(parse_citation(a).work, parse_citation(b).work)


def test_no_cluster_mixes_two_titles(graph):
    from nkcite.resolve import fold
    for ref in graph.references:
        cited = [c for d in graph.documents for _, _, c in d.citations() if c.ref == ref["id"] and c.form == "full"]
        titles = {fold(c.work.get("title")) for c in cited if c.work.get("title")}
        assert len(titles) <= 1, ref["id"]
