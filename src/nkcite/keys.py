"""Stage 6, keys: every reference gets a readable, stable, unique id.

works (in graph order) + ids already given -> one new id per work:
`pribbenow2011north` is the first author's family name (or the periodical
of an article without author, or the first title word), the year and the
first significant title word, ASCII-folded. A work whose parse kept only
its raw text takes its words from that text (`telegram1966embassy`).

Ids are handed out first come, first served, in graph order: a work takes
the first of its candidates (`smith2011rice`, `smith2011ricerails`,
`smith2011ricerailskorea`, then `smith2011ricea`, `smith2011riceb`, ...,
`smith2011ricez`, `smith2011riceaa`, without limit) that no earlier work
and no id already given holds. So an id depends only on its own work and
the earlier works it clashes with, never on works cited after it, and a
library that passes its ids as `taken` never renames a work.
"""
from __future__ import annotations

import itertools
import re
import string
from collections.abc import Container, Iterable, Iterator

from .model import SUBSTANTIVE_FIELDS, Work
from .data.words import ENGLISH_MONTHS, ID_STOPWORDS as STOPWORDS
from .normalize.text import fold

MONTHS = {month.lower() for month in ENGLISH_MONTHS}
TITLE_WORDS = 3
"""At most this many title words in an id before a letter suffix is used."""


def assign_ids(works: list[Work], taken: Container[str] = frozenset()) -> list[str]:
    """Return one id per work, in the same order, none of them in `taken`.

    >>> assign_ids([{"author": [{"family": "Smith"}], "title": "Rice and Rails", "issued": {"date-parts": [[2011]]}}])
    ['smith2011rice']
    >>> telegram = {"type": "manuscript", "title": "Telegram", "issued": {"date-parts": [[1966]]}}
    >>> assign_ids([telegram] * 3, taken={"telegram1966"})
    ['telegram1966a', 'telegram1966b', 'telegram1966c']
    """
    return [ref_id for ref_id, _ in with_ids(works, taken)]


def with_ids(works: Iterable[Work], taken: Container[str] = frozenset()) -> Iterator[tuple[str, Work]]:
    """`assign_ids` as the works come: (id, work) for each, holding only the ids given.

    >>> [ref_id for ref_id, _ in with_ids(iter([{"title": "Telegram"}] * 2))]
    ['telegram', 'telegrama']
    """
    given: set[str] = set()
    for work in works:
        new = next(c for c in candidates(work) if c not in given and c not in taken)
        given.add(new)
        yield new, work


def candidates(work: Work) -> Iterator[str]:
    """The ids a work may take, most readable first; endless and distinct."""
    stem, words = _stem(work)
    seen = set()
    for n in range(1, TITLE_WORDS + 1):
        key = stem + "".join(words[:n])
        if key not in seen:
            seen.add(key)
            yield key
    shortest = stem + "".join(words[:1])
    for suffix in letter_suffixes():
        yield shortest + suffix


def letter_suffixes() -> Iterator[str]:
    """`a` ... `z`, `aa` ... `zz`, `aaa` ...: every suffix, shortest first.

    >>> list(itertools.islice(letter_suffixes(), 25, 28))
    ['z', 'aa', 'ab']
    """
    for length in itertools.count(1):
        for letters in itertools.product(string.ascii_lowercase, repeat=length):
            yield "".join(letters)


def _stem(work: Work) -> tuple[str, list[str]]:
    """Name part and year of an id, and the title words that may follow."""
    words = _title_words(work)
    name = _name(work)
    if not name:
        name, words = words[0], words[1:]
    year = ((work.get("issued") or {}).get("date-parts") or [[""]])[0][:1]
    return name + (str(year[0]) if year else ""), words


def _name(work: Work) -> str:
    """Name part of an id: first author, else periodical, else '' (title word used)."""
    names = work.get("author") or work.get("editor") or []
    if names:
        literal = names[0].get("literal")
        if literal:                                       # a body's name, without stopwords
            return "".join(w for w in (_slug(x) for x in fold(literal).split()) if w not in STOPWORDS)[:24]
        return _slug(names[0].get("family") or "")
    if work.get("container-title") and work.get("type", "").startswith("article"):
        return _slug(work["container-title"], drop_the=True)
    return ""


def _title_words(work: Work) -> list[str]:
    """Significant title words; for an untitled issue its month and day (`0327`);
    for a work kept as raw text, the words of that text."""
    title = work.get("title") or work.get("reviewed-title")          # a review: the book it reviews
    if not title and work.get("note") and not any(work.get(k) for k in SUBSTANTIVE_FIELDS):
        title = work["note"]                              # an unparsed citation: its own words
    if not title:
        parts = ((work.get("issued") or {}).get("date-parts") or [[]])[0]
        return ["".join(f"{int(p):02d}" for p in parts[1:3])] if len(parts) > 1 else ["issue"]
    title = re.sub(r"['\u2019]", "", title)               # Pyongyang’s -> pyongyangs
    words = [_slug(w) for w in fold(title).split()]
    return [w for w in words if w and w not in STOPWORDS and not w.isdigit() and w not in MONTHS] or ["untitled"]


def _slug(text: str, drop_the: bool = False) -> str:
    text = fold(text)
    if drop_the:
        text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^a-z0-9]", "", text)
