"""What nkcite is: its version, read once from the installed package's metadata.

    >>> VERSION.count(".") >= 1
    True

Read when nkcite is imported, so a process that later runs as another user (or
in a directory where the package's metadata cannot be read) still knows it; an
install without metadata (a checkout on `sys.path`) says `0+unknown`.
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def _installed_version() -> str:
    try:
        return version("nkcite")
    except PackageNotFoundError:
        return "0+unknown"


VERSION = _installed_version()
