"""Archives: an archive segment -> the archive's name and place.

`State Central Archive, Prague` -> archive `State Central Archive`,
archive-place `Prague`; `Vietnam National Archives Center 3 (Hanoi)` ->
the name and `Hanoi`; `AVPRF` stays whole; an abbreviation the paper defines
for it (`Sevilla (en adelante AGI)`, `(hereafter NARA)`) is dropped. A place is split off only when
the lexicon knows it as a place.
"""
from __future__ import annotations

import re

from ..data.citewords import STATE_ABBREVIATIONS
from ..data.lexicon import lexicon

TRAILING_PLACE = re.compile(r"^(?P<name>.+?)(?:,\s*|\s*\()(?P<place>[^,()]+?)\)?$")
# `Archivo General de Indias, Sevilla (en adelante AGI)`, `(hereafter NARA)`, `(AHN)`: the abbreviation
# a paper defines for the archive, no part of its name
DEFINING_WORDS = (r"(?:en adelante|hereafter|henceforth|hereinafter|ci-après|désormais|d[’']ora in (?:poi|avanti)|"
                  r"in seguito|im Folgenden|künftig|fortan|doravante|a partir de agora|hierna)")
ABBREVIATION_DEFINED = re.compile(
    r"\s*\((?:(?:[^()]{3,80}?,\s+(?=" + DEFINING_WORDS + r"))?" + DEFINING_WORDS + r"\s+)?"
    r"(?=(?:[^)]*[A-Z]){2})[A-Z][A-Za-z]{1,9}\)$")
"""`(en adelante AGS)`, `(AHN)`, `(Guangdong Provincial Archives, hereafter GDPA)`: the translation of a
romanised name may come before the abbreviation."""


def archive_and_place(value: str) -> tuple[str, str | None]:
    """Split a trailing place off an archive's name.

    >>> archive_and_place("State Central Archive, Prague"), archive_and_place("AVPRF")
    (('State Central Archive', 'Prague'), ('AVPRF', None))
    >>> archive_and_place("Vietnam National Archives Center 3 (Hanoi)")
    ('Vietnam National Archives Center 3', 'Hanoi')
    >>> archive_and_place("National Archives II, College Park, MD"), archive_and_place("LBJ Library, Austin, Texas")
    (('National Archives II', 'College Park, MD'), ('LBJ Library', 'Austin, Texas'))
    >>> archive_and_place("Archivo General de Indias, Sevilla (en adelante AGI)")
    ('Archivo General de Indias', 'Sevilla')
    >>> archive_and_place("Archivo Histórico Nacional (AHN), Madrid")
    ('Archivo Histórico Nacional', 'Madrid')
    >>> archive_and_place("Hoover Institution Archives, Stanford, CA")
    ('Hoover Institution Archives', 'Stanford, CA')
    >>> archive_and_place("Paris, musée d’Orsay")
    ('musée d’Orsay', 'Paris')
    """
    value = ABBREVIATION_DEFINED.sub("", value)
    parts = value.split(", ")
    for k in range(1, len(parts)):                      # the longest place: `College Park, MD`, `Austin, Texas`
        if is_known_place(parts[k]) and all(map(place_like, parts[k + 1:])) or _a_town_and_its_state(parts[k:]):
            return _without_abbreviation(", ".join(parts[:k])), ", ".join(parts[k:]).strip()
    m = TRAILING_PLACE.match(value)
    if m and is_known_place(m.group("place")):
        return _without_abbreviation(m.group("name")), m.group("place").strip()
    if len(parts) == 2 and is_known_place(parts[0]) and not is_known_place(parts[1]):
        return _without_abbreviation(parts[1]), parts[0].strip()     # `Paris, musée d'Orsay`
    return value, None


def _a_town_and_its_state(parts: list[str]) -> bool:
    """`Stanford, CA`, `Abilene, Kans.`: a capitalised name and a US state's abbreviation after it
    (a town the lexicon may not know)."""
    if len(parts) != 2:
        return False
    words, state = parts[0].split(), parts[1].strip().rstrip(".")
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words) \
        and (re.fullmatch(r"[A-Z]{2}", state) is not None or state.lower() in STATE_ABBREVIATIONS)


def _without_abbreviation(name: str) -> str:
    """`Archivo Histórico Nacional (AHN)` (the place came after) -> the name alone."""
    return ABBREVIATION_DEFINED.sub("", name.strip()).strip()


def defines_an_abbreviation(text: str) -> bool:
    """`(en adelante AGI)`, `(hereafter NARA)`, `(AHN)`: a parenthesis naming the archive's abbreviation.

    >>> defines_an_abbreviation("(en adelante AGS)"), defines_an_abbreviation("(Paris)")
    (True, False)
    """
    return ABBREVIATION_DEFINED.fullmatch(text.strip()) is not None


def is_known_place(text: str) -> bool:
    """`Prague`, `College Park, MD`'s first part, `Kew`: a place the lexicon knows."""
    words = text.strip().split()
    return bool(words) and len(words) <= 3 and words[0][:1].isupper() and lexicon().is_place(" ".join(words).lower())


def place_like(text: str) -> bool:
    """`NY`, `Mass.`, `Italy`, `Chapel Hill`: a state or a place the lexicon knows."""
    word = text.strip().rstrip(".")
    return bool(re.fullmatch(r"[A-Z]{2,3}", word)) or word.lower() in STATE_ABBREVIATIONS \
        or lexicon().is_place(re.sub(r"^the ", "", word.lower()))
