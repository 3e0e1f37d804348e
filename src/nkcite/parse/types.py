"""What a reading holds -> its CSL type (CONVENTIONS §4), and what follows from it.

The rules run in order; each names the footnote form it types. They also
settle what only the type can tell: a periodical printed as the title of a
bare issue becomes its container, a report's series and number.
"""
from __future__ import annotations

import re

from ..data.citewords import INTERVIEW_HEADING_WORDS, INVENTORY_WORDS, SAME_AUTHOR_WORDS, PAPER_SERIES, THESIS
from ..data.names import ARABIC_ARTICLES, OFFICES
from ..data.periodicals import DOCUMENT_SERIES, lookup_periodical
from ..normalize.archives import archive_and_place, is_known_place, place_like
from ..normalize.dates import find_date
from ..normalize.names import NAME_JOINING_WORDS, is_institution, parse_names
from ..normalize.text import fold
from ..normalize.values import DIMENSIONS, clean_value
from .fields import Reading, the_author

FROM_TO = re.compile(r"^([A-ZÀ-Þ][^,;:]{1,60}?)\s+(?:to|an)\s+((?:(?:the|das|der|die|den)\s+)?[A-ZÀ-Þ][^,;:]{1,60})$")
INTERVIEWEE = re.compile(r"^(?:with|mit|avec|con)\s+(.+)$", re.I)
INTERVIEW = re.compile(r"\b(?:interview|interviewed|entretien|intervista|Gespräch|entrevista|testimonianza|colloquio|"
                       r"entrevue|conversation with)\b", re.I)
LETTER = re.compile(r"\b(?:letter|e-?mail|lettera|lettre|Brief|carta|memo|note)\b", re.I)
REPORT = re.compile(r"\b(?:Working Papers?|Occasional Papers?|Policy Briefs?|e-Dossier|Research Reports?|Report|"
                    r"Discussion Papers?|Research Papers?|Technical Reports?|Arbeitspapiere?|Diskussionspapiere?|"
                    r"Forschungsberichte?|Documentos? de trabajo|Cahiers? de recherche)\b", re.I)
FILM = re.compile(r"\b(?:film|documentary|motion picture|DVD|movie)\b", re.I)
FILM_HOSTS = re.compile(r"youtube\.com|youtu\.be|vimeo\.com", re.I)
"""A film's genre, or a video site in its URL (a word `film` in a page's address is no film)."""
BLOG = re.compile(r"blog", re.I)
RECORD_KIND = r"(Telegram|Airgram|Cable|Memorandum|Memo|Letter|Despatch|Dispatch|Savingram|Note|Telex)"
RECORD_HEAD = re.compile(r"^" + RECORD_KIND + r"\b")
GENRE_AND_NUMBER = re.compile(r"^(tel|telegram|despatch|dispatch|airgram|cable|memo|savingram|telex)\.?\s+(?:no\.\s*)?"
                              r"(\d[\w/.-]*)$", re.I)
RECORD_KINDS = {"tel": "Telegram", "memo": "Memorandum"}
# `Telegram, From AmEmbassy, Moscow to SecState, Subject: North Korea` (the State Department's heading)
HEADING = re.compile(r"^" + RECORD_KIND + r",\s*From:?\s+(.+?)\s+[Tt]o:?\s+(.+?),\s*Subject:")
# `Telegram from the Embassy in Seoul to the Department of State`, `Memorandum, Rostow to Johnson`
RECORD_NUMBER = r"(?:\s+(?:[Nn]o\.\s*)?(\d[\w/.-]*))?"                  # `Telegram 1187 from La Paz`
HEADING_FROM_TO = re.compile(r"^" + RECORD_KIND + RECORD_NUMBER + r'(?:,\s*|\s+[Ff]rom\s+)(?:[Ff]rom\s+)?(?:the\s+)?'
                             r'([A-Z][^,;:‘“"]+?)\s+to\s+(?:the\s+)?([A-Z][^,;:‘’“”"]+)$')
SUB_VERBO = re.compile(r"[.,\s]*s\.\s?vv?\.?", re.I)
DICTIONARY_WORDS = r"Dictionary|Dizionario|Dictionnaire|Diccionario|Wörterbuch|Lexikon|Lexicon|Glossary"
DICTIONARY = re.compile(r"\b(?:" + DICTIONARY_WORDS + r")\b", re.I)
# `“Arsenal,” in Encyclopedia of the Mediterranean World`: a reference work's entry
REFERENCE_WORK = re.compile(r"\b(?:Encyclopa?edia|Enciclopedia|Encyclopédie|Enzyklopädie|Handwörterbuch|"
                            + DICTIONARY_WORDS + r")\b", re.I)
# `Minute by P. G. Harrow`, `Report by the Consul`, `Memorandum by Ann Hale`
BY_HEADING = re.compile(r"^(?i:Minute|Minutes|Memorandum|Memo|Note|Report|Letter|Despatch|Dispatch|Notes|Record)"
                        r"\s+by\s+([A-Z][^,;:]+)$")
# What an Italian, German, French or English record is: `lettera di X a Y`, `Vermerk`, `dispaccio di X`
DESCRIPTION = re.compile(r"^(?:lettera|lettere|dispaccio|dispacci|relazione|supplica|minuta|copia|memoriale|"
                         r"nota|rapporto|Vermerk|Schreiben|Bericht|Brief|Aktennotiz|Protokoll|lettre|rapport|"
                         r"carta|informe|letter|report|minute|memorandum|[A-ZÄÖÜ][a-zäöüß]+(?:protokoll|bericht|schreiben))\b")
DANGLING = re.compile(r"\s+(?:vom|von|del|dello|della|du|dated|datato|fechada|of|for|on|ze dne|z dnia|van)$")
TITLE_DATE_KEPT_AFTER = {"for", "of", "on", "from", "in", "to", "since", "until", "by", "dated"}


# `review of The Harbour, by Ann Smith`, `Rezension zu: Die Stadt, von A. Roth`, `compte rendu de ...`
REVIEW = re.compile(r"^(?:a\s+)?(?:review of|reviewed work:|rezension (?:von|zu):?|besprechung von|compte rendu de|"
                    r"recensione (?:a|di)|reseña de)\s+(?P<title>.+?)(?:,\s*(?:by|von|de|di|par|ed\.|edited by|hg\. von)"
                    r"\s+(?P<names>[^,;]+))?$", re.I)


# `Interview der Verfasserin mit Karl M.`, `Entretien de l'auteur avec X`, `Entrevista del autor con X`
INTERVIEW_BY_THE_AUTHOR = re.compile(
    r"^(?:Interview|Gespräch|Entretien|Entrevista|Intervista)\s+(?:der Verfasserin|des Verfassers|der Autorin|"
    r"des Autors|de l[’']auteure?|del autor|de la autora|dell[’']autore|dell[’']autrice)\s+(?:mit|avec|con|a)\s+"
    r"(?P<names>[^,;]+)$")


# `Interview with a former diplomat`, `Gespräch mit einem Zeitzeugen`, `Entretien avec un ancien ministre`
INTERVIEW_UNNAMED = re.compile(
    r"^(?:Interviews?|Gespräch|Gespräche|Entretien|Entretiens|Entrevista|Intervista|Conversation)\s+(?:with|mit|avec|con|a)"
    r"\s+(?:a|an|the|two|three|several|einem|einer|zwei|drei|un|une|deux|trois|uno|una|dos|tres|due|tre)\b")


def settle(work: dict) -> None:
    """What the type decides about the fields: an archival heading's sender and
    recipient, the date of an undated record printed in its title, the book a
    review reviews, the person the author interviewed."""
    _reviewed_book(work)
    _interview_by_the_author(work)
    _paper_presented(work)
    _editors_the_same_authors(work)
    unnamed = work.get("title") or work.get("container-title", "")
    if INTERVIEW_UNNAMED.match(unnamed) and not any(k in work for k in ("volume", "issue", "page", "publisher")):
        work.pop("container-title", None)                    # Interview with a former diplomat, Seoul, May 2010
        work["type"], work["title"] = "interview", unnamed
    _number_of_the_series(work)
    _recording(work)
    numbered = GENRE_AND_NUMBER.match(work.get("genre", ""))
    if numbered and work.get("type") == "manuscript":
        work["genre"] = RECORD_KINDS.get(numbered.group(1).lower(), numbered.group(1).capitalize())
        work.setdefault("number", numbered.group(2))         # `tel. 212`, `despatch 614`
    if work.get("type") == "manuscript":
        _artwork(work)
        _archival_heading(work)
        _place_and_number_of_a_record(work)
    if work.get("type") == "chapter" and "title" not in work and "container-title" in work:
        if _an_untitled_issue(work):
            work["type"] = "article-newspaper"                  # La Gazette du Midi (Marseille), 14 février 1887
        else:
            work["title"], work["type"] = work.pop("container-title"), "book"   # Ann Hale, ed., Our Common Sea (...)
    if work.get("type") in {"manuscript", "report", "webpage"} and "issued" not in work:
        _date_from_title(work)
    dangling = DANGLING.search(work.get("title", ""))
    if dangling and "issued" in work:                        # `Schreiben ... vom` 3.5.1942: the date was split off
        work["title"] = work["title"][:dangling.start()]
    if work.get("type") == "manuscript":
        _office_read_as_a_surname(work)
        _station_read_as_a_surname(work)
        _record_word_read_as_a_surname(work)
    if "author" not in work and "recipient" not in work:
        _writer_and_recipient(work)
    if work.get("recipient") == the_author() and "author" not in work \
            and _names_alone(work.get("title", "")) and not is_institution(work["title"]):
        work["author"] = parse_names(work.pop("title"))[0]   # Hirano Kenji, letter to the author, 3 February 2012
    if work.get("type") == "interview":
        _place_of_the_interview(work)
    if work.get("type") == "interview" and "author" not in work:
        with_whom = INTERVIEWEE.match(work.get("title", ""))
        if with_whom:                                        # author's interview with Pak Sun-hui, Seoul, ...
            names, _ = parse_names(with_whom.group(1))
            if names:
                work["author"] = names
                del work["title"]


def _place_of_the_interview(work: dict) -> None:
    """`Harold Lee, interview by the author, Brandon, Manitoba, 17 June 1994`: where
    an interview took place is its event-place (Zotero's interview has no publisher);
    a place the model read as the publisher after it is part of it."""
    if work.get("genre", "").lower() in INTERVIEW_HEADING_WORDS:
        del work["genre"]                            # `Interview mit`: the type says it
    if "publisher-place" not in work or "event-place" in work:
        return
    place = work.pop("publisher-place")
    publisher = work.get("publisher", "")
    if is_known_place(publisher) or publisher and len(publisher.split()) <= 2 and not is_institution(publisher):
        place = f"{place}, {work.pop('publisher')}"      # `Brandon, Manitoba`
    work["event-place"] = place


PRESENTED = re.compile(r"^(?P<genre>(?:(?:conference|keynote|plenary|unpublished)\s+)?(?:paper|lecture|talk|address|"
                       r"presentation|remarks|speech|Vortrag|communication|relazione|ponencia)"
                       r"(?:\s+(?:presented|given|delivered|read|gehalten|présentée?|presentada|presentata))?"
                       r"(?:\s+(?:at|to|before|auf|bei|à|au|lors de|en|al|alla|nel))?)(?:\s+(?P<event>.+))?$", re.I)


def _paper_presented(work: dict) -> None:
    """`"Such Stuff as Dreams" (paper presented at the annual meeting of the Society of
    Biblical Literature, New Orleans, Louisiana, November 21–24, 2009)`, `(lecture,
    University of Chicago, Chicago, IL, March 3, 2003)`: a paper read at a meeting is a
    presentation (CSL `speech`, Zotero's Presentation): the words after `presented
    at` name the event, the place is the event's, a day and month the model took for
    a publisher complete the date."""
    heading = work.get("genre") or work.get("container-title", "")
    kind, _, rest = work.get("publisher-place", "").partition(", ")
    if not PRESENTED.match(heading) and PRESENTED.fullmatch(kind):
        heading = kind                               # `(lecture, University of Leeds, Leeds, ...)` read as a place
        if rest:
            work["publisher-place"] = rest
        else:
            del work["publisher-place"]
    found = PRESENTED.match(heading)
    if not found or work.get("type") in ("article-journal", "thesis") or "title" not in work:
        return
    if heading == work.get("container-title"):
        del work["container-title"]
    work["type"], work["genre"] = "speech", found.group("genre")
    event = found.group("event") or ""
    parts = [p.strip() for v in (work.pop("publisher-place", ""), work.pop("publisher", "")) for p in v.split(",") if p.strip()]
    year = _date_parts(work)[:1]
    day = find_date(f"{parts[-1]}, {year[0]}") if parts and year else None
    if day and len(day[0]["date-parts"][0]) > 1:       # `November 21–24`, 2009
        parts.pop()
        if len(day[0]["date-parts"][0]) > len(_date_parts(work)):
            work["issued"] = day[0]
    places = []
    if len(parts) >= 2 and re.fullmatch(r"[A-Z]{2}|[A-Z][a-z]{1,4}\.", parts[-1]) and is_known_place(parts[-2]):
        places.insert(0, parts.pop())                     # `Chicago, IL`, `Cambridge, Mass.`
    while parts and is_known_place(parts[-1]):
        places.insert(0, parts.pop())
    if parts and event and (len(parts[0].split()) == 1 or event.split()[-1].lower() in NAME_JOINING_WORDS):
        event = f"{event} {parts.pop(0)}"                 # `the Pacific` | `Society`: the name cut by the model
    if event:
        work["event-title"] = re.sub(r"^the\s+", "", event)
    if places:
        work["event-place"] = ", ".join(places)
    if parts:
        work["publisher"] = ", ".join(parts)              # `(lecture, University of Chicago, Chicago, IL, ...)`: the host


def _editors_the_same_authors(work: dict) -> None:
    """`Allmendinger, Jutta/Hinz, Thomas (2002): Perspektiven. In: Dies. (Hrsg.):
    Organisationssoziologie`: editors named by the word for the same persons are the authors."""
    editors = work.get("editor", [])
    if len(editors) == 1 and fold(editors[0].get("family", "")) in SAME_AUTHOR_WORDS and work.get("author"):
        work["editor"] = [dict(name) for name in work["author"]]


def _reviewed_book(work: dict) -> None:
    """`Paul Lee, review of The Harbour, by Ann Smith, American Historical Review 98`:
    a review (`review-book`), its book's title and author as `reviewed-title` and
    `reviewed-author`; the review has no title of its own."""
    review = REVIEW.match(work.get("title", ""))
    if not review or work.get("type") not in {"article-journal", "article-magazine", "article-newspaper", "book",
                                               "webpage", "chapter"}:
        return
    names, _ = parse_names(review.group("names") or "")
    del work["title"]
    work["type"], work["reviewed-title"] = "review-book", clean_value(review.group("title"))
    if names:
        work["reviewed-author"] = names


def _interview_by_the_author(work: dict) -> None:
    """`Interview der Verfasserin mit Karl Marsh, Leipzig, 12.3.2004`: an interview
    (CONVENTIONS §4), the person interviewed its author, the interviewer the author."""
    interview = INTERVIEW_BY_THE_AUTHOR.match(work.get("title", ""))
    names, _ = parse_names(interview.group("names")) if interview else ([], [])
    if not names or "author" in work:
        return
    del work["title"]
    work.update({"type": "interview", "author": names, "interviewer": the_author()})


def _archival_heading(work: dict) -> None:
    """What an archival record's heading says: its sender and recipient, its
    writer (`Minute by P. G. Harrow`; `Soviet Embassy in Hanoi, Political
    Report`), a description printed after the signature (`c. 45v, lettera di
    B. Lanfredini a Ferdinando I`); and the archive the model took for a publisher."""
    if "title" not in work:
        _description_after_the_signature(work)
    _writer_of_the_description(work)
    title = work.get("title", "")
    heading = HEADING.match(title)
    if heading:
        work.setdefault("genre", heading.group(1).capitalize())
        work.setdefault("author", [{"literal": clean_value(heading.group(2))}])
        work.setdefault("recipient", [{"literal": clean_value(heading.group(3))}])
    heading = HEADING_FROM_TO.match(title)
    if heading and "author" not in work:
        work.setdefault("genre", heading.group(1).capitalize())
        work["author"] = [{"literal": clean_value(heading.group(3))}]
        work.setdefault("recipient", [{"literal": clean_value(heading.group(4))}])
        if heading.group(2):
            work.setdefault("number", heading.group(2))          # `Telegram 1187 from La Paz to ...`
    written_by = BY_HEADING.match(title)
    if written_by and "author" not in work:
        names, _ = parse_names(written_by.group(1))
        work["author"] = names or [{"literal": written_by.group(1)}]
    body, _, rest = title.partition(", ")
    if rest and "author" not in work and is_institution(body) and not re.search(r"\b(?:to|from|by)\b", body) \
            and not LETTER.search(body) and not RECORD_HEAD.match(body):
        work["author"], work["title"] = [{"literal": body}], rest       # Soviet Embassy in Hanoi, Political Report
    if "publisher" in work and "archive" not in work:
        _publisher_is_the_archive(work)


def _place_and_number_of_a_record(work: dict) -> None:
    """`..., Consul Thomas Ashcombe to the Marquis of Salisbury, no. 22, Zanzibar, 14
    April 1887`: an archival record has no publisher's place; the place it was written
    at is its event-place, and its `no. 22` its number (as Zotero's manuscript holds them)."""
    if "publisher" in work or not _archival(work):
        return
    if "publisher-place" in work:
        work.setdefault("event-place", work.pop("publisher-place"))
    if "issue" in work and "number" not in work and "container-title" not in work:
        work["number"] = work.pop("issue")
    _archive_place_opening_the_signature(work)


PLACE_THEN_SIGNATURE = re.compile(r"(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}) \((?P<short>[A-Z][A-Za-z]{1,7})\), (?P<rest>.+)")


def _archive_place_opening_the_signature(work: dict) -> None:
    """`National Archives of South Africa, Pretoria (SAB), NTS 7241, 312/327`: the city
    after the archive's name, with the paper's abbreviation for the archive, opens what
    the model read as the signature; it is the archive's place. (Without the
    abbreviation a place opening a signature is a section: `AGI, México, 2581`.)"""
    found = PLACE_THEN_SIGNATURE.fullmatch(work.get("archive_location", ""))
    if found and "archive" in work and "archive-place" not in work and is_known_place(found["place"]):
        work["archive-place"], work["archive_location"] = found["place"], found["rest"]


def _description_after_the_signature(work: dict) -> None:
    """`ASFi, Mediceo del Principato, 2979, c. 45v, lettera di B. Lanfredini a
    Ferdinando I`: an untitled record's description, printed after its
    signature, is its title; `di X a Y` names writer and recipient."""
    location, _, last = work.get("archive_location", "").rpartition(", ")
    if not location or not DESCRIPTION.match(last):
        return
    work["archive_location"], work["title"] = location, DANGLING.sub("", last)


def _writer_of_the_description(work: dict) -> None:
    """`lettera di B. Lanfredini a Ferdinando I`: a record's description names its
    writer and recipient (whether the model or the signature gave the description)."""
    if "author" in work or not DESCRIPTION.match(work.get("title", "")):
        return
    by = re.search(r"\bdi\s+([A-Z][^,;]+?)(?:\s+a\s+([A-Z][^,;]+))?$", work["title"])
    if by:
        work["author"] = parse_names(by.group(1))[0] or [{"literal": by.group(1)}]
        if by.group(2):
            work["recipient"] = parse_names(by.group(2))[0] or [{"literal": by.group(2)}]


def _writer_and_recipient(work: dict) -> None:
    """`Zhou Enlai to Mao Zedong, letter, June 2, 1965` and, in an archive,
    `Clara Jensen to Otto Brandt, 9 April 1948, box 7`, `Consul Thomas Ashcombe to
    the Marquis of Salisbury`: the heading of a letter names its writer and recipient
    (the heading stays the title, as Zotero keeps it)."""
    if work.get("type") == "manuscript":
        _place_after_the_heading(work)
        if _office_at_a_place_to(work):
            return
    sender_recipient = FROM_TO.match(work.get("title", ""))
    if not sender_recipient:
        return
    lettered = LETTER.search(work.get("genre", "")) is not None
    sender = sender_recipient.group(1)
    if RECORD_HEAD.match(sender) or re.search(r"\bfrom\b", sender):
        return                                               # `Telegram 2216 from the Embassy in Tokyo to ...`
    archival = work.get("type") == "manuscript" and _names_alone(_without_office(sender)) \
        and (_names_alone(sender_recipient.group(2)) or _an_addressee(sender_recipient.group(2)))
    published = work.get("type") == "chapter" and len(_date_parts(work)) == 3 and all(
        re.fullmatch(r"(?:[A-ZÀ-Þ][\w'’.-]*|[IVXL]+)(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|[IVXL]+)){0,3}", part)
        for part in sender_recipient.groups())              # Voltaire to Frederick II, 5 June 1751, in *Correspondance*
    station = work.get("type") == "manuscript" and is_known_place(sender) and len(sender.split()) <= 3 \
        and _an_addressee(sender_recipient.group(2))            # `Conakry to Secretary of State, tel. 212`
    if station:
        work["author"], work["recipient"] = [{"literal": sender}], [{"literal": sender_recipient.group(2)}]
        return
    if not (lettered or archival or published):
        return
    senders, _ = _party(_without_office(sender))
    recipients = _party(sender_recipient.group(2))[0] if _names_alone(sender_recipient.group(2)) \
        else [{"literal": sender_recipient.group(2)}]
    if senders and recipients:
        work["author"], work["recipient"] = senders, recipients
        if not any("literal" in name for name in senders + recipients):
            work.setdefault("genre", "Letter")                # a body's message to a body may be any record


# `Resident Magistrate, Waiapu, to Native Minister`, `Political Officer, Mosul, to Civil Commissioner, Baghdad`
OFFICE_AT_A_PLACE_TO = re.compile(r"^(?P<writer>[A-Z][^,;:\d]{1,50},\s+[A-Z][^,;:\d]{1,40}),?\s+to\s+"
                                  r"(?P<recipient>(?:the\s+)?[A-Z][^;:\d]{1,80})$")


def _office_at_a_place_to(work: dict) -> bool:
    """`Resident Magistrate, Waiapu, to Native Minister, 18 August 1891, MA 1`: a record
    headed by an office and its station, to another office: the two offices are the
    writer and the recipient (literals, as a catalogue enters them); the heading stays
    the title."""
    heading = OFFICE_AT_A_PLACE_TO.match(work.get("title", ""))
    if not heading or "author" in work or " to " in heading.group("writer"):
        return False
    recipient = heading.group("recipient").strip()
    station = next((k for k in ("publisher-place", "event-place") if k in work), None)
    if "," not in recipient and station:             # `to Resident`, `Zaria`: the recipient's station too
        recipient = f"{recipient}, {work.pop(station)}"
        work["title"] = f"{work['title']}, {recipient.rpartition(', ')[2]}"
    work["author"] = [{"literal": heading.group("writer")}]
    work["recipient"] = [{"literal": recipient}]
    return True


def _office_read_as_a_surname(work: dict) -> None:
    """`Governor, Lagos, to Secretary of State, 12 March 1901, CO 147/155`: an office the
    model took for a surname, the rest of the heading for the title, opens the heading."""
    author = work.get("author", [])
    if len(author) == 1 and set(author[0]) == {"family"} and author[0]["family"].lower() in OFFICES \
            and "recipient" not in work and re.match(r"[A-Z][^,;:\d]{1,40},?\s+to\s+", work.get("title", "")):
        work["title"] = f"{work.pop('author')[0]['family']}, {work['title']}"


def _place_after_the_heading(work: dict) -> None:
    """`Eliza M. Tolley to the Secretaries, Frere Town`, `... to Secretary of State for
    the Colonies, confidential`: a place of writing or a classification after a
    letter's heading is no part of its title."""
    heading, _, after = work.get("title", "").rpartition(", ")
    if not heading or not FROM_TO.match(heading):
        return
    if after.lower() in CLASSIFICATIONS:
        work["title"] = heading
        work["note"] = " ".join(filter(None, [work.get("note"), after.capitalize() + "."]))
    elif place_like(after) or _names_alone(after) and len(after.split()) <= 2:
        work["title"] = heading
        work.setdefault("event-place", after)


CLASSIFICATIONS = {"confidential", "secret", "top secret", "private", "personal", "private and confidential",
                   "strictly confidential", "vertraulich", "geheim", "streng vertraulich", "confidentiel",
                   "secret et personnel", "riservato", "riservata", "segreto", "reservado", "confidencial"}
"""A letter's classification printed after its heading (`, confidential,`)."""


def _without_office(sender: str) -> str:
    """`Acting Governor H. M. Treloar` -> `H. M. Treloar`: the rank or office before a writer's name."""
    words = sender.split()
    k = 0
    while k < len(words) - 1 and words[k].lower().rstrip(".") in OFFICES:
        k += 1
    return " ".join(words[k:])


RECORD_WORDS = {"fieldnotes", "notebook", "notebooks", "diary", "diaries", "journal", "minutes", "ledger", "logbook",
                "daybook", "scrapbook", "sketchbook", "tagebuch", "carnet", "carnets", "cuaderno", "diario", "taccuino"}
"""`Fieldnotes, Trobriand Islands, 1915, Malinowski Papers`: the kinds of record a heading opens with."""


def _record_word_read_as_a_surname(work: dict) -> None:
    """A record's heading word (`Fieldnotes`, `Notebook`, `Diary`) read as an author's surname alone
    is the title's first word."""
    author = work.get("author", [])
    if len(author) == 1 and fold(author[0].get("family", "")) in RECORD_WORDS and set(author[0]) <= {"family", "given"}:
        name = work.pop("author")[0]                     # `Fieldnotes, Kiriwina` read as `Surname, Given`
        heading = ", ".join(filter(None, [name["family"], name.get("given"), work.get("title")]))
        work["title"] = heading


SERIES_AND_ITS_NUMBER = re.compile(r"^(?P<series>.*[^\W\d_].*?),?\s+(?:(?:o\.s\.|n\.s\.|no\.|vol\.)\s*)?(?P<number>\d+)$")


CATALOGUE_NUMBER = re.compile(r"^(?P<label>.+?)\s+(?P<number>[A-Z]{1,4}[\s-]?\d{2,6})$")
"""`Columbia CL 1355`: a record label and its catalogue number."""
MEDIA = re.compile(r"^(?:LP|CD|EP|cassette|vinyl|sound recording|compact disc|audio CD|\d+\s?rpm)$", re.I)


def _recording(work: dict) -> None:
    """`Columbia CL 1355, 1959, LP`: a record label with its catalogue number and a medium make the
    work a recording (CSL `song`): the label the publisher, its number the number, the medium the genre."""
    found = CATALOGUE_NUMBER.match(work.get("publisher", ""))
    if found and MEDIA.match(work.get("genre", "")) and work.get("type") in ("book", "manuscript", None):
        work["type"], work["publisher"], work["number"] = "song", found.group("label"), found.group("number")
        work["medium"] = work.pop("genre")


def _number_of_the_series(work: dict) -> None:
    """`Cambridge Studies in Medieval Literature 52` -> the series and its number (Zotero's Series and
    Series Number); a report's series keeps its number (`NKIDP e-Dossier 2` names the report)."""
    series = work.get("collection-title", "")
    found = SERIES_AND_ITS_NUMBER.match(series)
    if found and "collection-number" not in work and work.get("type") not in ("report",) and not REPORT.search(series):
        work["collection-title"], work["collection-number"] = found.group("series").rstrip(" ,"), found.group("number")


def _station_read_as_a_surname(work: dict) -> None:
    """`Dakar to Secretary of State, tel. 88`: a post abroad writing to an office, read as
    a person's surname, is the post (a literal)."""
    author = work.get("author", [])
    if len(author) == 1 and set(author[0]) == {"family"} and is_known_place(author[0]["family"]) \
            and any("literal" in name for name in work.get("recipient", [])):
        work["author"] = [{"literal": author[0]["family"]}]


def _an_addressee(text: str) -> bool:
    """`the Foreign Secretary`, `Secretary of State for the Colonies`, `das Komitee`: an office
    or body addressed, a few capitalised words after an optional article."""
    words = text.split()
    if words and words[0].lower() in ADDRESSEE_ARTICLES:
        words = words[1:]
    return 1 <= len(words) <= 7 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w in NAME_JOINING_WORDS for w in words)


ADDRESSEE_ARTICLES = {"the", "das", "der", "die", "den", "le", "la", "les", "l’", "il", "el", "o", "os", "de"}


def _names_alone(text: str) -> bool:
    """`Clara Jensen`, `J. R. Hale`: two to four capitalised words, so a person's
    name; or a body, `Chinese Embassy in Pyongyang`."""
    words = text.split()
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)) or is_institution(text)


def _party(text: str) -> tuple[list[dict], list[str]]:
    """A writer or recipient: a body as a literal (`Foreign Ministry`), a person parsed."""
    return ([{"literal": text.strip()}], []) if is_institution(text) else parse_names(text)


def _publisher_is_the_archive(work: dict) -> None:
    """`..., box 4, Ames Papers, Minnesota Historical Society, St. Paul`: a record
    in an archive has no publisher; the body the model read as one holds it."""
    name, place = archive_and_place(work.pop("publisher"))
    work["archive"] = name
    place = place or work.pop("publisher-place", None)
    if place:
        work.setdefault("archive-place", place)


def _date_from_title(work: dict) -> None:
    """`Journal of the Ambassador for 1 August 1957` -> issued 1957-08-01; a full date
    appended to the title without a preposition or comma is taken out of it."""
    title = work.get("title", "")
    found = find_date(title)
    if not found:
        return
    work["issued"] = found[0]
    start, end = found[1]
    before = title[:start].rstrip()
    last_word = before.split()[-1].lower() if before.split() else ""
    if end >= len(title.rstrip(" .")) and len(found[0]["date-parts"][0]) == 3 \
            and not before.endswith(",") and last_word not in TITLE_DATE_KEPT_AFTER:
        work["title"] = clean_value(before)


def type_of(reading: Reading) -> str:
    """The CSL type of a reading, adjusting the fields the type decides."""
    work = reading.work
    genre = work.get("genre", "")
    if INTERVIEW.search(genre) or "interviewer" in work:
        return "interview"                                   # Ann Smith, interview by author, Boston, 3 May 2005
    if LETTER.search(genre) and "recipient" in work and not _archival(work) and "container-title" not in work:
        return "personal_communication"                      # Ann Smith, letter to the author, 3 May 2005
    if _archival(work) and _a_digitised_issue(reading):
        return "article-newspaper"                           # "Walk Out," Harbour Herald, April 3, 1929, 1, Chronicling America
    if _archival(work):
        if LETTER.search(genre) or "recipient" in work:
            work.setdefault("genre", "Letter")
        return "manuscript"                                  # "Note on a Meeting," 4 May 1961, AVPRF, f. 07, ...
    if THESIS.search(genre):
        return "thesis"                                      # "Salt and Silver" (PhD diss., Yale University, 1999)
    if FILM.search(genre) or FILM_HOSTS.search(work.get("URL", "")) or reading.label == "timestamp" or "director" in work:
        return "motion_picture"                              # *White Jade*, dir. Kim, Studio, 2009, 13:57 to 15:08
    if "container-title" in work and (_sub_verbo(reading) or REFERENCE_WORK.search(work["container-title"])):
        return "entry-dictionary" if DICTIONARY.search(work["container-title"]) else "entry-encyclopedia"
    if "container-title" in work:
        return _contained(reading)
    return _standalone(reading)


def _a_digitised_issue(reading: Reading) -> bool:
    """An article's title, a periodical's name, a day's date and a page, kept in a digital
    collection (`Chronicling America, Library of Congress`, read as an archive) with no
    shelf mark: a newspaper article, the collection its archive."""
    work = reading.work
    return "container-title" in work and "title" in work and "archive_location" not in work \
        and len(_date_parts(work)) == 3 and bool(re.fullmatch(r"\d{1,3}", reading.locator or ""))


def _sub_verbo(reading: Reading) -> bool:
    """True (and the mark dropped) when the citation names an entry `s.v. "Tonnage"`."""
    marks = [n for n in reading.notes if SUB_VERBO.fullmatch(n)]
    for mark in marks:
        reading.notes.remove(mark)
    return bool(marks)


def _archival(work: dict) -> bool:
    return "archive" in work or "archive_location" in work


def _contained(reading: Reading) -> str:
    """A title inside a container: article, chapter, web page or report."""
    work = reading.work
    container = work["container-title"]
    periodical = lookup_periodical(container)
    if periodical:
        work.setdefault("language", periodical[1])
        return {"newspaper": "article-newspaper", "magazine": "article-magazine"}.get(periodical[0], "article-journal")
    if reading.excerpt or _series_of_documents(container):
        return "chapter"                 # "...," excerpt from *The General Staff ...*; "Memorandum," FRUS, 1961–1963
    if REPORT.search(container) and not any(k in work for k in ("editor", "publisher-place")) \
            or PAPER_SERIES.search(container) and "editor" not in work:
        return _report(work, series=work.pop("container-title"))   # Wilson Center NKIDP e-Dossier No. 2
    if _a_site_and_its_owner(work):
        return "webpage"                                     # "Privacy Policy," Privacy & Terms, Google, ..., https://...
    if any(k in work for k in ("editor", "publisher", "publisher-place")) and "issue" not in work \
            or "publisher-place" in work and len(_date_parts(work)) < 3:   # `in Storia della cultura veneta, III/1, Vicenza 1980`
        return "chapter"                                     # "On Salt," in *Essays*, ed. Ann Smith (London: Verso, 2001)
    printed_page = bool(re.fullmatch(r"\d{1,3}", reading.locator or "")) and reading.label in (None, "page")
    if len(_date_parts(work)) == 3 and "volume" not in work and ("URL" not in work or printed_page):
        _place_after_the_periodical(work)                    # (a digitised issue's page: `..., April 3, 1929, 1, https://`)
        return "article-newspaper"                           # "Rice Prices Rise," *Daily Post*, March 3, 1965; in: Die Zeit, Nr. 37, 8.9.2005
    if any(k in work for k in ("volume", "issue", "page")):
        return "article-journal"                             # *Journal of Asian History* 43, no. 1 (1968): 4
    if "URL" in work:
        return "post-weblog" if BLOG.search(work["URL"] + container + work.get("genre", "")) else "webpage"
    return "article-journal"


def _a_site_and_its_owner(work: dict) -> bool:
    """`"Privacy Policy," Privacy & Terms, Google, last modified April 17, 2017, https://...`:
    a page of a site, with a URL, no editor, volume or page, whose `place` is the
    name in the URL's host: the site's owner, its publisher (CMOS 14.207)."""
    if "URL" not in work or any(k in work for k in ("editor", "volume", "issue", "page", "publisher")):
        return False
    host = re.sub(r"^https?://(?:www\.)?", "", work["URL"]).split("/")[0].lower().replace(".", "").replace("-", "")
    site, _, last = work.get("container-title", "").rpartition(", ")
    if _named_in(host, work.get("publisher-place", "")):
        work["publisher"] = work.pop("publisher-place")       # `Google` at google.com: the site's owner
    elif site and _named_in(host, last):
        work["container-title"], work["publisher"] = site, last   # `Help Centre, Harbourline`
    return "publisher" in work


def _named_in(host: str, owner: str) -> bool:
    """Whether a URL's host (dots and hyphens dropped) spells `owner` (`Google`, `google.com`)."""
    return len(owner) > 2 and re.sub(r"\W", "", owner.lower()) in host


def _series_of_documents(container: str) -> bool:
    """`FRUS, 1961–1963`, `Foreign Relations of the United States, 1964–1968`: a series of
    diplomatic documents (CONVENTIONS §4: a document in it is a chapter)."""
    head = container.split(",")[0].strip()
    return head in DOCUMENT_SERIES or head in DOCUMENT_SERIES.values()


def _standalone(reading: Reading) -> str:
    """No container: a bare newspaper issue, a report, a web page or a book."""
    work = reading.work
    title = work.get("title", "")
    periodical = lookup_periodical(title) if title else None
    bare_issue = len(_date_parts(work)) == 3 and not reading.title_quoted and not _a_description(title) and not any(
        k in work for k in ("author", "publisher", "editor", "URL")) and (
        "publisher-place" not in work or _a_masthead(title) or _a_short_name(title))  # a book's imprint has no day
    if bare_issue and not periodical and a_record_heading(title):
        return "manuscript"                                  # Schreiben der Regierung von Niederbayern vom 2. Januar 1963
    if "issued" not in work and a_record_heading(title) and DATED_HEADING.search(title) \
            and not any(k in work for k in ("publisher", "publisher-place", "author", "editor", "URL")):
        return "manuscript"                                  # the same heading with its date read into it
    if title and (periodical or bare_issue):
        work["container-title"] = work.pop("title")          # *Rodong Sinmun*, March 27, 1965; Le Temps (Paris), 12 janvier 1871
        _place_after_the_periodical(work)
        work.pop("original-title", None)
        if periodical:
            work.setdefault("language", periodical[1])
        magazine = (periodical and periodical[0] == "magazine") or "issue" in work
        return "article-magazine" if magazine else "article-newspaper"
    series = work.get("collection-title", "")
    by_a_body = any("literal" in name for name in work.get("author", []))
    if REPORT.search(series + " " + work.get("genre", "")) or REPORT.match(title) \
            or by_a_body and SERIES_AND_NUMBER.match(series):    # U.S. Department of Agriculture, ..., Technical Bulletin no. 612
        return _report(work, series=work.pop("collection-title", None))
    if "URL" in work and not any(k in work for k in ("publisher", "publisher-place")):
        return "post-weblog" if BLOG.search(work["URL"] + work.get("genre", "")) else "webpage"
    return "book"


DATED_HEADING = re.compile(r"\b(?:vom|am|of|du|del|dated)\s+\d{1,2}\.?\s+\S+\s+\d{4}\.?$")
"""`Schreiben ... vom 4. März 1951`, `Letter of 3 May 1950`: a heading ending in the day it was written."""


def a_record_heading(title: str) -> bool:
    """`Schreiben der Regierung an ...`, `Memorandum of the Harbour Board`: a record's heading, no masthead."""
    return bool(DESCRIPTION.match(title) or DESCRIPTION.match(title[:1].lower() + title[1:]))


def _an_untitled_issue(work: dict) -> bool:
    """A periodical's name and a day's date, with no one's name, publisher or URL: an issue."""
    name = work["container-title"]
    return len(_date_parts(work)) == 3 and (_a_masthead(name) or _a_short_name(name)) and not any(
        k in work for k in ("author", "editor", "publisher", "URL", "page"))


def _a_masthead(title: str) -> bool:
    """`Le Temps`, `The Harbour Herald (Hull)`: a few words, each capitalised but its particles."""
    words = PLACE_IN_PARENTHESES.sub(r"\g<name>", title).split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w in NAME_JOINING_WORDS
                                        or w.split("-")[0] in ARABIC_ARTICLES and w[w.find("-") + 1:][:1].isupper()
                                        for w in words)            # `al-Ahrām (Cairo)`


def _a_description(title: str) -> bool:
    """`ofício do governador ao ministro`: a record described in lower case, no paper's name
    (`al-Ahrām` opens with its article)."""
    first = title.split()[0] if title.split() else ""
    return first.islower() and first.split("-")[0] not in ARABIC_ARTICLES


def _a_short_name(title: str) -> bool:
    """`Nanfang ribao`, `Jornal do Brasil`: two or three words, the first capitalised (a romanised
    paper's name keeps its other words lower-case)."""
    words = title.split()
    return 2 <= len(words) <= 3 and words[0][:1].isupper() and all(w.isalpha() for w in words)


PLACE_IN_PARENTHESES = re.compile(r"(?P<name>.+?)\s*\((?P<place>[^()]+)\)?")   # its `)` may be cut with the field


def _place_after_the_periodical(work: dict) -> None:
    """`The Harbour Herald (Hull)`: the place a paper is printed with is its place, not its name's."""
    found = PLACE_IN_PARENTHESES.fullmatch(work["container-title"])
    if found and place_like(found["place"]) and "publisher-place" not in work:
        work["container-title"], work["publisher-place"] = found["name"], found["place"]


SERIES_AND_NUMBER = re.compile(r"^(?P<series>[A-Z].*?),?\s+(?:No|Nr|no|nr|n|Nos)\.\s*(?P<number>\d+[\w/-]*)$")
NUMBERED_SERIES = re.compile(r"^(?P<series>.*?\b(?:Paper|Papers|Report|Reports|Series|Brief|Dossier))\s*,?\s*"
                             r"(?:No\.?|Nr\.?|no\.?|#)\s*(?P<number>\d+[\w/-]*)$")


def _report(work: dict, series: str | None) -> str:
    """A report's series and number (`NKIDP e-Dossier No. 2`; `Working Paper No. 14`
    printed as the genre)."""
    if series:
        work["collection-title"] = series
    numbered = SERIES_AND_NUMBER.match(work.get("collection-title", ""))
    if numbered and "number" not in work:                    # `Technical Bulletin no. 612`, `Colonial No. 112`
        work["collection-title"], work["number"] = numbered.group("series"), numbered.group("number")
    numbered = NUMBERED_SERIES.match(work.get("genre", ""))
    if numbered and "collection-title" not in work and "number" not in work:
        work["collection-title"], work["number"] = numbered.group("series"), numbered.group("number")
        del work["genre"]
    if "number" not in work:                                 # (`[Cmd. 4102], IX`: a number and a volume)
        number = work.pop("issue", None) or work.pop("volume", None)
        if number:
            work["number"] = number
    return "report"


def _date_parts(work: dict) -> list:
    return (work.get("issued") or {}).get("date-parts", [[]])[0]


ACCESSION_NUMBER = re.compile(r"^(?:[A-Z]{1,5}[\s.]?)?\d[\w./-]*$")
"""`NG524`, `RF 1977 286`, `1975.1.112`: a museum's number for a work (its accession or inventory number)."""


def _accession_number_in_the_archive(work: dict) -> None:
    """`National Gallery, London, NG524` read as one holder: the museum, its town and the work's number."""
    parts = work.get("archive", "").split(", ")
    if len(parts) < 2 or not ACCESSION_NUMBER.match(parts[-1]):
        return
    number = parts.pop()
    name, place = archive_and_place(", ".join(parts))
    work["archive"] = name
    if place:
        work.setdefault("archive-place", place)
    work["archive_location"] = ", ".join(filter(None, [work.get("archive_location"), number]))


INVENTORY = re.compile(r"^(?:" + "|".join(sorted(INVENTORY_WORDS, key=len, reverse=True)) + r")\b", re.I)


def settle_note(work: dict) -> None:
    """What the commentary left in `note` says about the type: an artwork's medium
    and size (`oil on panel, 48 × 63 cm`), once the note is assembled."""
    if work.get("type") == "manuscript" and "note" in work:
        _artwork(work)
    original = ORIGINAL_EDITION.search(work.get("note", ""))
    if original and "original-title" not in work:        # `(engl. Orig.: The Occupiers and the Press, Oxford 1998)`
        work["original-title"] = original.group("title").strip()
        if original.group("year"):
            work.setdefault("original-date", {"date-parts": [[int(original.group("year"))]]})
        work["note"] = (work["note"][:original.start()] + work["note"][original.end():]).strip(" ,;")
        if not work["note"]:
            del work["note"]


ORIGINAL_EDITION = re.compile(r"\(?(?:[a-zé]+\.?\s+)?(?:Orig(?:inal)?(?:titel|ausgabe)?\.?|original title|titre original|"
                              r"título original|titolo originale)\s*:\s*(?P<title>[^,()]+?)"
                              r"(?:,\s*(?P<place>[^,\d()]+?))?(?:,?\s*(?P<year>1[5-9]\d\d|20[0-2]\d))?\s*\)?$")
"""`(engl. Orig.: The Occupiers and the Press, Oxford 1998)`, `(titre original : Les Ports, Paris 1990)`."""


def _artwork(work: dict) -> None:
    """`Edvard Munch, *The Scream*, 1893, tempera on cardboard, 91 × 73.5 cm,
    Nasjonalmuseet, Oslo, inv. NG.M.00939`: a record whose commentary or signature
    holds a work's dimensions is an artwork (`graphic`): its medium before them,
    the museum and its place after, the inventory number its signature."""
    noted = work["note"].split(", ") if work.get("note") else []
    located = work["archive_location"].split(", ") if work.get("archive_location") else []
    parts = noted + located
    sized = next((k for k, part in enumerate(parts) if DIMENSIONS.fullmatch(part.strip().rstrip("."))), None)
    if sized is None:
        return
    work["type"], work["dimensions"] = "graphic", parts[sized].strip().rstrip(".")
    start = sized
    if sized and parts[sized - 1][:1].islower() and not re.search(r"\d", parts[sized - 1]):
        work["medium"], start = parts[sized - 1].strip(), sized - 1       # oil on panel, tempera on cardboard
    rest = parts[sized + 1:]
    inventory = next((k for k, part in enumerate(rest) if INVENTORY.match(part)), len(rest))
    holders, used = rest[:inventory], 0
    if holders and "archive" not in work:
        work["archive"], used = holders[0].strip(), 1
        if len(holders) > 1 and place_like(holders[1]) and "archive-place" not in work:
            work["archive-place"], used = holders[1].strip(), 2
    note = [p for k, p in enumerate(parts[:start]) if k < len(noted)]
    location = [p for k, p in enumerate(parts[:start]) if k >= len(noted)] + holders[used:] + rest[inventory:]
    for key, kept in (("note", note), ("archive_location", location)):
        if kept:
            work[key] = ", ".join(kept)
        else:
            work.pop(key, None)
    _accession_number_in_the_archive(work)
