"""Checks around the model: labels corrected where the structure is certain.

The tagger decides; these rules only mend what the shape of a citation
rules out. Each names the form it protects:

| rule | footnote |
|---|---|
| a quoted title opening the citation holds no author, and no quoted title holds commentary | `"Kim Il Sung Receives Delegation," Rodong Sinmun, 14 April 1965` |
| a series of diplomatic documents cited by its abbreviation, and its volume's years, is the container | `"Memorandum," 5 May 1961, FRUS, 1961–1963, vol. 22, doc. 213.` |
| a part and a document number after a volume, left as commentary, are the volume's | `FRUS, 1964–1968, vol. 29, pt. 1, doc. 45.` |
| a URL is a URL | `..., <https://example.org/rice>` |
| lower-case words before a name are not the name | `Vgl. hierzu ausführlich Klein, Paul: Macht und Raum` |
| a clause of prose and a lead word before a name or a quoted title are commentary and the prefix; a name before the quoted title is the author | `Sobre el pleito, véase Juan Gil, Historia`; `Ver também Ana Reis, “Senhores,” Revista` |
| a parenthesis closing a sentence of prose, opening with a name and holding an emphasised or quoted title, is the citation; the prose is commentary | `Hale also notes the price of salt in the ports (Rita Hale, *Salt Roads*, 45-47).` |
| a range is never cut at its dash | `AVPRF, f. 0102, op. 17, d. 5, ll. 12–15.` |
| names end at their role word: what follows it is the title | `Ann Hale, ed., Our Common Sea (Boston, 1990)` |
| a bare number closing a citation (at `;` or the note's end), left as commentary, after a year or read as a date alone, is the pinpoint | `Hale, op. cit., 12.`; `Meier 2003, 18.`; `Kim, Rice, 3.`; `*Post*, May 4, 1968, A12.` |
| an access date runs from `accessed` to its year | `(accessed March 3, 2024)` |
| a bare four-figure number inside a signature, with a day's date later, is the signature's | `AGI, Quito 1231, carta del cabildo, Quito, 3 de mayo de 1601` |
| a document's heading inside a signature run (`carta del cabildo al rey`) is its title | `AGI, Quito 1231, carta del cabildo al rey, Quito, 3 de mayo de 1601` |
| in an archival signature, the leaves after its `ff.`, `fol.`, `c.`, `ll.` are the signature's | `AGI, Charcas 418, ff. 112r–115v.` |
| `Housed at`, `Held at`, `Copy in` and a repository after an archive, left as commentary, are a second repository | `..., Foreign Ministry Archives. Housed at National Archives, Kew, Box 12.` |
| figures and shelf words after an archive, left as commentary, are its signature | `Archives nationales (Paris), F12 1504, dossier 7.` |
| the abbreviation a paper defines for an archive is the archive's | `Archivo General de Simancas, Valladolid (en adelante AGS), Guerra Antigua` |
| a particle and capitalised words opening the signature end the archive's name | `Archives départementales du Rhône, 3 E 4410` |
| a short code closing the archive's name before the signature opens the signature | `British Library, Add. MS 48211`; `Landesarchiv Berlin, A Rep. 001` |
| a parenthesised series and number after the imprint is the collection, in guillemets too | `Venezia, Il Cardo, 1996 (Fonti per la storia di Venezia, 12), p. 8.`; `Torino, Einaudi, 1982 («Saggi», 437)` |
| names after a translator's role word left as commentary are the translator | `La Serenissima e il Turco, trad. it. di C. Longo, Bologna` |
| after a title, `ed.` and the capitalised words up to the comma are the edition's editor | `Le vite, ed. Carla Bruni Neri, 9 vols.` |
| `s.v.` names an entry: the term after it is the title, the work before it the container | `Encyclopaedia Britannica, 11th ed., s.v. “Tonnage.”` |
| the date after `last modified`, `updated`, `posted` is the page's date | `Portal, last modified May 5, 2014, http://...` |
| an interview's heading opening a citation is its genre, the person after `mit`, `con`, `di` its author, the words before the date its place | `Interview der Verfasserin mit Karl Marsh, Leipzig, 12.3.2004.`; `Testimonianza di Ada Neri raccolta dall'autore, Adria, 1999` |
| `Interview with` opening a citation's names is its genre | `Interview with Kim Yong-ho, Seoul, 14 August 2009.` |
| a heading `Minute by X` the model read as a translator or editor is the title | `Minute by P. G. Harrow, 14 February 1956, FO 371/120873` |
| a signature that is only a page reference, in a citation with no archive, is the pinpoint | `Vgl. Meier/Müller 2010, S. 45 ff.` |
| after ibid., a leaf or page reference is the pinpoint, not a signature | `Ebd., Bl. 7.`; `Ibid., fol. 4v.` |
| after ibid. and its pinpoint, lower-case words are commentary | `Ibid., 213–14, on the weavers of Ghent.` |
| `(blog)`, `(podcast)`, `(video)` after a site's name are its genre; the name before it is the site's | `The Archive Hound (blog), June 12, 2017` |
| a repository's name read as the author, before shelf words, is the archive; what follows it is the signature | `Arquivo Distrital de Braga (ADB), Braga, Registo Geral, liv. 3, fl. 12.` |
| `Surname, Words, N.` read as an archive and a shelf mark is a short form | `Ortiz, River Archive, 90.` |
| an interviewer's name is whole: a surname after `interview by` is no place | `Rui Vale, interview by Ines Prado, June 4, 2012.` |
| `reprinted in`, `rpt. in`, `abgedruckt in` and the title after it are the container | `"The Salt Tax" (1851), reprinted in Documents of the Salt Trade, ed. ...` |
| `editorial`, `obituary` read as a name or publisher is the genre, the paper after it the container | `"Port Expansion Approved," editorial, *Boston Globe*` |
| a printed book's signature mark (`sig. B2r`) closing the citation is the pinpoint, not a shelf mark | `A True Relation (London, 1611), sig. C3v.` |
| a dotted section number closing a title is the pinpoint | `Augustine, De civitate Dei 19.7.` |
| a labelled pinpoint (`chap. 4`, `n. 12`, `fig. 3`, `cap. III`) closing the citation is the pinpoint | `(Chicago, 2019), chap. 4.`; `Milano 1994, cap. III.` |
| words after the names' comma holding a possessive, running into the title, are the title's | `Narushige Kato, Japan's Naval-Diplomatic Campaigns (London, 2010)` |
| a name run that ends in a word right before the title gives that word to the title | `Omar Khan, Desert Roads (Cairo, 2003)` |
| a cross-reference to an earlier note marks a short form | `Lenz, Zünfte (wie Anm. 103), S. 115.`; `Hale, Salt (see n. 4 above), 12.` |
| the first word of a citation that is `Ibid.`, `Ebd.`, `Ivi` is ibid.; `Id.`, `Idem` a short form | `Ebd., S. 3.` |
| an imprint starts at its parenthesis | `ed. Rosa Paredes (Lima: IEP, 1990)` |
| a number after the imprint's parenthesis is the pinpoint, unless it opens a day's date | `(Köln: Böhlau, 1970), 3.`; `Le Temps (Paris), 12 janvier 1871` |
| words read as a date that hold no date, right before the title, open the title | `AN, F/7/12853, rapport du préfet du Nord, 12 mars 1894.` |
| a page and its note (`18, n. 7`) after the imprint are one pinpoint | `(Lima: IEP, 1982), 18, n. 7.` |
| in an imprint's parentheses, the words after the colon (read as a place or a name) are the publisher | `(Strasbourg: Istra, 1924)` |
| a range of years in an imprint is its date, not a pinpoint or a volume | `2 vols. (Paris: Colin, 1939–40)`; `2 voll., Milano 1944-46.` |
| a day (and month) in figures before a date run is part of the date | `*Daily Herald*, 3 July 1923`; `vom 3.5.1942` |
| name words between an author and the comma before an emphasised title are the author's | `RHEE Dong-su, *Harbour Songs*, p.17.` |
| an author cut inside a body's name runs to the comma when the whole names a body | `Royal Commission on Coastal Fisheries, Report (London, 1903), 4.` |
| a body's name opening a plain title before an imprint, up to its comma, is the author | `Royal Commission on Coastal Fisheries, Report on the Herring Trade (London: HMSO, 1903)` |
| a section and page (`B4`) closing a dated periodical's citation, with no archive, is the pinpoint | `"Dock Strike Ends," Baltimore Sun, March 9, 1959, B4.` |
| a body's office between the body and a quoted title is the author's | `Ministry of Trade, Office of Ports, "Harbour Dues," 1951` |
| a page word closing a title before the pinpoint is the pinpoint's | `Omar Khan, *Roads in between*, p.12.` |
| the words between an author and a pinpoint are a short title | `Nguyễn Văn Quyền, Vietnam took advantage of support, pp. 149-150.` |
| a name before `review of` read into the title is the reviewer | `Rita Hale, review of The Salt Road, by Omar Khan` |
| an East Asian name opening a note's citation, read into its title, is the author | `Pak Sŏng-su, Han'guk chŏnjaeng ŭi kiwŏn [The origins of the Korean War]` |
| a bracketed translation right after a title is the title's (its reader sends it to the note) | `"Torgovlia i gorod" [Trade and the town], Voprosy istorii` |
| capitalised words read as a volume, before its number, are the periodical | `[Trade and the town], Voprosy istorii, no. 5 (1991)` |
| emphasis after a quoted title is its container | `"Rice Prices Rise," *Java Courant*, March 3, 1921.` |
| a title that opens at a quote holds every word up to the closing quote | `Zhou Lan, "Speech at the Afro-Asian Rally," 3 May 1960, in Works` |
| a second title run opening with `in` after a quoted title is the container | `"Speech at the Rally," 3 May 1960, in Collected Speeches, vol. 3` |
| one emphasised span partly title, partly commentary is all title | `Kim Hyok-mo, *Comrade KIM Il-sung*, p.396.` |
| `in` and a place right after the title, with no comma, are the title's | `Arbeit und Armut in Berlin, 8. Aufl.` |
| a title's `, in Container` or closing `, «Journal»` is the container | `R. Neri, Le mura, «Studi veneziani», 12 (1970)`; `Stadt und Kloster, in: Bürgertum` |
| a publisher right after a quoted title, outside an imprint's parentheses and with no place, is the site or periodical | `"Warfare Operations," The NKIDP, March 19, 2018, <https://...>` |
| a quoted title ends at its closing quote; the rest of its run is the container, and begins the container found right after it | `“Tokyo’s Quiet Channel,” in The Two Koreas, ed. ...` |
| a capitalised name between a title and its place is the publisher | `Le mura della città, Einaudi, Torino, 1991.` |
| the words of `op. cit.`, `loc. cit.`, `art. cit.`, `ob. cit.`, `a. a. O.`, `cit.` are a short form | `Fischer, a. a. O., S. 56.`; `Rossi, Storia della Zecca cit., p. 9.` |
| a lone inverted name before the pinpoint is a surname and a short title | `Nansen, Through Siberia, 368.` |
| the given name between an inverted surname and its colon is the author's | `Roth, Ingrid: Stadtgeschichte.` |
| words left as commentary between the author and the title, ending in a colon, are the title's first part | `Wu Lengxi, Ten Years' Controversy: Memoirs of ...` |
| a year in brackets inside a title, with a fuller date later, is the title's | `Report ... pursuant to resolution 1874 (2009), United Nations, (February 24, 2016)` |
| a full stop after a whole given name ends an inverted name | `Appel, Konrad Maria. Grenzen: Ein Versuch.` |
| before a parenthesised imprint, after a name written given-first, a comma and words up to a colon open the title | `Madeleine Albright, Madam Secretary: A Memoir (New York, 2003)` |
| `in Title, ed. Name` read as one editor run: the title is the container, the editor's name whole | `Lessing to Nicolai, 2 April 1768, in Briefe, ed. Karl Baum, vol. 3` |
| a second title after `In:` and its editors is the container | `Wagner, Ulrich: Netze. In: Lang, Martin (Hg.): Kapital.` |
| an ordinal and an edition word left as commentary are the edition | `Keller: Diskurse. 4. Aufl. Wiesbaden 2011` |
| a writer, `to` (`al`, `an`, `à`, `aan`) and a recipient before the first comma, dated soon after, are a letter's heading | `Zhou Enlai to Kim Il Sung, 3 March 1964`; `Francisco de Toledo al rey, Cuzco, 1 de marzo de 1572` |
| `to` and a capital right after the writer open the recipient | `Ruth Baker to Harold Ames, 12 June 1952, box 4` |
| a record's description after its signature runs to its closing place and date; a shelf word may head it | `AN, Polícia da Corte, códice 403, fl. 118v, registro de ocorrências da freguesia, 1861` |
| after an archive's own abbreviation and its place, the rest of its name is the fonds | `Arquivo Nacional da Torre do Tombo (ANTT), Lisboa, Inquisição de Lisboa, proc. 11842` |
| a year-like number joined to the signature by a slash is the signature's | `TNA, FO 84/1812, Consul Thomas Ashcombe to the Marquis of Salisbury` |
| a place in parentheses the lexicon knows, partly read as a place, is all the place | `Jornal do Commercio (Rio de Janeiro), 15 de março de 1858` |
| an emphasised or plain masthead before a day's date is a periodical's name, not an author | `*Davar*, 17 June 1930, 1`; `Engineering News, 14 March 1895, 176` |
| a date of another calendar with its Gregorian date is the date | `*İkdam*, 19 Kanun-ı sani 1324 [1 February 1909], 3` |
| an acronym after a record's heading, before shelf words, is the archive | `Sprawozdanie wojewody za luty 1934 r., AAN, MSW, sygn. 1047, k. 23` |
| a command paper's number and the sessional volume after it are the report's | `Report of the Labour Committee, PP 1931–32 [Cmd. 4102], IX` |
| around a work's dimensions: its date, medium, holder and inventory number | `Vasseuil, *Le Port*, 1889, huile sur toile, 54 × 81 cm, Paris, musée d'Orsay, RF 1977 286` |
| a name and comma before an emphasised title, read into it, are the author | `Joaquim Teodoro Valença, *Vista da enseada de Botafogo*, 1868` |
| a series word and its quoted name after the imprint are the collection | `Lille, Septentrion, coll. « Histoire et civilisations », 2005` |
| a shelf word naming its unit after the signature's comma is the signature's | `ACS, Interno, b. 45, fasc. "Rossi Mario".` |
| a person's papers before their repository are the collection, in the signature | `John Wesley Powell Papers, box 3, folder 12, Huntington Library` |
| `Place to Body` between a signature and a date is a telegram's heading | `FO 371/45378, Cairo to Foreign Office, 3 April 1945` |
| a repository's name cut at an initial or at its first proper name begins at its comma | `Weld-Grimké Papers, William L. Clements Library` |
| a chapter before the page is part of the pinpoint | `Torino, Einaudi, 1995, cap. XV, p. 103.` |
| `Zit. nach`, `quoted in`, `citado por` opening a citation are its prefix | `Zit. nach Peter Longerich, *Heinrich Himmler*` |
| names before a parenthesised editor's role are the editors; a given name before it or the year no title | `Schimank, Uwe/Volkmann, Ute (Hrsg.) (2000):` |

`note_labels` runs on a whole note, `citation_labels` on one citation's tokens.
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from ..data.citewords import (ARCHIVE_WORDS, BY_THE_AUTHOR, CLAUSE_OPENERS, PINPOINT_LEAD_WORDS, PREFIX_WORDS, INTERVIEW_HEADING_WORDS, INTERVIEW_WITH_WORDS, COMMAND_SERIES, INVENTORY_WORDS, EDITION_WORDS, EDITOR_WORDS, GENRE_WORDS, IBID_WORDS, LEAD_ALSO_WORDS,
                              EXAMPLE_PHRASES, LEAD_PRELUDE_WORDS, LEAD_WORDS, LETTER_TO_WORDS, PAGE_WORDS, PAPER_SERIES,
                              ISSUE_WORDS, SAME_AUTHOR_PHRASES, SAME_AUTHOR_WORDS, SHELF_WORDS, THESIS,
                              PERIODICAL_WORDS, SERIES_WORDS, TRANSLATOR_WORDS, VOLUME_WORDS)
from ..data.lexicon import lexicon
from ..data.names import ARABIC_ARTICLES, EAST_ASIAN_SURNAMES
from ..data.periodicals import DOCUMENT_SERIES
from ..data.scripture import BOOKS as SCRIPTURE_BOOKS, NUMBERED as NUMBERED_BOOKS
from ..normalize.archives import defines_an_abbreviation, is_known_place, place_like
from ..normalize.dates import MONTHS, find_date
from ..normalize.names import NAME_JOINING_WORDS, PARTICLES, is_institution
from ..normalize.text import fold
from ..normalize.values import DIMENSIONS, OPEN_CLOSE
from .fields import TRANSLATED_FROM
from .legal import read_legal
from .types import a_record_heading as _a_record_heading
from .tokens import Token

ACCESS_WORDS = re.compile(r"^(?:accessed|retrieved|consulted|viewed|consulté|abgerufen|zuletzt|consultato|"
                          r"consultado|visited|acesso|acessado|acedido|dostęp)$", re.I)
IMPRINT = {"place", "publisher", "date"}
CERTAIN_LABELS = {"url", "accessed"}
"""Labels set by their certain form (a URL, an access date), which commentary around them leaves alone."""
NAME_LABELS = {"author", "editor"}
NAME_CONJUNCTIONS = {"and", "und", "&", "et", "e", "y"}      # `Hale and Reed`: a list of names, not one name
LEAF_WORDS = PAGE_WORDS | {"bl", "fols", "ff", "fo", "fos", "sig", "sigs", "q", "qq", "pl", "blz", "lch", "с", "стр"}
"""`ff. 112r`, `Bl. 7`, `fos 12–14`, `sig. B3v`, `qq. 21–24`, `с. 98`: words of pages, leaves and questions."""


def note_labels(toks: tuple[Token, ...], labels: list[str]) -> None:
    """Corrections that hold anywhere in a note."""
    for i, tok in enumerate(toks):
        if tok.text.startswith(("http://", "https://", "www.")):
            labels[i] = "url"
    _access_dates(toks, labels)
    _one_label_in_a_hyphenated_word(toks, labels)
    _prefix_opens_at_its_word(toks, labels)
    _no_name_inside_the_quoted_title(toks, labels)
    _translation_after_the_title(toks, labels)
    _east_asian_name_before_the_title(toks, labels)
    _east_asian_surname_left_out_of_the_name(toks, labels)
    _series_of_documents(toks, labels)
    _prose_before_names(toks, labels)
    _lead_in_before_a_citation(toks, labels)
    _citation_in_parentheses_after_prose(toks, labels)
    _whole_ranges(toks, labels)
    _page_word_opens_its_pages(toks, labels)
    _names_end_at_their_role(toks, labels)
    _ibid_opening_a_citation(toks, labels)
    _same_author_opening_a_citation(toks, labels)
    _author_year_run_on(toks, labels)
    _page_after_the_year_colon(toks, labels)
    _classical_chain(toks, labels)
    _scripture_reference(toks, labels)
    _record_label_and_number(toks, labels)
    _cross_reference_alone(toks, labels)
    _headword_after_sub_verbo(toks, labels)
    _interview_heading(toks, labels)
    _parliamentary_paper_read_as_commentary(toks, labels)
    _date_left_as_commentary(toks, labels)
    _masthead_before_vom(toks, labels)
    _masthead_and_its_place_before_a_day(toks, labels)
    _archive_acronym_and_signature(toks, labels)
    _short_form_read_as_commentary(toks, labels)
    _pinpoint_left_after_the_imprint(toks, labels)
    _author_before_the_year_in_brackets(toks, labels)
    _leaf_left_after_ibid(toks, labels)
    _issue_read_as_commentary(toks, labels)
    _conjunction_opening_a_citation(toks, labels)
    _lead_in_before_the_same_author(toks, labels)
    _closing_number_is_the_pinpoint(toks, labels)
    _labelled_pinpoint_at_the_end(toks, labels)
    _legal_citations_open_at_their_semicolon(toks, labels)
    _signature_left_as_commentary(toks, labels)
    _edition_left_as_commentary(toks, labels)
    _second_repository(toks, labels)
    _document_number_after_the_volume(toks, labels)
    _series_after_its_word(toks, labels)
    _extent_before_the_pinpoint_lead(toks, labels)


def _one_label_in_a_hyphenated_word(toks, labels: list[str]) -> None:
    """`Archives nationales d'outre-mer`, `Aix-en-Provence`: a word of letters joined by
    hyphens, printed without spaces, is never cut between two labels; it takes its first part's."""
    for i in range(1, len(toks) - 1):
        if toks[i].text == "-" and not toks[i].space and not toks[i + 1].space \
                and toks[i - 1].text[-1:].isalpha() and toks[i + 1].text[:1].isalpha() \
                and (labels[i] != labels[i - 1] or labels[i + 1] != labels[i - 1]) \
                and labels[i - 1] not in NAME_LABELS and labels[i + 1] not in NAME_LABELS:   # `Moreno-Sculture`: a dash
            labels[i] = labels[i + 1] = labels[i - 1]


def _prefix_opens_at_its_word(toks, labels: list[str]) -> None:
    """`..., S. 112 ff., sowie allgemein Lauterbach (Hrsg.), ...`: a later citation's lead-in
    opens at its first word; the full stop and comma before it close the citation before."""
    for label, first, last in _runs(labels):
        if label != "prefix" or first == 0 or labels[first - 1] in ("prefix", "note"):
            continue
        k = first
        while k < last and toks[k].text in (".", ","):
            k += 1
        if k > first and toks[k - 1].text == ",":
            labels[first:k] = [labels[first - 1]] * (k - first)


def citation_labels(toks: tuple[Token, ...], labels: list[str]) -> None:
    """Corrections of one citation's labels (`toks` and `labels` are the citation's own)."""
    _prose_lead_in_before_a_name(toks, labels)
    _quoted_after_the_lead(toks, labels)
    _leading_ibid(toks, labels)
    _abbreviation_opening_the_signature(toks, labels)
    _periodical_after_the_reviewed_book(toks, labels)
    _film_and_its_director(toks, labels)
    _date_in_brackets(toks, labels)
    _holder_opening_the_citation(toks, labels)
    _emphasis_is_no_name(toks, labels)
    _emphasis_is_no_imprint(toks, labels)
    _quoted_title_opening_the_container(toks, labels)
    _section_right_after_the_emphasised_title(toks, labels)
    _entry_after_art(toks, labels)
    _kind_of_work_after_the_title(toks, labels)
    _shelf_mark_after_the_archive(toks, labels)
    _record_number_after_the_heading(toks, labels)
    _title_ends_in_a_whole_word(toks, labels)
    _title_never_ends_in_a_function_word(toks, labels)
    _masthead_read_as_a_name(toks, labels)
    _entry_word_before_the_quoted_title(toks, labels)
    _name_before_the_emphasised_title(toks, labels)
    _artwork_after_its_title(toks, labels)
    _double_date(toks, labels)
    _archive_named_by_its_acronym(toks, labels)
    _command_paper(toks, labels)
    _shelf_word_goes_on_with_the_signature(toks, labels)
    _papers_named_for_a_person(toks, labels)
    _collection_after_the_repository(toks, labels)
    _repository_inside_the_signature(toks, labels)
    _acronym_opening_the_signature(toks, labels)
    _name_cut_at_an_initial(toks, labels)
    _state_in_the_imprint(toks, labels)
    _original_title_before_its_translation(toks, labels)
    _division_before_the_page(toks, labels)
    _heading_read_as_a_place_and_a_body(toks, labels)
    _leaf_after_ibid(toks, labels)
    _page_read_as_a_signature(toks, labels)
    _commentary_after_ibid(toks, labels)
    _medium_in_brackets(toks, labels)
    _reprinted_in(toks, labels)
    _news_genre(toks, labels)
    _interviewer_whole(toks, labels)
    _classical_reference(toks, labels)
    _standard_edition_number(toks, labels)
    _first_and_second_edition_pages(toks, labels)
    _commentary_after_the_pinpoint(toks, labels)
    _signature_mark_at_the_end(toks, labels)
    _names_end_before_the_title(toks, labels)
    _no_possessive_in_a_name(toks, labels)
    _cross_reference(toks, labels)
    _interview_before_the_name(toks, labels)
    _heading_by_a_writer(toks, labels)
    _op_cit(toks, labels)
    _short_form_read_as_an_archive(toks, labels)
    _archive_read_as_an_author(toks, labels)
    _archive_name_ends_in_a_word(toks, labels)
    _lone_inverted_name(toks, labels)
    _given_name_before_the_colon(toks, labels)
    _editors_before_their_role(toks, labels)
    _body_before_its_editors_role(toks, labels)
    _both_parties_in_the_title(toks, labels)
    _year_closing_the_container(toks, labels)
    _title_before_the_colon(toks, labels)
    _main_title_before_the_subtitle(toks, labels)
    _in_inside_the_title(toks, labels)
    _title_word_after_a_full_name(toks, labels)
    _body_read_into_the_title(toks, labels)
    _imprint_read_into_the_title(toks, labels)
    _volume_closing_the_title(toks, labels)
    _place_read_into_the_title(toks, labels)
    _place_before_the_year_read_into_the_title(toks, labels)
    _thesis_after_the_title(toks, labels)
    _container_after_the_double_slash(toks, labels)
    _container_after_in_colon(toks, labels)
    _issue_number_left_as_commentary(toks, labels)
    _opus_number_in_the_title(toks, labels)
    _collection_cut_from_the_archive(toks, labels)
    _year_inside_the_title(toks, labels)
    _year_closing_the_title(toks, labels)
    _inverted_name_ends_at_its_full_stop(toks, labels)
    _title_after_the_editors_role(toks, labels)
    _original_edition_in_parentheses(toks, labels)
    _translation_in_parentheses_before_the_imprint(toks, labels)
    _series_between_the_title_and_the_imprint(toks, labels)
    _imprint_starts_at_its_parenthesis(toks, labels)
    _first_year_before_the_reprint(toks, labels)
    _translator_read_into_the_title(toks, labels)
    _imprint_read_as_a_title_or_container(toks, labels)
    _imprint_after_the_emphasis(toks, labels)
    _place_with_its_abbreviated_river(toks, labels)
    _edition_closing_a_title(toks, labels)
    _ordinal_before_the_edition(toks, labels)
    _pinpoint_after_the_imprint(toks, labels)
    _volume_and_page_after_the_imprint(toks, labels)
    _publisher_after_the_imprint_colon(toks, labels)
    _page_and_its_note(toks, labels)
    _year_range_in_the_imprint(toks, labels)
    _place_in_parentheses_whole(toks, labels)
    _day_of_the_date(toks, labels)
    _date_read_into_the_periodical(toks, labels)
    _heading_word_read_as_a_date(toks, labels)
    _page_word_closing_the_title(toks, labels)
    _pinpoint_read_into_the_emphasised_title(toks, labels)
    _series_owner_read_into_the_title(toks, labels)
    _name_runs_to_the_emphasised_title(toks, labels)
    _institution_runs_to_its_comma(toks, labels)
    _office_before_the_quoted_title(toks, labels)
    _short_title(toks, labels)
    _reviewer_before_the_review(toks, labels)
    _record_described_after_its_signature(toks, labels)
    _words_read_as_a_volume(toks, labels)
    _container_after_quoted_title(toks, labels)
    _quoted_title_whole(toks, labels)
    _second_title_after_in(toks, labels)
    _emphasised_title_whole(toks, labels)
    _place_after_in_is_the_title(toks, labels)
    _container_inside_title(toks, labels)
    _quoted_title_ends_at_its_quote(toks, labels)
    _site_after_a_quoted_title(toks, labels)
    _section_page_read_as_a_signature(toks, labels)
    _modified_date(toks, labels)
    _leaves_inside_the_signature(toks, labels)
    _number_in_the_signature_is_no_year(toks, labels)
    _heading_inside_the_signature(toks, labels)
    _heading_opened_in_the_signature(toks, labels)
    _sub_verbo(toks, labels)
    _series_after_the_imprint(toks, labels)
    _translator_after_the_role(toks, labels)
    _collection_before_its_editor(toks, labels)
    _editor_after_the_role(toks, labels)
    _archive_named_before_its_abbreviation(toks, labels)
    _archive_name_runs_past_its_joining_word(toks, labels)
    _abbreviation_after_the_archive(toks, labels)
    _place_and_abbreviation_after_the_archive(toks, labels)
    _shelf_mark_after_the_archive(toks, labels)                 # again, after the archive's `(BayHStA)`
    _signature_after_the_archive_and_its_place(toks, labels)
    _signature_starts_after_the_archive(toks, labels)
    _archive_name_goes_on_after_a_particle(toks, labels)
    _publisher_before_place(toks, labels)
    _container_after_editors(toks, labels)
    _container_before_its_editors(toks, labels)
    _letter_heading(toks, labels)
    _recipient_after_writer(toks, labels)
    _count_of_volumes(toks, labels)
    _signature_cut_at_a_shelf_word(toks, labels)
    _title_read_as_commentary_after_the_author(toks, labels)
    _place_of_a_thesis_in_its_genre(toks, labels)
    _interview_genre_read_as_commentary(toks, labels)
    _edition_word_after_its_number(toks, labels)
    _year_s_edition(toks, labels)
    _numbered_series_before_the_imprint(toks, labels)


SERIES_NUMBER_WORDS = {"no", "nr", "n", "nos", "num", "núm", "n°", "nº"}
"""`no. 612`, `Nr. 14`, `núm. 3`: the word before a numbered series' number."""


def _numbered_series_before_the_imprint(toks, labels: list[str]) -> None:
    """`*Erosion and Land Use*, Technical Bulletin no. 612 (Washington, DC: GPO, 1938)`,
    `*Report on Indebtedness*, Colonial No. 112 (London: HMSO, 1936)`: capitalised words
    and a number, after the title and right before a publisher's imprint, are a
    series and its number (a journal's volume is never followed by a publisher)."""
    if not _has_word(toks, SERIES_NUMBER_WORDS):
        return
    for i in range(2, len(toks) - 3):
        if toks[i].text.lower() not in SERIES_NUMBER_WORDS or toks[i + 1].text != "." or not toks[i + 2].text.isdecimal() \
                or i + 3 >= len(toks) or toks[i + 3].text != "(" or not _imprint_with_a_publisher(toks, labels, i + 3):
            continue
        first = i
        while first > 0 and toks[first - 1].text[:1].isupper() and not toks[first - 1].emphasis \
                and labels[first - 1] in ("container", "title", "volume", "collection"):
            first -= 1
        if first < i and toks[first - 1].text == "," and i - first <= 4:
            labels[first:i + 3] = ["collection"] * (i + 3 - first)


def _imprint_with_a_publisher(toks, labels: list[str], open_: int) -> bool:
    """Whether the parenthesis opening at `open_` holds a place and a publisher (`(London: HMSO, 1936)`)."""
    close = _group_end(toks, open_ + 1)
    return "publisher" in labels[open_:close] and any(t.text == ":" for t in toks[open_:close])


VOLUME_COUNT_WORDS = {"vols", "volumes", "voll", "bde", "bände", "tomes", "tomi", "tomos"}


def _count_of_volumes(toks, labels: list[str]) -> None:
    """`ed. Alison Dunmore, 3 vols. (Edinburgh: ...)`, `a cura di M. Neri, 2 voll., Padova`:
    how many volumes a work has, after a comma, is its volumes' field (`number-of-volumes`),
    not an editor's name, a place or commentary."""
    if not _has_word(toks, VOLUME_COUNT_WORDS):
        return
    for i in range(1, len(toks) - 1):
        if toks[i + 1].text.lower() in VOLUME_COUNT_WORDS and toks[i - 1].text in (",", "(") \
                and re.fullmatch(r"\d{1,3}", toks[i].text) and labels[i] != "volume":
            end = i + 3 if i + 2 < len(toks) and toks[i + 2].text == "." else i + 2
            labels[i:end] = ["volume"] * (end - i)


def _access_dates(toks, labels: list[str]) -> None:
    """`(accessed March 3, 2024)` and `accessed on 3 May 2024`: an access date, whatever the model said."""
    if not any(map(_an_access_word, _word_sets(toks)[0])):
        return
    for i, tok in enumerate(toks):
        if not ACCESS_WORDS.match(tok.text):
            continue
        start = i - 1 if i and toks[i - 1].text in "([" else i
        end = _group_end(toks, i) if toks[i].paren else _year_end(toks, i)
        for k in range(start, end):
            labels[k] = "accessed"


@lru_cache(maxsize=1 << 14)
def _an_access_word(text: str) -> bool:
    """Whether a token is a word of access (`accessed`, `consulté`: `ACCESS_WORDS`)."""
    return ACCESS_WORDS.match(text) is not None


def _group_end(toks, i: int) -> int:
    """One past the bracket that closes the group token i stands in."""
    end = i + 1
    while end < len(toks) and toks[end].paren >= toks[i].paren:
        end += 1
    return min(end + 1, len(toks))


def _year_end(toks, i: int) -> int:
    """One past the year of the date after `accessed` (at most a few tokens on)."""
    for end in range(i + 1, min(i + 9, len(toks))):
        if toks[end].text.isdecimal() and len(toks[end].text) == 4:
            return end + 1
        if toks[end].text.startswith(("http", "www.")):
            break
    return i + 1


def _leading_ibid(toks, labels: list[str]) -> None:
    """`Ibid., 14`, `Ebd., S. 3`, `Ivi, p. 5`: the first word of a citation is ibid;
    `Id., p. 9` and `Idem, ...` (the same author) are short forms (CONVENTIONS §1)."""
    i = 0
    while i < len(toks) and labels[i] == "prefix":
        i += 1
    if i == len(toks) or toks[i].text.lower() not in IBID_WORDS | SAME_AUTHOR_WORDS:
        return
    label = "short" if toks[i].text.lower() in SAME_AUTHOR_WORDS else "ibid"
    labels[i] = label
    k = i + 1
    while k < len(toks) and not toks[k].text[:1].isalnum() and (toks[k].text == "." or labels[k] == "ibid"):
        labels[k] = label                                    # its full stop, and the `,` after `Id.`
        k += 1


def _runs(labels: list[str]) -> tuple[tuple[str, int, int], ...]:
    """(label, first, last) of each run of one label (the rules ask again and
    again of labels few of them change, so the answer is kept per labelling;
    the last labelling asked about is compared first, without a copy)."""
    global _LAST_RUNS
    if labels == _LAST_RUNS[0]:
        return _LAST_RUNS[1]
    runs = _runs_of(tuple(labels))
    _LAST_RUNS = (list(labels), runs)
    return runs


_LAST_RUNS: tuple = ([], ())
"""The labels `_runs` last answered for (a copy) and their runs."""


_TEXT = attrgetter("text")
_WORD_SETS: tuple = ((), frozenset(), frozenset())
"""The tokens last asked about, their texts and their lower-cased texts (every rule
of a note or a citation asks of the same tuple of tokens)."""


def _word_sets(toks) -> tuple[frozenset[str], frozenset[str]]:
    """The texts of `toks` and their lower-cased forms, as sets (kept for the last tuple asked about)."""
    global _WORD_SETS
    if _WORD_SETS[0] is toks:
        return _WORD_SETS[1], _WORD_SETS[2]
    texts = frozenset(map(_TEXT, toks))
    lowered = frozenset(map(str.lower, texts))
    if isinstance(toks, tuple):
        _WORD_SETS = (toks, texts, lowered)
    return texts, lowered


def _has_text(toks, texts) -> bool:
    """Whether some token's text is one of `texts`."""
    return not _word_sets(toks)[0].isdisjoint(texts)


def _has_word(toks, words) -> bool:
    """Whether some token's text, lower-cased, is one of `words`."""
    return not _word_sets(toks)[1].isdisjoint(words)


_FOLDED: tuple = ((), frozenset())
"""The tokens last asked about and their folded texts (`fold`)."""


def _has_folded(toks, words) -> bool:
    """Whether some token's text, folded, is one of `words` (the folded texts kept for the last tuple asked about)."""
    global _FOLDED
    if _FOLDED[0] is toks:
        folded = _FOLDED[1]
    else:
        folded = frozenset(map(fold, _word_sets(toks)[0]))
        if isinstance(toks, tuple):
            _FOLDED = (toks, folded)
    return not folded.isdisjoint(words)


@lru_cache(maxsize=1024)
def _runs_of(labels: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    runs, start = [], 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            runs.append((labels[start], start, i - 1))
            start = i
    return tuple(runs)


def _title_after_the_editors_role(toks, labels: list[str]) -> None:
    """`Ann Lee and Bo Roe, eds., The Salt Trade (London: Verso, 1990)`, `Bo Roe (ed.),
    The Salt Trade (London, 1990)`: after the names and their role word (`ed.`,
    `eds.`, `(ed.)`), the capitalised words up to the imprint are the title, whatever
    the model read them as (the names, a place, a publisher)."""
    if not _has_word(toks, ROLE_WORDS):
        return
    for k in range(1, len(toks) - 3):
        if toks[k].text.lower() not in ROLE_WORDS or labels[k] not in NAME_LABELS or toks[k].paren > 1:
            continue
        end = k + 1
        while end < len(toks) and toks[end].text in ".)":
            end += 1
        if end >= len(toks) - 1 or toks[end].text != "," or not toks[end + 1].text[:1].isupper() \
                or toks[end + 1].paren or toks[end + 1].quote:
            continue
        start = end + 1
        stop = next((j for j in range(start, len(toks)) if toks[j].text == "(" or toks[j].quote or toks[j].emphasis
                     or labels[j] in ("date", "locator", "title")
                     or toks[j].text == "," and _an_imprint_follows(toks, labels, j + 1)), len(toks))
        if stop > start and all(labels[j] in NAME_LABELS | {"place", "publisher", "note"} for j in range(start, stop)):
            while stop > start and toks[stop - 1].text == ",":
                stop -= 1
            labels[start:stop] = ["title"] * (stop - start)
        return


def _an_imprint_follows(toks, labels: list[str], k: int) -> bool:
    """Token k opens an imprint without parentheses: a place or a publisher the model
    read apart, or a place the lexicon knows before a year (`, Berlin 1990`)."""
    if k >= len(toks):
        return False
    if labels[k] in ("place", "publisher", "date") and labels[k] != labels[k - 1]:
        return True
    return k + 1 < len(toks) and YEAR.match(toks[k + 1].text) is not None and place_like(toks[k].text)


SERIES_NUMBER_MARKS = {"o.s", "n.s", "os", "ns", "ser", "no", "vol", "nr"}


def _series_between_the_title_and_the_imprint(toks, labels: list[str]) -> None:
    """`*Reading the Psalter*, Cambridge Studies in Medieval Literature 52 (Cambridge: ...)`,
    `*The Book of Margery*, Early English Text Society, o.s. 212 (London: ...)`: capitalised words
    (and a number) between an emphasised title's comma and the imprint's parenthesis are its series."""
    for i in range(1, len(toks) - 3):
        if not toks[i - 1].emphasis or toks[i].emphasis or toks[i].text != "," or not toks[i + 1].text[:1].isupper():
            continue
        paren = next((k for k in range(i + 2, min(len(toks), i + 16)) if toks[k].text == "(" and not toks[k].paren), None)
        if paren is None or not _an_imprint(toks, paren):
            return
        words = [t.text for t in toks[i + 1:paren] if t.text not in ",."]
        named = [w for w in words if not w[:1].isdigit() and w.lower() not in SERIES_NUMBER_MARKS
                 and not (len(w) == 1 and w.islower())]                  # `o.s. 212`: the old series' number
        if len(named) >= 2 and all(w[:1].isupper() or w in NAME_JOINING_WORDS or w in ("in", "of", "for", "and", "the")
                                   for w in named) \
                and not any(w.lower() in EDITOR_WORDS | TRANSLATOR_WORDS for w in words) \
                and any(w.lower() in SERIES_HEAD_WORDS for w in named):
            labels[i + 1:paren] = ["collection"] * (paren - i - 1)
        return


SERIES_HEAD_WORDS = {"studies", "series", "texts", "society", "library", "monographs", "publications", "papers",
                     "classics", "studien", "beiträge", "schriften", "reihe", "texte", "collection", "études",
                     "bibliothèque", "collana", "biblioteca", "estudios", "cahiers", "essays", "lectures"}
"""Words that say a run of capitalised words is a series (`Studies`, `Texts`, `Society`, `Schriften`)."""


def _imprint_starts_at_its_parenthesis(toks, labels: list[str]) -> None:
    """`ed. Rosa Paredes (Lima: IEP, 1990)`: words before the imprint's `(` belong to what precedes it
    (to the title when a name and its comma precede them)."""
    for label, first, last in _runs(labels):
        if label not in IMPRINT or first == 0:
            continue
        paren = next((k for k in range(first + 1, last + 1) if toks[k].text == "(" and not toks[k].paren), None)
        if paren is not None and not any(toks[k].paren for k in range(first, paren)) and _an_imprint(toks, paren):
            before = labels[first - 1]
            if before in NAME_LABELS and toks[first - 1].text == ",":
                before = "title"                 # `Kurosawa Kenji, Ashio no shakaishi (Tokyo: ...)`: the names ended
            labels[first:paren] = [before] * (paren - first)


def _an_imprint(toks, paren: int) -> bool:
    """The parentheses opened at `paren` hold an imprint (a colon or a year), not a
    series (`1982 («Piccola Biblioteca Einaudi», 437)`)."""
    group = toks[paren + 1:_group_end(toks, paren + 1) - 1] if paren + 1 < len(toks) else ()
    return any(t.text == ":" or YEAR.match(t.text) for t in group)


def _pinpoint_after_the_imprint(toks, labels: list[str]) -> None:
    """`(Köln: Böhlau, 1970), 3.`: a number after the imprint's closing `)` is the pinpoint."""
    for i in range(1, len(toks) - 1):
        if toks[i].text == ")" and not toks[i].paren and labels[i] in IMPRINT:
            k = i + 1
            while k < len(toks) and toks[k].text in ",:":
                k += 1
            if k < len(toks) and labels[k] in IMPRINT and re.fullmatch(r"\d{1,4}", toks[k].text) \
                    and not (len(toks[k].text) == 4 and toks[k].text.startswith(("1", "2"))):
                end = next((j for j in range(i + 1, len(toks)) if labels[j] not in IMPRINT or toks[j].paren), len(toks))
                if not _a_day(toks, i + 1, end):     # `Le Temps (Paris), 12 janvier 1871`: the issue's date
                    labels[i + 1:end] = ["locator"] * (end - i - 1)
                    if k + 2 < len(toks) and toks[k + 1].text == ":" and toks[k + 2].text.isdigit() \
                            and not toks[k + 1].space:       # `(Leipzig: Reclam, 1927), 1:190`: volume 1, page 190
                        labels[i + 1:k + 2] = ["volume"] * (k + 1 - i)


def _volume_and_page_after_the_imprint(toks, labels: list[str]) -> None:
    """`4 vols. (Firenze: Olschki, 1962–65), 2:41.`: a volume, a colon and a page after the
    imprint's closing bracket, read as one pinpoint, are the volume and the pinpoint."""
    for i in range(1, len(toks) - 4):
        if toks[i].text != ")" or toks[i].paren or labels[i - 1] not in IMPRINT | {"locator"} \
                or toks[i + 1].text != "," or labels[i + 2] != "locator":
            continue
        k = i + 2
        if toks[k].text.isdecimal() and toks[k + 1].text == ":" and not toks[k + 1].space \
                and k + 2 < len(toks) and toks[k + 2].text.isdecimal() and not toks[k + 2].space:
            labels[i] = labels[i - 1] if labels[i - 1] in IMPRINT else "date"
            labels[i + 1:k + 2] = ["volume"] * (k + 1 - i)
            return


def _publisher_after_the_imprint_colon(toks, labels: list[str]) -> None:
    """`(Strasbourg: Istra, 1924)`: in an imprint's parentheses, what the model read as
    the place or a name after the colon (up to the comma before the year) is the publisher."""
    for i, tok in enumerate(toks):
        if tok.text != ":" or not tok.paren or labels[i] != "place" or i + 1 >= len(toks) \
                or labels[i + 1] not in NAME_LABELS | {"place"}:
            continue
        run, end = labels[i + 1], i + 1
        while end < len(toks) and toks[end].paren and labels[end] == run and toks[end].text != ",":
            end += 1
        if end < len(toks) and toks[end].text == "," and labels[end] == run and end + 1 < len(toks) \
                and labels[end + 1] == "date":
            labels[i + 1:end + 1] = ["publisher"] * (end - i)
    _publisher_after_the_colon_before_the_year(toks, labels)


def _publisher_after_the_colon_before_the_year(toks, labels: list[str]) -> None:
    """`Freiburg i. Br.: Rombach 2001`, `Göttingen: Wallstein 2002` (the German imprint, no brackets):
    capitalised words after the place's colon, read into the place, right before the year are the publisher."""
    for i, tok in enumerate(toks):
        if tok.text != ":" or tok.paren or labels[i] != "place" or i + 1 >= len(toks) or labels[i + 1] != "place":
            continue
        end = i + 1
        while end < len(toks) and labels[end] == "place" and (toks[end].text[:1].isupper() or toks[end].text in "&-"):
            end += 1
        if end < len(toks) and end > i + 1 and YEAR.match(toks[end].text) and labels[end] == "date":
            labels[i + 1:end] = ["publisher"] * (end - i - 1)


def _year_range_in_the_imprint(toks, labels: list[str]) -> None:
    """`(Paris: Colin, 1939–40)`, `Milano 1944-46.`: the end of a range of years in an
    imprint is the date's; so is the range the model read as a volume before the
    volume and page (`(Edinburgh: EUP, 1994–97), 2:18`)."""
    for i in range(len(toks) - 2):
        if toks[i + 1].text not in ("-", "–", "—") or labels[i] not in ("date", "volume"):
            continue
        year, dash, end = toks[i:i + 3]
        closes = i + 3 >= len(toks) or toks[i + 3].text in (")", ",", ".", ";")     # `(Paris, 1939–40)`, `Milano 1944-46.`
        before = i - 2 if i >= 2 and toks[i - 1].text == "," else i - 1             # the place or publisher before the year
        in_imprint = year.paren or (before >= 0 and labels[before] in ("place", "publisher"))
        if labels[i] == "volume" and year.paren and before >= 0 and labels[before] in ("place", "publisher"):
            labels[i] = "date"
        if labels[i] == "date" and in_imprint and re.fullmatch(r"1\d{3}|20\d\d", year.text) and dash.text in ("-", "–", "—") \
                and re.fullmatch(r"\d{2}|\d{4}", end.text) and end.paren == year.paren and closes \
                and int(end.text[-2:]) > int(year.text[-2:]) and labels[i + 2] != "date":
            labels[i + 1:i + 3] = ["date", "date"]
            if i + 3 < len(toks) and toks[i + 3].text == ")" and labels[i + 3] != "date":
                labels[i + 3] = "date"


NOTE_WORDS = {"n", "nn", "note", "notes", "nota", "anm", "fn"}


def _page_and_its_note(toks, labels: list[str]) -> None:
    """`(Lima: IEP, 1982), 18, n. 7.`: a number after the imprint's `)` and the note
    after it (`n. 7`, `nota 2`), the model having read the number as a volume, are
    one pinpoint: the page and its note."""
    for i in range(1, len(toks) - 4):
        if toks[i].text != ")" or toks[i].paren or labels[i] not in IMPRINT:
            continue
        k = i + 2 if toks[i + 1].text == "," else i + 1
        end = k + 5 if k + 4 < len(toks) and toks[k + 3].text == "." else k + 4      # `n. 7`, `nota 2`
        if end <= len(toks) and toks[k].text.isdecimal() and toks[k + 1].text == "," \
                and toks[k + 2].text.lower() in NOTE_WORDS and toks[end - 1].text.isdecimal() \
                and set(labels[k:end]) <= {"locator", "volume", "note", "pages"}:
            labels[k:end] = ["locator"] * (end - k)


def _number_in_the_signature_is_no_year(toks, labels: list[str]) -> None:
    """`AGI, Quito 1231, carta del cabildo, Quito, 3 de mayo de 1601`: a lone four-figure
    number right after a signature's word, when a date with its month comes later, is a
    bundle's number in the signature, not the year; and one joined to the signature
    by a slash is always the signature's (`TNA, FO 84/1812, Consul ... 14 April 1887`)."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        if label != "date" or before not in ("shelfmark", "archive") or not re.fullmatch(r"\d{4}", toks[first].text) \
                or any(t.text[:1].isalnum() for t in toks[first + 1:last + 1]):
            continue
        joined = not toks[first].space and toks[first - 1].text in "/-"
        later = [(f, l) for lab, f, l in runs if lab == "date" and f > last]
        if joined or any(_a_day(toks, f, l + 1) for f, l in later):
            labels[first:last + 1] = ["shelfmark"] * (last + 1 - first)


def _heading_inside_the_signature(toks, labels: list[str]) -> None:
    """`AGI, Quito 1231, carta del cabildo al rey, Quito, 3 de mayo de 1601`: between the
    signature's commas, lower-case words opened by a genre word (`carta`, `letter`)
    are the document's heading, its title, not the signature (and a known place
    right after it is where it was written)."""
    if "title" in labels:
        return
    for i in range(1, len(toks) - 3):
        if labels[i] != "shelfmark" or toks[i - 1].text != "," or toks[i].text.lower() not in GENRE_WORDS \
                or not toks[i].text.islower():
            continue
        end = next((k for k in range(i + 1, len(toks)) if toks[k].text == ","), len(toks))
        words = toks[i:end]
        if len(words) >= 3 and all(labels[k] == "shelfmark" for k in range(i, end)) \
                and all(t.text.islower() for t in words):       # named writers are another rule's (`lettera di G. Morosini`)
            labels[i:end] = ["title"] * (end - i)
            if end + 2 < len(toks) and labels[end + 1] == "shelfmark" and toks[end + 2].text == "," \
                    and place_like(toks[end + 1].text):
                labels[end + 1] = "place"                   # where it was written: `..., Quito, 3 de mayo`
            return


def _heading_opened_in_the_signature(toks, labels: list[str]) -> None:
    """`AGI, Guatemala 41, carta del presidente al rey`, `EA 8/302 Bü 1147, Niederschrift
    über die Besprechung`: one to three words after the signature's last comma,
    none a shelf word or a number, read into the signature right before the title,
    open the title."""
    runs = _runs(labels)
    for (label, first, last), (after, _, _) in zip(runs, runs[1:]):
        if label != "shelfmark" or after != "title":
            continue
        comma = next((k for k in range(last, first, -1) if toks[k].text == ","), None)
        tail = toks[comma + 1:last + 1] if comma is not None else ()
        if 1 <= len(tail) <= 3 and all(t.text.isalpha() and t.text.lower() not in SIGNATURE_WORDS for t in tail) \
                and len(tail[0].text) >= 4:
            labels[comma + 1:last + 1] = ["title"] * len(tail)


def _a_day(toks, first: int, end: int) -> bool:
    """Tokens `first` to `end` (excluded) hold a date with its month."""
    found = find_date(_text(toks, first, end - 1)) if end > first else None
    return bool(found and len((found[0].get("date-parts") or [[]])[0]) >= 2)


def _heading_word_read_as_a_date(toks, labels: list[str]) -> None:
    """`AN, F/7/12853, rapport du préfet du Nord, 12 mars 1894`: words read as a
    date that hold no date, right before the title, open the title."""
    for label, first, last in _runs(labels):
        if label == "date" and last + 1 < len(labels) and labels[last + 1] == "title" \
                and all(t.text.isalpha() for t in toks[first:last + 1]) and not find_date(_text(toks, first, last + 3)):
            labels[first:last + 1] = ["title"] * (last + 1 - first)


DATED_WORDS = {"vom", "am", "dated", "du", "del", "dal", "of"}
"""`Schreiben ... vom 3. Mai 1950`, `Letter of 3 May 1950`: the word that dates a document's heading."""


def _a_month(word: str) -> bool:
    return word.lower() in MONTHS or fold(word) in MONTHS


def _day_of_the_date(toks, labels: list[str]) -> None:
    """`*Daily Herald*, 3 July 1923`, `Memorandum, 11 June 1970`, `vom 3.5.1942`, `3 de mayo de 1601`:
    a day (and month) in figures right before a date run, whatever the model
    took it for, is part of the date when the date reads fuller with it; so is the
    first day of a range (`1–3 July 1916`)."""
    if "date" not in labels:
        return
    for label, first, last in _runs(labels):
        if label != "date" or first == 0 or not (toks[first - 1].text in (".", "de", "-", "–") or
                                                 len(toks[first - 1].text) <= 2 and toks[first - 1].text.isdigit() or
                                                 _a_month(toks[first - 1].text)):
            continue
        alone = find_date(_text(toks, first, last))
        best = None
        for k in range(first - 1, max(first - 6, -1), -1):
            if not (re.fullmatch(r"\d{1,2}", toks[k].text) or toks[k].text in (".", "de") or _a_month(toks[k].text)):
                break                                                   # `3 de mayo de 1601`, `vom 3. Mai 1950`
            joined = find_date(_text(toks, k, last))
            fuller = joined and (alone is None or len(joined[0]["date-parts"][0]) > len(alone[0]["date-parts"][0]))
            if fuller and joined[1][0] == 0:      # `vom 4.6.1938` read as `4.` and `6.1938`: no date alone
                best = k
        if best is not None and toks[best].text not in (".", "de"):
            if best > 0 and fold(toks[best - 1].text) in DATED_WORDS and labels[best - 1] == labels[best]:
                best -= 1                                               # `Schreiben ... vom 3. Mai 1950`
            labels[best:first] = ["date"] * (first - best)
            first = best
        if first >= 2 and toks[first - 1].text in ("-", "–") and re.fullmatch(r"\d{1,2}", toks[first - 2].text) \
                and re.fullmatch(r"\d{1,2}", toks[first].text):
            labels[first - 2:first] = ["date", "date"]         # `1–3 July 1916`: a range of days


def _date_read_into_the_periodical(toks, labels: list[str]) -> None:
    """`*La Prensa* (Buenos Aires), 14 de marzo de 1921, sobre la gripe`: after an
    emphasised name (and its place in brackets), a comma and a full date that the
    title run swallowed are the issue's date; words after it are commentary."""
    for label, first, last in _runs(labels):
        if label != "title" or not toks[first].emphasis:
            continue
        close = first
        while close < last and toks[close + 1].emphasis:
            close += 1
        comma = close + 1
        if comma < last and toks[comma].text == "(":
            comma = next((k + 1 for k in range(comma, last) if toks[k].text == ")" and not toks[k].paren), last)
        if comma >= last or toks[comma].text != ",":
            continue
        for end in range(min(last, comma + 8), comma + 2, -1):
            if _a_whole_date(_text(toks, comma + 1, end)):
                after = "note" if any(t.text[:1].isalnum() for t in toks[end + 1:last + 1]) else "date"
                labels[comma + 1:last + 1] = ["date"] * (end - comma) + [after] * (last - end)
                break


def _lead_in_before_the_same_author(toks, labels: list[str]) -> None:
    """`...; ferner ders., Art. Sühne`, `; see also idem, *Roads*`: lower-case words
    read as names before the word for the same author lead into the citation."""
    if not _has_word(toks, SAME_AUTHOR_WORDS):
        return
    for i, tok in enumerate(toks):
        if i == 0 or tok.text.lower() not in SAME_AUTHOR_WORDS or labels[i] not in NAME_LABELS:
            continue
        k = i
        while k > 0 and labels[k - 1] in NAME_LABELS and toks[k - 1].text[:1].islower() and toks[k - 1].text.isalpha():
            k -= 1
        if k < i and _opens_a_citation(toks, k):
            labels[k:i] = ["prefix"] * (i - k)


POINTER_WORDS = PAGE_WORDS | {"line", "lines", "passim", "and", "et", "und", "e", "y", "sq", "sqq", "seq", "ff",
                              "esp", "especially", "here", "hier", "at", "n", "nn", "fn", "anm", "col", "cols"}


def _commentary_after_the_pinpoint(toks, labels: list[str]) -> None:
    """`(Woodbridge, 2011), 143–58, who reads the case otherwise.`: lower-case prose
    after the pinpoint's comma (three words or more, none a word of the pinpoint
    such as `n.`, `lines`, `passim`) is commentary, whatever the model read it as."""
    for label, first, last in _runs(labels):
        if label != "locator":
            continue
        comma = next((k for k in range(first + 1, last + 1) if toks[k].text == "," and toks[k - 1].text[:1].isdigit()), None)
        if comma is None or comma + 1 >= len(toks):
            continue
        words = [t.text for t in toks[comma + 1:] if t.text[:1].isalnum()]
        first_words = [t.text for t in toks[comma + 1:comma + 3]]
        if len(words) >= 3 and all(w.isalpha() and w.islower() and w not in POINTER_WORDS for w in first_words):
            for k in range(comma + 1, len(toks)):
                if labels[k] not in CERTAIN_LABELS:            # `, disponível em: http://... (acesso em ...)`
                    labels[k] = "note"
        return


def _conjunction_opening_a_citation(toks, labels: list[str]) -> None:
    """`...; y *La Prensa*, ...`, `... ; et *Le Réveil*, ...`: a conjunction after a
    top-level `;`, read as a name of its own, leads into the next citation."""
    if not _has_word(toks, NAME_CONJUNCTIONS):
        return
    for i in range(1, len(toks) - 1):
        if _opens_a_citation(toks, i) and toks[i].text.lower() in NAME_CONJUNCTIONS \
                and labels[i] in NAME_LABELS and labels[i + 1] not in NAME_LABELS:
            labels[i] = "prefix"


def _citation_ends(toks) -> list[int]:
    """Where the citations of a note may end: each top-level `;`, and the note's end."""
    return [k for k, t in enumerate(toks) if t.text == ";" and not t.paren and not t.quote] + [len(toks)]


def _opens_a_citation(toks, i: int) -> bool:
    """True when token i opens the note or follows a top-level `;`."""
    return i == 0 or toks[i - 1].text == ";" and not toks[i - 1].paren and not toks[i - 1].quote


def _a_whole_date(text: str, kinds: tuple[str, ...] = ("dmy", "mdy")) -> bool:
    """True when all of `text` is one day, month and year (`14 de marzo de 1921`, `April 7, 2000`)."""
    found = find_date(text, kinds=kinds)
    return found is not None and found[1] == (0, len(text))


def _text(toks, first: int, last: int) -> str:
    """Tokens `first..last` as printed (a space only where the text had one; `last` past the end stops at it)."""
    return "".join((" " if toks[k].space and k > first else "") + toks[k].text
                   for k in range(first, min(last, len(toks) - 1) + 1))


def _page_word_closing_the_title(toks, labels: list[str]) -> None:
    """`*Roads in between*, p.12`: a title never ends in `, p.` before the pinpoint."""
    for label, first, last in _runs(labels):
        if label not in ("title", "container") or last + 1 >= len(labels) or labels[last + 1] != "locator":
            continue
        word = last - 1 if toks[last].text == "." else last
        if word - 1 > first and toks[word].text.lower() in PAGE_WORDS and toks[word - 1].text == ",":
            labels[word:last + 1] = ["locator"] * (last + 1 - word)


PAGE_ONLY_WORDS = {"p", "pp", "pag", "pagg", "page", "pages", "s", "seite", "seiten"}
PAGE_NUMBER = re.compile(r"\d+[a-z]?|[-–]|f{1,2}")


def _pinpoint_read_into_the_emphasised_title(toks, labels: list[str]) -> None:
    """`KIM Su, *Comrade KIM Il-sung*, p. 243;`: after the emphasis closes, a comma, a
    page word and page numbers closing the citation are its pinpoint, not the title."""
    if "locator" in labels:
        return
    end = len(toks) - 1
    while end > 0 and toks[end].text in (".", ";"):
        end -= 1
    for k in range(1, end):
        if toks[k].text == "," and toks[k - 1].emphasis and not toks[k + 1].emphasis \
                and toks[k + 1].text.lower() in PAGE_ONLY_WORDS:
            numbers = k + 3 if k + 2 <= end and toks[k + 2].text == "." else k + 2
            if numbers <= end and toks[numbers].text[:1].isdigit() \
                    and all(PAGE_NUMBER.fullmatch(t.text) for t in toks[numbers:end + 1]) \
                    and set(labels[k + 1:end + 1]) <= {"title", "container", "note"}:
                labels[k + 1:len(toks)] = ["locator"] * (len(toks) - k - 1)
            return


def _series_owner_read_into_the_title(toks, labels: list[str]) -> None:
    """`*Homeoffice in der Pandemie*, ifo Working Paper Nr. 341`: one or two words after
    the emphasis closes, before a series of papers, name the series' house: they
    are the series', not the title's."""
    for label, first, last in _runs(labels):
        if label != "title" or not toks[first].emphasis or last + 1 >= len(toks) \
                or labels[last + 1] not in ("collection", "container") \
                or not PAPER_SERIES.match(_text(toks, last + 1, min(last + 2, len(toks) - 1))):
            continue
        close = max((k for k in range(first, last + 1) if toks[k].emphasis), default=None)
        owner = toks[close + 2:last + 1] if close is not None and close + 1 <= last and toks[close + 1].text == "," else ()
        if 1 <= len(owner) <= 2 and all(t.text.isalpha() and not t.emphasis for t in owner):
            labels[close + 2:last + 1] = [labels[last + 1]] * len(owner)


def _name_runs_to_the_emphasised_title(toks, labels: list[str]) -> None:
    """`RHEE Dong-su, *Harbour Songs*, p.17.`: a title run that opens with a few name
    words before the comma ahead of its emphasised part gives those words to the author."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        if before != "author" or label != "title" or toks[first].emphasis:
            continue
        start = next((k for k in range(first, last + 1) if toks[k].emphasis), None)
        if start is None or start - first < 2 or start - first > 6 or toks[start - 1].text != ",":
            continue
        if all(t.text[:1].isupper() or t.text == "-" or toks[k - 1].text == "-"
               for k, t in enumerate(toks[first:start - 1], first)):
            labels[first:start] = ["author"] * (start - first)
            return


def _institution_runs_to_its_comma(toks, labels: list[str]) -> None:
    """`Royal Commission on Coastal Fisheries, Report ...`: an author run the model cut
    before its comma, whose words up to the comma name a body, is that whole name."""
    runs = _runs(labels)
    if runs and runs[0][0] == "title":
        _body_opening_the_title(toks, labels, runs)
    if len(runs) < 2 or runs[0][0] != "author" or runs[1][0] != "title" or toks[runs[0][2]].text in (",", ":"):
        return                                       # (`Weber, Max: Wirtschaft und Gesellschaft`: a name, its colon)
    _, first, last = runs[0]
    comma = next((k for k in range(runs[1][1], runs[1][2] + 1) if toks[k].text == ","), None)
    if comma is None or comma - first > 8 or any(t.emphasis or t.quote for t in toks[first:comma]):
        return
    words = [t.text for t in toks[first:comma] if t.text[:1].isalnum()]       # (`U.S. Bureau of the Census`)
    if all(w[:1].isupper() or w.lower() in NAME_JOINING_WORDS for w in words) \
            and is_institution(" ".join(words)) and (not is_institution(" ".join(t.text for t in toks[first:last + 1]))
                                                     or toks[last + 1].text.islower()):   # `U.S. Bureau` | `of the Census`
        labels[first:comma + 1] = ["author"] * (comma + 1 - first)


def _body_opening_the_title(toks, labels: list[str], runs) -> None:
    """`Royal Commission on Coastal Fisheries, Report on the Herring Trade (London:
    HMSO, 1903)`: a plain title run (no quotes, no emphasis) before an imprint whose
    words up to its first comma name a body, and go on in a capital, opens with its author."""
    (_, first, last), after = runs[0], runs[1][0] if len(runs) > 1 else None
    comma = next((k for k in range(first, min(last, first + 9)) if toks[k].text == ","), None)
    if comma is None or after not in ("place", "publisher") or any(t.emphasis or t.quote for t in toks[first:last + 1]):
        return
    words = [t.text for t in toks[first:comma]]
    if comma + 1 <= last and toks[comma + 1].text[:1].isupper() and len(words) >= 2 \
            and all(w[:1].isupper() or w.lower() in NAME_JOINING_WORDS for w in words) and is_institution(" ".join(words)):
        labels[first:comma + 1] = ["author"] * (comma + 1 - first)


def _section_page_read_as_a_signature(toks, labels: list[str]) -> None:
    """`"Dock Strike Ends," Baltimore Sun, March 9, 1959, B4.`: a section letter and
    page closing a dated periodical's citation with no archive, read as a shelf
    mark, is the pinpoint."""
    runs = [r for r in _runs(labels) if r[0] != "prefix"]
    if len(runs) < 3 or runs[-1][0] != "shelfmark" or runs[-2][0] != "date" or "archive" in labels \
            or "container" not in labels:
        return
    _, first, last = runs[-1]
    words = [t.text for t in toks[first:last + 1] if t.text not in ".,"]
    if len(words) == 1 and SECTION_PAGE.match(words[0]):
        labels[first:last + 1] = ["locator"] * (last + 1 - first)


SECTION_PAGE = re.compile(r"^[A-Z]{1,2}\d{1,3}$")
"""A newspaper's section and page: `B4`, `A12`, `SR3`."""


def _office_before_the_quoted_title(toks, labels: list[str]) -> None:
    """`Ministry of Trade, Office of Ports, "Harbour Dues," 1951`: a body and its
    office named before the quoted title (whether the model read the body as the
    author or all of it as the title) are the author."""
    runs = _runs(labels)
    if runs and runs[0][0] == "title":                       # the model read the body's name as the title too
        first, last, body = runs[0][1], runs[0][2], None
    elif len(runs) >= 2 and runs[0][0] == "author" and runs[1][0] == "title" and toks[runs[0][2]].text == ",":
        first, last = runs[1][1], runs[1][2]
        body = " ".join(t.text for t in toks[runs[0][1]:runs[0][2]])
    else:
        return
    quote = next((k for k in range(first, last + 1) if toks[k].text in OPENING_QUOTES and not toks[k].quote), None)
    if quote is None or quote - first < 2 or toks[quote - 1].text != "," or quote - first > 14:
        return
    words = [t.text for t in toks[first:quote - 1] if t.text != ","]
    offices = " ".join(words) if body is None else body
    if is_institution(offices) and is_institution(" ".join(words)) \
            and all(w[:1].isupper() or w.lower() in NAME_JOINING_WORDS or w == "." for w in words):
        labels[first:quote] = ["author"] * (quote - first)


def _short_title(toks, labels: list[str]) -> None:
    """`Smith, Salt and Silver, 12.`: with no title found, the words the model left as
    commentary between an author and the pinpoint are the short title."""
    if "title" in labels or "container" in labels:
        return
    runs = _runs(labels)
    for (before, _, _), (label, first, last), (after, _, _) in zip(runs, runs[1:], runs[2:]):
        if before in NAME_LABELS and label == "note" and after == "locator":
            labels[first:last + 1] = ["title"] * (last + 1 - first)
            return


QUOTES = {'"', "\u201c", "\u201d"}


def _container_after_quoted_title(toks, labels: list[str]) -> None:
    """`"Rice Prices Rise," *Java Courant*, ...`: a title run that opens with a quote
    and goes on, after the closing quote, into emphasised words holds the article's
    title and then its container (quotes mark an article, emphasis a periodical)."""
    for label, first, last in _runs(labels):
        if label != "title" or toks[first].text not in QUOTES:
            continue
        close = next((k for k in range(first + 1, last + 1) if toks[k].text in QUOTES), None)
        if close is None:
            continue
        after = [k for k in range(close + 1, last + 1) if toks[k].text not in ",.:;"]
        if after and all(toks[k].emphasis for k in after):
            labels[close + 1:last + 1] = ["container"] * (last - close)


def _quoted_title_whole(toks, labels: list[str]) -> None:
    """`"Speech at the Afro-Asian Rally," 3 May 1960, in Works ...`: a title run that
    opens at a double quote takes every token up to the closing quote, whatever
    the model began inside it (a container at a hyphen or at `in`)."""
    if "title" not in labels or not _has_text(toks, OPENING_QUOTES):
        return
    for i, tok in enumerate(toks):
        opens = i + 1 < len(toks) and toks[i + 1].quote > 0            # not a straight quote closing
        if tok.text not in OPENING_QUOTES or tok.quote or tok.text in ("'", "‘") or labels[i] != "title" or not opens:
            continue
        close = next((k for k in range(i + 1, len(toks)) if toks[k].quote == 0), None)
        if close is None:
            return
        if set(labels[i:close + 1]) - {"title"} <= {"container", "collection", "note", "volume"}:
            labels[i:close + 1] = ["title"] * (close + 1 - i)


def _second_title_after_in(toks, labels: list[str]) -> None:
    """`"Speech at the Rally," 3 May 1960, in Collected Speeches, vol. 3`: after a quoted
    title, a second title run that opens with `in` (`dans`, `nel`) is the book it is in."""
    titles = [(first, last) for label, first, last in _runs(labels) if label == "title"]
    if len(titles) < 2 or toks[titles[0][0]].text not in OPENING_QUOTES or "container" in labels:
        return
    first, last = titles[1]
    if toks[first - 1].text in CONTAINER_LEADS and labels[first - 1] in ("date", "note") \
            and toks[first].text[:1].isupper():
        labels[first - 1:last + 1] = ["container"] * (last + 2 - first)   # `1960, in` read into the date
        return
    lead = first + 1 if toks[first].text == "," else first
    if lead < last and toks[lead].text in CONTAINER_LEADS and toks[lead + 1].text[:1].isupper():
        labels[first:lead] = [labels[first - 1]] * (lead - first)          # the comma closes what precedes
        labels[lead:last + 1] = ["container"] * (last + 1 - lead)


def _emphasised_title_whole(toks, labels: list[str]) -> None:
    """`*Comrade KIM Il-sung*`: a run of emphasised tokens the model labelled partly
    title and partly commentary is one title (emphasis opens and closes it); so is
    an emphasised run opening a citation that has a date, all read as commentary;
    and after the names and their comma, an emphasised run the names ran into
    or read as one more name (`KIM Su, *with KIM Il-sung*`, `JONG Su, *Destiny*`:
    names are not set in italics), or read as a
    periodical in a citation with no title (`KIM Su, *Complete Works*, p. 3`: a
    book; an article's title would come first)."""
    if not any(tok.emphasis for tok in toks):
        return
    i = 0
    while i < len(toks):
        if not toks[i].emphasis:
            i += 1
            continue
        end = i
        while end + 1 < len(toks) and toks[end + 1].emphasis:
            end += 1
        found = set(labels[i:end + 1])
        opens_an_issue = found == {"note"} and i == 0 and "date" in labels[end + 1:]   # `*Pledge Meetings*, April 6, 1953`
        after_names = i >= 2 and toks[i - 1].text == "," and labels[i - 2] in NAME_LABELS
        names_run_in = after_names and ("title" in found or found <= NAME_LABELS) and found <= {"title", "note"} | NAME_LABELS
        book_not_journal = after_names and found == {"container"} and not _has_words(toks, labels, "title")
        if "title" in found and found <= {"title", "note"} or opens_an_issue or names_run_in or book_not_journal:
            labels[i:end + 1] = ["title"] * (end + 1 - i)
        i = end + 1


def _has_words(toks, labels: list[str], label: str) -> bool:
    """True when a word (not a lone comma or quote) has `label`."""
    return any(lab == label and tok.text[:1].isalnum() for tok, lab in zip(toks, labels))


CLOSING_QUOTES = {"»", "\u201d"}


def _container_inside_title(toks, labels: list[str]) -> None:
    """`Le mura, in Studi per G. Rossi` and `Le mura, «Studi veneziani»`: with no
    container found, a title run that goes on after a comma into `in` and a
    capital, or ends in a phrase in quotes after an unquoted title, holds the
    container (the Italian and German habit: the title in italics, lost in plain
    text, the journal in quotes)."""
    if "container" in labels:
        return
    for label, first, last in _runs(labels):
        if label != "title" or toks[first].text in QUOTES | OPENING_QUOTES:
            continue
        for k in range(first + 2, last + 1):
            if toks[k - 1].text != "," or toks[k - 1].paren:
                continue
            after = toks[k + 1] if k < last else None
            if after is not None and after.text == ":" and k + 1 < last:
                after = toks[k + 2]                  # `Stadt und Kloster, in: Bürgertum und Kirche`
            leads_in = toks[k].text in CONTAINER_LEADS and after is not None and (
                after.text[:1].isupper() or after.text in QUOTES | OPENING_QUOTES)
            if leads_in or (toks[k].text in OPENING_QUOTES and _closes_at_end(toks, k, last)):
                labels[k:last + 1] = ["container"] * (last + 1 - k)
                return


CONTAINER_LEADS = {"in", "In", "dans", "Dans", "nel", "nella", "im"}
CLOSER = {opening: closing for opening, closing in OPEN_CLOSE.items() if opening not in "([<"}   # quotes only


def _quoted_title_ends_at_its_quote(toks, labels: list[str]) -> None:
    """`“Tokyo’s Quiet Channel,” in The Two Koreas` and `« La ville », dans Histoire`:
    a title run that opens with a quote ends where that quote closes; the words
    after it in the run are the container (`in`, `dans` and all), and so are
    they when the container the model found begins right after them and they
    open with `in` or follow a comma at the quote (`"Memory," in The Civil War
    in American Memory, ed.`; `'Weavers', Journal of Urban History`; not
    `"Like" and language ideology, American Speech`)."""
    if "title" not in labels:
        return
    for label, first, last in _runs(labels):
        closer = _quote_closer(toks, first)
        if label != "title" or closer is None:
            continue
        if "container" in labels and (last + 1 == len(labels) or labels[last + 1] != "container"):
            return
        close = next((k for k in range(first + 1, last + 1) if toks[k].text == closer), None)
        if close is None:
            return
        after = close + 1
        if after <= last and toks[after].text == "[":                  # its translation, `[Trade and the town]`
            after = next((k + 1 for k in range(after, last + 1) if toks[k].text == "]" and not toks[k].paren), after)
        rest = [k for k in range(after, last + 1) if toks[k].text[:1].isalnum()]
        punctuated = toks[close - 1].text == "," or (close < last and toks[close + 1].text == ",")
        if rest and ("container" not in labels or punctuated or toks[rest[0]].text in CONTAINER_LEADS):
            labels[rest[0]:last + 1] = ["container"] * (last + 1 - rest[0])
        return


def _quote_closer(toks, first: int) -> str | None:
    """The quote that closes the one token `first` opens (a straight `'` only where the
    tokenizer found it opening a quotation), else None."""
    if toks[first].text in CLOSER:
        return CLOSER[toks[first].text]
    opens = first + 1 < len(toks) and toks[first + 1].quote > toks[first].quote
    return "'" if toks[first].text == "'" and opens else None


def _closes_at_end(toks, opening: int, last: int) -> bool:
    """True when the quote opened at `opening` closes at the end of the run (only punctuation after)."""
    close = next((k for k in range(opening + 1, last + 1) if toks[k].text in CLOSING_QUOTES), None)
    return close is not None and all(not t.text[:1].isalnum() for t in toks[close + 1:last + 1])


ROMAN = re.compile(r"^[IVXLCDM]+$")


def _publisher_before_place(toks, labels: list[str]) -> None:
    """`..., Einaudi, Torino, 1991`: with no publisher found, the last part of a
    title or container run, after its last comma, of one to three capitalised
    words (no number, no roman numeral), right before the place, is the
    publisher (the European imprint order: publisher, place, year) when the
    title is in sentence case, as such imprints' titles are (in a title-cased
    title the capitals say nothing)."""
    if "publisher" in labels:
        return
    runs = _runs(labels)
    for (label, first, last), (after, _, _) in zip(runs, runs[1:]):
        if label not in ("title", "container") or after != "place":
            continue
        end = last
        while end > first and toks[end].text == ",":
            end -= 1
        comma = next((k for k in range(end, first, -1) if toks[k].text == ","), None)
        if comma is None or comma - first < 2 or toks[comma].paren or toks[comma].quote:
            continue
        words = toks[comma + 1:end + 1]
        sentence_case = any(t.text.islower() and len(t.text) >= 4 for t in toks[first:comma])
        a_name = all(t.text[:1].isupper() and t.text.isalpha() and not ROMAN.match(t.text) and not t.emphasis
                     for t in words)
        if sentence_case and 1 <= len(words) <= 3 and a_name:
            labels[comma + 1:last + 1] = ["publisher"] * (last - comma)
            return
    _publisher_read_into_the_place(toks, labels)


def _publisher_read_into_the_place(toks, labels: list[str]) -> None:
    """`Le mura della città, Einaudi, Torino, 1991` with `Einaudi, Torino,` read as one place: a part
    of the place run that is no place the lexicon knows, before one that is, is the publisher."""
    for label, first, last in _runs(labels):
        if label != "place" or toks[first].paren:
            continue
        comma = next((k for k in range(first + 1, last) if toks[k].text == ","), None)
        if comma is None or comma - first > 3:
            continue
        head, tail = _text(toks, first, comma - 1), _text(toks, comma + 1, last).rstrip(" ,")
        if all(t.text[:1].isupper() and t.text.isalpha() for t in toks[first:comma]) \
                and not is_known_place(head) and is_known_place(tail):
            labels[first:comma + 1] = ["publisher"] * (comma + 1 - first)
            return


def _prose_before_names(toks, labels: list[str]) -> None:
    """`Vgl. hierzu ausführlich Klein, Paul: ...`: a lead-in word (`Vgl.`, `see`) and
    lower-case words (not particles such as `van`, `de`) that open a run of names
    are the citation's prefix (or the prose before it), not the first name."""
    for label, first, last in _runs(labels):
        if label not in NAME_LABELS:
            continue
        before = labels[first - 1] if first and toks[first - 1].text != ";" else "note"   # `...; ferner Lessenich`
        if before not in ("prefix", "note"):
            continue
        k, led = first, before == "prefix"
        while k <= last:
            text = toks[k].text
            if text.lower() in LEAD_WORDS or text.lower() in LEAD_ALSO_WORDS or (led and text == "."):
                led = True
            elif not (text.isalpha() and text.islower() and len(text) >= 3 and text not in PARTICLES):
                break
            k += 1
        if first < k <= last and toks[k].text[:1].isupper():        # a name is left: `... ausführlich Braun (2010)`
            labels[first:k] = ["prefix" if led else "note"] * (k - first)


OPENING_QUOTES = {"«", "“", "„", '"', "‘"}
CLAUSE_ENDS = {";", "."}


def _lead_in_before_a_citation(toks, labels: list[str]) -> None:
    """`Sobre el pleito, véase Juan Gil, Historia ...`, `On the trial, see "Report ..."`,
    `Ver também Ana Reis, “Senhores,” Revista ...`: a lead word (`see`, `véase`, `zie
    ook`) opening a name or a quoted title is the prefix, the clause of prose before it
    commentary, and a name between it and a quoted title the author."""
    if not _has_word(toks, LEAD_WORDS):
        return
    clause = 0
    for i, tok in enumerate(toks):
        if tok.text in CLAUSE_ENDS and not tok.quote and not tok.paren:
            clause = i + 1
            continue
        if tok.quote or tok.paren or tok.text.lower() not in LEAD_WORDS or not _is_prose(toks, clause, i):
            continue
        k = i + 1
        while k < len(toks) and (toks[k].text == "." or toks[k].text.lower() in LEAD_ALSO_WORDS):
            k += 1
        k = _example_phrase_end(toks, k)
        if k < len(toks) and (toks[k].text[:1].isupper() or toks[k].text in OPENING_QUOTES):
            prelude = all(t.text.lower() in LEAD_PRELUDE_WORDS for t in toks[clause:i])  # `Si veda`, `But see`
            labels[clause:i] = ["prefix" if prelude else "note"] * (i - clause)
            labels[i:k] = ["prefix"] * (k - i)
            _name_after_the_lead_word(toks, labels, k)
            _author_before_a_quoted_title(toks, labels, k)


def _example_phrase_end(toks, k: int) -> int:
    """`Ver, entre outros, Ana Falcão`, `see, among others, ...`, `voir, par exemple,`:
    past the phrase for `among others` or `for example` (and its commas) after a lead
    word; `k` itself when none follows."""
    start = k + 1 if k < len(toks) and toks[k].text == "," else k
    for phrase in EXAMPLE_PHRASES:
        end = start + len(phrase)
        if tuple(fold(t.text) for t in toks[start:end]) == phrase:
            return end + 1 if end < len(toks) and toks[end].text == "," else end
    return k


def _author_before_the_year_in_brackets(toks, labels: list[str]) -> None:
    """`Vgl. hierzu grundlegend Albers (2004), S. 17.`, `ferner Lessing 2008, 77`: a
    capitalised word closing the prefix right before `(year)` or a bare year is the
    author of an author-date citation."""
    for i in range(1, len(toks) - 1):
        if labels[i] != "prefix" or not toks[i].text[:1].isupper() or not toks[i].text.isalpha() \
                or fold(toks[i].text) in LEAD_WORDS | LEAD_ALSO_WORDS or labels[i - 1] != "prefix":
            continue
        year = i + 2 if toks[i + 1].text == "(" else i + 1          # `Albers (2004)`, `ferner Lessing 2008, 77`
        bracketed = year == i + 2 and year + 1 < len(toks) and toks[year + 1].text == ")"
        if year < len(toks) and YEAR.match(toks[year].text) and labels[year] == "date" \
                and (bracketed or year == i + 1):
            labels[i] = "author"


def _name_after_the_lead_word(toks, labels: list[str], start: int) -> None:
    """`véase Marta Rey, Historia ...`: capitalised words after the lead word that
    the model kept in the prefix, running into the author, are the author's."""
    end = start
    while end < len(toks) and labels[end] in ("prefix", "note") and (toks[end].text[:1].isupper()
                                                                    or toks[end].text in ".-"):
        end += 1                                              # (`voir Claude Bertaux`: `Claude` read as prose)
    if start < end < len(toks) and labels[end] == "author":
        labels[start:end] = ["author"] * (end - start)


def _citation_in_parentheses_after_prose(toks, labels: list[str]) -> None:
    """`Hale also notes the price of salt in the ports (Rita Hale, *Salt Roads*, 45-47).`:
    a parenthesis that closes a sentence of prose and opens with a name, a comma and
    an emphasised or quoted title holds the citation; the prose before it is commentary."""
    if not _has_text(toks, ("(",)):
        return
    clause = 0
    for i, tok in enumerate(toks):
        if tok.text in CLAUSE_ENDS and not tok.quote and not tok.paren:
            clause = i + 1
        if tok.text != "(" or tok.quote or tok.paren or not _is_a_sentence(toks, clause, i):
            continue
        end = _group_end(toks, i)
        comma = next((k for k in range(i + 1, end) if toks[k].text == ","), None)
        if comma is None or comma - i < 2 or not toks[i + 1].text[:1].isupper() or comma + 1 >= end:
            continue
        opens_title = toks[comma + 1].emphasis or toks[comma + 1].text in OPENING_QUOTES
        a_name = all(t.text[:1].isupper() or t.text in "-.'’" or toks[k - 1].text == "-"    # `Sin-jae`
                     for k, t in enumerate(toks[i + 1:comma], i + 1))
        if opens_title and a_name:
            labels[clause:i + 1] = ["note"] * (i + 1 - clause)
            labels[i + 1:comma + 1] = ["author"] * (comma - i)
            return


def _is_a_sentence(toks, first: int, end: int) -> bool:
    """Tokens `first` to `end` (excluded) are a sentence of prose: six words or more,
    most of them lower case, no figures, quotes or emphasis."""
    words = [t for t in toks[first:end] if t.text not in (",", "-", "'", "’")]
    return len(words) >= 6 and not any(t.emphasis or t.quote or t.text.isdigit() for t in words) \
        and sum(t.text.islower() for t in words) * 2 > len(words)


def _is_prose(toks, first: int, end: int) -> bool:
    """Tokens `first` to `end` (excluded) are a clause of prose or nothing: words and
    commas, no figures or quotes, mostly lower case (`On the trial,`, `Zu den Zünften`)."""
    words = [t.text for t in toks[first:end] if t.text != ","]
    if all(w.lower() in LEAD_PRELUDE_WORDS for w in words):          # `But see`, `Si veda`
        return True
    if not (len(words) <= 10 and all(w.replace("'", "").replace("’", "").isalpha() for w in words)):
        return False
    if words and words[0].lower() in CLAUSE_OPENERS and any(w.islower() for w in words):
        return sum(w[:1].isupper() for w in words[1:]) <= 4            # `Zum Strukturwandel im Revier vgl.`
    return sum(w[:1].isupper() for w in words[1:]) <= 2 and any(w.islower() and len(w) >= 3 for w in words)


def _author_before_a_quoted_title(toks, labels: list[str], first: int) -> None:
    """After a lead word: `Ana M. Reis, “Senhores”`: capitalised words, initials and
    particles up to a comma and an opening quote, or read as one title with the title
    after the comma (`Pieter de Vries, De Hollandse handel`), are the author."""
    k = first
    while k < len(toks) and (toks[k].text[:1].isupper() or toks[k].text == "." or toks[k].text in PARTICLES):
        k += 1
    names = sum(toks[j].text[:1].isupper() for j in range(first, k))
    if not (2 <= names <= 5 and k + 1 < len(toks) and toks[k].text == ",") \
            or any(labels[j] in NAME_LABELS for j in range(first, k)):
        return
    quoted = toks[k + 1].text in OPENING_QUOTES
    glued = labels[first] == labels[k + 1] == "title" and toks[k + 1].text[:1].isupper()  # one run, name and title
    if quoted or glued:
        labels[first:k] = ["author"] * (k - first)


DASHES = {"-", "\u2013", "\u2014"}


def _whole_ranges(toks, labels: list[str]) -> None:
    """`ll. 12–15`: a number, a dash and a number are one range, labelled as its first number."""
    for i in range(1, len(toks) - 1):
        if toks[i].text in DASHES and toks[i - 1].text.isdecimal() and toks[i + 1].text[:1].isdecimal() \
                and not toks[i].space and (labels[i] != labels[i - 1] or labels[i + 1] != labels[i - 1]):
            labels[i] = labels[i + 1] = labels[i - 1]                   # `S. 171–` | `198`: one range


def _page_word_opens_its_pages(toks, labels: list[str]) -> None:
    """`..., Herder 1988, Sp. 1123–1127`: a page or column word and its full stop right before
    the pages (or pinpoint) are theirs, whatever the model read them as."""
    for i in range(2, len(toks)):
        if labels[i] in ("pages", "locator") and toks[i].text[:1].isdigit() and toks[i - 1].text == "." \
                and toks[i - 2].text.lower() in PAGE_WORDS and labels[i - 2] != labels[i] \
                and labels[i - 2] not in ("title", "container", "shelfmark", "ibid"):
            labels[i - 2:i] = [labels[i]] * 2


def _extent_before_the_pinpoint_lead(toks, labels: list[str]) -> None:
    """`S. 171–198, hier S. 180`, `pp. 5–40, esp. 17`: a range read as the pinpoint before a
    comma and a word leading into the pinpoint is the extent (the pinpoint follows)."""
    if not _has_word(toks, PINPOINT_LEAD_WORDS):
        return
    for i in range(2, len(toks) - 1):
        if toks[i].text != "," or labels[i - 1] != "locator" or toks[i + 1].text.lower() not in PINPOINT_LEAD_WORDS \
                or labels[i + 1] not in ("locator", "pages"):
            continue
        first = i - 1
        while first > 0 and labels[first - 1] == "locator":
            first -= 1
        if any(toks[k].text in DASHES for k in range(first, i)):
            labels[first:i + 1] = ["pages"] * (i + 1 - first)
            k = i + 1
            while k < len(toks) and labels[k] in ("locator", "pages") and toks[k].text not in (";",):
                labels[k] = "locator"
                k += 1


ROLE_WORDS = EDITOR_WORDS | TRANSLATOR_WORDS


def _names_end_at_their_role(toks, labels: list[str]) -> None:
    """`Ann Hale, ed., Our Common Sea`: in a run of names, a role word followed by
    `.` and `,` ends the names; the words after it, up to the next field, open
    the title that follows."""
    runs = _runs(labels)
    for n, (label, first, last) in enumerate(runs):
        if label not in NAME_LABELS or n + 1 >= len(runs) or runs[n + 1][0] not in ("title", "container"):
            continue
        for k in range(first + 1, last - 1):
            if toks[k].text.lower() in ROLE_WORDS and toks[k + 1].text == "." and toks[k + 2].text == "," \
                    and k + 2 < last:
                labels[k + 3:last + 1] = [runs[n + 1][0]] * (last - k - 2)
                break


def _issue_read_as_commentary(toks, labels: list[str]) -> None:
    """`...; *Chosŏn Sinbo*, April 7, 2000.`: an emphasised name opening a citation
    and read as commentary, followed by a comma and a full date that closes the
    citation, is a periodical's issue: its name and date."""
    start = 0
    for stop in _citation_ends(toks):
        end = start
        while end < stop and toks[end].emphasis:
            end += 1
        if start < end < stop - 1 and toks[end].text == "," and set(labels[start:stop]) <= {"note", "locator"}:
            if _a_whole_date(_text(toks, end + 1, stop - 1).strip().rstrip(".")):
                labels[start:end + 1] = ["title"] * (end + 1 - start)
                labels[end + 1:stop] = ["date"] * (stop - end - 1)
        start = stop + 1


def _pinpoint_left_after_the_imprint(toks, labels: list[str]) -> None:
    """`(Москва: Кучково поле, 2000). с. 98, с.481 (Russian).`: page words and their
    numbers after the imprint closes, read as commentary with the language marker
    after them, are the pinpoint (and the language)."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        if label != "note" or before not in IMPRINT:
            continue
        k = first + 1 if toks[first].text in ".," else first
        start, pages = k, 0
        while k + 1 <= last and toks[k].text.lower() in LEAF_WORDS:
            k += 2 if toks[k + 1].text == "." else 1
            if k > last or not toks[k].text[:1].isdigit():
                return
            k += 1
            while k + 1 <= last and toks[k].text in DASHES and toks[k + 1].text[:1].isdigit():
                k += 2
            pages += 1
            if k <= last and toks[k].text == "," and k + 1 <= last and toks[k + 1].text.lower() in LEAF_WORDS:
                k += 1
        if not pages:
            return
        labels[start:k] = ["locator"] * (k - start)
        if k + 2 <= last and toks[k].text == "(" and toks[k + 2].text == ")" and lexicon().language(toks[k + 1].text):
            labels[k:k + 3] = ["language"] * 3
        return


def _short_form_read_as_commentary(toks, labels: list[str]) -> None:
    """`Smith, *Rice*, 40.`: a citation opening with a surname (or two or three
    capitalised words), its comma, an emphasised title and the pinpoint, all read
    as commentary, is a short form: author, title, pinpoint."""
    if "note" not in labels or "locator" not in labels:
        return
    for start in [0] + [stop + 1 for stop in _citation_ends(toks)[:-1]]:
        comma = next((k for k in range(start + 1, min(start + 4, len(toks))) if toks[k].text == ","), None)
        if comma is None or comma + 1 >= len(toks) or not toks[comma + 1].emphasis:
            continue
        end = comma + 1
        while end + 1 < len(toks) and toks[end + 1].emphasis:
            end += 1
        name = toks[start:comma]
        if all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in name) \
                and set(labels[start:end + 1]) <= {"note"} and end + 2 < len(toks) and toks[end + 1].text == "," \
                and labels[end + 2] == "locator":
            labels[start:comma + 1] = ["author"] * (comma + 1 - start)
            labels[comma + 1:end + 1] = ["title"] * (end - comma)


def _date_left_as_commentary(toks, labels: list[str]) -> None:
    """`..., Niederschrift über die Besprechung am 7. März 1961.`: a day, month and year
    closing a citation (before a `;` or the note's end), right after one of its
    fields and read as commentary, are its date."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        if label != "note" or before in ("note", "prefix"):
            continue
        end = last
        while end > first and toks[end].text in (".", ";", ","):
            end -= 1
        closes = last + 1 == len(toks) or toks[last + 1].text == ";" or toks[last].text == ";"
        for start in (first, first + 1):                   # `am 2. Mai 1951`, `on 3 May 1951`: a word before it
            if closes and start < end and toks[first].text[:1].isalnum() \
                    and _a_whole_date(_text(toks, start, end), ("dmy", "mdy", "dmy-numeric")):
                labels[start:end + 1] = ["date"] * (end + 1 - start)
                break
        else:
            day = _day_before(toks, first)
            if closes and day is not None and _a_month(toks[first].text) \
                    and _a_whole_date(_text(toks, day, end), ("dmy",)):
                labels[first:end + 1] = ["date"] * (end + 1 - first)      # `vom 2.` | `Januar 1963`


def _masthead_before_vom(toks, labels: list[str]) -> None:
    """`zur Stimmung vor Ort FAZ vom 21. Februar 1987;`, `sowie *Süddeutsche Zeitung* vom 9. Juli 1957`:
    a paper's name opening a citation, then `vom` and a day's date, is an issue, not commentary."""
    if not _has_text(toks, ("vom",)):
        return
    for i, tok in enumerate(toks):
        if tok.text != "vom" or i == 0:
            continue
        end = next((k for k in range(i + 1, min(len(toks), i + 8)) if toks[k].text in (";", ",")), len(toks)) - 1
        while end > i and toks[end].text == ".":
            end -= 1
        if not _a_whole_date(_text(toks, i + 1, end), ("dmy", "dmy-numeric")):
            continue
        k = i
        if re.fullmatch(r"[A-ZÄÖÜ]{2,5}", toks[i - 1].text) and not toks[i - 1].emphasis:
            k = i - 1                                        # `FAZ`, `TAZ`: a paper's initials
        else:
            while k > 0 and i - k < 4 and (toks[k - 1].text[:1].isupper() or toks[k - 1].emphasis) \
                    and labels[k - 1] != "prefix" and toks[k - 1].text != ";":
                k -= 1
        clause = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].text == ";"), 0)
        lead = toks[clause].text[:1].islower() or fold(toks[clause].text) in CLAUSE_OPENERS | LEAD_WORDS
        prose = k > clause and labels[k - 1] != "prefix" and lead and _is_prose(toks, clause, k)
        opens = k == clause or labels[k - 1] == "prefix" or prose
        if k < i and opens and not _a_record_heading(_text(toks, k, i - 1)):
            if prose:
                labels[clause:k] = ["prefix"] * (k - clause)
            labels[k:i] = ["title"] * (i - k)
            labels[i:end + 1] = ["date"] * (end + 1 - i)


def _masthead_and_its_place_before_a_day(toks, labels: list[str]) -> None:
    """`Compare the account in Hubei ribao (Wuhan), 4 May 1957, 3.`: one to four words before
    a town the lexicon knows in parentheses, a comma and a day's date, after prose or at a
    citation's start, are a paper's name and its place: an issue, not commentary."""
    for i in range(1, len(toks) - 4):
        if toks[i].text != "(" or toks[i].paren or toks[i + 2].text != ")" or toks[i + 3].text != "," \
                or not is_known_place(toks[i + 1].text):
            continue
        end = next((k for k in range(i + 4, min(len(toks), i + 12)) if toks[k].text in (",", ";")), len(toks))
        end -= end == len(toks) and toks[-1].text == "."
        if not _a_whole_date(_text(toks, i + 4, end - 1), ("dmy", "mdy")):
            continue
        k = i
        while k > 0 and i - k < 4 and toks[k - 1].text.isalpha() and fold(toks[k - 1].text) not in WORDS_BEFORE_A_PAPER \
                and labels[k - 1] != "prefix" and toks[k - 1].text != ";":
            k -= 1
        if k == i or not toks[k].text[:1].isupper() or all(labels[j] in ("title", "container") for j in range(k, i)):
            continue
        clause = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].text == ";"), 0)
        if clause < k and not _is_prose(toks, clause, k) and labels[k - 1] != "prefix":
            continue
        labels[clause:k] = ["prefix"] * (k - clause)
        labels[k:i] = ["container"] * (i - k)
        labels[i:i + 4] = ["place"] * 4
        labels[i + 4:end] = ["date"] * (end - i - 4)


WORDS_BEFORE_A_PAPER = LEAD_WORDS | {"in", "the", "and", "und", "et", "dans", "en"}
"""Words that lead into a paper's name (`compare the account in`), which the name never holds."""


def _archive_acronym_and_signature(toks, labels: list[str]) -> None:
    """`GDPA, 235-1-187, 47`, `AGN, 12-3-4, f. 5`: an archive's acronym opening a citation, a
    comma and a signature of figures joined by dashes or slashes are the archive and its
    signature, though the model read them as commentary (a page may follow)."""
    for i in range(len(toks) - 2):
        if not (i == 0 or toks[i - 1].text == ";" or labels[i - 1] == "prefix") \
                or not re.fullmatch(r"[A-Z]{2,7}", toks[i].text) or toks[i + 1].text != "," \
                or labels[i] in ("archive", "author", "title", "container"):
            continue
        end = next((k for k in range(i + 2, len(toks)) if toks[k].text in (",", ";")), len(toks))
        end -= end == len(toks) and toks[-1].text == "."
        words = [t.text for t in toks[i + 2:end]]
        if len(words) >= 3 and all(re.fullmatch(r"\d+[a-zA-Z]?|[-/–.]", w) for w in words) \
                and any(w in ("-", "/", "–") for w in words):
            labels[i:i + 2] = ["archive"] * 2
            labels[i + 2:end] = ["shelfmark"] * (end - i - 2)


def _day_before(toks, i: int) -> int | None:
    """Where a day in figures (`2.`, `14`) right before token `i` starts, if there is one."""
    k = i - 1 if i >= 1 and toks[i - 1].text == "." else i
    return k - 1 if k >= 1 and re.fullmatch(r"\d{1,2}", toks[k - 1].text) else None


def _ibid_opening_a_citation(toks, labels: list[str]) -> None:
    """`Ibíd., f. 14v.`: ibid. opening a note or a citation after a `;`, read as
    commentary, is ibid. (with its full stop and comma)."""
    if not _has_word(toks, IBID_WORDS):
        return
    for i, tok in enumerate(toks):
        if _opens_a_citation(toks, i) and labels[i] == "note" and tok.text.lower() in IBID_WORDS:
            end = i + 1
            while end < len(toks) and toks[end].text in (".", ","):
                end += 1
            labels[i:end] = ["ibid"] * (end - i)


def _same_author_opening_a_citation(toks, labels: list[str]) -> None:
    """`Ders., Geschichte der Arbeiterbewegung, 3. Aufl., Berlin 1975, S. 10`, `Id., « Le port »,
    *Annales*`: the word for the author before (`ders.`, `idem`, `eadem`) opening a citation,
    and the words after it up to the next comma, read as commentary before an imprint (or a
    quoted title before its container), are the same-author word and a title (CONVENTIONS: a new title by the same author is a
    full citation; the model had dropped the citation as commentary)."""
    if "note" not in labels or not _has_folded(toks, SAME_AUTHOR_WORDS):
        return
    for i, tok in enumerate(toks):
        if labels[i] != "note" or fold(tok.text) not in SAME_AUTHOR_WORDS or not _opens_a_citation(toks, i):
            continue
        end = i + 1
        while end < len(toks) and toks[end].text in (".", ","):
            end += 1
        stop = end
        while stop < len(toks) and labels[stop] == "note" and toks[stop].text not in (",", ";"):
            stop += 1
        after = next((k for k in range(stop, len(toks)) if labels[k] != "note"), len(toks))
        quoted = toks[end].text in OPENING_QUOTES and after < len(toks) and labels[after] in ("title", "container")
        if stop > end and (toks[end].text[:1].isupper() and after < len(toks) and labels[after] in IMPRINT or quoted):
            labels[i:end] = ["short"] * (end - i)
            close = stop + 1 if stop < len(toks) and toks[stop].text == "," else stop
            labels[end:close] = ["title"] * (close - end)


YEAR_TOKEN = re.compile(r"1[5-9]\d\d[a-z]?|20[0-3]\d[a-z]?")


def _author_year_run_on(toks, labels: list[str]) -> None:
    """`Fischer/Lang 2003, 12 f.; ferner Koch 2010.`: a date run that goes on past a
    `;` holds the page after its year and the next author-year reference: the page is
    the pinpoint, the words after the `;` a lead word, a name and its year."""
    if "date" not in labels or not _has_text(toks, (";",)):
        return
    for label, first, last in _runs(labels):
        semi = next((k for k in range(first, last + 1) if toks[k].text == ";"), None)
        if label != "date" or semi is None or not YEAR_TOKEN.fullmatch(toks[first].text) \
                or toks[first + 1].text != ",":
            continue
        labels[first + 2:semi + 1] = ["locator"] * (semi - first - 1)
        k = semi + 1
        while k <= last and toks[k].text.islower():
            labels[k] = "prefix"
            k += 1
        name = k
        while k <= last and (toks[k].text[:1].isupper() or toks[k].text in ("/", "-", "und", "&")):
            k += 1
        if k > name and k <= last and YEAR_TOKEN.fullmatch(toks[k].text):
            labels[name:k] = ["author"] * (k - name)


def _page_after_the_year_colon(toks, labels: list[str]) -> None:
    """`Müller (2004: 12)`: in an author-year reference, the page after the year's colon,
    read into the date, is the pinpoint."""
    if "date" not in labels or not _has_text(toks, (":",)):
        return
    for label, first, last in _runs(labels):
        year = next((k for k in range(first, min(first + 2, last + 1)) if YEAR_TOKEN.fullmatch(toks[k].text)), None)
        if label == "date" and year is not None and year + 2 <= last and toks[year + 1].text == ":" \
                and toks[year + 2].text[:1].isdigit():
            labels[year + 2:last + 1] = ["locator"] * (last - year - 1)


ENTRY_WORDS = {"art", "artikel", "s.v", "stichwort", "lemma", "voce"}


def _entry_word_before_the_quoted_title(toks, labels: list[str]) -> None:
    """`Meyer, Hans: Art. „Zunft“, in: Handwörterbuch ..., Sp. 1751–1756`: the word for a
    reference work's entry (`Art.`, `Stichwort`) before a quoted title is a note, the quoted
    words the entry's title, the reference work after `in:` its container; `Sp.` opens
    the columns."""
    if not _has_word(toks, ENTRY_WORDS):
        return
    for i in range(len(toks) - 3):
        if toks[i].text.lower() not in ENTRY_WORDS or toks[i + 1].text != "." or toks[i + 2].text not in OPEN_QUOTES:
            continue
        close = next((k for k in range(i + 3, min(i + 30, len(toks))) if toks[k].text in CLOSE_QUOTES), None)
        if close is None:
            continue
        end = close + 2 if close + 1 < len(toks) and toks[close + 1].text == "," else close + 1
        labels[i:i + 2] = ["note", "note"]
        labels[i + 2:end] = ["title"] * (end - i - 2)
        if end + 1 < len(toks) and toks[end].text.lower() == "in":
            stop = next((k for k in range(end + 1, len(toks)) if toks[k].text == ","), len(toks) - 1)
            labels[end:stop + 1] = ["container"] * (stop + 1 - end)
        for k in range(end, len(toks) - 2):
            if toks[k].text == "Sp" and toks[k + 1].text == "." and toks[k + 2].text[:1].isdigit():
                labels[k:k + 2] = [labels[k + 2]] * 2
        return


OPEN_QUOTES = {"„", "“", '"', "«", "‘", "‚", "'"}
CLOSE_QUOTES = {"“", "”", '"', "»", "’", "‘", "'"}


NOT_CLASSICAL = PREFIX_WORDS | IBID_WORDS | PAGE_WORDS | VOLUME_WORDS | SHELF_WORDS | EDITOR_WORDS | {"cfr", "vgl", "cf"}
CLASSICAL_JOINS = {"e", "and", "und", "et", "y", "cf", "cfr", "vgl", "see", "also", "auch", "anche", "ma", "but"}


def _classical_chain(toks, labels: list[str]) -> None:
    """`Cfr. Thuc. 2.65.7-9 e Plut. Per. 15.1; diversamente Diod. 12.38.2`, `Dio 53.13.1`:
    an ancient author's abbreviation (and the work's), then book, chapter and section
    joined by full stops, are one short citation each (CONVENTIONS: the author and the
    work as printed, the numbers the pinpoint); a joining word between them leads the next."""
    starts = _classical_starts(toks)
    if not starts:
        return
    i = 0
    while i < len(toks) - 2:
        found = _classical_at(toks, i) if i in starts else None
        lead = i - 1
        while lead >= 0 and toks[lead].text.isalpha() and toks[lead].text.islower():
            lead -= 1                                # `; diversamente Diod. 12.38.2`
        joined = lead >= 0 and labels[lead] == "locator" and toks[lead + 1].text.lower() in CLASSICAL_JOINS
        if found is None or not (lead < 0 or toks[lead].text in (";", ".", ",") or labels[lead] == "prefix" or joined):
            i += 1
            continue
        work, number, end = found
        labels[i:work] = ["author"] * (work - i)
        labels[work:number] = ["title"] * (number - work)
        labels[number:end] = ["locator"] * (end - number)
        k = i - 1
        while k >= 0 and toks[k].text.islower() and toks[k].text.isalpha() and labels[k] != "locator" or \
                k >= 0 and toks[k].text.lower() in CLASSICAL_JOINS:
            labels[k] = "prefix"
            k -= 1
        i = end


def _classical_starts(toks) -> set[int]:
    """The tokens a classical reference could open at (`_classical_at` finds none elsewhere):
    its number, spaced, runs on unspaced (`2.65`, `12-15`), and stands one to four tokens
    after the reference's first token."""
    starts: set[int] = set()
    for number in range(1, len(toks) - 2):
        if _number_runs_on(toks, number):
            starts.update(range(max(number - 4, 0), number))
    return starts


def _number_runs_on(toks, k: int) -> bool:
    """Whether token k is a spaced number followed, unspaced, by `.`, `-` or `–` and another number."""
    return toks[k].text.isdecimal() and toks[k].space and toks[k + 1].text in (".", "-", "–") \
        and not toks[k + 1].space and toks[k + 2].text.isdecimal() and not toks[k + 2].space


def _classical_at(toks, i: int) -> tuple[int, int, int] | None:
    """(the work's first token, the number's first token, one past the number) of a
    classical reference opening at token `i`, or None."""
    def abbreviation(k: int) -> bool:
        return k + 1 < len(toks) and toks[k].text.isalpha() and toks[k].text[:1].isupper() and 2 <= len(toks[k].text) <= 10 \
            and toks[k + 1].text == "." and not toks[k + 1].space and toks[k].text.lower() not in NOT_CLASSICAL
    if abbreviation(i):
        work = i + 2
    elif toks[i].text.isalpha() and toks[i].text[:1].isupper() and len(toks[i].text) <= 10:
        work = i + 1                                 # `Dio 53.13.1`: a short name, no full stop
    else:
        return None
    number = work + 2 if abbreviation(work) else work
    if number >= len(toks) or not toks[number].text.isdecimal() or not toks[number].space:
        return None
    end, dots = number + 1, 0
    while end + 1 < len(toks) and toks[end].text in (".", "-", "–") and not toks[end].space \
            and toks[end + 1].text.isdecimal() and not toks[end + 1].space:
        dots += toks[end].text == "."
        end += 2
    closes = end >= len(toks) or toks[end].text in (";", ".") and (end + 1 >= len(toks) or toks[end + 1].space)
    if work == i + 1 and (not closes or i and toks[i - 1].text == ","):
        return None                                  # (`Fachserie 1, Reihe 4.1.2: Beruf` is no Dio 53.13.1)
    if dots >= 2 or dots == 1 and number > work or number > work and end > number + 1 and work == i + 2:
        return work, number, end
    return None


def _signature_cut_at_a_shelf_word(toks, labels: list[str]) -> None:
    """`AVPRF, f. 07, op. 22, pa. 36, d. | 220, l. 270`, `PRC FMA 106-0143-02, | 12.`: a
    signature run that ends in a shelf word's abbreviation, or in a comma before a bare
    page closing the citation, goes on with the numbers after it (CONVENTIONS: pages
    and leaves in a first archival citation stay in `archive_location`)."""
    if "shelfmark" not in labels or "locator" not in labels:
        return
    runs = _runs(labels)
    for (label, first, last), (after, start, end) in zip(runs, runs[1:]):
        word = last - 1 if toks[last].text == "." else last
        dangling = toks[word].text.lower() in SHELF_WORDS
        bare = toks[last].text == "," and all(t.text[:1].isdigit() or t.text in "–-." for t in toks[start:end + 1])
        if label == "shelfmark" and after == "locator" and (dangling or bare) \
                and toks[start].text[:1].isdigit() and end >= len(toks) - 2:
            labels[start:end + 1] = ["shelfmark"] * (end + 1 - start)   # `PRC FMA 106-0143-02, 12.`


def _title_read_as_commentary_after_the_author(toks, labels: list[str]) -> None:
    """`Ada Voss, The Long Shore, 2nd ed. (Leeds: Peepal, 2017)`: capitalised words read as
    commentary between an author and an edition or imprint are the title."""
    runs = _runs(labels)
    for (before, _, b_last), (label, first, last), (after, _, _) in zip(runs, runs[1:], runs[2:]):
        if before == "author" and toks[b_last].text == "," and label == "note" and after in IMPRINT | {"edition"} \
                and toks[first].text[:1].isupper() and not _has_lower_prose(toks[first:last + 1]):
            labels[first:last + 1] = ["title"] * (last + 1 - first)


def _has_lower_prose(toks) -> bool:
    """Whether words hold a verb-like run of lower-case words (three or more in a row)."""
    run = 0
    for tok in toks:
        run = run + 1 if tok.text.isalpha() and tok.text.islower() else 0
        if run >= 3:
            return True
    return False


def _place_of_a_thesis_in_its_genre(toks, labels: list[str]) -> None:
    """`*Hamnar och handel*, diss. Umeå 1993, s. 12`: the capitalised place after `diss.`,
    read into the genre, is the university's place."""
    for label, first, last in _runs(labels):
        if label != "genre" or last - first < 2 or toks[last].text in (".", ","):
            continue
        k = last
        while k > first and toks[k].text[:1].isupper() and toks[k].text.isalpha():
            k -= 1
        if first < k < last and toks[k].text == "." and THESIS.search(toks[k - 1].text):
            labels[k + 1:last + 1] = ["place"] * (last - k)


def _interview_genre_read_as_commentary(toks, labels: list[str]) -> None:
    """`Harold Lee, interview by the author, Brandon, Manitoba, 17 June 1994`: `interview
    by ...` after the person's comma, read as commentary, is the genre (the interviewer)."""
    runs = _runs(labels)
    for (before, _, b_last), (label, first, last) in zip(runs, runs[1:]):
        if before == "author" and toks[b_last].text == "," and label == "note" \
                and toks[first].text.lower() in ("interview", "interviewed") and first + 1 <= last \
                and toks[first + 1].text.lower() in ("by", "with"):
            labels[first:last + 1] = ["genre"] * (last + 1 - first)


def _year_s_edition(toks, labels: list[str]) -> None:
    """`*Dong-A Yearbook*, 1967 Edition (Seoul: ...)`: a year and `Edition` after a comma are the
    edition (a yearbook's), not the date and a place; the words before them are the title."""
    for i in range(2, len(toks) - 1):
        if toks[i - 1].text != "," or not YEAR.match(toks[i].text) or toks[i + 1].text.lower() not in ("edition", "ed"):
            continue
        end = i + 2 + (i + 2 < len(toks) and toks[i + 2].text == ".")
        labels[i:end] = ["edition"] * (end - i)
        if i - 1 >= 1 and labels[i - 2] in NAME_LABELS and all(t.text[:1].isupper() or t.text == "-"
                                                              for t in toks[:i - 1]) and "title" not in labels:
            labels[:i] = ["title"] * i                           # the yearbook's name read as an author
        return


def _edition_word_after_its_number(toks, labels: list[str]) -> None:
    """`3. | Aufl. München 2008`: the edition's word after its number, read as the start
    of the place, is the edition's."""
    if "edition" not in labels:
        return
    for i in range(2, len(toks) - 1):
        if labels[i] != "edition" and labels[i - 1] == "edition" and toks[i - 1].text == "." \
                and toks[i - 2].text.isdecimal() and fold(toks[i].text) in EDITION_WORDS:
            end = i + 2 if i + 1 < len(toks) and toks[i + 1].text == "." else i + 1
            if end < len(toks) and toks[end].text == ",":
                end += 1
            labels[i:end] = ["edition"] * (end - i)


def _leaf_left_after_ibid(toks, labels: list[str]) -> None:
    """`Ibid., pl. XIV, showing the hearth.`: a page, leaf or plate word and its number
    right after ibid.'s comma, left as commentary, are the pinpoint."""
    if "ibid" not in labels or not _has_word(toks, LEAF_WORDS):
        return
    for i in range(1, len(toks) - 1):
        if labels[i - 1] != "ibid" or labels[i] != "note" or toks[i].text.lower() not in LEAF_WORDS:
            continue
        number = i + 2 if toks[i + 1].text == "." and i + 2 < len(toks) else i + 1
        if toks[number].text[:1].isdigit() or ROMAN.fullmatch(toks[number].text):
            end = number
            while end + 2 < len(toks) and toks[end + 1].text in DASHES:
                end += 2
            labels[i:end + 1] = ["locator"] * (end + 1 - i)


def _closing_number_is_the_pinpoint(toks, labels: list[str]) -> None:
    """`Hale, op. cit., 12.` and `Hale, op. cit., 12; Reed, Salt, 4.`: a number or
    range after a comma that closes a citation (at a top-level `;` or the note's
    end) and that the model left as commentary is the pinpoint."""
    for stop in _citation_ends(toks):
        end = stop - 1
        while end >= 0 and toks[end].text == ".":
            end -= 1
        if end < 1:
            continue
        start = end
        while start > 0 and (toks[start - 1].text.isdecimal() or toks[start - 1].text in DASHES):
            start -= 1
        if start == end and NEWSPAPER_PAGE.match(toks[end].text) and start > 1 and toks[start - 1].text == "," \
                and labels[start] in ("note", "date") and labels[start - 2] == "date":
            labels[start:stop] = ["locator"] * (stop - start)          # `Washington Post, January 24, 1968, A12.`
            continue
        if not toks[end].text.isdecimal() or not toks[start].text.isdecimal() or start == 0 \
                or toks[start - 1].text != "," or not _left_for_the_pinpoint(toks, labels, start, end):
            continue
        labels[start:stop] = ["locator"] * (stop - start)


YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


NEWSPAPER_PAGE = re.compile(r"^[A-Z]\d{1,3}$")


def _left_for_the_pinpoint(toks, labels: list[str], start: int, end: int) -> bool:
    """Tokens `start..end` (a number after a comma) left as commentary, or taken
    into a date that ends in a year before the comma (`Meier 2003, 18`: no
    date goes on after its year), or read as a date of its own (`Kim, Rice, 3.`:
    a number that is no year is no date alone)."""
    own = {labels[k] for k in range(start, end + 1)}
    after_year = start >= 2 and labels[start - 2] == "date" and YEAR.match(toks[start - 2].text) is not None
    a_year = all(YEAR.match(toks[k].text) for k in range(start, end + 1) if toks[k].text not in DASHES)
    # `Milano 1977, 1981`: a reprint; `Venezia, 1853-1861`: the years of a work in volumes
    alone = start >= 2 and labels[start - 1] != "date" and labels[start - 2] != "date"
    return own == {"note"} or (own == {"date"} and (after_year or alone) and not a_year)


SHORT_PHRASES = (("op", "cit"), ("loc", "cit"), ("art", "cit"), ("ob", "cit"), ("a", "a", "o"), ("cit",))
SHORT_PHRASE_STARTS = {phrase[0] for phrase in SHORT_PHRASES}


def _op_cit(toks, labels: list[str]) -> None:
    """`Fischer, a. a. O., S. 56` and `Hale, op. cit., 12`: abbreviated words
    each closed by a full stop, spelling a short form's phrase, are the short form."""
    if not _has_word(toks, SHORT_PHRASE_STARTS):
        return
    for i in range(len(toks)):
        if toks[i].text.lower() not in SHORT_PHRASE_STARTS:
            continue
        for phrase in SHORT_PHRASES:
            end = _abbreviation_end(toks, i, phrase)
            if end is not None:
                labels[i:end] = ["short"] * (end - i)


def _abbreviation_end(toks, i: int, phrase: tuple[str, ...]) -> int | None:
    """One past the last full stop of `phrase` written from token i as abbreviations (`a. a. O.`, `op.cit.`)."""
    k = i
    for word in phrase:
        if k + 1 >= len(toks) or toks[k].text.lower() != word or toks[k + 1].text != ".":
            return None
        k += 2
    return k


def _lone_inverted_name(toks, labels: list[str]) -> None:
    """`Nansen, Through Siberia, 368.`: when the only field is one author run of
    a surname, a comma and words that are not initials, before the pinpoint,
    the words are a short title (an inverted name opens a bibliography entry,
    which goes on to a title; a note's short form is surname, title, page)."""
    runs = [r for r in _runs(labels) if r[0] not in ("prefix", "locator", "short", "ibid")]
    if len(runs) != 1 or runs[0][0] != "author" or "locator" not in labels:
        return
    _, first, last = runs[0]
    while last > first and toks[last].text in ",.:":
        last -= 1
    commas = [k for k in range(first, last + 1) if toks[k].text == ","]
    if len(commas) != 1 or commas[0] - first > 2 or commas[0] == last:
        return
    words = [t for t in toks[commas[0] + 1:last + 1] if t.text != "."]
    initials = all(len(t.text) <= 2 or t.text.isupper() for t in words)
    joined = {t.text.lower() for t in words} & NAME_CONJUNCTIONS
    if words and not initials and not joined:
        labels[commas[0] + 1:runs[0][2] + 1] = ["title"] * (runs[0][2] - commas[0])


CONTAINER_LEAD_WORDS = {"in", "dans", "en", "em", "nel", "nella", "w"}


def _container_after_editors(toks, labels: list[str]) -> None:
    """`Netze. In: Lang, Martin (Hg.): Kapital.`, `« Le quai », dans Paul Blanc (dir.), *Le Port*`:
    with no container found, a second title run right after an editor run that opens with
    `In` (`dans`, `en`, `nel`) is the book the first title is in."""
    if "container" in labels:
        return
    runs = _runs(labels)
    titles = [n for n, r in enumerate(runs) if r[0] == "title"]
    for n in titles[1:]:
        label, first, _ = runs[n - 1]
        if label == "editor" and toks[first].text.lower() in CONTAINER_LEAD_WORDS:
            _, start, end = runs[n]
            labels[start:end + 1] = ["container"] * (end + 1 - start)
            return


ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th|a|e|ª)?$")


def _edition_left_as_commentary(toks, labels: list[str]) -> None:
    """`Diskurse. 4. Aufl. Wiesbaden 2011`: a commentary run that is just an
    ordinal and an edition word (`4. Aufl.`, `2nd ed.`, `3a ed.`) is the edition;
    so is `26.ª ed.`, whatever the model made of it."""
    if not (_has_word(toks, EDITION_WORDS) or _has_word(toks, ("ed", "edição", "edición"))):
        return
    for label, first, last in _runs(labels):
        words = [t.text for t in toks[first:last + 1] if t.text not in ".,"]
        if label == "note" and len(words) == 2 and ORDINAL.match(words[0]) and words[1].lower() in EDITION_WORDS:
            labels[first:last + 1] = ["edition"] * (last + 1 - first)
        elif label == "note" and len(words) == 1 and words[0].lower() in EDITION_WORDS and first \
                and toks[first - 1].text.isdecimal() and toks[first].text == ".":
            labels[first - 1:last + 1] = ["edition"] * (last + 2 - first)   # `8. Aufl.`: the model took the 8 apart
    for i in range(len(toks) - 4):         # `26.ª ed.`, `2.º ed.`: a Portuguese or Spanish ordinal, whatever the model said
        number, dot, mark, word, stop = toks[i:i + 5]
        if number.text.isdecimal() and dot.text == "." and mark.text in ("ª", "º", "a", "o") \
                and word.text.lower() in ("ed", "edição", "edición") and stop.text == "." and not number.paren:
            labels[i:i + 5] = ["edition"] * 5


LOWER_RECIPIENT_AFTER = {"al", "alla", "allo", "ai", "agli", "au", "aux"}       # `al rey`, `al duca`, `au roi`
POSSESSIVES = {"her", "his", "their", "my", "our", "seine", "seinen", "seiner", "ihre", "ihren", "ihrer", "sua",
               "suo", "sa", "son", "ses", "su", "sus"}                      # `to her mother`, `an seine Frau`


def _letter_heading(toks, labels: list[str]) -> None:
    """`Zhou Enlai to Kim Il Sung, 3 March 1964`, `Francisco de Toledo al rey, Cuzco, 1 de
    marzo de 1572`, `Ruth Baker to her mother, 12 June 1919`: a writer, `to` and a
    recipient opening the citation before its first comma, with a date soon after,
    are a letter's heading (the writer its author, the rest its recipient)."""
    if not _has_text(toks, LETTER_TO_WORDS):
        return
    start = next((k for k, label in enumerate(labels) if label not in ("prefix", "note")), None)
    comma = next((k for k in range(len(toks)) if toks[k].text in (",", "vom") and not toks[k].paren and not toks[k].quote),
                 None)                              # `E-Mail von X an die Verfasserin vom 4. Februar 2019`
    if start is None or comma is None or not 2 <= comma - start <= 14 or toks[start].quote:
        return
    to = next((k for k in range(start + 1, comma - 1) if toks[k].text in LETTER_TO_WORDS), None)
    if to is None or not _writer_like(toks[start:to]) or not _recipient_like(toks[to + 1:comma], toks[to].text):
        return
    dated = "date" in labels[comma + 1:comma + 14] or _dated_after(toks, comma)
    one_word = to - start == 1 and not {"archive", "shelfmark", "container"} & set(labels)
    # `Puzanov to Gromyko`: in an archive, or `Lessing to Nicolai, ..., in Briefe`: printed in a collection
    if dated and not one_word:
        labels[start:to] = ["author"] * (to - start)
        labels[to:comma] = ["recipient"] * (comma - to)
        genre = 3 if _text(toks, start, start + 2).lower() in ("e-mail", "e-mails") else 1
        if to - start > genre + 1 and (genre == 3 or fold(toks[start].text) in LETTER_GENRES) \
                and toks[start + genre].text in LETTER_FROM_WORDS:
            labels[start:start + genre + 1] = ["genre"] * (genre + 1)  # `Brief von Otto Weber an seine Frau`
        if toks[comma].text == "vom":                                   # `... an die Verfasserin vom 3. März 2018`
            end = next((k for k in range(comma + 1, len(toks)) if toks[k].text in (",", ";")), len(toks))
            end -= end == len(toks) and toks[-1].text == "."
            labels[comma:end] = ["date"] * (end - comma)
        elif "date" not in labels[comma + 1:comma + 14]:               # the date read into the heading
            end = next(k for k in range(comma + 2, len(toks) + 1) if k == len(toks) or toks[k].text in (",", ";", "."))
            labels[comma + 1:end] = ["date"] * (end - comma - 1)
        _place_of_writing(toks, labels, comma + 1)


LETTER_GENRES = {"brief", "schreiben", "lettre", "lettera", "carta", "letter", "telegramm", "telegramme", "telegram",
                 "billet", "postkarte", "karte", "note", "nota", "memorandum"}
LETTER_FROM_WORDS = {"von", "de", "di", "from", "des", "del", "du", "d'", "d’", "of"}


def _dated_after(toks, comma: int) -> bool:
    """True when the words after a comma up to the next are a day, month and year
    (`Lessing to Nicolai, 2 April 1768, in ...`), whatever the model read them as."""
    end = next((k for k in range(comma + 1, len(toks)) if toks[k].text in (",", ";", ".") and k > comma + 1), len(toks))
    if _a_whole_date(_text(toks, comma + 1, end - 1)):
        return True
    end = next((k for k in range(comma + 1, len(toks)) if toks[k].text in (",", ";")), len(toks))
    return _a_whole_date(_text(toks, comma + 1, end - 1).rstrip(". "), ("dmy",))     # `vom 3. März 2018.`


def _place_of_writing(toks, labels: list[str], first: int) -> None:
    """`..., Cuzco, 1 de marzo de 1572`: one to three capitalised words between a
    letter's heading and its date are the place it was written."""
    k = first
    while k < len(toks) and k - first < 3 and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        k += 1
    if first < k < len(toks) - 1 and toks[k].text == "," and labels[k + 1] == "date" and labels[first] != "date":
        labels[first:k] = ["place"] * (k - first)


def _writer_like(toks) -> bool:
    """`Zhou Enlai`, `W. W. Rostow`, `Francisco de Toledo`, `Ambassador Puzanov`: capitalised words, initials, particles."""
    return 1 <= len(toks) <= 9 and toks[0].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.text in PARTICLES or t.text in (".", "-") for t in toks)


RECIPIENT_ARTICLES = {"the", "die", "den", "der", "das", "le", "la", "les", "il", "lo", "el", "los", "las", "o", "os", "a"}


def _recipient_like(toks, to: str) -> bool:
    """`Kim Il Sung`, `the Foreign Office`, `her mother`, (`al`) `rey`: a recipient's words."""
    words = [t.text for t in toks if t.text not in (".", "-")]
    if not 1 <= len(words) <= 6:
        return False
    if words[0].lower() in POSSESSIVES or (to in LOWER_RECIPIENT_AFTER and words[0].islower()):
        return len(words) <= 3 and all(w.isalpha() for w in words)
    named = words[1:] if words[0].lower() in RECIPIENT_ARTICLES else words     # `the Foreign Office`, `die Verfasserin`
    return bool(named) and all(w[:1].isupper() or w in PARTICLES for w in named)


def _recipient_after_writer(toks, labels: list[str]) -> None:
    """`Ruth Baker to Harold Ames, 12 June 1952`: a title run that opens with
    `to` and a capital right after the citation's first author run is its recipient."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:2]):
        if before == "author" and label == "title" and toks[first].text == "to" and first < last \
                and toks[first + 1].text[:1].isupper() and not toks[first].quote:
            labels[first:last + 1] = ["recipient"] * (last + 1 - first)


def _given_name_before_the_colon(toks, labels: list[str]) -> None:
    """`Roth, Ingrid: Stadtgeschichte.`: a title run that opens with one to three
    capitalised words or initials and a colon, right after an author run of a
    surname and a comma, opens with the author's given name (the German
    `Surname, Given: Title`; the last of `Hradil, Stefan/Schiener, Jürgen:`)."""
    runs = _runs(labels)
    for (before, first, last), (label, start, end) in zip(runs, runs[1:]):
        if before != "author" or label != "title" or toks[last].text != ",":
            continue
        own = next((k + 1 for k in range(last - 1, first - 1, -1) if toks[k].text in ("/", ";")), first)
        if len([t for t in toks[own:last] if t.text.isalpha() and t.text not in PARTICLES]) != 1:
            return                                   # `Daniel Botkin, Discordant Harmonies: ...` is no inverted name
        colon = next((k for k in range(start, min(start + 6, end + 1)) if toks[k].text == ":"), None)
        if colon is None and end + 1 < len(toks) and toks[end + 1].text == "(" and end - start < 3 \
                and _a_role_or_year_alone(toks, end + 1) and not toks[start].emphasis:
            colon = end + 1                          # `Volkmann, Ute (Hrsg.) (2000):`: the name ends at its role or year
        words = [t for t in toks[start:colon] if t.text != "."] if colon else []
        stops_a_word = any(toks[k].text == "." and len(toks[k - 1].text) > 1 for k in range(start + 1, colon or start))
        if words and len(words) <= 3 and all(t.text[:1].isupper() and t.text.isalpha() for t in words) \
                and not stops_a_word:                # `Appiah, Kwame Anthony. Cosmopolitanism:` is a sentence
            stop = colon + 1 if toks[colon].text == ":" else colon
            labels[start:stop] = ["author"] * (stop - start)
        return


def _a_role_or_year_alone(toks, paren: int) -> bool:
    """The parenthesis at `paren` holds only a role word (`(Hrsg.)`, `(eds.)`) or a year, no names."""
    close = next((k for k in range(paren + 1, min(paren + 6, len(toks))) if toks[k].text == ")"), None)
    return close is not None and all(t.text.lower() in EDITOR_WORDS or t.text in (".", "/", "&") or YEAR.match(t.text)
                                     or t.text.lower() in ("and", "und", "et") for t in toks[paren + 1:close])


def _editors_before_their_role(toks, labels: list[str]) -> None:
    """`Schimank, Uwe/Volkmann, Ute (Hrsg.) (2000):`, `Ann Lee (ed.), *Salt*`: names
    right before a parenthesised editor's word are the editors, not the authors."""
    for i in range(1, len(toks) - 2):
        if toks[i].text != "(" or labels[i - 1] != "author" or toks[i + 1].text.lower() not in EDITOR_WORDS:
            continue
        close = next((k for k in range(i + 2, min(i + 6, len(toks))) if toks[k].text == ")"), None)
        if close is None or not _a_role_or_year_alone(toks, i):
            continue                                 # `*Epistulae* (ed. Ann Lee)`: the editor's names inside
        first = i - 1
        while first > 0 and labels[first - 1] == "author":
            first -= 1
        labels[first:close + 1] = ["editor"] * (close + 1 - first)
        return


def _body_before_its_editors_role(toks, labels: list[str]) -> None:
    """`Ministry of Foreign Affairs of the PRC, ed., Mao Zedong waijiao wenxuan (Beijing:
    ...)`: the words opening the citation before a comma and a bare editor's word
    (`, ed.,`, `, Hg.,`) are the editor, a body or a person, whatever the model read them as."""
    start = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    for i in range(start + 1, min(start + 16, len(toks) - 2)):
        if toks[i].text != "," or toks[i + 1].text.lower() not in EDITOR_WORDS:
            continue
        end = i + 3 if i + 2 < len(toks) and toks[i + 2].text == "." else i + 2
        if labels[i + 1] not in ("editor", "title"):
            continue                                 # `yanjiushi, ed., *Geng Weiming nianpu*`: all read as the title
        if end < len(toks) and toks[end].text == "," and not {"ibid", "short"} & set(labels[start:i]) \
                and toks[start].text[:1].isupper() and labels[start] != "editor":
            labels[start:end + 1] = ["editor"] * (end + 1 - start)
        return


BETWEEN_WORDS = {"between", "zwischen", "entre", "tra", "fra", "among", "with", "mit", "avec", "con"}


def _both_parties_in_the_title(toks, labels: list[str]) -> None:
    """`Record of conversation between Mao Zedong and Kim Il Sung, 10 October 1970`: a
    title naming the parties of a talk ends at the comma after the second; the
    names after its `and` are no author."""
    for label, first, last in _runs(labels):
        if label != "title" or toks[last].text.lower() not in NAME_CONJUNCTIONS or last + 1 >= len(toks) \
                or labels[last + 1] not in NAME_LABELS:
            continue
        if not any(t.text.lower() in BETWEEN_WORDS for t in toks[first:last]):
            continue
        end = last + 1
        while end < len(toks) and labels[end] == labels[last + 1] and toks[end].text != ",":
            end += 1
        labels[last + 1:end] = ["title"] * (end - last - 1)
        return


def _year_closing_the_container(toks, labels: list[str]) -> None:
    """`J. Am. Chem. Soc. 2007, 129, 3226`, `Drug Information Journal 2007; 41: 9`: a year
    closing a periodical's name run is the date (no journal's name ends in a year)."""
    for label, first, last in _runs(labels):
        end = last
        while end > first and toks[end].text in (",", ";", ".", ":"):
            end -= 1
        if label == "container" and end > first + 1 and YEAR_TOKEN.fullmatch(toks[end].text) \
                and not toks[end].emphasis and toks[end - 1].text not in ("-", "–", "/") \
                and not toks[end].paren and toks[end - 1].text.lower() not in lexicon().months:   # `Atti ..., 14 ottobre 1994`
            labels[end:last + 1] = ["date"] * (last + 1 - end)


def _interview_before_the_name(toks, labels: list[str]) -> None:
    """`Interview with Kim Yong-ho, Seoul, 2009`, `Email from Dana Whitcombe to
    the author`: a genre word followed by `with`/`by`/`from` and a capital,
    opening the citation, is the genre, the names after it the person and a
    `to ...` after them the recipient (CONVENTIONS §1: the interviewee is the author)."""
    i = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    heading = toks[i + 1].text == "by" and labels[i] in ("editor", "translator") if i + 1 < len(toks) else False
    if i + 2 < len(toks) and labels[i + 2] in NAME_LABELS | {"title"} and toks[i].text.lower() in GENRE_WORDS \
            and toks[i + 1].text.lower() in ("with", "by", "from") and toks[i + 2].text[:1].isupper() \
            and not heading:                         # `Note by X` read as a role: a heading (`_heading_by_a_writer`)
        run, end = labels[i + 2], i + 2
        while end + 1 < len(toks) and labels[end + 1] == run and toks[end + 1].text != ",":
            end += 1
        labels[i] = "genre"                          # `with` stays with the names, which read it as a lead-in
        labels[i + 1:end + 1] = ["author"] * (end - i)
        _place_after_the_person(toks, labels, end + 1, run)
        to = next((k for k in range(i + 3, end + 1) if toks[k].text == "to"), None)
        if to is not None:                           # `Email from Dana Whitcombe to the author`
            stop = to
            while stop < len(toks) and toks[stop].text != "," and not toks[stop].text[:1].isdigit():
                stop += 1
            labels[to:stop] = ["recipient"] * (stop - to)


def _place_after_the_person(toks, labels: list[str], comma: int, run: str) -> None:
    """`Interview with Park Min-ho, Busan, 2 July 2011`: words without figures after
    the person's comma, left in the names' run, are the place of the interview."""
    if run not in NAME_LABELS or comma >= len(toks) or toks[comma].text != ",":
        return
    end = comma + 1
    while end < len(toks) and labels[end] == run and toks[end].text != "," and not toks[end].text[:1].isdigit():
        end += 1
    if end < len(toks) and toks[end].text == "," and labels[end] == run:
        end += 1                                     # the place's own comma
    if end > comma + 1 and toks[comma + 1].text[:1].isupper():
        labels[comma:end] = ["place"] * (end - comma)


def _interview_heading(toks, labels: list[str]) -> None:
    """`Interview mit Hans Gerber, Kassel, 3. Mai 2001`, `Entrevista de la autora
    con Rosa Vidal Ferrer, Vila-real, 12 de mayo de 2006`, `Testimonianza di Bruno
    Neri raccolta dall'autore, Adria, 1999`: an interview's heading opening a
    citation is its genre, the person after `mit`/`con`/`di` its author (CONVENTIONS
    §1), a description after the person's comma a note and the words before the
    date the place of the interview. The model, which sees few such headings,
    reads them as commentary, a title or an archive."""
    if not _has_word(toks, INTERVIEW_HEADING_WORDS):
        return
    for i, tok in enumerate(toks):
        if tok.text.lower() not in INTERVIEW_HEADING_WORDS:
            continue
        article = i and toks[i - 1].text.lower() in INTERVIEW_ARTICLES and _heading_may_open(toks, labels, i - 1)
        opening = _heading_opening(toks, labels, i)
        if not article and opening is None:
            continue
        person = _interviewee(toks, i)
        if person is not None:
            _label_interview(toks, labels, i if article else opening, person)
            if article:
                labels[i - 1] = "prefix"             # `Vgl. das Interview mit ...`
        elif labels[i] == "note":                    # `Interview mit einer Pflegekraft im Klinikum, 12.4.2011`
            end = i
            while end < len(toks) and labels[end] == "note":
                end += 1
            if end < len(toks) and labels[end] == "title":
                labels[i:end] = ["title"] * (end - i)


INTERVIEW_ARTICLES = {"das", "ein", "the", "an", "la", "el", "un", "una", "il", "l'", "l’", "o", "a", "my"}


INTERVIEW_MODIFIERS = {"oral", "history", "telephone", "phone", "author's", "author’s", "email", "e-mail", "skype",
                       "zoom", "recorded", "unpublished", "transcribed", "video", "video-recorded"}


def _heading_opening(toks, labels: list[str], i: int) -> int | None:
    """Where an interview's heading opens: at the capitalised heading word itself, or
    at the words before it that say what kind it was (`Oral history interview with`,
    `Telephone interview with`); None when the word opens no citation."""
    first = i
    while first > 0 and i - first < 3 and toks[first - 1].text.lower() in INTERVIEW_MODIFIERS:
        first -= 1
    if toks[first].text[:1].isupper() and _heading_may_open(toks, labels, first):
        return first
    return None


def _heading_may_open(toks, labels: list[str], i: int) -> bool:
    """Whether token `i` opens the note or follows a `;`, `.`, `:` or a lead word."""
    return _opens_a_citation(toks, i) or toks[i - 1].text in (".", ":") or labels[i - 1] == "prefix"


PARLIAMENTARY_PAPER_WORDS = {"drucksache", "drs", "drucks", "plenarprotokoll", "plpr"}


def _parliamentary_paper_read_as_commentary(toks, labels: list[str]) -> None:
    """`Deutscher Bundestag, 5. Wahlperiode, Drucksache V/1246 vom ...`: the house and
    the term before a parliamentary paper's number, read as commentary, open the
    citation (`legal` reads its form)."""
    if not _has_word(toks, PARLIAMENTARY_PAPER_WORDS):
        return
    for i, tok in enumerate(toks):
        if tok.text.lower() not in PARLIAMENTARY_PAPER_WORDS or i + 1 >= len(toks) or labels[i] != "note":
            continue
        first = i
        while first > 0 and labels[first - 1] == "note" and toks[first - 1].text != ";":
            first -= 1
        labels[first:i + 1] = ["title"] * (i + 1 - first)


def _interviewee(toks, heading: int) -> int | None:
    """The index of the interviewed person's first word after an interview's heading
    word: `Interview [der Verfasserin] mit` / `Testimonianza di` + a capital."""
    for k in range(heading + 1, min(heading + 5, len(toks) - 1)):
        if toks[k].text.lower() in INTERVIEW_WITH_WORDS:
            between = " ".join(t.text for t in toks[heading + 1:k])
            if (not between or BY_THE_AUTHOR.fullmatch(between)) and toks[k + 1].text[:1].isupper():
                return k + 1                         # (`de` in `de la autora con` goes on to `con`)
    return None


def _retired(toks, k: int) -> bool:
    """`Pfarrer i. R.`, `Oberst a. D.`: retired, out of office, after a title before the name."""
    return k + 2 < len(toks) and toks[k].text in ("i", "a") and toks[k + 1].text == "." and toks[k + 2].text in ("R", "D")


def _label_interview(toks, labels: list[str], heading: int, person: int) -> None:
    """Labels an interview from its heading to its date (see `_interview_heading`)."""
    end = person
    while end < len(toks) and toks[end].text not in (",", ";", "(") and not toks[end].text[:1].isdigit() \
            and (toks[end].text[:1].isupper() or toks[end].text in (".", "-") or toks[end].text in NAME_JOINING_WORDS
                 or toks[end - 1].text == "-" or _retired(toks, end)):         # `Kim Yong-ho`, `Pfarrer i. R.`
        end += 1
    labels[heading:person] = ["genre"] * (person - heading)
    labels[person:end] = ["author"] * (end - person)
    after = end
    while after < len(toks) and toks[after].text not in (",", ";") and not toks[after].text[:1].isdigit():
        after += 1                                   # `raccolta dall'autore`, `by Richard Rusk` (the interviewer)
    labels[end:after] = ["genre"] * (after - end)
    if after < len(toks) and toks[after].text == ",":
        labels[after] = labels[after - 1]            # the comma closes the span before it
    parts = []                                       # the comma-separated words before the date
    while after < len(toks) and toks[after].text == ",":
        stop = after + 1
        while stop < len(toks) and toks[stop].text not in (",", ";") and not toks[stop].text[:1].isdigit() \
                and not (labels[stop] == "date" and toks[stop].text.lower() in lexicon().months):   # `, June 2004`
            stop += 1
        words = [t.text.lower() for t in toks[after + 1:stop]]
        if stop > after + 1 and words[0] == "in":    # `, in: Der Spiegel`: an interview printed in a periodical
            labels[after + 1:stop] = ["container"] * (stop - after - 1)
            break
        if stop == after + 1 or ":" in words or "//" in words:
            break
        parts.append((after, stop))
        after = stop
    for n, (comma, stop) in enumerate(parts):
        place = n == len(parts) - 1 and toks[comma + 1].text[:1].isupper() and stop - comma <= 6
        close = stop + 1 if stop < len(toks) and toks[stop].text == "," else stop
        conducted = fold(_text(toks, comma + 1, stop - 1)).startswith(CONDUCTED_BY)     # `, geführt von Anne Berg`
        labels[comma + 1:close] = ["genre" if conducted else "place" if place else "note"] * (close - comma - 1)


CONDUCTED_BY = ("gefuhrt von ", "durchgefuhrt von ", "conducted by ", "by ", "realizada por ", "realise par ",
                "realisee par ", "condotta da ")
"""`..., geführt von Anne Berghofer, Reutlingen`: the words that name an interview's interviewer (folded)."""


def _title_before_the_colon(toks, labels: list[str]) -> None:
    """`Madeleine Albright, Madam Secretary: A Memoir`: an author run whose last
    part, after a comma, ends in a colon right before the title, after a name
    already written given name first (two words or more), holds the title's
    first words, not a given name, when a parenthesised imprint follows: in
    the Chicago note a list of names ends in `and`, and a name ends in a colon
    only in the German `Surname, Given:` or `Name, Name:` without an imprint
    in parentheses."""
    runs = _runs(labels)
    for (label, first, last), (after, _, _) in zip(runs, runs[1:]):
        if label != "author" or after != "title" or toks[last].text != ":":
            continue
        comma = next((k for k in range(last - 1, first, -1) if toks[k].text == ","), None)
        if comma is None:
            return
        before = [t for t in toks[first:comma] if t.text[:1].isalpha()]
        part = [t for t in toks[comma + 1:last] if t.text[:1].isalpha()]
        previous = max((k for k in range(first, comma) if toks[k].text == ","), default=first - 1)
        name = [t for t in toks[previous + 1:comma] if t.text[:1].isalpha()]
        joined = part and part[0].text.lower() in NAME_CONJUNCTIONS     # `, and Carl Roe:` ends a list of names
        imprint = _parenthesised_imprint(toks, labels, last + 1)
        if len(name) >= 2 and before and part and not joined and imprint and not toks[comma + 1].text[:1].islower():
            labels[comma + 1:last + 1] = ["title"] * (last - comma)
        return


NAME_ABBREVIATIONS = {"jr", "sr", "st", "ste", "wm", "chas", "geo", "jas", "thos", "jos", "th", "ph", "chr", "fr"}


def _inverted_name_ends_at_its_full_stop(toks, labels: list[str]) -> None:
    """`Appel, Konrad Maria. Grenzen: Ein Versuch.`: in an author run that opens
    with `Surname,`, a full stop after a whole word (not an initial, not `Jr.`)
    followed by a capital ends the names; the rest opens the title."""
    runs = _runs(labels)
    for n, (label, first, last) in enumerate(runs):
        if label != "author" or first + 2 > last or toks[first + 1].text != ",":
            continue
        for k in range(first + 3, last):
            word = toks[k - 1].text
            if toks[k].text == "." and len(word) > 2 and word.isalpha() and word.lower() not in NAME_ABBREVIATIONS \
                    and toks[k + 1].text[:1].isupper() and toks[k + 1].text.isalpha():
                labels[k + 1:last + 1] = ["title"] * (last - k)
                return
        return


def _parenthesised_imprint(toks, labels: list[str], start: int) -> bool:
    """True when a Chicago imprint, `(Place: Publisher, Year)`, opens at or after token `start`
    (a year alone in parentheses is the date of the German and author-date forms)."""
    return any(toks[k].text == "(" and labels[k] in ("place", "publisher") for k in range(start, len(toks)))


MODIFIED = re.compile(r"^(?:last\s+)?(?:modified|updated|posted|published|revised)(?:\s+on)?$", re.I)


def _modified_date(toks, labels: list[str]) -> None:
    """`Portal, last modified May 5, 2014, http://...`: a date after `last
    modified`, `updated`, `posted` that the model left as commentary is the
    page's date (the words before it stay commentary)."""
    if any(label == "date" and tok.text[:1].isdigit() for tok, label in zip(toks, labels)):
        return
    for label, first, last in _runs(labels):
        if label != "note":
            continue
        for k in range(first + 1, min(first + 4, last + 1)):
            if MODIFIED.match(" ".join(t.text for t in toks[first:k])):
                found = find_date(_text(toks, k, last))
                if found and found[1][0] == 0:
                    labels[k:last + 1] = ["date"] * (last + 1 - k)
                    return


def _leaves_inside_the_signature(toks, labels: list[str]) -> None:
    """`AGI, Charcas 418, ff. 112r–115v.`: a pinpoint right after a signature
    that ends in a leaf or page word (`ff.`, `fol.`, `c.`, `ll.`, `Bl.`) is part
    of the signature (CONVENTIONS §1: page numbers inside an archival
    signature stay in archive_location)."""
    runs = _runs(labels)
    for (before, first, last), (label, start, end) in zip(runs, runs[1:]):
        if before != "shelfmark" or label != "locator" or last < first + 1:
            continue
        word = toks[last - 1].text.lower() if toks[last].text == "." else toks[last].text.lower()
        levels = sum(toks[k].text == "," for k in range(first, last))
        leaf_opens = toks[last].text == "," and toks[start].text.lower() in LEAF_WORDS - {"p", "pp", "s", "page", "pages"} \
            and start + 1 <= end and toks[start + 1].text == "." and levels >= 2   # `op. 22, pa. 36, d. 220,` | `l. 270`
        if word in LEAF_WORDS or leaf_opens:
            labels[start:end + 1] = ["shelfmark"] * (end + 1 - start)


def _signature_starts_after_the_archive(toks, labels: list[str]) -> None:
    """`British Library, Add. MS 48211` and `Landesarchiv Berlin, A Rep. 001`:
    an archive run ending, after a comma, in one short capitalised code (not a
    place) right before the signature holds the signature's first word."""
    runs = _runs(labels)
    for (before, first, last), (label, _, _) in zip(runs, runs[1:]):
        if before != "archive" or label != "shelfmark" or last - first < 2 or toks[last - 1].text != ",":
            continue
        code = toks[last].text
        abbreviated = toks[last + 1].text == "." and not toks[last + 1].space          # `Add.`
        if code[:1].isupper() and code.isalpha() and len(code) <= 4 \
                and (abbreviated or not lexicon().is_place(code.lower())):
            labels[last] = "shelfmark"


RECORD_KIND_WORDS = {"tel", "telegram", "despatch", "dispatch", "airgram", "cable", "memo", "savingram", "telex"}


def _record_number_after_the_heading(toks, labels: list[str]) -> None:
    """`Conakry to Secretary of State, tel. 212, December 2, 1959`, `..., despatch 614,`: the
    kind of record and its number after the heading are its genre and number, no pinpoint."""
    if not _has_word(toks, RECORD_KIND_WORDS):
        return
    for i in range(2, len(toks) - 2):
        if toks[i].text.lower() not in RECORD_KIND_WORDS or toks[i - 1].text != "," or labels[i - 2] != "title":
            continue
        k = i + 1 + (toks[i + 1].text == ".")
        if k + 1 < len(toks) and toks[k].text.lower() == "no" and toks[k + 1].text == ".":
            k += 2
        if k < len(toks) and re.fullmatch(r"\d[\w/.-]*", toks[k].text) and (k + 1 == len(toks) or toks[k + 1].text in ",;."):
            labels[i:k + 1] = ["genre"] * (k + 1 - i)


def _edition_closing_a_title(toks, labels: list[str]) -> None:
    """`in: *Handwörterbuch der Bildungsgeschichte*, 3. Aufl., Bd. 4`, `*The Port*, 2nd ed.,`: an
    ordinal and an edition word closing a title or container run are the edition."""
    for label, first, last in _runs(labels):
        if label not in ("title", "container"):
            continue
        end = last - (toks[last].text in (",", "."))
        word = end - (toks[end].text == ".")
        if word - 3 <= first or toks[word].text.lower() not in EDITION_WORDS:
            continue
        if toks[word - 1].text == "." and toks[word - 2].text.isdecimal() and toks[word - 3].text == ",":
            opens = word - 2                                  # `, 3. Aufl.`
        elif re.fullmatch(r"\d+(?:st|nd|rd|th|e|er|a|ª|º)", toks[word - 1].text) and toks[word - 2].text == ",":
            opens = word - 1                                  # `, 2nd ed.`
        else:
            continue
        labels[opens:last + 1] = ["edition"] * (last + 1 - opens)


ORIGINAL_WORDS = {"orig", "original", "originaltitel", "originalausgabe", "titre", "título", "titolo"}


def _original_edition_in_parentheses(toks, labels: list[str]) -> None:
    """`Göttingen: Wallstein 2002 (engl. Orig.: The Occupiers and the Press, Oxford 1998)`: a
    parenthesis naming the original edition is commentary (`types` reads the original title
    and year from it), not the date or the title of the translation."""
    for i in range(len(toks) - 4):
        if toks[i].text != "(" or toks[i].paren:
            continue
        close = next((k for k in range(i + 1, min(len(toks), i + 40)) if toks[k].text == ")" and not toks[k].paren), None)
        colon = next((k for k in range(i + 1, min(i + 6, len(toks))) if toks[k].text == ":"), None)
        if close and colon and colon < close \
                and any(fold(toks[k].text) in ORIGINAL_WORDS for k in range(i + 1, colon)):
            labels[i:close + 1] = ["note"] * (close + 1 - i)


def _translation_in_parentheses_before_the_imprint(toks, labels: list[str]) -> None:
    """`*Phong trào công nhân Hải Phòng, 1929–1939* (The workers' movement in Haiphong, 1929–1939)
    (Hà Nội: Nxb. Lao động, 2004)`: words in parentheses between an emphasised title and the
    imprint's parenthesis, with no colon, are the title's translation (commentary)."""
    for i in range(1, len(toks) - 3):
        if toks[i].text != "(" or toks[i].paren or not toks[i - 1].emphasis:
            continue
        close = next((k for k in range(i + 1, min(len(toks), i + 30)) if toks[k].text == ")" and not toks[k].paren), None)
        if close is None or close + 1 >= len(toks) or toks[close + 1].text != "(" \
                or any(t.text == ":" for t in toks[i:close]) or not toks[i + 1].text[:1].isupper():
            continue
        labels[i:close + 1] = ["note"] * (close + 1 - i)


TRANSLATED_BY = re.compile(r"^(?:übersetzt von|traduit par|translated by|tradotto da|traducido por|traduzido por|"
                           r"vertaald door)\s+\S", re.I)


TRANSLATION_MARKS = {"aus", "trad", "traduit", "traducido", "traduzido", "tradotto", "trans", "transl", "translated",
                     "ubers", "ubersetzt", "vertaald"}
"""Folded words one of which every translator's role the rule below reads holds."""


def _translator_read_into_the_title(toks, labels: list[str]) -> None:
    """`*Die Besatzer und die Presse*, aus dem Englischen von Gudrun Nolte, Göttingen`: a
    translator's role (with the language translated from) and names after a comma, read into
    the title or as commentary, are the translator."""
    if not _has_folded(toks, TRANSLATION_MARKS):
        return
    for k in range(2, len(toks)):
        if toks[k - 1].text != "," or labels[k] not in ("title", "note") or toks[k].paren:
            continue
        comma = next((j for j in range(k, len(toks)) if toks[j].text in (",", ";", "(")), len(toks))
        text = _text(toks, k, comma - 1)
        if TRANSLATED_FROM.match(text) or TRANSLATED_BY.match(text):
            labels[k:comma] = ["translator"] * (comma - k)
            return


def _imprint_after_the_emphasis(toks, labels: list[str]) -> None:
    """`..., *Le Port normand*, Rouen, PURH, 2004`: a title or container run that goes on past its
    emphasis to a comma, a town the lexicon knows, a comma, a publisher and a year holds the
    imprint: place, publisher, date (the European order, no brackets)."""
    for label, first, last in _runs(labels):
        if label not in ("title", "container") or not toks[first].emphasis:
            continue
        end = first
        while end <= last and toks[end].emphasis:
            end += 1
        if end + 3 > last or toks[end].text != "," or not toks[end + 1].text[:1].isupper():
            continue
        comma = next((k for k in range(end + 1, min(last + 1, end + 5)) if toks[k].text == ","), None)
        if comma is None or not is_known_place(_text(toks, end + 1, comma - 1)):
            continue
        year = next((k for k in range(comma + 1, min(len(toks), comma + 7)) if YEAR.match(toks[k].text)), None)
        if year is None or not all(toks[k].text[:1].isupper() or toks[k].text in (",", "&", "-") for k in range(comma + 1, year)):
            continue
        labels[end + 1:comma + 1] = ["place"] * (comma - end)
        labels[comma + 1:year] = ["publisher"] * (year - comma - 1)
        labels[year] = "date"


def _imprint_read_as_a_title_or_container(toks, labels: list[str]) -> None:
    """`*Kai und Kran*, Freiburg i. Br.: Rombach 2001`: after a comma, a town the lexicon knows
    (with its `i. Br.`, `a. M.`), a colon, capitalised words and a year are place, publisher and
    date, though the model read them into a title or container."""
    for i in range(1, len(toks) - 4):
        if toks[i - 1].text != "," or not toks[i].text[:1].isupper() or labels[i] not in ("title", "container"):
            continue
        colon = i + 1
        while colon + 1 < len(toks) and toks[colon + 1].text == "." and _a_place_abbreviation(toks[colon].text):
            colon += 2                                        # `i.`, `Br.`, `a.`, `M.`
        if colon >= len(toks) or toks[colon].text != ":" or not is_known_place(toks[i].text):
            continue
        year = next((k for k in range(colon + 2, min(len(toks), colon + 7)) if YEAR.match(toks[k].text)), None)
        if year is None or not all(toks[k].text[:1].isupper() or toks[k].text in ("&", "-", "und")
                                   for k in range(colon + 1, year)):
            continue
        labels[i:colon + 1] = ["place"] * (colon + 1 - i)
        labels[colon + 1:year] = ["publisher"] * (year - colon - 1)
        labels[year] = "date"
        return


def _ordinal_before_the_edition(toks, labels: list[str]) -> None:
    """`..., 2e éd., Paris`, `, 3rd ed.,`, `, 2. Aufl.,`: the ordinal before an edition run, read
    as commentary or into the title, is the edition's."""
    for label, first, last in _runs(labels):
        if label != "edition" or first == 0 or toks[first].text.lower() not in EDITION_WORDS:
            continue
        k = first - 1
        if k >= 1 and toks[k].text == "." and toks[k - 1].text.isdecimal():
            k -= 1                                           # `2. Aufl.`
        if ORDINAL.match(toks[k].text) and labels[k] != "edition" and (k == 0 or toks[k - 1].text in (",", "(")):
            labels[k:first] = ["edition"] * (first - k)


PLACE_ABBREVIATION_WORDS = {"i", "a", "am", "an", "ob", "d", "b", "v", "vor"}


def _a_place_abbreviation(word: str) -> bool:
    """`i`, `a`, `d` (`Freiburg i. Br.`, `Neustadt a. d. Aisch`) or a river's short capital (`Br`, `M`)."""
    return word in PLACE_ABBREVIATION_WORDS or len(word) <= 2 and word[:1].isupper() and word.isalpha()


def _place_with_its_abbreviated_river(toks, labels: list[str]) -> None:
    """`..., Freiburg i. Br.: Alber 2004`, `Neustadt a. d. Aisch: Degener`, `Frankfurt a. M.`: a town
    and the short words after it (`i.`, `a. d.`) that the model read into the title are the place's."""
    for label, first, last in _runs(labels):
        if label != "place" or first < 4:
            continue
        k = first
        while k >= 2 and toks[k - 1].text == "." and toks[k - 2].text in PLACE_ABBREVIATION_WORDS:
            k -= 2
        if k < first and k >= 2 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha() \
                and toks[k - 2].text == "," and labels[k - 1] != "place":
            labels[k - 1:first] = ["place"] * (first - k + 1)
        return


def _first_year_before_the_reprint(toks, labels: list[str]) -> None:
    """`*Historia de la rebelión* (1792; repr., La Paz: Juventud, 1978)`: the year opening an
    imprint before `; repr.` is the year first printed (the date's reader keeps it apart)."""
    for i in range(len(toks) - 5):
        if toks[i].text == "(" and re.fullmatch(r"1[4-9]\d\d|20[0-2]\d", toks[i + 1].text) \
                and toks[i + 2].text == ";" and toks[i + 3].text.lower() in REPRINT_WORDS:
            end = i + 4
            while end < len(toks) and toks[end].text in (".", ","):
                end += 1
            labels[i:end] = ["date"] * (end - i)


RECORDING_MEDIA = {"lp", "cd", "ep", "cassette", "vinyl", "rpm", "sound recording", "compact disc", "audio cd"}


def _record_label_and_number(toks, labels: list[str]) -> None:
    """`Miles Davis, *Kind of Blue*, Columbia CL 1355, 1959, LP`: after an emphasised title, a record
    label's name with its catalogue number (capitals and figures), a year and a medium (`LP`, `CD`)
    are the publisher, the date and the genre (`types` reads the recording from them)."""
    for i in range(1, len(toks) - 4):
        if not toks[i - 1].emphasis or toks[i].emphasis or toks[i].text != ",":
            continue
        year = next((k for k in range(i + 2, min(len(toks), i + 9)) if YEAR.match(toks[k].text)), None)
        if year is None or toks[year - 1].text != "," or year - 2 <= i + 1:
            return
        code = year - 2
        if not re.fullmatch(r"\d{2,6}", toks[code].text) or not re.fullmatch(r"[A-Z]{1,4}", toks[code - 1].text):
            return
        end = next((k for k in range(year + 1, len(toks)) if toks[k].text == ";"), len(toks))
        medium = _text(toks, year + 2, end - 1).strip(" .").lower() if year + 1 < end and toks[year + 1].text == "," else ""
        if medium not in RECORDING_MEDIA:
            return
        labels[i + 1:year] = ["publisher"] * (year - i - 1)
        labels[year] = "date"
        labels[year + 2:end] = ["genre"] * (end - year - 2)
        return


def _periodical_after_the_reviewed_book(toks, labels: list[str]) -> None:
    """`Ruth Vane, review of *The Sea*, by Ann Lee, *Times Literary Supplement*, 3 May 1962, 321`:
    the emphasised name after the reviewed book's `by` and its names is the periodical the
    review is in (its container), not more of the book's title."""
    for i in range(len(toks) - 3):
        if toks[i].text.lower() != "review" or toks[i + 1].text.lower() != "of":
            continue
        by = next((k for k in range(i + 2, min(len(toks), i + 30)) if toks[k].text == "by" and toks[k - 1].text == ","), None)
        if by is None:
            return
        comma = next((k for k in range(by + 1, min(len(toks), by + 12)) if toks[k].text == ","), None)
        if comma is None or comma + 1 >= len(toks) or not toks[comma + 1].emphasis:
            return
        end = comma + 1
        while end < len(toks) and toks[end].emphasis:
            end += 1
        labels[comma + 1:end] = ["container"] * (end - comma - 1)
        return


def _abbreviation_opening_the_signature(toks, labels: list[str]) -> None:
    """`BL Add. MS 12345, fol. 3r`: an abbreviated word closing the archive's run, whose full stop
    the model gave to the signature, opens the signature (`Add.`: Additional)."""
    for i in range(2, len(toks)):
        if toks[i].text == "." and not toks[i].space and labels[i] == "shelfmark" and labels[i - 1] == "archive" \
                and labels[i - 2] == "archive" and toks[i - 1].text[:1].isupper() and len(toks[i - 1].text) <= 4:
            labels[i - 1] = "shelfmark"


def _date_in_brackets(toks, labels: list[str]) -> None:
    """`Charles Dickens to John Forster, [3 May 1846], in *The Letters*`: a day's date in brackets
    (an editor's dating) after a comma is the date, not a translation of the title."""
    for i in range(1, len(toks) - 2):
        if toks[i].text != "[" or toks[i - 1].text != "," or labels[i] == "date":
            continue
        close = next((k for k in range(i + 1, min(len(toks), i + 10)) if toks[k].text == "]"), None)
        if close is not None and _a_whole_date(_text(toks, i + 1, close - 1), ("dmy", "mdy")):
            labels[i:close + 1] = ["date"] * (close + 1 - i)


def _holder_opening_the_citation(toks, labels: list[str]) -> None:
    """`Victoria and Albert Museum, London, inv. no. E.123-1950`: capitalised words (with `and`, `of`,
    `the`) ending in `Museum`, `Gallery`, `Library` before the first comma, opening a citation that
    holds a shelf or inventory word, are the holder (the archive), not names."""
    first = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    comma = next((k for k in range(first, len(toks)) if toks[k].text == ","), None)
    if comma is None or comma - first < 2 or toks[comma - 1].text.lower() not in HOLDER_WORDS:
        return
    words = [t.text for t in toks[first:comma]]
    if all(w[:1].isupper() or w in ("and", "of", "the", "&", "for") for w in words) \
            and any(fold(t.text) in INVENTORY_WORDS | SHELF_WORDS for t in toks[comma:]) \
            and not set(labels[first:comma]) <= {"archive"}:
        labels[first:comma + 1] = ["archive"] * (comma + 1 - first)


def _emphasis_is_no_name(toks, labels: list[str]) -> None:
    """`Homer, *Odyssey*, trans. A. T. Murray`: an emphasised title inside a run read as a
    translator's or editor's names is the title; the name before it, opening the citation,
    is the author."""
    for label, first, last in _runs(labels):
        if label not in ("translator", "editor", "recipient"):
            continue
        emphasised = [k for k in range(first, last + 1) if toks[k].emphasis]
        if not emphasised or emphasised[0] == first:
            continue
        start, end = emphasised[0], emphasised[0]
        while end + 1 <= last and toks[end + 1].emphasis:
            end += 1
        opens = first == 0 or labels[first - 1] == "prefix"
        if opens and toks[start - 1].text == "," and all(t.text[:1].isupper() or t.text in ".,-" for t in toks[first:start]):
            labels[first:start] = ["author"] * (start - first)
        labels[start:end + 1] = ["title"] * (end + 1 - start)
        return


QUOTES_CLOSING_A_TITLE = {"»", "”", "“", '"', "’"}


def _quoted_title_opening_the_container(toks, labels: list[str]) -> None:
    """`Id., « Le quai », *Annales*, 1990`: a container run that opens with a quoted title and goes
    on after its closing quote and comma holds the title first (the journal follows)."""
    if "title" in labels:
        return
    for label, first, last in _runs(labels):
        if label != "container" or toks[first].text not in OPENING_QUOTES:
            continue
        close = next((k for k in range(first + 1, last) if toks[k].text in QUOTES_CLOSING_A_TITLE
                      and toks[k + 1].text == ","), None)
        if close is not None and close + 2 <= last:
            labels[first:close + 2] = ["title"] * (close + 2 - first)
        return


def _emphasis_is_no_imprint(toks, labels: list[str]) -> None:
    """`Ann Lee (ed.), *Salt*, London 1990`: an emphasised run outside brackets, read as a place or
    a publisher, is the title (no imprint is set in italics)."""
    if "title" in labels:
        return
    for label, first, last in _runs(labels):
        if label not in ("place", "publisher") or not toks[first].emphasis or toks[first].paren:
            continue
        end = first
        while end <= last and toks[end].emphasis:
            end += 1
        labels[first:end] = ["title"] * (end - first)
        return


def _section_right_after_the_emphasised_title(toks, labels: list[str]) -> None:
    """`Cicero, *Letters to Atticus* 2.1.3 (ed. ...)`, `Eusebius, *Historia ecclesiastica* 3.39.15, in
    *PG* 20:300`: book, chapter and section (numbers joined by full stops, no spaces) right after
    an emphasised title are the pinpoint, whatever follows them."""
    for i in range(1, len(toks) - 2):
        if not toks[i - 1].emphasis or toks[i].emphasis or not toks[i].text.isdecimal() or not toks[i].space:
            continue
        end = i
        while end + 2 < len(toks) and toks[end + 1].text == "." and toks[end + 2].text.isdecimal() \
                and not toks[end + 1].space and not toks[end + 2].space:
            end += 2
        after = toks[end + 1].text if end + 1 < len(toks) else ""
        dated = after == "(" and end + 2 < len(toks) and YEAR.match(toks[end + 2].text)
        periodical = labels[i - 1] == "container" or after == ":" or dated
        if end > i and not periodical:                   # `*Journal of Asian History* 3.2 (1980)`: volume and issue
            labels[i:end + 1] = ["locator"] * (end + 1 - i)
            return


def _entry_after_art(toks, labels: list[str]) -> None:
    """`Kai Born, Art. Hafen, in: *Lexikon der Seefahrt*`: `Art.` (a reference work's article)
    and the words after it to the comma before `in:` are the entry's title, not the author's names."""
    for k in range(2, len(toks) - 4):
        if toks[k].text != "Art" or toks[k + 1].text != "." or toks[k - 1].text not in (",", ":"):
            continue
        comma = next((j for j in range(k + 2, min(len(toks) - 2, k + 20)) if toks[j].text == "," and not toks[j].quote),
                     None)
        if comma is not None and toks[comma + 1].text.lower() in ("in", "im") and labels[comma + 1] != "prefix":
            labels[k:comma + 1] = ["title"] * (comma + 1 - k)
        return


WORK_KINDS = ("exh. cat.", "exhibition catalogue", "exhibition catalog", "ausst.-kat.", "ausstellungskatalog",
              "cat. exp.", "catalogue d'exposition", "catalogo della mostra", "catálogo de la exposición", "score",
              "vocal score", "full score", "facsimile", "facs.", "libretto", "liner notes", "sound recording", "lp", "cd",
              "microfilm", "microfiche", "typescript", "manuscript", "sale catalogue", "sale catalog", "auction catalogue",
              "auction catalog", "sales catalogue")
"""`*Degas and the Dance*, exh. cat. (Boston, 2002)`, `*Prélude*, score (Paris, 1895)`: the kind of a
work printed after its title (its genre or medium)."""


def _kind_of_work_after_the_title(toks, labels: list[str]) -> None:
    """A kind of work (`WORK_KINDS`) after a title and its comma, before the imprint, read
    into the title, is the genre."""
    for label, first, last in _runs(labels):
        if label != "title":
            continue
        for comma in range(first + 1, last + 1):
            if toks[comma].text != ",":
                continue
            stop = next((k for k in range(comma + 1, len(toks)) if toks[k].text in (",", ";", "(")
                         or toks[k].text == "." and k + 1 < len(toks) and toks[k + 1].text == "("), len(toks))
            words = _text(toks, comma + 1, stop - 1).lower().rstrip(" ,")
            if words in WORK_KINDS or words.rstrip(".") in {w.rstrip(".") for w in WORK_KINDS}:
                end = stop + (stop < len(toks) and toks[stop].text == ".")
                labels[comma + 1:end] = ["genre"] * (end - comma - 1)
                return


DIRECTED_WORDS = (("directed", "by"), ("réalisé", "par"), ("regia", "di"), ("regie", ":"), ("regie",))
"""`directed by`, `réalisé par`, `regia di`, `Regie:` (not `dir.`, the French editor's word, nor `dirigida por`)."""


def _film_and_its_director(toks, labels: list[str]) -> None:
    """`*Citizen Kane*, directed by Orson Welles (RKO Radio Pictures, 1941)`: an emphasised
    title and `directed by` with the names after it are the title run (`fields` reads the
    director from it), however the model read the title (as a name, often)."""
    first = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    end = first
    while end < len(toks) and toks[end].emphasis:
        end += 1
    if end == first or end + 2 >= len(toks) or toks[end].text != ",":
        return
    for phrase in DIRECTED_WORDS:
        after = end + 1 + len(phrase)
        if tuple(t.text.lower() for t in toks[end + 1:after]) == phrase and after < len(toks) \
                and toks[after].text[:1].isupper():
            stop = after
            while stop < len(toks) and toks[stop].text not in (",", ";", "(") and not toks[stop].paren:
                stop += 1
            labels[first:stop] = ["title"] * (stop - first)
            return


FUNCTION_WORDS = {"per", "di", "del", "della", "delle", "dei", "for", "of", "the", "and", "à", "au", "aux", "de", "des",
                  "du", "für", "zu", "zum", "zur", "und", "et", "e", "y", "la", "le", "les", "el", "los", "las", "dem", "der",
                  "den", "das", "on", "to", "a", "an", "sur", "sobre", "para", "em", "do", "da", "dos", "das"}
"""Words a title never ends in (`in Studi per` | `Gino Rossi`): an article, a preposition, a conjunction."""


def _title_never_ends_in_a_function_word(toks, labels: list[str]) -> None:
    """`R. Neri, Le mura, in Studi per Gino Rossi, Padova 1975`: a title or container run that ends
    in `per`, `of`, `für` runs on over the capitalised words after it, to the comma, whatever
    the model read them as (a name, a publisher, a place)."""
    runs = _runs(labels)
    for (label, first, last), (after, start, stop) in zip(runs, runs[1:]):
        if label not in ("title", "container") or toks[last].text not in FUNCTION_WORDS or last == first \
                or after not in NAME_LABELS | {"publisher", "place"} or not toks[start].text[:1].isupper():
            continue
        end = start
        while end <= stop and toks[end].text not in (",", ";", "(", ":") and not toks[end].paren:
            end += 1
        labels[start:end] = [label] * (end - start)


def _title_ends_in_a_whole_word(toks, labels: list[str]) -> None:
    """`Vermerk des Referats IV/3, 18. Oktober 1962`: a title never ends inside a word
    printed without spaces (`IV/` | `3`); the rest of the word is the title's."""
    for i in range(1, len(toks)):
        if labels[i - 1] == "title" and labels[i] != "title" and toks[i - 1].text in ("/", "-") \
                and not toks[i].space and toks[i - 1].space is False and toks[i].text[:1].isalnum():
            labels[i] = "title"


SHELF_MARK_WORD = re.compile(r"[A-ZÄÖÜ][A-Za-zäöü]{0,3}|\d[\d/.\-–]*[a-z]?|[/.\-–]|[A-Z]+\d[\w/.\-–]*|\d+[A-Z]{1,2}")


def _shelf_mark_after_the_archive(toks, labels: list[str]) -> None:
    """`Bayerisches Hauptstaatsarchiv (BayHStA), MK 61532, Vermerk ...`, `ebd., MK 61533,
    Schreiben ...`: codes and figures alone between the archive (or ibid.) and the
    next comma, read as a name, a title or commentary, are the signature."""
    if "archive" not in labels and "ibid" not in labels:
        return
    runs = _runs(labels)
    for (before, _, last), (label, first, end) in zip(runs, runs[1:]):
        if before not in ("archive", "ibid") \
                or label not in ("author", "title", "note", "editor", "publisher", "volume", "pages", "locator"):
            continue
        start = first
        if toks[last].text != ",":
            if toks[first].text != "," or first + 1 >= len(toks):
                continue
            first += 1                                       # `(BayHStA)` | `, MK 61532,`
        comma = next((k for k in range(first, min(len(toks), first + 9)) if toks[k].text in (",", ";")), None)
        if comma is None and len(toks) - first <= 9:
            comma = len(toks) - 1 if toks[-1].text == "." else len(toks)      # `..., 111-00287-04.`: the end
        allowed = ("author", "title", "note", "editor", "publisher", "volume", "pages", "locator")
        if comma is None or comma == first or any(labels[k] not in allowed for k in range(first, comma)):
            continue
        if (before == "ibid" or toks[first].text.lower() in LEAF_WORDS) \
                and any(labels[k] in ("pages", "locator") for k in range(first, comma)):
            continue                                         # `Ebd., S. 14`, `AGN, f. 3`: a pinpoint
        words = [toks[k].text for k in range(first, comma)]
        coded = any(w[:1].isupper() for w in words)          # `Ibid., 3, 145`: a volume, no signature
        if all(SHELF_MARK_WORD.fullmatch(w) for w in words) and any(w[:1].isdigit() for w in words) \
                and (words[0][:1].isdigit() or words[0].isupper()) and (coded or before == "archive" and label != "volume"):
            labels[start:min(comma + 1, len(toks))] = ["shelfmark"] * (min(comma + 1, len(toks)) - start)


def _archive_named_before_its_abbreviation(toks, labels: list[str]) -> None:
    """`Guangdong sheng dang'anguan (Guangdong Provincial Archives, hereafter GDPA), 235-1-187`:
    the words before a parenthesis defining an archive's abbreviation, back to the comma,
    are the archive's name (a romanised name the model does not know), and so is the parenthesis."""
    if not _has_text(toks, ("(",)) or not _has_folded(toks, DEFINING_WORDS):
        return
    for i in range(1, len(toks)):
        if toks[i].text != "(" or toks[i].paren or toks[i].quote:
            continue
        close = next((k for k in range(i + 1, min(len(toks), i + 16)) if toks[k].text == ")"), None)
        if close is None or not defines_an_abbreviation(_text(toks, i, close)) \
                or not any(fold(toks[k].text) in DEFINING_WORDS for k in range(i + 1, close)):
            continue
        start = i
        while start > 0 and toks[start - 1].text not in (",", ";", "]", "”", '"', ")") and i - start < 10:
            start -= 1
        if start < i and toks[start].text[:1].isupper():
            labels[start:close + 1] = ["archive"] * (close + 1 - start)


DEFINING_WORDS = {"hereafter", "henceforth", "hereinafter", "adelante", "desormais", "folgenden",
                  "kunftig", "fortan", "doravante", "hierna", "seguito"}


ARCHIVE_NAME_JOINERS = {"für", "of", "for", "de", "du", "des", "della", "dello", "delle", "di", "do", "da", "dos", "das",
                        "van", "voor", "för", "af", "pour", "del", "der"}


def _archive_name_runs_past_its_joining_word(toks, labels: list[str]) -> None:
    """`Archiv für Christlich-Demokratische Politik (ACDP), 07-001-5011`: an archive's name
    never ends in `für`, `of`, `de`: the capitalised words after it, read as a name, are the archive's."""
    runs = _runs(labels)
    for (label, first, last), (after, start, stop) in zip(runs, runs[1:]):
        if label != "archive" or toks[last].text.lower() not in ARCHIVE_NAME_JOINERS or after not in NAME_LABELS:
            continue
        end = start
        while end <= stop and (toks[end].text[:1].isupper() or toks[end].text in ("-",) or toks[end].text.lower()
                               in ARCHIVE_NAME_JOINERS) and not toks[end].paren:
            end += 1
        if end > start:
            labels[start:end] = ["archive"] * (end - start)
        return


def _place_and_abbreviation_after_the_archive(toks, labels: list[str]) -> None:
    """`Archives nationales d'outre-mer, Aix-en-Provence (ANOM), Gouvernement général de l'Indochine
    (GGI), dossier 53412, rapport ...`: the archive's place and the abbreviation it defines are the
    archive's; a fonds with its own abbreviation and the shelf word after it open the signature."""
    runs = _runs(labels)
    for label, first, last in runs:
        if label != "archive":
            continue
        if toks[last].text == ")" and _an_abbreviation_closing_at(toks, last):
            close = last                                     # `..., La Courneuve (CADC)` read with the archive
        else:
            start = last + 1 if toks[last].text == "," else last + 2 \
                if last + 1 < len(toks) and toks[last + 1].text == "," else None
            if start is None or start >= len(toks):
                continue
            opening = next((k for k in range(start, min(len(toks), start + 6)) if toks[k].text == "("), None)
            close = opening is not None and next((k for k in range(opening, min(len(toks), opening + 4))
                                                  if toks[k].text == ")"), None)
            if not close or not defines_an_abbreviation(_text(toks, opening, close)) \
                    or not is_known_place(_text(toks, start, opening - 1)):
                return
            labels[last + 1:close + 1] = ["archive"] * (close - last)
        fonds = close + 2
        shelf = next((k for k in range(fonds, min(len(toks), fonds + 14)) if toks[k].text == ","), None)
        if close + 1 < len(toks) and toks[close + 1].text == "," and shelf is not None and shelf + 2 < len(toks) \
                and toks[shelf + 1].text.lower() in SHELF_WORDS | {"dossier", "carton", "liasse"} \
                and toks[shelf + 2].text[:1].isdigit():
            end = shelf + 3
            labels[fonds:end] = ["shelfmark"] * (end - fonds)    # `Gouvernement général ... (GGI), dossier 53412`
        return


def _an_abbreviation_closing_at(toks, close: int) -> bool:
    """The `)` at `close` ends a parenthesis defining an abbreviation (`(CADC)`, `(hereafter AGN)`)."""
    opening = next((k for k in range(close - 1, max(close - 12, -1), -1) if toks[k].text == "("), None)
    return opening is not None and defines_an_abbreviation(_text(toks, opening, close))


def _abbreviation_after_the_archive(toks, labels: list[str]) -> None:
    """`Archivo General de Simancas, Valladolid (en adelante AGS), Guerra Antigua`: a
    parenthesis right after the archive's name defining its abbreviation is the archive's."""
    for i in range(1, len(toks)):
        if toks[i].text != "(" or toks[i].paren or labels[i - 1] != "archive":
            continue
        close = next((k for k in range(i + 1, min(len(toks), i + 8)) if toks[k].text == ")"), None)
        if close is not None and defines_an_abbreviation(_text(toks, i, close)):
            labels[i:close + 1] = ["archive"] * (close + 1 - i)


def _masthead_read_as_a_name(toks, labels: list[str]) -> None:
    """`*Davar*, 17 June 1930, 1`, `Engineering News, 14 March 1895, 176`: an emphasised
    name alone opening the citation, or capitalised words read as commentary or
    holding a periodical's word (`News`, `Gazette`), before a day's date, is a
    periodical's name (the title of a bare issue), not an author."""
    first = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    end = first
    if first >= len(toks):
        return
    if toks[first].emphasis:
        while end < len(toks) and toks[end].emphasis:
            end += 1
        named = all(labels[k] in NAME_LABELS for k in range(first, end))
    else:
        while end < len(toks) and (toks[end].text[:1].isupper() or toks[end].text in NAME_JOINING_WORDS
                                   or toks[end].text == "-" and end > first
                                   or end + 1 < len(toks) and toks[end + 1].text == "-"
                                   and toks[end].text in ARABIC_ARTICLES) \
                and not toks[end].quote and not toks[end].paren:
            end += 1
    place = end
    if end < len(toks) - 3 and toks[end].text == "(" and toks[end + 1].text[:1].isupper():
        place = next((k for k in range(end + 1, min(end + 5, len(toks))) if toks[k].text == ")"), end - 1) + 1
    dated = place + 1 < len(toks) and toks[place].text == "vom" and end > first \
        and not _a_record_heading(_text(toks, first, end - 1))   # `FAZ vom 21. Februar 1987`, not `Brief vom ...`
    if not toks[first].emphasis:
        words = {toks[k].text.lower() for k in range(first, end)}
        as_names = all(labels[k] in NAME_LABELS for k in range(first, end))
        named = end > first and (all(labels[k] == "note" for k in range(first, end))
                                 or bool(words & PERIODICAL_WORDS) and as_names
                                 or as_names and _a_masthead_alone(toks, labels, first, end, place)
                                 or dated and end - first <= 4)
    if end == first or end - first > 6 or place + 1 >= len(toks) or toks[place].text not in (",", "vom") \
            or not named or toks[place].text == "vom" and not dated:
        return
    if dated:
        labels[place] = "date"
    date = _after_the_issue_number(toks, place + 1)
    date_end = next((k for k in range(date, len(toks)) if labels[k] != "date"), len(toks))
    whole = next((k for k in range(date_end, date, -1)
                  if _a_whole_date(_text(toks, date, k - 1).rstrip(" ,."), ("dmy", "mdy", "dmy-numeric"))), None)
    if whole is not None and whole < date_end and toks[whole - 1].text == "," and toks[whole].text.isdigit() \
            and all(t.text.isdigit() or t.text in ",." for t in toks[whole:date_end]):
        labels[whole:date_end] = ["locator"] * (date_end - whole)      # `30 de maio de 1961, 4,`: the page
        date_end = whole
    if date_end > date and _a_whole_date(_text(toks, date, date_end - 1).rstrip(" ,."), ("dmy", "mdy", "dmy-numeric")):
        labels[place + 1:date] = ["volume"] * (date - place - 1)        # `Der Spiegel, Nr. 23 vom 4.6.1979`
        labels[first:end] = ["title"] * (end - first)
        labels[end:place + 1] = ["place"] * (place + 1 - end)        # `al-Ahrām (Cairo), 14 May 1936`
        if place == end:
            labels[end] = "title"


def _after_the_issue_number(toks, i: int) -> int:
    """The token after an issue's number opening at `i` (`Nr. 23 vom`, `No. 4,`), or `i`."""
    if i + 3 < len(toks) and toks[i].text.lower() in NUMBER_WORDS and toks[i + 1].text == "." \
            and toks[i + 2].text.isdecimal() and toks[i + 3].text in ("vom", ",", "du", "del", "of"):
        return i + 4
    return i


def _a_masthead_alone(toks, labels: list[str], first: int, end: int, place: int) -> bool:
    """`Scînteia, 9 martie 1949, p. 3`, `al-Ahrām (Cairo), 14 May 1936, 3`: one to three
    words read as a name, no initial and no given name among them, before a day's
    date and at most a page: the name of a newspaper, its issue cited."""
    words = [t.text for t in toks[first:end] if t.text not in ("-", "!")]
    if not 1 <= len(words) <= 3 or any(len(w) == 1 or w == "." for w in words) \
            or any(lexicon().is_given_name(w) or w.lower() in GENRE_WORDS | ARCHIVE_WORDS for w in words):
        return False
    tail = [k for k in range(place, len(toks))
            if labels[k] not in ("date", "place", "locator", "volume") and toks[k].text not in ",.;()"]
    return not tail


DOUBLE_DATE = re.compile(r"^\d{1,2}\s\S.{0,30}?\s\d{3,4}\s*(?:\[(?P<bracketed>[^\]]+)\]|/\s*(?P<slashed>.+))$")
"""`19 Kanun-ı sani 1324 [1 February 1909]`, `4 Dhū al-Ḥijja 1337 / 31 August 1919`: a date in another
calendar and its Gregorian equal."""


def _double_date(toks, labels: list[str]) -> None:
    """`*İkdam*, 19 Kanun-ı sani 1324 [1 February 1909], 3`: a part of the citation
    holding a date of another calendar with its Gregorian date after it is the date
    (the date's reader keeps the Gregorian one)."""
    if not any(t.text in ("[", "/") for t in toks):
        return
    for first, end in _top_level_parts(toks, 0):
        stop = end - 1 if toks[end - 1].text in ",." else end
        if stop - first < 4 or not toks[first].text.isdigit():
            continue
        m = DOUBLE_DATE.match(_text(toks, first, stop - 1))
        if m and _a_whole_date((m.group("bracketed") or m.group("slashed")).strip()):
            labels[first:stop] = ["date"] * (stop - first)


ACRONYM = re.compile(r"[A-Z]{2,6}|[A-Z]{2,4}[a-z]{1,3}")
"""`AAN`, `ACS`, `ASMi`, `BArch`: an archive's acronym."""


def _archive_named_by_its_acronym(toks, labels: list[str]) -> None:
    """`Sprawozdanie sytuacyjne wojewody za luty 1934 r., AAN, Ministerstwo Spraw
    Wewnętrznych, sygn. 1047, k. 23–25`: an acronym standing alone between commas
    after the record's heading, followed by a signature with its shelf words, is the
    archive, and what follows it the signature."""
    if not _has_word(toks, SHELF_BUT_NO_PAGE_WORDS):
        return
    if "archive" in labels:
        return
    opening = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    for i in range(opening, len(toks) - 2):
        word = toks[i].text
        after_heading = i >= 2 and toks[i - 1].text == ","
        opens_the_signature = i == opening and labels[i] == "shelfmark"      # `ACS, b. 4, fasc. 2`
        if not ((after_heading or opens_the_signature) and toks[i + 1].text == "," and ACRONYM.fullmatch(word)) \
                or toks[i].emphasis or toks[i].quote or toks[i].paren:
            continue
        shelf = any(t.text.lower() in SHELF_BUT_NO_PAGE_WORDS and k + 1 < len(toks) and toks[k + 1].text == "."
                    for k, t in enumerate(toks[i + 2:], start=i + 2))
        if shelf and not any(label in ("container", "publisher", "place") for label in labels):
            labels[i:i + 2] = ["archive"] * 2
            labels[i + 2:] = ["shelfmark"] * (len(toks) - i - 2)
        return


def _name_before_the_emphasised_title(toks, labels: list[str]) -> None:
    """`Joaquim Teodoro Valença, *Vista da enseada de Botafogo*, 1868`: plain
    capitalised words and a comma opening a title run whose emphasis starts after
    them are the author's name (the emphasis is the title)."""
    first = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    comma = next((k for k in range(first, min(first + 6, len(toks))) if toks[k].text == ","), None)
    if comma is None or comma == first or comma + 1 >= len(toks) or not toks[comma + 1].emphasis:
        return
    words = [t for t in toks[first:comma] if t.text != "."]
    if labels[first] == "title" and labels[comma + 1] == "title" and 2 <= len(words) <= 4 \
            and not any(t.emphasis or t.quote or t.paren for t in toks[first:comma]) \
            and all(t.text[:1].isupper() or t.text in PARTICLES for t in words) \
            and not is_institution(_text(toks, first, comma - 1)):
        labels[first:comma + 1] = ["author"] * (comma + 1 - first)


def _artwork_after_its_title(toks, labels: list[str]) -> None:
    """`Théodore Vasseuil, *Le Port de Dakar*, 1889, huile sur toile, 54 × 81 cm, Paris,
    musée d'Orsay, RF 1977 286`: around a work's dimensions, the year before them is
    its date, the lower-case words right before them its medium (commentary, which the
    type reads), and what follows them its holder and inventory number (the
    museum as the archive, the number as the signature)."""
    if not any(t.text in ("×", "x") for t in toks):
        return
    parts = _top_level_parts(toks, 0)
    sized = next((n for n, (f, e) in enumerate(parts)
                  if DIMENSIONS.fullmatch(_text(toks, f, e - 1).rstrip(" ,."))), None)
    if sized is None or sized + 1 >= len(parts):
        return
    first, end = parts[sized]
    labels[first:end] = ["note"] * (end - first)
    n = sized - 1
    if n > 0 and toks[parts[n][0]].text[:1].islower() and not any(t.text[:1].isdigit() for t in toks[slice(*parts[n])]):
        labels[slice(*parts[n])] = ["note"] * (parts[n][1] - parts[n][0])      # huile sur toile
        n -= 1
    if n > 0 and any(YEAR.match(t.text) for t in toks[slice(*parts[n])]) and len(range(*parts[n])) <= 4:
        labels[slice(*parts[n])] = ["date"] * (parts[n][1] - parts[n][0])      # 1889, c. 1862
    holder_end = parts[-1][1]
    labels[parts[sized + 1][0]:holder_end] = ["archive"] * (holder_end - parts[sized + 1][0])
    for f, e in parts[sized + 1:]:
        if toks[f].text.lower() in INVENTORY_WORDS | NUMBER_WORDS \
                or (f, e) == parts[-1] and any(t.text[:1].isdigit() for t in toks[f:e]):
            labels[f:holder_end] = ["shelfmark"] * (holder_end - f)
            return


def _command_paper(toks, labels: list[str]) -> None:
    """`Report of the Labour Committee, PP 1931–32 [Cmd. 4102], IX, paras 47–52`: a
    command paper's number (`Cd. 6418`, `[Cmd. 4102]`) and the roman volume of the
    sessional papers after it are the report's number and volume, not its title or pinpoint."""
    if not _has_text(toks, COMMAND_SERIES):
        return
    for i in range(len(toks) - 2):
        if toks[i].text not in COMMAND_SERIES or toks[i + 1].text != "." or not toks[i + 2].text.isdigit() \
                or not i or toks[i - 1].text not in "[(," or toks[i].text == "C" and toks[i - 1].text != "[":
            continue                                         # (`Després C. 2005`: an initial)
        first = i - 1 if i and toks[i - 1].text == "[" else i
        end = i + 3
        if first < i and end < len(toks) and toks[end].text == "]":
            end += 1
        if end + 1 < len(toks) and toks[end].text == "," and ROMAN.match(toks[end + 1].text):
            end += 2
        labels[first:end] = ["volume"] * (end - first)
        return


def _shelf_word_goes_on_with_the_signature(toks, labels: list[str]) -> None:
    """`ACS, Ministero dell'Interno, b. 45, fasc. "Rossi Mario".`: a part after the
    signature's comma that opens with a shelf word and names its unit (a number or
    a quoted name), read as commentary, is the signature's."""
    if not _has_word(toks, SIGNATURE_WORDS):
        return
    for i in range(2, len(toks) - 2):
        if labels[i] != "note" or labels[i - 2] != "shelfmark" or toks[i - 1].text != "," \
                or toks[i].text.lower() not in SIGNATURE_WORDS or toks[i + 1].text != ".":
            continue
        unit = toks[i + 2]
        if not (unit.text[:1].isdigit() or unit.text in OPENING_QUOTES):
            continue
        end = next((j for j in range(i + 2, len(toks)) if toks[j].text == "," and not toks[j].quote), len(toks))
        labels[i - 1:end] = ["shelfmark"] * (end - i + 1)


COLLECTION_WORDS = {"papers", "collection", "records", "diaries", "diary", "correspondence", "manuscripts"}


HOLDER_WORDS = {"institute", "institution", "library", "archives", "archive", "museum", "gallery", "society",
                "university", "college", "collections", "centre", "center", "bibliothek", "archiv", "bibliothèque",
                "biblioteca"}
"""Words of a body that holds papers (`Royal Anthropological Institute`, `Bancroft Library`)."""


def _repository_inside_the_signature(toks, labels: list[str]) -> None:
    """`Ann Lee Papers, Royal Anthropological Institute, MS 12/3` read as one signature: the part
    between its commas that names a repository (`Institute`, `Library`), with no figures, is the archive."""
    if "archive" in labels:
        return
    for label, first, last in _runs(labels):
        if label != "shelfmark":
            continue
        parts, start = [], first
        for k in range(first, last + 2):
            if k > last or toks[k].text == ",":
                parts.append((start, k - 1))
                start = k + 1
        for part_first, part_last in parts[1:]:
            words = [t.text for t in toks[part_first:part_last + 1]]
            if len(words) >= 2 and not any(w[:1].isdigit() for w in words) and words[0][:1].isupper() \
                    and any(w.lower() in HOLDER_WORDS for w in words):
                labels[part_first:part_last + 2] = ["archive"] * (part_last + 2 - part_first)
                return


def _acronym_opening_the_signature(toks, labels: list[str]) -> None:
    """`..., 3 de maio de 1810, AHI, lata 12, maço 3`: an archive's acronym alone before the first
    comma of a signature, in a citation that names no archive, is the archive."""
    if "archive" in labels:
        return
    for label, first, last in _runs(labels):
        if label == "shelfmark" and first + 1 < last and toks[first + 1].text == "," \
                and re.fullmatch(r"[A-Z]{2,7}", toks[first].text) and fold(toks[first].text) not in SHELF_WORDS:
            labels[first:first + 2] = ["archive"] * 2
            return


def _collection_after_the_repository(toks, labels: list[str]) -> None:
    """`Harry Ransom Center, University of Texas at Austin, Ann Lee Collection, container 7.2`: a
    part of an archive run after a comma that names a collection (`Papers`, `Collection`), and
    what follows it, open the signature."""
    for label, first, last in _runs(labels):
        if label != "archive":
            continue
        commas = [k for k in range(first + 1, last) if toks[k].text == "," and not toks[k].paren]
        for comma in commas:
            stop = next((k for k in range(comma + 1, last + 2) if k > last or toks[k].text == ","), last + 1)
            if toks[stop - 1].text.lower() in COLLECTION_WORDS and stop - comma > 2:
                labels[comma + 1:last + 1] = ["shelfmark"] * (last - comma)
                return


def _papers_named_for_a_person(toks, labels: list[str]) -> None:
    """`John Wesley Powell Papers, box 3, folder 12, Huntington Library, San Marino`: a
    person's name the model read as an archive or commentary, opening a collection (`Papers`,
    `Collection`, `Records`) with a repository named after it, is the collection's
    name, in the signature."""
    if "shelfmark" not in labels or "archive" not in labels or not _has_word(toks, COLLECTION_WORDS):
        return
    runs = _runs(labels)
    for (label, first, last), (after, start, stop) in zip(runs, runs[1:]):
        comma = next((k for k in range(start, stop + 1) if toks[k].text == ","), stop + 1)
        opens_a_part = label in ("archive", "note") or first > 0 and toks[first - 1].text == "," \
            and label in ("volume", "author", "title")          # `, Tom Hale Papers,` with `Tom` read as a volume
        if opens_a_part and after == "shelfmark" and toks[comma - 1].text.lower() in COLLECTION_WORDS \
                and any(lab == "archive" and f > start for lab, f, _ in runs) \
                and all(t.text[:1].isupper() or t.text == "." for t in toks[first:last + 1]):
            labels[first:last + 1] = ["shelfmark"] * (last + 1 - first)
            return


def _heading_read_as_a_place_and_a_body(toks, labels: list[str]) -> None:
    """`FO 371/45378, E 1234/12/65, Cairo to Foreign Office, 3 April 1945`: a part
    `Place to Body` between a record's signature and its date, read as a place and a
    publisher or archive, is the heading of a telegram or despatch (its title)."""
    if "shelfmark" not in labels or "title" in labels:
        return
    for first, end in _top_level_parts(toks, 0):
        words = [t.text for t in toks[first:end] if t.text != ","]
        if "to" not in words or not words[0][:1].isupper() or len(words) > 10:
            continue
        to = first + words.index("to")
        if to > first and to + 1 < end and toks[to + 1].text[:1].isupper() \
                and all(labels[k] in ("place", "publisher", "archive") for k in range(first, end)) \
                and _a_day(toks, end, min(len(toks), end + 8)):
            labels[first:end] = ["title"] * (end - first)
            return


def _name_cut_at_an_initial(toks, labels: list[str]) -> None:
    """`Weld-Grimké Papers, William L. Clements Library`, `..., 1/5, Churchill Archives
    Centre`: a repository's name the model began after an initial's full stop, or
    after its first proper name, begins at the comma before it."""
    runs = _runs(labels)
    for (before, first, last), (label, start, _) in zip(runs, runs[1:]):
        if label != "archive" or before not in ("shelfmark", "note") or start - first < 2:
            continue
        comma = next((k for k in range(start - 1, first - 1, -1) if toks[k].text == ","), None)
        if comma is None or comma == start - 1:
            continue
        cut = [t for t in toks[comma + 1:start] if t.text != "."]
        initial = toks[start].text == "." and len(toks[start - 1].text) == 1 and toks[start - 1].text.isupper()
        proper = toks[start].text.lower() in ARCHIVE_WORDS
        if (initial or proper) and 1 <= len(cut) <= 3 and all(t.text[:1].isupper() and t.text.isalpha() for t in cut):
            labels[comma + 1:start] = ["archive"] * (start - comma - 1)


def _original_title_before_its_translation(toks, labels: list[str]) -> None:
    """`Yi Kwang-su, Mujŏng [The heartless] (Seoul, 1918)`: the words between the
    name's comma and a bracketed translation read as the title are the title
    itself, not the end of the author's name."""
    for i in range(2, len(toks) - 1):
        if toks[i].text != "[" or labels[i] not in NAME_LABELS or labels[i + 1] != "title":
            continue
        comma = next((k for k in range(i - 1, 0, -1) if toks[k].text == ","), None)
        if comma is not None and all(labels[k] in NAME_LABELS for k in range(comma, i)):
            labels[comma + 1:i + 1] = ["title"] * (i - comma)
        return


def _state_in_the_imprint(toks, labels: list[str]) -> None:
    """`(Evanston, IL: Northwestern University Press, 1993)`: a state's code between the
    place's comma and the imprint's colon is the place's (`IL` is no roman volume)."""
    for i in range(2, len(toks) - 1):
        if toks[i + 1].text == ":" and toks[i - 1].text == "," and toks[i].paren and labels[i - 2] == "place" \
                and labels[i] != "place" and place_like(toks[i].text):
            labels[i - 1:i + 2] = ["place"] * 3


def _division_before_the_page(toks, labels: list[str]) -> None:
    """`Torino, Einaudi, 1995, cap. XV, p. 103.`: a chapter or section, read as commentary,
    right before the page's pinpoint is part of it (a pinpoint of several divisions is one)."""
    if not _has_word(toks, PINPOINT_LABELS):
        return
    for i in range(1, len(toks) - 4):
        if labels[i] != "note" or toks[i].text.lower() not in PINPOINT_LABELS or toks[i + 1].text != "." \
                or toks[i - 1].text != ",":
            continue
        number = toks[i + 2].text
        if (number.isdigit() or ROMAN.match(number)) and toks[i + 3].text == "," and labels[i + 4] == "locator":
            labels[i:i + 4] = ["locator"] * 4


def _place_in_parentheses_whole(toks, labels: list[str]) -> None:
    """`Jornal do Commercio (Rio de Janeiro), 15 de março de 1858`: a parenthesis
    holding nothing but a place the lexicon knows, partly read as the place, is all
    the place (`Janeiro` is a month too)."""
    if "place" not in labels or not _has_text(toks, ("(",)):
        return
    for i, tok in enumerate(toks):
        if tok.text != "(" or tok.paren:
            continue
        close = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k].text == ")"), None)
        if close is not None and close > i + 2 and "place" in labels[i:close] \
                and is_known_place(_text(toks, i + 1, close - 1)):
            labels[i:close + 1] = ["place"] * (close + 1 - i)


def _signature_after_the_archive_and_its_place(toks, labels: list[str]) -> None:
    """`Arquivo Nacional da Torre do Tombo (ANTT), Lisboa, Inquisição de Lisboa, proc.
    11842`: after the abbreviation an archive defines and its place, the words the
    model kept in the archive's name open the signature (the fonds)."""
    for label, first, last in _runs(labels):
        if label != "archive":
            continue
        close = next((k for k in range(first + 1, last) if toks[k].text == ")" and toks[k + 1].text == ","), None)
        if close is None:
            continue
        opening = next((k for k in range(close - 1, first, -1) if toks[k].text == "("), None)
        if opening is None or not defines_an_abbreviation(_text(toks, opening, close)):
            continue
        comma = next((k for k in range(close + 2, last) if toks[k].text == ","), None)
        if comma is None:                                    # one part after it: the archive's place, or the
            if any(toks[k].text == "." for k in range(close + 2, last + 1)) \
                    and not is_known_place(_text(toks, close + 2, last).rstrip(" ,")):
                labels[close + 2:last + 1] = ["shelfmark"] * (last - close - 1)   # fonds (`Segr. Stato`)
            return
        if _the_archive_s_place(toks, close + 2, comma, last):
            while True:                                      # `College Park, MD`: the place's state goes with it
                after = next((k for k in range(comma + 1, last + 1) if toks[k].text == ","), None)
                if after is None or not place_like(_text(toks, comma + 1, after - 1)):
                    break
                comma = after
            labels[comma + 1:last + 1] = ["shelfmark"] * (last - comma)
        else:
            labels[close + 2:last + 1] = ["shelfmark"] * (last - close - 1)   # `(AAV), Segr. Stato, Nunz. Venezia`
        return


def _the_archive_s_place(toks, first: int, comma: int, last: int) -> bool:
    """Tokens `first` to the `comma` name a place: one the lexicon knows (`Lisboa`), or
    a capitalised name with no abbreviation before a part with figures (`Pierrefitte-sur-Seine, F/7/1234`)."""
    if is_known_place(_text(toks, first, comma - 1)):
        return True
    words = [t.text for t in toks[first:comma] if t.text != "-"]
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() or w in PARTICLES for w in words) \
        and any(t.text[:1].isdigit() for t in toks[comma + 1:last + 2])


def _archive_name_goes_on_after_a_particle(toks, labels: list[str]) -> None:
    """`Archives départementales du Rhône, 3 E 4410`: a signature run that opens with
    a particle and capitalised words up to its first comma continues the archive's name."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        if before != "archive" or label != "shelfmark" or toks[first].text not in PARTICLES:
            continue
        k = first + 1
        while k <= last and (toks[k].text[:1].isupper() and toks[k].text.isalpha() or toks[k].text in PARTICLES):
            k += 1
        if k > first + 1 and k <= last and toks[k].text == ",":
            labels[first:k] = ["archive"] * (k - first)


HOUSED_WORDS = {"housed", "held", "kept", "located", "preserved", "deposited", "copy", "copies", "microfilm"}


def _second_repository(toks, labels: list[str]) -> None:
    """`..., French Ministry of Foreign Affairs. Housed at National Institute of Korean
    History, Gwacheon, Box MU0000540.`: a sentence opening with `Housed at` (`Held at`,
    `Copy in`) and a capitalised name right after an archive, left as commentary,
    names a second repository: the archive's (its reader keeps it in the note)."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        start = first + (toks[first].text == ".")
        if before not in ("archive", "shelfmark") or label != "note" or start + 2 > last:
            continue
        if toks[start].text.lower() in HOUSED_WORDS and toks[start + 1].text.lower() in ("at", "in", "by") \
                and toks[start + 2].text[:1].isupper():
            end = next((k - 1 for k in range(start, last + 1) if toks[k].text == ";"), last)
            labels[start:end + 1] = ["archive"] * (end + 1 - start)


def _signature_left_as_commentary(toks, labels: list[str]) -> None:
    """`Archives nationales (Paris), F12 1504, dossier 7.`: a run of commentary
    right after the archive, with figures and no words but shelf words, is the
    signature (up to the note's end or its next `;`)."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        if before != "archive" or label != "note":
            continue
        last = next((k - 1 for k in range(first, last + 1) if toks[k].text == ";"), last)
        words = [t.text for t in toks[first:last + 1] if t.text.isalpha()]
        if any(ch.isdigit() for t in toks[first:last + 1] for ch in t.text) \
                and all(w[:1].isupper() or w.lower() in SHELF_WORDS or w.lower() in PAGE_WORDS for w in words):
            start = next(k for k in range(first, last + 1) if toks[k].text[:1].isalnum())
            labels[start:last + 1] = ["shelfmark"] * (last + 1 - start)


REVIEW_WORDS = {"review", "rezension", "besprechung", "recensione", "reseña", "compte"}


def _reviewer_before_the_review(toks, labels: list[str]) -> None:
    """`Rita Hale, review of The Salt Road, by Omar Khan`: capitalised words opening
    the title run, up to the comma before `review of`, are the reviewer."""
    for label, first, last in _runs(labels):
        if label != "title" or first > 1:
            continue
        comma = next((k for k in range(first, min(last, first + 8)) if toks[k].text == ","), None)
        if comma and comma > first and comma + 1 <= last and toks[comma + 1].text.lower() in REVIEW_WORDS \
                and all(t.text[:1].isupper() or t.text in PARTICLES or t.text == "." for t in toks[first:comma]):
            labels[first:comma] = ["author"] * (comma - first)
        return


def _no_name_inside_the_quoted_title(toks, labels: list[str]) -> None:
    """`"Kim Il Sung Receives Delegation," Rodong Sinmun`: names inside a quoted title
    that opens a citation (the note's start, or after `;` and a prefix), and words
    of any quoted title read as commentary, are the title's words; so is a quoted
    span opening a citation that the model read as names and commentary only
    (`"Ana Reis, 'Report on the Harbour,'" 1961, ...`)."""
    if not _has_text(toks, OPENING_QUOTES):
        return
    opened = True
    for i, tok in enumerate(toks):
        if tok.text == ";" and not tok.quote:
            opened = True
        elif tok.text in OPENING_QUOTES and tok.quote == 0:
            close = next((k for k in range(i + 1, len(toks)) if toks[k].quote == 0), None)
            if close is None:                                 # a quote never closed: no title to mend
                opened = False
                continue
            inside = set(labels[i:close])
            only_names_and_words = opened and close - i >= 6 and NAME_LABELS & inside and inside <= NAME_LABELS | {"note"}
            if "title" in inside and (opened and NAME_LABELS & inside or "note" in inside) or only_names_and_words:
                labels[i:close + 1] = ["title"] * (close + 1 - i)    # one quoted title, commentary none of it
            opened = False
        elif labels[i] not in ("prefix", "note"):
            opened = False


def _series_of_documents(toks, labels: list[str]) -> None:
    """`..., FRUS, 1961–1963, vol. 22, doc. 213`: the abbreviation of a series of
    diplomatic documents and the years after it are the container."""
    if not _has_text(toks, DOCUMENT_SERIES):
        return
    for i, tok in enumerate(toks):
        if tok.text not in DOCUMENT_SERIES or tok.quote or labels[i] == "container":
            continue
        end = i
        if i + 2 < len(toks) and toks[i + 1].text == "," and YEAR.match(toks[i + 2].text):
            end = i + 2
            if end + 2 < len(toks) and toks[end + 1].text in DASHES and toks[end + 2].text.isdecimal():
                end += 2
        labels[i:end + 1] = ["container"] * (end + 1 - i)


DOCUMENT_PARTS = {"pt", "part", "doc", "docs", "document", "dok", "dokument", "no", "nr"}


def _series_after_its_word(toks, labels: list[str]) -> None:
    """`Villeneuve-d'Ascq, Presses du Septentrion, coll. « Histoire et civilisations »,
    2005`: a series word after a comma and the quoted name after it are the
    collection (not a container opening a citation of its own)."""
    if not _has_folded(toks, SERIES_WORDS):
        return
    for i in range(1, len(toks) - 2):
        if toks[i - 1].text != "," or fold(toks[i].text) not in SERIES_WORDS or toks[i].quote or toks[i].paren:
            continue
        k = i + 2 if toks[i + 1].text == "." else i + 1
        if k >= len(toks) or toks[k].text not in OPENING_QUOTES:
            continue
        end = next((j for j in range(k + 1, min(len(toks), k + 25)) if not toks[j].quote), None)
        if end is not None and end > k + 1:
            end += toks[end].text in CLOSING_QUOTES | {'"'}         # the closing guillemet
            labels[i:end] = ["collection"] * (end - i)


def _document_number_after_the_volume(toks, labels: list[str]) -> None:
    """`vol. 29, pt. 1, Korea`, `..., doc. 45.`: a part and its number right after a
    volume, and a document's number closing a citation, left as commentary (or
    read as the pinpoint after `doc.` read into the volume), are the volume's
    (its part; the document's number)."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        if label != "note":
            continue
        k = first
        while k <= last and (toks[k].text.lower() in DOCUMENT_PARTS or toks[k].text in ".,"
                             or (toks[k].text.isdecimal() and k > first)):
            k += 1
        while k > first and toks[k - 1].text in ".,":
            k -= 1
        closing = k > last or all(t.text in ".;" for t in toks[k:last + 1])
        numbered = any(toks[j].text.isdecimal() for j in range(first, k))
        if numbered and (before == "volume" or (closing and toks[first].text.lower().startswith(("doc", "dok")))):
            labels[first:k] = ["volume"] * (k - first)
        elif not numbered and closing and toks[first].text.lower().startswith(("doc", "dok")):
            _number_read_as_the_pinpoint(toks, labels, first, last)
    for label, first, last in runs:                 # `vol. 22, doc.` read as the volume, then `213` as the pinpoint
        word = last - 1 if toks[last].text == "." else last
        if label == "volume" and word > first and toks[word].text.lower() in ("doc", "dok", "docs") \
                and toks[word - 1].text == ",":
            _number_read_as_the_pinpoint(toks, labels, word, last)


def _number_read_as_the_pinpoint(toks, labels: list[str], first: int, last: int) -> None:
    """`..., vol. 22, doc. 213.`: a document word left as commentary and its
    number read as the pinpoint closing the citation are the document's number."""
    rest = [t.text for t in toks[last + 1:] if t.text not in ".;"]
    if len(rest) == 1 and rest[0].isdecimal() and all(label == "locator" for label, t in zip(labels[last + 1:], toks[last + 1:])
                                                     if t.text not in ".;"):
        labels[first:] = ["volume"] * (len(toks) - first)


def _no_possessive_in_a_name(toks, labels: list[str]) -> None:
    """`Narushige Kato, Japan's Naval-Diplomatic Campaigns`: in a run of names ending
    right before the title, the words after its last comma that hold a possessive
    (`Japan's`) are the title's first words, not a second name."""
    runs = _runs(labels)
    for (label, first, last), (after, _, _) in zip(runs, runs[1:]):
        if label != "author" or after != "title":
            continue
        comma = next((k for k in range(last, first - 1, -1) if toks[k].text == ","), None)
        if comma is not None and comma < last and any(
                t.text.endswith(("'s", "’s")) for t in toks[comma + 1:last + 1]):
            labels[comma + 1:last + 1] = ["title"] * (last - comma)


def _east_asian_name_before_the_title(toks, labels: list[str]) -> None:
    """`Pak Sŏng-su, Han'guk chŏnjaeng ...`, `Liu Zhenhua, Zhongguo ...`: a Korean or
    Chinese family name and a given name (hyphenated, or one or two words) opening
    the note before a comma, read as the first words of the title, are the author."""
    if not toks or labels[0] not in ("title", "author") or fold(toks[0].text) not in EAST_ASIAN_SURNAMES:
        return
    comma = next((k for k in range(1, min(len(toks), 7)) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= len(toks) or labels[comma + 1] != "title":
        return
    given = [t.text for t in toks[1:comma] if t.text != "-"]
    hyphenated = any(t.text == "-" and not t.space for t in toks[1:comma])
    if given and all(g[:1].isalpha() for g in given) and given[0][:1].isupper() \
            and (hyphenated or len(given) <= 2) and "title" in labels[:comma] and set(labels[:comma]) <= {"title", "author"}:
        labels[:comma] = ["author"] * comma                # also `Chŏng` read as the author, `Ŭn-ju` as the title


def _east_asian_surname_left_out_of_the_name(toks, labels: list[str]) -> None:
    """`...; JONG Ki-jong, *Destiny*, p.429`: a Korean or Chinese family name opening a
    citation, read as commentary or title before the given name read as the author,
    is the author's first word."""
    if "author" not in labels:
        return
    for i, tok in enumerate(toks[:-1]):
        if _opens_a_citation(toks, i) and labels[i] in ("note", "title") and labels[i + 1] == "author" \
                and fold(tok.text) in EAST_ASIAN_SURNAMES and toks[i + 1].text[:1].isupper() \
                and any(t.text == "," for t in toks[i + 1:i + 6]):
            labels[i] = "author"


def _page_read_as_a_signature(toks, labels: list[str]) -> None:
    """`Meier/Müller 2010, S. 45 ff.`: with no archive in the citation, a signature
    run of page words and numbers alone is the pinpoint."""
    if "shelfmark" not in labels:
        return
    if "archive" in labels:
        return
    for label, first, last in _runs(labels):
        words = [t.text.lower() for t in toks[first:last + 1] if t.text.isalpha()]
        if label == "shelfmark" and words and set(words) <= PAGE_WORDS | {"ff", "f", "sq", "sqq", "sgg", "seq"} \
                and words[0] in PAGE_WORDS and any(t.text[:1].isdecimal() for t in toks[first:last + 1]):
            labels[first:last + 1] = ["locator"] * (last + 1 - first)


def _place_after_in_is_the_title(toks, labels: list[str]) -> None:
    """`Arbeit und Armut in Berlin, 8. Aufl.`: a container run of `in` and a place the
    lexicon knows (one or two words), straight after the title (no comma, no
    colon) and followed by no volume or pages, ends the title; a container is
    led in by `, in` or `In:`."""
    if "container" not in labels or not _has_text(toks, ("in",)):
        return
    for label, first, last in _runs(labels):
        if label != "container" or not first or toks[first].text != "in" or labels[first - 1] != "title":
            continue
        words = [t.text for t in toks[first + 1:last + 1] if t.text not in ".,"]
        following = labels[last + 1] if last + 1 < len(labels) else None
        if 1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words) \
                and following not in ("volume", "pages") \
                and lexicon().is_place(" ".join(words).lower()):
            labels[first:last + 1] = ["title"] * (last + 1 - first)


def _translation_after_the_title(toks, labels: list[str]) -> None:
    """`"Torgovlia i gorod" [Trade and the town, 1900–1910], Voprosy istorii`: a
    bracket right after the title, whatever the model read in it, is the title's
    translation."""
    for i in range(1, len(toks)):
        if toks[i].text == "[" and toks[i].paren == 0 and labels[i - 1] == "title":
            close = next((k for k in range(i + 1, len(toks)) if toks[k].text == "]" and toks[k].paren == 0), None)
            if close is not None and set(labels[i:close + 1]) != {"title"}:
                labels[i:close + 1] = ["title"] * (close + 1 - i)


def _words_read_as_a_volume(toks, labels: list[str]) -> None:
    """`..., Voprosy istorii, no. 5 (1991)`, `Századok 130`: capitalised words opening a volume run,
    neither volume words nor roman numerals, are the periodical (a citation
    with no periodical of its own)."""
    if "container" in labels:
        return
    for label, first, last in _runs(labels):
        if label != "volume":
            continue
        first = next((k for k in range(first, last + 1) if toks[k].text[:1].isalnum()), last)
        k = first
        while k <= last and toks[k].text.isalpha() and toks[k].text.lower() not in VOLUME_WORDS \
                and not ROMAN.match(toks[k].text) and (k > first or toks[k].text[:1].isupper()):
            k += 1
        while k > first and toks[k - 1].text.islower() and k <= last and toks[k].text != ",":
            k -= 1                                   # end on a whole word run before the comma
        numbered = any(t.text[:1].isdigit() for t in toks[k:last + 1])   # (`United Nations,` alone is a body)
        if k > first and k <= last and (toks[k].text == "," or toks[k].text.isdecimal()) and numbered:
            labels[first:k] = ["container"] * (k - first)
            return


def _series_after_the_imprint(toks, labels: list[str]) -> None:
    """`Venezia, Il Cardo, 1996 (Fonti per la storia di Venezia, 12), p. 8.`, `Einaudi,
    1982 («Piccola Biblioteca Einaudi», 437)`: a parenthesised group of capitalised
    words (in guillemets or not), a comma and a number, right after the imprint
    and read as commentary or as scraps of other fields, is the series and its number."""
    for i in range(1, len(toks) - 3):
        if toks[i].text != "(" or toks[i].paren or labels[i - 1] not in IMPRINT | {"editor"}:
            continue
        close = _group_end(toks, i + 1)
        inside = toks[i + 1:close - 1]
        if len(inside) < 2 or not inside[-1].text.isdecimal() or not set(labels[i + 1:close]) <= SERIES_SCRAPS:
            continue
        comma = inside[-2].text == ","
        words = [t for t in inside[:-2 if comma else -1] if t.text not in ("«", "»", '"', "“", "”", "-")]
        bare = not comma and _a_series_name(words) and not re.fullmatch(r"1[5-9]\d\d|20\d\d", inside[-1].text)
        if words and words[0].text[:1].isupper() and (comma and len(inside) >= 3 or bare):
            labels[i:close] = ["collection"] * (close - i)


def _a_series_name(words) -> bool:
    """`Historia Einzelschriften`, `CFHB`, `Veröffentlichungen des Max-Planck-Instituts`:
    capitalised words and their particles, no page, volume or reprint word."""
    return bool(words) and all(w.text[:1].isupper() or w.text in NAME_JOINING_WORDS for w in words) \
        and not any(w.text.lower() in PAGE_WORDS | VOLUME_WORDS | REPRINT_WORDS for w in words)


REPRINT_WORDS = {"repr", "reprint", "nachdruck", "nachdr", "neudruck", "ristampa", "rist", "reimpr", "réimpr", "rpt",
                 "reprinted", "reed"}
"""`repr.`, `Nachdr.`, `ristampa`, `réimpr.`, `reed.`: the words of a reprint."""


SERIES_SCRAPS = {"note", "collection", "edition", "title", "volume", "container"}
"""What the model read a series in parentheses as, in pieces."""


def _translator_after_the_role(toks, labels: list[str]) -> None:
    """`trad. it. di C. Longo, Bologna`: a translator's role word (with its
    language and `di`/`by`/`von`, or the language translated from: `trad. de
    l'anglais par`) left as commentary or closing a title after a comma, and
    the words after it up to the next comma, are the translator."""
    if not _has_word(toks, TRANSLATOR_WORDS):
        return
    for i in range(1, len(toks) - 2):
        left = labels[i] == "note" or (labels[i] == "title" and toks[i - 1].text == ",")    # `Il mare, trad. it. di`
        if not left or toks[i].text.lower() not in TRANSLATOR_WORDS or toks[i + 1].text != ".":
            continue
        k = _after_translated_from(toks, i) or i + 2
        while k < len(toks) and (toks[k].text == "." or len(toks[k].text) <= 3 and toks[k].text.islower()):
            k += 1                                     # `it.`, `di`, `by`, `von`, `de`
        end = k
        while end < len(toks) and toks[end].text != "," and not toks[end].paren:
            end += 1
        if k < end <= k + 6 and toks[k].text[:1].isupper():
            labels[i:end] = ["translator"] * (end - i)


def _after_translated_from(toks, i: int) -> int | None:
    """The token after `trad. de l'anglais par` (TRANSLATED_FROM) opening at token `i`, or None."""
    m = TRANSLATED_FROM.match(_text(toks, i, len(toks) - 1))
    if not m:
        return None
    end = toks[i].start + m.end()
    return next((k for k in range(i, len(toks)) if toks[k].start >= end), None)


def _collection_before_its_editor(toks, labels: list[str]) -> None:
    """`..., 2 April 1768, in Briefe, ed. Karl Baum, vol. 3`: after a comma, `in`, the
    capitalised words up to the next comma, then `ed.`: the book the piece is in,
    whatever the model read them as."""
    if not _has_text(toks, ("in",)):
        return
    for i in range(1, len(toks) - 4):
        if toks[i].text != "in" or toks[i - 1].text != "," or not toks[i + 1].text[:1].isupper() \
                or labels[i + 1] == "container":
            continue
        comma = next((k for k in range(i + 1, min(i + 12, len(toks))) if toks[k].text == ","), None)
        if comma is not None and comma + 2 < len(toks) and toks[comma + 1].text.lower() in ("ed", "eds", "hg", "hrsg") \
                and toks[comma + 2].text == "." and labels[comma + 1] == "editor":
            labels[i:comma + 1] = ["container"] * (comma + 1 - i)


def _editor_after_the_role(toks, labels: list[str]) -> None:
    """`Le vite, ed. Carla Bruni Neri, 9 vols.`, `*Cartas*, org. Marcos Antonio de Moraes
    (São Paulo: ...)`: after a title's (or a collection's) comma, an editor's word
    (`ed.`, `éd.`, `org.`, `a cura di` aside) and the names up to the next comma or the
    imprint name the edition's editor, whatever the model made of them (a
    translator's word has its own rule, `_translator_after_the_role`)."""
    if not _has_word(toks, EDITOR_WORDS):
        return
    for i in range(2, len(toks) - 2):
        word = toks[i].text.lower()
        if word not in EDITOR_WORDS or toks[i + 1].text != "." or toks[i - 1].text != "," \
                or labels[i] not in ("editor", "title", "container") \
                or labels[i - 2] not in ("title", "container") or toks[i].emphasis or toks[i].quote:
            continue
        end = i + 2
        while end < len(toks) and not toks[end].paren and (toks[end].text[:1].isupper() or toks[end].text == "."
                                                           or toks[end].text in PARTICLES | NAME_CONJUNCTIONS):
            end += 1
        if i + 3 < end <= i + 9 and end < len(toks) and toks[end].text in (",", "(") \
                and toks[end - 1].text not in PARTICLES | NAME_CONJUNCTIONS:
            stop = end + (toks[end].text == ",")                     # the comma closes the names; `(` opens the imprint
            labels[i:stop] = ["editor"] * (stop - i)


WITHIN_THE_PAPER = {"supra", "infra", "above", "below", "oben", "unten", "sopra", "sotto", "retro", "ci-dessus"}


def _cross_reference_alone(toks, labels: list[str]) -> None:
    """`Cf. *supra*, n. 3.`, `Siehe oben, Anm. 12.`: a pointer to another note of the paper,
    alone in its citation, cites no source; it is commentary."""
    for i in range(len(toks)):
        if fold(toks[i].text) not in WITHIN_THE_PAPER or not (i == 0 or labels[i - 1] == "prefix"
                                                              or toks[i - 1].text == ";"
                                                              or fold(toks[i - 1].text) in LEAD_WORDS):
            continue
        end = next((k for k in range(i, len(toks)) if toks[k].text == ";"), len(toks))
        words = [t.text for t in toks[i + 1:end] if t.text not in ",.:"]
        if len(words) <= 3 and all(w.isdigit() or fold(w) in {"n", "nn", "note", "notes", "anm", "fn", "nota"}
                                   or w.lower() == "p" for w in words):
            labels[i:end] = ["prefix"] * (end - i)      # (as prose: an emphasised `*supra*` is no title)


def _headword_after_sub_verbo(toks, labels: list[str]) -> None:
    """`..., s.v. “network.”`: the headword after `s.v.` belongs to the citation (its title),
    though the model left it as commentary after the end (read before the note is split)."""
    for i in range(1, len(toks) - 4):
        if toks[i].text.lower() == "s" and toks[i + 1].text == "." and toks[i + 2].text.lower() in ("v", "vv") \
                and toks[i + 3].text == "." and labels[i + 4] == "note":
            end = i + 5
            while end < len(toks) and toks[end].text != ";" and (toks[end].text != "," or toks[end].quote):
                end += 1                                     # to the citation's end or a comma outside the quote
            labels[i + 4:end] = ["title"] * (end - i - 4)


def _sub_verbo(toks, labels: list[str]) -> None:
    """`Encyclopaedia Britannica, 11th ed., s.v. “Tonnage.”`: after `s.v.` (sub
    verbo) comes the entry's headword, its title; the titled work before it
    is the encyclopedia or dictionary, the container (`s.v.` stays commentary,
    which `types` reads as the mark of an entry)."""
    if not _has_word(toks, ("s",)):
        return
    for i in range(1, len(toks) - 4):
        initials = toks[i].text == "S" and toks[i + 2].text == "V" and toks[i + 4].text[:1].isupper()   # `S. V. Chernykh`
        if toks[i].text.lower() == "s" and toks[i + 1].text == "." and toks[i + 2].text.lower() in ("v", "vv") \
                and toks[i + 3].text == "." and not initials:
            labels[:i] = ["container" if label == "title" else label for label in labels[:i]]
            labels[i:i + 4] = ["note"] * 4
            labels[i + 4:] = ["title" if label not in ("url", "accessed") else label for label in labels[i + 4:]]
            return


def _heading_by_a_writer(toks, labels: list[str]) -> None:
    """`Minute by P. G. Harrow, 14 February 1956, FO 371/...`: a translator's or
    editor's run (or a genre word and a name after `by`) opening the citation with a
    capitalised word and `by`, and no role word, is a record's heading, its title
    (`types` reads the writer from it)."""
    runs = [r for r in _runs(labels) if r[0] != "prefix"]
    if len(runs) >= 2 and runs[0][0] == "genre" and runs[0][1] == runs[0][2] and runs[1][0] in NAME_LABELS \
            and toks[runs[1][1]].text == "by":
        runs = [("editor", runs[0][1], runs[1][2])] + runs[2:]     # `Note` read as the genre, `by R. Lyle` the author
    if not runs or runs[0][0] not in ("translator", "editor"):
        return
    _, first, last = runs[0]
    words = {t.text.lower() for t in toks[first:last + 1]}
    if first + 2 <= last and toks[first].text[:1].isupper() and toks[first + 1].text == "by" \
            and not words & ROLE_WORDS:
        labels[first:last + 1] = ["title"] * (last + 1 - first)


def _leaf_after_ibid(toks, labels: list[str]) -> None:
    """`Ebd., Bl. 7.`, `Ibid., fol. 4v.`: in an ibid. with nothing else cited, a
    signature (or volume and pages) that is just a leaf or page word and its
    number or range is the pinpoint."""
    if "ibid" not in labels:
        return
    stop = next((k for k, t in enumerate(toks) if t.text == "(" and not t.paren), len(toks))   # `(report for 1923)`
    runs = [r for r in _runs(labels[:stop]) if r[0] not in ("prefix", "ibid")]
    if "ibid" not in labels or not runs or not {r[0] for r in runs} <= {"shelfmark", "volume", "pages", "locator"}:
        return
    first, last = runs[0][1], runs[-1][2]
    words = [t.text for t in toks[first:last + 1] if t.text not in ".,"]
    if len(words) >= 2 and words[0].lower() in LEAF_WORDS | PINPOINT_LABELS | NUMBER_WORDS \
            and words[-1][:1].isdigit() and all(w[:1].isdigit() or w in DASHES or w.lower() in NUMBER_WORDS
                                                for w in words[1:]):
        labels[first:last + 1] = ["locator"] * (last + 1 - first)    # `Ibid., fos 31–33`, `Ibid., no. 46`


CROSS_REFERENCE_LEADS = {"wie", "vgl", "s", "see", "cf", "cit", "as", "supra", "above", "oben", "come"}
BARE_LEADS = {"anm", "fn", "n", "nn", "note"}
CROSS_REFERENCE = re.compile(r"^\(\s*(?:wie|vgl\.?|s\.|see|cf\.?|cit\.?|as in|supra|above|oben|come)\b.*?"
                             r"\b(?:Anm|n|nn|note|notes|nota|Fn|Fußnote)\s*\.?\s*\d+.*\)$", re.I)


BARE_CROSS_REFERENCE = re.compile(r"^\(\s*(?:Anm|Fn|n|nn|note)\s*\.?\s*\d+(?:\s*(?:above|oben|supra))?\s*\)$")
"""`Kocka (Anm. 12), S. 45`, `Thwaite (n. 93)`: the earlier note's number alone in parentheses."""


def _cross_reference(toks, labels: list[str]) -> None:
    """`Lenz, Zünfte (wie Anm. 103), S. 115.` and `(see n. 4 above)`: a
    parenthesised pointer to an earlier note is no part of the title; it marks
    the citation as a short form of the work cited there."""
    if not _has_text(toks, ("(",)) or not (_has_word(toks, CROSS_REFERENCE_LEADS) or _has_word(toks, BARE_LEADS)):
        return
    for i, tok in enumerate(toks):
        if tok.text != "(" or i + 1 == len(toks) or toks[i + 1].text.lower() not in CROSS_REFERENCE_LEADS | BARE_LEADS:
            continue                                   # (only a pointer's first word opens the scan: linear work)
        end = _group_end(toks, i + 1)
        pointer = _text(toks, i, end - 1)
        if CROSS_REFERENCE.match(pointer) or BARE_CROSS_REFERENCE.match(pointer):
            labels[i:end] = ["short"] * (end - i)


def _commentary_after_ibid(toks, labels: list[str]) -> None:
    """`Ibid., 213–14, on the weavers of Ghent.`, `Ibid., fos 31–33 (report for 1923).`:
    in an ibid., what follows the pinpoint from a comma and a lower-case word, or
    from a bracket, on is the author's commentary."""
    if "ibid" not in labels or "locator" not in labels or next(l for l in labels if l != "prefix") != "ibid":
        return                                           # `Harthaus, Title, ebd., S. 171–198, hier S. 180`: no commentary
    start = labels.index("locator")
    for k in range(start, len(toks) - 1):
        if toks[k].text == "," and toks[k + 1].text[:1].islower() and toks[k + 1].text.isalpha() \
                and toks[k + 1].text.lower() not in PINPOINT_LEAD_WORDS:
            labels[k:] = ["note"] * (len(toks) - k)
            return
        if toks[k].text == "(" and not toks[k].paren and labels[k - 1] == "locator":
            labels[k:] = ["note"] * (len(toks) - k)      # `Ibid., 215–16 (Hartwell J.).`
            return


MEDIA = {"blog", "weblog", "podcast", "video", "vlog", "newsletter", "online"}


def _medium_in_brackets(toks, labels: list[str]) -> None:
    """`The Archive Hound (blog), June 12, 2017`: one word in parentheses naming
    a medium is the genre, whatever the model said."""
    if not _has_word(toks, MEDIA):
        return
    for i in range(len(toks) - 2):
        if toks[i].text == "(" and toks[i + 1].text.lower() in MEDIA and toks[i + 2].text == ")":
            labels[i:i + 3] = ["genre"] * 3
            _site_before_the_medium(toks, labels, i)


def _site_before_the_medium(toks, labels: list[str], paren: int) -> None:
    """`"Tide Tables," Harbour Notes (blog)`: the capitalised words before the
    medium, back to the comma after a title, that the model read as the genre
    with it, are the site's name."""
    start = paren
    while start > 0 and labels[start - 1] == "genre" and toks[start - 1].text not in ",.":
        start -= 1
    before = next((labels[k] for k in range(start - 1, -1, -1) if toks[k].text not in ",.\"”’"), None)
    if start < paren and before == "title" and toks[start].text[:1].isupper():
        labels[start:paren] = ["container"] * (paren - start)


def _short_form_read_as_an_archive(toks, labels: list[str]) -> None:
    """`Ortiz, River Archive, 90.`: an archive run of one capitalised surname (no
    acronym), a comma and words, followed only by a bare number, is a short
    form: surname, short title, page (a title may hold the word `Archive`)."""
    runs = [r for r in _runs(labels) if r[0] != "prefix"]
    if len(runs) != 2 or runs[0][0] != "archive" or runs[1][0] not in ("shelfmark", "locator"):
        return
    (_, first, last), (_, start, end) = runs
    number = [t.text for t in toks[start:end + 1] if t.text not in ".,"]
    surname = toks[first].text
    if len(number) == 1 and number[0].isdecimal() and first + 2 < last and toks[first + 1].text == "," \
            and surname[:1].isupper() and not surname.isupper() and surname.lower() not in ARCHIVE_WORDS:
        labels[first:first + 2] = ["author", "author"]
        labels[first + 2:last + 1] = ["title"] * (last - first - 1)
        labels[start:end + 1] = ["locator"] * (end + 1 - start)


NEWS_GENRES = {"editorial", "obituary", "advertisement", "leader", "op-ed", "commentary"}


def _news_genre(toks, labels: list[str]) -> None:
    """`"Port Expansion Approved," editorial, *Boston Globe*`: a name run that is
    one word naming a kind of newspaper piece is the genre."""
    if not _has_word(toks, NEWS_GENRES):
        return
    for label, first, last in _runs(labels):
        words = [t.text for t in toks[first:last + 1] if t.text not in ".,"]
        if label in NAME_LABELS | {"translator", "publisher", "genre"} and len(words) == 1 \
                and words[0].lower() in NEWS_GENRES:
            labels[first:last + 1] = ["genre"] * (last + 1 - first)
            _paper_after_the_genre(toks, labels, last + 1)      # also when the model read the genre right


def _paper_after_the_genre(toks, labels: list[str], start: int) -> None:
    """`editorial, Portland Herald, May 9, 2013`: a place or publisher run right
    after a newspaper piece's genre and before the date is the paper."""
    runs = [r for r in _runs(labels) if r[1] >= start]
    if len(runs) >= 2 and runs[0][0] in ("place", "publisher") and runs[1][0] == "date" and runs[0][1] == start:
        labels[runs[0][1]:runs[0][2] + 1] = ["container"] * (runs[0][2] + 1 - runs[0][1])


def _classical_reference(toks, labels: list[str]) -> None:
    """`Augustine, De civitate Dei 19.7.`, `Hamlet, 3.1.56–60`: numbers joined by
    full stops without spaces (book, chapter, line) closing the citation are the pinpoint."""
    end = len(toks) - 1
    while end > 0 and toks[end].text in ".":
        end -= 1
    if not toks[end].text.isdecimal():
        return                                               # (no number closes the citation)
    start = end
    while start > 1 and toks[start - 1].text in {".", "–", "-"} and not toks[start - 1].space \
            and toks[start - 2].text.isdecimal() and not toks[start].space:
        start -= 2
    if start >= 2 and toks[start - 1].text == "." and not toks[start].space and not toks[start - 1].space \
            and ROMAN.match(toks[start - 2].text) and toks[start - 2].space:
        start -= 2                                           # `Two Treatises, II.27`: book II, section 27
    dotted = sum(1 for t in toks[start:end + 1] if t.text == ".")
    found = find_date(_text(toks, start, end), day_first=True)
    numeric_date = found is not None and len(found[0].get("date-parts", [[]])[0]) == 3     # `12.3.2004`: a date
    run = start
    while run > 0 and labels[run - 1] == "locator":
        run -= 1                                             # (the model's locator run it stands in)
    if dotted and (toks[start].text.isdecimal() or ROMAN.match(toks[start].text)) \
            and toks[end].text.isdecimal() and not numeric_date \
            and "locator" not in labels[:run] + labels[end + 2:]:                   # (its full stop may be)
        labels[start:end + 1] = ["locator"] * (end + 1 - start)
        k = start - 1                                        # `Tac., Ann. 4.32`: the work's abbreviation is its title
        while k > 0 and labels[k] == "locator" and (toks[k].text.isalpha() or toks[k].text == "."):
            labels[k] = "title"
            k -= 1


def _scripture_reference(toks, labels: list[str]) -> None:
    """`See Gen. 12:1–3; cf. Matt. 5:17`, `1 Cor 13:4`, `vgl. Röm 8,28`: a book of the Bible and
    its chapter and verse opening a citation are a short title and its pinpoint (`Gen.` is no month)."""
    for i in range(len(toks) - 2):
        if not (i == 0 or toks[i - 1].text == ";" or labels[i - 1] == "prefix" and labels[i] != "prefix"):
            continue
        book = i + 1 if toks[i].text in ("1", "2", "3", "I", "II", "III") and i + 1 < len(toks) else i
        if fold(toks[book].text) not in SCRIPTURE_BOOKS or book > i and fold(toks[book].text) not in NUMBERED_BOOKS:
            continue
        chapter = book + 1 + (book + 1 < len(toks) and toks[book + 1].text == ".")
        if chapter + 2 >= len(toks) or not toks[chapter].text.isdecimal() or toks[chapter + 1].text not in (":", ",") \
                or not toks[chapter + 2].text[:1].isdecimal() or toks[chapter + 1].space or toks[chapter + 2].space:
            continue
        end = chapter + 3
        while end + 1 < len(toks) and toks[end].text in DASHES | {".", ","} and not toks[end].space \
                and toks[end + 1].text[:1].isdecimal():
            end += 2
        labels[i:chapter] = ["title"] * (chapter - i)
        labels[chapter:end] = ["locator"] * (end - chapter)


STANDARD_NUMBER = re.compile(r"\d{1,4}[a-e]\d{0,2}")
STANDARD_NUMBER_END = re.compile(r"\d{1,4}[a-e]?\d{0,2}|[a-e]\d{0,2}")


def _standard_edition_number(toks, labels: list[str]) -> None:
    """`*Nicomachean Ethics* 1137b11–27`, `Republic 514a–517c`: a Bekker or Stephanus
    number (page, column and line) straight after the title, closing a citation
    that has no archive, is the pinpoint."""
    if "archive" in labels:
        return
    end = len(toks) - 1
    while end > 0 and toks[end].text in ".;":
        end -= 1
    start = end
    while start >= 2 and toks[start - 1].text in DASHES and STANDARD_NUMBER_END.fullmatch(toks[start].text):
        start -= 2
    section = _section_before_the_standard_number(toks, start)
    if section is not None and all(labels[k] != "locator" for k in range(section)):
        labels[section:] = ["locator"] * (len(toks) - section)     # `*Nicomachean Ethics* 1.7, 1098a16–18`
        return
    if start >= 1 and STANDARD_NUMBER.fullmatch(toks[start].text) and toks[start - 1].text[:1].isalpha() \
            and toks[start - 1].text.lower() not in LEAF_WORDS and labels[start - 1] in ("title", "author") \
            and all(labels[k] != "locator" for k in range(start)):
        labels[start:] = ["locator"] * (len(toks) - start)
        if labels[start - 1] == "author" and toks[start - 1].emphasis:       # `*Rhetoric* 1374a26–b1`: a title
            k = start - 1
            while k >= 0 and toks[k].emphasis:
                labels[k] = "title"
                k -= 1


def _section_before_the_standard_number(toks, start: int) -> int | None:
    """Where a book and chapter (`1.7`) printed between an emphasised title and a comma before
    a Bekker or Stephanus number at `start` begin, or None."""
    if start < 4 or toks[start - 1].text != "," or not STANDARD_NUMBER.fullmatch(toks[start].text):
        return None
    k = start - 2
    while k >= 2 and toks[k - 1].text == "." and toks[k - 2].text.isdecimal() and not toks[k].space \
            and not toks[k - 1].space and toks[k].text.isdecimal():
        k -= 2
    return k if k < start - 2 and toks[k - 1].emphasis and not toks[k].emphasis else None


def _first_and_second_edition_pages(toks, labels: list[str]) -> None:
    """`Kant, *Kritik der reinen Vernunft*, A 51/B 75`: the pages of the first and second
    editions side by side are the pinpoint, no shelf mark."""
    for i in range(len(toks) - 4):
        if toks[i].text == "A" and toks[i + 1].text.isdecimal() and toks[i + 2].text == "/" \
                and toks[i + 3].text == "B" and toks[i + 4].text.isdecimal():
            end = i + 5
            while end + 1 < len(toks) and toks[end].text in DASHES and toks[end + 1].text.isdecimal():
                end += 2
            labels[i:end] = ["locator"] * (end - i)


PINPOINT_LABELS = {"chap", "ch", "cap", "capp", "n", "nn", "fig", "figs", "pl", "pls", "sec", "para", "kap",
                   "paras", "§", "§§", "cat", "kat", "lot", "lots", "tab", "mm", "bars", "bar", "t", "abb",
                   "track", "tracks", "pt", "art", "sect"}   # not `doc.`
"""`chap. 4`, `n. 12`, `fig. 3`, `pl. XIV`, `para. 14`, `§ 12`, `cat. no. 23`, `lot 34`, `Tab. 14`,
`mm. 33–40` (bars), `T. 12` (German bars), `track 3`: words of a pinpoint that is no page."""
NUMBER_WORDS = {"no", "nos", "nr", "n°"}
"""`no.` after a pinpoint word (`cat. no. 23`), or alone after ibid. (`Ibid., no. 46`)."""


def _labelled_pinpoint_at_the_end(toks, labels: list[str]) -> None:
    """`(Chicago, 2019), chap. 4.`, `..., n. 12.`, `..., mm. 33–40.`, `..., cat. no. 23.`:
    a pinpoint word (its full stop, `no.` after it) and a number or range after a
    comma, closing a citation and left as commentary, are its pinpoint (checked at
    each citation's end of the note, before the note is split)."""
    start = 0
    for stop in _citation_ends(toks):
        end = stop - 1
        while end > start and toks[end].text == ".":
            end -= 1
        comma = next((k for k in range(end - 1, max(start, end - 7), -1) if toks[k].text == ","), None)
        if comma is not None and comma > start and _a_labelled_pinpoint(toks, comma + 1, end) \
                and set(labels[comma + 1:end + 1]) <= {"note", "date"}:
            a_note = toks[comma + 1].text.lower() in ("n", "nn") and labels[comma - 1] == "locator"   # `45, n. 12`
            if a_note:
                labels[comma] = "locator"
            if "locator" not in labels[start:stop] or a_note:
                labels[comma + 1:end + 1] = ["locator"] * (end - comma)
        start = stop + 1


def _a_labelled_pinpoint(toks, first: int, last: int) -> bool:
    """Tokens `first..last` are a pinpoint word and its number or range: `fig. 3`, `§ 12`,
    `cat. no. 23`, `mm. 33–40`, `pl. XIV`."""
    words = [t.text for t in toks[first:last + 1] if t.text != "."]
    if len(words) < 2 or words[0].lower() not in PINPOINT_LABELS:
        return False
    numbers = words[2:] if words[1].lower() in NUMBER_WORDS else words[1:]
    return bool(numbers) and (numbers[0][:1].isdigit() or bool(ROMAN.fullmatch(numbers[0]))) \
        and all(w[:1].isdigit() or w in DASHES or ROMAN.fullmatch(w) for w in numbers)


SIGNATURE_MARK = re.compile(r"(?:[A-Z]{1,3}|[a-z]{1,2})\d+[rv]?")


def _signature_mark_at_the_end(toks, labels: list[str]) -> None:
    """`A True Relation (London, 1611), sig. C3v.`: `sig.` and a gathering's mark after a
    comma, closing a citation with no archive, are the pinpoint in a printed book."""
    end = len(toks) - 1
    while end > 0 and toks[end].text == ".":
        end -= 1
    k = end - 2
    if k >= 1 and toks[k].text.lower() in ("sig", "sigs") and toks[k + 1].text == "." and toks[k - 1].text == "," \
            and SIGNATURE_MARK.fullmatch(toks[end].text) and "archive" not in labels and "locator" not in labels:
        labels[k:end + 1] = ["locator"] * (end + 1 - k)


REPOSITORY_WORDS = {"archivo", "arquivo", "archivio", "archiv", "archives", "archive", "archief", "arxiu", "archiwum",
                    "staatsarchiv", "landesarchiv", "bundesarchiv", "stadtarchiv", "hauptstaatsarchiv", "riksarkivet",
                    "rigsarkivet", "arkivet", "levéltár", "arhiva", "archyvas", "arhiiv", "stadsarchief"}
"""Words that open a repository's name (not `national`, `state`: they open names of people's bodies too)."""
SIGNATURE_WORDS = SHELF_WORDS | {"liv", "livro", "fl", "fls", "tomo", "carp"}
"""Shelf words, and Portuguese ones the model's word class does not hold yet (`liv. 3, fl. 12`)."""
SHELF_BUT_NO_PAGE_WORDS = SIGNATURE_WORDS - PAGE_WORDS
"""`sygn.`, `b.`, `fasc.` (not `p.` or `f.`): a shelf word that shows a signature follows."""


def _archive_read_as_an_author(toks, labels: list[str]) -> None:
    """`Arquivo Distrital de Braga (ADB), Braga, Registo Geral, liv. 3, fl. 12.`: an author
    run that opens with a repository word, in a citation whose end holds shelf words
    and no imprint, is the archive; the rest of the citation is its signature."""
    runs = _runs(labels)
    if not runs or runs[0][0] != "author" or toks[runs[0][1]].text.lower() not in REPOSITORY_WORDS:
        return
    if any(label in ("place", "publisher") for label in labels) or "(" in [t.text for t in toks[runs[0][2] + 1:]]:
        return
    shelf = any(t.text.lower() in SIGNATURE_WORDS and k + 1 < len(toks) and toks[k + 1].text == "."
                for k, t in enumerate(toks) if k > runs[0][2])
    if shelf:
        last = runs[0][2]
        labels[:last + 1] = ["archive"] * (last + 1)
        labels[last + 1:] = ["shelfmark"] * (len(labels) - last - 1)


ARCHIVE_JOINING_WORDS = {"du", "de", "des", "del", "della", "di", "do", "da", "dos", "das", "van", "voor", "und",
                         "für", "and", "of", "for", "the", "y", "e", "et"}


def _archive_name_ends_in_a_word(toks, labels: list[str]) -> None:
    """`Archives nationales du Sénégal (ANS), Dakar`, `Unilever Archives and Records
    Management, Port Sunlight`: a repository's name never ends in `du` or `and`; an
    archive run the model cut there runs on through the capitalised words to its
    comma or bracket."""
    for label, first, last in _runs(labels):
        if label != "archive" or last + 1 >= len(toks) or toks[last].text.lower() not in ARCHIVE_JOINING_WORDS \
                or last == first:
            continue
        end = last + 1
        while end < len(toks) and toks[end].text not in (",", "(", ";", ".") \
                and (toks[end].text[:1].isupper() or toks[end].text.lower() in ARCHIVE_JOINING_WORDS):
            end += 1
        if end > last + 1 and toks[end - 1].text[:1].isupper() and (end == len(toks) or toks[end].text in (",", "(")):
            labels[last + 1:end] = ["archive"] * (end - last - 1)


def _names_end_before_the_title(toks, labels: list[str]) -> None:
    """`Omar Khan, Desert Roads (Cairo, 2003)`: an author run with a comma that
    ends in a word, not a comma, right before the title run: the words after
    its last comma open the title (a name list ends at a comma or `and`)."""
    runs = _runs(labels)
    for (label, first, last), (after, _, _) in zip(runs, runs[1:]):
        if label != "author" or after != "title" or not toks[last].text[:1].isalpha():
            continue
        comma = next((k for k in range(last - 1, first, -1) if toks[k].text == ","), None)
        before = [t for t in toks[first:comma] if t.text[:1].isalpha()] if comma else []
        if comma is not None and len(before) >= 2 and toks[comma + 1].text[:1].isupper():
            labels[comma + 1:last + 1] = ["title"] * (last - comma)
        return


def _interviewer_whole(toks, labels: list[str]) -> None:
    """`Rui Vale, interview by Ines Prado, June 4, 2012.`: a genre run `interview
    by ...` goes on through the capitalised words right after it, up to the comma
    (the model may take the surname for the place of the interview)."""
    if "genre" not in labels or "place" not in labels or not _has_word(toks, ("by",)):
        return
    runs = _runs(labels)
    for (label, first, last), (after, start, end) in zip(runs, runs[1:]):
        words = {t.text.lower() for t in toks[first:last + 1]}
        if label != "genre" or "by" not in words or after != "place" or toks[last].text in ",;":
            continue
        stop = start
        while stop <= end and toks[stop].text[:1].isupper() and toks[stop].text.isalpha():
            stop += 1
        if stop > start:
            labels[start:stop] = ["genre"] * (stop - start)


REPRINT_LEADS = {"reprinted", "repr", "rpt", "abgedruckt", "wiederabgedruckt", "ristampato", "rist"}


def _reprinted_in(toks, labels: list[str]) -> None:
    """`"The Salt Tax" (1851), reprinted in Documents of the Salt Trade, ed. Mary
    Lowe (...)`: a reprint's lead word, `in`, and the words after it up to the
    next field are the collection the document is reprinted in (CONVENTIONS §4:
    a chapter of that container)."""
    if not _has_word(toks, REPRINT_LEADS):
        return
    for i in range(len(toks) - 2):
        if toks[i].text.lower() not in REPRINT_LEADS or labels[i] not in ("note", "title"):
            continue
        k = i + 1 + (toks[i + 1].text == ".")
        if k + 1 < len(toks) and toks[k].text == "in" and labels[k] == "container":
            labels[i:k] = ["container"] * (k - i)            # `rpt. in Kim Il Sung Works`: the lead joins it
            return
        if "container" not in labels and k + 1 < len(toks) and toks[k].text == "in" and toks[k + 1].text[:1].isupper():
            end, run = k + 1, {labels[k + 1], "note", "title"}
            while end + 1 < len(toks) and labels[end + 1] in run and toks[end + 1].text not in (",", ";", "("):
                end += 1
            labels[i:end + 1] = ["container"] * (end + 1 - i)
            return


def _container_before_its_editors(toks, labels: list[str]) -> None:
    """`..., in Briefe, ed. Karl Baum, vol. 3`: an editor run opening with `in`
    and a capital, whose role word comes after a comma, holds the container
    first; a single capitalised word the model split off right after the
    editor's name, before a comma, ends that name."""
    runs = _runs(labels)
    for n, (label, first, last) in enumerate(runs):
        if label != "editor" or toks[first].text not in ("in", "In") or first + 1 > last \
                or not toks[first + 1].text[:1].isupper():
            continue
        role = next((k for k in range(first + 2, last - 1) if toks[k].text.lower() in EDITOR_WORDS
                     and toks[k - 1].text == "," and toks[k + 1].text == "." and toks[k + 2].text[:1].isupper()),
                    None)                                 # `ed. Karl`, not the `eds., Title` of editors named first
        if role is None:
            return
        labels[first:role] = ["container"] * (role - first)
        if n + 1 < len(runs) and runs[n + 1][0] == "container":
            _, start, end = runs[n + 1]
            words = [t for t in toks[start:end + 1] if t.text not in ",."]
            if len(words) == 1 and words[0].text[:1].isupper() and toks[last].text[:1].isupper():
                labels[start:end + 1] = ["editor"] * (end + 1 - start)
        return


def _site_after_a_quoted_title(toks, labels: list[str]) -> None:
    """`"Warfare Operations," The North Korea International Documentation
    Project, March 19, 2018, <https://...>`: with no container and no place, a
    publisher run right after a quoted title and outside parentheses is the
    site or periodical the article is in (a publisher stands in an imprint)."""
    if "container" in labels or "place" in labels or "collection" in labels:
        return                                   # `"Pilots," Wilson Center NKIDP e-Dossier No. 2`: a report's publisher
    runs = _runs(labels)
    for (before, first, _), (label, start, end) in zip(runs, runs[1:]):
        if before == "title" and toks[first].text in CLOSER and label == "publisher" \
                and not any(toks[k].paren for k in range(start, end + 1)):
            labels[start:end + 1] = ["container"] * (end + 1 - start)
            return


def _main_title_before_the_subtitle(toks, labels: list[str]) -> None:
    """`Wu Lengxi, Ten Years' Controversy: Memoirs of Sino-Soviet Relations`:
    a commentary run between the author and the title that ends in a colon is
    the title's main part (the model took only the subtitle)."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last), (after, _, _) in zip(runs, runs[1:], runs[2:]):
        if before in NAME_LABELS and label == "note" and after == "title" and toks[last].text == ":" \
                and toks[first].text[:1].isupper():
            labels[first:last + 1] = ["title"] * (last + 1 - first)
            return


def _year_closing_the_title(toks, labels: list[str]) -> None:
    """`Annual Report for 1958, 2 February 1959`: a year after the title's `for` or
    `of`, read as the start of the date that follows its comma, closes the title."""
    for label, first, last in _runs(labels):
        if label != "date" or first == 0 or labels[first - 1] != "title" or first + 2 > last \
                or toks[first - 1].text.lower() not in ("for", "of", "für", "pour", "per", "del", "de") \
                or not YEAR.match(toks[first].text) or toks[first + 1].text != ",":
            continue
        found = find_date(_text(toks, first + 2, last))
        if found is not None and len(found[0]["date-parts"][0]) > 1:
            labels[first] = "title"


def _year_inside_the_title(toks, labels: list[str]) -> None:
    """`Report of the Panel established pursuant to resolution 1874 (2009), United
    Nations, (February 24, 2016)`: a year alone in brackets right after title
    words, when a fuller date (month, day) comes later, belongs to the title."""
    runs = _runs(labels)
    dates = [(first, last) for label, first, last in runs if label == "date"]
    for n, (label, first, last) in enumerate(runs[1:], 1):
        if label != "date" or runs[n - 1][0] != "title":
            continue
        opening = next((k for k in range(first, min(first + 2, last) + 1) if toks[k].text == "("), None)
        if opening is None or opening + 2 > last or not YEAR.match(toks[opening + 1].text) \
                or toks[opening + 2].text != ")" or any(t.text[:1].isalnum() for t in toks[opening + 3:last + 1]):
            continue                                     # `resolution 1874 (2009),`: the number may come with it
        later = [d for d in dates if d[0] > last]
        fuller = any(len(found[0]["date-parts"][0]) > 1 for d in later if (found := find_date(_text(toks, *d))))
        if fuller:
            labels[first:opening + 3] = ["title"] * (opening + 3 - first)


def _in_inside_the_title(toks, labels: list[str]) -> None:
    """`David Harvey, Explanation in Geography (London: Arnold, 1969)`: an `in`
    straight after a title word, with no comma, stop or closing quote between,
    goes on with the title, to its full stop; a container opens after
    punctuation (`"Title," in Book`, `Titel, in: Zeitschrift`), or in other type
    (`Title in *Book*`)."""
    runs = _runs(labels)
    for (before, _, _), (label, first, last) in zip(runs, runs[1:]):
        if before != "title" or label != "container" or toks[first].text.lower() != "in" or first + 1 > last:
            continue
        previous = toks[first - 1]
        same_type = all(toks[k].emphasis == previous.emphasis and toks[k].quote == previous.quote
                        for k in range(first, last + 1))
        if previous.text[:1].isalnum() and toks[first + 1].text != ":" and same_type:
            end = next((k + 1 for k in range(first + 2, last) if _a_full_stop(toks, k)), last + 1)
            labels[first:end] = ["title"] * (end - first)      # `... in dopamine neurons. Neuron`: the journal stays
    for (before, _, title_end), (label, first, last) in zip(runs, runs[1:]):
        if before == "title" and label == "container" and toks[title_end].text.lower() == "in" and title_end > 0 \
                and toks[title_end - 1].text[:1].isalnum() and not toks[first].emphasis and not toks[first].quote \
                and last + 1 < len(toks) and toks[last + 1].text == "(" and not any(_a_full_stop(toks, k) for k in
                                                                                  range(first, last + 1)):
            labels[first:last + 1] = ["title"] * (last + 1 - first)   # `An Insider's Life in` | `Soviet Politics (New York:`


def _a_full_stop(toks, k: int) -> bool:
    """Token k is a top-level full stop after a word (`neurons.`), not an initial's (`U.S.`)."""
    return toks[k].text == "." and not toks[k].paren and not toks[k].quote and len(toks[k - 1].text) >= 3 \
        and toks[k - 1].text.isalpha()


def _imprint_read_into_the_title(toks, labels: list[str]) -> None:
    """`Adam Robert, Classical Architecture (Viking, 1990)`: a title never runs
    into a parenthesis that closes on `, Year` labelled the date: the words
    before the year are the imprint (the place when the lexicon knows it)."""
    for label, first, last in _runs(labels):
        k = next((k for k in range(first + 1, last + 1) if toks[k].text == "(" and not toks[k].paren
                  and not toks[k].quote), None) if label == "title" else None
        if k is None:
            continue
        end = _group_end(toks, k + 1) - 1                    # the closing `)`
        year = end - 1
        if last >= year or end >= len(toks) or not YEAR.match(toks[year].text) or labels[year] != "date" \
                or toks[year - 1].text != ",":
            continue                                         # `Gerda Wilmsen (Jg. 1931)`: no imprint
        words = [t.text for t in toks[k + 1:last + 1] if t.text[:1].isalpha()]
        colon = next((c for c in range(k + 1, last + 1) if toks[c].text == ":"), None)
        if colon is not None and k + 1 < colon < last:       # `('s-Gravenhage: Algemeene Landsdrukkerij, 1931)`
            labels[k:colon + 1] = ["place"] * (colon + 1 - k)
            labels[colon + 1:last + 1] = ["publisher"] * (last - colon)
        elif words and colon is None:
            labels[k:last + 1] = ["place" if place_like(" ".join(words)) else "publisher"] * (last - k + 1)


def _volume_closing_the_title(toks, labels: list[str]) -> None:
    """`J. Weingartner, Die Kunstdenkmäler Südtirols, II (Wien, 1923)`: a roman
    or small number after the title's last comma, right before the imprint's
    parenthesis, is the volume, not the title's last word."""
    for label, first, last in _runs(labels):
        if label != "title" or last - first < 2 or last + 1 >= len(toks):
            continue
        number, comma = toks[last], toks[last - 1]
        volume = VOLUME_NUMBER.match(number.text) or number.text.isdigit() and len(number.text) <= 2
        if comma.text == "," and volume and toks[last + 1].text == "(" and not number.emphasis \
                and not number.quote and _an_imprint(toks, last + 1):
            labels[last] = "volume"


VOLUME_NUMBER = re.compile(r"^(?:[IVX]|[IVXLC]{2,7})$")
"""A roman volume number: `I`, `IV`, `XXVI` (not one `C`, `D`, `L` or `M`, which are initials)."""


NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "inc", "ltd", "co", "esq"}


def _title_word_after_a_full_name(toks, labels: list[str]) -> None:
    """`Kathleen McCarthy, Slaves, Masters, and the Art of Authority (Princeton,
    2000)`: after a name written given name first, one capitalised word between
    commas (or before the title) is the title's first word, not a second name:
    a second author is written in full too (`Ann Lee, Bo Roe, and ...`), and a
    lone word after a full name is no surname (`Jr.`, `ed.` aside; a body's
    parts, `U.S. Congress, Senate, Committee on Labor`, are one author)."""
    if "shelfmark" in labels or "archive" in labels:
        return                                        # `StadtA Augsburg, Reichsstadt, Nr. 512`: a record's parts
    for label, first, last in _runs(labels):
        if label != "author" or not _opens_a_citation(toks, first) and labels[first - 1] != "note":
            continue
        comma = next((k for k in range(first, last) if toks[k].text == "," and not toks[k].paren), None)
        if comma is None or comma + 1 > last:
            return
        name = [t.text for t in toks[first:comma]]
        words = [w for w in _text(toks, first, comma - 1).split() if w[:1].isalpha()]   # `Müller-Benedict`: one
        given_first = len(words) >= 2 and all(w[:1].isupper() for w in words) and name[-1][:1].isalpha() \
            and len(name[-1]) > 1
        after = comma + 1
        end = next((k for k in range(after, last + 1) if toks[k].text in (",", "(", ":")), last + 1)
        word = toks[after].text
        lone = end == after + 1 and word[:1].isupper() and len(word) > 1 and word.isalpha()
        body = is_institution(_text(toks, first, last))          # `U.S. Congress, Senate, Committee on ...`
        if given_first and lone and not body and word.lower() not in NAME_SUFFIXES | EDITOR_WORDS \
                | TRANSLATOR_WORDS | NAME_CONJUNCTIONS and not toks[after].paren:
            labels[after:last + 1] = ["title"] * (last + 1 - after)
        return


LEAD_IN_CONNECTIVES = {",", "di", "de", "of", "by", "von", "par", "da", "du", "des", "del", "della", "bei", "chez"}


QUOTED_AFTER = (("zit", ".", "nach"), ("zitiert", "nach"), ("so", "auch"), ("so", "etwa"), ("anders", "dagegen"),
                ("as", "quoted", "in"), ("quoted", "in"), ("cited", "in"), ("quoted", "by"), ("cited", "by"),
                ("citado", "en"), ("citado", "por"), ("cité", "par"), ("cité", "dans"), ("citato", "in"),
                ("citato", "da"), ("cit", ".", "in"), ("apud",))
"""`Zit. nach Peter Longerich`, `So auch Ulrich Herbert`, `quoted in`, `citado por`, `apud`: words that lead
into the source a quotation or a view is taken from (folded)."""


QUOTED_IN = tuple(p for p in QUOTED_AFTER if p not in (("so", "auch"), ("so", "etwa"), ("anders", "dagegen")))
"""The words of `quoted after` that may follow a sentence of prose (`..., zit. nach`), not `so auch`."""


REPORTED_IN = (("reported", "in"), ("published", "in"), ("printed", "in"), ("described", "in"), ("noted", "in"))
AUXILIARIES = {"was", "were", "is", "are", "been", "wurde", "wurden", "fue", "foi", "fut"}
"""`The arrest ... was reported in La Gaceta, 7 de septiembre de 1959`: a sentence that names where it was read."""
QUOTED_AFTER_FIRST_WORDS = {phrase[0] for phrase in QUOTED_AFTER}
"""The words a `QUOTED_AFTER` phrase opens with (a citation opening with none has no such lead)."""


def _quoted_after_the_lead(toks, labels: list[str]) -> None:
    """`Zit. nach Peter Longerich, Heinrich Himmler, München 2008`: the words of `quoted
    after` opening a citation, read into the author's name, are its prefix."""
    first = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    if first < len(toks) and (fold(toks[first].text) or toks[first].text) in QUOTED_AFTER_FIRST_WORDS:
        for phrase in QUOTED_AFTER:
            end = first + len(phrase)
            if end < len(toks) and tuple(fold(t.text) or t.text for t in toks[first:end]) == phrase \
                    and toks[end].text[:1].isupper() and labels[first] in NAME_LABELS | {"title", "note"}:
                labels[:end] = ["prefix"] * end
                return
    _quoted_after_prose(toks, labels, first)


def _quoted_after_prose(toks, labels: list[str], first: int) -> None:
    """`So der Prälat Emil Rathgeber in einer Predigt vom 8. Mai 1955, zit. nach Hartmut Ohlendorf,
    *Kirche im Wiederaufbau*`: a sentence of prose (no emphasis, quotes or brackets) and the words
    of `quoted after` are the prefix of the source quoted."""
    for comma in range(first + 2, min(len(toks) - 3, first + 40)):
        if toks[comma].text != "," and toks[comma].text.lower() not in AUXILIARIES:
            continue                                 # `..., zit. nach`; `... was reported in La Gaceta`
        for phrase in QUOTED_IN + (REPORTED_IN if toks[comma].text != "," else ()):
            end = comma + 1 + len(phrase)
            if end < len(toks) and tuple(fold(t.text) or t.text for t in toks[comma + 1:end]) == phrase \
                    and toks[end].text[:1].isupper() \
                    and not any(t.emphasis or t.quote or t.paren for t in toks[first:comma]) \
                    and any(t.text.islower() and len(t.text) > 3 for t in toks[first:comma]):
                labels[:end] = ["prefix"] * end
                return


def _prose_lead_in_before_a_name(toks, labels: list[str]) -> None:
    """`...; and, for the epigraphic evidence, Rosa Hale, "A Decree," ...`, `; et,
    pour le récit d'un contemporain, Octave Hennebert, *Histoire* ...`, `; ma si veda
    anche l'ampio quadro di Giulio Ferrantini, *Doti* ...`: a citation that opens with
    a conjunction or a lead word and runs on in lower-case prose to a comma (or `di`,
    `of`, `by`) before a capitalised name and its comma, or before an emphasised or
    quoted title, has that prose as its prefix and the name as its author."""
    if not toks or toks[0].quote or toks[0].emphasis:
        return
    comma = next((j for j in range(len(toks)) if toks[j].text == ","), len(toks))
    if SAME_AUTHOR_PHRASES.fullmatch(fold(_text(toks, 0, comma - 1))):
        labels[:comma + 1] = ["prefix"] * min(comma + 1, len(toks))    # `dello stesso autore,` after `e` split off
        return
    opening = toks[0].text
    if opening.lower() not in LEAD_PRELUDE_WORDS | LEAD_WORDS | LEAD_ALSO_WORDS \
            or opening[:1].isupper() and opening.lower() not in LEAD_WORDS:
        return                     # (`anche`: after a prefix split off; `E. Orlandini`: an initial, no `e`)
    prose = False
    for k in range(1, min(len(toks), 18)):
        tok, word = toks[k], toks[k].text.lower()
        if toks[k - 1].text.lower() in LEAD_IN_CONNECTIVES and prose and _a_lead_in_ends(toks, labels, k):
            return
        if tok.quote or tok.emphasis or tok.paren:
            return
        prose = prose or len(word) >= 3 and tok.text[:1].islower() and word not in LEAD_WORDS | LEAD_ALSO_WORDS \
            | LEAD_PRELUDE_WORDS
        if not (tok.text in ",." or tok.text[:1].isalnum() or tok.text in "'’-"):
            return


def _a_lead_in_ends(toks, labels: list[str], k: int) -> bool:
    """When the prose before token k leads into a title (`et, du même auteur, *Les
    Brigades*`) or into a name, its comma and a title (`..., Franz Haindl, *Bruderschaften*`),
    label it the prefix (and the name the author); True when it did."""
    if toks[k].emphasis or toks[k].text in OPENING_QUOTES:
        labels[:k] = ["prefix"] * k
        return True
    comma = next((j for j in range(k, min(k + 7, len(toks))) if toks[j].text in ",("), None)
    name = toks[k:comma] if comma is not None else ()
    a_name = bool(name) and toks[k].text[:1].isupper() and toks[k].text[:1].isalpha() and all(
        t.text[:1].isupper() or t.text in ".-'’" or t.text in PARTICLES for t in name)
    if not (a_name and comma + 1 < len(toks) and (toks[comma + 1].emphasis or toks[comma + 1].text in OPENING_QUOTES
                                                  or toks[comma + 1].text[:1].isupper())):
        return False
    labels[:k] = ["prefix"] * k
    if toks[k].text.lower() not in SAME_AUTHOR_WORDS:
        labels[k:comma + 1] = ["author"] * (comma + 1 - k)
    return True


def _record_described_after_its_signature(toks, labels: list[str]) -> None:
    """`ASLu, Prefettura, Gabinetto, b. 112, fasc. 7, il prefetto al ministro
    dell'Interno, 12 agosto 1898`, `AKMKr, sygn. AC 112, k. 45v, list proboszcza do
    konsystorza, 4 maja 1846`: in an archival record, the last part after the
    numbered signature that opens in lower-case prose (not a shelf word such as
    `b.`, `fasc.`, `k.`), followed by nothing but a place and a date, describes the
    document: it is the record's title."""
    if "shelfmark" not in labels:
        return
    parts = _top_level_parts(toks, labels.index("shelfmark"))
    numbered = False
    for n, (first, end) in enumerate(parts):
        if numbered and _describes_the_document(toks, first, end):   # (a name in it is the model's misreading)
            closing = _closing_place_and_date(toks, parts[n + 1:], end)
            if closing is not None and _no_number_but_its_date(_text(toks, first, closing - 1).rstrip(" ,.")):
                for k in range(first, closing):
                    if labels[k] != "date":                  # (`dispaccio di A. Mocenigo del 12 marzo 1589`)
                        labels[k] = "title"
                return
        if any(labels[j] not in ("shelfmark", "title", "note") for j in range(first, end)):
            return
        numbered = numbered or any(t.text[:1].isdigit() for t in toks[first:end])


def _no_number_but_its_date(text: str) -> bool:
    """`causa contra Juan Pérez, por deudas`, `hlášení policie ze dne 17. 3. 1927`: a
    description holds no figure but the date that closes it (`ff. 2r` is a signature's)."""
    if not re.search(r"\d", text):
        return True
    found = find_date(text, kinds=("dmy", "mdy", "dmy-numeric"))
    return found is not None and found[1][1] >= len(text) and not re.search(r"\d", text[:found[1][0]]) \
        and len(text[:found[1][0]].split()) >= 2                 # (`am 2. Mai 1951` is a date alone)


def _closing_place_and_date(toks, parts: list[tuple[int, int]], end: int) -> int | None:
    """Where the run of places and dates closing a record's citation starts
    (`, Puebla, 1782.`), with at most two parts of description before it
    (`, mulato libre, por bigamia`); `end` when the description is the last part;
    None when the parts do not end so."""
    if not parts:
        return end
    closing = len(parts)
    while closing and _place_or_date(toks, *parts[closing - 1]):
        closing -= 1
    if closing == len(parts) or closing > 2:
        return None
    return parts[closing][0]


def _top_level_parts(toks, start: int) -> list[tuple[int, int]]:
    """(first, end) of each part from token `start` between top-level commas (the comma ends the part)."""
    parts, first = [], start
    for j in range(start, len(toks)):
        if toks[j].text == "," and not toks[j].paren and not toks[j].quote \
                and (j + 1 == len(toks) or toks[j + 1].space):          # (`1897,0512.38` is one number)
            parts.append((first, j + 1))
            first = j + 1
    if first < len(toks):
        parts.append((first, len(toks)))
    return parts


def _place_or_date(toks, first: int, end: int) -> bool:
    """A part that is a place (one or two capitalised words, `Santiago de Guatemala`) or
    holds a date (`12 agosto 1898.`)."""
    words = [t.text for t in toks[first:end] if t.text[:1].isalnum()]
    if any(w[:1].isdigit() for w in words):
        return not (words and words[0].lower() in SIGNATURE_WORDS | LEAF_WORDS)
    capitalised = [w for w in words if w not in PARTICLES]
    return 1 <= len(capitalised) <= 2 and len(words) <= 4 and words[0][:1].isupper() \
        and all(w[:1].isupper() for w in capitalised)


def _describes_the_document(toks, first: int, end: int) -> bool:
    """Tokens `first` to `end` (excluded) are lower-case prose of two words or more:
    `il prefetto al ministro`, `rapport politique annuel`, not `b. 112` or `fasc. 7`."""
    words = [t for t in toks[first:end] if t.text[:1].isalpha()]
    head = toks[first]                                       # (the part's comma is in `end`)
    abbreviated = first + 1 < end and toks[first + 1].text == "."
    return len(words) >= 2 and head.text[:1].islower() and len(head.text) >= 2 and not abbreviated \
        and (head.text.lower() not in SIGNATURE_WORDS | LEAF_WORDS or _prose_follows(toks, first + 1, end)) \
        and not any(t.text[:1].isdigit() for t in words[:2])


def _prose_follows(toks, k: int, end: int) -> bool:
    """`registro de ocorrências`, `list Chaima Frydmana do prezydenta`, not `registro 12`
    nor `reg. 4`: a shelf word that heads a description (a word of its own follows
    it, no number)."""
    return k + 1 < end and toks[k].text.isalpha() and len(toks[k].text) >= 2 \
        and toks[k + 1].text != "." and toks[k].text.lower() not in SIGNATURE_WORDS | LEAF_WORDS


def _body_read_into_the_title(toks, labels: list[str]) -> None:
    """`Historical Manuscripts Commission, Report on the Manuscripts of the Earl of
    Clevedon, vol. 2 (London: HMSO, 1911)`: a citation that opens with a body's name
    (`Commission`, `Ministry`, `Department`), a comma and more plain title words has
    the body as its author: a title does not open with an institution and a comma."""
    if "author" in labels or "editor" in labels:
        return
    first = next((k for k, label in enumerate(labels) if label != "prefix"), len(labels))
    if first >= len(toks) or labels[first] != "title" or toks[first].quote or toks[first].emphasis:
        return
    comma = next((k for k in range(first, min(first + 10, len(toks))) if toks[k].text in ",:(" or labels[k] != "title"),
                 None)
    if comma is None or toks[comma].text != "," or labels[comma] != "title" or comma + 1 >= len(toks):
        return
    body = toks[first:comma]
    plain = not any(t.quote or t.emphasis for t in toks[first:comma + 2])
    if len(body) >= 2 and plain and labels[comma + 1] == "title" and toks[comma + 1].text[:1].isupper() \
            and all(t.text[:1].isupper() or t.text.lower() in NAME_JOINING_WORDS for t in body) \
            and is_institution(_text(toks, first, comma - 1)):
        labels[first:comma + 1] = ["author"] * (comma + 1 - first)


def _place_read_into_the_title(toks, labels: list[str]) -> None:
    """`Les Mairies rouges du Pas-de-Calais (1892-1914), Arras, Artois Presses
    Université, 2004`: in the continental imprint without parentheses, a place
    between commas at the end of the title run, right before the publisher (or
    the place and the publisher's first word), is the place of publication."""
    runs = _runs(labels)
    for (label, first, last), (after, start, _) in zip(runs, runs[1:]):
        if label != "title" or after != "publisher" or toks[last].quote or toks[last].emphasis:
            continue
        commas = [k for k in range(first + 1, last + 1) if toks[k].text == "," and not toks[k].paren]
        for comma in commas[-2:]:
            closing = next((k for k in commas if k > comma), None)     # the place's own comma, if it has one
            stop = start if closing is None else closing + 1
            words = [t.text for t in toks[comma + 1:stop] if t.text != ","]
            if 1 <= len(words) <= 3 and place_like(" ".join(words)) and comma > first + 1:
                labels[comma + 1:stop] = ["place"] * (stop - comma - 1)
                labels[stop:start] = ["publisher"] * (start - stop)   # `Artois` before `Presses Université`
                return


def _place_before_the_year_read_into_the_title(toks, labels: list[str]) -> None:
    """`Niels Mørch, *Andelsmejeriernes gennembrud*, Odense 1979, s. 212`: after an
    emphasised or quoted title has closed, a place the lexicon knows between the
    title's comma and the year is the place of publication, not the title's."""
    runs = _runs(labels)
    for (label, first, last), (after, start, _) in zip(runs, runs[1:]):
        if label != "title" or after != "date" or not YEAR.match(toks[start].text) or toks[last].emphasis \
                or toks[last].quote:
            continue
        comma = next((k for k in range(last, first, -1) if toks[k].text == ","), None)
        if comma is None or not (toks[comma - 1].emphasis or toks[comma - 1].text in CLOSING_QUOTES):
            continue
        words = [t.text for t in toks[comma + 1:last + 1]]
        if 1 <= len(words) <= 3 and place_like(" ".join(words)):
            labels[comma + 1:last + 1] = ["place"] * (last - comma)


def _thesis_after_the_title(toks, labels: list[str]) -> None:
    """`Ana Reis, *O comércio da Bahia*, Tese (Doutorado em História), Universidade de
    São Paulo, 2009`: after the emphasised title closes, a part that opens with the
    word for a thesis is the genre (with its parenthesis), and a body's name after
    it the university that gave the degree."""
    for k in range(1, len(toks) - 1):
        after = toks[k + 1]
        if toks[k].text != "," or not toks[k - 1].emphasis or after.emphasis or not THESIS.match(after.text) \
                or labels[k + 1] not in ("title", "note", "container"):
            continue
        end = k + 2
        while end < len(toks) and (toks[end].text == "." or toks[end].paren or toks[end].text in "()"
                                   or toks[end].text.islower()):
            end += 1                                          # `diss.`, `Tese (Doutorado em História)`, `thèse de doctorat`
        labels[k + 1:end] = ["genre"] * (end - k - 1)
        if end < len(toks) and toks[end].text == ",":
            labels[end] = "genre"
        else:
            return                                            # `diss. Uppsala 1993`: the place and year follow
        school = next((j for j in range(end + 1, len(toks)) if toks[j].text == "," and not toks[j].paren), len(toks))
        if end + 1 < school and is_institution(_text(toks, end + 1, school - 1)) \
                and set(labels[end + 1:school]) <= {"title", "note", "place", "publisher"}:
            labels[end + 1:school] = ["publisher"] * (school - end - 1)
        return


def _container_after_the_double_slash(toks, labels: list[str]) -> None:
    """`Смирнова Е. П. Земские учителя // Отечественная история. 1997. № 4. С. 34–49.`:
    in the Russian (GOST) form `//` closes the title and opens the journal or book
    it is in, which runs to its full stop; `№ 4` after it is the issue."""
    slash = next((k for k in range(1, len(toks) - 1) if toks[k].text == "/" and toks[k + 1].text == "/"
                  and not toks[k + 1].space and labels[k] == "title"), None)
    if slash is None:
        return
    end = next((k for k in range(slash + 2, len(toks)) if toks[k].text == "." and not toks[k].paren
                and len(toks[k - 1].text) > 1), len(toks))
    labels[slash:slash + 2] = ["title", "title"]                  # the title's closing mark
    labels[slash + 2:end + 1] = ["container"] * (min(end + 1, len(toks)) - slash - 2)
    for k in range(end, len(toks) - 1):
        if toks[k].text == "№" and toks[k + 1].text[:1].isdigit():
            labels[k:k + 2] = ["volume", "volume"]


IN_WORDS = {"in", "w", "v", "u", "em", "en", "dans", "i"}
"""`in:`, Polish `w:`, Czech `v:`, Croatian `u:`, Portuguese `em:`, Spanish `en:`, French `dans :`, Nordic `i:`."""


def _container_after_in_colon(toks, labels: list[str]) -> None:
    """`Rada miejska i cechy w Poznaniu, w: *Miasta polskie w dobie reform*, red. J.
    Nowak, Warszawa 2001`: `in:` (or its Polish, Czech, Portuguese word) after the
    title's comma opens the book or journal the piece is in; words the model left
    as commentary or title up to the editor or imprint are that container."""
    if not _has_word(toks, IN_WORDS):
        return
    for k in range(2, len(toks) - 2):
        if toks[k - 1].text != "," or toks[k].text.lower() not in IN_WORDS or toks[k + 1].text != ":" \
                or toks[k].paren or toks[k].quote or labels[k - 1] != "title":
            continue
        end = k + 2
        while end < len(toks) and labels[end] in ("note", "title") and toks[end].text != ";":
            end += 1
        if end > k + 2 and (end == len(toks) or labels[end] in {"editor", "place", "date", "volume", "publisher",
                                                               "pages", "locator"}):
            labels[k:end] = ["container"] * (end - k)
        return


def _issue_number_left_as_commentary(toks, labels: list[str]) -> None:
    """`*Český časopis historický* 98, 2000, č. 2, s. 245–278`: an issue word and its
    number read as commentary between the volume or date and the pages is the issue."""
    if not _has_word(toks, ISSUE_WORDS):
        return
    for k in range(1, len(toks) - 2):
        if labels[k] != "note" or toks[k].text.lower() not in ISSUE_WORDS or toks[k + 1].text != "." \
                or not toks[k + 2].text.isdigit() or labels[k + 2] != "note":
            continue
        if labels[k - 1] in ("volume", "date") or toks[k - 1].text == "," and labels[k - 2] in ("volume", "date"):
            labels[k:k + 3] = ["volume"] * 3


def _opus_number_in_the_title(toks, labels: list[str]) -> None:
    """`Józef Wierzchlejski, *Trzy mazurki na fortepian*, op. 12 (Warszawa: ...)`:
    `op.` and a number after a title's comma is the work's opus number, part of its
    title (not `op. cit.`, which no number follows)."""
    if not _has_word(toks, ("op",)):
        return
    for k in range(2, len(toks) - 2):
        if toks[k].text.lower() == "op" and toks[k + 1].text == "." and toks[k + 2].text[:1].isdigit() \
                and toks[k - 1].text == "," and labels[k - 2] == "title":
            labels[k - 1:k + 3] = ["title"] * 4


def _collection_cut_from_the_archive(toks, labels: list[str]) -> None:
    """`British Library, India Office Records, IOR/L/PJ/6/412`: a repository's name ends
    at a comma, never inside a phrase; an archive run cut off mid-phrase by the
    signature gives the phrase's first words (`India`) to the signature too."""
    for label, first, last in _runs(labels):
        after = last + 1
        if label != "archive" or after >= len(toks) or labels[after] != "shelfmark" \
                or not toks[after].text[:1].isupper() or toks[last].text in ",()":
            continue
        comma = max((k for k in range(first, last) if toks[k].text == "," and not toks[k].paren), default=None)
        if comma is not None:
            labels[comma + 1:after] = ["shelfmark"] * (after - comma - 1)


LEGAL_MARKS = {"v", "Act", "Deb", "Pub", "at", "re", "parte"}
"""Words one of which every form `parse.legal` reads holds (`v.`, `In re`, `Ex parte`, `Act`, `HC Deb`, `Pub. L.`, `at`)."""


def _legal_citations_open_at_their_semicolon(toks, labels: list[str]) -> None:
    """`Carver v. Lusk Mills Co., 118 Mass. 402, 405 (1875); see also Carver, 118 Mass.
    at 407`: a part of the note between top-level `;` that is a law report, statute or
    debate in its fixed form (`parse.legal`) is a citation of its own, whatever the
    model made of its words: it opens with a label that opens a citation (after its
    lead words), so the note is cut there, and the legal reader reads it."""
    if not _has_text(toks, LEGAL_MARKS):
        return                                                # no `v.`, `Act`, `Deb`, `Pub.`, `at`: nothing to read
    start = 0
    for stop in _citation_ends(toks):
        first = start
        while first < stop and (toks[first].text.lower() in LEAD_WORDS | LEAD_ALSO_WORDS | LEAD_PRELUDE_WORDS
                                or toks[first].text in ".,"):
            first += 1
        if first < stop - 1 and read_legal(_text(toks, first, stop - 1)) is not None:
            labels[start:first] = ["prefix"] * (first - start)
            labels[first:stop] = ["author"] + ["title"] * (stop - first - 1)    # a label that opens a citation
        start = stop + 1
