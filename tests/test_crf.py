"""The CRF: numpy Viterbi against brute force, and training on a small slice."""
from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from nkcite.parse import crf


def brute_force(emission: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best path by trying every one (small cases only)."""
    steps, labels = emission.shape
    best, best_path = -np.inf, None
    for path in itertools.product(range(labels), repeat=steps):
        score = emission[0, path[0]] + sum(transitions[a, b] + emission[t + 1, b]
                                           for t, (a, b) in enumerate(zip(path, path[1:])))
        if score > best:
            best, best_path = score, list(path)
    return best_path


@pytest.mark.parametrize("seed", range(8))
def test_viterbi_finds_the_best_path(seed):
    rng = np.random.default_rng(seed)
    transitions = rng.normal(size=(3, 3)).astype(np.float32)
    emissions = [rng.normal(size=(n, 3)).astype(np.float32) for n in (1, 2, 5, 4, 3)]
    assert crf.viterbi(emissions, transitions) == [brute_force(e, transitions) for e in emissions]


def test_training_on_a_small_slice_learns_and_loads(tmp_path):
    pytest.importorskip("pycrfsuite")
    from nkcite.parse.features import feature_parts, token_features
    from nkcite.parse.tokens import tokenize
    rng = random.Random(3)
    names = ["Smith", "Rossi", "Weber", "Kim", "Dubois", "Novak"]
    places = ["Leiden", "Paris", "London", "Venezia", "Berlin"]
    sequences = []
    for _ in range(60):
        text = f"{rng.choice(names)}, The Port ({rng.choice(places)}, {rng.randint(1800, 2000)}), {rng.randint(1, 99)}."
        tokens = tokenize(text)
        labels = ["author", "author", "title", "title", "place", "place", "place", "date", "date", "locator",
                  "locator", "locator"]
        sequences.append((token_features(tokens), labels))
    model = tmp_path / "model.npz"
    crf.train(sequences, model, {"max_iterations": 30})
    tagger = crf.Tagger(model)
    unseen = tokenize("Bianchi, The Port (Roma, 1950), 17.")
    tagged = dict(zip((t.text for t in unseen.tokens), tagger.tag(feature_parts(unseen))))
    # the words; the punctuation between fields may go either way in so small a model, as the
    # perceptron's order of examples comes from the C library's generator, which other tests move
    assert [tagged[w] for w in ("Bianchi", "The", "Port", "Roma", "1950", "17")] == [
        "author", "title", "title", "place", "date", "locator"]


def test_export_writes_the_same_bytes_twice(tmp_path):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append(pycrfsuite.ItemSequence([["w:a"], ["w:b"]]), ["x", "y"])
    trainer.set_params({"max_iterations": 5})
    trainer.train(str(tmp_path / "m.crfsuite"))
    crf.export(tmp_path / "m.crfsuite", tmp_path / "one.npz")
    crf.export(tmp_path / "m.crfsuite", tmp_path / "two.npz")
    assert (tmp_path / "one.npz").read_bytes() == (tmp_path / "two.npz").read_bytes()
    assert crf.Tagger(tmp_path / "one.npz").tag([[("w:a",)], [("w:b",)]]) == ["x", "y"]
