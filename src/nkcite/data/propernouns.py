"""Words that stay capitalised in an English title whatever the case style.

BibLaTeX styles may sentence-case English titles (`North Korean Pilots` ->
`North korean pilots`); the BibTeX writer braces these words so they keep
their capitals. Lower-case keys; the possessive `'s` is stripped first.
"""
from __future__ import annotations

# Countries, regions and cities of Cold War and East Asian history
# (`North Korean Pilots in the Skies over Vietnam`, `Amid Warm Welcome of
# Chinese and Vietnamese Friends`).
PLACES = {
    "korea", "korean", "koreans", "vietnam", "vietnamese", "viet", "china", "chinese", "japan",
    "japanese", "russia", "russian", "russians", "soviet", "soviets", "ussr", "america",
    "american", "americans", "germany", "german", "germans", "czechoslovakia", "czechoslovak",
    "czech", "poland", "polish", "hungary", "hungarian", "romania", "romanian", "bulgaria",
    "bulgarian", "mongolia", "mongolian", "albania", "albanian", "yugoslavia", "yugoslav",
    "cuba", "cuban", "laos", "lao", "cambodia", "cambodian", "khmer", "indonesia", "indonesian",
    "india", "indian", "burma", "burmese", "thailand", "thai", "malaysia", "malaysian",
    "singapore", "philippines", "philippine", "taiwan", "taiwanese", "asia", "asian", "europe",
    "european", "africa", "african", "southeast", "pyongyang", "seoul", "hanoi", "saigon",
    "beijing", "peking", "moscow", "tokyo", "washington", "prague", "berlin", "warsaw",
    "budapest", "bucharest", "sofia", "ulaanbaatar", "havana", "geneva", "namibia", "swapo",
    "france", "french", "britain", "british", "english", "england", "kremlin", "manchuria",
    "tonkin", "mekong", "panmunjom", "dmz",
}

# Institutions, movements and ideologies named in titles
# (`Workers' Party of Korea`, `Juche`, `Cold War`).
INSTITUTIONS = {
    "juche", "songun", "marxism", "marxist", "leninism", "leninist", "maoism", "maoist",
    "stalinist", "communist", "communists", "socialist", "comintern", "cominform", "nato",
    "un", "wpk", "kwp", "kpa", "nkidp", "cwihp", "cia", "kgb",
}

# Leaders and historical persons often named in titles (`Comrade Kim Il Sung`).
PERSONS = {
    "mao", "zedong", "stalin", "lenin", "marx", "khrushchev", "brezhnev", "kosygin", "zhou",
    "enlai", "ho", "chi", "minh", "giap", "sukarno", "sihanouk", "castro", "nixon", "johnson",
    "kennedy", "eisenhower", "truman", "rhee", "syngman", "chung-hee", "il-sung", "jong-il",
    "jong-un", "kim", "choe", "pak",
}

# Months and days are capitalised in English in every style.
CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}

PROPER_NOUNS = PLACES | INSTITUTIONS | PERSONS | CALENDAR | {"i"}

# `North`, `South`, `East`, `West` are part of a name only before one
# (`North Korean`, `East German`, `South Vietnam`).
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "southeast"}
