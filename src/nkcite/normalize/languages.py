"""Languages: `(Korean)` markers and the script of an original title -> BCP 47."""
from __future__ import annotations

import re

from ..data.languages import LANGUAGE_MARKERS, SCRIPT_RANGES, VIETNAMESE_LETTERS

MARKER = re.compile(r"\(\s*(" + "|".join(LANGUAGE_MARKERS) + r")\s*\)", re.I)


SCRIPTS = {lang: re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]")
           for lang, ranges in SCRIPT_RANGES}
VIETNAMESE = re.compile("[" + "".join(sorted(VIETNAMESE_LETTERS)) + "]")


def script_language(text: str) -> str | None:
    """Return the language a text's script shows, or None for plain Latin.

    Kana makes Japanese even beside Han characters; Han alone is Chinese.

    >>> script_language('毛沢東のベトナム戦争'), script_language('평양 25 시'), script_language('Dấu ấn Triều Tiên')
    ('ja', 'ko', 'vi')
    """
    if text.isascii():
        return None
    for lang in ("ko", "ja", "zh", "ru"):
        if SCRIPTS[lang].search(text):
            return lang
    return "vi" if VIETNAMESE.search(text) else None


def marker_language(word: str) -> str | None:
    """Return the BCP 47 tag of a marker word such as `Korean`, else None."""
    return LANGUAGE_MARKERS.get(word.strip().lower())
