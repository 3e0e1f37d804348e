"""Names: author strings -> CSL name objects (CONVENTIONS §2).

`KIM Il-sung` -> Kim / Il-sung (capitals are a typographic signal);
`Nguyễn Văn Quyền` -> Nguyễn / Văn Quyền; `Wu Lengxi` -> Wu / Lengxi;
`Kook-Chin Kim`, `Jian Chen` -> family last; institutions -> literal.
"""
from __future__ import annotations

import re
from typing import Any

from ..data.languages import VIETNAMESE_LETTERS
from ..data.names import CHINESE_SURNAMES, KOREAN_SURNAMES, VIETNAMESE_SURNAMES
from ..data.publishers import INSTITUTION_WORDS
from ..scan import top_level_spans
from .languages import script_language

Name = dict[str, Any]
PARTICLES = {"van", "von", "de", "del", "della", "der", "da", "di", "du", "la", "le"}
INITIALS = re.compile(r"^(?:[A-Z]\.-?)+$")


def parse_names(text: str) -> tuple[list[Name], list[str]]:
    """Return the CSL names in an author string and any original-script forms.

    >>> parse_names('PARK Min-ho and RI Chol-su')[0]
    [{'family': 'Park', 'given': 'Min-ho'}, {'family': 'Ri', 'given': 'Chol-su'}]
    >>> parse_names('Shu, Ken\\'ei (朱建榮)')
    ([{'family': 'Shu', 'given': "Ken'ei"}], ['朱建榮'])
    """
    text, originals = _take_original_forms(text)
    text = text.strip(" ,.;")
    if not text:
        return [], originals
    if is_institution(text):
        return [{"literal": text}], originals
    parts = [p.strip(" ,") for p in re.split(r",?\s+and\s+|\s*&\s*|\s*;\s*", text) if p.strip(" ,")]
    names: list[Name] = []
    for part in parts:
        names += _comma_names(part)
    return names, originals


def is_institution(text: str) -> bool:
    """True when a name string names a body, not a person.

    >>> is_institution('National Institute for Defense Military History'), is_institution('Ann Smith')
    (True, False)
    """
    words = [w.lower().strip(",.()") for w in text.split()]
    return (len(words) >= 3 and words[0] == "the") or any(w in INSTITUTION_WORDS for w in words)


def _take_original_forms(text: str) -> tuple[str, list[str]]:
    """Remove parentheses holding a name in another script (`Tanaka(田中)`)."""
    originals = []
    for start, end in reversed(list(top_level_spans(text, "("))):
        inner = text[start + 1:end - 1].strip()
        if script_language(inner) in {"ko", "ja", "zh", "ru"} or _is_vietnamese(inner):
            originals.insert(0, inner)
            text = text[:start] + text[end:]
    return re.sub(r"\s+", " ", text).strip(), originals


def _comma_names(part: str) -> list[Name]:
    """Names in one `and`-part: `Family, Given` inverted, or several full names."""
    pieces = [p.strip() for p in part.split(",") if p.strip()]
    if len(pieces) == 2 and all(len(p.split()) <= 2 for p in pieces):
        first, second = pieces
        if INITIALS.match(first.replace(" ", "")):       # V.A., Zolotarev
            return [{"family": _family_case(second), "given": first}]
        if len(first.split()) == 1:                       # Shu, Ken'ei
            return [{"family": _family_case(first), "given": second}]
    return [parse_name(p) for p in pieces]


def parse_name(text: str) -> Name:
    """Parse one personal name in any of the orders CONVENTIONS §2 lists.

    >>> parse_name('Do Thanh Thao Mien'), parse_name('Wu Lengxi'), parse_name('Byung Chul Koh')
    ({'family': 'Do', 'given': 'Thanh Thao Mien'}, {'family': 'Wu', 'given': 'Lengxi'}, {'family': 'Koh', 'given': 'Byung Chul'})
    """
    tokens = text.split()
    if len(tokens) == 1:
        return {"family": _family_case(tokens[0])}
    if _family_first(tokens):
        return {"family": _family_case(tokens[0]), "given": " ".join(tokens[1:])}
    split = len(tokens) - 1
    while split > 1 and tokens[split - 1].lower() in PARTICLES:
        split -= 1
    return {"family": " ".join(tokens[split:]), "given": " ".join(tokens[:split])}


def _family_first(tokens: list[str]) -> bool:
    """True when a name is written family name first."""
    first, last = tokens[0], tokens[-1]
    if len(first) > 1 and first.isupper() and first.isalpha() and not last.isupper():
        return True                                       # KIM Il-sung, LEE Sin-jae
    if _is_vietnamese(" ".join(tokens)) or (len(tokens) >= 3 and first.lower() in VIETNAMESE_SURNAMES):
        return True                                       # Nguyễn Văn Quyền, Do Thanh Thao Mien
    low_first, low_last = first.lower(), last.lower()
    if low_first in KOREAN_SURNAMES and low_last not in KOREAN_SURNAMES:
        return "-" in last or len(tokens) == 3            # Kim Ok-sun, Park Jae Kyu
    if len(tokens) == 2 and low_first in CHINESE_SURNAMES and low_last not in CHINESE_SURNAMES:
        return "-" not in last and len(last) > 4          # Wu Lengxi
    return False


def _is_vietnamese(text: str) -> bool:
    """True when a text uses letters only Vietnamese has."""
    return any(ch in VIETNAMESE_LETTERS for ch in text)


def _family_case(word: str) -> str:
    """`KOH` -> `Koh`; other spellings are kept."""
    if word.isupper() and len(word) > 1:
        return "-".join(p.capitalize() for p in word.split("-"))
    return word
