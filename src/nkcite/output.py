"""Writing results: JSON text of a graph, and atomic writes to a path or stdout."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from .errors import OutputError
from .model import Graph


def graph_json(graph: Graph) -> str:
    """The graph as "nkcite JSON" text, deterministic (stable key order)."""
    return json.dumps(graph.to_json(), ensure_ascii=False, indent=2) + "\n"


def write_text(text: str, target: str | None) -> None:
    """Write `text` to `target` (`-` or None: stdout) via a temporary file and rename."""
    if target in (None, "-"):
        sys.stdout.write(text)
        return
    path = Path(target)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: directory {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    finally:   # an interrupted or failed write leaves the old file, never a half one
        if os.path.exists(tmp):
            os.unlink(tmp)
