"""Small word lists shared by the stages that compare and name works.

| list | used by | example |
|---|---|---|
| `STOPWORDS` | dedupe's blocking keys skip them | `The Politics of Memory` -> `politics`, `memory` |
| `ID_STOPWORDS` | reference ids skip them too (`from`, `about`) | `From Seoul to Hanoi` -> `seoulhanoi` |
| `LEADING_ARTICLES` | a short title may drop the first article (folded words) | `Marlow, Colonial Office` for *The Colonial Office and Africa* |
| `ENGLISH_MONTHS` | ids skip a month in a title; synthetic notes write dates | `March 27, 1965` |

The two stopword lists differ on purpose: ids must stay as earlier versions
gave them (a library keeps them for years), and blocking keys as the dedupe
benchmark measured them.
"""
from __future__ import annotations

STOPWORDS = frozenset({"the", "a", "an", "on", "of", "in", "and", "to", "for"})
ID_STOPWORDS = STOPWORDS | {"from", "about", "v", "vs"}      # `Carver v. Lusk`: the parties, not `v`
LEADING_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "il", "lo", "gli", "el", "los", "las",
                              "der", "die", "das", "het", "een", "o", "os", "as"})
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
