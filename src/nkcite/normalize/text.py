"""Text folded for comparison: one `fold` for resolve, dedupe, keys and the library.

    >>> fold("Nguyễn Văn Quyền, *Đảng*")
    'nguyen van quyen dang'
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Combining marks (accents) to delete after NFKD decomposition, and the
# Vietnamese `đ`, which has no decomposition.
_UNACCENT = {cp: None for cp in range(0x30000) if unicodedata.combining(chr(cp))}
_UNACCENT.update({ord("đ"): "d", ord("Đ"): "D"})
_NOT_WORD = re.compile(r"[^\w\s]|\s+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-free form of a string for comparison.

    >>> fold("Nguyễn Văn Quyền, *Đảng*")
    'nguyen van quyen dang'
    """
    text = unicodedata.normalize("NFKD", text or "").translate(_UNACCENT).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())
