"""Words that make a name an institution's (`National Institute for Defense Military History`)."""
from __future__ import annotations

# Words that make an author an institution (`National Institute for Defense Military History`).
INSTITUTION_WORDS = {
    "institute", "institution", "academy", "university", "ministry", "department", "dept.",
    "committee", "council", "commission", "party", "publishing", "press", "center", "centre",
    "association", "society", "office", "agency", "bureau", "panel", "museum", "library",
    "archive", "archives", "foundation", "company", "corporation", "government", "embassy", "legation",
    "consulate", "mission", "delegation", "secretariat", "directorate", "headquarters", "command",
    "viện", "bộ", "bảo", "báo", "ban", "nhà", "sở", "trung", "ủy",
    # German, French, Italian, Spanish: `Statistisches Bundesamt`, `Deutsches Institut für Wirtschaftsforschung`
    "institut", "istituto", "instituto", "bundesamt", "landesamt", "amt", "ministerium", "bundesministerium",
    "ministero", "ministère", "ministerio", "universität", "università", "université", "universidad",
    "universidade", "universiteit", "universitet", "uniwersytet", "univerzita", "egyetem",
    "kommission", "commissione", "gesellschaft", "verein", "stiftung", "fondazione", "fundación", "akademie",
    "accademia", "académie", "academia", "archiv", "archivio", "archivo", "bibliothek", "biblioteca",
    "bibliothèque", "deputazione", "consiglio", "comitato", "comité", "ausschuss",
}

# The heads of German compounds that name a body (`Bundesinstitut`, `Landesarchiv`, `Kultusministerium`).
INSTITUTION_HEADS = ("institut", "ministerium", "archiv", "bibliothek", "gesellschaft", "verband", "stiftung",
                     "akademie", "kommission", "amt", "behörde", "zentrale")
