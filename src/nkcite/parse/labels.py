"""The tagger's labels: one per kind of span in a footnote citation.

Each row names a label and a footnote that shows it (made-up citations of
real forms). A label's run of tokens becomes one field value in
`parse.fields`; punctuation stays with the span it closes, an opening
bracket or quote and a connective (`in`, `ed.`, `trans.`) with the span
they open, as AnyStyle labels them.
"""
from __future__ import annotations

LABELS: dict[str, str] = {
    "author": "**Ann Smith**, *A History of the Port* (Leiden: Brill, 1999), 12.",
    "editor": '"On Salt," in *Essays*, **ed. Ann Smith** (London: Verso, 2001).',
    "translator": "*Letters*, **trans. Karl Weber** (Boston: Beacon, 1975).",
    "recipient": "Ann Smith **to John Jones**, 3 May 1961, Jones Papers, Box 3.",
    "title": 'Ann Smith, **"Rice and Rails,"** *Journal of Asian History* 3 (1980): 4.',
    "container": 'Ann Smith, "Rice and Rails," ***Journal of Asian History*** 3 (1980): 4.',
    "collection": "*The Port* (Leiden: Brill, 1999), **Studies in Maritime History 4**.",
    "edition": "*The Port*, **2nd ed.** (Leiden: Brill, 1999).",
    "volume": "*Journal of Asian History* **43, no. 1** (1968): 4.",
    "place": "*The Port* (**Leiden:** Brill, 1999).",
    "publisher": "*The Port* (Leiden: **Brill,** 1999).",
    "date": "*The Port* (Leiden: Brill, **1999**); *Rodong Sinmun*, **March 27, 1965**.",
    "pages": '"Rice and Rails," *Journal of Asian History* 3 (1980): **58-67**.',
    "locator": "*The Port* (Leiden: Brill, 1999), **12**; Ibid., **p. 14**; AGI, Santa Fe 552, **f. 3r**.",
    "archive": '"Note on a Meeting," 4 May 1961, **AVPRF**, f. 07, op. 22, d. 220.',
    "shelfmark": '"Note on a Meeting," 4 May 1961, AVPRF, **f. 07, op. 22, d. 220**.',
    "genre": "Ann Smith, **interview by author**, Boston, 3 May 2005; **PhD diss.**",
    "url": '"Rice," *Site*, **<https://example.org/rice>**.',
    "accessed": '"Rice," *Site*, <https://example.org/rice> **(accessed March 3, 2024)**.',
    "identifier": "*The Port* (Leiden: Brill, 1999), **doi:10.1000/port**.",
    "language": "*Choson Munhak* (Pyongyang, 1965) **(Korean)**.",
    "prefix": "**See also** Ann Smith, *The Port*, 12; **Vgl.** Weber, *Salz*, S. 3.",
    "ibid": "**Ibid.**, 14; **Ebd.**, S. 3; **Ivi**, p. 5.",
    "short": "Smith, **op. cit.**, 12; Weber, *Salz*, **cit.**, p. 3.",
    "citation-number": "**[12]** Smith, A. (1999). The Port. Leiden: Brill.",
    "note": "Ann Smith, *The Port* (Leiden: Brill, 1999), 12, **who first made this point**.",
}

# Labels whose tokens hold the fields of a work (the rest mark a form or are kept as a note).
FIELD_LABELS = frozenset(LABELS) - {"prefix", "ibid", "short", "citation-number", "note"}
