"""The export formats: one registry, filled by the modules of this package.

Each public module of `nkcite.formats` declares `FORMATS`, a list of
`Format` records; the registry discovers the modules (helpers start with
`_`): RIS is one such module. A format renders a whole `Graph` to text,
piece by piece.

    >>> sorted(available())
    ['biblatex', 'bibtex', 'chicago', 'chicago-notes', 'csl-json', 'ris', 'zotero']
    >>> format_for(None, "refs.bib").name, format_for(None, "refs.json").name
    ('biblatex', 'csl-json')
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..errors import InputError
from ..model import Graph


@dataclass(frozen=True)
class Format:
    """One export format: its name, the file extensions it is the default
    for, a one-line description, and `pieces(graph) -> texts`, the output in
    pieces (a reference or a record at a time where the format allows), so
    a corpus is written without its whole text in memory."""

    name: str
    description: str
    pieces: Callable[[Graph], Iterable[str]]
    extensions: tuple[str, ...] = ()

    def render(self, graph: Graph) -> str:
        """The whole text."""
        return "".join(self.pieces(graph))


def _discover() -> dict[str, Format]:
    """Every `Format` declared by a module of this package, by name."""
    registry: dict[str, Format] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")):
        for fmt in importlib.import_module(f"{__name__}.{module}").FORMATS:
            registry[fmt.name] = fmt
    return dict(sorted(registry.items()))


REGISTRY: dict[str, Format] = _discover()


def available() -> list[str]:
    """The names of the registered formats, sorted."""
    return list(REGISTRY)


def format_for(name: str | None, path: str | None) -> Format:
    """The format named `name`, or else the one whose extension `path` has.

    Raises InputError (one line) for an unknown name or extension.
    """
    if name:
        if name not in REGISTRY:
            raise InputError(f"unknown format {name!r} (choose from {', '.join(REGISTRY)})")
        return REGISTRY[name]
    suffix = Path(path or "").suffix.lower()
    for fmt in REGISTRY.values():
        if suffix in fmt.extensions:
            return fmt
    shown = path if path and path != "-" else "stdout"
    raise InputError(f"{shown}: cannot tell the format from the extension {suffix or '(none)'}; use -f")


def render(graph: Graph, name: str) -> str:
    """Render `graph` in the registered format `name`."""
    return format_for(name, None).render(graph)
