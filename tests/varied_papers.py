"""Papers made by varying the bundled corpus, for the library's tests and benchmark.

paper number k -> the text of a paper of `size` footnotes: notes drawn from
the two bundled papers (seeded by k), half of them varied the way another
paper cites other works: another year, another first title word. So a
run of papers adds new works while citing many of the same ones again.
"""
from __future__ import annotations

import functools
import random
import re

from nkcite import extract_notes
from nkcite.pipeline import bundled_papers

SEED = 20261123
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
YEAR = re.compile(r"\b(19[0-9]{2}|20[0-2][0-9])\b")
TITLE_START = re.compile(r"([\"“*])(?=[A-Z])")


@functools.lru_cache(maxsize=1)
def corpus_notes() -> tuple[str, ...]:
    """The text of every footnote of the bundled papers."""
    return tuple(n.text for path in bundled_papers()
                 for n in extract_notes(path.read_text(encoding="utf-8"))[0])


@functools.lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """Capitalised words of the corpus, to start varied titles with."""
    return tuple(sorted({w for text in corpus_notes() for w in re.findall(r"\b[A-Z][a-z]{3,}\b", text)}))


def superscript(number: int) -> str:
    return str(number).translate(SUPERSCRIPTS)


def paper_text(notes: list[str]) -> str:
    """A paper whose footnotes are `notes`, numbered from 1."""
    body = "Body." + "".join(superscript(i) for i in range(1, len(notes) + 1))
    return body + "\n\n" + "\n\n".join(f"{superscript(i)} {text}" for i, text in enumerate(notes, 1)) + "\n"


def vary(text: str, rng: random.Random) -> str:
    """A note citing other works: its years moved, a word put before its titles."""
    shift = rng.randrange(1, 40)
    text = YEAR.sub(lambda m: str(int(m.group()) - shift), text)
    word = rng.choice(vocabulary())
    return TITLE_START.sub(lambda m: f"{m.group(1)}{word} ", text)


def varied_paper(k: int, size: int = 100) -> str:
    """Paper number k: `size` notes of the corpus, about half of them varied."""
    rng = random.Random(SEED + k)
    notes = list(corpus_notes())
    chosen = [rng.choice(notes) for _ in range(size)]
    return paper_text([vary(text, rng) if rng.random() < 0.5 else text for text in chosen])
