"""Stage 4, resolve: ibid. and short forms -> the citation they repeat.

Works inside one document, in note order, with the earlier citations passed
in explicitly. Ibid. repeats the source of the note before; when that note
cites several, the pinpoint decides where a page range does, else the first,
with an `ibid-ambiguous` diagnostic. A short form (`PARK Min-ho, *The Short
Title*, p.20`) points to the latest earlier citation by the same author
whose title it begins; a bare newspaper-and-date repeat to the same issue.
`Idem`/`Ders.` before a new work gives it the author of the citation before.
"""
from __future__ import annotations

import json
import re

from .data.words import LEADING_ARTICLES
from .model import Citation, Diagnostic, Document
from .normalize.text import fold

Position = tuple[int, int]
"""(note index, citation index) of a citation in its document."""
TITLE_KEY_WORDS = 8
"""Leading title words indexed for short forms; a longer short title is checked word by word."""


def resolve_document(doc: Document) -> Document:
    """Set `antecedent` and `form` of every ibid. and short form in `doc`; return it.

    Every antecedent is the position of the citation that introduced the work
    (a root), so `root` takes one step; earlier works are found through a
    `RepeatIndex`, so the whole document costs time linear in its citations.
    """
    index = RepeatIndex()
    previous: Citation | None = None
    for i, j, cit in doc.citations():
        if cit.same_author and previous is not None:
            _same_author_as(cit, root(doc, previous))
        if cit.same_place and previous is not None:
            _same_place_as(cit, root(doc, previous))
        if cit.in_the_work_before and previous is not None:
            _part_of(cit, root(doc, previous))
        if cit.form == "ibid" or (cit.form == "short" and not cit.work):   # `Id., p. 9` repeats the note before
            _resolve_ibid(doc, i, cit)
        elif cit.same_place or cit.in_the_work_before:
            pass                                      # `Ibid., ofício ..., 2 de março`: a new record, no repeat
        else:
            _resolve_repeat(doc, i, cit, index)
        index.cited(cit.antecedent or (i, j), root(doc, cit))
        previous = cit
    return doc


def _same_author_as(cit: Citation, before: Citation) -> None:
    """`Otte, *Klassen* ...` then `Ders., *Ungleichheit* ...`: the work's author is the one before's."""
    names = before.work.get("author") or before.work.get("editor")
    if names and cit.work:
        cit.work.setdefault("author", [dict(name) for name in names])


WHOLE_WORK_FIELDS = ("editor", "publisher", "publisher-place", "issued", "volume", "collection-title", "edition")


def _part_of(cit: Citation, before: Citation) -> None:
    """`Lauterbach/Weidlich (Hrsg.), *Medien und Öffentlichkeit*, Essen 2009` then `Harthaus,
    Die Illustrierte, ebd., S. 171–198`: a chapter of the book cited before (of the same
    journal, when an article was)."""
    work, whole = cit.work, before.work
    if "container-title" in work or "title" not in whole:
        return
    if whole.get("type") in ("book", "report") or "container-title" not in whole:
        work["type"], work["container-title"] = "chapter", whole["title"]
        names = whole.get("editor") or whole.get("author")
        if names:
            work.setdefault("editor", [dict(name) for name in names])
        for key in WHOLE_WORK_FIELDS[1:]:
            if key in whole:
                work.setdefault(key, whole[key])
    else:                                             # an article of the same journal or a chapter of the same book
        work["type"], work["container-title"] = whole["type"], whole["container-title"]
        for key in WHOLE_WORK_FIELDS:
            if key in whole:
                work.setdefault(key, whole[key])


UNPUBLISHED_GUESSES = {"book", "document", "article-newspaper", "manuscript"}


def _same_place_as(cit: Citation, before: Citation) -> None:
    """`AHU, ..., cx. 412, ofício ..., 9 de fevereiro de 1961` then `Ibid., ofício ..., 2 de março
    de 1961`: a new document after ibid. is a record of the same archive as the one before."""
    work, kept = cit.work, before.work
    if kept.get("type") != "manuscript" or not kept.get("archive") or "archive" in work \
            or work.get("type") not in UNPUBLISHED_GUESSES or any(k in work for k in ("publisher", "container-title")):
        return
    work["type"] = "manuscript"
    for key in ("archive", "archive-place"):
        if key in kept:
            work.setdefault(key, kept[key])
    if work.get("publisher-place") and "event-place" not in work:
        work["event-place"] = work.pop("publisher-place")     # `Luanda, 2 de março de 1961`: where it was written


def root(doc: Document, cit: Citation) -> Citation:
    """Follow antecedents to the citation that introduced the work.

    Any chain is followed to its end (a cycle, which no pipeline makes, ends
    where it closes) and shortened to one step for the next call.
    """
    path, seen = [], set()
    while cit.antecedent is not None and cit.antecedent not in seen:
        seen.add(cit.antecedent)
        path.append(cit)
        i, j = cit.antecedent
        cit = doc.notes[i].citations[j]
    for step in path[:-1]:
        step.antecedent = path[-1].antecedent
    return cit


def root_position(doc: Document, position: Position) -> Position:
    """The position of the root of the citation at `position`."""
    cit = doc.notes[position[0]].citations[position[1]]
    if cit.antecedent is None:
        return position
    root(doc, cit)                 # shortens the chain to one step
    return cit.antecedent


def _resolve_ibid(doc: Document, i: int, cit: Citation) -> None:
    """Point an ibid. at the single (or best) source of the previous citing note."""
    for k in range(i - 1, -1, -1):
        previous = doc.notes[k].citations
        if previous:
            break
    else:
        doc.diagnostics.append(Diagnostic("ibid-unresolved", "ibid. with no earlier citation",
                                          doc.id, doc.notes[i].number))
        cit.work = {"type": "document", "note": cit.raw}   # kept as its own work, never dropped
        return
    choice = _ibid_choice(doc, previous, cit)
    if len(previous) > 1 and choice is None:
        doc.diagnostics.append(Diagnostic("ibid-ambiguous", f"ibid. after a note citing {len(previous)} sources; "
                                          "the first was chosen", doc.id, doc.notes[i].number))
    cit.antecedent = root_position(doc, (k, choice or 0))


def _ibid_choice(doc: Document, previous: list[Citation], cit: Citation) -> int | None:
    """Index of the one source whose page range holds the ibid.'s pinpoint."""
    if len(previous) == 1:
        return 0
    page = _first_page(cit.locator)
    if page is None:
        return None
    hits = [n for n, c in enumerate(previous)
            if _in_range(page, root(doc, c).work.get("page")) or _in_range(page, c.locator)]
    return hits[0] if len(hits) == 1 else None


def _first_page(locator: str | None) -> int | None:
    m = re.match(r"\d+", locator or "")
    return int(m.group()) if m else None


def _in_range(page: int, extent: str | None) -> bool:
    """True when `page` lies in a page range or equals a single page (`262` in `262-270`)."""
    m = re.fullmatch(r"(\d+)(?:-(\d+))?", extent or "")
    return bool(m) and int(m.group(1)) <= page <= int(m.group(2) or m.group(1))


def _resolve_repeat(doc: Document, i: int, cit: Citation, index: "RepeatIndex") -> None:
    """Point a short form or a repeated issue at its first citation."""
    found = index.find(cit)
    if found is not None:
        cit.antecedent = found
        bare_issue = "title" not in cit.work          # `*Rodong Sinmun*, March 27, 1965` again
        report_alone = _report_key(cit.work) is not None and "authority" not in cit.work   # `BVerfGE 30, 412 (433)`
        cit.form = "short" if cit.looks_short or bare_issue or report_alone or cit.form == "short" else "full"
        return
    author_date = "title" not in cit.work and bool(cit.work.get("author")) and "issued" in cit.work
    if cit.looks_short and (cit.locator or cit.form == "short" or author_date):
        cit.form = "short"                            # `Kuethe, 132.`: the full citation is elsewhere (CONVENTIONS §1)
        doc.diagnostics.append(Diagnostic("short-form-unresolved", f"no earlier full citation for: {cit.raw}",
                                          doc.id, doc.notes[i].number))


class RepeatIndex:
    """The works introduced so far in a document, found by what a repeat of
    each must share with it (`is_repeat_of`): a titled work under its first
    author and each of its first `TITLE_KEY_WORDS` runs of title words (with
    any date, and with its own), an untitled issue under its periodical and
    date. Each key keeps the work cited most recently, the one a repeat means
    when several fit; a lookup costs a few dictionary reads."""

    def __init__(self) -> None:
        self.roots: dict[Position, Citation] = {}
        self.keys: dict[Position, list[tuple]] = {}
        self.latest: dict[tuple, Position] = {}
        self.last_cited: dict[Position, int] = {}
        self.long_titles: dict[tuple, list[Position]] = {}   # works with more title words than the keys hold
        self.count = 0

    def cited(self, position: Position, target: Citation) -> None:
        """Record that the work introduced at `position` (by `target`) was just cited."""
        if position not in self.roots:
            self.roots[position] = target
            self.keys[position] = _target_keys(target)
            for words in _with_and_without_article(_words(target.work)):
                if len(words) > TITLE_KEY_WORDS and self.keys[position]:
                    self.long_titles.setdefault(_title_key(target.work, words), []).append(position)
        self.count += 1
        self.last_cited[position] = self.count
        for key in self.keys[position]:
            self.latest[key] = position

    def find(self, cit: Citation) -> Position | None:
        """The position of the work `cit` repeats (the latest cited that fits), or None."""
        fits = [p for p in map(self.latest.get, _lookup_keys(cit)) if p is not None]
        found = max(fits, key=self.last_cited.__getitem__, default=None)
        if found is not None and is_repeat_of(cit, self.roots[found]):
            return found
        words = _words(cit.work)
        if len(words) > TITLE_KEY_WORDS:       # the keys hold only the first words: check the rest
            bucket = self.long_titles.get(_title_key(cit.work, words), [])
            fits = [p for p in bucket if is_repeat_of(cit, self.roots[p])]
            return max(fits, key=self.last_cited.__getitem__, default=None)
        return None


def _words(work: dict) -> list[str]:
    return fold(work.get("title")).split() if "title" in work else []


def _title_key(work: dict, words: list[str]) -> tuple:
    return ("title", first_author(work), tuple(words[:TITLE_KEY_WORDS]))


def _issued_key(work: dict) -> str | None:
    return json.dumps(work["issued"], sort_keys=True) if work.get("issued") else None


def _target_keys(target: Citation) -> list[tuple]:
    """The keys a work introduced by `target` is found under (none for an ibid. kept alone)."""
    work = target.work
    if not work or target.form == "ibid":
        return []
    author = first_author(work)
    keys = [("author", author)] if author else []     # `Kuethe, 132.` repeats the latest work of Kuethe
    if _report_key(work):
        keys.append(_report_key(work))                # a decision is found again by its report
    if author and work.get("issued"):
        keys.append(("author", author, _year(work)))  # `Beck 1986: 25` the latest of 1986
    if "title" not in work:
        return keys + ([("issue", fold(work.get("container-title")), _issued_key(work))] if work.get("issued") else [])
    issued = _issued_key(work)
    for words in _with_and_without_article(_words(work)):
        for n in range(1, min(len(words), TITLE_KEY_WORDS) + 1):
            prefix = ("title", author, tuple(words[:n]))
            keys += [prefix + ("any date",), prefix + (issued,)]
    return keys


def _with_and_without_article(words: list[str]) -> list[list[str]]:
    """A title's folded words, and the same without a first article (a short title drops it).

    >>> _with_and_without_article(["the", "colonial", "office"])
    [['the', 'colonial', 'office'], ['colonial', 'office']]
    """
    return [words, words[1:]] if len(words) > 1 and words[0] in LEADING_ARTICLES else [words]


def _lookup_keys(cit: Citation) -> list[tuple]:
    """The keys under which the work `cit` may repeat is found."""
    work = cit.work
    if not work:
        return []
    if _report_key(work):
        return [_report_key(work)]
    if "title" not in work and "container-title" not in work and first_author(work):
        return [("author", name) + ((_year(work),) if work.get("issued") else ()) for name in author_readings(work)]
    if "title" not in work:
        return [("issue", fold(work.get("container-title")), _issued_key(work))] if work.get("issued") else []
    words = _words(work)
    if not words:
        return []
    prefix = ("title", first_author(work), tuple(words[:TITLE_KEY_WORDS]))
    if cit.looks_short or not work.get("issued"):
        return [prefix + ("any date",)]
    return [prefix + (_issued_key(work),), prefix + (None,)]


def is_repeat_of(cit: Citation, target: Citation) -> bool:
    """True when `cit` cites the work `target` introduced (same author, title begun)."""
    a, b = cit.work, target.work
    if not a or not b or target.form == "ibid":
        return False
    if _report_key(a) and _report_key(b):
        return _report_key(a) == _report_key(b)
    if "title" not in a and "container-title" not in a and a.get("author"):
        same_year = not (a.get("issued") and b.get("issued")) or _year(a) == _year(b)     # `Beck 1986: 25`
        return bool(first_author(a)) and first_author(b) in author_readings(a) and same_year  # `Kuethe, 132.`
    if "title" not in a:
        return "title" not in b and fold(a.get("container-title")) == fold(b.get("container-title")) \
            and a.get("issued") == b.get("issued") and bool(a.get("issued"))
    if first_author(a) != first_author(b) or not title_begins(a.get("title"), b.get("title")):
        return False
    return not (a.get("issued") and b.get("issued") and a["issued"] != b["issued"]) or cit.looks_short


def _report_key(work: dict) -> tuple | None:
    """`BVerfGE 30, 412`: a decision's report, volume and first page, the same in every citation of it."""
    if work.get("type") != "legal_case" or not all(work.get(k) for k in ("container-title", "volume", "page")):
        return None
    return ("report", fold(work["container-title"]), work["volume"], work["page"])


def _year(work: dict):
    parts = work["issued"].get("date-parts") or [[None]]
    return parts[0][0] if parts[0] else None


def author_readings(work: dict) -> list[str]:
    """The first author's folded family name, and, for a repeat that names two words with no
    initial (`Pérez García, ob. cit.`), both words as one compound surname.

    >>> author_readings({"author": [{"family": "García", "given": "Pérez"}]})
    ['garcia', 'perez garcia']
    """
    names = work.get("author") or work.get("editor") or []
    readings = [first_author(work)]
    given = names[0].get("given", "") if names else ""
    if given and "." not in given and " " not in given and names[0].get("family"):
        readings.append(fold(f"{given} {names[0]['family']}"))
    return readings


def first_author(work: dict) -> str:
    """Folded family name (or literal) of a work's first author, else ''."""
    names = work.get("author") or work.get("editor") or []
    if not names:
        return ""
    return fold(names[0].get("family") or names[0].get("literal") or "")


def title_begins(short: str | None, full: str | None) -> bool:
    """True when the words of `short` begin `full`, or begin it after its first article
    (`The Short Title` or `Short Title` / `The Short Title of a Long Book`)."""
    s, f = fold(short).split(), fold(full).split()
    return bool(s) and any(words[:len(s)] == s for words in _with_and_without_article(f))

