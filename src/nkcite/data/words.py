"""Small word lists shared by the stages that compare and name works.

| list | used by | example |
|---|---|---|
| `STOPWORDS` | dedupe's blocking keys skip them | `The Politics of Memory` -> `politics`, `memory` |
| `ID_STOPWORDS` | reference ids skip them too (`from`, `about`) | `From Seoul to Hanoi` -> `seoulhanoi` |
| `ENGLISH_MONTHS` | ids skip a month in a title; synthetic notes write dates | `March 27, 1965` |

The two stopword lists differ on purpose: ids must stay as earlier versions
gave them (a library keeps them for years), and blocking keys as the dedupe
benchmark measured them.
"""
from __future__ import annotations

STOPWORDS = frozenset({"the", "a", "an", "on", "of", "in", "and", "to", "for"})
ID_STOPWORDS = STOPWORDS | {"from", "about"}
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
