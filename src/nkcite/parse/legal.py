"""A citation's text -> the work of a law report, a statute or a debate, where its form is certain.

Court reports, statutes and parliamentary debates are cited in fixed forms
(Bluebook, OSCOLA, the Hansard style) that a historian copies as the law
cites them. Their structure is certain, so they are read by pattern, as URLs
and ibid. are, before the model's labels are consulted:

| form | footnote (made up) | reads |
|---|---|---|
| US report | `Carver v. Lusk Mills Co., 118 Mass. 402, 405 (1875)` | title, volume, reporter, first page, pin 405, year |
| US report, court | `In re Vail, 22 F.2d 114 (2d Cir. 1927)` | the court as `authority` |
| English report | `R v. Hale and Others (1852) 5 Cox CC 61, 63` | year in parentheses before the report |
| English report, year volume | `Dunmore v. Pike [1931] 2 KB 17, 20` | the year in brackets |
| neutral citation | `Ames v. Cole [2004] EWCA Civ 117, [33]` | pin `[33]`: a paragraph |
| UK statute | `Harbours Act 1858, 21 & 22 Vict. c. 92, s. 4` | title, chapter as `number`, section pin |
| Hansard | `HC Deb 3 May 1871, vol 206, cols 101–4` | the house, date, volume, columns |
| US report, short form | `Carver, 118 Mass. at 407` | a short form: title, volume, reporter, pin |
| US statute | `Harbor Act of 1890, Pub. L. No. 51-9, § 4, 26 Stat. 12` | number, volume and page of the Statutes, section |
| English report, court and parallel | `Ames v Cole (1850) 9 M & W 21 (Exch) 24, 152 ER 9` | the court; the parallel report in the note |
| law review | `Ann Hale, The Port Cases, 38 Harv. L. Rev. 905, 917 (1925)` | author, title, volume, journal, first page, pin |
| patent | `Josiah K. Farrow, Improvement in Furnaces, U.S. Patent 187,442, issued February 13, 1877` | inventor, title, number, date |
| German court report | `BVerfGE 39, 1 (43)` | reports, volume, first page, pin |
| German statute | `Gesetz über X vom 5. September 2005, BGBl. I S. 2722` | title with its date, gazette, part, page |
| law in a gazette | `Loi du 9 décembre 1905 ..., *Journal officiel*, 11 décembre 1905, p. 7205` | title, gazette, number, page, the law's date |
| German parliamentary paper | `Deutscher Bundestag, Drucksache 17/4321 vom 3. Mai 2011, Antrag der Fraktion ...`; `BT-Drs. 12/345, S. 4` | the house as author, number, date, title, page pin |

    >>> read_legal("Carver v. Lusk Mills Co., 118 Mass. 402, 405 (1875)").work["container-title"]
    'Mass.'
"""
from __future__ import annotations

import re

from ..normalize.dates import find_date
from ..normalize.names import parse_names
from .fields import Reading

CASE_NAME = r"(?P<title>(?:In re|Ex parte) [^,]+?|[^,;]+? v\.? [^;]+?)"
REPORTER = r"(?P<reporter>[A-Z][A-Za-z0-9.'&]*(?: (?:[A-Z][A-Za-z0-9.'&]*|&|\d[a-z]{1,2}))*?)"
PIN = r"(?:,? (?:at )?(?P<pin>\d+(?:[–-]\d+)?|\[\d+\](?:[–-]\[\d+\])?|\[\d+(?:[–-]\d+)?\]))?"
BENCH = r"(?: \((?P<bench>[A-Z][A-Za-z.]{0,10})\))?"                  # `1 KB 624 (CA) 631`: the court, OSCOLA
PARALLEL = r"(?P<parallel>(?:, \d+ [A-Z][A-Za-z.&' ]{0,20}? \d+)*)"     # `9 M & W 211, 152 ER 91`: the same case again
COMMENT = r"(?:,\s+(?P<comment>[a-z][^;]*?))?"                       # `, where the court refused to extend the rule`
END = r"(?P<after>\s*\([^()]*\))?" + COMMENT + r"\.?$"
US_CASE = re.compile(CASE_NAME + r", (?P<volume>\d+) " + REPORTER + r" (?P<page>\d+)" + PIN
                     + r" \((?:(?P<court>[^()]*?) )?(?P<year>1[5-9]\d\d|20\d\d)\)" + END)
ENGLISH_CASE = re.compile(CASE_NAME + r",? [(\[](?P<year>1[5-9]\d\d|20\d\d)[)\]] (?:(?P<volume>\d+) )?" + REPORTER
                          + r" (?P<page>\d+)" + BENCH + PIN + PARALLEL + END)
SHORT_CASE = re.compile(r"(?P<title>[A-Z][^,;]{0,60}?), (?P<volume>\d+) " + REPORTER
                        + r" at (?P<pin>\d+(?:[–-]\d+)?)\.?$")
US_STATUTE = re.compile(r"(?:(?P<prose>[^;]*?), )??(?:(?P<title>[^,;]+? Act(?: of (?P<enacted>1[7-9]\d\d|20\d\d))?), )?"
                        r"(?P<number>Pub\. ?L\. (?:No\. )?\d+[-–]\d+|ch\. \d+)(?:, (?:§|sec\.) ?(?P<section>[\w.()-]+))?, "
                        r"(?P<volume>\d+) Stat\. (?P<page>\d+)(?:, (?P<pin>\d+(?:[–-]\d+)?))?"
                        r"(?: \((?P<year>1[7-9]\d\d|20\d\d)\))?\.?$")
STATUTE = re.compile(r"(?P<title>[^,;]+? Act,? (?P<year>1[2-9]\d\d|20\d\d)), (?P<number>(?:\d+ [^,;]*?, )?[^,;]*?\bc\. ?\d+[a-z]?)"
                     r"(?:, (?:s|ss|sec|sect|§)\.? ?(?P<pin>[\d()a-z–-]+))?\.?$")
HANSARD = re.compile(r"(?P<house>HC|HL) Deb(?:ates)?\.?,? (?P<date>\d{1,2} \w+\.? \d{4}),? vol\.? (?P<volume>\d+),? "
                     r"(?:cols?|cc?)\.? (?P<pin>\d+[A-Z]?(?:[–-]\d+[A-Z]?)?)\.?$")
HOUSES = {"HC": "House of Commons", "HL": "House of Lords"}
LAW_JOURNAL = (r"(?P<journal>(?:[A-Z][A-Za-z.&']*\s){0,5}?(?:L\.\s?(?:Rev|J|Q)\.|L\.J\.|Rev\.|J\.)"
               r"(?:\s[A-Z][A-Za-z.&']*){0,3})")
LAW_REVIEW = re.compile(r"(?P<author>[A-Z][^,;]{1,80}?), (?P<title>[A-Z][^;]{3,250}?), (?P<volume>\d+) " + LAW_JOURNAL
                        + r" (?P<page>\d+)(?:, (?P<pin>\d+(?:[–-]\d+)?))? \((?P<year>1[7-9]\d\d|20\d\d)\)"
                        + COMMENT + r"\.?$")
PAPER_KINDS = r"(?:Drucksache|Drs\.|Drucks\.|Plenarprotokoll|PlPr\.)"
PARLIAMENT = (r"(?P<body>(?:Deutscher\s+)?Bundestag|Bundesrat|Reichstag|Nationalrat|"
              r"(?:Landtag|Abgeordnetenhaus|Bürgerschaft)(?:\s+(?:von\s+)?[A-ZÄÖÜ][\w-]+)*)")
DRUCKSACHE = re.compile(r"(?:" + PARLIAMENT + r",?\s+)?(?:(?P<period>\d+\.\s*Wahlperiode),?\s+)?"
                        r"(?P<kind>(?:(?P<house>BT|BR|LT)[-‐]\s?)?" + PAPER_KINDS + r")"
                        r"\s*(?:Nr\.\s*)?(?P<number>[IVX\d]+/\d+)"
                        r"(?:,?\s+(?:vom|v\.)\s+(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.\s?|[A-ZÄÖÜ]\w+\s)\d{4}))?"
                        r"(?:,\s+(?!S\.\s?\d|Seite\s)(?P<title>[A-ZÄÖÜ][^;]*?))?"
                        r"(?:,\s*(?:S\.|Seite)\s*(?P<pin>\d+\s?[A-D]?(?:\s?[–-]\s?\d+\s?[A-D]?|\s?ff?\.)?(?:\s\([A-D]\))?))?\.?$")
HOUSE_NAMES = {"BT": "Deutscher Bundestag", "BR": "Bundesrat"}
GERMAN_REPORTS = r"BVerfGE|BVerwGE|BGHZ|BGHSt|BAGE|BSGE|BFHE|RGZ|RGSt|VerfGHE|OVGE|BVerfGK"
GERMAN_LAW_JOURNALS = r"NJW|JZ|DÖV|DVBl\.|MDR|NVwZ|AfP|GRUR|BB|DB|JuS|NStZ|FamRZ|EuGRZ|ZUM|VerwArch|AöR|DRiZ|JR"
DOCKET = r"(?:\d+|[IVX]+[a-z]?)\s+[A-Z][A-Za-z]{0,5}\s+\d+/\d+"
GERMAN_CASE = re.compile(r"(?:(?P<prose>[^;:]{3,120}?):\s+)?(?:(?P<court>[A-Z][^,;:]{1,60}?),?\s+(?P<decision>(?:Urteil|Beschluss|Beschl\.|Urt\.)[^,;–]*?)"
                         r"(?:,\s+(?P<docket>" + DOCKET + r")|\s+[–-]\s+(?P<dashed>" + DOCKET + r")\s+[–-])?,\s+)?"
                         r"(?:(?P<reporter>" + GERMAN_REPORTS + r")\s+(?P<volume>\d+),\s*(?P<page>\d+)"
                         r"|(?P<journal>" + GERMAN_LAW_JOURNALS + r")\s+(?P<year>1[89]\d\d|20\d\d),\s*(?:S\.\s*)?(?P<jpage>\d+))"
                         r"(?:\s*(?:\((?P<pin>\d+(?:\s?[–-]\s?\d+|\s?ff?\.)?)\)|,\s*(?P<pin2>\d+(?:\s?ff?\.)?)))?\.?$")
"""`BVerfGE 39, 1 (43)`, `BGHZ 12, 337, 340`, `BVerfG, Urteil vom 15. Dezember 1983, 1 BvR 209/83, BVerfGE 65, 1`,
`BGH, Urteil vom 3. Mai 1960 – VI ZR 12/59 –, NJW 1960, S. 1374 (1376)`: a German court's decision in its
official reports or a law journal."""
GAZETTE = (r"(?P<gazette>(?:BGBl\.|RGBl\.|GBl\.|GVBl\.|GVOBl\.|GV\.\s?NRW\.?|ABl\.|Bundesgesetzblatt|Reichsgesetzblatt)"
           r"(?:\s(?!I{1,3}\b)[A-Z][A-Za-z]{0,4}\.(?:-[A-Z][A-Za-z]{0,4}\.)?|\s(?:NRW|BW|Bln|LSA|MV))?)")
"""`BGBl.`, `GVOBl. Schl.-H.`, `GBl. BW`: a federal or a state's law gazette."""
GERMAN_LAW = re.compile(r"(?P<title>[A-ZÄÖÜ][^;]{3,200}?\s+vom\s+(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.\s?|[A-ZÄÖÜ][a-zä]+\s)\d{4}))"
                        r"\s*(?:,\s*|\()" + GAZETTE + r"\s*(?P<part>I{1,3})?(?:\s*\d{4})?,?\s*(?:Nr\.\s*\d+,\s*)?S\.\s*(?P<page>\d+)"
                        r"(?:\s*(?:ff?\.|[–-]\s?\d+))?\)?(?:,\s*(?:§|Art\.)\s*(?P<pin>[\w.() ]+?))?\.?$")
"""`Gesetz über ... vom 5. September 2005, BGBl. I S. 2722`: a German statute in its gazette."""
LAW_AFTER_PROSE = re.compile(r"^[A-ZÄÖÜ][^;]*?\s(?:das|die|dem|den|der|im|durch|nach)\s"
                             r"(?=(?:[A-ZÄÖÜ]\w+\s)?(?:Gesetz|Verordnung|Erlass|[A-ZÄÖÜ]\w*(?:gesetz|ordnung|erlass))\b)")
"""`Eine bundesrechtliche Regelung brachte erst das Gesetz über ...`: the prose before a statute's name."""
PATENT = re.compile(r"(?:(?P<author>[A-Z][^,;]{1,60}?), )?(?P<title>[A-Z][^;]{3,200}?),? (?:(?:U\.\s?S\.|US|British|Brit\.|"
                    r"German|French|Canadian|Deutsches)\s?)?(?:Reichs-?)?(?:[Pp]atent(?:schrift)?|brevet|DRP)"
                    r"(?: (?:No\.|no\.|Nr\.))? (?P<number>\d{1,3}(?:[,.]\d{3})+|\d{3,})"
                    r"(?:,? (?:issued|granted|filed|dated|erteilt|vom)? ?(?P<date>[^;]{4,30}?))?\.?$")
DESCRIBED_PAPER = re.compile(r"(?:(?i:die|der|den|das|ein|eine)\s+)?(?P<what>[A-ZÄÖÜ][^,;]{2,150}),\s+(?=(?:(?:BT|BR|LT)[-‐]\s?)?"
                             + PAPER_KINDS + r")")
STUDENT_PIECES = {"Note", "Comment", "Recent Case", "Recent Cases", "Recent Decision", "Case Note"}
"""`Note, *The Dormant Commerce Clause*, 51 Yale L.J. 880 (1942)`: a student's piece, unsigned, by its kind."""


def read_legal(text: str) -> Reading | None:
    """The reading of a law report, statute or debate citation; None for any other text."""
    text = text.strip()
    for reader in (_case, _short_case, _statute, _us_statute, _debate, _law_review, _drucksache, _patent,
                   _german_case, _german_law, _law_in_a_gazette):
        reading = reader(text)
        if reading is not None:
            return reading
    return None


def _case(text: str) -> Reading | None:
    m = US_CASE.match(text) or ENGLISH_CASE.match(text)
    if m is None:
        return None
    prose, title = _prose_before_the_parties(m.group("title").strip())
    if not _a_case_name(title):
        return None
    work = {"type": "legal_case", "title": title, "container-title": m.group("reporter"),
            "page": m.group("page"), "issued": {"date-parts": [[int(m.group("year"))]]}}
    if m.group("volume"):
        work["volume"] = m.group("volume")
    court = m.groupdict().get("court")
    if court:
        work["authority"] = court.strip()
    if m.groupdict().get("bench"):
        work["authority"] = m.group("bench")
    notes = [prose] if prose else []
    if m.groupdict().get("parallel"):
        notes.append("Also " + m.group("parallel").strip(", ") + ".")   # `152 ER 91`: the case in another report
    if m.group("after"):
        notes.append(m.group("after").strip(" ()"))              # `(Shaw, C.J.)`: who gave the judgment
    if m.group("comment"):
        notes.append(m.group("comment"))
    pin = m.group("pin") or ""
    return _reading(work, re.sub(r"[\[\]]", "", pin), "paragraph" if pin.startswith("[") else "page", notes=notes)


PARTY_WORDS = {"of", "the", "and", "&", "ex", "rel.", "de", "du", "von", "van", "for", "in", "re", "parte", "et", "al."}


def _prose_before_the_parties(title: str) -> tuple[str, str]:
    """`The court followed Carver v. Lusk Mills Co.` -> (`The court followed`, `Carver v.
    Lusk Mills Co.`): the first party is the capitalised words right before `v.`."""
    left, v, right = title.partition(" v. ") if " v. " in title else title.partition(" v ")
    if not v:
        return "", title
    words = left.split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in PARTY_WORDS):
        k -= 1
    while k < len(words) and words[k] in PARTY_WORDS:
        k += 1                                            # a party opens with a capital
    return " ".join(words[:k]), " ".join(words[k:]) + v + right


def _a_case_name(title: str) -> bool:
    """`Carver v. Lusk Mills Co.`, `R v Hale`, `In re Vail`: parties on both sides of `v.`, short."""
    if title.startswith(("In re ", "Ex parte ")):
        return len(title) <= 80
    parties = re.split(r" v\.? ", title, maxsplit=1)
    return len(parties) == 2 and all(p[:1].isupper() for p in parties) and len(title) <= 120


def _short_case(text: str) -> Reading | None:
    """`Carver, 118 Mass. at 407`: the Bluebook's short form of a case (the full one is
    earlier in the paper)."""
    m = SHORT_CASE.match(text)
    if m is None:
        return None
    work = {"type": "legal_case", "title": m.group("title").strip(), "container-title": m.group("reporter"),
            "volume": m.group("volume")}
    return _reading(work, m.group("pin"), "page", form="short")


def _us_statute(text: str) -> Reading | None:
    """`Voting Rights Act of 1965, Pub. L. No. 89-110, § 4, 79 Stat. 437, 438`."""
    m = US_STATUTE.match(text)
    if m is None:
        return None
    work = {"type": "legislation", "number": m.group("number"), "container-title": "Stat.",
            "volume": m.group("volume"), "page": m.group("page")}
    if m.group("title"):
        work["title"] = m.group("title").strip()
    elif m.group("prose"):
        return None                                           # prose and no Act's name: not a statute's citation
    year = m.group("year") or m.group("enacted")
    if year:
        work["issued"] = {"date-parts": [[int(year)]]}
    if m.group("section"):
        reading = _reading(work, m.group("section"), "section")
    else:
        reading = _reading(work, m.group("pin"), "page")
    reading.prefix = m.group("prose")                          # `and compare the American statute, Cotton ... Act`
    return reading


def _statute(text: str) -> Reading | None:
    m = STATUTE.match(text)
    if m is None:
        return None
    work = {"type": "legislation", "title": m.group("title").strip(), "number": m.group("number").strip(),
            "issued": {"date-parts": [[int(m.group("year"))]]}}
    return _reading(work, m.group("pin"), "section")


def _debate(text: str) -> Reading | None:
    m = HANSARD.match(text)
    if m is None:
        return None
    found = find_date(m.group("date"), kinds=("dmy",))
    if found is None:
        return None
    work = {"type": "hearing", "title": f"{m.group('house')} Deb {m.group('date')}",   # the heading as printed
            "container-title": f"{m.group('house')} Deb", "authority": HOUSES[m.group("house")],
            "volume": m.group("volume"), "issued": found[0]}
    return _reading(work, m.group("pin"), "column")


def _law_review(text: str) -> Reading | None:
    """`Daniel R. Kettering, The Grain Elevator Cases, 38 Harv. L. Rev. 905, 917–19 (1925)`:
    a law review article in the Bluebook's form (volume, journal, first page, pin, year)."""
    m = LAW_REVIEW.match(text)
    if m is None or " v. " in m.group("title") or " v " in m.group("title"):
        return None
    work = {"type": "article-journal", "title": m.group("title").strip(), "container-title": m.group("journal"),
            "volume": m.group("volume"), "page": m.group("page"), "issued": {"date-parts": [[int(m.group("year"))]]}}
    author = m.group("author").strip()
    if author in STUDENT_PIECES:
        work["genre"] = author
    else:
        names, _ = parse_names(author)
        if not names:
            return None
        work["author"] = names
    return _reading(work, m.group("pin"), "page", notes=[m.group("comment")] if m.group("comment") else None)


def _drucksache(text: str) -> Reading | None:
    """`Deutscher Bundestag, 5. Wahlperiode, Drucksache V/1246 vom 12. Dezember 1966,
    Antwort der Bundesregierung ...`, `BT-Drs. 17/4321, S. 12`: a German parliament's
    printed paper (a report, its number the paper's) or the record of a sitting
    (`Plenarprotokoll 17/123`, a hearing)."""
    m, described = DRUCKSACHE.match(text), None
    if m is None:                                    # `die Begründung des Gesetzentwurfs, BT-Drs. 17/4321`
        head = DESCRIBED_PAPER.match(text)
        m = DRUCKSACHE.match(text[head.end():]) if head else None
        described = head.group("what") if m else None
    if m is None:
        return None
    protocol = m.group("kind").startswith(("Plenarprotokoll", "PlPr"))
    work = {"type": "hearing" if protocol else "report", "number": m.group("number"),
            "title": (m.group("title") or described or f"{m.group('kind')} {m.group('number')}").strip()}
    body = m.group("body") or HOUSE_NAMES.get(m.group("house") or "")
    if body:
        work["author"] = [{"literal": body}]
    if m.group("date"):
        found = find_date(m.group("date"))
        if found:
            work["issued"] = found[0]
    notes = [m.group("period")] if m.group("period") else None
    return _reading(work, m.group("pin"), "page", notes=notes)


def _german_case(text: str) -> Reading | None:
    """`BVerfGE 39, 1 (43)`: a decision in a German court's official reports: the
    reports as container, the volume, the first page; the page in parentheses the pin."""
    m = GERMAN_CASE.match(text)
    if m is None:
        return None
    if m.group("reporter"):
        work = {"type": "legal_case", "container-title": m.group("reporter"), "volume": m.group("volume"),
                "page": m.group("page"), "title": f"{m.group('reporter')} {m.group('volume')}, {m.group('page')}"}
    elif m.group("court"):
        work = {"type": "legal_case", "container-title": m.group("journal"), "page": m.group("jpage")}
    else:
        return None                                  # `NJW 1960, 1374` alone: a journal's page, not certainly a case
    if m.group("court"):
        work["authority"] = m.group("court").strip()
        work["title"] = f"{work['authority']}, {m.group('decision').strip()}"    # `BVerfG, Urteil vom 17. März 1971`
        found = find_date(m.group("decision"))
        if found:
            work["issued"] = found[0]                # `Urteil vom 15. Dezember 1983`
    if m.group("docket") or m.group("dashed"):
        work["number"] = m.group("docket") or m.group("dashed")     # `1 BvR 209/83`, `– VI ZR 212/63 –`
    reading = _reading(work, m.group("pin") or m.group("pin2"), "page")
    reading.prefix = m.group("prose") and m.group("prose") + ":"      # `Anders noch das Reichsgericht: RG, Urteil ...`
    return reading


LAW_WORDS = (r"(?:Loi|Décret(?:-loi)?|Arrêté|Ordonnance|Ley(?:\s+Orgánica)?|Real\s+Decreto(?:-ley)?|Decreto(?:-Lei|-ley)?|"
             r"Lei|Legge|Regio\s+decreto|Decreto\s+legislativo|Decreto-legge)")
GAZETTES = (r"(?:Journal officiel(?: de la République française)?|JORF|J\.\s?O\.|JO|Bulletin des lois|BOE|"
            r"Boletín Oficial del Estado|Gaceta de Madrid|Diário do Governo|Diário da República|Diário Oficial(?: da União)?|"
            r"Diario Oficial(?: de la Federación)?|Gazzetta Ufficiale(?: del Regno| della Repubblica Italiana)?|"
            r"G\.\s?U\.|Moniteur belge)")
LAW_IN_A_GAZETTE = re.compile(r"(?P<title>" + LAW_WORDS + r"\b[^;]{2,250}?),\s+\*?(?P<gazette>" + GAZETTES + r")\*?"
                              r"(?:,\s*(?P<series>[IVX]+\s+s[ée]rie))?(?:,\s*(?:n\.?\s?[°º]|núm\.|no\.|n\.)\s*(?P<issue>\d+))?"
                              r"(?:,\s*(?P<date>\d{1,2}(?:er|º)?\s[^,;]{3,25}?\d{4}))?"
                              r"(?:,\s*(?:p|pp|S)\.\s*(?P<page>\d[\d.]*(?:\s?[–-]\s?\d[\d.]*)?))?\.?$")
"""`Loi du 9 décembre 1905 ..., *Journal officiel*, 11 décembre 1905, p. 7205`, `Ley 14/1970, de 4 de agosto, BOE,
núm. 187, 6 de agosto de 1970, pp. 12525-12546`: a French, Spanish, Portuguese or Italian law in its gazette."""


def _law_in_a_gazette(text: str) -> Reading | None:
    """A law, decree or order named by its kind and printed in an official gazette: the
    law's name as title, the gazette as container, its number and page; the law's own
    date (in its name) is the date, else the gazette's."""
    m = LAW_IN_A_GAZETTE.match(text)
    if m is None:
        return None
    title = m.group("title").strip()
    work = {"type": "legislation", "title": title, "container-title": m.group("gazette")}
    if m.group("issue"):
        work["issue"] = m.group("issue")
    if m.group("page"):
        work["page"] = m.group("page").strip().rstrip(".")
    found = find_date(title) or (m.group("date") and find_date(m.group("date")))
    if found:
        work["issued"] = found[0]
    notes = [f"Published {m.group('date')}."] if m.group("date") and find_date(title) else None
    return _reading(work, None, "page", notes=notes)


def _german_law(text: str) -> Reading | None:
    """`Gesetz zur Regelung des Zugangs zu Informationen des Bundes vom 5. September 2005,
    BGBl. I S. 2722`: a German statute, its date, the gazette, its part and page."""
    m = GERMAN_LAW.match(text)
    if m is None:
        return None
    found = find_date(m.group("date"))
    title, prose = m.group("title").strip(), None
    head = LAW_AFTER_PROSE.search(title)
    if head:
        prose, title = title[:head.end()].strip(), title[head.end():]     # `Eine Regelung brachte erst das` | `Gesetz ...`
    work = {"type": "legislation", "title": title, "container-title": m.group("gazette"), "page": m.group("page")}
    if m.group("part"):
        work["volume"] = m.group("part")
    if found:
        work["issued"] = found[0]
    reading = _reading(work, m.group("pin"), "section")
    reading.prefix = prose
    return reading


def _patent(text: str) -> Reading | None:
    """`Josiah K. Farrow, Improvement in Smoke-Consuming Furnaces, U.S. Patent 187,442,
    issued February 13, 1877`: a patent, its inventor, title, number and date."""
    m = PATENT.match(text)
    if m is None:
        return None
    work = {"type": "patent", "title": m.group("title").strip(), "number": m.group("number")}
    if m.group("author"):
        names, _ = parse_names(m.group("author"))
        if not names:
            return None
        work["author"] = names
    found = find_date(m.group("date")) if m.group("date") else None
    if m.group("date") and not found:
        return None
    if found:
        work["issued"] = found[0]
    return _reading(work, None, "page")


def _reading(work: dict, pin: str | None, label: str, form: str = "full", notes: list[str] | None = None) -> Reading:
    """The reading of a legal citation: its work, and its pinpoint with `label` where one is printed."""
    return Reading(work=work, form=form, locator=pin or None, label=label if pin else None, notes=notes or [])
