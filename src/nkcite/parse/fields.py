"""Labelled tokens -> CSL fields of the work, and how the note cites it.

Consecutive tokens with one label form a segment; each label has one
reader in `READERS` that turns its segment's text into CSL fields. A
segment is a slice of the citation text, so values keep what the source
printed (minus wrapping quotes, labels such as `pp.` and trailing
punctuation). Several segments of one label are read in order: the first
title is the title, a second goes to the note.

    >>> from nkcite.parse.tokens import tokenize
    >>> toks = tokenize("Smith, The Port (Leiden: Brill, 1999), 12.")
    >>> labels = ["author", "author", "title", "title", "place", "place", "place", "publisher", "publisher",
    ...           "date", "date", "locator", "locator", "locator"]
    >>> read_fields(segments(toks, labels)).work["publisher-place"]
    'Leiden'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..data.citewords import BY_THE_AUTHOR, EDITOR_WORDS, INTERVIEW_HEADING_WORDS, LETTER_TO_WORDS, SERIES_WORDS, STATE_ABBREVIATIONS, TRANSLATOR_WORDS
from ..data.citewords import PINPOINT_LEAD as PINPOINT_LEAD_WORDS
from ..data.lexicon import lexicon
from ..normalize.archives import archive_and_place, place_like
from ..normalize.dates import find_date
from ..normalize.names import parse_names
from ..normalize.languages import script_language
from ..normalize.titles import split_original
from ..normalize.values import (clean_container, clean_value, edition_number, locator_value, page_range,
                                unwrap_url, volume_issue)
from .tokens import Tokens


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of tokens with one label: the label and the text it covers."""

    label: str
    text: str
    first: int
    last: int


@dataclass
class Reading:
    """What the labelled segments of one citation say."""

    work: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    form: str = "full"
    locator: str | None = None
    label: str | None = None
    prefix: str | None = None
    labels: set[str] = field(default_factory=set)
    """Every label that occurred (what the type rules look at)."""
    date_text: str | None = None
    """The text `issued` was read from (read again day first where the locale says so)."""
    page_labelled: bool = False
    """The page range was printed with a label (`pp. 58-67`): the extent, not a pinpoint."""
    excerpt: bool = False
    """The container was introduced as `excerpt from` or `rpt. in`: a part of a book."""
    title_quoted: bool = False
    """The title was printed in quotation marks: an article's or a record's, not a periodical's."""
    second_repository: bool = False
    """A second repository was named after the signature (`Housed at X`): what follows is its."""


def segments(tokens: Tokens, labels: list[str]) -> list[Segment]:
    """Group consecutive tokens with the same label."""
    out: list[Segment] = []
    start = 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            out.append(Segment(labels[start], tokens.slice(start, i - 1), start, i - 1))
            start = i
    return out


def read_fields(found: list[Segment]) -> Reading:
    """Read every segment with its label's reader (prose before the first field is no part of the work)."""
    reading = Reading()
    started = False
    for seg in found:
        if not started and seg.label == "note":
            continue
        started = True
        reading.labels.add(seg.label)
        READERS[seg.label](reading, seg.text)
    _letter_heading(reading, found)
    _language_of_the_original(reading)
    return reading


def _language_of_the_original(reading: Reading) -> None:
    """`Pyongyang 25 Hours (평양 25 시)` with no `(Korean)` marker: the language is the
    script's (CONVENTIONS §3)."""
    original = reading.work.get("original-title")
    if original and "language" not in reading.work:
        code = script_language(original)
        if code is not None:
            reading.work["language"] = code


def _letter_heading(reading: Reading, found: list[Segment]) -> None:
    """`Ruth Baker to Harold Ames, 12 June 1952, ...`: an untitled letter takes its
    heading, writer to recipient (after `Letter` where it opens so), as its title (CONVENTIONS §4)."""
    if "title" in reading.work or reading.work.get("recipient") == the_author():
        return                                   # a letter to the author is a personal communication
    for before, writer, recipient in zip([None, *found], found, found[1:]):
        if writer.label == "author" and recipient.label == "recipient":
            genre = f"{before.text} " if before is not None and before.label == "genre" else ""   # `Letter from X to Y`
            reading.work["title"] = clean_value(f"{genre}{writer.text} {recipient.text}")
            return


OBTAINED = re.compile(r"(?:^|,\s*|\band\s+)\(?obtained(?: and translated)?(?: for [\w-]+)? by\s+(.+?)(?=,|;|\s+and\s+(?:translated|trans)|$)",
                      re.I)


AUTHOR_OF_THE_PAPER = (r"(?:(?:the\s+)?(?:author|present\s+writer)|(?:el|la|o|a|l[’'])\s?(?:autor|autora|auteur|auteure|"
                       r"autore|autrice)|(?:die|der|den)\s+(?:Verfasser|Verfasserin|Autor|Autorin))")
"""`the author`, `el autor`, `l'auteur`, `a autora`, `die Verfasserin`: the writer of the citing paper."""
THE_AUTHOR = re.compile(r"^\s*(?:to\s+)?" + AUTHOR_OF_THE_PAPER + r"\W*$", re.I)
TO_THE_AUTHOR = re.compile(r"^(?P<genre>.+?)\s+to\s+" + AUTHOR_OF_THE_PAPER + r"$", re.I)


def the_author() -> list[dict]:
    """The writer of the citing paper as a name: `letter to the author`, `interview by author`."""
    return [{"literal": "the author"}]


# an interview's heading before the person: `Entrevista de la autora con`, `raccolta dall'autore`
INTERVIEW_HEADING = re.compile(r"^(?:(?:" + "|".join(sorted(INTERVIEW_HEADING_WORDS)) + r")\b.*|raccolt[ao]\s+\S+)$", re.I)
AUTHORS_INTERVIEW = re.compile(r"^(?:the\s+)?author[’']s\s+(?:\w+\s+){0,2}interview$", re.I)
INTERVIEWED_BY = re.compile(r"^(?:interview(?:ed)?\s+)?(?:by|conducted by|geführt von|durchgeführt von|realizada por|"
                            r"réalisé par|réalisée par|condotta da)\s+(?P<who>.+)$", re.I)


def _genre(reading: Reading, text: str) -> None:
    """`Telegram`, `PhD diss.`; `e-mail to the author` -> genre `e-mail`, recipient
    the author; `interview by Tom Wells` / `by author` -> the interviewer (Zotero's
    interview has no genre)."""
    value = re.sub(r"(?<=\w)\s+(?:von|de|di|from|des|del|du|of|with|mit|avec|con)$", "", clean_value(text))  # `Brief von`
    interviewed = INTERVIEWED_BY.match(value)
    if interviewed:
        who = interviewed.group("who")
        reading.work.setdefault("interviewer", the_author() if THE_AUTHOR.match(who)
                                else parse_names(who)[0] or [{"literal": who}])
        return
    if AUTHORS_INTERVIEW.match(value):               # `Author's interview` (with Lena Hart)
        reading.work.setdefault("interviewer", the_author())
        return
    if INTERVIEW_HEADING.match(value):               # `Interview der Verfasserin mit`, `Testimonianza di`
        if BY_THE_AUTHOR.search(value):
            reading.work.setdefault("interviewer", the_author())
        if value.split()[0].lower() not in INTERVIEW_HEADING_WORDS:
            return                                   # `raccolta dall'autore` after the person
        value = value.split()[0]
    to_author = TO_THE_AUTHOR.match(value)
    if to_author:
        value = to_author.group("genre")
        reading.work.setdefault("recipient", the_author())
    _first(reading, "genre", value)


ROLE_AFTER_A_COMMA = re.compile(r",\s+(?=(?:a\s*cura\s+di|diret(?:ta|to)\s+da|edited\s+by|herausgegeben\s+von|"
                                r"sous la direction de)\s)", re.I)


def _names(role: str) -> Callable[[Reading, str], None]:
    """A reader of a name segment: role words out, names parsed."""
    def read(reading: Reading, text: str) -> None:
        for m in OBTAINED.finditer(text):
            reading.notes.append(f"Obtained by {clean_value(m.group(1))}.")
            if "translated" not in m.group(0).lower():
                text = text.replace(m.group(0), " ")
        inside = ROLE_AFTER_A_COMMA.search(text)
        if inside and role in ("editor", "author"):      # `Bergamo, a cura di R. Paribeni`: the names follow the role
            reading.notes.append(clean_value(text[:inside.start()]))
            text = text[inside.end():]
        also_translated = role != "recipient" and re.search(r"\b(?:and|e|und|&)\s+(?:trans|tr|trad|übers)\b", text, re.I)
        kind, text = name_role(text, role)
        if role == "recipient" and (THE_AUTHOR.match(text) or THE_AUTHOR.match(RECIPIENT_LEAD.sub("", text.strip()))):
            reading.work.setdefault("recipient", the_author())     # `letter to the author`
            return
        if role == "recipient":
            text = RECIPIENT_LEAD.sub("", text)
            if text[:1].islower():                                 # `al rey`, `to her mother`: no name
                reading.work.setdefault("recipient", []).append({"literal": clean_value(text)})
                return
        names, originals = parse_names(text)
        if names:
            reading.work.setdefault(kind, []).extend(names)
        reading.notes += [f"Name in original script: {o}." for o in originals]
        if also_translated and kind != "translator":          # `ed. and trans. Rosalind Carver`
            reading.work.setdefault("translator", []).extend(names)
    return read


ROLE_WORD = "|".join(sorted(EDITOR_WORDS | TRANSLATOR_WORDS, key=len, reverse=True))
ROLE_AT_EDGE = re.compile(
    r"^\(?\s*(?:(?:in|In|dans|In:)\s+)?(?:(?:" + ROLE_WORD + r")\b\.?(?:\s+(?:and|und|e|et|&)\s+\w+\.?)?\s*(?:(?:by|von|par|di|de|da)\b|v\.)?\s*)+\)?[\s.,:]*"
    r"|[\s,(]*\(?\b(?:" + ROLE_WORD + r")\.?(?:\s+(?:and|und|e|et|&)\s+(?:" + ROLE_WORD + r")\.?)?\)?[\s.,:]*$", re.I)
"""Role words at a name segment's edge: `trans. Karl Weber`, `Ann Smith, ed.`, `Ann Lee, ed. and trans.`."""
TRANSLATED_FROM = re.compile(
    r"^\(?\s*(?:(?:trad(?:uit|otto|ucido|uzido)?|übers(?:etzt)?|transl(?:ated)?|trans)\.?\s+"
    r"(?:de\s+l['’]|du|de|dell['’]|dal(?:lo)?|del|do|da|aus\s+dem|from(?:\s+the)?)\s*[^\W\d_]+\s+"
    r"(?:par|von|da|di|por|by)|aus\s+dem\s+[^\W\d_]+\s+(?:übersetzt\s+)?von)\s+", re.I)
"""A translator's role with the language translated from: `trad. de l'anglais par`, `traducido del inglés
por`, `aus dem Englischen übersetzt von`, `translated from the German by`."""
A_CURA = re.compile(r"^\(?\s*(?:a\s*c(?:ura|\.)\s*d[ie]|sous la direction de|herausgegeben von|edited by|diret(?:ta|to)\s+da|"
                    r"dirigée? par|dirigid[ao] por|coordinat[ao] da|bearbeitet von|bearb\.\s*v(?:on|\.)|"
                    r"(?:obtained and )?translated(?: for [\w-]+)? by|übersetzt von|traduit par|"
                    r"hrsg\.\s*v(?:on|\.)?|tradotto da|traducción de|trad\.\s*(?:it\.|fr\.|di|de|par)?)\s*", re.I)


A_CURA_AFTER = re.compile(r"[\s,]*\(\s*(?:a\s*c(?:ura|\.)\s*(?:di)?|sous la dir(?:ection|\.)?(?: de)?|hrsg\.?\s*(?:v\.|von)?|"
                          r"edited by|ed(?:s|d)?\.?|éds?\.?|dir\.?|cur\.?)\s*\)[\s.,:]*$", re.I)
"""A role written after the names in parentheses: `O. Longo (a cura di)`, `R. Polacco (Hrsg.)`."""


RECIPIENT_LEAD = re.compile(r"^(?:" + "|".join(sorted(LETTER_TO_WORDS, key=len, reverse=True)) + r")\s+(?=\S)")
LEAD_IN = re.compile(r"^(?:in|In|In:|in:|dans|Dans|en|En|em|Em|nel|nella|and|und|et|e|by|von|di|de|par|with|mit|avec|to|from)\s+(?=\S)")


def name_role(text: str, role: str) -> tuple[str, str]:
    """The CSL role a name segment holds, and its text without role words.

    `Ann Smith, ed.` labelled author is an editor (`ed.` after the names);
    `trans. Karl Weber` and `a cura di A. Bettagno` lose their role words.

    >>> name_role("Ann Smith, ed.", "author"), name_role("a cura di A. Bettagno", "editor")
    (('editor', 'Ann Smith'), ('editor', 'A. Bettagno'))
    >>> name_role("trad. de l'anglais par Jean Martin", "editor"), name_role("trans. Anne Hollis", "editor")
    (('translator', 'Jean Martin'), ('translator', 'Anne Hollis'))
    """
    kind = role
    translated = TRANSLATED_FROM.match(text.strip())
    if translated and role != "recipient":
        kind, text = "translator", text.strip()[translated.end():]
    stripped = LEAD_IN.sub("", A_CURA.sub("", text.strip())).strip(" ,-–")       # `, red. J. Nowak`
    stripped = A_CURA.sub("", stripped)
    after = A_CURA_AFTER.search(stripped)
    if after:
        stripped, kind = stripped[:after.start()], ("editor" if role == "author" else role)
    while True:
        m = ROLE_AT_EDGE.search(stripped)
        if not m or m.end() == m.start():
            break
        word = re.search(r"[^\W\d_]+", m.group()).group().lower() if re.search(r"[^\W\d_]+", m.group()) else ""
        if role == "author" and m.start() > 0 and word in EDITOR_WORDS:
            kind = "editor"
        if role == "author" and m.start() > 0 and word in TRANSLATOR_WORDS:
            kind = "translator"
        if role == "editor" and m.start() == 0 and word in TRANSLATOR_WORDS - EDITOR_WORDS \
                and not re.match(r"\W*\w+\.?\s+(?:and|und|e|et|&)\s", m.group()):
            kind = "translator"                          # `trans. Anne C. Hollis` read as an editor's run
        stripped = (stripped[:m.start()] + stripped[m.end():]).strip()
    stripped = stripped.strip(" ,;:()")
    if ")" in stripped and "(" not in stripped:
        stripped = re.sub(r"\)\W*$", "", stripped)      # `(ed. Shackleton Bailey).`: the bracket closing the role
    return kind, stripped


def _first(reading: Reading, name: str, value: str) -> bool:
    """Keep `value` as field `name` unless it is set: then a different value goes to the note."""
    if not value:
        return False
    if name in reading.work:
        if value != reading.work[name]:
            reading.notes.append(value)
        return False
    reading.work[name] = value
    return True


DIRECTED_BY = re.compile(r",\s*(?:directed by|dir\.|réalisé par|regia di|Regie:?|dirigida por)\s+(?P<names>[^,;()]+)$")


FIRST_PRINTED = re.compile(r"\s*[\[(](1[4-9]\d\d|20[0-2]\d)[\])]$")
"""`(1791)`, `[1849]` closing a title: the year the work first appeared, before the edition cited
(not after a number: `resolution 1874 (2009)`)."""


def _title(reading: Reading, text: str) -> None:
    """`"Rice and Rails,"` -> title; a second title goes to the note; `The Last
    Harbour, directed by Iris Mahler` -> title and director."""
    directed = DIRECTED_BY.search(clean_value(text))
    if directed:
        names, _ = parse_names(directed.group("names"))
        if names:
            reading.work.setdefault("director", names)
            text = clean_value(text)[:directed.start()]
    value, original, translation = split_title_value(text)
    first_printed = FIRST_PRINTED.search(value)
    if first_printed and first_printed.start() > 0 and not value[:first_printed.start()].rstrip()[-1:].isdigit():   # `Vorlesungen über die Sittenlehre (1791)`, `Hester Vane [1849]`
        value = clean_value(value[:first_printed.start()])
        reading.work.setdefault("original-date", {"date-parts": [[int(first_printed.group(1))]]})
    if not _first(reading, "title", value):
        return
    reading.title_quoted = text.lstrip()[:1] in "\"“«„‘'"
    if original:
        reading.work["original-title"] = original
    if translation:
        reading.notes.append(f"Translated title: {translation}.")


TRANSLATION_AFTER = re.compile(r"\s*\[([^\[\]]{3,})\]\s*$")
"""`Zai lishi juren shenbian [Beside historical giants]`: a translation in brackets closing a title."""


def split_title_value(text: str) -> tuple[str, str | None, str | None]:
    """A title, its original-script form, a translation printed in brackets.

    >>> split_title_value('"Zai lishi juren shenbian [Beside historical giants],"')
    ('Zai lishi juren shenbian', None, 'Beside historical giants')
    """
    value = clean_value(text)
    translation = None
    m = TRANSLATION_AFTER.search(value)
    if m and not re.match(r"^(?:sic|\?|\d+)$", m.group(1)):
        translation, value = m.group(1).strip(), clean_value(value[:m.start()])
    value, original = split_original(value)
    return value, original, translation


EXCERPT = re.compile(r"^\W*(?:excerpt(?:ed)? (?:from|of)|reprinted in|repr\.\s*in|rpt\.\s*in)\b", re.I)


def _container(reading: Reading, text: str) -> None:
    if EXCERPT.match(text):
        reading.excerpt = True
    value, original = split_original(clean_container(text))
    translation = TRANSLATION_AFTER.search(value)
    if translation and not re.match(r"^(?:sic|\?|\d+)$", translation.group(1)) and translation.start() > 0:
        value = clean_value(value[:translation.start()])      # `*Kang wenji* [Collected works of Kang]`
    if not _first(reading, "container-title", value):
        return
    if original:
        reading.notes.append(f"Container title in original language: {original}.")
    if translation and translation.start() > 0:
        reading.notes.append(f"Translated container title: {translation.group(1).strip()}.")


def _simple(name: str, clean: Callable[[str], str] = clean_value) -> Callable[[Reading, str], None]:
    """A reader that keeps the first cleaned value of a segment as `name`."""
    def read(reading: Reading, text: str) -> None:
        _first(reading, name, clean(text))
    return read


def _signature(reading: Reading, text: str) -> None:
    """`f. 07, op. 22, d. 220` -> archive_location; a second part after a date or a
    heading (`AGI, Lima 1054, carta ..., 12 de abril de 1598, f. 3v`) continues it,
    unless a second repository came between (`Housed at X, Box 5` stays with X in the note)."""
    value = clean_value(text)
    if value.count('"') % 2 or value.count("“") > value.count("”"):
        value += '"' if value.count('"') % 2 else "”"     # `fasc. "Rossi Mario"`: the quote closing the unit's name
    current = reading.work.get("archive_location")
    if value and current and reading.second_repository:
        reading.notes.append(value)          # the second repository's box (`Housed at X, Box 5`): its note's
    elif value:
        reading.work["archive_location"] = f"{current}, {value}" if current else value


TRAILING_YEAR = re.compile(r"^(?P<place>.+?)[\s,]+(?P<tail>(?:[IVXLC]+|[1Il]\d{3}(?:\s*[-–]\s*\d*)?)\.?)$")


def _place(reading: Reading, text: str) -> None:
    """`(Leiden:` -> publisher-place; a year or volume glued to it (`Roma 1960`,
    `Venezia XVIII`) and a publisher after a comma (`Milano, Rizzoli`) are read apart."""
    value = re.sub(r"^\(|\)$", "", text.strip(" ,.:;"))
    tail = TRAILING_YEAR.match(value)
    if tail and not (tail.group("tail").isalpha() and re.search(r",\s*[A-Z]{2}$", value)):   # `Evanston, IL`
        value = tail.group("place")
        rest = tail.group("tail")
        (_date if re.match(r"\d", rest) else _volume)(reading, rest)
    head, comma, after = value.partition(", ")
    if comma and after and (not place_like(after) or _a_publisher_s_initials(after)):   # `Lyon, PUL`, `Rennes, PUR`
        value = head
        _simple("publisher")(reading, after)
    last = re.search(r"(?:^|[\s.])([A-Za-z]+)\.$", text.strip(" ,:;)"))     # `Frankfurt a. M.`, `N.J.`, `Mass.`
    abbreviated = last and (len(last.group(1)) == 1 or last.group(1).lower() in STATE_ABBREVIATIONS
                            or re.search(r"\b[a-z]{1,2}\.\s+[A-Z][a-z]{0,3}\.$", text.strip(" ,:;)")))   # `Freiburg i. Br.`
    _simple("publisher-place")(reading, value + "." if abbreviated and not value.endswith(".") else value)


def _a_publisher_s_initials(text: str) -> bool:
    """`PUL`, `PUF`, `CNRS`: three or more capitals after a town, a publisher's initials (a state's
    abbreviation has two: `Cambridge, MA`; `NSW` and `ACT` are Australia's)."""
    return bool(re.fullmatch(r"[A-Z]{3,6}", text.strip())) and text.strip() not in {"NSW", "ACT", "USA", "RSA"}


REPRINT_OF = re.compile(r"\s*\(?\s*(1[4-9]\d\d|20[0-2]\d)\s*;\s*(?i:repr|reprint|reprinted|rpt|reimpr|réimpr|nachdr|rist|"
                        r"ristampa|reed)\.?,?\s*")


def _date(reading: Reading, text: str) -> None:
    """`(1968)`, `March 27, 1965`, `29 luglio 1360`, `Spring 2002` -> issued."""
    reprint = REPRINT_OF.fullmatch(text)
    if reprint:                                          # `(1792; repr., La Paz: ..., 1978)`: first printed 1792
        reading.work.setdefault("original-date", {"date-parts": [[int(reprint.group(1))]]})
        return
    found = find_date(text)
    if not found:
        if re.search(r"\b(?:n\.\s?d|s\.\s?d|o\.\s?J)\b", text, re.I):
            return                                       # no date printed
        reading.notes.append(clean_value(text))
        return
    if "issued" in reading.work:
        bracketed = re.fullmatch(r"\s*\[(1[4-9]\d\d|20[0-2]\d)\][.,]?\s*", text)
        if bracketed and "original-date" not in reading.work:
            reading.work["original-date"] = found[0]          # `Tübingen 1980 [1922]`: first published 1922
        elif found[0] != reading.work["issued"]:
            reading.notes.append(clean_value(text))
        return
    reading.work["issued"] = found[0]
    reading.date_text = text
    start, end = found[1]
    rest = clean_value(text[:start] + " " + text[end:])
    first = re.fullmatch(r"\W*\[(1[4-9]\d\d|20[0-2]\d)\]\W*", text[:start] + " " + text[end:])
    if first:                                            # `Tübingen 1980 [1922]`: first published in 1922
        reading.work.setdefault("original-date", {"date-parts": [[int(first.group(1))]]})
        return
    if re.search(r"[^\W\d_]{3,}|[A-Z]{2,}", rest) and not re.fullmatch(r"\(?(?:ca|circa|c|vom|dated|datiert)\.?\)?", rest, re.I):
        reading.notes.append(rest)                       # `March 12, 1965, FRUS, 1964-1968`: FRUS kept


def _volume(reading: Reading, text: str) -> None:
    """`vol. 37, no. 2`, `43(1)`, `XXI`, `t. X` -> volume (and issue); words
    that are neither stay in the note."""
    year = YEAR_IN_PARENTHESES.search(text)
    if year:                                             # `18, no. 2 (2005–6):` read as one volume run
        text = text[:year.start()]
        _date(reading, year.group(1))
    found = volume_issue(text)
    for key, value in found.items():
        reading.work.setdefault(key, value)
    if not found and clean_value(text):
        reading.notes.append(clean_value(text))


YEAR_IN_PARENTHESES = re.compile(r"\s*\(((?:1[5-9]\d\d|20[0-3]\d)(?:\s*[-–/]\s*\d{1,4})?)\)[\s:,.]*$")
"""`(2005–6)` closing a volume and issue: the issue's year, not its number."""


EXTENT_THEN_PINPOINT = re.compile(
    rf"^(?P<extent>.*?\d+\s*[-–—]\s*\d+)\s*(?::\s*|,\s*(?:{PINPOINT_LEAD_WORDS})\s*)"
    r"(?P<pinpoint>(?:pp?\.|S\.|c\.)?\s*\d[\w\s\-–—]*\.?)$", re.I)
"""`pp. 5-40, in part. p. 17`, `pp. 311-352: 330`, `S. 201–219, hier S. 205`: the extent, then the pinpoint."""
PINPOINT_LEAD = re.compile(rf",\s*(?:{PINPOINT_LEAD_WORDS})\s*(?:pp?\.|S\.)?$", re.I)
"""`pp. 9-38, in part. p.`: the words that lead into a pinpoint printed after the extent."""


SERIES_NUMBER = re.compile(r"^\(\s*[«\"“]?(?P<series>[^()]*?[^\W\d_][^()«»\"“”]*?)[»\"”]?,?\s*(?:no\.?|n\.|nr\.?|vol\.?|#)?\s*"
                           r"(?P<number>\d+)\s*\)[.,]?$", re.I)


SERIES_WORD = re.compile(r"^(?:" + "|".join(sorted(SERIES_WORDS, key=len, reverse=True)) + r")\.?\s+(?=[«\"“„])", re.I)
"""`coll. « Histoire et civilisations »`: the word before a series' quoted name (not `Collection des Universités`)."""


def _collection(reading: Reading, text: str) -> None:
    """`Studies in Maritime History 4` -> collection-title (a number printed with
    the series' name stays in it here; `types.settle` sets it apart as the
    collection-number, but in a report's series: `NKIDP e-Dossier 2`); `(Fonti per la
    storia di Venezia, 12)`, the series in parentheses after the imprint ->
    collection-title and collection-number."""
    text = SERIES_WORD.sub("", text.strip())                # `coll. « Histoire et civilisations »`
    value = re.sub(r"\s*(?:#|No\.?|no\.?|Nr\.?)$", "", clean_value(text))    # `E-DOSSIER #` before its number
    numbered = SERIES_NUMBER.match(text.strip())
    if numbered:
        value = clean_value(numbered.group("series"))
        reading.work.setdefault("collection-number", numbered.group("number"))
    if value:
        reading.work.setdefault("collection-title", value)


def _pages(reading: Reading, text: str) -> None:
    """`pp. 58-67` -> page (the extent of an article or chapter); a pinpoint
    written after the extent (`pp. 5-40, in part. p. 17`) is the locator."""
    both = EXTENT_THEN_PINPOINT.match(text.strip())
    if both and "page" not in reading.work:
        _pages(reading, both.group("extent"))
        _locator(reading, both.group("pinpoint"))
        return
    value = page_range(PINPOINT_LEAD.sub("", text.strip()))
    if value and "page" not in reading.work:
        reading.work["page"] = value
        reading.page_labelled = bool(re.match(r"\W*(?:pp?|S|Sp|cols?|pages?|pagg?)\b", text.strip(), re.I))
    elif value:
        _locator(reading, text)


def _locator(reading: Reading, text: str) -> None:
    """`12`, `p. 14`, `S. 3`, `f. 3r`, `c. 5v` -> the citation's pinpoint and its label."""
    value, label = locator_value(text)
    if value and reading.locator is None:
        reading.locator, reading.label = value, label


def _edition(reading: Reading, text: str) -> None:
    value = edition_number(text)
    if value:
        reading.work.setdefault("edition", value)


ARCHIVE_LEAD = re.compile(r"^(?:(?:electronically\s+)?(?:housed|held|kept|preserved|deposited)\s+(?:at|in)|"
                          r"in the|at the|available at)\s+", re.I)


HOUSED = re.compile(r"[.,;]?\s*(?:electronically\s+)?(?:housed|held|kept|preserved)\s+(?:at|in)\s+(?P<where>.+)$", re.I)


def _archive(reading: Reading, text: str) -> None:
    """`State Central Archive, Prague` -> archive and archive-place; `Electronically housed
    at X, Gwacheon` names the archive and its place when no other archive was printed."""
    reading.second_repository = "archive_location" in reading.work and (   # a second repository after the signature
        "archive" in reading.work or bool(HOUSED.search(text)) or bool(ARCHIVE_LEAD.match(text.strip())))
    housed = HOUSED.search(text)
    if housed and housed.start() > 0:                   # `Ministry of Foreign Affairs. Housed at X`
        reading.notes.append(f"Housed at {clean_value(housed.group('where'))}.")
        text = text[:housed.start()]
    elif housed:
        where = clean_value(housed.group("where"))
        name, _, place = where.partition(", ")
        text = name
        if place and "archive" not in reading.work:
            reading.work.setdefault("archive-place", place)
    value = clean_value(ARCHIVE_LEAD.sub("", text.strip()))
    name, place = archive_and_place(value)
    if _first(reading, "archive", name) and place:
        reading.work.setdefault("archive-place", place)


def _accessed(reading: Reading, text: str) -> None:
    found = find_date(text)
    if found:
        reading.work.setdefault("accessed", found[0])


def _url(reading: Reading, text: str) -> None:
    url = unwrap_url(text)
    if not url:
        return
    if "URL" in reading.work:
        reading.notes.append(f"Also at {url}.")
    else:
        reading.work["URL"] = url
    doi = DOI_URL.match(url)
    if doi:
        reading.work.setdefault("DOI", doi.group(1))           # `https://doi.org/10.5555/x`: the DOI it resolves


DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\d{4,}/\S+?)[.,]?$", re.I)


def _identifier(reading: Reading, text: str) -> None:
    """`doi:10.1000/port` -> DOI; `ISBN 978-...` -> ISBN."""
    doi = re.search(r"10\.\d{4,}/\S+", text)
    if doi:
        reading.work.setdefault("DOI", doi.group().rstrip(".,;)"))
        return
    isbn = re.search(r"[\dX][\dX -]{8,}[\dX]", text)
    if isbn:
        reading.work.setdefault("ISBN", isbn.group())


def _language(reading: Reading, text: str) -> None:
    """`(Korean)`, `(in Russian)` -> language."""
    words = re.findall(r"[^\W\d_]+", text)
    for word in words:
        code = lexicon().language(word)
        if code:
            reading.work.setdefault("language", code)
            return
    reading.notes.append(clean_value(text))


def _prefix(reading: Reading, text: str) -> None:
    reading.prefix = clean_value(text) or None


def _ibid(reading: Reading, text: str) -> None:
    reading.form = "ibid"


def _short(reading: Reading, text: str) -> None:
    if reading.form != "ibid":
        reading.form = "short"


def _note(reading: Reading, text: str) -> None:
    value = clean_value(text)
    if value:
        reading.notes.append(value)


def _ignore(reading: Reading, text: str) -> None:
    """A reference-list number (`[12]`) is no part of the work."""


READERS: dict[str, Callable[[Reading, str], None]] = {
    "author": _names("author"),                       # Ann Smith, | "Rice and Rails,"
    "editor": _names("editor"),                       # ed. Ann Smith | a cura di A. Bettagno
    "translator": _names("translator"),               # trans. Karl Weber
    "recipient": _names("recipient"),                 # (Ann Smith) to John Jones
    "title": _title,                                  # "Rice and Rails,"
    "container": _container,                          # *Journal of Asian History* | in «Archivio Veneto»
    "collection": _collection,                        # Studies in Maritime History | (Fonti per la storia, 12)
    "edition": _edition,                              # 2nd ed. | 2. Aufl.
    "volume": _volume,                                # 43, no. 1 | vol. 37, no. 2 | XXI
    "place": _place,                                  # (Leiden:
    "publisher": _simple("publisher"),                # Brill,
    "date": _date,                                    # (1999) | March 27, 1965
    "pages": _pages,                                  # pp. 58-67
    "locator": _locator,                              # 12 | p. 14 | f. 3r
    "archive": _archive,                              # AVPRF | State Central Archive, Prague
    "shelfmark": _signature,                          # f. 07, op. 22, d. 220 | Box 3, Folder 12
    "genre": _genre,                                  # Telegram | interview by author | PhD diss.
    "url": _url,                                      # <https://example.org/rice>
    "accessed": _accessed,                            # (accessed March 3, 2024)
    "identifier": _identifier,                        # doi:10.1000/port
    "language": _language,                            # (Korean)
    "prefix": _prefix,                                # See also | Cf. | Vgl.
    "ibid": _ibid,                                    # Ibid. | Ebd. | Ivi
    "short": _short,                                  # op. cit. | cit.
    "citation-number": _ignore,                       # [12]
    "note": _note,                                    # who first made this point
}
