"""Titles: an English title and its original in parentheses.

`Mao Zedong's Vietnam War(毛沢東のベトナム戦争)` -> title and original-title;
`Women in the Democratic People's Republic of Korea (North Korea)` keeps its
parenthesis, which is plain Latin text.
"""
from __future__ import annotations

from ..scan import clean_value, top_level_spans
from .languages import script_language


def split_original(title: str) -> tuple[str, str | None]:
    """Split a trailing original-script parenthesis off a title.

    >>> split_original('Pyongyang 25 Hours (평양 25 시)')
    ('Pyongyang 25 Hours', '평양 25 시')
    >>> split_original('Trade and War (1) (貿易と戦争(1))')
    ('Trade and War (1)', '貿易と戦争(1)')
    >>> split_original("Women in the DPRK (North Korea)")
    ('Women in the DPRK (North Korea)', None)
    """
    text = title.rstrip(" ,.*")
    spans = list(top_level_spans(text, "("))
    if not spans or spans[-1][1] != len(text):
        return clean_value(title), None
    start, end = spans[-1]
    inner = text[start + 1:end - 1].strip()
    head = text[:start].strip()
    if not head or foreign_share(inner) < 0.5 or foreign_share(head) >= 0.3:
        return clean_value(title), None
    return clean_value(head), clean_value(inner)


def foreign_share(text: str) -> float:
    """Share of a text's words written in another script or with Vietnamese letters.

    >>> foreign_share("General Võ Văn Minh's report on the proposal of the ministry") < 0.3
    True
    """
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if not words:
        return 0.0
    return sum(script_language(w) is not None for w in words) / len(words)
