"""Made-up works of the kinds historians cite that reference lists rarely hold.

Archival records of many national archives (each with the shelf-mark shape
its archive uses), letters in manuscript collections, interviews and
e-mails, newspaper issues and articles, working papers and document
collections. Names and titles come from a pool of real-looking values
(the items read from the labelled data); the archives and the shape of
their signatures are the conventions of the field:

    AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 165-192        (Russian)
    RG 59, Central Foreign Policy Files, Box 2262, NARA      (US)
    FO 371/69824, TNA                                        (UK)
    ASVe, Senato, Deliberazioni, reg. 12, c. 5v              (Italian)
    AGI, Santa Fe 552                                        (Spanish)
    BArch, R 43/1234, Bl. 10–12                              (German)
    Nationaal Archief, toegang 1.04.02, inv. nr. 123, fol. 4 (Dutch)
    IOR/L/PJ/6/123, British Library                          (India Office)
"""
from __future__ import annotations

from random import Random
from typing import Callable

# archive (as printed), its place, and a function drawing one shelf mark
ShelfMark = Callable[[Random], str]


def _n(rng: Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def _russian(rng: Random) -> str:
    parts = [("f.", "F.", "fond", "Fond"), ("op.", "Op.", "opis'"), ("p.", "P.", "papka", "pa."),
             ("d.", "D.", "delo", "Delo"), ("l.", "ll.", "L.", "Ll.", "listy", "Listy")]
    style = rng.randrange(4)
    out = []
    for i, options in enumerate(parts):
        if i == 2 and rng.random() < 0.5:
            continue
        label = options[min(style, len(options) - 1)] if rng.random() < 0.8 else rng.choice(options)
        number = f"{_n(rng, 1, 400)}" if i != 4 else f"{_n(rng, 1, 200)}" + (f"-{_n(rng, 201, 260)}" if rng.random() < 0.5 else "")
        if i == 0 and rng.random() < 0.3:
            number = f"0{_n(rng, 100, 999)}"
        out.append(f"{label} {number}")
    return ", ".join(out)


def _nara(rng: Random) -> str:
    series = rng.choice(["Central Foreign Policy Files, 1967-69", "Subject-Numeric Files", "Records of the Office of the Secretary",
                         "Lot Files", "Central Decimal File, 1955-59"])
    return rng.choice([f"RG {_n(rng, 11, 490)}, {series}, Box {_n(rng, 1, 3000)}",
                       f"Record Group {_n(rng, 11, 490)}, {series}, box {_n(rng, 1, 3000)}",
                       f"POL {_n(rng, 1, 30)} KOR N, Box {_n(rng, 1, 3000)}, RG 59"])


def _presidential(rng: Random) -> str:
    files = rng.choice(["National Security File, Country File, Vietnam", "NSC Files, Subject Files",
                        "White House Central Files, Subject Files", "National Security Council Files: Paris Talks",
                        "Presidential Daily Diary", "NSC Institutional Files"])
    return rng.choice([f"{files}, Box {_n(rng, 1, 900)}", f"box {_n(rng, 1, 900)}, {files}",
                       f"{files}, box {_n(rng, 1, 900)}, folder {_n(rng, 1, 30)}"])


def _uk(rng: Random) -> str:
    series = rng.choice(["FO 371", "PREM 11", "CAB 128", "DEFE 11", "FCO 21", "CO 1030", "WO 208", "DO 35"])
    return f"{series}/{_n(rng, 1, 190000)}" + (f", f. {_n(rng, 1, 300)}" if rng.random() < 0.2 else "")


def _chinese(rng: Random) -> str:
    return rng.choice([f"{_n(rng, 100, 120)}-{_n(rng, 100, 3000):05d}-{_n(rng, 1, 20):02d}",
                       f"{_n(rng, 1, 9000)}-{_n(rng, 1, 20)}-{_n(rng, 1, 900)}",
                       f"B{_n(rng, 1, 300)}-{_n(rng, 1, 9)}-{_n(rng, 1, 3000)}"])


def _spanish(rng: Random) -> str:
    return rng.choice([f"{rng.choice(['Santa Fe', 'Indiferente General', 'Lima', 'México', 'Quito', 'Charcas'])} {_n(rng, 1, 2000)}",
                       f"Estado, leg. {_n(rng, 1, 9000)}, exp. {_n(rng, 1, 90)}",
                       f"{rng.choice(['Estado', 'Guerra Moderna', 'Consejos'])}, legajo {_n(rng, 1, 9000)}"])


def _italian(rng: Random) -> str:
    fonds = rng.choice(["Senato, Deliberazioni, Secreta", "Consiglio dei Dieci, Misti", "Collegio, Relazioni",
                        "Senato Mar", "Provveditori alla Sanità", "Inquisitori di Stato", "Mediceo del Principato",
                        "Notarile, Testamenti"])
    unit = rng.choice([f"reg. {_n(rng, 1, 200)}", f"b. {_n(rng, 1, 900)}", f"busta {_n(rng, 1, 900)}",
                       f"filza {_n(rng, 1, 900)}", f"fz. {_n(rng, 1, 900)}"])
    extra = rng.choice(["", f", fasc. {_n(rng, 1, 40)}", f", c. {_n(rng, 1, 300)}{rng.choice('rv')}"])
    return f"{fonds}, {unit}{extra}"


def _leaves(rng: Random, words: tuple[str, ...], chance: float = 0.35) -> str:
    """Now and then the leaves or pages cited, inside the signature: `, Bl. 12–15`, `, fol. 3v`."""
    if rng.random() >= chance:
        return ""
    first = _n(rng, 1, 400)
    number = rng.choice([str(first), f"{first}{rng.choice('rv')}", f"{first}–{first + _n(rng, 1, 9)}",
                         f"{first}-{first + _n(rng, 1, 9)}"])
    return f", {rng.choice(words)} {number}"


def _german(rng: Random) -> str:
    shelf = rng.choice([f"DY 30/IV 2/{_n(rng, 1, 20)}/{_n(rng, 1, 300)}", f"NY {_n(rng, 4000, 4300)}/{_n(rng, 1, 500)}",
                        f"MfAA, A {_n(rng, 1, 20000)}", f"B {_n(rng, 100, 200)}/{_n(rng, 1, 9000)}",
                        f"Rep. {_n(rng, 1, 300)}, Nr. {_n(rng, 1, 9000)}", f"R {_n(rng, 2, 9000)}/{_n(rng, 1, 30000)}",
                        f"E {_n(rng, 1, 300)} Bü {_n(rng, 1, 2000)}", f"Best. {_n(rng, 1, 900)}, Nr. {_n(rng, 1, 9000)}",
                        f"MA {_n(rng, 1, 900)}/{_n(rng, 1, 90)}"])
    return shelf + _leaves(rng, ("Bl.", "Bl.", "fol.", "S."))


def _french(rng: Random) -> str:
    shelf = rng.choice([f"F7 {_n(rng, 10000, 16000)}", f"{_n(rng, 1, 600)} AP {_n(rng, 1, 300)}",
                        f"Asie-Océanie, Corée 1956-1967, vol. {_n(rng, 1, 90)}", f"{_n(rng, 1, 20)} H {_n(rng, 1, 9000)}",
                        f"{_n(rng, 1, 9)} {rng.choice('MTRUZ')} {_n(rng, 1, 900)}", f"{rng.choice('MTV')} {_n(rng, 1, 900)}/{_n(rng, 1, 40)}",
                        f"F/7/{_n(rng, 10000, 16000)}", f"BB/18/{_n(rng, 1000, 9000)}", f"carton {_n(rng, 1, 900)}",
                        f"dossier n° {_n(rng, 1, 90)}.{_n(rng, 100, 999)}"])
    return shelf + _leaves(rng, ("f.", "fol.", "p."), 0.2)


def _dutch(rng: Random) -> str:
    return rng.choice([f"inv. nr. {_n(rng, 1, 9000)}", f"toegang {_n(rng, 1, 9)}.{_n(rng, 1, 20):02d}.{_n(rng, 1, 99):02d}, "
                       f"inv. nr. {_n(rng, 1, 9000)}", f"archiefnr. {_n(rng, 1, 9000)}, inv. nr. {_n(rng, 1, 900)}",
                       f"VOC {_n(rng, 1000, 9000)}"]) + _leaves(rng, ("fol.", "f.", "p."))


def _nordic(rng: Random) -> str:
    fonds = rng.choice(["Kanslikollegium", "Danske Kancelli", "Statskontoret", "Rentekammeret", "Kammarkollegiet",
                        "Handelsdepartementet", "Generaltollkammeret"])
    return rng.choice([f"{fonds}, {rng.choice('ABCDEF')} {rng.choice(['I', 'II', 'III', 'IV', 'V'])}:{_n(rng, 1, 400)}",
                       f"{fonds}, pk. {_n(rng, 1, 900)}", f"{fonds}, vol. {_n(rng, 1, 900)}"]) + _leaves(rng, ("fol.", "s."), 0.2)


def _portuguese(rng: Random) -> str:
    fonds = rng.choice(["Ministério do Reino", "Conselho Ultramarino", "Secretaria de Estado", "Casa da Suplicação",
                        "Desembargo do Paço"])
    return rng.choice([f"{fonds}, maço {_n(rng, 1, 900)}", f"{fonds}, cx. {_n(rng, 1, 900)}, doc. {_n(rng, 1, 9000)}",
                       f"Códice {_n(rng, 1, 900)}", f"{fonds}, liv. {_n(rng, 1, 300)}",
                       f"{fonds}, caixa {_n(rng, 1, 900)}, doc. {_n(rng, 1, 90)}"]) + _leaves(rng, ("fl.", "fls.", "f."))


def _mexican(rng: Random) -> str:
    fonds = rng.choice(["Inquisición", "Tierras", "Civil", "Indios", "General de Parte", "Gobernación", "Sala IX"])
    return rng.choice([f"{fonds}, vol. {_n(rng, 1, 3000)}, exp. {_n(rng, 1, 90)}", f"{fonds}, leg. {_n(rng, 1, 900)}",
                       f"{fonds}, {_n(rng, 1, 40)}-{_n(rng, 1, 9)}-{_n(rng, 1, 9)}"]) + _leaves(rng, ("f.", "fs.", "fojas"))


def _ottoman(rng: Random) -> str:
    return rng.choice([f"A.MKT.MHM {_n(rng, 1, 900)}/{_n(rng, 1, 90)}", f"İ.DH {_n(rng, 1, 1500)}/{_n(rng, 1, 99999)}",
                       f"Y.PRK.ASK {_n(rng, 1, 300)}/{_n(rng, 1, 200)}", f"DH.MKT {_n(rng, 1, 3000)}/{_n(rng, 1, 90)}",
                       f"HR.SYS {_n(rng, 1, 3000)}/{_n(rng, 1, 90)}"])


def _indian(rng: Random) -> str:
    return rng.choice([f"IOR/L/PJ/{_n(rng, 1, 12)}/{_n(rng, 1, 2000)}", f"IOR/R/{_n(rng, 1, 20)}/{_n(rng, 1, 900)}",
                       f"Mss Eur F{_n(rng, 100, 300)}/{_n(rng, 1, 90)}",
                       f"Home Department, Political, Proceedings A, {rng.choice(['March', 'June', 'October'])} {_n(rng, 1880, 1946)}, "
                       f"nos. {_n(rng, 1, 90)}–{_n(rng, 91, 120)}",
                       f"Foreign Department, Secret, File {_n(rng, 1, 900)}"]) + _leaves(rng, ("f.", "ff.", "fos."), 0.2)


def _british_manuscripts(rng: Random) -> str:
    return rng.choice([f"Add MS {_n(rng, 10000, 90000)}", f"Add. MS {_n(rng, 10000, 90000)}",
                       f"Cotton MS {rng.choice(['Vespasian', 'Julius', 'Nero', 'Titus'])} {rng.choice('ABCDEF')} "
                       f"{rng.choice(['I', 'II', 'III', 'IV', 'VII'])}", f"MS Eng. hist. c. {_n(rng, 1, 900)}",
                       f"D/{rng.choice(['EX', 'Q', 'P'])} {_n(rng, 1, 900)}/{_n(rng, 1, 90)}"]) + _leaves(rng, ("fo.", "fos.", "f.", "ff."), 0.6)


def _east_european(rng: Random) -> str:
    return rng.choice([f"XIX-J-1-j, Korea, {_n(rng, 1950, 1989)}, {_n(rng, 1, 90)}. doboz, {_n(rng, 1, 40)}, 00{_n(rng, 1000, 9999)}/{_n(rng, 1950, 1989)}",
                       f"KC PZPR, XIA/{_n(rng, 1, 900)}", f"op. {_n(rng, 1, 40)}, a.e. {_n(rng, 1, 900)}",
                       f"ÚV KSČ, fond {_n(rng, 1, 100)}, sv. {_n(rng, 1, 200)}, a.j. {_n(rng, 1, 300)}"])


def _collection(rng: Random) -> str:
    return rng.choice([f"Box {_n(rng, 1, 90)}, Folder {_n(rng, 1, 40)}", f"box {_n(rng, 1, 90)}, folder {_n(rng, 1, 40)}",
                       f"MS {_n(rng, 100, 2000)}, Box {_n(rng, 1, 90)}", f"Series {_n(rng, 1, 9)}, Box {_n(rng, 1, 90)}",
                       f"b. {_n(rng, 1, 90)}, f. {_n(rng, 1, 40)}"])


ARCHIVES: list[tuple[str, str | None, ShelfMark]] = [
    ("AVPRF", "Moscow", _russian), ("RGANI", "Moscow", _russian), ("RGASPI", "Moscow", _russian),
    ("GARF", "Moscow", _russian), ("Archive of Foreign Policy of the Russian Federation", "Moscow", _russian),
    ("Russian State Archive of Contemporary History", "Moscow", _russian), ("TsAMO", "Podolsk", _russian),
    ("National Archives", "College Park, MD", _nara), ("NARA", None, _nara), ("NARA II", None, _nara),
    ("National Archives and Records Administration", "College Park, MD", _nara),
    ("Lyndon Baines Johnson Library", "Austin, TX", _presidential), ("LBJL", None, _presidential),
    ("Richard Nixon Presidential Library and Museum", "Yorba Linda, CA", _presidential), ("RNPLM", None, _presidential),
    ("John F. Kennedy Presidential Library", "Boston", _presidential), ("Gerald R. Ford Library", "Ann Arbor, MI", _presidential),
    ("Dwight D. Eisenhower Library", "Abilene, KS", _presidential),
    ("The National Archives", "Kew", _uk), ("TNA", None, _uk), ("PRO", None, _uk), ("National Archives of the UK", "London", _uk),
    ("PRC FMA", None, _chinese), ("Chinese Foreign Ministry Archive", "Beijing", _chinese),
    ("Jiangsu Provincial Archives", "Nanjing", _chinese), ("Shanghai Municipal Archives", "Shanghai", _chinese),
    ("Beijing Municipal Archives", "Beijing", _chinese),
    ("AGI", None, _spanish), ("Archivo General de Indias", "Seville", _spanish), ("AHN", None, _spanish),
    ("Archivo Histórico Nacional", "Madrid", _spanish), ("Archivo General de Simancas", "Simancas", _spanish),
    ("ASVe", None, _italian), ("ASV", None, _italian), ("Archivio di Stato di Venezia", "Venezia", _italian),
    ("Archivio di Stato di Firenze", "Firenze", _italian), ("Archivio Segreto Vaticano", "Città del Vaticano", _italian),
    ("SAPMO-BArch", "Berlin", _german), ("BArch", "Koblenz", _german), ("PA AA", "Berlin", _german),
    ("Politisches Archiv des Auswärtigen Amts", "Berlin", _german), ("Landesarchiv Berlin", "Berlin", _german),
    ("AN", "Paris", _french), ("Archives nationales", "Pierrefitte-sur-Seine", _french),
    ("AMAE", "La Courneuve", _french), ("Service historique de la Défense", "Vincennes", _french),
    ("MNL OL", "Budapest", _east_european), ("Hungarian National Archives", "Budapest", _east_european),
    ("AAN", "Warsaw", _east_european), ("State Central Archive", "Prague", _east_european),
    ("Central State Archive", "Sofia", _east_european),
    ("Bundesarchiv", "Berlin", _german), ("Hauptstaatsarchiv Stuttgart", "Stuttgart", _german),
    ("Bayerisches Hauptstaatsarchiv", "München", _german), ("Stadtarchiv Köln", "Köln", _german),
    ("AD Gironde", None, _french), ("Archives départementales du Nord", "Lille", _french), ("AD Rhône", None, _french),
    ("Archives de la préfecture de police", "Paris", _french), ("AGR", "Bruxelles", _french),
    ("Archives générales du Royaume", "Bruxelles", _french),
    ("Nationaal Archief", "Den Haag", _dutch), ("NA", "The Hague", _dutch), ("Stadsarchief Amsterdam", None, _dutch),
    ("Zeeuws Archief", "Middelburg", _dutch),
    ("Riksarkivet", "Stockholm", _nordic), ("Rigsarkivet", "København", _nordic), ("Arkivverket", "Oslo", _nordic),
    ("ANTT", "Lisboa", _portuguese), ("Arquivo Nacional da Torre do Tombo", "Lisboa", _portuguese),
    ("AHU", "Lisboa", _portuguese), ("Arquivo Nacional", "Rio de Janeiro", _portuguese),
    ("AGN", "México", _mexican), ("Archivo General de la Nación", "Buenos Aires", _mexican),
    ("BOA", "Istanbul", _ottoman), ("Başbakanlık Osmanlı Arşivi", "İstanbul", _ottoman),
    ("British Library", None, _indian), ("National Archives of India", "New Delhi", _indian),
    ("British Library", "London", _british_manuscripts), ("Bodleian Library", "Oxford", _british_manuscripts),
    ("Devon Record Office", "Exeter", _british_manuscripts),
    ("Library of Congress", "Washington, DC", _collection), ("Manuscript Division, Library of Congress", None, _collection),
    ("Hoover Institution Archives", "Stanford, CA", _collection), ("Houghton Library, Harvard University", None, _collection),
    ("Special Collections, University of Chicago Library", None, _collection),
    ("Rockefeller Archive Center", "Sleepy Hollow, NY", _collection), ("Bodleian Library", "Oxford", _collection),
    ("British Library", "London", _collection),
]

RECORD_TITLES = [
    "Memorandum of Conversation between {a} and {b}", "Record of a Conversation with {a}",
    "Record of Conversation between {a} and {b}", "Report on the Situation in {p}", "Telegram from {p} to {q}",
    "Letter from {a} to {b}", "Minutes of the Meeting of {a} and {b}", "Note on a Meeting with {a}",
    "Memorandum for the Record", "Information on the Visit of {a} to {p}", "Report of the Embassy in {p}",
    "Political Report for {y}", "Cable from the Embassy in {p}", "Diary of {a}", "Minutes of a Conversation in {p}",
    "Relazione di {a}", "Dispaccio da {p}", "Lettera di {a} a {b}", "Vermerk über ein Gespräch mit {a}",
    "Aufzeichnung über die Unterredung mit {a}", "Informe sobre {p}", "Carta de {a} a {b}", "Note sur la situation à {p}",
    "Schreiben von {a} an {b}", "Bericht des Landrats über die Lage in {p}", "Vermerk für {a}",
    "lettre de {a} à {b}", "rapport du commissaire de police de {p}", "procès-verbal d'audition de {a}",
    "Brief van {a} aan {b}", "Rapport over de toestand te {p}", "brev från {a} till {b}", "Ofício de {a} a {b}",
    "Representação dos moradores de {p}", "petición de {a}", "Minute by {a}", "Despatch from {a} to {b}",
    "Petition of the inhabitants of {p}", "Memorial of {a}", "Pismo {a} do {b}",
]
RECORD_LANGUAGES = {_german: "de", _french: "fr", _italian: "it", _spanish: "es", _mexican: "es", _portuguese: "pt",
                    _dutch: "nl", _nordic: "sv"}
"""The language a record's date is written in, by its archive's country (others: English)."""
GENRES = ["Telegram", "Memorandum", "Airgram", "Cable", "Report", "Letter", "Minutes", "Memo"]
PLACES = ["Hanoi", "Pyongyang", "Beijing", "Moscow", "Seoul", "Tokyo", "Saigon", "Washington", "Berlin", "Prague",
          "Warsaw", "Budapest", "Havana", "Jakarta", "Rangoon", "Phnom Penh", "Vientiane", "Paris", "London",
          "Venice", "Madrid", "Lima", "Bogotá", "Mexico City", "Cairo", "Delhi", "Geneva", "Vienna"]
NEWSPAPERS = ["New York Times", "Washington Post", "The Times", "Le Monde", "Pravda", "Izvestiia", "Rodong Sinmun",
              "Nhân Dân", "Renmin Ribao", "People's Daily", "Frankfurter Allgemeine Zeitung", "Neues Deutschland",
              "Corriere della Sera", "La Stampa", "El País", "ABC", "The Guardian", "Chicago Tribune", "Los Angeles Times",
              "Manchester Guardian", "Daily Telegraph", "Asahi Shimbun", "Dong-A Ilbo", "Chosun Ilbo", "Straits Times",
              "Il Gazzettino", "Süddeutsche Zeitung", "Die Zeit", "Le Figaro", "L'Humanité", "Boston Globe"]
SERIES = ["Cold War International History Project Working Paper", "NKIDP Working Paper", "CWIHP e-Dossier",
          "NBER Working Paper", "Occasional Paper", "Working Paper", "Discussion Paper", "Policy Brief"]
INSTITUTES = ["Woodrow Wilson International Center for Scholars", "Wilson Center", "RAND Corporation",
              "Brookings Institution", "Institute of Historical Research", "German Historical Institute",
              "Centre for International Studies"]


def person(rng: Random, pool: list[dict]) -> dict:
    """A person's name from the pool of names read from labelled data."""
    return dict(rng.choice(pool))


def full_name(name: dict) -> str:
    return " ".join(x for x in (name.get("given"), name.get("family")) if x)


def _date(rng: Random, low: int = 1500, high: int = 2024, precision: int | None = None) -> dict:
    year = rng.randint(low, high)
    precision = precision or rng.choice((1, 2, 3, 3, 3))
    parts = [year, rng.randint(1, 12), rng.randint(1, 28)][:precision]
    return {"date-parts": [parts]}


EARLY_MODERN = (_italian, _spanish, _mexican, _portuguese, _dutch, _nordic, _british_manuscripts, _ottoman)


def archival_record(rng: Random, pool: list[dict], number: int) -> dict:
    """A record in an archive: title (or heading), date, archive, shelf mark."""
    archive, place, shelf = rng.choice(ARCHIVES)
    a, b = full_name(person(rng, pool)), full_name(person(rng, pool))
    title = rng.choice(RECORD_TITLES).format(a=a, b=b, p=rng.choice(PLACES), q=rng.choice(PLACES),
                                             y=rng.randint(1945, 1990))
    item = {"id": f"g{number}", "type": "manuscript", "title": title, "archive": archive,
            "archive_location": shelf(rng), "issued": _date(rng, 1450 if shelf in EARLY_MODERN else 1900, 1995)}
    if shelf in RECORD_LANGUAGES and rng.random() < 0.7:
        item["language"] = RECORD_LANGUAGES[shelf]
    if place and rng.random() < 0.4:
        item["archive-place"] = place
    if rng.random() < 0.2:
        item["genre"] = rng.choice(GENRES)
    if rng.random() < 0.25:
        item["author"] = [person(rng, pool)]
    if rng.random() < 0.15:
        item["translator"] = [person(rng, pool)]
    return item


def letter(rng: Random, pool: list[dict], number: int) -> dict:
    """A letter in a manuscript collection (`X to Y, date, Z Papers, Box 3, ...`)."""
    archive, place, _ = rng.choice([a for a in ARCHIVES if a[2] is _collection])
    writer, recipient = person(rng, pool), person(rng, pool)
    owner = rng.choice((writer, recipient)).get("family", "Smith")
    location = f"{owner} Papers, {_collection(rng)}"
    return {"id": f"g{number}", "type": "manuscript", "genre": "Letter", "author": [writer], "recipient": [recipient],
            "title": f"{full_name(writer)} to {full_name(recipient)}", "issued": _date(rng, 1750, 1990, 3),
            "archive": archive, "archive_location": location, **({"archive-place": place} if place else {})}


def interview(rng: Random, pool: list[dict], number: int) -> dict:
    genre = rng.choice(["interview by author", "interview by the author", "author's interview",
                        "oral history interview", "telephone interview by author",
                        f"interview by {full_name(person(rng, pool))}", f"interviewed by {full_name(person(rng, pool))}"])
    return {"id": f"g{number}", "type": "interview", "author": [person(rng, pool)],
            "issued": _date(rng, 1960, 2024, 3), "event-place": rng.choice(PLACES), "genre": genre}


def correspondence(rng: Random, pool: list[dict], number: int) -> dict:
    return {"id": f"g{number}", "type": "personal_communication", "author": [person(rng, pool)],
            "recipient": [{"literal": "the author"}], "issued": _date(rng, 1980, 2024, 3),
            "genre": rng.choice(["e-mail", "email", "letter", "personal communication"])}


def newspaper(rng: Random, pool: list[dict], titles: list[str], number: int) -> dict:
    item = {"id": f"g{number}", "type": "article-newspaper", "container-title": rng.choice(NEWSPAPERS),
            "issued": _date(rng, 1850, 2024, 3)}
    if rng.random() < 0.6:
        item["title"] = rng.choice(titles)
    if rng.random() < 0.4:
        item["author"] = [person(rng, pool)]
    if rng.random() < 0.3:
        item["page"] = str(rng.randint(1, 40))
    return item


def working_paper(rng: Random, pool: list[dict], titles: list[str], number: int) -> dict:
    return {"id": f"g{number}", "type": "report", "author": [person(rng, pool)], "title": rng.choice(titles),
            "collection-title": rng.choice(SERIES), "number": str(rng.randint(1, 120)),
            "publisher": rng.choice(INSTITUTES), "issued": _date(rng, 1990, 2024, 1),
            **({"publisher-place": "Washington, DC"} if rng.random() < 0.5 else {})}


def document_in_collection(rng: Random, pool: list[dict], number: int) -> dict:
    """A document printed in a documentary edition (FRUS and its kind)."""
    a, b = full_name(person(rng, pool)), full_name(person(rng, pool))
    years = rng.randint(1945, 1976)
    return {"id": f"g{number}", "type": "chapter", "title": rng.choice(RECORD_TITLES[:8]).format(
                a=a, b=b, p=rng.choice(PLACES), q=rng.choice(PLACES), y=years),
            "container-title": rng.choice([f"Foreign Relations of the United States, {years}-{years + 3}",
                                           "Documents on British Policy Overseas", "Documents diplomatiques français",
                                           "Akten zur Auswärtigen Politik der Bundesrepublik Deutschland"]),
            "volume": str(rng.randint(1, 30)), "number": str(rng.randint(1, 400)),
            "publisher-place": rng.choice(["Washington, DC", "London", "Paris", "München"]),
            "publisher": rng.choice(["Government Printing Office", "HMSO", "Imprimerie nationale", "Oldenbourg"]),
            "issued": _date(rng, 1980, 2015, 1)}


MAKERS = [(archival_record, 0.34), (letter, 0.1), (interview, 0.08), (correspondence, 0.04),
          (newspaper, 0.22), (working_paper, 0.1), (document_in_collection, 0.12)]


def generated_items(rng: Random, pool: list[dict], titles: list[str], count: int) -> list[dict]:
    """`count` made-up works of the kinds above, drawn in fixed proportions."""
    out = []
    makers, weights = zip(*MAKERS)
    for number in range(count):
        maker = rng.choices(makers, weights)[0]
        needs_titles = maker in (newspaper, working_paper)
        out.append(maker(rng, pool, titles, number) if needs_titles else maker(rng, pool, number))
    return out
