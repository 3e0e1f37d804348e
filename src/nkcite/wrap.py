"""Joining hard-wrapped lines (shared by the PDF reader and the notes stage).

    Wrapping.of(text).join_point("... North Korea's inter-", "view with Kim Il-")  -> (1, "")  "interview"
    Wrapping.of(text).join_point("... with Kim Il-", "sung in 1965")              -> (0, "")  "Il-sung"
                                              (when the text writes `Il-sung` so elsewhere)

`join_point(left, right)` says how two lines meet: how many characters to
drop from the end of the left one (a hyphen that only split a word) and
what goes between them: a space, or nothing inside a word, inside a URL,
after an opening or before a closing bracket or punctuation, or between
Chinese and Japanese characters (written without spaces). An
end-of-line hyphen before a lower-case letter is kept when the text writes
the hyphenated form elsewhere (`Il-sung`, `co-op`) and dropped otherwise
(`inter-view`, `govern-ment`); before a capital or a digit it is kept
(`Sino-Soviet`, `1966-1969`). Korean is written with spaces, and a line
break between two Hangul syllables is a space, unless the text shows that
its lines were broken inside words (TeX does so; the joined word written
elsewhere is the evidence, or the PDF's producer). pdfium's line-end hyphen
(U+FFFE) and the soft hyphen read as `-`.
"""
from __future__ import annotations

import re

HYPHENS = "-\u00ad\ufffe\u2010"
OPENING = "([{“‘"
CLOSING = ")]},.;:!?”’"
_LEFT_FRAGMENT = re.compile(rf"(\w+)[{HYPHENS}]$")
_RIGHT_FRAGMENT = re.compile(r"^(\w+)")
_URL_PIECE = re.compile(r"(?:^|\s)[<(\[\"“]*((?:https?:|ftp:|www\.)[^\s<>]*)$", re.I)
_URL_GOES_ON = re.compile(r"^[\w/%.#?=&~+:@;,!$'*>-]")
# A note ending like this stops mid-citation: a comma, a bare word, a URL in
# brackets with no full stop after it (`<https://vnexpress.net/...-tap-the>`).
OPEN_ENDING = re.compile(r"""[,;:\-–/>]["”*]*$|[^\s.!?)\]"”*]$""")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_BREAK = re.compile(r"([\uac00-\ud7a3]+)[ \t]*\n[ \t]*([\uac00-\ud7a3]+)")


class Wrapping:
    """What joining the lines of one text needs to know about it."""

    def __init__(self, text: str = "", hangul_anywhere: bool = False):
        self.text = text.replace("\u2010", "-") if "\u2010" in text else text
        self.hangul_anywhere = hangul_anywhere
        """Lines were broken between Hangul syllables inside words (as TeX does)."""
        self._written: dict[str, bool] = {}

    @classmethod
    def of(cls, text: str, hangul_anywhere: bool | None = None) -> "Wrapping":
        """The wrapping of `text`; Hangul breaking is read from the text unless given."""
        if hangul_anywhere is None:
            hangul_anywhere = bool(_HANGUL.search(text)) and _breaks_inside_hangul_words(text)
        return cls(text, hangul_anywhere)

    def written(self, compound: str) -> bool:
        """True when the text writes `compound` (`il-sung`) as one hyphenated word somewhere."""
        if compound not in self._written:
            pattern = rf"(?<![\w-]){re.escape(compound)}(?![\w])"
            self._written[compound] = re.search(pattern, self.text, re.I) is not None
        return self._written[compound]

    def join_point(self, left: str, right: str) -> tuple[int, str]:
        """(characters to drop from the end of `left`, separator) to join `left` and `right`.

        >>> Wrapping().join_point("an inter-", "view")
        (1, '')
        >>> Wrapping.of("Kim Il-sung met").join_point("Kim Il-", "sung")
        (0, '')
        >>> Wrapping().join_point("the Sino-", "Soviet split")
        (0, '')
        >>> Wrapping().join_point("at <http://example.org/docu", "ment/12>.")
        (0, '')
        >>> Wrapping().join_point("毛沢東の", "ベトナム戦争")
        (0, '')
        """
        left, right = left.rstrip(), right.lstrip()
        if not left or not right:
            return 0, ""
        if _inside_url(left, right):
            return (1, "-") if left[-1] == "\ufffe" else (0, "")
        if left[-1] in HYPHENS and len(left) > 1 and left[-2].isalpha():
            return self._hyphen(left, right)
        if left[-1] in HYPHENS and len(left) > 1 and left[-2].isdigit() and right[0].isdigit():
            return (1, "-") if left[-1] != "-" else (0, "")                      # a range: 1962-1970
        if left[-1] in OPENING or right[0] in CLOSING or (unspaced(left[-1]) and unspaced(right[0])):
            return 0, ""
        if self.hangul_anywhere and _HANGUL.match(left[-1]) and _HANGUL.match(right[0]):
            return 0, ""
        return 0, " "

    def _hyphen(self, left: str, right: str) -> tuple[int, str]:
        keep = (1, "-") if left[-1] != "-" else (0, "")
        if not right[0].islower():
            return keep
        first, rest = _LEFT_FRAGMENT.search(left), _RIGHT_FRAGMENT.match(right)
        if first and rest and self.written(f"{first.group(1)}-{rest.group(1)}"):
            return keep
        return 1, ""


def is_unfinished(text: str) -> bool:
    """True when a note's text stops mid-citation (a comma, an open `<`, no full stop).

    >>> is_unfinished('Trần Văn Minh,')
    True
    >>> is_unfinished('*Rodong Sinmun*, March 27, 1965.')
    False
    """
    return bool(OPEN_ENDING.search(text)) or text.count("<") > text.count(">")


def _breaks_inside_hangul_words(text: str) -> bool:
    """True when the text joins, elsewhere, more Hangul words split at its line ends than it spaces."""
    inside = spaced = 0
    for m in _HANGUL_BREAK.finditer(text):
        joined, apart = m.group(1) + m.group(2), f"{m.group(1)} {m.group(2)}"
        inside += text.count(joined) > 0
        spaced += text.count(apart) > 0
    return inside > spaced


def _inside_url(left: str, right: str) -> bool:
    """True when `left` ends inside a URL that `right` goes on with."""
    piece = _URL_PIECE.search(left)
    if not piece or (piece.group(1).endswith((".", ",", ";")) and not right[:1].islower()):
        return False
    if re.match(r"[A-Z][a-z]+\s", right) or right[0] in "([{“\"":
        return False
    return bool(_URL_GOES_ON.match(right))


def unspaced(char: str) -> bool:
    """Han, kana and CJK punctuation: written without spaces between words."""
    code = ord(char)
    return (0x3000 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFF60 or 0x20000 <= code <= 0x2FA1F) \
        and code != 0x3000
