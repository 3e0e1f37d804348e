"""Stage 5: one reference per work across notes and papers; never a wrong merge."""
from __future__ import annotations

import pytest

from nkcite import parse_citation, parse_files
from nkcite.dedupe import same_work

from .conftest import benchmark, library_profiles


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
    pytest.param("Robert Hale, *The Salt Roads* (London: Verso, 1990).", "Thomas Hale, *The Salt Roads* (London: Verso, 1990).",
                 id="one family name, two given names: two people (found in the 10,000-paper benchmark)"),
    pytest.param("Ana Ruiz, *Poems* (Lima: IEP, 1988).", "Ana Ruiz, *Poets* (Lima: IEP, 1988).",
                 id="one letter changed in a one-word title: another work"),
    pytest.param("Ana Ruiz, *Salinas* (Lima: IEP, 1988).", "Ana Ruiz, *Salnias* (Lima: IEP, 1989).",
                 id="a slip in a one-word title, another year: another work"),
])
def test_never_merge(a, b):
    assert not same_work(parse_citation(a).work, parse_citation(b).work)


def test_no_cluster_mixes_two_titles(graph):
    from nkcite.normalize.text import fold
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


def test_short_forms_that_no_full_citation_fits_are_one_work_when_alike():
    ids = _cluster_ids("Ward, *Marsh Road*, 45.", "Ward, *Marsh Road*, 112.", "Ward, *Salt Marsh*, 3.",
                       "Hale, *Marsh Road*, 9.", short=(0, 1, 2, 3))
    assert ids[0] == ids[1]
    assert len({ids[0], ids[2], ids[3]}) == 3


def test_a_citation_without_an_author_cannot_bridge_two_authors_works():
    ids = _cluster_ids("Rita Hale, *The Salt Roads of the North* (London: Penguin, 1990).",
                       "*The Salt Roads of the North* (London: Penguin, 1990).",
                       "Omar Khan, *The Salt Roads of the North* (London: Penguin, 1990).")
    assert ids[0] != ids[2]


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
    pytest.param("J. Hale, *The Salt Roads* (London: Verso, 1990).", "John Hale, *The Salt Roads* (London: Verso, 1990), 4.",
                 id="an initial and the given name it stands for"),
    pytest.param("Jonh Hale, *The Salt Roads* (London: Verso, 1990).", "John Hale, *The Salt Roads* (London: Verso, 1990), 4.",
                 id="a typo in the given name"),
    pytest.param("Ana Ruiz, *Salinas* (Lima: IEP, 1988), 12.", "Ana Ruiz, *Salnias* (Lima: IEP, 1988), 40.",
                 id="two letters swapped in a one-word title (found in the 10,000-paper benchmark)"),
    pytest.param("Ana Ruiz, *Salinas* (Lima: IEP, 1988), 12.", "Ana Ruiz, *Sallinas* (Lima: IEP, 1988), 40.",
                 id="a letter doubled in a one-word title"),
    pytest.param("Royal Commission on Coastal Fisheries, *Herring* (London: HMSO, 1903), 4.",
                 "Royal Commission on Coastal Fisheris, *Herring* (London: HMSO, 1903), 9.",
                 id="a long body's name misprinted by a letter (found in the 10,000-paper benchmark)"),
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
    from nkcite.dedupe import dedupe
    bench = benchmark("dedupe")
    documents, truth = bench.library(1000)
    precision, recall = bench.pairwise([cits for _, cits in dedupe(documents)], truth)
    assert precision == 1.0 and recall >= 0.98


def test_undated_untitled_works_share_no_block():
    """Unparsed citations (no title, no date) can never be one work: no giant block of them."""
    from nkcite.dedupe import Profile, blocking_keys
    unparsed = parse_citation("Qorvath Zennik Ulbar.").work
    assert "title" not in unparsed and "issued" not in unparsed
    assert blocking_keys(Profile.of(unparsed)) == []
    ids = _cluster_ids("Qorvath Zennik Ulbar.", "Velmont Dastra Ikko.", "Qorvath Zennik Ulbar.")
    assert len(set(ids)) == 3


def _name(n: int) -> str:
    """Four made-up words for each n, far apart for any two n (rapidfuzz ratio < 90)."""
    words = []
    for k in (n * 31 + 5, n * 7919 + 13, n * 104729 + 7, n * 1299709 + 3):
        word = ""
        for i in range(8):
            word += "aeiou"[k % 5] if i % 2 else "bcdfghklmnprstvz"[k % 16]
            k //= 5 if i % 2 else 16
        words.append(word.capitalize())
    return " ".join(words)


@pytest.mark.parametrize("make, pair", [
    pytest.param(lambda n: f'"Memorandum of Conversation between {_name(n)}," 4 March 1967, '
                           f"Box {n}, RG 59, National Archives.", (
                     '"Memorandum of Conversation between Ohtar Velk Zsalrto Imme," 4 March 1967, Box 3, RG 59, '
                     "National Archives.",
                     '"Memorandum of Conversation between Ohtar Velk Zsalrot Imme," 4 March 1967, Box 3, RG 59, '
                     "National Archives."), id="1,200 titles that open alike, one typo pair"),
    pytest.param(lambda n: f"{' '.join(_name(n).split()[:2])}, *Memoirs* (Seoul: Hanul, 1990).", (
                     "Ohtar Velk, *Memoirs* (Seoul: Hanul, 1990).", "Ohtar Velk, *Memoirs* (Seoul: Hanul, 1990), 7."),
                 id="one title shared by 1,200 works, one work cited twice"),
])
def test_a_block_larger_than_max_block_still_finds_its_pairs(make, pair):
    from nkcite.dedupe import MAX_BLOCK
    others = [make(n) for n in range(MAX_BLOCK + 200)]
    ids = _cluster_ids(*others[:600], pair[0], *others[600:], pair[1])
    assert ids[600] == ids[-1]
    assert len(set(ids)) == len(ids) - 1


def test_alike_short_forms_that_fit_two_works_stay_apart():
    """Found while staging dedupe: alike short forms were compared once and so kept together."""
    book_a = "Nguyễn Văn Quyền, *Vietnam took advantage of military aid from socialist countries* (Hà Nội: CTQG, 2022)."
    book_b = "Nguyễn Văn Quyền, *Vietnam took advantage of support and help from socialist countries* (Hà Nội: CTQG, 2020)."
    ambiguous = "Nguyễn Văn Quyền, *Vietnam took advantage*, p.3."
    ids = _cluster_ids(book_a, book_b, ambiguous, ambiguous, short=(2, 3))
    assert len(set(ids)) == 4


def test_alike_citations_are_profiled_once():
    from nkcite.dedupe import Profile, Variants
    variants = Variants()
    work = parse_citation("*Rodong Sinmun*, March 27, 1965.").work
    for _ in range(1000):
        variants.add(Profile.of(work))
    for _ in range(3):   # an unresolved ibid. keeps a work of its own: never one with another
        variants.add(Profile.of({"type": "document", "note": "ibid."}))
    assert len(variants.profiles) == 4 and list(variants.of[998:]) == [0, 0, 1, 2, 3]


def test_telegrams_of_one_embassy_join_within_their_year_only():
    raw = "AmEmbassy Moscow to SecState, Telegram, Subject: North Korea, March {day}, {year}, RG 59, Box 12, NARA."
    citations = [raw.format(day=day, year=year) for year in range(1960, 1990) for day in (3, 3)]
    citations.append("AmEmbassy Moscow to SecState, Telegram, Subject: North Korea, RG 59, Box 12, NARA.")
    ids = _cluster_ids(*citations)
    assert [ids[n] == ids[n + 1] for n in range(0, 60, 2)] == [True] * 30
    assert len(set(ids[:60])) == 30


def test_blocks_compared_year_by_year_find_every_pair():
    """Every pair of a block that is one work, as comparing all pairs finds it (the benchmark's 10,000)."""
    from nkcite.dedupe import block_edges, block_index, compared_blocks, one_work
    profiles = library_profiles(10_000)
    checked = 0
    for _, members in compared_blocks(block_index(profiles, 3)):
        found = {frozenset(edge) for edge in block_edges([(m, profiles[m]) for m in members], 90)}
        every = {frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:]
                 if one_work(profiles[a], profiles[b], 90)}
        assert found == every
        checked += len(every)
    assert checked > 1000


def test_unparsed_citations_are_not_one_block():
    """Thousands of unresolved ibid. (untitled, undated works) are blocked nowhere, so never compared."""
    from nkcite.dedupe import Profile, block_index
    profiles = [Profile.of({"type": "document", "note": f"ibid., {n}."}) for n in range(5000)]
    assert block_index(profiles, 3) == {}


@pytest.mark.parametrize("first, second, together", [
    pytest.param("*Songbird*, 31 March 1971, <https://news.example.org/2/asia/696970.stm> (accessed December 10, 2012).",
                 "Pak Chol, *Songbird* (Pyongyang: Literature Press, 1971), 12.", False,
                 id="a web page of a day and a book of its title and year"),
    pytest.param("Pak Chol, *Songbird* (Pyongyang: Literature Press, 1971), 12.",
                 "Pak Chol, *Songbird* (Pyongyang, 1971), 40.", True, id="the book twice"),
])
def test_kinds_of_work_that_are_never_one_another(first, second, together):
    ids = _cluster_ids(first, second)
    assert (ids[0] == ids[1]) is together
