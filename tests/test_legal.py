"""Law reports, statutes and debates read by their certain forms (`parse.legal`)."""
import pytest

from nkcite.parse.citation import cite_note
from nkcite.parse.legal import read_legal

from .conftest import resolved_document


@pytest.mark.parametrize("text, work, locator, label", [
    pytest.param("Carver v. Lusk Mills Co., 118 Mass. 402, 405 (1875)",
                 {"type": "legal_case", "title": "Carver v. Lusk Mills Co.", "container-title": "Mass.",
                  "volume": "118", "page": "402", "issued": {"date-parts": [[1875]]}}, "405", "page",
                 id="a US state report with a pin"),
    pytest.param("In re Vail, 22 F.2d 114 (2d Cir. 1927).",
                 {"title": "In re Vail", "container-title": "F.2d", "volume": "22", "authority": "2d Cir."}, None, None,
                 id="In re, a federal reporter and the court"),
    pytest.param("Ode v. Vale Corp., 12 F. Supp. 2d 45, 47–49 (S.D.N.Y. 1998)",
                 {"container-title": "F. Supp. 2d", "authority": "S.D.N.Y."}, "47–49", "page",
                 id="a reporter of several words, a pin range"),
    pytest.param("R v. Hale and Others (1852) 5 Cox CC 61, 63",
                 {"title": "R v. Hale and Others", "container-title": "Cox CC", "volume": "5", "page": "61",
                  "issued": {"date-parts": [[1852]]}}, "63", "page", id="an English report, year in parentheses"),
    pytest.param("Dunmore v Pike [1931] 2 KB 17, 20",
                 {"title": "Dunmore v Pike", "container-title": "KB", "volume": "2"}, "20", "page",
                 id="an English report, year in brackets, v without a full stop"),
    pytest.param("Ames v. Cole [2004] EWCA Civ 117, [33]",
                 {"container-title": "EWCA Civ", "page": "117"}, "33", "paragraph", id="a neutral citation"),
    pytest.param("Ridge v. Hale, 7 Mass. 12 (1810) (Parker, C.J.)", {"note": "Parker, C.J."}, None, None,
                 id="the judge after the year"),
    pytest.param("Harbours Act 1858, 21 & 22 Vict. c. 92, s. 4",
                 {"type": "legislation", "title": "Harbours Act 1858", "number": "21 & 22 Vict. c. 92",
                  "issued": {"date-parts": [[1858]]}}, "4", "section", id="a UK statute with its section"),
    pytest.param("HC Deb 3 May 1871, vol 206, cols 101–4",
                 {"type": "hearing", "container-title": "HC Deb", "authority": "House of Commons", "volume": "206",
                  "issued": {"date-parts": [[1871, 5, 3]]}}, "101–4", "column", id="a Commons debate"),
    pytest.param("Carver, 118 Mass. at 407", {"title": "Carver", "container-title": "Mass.", "volume": "118"},
                 "407", "page", id="the Bluebook short form"),
    pytest.param("The court followed Carver v. Lusk Mills Co., 118 Mass. 402 (1875)",
                 {"title": "Carver v. Lusk Mills Co.", "note": "The court followed"}, None, None,
                 id="prose before the first party"),
    pytest.param("Harbor Act of 1890, Pub. L. No. 51-9, § 4, 26 Stat. 12",
                 {"type": "legislation", "title": "Harbor Act of 1890", "number": "Pub. L. No. 51-9",
                  "container-title": "Stat.", "volume": "26", "page": "12", "issued": {"date-parts": [[1890]]}},
                 "4", "section", id="a US statute at large"),
    pytest.param("HL Deb 12 Feb. 1907, vol. 169, col. 33",
                 {"authority": "House of Lords", "issued": {"date-parts": [[1907, 2, 12]]}}, "33", "column",
                 id="a Lords debate"),
    pytest.param("Gale v Rook [1911] 2 KB 301 (CA) 309",
                 {"container-title": "KB", "volume": "2", "page": "301", "authority": "CA"}, "309", "page",
                 id="the court in parentheses before an OSCOLA pin"),
    pytest.param("Lane v Hurst (1851) 7 M & W 12, 150 ER 33",
                 {"container-title": "M & W", "volume": "7", "note": "Also 150 ER 33."}, None, None,
                 id="a reporter with an ampersand and a parallel report"),
    pytest.param("State v. Orme Grain Co., 91 N.E. 17, 19 (Ohio 1910), where the court would not extend it",
                 {"authority": "Ohio", "note": "where the court would not extend it"}, "19", "page",
                 id="commentary after the court and year"),
    pytest.param("Orme v Lane Stores Ltd [2009] EWHC 1201 (QB), [12]–[15]",
                 {"container-title": "EWHC", "page": "1201"}, "12–15", "paragraph", id="a range of paragraphs"),
    pytest.param("Grain Stores Act 1911, 1 & 2 Geo. 5, c. 30, s. 2(1)",
                 {"title": "Grain Stores Act 1911", "number": "1 & 2 Geo. 5, c. 30"}, "2(1)", "section",
                 id="a regnal year with a comma before the chapter"),
    pytest.param("Grain Storage Act, ch. 41, § 3, 40 Stat. 212 (1921)",
                 {"title": "Grain Storage Act", "number": "ch. 41", "volume": "40", "page": "212",
                  "issued": {"date-parts": [[1921]]}}, "3", "section", id="a US statute cited by chapter"),
    pytest.param("Ruth M. Orme, The Elevator Cases, 41 Harv. L. Rev. 77, 80–82 (1927)",
                 {"type": "article-journal", "author": [{"family": "Orme", "given": "Ruth M."}],
                  "container-title": "Harv. L. Rev.", "volume": "41", "page": "77",
                  "issued": {"date-parts": [[1927]]}}, "80–82", "page", id="a law review article"),
    pytest.param("Note, Grading Grain by Statute, 50 Yale L.J. 1201 (1941)",
                 {"genre": "Note", "author": None, "container-title": "Yale L.J."}, None, None,
                 id="a student note, unsigned"),
])
def test_legal_forms(text, work, locator, label):
    reading = read_legal(text)
    assert reading is not None
    assert {k: reading.work.get(k) if k != "note" else " ".join(reading.notes) for k in work} == work
    assert (reading.locator, reading.label) == (locator, label)


@pytest.mark.parametrize("text", [
    pytest.param("Ann Smith, *The Port* (Leiden: Brill, 1999), 12", id="a book"),
    pytest.param("Ann Smith v. the World: A Memoir, 3 vols. (London, 1990)", id="v. in a title with no report"),
    pytest.param("Report of the Harbours Commission, 1858, c. 92", id="no Act"),
    pytest.param("Ann Smith, The Port, 12 Journal of Ports 45 (1990)", id="a journal that is no law review's abbreviation"),
    pytest.param("and later the statute, ch. 41, § 3, 40 Stat. 212 (1921)", id="prose and no Act's name"),
])
def test_other_texts_are_no_legal_citations(text):
    assert read_legal(text) is None


def test_a_case_after_see_also_keeps_its_prefix():
    first, second = cite_note("*Carver v. Lusk Mills Co.*, 118 Mass. 402, 405 (1875); "
                              "see also *Ridge v. Hale*, 7 Mass. 12 (1810).")
    assert (first.work["type"], first.locator) == ("legal_case", "405")
    assert second.prefix == "see also" and second.work["title"] == "Ridge v. Hale" and second.locator is None


def test_a_note_of_two_legal_citations_is_cut_at_its_semicolon():
    """Found in probes (session 22): the model read both as one record; the legal forms cut the note."""
    full, short = cite_note("Carver v. Lusk Mills Co., 118 Mass. 402, 405 (1875); Carver, 118 Mass. at 407.")
    assert (full.form, full.locator, full.work["page"]) == ("full", "405", "402")
    assert (short.form, short.locator, short.work["title"]) == ("short", "407", "Carver")


@pytest.mark.parametrize("text, expected, pin", [
    pytest.param("Deutscher Bundestag, 5. Wahlperiode, Drucksache V/1246 vom 12. Dezember 1966, Antwort der Regierung",
                 {"type": "report", "number": "V/1246", "title": "Antwort der Regierung",
                  "author": [{"literal": "Deutscher Bundestag"}], "issued": {"date-parts": [[1966, 12, 12]]}}, None,
                 id="a Bundestag printed paper with its term, date and title"),
    pytest.param("BT-Drs. 17/4321, S. 12", {"type": "report", "number": "17/4321", "title": "BT-Drs. 17/4321"}, "12",
                 id="a printed paper by its short form"),
    pytest.param("Die Begründung des Entwurfs, BR-Drs. 12/34", {"title": "Begründung des Entwurfs",
                                                             "author": [{"literal": "Bundesrat"}]}, None,
                 id="a printed paper described before its number"),
    pytest.param("Landtag Nordrhein-Westfalen, Plenarprotokoll 14/22 vom 3.5.2006, S. 1734",
                 {"type": "hearing", "number": "14/22", "author": [{"literal": "Landtag Nordrhein-Westfalen"}]}, "1734",
                 id="a state parliament's record of a sitting"),
    pytest.param("BGHZ 12, 337, 340", {"type": "legal_case", "container-title": "BGHZ", "volume": "12", "page": "337"},
                 "340", id="a German report with its pin after a comma"),
    pytest.param("Gesetz über die Häfen vom 3.4.1950 (BGBl. I S. 12), § 4",
                 {"type": "legislation", "container-title": "BGBl.", "volume": "I", "page": "12"}, "4",
                 id="a German statute, the gazette in parentheses, a section pin"),
    pytest.param("BVerwG, Urteil vom 4. Mai 1972 – I C 12/70 –, BVerwGE 40, 101 (104 f.)",
                 {"type": "legal_case", "title": "BVerwG, Urteil vom 4. Mai 1972", "authority": "BVerwG",
                  "number": "I C 12/70", "volume": "40", "page": "101"}, "104 f.",
                 id="a German decision with its docket between dashes"),
    pytest.param("OLG Hamm, Urteil vom 9. Juni 1981 – 4 U 33/81 –, NJW 1982, S. 458 (459)",
                 {"type": "legal_case", "container-title": "NJW", "page": "458", "number": "4 U 33/81",
                  "issued": {"date-parts": [[1981, 6, 9]]}}, "459",
                 id="a German decision reported in a law journal by year and page"),
    pytest.param("Anders das Oberlandesgericht: OLG Celle, Urteil vom 2. März 1955, BGHZ 16, 71 (75)",
                 {"title": "OLG Celle, Urteil vom 2. März 1955", "authority": "OLG Celle"}, "75",
                 id="prose before the court ends at its colon"),
    pytest.param("Landesgesetz über die Büchereien vom 5. Mai 1966, GVOBl. Schl.-H. S. 88, § 3",
                 {"type": "legislation", "container-title": "GVOBl. Schl.-H.", "page": "88"}, "3",
                 id="a state's gazette with its state"),
    pytest.param("Geregelt wurde dies erst durch das Gesetz über die Häfen vom 3.4.1950 (BGBl. I S. 12)",
                 {"title": "Gesetz über die Häfen vom 3.4.1950"}, None, id="prose before a statute's name"),
    pytest.param("NJW 1982, S. 458", None, None, id="a law journal's page alone is no certain decision"),
    pytest.param("Karl Benz, Fahrzeug mit Gasmotorenbetrieb, Reichspatent Nr. 37435, 29. Januar 1886",
                 {"type": "patent", "number": "37435", "issued": {"date-parts": [[1886, 1, 29]]}}, None,
                 id="a German patent"),
])
def test_german_papers_decisions_statutes_and_patents(text, expected, pin):
    """Read by their form (sessions 24 and 25)."""
    reading = read_legal(text)
    if expected is None:
        assert reading is None or reading.work.get("type") != "legal_case"
        return
    assert {k: reading.work.get(k) for k in expected} == expected
    assert reading.locator == pin


def test_prose_before_a_german_statute_or_court_is_the_prefix():
    assert read_legal("Geregelt wurde dies erst durch das Gesetz über die Häfen vom 3.4.1950 (BGBl. I S. 12)").prefix \
        == "Geregelt wurde dies erst durch das"
    assert read_legal("Anders das Oberlandesgericht: OLG Celle, Urteil vom 2. März 1955, BGHZ 16, 71").prefix \
        == "Anders das Oberlandesgericht:"


def test_a_decision_cited_again_by_its_report_is_a_short_form():
    notes = ["Vgl. BVerwG, Urteil vom 4. Mai 1972 – I C 12/70 –, BVerwGE 40, 101 (104).", "BVerwGE 40, 101 (106).",
             "BVerwGE 41, 7 (9)."]
    doc = resolved_document(notes)
    forms = [(c.form, c.antecedent) for _, _, c in doc.citations()]
    assert forms == [("full", None), ("short", (0, 0)), ("full", None)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Loi du 1er juillet 1901 relative au contrat d'association, *Journal officiel*, 2 juillet 1901, p. 4025",
                 {"type": "legislation", "container-title": "Journal officiel", "page": "4025",
                  "issued": {"date-parts": [[1901, 7, 1]]}}, id="French: a law, its date in its name, the gazette"),
    pytest.param("Ley 3/1985, de 18 de marzo, de Puertos, BOE, núm. 68, 20 de marzo de 1985, pp. 7201-7210",
                 {"type": "legislation", "container-title": "BOE", "issue": "68", "page": "7201-7210",
                  "issued": {"date-parts": [[1985, 3, 20]]}}, id="Spanish: a law in the BOE, the gazette's date"),
    pytest.param("Decreto-Lei n.º 12 345, *Diário do Governo*, I série, n.º 4, 6 de janeiro de 1950",
                 {"type": "legislation", "title": "Decreto-Lei n.º 12 345", "container-title": "Diário do Governo",
                  "issue": "4"}, id="Portuguese: a decree-law in the Diário do Governo"),
])
def test_laws_in_romance_gazettes(text, expected):
    reading = read_legal(text)
    assert {k: reading.work.get(k) for k in expected} == expected
