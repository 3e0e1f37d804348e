"""Writing results: text -> a file or stdout, never a damaged or lost file.

`graph_json(graph)` is the "nkcite JSON" text of a graph; `write_text(text,
"refs.bib", inputs=[paper])` puts text at a path so that nothing already
there is destroyed:

- a path naming an input paper (through any path, symlink or hard link) is
  refused before anything is written (`check_target` says so before the run);
- a regular file is replaced atomically: a locked temporary file in the same
  directory, written whole, given the old file's mode and owner, renamed
  over it; a symlink is followed, so its target is updated;
- where renaming would lose something (a hard-linked file, an owner the user
  cannot give, a directory the user cannot write), the file is rewritten in
  place after the whole text is encoded and its space reserved, and a write
  that fails half-way says so;
- devices, FIFOs and `/proc/self/fd` paths are written as streams, never
  replaced by a file; `-` is stdout, whose errors (closed, full disk) are
  one-line `OutputError`s and a reader closing the pipe ends output quietly;
- SIGTERM, SIGHUP and Ctrl-C remove the temporary file; one left by SIGKILL
  is removed by the next write to that path.

The writing of one file is `safe_files`; this module decides which kind of
write a target needs, and checks it first.
"""
from __future__ import annotations

import errno
import itertools
import json
import os
import stat
import sys
from pathlib import Path
from typing import Iterable, Iterator

from . import safe_files
from .errors import OutputError
from .model import Graph

STDOUT = "-"
BLOCK_PIECES = 1 << 16
"""Text pieces gathered into one write when the text comes in pieces."""


def graph_json(graph: Graph) -> str:
    """The graph as "nkcite JSON" text, deterministic (stable key order)."""
    return "".join(graph_json_chunks(graph))


def graph_json_chunks(graph: Graph) -> Iterator[str]:
    """`graph_json` in pieces, a document or a reference at a time, so that a
    large graph (a corpus read from its store) is written without its whole
    text, or all its documents, in memory at once."""
    yield '{\n  "nkcite": 1,\n  "documents": '
    yield from json_list_pieces((d.to_json() for d in graph.documents), level=1)
    yield ',\n  "references": '
    yield from json_list_pieces(graph.references, level=1)
    yield ',\n  "diagnostics": '
    yield from json_list_pieces((d.to_json() for d in graph.diagnostics), level=1)
    yield "\n}\n"


def json_list_pieces(items: Iterable, level: int = 0) -> Iterator[str]:
    """`json.dumps(list(items), ensure_ascii=False, indent=2)` nested `level`
    lists or objects deep, an item at a time (JSON text never holds a raw
    newline, so each item's lines are indented as they come).

        >>> "".join(json_list_pieces([{"id": "a"}], level=1))
        '[\\n    {\\n      "id": "a"\\n    }\\n  ]'
    """
    outer = "\n" + "  " * level
    inner = outer + "  "
    opened = False
    for item in items:
        yield ("," if opened else "[") + inner + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", inner)
        opened = True
    yield outer + "]" if opened else "[]"


def write_text(text: str | Iterable[str], target: str | None, *, inputs: Iterable[str | Path] = ()) -> bool:
    """Write `text` (a string, or its pieces) as UTF-8 to `target` (`-` or
    None: stdout), as the module docstring says. A string is encoded whole
    before anything is touched; pieces are encoded as they come, into the
    temporary file where there is one. False when a reader of stdout closed
    the pipe before the end (`nkcite export | head`), else True."""
    data = [text.encode("utf-8")] if isinstance(text, str) else _utf8_blocks(text)
    if target in (None, STDOUT):
        return _write_stdout(data)
    check_target(target, inputs)
    existing = _stat(target)
    real = Path(os.path.realpath(target))
    if _is_stream(existing, real):
        safe_files.write_stream(target, data)
    elif existing is not None and existing.st_nlink > 1:
        safe_files.write_in_place(real, data, target)
    else:
        safe_files.write_replacing(real, data, target, existing)
    return True


def is_stream(target: str | None) -> bool:
    """True for stdout and for paths written as streams (devices, FIFOs, `/dev/fd/N`)."""
    if target in (None, STDOUT):
        return True
    try:
        existing = os.stat(target)
    except OSError:
        existing = None
    return _is_stream(existing, Path(os.path.realpath(target)))


def _is_stream(existing: os.stat_result | None, real: Path) -> bool:
    return (existing is not None and not stat.S_ISREG(existing.st_mode) and not stat.S_ISDIR(existing.st_mode)) \
        or str(real).startswith("/proc/")


def check_target(target: str | None, inputs: Iterable[str | Path] = ()) -> None:
    """Raise OutputError (one line) when `target` cannot be an output file:
    empty, a directory, in a missing directory, or one of the `inputs`."""
    if target in (None, STDOUT):
        return
    if not target:
        raise OutputError("the output file name is empty; give a file name, or - for stdout")
    if target.endswith(os.sep) or os.path.isdir(target):
        raise OutputError(f"{target}: names a directory; -o needs a file name")
    given, real = os.path.dirname(target), os.path.dirname(os.path.realpath(target))
    if not os.path.isdir(real):        # the directory as given, or where a symlink leads
        shown = given if not os.path.isdir(given or ".") else real
        problem = "is not a directory" if os.path.exists(shown) else "does not exist"
        raise OutputError(f"{target}: directory {shown} {problem}")
    clash = _input_at(target, inputs)
    if clash is not None:
        raise OutputError(f"{target}: is the input file {clash}; refusing to overwrite it")


def _input_at(target: str, inputs: Iterable[str | Path]) -> str | None:
    """The input that is the same file as `target` (same device and inode), if any."""
    try:
        mine = os.stat(target)
    except OSError:
        return None
    for path in inputs:
        try:
            theirs = os.stat(path)
        except OSError:
            continue
        if (theirs.st_dev, theirs.st_ino) == (mine.st_dev, mine.st_ino):
            return str(path)
    return None


def _stat(target: str) -> os.stat_result | None:
    """The stat of the file `target` names (symlinks followed), None when there is none yet."""
    try:
        return os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise safe_files.error(target, exc) from None


def _utf8_blocks(pieces: Iterable[str]) -> Iterator[bytes]:
    """UTF-8 blocks of BLOCK_PIECES text pieces each (the JSON encoder's pieces are a few characters)."""
    pieces = iter(pieces)
    while batch := list(itertools.islice(pieces, BLOCK_PIECES)):
        yield "".join(batch).encode("utf-8")


def _write_stdout(data: Iterable[bytes]) -> bool:
    """Write UTF-8 blocks to stdout; a closed or full stdout is an OutputError,
    a reader that closed the pipe ends output quietly (False)."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("stdout: is closed; give an output file with -o")
    try:
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        for block in data:
            if buffer is not None:
                buffer.write(block)
            else:
                stream.write(block.decode("utf-8"))
        (buffer or stream).flush()
    except OSError as exc:
        _silence_stdout(stream)
        if exc.errno == errno.EPIPE:
            return False
        raise OutputError(f"stdout: cannot be written ({exc.strerror or exc})") from None
    return True


def _silence_stdout(stream) -> None:
    """Point stdout's descriptor at /dev/null, so that the unwritten rest is
    not flushed again (and reported again) when the interpreter exits."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)
