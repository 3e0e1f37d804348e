"""Dedupe, comparing: a parsed work -> its `Profile`, and when two are one work.

`Profile.of({"title": "The Politics Machine", "author": [{"family": "Weis",
"given": "Toni"}], "issued": {"date-parts": [[2011]]}})` folds once what
comparing needs (title, first author, date, volume, language, edition,
periodical); `one_work(a, b)` says whether two profiles can be citations of
one work (CONVENTIONS §1): no conflicting date, volume, language or
edition, the same first author, the same numbers in the title, and titles
within the rapidfuzz cutoff. Profiles are hashable, so `Variants` profiles
citations alike in all of it once.
"""
from __future__ import annotations

import re
from array import array
from typing import NamedTuple

from rapidfuzz import fuzz

from ..model import Citation, Document, Work
from ..normalize.text import fold
from ..resolve import first_author

DEFAULT_SCORE_CUTOFF = 90.0
"""Least rapidfuzz `ratio` of two folded titles for the same work.

Measured with `python benchmarks/dedupe.py --sizes 10000 --cutoffs 70 80 85
88 90 92 94 96 98`: precision is 1.000 from 85 to 98 and recall is highest
(0.9973) from 70 to 90; 90 sits inside the plateau where both are at their
best, with margin on each side (70 lets precision fall to 0.981, 98 lets
recall fall to 0.986). The Young gold's clusters are exact at 85-94 too."""
_DIGITS = re.compile(r"\d+")


KINDS = {**dict.fromkeys(("article-newspaper", "article-magazine", "webpage", "post-weblog", "broadcast"), "periodical"),
         **dict.fromkeys(("book", "thesis", "report"), "monograph")}
"""Kinds of work that are never one another: a newspaper or web page of a day
and a book of that title and year (`*Destiny*, 31 March 1971, <URL>` is not
`Ki-jong, *Destiny* (Pyongyang, 1971)`)."""


class Profile(NamedTuple):
    """What comparing two works needs, folded once per citation."""

    title: str                 # folded title, '' for an untitled issue
    family: str                # folded family name of the first author
    name: str                  # the first author's whole name, folded
    short: bool                # a short form (author + first title words)
    date: tuple                # the date-parts of `issued`
    dated: bool                # `issued` is given (even without date-parts)
    volume: str
    language: str
    edition: str
    container: str             # folded container title
    kind: str                  # `periodical` (an issue, a web page), `monograph` (a book, a report), else ''

    @classmethod
    def of(cls, work: Work, short: bool = False) -> "Profile":
        """The profile of one parsed work."""
        names = work.get("author") or work.get("editor") or [{}]
        whole = " ".join(names[0].get(k, "") for k in ("family", "given", "literal"))
        title = fold(work.get("title"))
        return cls(title, first_author(work), fold(whole), short and bool(title), tuple(date_parts(work)),
                   bool(work.get("issued")), *(_text(work.get(k)) for k in ("volume", "language", "edition")),
                   fold(work.get("container-title")), KINDS.get(work.get("type"), ""))

    @property
    def year(self):
        """The year of the profile's date, or None."""
        return self.date[0] if self.date else None


def _text(value) -> str:
    return str(value) if value else ""


def candidates(document: Document) -> list[Citation]:
    """The citations of a document that introduce a work: not a resolved
    repeat (an ibid. left unresolved keeps a work of its own)."""
    return [c for _, _, c in document.citations() if c.antecedent is None and c.work]


def profiles_of(document: Document) -> list[Profile]:
    """The profile of each candidate of a document, in order."""
    return [Profile.of(c.work, c.looks_short) for c in candidates(document)]


class Variants:
    """The distinct (profile, settled work) pairs of the candidates, in order
    of first citation, and for each candidate the number of its pair. Alike
    full citations are one work, so each is blocked and compared once; a
    short form (which stays alone when several works fit) and a profile that
    is not one work with itself (an untitled, undated item) keep one each.
    `anchors` holds the settled work (a library's) of each pair, or None.
    Equal values of the profiles kept (all but the title) are one object: a
    corpus's million citations share a few thousand names, dates and periodicals."""

    def __init__(self) -> None:
        self.profiles: list[Profile] = []
        self.anchors: list[int | None] = []
        self.of = array("q")
        self._index: dict[tuple[Profile, int | None], int] = {}
        self._shared: dict = {}

    def add(self, profile: Profile, anchor: int | None = None) -> None:
        number = self._index.get((profile, anchor))
        if number is None:
            number = len(self.profiles)
            profile = Profile._make(value if n == 0 else self._shared.setdefault(value, value)    # titles differ
                                    for n, value in enumerate(profile))
            self.profiles.append(profile)
            self.anchors.append(anchor)
            if not profile.short and one_work(profile, profile, 100):
                self._index[profile, anchor] = number
        self.of.append(number)


def same_work(a: Work, b: Work, score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> bool:
    """True when two parsed works are one work as published (CONVENTIONS §1)."""
    return one_work(Profile.of(a), Profile.of(b), score_cutoff)


def one_work(a: Profile, b: Profile, score_cutoff: float) -> bool:
    """`same_work` on profiles."""
    if conflict(a, b) or not same_author(a, b):
        return False
    if not a.title or not b.title:
        return not a.title and not b.title and a.dated and a.container == b.container
    if a.title == b.title:
        return True
    if _DIGITS.findall(a.title) != _DIGITS.findall(b.title):
        return False
    return fuzz.ratio(a.title, b.title, score_cutoff=score_cutoff) >= score_cutoff or _slip_in_a_short_title(a, b)


SLIP_MIN_LENGTH = 5
"""Shortest title in which one slip of the pen (`Airgarm`) still names the work of one author and year."""


def _slip_in_a_short_title(a: Profile, b: Profile) -> bool:
    """One author's two titles of one year that differ by one slip of the pen: two
    letters swapped or one doubled (`Airgram` / `Airgarm`, `Blood` / `Bloood`).
    In a title of a word or two the slip costs more than the ratio cutoff allows."""
    if not a.family or not a.year or a.year != b.year or min(len(a.title), len(b.title)) < SLIP_MIN_LENGTH:
        return False
    return one_slip(a.title, b.title)


def candidate_cutoff(title: str, score_cutoff: float) -> float:
    """The least `ratio` at which another title is worth checking with `one_work`: the
    cutoff, or, for a title short enough that one slip of the pen costs more, what
    two swapped letters cost it (`salinas` / `salnias`: 85.7)."""
    if len(title) < SLIP_MIN_LENGTH:
        return score_cutoff
    return min(score_cutoff, 100.0 * (1 - 1 / len(title)) - 0.01)     # rapidfuzz rounds the cutoff


def one_slip(x: str, y: str) -> bool:
    """True when `y` is `x` with two neighbouring letters swapped or one letter doubled (or the reverse).

    >>> one_slip("airgram", "airgarm"), one_slip("blood", "bloood"), one_slip("poems", "poets")
    (True, True, False)
    """
    if len(x) == len(y):
        diff = [k for k in range(len(x)) if x[k] != y[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    long, short = (x, y) if len(x) > len(y) else (y, x)
    if len(long) != len(short) + 1:
        return False
    k = next((k for k in range(len(short)) if long[k] != short[k]), len(short))
    return long[k + 1:] == short[k:] and k > 0 and long[k] == long[k - 1]


def same_author(a: Profile, b: Profile) -> bool:
    """First authors agree: same family name, or one's family name is a word
    of the other's name (`Kim Il-sung` printed `Il-sung Kim`), or one has none;
    and their given names, where both are printed, can be one person's
    (`J. Smith` and `John Smith` can; `Robert Smith` and `Thomas Smith` cannot)."""
    if not a.family or not b.family or a.family == b.family:
        return not _given_names_differ(a, b)
    if _one_body_misspelled(a, b):
        return True
    return a.family in b.name.split() or b.family in a.name.split()


BODY_MIN_LENGTH = 20
BODY_RATIO = 95.0
"""A body's name (no given names) this long that differs from another by a letter or two
(`National Institute for Defense Colld History`) is the same body misprinted."""


def _one_body_misspelled(a: Profile, b: Profile) -> bool:
    bodies = a.family == a.name and b.family == b.name
    return bodies and min(len(a.family), len(b.family)) >= BODY_MIN_LENGTH \
        and fuzz.ratio(a.family, b.family, score_cutoff=BODY_RATIO) >= BODY_RATIO


def _given_names_differ(a: Profile, b: Profile) -> bool:
    """The first given names of two authors of one family name cannot be one person's:
    different initials, or two whole names far apart (a typo is not another person)."""
    given_a = [w for w in a.name.split() if w != a.family]
    given_b = [w for w in b.name.split() if w != b.family]
    if not given_a or not given_b:
        return False
    x, y = given_a[0].rstrip("."), given_b[0].rstrip(".")
    if not x or not y or x[0] != y[0]:
        return bool(x and y)
    return len(x) > 1 and len(y) > 1 and not (x.startswith(y) or y.startswith(x)) and fuzz.ratio(x, y) < 60


def conflict(a: Profile, b: Profile) -> bool:
    """A difference that two citations of one work cannot have (authors aside)."""
    return dates_conflict(a.date, b.date) or bool(
        a.volume and b.volume and a.volume != b.volume or a.language and b.language and a.language != b.language
        or a.edition and b.edition and a.edition != b.edition or a.kind and b.kind and a.kind != b.kind)


def dates_conflict(pa, pb) -> bool:
    """Two dates (date-parts) that cannot be one work's: they differ where both are given."""
    shared = min(len(pa), len(pb))
    return bool(pa and pb and tuple(pa[:shared]) != tuple(pb[:shared]))


def date_parts(work: Work) -> list:
    """The first date-parts of a work's `issued`, or []."""
    return ((work.get("issued") or {}).get("date-parts") or [[]])[0]
