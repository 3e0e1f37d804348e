"""scan.py: nesting depths, top-level groups and clean values, in linear time.

The speed itself is measured by `benchmarks/complexity.py`; here the
rewritten scans are checked against their definitions, on named cases and
on random text of nesting characters.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkcite.scan import balanced_depths, clean_value, depths, split_top_level, top_level_spans


@pytest.mark.parametrize("text, expected", [
    pytest.param('a (b) "c"', [0, 0, 0, 1, 1, 0, 0, 1, 1], id="group and quotes"),
    pytest.param("([x)y", [0, 1, 2, 2, 0], id="a closer closes the groups opened after its opener"),
    pytest.param("a]b", [0, 0, 0], id="a closer without opener is text"),
    pytest.param("<x>", [0, 0, 0], id="< opens only before a URL"),
    pytest.param("<http://a>", [0, 1, 1, 1, 1, 1, 1, 1, 1, 1], id="< before a URL"),
    pytest.param("“a”", [0, 1, 1], id="curly quotes"),
])
def test_depths(text, expected):
    assert depths(text) == expected


def test_an_unpaired_straight_quote_is_ignored():
    assert list(balanced_depths('Journal 1957," AVPRF (F. 5)')) == depths('Journal 1957," AVPRF (F. 5)',
                                                                          straight_quotes=False)


@pytest.mark.parametrize("text, opener, spans", [
    pytest.param("a (b) c (d (e) f) g", "(", [(2, 5), (8, 17)], id="nested group is inside its parent"),
    pytest.param("( ( ( x )", "(", [], id="unclosed openers are skipped"),
    pytest.param('"a" "b', '"', [], id="an odd number of straight quotes pairs none"),
    pytest.param('"a" "b"', '"', [(0, 3), (4, 7)], id="straight quotes pair up"),
    pytest.param("(" * 5000 + ")", "(", [], id="five thousand openers, one closer at depth 5000"),
    pytest.param("<" * 5000, "<", [], id="five thousand < without a URL"),
])
def test_top_level_spans(text, opener, spans):
    assert list(top_level_spans(text, opener)) == spans


def spans_by_definition(text: str, opener: str) -> list[tuple[int, int]]:
    """Each top-level opener with the first closer at depth 1 after it (quadratic, for checking)."""
    level = balanced_depths(text)
    closer = {"(": ")", "[": "]", "<": ">", "\u201c": "\u201d"}.get(opener, opener)
    out, i = [], 0
    while i < len(text):
        if text[i] == opener and level[i] == 0:
            j = next((j for j in range(i + 1, len(text)) if text[j] == closer and level[j] == 1), None)
            if j is not None:
                out.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return out


NESTING_TEXT = st.text(alphabet='()[]<>“”"ax. ,;', max_size=60) | st.builds(
    lambda a, b: a + "<http://x" + b, st.text(alphabet="()<>a ", max_size=10), st.text(alphabet="()<>a ", max_size=10))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(NESTING_TEXT, st.sampled_from(['(', '[', '<', '“', '"']))
def test_top_level_spans_keep_their_definition(text, opener):
    assert list(top_level_spans(text, opener)) == spans_by_definition(text, opener)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(NESTING_TEXT)
def test_depths_are_those_of_a_stack(text):
    """Depth = groups open before the character (a closer counts inside its group)."""
    stack, expected = [], []
    pairs = {")": "(", "]": "[", ">": "<", "\u201d": "\u201c"}
    for i, ch in enumerate(text):
        if ch == '"':
            closing = bool(stack) and stack[-1] == '"'
            if closing:
                stack.pop()
            expected.append(len(stack) + closing)
            if not closing:
                stack.append('"')
            continue
        expected.append(len(stack))
        if ch in "([“" or (ch == "<" and _url_follows(text[i + 1:])):
            stack.append(ch)
        elif ch in pairs and pairs[ch] in stack:
            while stack.pop() != pairs[ch]:
                pass
    assert depths(text) == expected


def _url_follows(rest: str) -> bool:
    """`<` opens a group before a URL (one more `<` and spaces may come first)."""
    rest = rest[1:] if rest.startswith("<") else rest
    return rest.lstrip().startswith(("http:", "https:", "www."))


@pytest.mark.parametrize("text, expected", [
    pytest.param('"Rice and Rails, 1950-1960,"', "Rice and Rails, 1950-1960", id="quoted title"),
    pytest.param('"Title,".', "Title", id="quote, comma, full stop"),
    pytest.param("Report on Meetings,'", "Report on Meetings'", id="comma before a closing single quote"),
    pytest.param("Report on Meetings,,,’", "Report on Meetings’", id="several commas before a closing quote"),
    pytest.param("Kim Il-sung Jr.", "Kim Il-sung Jr.", id="abbreviation keeps its stop"),
    pytest.param("Washington, D.C.", "Washington, D.C.", id="D.C. keeps its stop"),
    pytest.param("Ann B.", "Ann B.", id="an initial keeps its stop"),
    pytest.param("Title....", "Title", id="every trailing stop"),
    pytest.param("x" + "." * 100_000, "x", id="a hundred thousand trailing stops"),
    pytest.param("x" + ", ." * 50_000, "x", id="fifty thousand stops and commas"),
    pytest.param('"' * 100_000, "", id="only quotes"),
    pytest.param(" *A* ", "A", id="emphasis and space"),
])
def test_clean_value(text, expected):
    assert clean_value(text) == expected


def test_split_top_level_keeps_groups_whole():
    assert split_top_level("a (b; c); d") == ["a (b; c)", "d"]
