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


def _cluster_ids(*raw_citations, short=()):
    """Dedupe one document of the given citations; the cluster number of each."""
    from nkcite.dedupe import dedupe
    from nkcite.model import Document, Note
    citations = []
    for n, raw in enumerate(raw_citations):
        cit = parse_citation(raw)
        cit.looks_short = n in short
        citations.append(cit)
    notes = [Note(number=n + 1, text=c.raw, citations=[c]) for n, c in enumerate(citations)]
    clusters = dedupe([Document(id="d", source="d.txt", notes=notes)])
    where = {id(c): k for k, (_, cits) in enumerate(clusters) for c in cits}
    return [where[id(c)] for c in citations]


def test_a_vaguer_date_cannot_bridge_two_issues():
    ids = _cluster_ids("*Rodong Sinmun*, September 12, 1988.", "*Rodong Sinmun*, 1988.",
                       "*Rodong Sinmun*, September 6, 1988.")
    assert ids[0] != ids[2]


@pytest.mark.parametrize("a, b", [
    pytest.param('Toni Weis, "The Politics Machine: On the Concept of Solidarity in East German Support for SWAPO," '
                 '*Journal of Southern African Studies* 37, no. 2 (2011): 351-367.',
                 'Toni Weis, "Teh Politics Machine: On the Concept of Solidarity in East German Support for SWAPO," '
                 '*Journal of Southern African Studies* 37, no. 2 (2011): 364.', id="typo in the first word"),
    pytest.param("Nguyễn Văn Quyền, *Việt Nam tranh thủ nguồn viện trợ quân sự* (Hà Nội: Chính trị Quốc gia, 2022).",
                 "Nguyen Van Quyen, *Viet Nam tranh thu nguon vien tro quan su* (Ha Noi: Chinh tri Quoc gia, 2022).",
                 id="dropped diacritics"),
])
def test_same_work_in_other_words_is_one_cluster(a, b):
    first, second = _cluster_ids(a, b)
    assert first == second


def test_short_form_joins_its_one_work_and_stays_alone_when_two_fit():
    book_a = "Nguyễn Văn Quyền, *Vietnam took advantage of military aid from socialist countries* (Hà Nội: CTQG, 2022)."
    book_b = "Nguyễn Văn Quyền, *Vietnam took advantage of support and help from socialist countries* (Hà Nội: CTQG, 2020)."
    unique = "Nguyễn Văn Quyền, *Vietnam took advantage of support*, pp.149-150."
    ambiguous = "Nguyễn Văn Quyền, *Vietnam took advantage*, p.3."
    ids = _cluster_ids(book_a, book_b, unique, ambiguous, short=(2, 3))
    assert ids[2] == ids[1] and ids[0] != ids[1]
    assert ids[3] not in (ids[0], ids[1])


def test_benchmark_library_is_deduplicated_exactly():
    """The benchmark's generator at 1,000 citations (benchmarks/dedupe.py):
    precision 1.0 and recall >= 0.98 (speed is the benchmark's business)."""
    import importlib.util
    from pathlib import Path

    from nkcite.dedupe import dedupe
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "dedupe.py"
    spec = importlib.util.spec_from_file_location("dedupe_benchmark", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    documents, truth = bench.library(1000)
    precision, recall = bench.pairwise([cits for _, cits in dedupe(documents)], truth)
    assert precision == 1.0 and recall >= 0.98
