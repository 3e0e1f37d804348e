"""Every training source -> labelled sequences -> the parser's CRF model.

    >>> plan = TrainingPlan(synthetic=100, linkedbooks=100)
    >>> plan.seed
    20261201

The same plan on the same files gives the same model: sources are read in a
fixed order, samples are drawn with the plan's seed, and CRFsuite's L-BFGS
training is deterministic.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..parse import crf
from ..parse.features import token_features
from .anystyle import read_anystyle
from .examples import Example, token_labels
from .generated import generated_items
from .gold import FORM_GRAPHS, gold_examples
from .items import items_from_examples
from .linkedbooks import read_linkedbooks
from .synthetic import compose_note, handwritten, paper

ANYSTYLE_TRAIN = ("core", "good", "bad", "ugly")     # gold.xml is AnyStyle's evaluation set: never trained on


@dataclass(frozen=True)
class TrainingPlan:
    """How many examples of each source, and the seed that draws them."""

    synthetic: int = 36000
    linkedbooks: int = 32000
    anystyle: int | None = None          # None: all of core, good, bad, ugly
    gold_weight: int = 10                # the seed papers' own notes, repeated
    forms_weight: int = 3                # the made-up footnotes of other fields, repeated
    iterations: int = 25
    seed: int = 20261201


def training_examples(shared: Path, fixtures: Path, plan: TrainingPlan) -> list[Example]:
    """All examples of a plan, in a fixed order: the labelled sets in `shared`, the
    seed papers' graphs in `fixtures`."""
    rng = random.Random(plan.seed)
    anystyle = _anystyle(shared / "external" / "anystyle", plan, rng)
    linkedbooks = read_linkedbooks(shared / "external" / "linkedbooks" / "clean_train.txt")
    rng.shuffle(linkedbooks)
    linkedbooks = linkedbooks[:plan.linkedbooks]
    synthetic = synthetic_examples(anystyle + linkedbooks, plan.synthetic, rng)
    gold = gold_examples(fixtures) * plan.gold_weight + gold_examples(fixtures, FORM_GRAPHS) * plan.forms_weight
    return anystyle + linkedbooks + synthetic + gold


def anystyle_training(folder: Path) -> list[Example]:
    """AnyStyle's training sets, less any reference its gold set (which measures) holds too."""
    held_out = {e.text for e in read_anystyle(folder / "gold.xml")}
    return [e for name in ANYSTYLE_TRAIN for e in read_anystyle(folder / f"{name}.xml") if e.text not in held_out]


def _anystyle(folder: Path, plan: TrainingPlan, rng: random.Random) -> list[Example]:
    examples = anystyle_training(folder)
    if plan.anystyle is not None:
        rng.shuffle(examples)
        examples = examples[:plan.anystyle]
    return examples


def synthetic_examples(sources: list[Example], count: int, rng: random.Random) -> list[Example]:
    """About `count` synthetic notes citing the works of `sources` and made-up ones."""
    items = items_from_examples(sources)
    pool = [n for i in items for n in i.get("author", []) if n.get("family") and n.get("given")]
    titles = [i["title"] for i in items if i.get("title")]
    items += generated_items(rng, pool, titles, max(1, len(items) // 3))
    rng.shuffle(items)
    out: list[Example] = []
    k = 0
    while len(out) < count and items:
        size = rng.randint(2, 6)
        batch = [items[(k + j) % len(items)] for j in range(size)]
        k += size
        out += paper(rng, batch)
        for item in batch:
            extra = handwritten(rng, item if rng.random() < 0.8 else {"type": "ibid"})
            if extra and rng.random() < 0.3:
                out.append(extra)
    return _with_notes(rng, out[:count])


def _with_notes(rng: random.Random, citations: list[Example]) -> list[Example]:
    """Keep the citations, and add a quarter as many notes holding one to three of them."""
    notes = []
    for _ in range(len(citations) // 4):
        notes.append(compose_note(rng, rng.sample(citations, rng.choice((1, 1, 2, 2, 3)))))
    return citations + notes


def sequences(examples: list[Example]):
    """(features, labels) of every example with tokens (in NFC, as the parser reads)."""
    for example in examples:
        if not unicodedata.is_normalized("NFC", example.text):
            continue
        tokens, labels = token_labels(example)
        if tokens.tokens:
            yield token_features(tokens), labels


def train_model(shared: Path, fixtures: Path, plan: TrainingPlan, path: Path, *, verbose: bool = False) -> int:
    """Train the model of `plan` into `path`; return the number of examples."""
    examples = training_examples(shared, fixtures, plan)
    crf.train(sequences(examples), path, {"max_iterations": plan.iterations}, verbose=verbose)
    return len(examples)
