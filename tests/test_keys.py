"""Stage 6: ids are readable, unique and stable."""
from __future__ import annotations

import json

import pytest
from pybtex.database import parse_string as pybtex_parse

from nkcite import parse_texts
from nkcite.formats import render
from nkcite.keys import assign_ids


def ids_of(text):
    return {r["id"] for r in parse_texts([(text, "t", "t.txt")]).references}


def test_ids_are_readable_and_unique(papers):
    from nkcite import parse_files
    ids = [r["id"] for r in parse_files(papers).references]
    assert len(ids) == len(set(ids))
    assert {"pribbenow2011north", "weis2011politics", "rodongsinmun19650327"} <= set(ids)


def test_ids_do_not_change_when_an_unrelated_note_is_added(young_text):
    before = ids_of(young_text)
    extra = young_text + "\n\n³⁷ Jian Chen, *Mao's China and the Cold War II* (Chapel Hill: UNC Press, 2005).\n"
    after = ids_of(extra)
    assert before <= after and len(after - before) == 1


def _sup(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def _paper(citations: list[str]) -> str:
    body = "Body." + "".join(_sup(i) for i in range(1, len(citations) + 1))
    return body + "\n\n" + "\n\n".join(f"{_sup(i)} {c}" for i, c in enumerate(citations, 1)) + "\n"


TELEGRAMS = [f"Telegram from AmEmbassy Seoul to SecState, {day} March 1966, Box {100 + day}, RG 59, "
             "National Archives II." for day in range(1, 29)]
HANGUL = [f"『조선 {'가나다라마바사아자차카타파하'[n % 14]}{'거너더러머버서어저처커터퍼허'[n // 14]} 연구』 "
          f"(평양: 과학원출판사, 1966)." for n in range(29)]


@pytest.mark.parametrize("citations", [
    pytest.param(TELEGRAMS, id="28 telegrams sharing a base id"),
    pytest.param(HANGUL, id="29 works with Hangul-only titles"),
])
def test_ids_are_unique_without_limit(citations):
    graph = parse_texts([(_paper(citations), "t", "t.txt")])
    ids = [r["id"] for r in graph.references]
    assert len(ids) == len(set(ids)) >= 28
    for name in ("biblatex", "bibtex", "csl-json", "zotero", "chicago"):   # no crash, no duplicate
        text = render(graph, name)
        assert text
    assert len({i["id"] for i in json.loads(render(graph, "zotero"))}) == len(ids)
    assert len(pybtex_parse(render(graph, "biblatex"), "bibtex").entries) == len(ids)


def test_suffixes_run_past_z_in_a_fixed_order():
    works = [{"type": "manuscript", "title": "Telegram", "issued": {"date-parts": [[1966]]}}] * 30
    ids = assign_ids(works)
    assert ids[:3] == ["telegram1966", "telegram1966a", "telegram1966b"]
    assert ids[26:30] == ["telegram1966z", "telegram1966aa", "telegram1966ab", "telegram1966ac"]


def test_an_id_never_depends_on_a_later_work():
    smith = {"author": [{"family": "Smith"}], "title": "Rice and Rails", "issued": {"date-parts": [[2011]]}}
    related = {**smith, "title": "Rice, Rails and Korea"}
    assert assign_ids([smith]) == assign_ids([smith, related])[:1] == ["smith2011rice"]
    assert assign_ids([smith, related])[1] == "smith2011ricerails"


def test_an_unrelated_paper_after_this_one_changes_none_of_its_ids(young_text):
    alone = [r["id"] for r in parse_texts([(young_text, "young", "young.txt")]).references]
    other = _paper(["Ibid., 3.", "Telegram from AmEmbassy Seoul to SecState, 1 March 1966."])
    both = parse_texts([(young_text, "young", "young.txt"), (other, "other", "other.txt")])
    assert [r["id"] for r in both.references][:len(alone)] == alone


def test_ids_given_before_are_never_reused():
    work = {"author": [{"family": "Smith"}], "title": "Rice and Rails", "issued": {"date-parts": [[2011]]}}
    assert assign_ids([work], taken={"smith2011rice"}) == ["smith2011ricerails"]
