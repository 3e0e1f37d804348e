"""Stage 3, parse: one citation string -> a Citation carrying its CSL work.

tokens (`tokens`) -> features (`features`) -> labels (the CRF, `crf`) ->
field values (`fields`) -> type (`types`); `citation` ties them together.
"""
from .citation import parse_citation

__all__ = ["parse_citation"]
