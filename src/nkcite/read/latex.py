r"""Reading, LaTeX: `\footnote{}` and `\endnote{}` -> notes, `\emph{}`/`\textit{}` -> `*...*`.

    r"Body.\footnote{Ann Smith, \emph{A History} (Paris: Seuil, 1999), 12--15.}"
    -> text "Body.¹", Note(1, "Ann Smith, *A History* (Paris: Seuil, 1999), 12–15.")

pylatexenc parses the source (tolerantly) and turns macros it knows into
text (accents `\'e`, `\v{s}`, symbols, `--`, ` `` `); nkcite walks the nodes
itself for what carries structure: notes (`\footnote`, `\endnote`,
`\footnotetext`, numbered from 1 unless `[n]` says otherwise), emphasis
(`\emph`, `\textit`, `\textsl`, `{\em ...}`, `{\itshape ...}`), `\url{}`
(verbatim) and `\href{url}{text}` (`text <url>`). Only the `document`
environment is read when there is one. pylatexenc lives in this module.
"""
from __future__ import annotations

import re

from pylatexenc import latex2text, latexwalker, macrospec

from ..errors import InputError
from ..model import Note, Paper
from ..scan import SUPERSCRIPT_DIGITS
from .runs import PARAGRAPH, emphasized, paragraphs_text

NOTES = {"footnote", "endnote", "footnotetext"}
ITALIC_ARGUMENT = {"emph", "textit", "textsl", "mkbibemph", "textem"}
ITALIC_SWITCH = {"em", "itshape", "slshape", "it", "sl"}
UPRIGHT_SWITCH = {"upshape", "normalfont", "rm", "rmfamily"}
PASSED = {"textbf", "textrm", "textsc", "textup", "textnormal", "textsf", "texttt", "mbox", "hbox", "text",
          "textmd", "uline", "underline", "mkbibquote", "enquote", "foreignlanguage", "textenglish"}
DROPPED = {"label", "index", "footnotemark", "hypertarget", "pagebreak", "newpage", "clearpage", "noindent",
           "vspace", "hspace", "maketitle", "tableofcontents", "printendnotes", "theendnotes", "centering"}
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_SYMBOLS = {"textless": "<", "textgreater": ">", "textquotedbl": '"', "textbar": "|", "S": "§", "P": "¶",
            "textasciicircum": "^", "textunderscore": "_", "textbraceleft": "{", "textbraceright": "}"}


def _walker_context() -> macrospec.LatexContextDb:
    db = latexwalker.get_default_latex_context_db()
    db.add_context_category("nkcite", prepend=True, macros=[
        macrospec.MacroSpec("footnote", "[{"), macrospec.MacroSpec("endnote", "[{"),
        macrospec.MacroSpec("footnotetext", "[{"), macrospec.MacroSpec("href", "{{"),
        macrospec.MacroSpec("mkbibemph", "{"), macrospec.MacroSpec("foreignlanguage", "[{{"),
        macrospec.MacroSpec("enquote", "{"), macrospec.MacroSpec("mkbibquote", "{")])
    return db


def _text_context() -> macrospec.LatexContextDb:
    db = latex2text.get_default_latex_context_db()
    db.add_context_category("nkcite", prepend=True, macros=[
        latex2text.MacroTextSpec(name, text) for name, text in _SYMBOLS.items()])
    return db


WALKER = _walker_context()
TO_TEXT = latex2text.LatexNodes2Text(latex_context=_text_context(), math_mode="verbatim", strict_latex_spaces=True)


class _Walk:
    """Runs of the body, and the notes found on the way."""

    def __init__(self) -> None:
        self.runs: list[tuple[str, bool]] = []
        self.notes: list[Note] = []


def read(text: str, name: str) -> Paper:
    """Read LaTeX source into its body text and notes."""
    try:
        nodes, _, _ = latexwalker.LatexWalker(text, latex_context=WALKER, tolerant_parsing=True).get_latex_nodes()
    except (latexwalker.LatexWalkerError, RecursionError, IndexError, ValueError):
        raise InputError(f"{name}: is LaTeX that cannot be parsed") from None
    document = next((n for n in nodes if n.isNodeType(latexwalker.LatexEnvironmentNode)
                     and n.environmentname == "document"), None)
    walk = _Walk()
    _nodes(document.nodelist if document is not None else nodes, walk, walk.runs, False)
    return Paper(paragraphs_text(walk.runs), walk.notes or None, [], "latex")


def _nodes(nodes, walk: _Walk, runs: list, italic: bool) -> None:
    """Walk a node list; a switch (`\\em`, `\\itshape`) turns italics on for the rest of it."""
    for node in nodes or []:
        if node is None:
            continue
        if node.isNodeType(latexwalker.LatexMacroNode) and node.macroname in ITALIC_SWITCH | UPRIGHT_SWITCH:
            italic = node.macroname in ITALIC_SWITCH
            continue
        _node(node, walk, runs, italic)


def _node(node, walk: _Walk, runs: list, italic: bool) -> None:
    if node.isNodeType(latexwalker.LatexCharsNode):
        for i, part in enumerate(re.split(r"\n[ \t]*\n\s*", _text(node))):
            if i:
                runs.append((PARAGRAPH, False))
            runs.append((part, italic))
    elif node.isNodeType(latexwalker.LatexGroupNode):
        _nodes(node.nodelist, walk, runs, italic)
    elif node.isNodeType(latexwalker.LatexEnvironmentNode):
        _nodes(node.nodelist, walk, runs, italic)
        runs.append((PARAGRAPH, False))
    elif node.isNodeType(latexwalker.LatexMacroNode):
        _macro(node, walk, runs, italic)
    elif not node.isNodeType(latexwalker.LatexCommentNode):
        runs.append((_text(node), italic))


def _macro(node, walk: _Walk, runs: list, italic: bool) -> None:
    name, args = node.macroname, [a for a in (node.nodeargd.argnlist if node.nodeargd else []) if a is not None]
    if name in NOTES and args:
        _note(node, args, walk, runs)
    elif name in ITALIC_ARGUMENT and args:
        _nodes([args[-1]], walk, runs, True)
    elif name in PASSED and args:
        _nodes([args[-1]], walk, runs, italic)
    elif name == "url" and args:
        runs.append((args[-1].latex_verbatim().strip("{}"), italic))
    elif name == "href" and len(args) == 2:
        _nodes([args[1]], walk, runs, italic)
        runs.append((f" <{args[0].latex_verbatim().strip('{}')}>", italic))
    elif name == "par":
        runs.append((PARAGRAPH, False))
    elif name not in DROPPED:
        runs.append((_text(node), italic))


def _note(node, args, walk: _Walk, runs: list) -> None:
    """A `\\footnote[n]{...}`: a Note, and its number in superscript in the body."""
    given = args[0].latex_verbatim().strip("[]") if len(args) == 2 else ""
    number = int(given) if re.fullmatch(r"\d{1,6}", given) else len(walk.notes) + 1
    note_runs: list[tuple[str, bool]] = []
    _nodes([args[-1]], walk, note_runs, False)
    walk.notes.append(Note(number, emphasized(r for r in note_runs if r[0] != PARAGRAPH)))
    if node.macroname != "footnotetext":
        runs.append((str(number).translate(TO_SUPERSCRIPT), False))


def _text(node) -> str:
    """What pylatexenc makes of one node (accents, symbols, TeX ligatures), '' if it cannot."""
    try:
        return TO_TEXT.nodelist_to_text([node])
    except (IndexError, KeyError, ValueError, TypeError, AttributeError):
        return ""
