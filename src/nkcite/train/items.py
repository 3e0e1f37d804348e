"""Labelled examples -> the CSL items they describe (the works synthetic notes cite).

The labelled references of AnyStyle and LinkedBooks describe tens of
thousands of real books, articles, chapters and archival records. Read with
the parser's own field readers and type rules (from their gold labels, not
from the model), they become CSL items that citation styles can render
again in footnote forms the sources never printed.
"""
from __future__ import annotations

from ..parse.fields import read_fields, segments
from ..parse.types import type_of
from .examples import Example, token_labels

KEPT = {"type", "title", "container-title", "collection-title", "author", "editor", "translator",
        "publisher", "publisher-place", "archive", "archive_location", "volume", "issue", "page",
        "edition", "issued", "URL", "genre", "number", "recipient"}


def item_from_example(example: Example, number: int) -> dict | None:
    """The CSL item a labelled reference describes, or None when it is too thin."""
    tokens, labels = token_labels(example)
    if not tokens.tokens:
        return None
    reading = read_fields(segments(tokens, labels))
    if reading.form != "full" or not reading.work.get("title") and not reading.work.get("archive"):
        return None
    reading.work["type"] = type_of(reading)
    item = {k: v for k, v in reading.work.items() if k in KEPT}
    if not (item.get("author") or item.get("editor") or item.get("container-title") or item.get("archive")):
        return None
    return {"id": f"i{number}", **item}


def items_from_examples(examples: list[Example]) -> list[dict]:
    """Every usable item of a list of labelled references."""
    out = []
    for example in examples:
        item = item_from_example(example, len(out))
        if item:
            out.append(item)
    return out
