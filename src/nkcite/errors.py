"""One exception type for every failure a user can cause, with its exit code."""
from __future__ import annotations


class NkciteError(Exception):
    """A failure to report as one line on stderr; `exit_code` is the CLI's status.

    Exit codes: 2 usage or unreadable input (a paper or a library file), 3 no
    footnotes found, 4 output cannot be written (a file, or Zotero), 5
    diagnostics under --strict.
    """

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(NkciteError):
    """The input file is missing, unreadable, binary, or has no footnotes."""


class NoNotesError(InputError):
    """The text has no footnotes at all."""

    exit_code = 3


class OutputError(NkciteError):
    """An output path cannot be written."""

    exit_code = 4


class LibraryError(NkciteError):
    """The library file is not an nkcite library, is from a newer nkcite, or
    has no work with the id given."""


class ZoteroError(OutputError):
    """Zotero's connector cannot be reached or refused the import."""
