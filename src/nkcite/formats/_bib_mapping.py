"""How CSL variables become BibLaTeX and BibTeX fields: the mapping tables (data).

CSL type -> entry type, CSL variable -> field (by entry type first), name
roles without a field of their own, nkcite's own note sentences -> the
fields that say the same. `bibtex.py` applies them.
"""
from __future__ import annotations

import re

from ..data.languages import LANGUAGE_MARKERS

# CSL name variables written as BibTeX name lists (`and`-separated).
NAME_ROLES = ("author", "editor", "translator", "director", "recipient", "interviewer", "container-author",
              "collection-editor", "reviewed-author", "contributor")

# CSL type -> (BibLaTeX entry type, entrysubtype).
BIBLATEX_TYPES = {
    "article-newspaper": ("article", "newspaper"),  # *Rodong Sinmun*, March 27, 1965
    "article-magazine": ("article", "magazine"),    # *Korea Today*, No. 33
    "article-journal": ("article", None),
    "book": ("book", None),
    "chapter": ("incollection", None),              # a speech in collected works
    "manuscript": ("misc", "archival"),             # archival cables, memos, telegrams
    "personal_communication": ("misc", "letter"),
    "interview": ("misc", "interview"),
    "report": ("report", None),                     # e-Dossiers, working papers
    "webpage": ("online", None),
    "post-weblog": ("online", "blog"),
    "motion_picture": ("video", None),              # biblatex-chicago's film type
    "song": ("audio", None),                        # Miles Davis, Kind of Blue, Columbia CL 1355, 1959, LP (biblatex-chicago)
    "thesis": ("thesis", None),
    "entry-encyclopedia": ("inreference", None),    # Encyclopaedia Britannica, s.v. "Tonnage"
    "entry-dictionary": ("inreference", None),
    "review-book": ("article", None),               # Paul Lee, review of The Harbour, by Ann Smith, AHR 98
                                                    # (biblatex's @review is non-standard: no style prints it)
    "legal_case": ("misc", "legal_case"),           # Carver v. Lusk Mills Co., 118 Mass. 402 (1875)
    "legislation": ("misc", "legislation"),         # Harbours Act 1858, 21 & 22 Vict. c. 92
    "hearing": ("misc", "hearing"),                 # HC Deb 3 May 1871, vol 206, cols 101-4
    "graphic": ("misc", "artwork"),                 # Munch, The Scream, 1893, tempera on cardboard, 91 x 73.5 cm
    "speech": ("misc", "speech"),                   # Ann Lee, "Salt" (paper presented at the Berkshire Conference, 2011)
    "patent": ("patent", None),                     # Ada Hale, Improvement in Boilers, U.S. Patent 201,334
}                                                   # (@jurisdiction, @legislation: no standard style prints them)
# CSL type -> classic BibTeX entry type.
BIBTEX_TYPES = {
    "article-newspaper": "article", "article-magazine": "article", "article-journal": "article",
    "book": "book", "chapter": "incollection", "report": "techreport", "thesis": "phdthesis",
    "entry-encyclopedia": "incollection", "entry-dictionary": "incollection", "review-book": "article",
}

# CSL variable -> BibLaTeX field, where the name differs; by entry type first.
BIBLATEX_FIELDS = {
    "original-title": "origtitle", "original-publisher-place": "origlocation", "collection-title": "series", "collection-number": "number", "page": "pages",
    "publisher-place": "location", "URL": "url", "genre": "type", "DOI": "doi",
    "ISBN": "isbn", "ISSN": "issn", "number-of-pages": "pagetotal", "number-of-volumes": "volumes",
    "title-short": "shorttitle", "language": "langid",
}
BIBLATEX_TYPE_FIELDS = {
    "misc": {"archive": "organization", "archive-place": "location", "archive_location": "howpublished",
             "publisher-place": "origlocation", "publisher": "organization"},
    "report": {"publisher": "institution", "collection-title": "type"},
    "thesis": {"publisher": "institution"},
    "article": {"issue": "number", "container-title": "journaltitle"},
    "incollection": {"container-title": "booktitle", "container-author": "bookauthor"},
    "inreference": {"container-title": "booktitle"},
    "online": {"container-title": "organization"},
    "video": {"genre": "type"},
}
BIBTEX_FIELDS = {
    "collection-title": "series", "collection-number": "number", "page": "pages", "publisher-place": "address",
    "genre": "type",
    "DOI": "doi", "ISBN": "isbn", "ISSN": "issn", "original-title": "origtitle", "number-of-volumes": "volumes",
}
BIBTEX_TYPE_FIELDS = {
    "article": {"issue": "number", "container-title": "journal"},
    "incollection": {"container-title": "booktitle"},
    "techreport": {"publisher": "institution"}, "phdthesis": {"publisher": "institution"},
}
# A name role with no field of its own in an entry type: (field, its `...type` value).
BIBLATEX_ROLES = {"translator": "editor", "director": "editor", "recipient": "namea"}
MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# BCP 47 tag -> babel/polyglossia language name for `langid`.
LANGIDS = {tag: name for name, tag in LANGUAGE_MARKERS.items()}
YEAR_EDITION = re.compile(r"(1[5-9]|20)\d\d")       # `1967`: a yearbook's year, not its 1967th edition
# nkcite's own notes (parse and dedupe write them) -> the BibLaTeX field that says the same.
OWN_NOTES = re.compile(r"(Name in original script|Container title in original language|Also cited with [\w-]+)"
                       r": (.*?)\.(?=\s+[A-Z]|\s*$)")
OWN_NOTE_FIELDS = {"Name in original script": "nameaddon",
                   "Container title in original language": "containeraddon"}
CONTAINER_ADDONS = {"article": "journaltitleaddon", "incollection": "booktitleaddon"}
