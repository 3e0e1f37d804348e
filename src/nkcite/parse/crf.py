"""The CRF: feature lists -> labels.

A linear-chain CRF, as AnyStyle and GROBID use for references: each token's
label depends on its features and on the label before it. It is trained
with python-crfsuite (`train`, needed only for training: `nkcite[train]`)
and shipped as its weights (`export`): a token's label scores are the sum
of its features' weight rows, and Viterbi over the label transitions finds
the best labelling, in numpy. That gives crfsuite's labels at several
times its speed (`benchmarks/parse_speed.py`), from a file a tenth its size.
"""
from __future__ import annotations

import functools
import io
import zipfile
from pathlib import Path

import numpy as np

from ..data.lexicon import MODELS

MODEL_FILE = MODELS / "parser.npz"
ALGORITHM = "ap"
"""CRFsuite's averaged perceptron: on 7,500 references it beat 100 L-BFGS
iterations on held-out tokens (AnyStyle gold 0.945 against 0.924,
LinkedBooks validation 0.865 against 0.831) in a quarter of the time."""
TRAINING_PARAMS = {"max_iterations": 20, "feature.possible_transitions": True, "feature.minfreq": 2}


class Tagger:
    """A trained model, loaded once, that labels the tokens of a citation."""

    def __init__(self, path: str | Path = MODEL_FILE):
        with np.load(path) as data:
            self.labels = bytes(data["labels"]).decode("utf-8").split("\n")
            names = bytes(data["attributes"]).decode("utf-8").split("\n")
            weights = np.zeros((len(names) + 1, len(self.labels)), dtype=np.float32)
            weights[data["rows"], data["cols"]] = data["values"]
            self.transitions = data["transitions"].astype(np.float32)
        self.weights = weights                    # the last row is zero: unknown features
        self.index = {name: i for i, name in enumerate(names)}
        self.unknown = len(names)
        self._part_rows: dict[tuple[str, ...], int] = {}
        self._part_vectors = np.zeros((1024, len(self.labels)), dtype=np.float32)

    def _part_row(self, part: tuple[str, ...]) -> int:
        """The row of `_part_vectors` holding the summed weights of a part's
        features, computed on first sight (a part is a word's features, a
        neighbour's, a position's: they repeat from citation to citation)."""
        row = self._part_rows.get(part)
        if row is None:
            row = len(self._part_rows)
            if row == len(self._part_vectors):
                if row >= 1 << 20:                     # bounded memory: start again
                    self._part_rows.clear()
                    row = 0
                else:
                    self._part_vectors = np.concatenate([self._part_vectors, np.zeros_like(self._part_vectors)])
            index = self.index
            self._part_vectors[row] = self.weights[[i for f in part if (i := index.get(f)) is not None]].sum(axis=0)
            self._part_rows[part] = row
        return row

    def tag(self, parts: list[list[tuple[str, ...]]]) -> list[str]:
        """The most likely label of every token (features in parts, `features.feature_parts`)."""
        return self.tag_many([parts])[0]

    def tag_many(self, sequences: list[list[list[tuple[str, ...]]]], batch: int = 64) -> list[list[str]]:
        """The labels of many sequences: tagged in batches of like length, so
        that numpy's work per Viterbi step is shared by the whole batch."""
        out: list[list[str]] = [[] for _ in sequences]
        order = sorted((k for k, s in enumerate(sequences) if s), key=lambda k: len(sequences[k]))
        for lo in range(0, len(order), batch):
            group = order[lo:lo + batch]
            for k, path in zip(group, viterbi(self._emissions([sequences[k] for k in group]), self.transitions)):
                out[k] = [self.labels[i] for i in path]
        return out

    def _emissions(self, sequences: list[list[list[tuple[str, ...]]]]) -> list[np.ndarray]:
        """Per sequence, each token's label scores: the sum of its features' weights."""
        part_row, known = self._part_row, self._part_rows.get
        rows = [row if (row := known(part)) is not None else part_row(part)     # (a dict look-up when seen before)
                for tokens in sequences for parts in tokens for part in parts]
        widths = [len(parts) for tokens in sequences for parts in tokens]
        starts = np.concatenate([[0], np.cumsum(widths)[:-1]]).astype(np.int64)
        scores = np.add.reduceat(self._part_vectors[rows], starts, axis=0)
        bounds = np.cumsum([0] + [len(t) for t in sequences])
        return [scores[bounds[k]:bounds[k + 1]] for k in range(len(sequences))]


def viterbi(emissions: list[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """The best label path of each sequence, all of them stepped through together.

    The forward pass keeps only the best score of each label at each step
    (a max over the previous label, numpy's fast reduction); the backward
    pass finds each step's previous label for the one label the path goes
    through, so no back-pointer table (and no slow batched argmax) is needed.
    """
    lengths = np.array([len(e) for e in emissions])
    count, steps, labels = len(emissions), int(lengths.max()), transitions.shape[0]
    padded = np.zeros((steps, count, labels), dtype=np.float32)
    for k, e in enumerate(emissions):
        padded[:len(e), k] = e
    history = np.empty((steps, count, labels), dtype=np.float32)
    history[0] = padded[0]
    step = transitions[:, None, :]                          # [from, 1, to]
    scores = np.empty((labels, count, labels), dtype=np.float32)     # one buffer for every step's sums
    for t in range(1, steps):
        np.add(history[t - 1].T[:, :, None], step, out=scores)
        scores.max(axis=0, out=history[t])
        history[t] += padded[t]
    last = history[lengths - 1, np.arange(count)].argmax(axis=1)
    path = np.zeros((steps, count), dtype=np.int64)
    rows = np.arange(count)
    path[lengths - 1, rows] = last
    current = last.copy()
    for t in range(steps - 1, 0, -1):
        inside = t < lengths                                # positions past a sequence's end stay unused
        previous = (history[t - 1] + transitions[:, current].T).argmax(axis=1)
        current = np.where(inside, previous, np.where(t - 1 == lengths - 1, last, current))
        path[t - 1] = current
    return [path[:n, k].tolist() for k, n in enumerate(lengths)]


_model_file = MODEL_FILE


@functools.cache
def default_tagger() -> Tagger:
    """The model shipped with nkcite (loaded on first use, once per process)."""
    return Tagger(_model_file)


def use_model(path: str | Path) -> None:
    """Make `path` the model every later parse uses (benchmarks compare models)."""
    global _model_file
    _model_file = Path(path)
    default_tagger.cache_clear()


def train(sequences, path: str | Path, params: dict | None = None, verbose: bool = False) -> None:
    """Train a model from (features, labels) pairs with CRFsuite; write its weights to `path`."""
    import tempfile

    import pycrfsuite
    trainer = pycrfsuite.Trainer(algorithm=ALGORITHM, verbose=verbose)
    for features, labels in sequences:
        trainer.append(pycrfsuite.ItemSequence(features), labels)
    trainer.set_params({**TRAINING_PARAMS, **(params or {})})
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.crfsuite"
        trainer.train(str(model))
        export(model, path)


def export(crfsuite_model: str | Path, path: str | Path) -> None:
    """A CRFsuite model file -> the weights file the Tagger reads (the same bytes every time)."""
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_model))
    info = tagger.info()
    labels = sorted(info.labels)
    label_of = {label: k for k, label in enumerate(labels)}
    state = sorted(((a, label_of[l]), w) for (a, l), w in info.state_features.items() if w)
    names = sorted({a for (a, _), _ in state})
    row_of = {a: k for k, a in enumerate(names)}
    transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        transitions[label_of[a], label_of[b]] = w
    arrays = {
        "labels": np.frombuffer("\n".join(labels).encode(), dtype=np.uint8),
        "attributes": np.frombuffer("\n".join(names).encode(), dtype=np.uint8),
        "rows": np.array([row_of[a] for (a, _), _ in state], dtype=np.int32),
        "cols": np.array([c for (_, c), _ in state], dtype=np.int16),
        "values": np.array([w for _, w in state], dtype=np.float32),
        "transitions": transitions,
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.save(buffer, array, allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0)), buffer.getvalue(),
                             compress_type=zipfile.ZIP_DEFLATED)
