"""Field values: a labelled segment's text -> the CSL value.

Each function takes the text of one segment as printed and returns the
value without its labels and wrapping punctuation:
`vol. 37, no. 2` -> volume 37, issue 2; `pp. 58-67` -> `58-67`;
`f. 3r` -> `3r`, folio; `2nd ed.` -> `2`; `<https://...>` -> the URL.
"""
from __future__ import annotations

import re

from ..data.citewords import COMMAND_SERIES, ISSUE_WORDS
from ..data.citewords import PINPOINT_LEAD as PINPOINT_LEAD_WORDS
from ..scan import clean_value as _clean_value

OPEN_CLOSE = {"«": "»", "“": "”", "„": "“", '"': '"', "‘": "’", "(": ")", "[": "]", "<": ">"}
CONTAINER_LEAD = re.compile(r"^(?:(?:excerpt(?:ed)? (?:from|of)|[Rr]eprinted in|[Rr]epr\.\s*in|[Rr]pt\.\s*in|printed in|"
                            r"published in|abgedruckt in|wiederabgedruckt in|ristampato in|rist\.\s*in|"
                            r"in|In|IN|dans|en|im|nel|nella|in:|In:)\s*:?\s+(?=\S)|^(?:in|In|w|W|v|V|u|U|em|Em|i|I):\s*)+")
"""`in`, `In:`, `dans`, `rpt. in`, and with a colon the Polish `w:`, Czech `v:`, Portuguese `em:`: the
words that open a container."""

LOCATOR_LABELS = [
    (re.compile(r"^sigs?\.?\s*(?=[A-Za-z]{1,3}\d)"), "folio"),    # `sig. B2r`, `sigs C1r–C2v`: a printed book's leaves
    (re.compile(r"^(?:pl|pls|plates?|Taf)\.?\s*(?=[\dIVXLC])"), "plate"),      # before `p.`: `pl. XIV` is no page
    (re.compile(r"^(?:pp?|pag|pagg|pages?|S|s|Seiten?|с|С|стр|Стр|blz|lch|σ|σσ)\.?\s*(?=[\dIVXLCDMivxlcdm])"), "page"),
    (re.compile(r"^(?:ff?|fol|fols|fos?|folios?|ll?|listy?|cc?|carte?|cart|Bl|Bll)\.?\s*(?=\d)", re.I), "folio"),
    (re.compile(r"^(?:fig|figs|figures?|Abb)\.?\s*(?=\d)"), "figure"),
    (re.compile(r"^(?:col|cols|coll|Sp)\.?\s*(?=\d)"), "column"),
    (re.compile(r"^(?:nn?|note|Anm|Fn)\.?\s*(?=\d)"), "note"),
    (re.compile(r"^(?:chap|ch|cap|capp|Kap)\.?\s*(?=\d|[IVXLC]+\b)", re.I), "chapter"),
    (re.compile(r"^(?:(?:cat|kat)\.?\s*(?:no|nr)?|doc|no|nos|nr|n°|qq?|lots?|mm|bars?)\.?\s*(?=\d)", re.I),
     "number"),                                  # `q. 1184`, `cat. no. 23`, `lot 34`, `mm. 33–40` (bars)
    (re.compile(r"^T\.\s*(?=\d)"), "number"),     # German `T. 12` (Takt, a bar); a lower-case `t. 2` is a tome
    (re.compile(r"^(?:paras?|par|¶|Abs|Rn)\.?\s*(?=\d)"), "paragraph"),
    (re.compile(r"^(?:tab|tabs|table|Tabelle)\.?\s*(?=\d)", re.I), "table"),
    (re.compile(r"^(?:vol|voll|t|Bd)\.?\s*(?=[\dIVXLCDM])", re.I), "volume"),
    (re.compile(r"^(?:secs?|sect|§§?)\.?\s*(?=\d)", re.I), "section"),
]
_TIME = r"\d{1,2}:\d\d(?::\d\d)?"
TIMESTAMP = re.compile(rf"(?:at\s+)?({_TIME}\s*[-–]\s*{_TIME}|\d{{1,2}}:\d\d:\d\d)\.?|at\s+({_TIME})\.?")
"""`at 12:40`, `12:40–14:05`, `1:02:33`: a time in a recording (a bare `2:45` is volume and page)."""
NUMBER = r"(?:\d+[a-z]?|[IVXLCDM]+|[ivxlcdm]+)"
VOLUME_LABEL = re.compile(r"\b(?:vol|vols|voll|voi|volume|t|tome|tomo|bd|band|jg|jahrgang|anno|a|s|ser|serie|series|"
                          r"yr|year)\.?\s*", re.I)
ISSUE = re.compile(r"(?:\b(?:" + "|".join(sorted(ISSUE_WORDS, key=len, reverse=True)) + r")|№)\.?\s*[º°]?\s*"
                   r"(\d+[a-z]?(?:\s*[-/–]\s*\d+)?|[IVXLCDM]+)\b", re.I)


def clean_value(text: str) -> str:
    """Strip emphasis, wrapping quotes and brackets, and trailing punctuation.

    >>> clean_value('“Rice and Rails,”'), clean_value('(Leiden:'), clean_value('«Archivio Veneto»,')
    ('Rice and Rails', 'Leiden', 'Archivio Veneto')
    """
    value = _unwrap(_clean_value(text))
    return _clean_value(value)


def _unwrap(value: str) -> str:
    """Remove a pair of brackets or quotes that wraps the whole value, or a lone one at an edge."""
    previous = None
    while value != previous:
        previous = value
        value = value.strip(" ,;:")
        if len(value) >= 2 and value[0] in OPEN_CLOSE and value[-1] == OPEN_CLOSE[value[0]] \
                and value[0] not in value[1:-1] and OPEN_CLOSE[value[0]] not in value[1:-1]:
            value = value[1:-1].strip()
        elif _in_single_quotes(value):
            value = value[1:-1].strip()
        elif value[:1] in OPEN_CLOSE and OPEN_CLOSE[value[0]] not in value[1:]:
            value = value[1:].strip()
        elif value[-1:] in OPEN_CLOSE.values() and not any(o in value[:-1] for o, c in OPEN_CLOSE.items()
                                                           if c == value[-1]):
            value = value[:-1].strip()
        elif value and value[-1] in "([" and OPEN_CLOSE[value[-1]] not in value:
            value = value[:-1].strip()                   # `Times (`: the bracket opens the next field
    return value


def _in_single_quotes(value: str) -> bool:
    """`'Mills and Men'`, `'Mao's Men'`: straight single quotes around the whole value
    (an apostrophe inside a word may stand between them)."""
    if len(value) < 3 or value[0] != "'" or value[-1] != "'":
        return False
    return all(0 < k < len(value) - 1 and value[k - 1].isalnum() and value[k + 1].isalnum()
               for k in range(1, len(value) - 1) if value[k] == "'")


def clean_container(text: str) -> str:
    """`in «Archivio Veneto»,` -> `Archivio Veneto`; `In: Zeitschrift für Soziologie` -> ..."""
    return clean_value(CONTAINER_LEAD.sub("", text.strip()))


def page_range(text: str) -> str:
    """`pp. 58-67.` -> `58-67`; `S. 45–67` -> `45–67`."""
    value, _ = locator_value(text)
    return value or ""


PINPOINT_LEAD = re.compile(rf"^(?:(?:{PINPOINT_LEAD_WORDS}):?|,)\s*", re.I)
"""The words that lead into a pinpoint: `hier S. 90`, `in part. p. 21`, `esp. 40`."""


def locator_value(text: str) -> tuple[str | None, str | None]:
    """A pinpoint without its label, and the CSL locator label.

    >>> locator_value("p. 14."), locator_value("f. 3r"), locator_value("S. 45 f."), locator_value("hier S. 90")
    (('14', 'page'), ('3r', 'folio'), ('45 f.', 'page'), ('90', 'page'))
    >>> locator_value("(pp. 464-488)."), locator_value("229-254)."), locator_value("sig. B2r")
    (('464-488', 'page'), ('229-254', 'page'), ('B2r', 'folio'))
    >>> locator_value("fos 52–53"), locator_value("blz. 143"), locator_value("qq. 2140–2145"), locator_value("pl. XIV")
    (('52–53', 'folio'), ('143', 'page'), ('2140–2145', 'number'), ('XIV', 'plate'))
    >>> locator_value("p. 33 sgg."), locator_value("S. 45 ff."), locator_value("in part. p. 21.")
    (('33 sgg.', 'page'), ('45 ff.', 'page'), ('21', 'page'))
    >>> locator_value("с. 98, с.481"), locator_value("pp. 4, 9"), locator_value("fol. 3, 5v")
    (('98, 481', 'page'), ('4, 9', 'page'), ('3, 5v', 'folio'))
    """
    value = _unwrap(re.sub(r"(?<=[)\]])\.$", "", text.strip().strip(",;:")))     # `(pp. 464-488).`
    timed = TIMESTAMP.fullmatch(value)
    if timed:                                         # `at 12:40`, `12:40–14:05` on a recording
        return timed.group(1) or timed.group(2), "timestamp"
    value = PINPOINT_LEAD.sub("", value).strip()      # `hier S. 90`, `in part. p. 21`
    label = "page"
    for pattern, name in LOCATOR_LABELS:
        m = pattern.match(value)
        if m:
            value, label = value[m.end():], name
            value = ", ".join(pattern.sub("", part, count=1) for part in value.split(", "))   # `с. 98, с.481`
            break
    value = value.strip().rstrip(",;:")
    if value.endswith(".") and not re.search(r"\b(?:ff?|sq|sqq|seq|seqq|sgg|segg|ss)\.$", value):   # `33 sgg.`
        value = value[:-1]
    value = re.sub(r"\s*([-–—])\s*", r"\1", value)
    return (value or None), (label if value else None)


DOCUMENT = re.compile(r"[,;]?\s*\b(?:doc(?:ument)?s?|Dok(?:ument)?)\.?\s*(?:no\.?\s*)?(\d+[a-z]?)\s*$", re.I)
PART = re.compile(r",?\s*\b(?:pt|part|Teil|Tl)\.?\s*(\d+)\b", re.I)


VOLUME_COUNT = re.compile(r"(\d+|[IVXL]+)\s*(?:vols|volumes|voll|Bde|Bände|tomes|tomi|tomos|t)\.?", re.I)


COMMAND_PAPER = re.compile(r"\[?\b((?:" + "|".join(sorted(COMMAND_SERIES, key=len, reverse=True)) + r")\.\s?\d+)\]?")
"""`Cd. 6418`, `[Cmd. 4102]`, `Cmnd. 3703`: the number of a British command paper (Parliamentary Papers)."""
DIMENSIONS = re.compile(r"\d+(?:[.,]\d+)?\s*[×x]\s*\d+(?:[.,]\d+)?(?:\s*[×x]\s*\d+(?:[.,]\d+)?)?\s*(?:cm|mm|in\.?)")
"""`61 × 97 cm`, `24 x 35.5 x 3 cm`: an artwork's dimensions."""


def volume_issue(text: str) -> dict[str, str]:
    """`vol. 37, no. 2` / `43(1)` / `XXI` / `Bd. 12, H. 3` -> volume and issue.

    >>> volume_issue("vol. 37, no. 2"), volume_issue("43(1)"), volume_issue("XXI,")
    ({'volume': '37', 'issue': '2'}, {'volume': '43', 'issue': '1'}, {'volume': 'XXI'})
    >>> volume_issue("vol. 29, pt. 1, doc. 45")
    {'volume': '29, pt. 1', 'number': '45'}
    >>> volume_issue("[Cmd. 4102], IX")
    {'volume': 'IX', 'number': 'Cmd. 4102'}
    >>> volume_issue("3 vols."), volume_issue("2 Bde.")
    ({'number-of-volumes': '3'}, {'number-of-volumes': '2'})
    """
    value = _unwrap(text.strip()).strip(" ,.;:")
    how_many = VOLUME_COUNT.fullmatch(value)
    if how_many:                                        # `3 vols.`: how many volumes the work has, not which
        return {"number-of-volumes": how_many.group(1)}
    out: dict[str, str] = {}
    command = COMMAND_PAPER.search(value)
    if command:                                         # `[Cmd. 4102], IX`: a command paper's number, the volume
        out["number"], value = re.sub(r"\.\s*", ". ", command.group(1)), value[:command.start()] + value[command.end():]
    document = DOCUMENT.search(value)
    if document:                                        # `vol. 29, pt. 1, doc. 45`: the document's number
        out["number"], value = document.group(1), value[:document.start()]
    part = PART.search(value)
    paren = re.search(rf"({NUMBER})\s*\(\s*(\d+[a-z]?(?:\s*[-/–]\s*\d+)?)\s*\)", value)
    if paren:
        return {"volume": paren.group(1), "issue": re.sub(r"\s+", "", paren.group(2))}
    issue = ISSUE.search(value)
    if issue:
        out["issue"] = re.sub(r"\s+", "", issue.group(1))
        value = value[:issue.start()] + " " + value[issue.end():]
    value = VOLUME_LABEL.sub(" ", value)
    volume = re.search(rf"(?<![\w]){NUMBER}(?![\w])", value)
    if volume:
        out["volume"] = volume.group()
        rest = value[volume.end():]
        dotted = re.match(r"\s*[.,/]\s*(\d+)\b", rest)
        if "issue" not in out and dotted and not re.search(r"\d{4}", rest[:8]):
            out["issue"] = dotted.group(1)              # `37.2`, `36, 3`
    if part and "volume" in out:                        # `vol. 29, pt. 1` -> `29, pt. 1`
        out["volume"] = f"{out['volume']}, pt. {part.group(1)}"
    return {k: out[k] for k in ("volume", "issue", "number") if k in out}


def edition_number(text: str) -> str:
    """`2nd ed.` -> `2`; `2. Aufl.` -> `2`; `26.ª ed.` -> `26`; `rev. ed.` -> `rev. ed`."""
    m = re.search(r"\b(\d+)\s*(?:st|nd|rd|th|d|a|e|\.?ª|\.?º|°|\.)?\s", text + " ")
    if m:
        return m.group(1)
    return clean_value(text)


def unwrap_url(text: str) -> str:
    """`<<https://example.org/a>>` -> the URL as printed."""
    m = re.search(r"(?:https?://|www\.)[^\s<>]+", text)
    if not m:
        return clean_value(text)
    return m.group().rstrip(".,;)>")
