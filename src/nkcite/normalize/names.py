"""Names: author strings -> CSL name objects (CONVENTIONS §2).

`KIM Il-sung` -> Kim / Il-sung (capitals are a typographic signal);
`Nguyễn Văn Quyền` -> Nguyễn / Văn Quyền; `Wu Lengxi` -> Wu / Lengxi;
`Kook-Chin Kim`, `Jian Chen` -> family last; institutions -> literal.
"""
from __future__ import annotations

import re
from typing import Any

from ..data.languages import VIETNAMESE_LETTERS
from ..data.names import (CHINESE_SURNAMES, EAST_ASIAN_SURNAMES, GAELIC_PARTICLES, JAPANESE_SURNAMES, KOREAN_SURNAMES,
                          SPANISH_FAMILY_NAMES, SPANISH_GIVEN_NAMES, VIETNAMESE_SURNAMES)
from ..data.publishers import INSTITUTION_HEADS, INSTITUTION_WORDS
from ..scan import top_level_spans
from .languages import script_language
from .text import fold

Name = dict[str, Any]
PARTICLES = {"van", "von", "de", "del", "della", "dalla", "dal", "dei", "degli", "delle", "dello", "der", "den", "da",
             "di", "du", "la", "le", "dos", "das", "ten", "ter", "zu", "zur", "vom"}
NAME_JOINING_WORDS = PARTICLES | {"of", "on", "for", "the", "and", "in", "des", "für", "y", "e", "et", "und", "per", "do",
                                  "il", "lo", "el", "los", "las", "die", "das"}
"""Lower-case words inside a capitalised name of a body or a periodical
(`Royal Commission on Coastal Fisheries`, `La Gazette du Midi`)."""
INITIALS = re.compile(r"^(?:[A-ZÀ-ÝА-ЯЁΑ-Ω][a-zа-яё]?\.-?)+$")          # `J.`, `Yu.`, `Е.П.` (Cyrillic), `Κ.`
JOINED_SURNAMES = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+)+[A-ZÀ-Þ][\w'’-]+\s+(?:y|i)\s+[A-ZÀ-Þ][\w'’-]+")
"""`José Ortega y Gasset`, `Joan Martí i Puig`: a Spanish or Catalan name whose two family names are joined
by `y` or `i`, one name (two authors each have a given name: `Ana Ruiz y Juan Gil`)."""
VARIOUS = re.compile(r"^(?:A+\.?\s*V+\.?|V+\.?\s*A+\.?|Autori vari|Various(?: authors)?|Anon(?:ymous)?\.?|s\.\s*a\.|"
                     r"N\.\s*N\.|(?:Ouvrage )?collectif|Varios autores|Vários autores|Diversi autori)$", re.I)
ET_AL = re.compile(r",?\s*\b(?:et al(?:ii|\.)?|and others|u\.\s?a\.|e altri|et alii)\.?", re.I)
CONJUNCTION = re.compile(r",?\s+(?:and|und|et|e|y|u\.)\s+|\s*&\s*|\s*/\s*(?=\D)")   # `Schmidt, Anna/Weber, Karl`
GIVEN_IN_BRACKETS = re.compile(r"(?P<family>[^\W\d][^()]*?)\s*\((?P<given>[A-ZÀ-Þ][A-Za-zÀ-ÿ.' -]*)\)?")
SUFFIX = re.compile(r"^(?:Jr|Sr|Jun|Sen|II|III|IV)\.?$")


ACRONYM = re.compile(r"[A-Z]{3,6}")
POSSESSIVE = re.compile(r"(?<=\w)[’']s$")
"""`Farrow's` (letter): a name's possessive ending is no part of it."""


def parse_names(text: str) -> tuple[list[Name], list[str]]:
    """Return the CSL names in an author string and any original-script forms.

    >>> parse_names('PARK Min-ho and RI Chol-su')[0]
    [{'family': 'Park', 'given': 'Min-ho'}, {'family': 'Ri', 'given': 'Chol-su'}]
    >>> parse_names('Shu, Ken\\'ei (朱建榮)')
    ([{'family': 'Shu', 'given': "Ken'ei"}], ['朱建榮'])
    >>> parse_names('Bergk, V., Haefeli, W. E. & Martin, M.')[0][1]
    {'family': 'Haefeli', 'given': 'W. E.'}
    """
    text, originals = _take_original_forms(text)
    text = _strip_edges(ET_AL.sub("", POSSESSIVE.sub("", text)))
    if not text or VARIOUS.match(text):
        return [], originals                              # `AA. VV.`: various authors, none named
    if is_institution(text) or ACRONYM.fullmatch(text) and fold(text) not in EAST_ASIAN_SURNAMES \
            or _a_romanised_body(text):
        return [{"literal": text}], originals         # `CIA`, `UNHCR`: a body by its initials
    names: list[Name] = []
    for group in re.split(r"\s*;\s*", text):
        for part in ([group] if JOINED_SURNAMES.fullmatch(group) else CONJUNCTION.split(group)):
            names += _comma_names(part.strip(" ,"))
    names = [n for n in names if n.get("family") or n.get("literal")]
    return _family_first_like_the_first(_chinese_name_alone(names, text), text), originals


def _chinese_name_alone(names: list[Name], text: str) -> list[Name]:
    """`Chen Jian`: a name standing alone, a Chinese family name and a given name of
    one or two pinyin syllables, is written family name first (in a list, the
    first name's order decides: `Jian Wu and Li Na`)."""
    if len(names) != 1 or " " in names[0].get("given", "") or f"{names[0].get('given')} {names[0].get('family')}" != text:
        return names
    given, family = names[0]["given"], names[0]["family"]
    if fold(given) in CHINESE_SURNAMES and fold(family) not in CHINESE_SURNAMES and PINYIN_NAME.fullmatch(fold(family)):
        return [{"family": given, "given": family}]
    return names


def _family_first_like_the_first(names: list[Name], text: str) -> list[Name]:
    """`Li Wenhua and Zhang Ming`: after a Chinese or Korean name written family name
    first, a two-word name opening with such a family name is written so too.

    >>> _family_first_like_the_first([{"family": "Li", "given": "Wenhua"}, {"family": "Ming", "given": "Zhang"}],
    ...                              "Li Wenhua and Zhang Ming")[1]
    {'family': 'Zhang', 'given': 'Ming'}
    """
    first = names[0] if names else {}
    family = first.get("family", "")
    if not (first.get("given") and fold(family) in EAST_ASIAN_SURNAMES and text.lower().startswith(family.lower())):
        return names
    out = [first]
    for name in names[1:]:
        given, family = name.get("given", ""), name.get("family", "")
        if " " not in given and fold(given) in EAST_ASIAN_SURNAMES and fold(family) not in EAST_ASIAN_SURNAMES \
                and f"{given} {family}" in text:
            name = {"family": given, "given": family}
        out.append(name)
    return out


def is_institution(text: str) -> bool:
    """True when a name string names a body, not a person.

    >>> is_institution('National Institute for Defense Military History'), is_institution('Ann Smith')
    (True, False)
    >>> is_institution('Bundesinstitut für Berufsbildung'), is_institution('Auswärtiges Amt')
    (True, True)
    """
    words = [w.lower().strip(",.()") for w in text.split()]
    return (len(words) >= 3 and words[0] == "the") or any(w in INSTITUTION_WORDS for w in words) \
        or any(w.endswith(INSTITUTION_HEADS) and len(w) > 8 for w in words)   # German compounds: `Bundesinstitut`


def _a_romanised_body(text: str) -> bool:
    """`Zhonggong zhongyang wenxian yanjiushi`: a body's romanised name, its words after the first in
    lower case (no particles), where a person's name capitalises each part."""
    words = text.split()
    lower = [w for w in words[1:] if w.islower() and w.isalpha() and w not in PARTICLES and w not in NAME_JOINING_WORDS]
    return len(words) >= 3 and words[0][:1].isupper() and len(lower) >= 2 and "," not in text


CJK_AFTER = re.compile(r"(?<=[A-Za-z])\s+([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)\s*$")


def _take_original_forms(text: str) -> tuple[str, list[str]]:
    """Remove parentheses holding a name in another script (`Tanaka(田中)`, `Tanaka(田中`), and
    the characters printed after a romanised name (`Qian Mingyuan 钱明远`)."""
    originals = []
    after = CJK_AFTER.search(text)
    if after:
        originals.append(after.group(1))
        text = text[:after.start()]
    for start, end in reversed(list(top_level_spans(text, "("))):
        inner = text[start + 1:end - 1].strip()
        if script_language(inner) in {"ko", "ja", "zh", "ru"} or _is_vietnamese(inner):
            originals.insert(0, inner)
            text = text[:start] + text[end:]
    unclosed = re.search(r"\(([^()]+)$", text)            # `Miyamoto(宮本悟`: the bracket's close cut off
    if unclosed and (script_language(unclosed.group(1)) in {"ko", "ja", "zh", "ru"}):
        originals.append(unclosed.group(1).strip())
        text = text[:unclosed.start()]
    return re.sub(r"\s+", " ", text).strip(), originals


# `Dr. Ruth Sloane`, `Mrs. J. T. Harlan`, `Prof. Dr. Hans Meier`: forms of address before a name are no part of it
HONORIFICS = re.compile(r"^(?:(?:Dr|Prof|Rev|Revd|Mr|Mrs|Ms|Mme|Mlle|Dott|Dott\.ssa|Prof\.ssa|Capt|Col|Gen|Lt|Maj|Adm)\.?\s+"
                        r"|(?:Herr|Frau|Monsieur|Madame|Pfarrer|Pastor|Pastorin|Prälat|Landesbischof|Bischof|"
                        r"Oberkirchenrat|Kirchenpräsident|Ministerialrat|Regierungsdirektor|Staatssekretär|"
                        r"Oberbürgermeister|Bürgermeister|Captain|Colonel|Major|Admiral|Lieutenant|Sir|Father|"
                        r"Bishop|Archbishop|Cardinal|Abbé|Padre)(?:\s+(?:i\.\s?R|a\.\s?D)\.)?\s+)+(?=[A-ZÀ-Þ])")
"""Forms of address, ranks and offices before a name (`Pfarrer i. R.`: retired; `a. D.`: out of office)."""


def _comma_names(part: str) -> list[Name]:
    """Names in one conjunction-free part: `Family, Given` pairs, or full names.

    An inverted list (`Bergk, V., Haefeli, W. E.`) pairs each family name
    with the initials or given names after it; a full name
    (`W. E. Howard`) stands alone.
    """
    pieces = [HONORIFICS.sub("", p.strip()) for p in part.split(",") if p.strip()]
    names, i = [], 0
    inverted = len(pieces) >= 2 and _family_only(pieces[0]) and _given_like(pieces[1], first=True)
    while i < len(pieces):
        piece = pieces[i]
        if i + 1 < len(pieces) and SUFFIX.match(pieces[i + 1]):
            piece, i = f"{piece} {pieces[i + 1]}", i + 1
        if inverted and i + 1 < len(pieces) and _family_only(piece) and _given_like(pieces[i + 1], first=i == 0):
            given = pieces[i + 1]
            if i + 2 < len(pieces) and SUFFIX.match(pieces[i + 2]):
                given, i = f"{given} {pieces[i + 2]}", i + 1
            names.append({"family": _family_case(piece), "given": given})
            i += 2
            continue
        if not INITIALS.match(piece.replace(" ", "")) or not names:
            names.append(parse_name(piece))
        i += 1
    return names


def _strip_edges(text: str) -> str:
    """Trim separators around a name list; keep the full stop of a final initial."""
    text = text.strip(" ,;:-–—=")
    if text.endswith(".") and not re.search(r"(?:^|[\s.-])[A-ZÀ-ÝА-ЯЁΑ-Ω][a-zа-яё]?\.$", text):
        text = text[:-1].rstrip(" ,;:")
    return text


def _family_only(piece: str) -> bool:
    """`Bergk`, `de Gandillac`, `Martin-Facklam`, `Wong Fillmore`: a family name alone."""
    words = piece.split()
    if not words or len(words) > 3 or INITIALS.match(piece.replace(" ", "")):
        return False
    core = [w for w in words if w.lower() not in PARTICLES]
    bare_initials = len(words) > 1 and re.fullmatch(r"[A-Z]{1,3}", words[-1])   # `Darter BJ`
    return 1 <= len(core) <= (2 if len(words) <= 2 else 1) and not bare_initials \
        and not any(INITIALS.match(w) for w in words)


def _given_like(piece: str, *, first: bool) -> bool:
    """`V.`, `W. E.`, `Bill`, `Carolyn B.`: what follows a family name in an inverted list."""
    words = piece.split()
    if not words or len(words) > 3:
        return False
    if all(INITIALS.match(w) or re.fullmatch(r"[A-Z]{1,3}", w) for w in words):
        return True
    return first and len(words) <= 2 and words[0][:1].isupper() and not is_institution(piece)


def parse_name(text: str) -> Name:
    """Parse one personal name in any of the orders CONVENTIONS §2 lists.

    >>> parse_name('Do Thanh Thao Mien'), parse_name('Wu Lengxi'), parse_name('Byung Chul Koh')
    ({'family': 'Do', 'given': 'Thanh Thao Mien'}, {'family': 'Wu', 'given': 'Lengxi'}, {'family': 'Koh', 'given': 'Byung Chul'})
    """
    if PREMODERN_NAME.fullmatch(text.strip()):
        return {"literal": text.strip()}                  # Theodotos of Side, Ibn al-Mutaṭabbib: no family name
    bracketed = GIVEN_IN_BRACKETS.fullmatch(text.strip())
    if bracketed:                                         # DUPONT (Jean), the French bibliographic order
        return {"family": _family_case(bracketed["family"]), "given": bracketed["given"].strip()}
    tokens = text.split()
    if len(tokens) == 1:
        return {"family": _family_case(tokens[0])}
    if all(_particle(t) for t in tokens[:-1]):
        return {"family": text.strip()}                   # `van der Berg`, `Ó Murchú` alone
    trailing = _trailing_initials(tokens)
    if trailing:                                          # Heidegger M., Da Mosto A., Darter BJ
        return {"family": _family_case(" ".join(tokens[:-trailing])), "given": " ".join(tokens[-trailing:])}
    if _family_first(tokens):
        return {"family": _family_case(tokens[0]), "given": " ".join(tokens[1:])}
    spanish = _spanish_given_names(tokens)
    if spanish:                                           # María Luisa García Pérez, Fernando Ruiz de Larrea
        return {"family": " ".join(tokens[spanish:]), "given": " ".join(tokens[:spanish])}
    split = len(tokens) - 1
    while split > 1 and _particle(tokens[split - 1]):
        split -= 1                                        # Pieter van den Berg, Áine Ní Chonaill
    if split >= 3 and tokens[split - 1] in ("i", "y") and tokens[split - 2][:1].isupper():
        split -= 2                                        # Joan Martí i Puig, José Ortega y Gasset
    capital = next((k for k in range(1, split) if _particle(tokens[k]) and tokens[k][0].isupper()), split)
    split = min(split, capital)                           # Emmanuel Le Roy Ladurie, Ruairí Mac Giolla Phádraig
    return {"family": " ".join(_family_case(t) for t in tokens[split:]), "given": " ".join(tokens[:split])}


PREMODERN_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+ of (?:the )?[A-ZÀ-Ý][\w'’-]+|(?:Ibn|Abū|Abu|Ibn-i) [\w'’ -]+")
"""`Gregory of Tours`, `Theodotos of Side`, `Ibn Khaldūn`, `Abū Yūsuf`: a name a catalogue keeps whole."""


def _particle(word: str) -> bool:
    """`van`, `de`, `Le`, `Ní`, `Mac`: a word written apart that opens a family name."""
    return word.lower() in PARTICLES or word.lower() in GAELIC_PARTICLES


def _trailing_initials(tokens: list[str]) -> int:
    """How many initials end a name written family first (`Ackerman J. S.` -> 2), else 0."""
    n = 0
    while n < len(tokens) - 1 and (INITIALS.match(tokens[-1 - n]) or re.fullmatch(r"[A-Z]{1,3}", tokens[-1 - n])):
        n += 1
    if n == 0 or INITIALS.match(tokens[0]) or re.fullmatch(r"[A-Z]{1,3}", tokens[0]):
        return 0
    return n


def _family_first(tokens: list[str]) -> bool:
    """True when a name is written family name first."""
    first, last = tokens[0], tokens[-1]
    if len(first) > 1 and first.isupper() and first.isalpha() and not last.isupper():
        return True                                       # KIM Il-sung, LEE Sin-jae
    surname = fold(first) in VIETNAMESE_SURNAMES
    if _is_vietnamese(first) or surname and (len(tokens) >= 3 or _is_vietnamese(" ".join(tokens))):
        return True                                       # Nguyễn Văn Quyền, Do Thanh Thao Mien, Le Duẩn
    low_first, low_last = fold(first), fold(last)          # `Chŏng` is `chong`
    if low_first in KOREAN_SURNAMES and low_last not in KOREAN_SURNAMES and ("-" in last or len(tokens) == 3):
        return True                                       # Kim Ok-sun, Park Jae Kyu
    if len(tokens) == 2 and low_first in CHINESE_SURNAMES and low_last not in CHINESE_SURNAMES:
        return "-" not in last and len(last) > 4          # Wu Lengxi
    if len(tokens) == 2 and low_first in JAPANESE_SURNAMES and low_last not in JAPANESE_SURNAMES:
        return True                                       # Satō Eisaku
    return len(tokens) == 2 and _japanese_family_first(low_first, low_last)


_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmyrwjf]|sh|ch|ts|ky|gy|ny|hy|by|py|my|ry|sy)?[aeiou]|n)+(?:['’]?(?:"
                     r"(?:[kgsztdnhbpmyrwjf]|sh|ch|ts)?[aeiou]|n))*")
JAPANESE_SURNAME_ENDINGS = ("moto", "mura", "kawa", "gawa", "yama", "shita", "hara", "bara", "zawa", "sawa", "saki",
                            "zaki", "oka", "shima", "jima", "uchi", "guchi", "tani", "mori", "kubo", "zuka", "tsuka",
                            "hashi", "bashi", "no", "ta", "da", "be", "ue", "ike", "ishi")
JAPANESE_GIVEN_ENDINGS = ("ko", "ro", "o", "ji", "shi", "ya", "mi", "ichi", "hiro", "yuki", "suke", "hei", "zo", "nori",
                          "aki", "ka", "na", "e", "ki", "to")


def _japanese_family_first(first: str, last: str) -> bool:
    """`Kurosawa Kenji`, `Sawada Akio`: two romanised Japanese words, the first with a
    family name's ending, the second with a given name's ending (not a family name's),
    are written family name first (as Japanese historiography prints them); `Akira
    Kurosawa` and `Kenji Sawada` keep their order."""
    return bool(_ROMAJI.fullmatch(first) and _ROMAJI.fullmatch(last)) and first.endswith(JAPANESE_SURNAME_ENDINGS) \
        and last.endswith(JAPANESE_GIVEN_ENDINGS) and not last.endswith(JAPANESE_SURNAME_ENDINGS[:25]) \
        and last not in JAPANESE_SURNAMES


_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|"
                   r"ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|ü)")
PINYIN_NAME = re.compile(rf"{_PINYIN_SYLLABLE}(?:['’]?{_PINYIN_SYLLABLE})?")
"""A given name of one or two pinyin syllables (`jian`, `zhihua`), not `mark` or `anna`."""

SPANISH_LETTERS = set("áéíóúñÁÉÍÓÚÑ")
SPANISH_PARTICLES = {"de", "del", "y", "la", "las", "los"}


def _spanish_given_names(tokens: list[str]) -> int:
    """How many given names open a Spanish name of two family names, else 0.

    >>> _spanish_given_names("María Luisa García Pérez".split()), _spanish_given_names("Antonio Ruiz Medina".split())
    (2, 1)
    >>> _spanish_given_names("María del Carmen González de la Vega".split())
    3
    >>> _spanish_given_names("Daniel Patrick Moynihan".split()), _spanish_given_names("Juan Carlos Ibarra".split())
    (0, 0)

    The names left must be two or more, and Spanish: a frequent Spanish family
    name first (or second of two: `Mercedes Lobato Sanz`), a Spanish letter in
    the name, a particle (`Ruiz de Larrea`), or two family names after two
    Spanish given names (`Francisco Javier Lorenzana Ibarra`)."""
    given = 0
    while given < len(tokens) - 1 and fold(tokens[given]) in SPANISH_GIVEN_NAMES:
        given += 1
        if given + 2 < len(tokens) and tokens[given] == "del" and fold(tokens[given + 1]) in SPANISH_GIVEN_NAMES:
            given += 2                                    # María del Carmen, María del Pilar
    family = tokens[given:]
    if not given or len(family) < 2 or not all(t[:1].isupper() or t in SPANISH_PARTICLES for t in family):
        return 0
    spanish = fold(family[0]) in SPANISH_FAMILY_NAMES or any(ch in SPANISH_LETTERS for t in tokens for ch in t) \
        or any(t in SPANISH_PARTICLES for t in family[1:-1]) or len(family) == 2 and fold(family[1]) in SPANISH_FAMILY_NAMES \
        or given >= 2 and len(family) == 2 and all(fold(t) in SPANISH_GIVEN_NAMES for t in tokens[:given])
    return given if spanish else 0


def _is_vietnamese(text: str) -> bool:
    """True when a text uses letters only Vietnamese has."""
    return any(ch in VIETNAMESE_LETTERS for ch in text)


def _family_case(word: str) -> str:
    """`KOH` -> `Koh`; other spellings are kept."""
    if word.isupper() and len(word) > 1:
        return "-".join(p.capitalize() for p in word.split("-"))
    return word
