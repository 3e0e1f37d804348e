"""Reading, step 1: a path (or `-`) -> at most a bounded number of bytes.

    "paper.pdf" -> Source(name="paper.pdf", data=b"%PDF-1.7...")

Regular files, standard input (`-`), FIFOs and devices are read in chunks up
to `max_input_bytes()` (200 MB unless `NKCITE_MAX_INPUT_MB` says otherwise);
past it the read stops with one clear error, so `/dev/zero` cannot exhaust
memory. A stream whose first chunk is plainly binary stops at that chunk.
Every failure a user can cause (missing file, loop of symbolic links,
permission, directory) is an `InputError` whose message shows the name with
control characters escaped, so an ANSI escape in a file name never reaches
the terminal raw.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from ..errors import InputError

DEFAULT_MAX_INPUT_MB = 200
CHUNK = 1 << 16
STDIN = "-"
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


@dataclass
class Source:
    """The bytes of one input and the names to show for it."""

    name: str
    """The name as given, made printable (`-` is `<stdin>`): for messages and the graph's `source`."""
    data: bytes


def max_input_bytes() -> int:
    """The size limit of one input: `NKCITE_MAX_INPUT_MB` megabytes, default 200."""
    value = os.environ.get("NKCITE_MAX_INPUT_MB", "")
    megabytes = float(value) if re.fullmatch(r"\d+(?:\.\d+)?", value.strip()) else DEFAULT_MAX_INPUT_MB
    return int(megabytes * 2**20)


def printable(name: str) -> str:
    """A file name safe to print and to write as JSON text.

    Control characters and bytes that were not valid UTF-8 are shown as
    escapes: `'bad\\x1b[31mname'` -> `'bad\\\\x1b[31mname'`.

    >>> printable("paper\\x1b[2J.txt")
    'paper\\\\x1b[2J.txt'
    >>> printable(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    """
    return _UNPRINTABLE.sub(_escape, name)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:          # an undecodable byte of the name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def read_source(path: str | Path, looks_binary: Callable[[bytes], bool]) -> Source:
    """Read the input at `path` (`-`: standard input), bounded in size.

    `looks_binary(first_chunk)` lets a stream that is plainly not a paper
    stop after its first chunk.
    """
    if str(path) == STDIN:
        return Source("<stdin>", _read_stream(sys.stdin.buffer, "<stdin>", looks_binary))
    name = printable(os.fsdecode(path))
    info = _stat(path, name)
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory, not a text file")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_input_bytes():
        raise too_large(name)
    try:
        with open(path, "rb") as stream:
            return Source(name, _read_stream(stream, name, looks_binary))
    except OSError as exc:
        raise _os_error(name, exc) from None


def _stat(path: str | Path, name: str) -> os.stat_result:
    """`os.stat`, with a missing file, a link loop or a denied search as one-line errors."""
    try:
        return os.stat(path)
    except OSError as exc:
        raise _os_error(name, exc) from None


def _os_error(name: str, exc: OSError) -> InputError:
    if exc.errno == errno.ENOENT:
        return InputError(f"{name}: no such file")
    if exc.errno == errno.ELOOP:
        return InputError(f"{name}: is a loop of symbolic links")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return InputError(f"{name}: cannot be read (permission denied)")
    if exc.errno == errno.EISDIR:
        return InputError(f"{name}: is a directory, not a text file")
    if exc.errno == errno.ENAMETOOLONG:
        return InputError(f"{name[:60]}...: file name too long")
    return InputError(f"{name}: cannot be read ({exc.strerror or exc})")


def _read_stream(stream: BinaryIO, name: str, looks_binary: Callable[[bytes], bool]) -> bytes:
    """Read chunks until the end, the size limit, or a binary first chunk."""
    limit = max_input_bytes()
    chunks, size = [], 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise too_large(name)
        if len(chunks) == 1 and looks_binary(chunk):
            return chunk


def too_large(name: str, what: str = "is") -> InputError:
    """The one-line error for input past the size limit (`what`: `is`, or `its part X is`)."""
    return InputError(f"{name}: {what} larger than the input limit of {max_input_bytes() / 2**20:g} MB "
                      "(set NKCITE_MAX_INPUT_MB to raise it)")
