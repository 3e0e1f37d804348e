"""Archives: abbreviations and names that mark an archival record.

A segment that starts with one of these names is the `archive`; what
follows it in the same segment (`AVPRF F. 0102, Op. 13, ...`) starts the
`archive_location`.
"""
from __future__ import annotations

import re

# Abbreviations and short names historians print before a shelf mark.
ARCHIVE_NAMES = [
    "AVPRF",        # Archive of Foreign Policy of the Russian Federation (AVPRF F. 0102, Op. 13, ...)
    "AVP RF",
    "RGANI", "RGASPI", "GARF", "RGAE", "TsAMO",   # Russian state archives
    "PRC FMA",      # Chinese Foreign Ministry Archive (PRC FMA 109-02845-03)
    "SAPMO-BArch", "SAPMO",   # East German party archive
    "BArch", "PolA AA", "BStU", "MfAA",           # other German archives
    "NARA II", "NARA",        # US National Archives (College Park)
    "TNA", "PRO",             # UK National Archives
    "AMVnR", "TsDA",          # Bulgarian archives
    "MOL", "MNL OL",          # Hungarian National Archives
    "AAN", "AMSZ", "IPN",     # Polish archives
    "AMZV", "NA",             # Czech archives
    "ANIC", "AMAE",           # Romanian archives
    "AMFA",
]

# Words that make a segment an archive's name (`State Central Archive`,
# `Vietnam National Archives Center 3`, `French Ministry of Foreign Affairs`).
ARCHIVE_WORDS = re.compile(
    r"\b(?:Archive|Archives|Archiv|Archivum|Archivio|Lưu trữ|Ministry of Foreign Affairs|Foreign Ministry Archive)\b")

ARCHIVE_NAME = re.compile(r"(" + "|".join(re.escape(n) for n in sorted(ARCHIVE_NAMES, key=len, reverse=True)) + r")\b\s*(.*)$")

# A Russian-style shelf mark: fond, opis', papka, delo, listy.
SHELF_MARK = re.compile(r"\b(?:F\.|f\.|Fond|Op\.|op\.|Delo|d\.|Listy|ll?\.)\s*\d")
