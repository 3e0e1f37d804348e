"""The books of the Bible as notes abbreviate them (the SBL forms, the full English
names, and the common German, French, Spanish and Italian short forms), folded and
without full stops: `Gen. 12:1–3`, `1 Cor 13:4`, `Mt 5,17`, `Röm 8,28`.

A note citing a verse cites the Bible as a work, with the book as its short title and
chapter and verse as the pinpoint.
"""
from __future__ import annotations

BOOKS = {
    # Old Testament
    "gen", "genesis", "gn", "exod", "exodus", "ex", "lev", "leviticus", "lv", "num", "numbers", "nm", "deut",
    "deuteronomy", "dt", "josh", "joshua", "jos", "judg", "judges", "jdg", "ruth", "rut", "sam", "samuel", "kgs",
    "kings", "chr", "chron", "chronicles", "ezra", "esr", "neh", "nehemiah", "esth", "esther", "est", "job", "ijob",
    "ps", "pss", "psalm", "psalms", "psalmen", "prov", "proverbs", "prv", "spr", "eccl", "eccles", "ecclesiastes",
    "qoh", "koh", "song", "cant", "isa", "isaiah", "jes", "is", "jer", "jeremiah", "lam", "lamentations", "klgl",
    "ezek", "ezekiel", "ez", "dan", "daniel", "dn", "hos", "hosea", "joel", "amos", "am", "obad", "obadiah", "jonah",
    "jona", "mic", "micah", "mi", "nah", "nahum", "hab", "habakkuk", "zeph", "zephaniah", "zef", "hag", "haggai",
    "zech", "zechariah", "sach", "mal", "malachi",
    # New Testament
    "matt", "matthew", "mt", "mark", "mk", "mc", "mr", "luke", "lk", "lc", "luc", "john", "jn", "joh", "jo", "acts",
    "apg", "hch", "rom", "romans", "röm", "rm", "cor", "corinthians", "kor", "gal", "galatians", "ga", "eph",
    "ephesians", "phil", "philippians", "ph", "col", "colossians", "kol", "thess", "thessalonians", "thes", "tim",
    "timothy", "titus", "tit", "phlm", "philemon", "heb", "hebrews", "hebr", "jas", "james", "jak", "st", "pet",
    "peter", "petr", "jude", "jud", "rev", "revelation", "apoc", "offb", "ap",
}
NUMBERED = {"sam", "samuel", "kgs", "kings", "chr", "chron", "chronicles", "cor", "corinthians", "kor", "thess",
            "thessalonians", "thes", "tim", "timothy", "pet", "peter", "petr", "john", "jn", "joh", "jo"}
"""Books cited with their number before them: `1 Sam.`, `2 Cor`, `1 Pet.`, `3 John`."""
