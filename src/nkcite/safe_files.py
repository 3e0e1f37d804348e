"""Writing one file so that nothing already there is lost (used by `output`).

bytes + a path -> the file, in one of three ways:

- `write_replacing`: a locked temporary file beside the target
  (`.refs.bib.nkcite-1a2b3c4d.tmp`), written whole, given the old file's mode
  and owner, flushed and renamed over it; where the directory cannot be
  written or the owner cannot be given back, `write_in_place` instead;
- `write_in_place`: the file itself rewritten (its inode, links, mode and
  owner stay) after the whole text is encoded and its space reserved;
- `write_stream`: a device, FIFO or descriptor path opened and appended to.

SIGTERM, SIGHUP and Ctrl-C remove a temporary file; one left by SIGKILL is
removed by the next write to the same target (`remove_abandoned_temps`),
which can tell it is abandoned because no live run holds its lock.
"""
from __future__ import annotations

import errno
import os
import secrets
import signal
import stat
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

try:
    import fcntl
except ImportError:          # not POSIX: temporary files are not locked, nor stale ones removed
    fcntl = None

from .errors import OutputError

TEMP_MARK = ".nkcite-"
"""Temporary files are `.<name>.nkcite-<8 hex digits>.tmp` beside their target."""
CLEANUP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def error(target: str, exc: OSError) -> OutputError:
    """The one-line error for an OSError writing `target`."""
    return OutputError(f"{target}: cannot be written ({exc.strerror or exc})")


def write_all(fd: int, data: Iterable[bytes]) -> None:
    """Write every byte of every block to `fd` (os.write may write fewer)."""
    for block in data:
        view, offset = memoryview(block), 0
        while offset < len(view):
            offset += os.write(fd, view[offset:])


def write_stream(target: str, data: Iterable[bytes]) -> None:
    """Write to a device, FIFO or descriptor path: open it for appending and
    stream the bytes (as the shell's `>>` would), never replace it."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise error(target, exc) from None
    try:
        write_all(fd, data)
    except OSError as exc:
        raise error(target, exc) from None
    finally:
        os.close(fd)


def write_replacing(real: Path, data: Iterable[bytes], target: str, existing: os.stat_result | None) -> None:
    """Replace (or create) the regular file `real` atomically; fall back to an
    in-place write where the directory is not writable or the owner cannot be kept."""
    remove_abandoned_temps(real.parent, real.name)
    with _removed_on_signals() as cleanup:
        try:
            fd, tmp = create_temp(real.parent, real.name)
        except PermissionError as exc:
            if existing is None:
                raise error(target, exc) from None
            return write_in_place(real, data, target)          # a writable file in a locked directory
        except OSError as exc:
            raise error(target, exc) from None
        cleanup.append(tmp)
        try:
            if existing is not None and not _keep_mode_and_owner(fd, existing):
                return write_in_place(real, data, target)      # an owner the user cannot give
            write_all(fd, data)
            os.fsync(fd)
            os.close(fd)
            fd = None
            os.replace(tmp, real)
            cleanup.remove(tmp)
        except OSError as exc:
            raise error(target, exc) from None
        finally:
            if fd is not None:
                os.close(fd)


def _keep_mode_and_owner(fd: int, existing: os.stat_result) -> bool:
    """Give the temporary file the old file's mode and owner; False when the owner cannot be kept."""
    os.fchmod(fd, stat.S_IMODE(existing.st_mode))
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) == (existing.st_uid, existing.st_gid):
        return True
    try:
        os.fchown(fd, existing.st_uid, existing.st_gid)
    except PermissionError:
        return False
    return True


def write_in_place(real: Path, data: Iterable[bytes], target: str) -> None:
    """Overwrite the file `real` itself (its inode, links, mode and owner stay).

    The text is whole before the file is opened and its space is reserved
    first, so a full disk leaves the old contents; only an I/O error during
    the write itself (or SIGKILL then) can leave it incomplete, and the error
    says so.
    """
    data = b"".join(data)
    try:
        fd = os.open(real, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise error(target, exc) from None
    try:
        _reserve(fd, len(data), target)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            write_all(fd, [data])
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        except OSError as exc:
            raise OutputError(f"{target}: rewriting it in place failed ({exc.strerror or exc}); "
                              "the file is incomplete") from None
    finally:
        os.close(fd)


def _reserve(fd: int, size: int, target: str) -> None:
    """Reserve `size` bytes of disk for `fd` before any byte is changed."""
    old_size = os.fstat(fd).st_size
    try:
        os.posix_fallocate(fd, 0, size)
    except AttributeError:                         # no posix_fallocate on this platform
        return
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
            return                                 # the file system cannot reserve: write anyway
        os.ftruncate(fd, old_size)                 # undo any extension; the contents are untouched
        raise error(target, exc) from None


def create_temp(directory: Path, name: str) -> tuple[int, Path]:
    """Create and lock `.<name>.nkcite-<hex>.tmp` in `directory` (mode 0666 less the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = directory / f".{name}{TEMP_MARK}{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        if fcntl is None:
            return fd, tmp
        fcntl.flock(fd, fcntl.LOCK_EX)
        if _same_file(fd, tmp):
            return fd, tmp
        os.close(fd)                               # removed by a cleaner before we locked it: again


def _same_file(fd: int, path: Path) -> bool:
    """True when `path` is still the file open as `fd`."""
    try:
        return os.stat(path, follow_symlinks=False).st_ino == os.fstat(fd).st_ino
    except OSError:
        return False


def remove_abandoned_temps(directory: Path, name: str) -> None:
    """Remove temporary files for `name` that no live run holds locked (left by SIGKILL)."""
    if fcntl is None:
        return
    prefix = f".{name}{TEMP_MARK}"
    try:
        entries = [e.path for e in os.scandir(directory) if e.name.startswith(prefix) and e.name.endswith(".tmp")]
    except OSError:
        return
    for path in entries:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)   # fails while its run is alive
            if _same_file(fd, Path(path)):
                os.unlink(path)
        except OSError:
            pass
        finally:
            os.close(fd)


@contextmanager
def _removed_on_signals():
    """Yield a list of paths removed on exit, on an exception (Ctrl-C), and
    on SIGTERM or SIGHUP, after which the signal's own action follows."""
    paths: list[Path] = []

    def remove() -> None:
        for path in paths:
            try:
                os.unlink(path)
            except OSError:
                pass
        paths.clear()

    def on_signal(signum, frame):
        remove()
        signal.signal(signum, previous[signum])
        os.kill(os.getpid(), signum)

    previous = {}
    if threading.current_thread() is threading.main_thread():
        # a handler installed outside Python reads as None: the default action then
        previous = {s: signal.signal(s, on_signal) or signal.SIG_DFL for s in CLEANUP_SIGNALS}
    try:
        yield paths
    finally:
        remove()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
