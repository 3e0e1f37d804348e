"""Made-up commentary: the prose around citations in historians' footnotes.

Footnotes mix sources with remarks (`The figures are disputed.`), lead-ins
(`For a detailed account of the talks, see`) and quotations. The tagger
learns to label such prose `note` from sentences drawn from these
templates, in the languages of the styles the synthetic notes use.
"""
from __future__ import annotations

from random import Random

TOPICS = {
    "en": ["the negotiations", "the famine", "the border dispute", "the trade agreement", "the uprising", "the mission",
           "the reform", "the election", "the treaty", "the strike", "the embassy's reports", "the party congress",
           "the harvest", "the tariff debate", "the council's decision", "the printing trade", "the guild", "the war"],
    "de": ["die Verhandlungen", "den Aufstand", "die Reform", "den Vertrag", "die Wahl", "den Streik", "die Debatte"],
    "fr": ["les négociations", "la réforme", "le traité", "la grève", "le conflit", "la mission"],
    "it": ["le trattative", "la riforma", "il trattato", "la guerra", "il Senato", "la peste", "la corporazione"],
    "es": ["las negociaciones", "la reforma", "el tratado", "la guerra", "la rebelión", "el virreinato"],
}
TEMPLATES = {
    "en": ["For a detailed account of {t}, see", "On {t}, see", "For a different view of {t}, see",
           "{n} argues that {t} began much earlier.", "The figures are disputed.", "This point is made by {n}.",
           "Quoted in", "As cited in", "Cited in", "{n} was present at the meeting.", "The date is uncertain.",
           "I thank {n} for this reference.", "The original is lost; a copy survives.", "Emphasis in the original.",
           "The translation is mine.", "See the discussion of {t} in chapter {k}.", "There is a large literature on {t}.",
           "{n} later denied this.", "The document is undated, but internal evidence suggests {y}.",
           "According to {n}, {t} was never ratified.", "The author visited the site in {y}.",
           "Names have been changed at the request of the interviewees.", "On the background, see also",
           "The best account remains", "Compare the figures given by", "{n} makes the same point about {t}."],
    "de": ["Zu {t} vgl.", "Ausführlich dazu", "{n} datiert {t} auf das Jahr {y}.", "Die Zahlen sind umstritten.",
           "Zitiert nach", "Hervorhebung im Original.", "Übersetzung des Verfassers.", "So auch", "Anders"],
    "fr": ["Sur {t}, voir", "{n} situe {t} en {y}.", "Les chiffres sont discutés.", "Cité dans", "Souligné dans l'original."],
    "it": ["Su {t} si veda", "{n} data {t} al {y}.", "Le cifre sono discusse.", "Citato in", "Corsivo nostro."],
    "es": ["Sobre {t}, véase", "{n} fecha {t} en {y}.", "Las cifras son discutidas.", "Citado en"],
}
QUOTES = {
    "en": ["the war changed everything in the countryside", "no one expected the negotiations to last so long",
           "the city was never the same after the fire", "we were told to wait for further instructions",
           "the archive was closed to foreign researchers until 1991", "trade depended on the goodwill of the guilds",
           "solidarity was a duty, not a choice", "the harvest failed two years in a row"],
    "de": ["die Lage war ernster als gedacht", "niemand rechnete mit einem Erfolg"],
    "fr": ["la situation était plus grave que prévu", "personne ne s'attendait à un tel succès"],
    "it": ["la situazione era più grave del previsto", "nessuno si aspettava un simile successo"],
    "es": ["la situación era más grave de lo previsto"],
}
QUOTING = {"en": ["{n} explains, \u201c{q}.\u201d", "{n} said, \"{q}.\"", "As {n} put it, \u201c{q}.\u201d",
                  "{n} writes that \u201c{q}.\u201d", "In his study of {t}, {n} noted, \"{q}.\""],
           "de": ["{n} schreibt: \u201e{q}.\u201c"], "fr": ["{n} écrit : « {q}. »"], "it": ["{n} scrive: «{q}»."],
           "es": ["{n} escribe: «{q}»."]}
NAMES = ["Smith", "Weber", "Rossi", "Dubois", "García", "Kim", "Nguyen", "Ivanov", "Müller", "Bianchi", "Tanaka",
         "Kowalski", "Novak", "Chen", "Brown"]


def commentary(rng: Random, language: str = "en") -> str:
    """One sentence or lead-in of footnote prose."""
    language = language if language in TEMPLATES else "en"
    template = rng.choice(TEMPLATES[language] if rng.random() < 0.7 else QUOTING[language])
    name = rng.choice(NAMES) if rng.random() < 0.5 else f"{rng.choice(GIVEN)} {rng.choice(NAMES)}"
    return template.format(t=rng.choice(TOPICS[language]), n=name, y=rng.randint(1450, 1990),
                           k=rng.randint(2, 9), q=rng.choice(QUOTES[language]))


GIVEN = ["Anna", "Toni", "Sonia", "Pierre", "Giulia", "Hans", "Mei", "Yusuf", "Olga", "James", "Carmen", "Kenji"]


def is_lead_in(sentence: str) -> bool:
    """True when a sentence leads into a citation (`..., see`), not a remark of its own."""
    return not sentence.endswith(".")


# Lead-ins that open a later citation of a note: `...; and, for the famine, Ann Lee, *Title* ...`
LATER_LEAD_INS = {
    "en": ["and, for {t},", "and, on {t},", "and, for a different view,", "and, for {t}, see"],
    "de": ["und, über {t},", "ferner, über {t},", "und dazu"], "fr": ["et, pour {t},", "et, sur {t},", "et, du même auteur,"],
    "it": ["e, per {t},", "ma si veda anche", "e, su {t},", "e dello stesso autore"],
    "es": ["y, para {t},", "y, sobre {t},"],
}


def later_lead_in(rng: Random, language: str | None = None) -> str:
    """A conjunction and a phrase of prose that open a later citation of a note (its
    prefix), in `language` or, when None, in any language."""
    language = language if language in LATER_LEAD_INS else rng.choice(sorted(LATER_LEAD_INS))
    return rng.choice(LATER_LEAD_INS[language]).format(t=rng.choice(TOPICS[language]))
