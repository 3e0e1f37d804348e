"""Stage 2, split: a note's text -> the citation strings it holds.

A note mixes sources and commentary. It is cut into sentences at top-level
full stops (never inside quotes, parentheses or brackets, never after an
initial or an abbreviation such as `No.`), each sentence is judged prose or
citation, consecutive citation sentences are joined again (an archival
signature runs over several: `... 1967. Folder POL 7. Box 2262. NARA II.`)
unless a sentence opens a new citation after a complete one, and cut at
top-level `;`. A prose sentence still yields the citations it
holds in parentheses (`(PARK Min-ho, *The Short Title*,
pp.62-64)`) or after `, see`. `See`/`see also` become the citation's prefix,
and a bracketed `[Original book: ...]` its own citation with that prefix.
"""
from __future__ import annotations

import re

from .model import Citation
from .scan import balanced_depths, split_top_level, top_level_spans

PREFIX = re.compile(r"^(See also|see also|See|see|Cf\.|cf\.|Compare|compare)\s+(?=\S)")
BRACKET_LABEL = re.compile(r"^\[\s*([A-Z][^\[\]:]{2,40}):\s*(.*?)\]?\.?$", re.S)
INLINE_SEE = re.compile(r",\s+(see also|see|cf\.)\s+(?=[A-Z*\"\u201c])")

# Words before a full stop that do not end a sentence.
ABBREVIATIONS = {
    "no", "nos", "vol", "vols", "p", "pp", "op", "f", "d", "ed", "eds", "trans", "dept",
    "co", "inc", "ltd", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "gen", "lt", "col",
    "maj", "capt", "prof", "rev", "cf", "vs", "ca", "al", "fig", "ch", "sec", "art",
    "univ", "assn", "repr", "comp", "n.d", "e.g", "i.e", "tap", "t", "с",
}

# Words of citation syntax, not of prose: they do not make a sentence prose.
CITATION_WORDS = {
    "translated", "translation", "trans", "by", "for", "and", "accessible", "available",
    "at", "obtained", "excerpt", "from", "in", "housed", "electronically", "edited",
    "ed", "eds", "vol", "no", "pp", "p", "edition", "see", "also", "accessed", "on",
    "of", "the", "to", "et", "al", "online", "retrieved", "subject", "folder", "box",
    "file", "op", "f", "d", "n", "original", "book", "cf", "compare", "reprinted", "từ",
}

# Shapes only a citation has, outside parentheses: a page reference, an
# author followed by an italic title (`Trần Văn Minh, *A Book ...`),
# a quoted title closed by a comma (`"Rice and Rails,"`).
CITATION_SHAPE = re.compile(
    r"\bpp?\.\s?\d|^[^,.]{2,60},\s+\*[^*]+\*|,[\"\u201d]|[\"\u201d],?\s+\*|\bibid\b", re.I)

# The opening of a new citation, after a complete one in the same run of
# sentences: an author and a quoted or italic title (`Barry K. Gills,
# *Korea versus Korea*`, `Toni Weis, "The Politics Machine,"`), or a
# periodical and a date (`*Rodong Sinmun*, March 27, 1965`).
NEW_CITATION = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:[\"\u201c]|\*)"
    r"|^\*[^*]+\*,\s+(?:[A-Z][a-z]+\.?\s+\d|\d)")
# What a complete citation has: a year or a URL.
COMPLETE = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|https?://")

# Verbs that mark commentary (`The author visited the site ...`).
PROSE_VERBS = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "said", "says",
    "explains", "explained", "told", "visited", "cites", "cite", "examines", "examined",
    "believed", "confirmed", "completed", "changed", "argues", "notes", "noted",
    "writes", "wrote", "reports", "reported", "shows", "suggests", "chosen", "states",
    "stated", "according",
}


def split_note(text: str) -> list[Citation]:
    """Return the citations a note's text holds, in order, with their prefixes.

    >>> [c.raw for c in split_note('*Rodong Sinmun*, July 9, 1957; *Rodong Sinmun*, July 13, 1957.')]
    ['*Rodong Sinmun*, July 9, 1957', '*Rodong Sinmun*, July 13, 1957.']
    >>> split_note('The author visited the site on August 7, 2019.')
    []
    """
    citations: list[Citation] = []
    block: list[str] = []

    def flush() -> None:
        citations.extend(_from_block(" ".join(block)))
        block.clear()

    for sentence in sentences(text):
        see = _last_top_level(INLINE_SEE, sentence)
        if sentence.startswith("[") and BRACKET_LABEL.match(sentence):
            flush()
            citations.append(_with_prefix(sentence))
        elif see is not None and is_prose(sentence[:see.start()]):
            flush()
            block.append(sentence[see.start(1):])
        elif is_prose(sentence):
            flush()
            citations.extend(_citations_in_prose(sentence))
        else:
            if block and NEW_CITATION.match(sentence) and COMPLETE.search(block[-1]):
                flush()   # `..., 1996), 110. Yongho Kim, "..."`: two citations, not one
            block.append(sentence)
    flush()
    return citations


ABBREVIATION_WINDOW = 64
"""Characters before a full stop searched for the word it ends."""


def sentences(text: str) -> list[str]:
    """Cut text at top-level sentence ends.

    >>> sentences('*ibid.*, p.216. The withdrawal was completed on March 23, 1973.')
    ['*ibid.*, p.216.', 'The withdrawal was completed on March 23, 1973.']
    """
    level = balanced_depths(text)
    out, start = [], 0
    for m in re.finditer(r"[.?!][\"\u201d\u2019*]*(\s+)(?=[^\W\d_a-z]|[\"\u201c*\[(])", text):
        next_start = m.end()
        if level[m.start()] > 1 or level[next_start] != 0 or _is_abbreviation(text, m.start()):
            continue
        out.append(text[start:m.start(1)].strip())
        start = next_start
    out.append(text[start:].strip())
    return [s for s in out if s]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an initial or an abbreviation."""
    if text[dot] != ".":
        return False
    # only the last word matters: look at a short window, not the whole note
    word = re.search(r"([^\s(\[\"\u201c*]*)$", text[max(0, dot - ABBREVIATION_WINDOW):dot]).group(1)
    last = word.split(".")[-1]
    return (len(last) == 1 and last.isalpha()) or word.lower() in ABBREVIATIONS or last.lower() in ABBREVIATIONS


def is_prose(sentence: str) -> bool:
    """True when a sentence is commentary rather than a citation.

    Quoted titles, `*italics*`, parentheses, brackets and URLs are set aside;
    what is left is prose when most of its words are lower-case words that
    are not citation syntax (`translated by`, `accessible at`).

    >>> is_prose('Place names, distances, and directions have been changed by the author according to the map.')
    True
    >>> is_prose('"Note on a Meeting of 2 May 1961," 4 May, 1961, SAPMO, translated for NKIDP by Ann Smith.')
    False
    """
    if re.match(r"\W*ibid\b", sentence, re.I) or CITATION_SHAPE.search(_outside_groups(sentence)):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", _outside_titles(sentence))
    content = [w for w in words if w.lower() not in CITATION_WORDS]
    has_verb = any(w.lower() in PROSE_VERBS for w in words)
    if len(words) < 4 or not content:
        return has_verb  # `Ann Smith explains, "..."`
    prose = [w for w in content if w[0].islower()]
    ratio = len(prose) / len(content)
    return ratio >= 0.5 or (has_verb and ratio >= 0.3)


def _outside_titles(sentence: str) -> str:
    """The sentence without quoted and italic titles, groups and URLs."""
    return _outside_groups(re.sub(r"\*[^*]+\*", " ", sentence), ("\u201c", '"', "(", "[", "<"))


def _outside_groups(sentence: str, openers: tuple[str, ...] = ("(", "[", "<")) -> str:
    """The sentence without its top-level groups opened by `openers`, and URLs."""
    rest = re.sub(r"https?://[^\s>]+", " ", sentence)
    for opener in openers:
        spans = list(top_level_spans(rest, opener))
        for start, end in reversed(spans):
            rest = rest[:start] + " " + rest[end:]
    return rest


def _citations_in_prose(sentence: str) -> list[Citation]:
    """Citations a prose sentence holds: in parentheses, or after `, see`."""
    found = []
    for opener in ("(", "["):
        for start, end in top_level_spans(sentence, opener):
            inner = sentence[start + 1:end - 1]
            if looks_like_citation(inner):
                found.append((start, Citation(raw=inner.strip())))
    see = _last_top_level(INLINE_SEE, sentence)
    if see is not None:
        for cit in _from_block(sentence[see.start(1):]):
            found.append((see.start(1), cit))
    return [c for _, c in sorted(found, key=lambda pair: pair[0])]


def _last_top_level(pattern: re.Pattern, text: str):
    """The last match of `pattern` at the top level of `text`, or None."""
    level = balanced_depths(text)
    matches = [m for m in pattern.finditer(text) if level[m.start()] == 0]
    return matches[-1] if matches else None


def looks_like_citation(text: str) -> bool:
    """True when a fragment has a title and something a citation carries.

    >>> looks_like_citation('PARK Min-ho, *The Short Title*, pp.62-64')
    True
    >>> looks_like_citation('East Asian age reckoning, 21 in the year of the count')
    False
    """
    has_title = bool(re.search(r"\*[^*]+\*|[\"\u201c][^\"\u201d]+[\"\u201d]", text))
    has_detail = bool(re.search(r"\bpp?\.\s?\d|\d{4}|https?://|,\s*\d", text))
    return has_title and has_detail


def _from_block(block: str) -> list[Citation]:
    """Cut a run of citation sentences at top-level `;` into citations."""
    if not block.strip():
        return []
    citations = []
    for part in split_top_level(block, ";"):
        citations.append(_with_prefix(part))
    return citations


def _with_prefix(part: str) -> Citation:
    """Separate a leading `See`, or a bracket label, from the citation text."""
    bracket = BRACKET_LABEL.match(part)
    if bracket and part.startswith("["):
        return Citation(raw=bracket.group(2).strip(), prefix=bracket.group(1).strip())
    prefix = PREFIX.match(part)
    if prefix:
        return Citation(raw=part[prefix.end():].strip(), prefix=prefix.group(1))
    return Citation(raw=part.strip())
