"""The command line: a thin shell over the library (click commands only)."""
from __future__ import annotations

import sys
import traceback
from collections import Counter

import click

from . import formats, pipeline
from .errors import InputError, NkciteError
from .output import graph_json, write_text

STRICT_EXIT = 5


@click.group()
@click.version_option(package_name="nkcite")
def main() -> None:
    """nkcite: footnotes of humanities papers -> a deduplicated bibliography."""


@main.command()
@click.argument("papers", nargs=-1, type=click.Path(dir_okay=True, path_type=str))
@click.option("--format", "-f", "fmt", default="json", show_default=True,
              help="Output format: json, the nkcite citation graph.")
@click.option("--output", "-o", default="-", show_default=True, help="Output file; - for stdout.")
@click.option("--strict", is_flag=True, help="Exit with status 5 when there are diagnostics.")
@click.option("--verbose", "-v", is_flag=True, help="Show the traceback of a failure.")
def parse(papers: tuple[str, ...], fmt: str, output: str, strict: bool, verbose: bool) -> None:
    """Parse PAPERS (default: the bundled papers) into the citation graph."""
    if fmt != "json":
        _fail(InputError(f"unknown format {fmt!r} for parse (only json; see `nkcite export`)"), verbose)
    _run(papers, graph_json, output, strict, verbose)


FORMAT_LIST = "\n".join(f"  {fmt.name:<14} {fmt.description}" for fmt in formats.REGISTRY.values())


@main.command(epilog=f"Formats:\n\n\b\n{FORMAT_LIST}\n\n"
              "Without -f the extension decides: .bib -> biblatex, .json -> csl-json, .txt -> chicago; "
              "stdout without -f -> biblatex.")
@click.argument("papers", nargs=-1, type=click.Path(dir_okay=True, path_type=str))
@click.option("--output", "-o", default="-", show_default=True, help="Output file; - for stdout.")
@click.option("--format", "-f", "fmt", default=None, metavar="FORMAT",
              help="Export format, one of those below (default: from the extension of -o).")
@click.option("--strict", is_flag=True, help="Exit with status 5 when there are diagnostics.")
@click.option("--verbose", "-v", is_flag=True, help="Show the traceback of a failure.")
def export(papers: tuple[str, ...], output: str, fmt: str | None, strict: bool, verbose: bool) -> None:
    """Export the bibliography of PAPERS (default: the bundled papers)."""
    try:
        chosen = formats.format_for(fmt or ("biblatex" if output == "-" else None), output)
    except NkciteError as exc:
        _fail(exc, verbose)
    _run(papers, chosen.render, output, strict, verbose)


def _run(papers: tuple[str, ...], render, output: str, strict: bool, verbose: bool) -> None:
    """Parse PAPERS, write `render(graph)` to `output`, report diagnostics."""
    try:
        graph = pipeline.parse_files(list(papers))
        write_text(render(graph), output)
    except NkciteError as exc:
        _fail(exc, verbose)
    _summarise(graph.diagnostics)
    if strict and graph.diagnostics:
        sys.exit(STRICT_EXIT)


def _summarise(diagnostics) -> None:
    """One stderr line counting diagnostics by kind."""
    if diagnostics:
        counts = Counter(d.kind for d in diagnostics)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        click.echo(f"nkcite: {len(diagnostics)} diagnostics ({summary})", err=True)


def _fail(exc: NkciteError, verbose: bool) -> None:
    """Report a failure as one line (plus the traceback with --verbose) and exit."""
    if verbose:
        traceback.print_exc()
    click.echo(f"nkcite: error: {exc}", err=True)
    sys.exit(exc.exit_code)
