"""A made-up paper in every plain-text note layout, for the notes stage's tests.

The notes are invented (people, titles, archives), written in the real
Chicago forms of several fields: monographs, journal articles, chapters in
edited volumes, dissertations, archival letters, newspapers, web pages,
interviews, court cases, ibid. and short forms. `render(layout)` lays the
same paper out as a PDF conversion, an e-book, a web page dump or a book's
endnote section would: the notes stage must find exactly `NOTES` in each.
"""
from __future__ import annotations

import re
import textwrap

SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

NOTES = [
    "Margaret Ellison, *The Salt Roads of Anatolia: Trade and Empire, 1650-1800* (Ithaca: Cornell "
    "University Press, 2014), 88-91.",
    'Tomás Aguilar, "Irrigation and Authority in Colonial Oaxaca," *Hispanic Review of Agrarian History* 17, '
    "no. 3 (2017): 415-47.",
    "Ibid., 422.",
    'Ruth Adeyemi, "Market Women and the Colonial State," in *Gender and Empire in West Africa*, ed. Paul '
    "Okafor and Linda Marsh (Oxford: Clarendon Press, 2009), 112-34.",
    'Kenji Morimoto, "Silk, Steam, and the Yokohama Merchants, 1859-1889" (PhD diss., University of '
    "Wellington, 2011), 57.",
    "Letter, Henri Dubois to the Minister of Colonies, 12 March 1931, Fonds Ministériels, Carton 412, "
    "Archives of the Overseas Territories, Aix-en-Provence.",
    'See "Flood Waters Recede in Delta Towns," *The Riverside Gazette*, August 14, 1923, 3; and "Relief '
    'Trains Reach Harwick," *The Riverside Gazette*, August 16, 1923, 1.',
    "Ellison, *Salt Roads*, 102.",
    "Miriam Kovač, interview by the author, Zagreb, June 18, 2016.",
    '"Annual Rainfall Records, 1900-1950," Northern Meteorological Archive, accessed May 3, 2021, '
    "<https://weather-archive.example.org/records/rainfall-1900-1950.html>.",
    "On the wider debate see Otto Brenner, *Der Handel mit Salz im Osmanischen Reich* (Leipzig: Hartmann, "
    "1962), 14-19, whose figures the present article revises.",
    'Lucía Ferrer, "Counting Sheep: Pastoral Taxation in Castile, 1480-1520," *Journal of Iberian Economic '
    'History* 9, no. 1 (1998): 33-58; Ferrer, "Wool and Debt," *Journal of Iberian Economic History* 11, '
    "no. 2 (2000): 101-24.",
    "Aguilar, \"Irrigation and Authority,\" 430.",
    "*Halvorsen v. Northern Timber Co.*, 214 N.W. 880 (Minn. 1927).",
    "Kim Il-sung's speech of 4 May 1962 is quoted in Park Ji-won, *Speeches and Their Audiences* "
    "(Seoul: Hanbit, 2003), 77.",
    "Ibid.",
    "Anna Lindqvist, *Organs and Congregations: Church Music in Sweden, 1700-1850* (Uppsala: Ekerö Förlag, "
    "2019), 203-5, 211.",
    'Daniel Osei, "Rethinking the Gold Coast Cocoa Hold-Up of 1937," *Journal of Imperial History* 41, '
    "no. 4 (2013): 599-621, at 610.",
    "Minutes of the Harbour Board, 3 October 1887, Municipal Records, vol. 12, fol. 44r, City Archives, "
    "Port Elspeth.",
    'Osei, "Cocoa Hold-Up," 615; compare Peter Gray, "Chiefs and Brokers," *Journal of Imperial History* '
    "38, no. 1 (2010): 1-22.",
    "Sophie Marchetti, *La pittura murale a Siena nel Trecento* (Florence: Olschki, 2005), 66 n. 12.",
    "Marchetti, *Pittura murale*, 70-72.",
    "Henrik Sandvik, telegram to the Foreign Office, 2 February 1919, FO 371/3456, National Archives of "
    "the Realm, Kew.",
    "Ibid., fol. 3.",
]
N = len(NOTES)

BODY = [
    "Salt moved along the caravan roads long before the empire taxed it.{r} Historians of irrigation have "
    "told a parallel story for New Spain.{r} The comparison is instructive.{r}",
    "Markets, as several scholars insist, were also spaces of gendered authority.{r} The point holds for "
    "merchant houses in the treaty ports.{r}",
    "Colonial officials knew little of the interior.{r} Newspapers printed the floods as spectacle.{r} The "
    "salt traders themselves left few records.{r}",
    "Oral testimony fills some of the gaps.{r} So do the rainfall series.{r} The older literature is "
    "still cited.{r}",
    "Pastoral taxation in Castile followed a similar logic.{r} Irrigation courts recorded disputes "
    "meticulously.{r} The courts of the northern states did the same for timber.{r}",
    "Speeches by Kim Il-sung were printed and reprinted for new audiences.{r} Their texts changed each time.{r} Church "
    "music travelled in similar ways.{r}",
    "The cocoa hold-up of 1937 shows how brokers acted.{r} The harbour boards kept their own minutes.{r} "
    "Brokers and chiefs negotiated prices together.{r}",
    "Painters in Siena worked for guilds as well as for the commune.{r} Their contracts survive in "
    "part.{r} Diplomats, finally, reported the peace conference by telegram.{r} The replies were slow.{r}",
]
HEAD = "THE SALT ROADS AND THEIR HISTORIANS"


def body_paragraphs(mark) -> list[str]:
    """The body paragraphs, each `{r}` replaced by `mark(n)` for the next note number."""
    out, n = [], 0
    for paragraph in BODY:
        while "{r}" in paragraph:
            n += 1
            paragraph = paragraph.replace("{r}", mark(n), 1)
        out.append(paragraph)
    assert n == N
    return out


def plain(text: str) -> str:
    return text.replace("*", "")


def wrap(text: str, width: int = 72, indent: str = "") -> list[str]:
    """Hard-wrap like a PDF conversion; a long word is broken with a hyphen at the end of the line."""
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=True)


def pages(blocks: list[str], per_page: int, number_from: int = 1, head: str = HEAD) -> str:
    """Blocks laid on pages with a running head, a page number at the foot and form feeds."""
    out = []
    for i in range(0, len(blocks), per_page):
        page = number_from + i // per_page
        out.append("\n".join([head, "", "\n\n".join(blocks[i:i + per_page]), "", str(page)]))
    return "\n\f".join(out) + "\n"


def sup(n: int) -> str:
    return str(n).translate(SUPERSCRIPTS)


def footnotes_per_page(mark_of=lambda n: f"{sup(n)} ") -> str:
    """Footnotes under the body on each page, `¹ text` (the bundled papers' layout)."""
    blocks, n = [], 0
    for paragraph in body_paragraphs(sup):
        notes = []
        for _ in range(len(re.findall("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", paragraph))):
            n += 1
            notes.append(f"{mark_of(n)}{NOTES[n - 1]}")
        blocks.append(paragraph + "\n\n" + "\n\n".join(notes))
    return pages(blocks, 2)


def endnotes(line_of, wrapped: bool = False, blank_between: bool = False, per_page: int = 8,
             first_page: int = 436, notes: list[str] = NOTES) -> str:
    """The body with superscript references, then a `Notes` section on pages of its own.

    `line_of(n, text)` writes one note (`f"{n}. {text}"`); `wrapped` hard-wraps it at 72 columns.
    """
    body = "\n\n".join(body_paragraphs(sup))
    entries = []
    for n, text in enumerate(notes, start=1):
        entry = line_of(n, text)
        entries.append("\n".join(wrap(entry)) if wrapped else entry)
    separator = "\n\n" if blank_between else "\n"
    section = [separator.join(entries[i:i + per_page]) for i in range(0, len(entries), per_page)]
    return pages([body], 1) + "\f" + pages(["Notes\n\n" + section[0]] + section[1:], 1, first_page,
                                            head="NOTES TO CHAPTER ONE")
