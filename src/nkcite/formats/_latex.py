"""LaTeX text for BibTeX fields: escaping, verbatim URLs, protected proper nouns.

text -> the body of a BibTeX field that pybtex, biber, bibtexparser and
Zotero read back as exactly that text; an English title -> the same with
the words a sentence-casing style must not lower-case in braces.

    >>> print(escape_latex(r"50% of {x} \\input{y}"))
    50\\% of \\{x\\} \\textbackslash{}input\\{y\\}
    >>> escape_title("North Korean Pilots in the Skies over Vietnam", english=True)
    '{North Korean} Pilots in the Skies over {Vietnam}'
    >>> escape_title("Journal of Soviet Ambassador A.M. Puzanov and the Cold War", english=True)
    'Journal of {Soviet} Ambassador {A.M. Puzanov} and the {Cold War}'
    >>> escape_title("The origins of the Korean War in Seoul", english=True)
    'The origins of the {Korean War} in {Seoul}'
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data.names import CHINESE_SURNAMES, KOREAN_SURNAMES, VIETNAMESE_SURNAMES
from ..data.propernouns import COMPASS_WORDS, PROPER_NOUNS

# Characters LaTeX or BibTeX would read as markup, and their text-mode commands.
LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "$": r"\$",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
# A brace without a partner cannot be `\{`: BibTeX counts every brace.
UNPAIRED_BRACES = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
# TeX ligatures that would turn two characters into one (`--` -> en dash,
# two quotes -> a curly quote, Spanish `?``/`!``): break them with `{}`.
LIGATURES = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')|(?<=[?!])(?=`)")
# C0/C1 control characters and invisible format characters (a byte-order
# mark inside a name makes biber refuse the file): never meaningful here.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\ufeff\u200b\u2060]")
# Characters a verbatim URL cannot hold inside a BibTeX field.
URL_UNSAFE = {"{": "%7B", "}": "%7D", " ": "%20", "\\": "%5C"}

SURNAMES = KOREAN_SURNAMES | CHINESE_SURNAMES | VIETNAMESE_SURNAMES
# Family names that are also English words: never taken as the start of a name.
ENGLISH_WORDS = frozenset({"an", "so", "o", "he", "do", "ha", "u", "oh", "im", "ho", "ma", "na", "ra", "ta", "ye",
                           "son", "won", "song", "moon", "bang", "pang", "fan", "long", "min", "mai", "van",
                           "chin", "jin", "ding", "dong", "gong", "kong", "yu", "hu", "lu", "li", "ko", "ly"})
WORD = re.compile(r"\S+")
# Private-use marks bracketing a protected run until the title is escaped.
_per_word = lru_cache(maxsize=1 << 16)
"""Memo of a pure test of one word (a corpus's titles share their words)."""
OPEN_MARK, CLOSE_MARK = "\ue000", "\ue001"
INNER_CAPITAL = re.compile(r"[A-Za-z0-9][A-Z]|^[a-z]+-[A-Z]")   # DPRK, McCarthy, e-Dossier (not Military-Diplomatic)
GIVEN_NAME_SHAPE = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # Il-sung, Jong-un
INITIALS = re.compile(r"^(?:[A-Z]\.)+$")        # A.M., J.
PUNCTUATION = ".,:;!?()[]\"“”‘’*"
# Words a title case leaves lower-case; any other lower-case word after a
# sentence's first shows that the title is in sentence case.
MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off",
    "on", "per", "to", "up", "via", "over", "with", "from", "into", "onto", "upon", "than", "vs", "amid",
    "about", "after", "against", "among", "before", "between", "during", "under", "without", "through"})
# Head nouns that make the capitalised words before them one name
# (`Cold War`, `Workers' Party`, `Soviet Union`, `National Liberation Front`).
NAME_HEADS = frozenset({
    "war", "party", "republic", "union", "army", "front", "ministry", "committee", "council",
    "embassy", "agency", "institute", "university", "press", "archive", "archives", "museum", "library",
    "assembly", "congress", "revolution", "movement", "conference", "treaty", "accords", "agreement",
    "office", "department", "bureau", "force", "forces", "navy", "league", "association", "society",
    "center", "centre", "command", "peninsula", "sea", "river", "strait", "mountains", "states", "nations",
    "kingdom", "east"})


def escape_latex(text: str) -> str:
    """`text` as the body of a BibTeX field: LaTeX specials escaped, whitespace
    runs (newlines too) made one space, ligatures broken, UTF-8 kept."""
    text = " ".join(CONTROL_CHARACTERS.sub(" ", str(text)).split())
    unpaired = _unpaired_braces(text)
    out = []
    for i, char in enumerate(text):
        if char in "{}":
            out.append(UNPAIRED_BRACES[char] if i in unpaired else "\\" + char)
        else:
            out.append(LATEX_SPECIALS.get(char, char))
    return LIGATURES.sub("{}", "".join(out))


def _unpaired_braces(text: str) -> set[int]:
    """Positions of braces in `text` that have no partner."""
    stack: list[int] = []
    unpaired: set[int] = set()
    for i, char in enumerate(text):
        if char == "{":
            stack.append(i)
        elif char == "}":
            if stack:
                stack.pop()
            else:
                unpaired.add(i)
    return unpaired | set(stack)


def escape_title(title: str, english: bool, names: frozenset[str] = frozenset()) -> str:
    """An escaped title, its proper nouns braced when the title is English;
    `names` are the lower-cased words of the work's own names (its author
    `AmEmbassy, Paris` makes `Paris` a name in its title)."""
    title = title.replace(OPEN_MARK, "").replace(CLOSE_MARK, "")
    marked = _mark_proper_nouns(title, names) if english else title
    return escape_latex(marked).replace(OPEN_MARK, "{").replace(CLOSE_MARK, "}")


def verbatim_url(url: str) -> str:
    """A URL that can sit verbatim in a BibTeX field (braces, spaces and
    backslashes percent-encoded, as in the URL standard)."""
    return "".join(URL_UNSAFE.get(c, c) for c in CONTROL_CHARACTERS.sub("", url))


def _mark_proper_nouns(title: str, names: frozenset[str]) -> str:
    """The title with each run of proper nouns between private-use marks,
    which `escape_title` turns into braces after escaping."""
    words = WORD.findall(title)
    keep = proper_words(words, names)
    out: list[str] = []
    run: list[str] = []
    for word, proper in zip(words, keep):
        if proper:
            run.append(word)
            continue
        if run:
            out.append(_brace_run(run))
            run = []
        out.append(word)
    if run:
        out.append(_brace_run(run))
    return " ".join(out)


def proper_words(words: list[str], names: frozenset[str] = frozenset()) -> list[bool]:
    """Which words of an English title keep their capitals in any case style.

    Always: acronyms and words with inner capitals (`DPRK`, `McCarthy`),
    Korean given names (`Il-sung`), initials with the name they begin
    (`A.M. Puzanov`), the known proper nouns of `data/propernouns.py` (and
    their plurals and hyphenated compounds: `Koreas`, `Korean-Southeast`),
    a word of the work's own names, a compass word or an East Asian family
    name before a proper noun (`North Korean`, `Vo Nguyen Giap`), and the capitalised words ending in a name's head
    noun (`Cold War`, `Democratic People's Republic`, `United States`). In a
    title written in sentence case, also every capitalised word not opening
    a sentence.
    """
    starts = _sentence_starts(words)
    sentence_case = any(_core(w).islower() and _bare(w) not in MINOR_WORDS
                        for n, w in enumerate(words) if n not in starts and _core(w)[:1].isalpha())
    keep = [_is_proper(w) or (_capitalised(w) and _bare(w) in names)
            or (sentence_case and n not in starts and _capitalised(w)) for n, w in enumerate(words)]
    for n in range(len(words) - 1):
        if _initials(words[n]) and _capitalised(words[n + 1]):
            keep[n] = keep[n + 1] = True
    for n, word in enumerate(words):
        first = n                                   # the capitalised run ending in a head noun
        while first and _capitalised(words[first - 1]) and not _ends_clause(words[first - 1]) \
                and _bare(words[first - 1]) not in MINOR_WORDS:
            first -= 1
        if _bare(word) in NAME_HEADS and _capitalised(word) and first < n:
            keep[first:n + 1] = [True] * (n + 1 - first)
    for n, word in enumerate(words):          # `Kim Ok Sun`, `Le Thanh Nghi`: a family name and its given syllables
        if _capitalised(word) and _bare(word) in SURNAMES - ENGLISH_WORDS:
            for k in (1, 2):
                if n + k >= len(words) or not _given_syllable(words[n + k]) or _ends_clause(words[n + k - 1]):
                    break
                keep[n:n + k + 1] = [True] * (k + 1)
    for n in range(len(words) - 2, -1, -1):   # `North Korean`, `Vo Nguyen Giap`
        if keep[n + 1] and (_bare(words[n]) in COMPASS_WORDS or _capitalised(words[n]) and _bare(words[n]) in SURNAMES):
            keep[n] = True
    return keep


@_per_word
def _given_syllable(word: str) -> bool:
    """A capitalised word of at most five letters, not a minor word (`Ok`, `Thanh`, `Nghi's`)."""
    return _capitalised(word) and len(_bare(word)) <= 5 and _bare(word) not in MINOR_WORDS


def _sentence_starts(words: list[str]) -> set[int]:
    """Indexes of words that open the title or a sentence or subtitle in it."""
    return {0} | {n + 1 for n, w in enumerate(words[:-1]) if _ends_clause(w)}


@_per_word
def _ends_clause(word: str) -> bool:
    return word.rstrip("\"”’)*").endswith((":", ".", "?", "!", "—")) and not _initials(word)


@_per_word
def _initials(word: str) -> bool:
    """`A.M.`, `J.`: initials (their period ends no sentence)."""
    return bool(INITIALS.match(word.strip(",;:()[]\"“”‘’*")))


@_per_word
def _core(word: str) -> str:
    """A word without surrounding punctuation."""
    return word.strip(PUNCTUATION)


@_per_word
def _capitalised(word: str) -> bool:
    return _core(word)[:1].isupper()


@_per_word
def _bare(word: str) -> str:
    """A word lower-cased without surrounding punctuation or possessive `'s`."""
    return re.sub(r"['’]s$", "", _core(word)).lower()


@_per_word
def _is_proper(word: str) -> bool:
    """An acronym, a word with inner capitals, a Korean given name, or a known proper noun."""
    core = _core(word)
    if not core[:1].isupper():
        return False
    parts = [_bare(p) for p in core.split("-")]
    return bool(INNER_CAPITAL.search(core) or GIVEN_NAME_SHAPE.match(core)
                or any(p in PROPER_NOUNS or (p.endswith("s") and p[:-1] in PROPER_NOUNS) for p in parts))


def _brace_run(words: list[str]) -> str:
    """`{North Korean}` from a run of proper words, punctuation left outside."""
    text = " ".join(words)
    lead = len(text) - len(text.lstrip("(\"“‘*"))
    trail = len(text) - len(text.rstrip(",:;!?)\"”’*"))
    end = len(text) - trail
    while text[lead:end].count("(") > text[lead:end].count(")") and text[end:end + 1] == ")":
        end += 1                                      # `{Russia (USSR)}`, not `{Russia (USSR})`
    return f"{text[:lead]}{OPEN_MARK}{text[lead:end]}{CLOSE_MARK}{text[end:]}"
