"""Titles: an English title and its original in parentheses.

`Mao Zedong's Vietnam War(毛沢東のベトナム戦争)` -> title and original-title;
`Women in the Democratic People's Republic of Korea (North Korea)` keeps its
parenthesis, which is plain Latin text.
"""
from __future__ import annotations

import functools

from ..scan import clean_value, top_level_spans
from .languages import script_language


@functools.lru_cache(maxsize=1 << 14)
def split_original(title: str) -> tuple[str, str | None]:
    """Split a trailing original-script parenthesis off a title (cached: a pure
    function of the title, asked again of every title and container).

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
        return _trailing_original(title, text)
    start, end = spans[-1]
    inner = text[start + 1:end - 1].strip()
    head = text[:start].strip()
    if not head or foreign_share(inner) < 0.5 or foreign_share(head) >= 0.3:
        return clean_value(title), None
    return clean_value(head), clean_value(inner)


EAST_ASIAN = {"ko", "ja", "zh"}


def _trailing_original(title: str, text: str) -> tuple[str, str | None]:
    """`Jindai Shanghai de yiyuan 近代上海的醫院`: a romanized title followed, without
    brackets, by its original in Chinese, Japanese or Korean script.

    >>> _trailing_original('Jindai Shanghai de yiyuan 近代上海的醫院', 'Jindai Shanghai de yiyuan 近代上海的醫院')
    ('Jindai Shanghai de yiyuan', '近代上海的醫院')
    """
    words = text.split()
    k = len(words)
    while k > 0 and script_language(words[k - 1]) in EAST_ASIAN:
        k -= 1
    head = " ".join(words[:k])
    if 0 < k < len(words) and any(ch.isalpha() for ch in head) and foreign_share(head) == 0:
        return clean_value(head), clean_value(" ".join(words[k:]))
    return clean_value(title), None


def foreign_share(text: str) -> float:
    """Share of a text's words written in another script or with Vietnamese letters.

    >>> foreign_share("General Võ Văn Minh's report on the proposal of the ministry") < 0.3
    True
    """
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if not words:
        return 0.0
    return sum(script_language(w) is not None for w in words) / len(words)
