"""The command line: a thin shell over the library (click commands only)."""
from __future__ import annotations

import functools
import os
import sqlite3
import sys
import traceback
from contextlib import contextmanager
from pathlib import Path

import click

from . import connector, formats, pipeline
from .corpus import CorpusRun, corpus_run
from .corpus.progress import summary_line
from .errors import InputError, LibraryError, NkciteError
from .library import add_papers, default_path, edit as edit_work, library_graph, merge as merge_works
from .library import open_store, show as show_work, split as split_work
from .output import check_target, graph_json_chunks, is_stream, write_text

STRICT_EXIT = 5
PARTIAL_EXIT = 6
"""Some files of a batch could not be read or had no notes; the others were processed."""
INTERRUPTED_EXIT = 130
STORE_SUFFIX = ".nkcite-run.sqlite"


@click.group()
@click.version_option(package_name="nkcite")
def main() -> None:
    """nkcite: footnotes of humanities papers -> a deduplicated bibliography."""


def corpus_options(command):
    """The options of a run over many papers, shared by `parse` and `export`."""
    options = [
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Worker processes parsing papers in parallel (default: all cores)."),
        click.option("--dask", "local_dask", is_flag=True,
                     help="Run on a local Dask cluster of -j workers (pip install 'nkcite[dask]')."),
        click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
                     help="Run on the Dask cluster of this scheduler."),
        click.option("--store", type=click.Path(dir_okay=False), default=None,
                     help="Keep parsed papers in this SQLite file; a run started again resumes from it. "
                          f"Default: OUTPUT{STORE_SUFFIX}, deleted once the output is written."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@click.argument("papers", nargs=-1, type=click.Path(dir_okay=True, readable=False, path_type=str))
@click.option("--format", "-f", "fmt", default="json", show_default=True,
              help="Output format: json, the nkcite citation graph.")
@click.option("--output", "-o", default="-", show_default=True, help="Output file; - for stdout.")
@click.option("--strict", is_flag=True, help="Exit with status 5 when there are diagnostics.")
@click.option("--verbose", "-v", is_flag=True, help="Show the traceback of a failure.")
@corpus_options
def parse(papers: tuple[str, ...], fmt: str, output: str, strict: bool, verbose: bool, **run) -> None:
    """Parse PAPERS (default: the bundled papers) into the citation graph.

    PAPERS may be PDF, Word, OpenDocument, HTML, EPUB, Markdown, LaTeX, TEI or
    plain text files, or directories of them; - reads standard input.
    """
    if fmt != "json":
        _fail(InputError(f"unknown format {fmt!r} for parse (only json; see `nkcite export`)"), verbose)
    _run(papers, lambda: (graph_json_chunks, "json"), output, strict, verbose, **run)


FORMAT_LIST = "\n".join(f"  {fmt.name:<14} {fmt.description}" for fmt in formats.REGISTRY.values())


@main.command(epilog=f"Formats:\n\n\b\n{FORMAT_LIST}\n\n"
              "Without -f the extension decides: .bib -> biblatex, .json -> csl-json, .txt -> chicago; "
              "stdout, a device or a pipe without -f -> biblatex.")
@click.argument("papers", nargs=-1, type=click.Path(dir_okay=True, readable=False, path_type=str))
@click.option("--output", "-o", default="-", show_default=True, help="Output file; - for stdout.")
@click.option("--format", "-f", "fmt", default=None, metavar="FORMAT",
              help="Export format, one of those below (default: from the extension of -o).")
@click.option("--library", "library", is_flag=False, flag_value="", default=None, metavar="[FILE]",
              help="Export the library FILE (alone: the default library) instead of papers.")
@click.option("--strict", is_flag=True, help="Exit with status 5 when there are diagnostics.")
@click.option("--verbose", "-v", is_flag=True, help="Show the traceback of a failure.")
@corpus_options
def export(papers: tuple[str, ...], output: str, fmt: str | None, library: str | None, strict: bool,
           verbose: bool, **run) -> None:
    """Export the bibliography of PAPERS (default: the bundled papers; directories of papers; - for
    standard input) or of a library."""
    if library is not None and papers:
        _fail(InputError("give papers or --library, not both (nkcite add PAPER puts papers in a library)"), verbose)

    def renderer():
        chosen = formats.format_for(fmt or ("biblatex" if is_stream(output) else None), output)
        return chosen.pieces, chosen.name
    _run(papers, renderer, output, strict, verbose, library, **run)


def _run(papers: tuple[str, ...], renderer, output: str, strict: bool, verbose: bool,
         library: str | None = None, *, jobs: int | None = None, local_dask: bool = False,
         scheduler: str | None = None, store: str | None = None, quiet: bool = False) -> None:
    """Parse PAPERS (or read the library), write `pieces(graph)` to `output`, end with the summary line.

    The output path, then the format (`renderer()` -> pieces, name), are checked before the work."""
    store_path, keep = (store, True) if store else (_default_store(output), False)
    try:
        inputs = _inputs(papers, library)
        check_target(output, inputs)
        pieces, format_name = renderer()
        if library is None:
            with corpus_run(list(papers), jobs=jobs, store=store_path, keep_store=keep,
                            dask=scheduler or ("local" if local_dask else None),
                            show_progress=not quiet and sys.stderr.isatty()) as run:
                whole = write_text(pieces(run.graph), output, inputs=inputs)
        else:
            with _library(library, create=False) as lib:
                run = CorpusRun.of(library_graph(lib))
            whole = write_text(pieces(run.graph), output, inputs=inputs)
    except NkciteError as exc:
        _fail(exc, verbose)
    except KeyboardInterrupt:
        kept = f"; the papers parsed so far are kept in {store_path}, run again to resume" if store_path else ""
        click.echo(f"nkcite: interrupted{kept}", err=True)
        sys.exit(INTERRUPTED_EXIT)
    diagnostics = run.graph.diagnostics
    failed = [d for d in diagnostics if d.kind in pipeline.FAILED_KINDS]
    for diagnostic in failed:
        click.echo(f"nkcite: skipped: {diagnostic.message}", err=True)
    if not quiet and whole:                     # a reader that closed the pipe (`| head`) wants no more
        click.echo(summary_line(output, format_name, papers=run.papers, notes=run.notes, citations=run.citations,
                                works=len(run.graph.references), diagnostics=diagnostics, resumed=run.resumed),
                   err=True)
    if failed:
        sys.exit(PARTIAL_EXIT)
    if strict and diagnostics:
        sys.exit(STRICT_EXIT)


def _inputs(papers: tuple[str, ...], library: str | None = None) -> list:
    """The files a run reads (the papers, by default the bundled ones, or the library), never to be overwritten."""
    if library is not None:
        return [library or default_path()]
    return list(papers) or pipeline.bundled_papers()


def _default_store(output: str) -> str | None:
    """`OUTPUT.nkcite-run.sqlite` beside a regular file output in a directory this user
    may write, else none (a temporary store)."""
    path = Path(output)
    if is_stream(output) or not path.parent.is_dir() or path.exists() and not path.is_file() \
            or not os.access(path.parent, os.W_OK, effective_ids=os.access in os.supports_effective_ids):
        return None
    return output + STORE_SUFFIX


def _fail(exc: NkciteError, verbose: bool) -> None:
    """Report a failure as one line (plus the traceback with --verbose) and exit."""
    if verbose:
        traceback.print_exc()
    click.echo(f"nkcite: error: {exc}", err=True)
    sys.exit(exc.exit_code)


LIBRARY_HELP = "Library file (default: $NKCITE_LIBRARY, else ~/.local/share/nkcite/library.sqlite)."


@contextmanager
def _library(path: str | None, *, create: bool = True):
    """The library at `path` (None or '': the default), its SQLite errors as one line."""
    where = path or str(default_path())
    store = open_store(where, create=create)
    try:
        yield store
    except sqlite3.Error as exc:
        raise LibraryError(f"{where}: library error ({exc})") from None
    finally:
        store.close()


def _library_command(function):
    """The options every library command takes, and its one-line failures."""
    @click.option("--library", "library", default=None, metavar="FILE", help=LIBRARY_HELP)
    @click.option("--verbose", "-v", is_flag=True, help="Show the traceback of a failure.")
    @functools.wraps(function)
    def command(*args, library: str | None, verbose: bool, **kwargs):
        try:
            function(*args, library=library, **kwargs)
        except NkciteError as exc:
            _fail(exc, verbose)
    return command


@main.command()
@click.argument("papers", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@_library_command
def add(papers: tuple[str, ...], library: str | None) -> None:
    """Parse PAPERS into the library; a paper already there is re-read only if its text changed."""
    with _library(library) as store:
        for added in add_papers(store, list(papers)):
            click.echo(added.summary())


@main.command()
@click.argument("keep")
@click.argument("other")
@_library_command
def merge(keep: str, other: str, library: str | None) -> None:
    """Merge work OTHER into work KEEP (OTHER stays valid as an older id)."""
    with _library(library, create=False) as store:
        click.echo(f"merged {other} into {merge_works(store, keep, other)}")


@main.command()
@click.argument("work_id", metavar="ID")
@_library_command
def split(work_id: str, library: str | None) -> None:
    """Undo a wrong merge: split work ID into the works it was made of."""
    with _library(library, create=False) as store:
        click.echo(f"split {work_id} into {', '.join(split_work(store, work_id))}")


@main.command()
@click.argument("work_id", metavar="ID")
@click.argument("assignments", nargs=-1, required=True, metavar="FIELD=VALUE...")
@_library_command
def edit(work_id: str, assignments: tuple[str, ...], library: str | None) -> None:
    """Set fields of work ID (CSL names: title=..., issued=1965-03-27, author='Kim, Il-sung; ...';
    FIELD= removes one). Later papers never overwrite them."""
    with _library(library, create=False) as store:
        edit_work(store, work_id, list(assignments))
        click.echo(show_work(store, work_id), nl=False)


@main.command()
@click.argument("work_id", metavar="ID")
@_library_command
def show(work_id: str, library: str | None) -> None:
    """Print work ID and every note that cites it (paper, note, locator)."""
    with _library(library, create=False) as store:
        click.echo(show_work(store, work_id), nl=False)


@main.command()
@click.argument("papers", nargs=-1, type=click.Path(dir_okay=True, path_type=str))
@click.option("--port", default=connector.DEFAULT_PORT, show_default=True, help="Zotero's connector port.")
@_library_command
def zotero(papers: tuple[str, ...], port: int, library: str | None) -> None:
    """Send the library (or PAPERS) to a running Zotero, into its selected collection."""
    if papers:
        graph = pipeline.parse_files(list(papers))
    else:
        with _library(library, create=False) as store:
            graph = library_graph(store)
    count = connector.push(graph, port)
    click.echo(f"sent {len(graph.references)} works to Zotero; it imported {count} items")
