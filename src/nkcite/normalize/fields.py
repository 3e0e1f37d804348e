"""Field extractors: each takes citation text and returns (value, text without it).

They peel off, in order, what can be recognised anywhere in a citation:
`(Accessed on March 21, 2013)`, `(Korean)`, `<URL>`, `translated by X`,
`obtained by X`, `Electronically housed at X`, volume and issue numbers, the
`(Place: Publisher, Year)` group and the pinpoint at the end.
"""
from __future__ import annotations

import re
from typing import Any

from ..scan import clean_value, top_level_spans
from .dates import parse_date
from .languages import MARKER, marker_language
from .names import parse_names

ACCESSED = re.compile(r"\(\s*(?:Accessed|accessed|Retrieved|retrieved|Last accessed)\s*(?:on\s+)?([^()]+?)\)")
URL_LEAD = r"(?:,?\s*(?:từ|accessible at|available at|available from|retrieved from|online at|URL:)\s*)?"
URL_IN_BRACKETS = re.compile(URL_LEAD + r"<+\s*((?:https?://|www\.)[^<>\s]+)\s*>+(?:\s+([\w./%?=&#~+-]*[\w/-]\.?(?:html?|php|pdf|aspx?)?)(?=\s*(?:\(|;|$|\.?$)))?", re.I)
BARE_URL = re.compile(URL_LEAD + r"((?:https?://|www\.)[^\s<>]+[^\s<>.,;)])", re.I)

ROLE = re.compile(
    r",?\s*\b(obtained and translated|obtained|translated|trans\.|edited)(?: for [A-Z]+)? by\s+"
    r"(.+?)(?=\s*\(|,|\.\s|\.?$)")
HOUSED = re.compile(r"[.,]?\s*(?:Electronically\s+)?[Hh]oused (?:at|in)\s+(.+?)\.?$")

VOLUME = re.compile(r"\b(?:Vol|vol|Volume|volume|Tap|Tập|T)\.?\s*(\d+)\b")
ISSUE = re.compile(r"\b(?:No|no|Issue|issue|Nr|nr)\.?\s*(\d+)\b|#\s?(\d+)\b")
VOLUME_ISSUE = re.compile(r"(?<![\w.])(\d{1,3})\s*\((\d{1,4})\)")           # 4(1), 5 (281)
EDITION = re.compile(r"\b(\d{4}|\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+(?:[Ee]dition|ed\.)")

PAGE_LABEL = r"(?:pp?\.|с\.|S\.|pages?)"
LOCATOR_TAIL = re.compile(
    rf"(?:^|[,\s])\s*({PAGE_LABEL}\s*\d[\dA-Za-z]*(?:\s*[-–]\s*\d+)?(?:\s*,\s*(?:{PAGE_LABEL}\s*)?\d+(?:\s*[-–]\s*\d+)?)*)\s*\.?\s*$")
BARE_LOCATOR_TAIL = re.compile(r"(?:[,)]|\*)\s*,?\s*(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*\.?\s*$")
TIMESTAMP = re.compile(r",?\s*(\d{1,2}:\d{2}(?::\d{2})?\s*(?:to|-|–)\s*\d{1,2}:\d{2}(?::\d{2})?)")


def tidy(text: str) -> str:
    """Collapse the gaps extraction leaves (`, ,`, `( )`, double spaces)."""
    text = re.sub(r"\(\s*\)", " ", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;])", r"\1", text)
    text = re.sub(r",\s*(?:,\s*)+", ", ", text)
    return text.strip()


def _take(pattern: re.Pattern, text: str):
    """(first group of the first match, text without the match), or (None, text)."""
    m = pattern.search(text)
    if not m:
        return None, text
    return m.group(1), tidy(text[:m.start()] + " " + text[m.end():])


def take_accessed(text: str) -> tuple[dict | None, str]:
    """`(Accessed on March 21, 2013)` -> the accessed date."""
    found, text = _take(ACCESSED, text)
    return (parse_date(found) if found else None), text


def take_languages(text: str) -> tuple[str | None, str]:
    """`(Korean)` markers -> the first one's BCP 47 tag; all are removed."""
    found = [marker_language(m.group(1)) for m in MARKER.finditer(text)]
    return (found[0] if found else None), tidy(MARKER.sub(" ", text))


def take_urls(text: str) -> tuple[list[str], str]:
    """`<URL>`, `<<URL>>`, `từ <URL>` and bare URLs -> the URLs as printed.

    A URL cut by a page break (`<https://.../khu-tap-the> 60-nam-o-ha-noi.html`)
    is joined again.
    """
    urls = []
    for pattern in (URL_IN_BRACKETS, BARE_URL):
        while m := pattern.search(text):
            url = m.group(1) + (m.group(2) or "" if pattern is URL_IN_BRACKETS else "")
            urls.append(url.rstrip("."))
            text = text[:m.start()] + " " + text[m.end():]
    text = re.sub(r",?\s*(?:accessible at|available at|từ)\s*(?=[.,]|$)", " ", text)
    return urls, tidy(text)


def take_roles(text: str) -> tuple[dict[str, Any], str]:
    """`translated by X`, `obtained by X`, `obtained and translated by X`.

    >>> take_roles('SAPMO, translated for NKIDP by Ann Smith, accessible at')[0]
    {'translator': [{'family': 'Smith', 'given': 'Ann'}]}
    """
    fields: dict[str, Any] = {}
    text = re.sub(r"\bobtained by (.+?) and translated by\b", r"obtained by \1, translated by", text)
    while m := ROLE.search(text):
        role, who = m.group(1), m.group(2).strip()
        names, _ = parse_names(who)
        if role.startswith("obtained"):
            fields.setdefault("obtained", []).append(who)
        if "translated" in role or role.startswith("trans"):
            fields.setdefault("translator", []).extend(names)
        if role.startswith("edited"):
            fields.setdefault("editor", []).extend(names)
        text = text[:m.start()] + text[m.end():]
    return fields, tidy(text)


def take_housed(text: str) -> tuple[str | None, str]:
    """`Electronically housed at National Institute of Korean History, Gwacheon` -> the place."""
    m = HOUSED.search(text)
    if not m:
        return None, text
    return m.group(1).strip(), tidy(text[:m.start()])


def take_timestamp(text: str) -> tuple[str | None, str]:
    """`13:57 to 15:08` (a film's time range) -> the locator."""
    return _take(TIMESTAMP, text)


def take_locator(text: str, *, bare: bool = True) -> tuple[str | None, bool, str]:
    """The pinpoint at the end: (locator, labelled with p./pp., rest).

    >>> take_locator('Routledge, 1996), 110')[:2]
    ('110', False)
    >>> take_locator('*The Short Title*, p.205')[:2]
    ('205', True)
    """
    m = LOCATOR_TAIL.search(text)
    labelled = bool(m)
    if not m and bare:
        m = BARE_LOCATOR_TAIL.search(text)
        if m and re.fullmatch(r"1[5-9]\d\d|20\d\d", m.group(1)):
            m = None
    if not m:
        return None, False, text
    value = re.sub(PAGE_LABEL + r"\s*", "", m.group(1))
    value = re.sub(r"\s*[-–]\s*", "-", value).strip()
    return value, labelled, tidy(text[:m.start(1)])


def take_volume_issue(text: str) -> tuple[dict[str, str], str]:
    """`Vol. 14, No. 1`, `vol. 37, no. 2`, `4(1)`, `E-DOSSIER #2` -> volume, issue."""
    fields: dict[str, str] = {}
    m = VOLUME.search(text)
    if m:
        fields["volume"] = m.group(1)
        text = text[:m.start()] + text[m.end():]
    m = ISSUE.search(text)
    if m:
        fields["issue"] = m.group(1) or m.group(2)
        text = text[:m.start()] + text[m.end():]
    if not fields:
        m = VOLUME_ISSUE.search(text)
        if m:
            fields = {"volume": m.group(1), "issue": m.group(2)}
            text = text[:m.start()] + text[m.end():]
    return fields, tidy(text)


def take_edition(text: str) -> tuple[str | None, str]:
    """`1967 Edition`, `2nd ed.` -> the edition."""
    found, text = _take(EDITION, text)
    return (re.sub(r"(?<=\d)(st|nd|rd|th)$", "", found) if found else None), text


def take_publication(text: str) -> tuple[dict[str, Any], str]:
    """`(Place: Publisher, Year)`, `(Publisher, Year)`, `(November 2016)` -> fields.

    >>> take_publication('*A History* (Leiden: Brill, 1999)')[0]
    {'publisher-place': 'Leiden', 'publisher': 'Brill', 'issued': {'date-parts': [[1999]]}}
    """
    for start, end in top_level_spans(text, "("):
        inner = text[start + 1:end - 1].strip()
        fields = _publication_fields(inner)
        if fields:
            return fields, tidy(text[:start] + " " + text[end:])
    return {}, text


def _publication_fields(inner: str) -> dict[str, Any]:
    """Fields of the inside of one parenthesis, or {} when it is no imprint."""
    date = parse_date(inner)
    place_pub = re.match(r"^([^:]{2,60}?):\s*(.+?)(?:,\s*([^,]*\d{4}[^,]*))?$", inner)
    if place_pub and (place_pub.group(3) or not re.search(r"\d", place_pub.group(2))):
        fields: dict[str, Any] = {"publisher-place": clean_value(place_pub.group(1)),
                                  "publisher": clean_value(place_pub.group(2))}
        if place_pub.group(3) and date:
            fields["issued"] = date
        return fields
    pub_year = re.match(r"^([^,]{3,80}),\s*([^,]*\d{4})$", inner)
    if pub_year and date and not re.search(r"\d", pub_year.group(1)):
        return {"publisher": clean_value(pub_year.group(1)), "issued": date}
    if date and re.fullmatch(r"[\w\s,/.]*\d{4}", inner) and len(inner) <= 30:
        return {"issued": date}
    return {}
