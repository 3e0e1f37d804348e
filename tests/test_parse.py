"""Stage 3: one citation per footnote form -> its CSL fields, form and pinpoint.

Made-up citations written in the real forms of history and the humanities
(Chicago and British imprints, journals, archives of several countries,
roles in several languages, short forms and ibid.), with and without
emphasis. Each case asserts the fields that form must yield.
"""
from __future__ import annotations

import pytest

from nkcite import parse_citation


def _subset(expected: dict, work: dict) -> list[str]:
    """The expected fields the work lacks or has otherwise."""
    return [f"{k}: expected {v!r}, got {work.get(k)!r}" for k, v in expected.items() if work.get(k) != v]


CASES = [
    # books
    pytest.param("Ann Smith, *A History of the Port* (Leiden: Brill, 1999), 12.",
                 {"type": "book", "title": "A History of the Port", "publisher-place": "Leiden", "publisher": "Brill",
                  "issued": {"date-parts": [[1999]]}, "author": [{"family": "Smith", "given": "Ann"}]},
                 "12", id="book, Chicago, emphasis"),
    pytest.param("Ann Smith, A History of the Port (Leiden: Brill, 1999), 12.",
                 {"type": "book", "title": "A History of the Port", "publisher-place": "Leiden", "publisher": "Brill"},
                 "12", id="book, Chicago, no emphasis"),
    pytest.param("Peter Hartley, The Salt Trade of Cheshire (London, 1975) p. 60.",
                 {"type": "book", "title": "The Salt Trade of Cheshire", "publisher-place": "London",
                  "issued": {"date-parts": [[1975]]}}, "60", id="British imprint, place and year"),
    pytest.param("Maria Keller, The River and the City: Trade on the Rhine, 1500-1700 (Cambridge: Cambridge "
                 "University Press, 2011), 45-47.",
                 {"title": "The River and the City: Trade on the Rhine, 1500-1700", "publisher": "Cambridge University Press"},
                 "45-47", id="subtitle and dates in the title"),
    pytest.param("Tom Reed, The Guilds of Norwich. Crafts and Councils in an English Town (Oxford: Clarendon, 2004), 9.",
                 {"title": "The Guilds of Norwich. Crafts and Councils in an English Town", "publisher": "Clarendon"},
                 "9", id="subtitle after a full stop"),
    pytest.param("Claire Dubois, Les marchands de Lyon, 2nd ed. (Paris: Fayard, 1988), 112.",
                 {"type": "book", "edition": "2", "publisher-place": "Paris", "publisher": "Fayard"}, "112", id="edition"),
    # articles
    pytest.param('John Marsh, "Grain and Credit in Rural Bengal," Journal of Asian History 43, no. 1 (1968): 4.',
                 {"type": "article-journal", "container-title": "Journal of Asian History", "volume": "43", "issue": "1",
                  "issued": {"date-parts": [[1968]]}, "title": "Grain and Credit in Rural Bengal"}, "4",
                 id="journal: volume, number, year, pinpoint"),
    pytest.param('Ann Smith, "The Word \'Nation\' in Early Modern Spain," *Past and Present* 61 (1973): 28-30.',
                 {"title": "The Word 'Nation' in Early Modern Spain", "container-title": "Past and Present", "volume": "61"},
                 "28-30", id="quoted word inside a title"),
    # names
    pytest.param("Weber M., Die Stadt und das Land, Tübingen 1921, S. 14.",
                 {"author": [{"family": "Weber", "given": "M."}], "publisher-place": "Tübingen",
                  "issued": {"date-parts": [[1921]]}}, "14", id="Surname I. name, German pinpoint"),
    pytest.param("Rossi, G., Storia della Repubblica, Firenze 1895.",
                 {"author": [{"family": "Rossi", "given": "G."}], "title": "Storia della Repubblica",
                  "publisher-place": "Firenze", "issued": {"date-parts": [[1895]]}}, None,
                 id="bibliography style, Surname, I."),
    # roles
    pytest.param('Luis Vega, "Silver and Salt," in The Andes in Colonial Times, ed. Rosa Paredes (Lima: IEP, 1990), 77.',
                 {"type": "chapter", "container-title": "The Andes in Colonial Times",
                  "editor": [{"family": "Paredes", "given": "Rosa"}]}, "77", id="chapter, ed."),
    pytest.param("Karl Brandt, ed., Quellen zur Geschichte der Hanse (Köln: Böhlau, 1970), 3.",
                 {"editor": [{"family": "Brandt", "given": "Karl"}], "title": "Quellen zur Geschichte der Hanse"},
                 "3", id="editor before the title"),
    pytest.param("P. Conti, Lettere di mercanti veneziani, a cura di L. Bruni, Venezia 1954, p. 33.",
                 {"editor": [{"family": "Bruni", "given": "L."}], "publisher-place": "Venezia"}, "33", id="a cura di"),
    pytest.param("Marcel Blanc, Journal d'un voyage, trans. Ellen Hart (Boston: Beacon, 1975), 20.",
                 {"translator": [{"family": "Hart", "given": "Ellen"}], "publisher": "Beacon"}, "20", id="trans."),
    # short forms and ibid
    pytest.param("Ibid., 14.", {}, "14", id="ibid with page"),
    pytest.param("Ebd., S. 3.", {}, "3", id="German ibid"),
    pytest.param("Ivi, p. 5.", {}, "5", id="Italian ibid"),
    # archives
    pytest.param('"Note on a Conversation with the Ambassador," 4 May 1961, AVPRF, f. 07, op. 22, pa. 36, d. 220, l. 270.',
                 {"type": "manuscript", "archive": "AVPRF", "archive_location": "f. 07, op. 22, pa. 36, d. 220, l. 270",
                  "issued": {"date-parts": [[1961, 5, 4]]}}, None, id="Soviet archive signature"),
    pytest.param("Memorandum for the President, 12 March 1969, FO 371/69824, TNA.",
                 {"type": "manuscript", "archive_location": "FO 371/69824", "archive": "TNA"}, None, id="UK shelf mark"),
    pytest.param("Governor to the King, 3 June 1751, AGI, Santa Fe 552, f. 3r.",
                 {"type": "manuscript", "archive": "AGI", "archive_location": "Santa Fe 552, f. 3r"}, None,
                 id="Spanish archive, folio inside the signature (CONVENTIONS §1)"),
    pytest.param("ASVe, Senato, Deliberazioni, reg. 12, c. 5v.",
                 {"type": "manuscript", "archive": "ASVe"}, None, id="Italian archive"),
    pytest.param("Mary Cole to James Cole, 3 May 1861, Cole Family Papers, Box 3, Folder 12, Library of Congress.",
                 {"type": "manuscript", "archive": "Library of Congress"}, None, id="letter in a manuscript collection"),
    # interviews, newspapers, web
    pytest.param("Pedro Alvarez, interview by author, Cambridge, Mass., 28 Sept. 2005.",
                 {"type": "interview", "author": [{"family": "Alvarez", "given": "Pedro"}],
                  "issued": {"date-parts": [[2005, 9, 28]]}}, None, id="interview"),
    pytest.param("*Rodong Sinmun*, March 27, 1965.",
                 {"type": "article-newspaper", "container-title": "Rodong Sinmun",
                  "issued": {"date-parts": [[1965, 3, 27]]}}, None, id="newspaper issue"),
    pytest.param('"Fire at the Docks," *Daily Herald*, 3 July 1923, 5.',
                 {"container-title": "Daily Herald", "issued": {"date-parts": [[1923, 7, 3]]}, "title": "Fire at the Docks"},
                 "5", id="newspaper article"),
    pytest.param('Ann Smith, "Rice and Rails," *Journal of Port History* 12, no. 2 (1999): 45-60.',
                 {"type": "article-journal", "container-title": "Journal of Port History", "volume": "12",
                  "issue": "2", "page": "45-60"}, None, id="article with its extent, labelled a pinpoint by the model"),
    pytest.param('Ann Smith, "Rice and Rails," *Journal of Port History* 12, no. 2 (1999): 45-47.',
                 {"type": "article-journal", "volume": "12", "issue": "2"}, "45-47", id="article with a short range: the pinpoint"),
    pytest.param("G. Ferri (a cura di), *Il porto e la laguna* (Venezia: Marsilio, 1998), 12.",
                 {"editor": [{"family": "Ferri", "given": "G."}], "publisher": "Marsilio"}, "12",
                 id="the role after the names in parentheses (a cura di)"),
    pytest.param("R. Neri, Le mura della città, «Studi veneziani», 12 (1970), pp. 45-60.",
                 {"title": "Le mura della città", "container-title": "Studi veneziani", "page": "45-60"}, None,
                 id="Italian: the journal in guillemets after an unquoted title"),
    pytest.param("R. Neri, Le mura della città, in Studi per Gino Rossi, Padova 1975, pp. 45-60.",
                 {"title": "Le mura della città", "container-title": "Studi per Gino Rossi"}, None,
                 id="Italian: the volume after `, in`"),
    pytest.param("Le mura della città, Einaudi, Torino, 1991.",
                 {"title": "Le mura della città", "publisher": "Einaudi", "publisher-place": "Torino"}, None,
                 id="European imprint: publisher, place, year"),
    pytest.param('"Record of a Talk," 14 June 1961, RGANI, f. 5, op. 30, d. 12, ll. 22–25.',
                 {"archive": "RGANI", "archive_location": "f. 5, op. 30, d. 12, ll. 22–25"}, None,
                 id="a range inside a Soviet signature stays whole"),
    pytest.param("Memorandum of conversation, March 12, 1965, FRUS, 1964–1968, vol. 30, doc. 45.",
                 {"issued": {"date-parts": [[1965, 3, 12]]}}, None, id="words beside a date are kept, not dropped"),
    pytest.param("Author's interview with Lena Hart, Leeds, May 3, 2005.",
                 {"type": "interview", "author": [{"family": "Hart", "given": "Lena"}], "event-place": "Leeds"},
                 None, id="author's interview with X: X is the author (CONVENTIONS)"),
    pytest.param("Ann Reed to John Platt, letter, 3 May 1921, Reed Papers, box 2, folder 4, Leeds University Library.",
                 {"author": [{"family": "Reed", "given": "Ann"}], "recipient": [{"family": "Platt", "given": "John"}],
                  "archive": "Leeds University Library"}, None, id="a letter: X to Y is writer and recipient"),
    pytest.param("Ann Hale, ed., Our Common Sea: Essays on the Baltic (Boston: Beacon, 1990), 12.",
                 {"editor": [{"family": "Hale", "given": "Ann"}], "title": "Our Common Sea: Essays on the Baltic"}, "12",
                 id="the names end at their role word"),
    pytest.param('"Rice Prices Rise," *Java Courant*, March 3, 1921.',
                 {"type": "article-newspaper", "title": "Rice Prices Rise", "container-title": "Java Courant",
                  "issued": {"date-parts": [[1921, 3, 3]]}}, None, id="quoted title then an emphasised periodical"),
    pytest.param("Edward Hale and Tracy Moreno, *The Ports of the Levant* (Boston: Beacon, 1988), 40.",
                 {"author": [{"family": "Hale", "given": "Edward"}, {"family": "Moreno", "given": "Tracy"}],
                  "publisher": "Beacon"}, "40", id="given names that begin like role words (Ed-, Tr-)"),
    pytest.param('"The Harbour Archive," Port History Society, accessed March 3, 2024, https://example.org/harbour.',
                 {"URL": "https://example.org/harbour", "accessed": {"date-parts": [[2024, 3, 3]]}}, None, id="web page"),
    # found in session 16 (made-up citations of the forms that failed)
    pytest.param("Lindqvist, Harbour Towns of the Baltic, 41.",
                 {"author": [{"family": "Lindqvist"}], "title": "Harbour Towns of the Baltic"}, "41",
                 id="surname, short title, page: the title is no given name"),
    pytest.param("Krause 2009, 27.", {"author": [{"family": "Krause"}], "issued": {"date-parts": [[2009]]}}, "27",
                 id="author-date short form: the number after the year is the pinpoint"),
    pytest.param("Hollis, Salt and Empire (Oxford, 1961), 1988.", {"issued": {"date-parts": [[1961]]}}, None,
                 id="a year after the year is no pinpoint"),
    pytest.param("Vogel, Sabine (2012): Märkte und Moral. In: Brandt, Erik (Hg.): Wirtschaft im Wandel. "
                 "Leipzig: Meiner, S. 45–67.",
                 {"type": "chapter", "title": "Märkte und Moral", "container-title": "Wirtschaft im Wandel",
                  "editor": [{"family": "Brandt", "given": "Erik"}], "page": "45–67"}, None,
                 id="German chapter: In: editors (Hg.): book"),
    pytest.param("Roth, Ingrid: Stadtgeschichte. 3. Aufl. München 2008, S. 12.",
                 {"author": [{"family": "Roth", "given": "Ingrid"}], "title": "Stadtgeschichte", "edition": "3",
                  "publisher-place": "München"}, "12", id="German: Surname, Given: Title, N. Aufl."),
    pytest.param("Clara Jensen to Otto Brandt, 9 April 1948, box 7, folder 2, Brandt Family Papers, "
                 "Wisconsin Historical Society, Madison.",
                 {"type": "manuscript", "genre": "Letter", "title": "Clara Jensen to Otto Brandt",
                  "author": [{"family": "Jensen", "given": "Clara"}], "recipient": [{"family": "Brandt", "given": "Otto"}],
                  "archive": "Wisconsin Historical Society"}, None,
                 id="a letter in an archive: the heading names writer and recipient, the holder is the archive"),
    pytest.param("Cable from the Consulate in Manila to the Foreign Office, 3 June 1958, FO 371/99812, "
                 "The National Archives, Kew.",
                 {"type": "manuscript", "genre": "Cable", "author": [{"literal": "Consulate in Manila"}],
                  "recipient": [{"literal": "Foreign Office"}], "archive": "The National Archives", "archive-place": "Kew"},
                 None, id="a cable's heading from X to Y: sender and recipient literals"),
    pytest.param("Memorandum, Harlan to Brooks, 9 May 1971, White House Central Files, box 12, "
                 "Ford Presidential Library, Ann Arbor, MI.",
                 {"genre": "Memorandum", "author": [{"literal": "Harlan"}], "recipient": [{"literal": "Brooks"}],
                  "archive": "Ford Presidential Library", "archive-place": "Ann Arbor, MI"}, None,
                 id="a memorandum, X to Y; an archive's place with its state code"),
    pytest.param("Harriet Vance, Open Waters: A Memoir (New York: Knopf, 2004), 88.",
                 {"author": [{"family": "Vance", "given": "Harriet"}], "title": "Open Waters: A Memoir"}, "88",
                 id="given-first name, then a title with a colon: the title's first words are no given name"),
    pytest.param("Appel, Konrad Maria. Grenzen: Ein Versuch. Berlin: Akademie, 1999.",
                 {"author": [{"family": "Appel", "given": "Konrad Maria"}], "title": "Grenzen: Ein Versuch"}, None,
                 id="Surname, Given. Title: the colon after the title is no name's"),
    pytest.param("Interview with Park Min-ho, Busan, 2 July 2011.",
                 {"type": "interview", "author": [{"family": "Park", "given": "Min-ho"}]}, None,
                 id="Interview with X: X is the author"),
    pytest.param('"Dock Strike Ends," Baltimore Sun, March 9, 1959, B4.',
                 {"type": "article-newspaper", "container-title": "Baltimore Sun"}, "B4",
                 id="a newspaper page with its section letter is the pinpoint"),
    pytest.param("Noor Aziz, “The Quiet Ports, 1950–1960,” in Harbours of Asia, ed. Lin Wu (Leiden: Brill, 2011), 33–58.",
                 {"type": "chapter", "title": "The Quiet Ports, 1950–1960", "container-title": "Harbours of Asia",
                  "page": "33–58"}, None, id="a quoted title ends at its closing quote, then in Container"),
    pytest.param("P. Roux, « Les quais et leurs gens », dans Histoire des ports, éd. J. Blanc, Paris, Seuil, 1990, "
                 "p. 11-40.", {"type": "chapter", "title": "Les quais et leurs gens", "container-title": "Histoire des ports"},
                 None, id="French: « title », dans container"),
    pytest.param("Anordnung des Landrats an die Gemeinden vom 4.6.1938, BArch, R 43/812, Bl. 7.",
                 {"issued": {"date-parts": [[1938, 6, 4]]}, "archive": "BArch"}, None,
                 id="German: a date in figures, day first"),
    pytest.param("L. Ferri, Le rendite della Zecca, in «Studi veneziani», 40 (1990), pp. 9-38, in part. p. 21.",
                 {"page": "9-38", "container-title": "Studi veneziani"}, "21",
                 id="Italian: the extent, then in part. the pinpoint"),
    pytest.param("Keller, Peter (2001): Arbeit und Zeit. In: Soziale Welt 52 (2), S. 101–120, hier S. 112.",
                 {"page": "101–120"}, "112", id="German: the extent, then hier the pinpoint"),
    pytest.param("AGI, Lima 312, ff. 4r–9v.",
                 {"archive": "AGI", "archive_location": "Lima 312, ff. 4r–9v"}, None,
                 id="leaves after fols. stay in the signature"),
    pytest.param("British Library, Add. MS 33012, fol. 9r.",
                 {"archive": "British Library", "archive_location": "Add. MS 33012, fol. 9r"}, None,
                 id="Add. MS opens the signature"),
    pytest.param("Il porto franco, a cura di M. Berti, Venezia, Marsilio, 2001 (Studi di storia marittima, 7), p. 3.",
                 {"collection-title": "Studi di storia marittima", "collection-number": "7", "publisher": "Marsilio"},
                 "3", id="a series in parentheses after the imprint"),
    pytest.param("The Salt Road, directed by Anna Leer (Oslo: Fjord Film, 2003).",
                 {"type": "motion_picture", "title": "The Salt Road", "director": [{"family": "Leer", "given": "Anna"}]},
                 None, id="a film and its director"),
    pytest.param("Ola Berg, Fish and Credit, Working Paper No. 9 (Bergen: Coastal Institute, 1985), 4.",
                 {"type": "report", "collection-title": "Working Paper", "number": "9"}, "4",
                 id="a working paper's series and number"),
    pytest.param("Email from Rhea Okoro to the author, 2 April 2019.",
                 {"type": "personal_communication", "author": [{"family": "Okoro", "given": "Rhea"}],
                  "recipient": [{"literal": "the author"}]}, None, id="email from X to the author"),
    pytest.param("Tom Hale, e-mail to the author, 3 May 2015.",
                 {"type": "personal_communication", "genre": "e-mail", "recipient": [{"literal": "the author"}]}, None,
                 id="X, e-mail to the author"),
    pytest.param("The Lost Atlas, ed. and trans. Mira Kovač (Oxford: Clarendon Press, 1999), 12.",
                 {"editor": [{"family": "Kovač", "given": "Mira"}], "translator": [{"family": "Kovač", "given": "Mira"}]},
                 "12", id="ed. and trans.: editor and translator"),
    pytest.param("G. Neri, Il mare e la città, trad. it. di L. Conti, Torino, Einaudi, 1998, p. 7.",
                 {"translator": [{"family": "Conti", "given": "L."}], "publisher-place": "Torino"}, "7",
                 id="Italian: trad. it. di X is the translator"),
    pytest.param("Encyclopedia of the Baltic, 3rd ed., s.v. “Herring.”",
                 {"type": "entry-encyclopedia", "title": "Herring", "container-title": "Encyclopedia of the Baltic",
                  "edition": "3"}, None, id="s.v.: an encyclopedia entry"),
    pytest.param("Dizionario del mare, s.v. «Galea».",
                 {"type": "entry-dictionary", "title": "Galea", "container-title": "Dizionario del mare"}, None,
                 id="s.v.: a dictionary entry"),
    pytest.param("Bundesinstitut für Berufsbildung (Hg.) (2009): Berufe im Wandel. Bonn: BIBB, S. 4.",
                 {"editor": [{"literal": "Bundesinstitut für Berufsbildung"}]}, "4",
                 id="German: an institution as editor is a literal"),
    pytest.param("Note by R. F. Lyle, 3 March 1957, FO 371/88412, The National Archives, Kew.",
                 {"type": "manuscript", "title": "Note by R. F. Lyle", "author": [{"family": "Lyle", "given": "R. F."}]},
                 None, id="an archival heading X by Y: Y wrote it"),
    pytest.param("Polish Embassy in Beijing, Annual Report for 1958, 2 February 1959, AMSZ, z. 8, t. 112, k. 4.",
                 {"author": [{"literal": "Polish Embassy in Beijing"}], "title": "Annual Report for 1958"}, None,
                 id="a body, then its record's title"),
    pytest.param("Hungarian Legation in Hanoi to Foreign Ministry, 9 June 1966, MOL, XIX-J-1-j, box 3.",
                 {"author": [{"literal": "Hungarian Legation in Hanoi"}], "recipient": [{"literal": "Foreign Ministry"}]},
                 None, id="a body to a body"),
    pytest.param("ASVe, Senato, Dispacci, Napoli, filza 7, c. 33r, lettera di G. Morosini a F. Contarini, 2 maggio 1601.",
                 {"archive": "ASVe", "archive_location": "Senato, Dispacci, Napoli, filza 7, c. 33r",
                  "title": "lettera di G. Morosini a F. Contarini", "author": [{"family": "Morosini", "given": "G."}]},
                 None, id="Italian: the record described after its signature"),
    pytest.param("Brandt, Ulrich: Die Stadt am Fluss, in: Die Woche, Nr. 12, 3.4.1998, S. 5.",
                 {"type": "article-newspaper", "container-title": "Die Woche", "issued": {"date-parts": [[1998, 4, 3]]}},
                 "5", id="German: a paper's issue with a full date is a newspaper article"),
    pytest.param("Roth, Ingrid: Stadtgeschichte. Frankfurt a. M.: Suhrkamp 2008, S. 12.",
                 {"publisher-place": "Frankfurt a. M."}, "12", id="a place's final abbreviation keeps its full stop"),
    pytest.param("StadtA Augsburg, Reichsstadt, Nr. 512, fol. 3r, Ratsprotokoll vom 4. Mai 1540.",
                 {"title": "Ratsprotokoll", "issued": {"date-parts": [[1540, 5, 4]]}}, None,
                 id="German: the record named after its signature"),
    pytest.param("Rosa Lind, “Tide Tables,” Harbour Notes (blog), May 2, 2016, https://harbour.example.org/tides.",
                 {"type": "post-weblog", "container-title": "Harbour Notes"}, None, id="(blog) after the site's name"),
    pytest.param("Ivo Marin, “Salt Roads,” Adriatic Review 12, no. 2 (2019): 40–61, https://doi.org/10.5555/ar.2019.12.",
                 {"DOI": "10.5555/ar.2019.12", "page": "40–61"}, None, id="a doi.org URL gives the DOI"),
    pytest.param("Lena Holm, “Herring,” in Encyclopedia of the North Sea, ed. Per Dahl (Oslo: Fjord, 2004), 12–13.",
                 {"type": "entry-encyclopedia", "container-title": "Encyclopedia of the North Sea"}, "12–13",
                 id="a quoted entry in an encyclopedia"),
    pytest.param("Rui Vale, interview by Ines Prado, June 4, 2012.",
                 {"type": "interview", "author": [{"family": "Vale", "given": "Rui"}],
                  "interviewer": [{"family": "Prado", "given": "Ines"}]}, None, id="interview by X: the interviewer"),
    pytest.param('"Harbour Plan Fails," editorial, Portland Herald, May 9, 2013.',
                 {"type": "article-newspaper", "genre": "editorial", "container-title": "Portland Herald"}, None,
                 id="an editorial is no editor"),
    pytest.param("Seneca, Epistulae morales 47.10.",
                 {"author": [{"family": "Seneca"}], "title": "Epistulae morales"}, "47.10",
                 id="a classical work's book and section are the pinpoint"),
    pytest.param("Ada Voss, The Long Shore, 2nd ed. (Leeds: Peepal, 2017), chap. 3.",
                 {"title": "The Long Shore", "edition": "2"}, "3", id="chap. N closing the citation"),
    pytest.param("Samir Haddad, Stone Harbours (Beirut: Dar, 2009), 14.",
                 {"author": [{"family": "Haddad", "given": "Samir"}], "title": "Stone Harbours"}, "14",
                 id="the names end at the comma before the title"),
    pytest.param('Ann Reed, "The Wool Duty" (1790), reprinted in Papers of the Wool Trade, ed. Ian Moss '
                 "(York: Minster Press, 1981), 4-9.",
                 {"type": "chapter", "container-title": "Papers of the Wool Trade", "title": "The Wool Duty"}, None,
                 id="reprinted in: the collection is the container"),
    pytest.param("Lessing to Nicolai, 2 April 1768, in Briefe, ed. Karl Baum, vol. 3 (Berlin: Aufbau, 1988), 51.",
                 {"author": [{"family": "Lessing"}], "recipient": [{"family": "Nicolai"}], "container-title": "Briefe",
                  "editor": [{"family": "Baum", "given": "Karl"}]},
                 "51", id="a letter in a published correspondence: writer, recipient, the edition's editor"),
    pytest.param('Ana Roca, "Dock Work in Lisbon," The Harbour History Project, May 3, 2018, '
                 "<https://www.example.org/blog-post/dock-work> (Accessed on June 2, 2020).",
                 {"type": "post-weblog", "container-title": "The Harbour History Project"}, None,
                 id="a site after a quoted title, no imprint: the container"),
    pytest.param("Commission of Inquiry, Report of the Commission established under resolution 2203 (2014), "
                 "United Nations, (March 3, 2017), pp. 4-5.",
                 {"title": "Report of the Commission established under resolution 2203 (2014)",
                  "issued": {"date-parts": [[2017, 3, 3]]}}, "4-5",
                 id="a year in brackets inside a title, the full date later"),
    pytest.param("Liu Fang, Nine Years' Quarrel: Memoirs of the Border Talks, 1960-1969 (Beijing: Renmin, 2001), 12.",
                 {"title": "Nine Years' Quarrel: Memoirs of the Border Talks, 1960-1969"}, "12",
                 id="a title's main part before its colon"),
    pytest.param('Ivan Orlov, "Torgovlia i gorod" [Trade and the town], Voprosy istorii, no. 5 (1991): 33–45.',
                 {"type": "article-journal", "title": "Torgovlia i gorod", "container-title": "Voprosy istorii",
                  "issue": "5", "note": "Translated title: Trade and the town."}, None,
                 id="a bracketed translation after a quoted title, then the journal the model read as a volume"),
    pytest.param('Anna Szabó, "A piac, 1950–1956" [The market, 1950–1956], Századok 130, no. 2 (1996): 301–20.',
                 {"title": "A piac, 1950–1956", "container-title": "Századok", "volume": "130",
                  "issued": {"date-parts": [[1996]]}}, None,
                 id="the years inside the translation are the title's, not the date"),
    pytest.param("Archives nationales (Paris), F12 1504, dossier 7.",
                 {"type": "manuscript", "archive": "Archives nationales", "archive-place": "Paris",
                  "archive_location": "F12 1504, dossier 7"}, None,
                 id="a signature the model left as commentary after the archive"),
    pytest.param("Archives départementales du Rhône, 3 E 4410.",
                 {"archive": "Archives départementales du Rhône", "archive_location": "3 E 4410"}, None,
                 id="an archive's name goes on after a particle"),
    pytest.param('"Acta del cabildo," 1711, Archivo General de Simancas, Valladolid (en adelante AGS), Guerra Antigua, '
                 "leg. 45.", {"archive": "Archivo General de Simancas", "archive-place": "Valladolid",
                              "archive_location": "Guerra Antigua, leg. 45"}, None,
                 id="the abbreviation a paper defines for an archive is no part of its name or signature"),
    pytest.param("Rita Hale, review of The Salt Road, by Omar Khan, Journal of Trade History 12, no. 3 (1990): 301–2.",
                 {"type": "review-book", "reviewed-title": "The Salt Road",
                  "reviewed-author": [{"family": "Khan", "given": "Omar"}], "container-title": "Journal of Trade History",
                  "volume": "12", "issue": "3"}, "301–2", id="a book review: the book reviewed and its author"),
    pytest.param("Karl Roth, Rezension zu: Die Zünfte, von Hans Lenz, in: Historische Zeitschrift 270 (2000), S. 140–142.",
                 {"type": "review-book", "reviewed-title": "Die Zünfte",
                  "reviewed-author": [{"family": "Lenz", "given": "Hans"}]}, "140–142", id="German: Rezension zu"),
    pytest.param("Interview der Verfasserin mit Karl Marsh, Leipzig, 12.3.2004.",
                 {"type": "interview", "author": [{"family": "Marsh", "given": "Karl"}],
                  "interviewer": [{"literal": "the author"}], "issued": {"date-parts": [[2004, 3, 12]]}}, None,
                 id="German: the author's interview; a numeric date is no dotted section number"),
    pytest.param("Liu Zhenhua to Kim Il Sung, 3 March 1964, PRC FMA 106-0143-02, 12.",
                 {"type": "manuscript", "author": [{"family": "Liu", "given": "Zhenhua"}],
                  "recipient": [{"family": "Kim", "given": "Il Sung"}], "title": "Liu Zhenhua to Kim Il Sung",
                  "genre": "Letter"}, None, id="a letter's heading the model read as one name"),
    pytest.param("Diego de Vargas al rey, Lima, 1 de marzo de 1602, AGI, Lima 31, n. 4.",
                 {"author": [{"family": "de Vargas", "given": "Diego"}], "recipient": [{"literal": "rey"}],
                  "event-place": "Lima", "issued": {"date-parts": [[1602, 3, 1]]}, "archive": "AGI"}, None,
                 id="Spanish: al rey, then the place of writing and the date"),
    pytest.param("Paolo Tron al Senato, Zara, 12 aprile 1571, ASVe, Senato, Dispacci, filza 5, c. 112r.",
                 {"author": [{"family": "Tron", "given": "Paolo"}], "event-place": "Zara",
                  "archive_location": "Senato, Dispacci, filza 5, c. 112r"}, None,
                 id="Italian: al Senato, the place of writing is no signature"),
    pytest.param("Ruth Hale to her mother, 12 June 1919, Hale Family Papers, box 3, folder 7, Smith College.",
                 {"author": [{"family": "Hale", "given": "Ruth"}], "recipient": [{"literal": "her mother"}]}, None,
                 id="a recipient named by kinship is a literal"),
    pytest.param('"Park Chung Hee Opens the Dam," Tong-a Ilbo, 14 April 1965, 1.',
                 {"type": "article-newspaper", "title": "Park Chung Hee Opens the Dam", "container-title": "Tong-a Ilbo"},
                 "1", id="a name inside a quoted headline is no author"),
    pytest.param('"Memorandum for the Record," 5 May 1961, FRUS, 1961–1963, vol. 22, doc. 213.',
                 {"type": "chapter", "container-title": "FRUS, 1961–1963", "volume": "22", "number": "213"}, None,
                 id="a document in a series of diplomatic documents: the series, volume and document number"),
    pytest.param("DBPO, 1945–1950, vol. 4, pt. 2, doc. 18.",
                 {"type": "book", "title": "DBPO, 1945–1950", "volume": "4, pt. 2", "number": "18"}, None,
                 id="a series of documents cited alone, with the part of its volume"),
    pytest.param("Interview with a former harbour official, Busan, May 2010.",
                 {"type": "interview", "title": "Interview with a former harbour official"}, None,
                 id="an interview with someone unnamed"),
    pytest.param("Chŏng Ŭn-ju, Kyŏngje wa sahoe [Economy and society] (Seoul: Nanam, 2001), 7.",
                 {"author": [{"family": "Chŏng", "given": "Ŭn-ju"}], "title": "Kyŏngje wa sahoe",
                  "note": "Translated title: Economy and society.", "publisher": "Nanam"}, "7",
                 id="a Korean name and a romanized title with its translation"),
    pytest.param("Vogt, Anna/Lenz, Jürgen: Arbeit und Armut in Berlin, 8. Aufl., Opladen 2001, S. 34.",
                 {"type": "book", "author": [{"family": "Vogt", "given": "Anna"}, {"family": "Lenz", "given": "Jürgen"}],
                  "title": "Arbeit und Armut in Berlin", "edition": "8", "publisher-place": "Opladen"}, "34",
                 id="German: the second of two inverted names, `in` a place in the title, `8. Aufl.` before the split"),
    pytest.param("Vgl. hierzu Vogt/Lenz 2010, S. 45 ff.", {"author": [{"family": "Vogt"}, {"family": "Lenz"}],
                                                          "issued": {"date-parts": [[2010]]}}, "45 ff.",
                 id="German author-date: a page reference is no signature"),
    pytest.param("Interview mit einer Pflegekraft im Klinikum, 12.4.2011.",
                 {"type": "interview", "title": "Interview mit einer Pflegekraft im Klinikum"}, None,
                 id="German: an interview with someone unnamed"),
    pytest.param("Anne Ward, The Marsh Road (London, 1788; repr., New York: Dover, 1990), 45.",
                 {"issued": {"date-parts": [[1990]]}, "original-date": {"date-parts": [[1788]]},
                  "publisher-place": "New York", "original-publisher-place": "London", "publisher": "Dover"}, "45",
                 id="a reprint: the edition cited is the reprint, the first imprint its original"),
    pytest.param("Lopez, M. (2001). River towns. In J. Hart (Ed.), Essays on rivers (pp. 12–40). Boston: Beacon.",
                 {"type": "chapter", "container-title": "Essays on rivers", "page": "12–40"}, None,
                 id="a chapter's pages in parentheses are its extent"),
    pytest.param("Hale also notes the price of salt in the ports of the north (Rita Hale, *Salt Roads*, 45-47).",
                 {"type": "book", "author": [{"family": "Hale", "given": "Rita"}], "title": "Salt Roads"}, "45-47",
                 id="a citation in parentheses closing a sentence of prose"),
    pytest.param("PARK Su-min also traces the grain trade across the strait (PARK Su-min, *The Grain Road*, pp.62-64).",
                 {"author": [{"family": "Park", "given": "Su-min"}], "title": "The Grain Road"}, "62-64",
                 id="a citation in parentheses after prose, the author's given name hyphenated"),
    pytest.param("SONG Ji-won, *The harbour we lived between*, pp.12-14.",
                 {"author": [{"family": "Song", "given": "Ji-won"}], "title": "The harbour we lived between"}, "12-14",
                 id="a page word closing the title is the pinpoint's"),
    pytest.param("RHEE Dong-su, *Harbour Songs of the Comrade RHEE Man-sik*, p.17.",
                 {"author": [{"family": "Rhee", "given": "Dong-su"}], "title": "Harbour Songs of the Comrade RHEE Man-sik"},
                 "17", id="a hyphenated given name before the emphasised title is the author's"),
    pytest.param("Royal Commission on Coastal Fisheries, Report on the Herring Trade of the North (London: HMSO, 1903), 4.",
                 {"author": [{"literal": "Royal Commission on Coastal Fisheries"}],
                  "title": "Report on the Herring Trade of the North", "publisher": "HMSO"}, "4",
                 id="a body's name the model cut short is the whole author"),
    pytest.param("Clara Voss, Geschichte der Hanse, 2 Bde. (Lübeck: Schmidt, 1961), Bd. 1, S. 34.",
                 {"title": "Geschichte der Hanse", "number-of-volumes": "2", "volume": "1"}, "34",
                 id="how many volumes a work has is not the volume cited"),
    pytest.param("La Gazette du Midi (Marseille), 14 février 1887.",
                 {"type": "article-newspaper", "container-title": "La Gazette du Midi", "publisher-place": "Marseille",
                  "issued": {"date-parts": [[1887, 2, 14]]}}, None,
                 id="a newspaper's issue: its place in parentheses, a day's date in French"),
    pytest.param("The Harbour Herald (Hull), 2 June 1911, 3.",
                 {"type": "article-newspaper", "container-title": "The Harbour Herald", "publisher-place": "Hull",
                  "issued": {"date-parts": [[1911, 6, 2]]}}, "3",
                 id="a day's date after the parenthesis is no pinpoint; the page after it is"),
    pytest.param("Idem, Les moulins du Nord (Colmar: Istra, 1926), 8.",
                 {"title": "Les moulins du Nord", "publisher-place": "Colmar", "publisher": "Istra"}, "8",
                 id="the words after an imprint's colon are the publisher"),
    pytest.param("Lucie Marchand, La vie rurale, 2 vols. (Paris: Colin, 1939–40).",
                 {"title": "La vie rurale", "number-of-volumes": "2", "issued": {"date-parts": [[1939]]}}, None,
                 id="a range of years in the imprint is no pinpoint"),
    pytest.param("Piero Landi, Le cronache della città, ed. Carla Bruni Neri, 4 vols. (Firenze: Olschki, 1962–65), 2:41.",
                 {"editor": [{"family": "Neri", "given": "Carla Bruni"}], "title": "Le cronache della città",
                  "volume": "2", "publisher": "Olschki"}, "41",
                 id="the edition's editor after the title: every word up to the comma (a check around the model)"),
    pytest.param("Letter from Clara Weiss to Anton Berger, 12 May 1856, in Briefe aus Wien, ed. Karl Huber "
                 "(Leipzig: Reclam, 1927), 1:190.",
                 {"type": "chapter", "title": "Letter from Clara Weiss to Anton Berger", "genre": "Letter",
                  "author": [{"family": "Weiss", "given": "Clara"}], "recipient": [{"family": "Berger", "given": "Anton"}],
                  "container-title": "Briefe aus Wien", "editor": [{"family": "Huber", "given": "Karl"}],
                  "volume": "1"}, "190",
                 id="a letter printed in a collection of letters is a chapter; its heading opens with Letter"),
    pytest.param("Anonymous, The Mariner's Compass Newly Set Forth (London, 1603), sig. C3v.",
                 {"type": "book", "title": "The Mariner's Compass Newly Set Forth", "publisher-place": "London"},
                 "C3v", id="a printed book's signature mark is the pinpoint, its leaf a folio"),
    pytest.param("Zhou Xiaolan, \"Speech at the Afro-Asian Rally in Cairo,\" 3 May 1960, in Collected Speeches of "
                 "Zhou Xiaolan, vol. 3 (Beijing: Renmin, 1985), 41–44.",
                 {"type": "chapter", "title": "Speech at the Afro-Asian Rally in Cairo",
                  "container-title": "Collected Speeches of Zhou Xiaolan", "volume": "3"}, "41–44",
                 id="a quoted title is whole across its hyphen and its `in`; the second title after `in` is the book"),
    pytest.param("Ministry of Trade, Office of Ports and Harbours, \"Harbour Dues in the Northern Ports,\" "
                 "Memorandum No. 12, 3 May 1951, 7.",
                 {"author": [{"literal": "Ministry of Trade, Office of Ports and Harbours"}],
                  "title": "Harbour Dues in the Northern Ports"}, "7",
                 id="a body's office before the quoted title is the author's"),
    pytest.param("Bianchi R., Storia delle saline di Chioggia, 2 voll., Padova-Rovigo 1951-53.",
                 {"author": [{"family": "Bianchi", "given": "R."}], "number-of-volumes": "2",
                  "publisher-place": "Padova-Rovigo", "issued": {"date-parts": [[1951], [1953]]}}, None,
                 id="Italian: a range of years after the place, no parentheses, is the date, not a pinpoint"),
    pytest.param("Moretti S., Cronaca della laguna, VIII voll., Venezia 1871-79, vol. IV, p. 31.",
                 {"number-of-volumes": "VIII", "volume": "IV"}, "31",
                 id="Italian: how many volumes, in roman figures, and the volume cited"),
    pytest.param("L. Ferri, Le saline dell'Adriatico, Torino, Einaudi, 1979 («Saggi», 612), pp. 3-9.",
                 {"publisher": "Einaudi", "issued": {"date-parts": [[1979]]}, "collection-title": "Saggi",
                  "collection-number": "612"}, "3-9",
                 id="Italian: a series in guillemets after the year is the collection, the year the date"),
    pytest.param("R. Neri, Le fiere del Polesine, in Storia dell'economia veneta, II/2, Rovigo 1977, pp. 101-140.",
                 {"type": "chapter", "container-title": "Storia dell'economia veneta", "publisher-place": "Rovigo"}, None,
                 id="Italian: an essay in a volume and its part, with the volume's place, is a chapter"),
    pytest.param("L. Ferri, Le saline dell'Adriatico, Milano 1994, cap. III.", {"title": "Le saline dell'Adriatico"},
                 "III", id="a chapter in roman figures is the pinpoint"),
    pytest.param("\"Salt Barges Sunk,\" The Harbour Herald (Hull), 3 May 1921, 4.",
                 {"type": "article-newspaper", "container-title": "The Harbour Herald", "publisher-place": "Hull"}, "4",
                 id="a newspaper article: the paper's place in parentheses is its place"),
    pytest.param("Archivo Histórico Provincial (AHP), Cádiz, Protocolos, leg. 812, exp. 4.",
                 {"archive": "Archivo Histórico Provincial", "archive-place": "Cádiz",
                  "archive_location": "Protocolos, leg. 812, exp. 4"}, None,
                 id="an archive's abbreviation in parentheses before its place is no part of its name"),
    pytest.param("Arquivo Distrital de Braga (ADB), Braga, Registo Geral, liv. 3, fl. 12.",
                 {"type": "manuscript", "archive": "Arquivo Distrital de Braga", "archive-place": "Braga",
                  "archive_location": "Registo Geral, liv. 3, fl. 12"}, None,
                 id="Portuguese: a repository the model read as an author is the archive"),
    pytest.param("Ana Lopes, Os portos do Norte, 3.ª ed. (Porto: Afrontamento, 2001), 12.",
                 {"title": "Os portos do Norte", "edition": "3", "publisher": "Afrontamento"}, "12",
                 id="Portuguese: an edition's ordinal with its indicator (3.ª ed.)"),
    pytest.param("Ana Vidal, Los puertos del Sur (Lima: IEP, 1990), 44, n. 12.",
                 {"title": "Los puertos del Sur", "publisher": "IEP"}, "44, n. 12",
                 id="a page and its note after the imprint are one pinpoint"),
    pytest.param("AGI, Quito 2210, carta del cabildo al rey, Quito, 3 de mayo de 1601, f. 12v.",
                 {"archive": "AGI", "archive_location": "Quito 2210, f. 12v", "issued": {"date-parts": [[1601, 5, 3]]},
                  "title": "carta del cabildo al rey", "event-place": "Quito"},
                 None, id="colonial Spanish: a bundle's number is no year; the heading is the title; the leaf continues the signature"),
    pytest.param("\"Report on the Harbour,\" 3 May 1961, Foreign Ministry Archives, Série B, carton 12. "
                 "Housed at National Archives, Kew, Box 44.",
                 {"archive": "Foreign Ministry Archives", "archive_location": "Série B, carton 12"}, None,
                 id="the box of a second repository is not the first archive's signature"),
    pytest.param("AN, F/7/13021, rapport du commissaire spécial de Lille, 9 avril 1911.",
                 {"archive": "AN", "title": "rapport du commissaire spécial de Lille",
                  "issued": {"date-parts": [[1911, 4, 9]]}}, None,
                 id="French archives: a lower-case heading after the signature is the title, its first word no date"),
    pytest.param('Ruth Garner, "Barn Dances," in The Prairie in American Song, ed. Lee Ames and Carol Witt '
                 '(Lincoln: University of Nebraska Press, 1998), 33–58.',
                 {"type": "chapter", "title": "Barn Dances", "container-title": "The Prairie in American Song",
                  "page": "33–58"}, None,
                 id="no emphasis: a chapter's container read partly into its quoted title is the container whole"),
    pytest.param("K. Owen, 'The Drovers of Wales', Welsh History Review 9 (1979), 120-44, at 130.",
                 {"title": "The Drovers of Wales", "container-title": "Welsh History Review", "volume": "9"}, "130",
                 id="British plain text: straight single quotes around the title are no part of it"),
    pytest.param("Zie ook P. de Wit, 'Schippers in de Zeeuwse havens, 1650-1750', Tijdschrift voor Zeegeschiedenis "
                 "14 (1995), nr. 2, p. 101-120.",
                 {"title": "Schippers in de Zeeuwse havens, 1650-1750", "container-title": "Tijdschrift voor Zeegeschiedenis",
                  "issue": "2", "page": "101-120"}, None,
                 id="a title in single quotes ends at its quote and comma; the journal after it is whole"),
    pytest.param("Hans Otto, Die Stadt im Krieg, 1914-1918, trad. de l'allemand par Lucie Blanc, Paris, Aubier, 1985, p. 9.",
                 {"title": "Die Stadt im Krieg, 1914-1918", "translator": [{"family": "Blanc", "given": "Lucie"}],
                  "publisher": "Aubier"}, "9",
                 id="French: the translator after the language translated from (trad. de l'allemand par)"),
    pytest.param("SOMCHAI Hyok-mo, *with SOMCHAI Il-sung*, p.205",
                 {"author": [{"family": "Somchai", "given": "Hyok-mo"}], "title": "with SOMCHAI Il-sung"}, "205",
                 id="names do not run into the emphasised title after their comma"),
    pytest.param("LÊ Hyok-mo, *Complete LÊ Il-sung*, p.396.",
                 {"title": "Complete LÊ Il-sung", "type": "book"}, "396",
                 id="an emphasised run after the names in a citation with no title is the book, not a periodical"),
]


@pytest.mark.parametrize("raw, fields, locator", CASES)
def test_parse_forms(raw, fields, locator):
    cit = parse_citation(raw)
    assert _subset(fields, cit.work) == []
    assert cit.locator == locator


@pytest.mark.parametrize("raw, form", [
    pytest.param("Ibid., 14.", "ibid", id="ibid"),
    pytest.param("Ebd., S. 3.", "ibid", id="ebd"),
    pytest.param("Ivi, p. 5.", "ibid", id="ivi"),
    pytest.param("Ibidem, p. 5.", "ibid", id="ibidem"),
    pytest.param("Nansen, Through the Ice, 368.", "short", id="author and short title"),
    pytest.param("Kuethe, 132.", "short", id="author and page"),
    pytest.param("Smith, op. cit., p. 12.", "short", id="op. cit."),
    pytest.param("Baumann, a. a. O., S. 71.", "short", id="a. a. O. (German op. cit.)"),
    pytest.param("Baumann, a.a.O., S. 71.", "short", id="a.a.O. written close"),
    pytest.param("Ferri, Le rendite cit., p. 30.", "short", id="Italian cit. after a short title"),
    pytest.param("Vogt, Gilden (wie Anm. 12), S. 40.", "short", id="German: wie Anm. N points to an earlier note"),
    pytest.param("Hale, Salt (see n. 4 above), 12.", "short", id="see n. N above"),
    pytest.param("Ortiz, River Archive, 90.", "short", id="a short title holding the word Archive"),
    pytest.param("Id., p. 9.", "short", id="id. (the same author) is short, not ibid. (CONVENTIONS)"),
    pytest.param("Reded Didedab, *The Port* (Seoul: Rede Press, 1990), 12.", "full",
                 id="one name and an imprint: a first citation"),
])
def test_parse_forms_of_repeats(raw, form):
    cit = parse_citation(raw)
    assert (cit.form if cit.form != "full" else ("short" if cit.looks_short else "full")) == form


def test_same_parse_with_and_without_emphasis():
    with_stars = parse_citation("Ann Smith, *A History of the Port* (Leiden: Brill, 1999), 12.")
    without = parse_citation("Ann Smith, A History of the Port (Leiden: Brill, 1999), 12.")
    assert with_stars.work == without.work and with_stars.locator == without.locator


def test_nothing_usable_keeps_the_raw_text():
    cit = parse_citation("*.*.")
    assert cit.work.get("note") == "*.*."


def test_no_empty_note_field():
    """Found in session 15: a reader's empty remainder became `"note": ""`."""
    cit = parse_citation("*Songbird*, 31 March 1971, <https://news.example.org/2/asia/696970.stm> "
                         "(accessed December 10, 2012).")
    assert cit.work.get("note", "x").strip()


@pytest.mark.parametrize("note, prefix, names, locator", [
    pytest.param("Vgl. hierzu ausführlich Klein, Paul: Macht und Raum, in: Leviathan 12 (1984), S. 88–101, hier S. 90.",
                 "Vgl. hierzu ausführlich", [{"family": "Klein", "given": "Paul"}], "90",
                 id="German: prose words in the lead-in, `hier S.` pinpoint"),
    pytest.param("Schmidt, Anna/Weber, Karl (Hrsg.): Handbuch der Stadt. Wiesbaden: Springer VS 2015, S. 112.",
                 None, [{"family": "Schmidt", "given": "Anna"}, {"family": "Weber", "given": "Karl"}], None,
                 id="German: names separated by a slash"),
    pytest.param("see van der Berg, *Ports of the North* (Leiden, 1990), 4.", "see", [{"family": "van der Berg"}], "4",
                 id="a family name with particles and no given name"),
    pytest.param("Vgl. hierzu grundlegend Albers (2004), S. 17.", "Vgl. hierzu grundlegend", [{"family": "Albers"}],
                 "17", id="German: prose words before a surname alone"),
    pytest.param("Sobre el comercio, véase Marta Rey, Historia del puerto (Cádiz: Alfar, 1994), 18.", "véase",
                 [{"family": "Rey", "given": "Marta"}], "18", id="Spanish: a clause of prose, then the lead word"),
    pytest.param('Ver também Ana Paula Reis, "Os engenhos," Revista de História 9, no. 2 (1990): 3–20.', "Ver também",
                 [{"family": "Reis", "given": "Ana Paula"}], None,
                 id="Portuguese: the name after the lead-in, before a quoted title, is the author"),
    pytest.param("Zie ook Jan de Wit, De Zeeuwse handel (Middelburg: Boom, 2001), 7.", "Zie ook",
                 [{"family": "de Wit", "given": "Jan"}], "7", id="Dutch: a name the model read into the title"),
    pytest.param("Si veda anche L. Ferro, Il porto franco, Trieste, Lint, 1985, p. 9.", "Si veda anche",
                 [{"family": "Ferro", "given": "L."}], "9", id="Italian: si veda anche"),
    pytest.param('On the harbour, see "Report of the Dock Board," 1911, Port Archive, Hull, box 3.', "see", None, None,
                 id="English: a clause of prose before a quoted title"),
])
def test_lead_ins_and_names_of_other_habits(note, prefix, names, locator):
    from nkcite.parse.citation import cite_note
    [cit] = cite_note(note)
    assert (cit.prefix, cit.work.get("author") or cit.work.get("editor")) == (prefix, names)
    if locator:
        assert cit.locator == locator


def test_what_a_date_segment_holds_besides_the_date_is_kept():
    cit = parse_citation("Memorandum of conversation, March 12, 1965, FRUS, 1964–1968, vol. 30, doc. 45.")
    assert "FRUS" in " ".join(str(v) for v in cit.work.values())


def test_a_bare_closing_number_is_the_pinpoint():
    cit = parse_citation("Hale, op. cit., 12-14.")
    assert (cit.form, cit.locator, "note" in cit.work) == ("short", "12-14", False)


@pytest.mark.parametrize("note, expected", [
    pytest.param("Hale, Salt and Empire, 44; Kim, Rice, 3.", [("short", "44"), ("short", "3")],
                 id="a number read as a date alone"),
    pytest.param("Rossi S., Storia di Venezia. Venezia, 1853-1861.", [("full", None)],
                 id="the years of a work in volumes are no pinpoint"),
])
def test_a_closing_number_that_is_no_date_is_the_pinpoint(note, expected):
    from nkcite.parse.citation import cite_note
    assert [(c.form if not c.looks_short else "short", c.locator) for c in cite_note(note)] == expected


def test_ferner_opens_the_second_citation_as_its_prefix():
    """German `ferner` (furthermore) before the next author is a prefix, not a given name."""
    from nkcite.parse.citation import cite_note
    first, second = cite_note("Kaufmann (1997), S. 12; ferner Lessing 2008, 77.")
    assert (second.prefix, second.work["author"], second.locator) == ("ferner", [{"family": "Lessing"}], "77")


def test_a_bare_number_before_a_semicolon_is_the_pinpoint_of_its_citation():
    from nkcite.parse.citation import cite_note
    assert [(c.form, c.locator) for c in cite_note("Hale, op. cit., 12; Reed, op. cit., 4-6.")] == [
        ("short", "12"), ("short", "4-6")]


def test_a_quoted_heading_the_model_read_as_a_name_is_the_title(corpus_graph):
    """Found in session 18 (Young, note 18): `"Lê Thanh Nghi, 'Report on ...,'" 1965, 8058 – ...`
    came out with the author `"Lê` and the Vietnamese title; the quoted heading is the title."""
    doc = next(d for d in corpus_graph.documents if d.id == "young-2019")
    ref_id = next(n for n in doc.notes if n.number == 18).citations[0].ref
    work = next(r for r in corpus_graph.references if r["id"] == ref_id)
    assert work["title"] == "Lê Thanh Nghi, 'Report on Meetings with Party Leaders of Eight Socialist Countries'"
    assert '"' not in str(work.get("author", ""))


def test_a_quote_never_closed_is_no_title_to_mend():
    """Found by the fuzzer in session 18: `“Ann Smith, ` (a quote the note never closes) crashed a repair rule."""
    cit = parse_citation("\u201cAnn Smith, ")
    assert cit.raw == "\u201cAnn Smith,"


def test_a_heading_word_read_as_a_date_at_the_end_of_a_citation_is_the_title():
    """Found when a retrained model read `rapport` as a date two tokens from the end:
    the check looked three tokens past it and raised IndexError."""
    from nkcite.parse.repair import citation_labels
    from nkcite.parse.tokens import tokenize
    toks = tokenize("AN, F/7/1, rapport du").tokens
    labels = ["archive", "archive"] + ["shelfmark"] * 6 + ["date", "title"]
    citation_labels(toks, labels)
    assert labels[-2:] == ["title", "title"]


def _labelled_tokens(*segments: tuple[str, str]):
    """The `Tokens` of the joined segments, and each token's label: its segment's."""
    from nkcite.parse.tokens import tokenize
    text = "".join(part for part, _ in segments)
    bounds, at = [], 0
    for part, label in segments:
        bounds.append((at + len(part), label))
        at += len(part)
    tokens = tokenize(text)                  # offsets are in the text without `*`: map them back
    where = (lambda tok: tokens.origin[tok.start]) if tokens.origin else (lambda tok: tok.start)
    return tokens, [next(label for end, label in bounds if where(tok) < end) for tok in tokens.tokens]


def _labelled(*segments: tuple[str, str]):
    tokens, labels = _labelled_tokens(*segments)
    return tokens.tokens, labels


def _assert_repaired(segments, expected):
    """The repairs turn the labelled segments into the expected text of each label (None: no such label)."""
    got = _repaired(*_labelled(*segments))
    assert {label: got.get(label) for label in expected} == expected


def _repaired(toks, labels):
    from nkcite.parse.repair import citation_labels, note_labels
    note_labels(toks, labels)
    citation_labels(toks, labels)
    return {label: " ".join(t.text for t, lab in zip(toks, labels) if lab == label) for label in dict.fromkeys(labels)}


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Interview with Park Min-ho, Busan, ", "author"), ("2 July 2011.", "date")],
                 {"genre": "Interview", "author": "with Park Min - ho ,", "place": "Busan ,"},
                 id="interview with X read all as names: the words after the person's comma are the place"),
    pytest.param([("Note by R. F. Lyle, ", "editor"), ("3 March 1957, ", "date"), ("FO 371/88412, ", "shelfmark"),
                  ("The National Archives, Kew.", "archive")],
                 {"title": "Note by R . F . Lyle ,"}, id="a heading X by Y read as an editor is the title"),
    pytest.param([("Rosa Lind, ", "author"), ("“Tide Tables,” ", "title"), ("Harbour Notes (blog), ", "genre"),
                  ("May 2, 2016.", "date")],
                 {"container": "Harbour Notes", "genre": "( blog ) ,"},
                 id="a site's name read as the genre with its (blog) is the container"),
    pytest.param([('"Harbour Plan Fails," ', "title"), ("editorial, ", "publisher"), ("Portland Herald, ", "place"),
                  ("May 9, 2013.", "date")],
                 {"genre": "editorial ,", "container": "Portland Herald ,"},
                 id="editorial read as the publisher is the genre, the paper after it the container"),
    pytest.param([('"Memorandum for the Record," ', "title"), ("5 May 1961, ", "date"), ("FRUS, 1961–1963, ", "container"),
                  ("vol. 22, ", "volume"), ("doc. ", "note"), ("213.", "locator")],
                 {"volume": "vol . 22 , doc . 213 ."}, id="doc. as commentary and its number as the pinpoint are the volume's"),
    pytest.param([("Royal Commission on Coastal Fisheries, Report on the Herring Trade ", "title"), ("(London: ", "place"),
                  ("HMSO, ", "publisher"), ("1903), ", "date"), ("4.", "locator")],
                 {"author": "Royal Commission on Coastal Fisheries ,", "title": "Report on the Herring Trade"},
                 id="a body's name opening a plain title before an imprint is the author"),
    pytest.param([('"Dock Strike Ends," ', "title"), ("Baltimore Sun, ", "container"), ("March 9, 1959, ", "date"),
                  ("B4.", "shelfmark")],
                 {"locator": "B4 ."}, id="a section page read as a shelf mark after a periodical's date is the pinpoint"),
    pytest.param([("Sobre el comercio, véase Marta ", "prefix"), ("Rey, ", "author"), ("Historia del puerto ", "title"),
                  ("(Cádiz: ", "place"), ("Alfar, ", "publisher"), ("1994), ", "date"), ("18.", "locator")],
                 {"prefix": "véase", "author": "Marta Rey ,"}, id="a given name kept in the prefix after the lead word is the author's"),
    pytest.param([("Harbour Board, ", "author"), ("*Tide Tables*, ", "title"), ("(Leith: ", "place"), ("Harbour Board, ", "author"),
                  ("1979).", "date")],
                 {"author": "Harbour Board ,", "publisher": "Harbour Board ,"},
                 id="a body after the imprint's colon read as the author is the publisher"),
    pytest.param([("Anordnung des Landrats vom 4.", "title"), ("6.1938, ", "date"), ("BArch, ", "archive"),
                  ("R 43/812.", "shelfmark")],
                 {"date": "vom 4 . 6 . 1938 ,"}, id="a day read into the title before a month and year that read no date alone"),
    pytest.param([("Interview der ", "note"), ("Verfasserin mit Karl Marsh, ", "title"), ("Leipzig, ", "place"),
                  ("12.3.2004.", "date")],
                 {"genre": "Interview der Verfasserin mit", "author": "Karl Marsh ,", "place": "Leipzig ,"},
                 id="an interview's heading whose first words were read as commentary is its genre, the person its author"),
])
def test_repairs_of_labels_a_retrained_model_gave(segments, expected):
    """Found when the parser was retrained on sets 3 and 4 (session 20): each is a
    labelling the new model gave that the repairs did not yet mend."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("WEN Li, ", "author"), ("*Harbour Songs of Amoy*, p. 88.", "title")],
                 {"title": "Harbour Songs of Amoy ,", "locator": "p . 88 ."},
                 id="a page after the closed emphasis read into the title is the pinpoint"),
    pytest.param([("WEN Li, ", "author"), ("*Harbour Songs*, pp.251-252", "title")],
                 {"title": "Harbour Songs ,", "locator": "pp . 251 - 252"},
                 id="a range after the closed emphasis read into the title is the pinpoint"),
    pytest.param([("*Daily Post*, May 2, 1950; ", "title"), ("JONG ", "note"), ("Ki-jong, ", "author"),
                  ("*Tide*, p.9.", "locator")],
                 {"author": "JONG Ki - jong ,"},
                 id="a Korean family name opening a later citation read as commentary is the author's"),
    pytest.param([("HAN Su, ", "author"), ("*Tide*, ", "author"), ("p. 9.", "locator")],
                 {"author": "HAN Su ,", "title": "Tide ,"},
                 id="an emphasised run after the names read as one more name is the title"),
    pytest.param([("HAN Su, ", "author"), (",", "title"), ("*Tide of Songs*, ", "container"), ("p. 9.", "locator")],
                 {"title": ", Tide of Songs"},
                 id="a book read as a periodical after the names, with only a comma read as title"),
    pytest.param([("*Daily Post*, ", "title"), ("May 2, 1950; ", "date"), ("*Harbour News*, June 3, ", "note"),
                  ("1951.", "locator")],
                 {"title": "Daily Post , Harbour News ,", "date": "May 2 , 1950 ; June 3 , 1951 ."},
                 id="a periodical and its full date after a ; read as commentary is an issue"),
    pytest.param([("*Daily Post*, ", "title"), ("May 2, 1950; ", "date"), ("*Harbour News*, a rare copy, ", "note"),
                  ("1951.", "locator")],
                 {"title": "Daily Post ,", "locator": "1951 ."},
                 id="an emphasised name and words before the year: not an issue, left to the model"),
    pytest.param([("WEN Li, ", "author"), ("*Harbour Songs*, pp. 3–9 and passim.", "title")],
                 {"title": "Harbour Songs , pp . 3 – 9 and passim .", "locator": None},
                 id="words after the pages: not a bare pinpoint, left to the model"),
])
def test_repairs_of_labels_the_corpus_benchmark_found(segments, expected):
    """Found by the corpus benchmark (session 21): a variant of a bundled paper's
    short form had its pinpoint read into the title, so it matched no work."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Archivo Histórico de ", "archive"), ("Tarija, ", "title"), ("leg. 4, exp. 2.", "shelfmark")],
                 {"archive": "Archivo Histórico de Tarija"},
                 id="an archive's name cut after `de` runs on to its comma"),
    pytest.param([("Northfield Archives and ", "archive"), ("Special Collections (NASC), ", "shelfmark"),
                  ("MS 14/2.", "shelfmark")],
                 {"archive": "Northfield Archives and Special Collections ( NASC )"},
                 id="an archive's name cut after `and` runs on to its bracket"),
    pytest.param([("Archives of ", "archive"), ("the diocese, ", "title"), ("box 3.", "shelfmark")],
                 {"archive": "Archives of"},
                 id="lower-case words after the cut: not a name, left to the model"),
    pytest.param([("*Diario del Sur* (Cuenca), 2 de mayo de 1930, sobre el puerto.", "title")],
                 {"title": "Diario del Sur ( Cuenca ) ,", "date": "2 de mayo de 1930", "note": ", sobre el puerto ."},
                 id="a periodical's full date read into its title is the issue's date, the words after it commentary"),
    pytest.param([("*Harbour Voices*, a weekly, 1930.", "title")], {"title": "Harbour Voices , a weekly , 1930 ."},
                 id="words and a year after the periodical's name: no full date, left to the model"),
    pytest.param([("Ann Lee, ", "author"), ("*Tides*, 4; ", "title"), ("and ", "author"), ("*Port News*, 4.", "title")],
                 {"author": "Ann Lee ,", "prefix": "and"},
                 id="a conjunction after the ; read as a name of its own leads into the next citation"),
    pytest.param([("Ann Hale, ", "author"), ("*Salt Roads*, 4; ", "title"), ("see also idem, ", "author"),
                  ("*Tides*, 9.", "title")],
                 {"prefix": "see also", "author": "Ann Hale , idem ,"},
                 id="lower-case words read as names before `idem` lead into the citation"),
    pytest.param([("Ann Lee, ", "author"), ("*Tides* ", "title"), ("(Leiden, 1990), ", "place"),
                  ("143–58, who reads ", "locator"), ("the case otherwise.", "title")],
                 {"locator": "143 – 58 ,", "note": "who reads the case otherwise ."},
                 id="prose after the pinpoint's comma read as pinpoint and title is commentary"),
    pytest.param([("Ann Lee, ", "author"), ("*Tides* ", "title"), ("(Leiden, 1990), ", "place"),
                  ("34, lines 12–18.", "locator")],
                 {"locator": "34 , lines 12 – 18 .", "note": None},
                 id="a pinpoint's own words after its comma stay in the pinpoint"),
    pytest.param([("Ibíd., ", "note"), ("f. 14v.", "locator")], {"ibid": "Ibíd . ,", "locator": "f . 14v ."},
                 id="ibid. opening the note read as commentary is ibid"),
    pytest.param([("Ibid., ", "ibid"), ("fos ", "volume"), ("31–33 ", "pages"), ("(report for 1923).", "date")],
                 {"locator": "fos 31 – 33", "note": "( report for 1923 ) ."},
                 id="a leaf word and range after ibid. read as volume and pages is the pinpoint, the bracket commentary"),
    pytest.param([("Ibid., ", "ibid"), ("pl. XIV, showing the hearth.", "note")],
                 {"locator": "pl . XIV", "note": ", showing the hearth ."},
                 id="a plate and its number after ibid. left as commentary are the pinpoint"),
    pytest.param([("Ibid., ", "ibid"), ("plainly a later hand.", "note")], {"locator": None},
                 id="a word that only begins like a page word after ibid.: commentary"),
    pytest.param([("Theophrastus, ", "author"), ("*On Stones* 412b3–9.", "title")],
                 {"title": "On Stones", "locator": "412b3 – 9 ."},
                 id="a Bekker number straight after the title is the pinpoint"),
    pytest.param([("cf. ", "prefix"), ("*Timaeus* ", "author"), ("27c–d.", "locator")],
                 {"title": "Timaeus", "locator": "27c – d ."},
                 id="a Stephanus number after an emphasised title read as a name: the title and its pinpoint"),
    pytest.param([("Dār al-Kutub, ", "archive"), ("Cairo, Taymūr 112, fols. 4b–6a.", "shelfmark")],
                 {"locator": None}, id="folios in a signature: no standard number, left in the signature"),
])
def test_repairs_of_labels_set_6_showed(segments, expected):
    """Found in held-out set 6 once it was measured (session 21)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("AGN, ", "archive"), ("Tierras, vol. 12, exp. 3, petición ", "shelfmark"),
                  ("de los naturales de Tepoztlán.", "title")],
                 {"shelfmark": "Tierras , vol . 12 , exp . 3 ,", "title": "petición de los naturales de Tepoztlán ."},
                 id="a heading's first word read into the signature opens the title"),
    pytest.param([("Stadtarchiv Kassel, ", "archive"), ("S 4, Nr. 17, Bl. ", "shelfmark"), ("12.", "title")],
                 {"shelfmark": "S 4 , Nr . 17 , Bl ."},
                 id="a shelf word at the signature's end stays in it"),
    pytest.param([("Bericht über die Lage in Kassel, ", "title"), ("BArch, ", "archive"), ("B 136/4512, ", "shelfmark"),
                  ("am 2. Mai 1951.", "note")],
                 {"date": "2 . Mai 1951"},
                 id="a day, month and year closing the citation read as commentary are its date"),
    pytest.param([("Bericht über die Lage, ", "title"), ("BArch, ", "archive"), ("B 136/4512. ", "shelfmark"),
                  ("Das geschah im Mai 1951 in Kassel.", "note")],
                 {"date": None},
                 id="a sentence with a month and year: commentary"),
    pytest.param([("Eva Lind, ", "author"), ("*Pendeln im Alter*, IWH ", "title"), ("Discussion Paper ", "collection"),
                  ("Nr. 12.", "volume")],
                 {"title": "Pendeln im Alter ,", "collection": "IWH Discussion Paper"},
                 id="the house of a series of papers read into the title is the series'"),
])
def test_repairs_of_labels_sets_7_and_8_showed(segments, expected):
    """Found in held-out sets 7 and 8 once they were measured (session 21)."""
    _assert_repaired(segments, expected)


def test_a_periodical_read_as_the_container_with_its_place_and_a_day_is_an_issue():
    """Found when the parser was retrained in session 20: `La Gazette du Midi
    (Marseille), 14 février 1887.` labelled container, place, date became a book."""
    from nkcite.parse.citation import parse_piece
    from nkcite.split import Piece
    tokens, labels = _labelled_tokens(("La Gazette du Midi ", "container"), ("(Marseille), ", "place"),
                                      ("14 février 1887.", "date"))
    work = parse_piece(tokens, labels, Piece(0, len(labels) - 1)).work
    assert (work["type"], work["container-title"], work.get("title")) == ("article-newspaper", "La Gazette du Midi", None)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Ōta Kenji, ", "author"), ("Minato no hibi 港の日々, ", "title"), ("Tokyo, 1988.", "place")],
                 {"title": "Minato no hibi", "original-title": "港の日々", "language": "ja"},
                 id="a romanized title followed by its original without brackets; the language from its script"),
    pytest.param([("Ōta Kenji, ", "author"), ("Harbour Days (港の日々), ", "title"), ("Tokyo, 1988 ", "place"),
                  ("(Korean).", "language")],
                 {"title": "Harbour Days", "original-title": "港の日々", "language": "ko"},
                 id="a language marker wins over the script of the original title"),
])
def test_original_title_and_its_language(segments, expected):
    """CONVENTIONS §3: `language` from a marker, else from the script of `original-title`."""
    from nkcite.parse.citation import parse_piece
    from nkcite.split import Piece
    tokens, labels = _labelled_tokens(*segments)
    work = parse_piece(tokens, labels, Piece(0, len(labels) - 1)).work
    assert {key: work.get(key) for key in expected} == expected


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Eva Lind, ", "author"), ("*Pendeln im Alter*, ", "title"), ("IWH Discussion Papers ", "container"),
                  ("12, ", "volume"), ("Halle ", "place"), ("2015.", "date")],
                 {"type": "report", "collection-title": "IWH Discussion Papers", "number": "12", "publisher-place": "Halle"},
                 id="a numbered paper in a series of discussion papers, with its place"),
    pytest.param([("Juan Ruiz, ", "author"), ("El puerto, ", "title"), ("Documentos de trabajo ", "collection"),
                  ("7, ", "volume"), ("Madrid, ", "place"), ("2001.", "date")],
                 {"type": "report", "collection-title": "Documentos de trabajo", "number": "7"},
                 id="Spanish working papers"),
])
def test_working_papers_are_reports(segments, expected):
    """Found in held-out set 8 (session 21): `DIW Discussion Papers 1187, Berlin 2012`
    was a chapter (the plural and the place kept it from being a report)."""
    from nkcite.parse.citation import parse_piece
    from nkcite.split import Piece
    tokens, labels = _labelled_tokens(*segments)
    work = parse_piece(tokens, labels, Piece(0, len(labels) - 1)).work
    assert {key: work.get(key) for key in expected} == expected


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Interview mit ", "note"), ("Eva Roth, Halle, ", "author"), ("3.4.2001.", "date")],
                 {"genre": "Interview mit", "author": "Eva Roth ,", "place": "Halle ,"},
                 id="an interview's heading read as commentary, the person and place as names"),
    pytest.param([('"Note," ', "title"), ("FRUS, 1961–1963, ", "container"), ("vol. 5, doc. ", "volume"), ("77.", "locator")],
                 {"volume": "vol . 5 , doc . 77 ."},
                 id="doc. read into the volume and its number as the pinpoint: the document's number"),
    pytest.param([("Yun ", "author"), ("Sŏ-yŏn, Pada [The sea] ", "title"), ("(Seoul: Minŭm, 1999), 4.", "place")],
                 {"author": "Yun Sŏ - yŏn"},
                 id="a Korean family name read as the author, the given name as the title"),
    pytest.param([('"Dock Strike Ends," ', "title"), ("editorial, ", "genre"), ("Harbour Gazette", "place"),
                  (", May 9, 2013.", "date")],
                 {"genre": "editorial ,", "container": "Harbour Gazette"},
                 id="the paper after an editorial the model read right, read as a place"),
    pytest.param([("Roma, ", "place"), ("Viella, ", "publisher"), ("2004 ", "date"), ("(", "note"),
                  ("Studi di ", "edition"), ("storia, 9)", "note"), (", p. 3.", "locator")],
                 {"collection": "( Studi di storia , 9 )"},
                 id="a series in parentheses after the imprint read in scraps of other fields"),
    pytest.param([("Ruth Hale to Bo Lind, ", "author"), ("3 May 1901, ", "date"), ("in Letters", "editor"),
                  (", ed. ", "editor"), ("Ann Lee, ", "container"), ("12.", "locator")],
                 {"container": "in Letters ,", "editor": "ed . Ann Lee ,"},
                 id="in and a book before its editor, read as names"),
    pytest.param([("Hale, *Salt*, ", "note"), ("40.", "locator")], {"author": "Hale ,", "title": "Salt"},
                 id="a surname, an emphasised title and the pinpoint read as commentary: a short form"),
    pytest.param([("Ivanov, ", "author"), ("*Ports* ", "title"), ("(Moskva: Nauka, 2000)", "place"),
                  (". с. 98, с. 104 (Russian).", "note")],
                 {"locator": "с . 98 , с . 104", "language": "( Russian )"},
                 id="pages after the imprint and the language marker, read as commentary"),
    pytest.param([("Minute ", "genre"), ("by P. G. Harrow", "author"), (", 3 March 1957, ", "date"),
                  ("FO 371/88412.", "shelfmark")],
                 {"title": "Minute by P . G . Harrow", "author": None},
                 id="a heading's word read as the genre and its writer after by as the author (session 22)"),
    pytest.param([('"Speech at the Rally," ', "title"), ("3 May 1960, in ", "date"),
                  ("Collected Speeches, ", "title"), ("vol. 3.", "volume")],
                 {"container": "in Collected Speeches ,", "date": "3 May 1960 ,"},
                 id="in read into the date before the book (session 22)"),
    pytest.param([("Kaufmann", "author"), (" (1997), ", "date"), ("S. 12; ", "locator"), ("ferner Lessing ", "prefix"),
                  ("2008, ", "date"), ("77.", "locator")],
                 {"author": "Kaufmann Lessing", "prefix": "ferner"},
                 id="an author-date name before a bare year read into the prefix (session 22)"),
])
def test_repairs_of_labels_the_final_retraining_gave(segments, expected):
    """Found when the parser was retrained with sets 6, 7 and 8 (session 21): each
    is a labelling a retrained model gave that the repairs did not yet mend."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Ada Moss, ", "author"), ("Rivers ", "title"), ("in Northern Thought ", "container"),
                  ("(Leeds: Arden, 1971).", "place")],
                 {"title": "Rivers in Northern Thought", "container": None},
                 id="in straight after a title word, no punctuation, read as a container"),
    pytest.param([("Moss A. ", "author"), ("Salt marshes ", "title"), ("in Kent. Coastal Studies ", "container"),
                  ("12: 3-9.", "volume")],
                 {"title": "Salt marshes in Kent .", "container": "Coastal Studies"},
                 id="in inside the title runs to its full stop: the journal after it stays the container"),
    pytest.param([("“Tides,” ", "title"), ("in Northern Thought ", "container"), ("(Leeds: Arden, 1971).", "place")],
                 {"container": "in Northern Thought"},
                 id="in after the closing quote opens the container"),
    pytest.param([("Ben Ode, Feud ", "author"), ("and Favour: ", "author"), ("Border Clans ", "title"),
                  ("(Leeds: Arden, 1971).", "place")],
                 {"author": "Ben Ode ,", "title": "Feud and Favour : Border Clans"},
                 id="a main title with and before the colon read as a second name"),
    pytest.param([("Ben Ode, ", "author"), ("Border Clans (Harrow", "title"), (", 1971).", "date")],
                 {"title": "Border Clans", "place": "( Harrow"},
                 id="the imprint's place and comma read into the title"),
    pytest.param([("Ben Ode, ", "author"), ("Border Clans (Quillpress", "title"), (", 1971).", "date")],
                 {"title": "Border Clans", "publisher": "( Quillpress"},
                 id="a publisher alone in the imprint read into the title"),
    pytest.param([("Ina Vos (b", "title"), (". 1931), Leeds.", "date")], {"title": "Ina Vos ( b", "publisher": None},
                 id="a year in parentheses without a comma before it is no imprint"),
    pytest.param([("Ben Ode, ", "author"), ("Storia delle valli, IV ", "title"), ("(Roma, 1971).", "place")],
                 {"title": "Storia delle valli ,", "volume": "IV"},
                 id="a roman volume number after the title's comma, before the imprint"),
    pytest.param([("Ben Ode, ", "author"), ("Storia delle valli, 2 ", "title"), ("(Roma, 1971).", "place")],
                 {"volume": "2"}, id="a volume number after the title's comma, before the imprint"),
    pytest.param([("Ben Ode, ", "author"), ("Letters of Henry, V ", "title"), ("(Leeds: Arden, 1971).", "place")],
                 {"volume": "V"}, id="a one-letter roman volume"),
    pytest.param([("Ben Ode, ", "author"), ("Die Welt, M ", "title"), ("(Berlin, 1971).", "place")],
                 {"volume": None}, id="a letter that is an initial, not a volume, stays in the title"),
    pytest.param([("Ruth Vale, Tides, Ports", "author"), (", and the Sea ", "title"), ("(Leeds: Arden, 1971).", "place")],
                 {"author": "Ruth Vale ,", "title": "Tides , Ports , and the Sea"},
                 id="a title's first word between commas after a full name read as a second name"),
    pytest.param([("Ruth Vale, Jr., ", "author"), ("Tides ", "title"), ("(Leeds: Arden, 1971).", "place")],
                 {"author": "Ruth Vale , Jr . ,"}, id="Jr. after a full name stays in the name"),
    pytest.param([("Ruth Vale, Bo Lund, ", "author"), ("Tides ", "title"), ("(Leeds: Arden, 1971).", "place")],
                 {"author": "Ruth Vale , Bo Lund ,"}, id="a second author in full stays a name"),
    pytest.param([("U.S. Congress, House, Committee on Ports, ", "author"), ("Tides ", "title"),
                  ("(Washington, DC, 1931).", "place")],
                 {"author": "U . S . Congress , House , Committee on Ports ,"},
                 id="the parts of a body's name between commas stay the author"),
])
def test_repairs_of_labels_the_round_trip_showed(segments, expected):
    """Found in the round trip (`benchmarks/accuracy.py`): notes without emphasis
    in the Chicago forms of books and articles, labelled as the model labelled them."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("and", "author"), (", for the tariff question, Ada Moss, *Salt Roads* ", "title"),
                  ("(Leeds: Arden, 1971).", "place")],
                 {"prefix": "and , for the tariff question ,", "author": "Ada Moss ,", "title": "Salt Roads"},
                 id="and, for X, a name: the prose is the prefix, the name the author"),
    pytest.param([("and", "author"), (", for the wider Hanseatic context, Ada Moss, *Salt Roads* ", "title"),
                  ("(Leeds: Arden, 1971).", "place")],
                 {"prefix": "and , for the wider Hanseatic context ,", "author": "Ada Moss ,"},
                 id="a capitalised word inside the prose"),
    pytest.param([("et", "author"), (", pour la grève de 1906, Jules Pradel, *Les Mines* ", "title"),
                  ("(Lens, 1911).", "place")],
                 {"prefix": "et , pour la grève de 1906 ,", "author": "Jules Pradel ,"},
                 id="et, pour X, a name (French)"),
    pytest.param([("anche l'ampio studio di Carla Neri, *Doti* ", "title"), (", Roma, Viella, 2011.", "place")],
                 {"prefix": "anche l'ampio studio di", "author": "Carla Neri ,"},
                 id="anche l'ampio studio di X, after a prefix split off (Italian)"),
    pytest.param([("et", "author"), (", du même auteur, ", "note"), ("*Les Mines* ", "title"), ("(Lens, 1911).", "place")],
                 {"prefix": "et , du même auteur ,", "author": None},
                 id="et, du même auteur, before the emphasised title"),
    pytest.param([("and", "author"), (", for the tariff, Id., ", "title"), ("*Salt* ", "title"), ("(Leeds, 1971).", "place")],
                 {"prefix": "and , for the tariff ,", "short": "Id ."},
                 id="and, for X, Id.: the same author"),
    pytest.param([("E. Rossi, ", "author"), ("La peste del 1630 nelle parrocchie di Castello, ", "title"),
                  ("«Quaderni storici», 34 (1999).", "container")],
                 {"author": "E . Rossi ,", "prefix": None},
                 id="an initial E. is no Italian e (found when the prose scan went on past capitals)"),
    pytest.param([("and ", "author"), ("Bo Lund, ", "author"), ("*Salt* ", "title"), ("(Leeds, 1971).", "place")],
                 {"author": "Bo Lund ,"}, id="and before a name with no prose: not part of the name"),
])
def test_repairs_of_prose_before_a_later_citation(segments, expected):
    """Found in held-out sets 5 and 9 once they were read (session 22): a citation
    after `;` that opens with a conjunction and a phrase of prose before its name."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("note, same_author", [
    pytest.param("Ada Moss, *Salt* (Leeds, 1971), 3; et, du même auteur, *Les Mines* (Lens, 1975), 9.", True,
                 id="du même auteur"),
    pytest.param("Ada Moss, *Salt* (Leeds, 1971), 3; e dello stesso autore, *Le miniere* (Roma, 1975), 9.", True,
                 id="dello stesso autore"),
    pytest.param("Ada Moss, *Salt* (Leeds, 1971), 3; and, for the tariff, Id., *Ports* (Leeds, 1975), 9.", True,
                 id="Id. after a prose prefix"),
    pytest.param("Ada Moss, *Salt* (Leeds, 1971), 3; Tenże, *Porty* (Kraków, 1975), 9.", True, id="Polish tenże"),
    pytest.param("Ada Moss, *Salt* (Leeds, 1971), 3; and, for the tariff, Bo Lund, *Ports* (Leeds, 1975), 9.", False,
                 id="a new author after a prose prefix"),
])
def test_same_author_after_a_prefix(note, same_author):
    from nkcite.parse.citation import cite_note
    later = cite_note(note)[1]
    assert later.same_author is same_author
    assert ("author" in later.work) is not same_author


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("ASTo, ", "archive"), ("Prefettura, b. 41, fasc. 3, il questore al prefetto, ", "shelfmark"),
                  ("9 maggio 1921.", "date")],
                 {"shelfmark": "Prefettura , b . 41 , fasc . 3 ,", "title": "il questore al prefetto ,"},
                 id="an Italian record's description after its signature"),
    pytest.param([("APKr, ", "archive"), ("sygn. 208, k. 3v, pismo starosty do magistratu, Tarnów, ", "shelfmark"),
                  ("2 maja 1850.", "date")],
                 {"title": "pismo starosty do magistratu ,", "shelfmark": "sygn . 208 , k . 3v , Tarnów ,"},
                 id="a Polish record's description, then a place and the date"),
    pytest.param([("AHPC, ", "archive"), ("leg. 77, escribano Luis de Vera, ff. 2r–3v, ", "shelfmark"),
                  ("poder de Ana Ruiz, ", "shelfmark"), ("3 de marzo de 1590.", "date")],
                 {"title": "poder de Ana Ruiz ,", "shelfmark": "leg . 77 , escribano Luis de Vera , ff . 2r – 3v ,"},
                 id="a notary's name inside the signature, the description last"),
    pytest.param([("ASTo, ", "archive"), ("b. 41, fasc. 3, ", "shelfmark"), ("Rossi al prefetto, ", "author"),
                  ("1921.", "date")],
                 {"title": None}, id="a part the model read as a name is left to it"),
    pytest.param([("ASTo, ", "archive"), ("Prefettura, serie 2, b. 41.", "shelfmark")],
                 {"title": None}, id="a signature alone has no description"),
])
def test_description_after_an_archival_signature(segments, expected):
    """Found in held-out sets 5 and 9 once read (session 22): the document's own
    description after the signature of an Italian, Polish or French record."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Royal Commission on Harbours, Final Report on the Tidal Ports ", "title"),
                  ("(London: HMSO, 1911).", "place")],
                 {"author": "Royal Commission on Harbours ,", "title": "Final Report on the Tidal Ports"},
                 id="a body's name and a comma read into the title"),
    pytest.param([("Oxford History of the Port, Volume Two ", "title"), ("(Oxford, 1990).", "place")],
                 {"author": None}, id="a title that is no body's name stays whole"),
    pytest.param([("“Royal Commission on Harbours, a Memoir,” ", "title"), ("Port Studies 3 (1990).", "container")],
                 {"author": None}, id="a body's name inside a quoted title stays in it"),
])
def test_a_body_opening_the_citation_is_its_author(segments, expected):
    """Found in held-out set 9 once read (session 22): a commission's name, a comma
    and the report's title, all read as the title."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Paul Roux, ", "author"), ("Les Ports du Nord (1850-1900), Arras, Artois ", "title"),
                  ("Presses Université, ", "publisher"), ("2004.", "date")],
                 {"title": "Les Ports du Nord ( 1850 - 1900 ) ,", "place": "Arras ,",
                  "publisher": "Artois Presses Université ,"},
                 id="the place and the publisher's first word read into the title"),
    pytest.param([("Paul Roux, ", "author"), ("Les Ports du Nord, Lille, ", "title"), ("Éditions du Quai, ", "publisher"),
                  ("2004.", "date")],
                 {"title": "Les Ports du Nord ,", "place": "Lille ,"}, id="the place alone read into the title"),
    pytest.param([("Paul Roux, ", "author"), ("Les Ports, Les Quais, ", "title"), ("Éditions du Quai, ", "publisher"),
                  ("2004.", "date")],
                 {"place": None}, id="a title's last words that are no place stay in it"),
    pytest.param([("Sur les ports, ", "note"), ("voir ", "prefix"), ("Claude ", "note"), ("Roux, ", "author"),
                  ("*Les Ports*, ", "title"), ("Lille, 2004.", "place")],
                 {"author": "Claude Roux ,"}, id="a given name after the lead word read as prose"),
])
def test_continental_imprints_and_names_after_lead_words(segments, expected):
    """Found in held-out set 9 once read (session 22): the imprint without parentheses
    (`Titre, Arras, Éditeur, 2004`) read into the title; a given name after `voir`."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("note, fields", [
    pytest.param("Ana Reis, *O porto da Bahia*, Tese (Doutorado em História), Universidade Federal da Bahia, 2009, p. 14.",
                 {"type": "thesis", "genre": "Tese (Doutorado em História)", "publisher": "Universidade Federal da Bahia"},
                 id="a Brazilian thesis after the emphasised title"),
    pytest.param("Paul Roux, *Les ports du Nord*, thèse de doctorat, Université de Lille, 1990, p. 3.",
                 {"type": "thesis", "genre": "thèse de doctorat", "publisher": "Université de Lille"},
                 id="a French thèse de doctorat"),
    pytest.param("Karin Ek, *Hamnar och handel i Norrland 1700–1800*, diss. Umeå 1993, s. 12.",
                 {"type": "thesis", "genre": "diss", "publisher-place": "Umeå"}, id="a Swedish diss. with place and year"),
])
def test_theses_after_the_emphasised_title(note, fields):
    """Found in held-out set 5 once read (session 22)."""
    _assert_one_citation(note, fields)


@pytest.mark.parametrize("note, fields", [
    pytest.param("Орлова А. В. Сельские школы и земство // Вопросы истории. 1989. № 7. С. 21–35.",
                 {"author": [{"family": "Орлова", "given": "А. В."}], "title": "Сельские школы и земство",
                  "container-title": "Вопросы истории", "issue": "7", "page": "21–35",
                  "issued": {"date-parts": [[1989]]}}, id="a Russian article in the GOST form"),
    pytest.param("Orlova A. V. Sel'skie shkoly i zemstvo // Voprosy istorii. 1989. № 7. S. 21–35.",
                 {"title": "Sel'skie shkoly i zemstvo", "container-title": "Voprosy istorii", "issue": "7"},
                 id="the GOST form romanized"),
])
def test_the_russian_double_slash_form(note, fields):
    """Found in held-out set 5 once read (session 22): `//` opens the journal."""
    _assert_one_citation(note, fields)


def _assert_one_citation(note, fields):
    """The note holds one citation, and its work has these fields."""
    from nkcite.parse.citation import cite_note
    [cit] = cite_note(note)
    assert {k: cit.work.get(k) for k in fields} == fields


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Jan Lis, ", "author"), ("Cechy w Krakowie, ", "title"), ("w: Miasta i cechy, ", "note"),
                  ("red. Anna Bąk, ", "editor"), ("Kraków 2001.", "place")],
                 {"container": "w : Miasta i cechy ,"}, id="Polish w: before the book read as commentary"),
    pytest.param([("Eva Nováková, ", "author"), ("Cechy v Brně, ", "title"), ("v: Města a cechy, ", "title"),
                  ("ed. Jan Dvořák, ", "editor"), ("Brno 2001.", "place")],
                 {"container": "v : Města a cechy ,", "title": "Cechy v Brně ,"}, id="Czech v: read into the title"),
    pytest.param([("Eva Nováková, ", "author"), ("Cechy v Brně, ", "title"), ("*Český časopis* 98, ", "container"),
                  ("2000, ", "date"), ("č. 2", "note"), (", s. 245–278.", "pages")],
                 {"volume": "č . 2"}, id="a Czech issue č. 2 read as commentary"),
    pytest.param([("Eva Nováková, ", "author"), ("Cechy v Brně, ", "title"), ("*Český časopis*, ", "container"),
                  ("no. 2 of the reprint.", "note")],
                 {"volume": None}, id="an issue word in prose after no volume or date stays commentary"),
])
def test_containers_and_issues_of_central_european_notes(segments, expected):
    """Found in held-out set 5 once read (session 22)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("note, fields", [
    pytest.param("Hanna Lind, *Harbour at Dusk*, 1884, oil on canvas, 61 × 92 cm, Göteborgs konstmuseum, "
                 "Gothenburg, inv. GKM 0412.",
                 {"type": "graphic", "medium": "oil on canvas", "dimensions": "61 × 92 cm",
                  "archive": "Göteborgs konstmuseum", "archive-place": "Gothenburg", "archive_location": "inv. GKM 0412"},
                 id="a painting: medium, size, museum, place and inventory number"),
    pytest.param("Hanna Lind, *Harbour at Dusk*, 1884, oil on canvas, 61 × 92 cm, Göteborgs konstmuseum, inv. GKM 0412.",
                 {"type": "graphic", "dimensions": "61 × 92 cm", "archive_location": "inv. GKM 0412"},
                 id="a painting without the museum's place"),
    pytest.param("Hanna Lind, *Harbour Letters*, 1884, Göteborgs stadsarkiv, vol. 3, fol. 12.",
                 {"type": "manuscript"}, id="a record with no size stays a manuscript"),
])
def test_artworks_by_their_size(note, fields):
    """Found in held-out set 5 once read (session 22): a work's dimensions make it an artwork."""
    _assert_one_citation(note, fields)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Rui Lobo, ", "author"), ("*Cartas*, org. Ana Maria de Sousa ", "title"),
                  ("(Lisboa: Cotovia, 2000), ", "place"), ("33.", "locator")],
                 {"title": "Cartas ,", "editor": "org . Ana Maria de Sousa"},
                 id="org. and a name with its particle read into the emphasised title"),
    pytest.param([("Rui Lobo, ", "author"), ("Diários, éd. Paul Roux, ", "title"), ("2 vols. ", "volume"),
                  ("(Paris: Seuil, 2005).", "place")],
                 {"title": "Diários ,", "editor": "éd . Paul Roux ,"}, id="éd. and a name up to the comma"),
    pytest.param([("Rui Lobo, ", "author"), ("*Cartas*, ed. Ann Lee and Bo Roe ", "title"),
                  ("(Leeds: Arden, 2000).", "place")],
                 {"editor": "ed . Ann Lee and Bo Roe"}, id="ed. and two names before the imprint"),
    pytest.param([("Rui Lobo, ", "author"), ("*Cartas*, 2nd ed. ", "title"), ("(Leeds: Arden, 2000).", "place")],
                 {"editor": None}, id="an edition's ed. after its number is no editor"),
])
def test_the_editor_after_the_title(segments, expected):
    """Found in probes of Lusophone and French editions (session 22): the editor
    after the title's comma read into the title."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Ann Lee, ", "author"), ("*The Port* ", "title"), ("(Leeds: Arden, 1990), ", "place"),
                  ("fig. 12.", "note")],
                 {"locator": "fig . 12"}, id="fig. and its number read as commentary"),
    pytest.param([("Ann Lee, ", "author"), ("*The Port*, ", "title"), ("cat. no. 23; ", "note"),
                  ("Bo Roe, ", "author"), ("*Ships*, ", "title"), ("12.", "locator")],
                 {"locator": "cat . no . 23 12 ."}, id="cat. no. closing the first of two citations"),
    pytest.param([("Ann Lee, ", "author"), ("*Mazurkas* ", "title"), ("(Kraków, 1874), ", "place"),
                  ("mm. 33–40.", "note")],
                 {"locator": "mm . 33 – 40"}, id="bars of a score as a range"),
    pytest.param([("Ann Lee, ", "author"), ("*The Port*, ", "title"), ("a fine study of the docks.", "note")],
                 {"locator": None}, id="prose after the citation stays commentary"),
    pytest.param([("Ann Lee, ", "author"), ("*The Port* ", "title"), ("(Leeds: Arden, 1990), ", "place"),
                  ("45, ", "locator"), ("n. 12.", "note")],
                 {"locator": "45 , n . 12"}, id="a note after the page read as commentary"),
    pytest.param([("Ibid., ", "ibid"), ("no. 46.", "volume")], {"locator": "no . 46 ."},
                 id="no. after ibid. is the pinpoint"),
    pytest.param([("Ann Lee, ", "author"), ("*Mazurkas*", "title"), (", op. ", "short"), ("12 ", "note"),
                  ("(Kraków, 1874).", "place")],
                 {"title": "Mazurkas , op . 12", "short": None}, id="an opus number is no op. cit."),
])
def test_pinpoints_that_are_no_page(segments, expected):
    """Found in held-out set 5 once read (session 22): figures, catalogue numbers, bars."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("British Library, India ", "archive"), ("Office Records, IOR/L/PJ/6/412.", "shelfmark")],
                 {"archive": "British Library ,", "shelfmark": "India Office Records , IOR / L / PJ / 6 / 412 ."},
                 id="a collection's first word left in the archive"),
    pytest.param([("Bundesarchiv Berlin, ", "archive"), ("R 43 I/2055, Bl. 12.", "shelfmark")],
                 {"archive": "Bundesarchiv Berlin ,"}, id="an archive that ends at its comma is kept"),
])
def test_the_archive_ends_at_a_comma(segments, expected):
    """Found in probes of British and Indian records (session 22)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("AN, ", "archive"), ("Polícia da Corte, códice 403, fl. 118v, registro de ", "shelfmark"),
                  ("ocorrências da freguesia, 1861–1862.", "title")],
                 {"title": "registro de ocorrências da freguesia , 1861 – 1862 .",
                  "shelfmark": "Polícia da Corte , códice 403 , fl . 118v ,"},
                 id="a shelf word heading a lower-case description opens the record's title"),
    pytest.param([("AGN, ", "archive"), ("Tierras, vol. 12, exp. 4, causa contra ", "shelfmark"),
                  ("Juan Pérez", "author"), (", vecino, por deudas, ", "title"), ("Oaxaca, ", "place"),
                  ("1790.", "date")],
                 {"title": "causa contra Juan Pérez , vecino , por deudas ,", "author": None},
                 id="a description of several parts before the place and the year, a name inside it"),
    pytest.param([("ASVe, ", "archive"), ("Senato, registro 12, c. 5v, ", "shelfmark"), ("1604.", "date")],
                 {"title": None}, id="a shelf word before its number stays in the signature"),
    pytest.param([("AP Kraków, ", "archive"), ("Akta miasta, sygn. 12, k. 7, list Jana Nowaka do burmistrza, ", "shelfmark"),
                  ("3 maja 1921.", "date")],
                 {"title": "list Jana Nowaka do burmistrza ,"}, id="a shelf word heading a letter's description by name"),
    pytest.param([("NA, ", "archive"), ("fond Zemský úřad, kart. 12, hlášení četnické stanice ze dne 3. 4. 1925.", "shelfmark")],
                 {"title": "hlášení četnické stanice ze dne 3 . 4 . 1925 ."},
                 id="a description closing the citation with its own date"),
    pytest.param([("ASVe, ", "archive"), ("Senato, filza 4, c. 7r, dispaccio di A. Rossi ", "shelfmark"),
                  ("del 2 marzo 1590.", "date")],
                 {"title": "dispaccio di A . Rossi", "date": "del 2 marzo 1590 ."},
                 id="a description's date read as the date stays the date"),
    pytest.param([("Arquivo Distrital (ADX), Braga, Cartório Velho", "archive"), (", liv. 3, fl. 12.", "shelfmark")],
                 {"archive": "Arquivo Distrital ( ADX ) , Braga ,",
                  "shelfmark": "Cartório Velho , liv . 3 , fl . 12 ."},
                 id="after an archive's abbreviation and its place, the fonds opens the signature"),
    pytest.param([("TNA, ", "archive"), ("CO 12/", "shelfmark"), ("1904, ", "date"),
                  ("Governor Ann Lee to the Colonial Office, ", "title"), ("3 May 1901.", "date")],
                 {"shelfmark": "CO 12 / 1904 ,"}, id="a year-like number joined to the signature by a slash"),
    pytest.param([("Gazeta do Norte ", "container"), ("(Rio de ", "place"), ("Janeiro), ", "date"),
                  ("3 de maio de 1870, p. 2.", "date")],
                 {"place": "( Rio de Janeiro )"}, id="a place in parentheses read partly as a month"),
    pytest.param([("Ana Lopes, ", "author"), ("Redes, ", "title"), ("2010, p. 4, ", "locator"),
                  ("disponível em: ", "note"), ("https://example.org/redes ", "url"), ("(acesso em 3 fev. 2020).", "note")],
                 {"url": "https://example.org/redes", "accessed": "( acesso em 3 fev . 2020 )"},
                 id="commentary after the pinpoint leaves the URL and the access date alone"),
])
def test_records_newspapers_and_links_of_lusophone_notes(segments, expected):
    """Found in held-out set 10 once read (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("work, expected", [
    pytest.param({"type": "manuscript", "archive": "TNA", "title": "Acting Governor A. B. Hale to Secretary of State for the Colonies, confidential"},
                 {"title": "Acting Governor A. B. Hale to Secretary of State for the Colonies", "note": "Confidential.",
                  "author": [{"family": "Hale", "given": "A. B."}]},
                 id="an office before the writer and a classification after the heading"),
    pytest.param({"type": "manuscript", "archive": "SOAS", "title": "Mary Orme to the Secretaries, Lake Town"},
                 {"title": "Mary Orme to the Secretaries", "event-place": "Lake Town",
                  "recipient": [{"literal": "the Secretaries"}]},
                 id="the place of writing after the heading; the addressee an office"),
    pytest.param({"type": "manuscript", "archive": "BMA", "title": "Karl Rot an das Komitee"},
                 {"author": [{"family": "Rot", "given": "Karl"}], "recipient": [{"literal": "das Komitee"}]},
                 id="a German heading to a committee"),
    pytest.param({"type": "manuscript", "archive": "NARA", "title": "Telegram 12 from the Embassy in Rome to the Department of State"},
                 {"author": [{"literal": "Embassy in Rome"}], "recipient": [{"literal": "Department of State"}],
                  "number": "12", "genre": "Telegram"},
                 id="a telegram's heading, its number, the post and the office as literals"),
    pytest.param({"type": "manuscript", "archive": "TNA", "title": "letter", "publisher-place": "Zanzibar", "issue": "22"},
                 {"event-place": "Zanzibar", "number": "22", "publisher-place": None, "issue": None},
                 id="a record's place of writing and its number"),
    pytest.param({"type": "manuscript", "archive_location": "IOR/L/6, file 2", "title": "minute by J. R. Lane"},
                 {"author": [{"family": "Lane", "given": "J. R."}]}, id="a lower-case minute by X"),
    pytest.param({"type": "manuscript", "archive": "State Archives of Natal",
                  "archive_location": "Pietermaritzburg (SAN), CSO 712, 33/1891"},
                 {"archive-place": "Pietermaritzburg", "archive_location": "CSO 712, 33/1891"},
                 id="the archive's city and the paper's abbreviation before the signature (set 12)"),
    pytest.param({"type": "manuscript", "archive": "Archivo General de Indias", "archive_location": "México, 2581, N. 12"},
                 {"archive-place": None, "archive_location": "México, 2581, N. 12"},
                 id="a place opening the signature without an abbreviation is a section"),
    pytest.param({"type": "chapter", "container-title": "Gazeta do Norte", "publisher-place": "Recife",
                  "issued": {"date-parts": [[1870, 5, 3]]}},
                 {"type": "article-newspaper", "title": None}, id="a masthead with do is an untitled issue"),
])
def test_what_a_record_or_an_issue_settles(work, expected):
    """Found in held-out set 10 once read (session 23)."""
    from nkcite.parse.types import settle
    settle(work)
    assert {k: work.get(k) for k in expected} == expected


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("*Ha-Yom*", "author"), (", 3 May 1931, 2.", "date")], {"title": "Ha - Yom ,", "author": None},
                 id="an emphasised masthead before a day's date read as its author"),
    pytest.param([("*Ha-Yom*", "author"), (", a memoir, 1931.", "title")], {"author": "Ha - Yom"},
                 id="an emphasised name before no date stays the author"),
    pytest.param([("*Sabah*, ", "title"), ("3 Şubat 1325 [16 February 1910]", "title"), (", 2.", "locator")],
                 {"date": "3 Şubat 1325 [ 16 February 1910 ]"}, id="a date of another calendar and its Gregorian one in brackets"),
    pytest.param([("*al-Muqtataf*, ", "title"), ("2 Rajab 1330 / 17 June 1912", "note"), (", 4.", "locator")],
                 {"date": "2 Rajab 1330 / 17 June 1912"}, id="a double date after a slash"),
    pytest.param([("Raport wojewody za maj 1930 r., AAN, Urząd Wojewódzki, sygn. 12, k. 3.", "title")],
                 {"archive": "AAN ,", "shelfmark": "Urząd Wojewódzki , sygn . 12 , k . 3 ."},
                 id="an archive's acronym after the record's heading, before shelf words"),
    pytest.param([("Ann Lee, ", "author"), ("The Port, UNESCO, ", "title"), ("p. 3.", "locator")],
                 {"archive": None}, id="an acronym with no shelf word after it is no archive"),
    pytest.param([("Ver, entre outros, Ana Reis", "note"), (", ", "author"), ("*Senhores do açúcar* ", "title"),
                  ("(Recife: Ed. X, 2001).", "place")],
                 {"prefix": "Ver , entre outros ,"}, id="among others after the lead word"),
    pytest.param([("Per Lund, ", "author"), ("*Mejerierne i Jylland*, Aarhus ", "title"), ("1979, s. 12.", "date")],
                 {"place": "Aarhus", "title": "Mejerierne i Jylland ,"}, id="a place between an emphasised title and the year"),
    pytest.param([("Bureau voor Statistiek, ", "author"), ("Jaarcijfers 1930 ('s-Gravenhage: Landsdrukkerij, ", "title"),
                  ("1931).", "date")],
                 {"place": "( ' s - Gravenhage :", "publisher": "Landsdrukkerij ,"},
                 id="an imprint with its colon read into the title"),
    pytest.param([("U.S. Bureau ", "author"), ("of Mines, *Minerals Yearbook* ", "title"),
                  ("(Washington, DC: GPO, 1932).", "place")],
                 {"author": "U . S . Bureau of Mines ,"}, id="a body cut before its of"),
    pytest.param([("Home Office, ", "author"), ("*Report on Docks*, PP 1912–13 [Cd. ", "title"), ("6418], XLII, 12.", "locator")],
                 {"volume": "[ Cd . 6418 ] , XLII"}, id="a command paper's number and the sessional volume"),
    pytest.param([("Hale PR, Lee C. ", "author"), ("2005. ", "date"), ("Salt. *Port Studies* 8: 3.", "title")],
                 {"volume": None}, id="an initial C before a year is no command paper"),
])
def test_mastheads_calendars_acronyms_and_imprints(segments, expected):
    """Found in held-out set 11 once read (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Ana Reis, *Vista do porto*, 1871, ", "title"), ("óleo sobre tela, 40 × 60 cm, Museu do Ouro, ", "note"),
                  ("Sabará, inv. 112.", "place")],
                 {"author": "Ana Reis ,", "title": "Vista do porto ,", "date": "1871 ,",
                  "note": "óleo sobre tela , 40 × 60 cm ,", "archive": "Museu do Ouro , Sabará ,",
                  "shelfmark": "inv . 112 ."},
                 id="an artwork: name, emphasised title, year, medium, size, museum, place, inventory"),
    pytest.param([("Jean Roux, ", "author"), ("*Le Quai*, 1890, ", "title"), ("huile sur toile, 54 × 81 cm, ", "note"),
                  ("Lyon, musée des Beaux-Arts, B 1204.", "publisher")],
                 {"archive": "Lyon , musée des Beaux - Arts ,", "shelfmark": "B 1204 ."},
                 id="an artwork whose holder's place comes first and whose number has no word"),
])
def test_artworks_and_their_holders(segments, expected):
    """Found in held-out set 10 once read (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Paul Roux, ", "author"), ("La ville, ", "title"), ("Lille, ", "place"), ("Septentrion, ", "publisher"),
                  ("coll. ", "note"), ("« Histoire »", "container"), (", 2005, p. 8.", "date")],
                 {"collection": "coll . « Histoire »"}, id="a series word and its quoted name after the imprint"),
    pytest.param([("G. Neri, ", "author"), ("Il partito, ", "title"), ("Firenze, ", "place"), ("Olschki, ", "publisher"),
                  ("1998 (", "date"), ('"Biblioteca toscana", 41', "note"), ("), p. 3.", "volume")],
                 {"collection": '( " Biblioteca toscana " , 41 )'}, id="a series in straight quotes in parentheses"),
    pytest.param([("ACS, ", "archive"), ("Interno, b. 45, ", "shelfmark"), ('fasc. "Rossi Mario".', "note")],
                 {"shelfmark": 'Interno , b . 45 , fasc . " Rossi Mario " .'},
                 id="a shelf word naming its unit after the signature's comma"),
    pytest.param([("ASMi, b. 4, fasc. 2.", "shelfmark")], {"archive": "ASMi ,"}, id="an acronym opening the signature"),
    pytest.param([("FO 371/1234, ", "shelfmark"), ("minute.", "note")], {"archive": None},
                 id="a series code with its number is no archive's acronym"),
])
def test_series_and_signatures_of_continental_notes(segments, expected):
    """Found in probes of Italian, French and Spanish forms (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Ruth Ann ", "archive"), ("Hale Papers, box 3, folder 12, ", "shelfmark"),
                  ("Newberry Library, Chicago.", "archive")],
                 {"shelfmark": "Ruth Ann Hale Papers , box 3 , folder 12 ,", "archive": "Newberry Library , Chicago ."},
                 id="a person's papers named before their repository"),
    pytest.param([("FO 371/4537, ", "shelfmark"), ("Cairo ", "place"), ("to Foreign Office, ", "publisher"),
                  ("3 April 1945.", "date")],
                 {"title": "Cairo to Foreign Office ,"}, id="a telegram's heading read as a place and a body"),
])
def test_records_of_english_language_endnotes(segments, expected):
    """Found in probes of British, Commonwealth and US records (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Tac., ", "author"), ("Ann. 4.32.", "locator")], {"title": "Ann .", "locator": "4 . 32 ."},
                 id="a classical author's abbreviated work before its book and chapter"),
    pytest.param([("Archivio Vaticano (AV), Segr. Stato, ", "archive"), ("Nunz. Venezia, vol. 45.", "shelfmark")],
                 {"archive": "Archivio Vaticano ( AV ) ,", "shelfmark": "Segr . Stato , Nunz . Venezia , vol . 45 ."},
                 id="an abbreviated fonds after the archive's own abbreviation"),
    pytest.param([("National Archives (NARA), College Park, MD, ", "archive"), ("RG 59.", "shelfmark")],
                 {"archive": "National Archives ( NARA ) , College Park , MD ,"},
                 id="a place and its state after the archive's abbreviation"),
])
def test_classical_works_and_archives_named_by_abbreviation(segments, expected):
    """Found in probes of ancient history and Vatican records (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Iron Trade Review, ", "note"), ("14 March 1895, ", "date"), ("176.", "locator")],
                 {"title": "Iron Trade Review ,"}, id="a plain masthead before a day's date read as commentary"),
    pytest.param([("Harbour News, ", "author"), ("14 March 1895, ", "date"), ("176.", "locator")],
                 {"title": "Harbour News ,"}, id="a masthead with a periodical's word read as an author"),
    pytest.param([("Ann Lee, ", "author"), ("3 May 1990.", "date")], {"author": "Ann Lee ,"},
                 id="a person's name before a date stays the author"),
    pytest.param([("Hale Papers, box 2, Ruth L", "shelfmark"), (". Orme Library.", "archive")],
                 {"archive": "Ruth L . Orme Library ."}, id="a repository's name cut at its initial"),
    pytest.param([("Hale Papers, 1/5, Orme ", "shelfmark"), ("Archives Centre, Leeds.", "archive")],
                 {"archive": "Orme Archives Centre , Leeds ."}, id="a repository's proper name left in the signature"),
    pytest.param([("Ann Lee, ", "author"), ("*Salt* ", "title"), ("(Evanston, ", "place"), ("IL", "volume"),
                  (": Orme, 1993).", "publisher")],
                 {"place": "( Evanston , IL :"}, id="a state's code in the imprint read as a roman volume"),
    pytest.param([("Kim Tong-su, Chŏnjaeng [", "author"), ("War] ", "title"), ("(Seoul, 2000).", "place")],
                 {"title": "Chŏnjaeng [ War ]", "author": "Kim Tong - su ,"},
                 id="an original title before its bracketed translation read as the name's end"),
    pytest.param([("John Locke, ", "author"), ("*Two Treatises*, ", "title"), ("II.27.", "volume")],
                 {"locator": "II . 27"}, id="a roman book and its section"),
])
def test_periodicals_repositories_and_pinpoints_of_english_endnotes(segments, expected):
    """Found in probes of US, British and Commonwealth endnotes (session 23)."""
    _assert_repaired(segments, expected)


def test_a_chapter_before_the_page_is_no_sentence_end():
    """`..., 1995, cap. XV, p. 103.`: `cap.` before a roman number ended the citation, and the
    pinpoint after it was lost (probes of Italian editions, session 23)."""
    from nkcite.parse.citation import cite_note
    [cit] = cite_note("Niccolò Rossi, Il Principe, a cura di G. Neri, Torino, Einaudi, 1995, cap. XV, p. 103.")
    assert cit.raw.rstrip(".").endswith("p. 103") and cit.locator is not None and "103" in cit.locator


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Ann Lee, ", "author"), ("Il mare, ", "title"), ("Torino, 1995, ", "place"), ("cap. XV, ", "note"),
                  ("p. 103.", "locator")],
                 {"locator": "cap . XV , p . 103 ."}, id="a chapter read as commentary before the page"),
    pytest.param([("Vezi Ion Pop", "author"), (", *Istorie*, ", "title"), ("București, 1997.", "place")],
                 {"prefix": "Vezi"}, id="a Romanian lead word read into the name"),
])
def test_pinpoints_and_lead_words_of_continental_notes(segments, expected):
    """Found in probes of Italian, Romanian and East European forms (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Zit. nach Peter Lang", "author"), (", *Himmler*, ", "title"), ("München 2008.", "place")],
                 {"prefix": "Zit . nach", "author": "Peter Lang"}, id="quoted after, read into the name"),
    pytest.param([("citado por Ana Ruiz", "author"), (", *El puerto*, ", "title"), ("Lima, 1990.", "place")],
                 {"prefix": "citado por"}, id="a Spanish quoted by"),
    pytest.param([("Vgl. ", "prefix"), ("Kocka ", "author"), ("(Anm. 12), ", "title"), ("S. 45.", "locator")],
                 {"short": "( Anm . 12 )"}, id="an earlier note's number alone in parentheses"),
    pytest.param([("Ann Lee, ", "author"), ("*Salt* ", "title"), ("(n. 2), ", "volume"), ("p. 4.", "locator")],
                 {"short": "( n . 2 )"}, id="n. and a number in parentheses"),
])
def test_quotations_after_a_source_and_pointers_to_a_note(segments, expected):
    """Found in probes of German historiography (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Müller-Benedict, ", "author"), ("Volker ", "author"), ("(2003): ", "date"),
                  ("Modellierung. ", "title"), ("Opladen: Leske.", "place")],
                 {"author": "Müller - Benedict , Volker"}, id="a hyphenated surname is one word, its given name no title"),
    pytest.param([("Lang, Uwe/Volk, ", "author"), ("Ute ", "title"), ("(Hrsg.) ", "editor"), ("(2000): ", "date"),
                  ("Gegenwart. ", "title"), ("Opladen: Leske.", "place")],
                 {"editor": "Lang , Uwe / Volk , Ute ( Hrsg . )", "author": None},
                 id="names before their parenthesised role are the editors, the last given name no title"),
])
def test_names_of_german_author_year_references(segments, expected):
    """Found in probes of German social-science footnotes (session 23)."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Ann Lee, ", "author"), ("*Letters* ", "title"), ("(Leipzig: Reclam, 1927)", "place"),
                  (", 1:", "date"), ("190.", "locator")],
                 {"volume": ", 1 :", "locator": "190 ."}, id="volume and page after the imprint read as its date"),
    pytest.param([("Commission, ", "author"), ("Report, ", "title"), ("United Nations, ", "volume"),
                  ("(March 3, 2017), ", "date"), ("pp. 4-5.", "pages")],
                 {"container": None}, id="a body read as a volume with no number is no periodical"),
])
def test_labels_a_retrained_model_gave(segments, expected):
    """Named forms the model retrained in session 23 read otherwise."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("Ann Lee and Bo Roe, eds., ", "editor"), ("The Salt Trade ", "place"), ("(London: Verso, 1990).", "place")],
                 {"title": "The Salt Trade", "editor": "Ann Lee and Bo Roe , eds . ,"},
                 id="after the editors and eds., a title read as a place"),
    pytest.param([("Bo Roe (ed.), The Salt Trade ", "editor"), ("(London, 1990).", "place")],
                 {"title": "The Salt Trade", "editor": "Bo Roe ( ed . ) ,"},
                 id="after a parenthesised role, a title read into the names"),
    pytest.param([("Hans Roe (Hg.), ", "editor"), ("Die Stadt, Berlin ", "place"), ("1990, S. 3.", "date")],
                 {"title": "Die Stadt", "place": ", Berlin"}, id="the title ends at the imprint's place and year"),
])
def test_titles_after_the_editors_role(segments, expected):
    """Found in probes of edited volumes (session 23): the retrained model read their titles as places."""
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("raw, fields, locator", [
    pytest.param("Interview mit Renate Klein, Kassel, 14.3.2011.",
                 {"type": "interview", "author": [{"family": "Klein", "given": "Renate"}], "event-place": "Kassel",
                  "issued": {"date-parts": [[2011, 3, 14]]}}, None, id="German: Interview mit X, place, date"),
    pytest.param("Testimonianza di Ada Neri raccolta dall'autore, Adria, 19 ottobre 1999.",
                 {"type": "interview", "author": [{"family": "Neri", "given": "Ada"}],
                  "interviewer": [{"literal": "the author"}], "event-place": "Adria"}, None,
                 id="Italian: a testimony collected by the author is an interview"),
    pytest.param("Entrevista de la autora con Rosa Vidal, Vila-real, 12 de mayo de 2006.",
                 {"type": "interview", "author": [{"family": "Vidal", "given": "Rosa"}],
                  "interviewer": [{"literal": "the author"}], "event-place": "Vila-real"}, None,
                 id="Spanish: the author's interview with X (de la autora con)"),
    pytest.param("Vgl. das Interview mit Karl Weber, in: Der Spiegel, Nr. 12 vom 3. März 1980, S. 34.",
                 {"author": [{"family": "Weber", "given": "Karl"}], "container-title": "Der Spiegel", "issue": "12"},
                 "34", id="German: an interview printed in a magazine keeps its periodical"),
    pytest.param("Dr. Anna Berg, e-mail message to the author, 4 May 2019.",
                 {"author": [{"family": "Berg", "given": "Anna"}]}, None, id="a form of address is no given name"),
    pytest.param("Hale to Roe, 3 May 1766, in *The Letters of Tom Hale*, ed. Ann Lee, 3 vols. "
                 "(Leeds: Moor Press, 1990–94), 2:18–19.",
                 {"editor": [{"family": "Lee", "given": "Ann"}], "number-of-volumes": "3", "volume": "2"}, "18–19",
                 id="the count of volumes after the editor, volume and page after the imprint"),
    pytest.param("War diary, 2nd Battalion, Wessex Regiment, 1–3 July 1916, TNA, WO 95/1234.",
                 {"issued": {"date-parts": [[1916, 7, 1], [1916, 7, 3]]}}, None, id="a range of days is the date's"),
    pytest.param("Pravda, 12 March 1953, 2.", {"type": "article-newspaper", "container-title": "Pravda"}, "2",
                 id="a one-word masthead before a day's date is a newspaper's issue"),
    pytest.param("al-Hilāl (Cairo), 3 May 1931, 2.",
                 {"type": "article-newspaper", "container-title": "al-Hilāl", "publisher-place": "Cairo"}, "2",
                 id="an Arabic masthead with its article and its place"),
    pytest.param("Die Zeit, Nr. 12 vom 3.4.1981, S. 5.",
                 {"container-title": "Die Zeit", "issue": "12", "issued": {"date-parts": [[1981, 4, 3]]}}, "5",
                 id="German: a masthead, its issue number and vom before the date"),
    pytest.param("Deutscher Bundestag, Drucksache 11/4567 vom 2. Mai 1989, Antrag der Fraktion der SPD.",
                 {"type": "report", "number": "11/4567", "title": "Antrag der Fraktion der SPD",
                  "author": [{"literal": "Deutscher Bundestag"}], "issued": {"date-parts": [[1989, 5, 2]]}}, None,
                 id="German: a Bundestag printed paper"),
    pytest.param("Die Begründung des Gesetzentwurfs, BT-Drs. 17/4321, S. 12.",
                 {"type": "report", "number": "17/4321", "title": "Begründung des Gesetzentwurfs"}, "12",
                 id="German: a printed paper described before its number"),
    pytest.param("Deutscher Bundestag, Plenarprotokoll 11/33 vom 14.10.1987, S. 2245.",
                 {"type": "hearing", "number": "11/33"}, "2245", id="German: the record of a sitting"),
    pytest.param("BVerfGE 39, 1 (43).", {"type": "legal_case", "container-title": "BVerfGE", "volume": "39", "page": "1"},
                 "43", id="German: a decision in the court's official reports"),
    pytest.param("Gesetz über die Häfen vom 3. April 1950, BGBl. I S. 12.",
                 {"type": "legislation", "title": "Gesetz über die Häfen vom 3. April 1950", "container-title": "BGBl.",
                  "volume": "I", "page": "12"}, None, id="German: a statute in the federal gazette"),
    pytest.param("Ada Hale, Improvement in Steam Boilers, U.S. Patent 201,334, issued March 3, 1878.",
                 {"type": "patent", "number": "201,334", "title": "Improvement in Steam Boilers",
                  "issued": {"date-parts": [[1878, 3, 3]]}}, None, id="a US patent"),
    pytest.param("District Officer, Kano, to Resident, Zaria, 4 May 1921, NAK, SNP 17/2.",
                 {"author": [{"literal": "District Officer, Kano"}], "recipient": [{"literal": "Resident, Zaria"}]}, None,
                 id="an office at its station writing to another office"),
    pytest.param("Governor, Lagos, to Secretary of State for the Colonies, 12 March 1901, CO 147/155.",
                 {"author": [{"literal": "Governor, Lagos"}]}, None, id="an office read as a surname opens the heading"),
    pytest.param("Hans Roe, *Gilden und Zünfte*, Stuttgart: Steiner 2001 (Quellen und Forschungen 31), S. 9.",
                 {"collection-title": "Quellen und Forschungen", "collection-number": "31"}, "9",
                 id="a series and its number in parentheses after the imprint, no comma between"),
    pytest.param("Ministry of Mines, *Coal Seams of the Northern Field*, Geological Bulletin no. 41 "
                 "(Ottawa: King's Printer, 1931), 12.",
                 {"type": "report", "collection-title": "Geological Bulletin", "number": "41"}, "12",
                 id="a body's numbered series before the publisher's imprint: a report"),
])
def test_forms_found_in_sets_12_and_13(raw, fields, locator):
    """Forms of sets 12 and 13 (read in session 24), in made-up citations of the same forms."""
    cit = parse_citation(raw)
    assert _subset(fields, cit.work) == []
    assert cit.locator == locator


@pytest.mark.parametrize("segments, expected", [
    pytest.param([("See ", "prefix")], {"prefix": "See"}, id="a note of a lead word alone (found by the fuzz test)"),
    pytest.param([("Interview mit ", "note"), ("einer Ärztin, ", "title"), ("2011.", "date")],
                 {"title": "Interview mit einer Ärztin ,"}, id="an interview with someone unnamed is a title"),
    pytest.param([("Bundestag, Drucksache ", "note"), ("12/345.", "volume")], {"note": None},
                 id="a parliamentary paper's house read as commentary"),
    pytest.param([("Roth, Eva: ", "author"), ("Stadt. ", "title"), ("3. ", "edition"), ("Aufl. Köln ", "place"),
                  ("2008.", "date")], {"edition": "3 . Aufl .", "place": "Köln"},
                 id="the edition's word after its number read as the place (final retraining)"),
    pytest.param([("Ann Lee, ", "author"), ("A Life in ", "title"), ("Soviet Politics ", "container"),
                  ("(New York: Times, 1992).", "place")],
                 {"title": "A Life in Soviet Politics", "container": None},
                 id="a title's words after its own in, before the imprint, are no container (retrained model)"),
])
def test_labels_of_forms_found_in_sets_12_and_13(segments, expected):
    _assert_repaired(segments, expected)


@pytest.mark.parametrize("raw, fields, locator", [
    pytest.param("Ders., Geschichte der Arbeit, 3. Aufl., Berlin 1975, S. 10.",
                 {"title": "Geschichte der Arbeit", "publisher-place": "Berlin"}, "10",
                 id="German: ders. and a new title read as commentary is a full citation"),
    pytest.param("Vgl. Müller (2004: 12).", {"author": [{"family": "Müller"}], "issued": {"date-parts": [[2004]]}},
                 "12", id="German author-year: the page after the year's colon"),
    pytest.param("Meyer, Hans: Art. „Gilde“, in: Handwörterbuch zur Stadtgeschichte, Bd. 2, Berlin 1998, Sp. 17–19.",
                 {"title": "Gilde", "container-title": "Handwörterbuch zur Stadtgeschichte", "volume": "2",
                  "page": "17–19"}, None, id="German: an encyclopedia entry after Art."),
    pytest.param("Brief von Otto Weber an seine Frau, 12.5.1943, Privatbesitz.",
                 {"genre": "Brief", "author": [{"family": "Weber", "given": "Otto"}],
                  "recipient": [{"literal": "seine Frau"}]}, None, id="German: Brief von X an Y"),
    pytest.param("Inventario degli oggetti d’arte, vol. I: Provincia di Bergamo, a cura di R. Neri, Roma 1931.",
                 {"editor": [{"family": "Neri", "given": "R."}]}, None,
                 id="Italian: a cura di after a comma inside the editor's run"),
    pytest.param("Ministry of Foreign Affairs of the PRC, ed., Zhou Enlai waijiao wenxuan (Beijing: Renmin, 1990), 32.",
                 {"editor": [{"literal": "Ministry of Foreign Affairs of the PRC"}], "title": "Zhou Enlai waijiao wenxuan",
                  "type": "book"}, "32", id="a body before its editor's word is the editor"),
    pytest.param("Oral history interview with Ada Moss by Tom Hale, 1985, tape 3, University of Georgia.",
                 {"type": "interview", "author": [{"family": "Moss", "given": "Ada"}],
                  "interviewer": [{"family": "Hale", "given": "Tom"}]}, None,
                 id="an oral history interview, its interviewer after by"),
    pytest.param("Interview with Tran Van Minh, Hue, June 2004.",
                 {"type": "interview", "event-place": "Hue", "issued": {"date-parts": [[2004, 6]]}}, None,
                 id="an interview's place before a month and year"),
    pytest.param("Record of conversation between Ann Lee and Tom Hale, 10 October 1970, https://example.org/doc/1.",
                 {"title": "Record of conversation between Ann Lee and Tom Hale", "author": None}, None,
                 id="a talk's two parties stay in the title"),
    pytest.param('CIA, "Soviet Grain Imports," 1 June 1967, CREST, CIA-RDP79-00001.',
                 {"author": [{"literal": "CIA"}]}, None, id="a body by its initials is no surname"),
    pytest.param("Karl Roth, Vorlesungen über die Moral (1791), in Roths Werke, ed. Ann Lee, 8 vols. "
                 "(Berlin: de Gruyter, 1910–23), IV, 212.",
                 {"title": "Vorlesungen über die Moral", "original-date": {"date-parts": [[1791]]}, "volume": "IV"},
                 "212", id="the year first printed after the title; a roman volume and the page"),
    pytest.param("Weber, Max: Wirtschaft und Gesellschaft, Tübingen 1980 [1922].",
                 {"author": [{"family": "Weber", "given": "Max"}], "title": "Wirtschaft und Gesellschaft",
                  "original-date": {"date-parts": [[1922]]}}, None,
                 id="German: a name's colon ends it before a title naming a body; the first edition's year in brackets"),
    pytest.param("Panel of Experts, Report pursuant to resolution 1874 (2009), 12 May 2016.",
                 {"original-date": None}, None, id="a year in parentheses after a number stays in the title"),
    pytest.param('Ann Lee, "Salt and Empire" (paper presented at the annual meeting of the Pacific Society, '
                 'Honolulu, Hawaii, November 21–24, 2009).',
                 {"type": "speech", "genre": "paper presented at", "event-title": "annual meeting of the Pacific Society",
                  "event-place": "Honolulu, Hawaii", "issued": {"date-parts": [[2009, 11, 21], [2009, 11, 24]]},
                  "publisher": None}, None, id="a paper presented at a meeting, its days read as a publisher"),
    pytest.param('Tom Hale, "Reading Ports" (lecture, University of Leeds, Leeds, March 3, 2003).',
                 {"type": "speech", "genre": "lecture", "event-place": "Leeds", "publisher": "University of Leeds"},
                 None, id="a lecture, its host and its city"),
    pytest.param('"Terms of Use," Help Centre, Harbourline, last modified May 3, 2019, https://www.harbourline.org/terms.',
                 {"type": "webpage", "publisher": "Harbourline", "publisher-place": None}, None,
                 id="a site's owner named in its URL is its publisher, not a place"),
    pytest.param("Roth, Eva/Lenz, Kai (2002): Ordnung. In: Dies. (Hrsg.): Stadt und Staat. Wiesbaden: VS, S. 9–28.",
                 {"editor": [{"family": "Roth", "given": "Eva"}, {"family": "Lenz", "given": "Kai"}]}, None,
                 id="German: In: Dies. (Hrsg.) names the authors as the editors"),
    pytest.param("Vgl. BVerfG, Urteil vom 3. Mai 1990, 2 BvR 12/88, BVerfGE 82, 30 (41).",
                 {"type": "legal_case", "authority": "BVerfG", "number": "2 BvR 12/88", "volume": "82", "page": "30",
                  "issued": {"date-parts": [[1990, 5, 3]]}}, "41", id="German: the court, decision, docket and report"),
    pytest.param("Ruth Dale, interview by the author, Truro, Cornwall, 3 May 1994.",
                 {"type": "interview", "interviewer": [{"literal": "the author"}], "event-place": "Truro, Cornwall",
                  "publisher": None}, None, id="an interview's place and its county"),
    pytest.param('"Mill Hands Walk Out," Harbour Herald, April 3, 1929, 1, Chronicling America, Library of Congress, '
                 'https://example.org/news/1929-04-03/seq-1/, accessed October 12, 2022.',
                 {"type": "article-newspaper", "container-title": "Harbour Herald"}, "1",
                 id="a digitised newspaper's issue and page, with its URL"),
    pytest.param('See also Hale\'s letter in the same journal, "Smoke," Iron Trade 43 (March 7, 1889): 362.',
                 {"container-title": "Iron Trade"}, "362", id="a possessive name leading in"),
    pytest.param("Kurosawa Kenji, Ashio no shakaishi (Tokyo: Iwanami, 1996), 14.",
                 {"author": [{"family": "Kurosawa", "given": "Kenji"}]}, "14",
                 id="a romanised Japanese name written family name first"),
    pytest.param("Kenji Sawada, Mines and Rivers (Tokyo: Kodansha, 1996), 14.",
                 {"author": [{"family": "Sawada", "given": "Kenji"}]}, "14",
                 id="a Japanese name in Western order keeps it"),
    pytest.param("Author's interview with Lena Hart, Leeds, May 3, 2005.",
                 {"interviewer": [{"literal": "the author"}], "event-place": "Leeds"}, None,
                 id="the author's interview: the author is the interviewer"),
])
def test_forms_found_in_probes_of_session_24(raw, fields, locator):
    """Made-up citations in German, Italian and Cold War forms (session 24 probes)."""
    cit = parse_citation(raw)
    assert _subset(fields, cit.work) == []
    assert cit.locator == locator


@pytest.mark.parametrize("note, expected", [
    pytest.param("Cfr. Hdt. 2.35.1 e Strab. Geogr. 17.1.3; diversamente Paus. 1.4.2.",
                 [("2.35.1", "Hdt"), ("17.1.3", "Strab"), ("1.4.2", "Paus")],
                 id="a chain of classical references joined by e and a semicolon"),
    pytest.param("Dio 53.13.1.", [("53.13.1", "Dio")], id="a short ancient name before book, chapter and section"),
    pytest.param("Statistisches Amt, Fachserie 1, Reihe 4.1.2: Beruf, Wiesbaden 1989, S. 14.", [("14", None)],
                 id="a statistical series' number is no classical reference"),
])
def test_classical_references_in_a_note(note, expected):
    """Found in set 13 once read (session 24)."""
    from nkcite.parse.citation import cite_note
    got = [(c.locator, (c.work.get("author") or [{}])[0].get("family")) for c in cite_note(note)]
    assert got == expected


@pytest.mark.parametrize("note, expected", [
    pytest.param("Vgl. ebd., Schreiben des Landrats an die Gemeinden vom 4. März 1951.",
                 [{"type": "manuscript", "title": "Schreiben des Landrats an die Gemeinden",
                   "issued": {"date-parts": [[1951, 3, 4]]}}],
                 id="German: a heading dated vom D. Monat YYYY keeps its day and month"),
    pytest.param("Memorandum of the Dock Board to the Governor, 4 June 1931.",
                 [{"type": "manuscript", "container-title": None}], id="a record's heading and a day is no newspaper"),
    pytest.param("Staatsarchiv Hamburg (StAHH), HB 2214, Vermerk über die Hafenarbeit, 8. Mai 1952; "
                 "ebd., HB 2215, Schreiben der Hafenbehörde vom 9. Juni 1952.",
                 [{"archive": "Staatsarchiv Hamburg", "archive_location": "HB 2214", "author": None},
                  {"archive_location": "HB 2215", "type": "manuscript", "issued": {"date-parts": [[1952, 6, 9]]}}],
                 id="German: a code and number after the archive or ebd. is the signature"),
    pytest.param("Siehe dazu Roth, a. a. O., S. 12 ff., sowie allgemein Eva Lenz/Kai Born (Hrsg.), *Stadt und Hafen*, "
                 "Kiel: Wachholtz 2001.",
                 [{"author": [{"family": "Roth"}]}, {"editor": [{"family": "Lenz", "given": "Eva"},
                                                               {"family": "Born", "given": "Kai"}]}],
                 id="German: sowie and a later citation after a pinpoint's full stop"),
    pytest.param("Zum Hafenbau im Norden vgl. Eva Lenz, Kai und Kran, Kiel 2001, S. 5.",
                 [{"author": [{"family": "Lenz", "given": "Eva"}], "title": "Kai und Kran"}],
                 id="German: a clause of capitalised nouns before vgl. is prose"),
    pytest.param("Vgl. Eva Lenz, Kai und Kran, Kiel 2001, S. 5; zur Lage vor Ort TAZ vom 3. Juni 1988; "
                 "ferner *Kieler Nachrichten* vom 4. Juni 1988.",
                 [{"author": [{"family": "Lenz", "given": "Eva"}]},
                  {"type": "article-newspaper", "container-title": "TAZ", "issued": {"date-parts": [[1988, 6, 3]]}},
                  {"type": "article-newspaper", "container-title": "Kieler Nachrichten"}],
                 id="German: a paper's name, vom and a day's date are an issue"),
    pytest.param("Brief vom 3. Mai 1950, Privatbesitz.", [{"type": "manuscript", "container-title": None}],
                 id="German: a letter vom a date is no newspaper"),
    pytest.param("See the editorials in Diário da Tarde (Lisboa), 3 de junho de 1958, 2.",
                 [{"type": "article-newspaper", "container-title": "Diário da Tarde", "publisher-place": "Lisboa"}],
                 id="a paper's name and place before its day's date and page, read as names"),
    pytest.param("Compare the account in Hubei ribao (Wuhan), 4 May 1957, 3.",
                 [{"type": "article-newspaper", "container-title": "Hubei ribao"}],
                 id="a romanised paper's name keeps its lower-case word"),
    pytest.param("Hubei sheng dang'anguan (Hubei Provincial Archives, hereafter HBPA), 112-3-45.",
                 [{"archive": "Hubei sheng dang'anguan", "archive_location": "112-3-45"}],
                 id="a romanised archive before its translation and abbreviation, then its signature"),
    pytest.param("Ann Lee, “Huiyi jianghua” [Speech at the meeting], 3 May 1960, in *Lee Ann wenji* "
                 "[Collected works of Ann Lee], vol. 2 (Beijing: Renmin, 1990), 21–30, at 25.",
                 [{"container-title": "Lee Ann wenji", "volume": "2", "page": "21–30"}],
                 id="a bracketed translation after the container goes to the note"),
    pytest.param("Rosa Vidal, *Crónica del puerto de Arica* (1788; repr., Lima: Editorial Andina, 1981), 40.",
                 [{"title": "Crónica del puerto de Arica", "original-date": {"date-parts": [[1788]]},
                   "issued": {"date-parts": [[1981]]}, "publisher": "Editorial Andina"}],
                 id="the year first printed before repr. in the imprint"),
    pytest.param("Telegram 402 from Dakar to Department of State, May 3, 1961, RG 59, CDF 1960–63, NARA.",
                 [{"genre": "Telegram", "number": "402", "author": [{"literal": "Dakar"}],
                   "recipient": [{"literal": "Department of State"}]}],
                 id="a telegram's number before from and its station"),
    pytest.param("Dakar to Secretary of State, tel. 88, June 4, 1961, RG 59, CDF 1960–63, NARA.",
                 [{"genre": "Telegram", "number": "88", "author": [{"literal": "Dakar"}]}],
                 id="a station to an office, the telegram's number after the heading"),
    pytest.param("“Record of Talk between Li Wei and Consul A. N. Orlov, 3 May 1958,” in *Documents on the Border*, "
                 "ed. Ann Lee (Leiden: Brill, 2012), doc. 9, 45–58, at 46.",
                 [{"title": "Record of Talk between Li Wei and Consul A. N. Orlov, 3 May 1958",
                   "container-title": "Documents on the Border", "number": "9", "page": "45–58"}],
                 id="initials inside a quoted title are no sub verbo"),
    pytest.param("Centre des archives diplomatiques, La Courneuve (CADC), Afrique-Levant (AL), dossier 112, "
                 "note du directeur au ministre, 4 mars 1957.",
                 [{"archive": "Centre des archives diplomatiques", "archive-place": "La Courneuve",
                   "archive_location": "Afrique-Levant (AL), dossier 112",
                   "title": "note du directeur au ministre"}],
                 id="the archive's place and abbreviation, a fonds with its own and a dossier"),
    pytest.param("Ruth Hale to Tom Reed, 3 May 1960, Ruth Hale Papers, box 2, folder 7, Bancroft Library, Berkeley, CA.",
                 [{"archive_location": "Ruth Hale Papers, box 2, folder 7", "archive": "Bancroft Library",
                   "archive-place": "Berkeley, CA"}],
                 id="a person's papers, and a town the lexicon may not know before its state"),
    pytest.param("E-Mail von Dr. Eva Lenz an die Verfasserin vom 3. März 2018.",
                 [{"type": "personal_communication", "author": [{"family": "Lenz", "given": "Eva"}], "genre": "E-Mail",
                   "issued": {"date-parts": [[2018, 3, 3]]}}],
                 id="German: an e-mail from X to the author, dated vom"),
    pytest.param("Archiv für Soziale Bewegungen (AfsB), 12-004-17, Protokoll der Vorstandssitzung vom 3. Mai 1971.",
                 [{"archive": "Archiv für Soziale Bewegungen", "archive_location": "12-004-17"}],
                 id="German: an archive's name runs past its für; figures after its abbreviation are the signature"),
    pytest.param("„Kirche und Kasse“, in: *Der Spiegel*, Nr. 22/1968, S. 40–44.",
                 [{"type": "article-magazine", "container-title": "Der Spiegel"}], id="a magazine the table knows"),
    pytest.param("Eva Lenz, *Kai und Kran*, Freiburg i. Br.: Rombach 2001, S. 5.",
                 [{"publisher-place": "Freiburg i. Br.", "title": "Kai und Kran", "publisher": "Rombach"}],
                 id="German: a town and its abbreviated river"),
    pytest.param("Kai Born, Art. Hafen, in: *Lexikon der Seefahrt*, 2. Aufl., Bd. 3, Berlin: Nautik 1990, Sp. 41–44, "
                 "hier Sp. 42.",
                 [{"container-title": "Lexikon der Seefahrt", "edition": "2", "volume": "3", "page": "41–44",
                   "note": None}],
                 id="German: an edition closing the container, columns after the imprint"),
    pytest.param("So der Bürgermeister Karl Roth in einer Rede vom 3. Mai 1950, zit. nach Eva Lenz, *Stadt und Krieg*, "
                 "Kiel: Wachholtz 2001, S. 5.",
                 [{"author": [{"family": "Lenz", "given": "Eva"}], "title": "Stadt und Krieg"}],
                 id="German: prose, then zit. nach and the source"),
    pytest.param("Interview mit Pastor i. R. Karl Lenz, geführt von Eva Roth, Kiel, 3. Mai 2004.",
                 [{"type": "interview", "author": [{"family": "Lenz", "given": "Karl"}],
                   "interviewer": [{"family": "Roth", "given": "Eva"}], "event-place": "Kiel"}],
                 id="German: a retired pastor interviewed, the interviewer after geführt von"),
    pytest.param("Ann Lee, *Der Hafen*, aus dem Englischen von Kai Born, Kiel: Wachholtz 2003 "
                 "(engl. Orig.: The Harbour, London 1999), S. 12.",
                 [{"translator": [{"family": "Born", "given": "Kai"}], "title": "Der Hafen",
                   "original-title": "The Harbour", "original-date": {"date-parts": [[1999]]},
                   "publisher": "Wachholtz", "issued": {"date-parts": [[2003]]}, "note": None}],
                 id="German: the translator after the title, the original edition in parentheses"),
    pytest.param("Tom Reed, *The Harbour Board*, trans. Ann C. Lee (Boston: Beacon, 2001), 4.",
                 [{"translator": [{"family": "Lee", "given": "Ann C."}], "editor": None}],
                 id="trans. read as an editor's run"),
    pytest.param("Ann Lee, ed. and trans., *The Salt Letters* (London: Verso, 1990).",
                 [{"editor": [{"family": "Lee", "given": "Ann"}], "translator": [{"family": "Lee", "given": "Ann"}]}],
                 id="ed. and trans. after the names"),
    pytest.param("Zhongguo shehui kexueyuan lishi yanjiusuo, ed., *Gangkou shiliao* (Beijing: Renmin, 1990), 3.",
                 [{"editor": [{"literal": "Zhongguo shehui kexueyuan lishi yanjiusuo"}], "title": "Gangkou shiliao"}],
                 id="a romanised body before its ed."),
    pytest.param("Trần Văn Lâm, *Lịch sử cảng Sài Gòn* (A history of the port of Saigon) (Hà Nội: Nxb. Trẻ, 2004), 5.",
                 [{"title": "Lịch sử cảng Sài Gòn", "publisher-place": "Hà Nội"}],
                 id="a translation in parentheses before the imprint"),
    pytest.param("Wang Lihua 王立华, *Gangkou yu chengshi* (Shanghai: Renmin, 2011), 9.",
                 [{"author": [{"family": "Wang", "given": "Lihua"}]}], id="a romanised name and its characters"),
    pytest.param("The strike of the dockers was reported in El Diario, 3 de mayo de 1951, 2.",
                 [{"type": "article-newspaper", "container-title": "El Diario"}],
                 id="prose saying where it was reported"),
])
def test_forms_found_in_sets_14_and_15(note, expected):
    """Forms of sets 14 and 15 (read in session 25), in made-up citations of the same forms."""
    from nkcite.parse.citation import cite_note
    got = cite_note(note)
    assert len(got) == len(expected)
    for cit, fields in zip(got, expected):
        assert _subset(fields, cit.work) == []


@pytest.mark.parametrize("note, expected", [
    pytest.param("See Exod. 3:14; cf. Mark 2:27–28.", [("Exod", "3:14"), ("Mark", "2:27–28")],
                 id="books of the Bible with chapter and verse (Exod. is no month)"),
    pytest.param("Vgl. 1 Kor 13,4.", [("1 Kor", "13,4")], id="German: a numbered book, chapter and verse by comma"),
    pytest.param("Aristotle, *Politics* 3.9, 1280a31–34.", [("Politics", "3.9, 1280a31–34")],
                 id="book and chapter before the Bekker number"),
    pytest.param("Kant, *Kritik der Urteilskraft*, A 12/B 14.", [("Kritik der Urteilskraft", "A 12/B 14")],
                 id="the first and second editions' pages, no shelf mark"),
    pytest.param("Cicero, *De officiis* 1.22.74 (ed. Ann Lee).", [("De officiis", "1.22.74")],
                 id="book, chapter and section after the emphasised title, an edition after them"),
    pytest.param("Ann Lee, “Rice,” *Journal of Asian History* 3.2 (1980): 4.", [("Rice", "4")],
                 id="a journal's volume and issue joined by a full stop stay the journal's"),
])
def test_pinpoints_of_scripture_and_philosophy(note, expected):
    """Probes in the forms of religious studies and philosophy (session 25)."""
    from nkcite.parse.citation import cite_note
    assert [(c.work.get("title"), c.locator) for c in cite_note(note)] == expected


@pytest.mark.parametrize("raw, fields", [
    pytest.param("*The Lost Harbour*, directed by Ruth Vane (Pinewood Films, 1952).",
                 {"type": "motion_picture", "title": "The Lost Harbour", "director": [{"family": "Vane", "given": "Ruth"}],
                  "author": None}, id="a film's title and its director"),
    pytest.param("Tate Gallery, *Turner and the Sea*, exh. cat. (London: Tate, 2013), cat. no. 12.",
                 {"title": "Turner and the Sea", "genre": "exh. cat"}, id="an exhibition catalogue"),
    pytest.param("Ann Lee, *Sonata for Harbour and Strings*, score (London: Novello, 1931), mm. 5–9.",
                 {"title": "Sonata for Harbour and Strings", "genre": "score"}, id="a score"),
    pytest.param("*Histoire du port*, dir. Paul Roux et Anne Blanc, t. II, Lille, Septentrion, 1998, p. 7.",
                 {"type": "book", "director": None}, id="French: dir. names the editors, no film's director"),
    pytest.param("Ann Lee, “Grief and Grammar,” *Victorian Poetry* 44, no. 2 (2006–7): 141–60.",
                 {"volume": "44", "issue": "2", "issued": {"date-parts": [[2006]]}}, id="a year range in the volume run"),
    pytest.param("“Hamlet on Film,” *Globe Library*, accessed June 3, 2021, https://www.example.org/hamlet-on-film.",
                 {"type": "webpage"}, id="a page with film in its address is no film"),
    pytest.param("Samuel Johnson, *A Dictionary of the English Language*, 2 vols. (London, 1755), s.v. “harbour.”",
                 {"type": "entry-dictionary", "title": "harbour"}, id="the headword after s.v. closing the note"),
    pytest.param("Hesiod, *Theogony*, trans. Ann Lee, Loeb Classical Library 57 (Cambridge, MA: Harvard University "
                 "Press, 1914), 12.", {"author": [{"family": "Hesiod"}], "title": "Theogony",
                                        "translator": [{"family": "Lee", "given": "Ann"}]},
                 id="an ancient author and title read into the translator's run"),
    pytest.param("Seneca, *Epistulae* (ed. Ann Lee).", {"editor": [{"family": "Lee", "given": "Ann"}]},
                 id="an editor in parentheses keeps no bracket"),
    pytest.param("Fieldnotes, Kiriwina, 1916, Ann Lee Papers, Royal Anthropological Institute, MS 12/3.",
                 {"title": "Fieldnotes, Kiriwina", "author": None, "archive_location": "Ann Lee Papers, MS 12/3"},
                 id="a record's heading word, and a signature after the repository"),
    pytest.param("Harbour Yearbook, 1958 Edition (Leith: The Harbour Press, 1958), p. 12.",
                 {"title": "Harbour Yearbook", "edition": "1958", "author": None}, id="a yearbook's edition by its year"),
    pytest.param("Tom Hale, *Reading the Psalter*, Cambridge Studies in Medieval Literature 52 (Cambridge: Cambridge "
                 "University Press, 2004), 12.",
                 {"title": "Reading the Psalter", "collection-title": "Cambridge Studies in Medieval Literature",
                  "collection-number": "52"}, id="a series and its number between the title and the imprint"),
    pytest.param("Ann Lee, *Harbour at Dusk*, 1871, oil on canvas, 60 × 90 cm, National Gallery, London, NG612.",
                 {"type": "graphic", "archive": "National Gallery", "archive-place": "London", "archive_location": "NG612"},
                 id="a painting's museum, its town and its number"),
    pytest.param("Victoria and Albert Museum, London, inv. no. E.45-1960.",
                 {"archive": "Victoria and Albert Museum", "author": None, "translator": None},
                 id="a museum named with and opening the citation"),
    pytest.param("Christie's, *Drawings of the Port*, sale catalogue, London, 3 May 1990, lot 12.",
                 {"genre": "sale catalogue", "title": "Drawings of the Port"}, id="a sale catalogue"),
    pytest.param("Ann Lee, “Night,” in *Collected Poems*, ed. Tom Hale (London: Faber, 1950), ll. 3–9.",
                 {"type": "chapter", "page": None}, id="lines of a poem after the imprint are the pinpoint"),
    pytest.param("BL Add. MS 4567, fol. 12r.", {"archive": "BL", "archive_location": "Add. MS 4567, fol. 12r"},
                 id="an abbreviated word after the archive's initials opens the signature"),
    pytest.param("Rita Vane to Ann Lee, 3 May 1890, Ann Lee Papers, MSS 45, box 2, Special Collections, Leeds University "
                 "Library, Leeds.", {"archive_location": "Ann Lee Papers, MSS 45, box 2"},
                 id="a person's papers after the date, the given name read as a volume"),
])
def test_kinds_of_work_in_the_arts(raw, fields):
    """Probes in the forms of art history, musicology and film studies (session 25)."""
    assert _subset(fields, parse_citation(raw).work) == []


@pytest.mark.parametrize("note, fields", [
    pytest.param("Marie Roux, « Le quai », dans Paul Blanc (dir.), *Le Port normand*, Rouen, PURH, 2004, p. 11-30.",
                 {"editor": [{"family": "Blanc", "given": "Paul"}], "container-title": "Le Port normand"},
                 id="French: dans before the editors"),
    pytest.param("Ana Gil, «El muelle», en Juan Pérez (coord.), *Historia de Cádiz*, Sevilla, US, 2001, pp. 11-30.",
                 {"editor": [{"family": "Pérez", "given": "Juan"}]}, id="Spanish: en before the editors"),
    pytest.param("Carta de Rui Lopes ao conde de Vale, Lisboa, 3 de maio de 1810, ANTT, maço 4, doc. 12.",
                 {"archive": "ANTT", "archive_location": "maço 4, doc. 12"}, id="Portuguese: an archive's acronym opening the signature"),
    pytest.param("Rui Lopes, «Navios e portos», *Ler História*, vol. XII, n.º 45, 1992, pp. 3-20.",
                 {"volume": "XII", "issue": "45"}, id="Portuguese: n.º before the issue"),
    pytest.param("Pau Vidal, *El port de Barcelona*, a cura de Pere Roca, Barcelona, Edicions 62, 1999, p. 34.",
                 {"editor": [{"family": "Roca", "given": "Pere"}]}, id="Catalan: a cura de"),
    pytest.param("Rita Costa, *O cais do Valongo*, dissertação de mestrado, Universidade Federal Fluminense, 2001, p. 9.",
                 {"type": "thesis", "genre": "dissertação de mestrado", "title": "O cais do Valongo"},
                 id="Portuguese: a master's dissertation"),
    pytest.param("Paul Roux, *Les Docks et les quais de la Seine au temps de Louis XIV*, 3e éd., Paris, Colin, 1970, p. 4.",
                 {"edition": "3", "note": None}, id="French: the ordinal before éd."),
    pytest.param("Paul Roux, *Les Docks*, Rennes, PUR, 2003, p. 4.", {"publisher": "PUR", "publisher-place": "Rennes"},
                 id="French: a publisher's initials after the town"),
    pytest.param("Entrevista a Rosa Vidal, realizada por el autor, Córdoba, 12 de abril de 2003.",
                 {"type": "interview", "interviewer": [{"literal": "the author"}]},
                 id="Spanish: the interviewer is the author"),
])
def test_forms_of_french_and_spanish_notes(note, fields):
    """Probes in the forms of French and Spanish historiography (session 25)."""
    from nkcite.parse.citation import cite_note
    assert _subset(fields, cite_note(note)[0].work) == []


def test_ibidem_with_its_accent_is_ibid():
    from nkcite.parse.citation import cite_note
    assert [c.form for c in cite_note("Ibídem, p. 50.")] == ["ibid"]


@pytest.mark.parametrize("note", [
    pytest.param("Cf. *supra*, n. 3.", id="supra and a note"),
    pytest.param("Siehe oben, Anm. 12.", id="German: oben and a note"),
    pytest.param("See above, n. 4.", id="above and a note"),
])
def test_a_pointer_to_another_note_cites_nothing(note):
    """Made up in the forms of French, German and English notes (session 25)."""
    from nkcite.parse.citation import cite_note
    assert cite_note(note) == []


def test_lines_of_a_poem_are_the_pinpoint_with_their_label():
    cit = parse_citation("Ann Lee, “Night,” in *Collected Poems*, ed. Tom Hale (London: Faber, 1950), ll. 3–9.")
    assert (cit.locator, cit.label) == ("3–9", "line")


def test_a_recording_its_label_number_and_medium():
    """Made up in the form of musicology's notes (session 25)."""
    from nkcite.parse.citation import cite_note
    work = cite_note("Ann Lee, *Sea Songs*, Decca SXL 6123, 1964, LP.")[0].work
    assert {k: work.get(k) for k in ("type", "publisher", "number", "medium", "issued")} == {
        "type": "song", "publisher": "Decca", "number": "SXL 6123", "medium": "LP", "issued": {"date-parts": [[1964]]}}
