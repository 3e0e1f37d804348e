"""Joining hard-wrapped lines: hyphens, URLs, brackets, CJK and Korean."""
from __future__ import annotations

import pytest

from nkcite.wrap import Wrapping, is_unfinished

TEXT = "Kim Il-sung spoke in 1965; the co-op and the Sino-Soviet split."


@pytest.mark.parametrize("left, right, joined", [
    pytest.param("an inter-", "view in Seoul", "an interview in Seoul", id="hyphen that split a word"),
    pytest.param("Kim Il-", "sung's speech", "Kim Il-sung's speech", id="compound written so elsewhere"),
    pytest.param("a co-", "op of farmers", "a co-op of farmers", id="lower-case compound written elsewhere"),
    pytest.param("the Sino-", "Soviet split", "the Sino-Soviet split", id="hyphen before a capital"),
    pytest.param("pp. 599-", "621.", "pp. 599-621.", id="page range"),
    pytest.param("at <http://example.org/docu", "ment/12>.", "at <http://example.org/docu" + "ment/12>.",
                 id="URL"),
    pytest.param("at <https://example.org/cold-", "war-history>.", "at <https://example.org/cold-war-history>.",
                 id="hyphen inside a URL"),
    pytest.param("<https://example.org/a>", "(Accessed May 3, 2021).",
                 "<https://example.org/a> (Accessed May 3, 2021).", id="URL closed"),
    pytest.param("Vietnam War(", "毛沢東のベトナム戦争)", "Vietnam War(毛沢東のベトナム戦争)", id="after an opening bracket"),
    pytest.param("毛沢東の", "ベトナム戦争", "毛沢東のベトナム戦争", id="Japanese"),
    pytest.param("평양", "25 시", "평양 25 시", id="Korean and digits"),
    pytest.param("조선로동당", "력사", "조선로동당 력사", id="Korean words"),
])
def test_join_point(left, right, joined):
    drop, separator = Wrapping.of(TEXT).join_point(left, right)
    assert left[:len(left) - drop] + separator + right == joined


def test_korean_broken_inside_words_where_the_text_shows_it():
    text = "조선로동당\n력사 ... 조선로동당력사"
    assert Wrapping.of(text).join_point("조선로동당", "력사") == (0, "")


@pytest.mark.parametrize("text, unfinished", [
    pytest.param("Trần Văn Minh,", True, id="comma"),
    pytest.param("accessible at <https://example.org/a", True, id="open URL"),
    pytest.param("*Rodong Sinmun*, March 27, 1965.", False, id="full stop"),
])
def test_is_unfinished(text, unfinished):
    assert is_unfinished(text) is unfinished
