"""One citation string -> a Citation: tokens, labels, fields, type, form.

The trained tagger labels every token; `repair` mends its labels only
where the structure of a citation is certain (a URL is a URL, a leading
`Ibid.` is ibid., `(accessed March 3, 2024)` is an access date).
The labelled segments are read into CSL fields (`fields`), typed
(`types`), and the form (full, short, ibid) and pinpoint come with them.
Nothing is dropped: a citation that yields no usable field keeps its raw
text in `note`.

    >>> c = parse_citation("Ann Smith, A History of the Port (Leiden: Brill, 1999), 12.")
    >>> c.work["type"], c.work["author"], c.work["publisher-place"], c.locator
    ('book', [{'family': 'Smith', 'given': 'Ann'}], 'Leiden', '12')
"""
from __future__ import annotations

import re

from ..data.citewords import SAME_AUTHOR_PHRASES, SAME_AUTHOR_WORDS
from ..model import SUBSTANTIVE_FIELDS, Citation
from ..normalize.archives import place_like
from ..normalize.dates import find_date
from ..normalize.text import fold
from .crf import Tagger, default_tagger
from .features import feature_parts
from ..split import Piece, split_tokens
from .fields import Reading, Segment, read_fields, segments
from .legal import read_legal
from .repair import citation_labels, note_labels
from .tokens import Tokens, tokenize
from .types import settle, settle_note, type_of

DETAIL_FIELDS = ("container-title", "publisher", "publisher-place", "URL", "archive", "archive_location",
                 "volume", "issue", "collection-title", "edition", "genre", "event-place", "interviewer")
DAY_FIRST_HOSTS = re.compile(r"\.(?:vn|fr|de|uk|ru|it|es|at|ch|nl|be|pl|cz)(?:/|$)")
DAY_FIRST_LANGUAGES = {"vi", "fr", "de", "ru", "it", "es", "pt", "nl", "pl", "cs"}


def parse_citation(raw: str, prefix: str | None = None, *, tagger: Tagger | None = None) -> Citation:
    """Parse one citation string into a Citation with its CSL-JSON work."""
    tokens = tokenize(raw.strip())
    if not tokens.tokens:
        cit = Citation(raw=raw.strip(), prefix=prefix, unparsed=True)
        cit.work = {"type": "document", "note": cit.raw} if cit.raw else {"type": "document"}
        return cit
    labels = label_tokens(tokens, tagger or default_tagger())
    cit = parse_piece(tokens, labels, Piece(0, len(tokens.tokens) - 1, None))
    cit.raw = raw.strip()
    if prefix:
        cit.prefix = prefix
    return cit


def cite_note(text: str, *, tagger: Tagger | None = None) -> list[Citation]:
    """Every citation of a note's text, parsed: the note is tagged once, then split."""
    return cite_notes([text], tagger=tagger)[0]


def cite_notes(texts: list[str], *, tagger: Tagger | None = None) -> list[list[Citation]]:
    """The citations of many notes (a paper's), tagged together in one batch."""
    tokenized = [tokenize(text) for text in texts]
    labelled = label_many(tokenized, tagger or default_tagger())
    return [[parse_piece(tokens, labels, piece) for piece in split_tokens(tokens, labels)]
            for tokens, labels in zip(tokenized, labelled)]


def parse_piece(tokens: Tokens, labels: list[str], piece: Piece) -> Citation:
    """The citation of tokens `piece.first` to `piece.last` of a labelled note."""
    cit = Citation(raw=tokens.raw_slice(piece.first, piece.last), prefix=piece.prefix)
    own = labels[piece.first:piece.last + 1]
    citation_labels(tokens.tokens[piece.first:piece.last + 1], own)
    if _legal_citation(cit, tokens, own, piece):
        return cit
    found = [Segment(s.label, s.text, s.first + piece.first, s.last + piece.first)
             for s in segments(_Window(tokens, piece.first), own)]
    _finish(cit, read_fields(found))
    if cit.same_place and _ibid_after_the_title(own):
        cit.same_place, cit.in_the_work_before = False, True
    return cit


def _ibid_after_the_title(labels: list[str]) -> bool:
    """`Harthaus, Die Illustrierte als Leitmedium, ebd., S. 171–198`: ibid. comes after a title."""
    first = labels.index("ibid")
    return "title" in labels[:first]


def _legal_citation(cit: Citation, tokens: Tokens, own: list[str], piece: Piece) -> bool:
    """A law report, statute or debate after the citation's prefix (`see also *Carver
    v. Lusk Mills Co.*, 118 Mass. 402 (1875)`), read by its certain form (`legal`)."""
    start = piece.first + next((k for k, label in enumerate(own) if label != "prefix"), len(own))
    if start > piece.last:
        return False
    reading = read_legal(tokens.slice(start, piece.last))
    if reading is None:
        return False
    if start > piece.first and not cit.prefix:
        cit.prefix = tokens.slice(piece.first, start - 1).strip(" ,")
    if reading.prefix:
        cit.prefix = " ".join(filter(None, [cit.prefix, reading.prefix]))
    cit.form, cit.locator, cit.label = reading.form, reading.locator, reading.label
    cit.looks_short = reading.form == "short"                # `Carver, 118 Mass. at 407`
    work = reading.work
    if reading.notes:
        work["note"] = " ".join(reading.notes)
    cit.work = work
    return True


class _Window:
    """The tokens of one piece, sliced as `segments` slices a whole citation."""

    def __init__(self, tokens: Tokens, offset: int):
        self._tokens, self._offset = tokens, offset

    def slice(self, first: int, last: int) -> str:
        return self._tokens.slice(first + self._offset, last + self._offset)


def label_tokens(tokens: Tokens, tagger: Tagger) -> list[str]:
    """The model's labels, corrected where the structure is certain."""
    return label_many([tokens], tagger)[0]


TAGGED_AT_ONCE = 2000
"""Tokens of a note tagged in one Viterbi pass: a longer note (no footnote is;
a file of a million quotes is) is tagged in windows of this many, so memory
stays bounded by the window, not the note."""


def windows_of(toks: tuple, size: int = TAGGED_AT_ONCE) -> list[tuple[int, int]]:
    """The (start, end) of each window a note is tagged in: at most `size` tokens,
    each but the last ending after the last top-level `;` of its second half, so
    that a window opens where a citation does (a window cut inside a citation
    tags its first words without their context).

    >>> windows_of(tokenize("A, 1; B, 2; C, 3").tokens, size=6)
    [(0, 4), (4, 8), (8, 11)]
    """
    out, start = [], 0
    while True:
        end = start + size
        if end >= len(toks):
            return out + [(start, len(toks))]
        end = next((k + 1 for k in range(end - 1, start + size // 2 - 1, -1)
                    if toks[k].text == ";" and not toks[k].paren and not toks[k].quote), end)
        out.append((start, end))
        start = end


def label_many(tokenized: list[Tokens], tagger: Tagger) -> list[list[str]]:
    """The labels of many token sequences, corrected where the structure is certain."""
    windows, owners = [], []
    for n, tokens in enumerate(tokenized):
        parts = feature_parts(tokens)
        for start, end in windows_of(tokens.tokens):
            windows.append(parts[start:end])
            owners.append(n)
    out: list[list[str]] = [[] for _ in tokenized]
    for n, labels in zip(owners, tagger.tag_many(windows)):
        out[n] += labels
    for tokens, labels in zip(tokenized, out):
        note_labels(tokens.tokens, labels)
    return out


def _finish(cit: Citation, reading: Reading) -> None:
    """Type, form, pinpoint, prefix and the note of a read citation."""
    work = reading.work
    _redate(reading)
    cit.form = reading.form
    cit.locator, cit.label = reading.locator, reading.label
    cit.same_author = _same_author(cit.raw, reading.prefix or cit.prefix) and "author" not in work
    if cit.same_author and cit.form == "short" and "title" in work and _published(work):
        cit.form = "full"                        # `Idem, *The Port Cities* (London, 1990)`: a new work, the same author
    if reading.prefix and not cit.prefix:
        cit.prefix = reading.prefix
    if cit.form in ("ibid", "short") and not any(k in work for k in SUBSTANTIVE_FIELDS):
        cit.work = {}                            # `Ibid., 14`; `Id., p. 9`, `loc. cit.`: the work cited just before
        return
    _reprint(reading)
    work["type"] = type_of(reading)
    settle(work)
    _pinpoint_or_extent(cit, reading)
    _volume_of_the_pinpoint(cit, work)
    cit.looks_short = cit.form == "short" or _sparse(work)
    if cit.form == "ibid":
        cit.form = "full"                        # `Ibid.` followed by a whole citation: the whole citation counts
        cit.same_place = True
    notes = [n for n in reading.notes if n.strip()]            # a reader may leave an empty remainder
    if not any(k in work for k in SUBSTANTIVE_FIELDS):
        cit.unparsed = True
        notes = [*notes, cit.raw] if cit.raw not in notes else notes
    if notes:
        work["note"] = " ".join(notes)
        settle_note(work)
    cit.work = work


PERIODICAL_ARTICLES = {"article-journal", "article-magazine", "article-newspaper"}
ENTRIES = {"entry-encyclopedia", "entry-dictionary"}
"""An entry of a reference work cited with a range of columns (`Sp. 17–19`): the range is its extent."""
CONTAINED = {"article-journal", "article-magazine", "article-newspaper", "chapter", "paper-conference", "review-book",
             "entry-encyclopedia", "entry-dictionary", "post-weblog", "webpage"}


def _pinpoint_or_extent(cit: Citation, reading: Reading) -> None:
    """Pages inside a book are the pinpoint; after an article's or chapter's container
    they are its extent when labelled (`pp. 58-67`) or five pages or more (four
    after a periodical's issue), and the pinpoint when a single page or a short
    bare range (`(1968): 4`, `8-9`), whichever label the model gave them
    (CONVENTIONS §1: the extent is the reference's `page`)."""
    work = reading.work
    page = work.get("page")
    extent = 4 if work["type"] in PERIODICAL_ARTICLES else 5   # a chapter's pinpoint spans more
    if work["type"] in ENTRIES and cit.locator and page is None and cit.form == "full" \
            and _page_count(cit.locator) >= 2 and re.search(r"\b(?:Sp|Spp|col|cols)\.\s*" + re.escape(cit.locator) + r"\W*$",
                                                            cit.raw):
        work["page"], cit.locator, cit.label = cit.locator, None, None     # `Art. „Gilde“, in: ..., Sp. 17–19`
    printed = work["type"] in ("chapter", "book") and "archive" not in work
    if page and cit.locator is None and printed and re.search(r"\b(?:ll|lines?)\.?\s*" + re.escape(page) + r"\W*$", cit.raw):
        cit.locator, cit.label = work.pop("page"), "line"                # `*Poems* (..., 1971), ll. 1–9`: lines
        return
    if cit.label == "folio" and printed and cit.locator and re.search(r"\bll\.\s*" + re.escape(cit.locator), cit.raw):
        cit.label = "line"                                               # `ll.` in a printed book: lines, not leaves
    if page is None and cit.locator is not None and work["type"] in CONTAINED and cit.form == "full" \
            and (cit.label or "page") == "page" and _page_count(cit.locator) >= extent:
        work["page"], cit.locator, cit.label = cit.locator, None, None     # `Neurology 55 (2000): 586-590`
        return
    if page is None or cit.locator is not None:
        return
    short = _page_count(page) < extent
    if work["type"] not in CONTAINED or short and not reading.page_labelled:
        cit.locator, cit.label = work.pop("page"), "page"


VOLUME_AND_PAGE = re.compile(r"(\d{1,2}|[IVXL]+):\s?(\d+(?:\s?[-–]\s?\d+)?)|([IVXL]+),\s(\d+(?:\s?[-–]\s?\d+)?)")
"""`3:145`, `IV, 212`: the volume and the page of a multivolume work."""


def _volume_of_the_pinpoint(cit: Citation, work: dict) -> None:
    """`*The Works of Edmund Carrow*, ed. W. H. Langridge, 14 vols. (Oxford: Clarendon,
    1978–2006), 3:145`: a first citation of a published book's or chapter's volume and
    page gives the volume to the reference and the page to the pinpoint."""
    both = VOLUME_AND_PAGE.fullmatch(cit.locator or "")
    if both and cit.form == "full" and work["type"] in ("book", "chapter") and "volume" not in work \
            and any(k in work for k in ("publisher", "publisher-place", "issued")):
        work["volume"], cit.locator = both.group(1) or both.group(3), both.group(2) or both.group(4)


def _same_author(raw: str, prefix: str | None) -> bool:
    """`Idem, ...`, `Ders. (2005): ...`, `and, for the decree, Id., p. 9`: the citation
    opens, after its prefix, with the word for the author before; or its prefix says
    so (`et, du même auteur, *Les Brigades*`)."""
    if SAME_AUTHOR_PHRASES.search(fold(prefix or "")) or SAME_AUTHOR_PHRASES.match(fold(raw[:40])):
        return True
    if prefix and raw.startswith(prefix):
        raw = raw[len(prefix):]
    words = re.findall(r"[^\W\d_]+", raw[:14])
    return bool(words) and words[0].lower() in SAME_AUTHOR_WORDS


def _published(work: dict) -> bool:
    """A work with an imprint or a date of its own: a first citation, not a short form."""
    return any(k in work for k in ("publisher", "publisher-place", "issued", "container-title"))


def _page_count(pages: str) -> int:
    """How many pages a range spans (`586-590` 5, `5988-93` 6, `12` 1); 0 when it is not a range of numbers."""
    first, dash, last = pages.replace("–", "-").partition("-")
    if not first.isdecimal() or (dash and not last.isdecimal()):
        return 0 if dash else 1
    if not dash:
        return 1
    if len(last) < len(first):
        last = first[:len(first) - len(last)] + last        # `5988-93` is 5988-5993
    return int(last) - int(first) + 1 if int(last) >= int(first) else 0


def _sparse(work: dict) -> bool:
    """Too little for a first citation: `Smith, The Port, 12`, `Pribbenow, "Pilots,"
    e-Dossier No. 2` (a surname alone), `Kuethe, 132`."""
    if work.get("type") in {"article-newspaper", "article-magazine"} and "title" not in work:
        return False                             # a bare issue is its own full citation
    authors = work.get("author", [])
    surname_only = len(authors) == 1 and set(authors[0]) == {"family"}
    details = any(k in work for k in DETAIL_FIELDS)
    imprint = any(k in work for k in ("publisher", "publisher-place")) and "issued" in work
    if "title" in work:
        return (surname_only and not imprint) or not details     # `Ricci, *Storia* (Milano, 1990)` is full
    return bool(authors) and not details                # `Kuethe, 132`, `Beck 1986: 25` (author and year)


REPRINT = re.compile(r"^(?:repr|reprint|reprinted|reimpr|rpt|nachdr|neudr|rist|ristampa)\.?,?(?:\s+(?P<year>1[5-9]\d\d|20\d\d))?$",
                     re.I)
YEAR_ALONE = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


def _reprint(reading: Reading) -> None:
    """`The Salt Marsh (London, 1788; repr., New York: Dover, 1990)`: the reprint is
    the edition cited (`issued` 1990, its place and publisher), the first year
    its `original-date`, the first place its `original-publisher-place`."""
    notes, work = reading.notes, reading.work
    mark = next((k for k, n in enumerate(notes) if REPRINT.match(n.strip())), None)
    if mark is None or "issued" not in work:
        return
    year = REPRINT.match(notes[mark].strip()).group("year")
    later = next((k for k in range(mark + 1, len(notes)) if YEAR_ALONE.match(notes[k].strip())), None)
    if year is None and later is not None:
        year = notes.pop(later).strip()
    if year is None:
        return
    del notes[mark]
    work["original-date"], work["issued"] = work["issued"], {"date-parts": [[int(year)]]}
    place = next((k for k, n in enumerate(notes) if place_like(n.split(",")[0])), None)
    if place is not None and "publisher-place" in work:      # `London, 1788; repr., New York: ...`
        work["original-publisher-place"], work["publisher-place"] = work["publisher-place"], notes.pop(place).strip()


def _redate(reading: Reading) -> None:
    """Read an all-numeric date day first where the publication's locale does (`.vn`, French)."""
    work = reading.work
    day_first = bool(DAY_FIRST_HOSTS.search(work.get("URL", ""))) or work.get("language") in DAY_FIRST_LANGUAGES
    if not day_first or not reading.date_text:
        return
    found = find_date(reading.date_text, day_first=True)
    if found:
        work["issued"] = found[0]
