"""The command line: a thin shell over the library (click commands only)."""
from __future__ import annotations

import sys
import traceback
from collections import Counter

import click

from . import pipeline
from .errors import NkciteError
from .output import graph_json, write_text

STRICT_EXIT = 5


@click.group()
@click.version_option(package_name="nkcite")
def main() -> None:
    """nkcite: footnotes of humanities papers -> a deduplicated bibliography."""


@main.command()
@click.argument("papers", nargs=-1, type=click.Path(dir_okay=True, path_type=str))
@click.option("--format", "-f", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format: the nkcite citation graph.")
@click.option("--output", "-o", default="-", show_default=True, help="Output file; - for stdout.")
@click.option("--strict", is_flag=True, help="Exit with status 5 when there are diagnostics.")
@click.option("--verbose", "-v", is_flag=True, help="Show the traceback of a failure.")
def parse(papers: tuple[str, ...], fmt: str, output: str, strict: bool, verbose: bool) -> None:
    """Parse PAPERS (default: the bundled papers) into the citation graph."""
    try:
        graph = pipeline.parse_files(list(papers))
        write_text(graph_json(graph), output)
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
