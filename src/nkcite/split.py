"""Stage 2, split: a note's labelled tokens -> the citations it holds.

The tagger labels every token of the whole note (fields, `prefix`, `ibid`,
and `note` for commentary). The note is cut at top-level `;` and at
sentence ends, and the pieces are joined again where a field runs on across
the cut (a title with a full stop in it, `Moby-Dick; or, The Whale`) or
where the next piece only continues the citation before it (an archival
signature over several sentences: `... 1967. Folder POL 7. Box 2262. NARA
II.`). A piece that holds no field of a work is commentary; leading prose
(`For a detailed account, see`) is not part of the citation, and
`See`/`Cf.`/`Vgl.` become its prefix. A bracketed `[Original book: ...]`
is a citation of its own with that prefix.

    >>> [c.raw for c in split_note("See Ann Smith, *A History of the Port* (Leiden: Brill, 1999), 12; "
    ...                            "*Rodong Sinmun*, March 27, 1965.")]
    ['Ann Smith, *A History of the Port* (Leiden: Brill, 1999), 12', '*Rodong Sinmun*, March 27, 1965.']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .data.citewords import EDITOR_WORDS, LEAD_WORDS, TRANSLATOR_WORDS
from .model import Citation
from .normalize.dates import MONTHS
from .parse.tokens import Tokens, tokenize

# Words before a full stop that do not end a sentence.
ABBREVIATIONS = {
    "no", "nos", "vol", "vols", "voll", "p", "pp", "op", "f", "ff", "d", "ed", "eds", "trans", "dept", "co", "inc",
    "ltd", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "gen", "lt", "col", "maj", "capt", "prof", "rev", "cf", "cfr",
    "vs", "ca", "al", "fig", "ch", "sec", "art", "univ", "assn", "repr", "comp", "tap", "t", "vgl", "hg", "hrsg",
    "bd", "s", "n", "nr", "fasc", "c", "cc", "b", "reg", "cit", "loc", "ibid", "ebd", "id", "ms", "mss", "fol",
    "l", "ll", "op", "pa", "vyp", "ser", "pt", "sept", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "aug", "jun",
    "jul", "leg", "exp", "doc", "tr", "trad", "éd", "dir", "intro", "introd", "esp", "e.g", "i.e", "viz", "cod",
    "anm", "aufl", "bl", "hs", "dat", "publ",
    "cap", "capp", "lib", "tit", "sez", "chap", "bk", "par", "para", "tab", "pl", "cat", "inv", "sig", "lett",
}
# Labels that make a piece a citation (a date or a place alone is commentary: `The author visited in 2019.`).
CITING = {"title", "container", "author", "editor", "archive", "shelfmark", "url", "ibid", "short", "genre",
          "identifier", "publisher", "collection", "recipient", "translator"}
PUNCTUATION = re.compile(r"^[^\w]+$")
# A citation holds a work's title, container, archive or address, or a name with a pinpoint or date (`Kuethe, 132`).
STRONG = CITING - {"author", "editor", "recipient", "translator", "publisher"}
NAMES = {"author", "editor", "recipient", "translator", "publisher"}
DETAILS = {"locator", "date", "volume", "pages", "place"}
# What a citation that follows prose holds and a sentence naming people does not: a date, a number, an address, a shelf mark.
ANCHORS = {"date", "locator", "volume", "pages", "url", "identifier", "shelfmark", "archive", "accessed"}
BRACKET_LABEL = re.compile(r"^([A-Z][^\[\]:]{2,40}):\s*")


@dataclass(frozen=True, slots=True)
class Piece:
    """One citation in a note: its first and last token, and its prefix's text."""

    first: int
    last: int
    prefix: str | None = None


def split_tokens(tokens: Tokens, labels: list[str]) -> list[Piece]:
    """The citations of a labelled note, in order."""
    toks = tokens.tokens
    ranges = _merged(toks, labels, _cut_ranges(toks, labels, tokens))
    pieces = []
    for first, last in ranges:
        bracket = _bracket_piece(tokens, labels, first, last)
        piece = bracket or _citation_in(tokens, labels, first, last)
        if piece is not None:
            pieces.append(piece)
        elif pieces and _a_pinpoint_alone(toks, labels, first, last):
            pieces[-1] = Piece(pieces[-1].first, _last_word(toks, last), pieces[-1].prefix)   # `..., cap. XV, p. 103.`
    if not pieces and any(t.text[0].isalnum() for t in toks) and not _has_prose(toks):
        pieces.append(_whole(toks))                        # `Bakar Tolen Mivu.`: no word of prose, so not commentary
    return pieces


def _a_pinpoint_alone(toks, labels: list[str], first: int, last: int) -> bool:
    """Tokens `first` to `last` hold a pinpoint and no prose (`IV, 3.`: a piece cut off
    its citation at a full stop the split took for a sentence's end)."""
    found = {labels[k] for k in range(first, last + 1) if not PUNCTUATION.match(toks[k].text)}
    return bool(found & {"locator", "pages"}) and found <= {"locator", "pages", "note"} \
        and not _has_prose(toks[first:last + 1])


def _last_word(toks, last: int) -> int:
    """`last`, or the token before its closing full stops and semicolons."""
    while last > 0 and toks[last].text in ".;":
        last -= 1
    return last


def _has_prose(toks) -> bool:
    """True when a note has a word of running prose: a lower-case word of three letters or more."""
    return any(len(t.text) >= 3 and t.text[0].islower() and t.text.isalpha() for t in toks)


def _whole(toks) -> Piece:
    """The whole note as one citation, without its closing punctuation."""
    last = len(toks) - 1
    while last > 0 and toks[last].text in ".;":
        last -= 1
    return Piece(0, last)


JOINING_WORDS = {"e", "and", "und", "et", "y", "i", "og", "en"}


def _cut_ranges(toks, labels: list[str], tokens: Tokens) -> list[tuple[int, int]]:
    """Token ranges between candidate cuts (`;`, sentence ends, a mid-note `see`, a bracket)."""
    ranges, start = [], 0
    for i, tok in enumerate(toks):
        if i + 1 < len(toks) and _cuts_after(toks, labels, i, tokens):
            ranges.append((start, i))
            start = i + 1
    if start < len(toks):
        ranges.append((start, len(toks) - 1))
    return ranges


def _cuts_after(toks, labels: list[str], i: int, tokens: Tokens) -> bool:
    """True when a citation may end with token i."""
    tok, nxt = toks[i], toks[i + 1]
    top = not tok.paren and not tok.quote
    if tok.text == ";" and top:
        return True
    if nxt.text == "[" and not nxt.paren and BRACKET_LABEL.match(tokens.text[nxt.end:]):
        return True
    if labels[i + 1] == "prefix" and labels[i] != "prefix" and tok.text in (",", ";") and top:
        return True                                        # `..., 12, see also Smith, ...`
    if labels[i] == "locator" and labels[i + 1] == "prefix" and i + 2 < len(toks) and labels[i + 2] == "author" \
            and nxt.text.lower() in JOINING_WORDS and top:
        return True                                        # `Thuc. 2.65.7 e Plut. Per. 15.1`: and the next author
    if tok.text in ".?!" or tok.text in "”\"’" and i and toks[i - 1].text in ".?!":
        ends = toks[i - 1] if tok.text in "”\"’" else tok
        return not tok.paren and nxt.space and _opens_sentence(nxt) and not _is_abbreviation(toks, i, ends)
    return False


def _opens_sentence(tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text in ("“", '"', "«", "(", "[", "„", "‘")


def _is_abbreviation(toks, i: int, dot) -> bool:
    """True when the full stop closes an initial or an abbreviation (`No.`, `A.`)."""
    if dot.text != "." or i == 0:
        return False
    word = toks[i - 1].text if toks[i - 1].end == dot.start else ""
    return (len(word) == 1 and word.isalpha()) or word.lower() in ABBREVIATIONS or _ordinal_day(toks, i, word)


def _ordinal_day(toks, i: int, word: str) -> bool:
    """`am 7. März 1961`, `den 3. maj 1950`: a day's number and its full stop before a month name."""
    return word.isdecimal() and 1 <= int(word) <= 31 and i + 1 < len(toks) and toks[i + 1].text.lower() in MONTHS


def _merged(toks, labels: list[str], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces unless the next one opens a citation of its own."""
    out: list[tuple[int, int]] = []
    for first, last in ranges:
        if out and not _opens_citation(toks, labels, out[-1], (first, last)):
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


# Labels a citation starts with; a piece starting with one of them after a
# piece that already has a citation is a new citation.
OPENING = {"author", "editor", "prefix", "ibid", "citation-number", "recipient"}
# Labels that start a new citation only when the piece before already has one of them
# (`*Rodong Sinmun*, March 27, 1965. *Rodong Sinmun*, April 6, 1965.`).
REPEATING = {"title", "container", "archive", "shelfmark", "short", "genre", "url"}


def _opens_citation(toks, labels: list[str], before: tuple[int, int], after: tuple[int, int]) -> bool:
    """True when the piece `after` starts a citation of its own after the piece `before`."""
    left = _edge_label(toks, labels, range(before[1], before[0] - 1, -1))
    right = _edge_label(toks, labels, range(after[0], after[1] + 1))
    if left is None or right is None:
        return True
    cited_before = {labels[k] for k in range(before[0], before[1] + 1) if not PUNCTUATION.match(toks[k].text)}
    if left == "note" or right == "note" or not cited_before & CITING:
        return True                                        # commentary on one side: pieces stay apart
    if _emphasis_opens_after_semicolon(toks, before, after):
        return True                                        # `...; *Rodong Sinmun*, ...`, whatever the model read
    if left == right and right not in ("prefix", "ibid", "citation-number"):
        return False                                       # a field running on across the cut: a title, a list of authors
    if right in ROLE_FIRST and toks[_first_word(toks, after)].text.lower().strip(".:") in ROLE_WORDS:
        return False                                       # `... Proceedings. Eds. Bernhard Reitz`, `In: A. Moreno (ed.)`
    if right in OPENING:
        return True                                        # a new author, `See also`, `Ibid.`
    if toks[before[1]].text == ";":
        return right in REPEATING                          # `...; *Rodong Sinmun*, ...`, `...; AGI, ...`
    return right in REPEATING and right in cited_before


def _emphasis_opens_after_semicolon(toks, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """A `;` outside emphasis, after a piece with an emphasised title, followed by an emphasised
    word: a second title opens (`*Comrade Kim*, p. 243; *Rodong Sinmun*, March 17, 1966`)."""
    cut, first = toks[before[1]], toks[_first_word(toks, after)]
    return cut.text == ";" and not cut.emphasis and not cut.paren and first.emphasis \
        and any(toks[k].emphasis for k in range(before[0], before[1]))


ROLE_FIRST = {"editor", "translator", "container", "author"}
ROLE_WORDS = EDITOR_WORDS | TRANSLATOR_WORDS | {"in", "edited", "translated", "by"}


def _first_word(toks, piece: tuple[int, int]) -> int:
    return next((k for k in range(piece[0], piece[1] + 1) if not PUNCTUATION.match(toks[k].text)), piece[0])


def _edge_label(toks, labels: list[str], order) -> str | None:
    """The label of the first token in `order` that is not punctuation."""
    for k in order:
        if not PUNCTUATION.match(toks[k].text):
            return labels[k]
    return None


def _citation_in(tokens: Tokens, labels: list[str], first: int, last: int) -> Piece | None:
    """The citation a piece holds, without the prose around it; None for commentary."""
    inside = [k for k in range(first, last + 1) if _field_label(tokens, labels, k) not in ("note", "citation-number")]
    found = {_field_label(tokens, labels, k) for k in inside if not PUNCTUATION.match(tokens.tokens[k].text)}
    if not found & STRONG and not (found & NAMES and found & DETAILS):
        return None                                        # `Toni Weis said, "..."`: commentary naming an author
    if found <= {"title", "date", "place"} and _prose_outweighs(tokens, labels, first, last):
        return None                                        # `During the author's visit to the Museum on ...`
    start, end = inside[0], inside[-1]
    while end > start and tokens.tokens[end].text == ";":
        end -= 1
    if not found & ANCHORS and _runs_on_from_prose(tokens, first, start):
        return None                                        # `The meeting was attended by Kim Il-sung, Pak Hon-yong, ...`
    start = _prefix_before(tokens, labels, first, start)
    prefix = None
    p_end = _prefix_run(tokens, labels, start, end)
    if p_end >= start:
        prefix = tokens.slice(start, p_end).strip(" ,:")
        start = p_end + 1
        if start > end:
            return None
    while end + 1 <= last and PUNCTUATION.match(tokens.tokens[end + 1].text) and tokens.tokens[end + 1].text != ";":
        end += 1
    return Piece(start, end, prefix or None)


def _prefix_before(tokens: Tokens, labels: list[str], first: int, start: int) -> int:
    """Where the citation starts when `See`/`Vgl.` stands just before its first field."""
    k = start
    while k > first and (tokens.tokens[k - 1].text.lower() in LEAD_WORDS or tokens.tokens[k - 1].text in ".,"):
        k -= 1
    while k < start and tokens.tokens[k].text in ".,":
        k += 1
    return k if k < start and tokens.tokens[k].text.lower() in LEAD_WORDS else start


def _prefix_run(tokens: Tokens, labels: list[str], start: int, end: int) -> int:
    """The last token of a leading prefix (labelled so, or words such as `See also`,
    `Cf.`, `Vgl.`, `Si veda`), or start - 1 when there is none."""
    k = start - 1
    while k + 1 <= end:
        tok = tokens.tokens[k + 1]
        if labels[k + 1] == "prefix" or tok.text.lower() in LEAD_WORDS or \
                (k >= start and tok.text in ".," and tokens.tokens[k].text.lower() in LEAD_WORDS):
            k += 1
        else:
            break
    return k


# Last words of prose that lead into a citation (`..., see`, `Quoted in`, `cited from`).
LEAD_INS = LEAD_WORDS | {"in", "from", "quoted", "cited", "apud", "nach", "dans", "en", "aus", ":"}


def _runs_on_from_prose(tokens: Tokens, first: int, start: int) -> bool:
    """True when the names and title that follow are the end of a sentence of prose
    (three words or more of commentary not ending in a lead-in such as `see`)."""
    words = [t.text for t in tokens.tokens[first:start] if not PUNCTUATION.match(t.text) or t.text == ":"]
    return len(words) >= 3 and words[-1].lower() not in LEAD_INS


def _prose_outweighs(tokens: Tokens, labels: list[str], first: int, last: int) -> bool:
    """True when a piece has more words of commentary than of the fields it names."""
    words = [_field_label(tokens, labels, k) for k in range(first, last + 1)
             if not PUNCTUATION.match(tokens.tokens[k].text)]
    return words.count("note") >= len(words) - words.count("note")


def _field_label(tokens: Tokens, labels: list[str], k: int) -> str:
    """Token k's label, an emphasised word the model left as commentary counting as a
    title's: emphasis is never prose (`*Pledge Meetings*, April 6, 1953` is an issue)."""
    return "title" if labels[k] == "note" and tokens.tokens[k].emphasis else labels[k]


def _bracket_piece(tokens: Tokens, labels: list[str], first: int, last: int) -> Piece | None:
    """`[Original book: *A Title* (Pyongyang, 1998)]` -> a citation with prefix `Original book`."""
    toks = tokens.tokens
    if toks[first].text != "[":
        return None
    m = BRACKET_LABEL.match(tokens.text[toks[first].end:])
    if not m:
        return None
    label_end = toks[first].end + m.end()
    start = next((k for k in range(first + 1, last + 1) if toks[k].start >= label_end), None)
    end = last
    while end > first and toks[end].text in ".]":
        end -= 1
    if start is None or start > end:
        return None
    return Piece(start, end, m.group(1).strip())


def split_note(text: str) -> list[Citation]:
    """The citations a note's text holds, in order, with their prefixes (tagged by the shipped model)."""
    from .parse.citation import label_tokens
    from .parse.crf import default_tagger
    tokens = tokenize(text)
    if not tokens.tokens:
        return []
    labels = label_tokens(tokens, default_tagger())
    return [Citation(raw=tokens.raw_slice(p.first, p.last), prefix=p.prefix) for p in split_tokens(tokens, labels)]
