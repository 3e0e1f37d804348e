"""Stage 3, parse: one citation string -> a Citation carrying its CSL work.

The string is peeled in a fixed order: ibid; then what can stand anywhere
(access date, language marker, URL, translator and "obtained by", "housed
at", a film's time range); then the title (quoted, italic or plain) splits
the rest into the author part before it and the details after it. The
details give container, imprint, volume and issue, dates, pinpoint and
archive, and `classify` picks the CSL type from what was found. Nothing is
dropped: a string that yields no title keeps its raw text in `note`.
"""
from __future__ import annotations

import re

from .data.periodicals import lookup_periodical
from .classify import classify
from .model import SUBSTANTIVE_FIELDS, Citation, Work
from .normalize import fields as f
from .normalize.archives import archive_fields, has_archive
from .normalize.dates import find_date
from .normalize.languages import script_language
from .normalize.names import parse_names
from .normalize.titles import split_original
from .scan import clean_value, split_top_level, top_level_spans

IBID = re.compile(r"^\W*ibid\b\.?\**", re.I)
# `Telegram, From AmEmbassy, Moscow to SecState, Subject: North Korea, 14 November, 1967.`
HEADING = re.compile(
    r"^(Telegram|Airgram|Cable|Memorandum|Memo|Letter|Despatch|Dispatch|Savingram|Note),\s*"
    r"From\s+(.+?)\s+to\s+(.+?),\s*Subject:\s*(.+?),\s*(?=\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})")
EXCERPT = re.compile(r",?\s*excerpt (?:from|of)\s+\*([^*]+)\*")
IN_EDITORS = re.compile(r",?\s*\bin\s+(.+?),\s*eds?\.,?\s*(?=\*)")
ROLE_SUFFIX = re.compile(r",?\s*\b(eds?\.|comp\.|trans\.)\s*$")
DAY_FIRST_HOSTS = re.compile(r"\.(?:vn|fr|de|uk|ru|it|es)(?:/|$)")


def parse_citation(raw: str, prefix: str | None = None) -> Citation:
    """Parse one citation string into a Citation with its CSL-JSON work.

    >>> c = parse_citation("Ann Smith, *A History of the Port* (Leiden: Brill, 1999), 12.")
    >>> c.work['type'], c.work['author'], c.work['publisher-place'], c.locator
    ('book', [{'family': 'Smith', 'given': 'Ann'}], 'Leiden', '12')
    """
    cit = Citation(raw=raw.strip(), prefix=prefix)
    ibid = IBID.match(cit.raw)
    if ibid:
        cit.form = "ibid"
        cit.locator, _, _ = f.take_locator(", " + cit.raw[ibid.end():].strip(" ,."))
        cit.label = "page" if cit.locator else None
        return cit
    work, text = _peel(cit)
    if HEADING.match(text):
        _parse_heading(text, work)
    else:
        author, title, kind, after = split_title(text)
        _parse_parts(cit, work, author, title, kind, after)
    cit.work = _finish(work, cit)
    return cit


def _peel(cit: Citation) -> tuple[Work, str]:
    """Take off what may stand anywhere in the citation."""
    work: Work = {}
    text = cit.raw
    accessed, text = f.take_accessed(text)
    language, text = f.take_languages(text)
    urls, text = f.take_urls(text)
    roles, text = f.take_roles(text)
    housed, text = f.take_housed(text)
    timestamp, text = f.take_timestamp(text)
    if accessed:
        work["accessed"] = accessed
    if language:
        work["language"] = language
    if urls:
        work["URL"] = urls[0]
        if len(urls) > 1:
            work.setdefault("_notes", []).append("Also at " + ", ".join(urls[1:]) + ".")
    if roles.get("translator"):
        work["translator"] = roles["translator"]
    if roles.get("editor"):
        work["editor"] = roles["editor"]
    for who in roles.get("obtained", []):
        work.setdefault("_notes", []).append(f"Obtained by {who}.")
    if housed:
        work["_housed"] = housed
    if timestamp:
        cit.locator, cit.label = timestamp, "timestamp"
    return work, text.strip(" .,;")


def split_title(text: str) -> tuple[str, str, str, str]:
    """Split a citation at its title: (author part, title, kind, details after).

    kind is `quoted`, `italic`, `plain` or `none`.

    >>> split_title('Ann Smith, "Rice and Rails," *Journal of Asian History* vol. 3')
    ('Ann Smith', 'Rice and Rails,', 'quoted', '*Journal of Asian History* vol. 3')
    """
    quoted = _first_quoted(text)
    italic = re.search(r"\*([^*]+)\*", text)
    if quoted and (not italic or quoted[0] < italic.start()):
        start, end = quoted
        return text[:start].strip(" ,"), text[start + 1:end - 1], "quoted", text[end:].strip(" ,")
    stray = re.search(r"[,.][\"\u201d]", text)
    if stray and text.count('"') % 2 == 1 and (not italic or stray.start() < italic.start()):
        return "", text[:stray.start()], "quoted", text[stray.end():].strip(" ,")  # lost opening quote
    if italic:
        return text[:italic.start()].strip(" ,"), italic.group(1), "italic", text[italic.end():].strip(" ,")
    parts = split_top_level(text, ",")
    if len(parts) >= 2 and _name_like(parts[0]):
        title = parts[1]
        return parts[0], title, "plain", ", ".join(parts[2:])
    return "", "", "none", text


def _first_quoted(text: str) -> tuple[int, int] | None:
    """Span of the first top-level double-quoted group, quotes included."""
    spans = [s for opener in ('"', "\u201c") for s in top_level_spans(text, opener)]
    return min(spans) if spans else None


def _name_like(text: str) -> bool:
    """True when a leading segment can be an author (`Trần Văn Minh`)."""
    return bool(text) and len(text.split()) <= 8 and not re.search(r"\d", text) and lookup_periodical(text) is None


def _parse_heading(text: str, work: Work) -> None:
    """`Telegram, From X to Y, Subject: Z, DATE. Folder ... NARA II` -> manuscript."""
    m = HEADING.match(text)
    work.update({"type": "manuscript", "genre": m.group(1),
                 "title": clean_value(text[:m.end()]),
                 "author": [{"literal": clean_value(m.group(2))}],
                 "recipient": [{"literal": clean_value(m.group(3))}]})
    rest = text[m.end():]
    found = find_date(rest)
    if found:
        work["issued"] = found[0]
        rest = rest[found[1][1]:]
    work.update(archive_fields(rest.strip(" .,"), work.pop("_housed", None)))


def _parse_parts(cit: Citation, work: Work, author: str, title: str, kind: str, after: str) -> None:
    """Fill `work` from the author part, the title and the details after it."""
    _set_authors(work, author)
    if kind == "none":
        _parse_untitled(cit, work, after)
        return
    title, original = split_original(title)
    work["title"] = title
    if original:
        work["original-title"] = original
    if kind != "quoted" and not original:
        original, after = _leading_original(after)
        if original:
            work["original-title"] = original
    archival = has_archive(re.sub(r"\*[^*]+\*", "", after)) or "_housed" in work
    if archival and kind == "quoted":
        _parse_archival(work, after)
        return
    after = _take_container(work, after, kind)
    _parse_details(cit, work, after, kind)


def _set_authors(work: Work, author: str) -> None:
    """Author part -> author (or editor when it ends in `ed.`), originals to the note."""
    if not author:
        return
    role = ROLE_SUFFIX.search(author)
    names, originals = parse_names(author[:role.start()] if role else author)
    if not names:
        return
    key = "editor" if role and role.group(1).startswith("ed") else "author"
    work[key] = names
    for original in originals:
        work.setdefault("_notes", []).append(f"Name in original script: {original}.")


def _leading_original(after: str) -> tuple[str | None, str]:
    """`*A Book Title* (책 제목)`: an original right after."""
    m = re.match(r"^\(([^()]*(?:\([^()]*\)[^()]*)*)\)", after)
    if m and script_language(m.group(1)) and not f.take_publication(m.group(0))[0]:
        return clean_value(m.group(1)), after[m.end():].strip(" ,")
    return None, after


def _parse_archival(work: Work, after: str) -> None:
    """A quoted record title, its date, then the archive and shelf mark."""
    work["type"] = "manuscript"
    found = find_date(after)
    if found and found[1][0] <= 2:
        work["issued"] = found[0]
        after = after[found[1][1]:]
    excerpt = EXCERPT.search(after)
    if excerpt:
        work["container-title"] = clean_value(excerpt.group(1))
        after = after[:excerpt.start()] + after[excerpt.end():]
    work.update(archive_fields(after.strip(" .,"), work.pop("_housed", None)))


def _take_container(work: Work, after: str, kind: str) -> str:
    """The italic container after a quoted title, with editors or `excerpt from`."""
    editors = IN_EDITORS.search(after)
    if editors:
        names, _ = parse_names(editors.group(1))
        work["editor"] = names
        after = after[:editors.start()] + " " + after[editors.end():]
    excerpt = EXCERPT.search(after)
    if excerpt:
        work["container-title"] = clean_value(excerpt.group(1))
        work["_excerpt"] = True
        return f.tidy(after[:excerpt.start()] + after[excerpt.end():])
    italic = re.search(r"\*([^*]+)\*", after)
    if kind == "quoted" and italic:
        container, original = split_original(italic.group(1))
        work["container-title"] = container
        if original:
            work.setdefault("_notes", []).append(f"Container title in original language: {original}.")
        after = after[:italic.start()] + " " + after[italic.end():]
    return f.tidy(after)


def _parse_details(cit: Citation, work: Work, after: str, kind: str) -> None:
    """Imprint, volume, issue, edition, dates, pinpoint and leftovers."""
    publication, after = f.take_publication(after)
    work.update(publication)
    edition, after = f.take_edition(after)
    if edition:
        work["edition"] = edition
    numbers, after = f.take_volume_issue(after)
    work.update(numbers)
    if cit.locator is None:
        locator, labelled, after = f.take_locator(after)
        _place_pages(cit, work, locator, labelled)
    found = find_date(after, day_first=_day_first(work))
    if found:
        work.setdefault("issued", found[0])
        after = after[:found[1][0]] + after[found[1][1]:]
    leftover = clean_value(re.sub(r"\(\s*\)", "", after))
    if leftover:
        work["_leftover"] = leftover
    work["_kind"] = kind


def _parse_untitled(cit: Citation, work: Work, text: str) -> None:
    """No title: a bare newspaper issue (`Dong-A Ilbo, September 18, 1967`) or raw text."""
    head = split_top_level(text, ",")[0] if text else ""
    found = find_date(text)
    if head and lookup_periodical(head) and found:
        work.update({"type": "article-newspaper", "container-title": clean_value(head), "issued": found[0]})
        return
    work["_unparsed"] = True


def _place_pages(cit: Citation, work: Work, locator: str | None, labelled: bool) -> None:
    """A range after an article's container is its extent (`page`); else a pinpoint."""
    if locator is None:
        return
    extent = "container-title" in work and re.fullmatch(r"\d+-\d+", locator)
    if extent:
        first, last = (int(x) for x in locator.split("-"))
        if labelled or last - first >= 5:
            work["page"] = locator
            return
    cit.locator, cit.label = locator, "page"


def _day_first(work: Work) -> bool:
    """Read `02/03/2019` day first on a site of a day-first locale (`.vn`)."""
    return bool(DAY_FIRST_HOSTS.search(work.get("URL", ""))) or work.get("language") in {"vi", "fr", "de", "ru"}


def _finish(work: Work, cit: Citation) -> Work:
    """Decide the type, settle series and publishers, and write the note."""
    classify(work, cit)
    notes = work.pop("_notes", [])
    out = {k: v for k, v in work.items() if not k.startswith("_") and v not in ("", [], {})}
    if (work.pop("_unparsed", False) or not any(k in out for k in SUBSTANTIVE_FIELDS)) and cit.raw not in notes:
        notes.append(cit.raw)   # nothing usable was found (`*.*.`): the raw text is kept
    if notes:
        out["note"] = " ".join(notes)
    return out
