"""Stage 6: ids are readable, unique and stable."""
from __future__ import annotations

from nkcite import parse_texts


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
